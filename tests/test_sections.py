"""Sections from the command line: safe tagging, deleting sections, hand-made order.

Each test drives paperctl as a user would (CliRunner) on a small library of real
papers, and reads the result back the way the user would check it: ``list --tag``,
``tags``, ``export --md``.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from paperctl.cli import app
from paperctl.store.sections import close_to
from paperctl.text import edit_distance

runner = CliRunner()

PAPERS = {  # arXiv ID: add --no-fetch arguments (true metadata)
    "2211.17192": ["--title", "Fast Inference from Transformers via Speculative Decoding",
                   "--author", "Yaniv Leviathan", "--year", "2022"],
    "2309.06180": ["--title", "Efficient Memory Management for Large Language Model Serving with PagedAttention",
                   "--author", "Woosuk Kwon", "--year", "2023"],
    "2205.14135": ["--title", "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
                   "--author", "Tri Dao", "--year", "2022"],
    "2305.14314": ["--title", "QLoRA: Efficient Finetuning of Quantized LLMs", "--author", "Tim Dettmers",
                   "--year", "2023"],
    "2310.03016": ["--title", "Understanding In-Context Learning in Transformers and LLMs by Learning to Learn "
                   "Discrete Functions", "--author", "Satwik Bhattamishra", "--year", "2023"],
}


@pytest.fixture
def cli(tmp_path):
    db = tmp_path / "library.db"

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, ["--db", str(db), *args], input=input)

    return run


@pytest.fixture
def shelf(cli):
    """Four efficiency papers in LLM/Efficiency (in this order), one ICL paper, and a Reading group."""
    for arxiv_id in ("2211.17192", "2309.06180", "2205.14135", "2305.14314"):
        ok(cli("add", arxiv_id, "--no-fetch", *PAPERS[arxiv_id], "--tag", "LLM/Efficiency"))
    ok(cli("add", "2310.03016", "--no-fetch", *PAPERS["2310.03016"], "--tag", "LLM/In-Context Learning"))
    ok(cli("tag", "2211.17192", "Reading group"))
    ok(cli("tags", "--alias", "LLM/In-Context Learning", "ICL"))
    return cli


def ok(result):
    assert result.exit_code == 0, (result.exit_code, result.stderr, result.exception)
    return result


def refused(result, message: str):
    """A clean refusal: exit 2, exactly this one error line, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert result.stderr == f"Error: {message}\n"
    return result


def section_paths(run) -> list[str]:
    return [s["path"] for s in json.loads(ok(run("tags", "--json")).stdout)]


def in_section(run, name: str) -> list[str]:
    return ok(run("list", "--tag", name, "--format", "ids")).stdout.split()


# -- tagging ----------------------------------------------------------------------------------


def test_tagging_into_an_existing_section_by_path_case_or_alias(shelf):
    assert ok(shelf("tag", "2309.06180", "reading GROUP")).stderr == "kwon2023efficient added to: Reading group\n"
    assert ok(shelf("tag", "2305.14314", "icl")).stderr == "dettmers2023qlora added to: LLM/In-Context Learning\n"
    assert in_section(shelf, "Reading group") == ["2211.17192", "2309.06180"]
    assert "reading GROUP" not in section_paths(shelf)


def test_a_new_section_is_created_and_the_user_is_told(shelf):
    result = ok(shelf("tag", "2205.14135", "Kernels"))
    assert result.stderr == "Created section 'Kernels'\ndao2022flashattention added to: Kernels\n"
    assert section_paths(shelf)[-1] == "Kernels"


@pytest.mark.parametrize("typed, meant", [
    ("Effciency", "LLM/Efficiency"),          # a letter left out
    ("LLM/Efficeincy", "LLM/Efficiency"),     # two letters swapped
    ("Efficiency", "LLM/Efficiency"),         # the trailing part, which --tag filters accept
    ("Reading groups", "Reading group"),      # plural
    ("Readinggroup", "Reading group"),        # a space lost
    ("ICLs", "LLM/In-Context Learning"),      # an alias, mistyped
])
def test_a_name_close_to_an_existing_section_is_refused_with_did_you_mean(shelf, typed, meant):
    before = section_paths(shelf)
    refused(shelf("tag", "2205.14135", typed),
            f"no section {typed!r} yet; did you mean: {meant}? (add --new to create {typed!r})")
    assert section_paths(shelf) == before
    assert "2205.14135" not in ok(shelf("list", "--format", "ids", "--tag", "Reading group")).stdout


def test_new_creates_a_close_name_all_the_same(shelf):
    result = ok(shelf("tag", "2205.14135", "Efficiency", "--new"))
    assert result.stderr.startswith("Created section 'Efficiency'\n")
    assert "Efficiency" in section_paths(shelf) and "LLM/Efficiency" in section_paths(shelf)


def test_one_bad_name_among_several_writes_nothing(shelf):
    refused(shelf("tag", "2205.14135", "Kernels", "Effciency"),
            "no section 'Effciency' yet; did you mean: LLM/Efficiency? (add --new to create 'Effciency')")
    assert "Kernels" not in section_paths(shelf)


