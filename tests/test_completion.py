"""Shell completion: papers, sections, link names, statuses and formats complete on TAB.

Driven the way the shells drive paperctl: the completion environment variables
(``_PAPERCTL_COMPLETE`` with ``COMP_WORDS``/``COMP_CWORD`` for bash,
``_TYPER_COMPLETE_ARGS`` for zsh and fish) on the installed ``paperctl`` script, and,
for bash, the completion function that ``--show-completion`` prints, run in bash itself.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from paperctl import Author, Library, PaperData
from processes import child_env

PAPERCTL_SCRIPT = Path(sys.executable).parent / "paperctl"
needs_script = pytest.mark.skipif(not PAPERCTL_SCRIPT.exists(),
                                  reason="the paperctl script is not installed beside this Python (pip install -e .)")
pytestmark = needs_script


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("completion") / "library.db"
    with Library(path) as lib:
        lib.add(PaperData(title="Fast Inference from Transformers via Speculative Decoding",
                          authors=[Author("Yaniv Leviathan")], arxiv_id="2211.17192", year=2022,
                          tags=["LLM/Efficiency", "Reading group"], links={"code": "https://github.com/feifeibear/LLMSpeculativeSampling"}))
        lib.add(PaperData(title="Efficient Memory Management for Large Language Model Serving with PagedAttention",
                          authors=[Author("Woosuk Kwon")], arxiv_id="2309.06180", year=2023, tags=["LLM/Efficiency"]))
        lib.add(PaperData(title="Understanding In-Context Learning in Transformers and LLMs by Learning to Learn "
                                "Discrete Functions", authors=[Author("Satwik Bhattamishra")], arxiv_id="2310.03016",
                          year=2023, tags=["LLM/In-Context Learning"]))
        lib.alias_section("LLM/In-Context Learning", "ICL")
    return path


def complete(library: Path, line: str, shell: str = "bash") -> list[str]:
    """What paperctl offers for the last word of *line* (a trailing space: a new word)."""
    env = child_env(PAPERCTL_DB=str(library), _PAPERCTL_COMPLETE=f"complete_{shell}")
    if shell == "bash":
        words = shlex.split(line) + ([""] if line.endswith(" ") else [])
        env.update(COMP_WORDS=line, COMP_CWORD=str(len(words) - 1))
    else:
        env.update(_TYPER_COMPLETE_ARGS=line, _TYPER_COMPLETE_FISH_ACTION="get-args")
    result = subprocess.run([str(PAPERCTL_SCRIPT)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return [line for line in result.stdout.splitlines() if line]


# -- bash ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line, offered", [
    ("paperctl show lev", ["leviathan2022fast"]),
    ("paperctl show 2309", ["2309.06180"]),  # an arXiv ID completes from its digits
    ("paperctl note k", ["kwon2023efficient"]),
    ("paperctl rm leviathan2022fast k", ["kwon2023efficient"]),  # every PAPER of several
    ("paperctl move kwon2023efficient --after le", ["leviathan2022fast"]),
    ("paperctl tag kwon2023efficient Read", ["Reading\\ group"]),  # escaped, as bash inserts it literally
    ("paperctl list --tag llm/", ["LLM/Efficiency", "LLM/In-Context\\ Learning"]),  # any case
    ("paperctl list --tag ic", ["ICL"]),  # an alias
    ("paperctl export --md --tag eff", ["LLM/Efficiency"]),  # a trailing part, as --tag accepts
    ("paperctl untag leviathan2022fast ", ["LLM/Efficiency", "Reading\\ group"]),  # that paper's sections only
    ("paperctl tags --delete Rea", ["Reading\\ group"]),
    ("paperctl move kwon2023efficient --in ", ["LLM/Efficiency"]),
    ("paperctl status leviathan2022fast r", ["reading", "read"]),
    ("paperctl list --format j", ["json"]),
    ("paperctl list --status un", ["unread"]),
    ("paperctl sho", ["show"]),
    ("paperctl open leviathan2022fast ", ["page", "pdf", "file", "code"]),
])
def test_bash_completes_values(library, line, offered):
    assert complete(library, line) == offered


def test_link_names_offer_the_papers_own_then_the_common_ones(library):
    offered = complete(library, "paperctl link leviathan2022fast ")
    assert offered[0] == "code" and "project" in offered and "openreview" in offered
    assert complete(library, "paperctl link leviathan2022fast op") == ["openreview"]


def test_no_library_completes_nothing_and_says_nothing(tmp_path):
    assert complete(tmp_path / "missing.db", "paperctl show lev") == []


def test_the_bash_script_completes_in_bash_itself(library):
    """The function --show-completion prints, sourced into bash and called as TAB calls it."""
    script = subprocess.run([str(PAPERCTL_SCRIPT), "--show-completion", "bash"], capture_output=True, text=True,
                            env=child_env(_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1"), check=True).stdout
    assert "complete -o default -F _paperctl_completion paperctl" in script
    probe = (f"{script}\nCOMP_WORDS=(paperctl tag leviathan2022fast Reading); COMP_CWORD=3; "
             'COMP_LINE="${COMP_WORDS[*]}"; _paperctl_completion paperctl; printf "%s\\n" "${COMPREPLY[@]}"')
    env = child_env(PAPERCTL_DB=str(library), PATH=f"{PAPERCTL_SCRIPT.parent}:{child_env()['PATH']}")
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", probe], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.stdout.splitlines() == ["Reading\\ group"], result.stderr


# -- zsh and fish ----------------------------------------------------------------------------------


def test_zsh_gets_values_with_their_descriptions(library):
    offered = complete(library, "paperctl show lev", shell="zsh")
    assert offered == ["_arguments '*: :((\"leviathan2022fast\":\"Fast Inference from Transformers via Speculative "
                       "Decoding\"))'"]
    sections = complete(library, "paperctl tag kwon2023efficient Read", shell="zsh")
    assert sections == ["_arguments '*: :((\"Reading group\":\"1 paper\"))'"]  # zsh quotes it itself


def test_fish_gets_values_and_descriptions_tab_separated(library):
    assert complete(library, "paperctl list --tag llm/", shell="fish") == [
        "LLM/Efficiency\t2 papers", "LLM/In-Context Learning\t1 paper"]
    assert complete(library, "paperctl show 2211", shell="fish") == [
        "2211.17192\tFast Inference from Transformers via Speculative Decoding"]


# -- installing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("shell, written, marker", [
    ("bash", ".bash_completions/paperctl.sh", "_PAPERCTL_COMPLETE=complete_bash"),
    ("zsh", ".zfunc/_paperctl", "_PAPERCTL_COMPLETE=complete_zsh"),
    ("fish", ".config/fish/completions/paperctl.fish", "_PAPERCTL_COMPLETE=complete_fish"),
])
def test_show_and_install_completion(tmp_path, shell, written, marker):
    env = child_env(HOME=str(tmp_path), _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1")
    shown = subprocess.run([str(PAPERCTL_SCRIPT), "--show-completion", shell], capture_output=True, text=True,
                           env=env, check=True).stdout
    assert marker in shown
    installed = subprocess.run([str(PAPERCTL_SCRIPT), "--install-completion", shell], capture_output=True,
                               text=True, env=env)
    assert installed.returncode == 0, installed.stderr
    assert marker in (tmp_path / written).read_text()


def test_completion_options_are_in_the_help():
    result = subprocess.run([str(PAPERCTL_SCRIPT), "--help"], capture_output=True, text=True, env=child_env(),
                            check=True)
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_a_title_with_markup_or_escapes_is_a_harmless_description(tmp_path):
    db = tmp_path / "library.db"
    with Library(db) as lib:
        lib.add(PaperData(title="Evil [bold]title[/bold] \x1b]0;pwned\x07 here", year=2024))
    offered = complete(db, "paperctl show anon", shell="fish")
    assert len(offered) == 1 and "\x1b" not in offered[0] and "\x07" not in offered[0]
    assert "[bold]title[/bold]" in offered[0]


def test_key_aliases_complete_too(tmp_path):
    """A paper whose key was changed keeps its old key as an alias; both complete, any case."""
    db = tmp_path / "library.db"
    with Library(db) as lib:
        lib.add(PaperData(title="Efficient Memory Management for Large Language Model Serving with PagedAttention",
                          authors=[Author("Woosuk Kwon")], arxiv_id="2309.06180", year=2023))
        lib.set_key("2309.06180", "kwon2023vllm")
    assert complete(db, "paperctl show kwon") == ["kwon2023vllm", "kwon2023efficient"]
    assert complete(db, "paperctl show KWON2023E") == ["kwon2023efficient"]
