"""What a person at a terminal, or a shell pipeline, sees: closed pipes, tables, the pager.

These run paperctl as a separate process (``processes.py``): behind a real pipe, or
on a pseudo-terminal of a given size, since CliRunner has neither.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from paperctl import Library
from paperctl.cli import linebreak
from paperctl.models import Author, PaperData
from processes import PAPERCTL, child_env, run_into_closed_pipe, run_on_terminal


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    """Twelve real papers in two sections, one with a note."""
    path = tmp_path_factory.mktemp("terminal") / "library.db"
    titles = [
        ("2211.17192", "Fast Inference from Transformers via Speculative Decoding", "Yaniv Leviathan", 2022),
        ("2309.06180", "Efficient Memory Management for Large Language Model Serving with PagedAttention",
         "Woosuk Kwon", 2023),
        ("2310.03016", "Understanding In-Context Learning in Transformers and LLMs by Learning to Learn "
         "Discrete Functions", "Satwik Bhattamishra", 2023),
        ("2208.01066", "What Can Transformers Learn In-Context? A Case Study of Simple Function Classes",
         "Shivam Garg", 2022),
        ("2304.08485", "Visual Instruction Tuning", "Haotian Liu", 2023),
        ("2305.18290", "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
         "Rafael Rafailov", 2023),
        ("2203.02155", "Training language models to follow instructions with human feedback", "Long Ouyang", 2022),
        ("2106.09685", "LoRA: Low-Rank Adaptation of Large Language Models", "Edward J. Hu", 2021),
        ("2305.14314", "QLoRA: Efficient Finetuning of Quantized LLMs", "Tim Dettmers", 2023),
        ("2205.14135", "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
         "Tri Dao", 2022),
        ("2302.13971", "LLaMA: Open and Efficient Foundation Language Models", "Hugo Touvron", 2023),
        ("1706.03762", "Attention Is All You Need", "Ashish Vaswani", 2017),
    ]
    with Library(path) as lib:
        for n, (arxiv_id, title, author, year) in enumerate(titles):
            lib.add(PaperData(title=title, authors=[Author(author)], arxiv_id=arxiv_id, year=year,
                              tags=["LLM/Efficiency" if n % 2 else "Alignment"],
                              summary="用小模型生成，大模型并行验证" if n == 0 else None))
        lib.add_note("2211.17192", "2-3x faster on T5-XXL")
    return path


# -- a closed pipe ends the command quietly --------------------------------------------------------

CLOSED_PIPE_COMMANDS = [
    *(["list", "--format", fmt] for fmt in ("table", "tsv", "json", "csv", "ids")),
    *(["search", "language", "--format", fmt] for fmt in ("table", "tsv", "json", "csv", "ids")),
    ["show", "2211.17192"], ["tags"], ["tags", "--json"], ["info"], ["note", "2211.17192", "--list"],
    ["link", "2211.17192"], ["export", "--md"], ["export", "--bib"], ["export", "--csl"], ["export", "--jsonl"],
]


@pytest.mark.parametrize("args", CLOSED_PIPE_COMMANDS, ids=" ".join)
def test_a_closed_stdout_ends_the_command_quietly_with_status_0(library, args):
    """`paperctl list | head -1` under `set -o pipefail`: the reader leaving is not an error."""
    result = run_into_closed_pipe(library, *args)
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr and b"Exception ignored" not in result.stderr
    assert b"Error" not in result.stderr


# -- tables people can read ------------------------------------------------------------------------

SGR = re.compile(r"\x1b\[[0-9;]*m")
LONG_KEY = "bhattamishra2023understanding"


def screen(library: Path, *args: str, columns: int = 80, pager: str = "") -> str:
    status, shown = run_on_terminal([*PAPERCTL, "--db", str(library), *args], columns=columns,
                                    env={"PAPERCTL_PAGER": pager})
    assert status == 0, shown
    return shown


@pytest.mark.parametrize("columns", [80, 120])
def test_keys_never_wrap_titles_give_way(library, columns):
    lines = SGR.sub("", screen(library, "list", columns=columns)).splitlines()
    assert any(LONG_KEY in line for line in lines)  # whole, on one line: a double-click copies it
    for key in ("leviathan2022fast", "kwon2023efficient", "dettmers2023qlora", "vaswani2017attention"):
        assert any(f"  {key}  " in line for line in lines), key
    assert max(map(len, lines)) <= columns


def test_mixed_chinese_and_english_wraps_between_words_and_characters(tmp_path):
    db = tmp_path / "library.db"
    with Library(db) as lib:
        lib.add(PaperData(title="Understanding In-Context Learning in Transformers and LLMs by Learning to Learn "
                                "Discrete Functions", authors=[Author("Satwik Bhattamishra")], arxiv_id="2310.03016",
                          year=2023, summary="探究transformer在一系列离散任务上的能力，发现transformer可以学会简单的"
                                             "boolean function，但在复杂任务上表现不佳。"
                                             "提出在prompt中加入teaching sequence。"))
    lines = SGR.sub("", screen(db, "list", columns=70)).splitlines()
    text = "\n".join(lines)
    for word in ("transformer", "boolean", "function", "teaching", "sequence", "prompt"):
        assert word in text, (word, text)  # never cut in the middle
    summary = [line.split("   ")[-1].strip() for line in lines if any("\u4e00" <= ch <= "\u9fff" for ch in line)]
    assert len(summary) >= 3  # it did need wrapping
    assert not any(line.startswith(("，", "。")) for line in summary)  # closing marks end a line, never start one


def test_the_summary_is_dim_the_id_column_labelled_and_status_explained(library):
    shown = screen(library, "list", columns=120)
    assert "\x1b[2m用小模型生成，大模型并行验证" in shown  # dim, unlike the bold title
    plain = SGR.sub("", shown)
    assert plain.splitlines()[1].split()[:3] == ["id", "key", "year"]
    assert "12 papers   ✓ read  ▸ reading  ◦ unread" in plain
    assert "…" not in plain


# -- the pager -------------------------------------------------------------------------------------


def recording_pager(tmp_path: Path) -> tuple[str, Path]:
    """A pager that writes what it is given to a file."""
    record = tmp_path / "paged.txt"
    return f"sh -c 'cat > \"$0\"' {record}", record


def test_long_output_on_a_terminal_goes_through_the_pager(library, tmp_path):
    pager, record = recording_pager(tmp_path)
    shown = screen(library, "list", pager=pager)
    paged = SGR.sub("", record.read_text(encoding="utf-8"))
    assert "leviathan2022fast" in paged and "12 papers" in paged  # the table and its count, in that order
    assert paged.index("leviathan2022fast") < paged.index("12 papers")
    assert "leviathan2022fast" not in shown


@pytest.mark.parametrize("args", [["show", "2211.17192"], ["search", "language"], ["tags"], ["stats"],
                                  ["export", "--md"], ["note", "2211.17192", "--list"]])
def test_other_long_outputs_are_paged_too(library, tmp_path, args):
    pager, record = recording_pager(tmp_path)
    screen(library, *args, pager=pager)
    assert record.read_text(encoding="utf-8").strip()


def test_no_pager_and_an_empty_setting_print_straight_to_the_terminal(library, tmp_path):
    pager, record = recording_pager(tmp_path)
    assert "leviathan2022fast" in screen(library, "--no-pager", "list", pager=pager)
    assert not record.exists()
    assert "leviathan2022fast" in screen(library, "list", pager="")


def test_pager_falls_back_to_PAGER(library, tmp_path):
    pager, record = recording_pager(tmp_path)
    status, _ = run_on_terminal([*PAPERCTL, "--db", str(library), "tags"], env={"PAGER": pager})
    assert status == 0 and "Alignment" in record.read_text(encoding="utf-8")


def test_the_default_pager_prints_a_short_list_and_returns_at_once(library):
    """less -R -F -X: output that fits the screen is printed, no key needed (the test would hang)."""
    status, shown = run_on_terminal([*PAPERCTL, "--db", str(library), "list", "--limit", "2"], columns=120,
                                    rows=40, timeout=20)
    assert status == 0 and "leviathan2022fast" in SGR.sub("", shown)


def test_quitting_the_pager_early_is_not_an_error(library):
    status, shown = run_on_terminal([*PAPERCTL, "--db", str(library), "list"], env={"PAPERCTL_PAGER": "head -c 10"})
    assert status == 0, shown
    assert "Error" not in shown and "Traceback" not in shown


def test_piped_output_is_never_paged(library, tmp_path):
    pager, record = recording_pager(tmp_path)
    result = subprocess.run([*PAPERCTL, "--db", str(library), "list"], capture_output=True, text=True,
                            env=child_env(PAPERCTL_PAGER=pager), timeout=60)
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 12
    assert not record.exists()


# -- where a line may break ---------------------------------------------------------------------


@pytest.mark.parametrize("text, width, lines", [
    ("Fast Inference from Transformers via Speculative Decoding", 20,
     ["Fast Inference from", "Transformers via", "Speculative Decoding"]),
    ("探究transformer在一系列离散任务上的能力", 14, ["探究", "transformer在", "一系列离散任务", "上的能力"]),
    ("用小模型生成，大模型并行验证", 8, ["用小模型", "生成，大", "模型并行", "验证"]),  # ，never starts a line
    ("提出新方法（在prompt中）加入", 10, ["提出新方法", "（在prompt", "中）加入"]),  # （ never ends one
    ("supercalifragilistic", 8, ["supercal", "ifragili", "stic"]),  # too long for any line: folded
])
def test_line_breaks(text, width, lines):
    assert linebreak.wrap(text, width) == lines
    assert all(linebreak.text_width(line) <= width for line in lines)
