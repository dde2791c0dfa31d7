"""Keeping a library safe: online backups and consistency checks.

``backup`` uses SQLite's online backup API, which copies a consistent
snapshot even while another process writes. ``check`` runs SQLite's
integrity and foreign-key checks and compares the full-text index with the
tables it is built from; ``repair`` rebuilds the index (the only derived
data paperctl keeps).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .. import files
from . import fts

_CHUNK = 1000


def backup(conn: sqlite3.Connection, destination: Path) -> Path:
    """Copy the library to *destination* (written to a temporary file, then renamed)."""
    destination = Path(destination)
    real = files.check_target(destination)
    with files.temporary_beside(real) as temp:
        target = sqlite3.connect(temp)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        os.replace(temp, real)
    return destination


def _fts_problems(conn: sqlite3.Connection) -> list[str]:
    problems = []
    papers = {row[0] for row in conn.execute("SELECT id FROM papers")}
    indexed = {row[0] for row in conn.execute("SELECT rowid FROM papers_fts")}
    if papers - indexed:
        problems.append(f"{len(papers - indexed)} paper(s) missing from the search index")
    if indexed - papers:
        problems.append(f"{len(indexed - papers)} search index row(s) for papers that no longer exist")
    stale = 0
    ids = sorted(papers & indexed)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        expected = {row[0]: row[1:] for row in fts.index_rows(conn, chunk)}
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT rowid, {', '.join(fts.FTS_COLUMNS)} FROM papers_fts WHERE rowid IN ({marks})", chunk
        ):
            if tuple(row[1:]) != expected.get(row[0]):
                stale += 1
    if stale:
        problems.append(f"{stale} search index row(s) out of date with their paper")
    return problems


def _fts_structure(conn: sqlite3.Connection, notes: list[str]) -> list[str]:
    """FTS5's own integrity check. SQLite runs it as a write, so it needs the write lock:
    on a read-only library, or when another process holds the lock past the busy
    timeout, it is skipped with a note, never reported as damage."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        why = "the library is read-only" if "readonly" in str(exc) else "another process kept the library locked"
        notes.append(f"the search index's internal structure was not checked ({why})")
        return []
    try:
        conn.execute("INSERT INTO papers_fts(papers_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        return [f"search index damaged: {exc}"]
    finally:
        conn.execute("ROLLBACK")
    return []


def check(conn: sqlite3.Connection, notes: list[str] | None = None) -> list[str]:
    """Problems found in the library; an empty list means all is well. *notes* receives
    what could not be checked, and why.

    Everything but FTS5's structure check is read in one snapshot (one read
    transaction), so a write by another process in the middle cannot look like
    damage, and it works on a read-only library.
    """
    notes = [] if notes is None else notes
    problems = []
    conn.execute("BEGIN")
    try:
        missing = _schema_problems(conn)
        problems += missing
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems += [f"integrity: {line}" for line in result[:20]]
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            tables = sorted({row[0] for row in broken})
            problems.append(f"{len(broken)} row(s) refer to missing rows (in {', '.join(tables)})")
        if not missing:
            problems += _fts_problems(conn)
    finally:
        conn.execute("ROLLBACK")
    if not missing:
        problems += _fts_structure(conn, notes)
    return problems


def _schema_problems(conn: sqlite3.Connection) -> list[str]:
    """Tables, indexes and triggers of paperctl's schema that are missing or altered,
    compared with a fresh library made by the same migrations."""
    expected = _expected_schema()
    found = {(kind, name): sql for kind, name, sql in
             conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}
    problems = []
    for (kind, name), sql in sorted(expected.items()):
        if (kind, name) not in found:
            problems.append(f"{kind} {name} is missing")
        elif _squeeze(found[(kind, name)]) != _squeeze(sql):
            problems.append(f"{kind} {name} differs from paperctl's schema")
    return problems


def _expected_schema() -> dict[tuple[str, str], str | None]:
    from sqlite_utils import Database

    from .migrations import migrations

    fresh = sqlite3.connect(":memory:")
    try:
        migrations().apply(Database(fresh))
        rows = fresh.execute("SELECT type, name, sql FROM sqlite_master"
                             " WHERE name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations'")
        return {(kind, name): sql for kind, name, sql in rows}
    finally:
        fresh.close()


def _squeeze(sql: str | None) -> str:
    return " ".join((sql or "").split())


def repair(conn: sqlite3.Connection) -> None:
    """Rebuild what can be rebuilt: the full-text index, from the tables."""
    fts.rebuild(conn)
