"""A paper's local file (``attachments``): the PDF on this machine that ``open PAPER
file`` opens. One a paper, an absolute path; kept apart from links so that no export
ever writes it."""

from __future__ import annotations

import sqlite3


def set_path(conn: sqlite3.Connection, paper_id: int, path: str, now: str) -> None:
    conn.execute(
        "INSERT INTO attachments (paper_id, path, attached) VALUES (?, ?, ?)"
        " ON CONFLICT(paper_id) DO UPDATE SET path = excluded.path, attached = excluded.attached",
        [paper_id, path, now],
    )


def path_of(conn: sqlite3.Connection, paper_id: int) -> str | None:
    row = conn.execute("SELECT path FROM attachments WHERE paper_id = ?", [paper_id]).fetchone()
    return row[0] if row else None


def remove(conn: sqlite3.Connection, paper_id: int) -> bool:
    return conn.execute("DELETE FROM attachments WHERE paper_id = ?", [paper_id]).rowcount > 0
