"""The command line, driven as a user drives it (through Typer's CliRunner).

Every test keeps its own library in ``tmp_path``. Data goes to stdout and
human messages and errors to stderr, so the tests read ``result.stdout`` as
data (JSON, CSV, IDs) and ``result.stderr`` as what the user is told.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import os
import re
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
import typer.testing
from typer.testing import CliRunner, Result

from paperctl.cli import app

runner = CliRunner()

# Papers with their true metadata, as `add --no-fetch` arguments.
SPECULATIVE = (
    "2211.17192", "--title", "Fast Inference from Transformers via Speculative Decoding",
    "--author", "Yaniv Leviathan", "--author", "Matan Kalman", "--author", "Yossi Matias", "--year", "2022",
)
PAGED = (
    "2309.06180", "--title", "Efficient Memory Management for Large Language Model Serving with PagedAttention",
    "--author", "Woosuk Kwon", "--author", "Zhuohan Li", "--author", "Siyuan Zhuang", "--year", "2023",
)
ICL = (
    "2310.03016", "--title",
    "Understanding In-Context Learning in Transformers and LLMs by Learning to Learn Discrete Functions",
    "--author", "Satwik Bhattamishra", "--author", "Arkil Patel", "--author", "Phil Blunsom",
    "--author", "Varun Kanade", "--year", "2023",
)
GARG = (
    "2208.01066", "--title", "What Can Transformers Learn In-Context? A Case Study of Simple Function Classes",
    "--author", "Shivam Garg", "--author", "Dimitris Tsipras", "--author", "Percy Liang",
    "--author", "Gregory Valiant", "--year", "2022",
)
LLAVA = (
    "2304.08485", "--title", "Visual Instruction Tuning",
    "--author", "Haotian Liu", "--author", "Chunyuan Li", "--author", "Qingyang Wu", "--author", "Yong Jae Lee",
    "--year", "2023",
)
MALDACENA = (
    "hep-th/9711200", "--title", "The Large N Limit of Superconformal Field Theories and Supergravity",
    "--author", "Juan M. Maldacena", "--year", "1997",
)
PAGED_DOI = "10.1145/3600006.3613165"  # the SOSP '23 version of PagedAttention
SPEC_SUMMARY = "用小模型生成，大模型并行验证"

Run = Callable[..., Result]


# -- helpers ----------------------------------------------------------------


@functools.cache
def _command(typer_app: typer.Typer):
    return typer.main.get_command(typer_app)


@pytest.fixture(autouse=True)
def build_the_command_once(monkeypatch):
    """CliRunner rebuilds the click command from the Typer app on every invoke (about 50 ms); reuse it."""
    monkeypatch.setattr(typer.testing, "_get_command", _command)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "lib.db"


@pytest.fixture
def cli(db: Path) -> Run:
    """``run(*args, input=None, env=None)``: paperctl with this test's library."""

    def run(*args: str, input: str | None = None, env: dict[str, str | None] | None = None) -> Result:
        return runner.invoke(app, ["--db", str(db), *args], input=input, env=env)

    return run


@pytest.fixture
def shelf(cli: Run) -> Run:
    """A library holding four papers: ids 1-4 in this order."""
    ok(cli("add", *SPECULATIVE, "--no-fetch", "--tag", "LLM/Efficiency", "--summary", SPEC_SUMMARY))
    ok(cli("add", *PAGED, "--no-fetch", "--tag", "LLM/Efficiency", "--tag", "Systems"))
    ok(cli("add", *ICL, "--no-fetch", "--tag", "LLM/In-Context Learning", "--venue", "ICLR 2024 Oral"))
    ok(cli("add", *MALDACENA, "--no-fetch", "--tag", "Physics"))
    return cli


def ok(result: Result) -> Result:
    """The command succeeded (shows what it said if not)."""
    assert result.exit_code == 0, (result.exit_code, result.stderr, result.exception)
    assert result.exception is None
    return result


def fails(result: Result, *fragments: str) -> Result:
    """A clean failure: non-zero exit, one ``Error: ...`` line on stderr, no traceback."""
    assert result.exit_code != 0, result.output
    # CliRunner swallows uncaught exceptions; one that is not SystemExit would be a traceback.
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.stderr.startswith("Error:"), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stdout == ""
    for fragment in fragments:
        assert fragment in result.stderr
    return result


def papers(run: Run, *args: str) -> list[dict]:
    """``list --json`` (with extra filters) as Python objects."""
    return json.loads(ok(run("list", *args, "--json")).stdout)


def paper(run: Run, ref: str) -> dict:
    return json.loads(ok(run("show", ref, "--json")).stdout)


def ids(run: Run, *args: str) -> list[str]:
    return ok(run("list", *args, "--format", "ids")).stdout.split()


