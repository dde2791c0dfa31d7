"""Reading papers back: filters, ordering, full-text search.

Papers are loaded set-wise: one query for the rows and one per related table
(authors, notes, sections, links) for all of them at once, never one query
per paper, so listing a whole library costs a handful of statements.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from typing import Any

from . import fts, sections
from .errors import InvalidValue
from .models import STATUSES, Author, Filters, Note, Paper, SearchHit

PAPER_COLUMNS = (
    "id, citekey, title, arxiv_id, version, doi, url, abstract, published, updated, year,"
    " primary_category, categories, journal_ref, comment, venue, summary, status, added,"
    " modified, fetched"
)
_SINCE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _in(ids: Sequence[int]) -> tuple[str, list[Any]]:
    """An IN clause over a JSON array: one parameter however many ids."""
    return "(SELECT value FROM json_each(?))", [json.dumps(list(ids))]


def load(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Paper]:
    """Papers with *ids*, complete with authors, notes, sections and links, in that order."""
    if not ids:
        return []
    clause, params = _in(ids)
    rows = conn.execute(f"SELECT {PAPER_COLUMNS} FROM papers WHERE id IN {clause}", params)
    papers: dict[int, Paper] = {}
    for row in rows:
        (pid, citekey, title, arxiv_id, version, doi, url, abstract, published, updated, year,
         primary, categories, journal_ref, comment, venue, summary, status, added, modified,
         fetched) = row
        papers[pid] = Paper(
            id=pid, citekey=citekey, title=title, arxiv_id=arxiv_id, version=version, doi=doi,
            url=url, abstract=abstract, published=published, updated=updated, year=year,
            primary_category=primary, categories=json.loads(categories or "[]"),
            journal_ref=journal_ref, comment=comment, venue=venue, summary=summary,
            status=status, added=added, modified=modified, fetched=fetched,
        )
    for pid, name, affiliation in conn.execute(
        f"SELECT paper_id, name, affiliation FROM authors WHERE paper_id IN {clause}"
        " ORDER BY paper_id, position", params
    ):
        papers[pid].authors.append(Author(name, affiliation))
    for pid, text, created, modified in conn.execute(
        f"SELECT paper_id, text, created, modified FROM notes WHERE paper_id IN {clause}"
        " ORDER BY paper_id, id", params
    ):
        notes = papers[pid].notes
        notes.append(Note(len(notes) + 1, text, created, modified))
    for pid, path in conn.execute(
        "SELECT ps.paper_id, s.path FROM paper_sections ps JOIN sections s ON s.id = ps.section_id"
        f" WHERE ps.paper_id IN {clause} ORDER BY ps.paper_id, s.position", params
    ):
        papers[pid].tags.append(path)
    for pid, name, url in conn.execute(
        f"SELECT paper_id, name, url FROM links WHERE paper_id IN {clause}"
        " ORDER BY paper_id, position", params
    ):
        papers[pid].links[name] = url
    return [papers[i] for i in ids if i in papers]


def _where(conn: sqlite3.Connection, filters: Filters) -> tuple[list[str], list[Any], list[int]]:
    """SQL conditions on ``p`` for *filters*, their parameters, and the section ids."""
    conditions: list[str] = []
    params: list[Any] = []
    section_ids: list[int] = []
    if filters.tags:
        section_ids = sections.filter_ids(conn, filters.tags)
        clause, p = _in(section_ids)
        conditions.append(
            f"p.id IN (SELECT paper_id FROM paper_sections WHERE section_id IN {clause})"
        )
        params += p
    if filters.status:
        if filters.status not in STATUSES:
            raise InvalidValue(f"unknown status {filters.status!r}: use one of {', '.join(STATUSES)}")
        conditions.append("p.status = ?")
        params.append(filters.status)
    if filters.year is not None:
        conditions.append("p.year = ?")
        params.append(filters.year)
    if filters.since:
        if not _SINCE.match(filters.since):
            raise InvalidValue(f"--since wants YYYY, YYYY-MM or YYYY-MM-DD, not {filters.since!r}")
        conditions.append("coalesce(p.published, p.year || '-01-01') >= ?")
        params.append(filters.since)
    if filters.author:
        conditions.append(
            "p.id IN (SELECT paper_id FROM authors WHERE name LIKE ? ESCAPE '\\')"
        )
        params.append(f"%{_like_escape(filters.author)}%")
    if filters.venue:
        conditions.append("p.venue LIKE ? ESCAPE '\\'")
        params.append(f"%{_like_escape(filters.venue)}%")
    if filters.unresolved:
        conditions.append("p.arxiv_id IS NULL AND p.doi IS NULL")
    return conditions, params, section_ids


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _order(filters: Filters, section_ids: list[int]) -> tuple[str, list[Any]]:
    sort = filters.sort or ("section" if filters.tags else "added")
    if sort == "added":
        return "p.id", []
    if sort == "year":
        return "p.year IS NULL, p.year DESC, coalesce(p.published, '') DESC, p.id", []
    if sort == "title":
        return "p.title_key, p.id", []
    if sort == "section":
        scope, params = "", []
        if section_ids:
            clause, params = _in(section_ids)
            scope = f" AND ps.section_id IN {clause}"
        return (
            "(SELECT min(s.position * 1000000 + ps.position) FROM paper_sections ps"
            f" JOIN sections s ON s.id = ps.section_id WHERE ps.paper_id = p.id{scope})"
            " IS NULL, (SELECT min(s.position * 1000000 + ps.position) FROM paper_sections ps"
            f" JOIN sections s ON s.id = ps.section_id WHERE ps.paper_id = p.id{scope}), p.id",
            params + params,
        )
    raise InvalidValue(f"unknown sort {sort!r}: use added, year, title or section")


def list_papers(conn: sqlite3.Connection, filters: Filters) -> list[Paper]:
    conditions, params, section_ids = _where(conn, filters)
    order, order_params = _order(filters, section_ids)
    sql = "SELECT p.id FROM papers p"
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    sql += f" ORDER BY {order}"
    if filters.limit is not None:
        sql += f" LIMIT {int(filters.limit)}"
    ids = [row[0] for row in conn.execute(sql, params + order_params)]
    return load(conn, ids)


def search(conn: sqlite3.Connection, query: str, filters: Filters) -> list[SearchHit]:
    """Papers matching *query*, best first (bm25), with a highlighted snippet each."""
    match = fts.build_query(query)
    conditions, params, _ = _where(conn, filters)
    weights = ", ".join(str(w) for w in fts.WEIGHTS)
    sql = (
        "SELECT p.id, snippet(papers_fts, -1, ?, ?, '…', 16),"
        f" bm25(papers_fts, {weights}) AS rank"
        " FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid"
        " WHERE papers_fts MATCH ?"
    )
    if conditions:
        sql += " AND " + " AND ".join(conditions)
    sql += " ORDER BY rank, p.id"
    if filters.limit is not None:
        sql += f" LIMIT {int(filters.limit)}"
    try:
        rows = conn.execute(
            sql, [fts.HIGHLIGHT_START, fts.HIGHLIGHT_END, match, *params]
        ).fetchall()
    except sqlite3.OperationalError as exc:
        raise InvalidValue(f"cannot search for {query!r}: {exc}") from None
    papers = {p.id: p for p in load(conn, [row[0] for row in rows])}
    return [SearchHit(papers[pid], fts.unsegment(snippet), rank) for pid, snippet, rank in rows]