@pytest.mark.parametrize("second", ["kwon2023efficient", "2309.06180", "arXiv:2309.06180v2"])
def test_a_second_paper_given_by_mistake_is_not_made_a_section(shelf, second):
    before = section_paths(shelf)
    which = "" if second == "kwon2023efficient" else " (kwon2023efficient)"
    refused(shelf("tag", "2211.17192", second),
            f"{second!r} is a paper{which}, not a section; tag one paper at a time: paperctl tag PAPER SECTION...")
    assert section_paths(shelf) == before


def test_names_far_from_every_section_are_new_sections(shelf):
    """Short names differ from each other by more than one edit: no false alarms."""
    ok(shelf("tag", "2205.14135", "RAG", "Agents", "2023", "Vision"))
    assert section_paths(shelf)[-4:] == ["RAG", "Agents", "2023", "Vision"]


@pytest.mark.parametrize("a, b, distance", [
    ("efficiency", "effciency", 1), ("efficiency", "efficeincy", 1), ("kitten", "sitting", 3),
    ("", "abc", 3), ("rag", "rag", 0), ("llm", "mllm", 1),
])
def test_edit_distance(a, b, distance):
    assert edit_distance(a, b) == distance == edit_distance(b, a)


def test_close_to_in_the_shipped_library(tmp_path):
    """The user's own sections: slips are caught, real new topics are not."""
    import shutil
    from pathlib import Path

    from paperctl import Library

    db = tmp_path / "library.db"
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "library.db", db)
    with Library(db) as lib:
        paths = [s.path for s in lib.sections()]
        assert "RLHF" in paths and "Multimodal" in paths
        assert close_to(lib.conn, "RLFH") == ["RLHF"]
        assert close_to(lib.conn, "multimodel") == ["Multimodal"]
        assert close_to(lib.conn, "Quantum gravity") == []
        assert close_to(lib.conn, "Agents") == ["Agent"]
        assert close_to(lib.conn, "hallucinations") == ["LLM/Hallucination"]
        assert close_to(lib.conn, "Interpretability") == ["VLM/Interpretability"]  # a trailing part
        assert close_to(lib.conn, "Retrieval augmentation") == []
        assert close_to(lib.conn, "Tool use") == []


# -- deleting a section -----------------------------------------------------------------------


def test_deleting_an_empty_section(shelf):
    ok(shelf("tag", "2205.14135", "Kernels"))
    ok(shelf("untag", "2205.14135", "Kernels"))
    assert ok(shelf("tags", "--delete", "Kernels")).stderr == "Deleted section 'Kernels'\n"
    assert "Kernels" not in section_paths(shelf)


def test_deleting_a_section_that_holds_papers_needs_force(shelf):
    refused(shelf("tags", "--delete", "Reading group"),
            "section 'Reading group' holds 1 paper(s); add --force to delete it and take them out of it"
            " (the papers stay in the library)")
    assert "Reading group" in section_paths(shelf)
    result = ok(shelf("tags", "--delete", "Reading group", "--force"))
    assert result.stderr == "Deleted section 'Reading group'; 1 paper(s) taken out of it (still in the library)\n"
    assert "Reading group" not in section_paths(shelf)
    assert json.loads(ok(shelf("show", "2211.17192", "--json")).stdout)["tags"] == ["LLM/Efficiency"]


def test_deleting_a_section_takes_its_subsections_and_aliases(shelf):
    result = ok(shelf("tags", "--delete", "LLM", "--force"))
    assert result.stderr == ("Deleted section 'LLM' and 2 subsection(s); 5 paper(s) taken out of it"
                             " (still in the library)\n")
    assert section_paths(shelf) == ["Reading group"]
    assert len(ok(shelf("list", "--format", "ids")).stdout.split()) == 5
    ok(shelf("tag", "2310.03016", "ICL"))  # the alias went with its section: a new name now
    assert section_paths(shelf) == ["Reading group", "ICL"]


def test_deleting_an_unknown_section_suggests_close_names(shelf):
    result = shelf("tags", "--delete", "Reading grup")
    assert result.exit_code == 1
    assert result.stderr == "Error: no section matches 'Reading grup'; did you mean: Reading group\n"


# -- hand-made order --------------------------------------------------------------------------

ORDER = ["2211.17192", "2309.06180", "2205.14135", "2305.14314"]


@pytest.mark.parametrize("where, expected", [
    (["--top"], ["2205.14135", "2211.17192", "2309.06180", "2305.14314"]),
    (["--bottom"], ["2211.17192", "2309.06180", "2305.14314", "2205.14135"]),
    (["--to", "2"], ["2211.17192", "2205.14135", "2309.06180", "2305.14314"]),
    (["--to", "4"], ["2211.17192", "2309.06180", "2305.14314", "2205.14135"]),
    (["--before", "2211.17192"], ["2205.14135", "2211.17192", "2309.06180", "2305.14314"]),
    (["--after", "qlora"], ["2211.17192", "2309.06180", "2305.14314", "2205.14135"]),
    (["--after", "2211.17192"], ["2211.17192", "2205.14135", "2309.06180", "2305.14314"]),
])
def test_move_within_a_section(shelf, where, expected):
    assert in_section(shelf, "LLM/Efficiency") == ORDER
    ok(shelf("move", "2205.14135", "--in", "Efficiency", *where))
    assert in_section(shelf, "LLM/Efficiency") == expected


