"""Rows of ``venue_resolutions``: what ``paperctl venues`` found for each paper.

One row a paper, replaced on each resolution; the evidence (every record
looked at, with its scores and verdict) is JSON, so that ``show`` and the JSON
Lines export carry it whole.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

COLUMNS = ("outcome", "venue", "venue_name", "kind", "year", "pages", "volume", "publisher", "doi", "source",
           "record", "url", "scores", "evidence", "note", "applied", "checked", "expires")
_JSON = ("scores", "evidence")


def save(conn: sqlite3.Connection, paper_id: int, row: dict[str, Any]) -> None:
    values = [json.dumps(row.get(c) or ({} if c == "scores" else []), ensure_ascii=False, sort_keys=True)
              if c in _JSON else row.get(c) for c in COLUMNS]
    values[COLUMNS.index("applied")] = int(bool(row.get("applied")))
    conn.execute(
        f"INSERT OR REPLACE INTO venue_resolutions (paper_id, {', '.join(COLUMNS)})"
        f" VALUES (?{', ?' * len(COLUMNS)})",
        [paper_id, *values],
    )


def load(conn: sqlite3.Connection, paper_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(paper_ids), 500):
        chunk = list(paper_ids[start:start + 500])
        found.update(select(conn, f"({', '.join('?' * len(chunk))})", chunk))
    return found


def select(conn: sqlite3.Connection, clause: str, params: Sequence[Any]) -> dict[int, dict[str, Any]]:
    """Rows for ``paper_id IN clause``, as dicts without empty values."""
    found: dict[int, dict[str, Any]] = {}
    rows = conn.execute(
        f"SELECT paper_id, {', '.join(COLUMNS)} FROM venue_resolutions WHERE paper_id IN {clause}", params)
    for pid, *values in rows:
        row = dict(zip(COLUMNS, values, strict=True))
        for name in _JSON:
            row[name] = json.loads(row[name])
        applied = bool(row.pop("applied"))
        found[pid] = {k: v for k, v in row.items() if v not in (None, "", [], {})} | {"applied": applied}
    return found
