"""Changing the library from the command line: notes, removing papers, adding from stdin,
and the library a first ``add`` creates. Driven through CliRunner as a user would."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from paperctl.cli import app
from processes import PAPERCTL, run_on_terminal

runner = CliRunner()

SPECULATIVE = ["2211.17192", "--title", "Fast Inference from Transformers via Speculative Decoding",
               "--author", "Yaniv Leviathan", "--year", "2022"]
PAGED = ["2309.06180", "--title", "Efficient Memory Management for Large Language Model Serving with PagedAttention",
         "--author", "Woosuk Kwon", "--year", "2023"]
FLASH = ["2205.14135", "--title", "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
         "--author", "Tri Dao", "--year", "2022"]


@pytest.fixture
def db(tmp_path):
    return tmp_path / "library.db"


@pytest.fixture
def cli(db):
    def run(*args: str, input: str | None = None, env: dict | None = None):
        return runner.invoke(app, ["--db", str(db), *args], input=input, env=env)

    return run


@pytest.fixture
def shelf(cli):
    for paper in (SPECULATIVE, PAGED, FLASH):
        ok(cli("add", *paper, "--no-fetch"))
    ok(cli("note", "2211.17192", "2-3x faster on T5-XXL"))
    ok(cli("note", "2211.17192", "needs a good draft model"))
    return cli


def ok(result):
    assert result.exit_code == 0, (result.exit_code, result.stderr, result.exception)
    return result


def notes(run, ref: str) -> list[str]:
    return json.loads(ok(run("show", ref, "--json")).stdout)["notes"]


def keys(run) -> list[str]:
    return [p["citekey"] for p in json.loads(ok(run("list", "--json")).stdout)]


# -- notes ------------------------------------------------------------------------------------


def test_deleting_a_note_asks_first(shelf, db):
    declined, screen = run_on_terminal([*PAPERCTL, "--db", str(db), "note", "2211.17192", "--delete", "1"],
                                       keys=b"n\r")
    assert declined == 1
    assert "Delete note 1 of leviathan2022fast ('2-3x faster on T5-XXL')? [y/N]" in screen
    assert notes(shelf, "2211.17192") == ["2-3x faster on T5-XXL", "needs a good draft model"]
    accepted, screen = run_on_terminal([*PAPERCTL, "--db", str(db), "note", "2211.17192", "--delete", "1"],
                                       keys=b"y\r")
    assert accepted == 0, screen
    assert notes(shelf, "2211.17192") == ["needs a good draft model"]


def test_deleting_a_note_without_a_terminal_needs_yes(shelf):
    result = shelf("note", "2211.17192", "--delete", "2")
    assert result.exit_code == 2
    assert result.stderr == "Error: refusing to delete a note without confirmation; pass --yes\n"
    assert len(notes(shelf, "2211.17192")) == 2
    assert ok(shelf("note", "2211.17192", "--delete", "2", "--yes")).stderr == \
        "Deleted note 2: needs a good draft model\n"
    assert notes(shelf, "2211.17192") == ["2-3x faster on T5-XXL"]


@pytest.mark.parametrize("zone, shown", [("UTC", "UTC"), ("Asia/Shanghai", "CST"), ("America/New_York", "E")])
def test_note_times_show_in_local_time_and_json_keeps_utc(shelf, monkeypatch, zone, shown):
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        stored = json.loads(ok(shelf("note", "2211.17192", "--list", "--json")).stdout)[0]["created"]
        assert stored.endswith("+00:00")
        from datetime import datetime

        local = datetime.fromisoformat(stored).astimezone()
        listed = ok(shelf("note", "2211.17192", "--list")).stdout.splitlines()[0]
        assert listed.startswith(f"1. [{local:%Y-%m-%d %H:%M} {shown}")
        assert listed.endswith("] 2-3x faster on T5-XXL")
        assert f"1. {local:%Y-%m-%d %H:%M} {shown}" in ok(shelf("show", "2211.17192")).stdout
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


# -- rm ------------------------------------------------------------------------------------------


def test_rm_takes_several_papers(shelf):
    result = ok(shelf("rm", "2211.17192", "kwon2023efficient", "--yes"))
    assert result.stderr == "Removed leviathan2022fast\nRemoved kwon2023efficient\n"
    assert keys(shelf) == ["dao2022flashattention"]


def test_rm_of_several_asks_once_listing_them(shelf, db):
    declined, screen = run_on_terminal([*PAPERCTL, "--db", str(db), "rm", "2211.17192", "2309.06180"],
                                       keys=b"n\r")
    assert declined == 1
    assert ("Remove these 2 papers with 2 note(s)?\n"
            "  leviathan2022fast (Fast Inference from Transformers via Speculative Decoding)\n"
            "  kwon2023efficient (Efficient Memory Management for Large Language Model Serving with PagedAttention)\n"
            " [y/N]") in screen
    assert len(keys(shelf)) == 3


def test_rm_with_one_unknown_paper_removes_nothing(shelf):
    result = shelf("rm", "2211.17192", "leviathan2022fst", "--yes")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no paper matches 'leviathan2022fst'; did you mean: leviathan2022fast")
    assert len(keys(shelf)) == 3


def test_rm_naming_one_paper_twice_removes_it_once(shelf):
    assert ok(shelf("rm", "2211.17192", "leviathan2022fast", "--yes")).stderr == "Removed leviathan2022fast\n"


# -- add from stdin --------------------------------------------------------------------------


def test_add_dash_reads_ids_separated_by_any_whitespace(cli, arxiv_server):
    result = ok(cli("add", "-", input="2211.17192 1707.08567\t 1605.08386  # three IDs on one line\n\n"))
    assert result.stdout.split() == ["leviathan2022fast", "immink2017proceedings", "stanley2016heat"]


def test_from_file_dash_reads_stdin(cli, arxiv_server):
    result = ok(cli("add", "--from-file", "-", input="# my reading list\n2211.17192\n1707.08567 # AEW10\n"))
    assert result.stdout.split() == ["leviathan2022fast", "immink2017proceedings"]


# -- the first add creates the library, and says so ----------------------------------------------


def test_a_library_created_by_the_first_add_is_announced(cli, db):
    result = ok(cli("add", *SPECULATIVE, "--no-fetch"))
    assert result.stderr == ("Added leviathan2022fast: Fast Inference from Transformers via Speculative Decoding\n"
                             f"Created library at {db}\n")
    assert "Created library" not in ok(cli("add", *PAGED, "--no-fetch")).stderr


def test_a_first_add_that_fails_leaves_no_library_behind(cli, db):
    result = cli("add", "2211.17192")  # arXiv is unreachable in the tests
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: arXiv is unavailable")
    assert "Created library" not in result.stderr
    assert not db.exists() and list(db.parent.iterdir()) == []


def test_an_import_into_a_new_library_is_announced(cli, db, tmp_path):
    source = tmp_path / "papers.jsonl"
    source.write_text(json.dumps({"title": "Attention Is All You Need", "arxiv_id": "1706.03762"}) + "\n")
    result = ok(cli("import", str(source)))
    assert result.stderr.endswith(f"Created library at {db}\n")