def test_move_says_where_the_paper_is_now(shelf):
    result = ok(shelf("move", "dao2022flashattention", "--in", "LLM/Efficiency", "--top"))
    assert result.stderr == "dao2022flashattention is now 1 of 4 in LLM/Efficiency\n"


def test_the_order_is_followed_by_the_markdown_export_and_the_table(shelf):
    ok(shelf("move", "2305.14314", "--in", "LLM/Efficiency", "--top"))
    markdown = ok(shelf("export", "--md", "--tag", "LLM/Efficiency")).stdout
    titles = [line.split("**")[1] for line in markdown.splitlines() if line[:1].isdigit()]
    assert titles[:2] == ["QLoRA: Efficient Finetuning of Quantized LLMs",
                          "Fast Inference from Transformers via Speculative Decoding"]
    table = ok(shelf("list", "--tag", "LLM/Efficiency", "--format", "table")).stdout
    assert table.index("dettmers2023qlora") < table.index("leviathan2022fast")


def test_moving_in_one_section_leaves_the_others_alone(shelf):
    ok(shelf("tag", "2305.14314", "Reading group"))
    ok(shelf("move", "2305.14314", "--in", "Reading group", "--top"))
    assert in_section(shelf, "Reading group") == ["2305.14314", "2211.17192"]
    assert in_section(shelf, "LLM/Efficiency") == ORDER


def test_in_may_be_left_out_for_a_paper_in_one_section(shelf):
    ok(shelf("move", "2305.14314", "--top"))
    assert in_section(shelf, "LLM/Efficiency")[0] == "2305.14314"
    refused(shelf("move", "2211.17192", "--top"),
            "leviathan2022fast is in 2 sections (LLM/Efficiency; Reading group); say which with --in SECTION")


def test_a_paper_added_after_a_move_goes_to_the_end(shelf):
    ok(shelf("move", "2305.14314", "--in", "LLM/Efficiency", "--top"))
    ok(shelf("tag", "2310.03016", "LLM/Efficiency"))
    assert in_section(shelf, "LLM/Efficiency") == ["2305.14314", *ORDER[:3], "2310.03016"]


@pytest.mark.parametrize("args, message", [
    (["2205.14135", "--in", "Efficiency"],
     "say where to, once: --to N, --before PAPER, --after PAPER, --top or --bottom"),
    (["2205.14135", "--in", "Efficiency", "--top", "--to", "2"],
     "say where to, once: --to N, --before PAPER, --after PAPER, --top or --bottom"),
    (["2205.14135", "--in", "Efficiency", "--to", "5"], "no position 5 in 'LLM/Efficiency': it holds 4 paper(s)"),
    (["2205.14135", "--in", "Reading group", "--top"], "dao2022flashattention is not in section 'Reading group'"),
    (["2205.14135", "--in", "Efficiency", "--after", "2310.03016"],
     "bhattamishra2023understanding is not in section 'LLM/Efficiency'"),
    (["2205.14135", "--in", "Efficiency", "--before", "2205.14135"], "a paper cannot move before or after itself"),
])
def test_move_errors_change_nothing(shelf, args, message):
    refused(shelf("move", *args), message)
    assert in_section(shelf, "LLM/Efficiency") == ORDER


# -- no empty headings in the Markdown export ---------------------------------------------------


def headings(markdown: str) -> list[str]:
    return [line.lstrip("#").strip() for line in markdown.splitlines() if line.startswith("#")]


def test_a_section_left_empty_is_not_exported_as_an_empty_heading(shelf):
    ok(shelf("tag", "2205.14135", "Kernels"))
    assert "Kernels" in headings(ok(shelf("export", "--md")).stdout)
    ok(shelf("untag", "2205.14135", "Kernels"))
    exported = headings(ok(shelf("export", "--md")).stdout)
    assert "Kernels" not in exported
    assert "Kernels" in section_paths(shelf)  # still a section, until tags --delete
    ok(shelf("rm", "2310.03016", "--yes"))  # the only paper of LLM/In-Context Learning
    assert "In-Context Learning" not in headings(ok(shelf("export", "--md")).stdout)


def test_a_section_emptied_by_a_filter_is_not_exported_either(shelf):
    ok(shelf("status", "2310.03016", "read"))
    exported = headings(ok(shelf("export", "--md", "--status", "unread")).stdout)
    assert "Efficiency" in exported and "In-Context Learning" not in exported


def test_the_users_own_empty_headings_are_kept(cli, tmp_path):
    """reading-notes.md has '## Agent' and two other headings with nothing under them yet:
    placeholders the user wrote, exported as written."""
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[1] / "data" / "reading-notes.md"
    ok(cli("import", str(seeds)))
    exported = headings(ok(cli("export", "--md")).stdout)
    assert {"Reasoning", "Agent", "Robotics, Embodied AI"} <= set(exported)
