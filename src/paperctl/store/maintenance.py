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
    try:
        conn.execute("INSERT INTO papers_fts(papers_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        problems.append(f"search index damaged: {exc}")
    return problems


def check(conn: sqlite3.Connection) -> list[str]:
    """Problems found in the library; an empty list means all is well."""
    problems = []
    result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        problems += [f"integrity: {line}" for line in result[:20]]
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        problems.append(f"{len(broken)} row(s) refer to missing rows (in {', '.join(tables)})")
    return problems + _fts_problems(conn)


def repair(conn: sqlite3.Connection) -> None:
    """Rebuild what can be rebuilt: the full-text index, from the tables."""
    fts.rebuild(conn)
