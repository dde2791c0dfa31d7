"""Backups and checks: the user's way to keep years of notes safe."""

from __future__ import annotations

import sqlite3
import threading

from typer.testing import CliRunner

from conftest import maldacena, speculative_decoding
from paperctl import Library
from paperctl.cli import app

runner = CliRunner()


def test_backup_is_a_complete_library(lib, tmp_path):
    lib.add(speculative_decoding(tags=["LLM"], notes=["keep me"]))
    result = runner.invoke(app, ["--db", str(lib.path), "backup", str(tmp_path / "copy.db")])
    assert result.exit_code == 0 and "Backed up to" in result.stderr
    with Library(tmp_path / "copy.db", create=False) as copy:
        assert [n.text for n in copy.notes("2211.17192")] == ["keep me"]
        assert copy.check() == []
        assert [h.paper.arxiv_id for h in copy.search("speculative")] == ["2211.17192"]


def test_backup_while_another_connection_writes(lib, tmp_path):
    lib.add(maldacena())
    stop = threading.Event()

    def writer():
        with Library(lib.path) as other:
            n = 0
            while not stop.is_set():
                other.add_note("hep-th/9711200", f"note {n}")
                n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        for i in range(5):
            lib.backup(tmp_path / f"b{i}.db")
    finally:
        stop.set()
        thread.join()
    for i in range(5):
        with Library(tmp_path / f"b{i}.db", create=False) as copy:
            assert copy.check() == []


def test_default_backup_name_is_beside_the_library(lib):
    lib.add(maldacena())
    result = runner.invoke(app, ["--db", str(lib.path), "backup"])
    assert result.exit_code == 0
    backups = list(lib.path.parent.glob("library-backup-*.db"))
    assert len(backups) == 1


def test_check_finds_a_damaged_search_index_and_repair_rebuilds_it(lib):
    lib.add(speculative_decoding(summary="drafts and verifies"))
    lib.add(maldacena())
    assert runner.invoke(app, ["--db", str(lib.path), "check"]).exit_code == 0
    # Damage the derived index behind paperctl's back: a stale row and a missing one.
    raw = sqlite3.connect(lib.path)
    raw.execute("UPDATE papers_fts SET summary = 'something else' WHERE rowid = 1")
    raw.execute("DELETE FROM papers_fts WHERE rowid = 2")
    raw.commit()
    raw.close()
    result = runner.invoke(app, ["--db", str(lib.path), "check"])
    assert result.exit_code == 1
    assert "1 paper(s) missing from the search index" in result.stderr
    assert "1 search index row(s) out of date" in result.stderr
    result = runner.invoke(app, ["--db", str(lib.path), "check", "--repair"])
    assert result.exit_code == 0 and "Repaired" in result.stderr
    assert lib.check() == []
    assert [h.paper.arxiv_id for h in lib.search("verifies")] == ["2211.17192"]


def test_check_reports_broken_references(lib):
    lib.add(speculative_decoding(notes=["n"]))
    raw = sqlite3.connect(lib.path)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("INSERT INTO notes (paper_id, text, created, modified) VALUES (999, 'orphan', '', '')")
    raw.commit()
    raw.close()
    assert any("refer to missing rows (in notes)" in p for p in lib.check())