def keys(run: Run, *args: str) -> list[str]:
    return [p["citekey"] for p in papers(run, *args)]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def editor(tmp_path: Path, shell: str) -> dict[str, str | None]:
    """An $EDITOR that runs *shell* with the file to edit as $1."""
    script = tmp_path / "fake-editor.sh"
    script.write_text("#!/bin/sh\n" + shell + "\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return {"EDITOR": str(script), "VISUAL": None}


# -- add ----------------------------------------------------------------------


def test_add_prints_the_citation_key_to_a_pipe_and_the_message_to_stderr(cli):
    result = ok(cli("add", *SPECULATIVE, "--no-fetch"))
    assert result.stdout == "leviathan2022fast\n"
    assert "Added" in result.stderr and "leviathan2022fast" in result.stderr
    [p] = papers(cli)
    assert p["citekey"] == "leviathan2022fast"
    assert p["arxiv_id"] == "2211.17192"
    assert p["title"] == "Fast Inference from Transformers via Speculative Decoding"
    assert p["authors"] == ["Yaniv Leviathan", "Matan Kalman", "Yossi Matias"]
    assert (p["year"], p["status"], p["version"]) == (2022, "unread", None)


@pytest.mark.parametrize(
    "form",
    ["2211.17192v2", "arXiv:2211.17192", "https://arxiv.org/abs/2211.17192", "http://arxiv.org/pdf/2211.17192v1"],
)
def test_the_same_paper_in_another_id_form_is_merged(cli, form):
    ok(cli("add", *SPECULATIVE, "--no-fetch"))
    result = ok(cli("add", form, "--no-fetch"))
    assert "merged" in result.stderr
    assert result.stdout == "leviathan2022fast\n"
    [p] = papers(cli)
    assert p["arxiv_id"] == "2211.17192"


def test_merging_keeps_the_highest_version_seen(cli):
    ok(cli("add", *SPECULATIVE, "--no-fetch"))
    ok(cli("add", "2211.17192v2", "--no-fetch"))
    assert paper(cli, "2211.17192")["version"] == 2
    ok(cli("add", "http://arxiv.org/pdf/2211.17192v1", "--no-fetch"))
    ok(cli("add", "arXiv:2211.17192", "--no-fetch"))
    [p] = papers(cli)
    assert p["version"] == 2


def test_merging_adds_sections_notes_and_a_summary_but_keeps_the_rest(cli):
    ok(cli("add", *SPECULATIVE, "--no-fetch", "--tag", "LLM/Efficiency", "--note", "read with the Medusa paper"))
    ok(cli("add", "2211.17192v2", "--no-fetch", "--title", "Another title", "--tag", "Reading group",
           "--summary", SPEC_SUMMARY, "--note", "Speedup 2-3x on T5-XXL"))
    [p] = papers(cli)
    assert p["title"] == "Fast Inference from Transformers via Speculative Decoding"
    assert p["tags"] == ["LLM/Efficiency", "Reading group"]
    assert p["summary"] == SPEC_SUMMARY
    assert p["notes"] == ["read with the Medusa paper", "Speedup 2-3x on T5-XXL"]


def test_add_by_doi(cli):
    result = ok(cli("add", PAGED_DOI, "--no-fetch", *PAGED[1:]))
    assert result.stdout == "kwon2023efficient\n"
    [p] = papers(cli)
    assert p["doi"] == PAGED_DOI
    assert p["arxiv_id"] is None
    again = ok(cli("add", "https://doi.org/" + PAGED_DOI.upper(), "--no-fetch"))
    assert "merged" in again.stderr
    assert len(papers(cli)) == 1


def test_add_an_old_style_arxiv_id(cli):
    assert ok(cli("add", *MALDACENA, "--no-fetch")).stdout == "maldacena1997large\n"
    assert ids(cli) == ["hep-th/9711200"]
    ok(cli("add", "arXiv:hep-th/9711200v3", "--no-fetch"))
    [p] = papers(cli)
    assert (p["arxiv_id"], p["version"]) == ("hep-th/9711200", 3)


def test_add_by_title_only(cli):
    title = "Efficient Memory Management for Large Language Model Serving with PagedAttention"
    result = ok(cli("add", "--no-fetch", "--title", title, "--author", "Woosuk Kwon", "--year", "2023"))
    assert result.stdout == "kwon2023efficient\n"
    [p] = papers(cli)
    assert (p["title"], p["arxiv_id"], p["doi"]) == (title, None, None)
    assert keys(cli, "--unresolved") == ["kwon2023efficient"]
    # The same title again (other case and spacing) is the same paper.
    again = ok(cli("add", "--no-fetch", "--title", "efficient memory management for large language model "
                   "serving with  PAGEDATTENTION", "--tag", "Systems"))
    assert "merged" in again.stderr
    [p] = papers(cli)
    assert p["tags"] == ["Systems"]


def test_add_with_every_annotation(cli):
    ok(cli("add", *ICL, "--no-fetch",
           "--tag", "LLM/In-Context Learning", "-t", "Reading group",
           "--note", "Transformers learn simple Boolean functions in context", "-n", "LSTMs do too, sometimes",
           "--status", "reading", "--venue", "ICLR 2024 Oral", "--summary", "ICL on discrete functions"))
    p = paper(cli, "2310.03016")
    assert p["tags"] == ["LLM/In-Context Learning", "Reading group"]
    assert p["notes"] == ["Transformers learn simple Boolean functions in context", "LSTMs do too, sometimes"]
    assert (p["status"], p["venue"], p["summary"]) == ("reading", "ICLR 2024 Oral", "ICL on discrete functions")


def test_a_new_paper_needs_a_title(shelf):
    before = papers(shelf)
    fails(shelf("add", "2309.06181", "--no-fetch"), "title")
    assert papers(shelf) == before


def test_add_with_neither_identifier_nor_title_is_an_error(shelf):
    fails(shelf("add", "--no-fetch"))
    assert len(papers(shelf)) == 4


@pytest.mark.parametrize("bad", ["2211.1719", "1313.12345", "arXiv:2211.1719", "hep-th/9713200", "foo-ph/9711200"])
def test_a_malformed_arxiv_id_is_refused_by_name_and_nothing_changes(shelf, bad):
    before = papers(shelf)
    fails(shelf("add", bad, "--no-fetch", "--title", "Anything", "--tag", "New"), bad, "arXiv")
    assert papers(shelf) == before


@pytest.mark.parametrize("bad", ["2211.1719", "1313.12345"])
def test_a_malformed_arxiv_id_is_never_sent_to_arxiv_and_nothing_changes(shelf, bad):
    before = papers(shelf)
    result = shelf("add", bad, "--tag", "New")
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert bad in result.stderr and "malformed arXiv ID" in result.stderr
    assert "unavailable" not in result.stderr  # refused before any request
    assert papers(shelf) == before


def test_a_single_malformed_arxiv_id_is_one_error_line_naming_it(shelf):
    fails(shelf("add", "2211.1719"), "2211.1719")


@pytest.mark.parametrize(
    "option", [["--status", "done"], ["--year", "20222"], ["--url", "www.example.org"], ["--tag", " / "]]
)
def test_add_refuses_bad_values_and_writes_nothing(shelf, option):
    before = papers(shelf)
    fails(shelf("add", *PAGED, "--no-fetch", *option))
    fails(shelf("add", "--no-fetch", "--title", "Visual Instruction Tuning", *option))
    assert papers(shelf) == before


def test_add_from_an_unreachable_arxiv_is_a_clear_error_and_adds_nothing(cli):
    ok(cli("add", *PAGED, "--no-fetch"))
    fails(cli("add", "2211.17192"), "arXiv is unavailable", "--no-fetch")
    fails(cli("add", "2211.17192v2", "hep-th/9711200", "--tag", "LLM"), "arXiv is unavailable")
    fails(cli("add", "--title", "Fast Inference from Transformers via Speculative Decoding"), "arXiv is unavailable")
    assert ids(cli) == ["2309.06180"]
    assert ok(cli("tags", "--json")).stdout.strip() == "[]"


def test_a_doi_is_fetched_and_a_service_that_cannot_be_reached_is_one_clear_error(cli):
    fails(cli("add", PAGED_DOI), "Crossref is unavailable at http://127.0.0.1:9/works/")
    fails(cli("list"), "no library at")  # nothing was written, not even an empty library


def test_the_library_can_come_from_the_environment(tmp_path):
    env_db = tmp_path / "from-env.db"
    ok(runner.invoke(app, ["add", *SPECULATIVE, "--no-fetch"], env={"PAPERCTL_DB": str(env_db)}))
    assert env_db.exists()
    listed = ok(runner.invoke(app, ["list", "--format", "ids"], env={"PAPERCTL_DB": str(env_db)}))
    assert listed.stdout == "2211.17192\n"
    # --db wins over the environment.
    other = tmp_path / "other.db"
    ok(runner.invoke(app, ["--db", str(other), "add", *PAGED, "--no-fetch"], env={"PAPERCTL_DB": str(env_db)}))
    listed = ok(runner.invoke(app, ["list", "--format", "ids"], env={"PAPERCTL_DB": str(env_db)}))
    assert listed.stdout == "2211.17192\n"


def test_a_title_only_paper_is_completed_by_its_arxiv_id_not_duplicated(cli):
    ok(cli("add", "--no-fetch", "--title", SPECULATIVE[2]))
    ok(cli("add", *SPECULATIVE, "--no-fetch"))
    assert len(papers(cli)) == 1


# -- naming a paper ---------------------------------------------------------------


@pytest.mark.parametrize(
    "ref",
    [
        "2211.17192", "2211.17192v2", "arXiv:2211.17192", "https://arxiv.org/abs/2211.17192",
        "http://arxiv.org/pdf/2211.17192v1", "https://arxiv.org/pdf/2211.17192v2.pdf",
        "leviathan2022fast", "Leviathan2022Fast", "1", "speculative decoding", "FAST INFERENCE from transformers",
    ],
)
def test_a_paper_can_be_named_many_ways(shelf, ref):
    assert paper(shelf, ref)["citekey"] == "leviathan2022fast"


@pytest.mark.parametrize(
    "ref", [PAGED_DOI, "doi:" + PAGED_DOI, "https://doi.org/" + PAGED_DOI, PAGED_DOI.upper(), "PagedAttention"]
)
def test_a_paper_can_be_named_by_doi(shelf, ref):
    ok(shelf("edit", "2309.06180", "--doi", PAGED_DOI))
    assert paper(shelf, ref)["citekey"] == "kwon2023efficient"


@pytest.mark.parametrize("ref", ["hep-th/9711200", "arXiv:hep-th/9711200v1", "maldacena1997large", "4"])
def test_an_old_style_paper_can_be_named_many_ways(shelf, ref):
    assert paper(shelf, ref)["title"] == "The Large N Limit of Superconformal Field Theories and Supergravity"


def test_a_typo_in_a_citation_key_suggests_the_key(shelf):
    fails(shelf("show", "leviathan2022fats"), "leviathan2022fats", "did you mean", "leviathan2022fast")
    fails(shelf("note", "kwon2032efficient", "a note"), "kwon2023efficient")


def test_an_unknown_arxiv_id_or_id_number_is_a_clear_error(shelf):
    fails(shelf("show", "2401.00001"), "2401.00001")
    fails(shelf("show", "99"), "99")


def test_an_ambiguous_piece_of_a_title_lists_the_candidates(shelf):
    result = fails(shelf("show", "Transformers"), "Transformers", "leviathan2022fast", "bhattamishra2023understanding")
    assert "kwon2023efficient" not in result.stderr


def test_a_malformed_arxiv_id_as_reference_is_reported_as_such(shelf):
    fails(shelf("show", "2211.1719"), "malformed arXiv ID", "2211.1719")


def test_commands_on_a_missing_library_create_nothing(cli, db):
    fails(cli("list"), "no library", str(db))
    fails(cli("show", "2211.17192"), "no library")
    assert not db.exists()


# -- summary, notes, status, venue, links ------------------------------------------------


def test_summary_set_replace_and_clear(shelf):
    ok(shelf("summary", "kwon2023efficient", "KV cache in pages, like virtual memory"))
    assert paper(shelf, "2309.06180")["summary"] == "KV cache in pages, like virtual memory"
    ok(shelf("summary", "2309.06180", "分页管理 KV 缓存"))
    assert paper(shelf, "2309.06180")["summary"] == "分页管理 KV 缓存"
    ok(shelf("summary", "2309.06180", "--clear"))
    assert paper(shelf, "2309.06180")["summary"] is None
    fails(shelf("summary", "2309.06180"), "--clear")
    fails(shelf("summary", "2309.06180", "   "))


def test_notes_are_appended_in_order_listed_edited_and_deleted(shelf):
    ok(shelf("note", "2211.17192", "Speedup 2-3x on T5-XXL"))
    ok(shelf("note", "leviathan2022fast", "No change to the output distribution"))
    ok(shelf("note", "2211.17192v2", "注意：需要一个好的草稿模型"))
    assert paper(shelf, "1")["notes"] == [
        "Speedup 2-3x on T5-XXL", "No change to the output distribution", "注意：需要一个好的草稿模型",
    ]
    listed = ok(shelf("note", "2211.17192", "--list")).stdout.splitlines()
    assert [line.split(".", 1)[0] for line in listed] == ["1", "2", "3"]
    assert listed[0].endswith("Speedup 2-3x on T5-XXL")
    as_json = json.loads(ok(shelf("note", "2211.17192", "--list", "--json")).stdout)
    assert [(n["number"], n["text"]) for n in as_json][1] == (2, "No change to the output distribution")

    ok(shelf("note", "2211.17192", "--edit", "1", "Speedup 2-3x on T5-XXL, no quality loss"))
    ok(shelf("note", "2211.17192", "--delete", "2", "--yes"))
    assert paper(shelf, "1")["notes"] == ["Speedup 2-3x on T5-XXL, no quality loss", "注意：需要一个好的草稿模型"]


@pytest.mark.parametrize("args", [["--edit", "3", "text"], ["--edit", "0", "text"], ["--delete", "3"]])
def test_a_note_number_out_of_range_is_a_clear_error(shelf, args):
    ok(shelf("note", "2211.17192", "first"))
    ok(shelf("note", "2211.17192", "second"))
    fails(shelf("note", "2211.17192", *args), f"no note {args[1]}", "2 note")
    assert paper(shelf, "1")["notes"] == ["first", "second"]


def test_an_empty_note_is_refused(shelf):
    fails(shelf("note", "2211.17192", "  "), "empty")
    assert paper(shelf, "1")["notes"] == []


def test_a_note_without_text_is_written_in_the_editor(shelf, tmp_path):
    env = editor(tmp_path, """printf 'Drafts from a small model, verified in parallel' > "$1" """)
    ok(shelf("note", "2211.17192", env=env))
    assert paper(shelf, "1")["notes"] == ["Drafts from a small model, verified in parallel"]


def test_editing_a_note_in_the_editor_starts_from_its_text(shelf, tmp_path):
    ok(shelf("note", "2211.17192", "Speedup 2-3x"))
    ok(shelf("note", "2211.17192", "--edit", "1", env=editor(tmp_path, """sed -i '1s/$/ on T5-XXL/' "$1" """)))
    assert paper(shelf, "1")["notes"] == ["Speedup 2-3x on T5-XXL"]


@pytest.mark.parametrize("shell", ["exit 3", ": > \"$1\""], ids=["editor-fails", "nothing-written"])
def test_no_note_is_saved_when_the_editor_fails_or_is_left_empty(shelf, tmp_path, shell):
    fails(shelf("note", "2211.17192", env=editor(tmp_path, shell)))
    assert paper(shelf, "1")["notes"] == []


def test_note_on_an_unknown_paper_fails_before_the_editor_opens(shelf, tmp_path):
    marker = tmp_path / "editor-ran"
    fails(shelf("note", "2401.00001", env=editor(tmp_path, f"touch {marker}")), "2401.00001")
    assert not marker.exists()


def test_status(shelf):
    assert paper(shelf, "1")["status"] == "unread"
    for value in ("reading", "read", "unread", "read"):
        ok(shelf("status", "2211.17192", value))
        assert paper(shelf, "1")["status"] == value


def test_an_invalid_status_is_rejected(shelf):
    result = shelf("status", "2211.17192", "finished")
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert "finished" in result.stderr and result.stdout == ""
    assert paper(shelf, "1")["status"] == "unread"


def test_venue_set_and_clear(shelf):
    ok(shelf("venue", "2211.17192", "ICML 2023 Oral"))
    assert paper(shelf, "1")["venue"] == "ICML 2023 Oral"
    assert keys(shelf, "--venue", "oral") == ["leviathan2022fast", "bhattamishra2023understanding"]
    ok(shelf("venue", "2211.17192", "--clear"))
    assert paper(shelf, "1")["venue"] is None
    fails(shelf("venue", "2211.17192"), "--clear")


def test_links_set_list_replace_and_remove(shelf):
    ok(shelf("link", "2309.06180", "code", "https://github.com/vllm-project/vllm"))
    ok(shelf("link", "2309.06180", "blog", "https://blog.vllm.ai/2023/06/20/vllm.html"))
    assert paper(shelf, "2")["links"] == {
        "code": "https://github.com/vllm-project/vllm", "blog": "https://blog.vllm.ai/2023/06/20/vllm.html",
    }
    listed = ok(shelf("link", "2309.06180")).stdout.splitlines()
    assert listed == ["code\thttps://github.com/vllm-project/vllm", "blog\thttps://blog.vllm.ai/2023/06/20/vllm.html"]
    ok(shelf("link", "2309.06180", "code", "https://github.com/vllm-project/vllm/tree/main"))
    ok(shelf("link", "2309.06180", "blog", "--remove"))
    assert paper(shelf, "2")["links"] == {"code": "https://github.com/vllm-project/vllm/tree/main"}
    # A link names the paper too.
    assert paper(shelf, "https://github.com/vllm-project/vllm/tree/main")["citekey"] == "kwon2023efficient"


def test_link_errors(shelf):
    fails(shelf("link", "2309.06180", "code", "github.com/vllm-project/vllm"), "not a URL")
    fails(shelf("link", "2309.06180", "code"), "--remove")
    fails(shelf("link", "2309.06180", "slides", "--remove"), "slides")
    assert paper(shelf, "2")["links"] == {}


def test_edit_changes_metadata_but_never_the_citation_key(shelf):
    ok(shelf("edit", "leviathan2022fast", "--title", "Fast Inference from Transformers via Speculative Decoding "
             "(ICML version)", "--year", "2023", "--author", "Matan Kalman", "--author", "Yaniv Leviathan"))
    p = paper(shelf, "2211.17192")
    assert p["citekey"] == "leviathan2022fast"
    assert p["title"].endswith("(ICML version)")
    assert p["year"] == 2023
    assert p["authors"] == ["Matan Kalman", "Yaniv Leviathan"]
    assert keys(shelf, "--author", "kalman") == ["leviathan2022fast"]
    hits = json.loads(ok(shelf("search", "ICML", "--json")).stdout)
    assert [h["citekey"] for h in hits] == ["leviathan2022fast"]


def test_edit_errors(shelf):
    before = papers(shelf)
    fails(shelf("edit", "2211.17192", env={"EDITOR": None, "VISUAL": None}), "no editor")  # no terminal here
    fails(shelf("edit", "2211.17192", "--url", "example.org/paper"), "not a URL")
    fails(shelf("edit", "2211.17192", "--title", "   "), "title")
    fails(shelf("edit", "2211.17192", "--arxiv", "2309.06180"), "arXiv ID")
    fails(shelf("edit", "2211.17192", "--arxiv", "2211.1719"), "2211.1719")
    assert papers(shelf) == before


@pytest.mark.parametrize("option", [["--year", "20222"], ["--published", "yesterday"]])
def test_edit_refuses_implausible_dates_as_add_does(shelf, option):
    fails(shelf("edit", "2211.17192", *option))


def test_rm_with_yes_removes_the_paper_and_its_annotations(shelf):
    ok(shelf("note", "2211.17192", "a note"))
    result = ok(shelf("rm", "leviathan2022fast", "--yes"))
    assert "leviathan2022fast" in result.stderr
    assert ids(shelf) == ["2309.06180", "2310.03016", "hep-th/9711200"]
    fails(shelf("show", "2211.17192"), "2211.17192")
    assert ok(shelf("search", "note", "--format", "ids")).stdout == ""
    efficiency = [s for s in json.loads(ok(shelf("tags", "--json")).stdout) if s["path"] == "LLM/Efficiency"]
    assert efficiency[0]["papers"] == 1


def test_rm_without_yes_and_without_a_terminal_refuses(shelf):
    fails(shelf("rm", "2211.17192"), "--yes")
    assert len(papers(shelf)) == 4


# -- sections -----------------------------------------------------------------------


def test_tags_shows_the_tree_with_counts(shelf):
    ok(shelf("tag", "2310.03016", "LLM/Efficiency"))
    tree = json.loads(ok(shelf("tags", "--json")).stdout)
    assert [(s["path"], s["papers"], s["total"]) for s in tree] == [
        ("LLM", 0, 3), ("LLM/Efficiency", 3, 3), ("LLM/In-Context Learning", 1, 1), ("Systems", 1, 1),
        ("Physics", 1, 1),
    ]
    text = ok(shelf("tags")).stdout.splitlines()
    assert re.match(r"^LLM\b.*\b3\b", text[0])
    assert re.match(r"^ {2,}Efficiency\s+3$", text[1])
    assert re.match(r"^ {2,}In-Context Learning\s+1$", text[2])
    assert re.match(r"^Systems\s+1$", text[3])


def test_papers_keep_the_order_they_were_tagged_in_each_section(cli):
    for args in (SPECULATIVE, PAGED, ICL):
        ok(cli("add", *args, "--no-fetch"))
    for ref in ("2310.03016", "2211.17192", "2309.06180"):
        ok(cli("tag", ref, "Reading group"))
    ok(cli("tag", "2309.06180", "Reading group/Next week"))
    assert ids(cli, "--tag", "Reading group") == ["2310.03016", "2211.17192", "2309.06180"]
    assert ids(cli, "--tag", "Reading group", "--sort", "added") == ["2211.17192", "2309.06180", "2310.03016"]
    # Leaving and joining again puts a paper at the end.
    ok(cli("untag", "2310.03016", "reading group"))
    ok(cli("tag", "2310.03016", "Reading group"))
    assert ids(cli, "--tag", "Reading group") == ["2211.17192", "2309.06180", "2310.03016"]


def test_a_paper_in_two_sections_is_listed_in_each(shelf):
    assert keys(shelf, "--tag", "LLM/Efficiency") == ["leviathan2022fast", "kwon2023efficient"]
    assert keys(shelf, "--tag", "Systems") == ["kwon2023efficient"]
    assert paper(shelf, "2309.06180")["tags"] == ["LLM/Efficiency", "Systems"]


def test_tag_and_untag(shelf):
    result = ok(shelf("tag", "2211.17192", "Reading group", "LLM/Efficiency"))
    assert "Reading group" in result.stderr
    assert paper(shelf, "1")["tags"] == ["LLM/Efficiency", "Reading group"]
    ok(shelf("untag", "2211.17192", "efficiency"))
    assert paper(shelf, "1")["tags"] == ["Reading group"]
    fails(shelf("untag", "2211.17192", "Physics"), "Physics")
    fails(shelf("untag", "2211.17192", "Quantum gravity"), "Quantum gravity")
    assert paper(shelf, "1")["tags"] == ["Reading group"]


def test_tag_matching_is_case_insensitive_and_by_trailing_part(shelf):
    ok(shelf("add", *LLAVA, "--no-fetch", "--tag", "MLLM"))
    assert keys(shelf, "--tag", "in-context learning") == ["bhattamishra2023understanding"]
    assert keys(shelf, "--tag", "LLM/IN-CONTEXT LEARNING") == ["bhattamishra2023understanding"]
    assert keys(shelf, "--tag", "efficiency") == ["leviathan2022fast", "kwon2023efficient"]
    # A section includes its subsections; LLM is not the end of MLLM.
    assert keys(shelf, "--tag", "LLM") == ["leviathan2022fast", "kwon2023efficient", "bhattamishra2023understanding"]
    assert keys(shelf, "--tag", "mllm") == ["liu2023visual"]
    # Several --tag: papers in any of them.
    assert keys(shelf, "--tag", "Systems", "--tag", "Physics", "--sort", "added") == [
        "kwon2023efficient", "maldacena1997large",
    ]


@pytest.mark.parametrize("name", ["Quantum gravity", "context learning", "LL"])
def test_an_unknown_section_is_a_clear_error(shelf, name):
    fails(shelf("list", "--tag", name), "no section", name)
    fails(shelf("search", "transformers", "--tag", name), "no section")


def test_unknown_section_suggests_close_names(shelf):
    fails(shelf("list", "--tag", "Efficency"), "did you mean", "LLM/Efficiency")


def test_renaming_a_section_moves_its_subsections(shelf):
    result = ok(shelf("tags", "--rename", "LLM", "Language Models"))
    assert "Language Models" in result.stderr
    paths = [s["path"] for s in json.loads(ok(shelf("tags", "--json")).stdout)]
    assert paths == ["Language Models", "Language Models/Efficiency", "Language Models/In-Context Learning",
                     "Systems", "Physics"]
    assert paper(shelf, "2211.17192")["tags"] == ["Language Models/Efficiency"]
    assert keys(shelf, "--tag", "Language Models/Efficiency") == ["leviathan2022fast", "kwon2023efficient"]
    fails(shelf("list", "--tag", "LLM"), "LLM")


def test_renaming_into_an_existing_section_merges_both_sets_of_papers(shelf):
    ok(shelf("add", *GARG, "--no-fetch", "--tag", "LLM/ICL", "--tag", "LLM/ICL/Theory"))
    ok(shelf("tag", "2211.17192", "LLM/ICL"))
    ok(shelf("tags", "--rename", "LLM/ICL", "LLM/In-Context Learning"))
    assert ids(shelf, "--tag", "LLM/In-Context Learning", "--sort", "section") == [
        "2310.03016", "2208.01066", "2211.17192",
    ]
    tree = {s["path"]: (s["papers"], s["total"]) for s in json.loads(ok(shelf("tags", "--json")).stdout)}
    assert "LLM/ICL" not in tree and "LLM/ICL/Theory" not in tree
    assert tree["LLM/In-Context Learning"] == (3, 3)
    assert tree["LLM/In-Context Learning/Theory"] == (1, 1)
    assert paper(shelf, "2208.01066")["tags"] == ["LLM/In-Context Learning", "LLM/In-Context Learning/Theory"]


def test_rename_errors(shelf):
    fails(shelf("tags", "--rename", "Quantum gravity", "QG"), "Quantum gravity")
    fails(shelf("tags", "--rename", "LLM", "LLM/Old"), "own subsection")


def test_an_alias_names_a_section_in_filters(shelf):
    ok(shelf("tags", "--alias", "LLM/In-Context Learning", "ICL"))
    assert keys(shelf, "--tag", "ICL") == ["bhattamishra2023understanding"]
    assert keys(shelf, "--tag", "icl") == ["bhattamishra2023understanding"]
    tree = {s["path"]: s["aliases"] for s in json.loads(ok(shelf("tags", "--json")).stdout)}
    assert tree["LLM/In-Context Learning"] == ["ICL"]
    assert "ICL" in ok(shelf("tags")).stdout
    ok(shelf("tags", "--unalias", "ICL"))
    fails(shelf("list", "--tag", "ICL"), "ICL")
    fails(shelf("tags", "--unalias", "ICL"), "ICL")
    fails(shelf("tags", "--alias", "LLM", "A/B"), "alias")


# -- list -------------------------------------------------------------------------


def test_every_command_is_found_in_the_module_main_imports_for_it():
    """``paperctl NAME`` imports only COMMAND_MODULES[NAME]: a command missing there, or
    listed under the wrong module, would be an unknown command at the terminal."""
    from paperctl.cli import COMMAND_MODULES, _command_name

    registered = {_command_name(info): info.callback.__module__.rsplit(".", 1)[-1]
                  for info in app.registered_commands}
    assert registered == COMMAND_MODULES


def test_each_command_runs_with_only_its_own_module_imported(tmp_path):
    """As at the terminal: a fresh process per command (``python -m paperctl``)."""
    db = str(tmp_path / "lib.db")
    script = "from paperctl.cli import main; main()"
    for args in (["add", "--no-fetch", "--title", "A paper"], ["list"], ["tags"], ["show", "1"],
                 ["--version"], ["export", "--bib"], ["check"]):
        result = subprocess.run([sys.executable, "-c", script, "--db", db, *args], capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 0, (args, result.stderr)
    result = subprocess.run([sys.executable, "-c", script, "--db", db, "lst"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2 and "No such command 'lst'" in result.stderr



def test_version_does_not_load_the_library(tmp_path):
    """``--version`` answers at once: the library, its database and formats are imported
    only by a command that needs them (``from paperctl import Library`` still works)."""
    script = ("import atexit, sys; from paperctl.cli import main\n"
              "atexit.register(lambda: print(sorted(m for m in sys.modules\n"
              "                 if m.startswith(('paperctl.library', 'paperctl.store.db', 'paperctl.formats')))))\n"
              "main()")
    result = subprocess.run([sys.executable, "-c", script, "--version"], capture_output=True, text=True, timeout=60)
    assert result.stdout.splitlines() == ["paperctl 0.1.0", "[]"]
    from paperctl import Library, PaperData

    with Library(tmp_path / "lib.db") as lib:
        assert lib.add(PaperData(title="A paper")).paper.title == "A paper"

def test_list_filters(shelf):
    ok(shelf("status", "2211.17192", "read"))
    ok(shelf("status", "2310.03016", "reading"))
    ok(shelf("add", "--no-fetch", "--title", "Attention Is All You Need", "--author", "Ashish Vaswani",
             "--year", "2017", "--venue", "NeurIPS 2017"))
    assert keys(shelf, "--status", "read") == ["leviathan2022fast"]
    assert keys(shelf, "--status", "unread") == ["kwon2023efficient", "maldacena1997large", "vaswani2017attention"]
    assert keys(shelf, "--year", "2023") == ["kwon2023efficient", "bhattamishra2023understanding"]
    assert keys(shelf, "--since", "2022") == ["leviathan2022fast", "kwon2023efficient",
                                              "bhattamishra2023understanding"]
    assert keys(shelf, "--author", "KWON") == ["kwon2023efficient"]
    assert keys(shelf, "--author", "Maldacena") == ["maldacena1997large"]
    assert keys(shelf, "--venue", "iclr") == ["bhattamishra2023understanding"]
    assert keys(shelf, "--unresolved") == ["vaswani2017attention"]
    assert keys(shelf, "--tag", "LLM", "--status", "unread") == ["kwon2023efficient"]
    assert keys(shelf, "--author", "Nobody") == []


def test_list_since_a_month_uses_the_publication_date(shelf):
    ok(shelf("edit", "2309.06180", "--published", "2023-09-12"))
    ok(shelf("edit", "2310.03016", "--published", "2023-10-04"))
    assert keys(shelf, "--since", "2023-10") == ["bhattamishra2023understanding"]
    assert keys(shelf, "--since", "2023-09-12") == ["kwon2023efficient", "bhattamishra2023understanding"]
    fails(shelf("list", "--since", "last year"), "--since")


def test_list_sorting_and_limit(shelf):
    assert ids(shelf) == ["2211.17192", "2309.06180", "2310.03016", "hep-th/9711200"]
    assert ids(shelf, "--sort", "added") == ["2211.17192", "2309.06180", "2310.03016", "hep-th/9711200"]
    assert ids(shelf, "--sort", "year")[-2:] == ["2211.17192", "hep-th/9711200"]
    assert ids(shelf, "--sort", "title") == ["2309.06180", "2211.17192", "hep-th/9711200", "2310.03016"]
    assert ids(shelf, "--sort", "section") == ["2211.17192", "2309.06180", "2310.03016", "hep-th/9711200"]
    assert ids(shelf, "--sort", "title", "--limit", "2") == ["2309.06180", "2211.17192"]
    assert ids(shelf, "-n", "0") == []


def test_list_formats(shelf):
    ok(shelf("add", "--no-fetch", "--title", "Attention Is All You Need", "--author", "Ashish Vaswani",
             "--year", "2017"))
    ok(shelf("note", "2211.17192", "first, with a comma"))
    ok(shelf("note", "2211.17192", 'second, with "quotes"'))

    assert ids(shelf)[-2:] == ["hep-th/9711200", "vaswani2017attention"]

    rows = list(csv.DictReader(io.StringIO(ok(shelf("list", "--format", "csv")).stdout)))
    assert [r["citekey"] for r in rows][:2] == ["leviathan2022fast", "kwon2023efficient"]
    spec = rows[0]
    assert spec["title"] == "Fast Inference from Transformers via Speculative Decoding"
    assert spec["authors"] == "Yaniv Leviathan; Matan Kalman; Yossi Matias"
    assert spec["summary"] == SPEC_SUMMARY
    assert spec["notes"].splitlines() == ["first, with a comma", 'second, with "quotes"']
    assert spec["arxiv_id"] == "2211.17192" and spec["year"] == "2022"
    assert rows[1]["tags"] == "LLM/Efficiency; Systems"

    tsv = ok(shelf("list", "--format", "tsv")).stdout.splitlines()
    assert len(tsv) == 5
    cells = tsv[1].split("\t")
    assert {"kwon2023efficient", "2309.06180", "2023", "unread"} <= set(cells)
    assert PAGED[2] in cells
    # Piped without --format, list prints TSV.
    assert ok(shelf("list")).stdout.splitlines() == tsv

    [p] = papers(shelf, "--tag", "In-Context Learning")
    assert {"id", "citekey", "arxiv_id", "version", "doi", "url", "title", "authors", "year", "published",
            "abstract", "venue", "summary", "notes", "tags", "status", "links"} <= set(p)
    assert p["authors"] == ["Satwik Bhattamishra", "Arkil Patel", "Phil Blunsom", "Varun Kanade"]


def test_tsv_lines_keep_their_seven_cells_and_no_control_characters(cli, tmp_path):
    source = tmp_path / "odd.jsonl"
    source.write_text(json.dumps({"title": "Evil \x1b[2J title\u2028with a line separator", "tags": ["A"]}) + "\n"
                      + json.dumps({"title": "A plain title", "tags": ["A", "B"]}) + "\n")
    ok(cli("import", str(source)))
    for args in (["list"], ["list", "--tag", "A"], ["search", "title"]):
        lines = ok(cli(*args)).stdout.splitlines()
        assert len(lines) == 2, (args, lines)
        for line in lines:
            assert "\x1b" not in line
            assert line.count("\t") == (7 if args[0] == "search" else 6), line  # search adds the snippet
    plain = ok(cli("list")).stdout.splitlines()[1].split("\t")
    assert plain[1:] == ["anonplain", "", "", "unread", "A plain title", "A; B"]


def test_the_table_goes_to_stdout_and_the_count_to_stderr(shelf):
    result = ok(shelf("list", "--format", "table", "--tag", "LLM"))
    assert "PagedAttention" in result.stdout
    assert "Physics" not in result.stdout
    assert "3 papers" in result.stderr and "3 papers" not in result.stdout


def test_a_long_table_is_drawn_in_pieces_that_line_up_as_one(shelf, monkeypatch):
    """A long list shows its first rows at once (rich lays out a table whole): it is
    drawn TABLE_PIECE rows at a time, with one header and the columns where they were."""
    from paperctl.cli import views

    whole = ok(shelf("list", "--format", "table")).stdout
    monkeypatch.setattr(views, "TABLE_PIECE", 1)
    pieces = ok(shelf("list", "--format", "table")).stdout
    assert pieces.count("paper / summary / sections") == 1
    rows = [line for line in pieces.splitlines() if re.search(r"(leviathan|kwon|bhattamishra|maldacena)", line)]
    assert len(rows) == 4
    # Line for line what one table of the four papers shows.
    assert [line.rstrip() for line in pieces.splitlines()] == [line.rstrip() for line in whole.splitlines()]


def test_list_of_an_empty_library(cli):
    ok(cli("add", *PAGED, "--no-fetch"))
    ok(cli("rm", "1", "--yes"))
    assert papers(cli) == []
    assert ok(cli("list", "--format", "csv")).stdout.splitlines()[0].startswith("id,citekey")


# -- search -------------------------------------------------------------------------


def search(run: Run, *args: str) -> list[dict]:
    return json.loads(ok(run("search", *args, "--json")).stdout)


def test_search_english_words_stems_prefixes_and_phrases(shelf):
    assert [h["citekey"] for h in search(shelf, "speculative")] == ["leviathan2022fast"]
    assert [h["citekey"] for h in search(shelf, "decode")] == ["leviathan2022fast"]  # stemmed
    assert [h["citekey"] for h in search(shelf, "specul*")] == ["leviathan2022fast"]
    assert [h["citekey"] for h in search(shelf, '"speculative decoding"')] == ["leviathan2022fast"]
    assert search(shelf, '"decoding speculative"') == []
    assert {h["citekey"] for h in search(shelf, "supergravity OR PagedAttention")} == {
        "maldacena1997large", "kwon2023efficient",
    }
    assert [h["citekey"] for h in search(shelf, "kwon")] == ["kwon2023efficient"]  # authors are indexed


def test_search_finds_a_chinese_word_inside_a_chinese_summary(shelf):
    [hit] = search(shelf, "验证")
    assert hit["citekey"] == "leviathan2022fast"
    assert "**验证**" in hit["snippet"]
    assert [h["citekey"] for h in search(shelf, "小模型")] == ["leviathan2022fast"]
    assert search(shelf, "验模") == []


def test_search_finds_words_in_notes_and_follows_edits(shelf):
    ok(shelf("note", "2309.06180", "vLLM reaches 2-4x the throughput of Orca"))
    [hit] = search(shelf, "throughput")
    assert hit["citekey"] == "kwon2023efficient"
    assert "**throughput**" in hit["snippet"]
    ok(shelf("note", "2309.06180", "--edit", "1", "vLLM compared with FasterTransformer"))
    assert search(shelf, "throughput") == []
    assert [h["citekey"] for h in search(shelf, "fastertransformer")] == ["kwon2023efficient"]
    ok(shelf("note", "2309.06180", "--delete", "1", "--yes"))
    assert search(shelf, "fastertransformer") == []


def test_search_with_filters(shelf):
    assert {h["citekey"] for h in search(shelf, "transformers")} == {
        "leviathan2022fast", "bhattamishra2023understanding",
    }
    assert [h["citekey"] for h in search(shelf, "transformers", "--tag", "in-context learning")] == [
        "bhattamishra2023understanding",
    ]
    assert [h["citekey"] for h in search(shelf, "transformers", "--year", "2022")] == ["leviathan2022fast"]
    assert len(search(shelf, "transformers", "--limit", "1")) == 1


def test_search_output_formats(shelf):
    assert ok(shelf("search", "PagedAttention", "--format", "ids")).stdout == "2309.06180\n"
    ranked = [h["arxiv_id"] or h["citekey"] for h in search(shelf, "transformers OR attention OR supergravity")]
    assert len(ranked) >= 3
    assert ok(shelf("search", "transformers OR attention OR supergravity", "--format", "ids")).stdout.split() == ranked
    tsv = ok(shelf("search", "PagedAttention")).stdout.splitlines()
    assert len(tsv) == 1 and "kwon2023efficient" in tsv[0].split("\t")
    assert "**PagedAttention**" in tsv[0]


@pytest.mark.parametrize("query", ["!!!", "?!", "…", '"', "OR", "* -"])
def test_a_query_without_words_is_a_clear_error(shelf, query):
    fails(shelf("search", query), "nothing to search for")


# -- info and init --------------------------------------------------------------------


def test_info(shelf, db):
    ok(shelf("status", "2211.17192", "read"))
    ok(shelf("status", "2309.06180", "reading"))
    ok(shelf("note", "2309.06180", "one"))
    ok(shelf("note", "2309.06180", "two"))
    facts = json.loads(ok(shelf("info", "--json")).stdout)
    assert Path(facts["path"]) == db.resolve()
    assert facts["schema_version"] >= 1
    assert (facts["papers"], facts["read"], facts["reading"], facts["unread"]) == (4, 1, 1, 2)
    assert (facts["sections"], facts["notes"]) == (5, 2)
    assert str(db.resolve()) in ok(shelf("info")).stdout


def test_init_creates_a_library_found_from_any_subfolder(tmp_path, monkeypatch):
    monkeypatch.delenv("PAPERCTL_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))  # never the real user library
    project = tmp_path / "reading-list"
    result = ok(runner.invoke(app, ["init", str(project)]))
    library = project / "data" / "library.db"
    assert library.is_file()
    assert str(library) in result.stderr
    assert "already exists" in ok(runner.invoke(app, ["init", str(project)])).stderr

    deep = project / "notes" / "2024"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    ok(runner.invoke(app, ["add", *SPECULATIVE, "--no-fetch"]))
    facts = json.loads(ok(runner.invoke(app, ["info", "--json"])).stdout)
    assert Path(facts["path"]) == library.resolve()
    assert facts["papers"] == 1
    assert not (tmp_path / "user-data").exists()

    monkeypatch.chdir(tmp_path)  # outside the project: the (missing) user library
    fails(runner.invoke(app, ["list"]), "no library")
    assert not (tmp_path / "user-data").exists()


# -- files that are not libraries ---------------------------------------------------------


def _random_file(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4096))
    return path


def _other_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    conn.execute("INSERT INTO recipes VALUES ('congee', 90)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("make", [_random_file, _other_sqlite], ids=["random-bytes", "other-sqlite"])
@pytest.mark.parametrize(
    "args",
    [["list", "--json"], ["add", *PAGED, "--no-fetch"], ["info"], ["tag", "1", "X"], ["search", "x"]],
    ids=lambda a: a[0],
)
def test_a_file_that_is_not_a_library_is_refused_and_untouched(tmp_path, make, args):
    path = make(tmp_path / "something.db")
    before = sha256(path)
    fails(runner.invoke(app, ["--db", str(path), *args]), str(path), "not a paperctl library")
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["something.db"]


def test_a_folder_is_not_a_library(tmp_path):
    fails(runner.invoke(app, ["--db", str(tmp_path), "list"]), "folder")


# -- help and version ------------------------------------------------------------------


COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_the_expected_commands_exist():
    assert {"add", "show", "edit", "link", "rm", "summary", "note", "status", "venue", "tag", "untag", "tags",
            "list", "search", "info", "init"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = ok(runner.invoke(app, [command, "--help"]))
    assert "Example" in result.stdout
    assert ok(runner.invoke(app, [command, "-h"])).stdout == result.stdout


def test_top_level_help_and_version():
    assert "add" in ok(runner.invoke(app, ["--help"])).stdout
    assert ok(runner.invoke(app, ["--version"])).stdout.startswith("paperctl ")


# -- known bugs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["status", "2211.17192", "finished"], ["list", "--sort", "random"], ["list", "--format", "xml"],
     ["list", "--bogus"]],
    ids=lambda a: " ".join(a[:2]),
)
def test_usage_errors_are_one_error_line_too(shelf, args):
    fails(shelf(*args))


@pytest.mark.parametrize(
    "args, shown",
    [
        (["venue", "2211.17192", "NeurIPS 2023 [spotlight]"], "NeurIPS 2023 [spotlight]"),
        (["tag", "2211.17192", "Reading [/group]"], "Reading [/group]"),
        (["link", "2211.17192", "code", "https://example.org/[/a]"], "https://example.org/[/a]"),
        (["note", "2211.17192", "--delete", "1", "--yes"], "see [/src/model.py](https://github.com/x/y)"),
    ],
    ids=["venue", "tag", "link", "note-delete"],
)
def test_messages_show_user_text_verbatim(shelf, args, shown):
    ok(shelf("note", "2211.17192", "see [/src/model.py](https://github.com/x/y)"))
    result = shelf(*args)
    assert result.exception is None, repr(result.exception)
    assert shown in result.stderr
