"""Counts over the whole library for ``paperctl stats``: papers by status, section,
year and venue; notes; papers still without an arXiv ID or DOI.

Each count is one ``GROUP BY`` statement, so the figures stay quick at 100k papers.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..models import STATUSES
from . import sections


def counts(conn: sqlite3.Connection) -> dict[str, Any]:
    """Every count, as plain data (the ``--json`` object)."""
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    by_status = dict(conn.execute("SELECT status, count(*) FROM papers GROUP BY status"))
    years = conn.execute(
        "SELECT year, count(*) FROM papers GROUP BY year ORDER BY year IS NULL, year DESC"
    ).fetchall()
    venues = conn.execute(
        "SELECT venue, count(*) AS n FROM papers GROUP BY venue ORDER BY venue IS NULL, n DESC, venue"
    ).fetchall()
    return {
        "papers": sum(by_status.values()),
        "status": {status: by_status.get(status, 0) for status in STATUSES},
        "notes": one("SELECT count(*) FROM notes"),
        "papers_with_notes": one("SELECT count(DISTINCT paper_id) FROM notes"),
        "unresolved": one("SELECT count(*) FROM papers WHERE arxiv_id IS NULL AND doi IS NULL"),
        "sections": [{"path": s.path, "papers": s.count, "total": s.total} for s in sections.tree(conn)],
        "unsectioned": one("SELECT count(*) FROM papers WHERE id NOT IN (SELECT paper_id FROM paper_sections)"),
        "years": [{"year": year, "papers": n} for year, n in years],
        "venues": [{"venue": venue, "papers": n} for venue, n in venues],
    }
