"""Reading papers back: filters, ordering, full-text search.

Papers are loaded set-wise: one query for the rows and one per related table
(authors, notes, sections, links) for all of them at once, never one query
per paper, so listing a whole library costs a handful of statements.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import replace
from typing import Any

from ..errors import InvalidValue
from ..lazy import pattern
from ..models import STATUSES, Author, BibField, Filters, Note, Paper, SearchHit
from . import db, fts, sections, venue_resolutions

PAPER_COLUMNS = (
    "id, citekey, title, arxiv_id, version, doi, url, abstract, published, updated, year,"
    " primary_category, categories, journal_ref, comment, venue, summary, status, added,"
    " modified, fetched, entry_type"
)
_SINCE = pattern(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _in(ids: Sequence[int]) -> tuple[str, list[Any]]:
    """An IN clause over a JSON array: one parameter however many ids."""
    return "(SELECT value FROM json_each(?))", [json.dumps(list(ids))]


# What one-line listings show (the sections come apart): reading only these makes the
# statement behind a 8,000-paper listing about 2x quicker than reading every column
# but the abstract. ``_light_paper`` builds papers from them.
LIGHT_COLUMNS = "id, citekey, title, arxiv_id, year, venue, summary, status"
# The same after the id, qualified, for ``_select`` (which reads ``p.id`` first).
_LIGHT_AFTER_ID_OF_P = ", ".join(f"p.{c}" for c in LIGHT_COLUMNS.split(", ")[1:])


def load(
    conn: sqlite3.Connection, ids: Sequence[int], full: bool = True, abstracts: bool = True, notes: bool = True
) -> list[Paper]:
    """Papers with *ids*, in that order, complete with authors, notes, sections and links.

    ``full=False`` reads only what one-line listings show (``LIGHT_COLUMNS`` and
    the sections): what a listing of thousands of papers needs is a fraction of
    the bytes.
    ``abstracts=False`` leaves out the abstract (the largest field), and
    ``notes=False`` the notes and links: a citation shows none of them.
    """
    if not ids:
        return []
    clause, params = _in(ids)
    columns = PAPER_COLUMNS if full and abstracts else LIGHT_COLUMNS if not full else \
        PAPER_COLUMNS.replace(" abstract,", _ABSTRACT_OF_RECORDS)
    rows = conn.execute(f"SELECT {columns} FROM papers WHERE id IN {clause}", params)
    papers = {paper.id: paper for paper in map(_paper if full else _light_paper, rows)}
    if full:
        _load_details(conn, papers, clause, params, notes)
    _load_tags(conn, papers, clause, params)
    return [papers[i] for i in ids if i in papers]


# Without abstracts, a paper with a bibliographic record still has its abstract: the
# record's ``abstract`` field is written from it.
_ABSTRACT_OF_RECORDS = (
    " (CASE WHEN EXISTS (SELECT 1 FROM bib_fields b WHERE b.paper_id = papers.id) THEN abstract END),"
)


def _paper(row: tuple) -> Paper:
    """A Paper from a row of PAPER_COLUMNS.

    Built with positional arguments, in ``Paper``'s field order: 1.0 us a paper
    against 2.6 us with keywords, which counts when a listing or an export builds
    100k of them. ``test_library.py`` reads every field back by name to hold the order.
    """
    (pid, citekey, title, arxiv_id, version, doi, url, abstract, published, updated, year,
     primary, categories, journal_ref, comment, venue, summary, status, added, modified,
     fetched, entry_type) = row
    return Paper(
        pid, citekey, title, [], arxiv_id, version, doi, url, abstract, published, updated, year, primary,
        json.loads(categories) if categories != "[]" else [], journal_ref, comment, venue, summary, status,
        [], [], {}, added, modified, fetched, None, entry_type, [], [],
    )


def _light_paper(row: tuple) -> Paper:
    """A Paper from a row of LIGHT_COLUMNS; what they leave out is empty."""
    pid, citekey, title, arxiv_id, year, venue, summary, status = row
    return Paper(
        pid, citekey, title, [], arxiv_id, None, None, None, None, None, None, year, None, [], None, None,
        venue, summary, status, [], [], {}, None, None, None,
    )


def _load_tags(conn: sqlite3.Connection, papers: dict[int, Paper], clause: str, params: list[Any]) -> None:
    for pid, path in conn.execute(
        "SELECT ps.paper_id, s.path FROM paper_sections ps JOIN sections s ON s.id = ps.section_id"
        f" WHERE ps.paper_id IN {clause} ORDER BY ps.paper_id, s.position", params
    ):
        papers[pid].tags.append(path)


def crossrefs_last(conn: sqlite3.Connection, ids: list[int]) -> list[int]:
    """*ids* with every paper another one cross-references (``crossref``, ``xdata``)
    moved after the papers that refer to it, keeping the order otherwise: bibtex
    inherits a parent's fields only when the parent comes later in the file."""
    refs: dict[str, list[str]] = {}
    for key, target in conn.execute(
        "SELECT p.citekey, lower(coalesce(f.value ->> 1, f.value ->> 2)) FROM bib_fields b"
        " JOIN papers p ON p.id = b.paper_id, json_each(b.fields) f WHERE f.value ->> 0 IN ('crossref', 'xdata')"
    ):
        if target:
            for one in target.strip("{}").split(","):
                refs.setdefault(one.strip(), []).append(key.lower())
    if not refs:
        return ids
    keys = {pid: key.lower() for pid, key in conn.execute(
        "SELECT id, citekey FROM papers WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)])}
    depth: dict[str, int] = {}

    def level(key: str, seen: frozenset[str] = frozenset()) -> int:
        if key not in depth:
            parents = [k for k in refs.get(key, []) if k not in seen]
            depth[key] = 1 + max((level(k, seen | {key}) for k in parents), default=-1) if key in refs else 0
        return depth[key]

    return sorted(ids, key=lambda pid: min(level(keys[pid]), 8))  # stable: citekey order within a level


def section_places(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, list[list[Any]]]:
    """For each paper, ``[section, its tree position, the paper's position in it]`` for
    each of its sections, and ``[ancestor, its tree position, None]`` for the sections
    above them: what a JSON Lines export carries so that the order comes back."""
    if not ids:
        return {}
    positions = dict(conn.execute("SELECT path, position FROM sections"))
    clause, params = _in(ids)
    places: dict[int, dict[str, list[Any]]] = {}
    for pid, path, position in conn.execute(
        "SELECT ps.paper_id, s.path, ps.position FROM paper_sections ps JOIN sections s ON s.id = ps.section_id"
        f" WHERE ps.paper_id IN {clause}", params
    ):
        mine = places.setdefault(pid, {})
        mine[path] = [path, positions[path], position]
        parts = path.split("/")
        for n in range(1, len(parts)):
            above = "/".join(parts[:n])
            if above in positions:
                mine.setdefault(above, [above, positions[above], None])
    return {pid: sorted(mine.values()) for pid, mine in places.items()}


def _load_details(
    conn: sqlite3.Connection, papers: dict[int, Paper], clause: str, params: list[Any], notes_too: bool = True
) -> None:
    for pid, name, affiliation in conn.execute(
        f"SELECT paper_id, name, affiliation FROM authors WHERE paper_id IN {clause}"
        " ORDER BY paper_id, position", params
    ):
        papers[pid].authors.append(Author(name, affiliation))
    for pid, fields in conn.execute(f"SELECT paper_id, fields FROM bib_fields WHERE paper_id IN {clause}", params):
        papers[pid].fields = [BibField(*row) for row in json.loads(fields)]
    for pid, alias in conn.execute(
        f"SELECT paper_id, alias FROM aliases WHERE paper_id IN {clause} ORDER BY paper_id, position", params
    ):
        papers[pid].aliases.append(alias)
    for pid, resolution in venue_resolutions.select(conn, clause, params).items():  # exports cite from it
        papers[pid].resolution = resolution
    if not notes_too:
        return
    for pid, text, created, modified in conn.execute(
        f"SELECT paper_id, text, created, modified FROM notes WHERE paper_id IN {clause}"
        " ORDER BY paper_id, id", params
    ):
        notes = papers[pid].notes
        notes.append(Note(len(notes) + 1, text, created, modified))
    for pid, name, url in conn.execute(
        f"SELECT paper_id, name, url FROM links WHERE paper_id IN {clause}"
        " ORDER BY paper_id, position", params
    ):
        papers[pid].links[name] = url


def _where(
    conn: sqlite3.Connection, filters: Filters, tags_in_sql: bool = True
) -> tuple[list[str], list[Any], list[int]]:
    """SQL conditions on ``p`` for *filters*, their parameters, and the section ids
    (``tags_in_sql=False``: the caller restricts to those sections itself)."""
    conditions: list[str] = []
    params: list[Any] = []
    section_ids: list[int] = []
    if filters.tags:
        section_ids = sections.filter_ids(conn, filters.tags)
    if filters.tags and tags_in_sql:
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


def _order(filters: Filters) -> str:
    terms = _order_terms(filters)
    if filters.reverse:  # every term turned around: the exact reverse, ties included
        terms = [t[: -len(" DESC")] if t.endswith(" DESC") else t + " DESC" for t in terms]
    return ", ".join(terms)


def _order_terms(filters: Filters) -> list[str]:
    sort = filters.sort or ("section" if filters.tags else "added")
    if sort == "added":
        return ["p.id"]
    if sort == "year":
        return ["p.year IS NULL", "p.year DESC", "coalesce(p.published, '') DESC", "p.id"]
    if sort == "title":
        return ["p.title_key", "p.id"]
    if sort == "citekey":
        return ["p.citekey"]
    if sort == "section":
        return ["placed.o IS NULL", "placed.o", "p.id"]
    raise InvalidValue(f"unknown sort {sort!r}: use added, year, title, section or citekey")


def list_papers(conn: sqlite3.Connection, filters: Filters, full: bool = True) -> list[Paper]:
    if full:
        return load(conn, matching_ids(conn, filters), full)
    # One-line listings read their columns in the filtering statement itself,
    # instead of selecting ids and then looking every paper up again.
    with _mapped_if_selective(conn, filters):
        rows = _select(conn, filters, _LIGHT_AFTER_ID_OF_P).fetchall()
    papers = {paper.id: paper for paper in map(_light_paper, rows)}
    clause, params = _in(list(papers))
    _load_tags(conn, papers, clause, params)
    return list(papers.values())


def identifiers(conn: sqlite3.Connection, filters: Filters) -> list[str]:
    """The arXiv ID, else the citation key, of each matching paper (``list --format ids``):
    no paper objects are built, which matters when thousands match."""
    with _mapped_if_selective(conn, filters):
        return [row[1] for row in _select(conn, filters, "coalesce(p.arxiv_id, p.citekey)")]


def _mapped_if_selective(conn: sqlite3.Connection, filters: Filters) -> AbstractContextManager[None]:
    """A filtered listing reads scattered rows: mapped, no read() per page. A full
    listing reads them all, and mapping would only make its memory look larger."""
    return db.mapped(conn) if filters.tags or filters.limit is not None else nullcontext()


def matching_ids(conn: sqlite3.Connection, filters: Filters) -> list[int]:
    """Ids of the papers *filters* select, in their order."""
    return [row[0] for row in _select(conn, filters)]


def _select(conn: sqlite3.Connection, filters: Filters, extra: str = "") -> sqlite3.Cursor:
    """(id, *extra*) of the papers *filters* select, in their order."""
    order = _order(filters)
    placed = order.startswith("placed.")
    # Sorted by section, the --tag sections already restrict the papers (in ``placed``).
    conditions, params, section_ids = _where(conn, filters, tags_in_sql=not placed)
    columns = "p.id" + (f", {extra}" if extra else "")
    sql = f"SELECT {columns} FROM papers p"
    if placed:
        # Each paper's first place in the tree order (restricted to the --tag sections),
        # computed once for all papers rather than once per paper.
        scope, scope_params = "", []
        if section_ids:
            clause, scope_params = _in(section_ids)
            scope = f" WHERE ps.section_id IN {clause}"
        join = "FROM placed CROSS JOIN papers p ON p.id = placed.pid" if section_ids else \
            "FROM papers p LEFT JOIN placed ON placed.pid = p.id"  # CROSS JOIN: placed drives the loop
        sql = (
            "WITH placed AS (SELECT ps.paper_id AS pid, min(s.position * 1000000 + ps.position) AS o"
            f" FROM paper_sections ps JOIN sections s ON s.id = ps.section_id{scope} GROUP BY ps.paper_id)"
            f" SELECT {columns} {join}"
        )
        params = scope_params + params
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    sql += f" ORDER BY {order}"
    if filters.limit is not None:
        sql += f" LIMIT {int(filters.limit)}"
    return conn.execute(sql, params)


def search(conn: sqlite3.Connection, query: str, filters: Filters, full: bool = True) -> list[SearchHit]:
    """Papers matching *query*, best first (bm25), with a highlighted snippet each."""
    return search_counted(conn, query, filters, full)[0]


def search_counted(
    conn: sqlite3.Connection, query: str, filters: Filters, full: bool = True
) -> tuple[list[SearchHit], int]:
    """``search``, and how many papers match in all, beyond ``filters.limit``
    (so that a page of results can say it is one).

    Snippets and papers only for those returned: a snippet costs far more than a
    rank, and a common word can match tens of thousands of papers of which 50 are shown.
    The total is counted apart, without ranking, only when the page is full.
    """
    match = fts.build_query(query)
    limit = None if filters.limit is None else max(filters.limit, 0)
    # Ranking and snippets read scattered pages of the index: mapped.
    with _fts_errors(query), db.mapped(conn):
        shown = _ranked(conn, match, replace(filters, limit=limit))
        total = len(shown) if limit is None or len(shown) < limit else _count(conn, match, filters)
        ranked = [(pid, rank) for pid, rank, _ in shown]
        clause, id_params = _in([pid for pid, _ in ranked])
        snippets = dict(conn.execute(
            "SELECT rowid, snippet(papers_fts, -1, ?, ?, '…', 16) FROM papers_fts"
            f" WHERE papers_fts MATCH ? AND rowid IN {clause}",
            [fts.HIGHLIGHT_START, fts.HIGHLIGHT_END, match, *id_params],
        ))
    papers = {p.id: p for p in load(conn, [pid for pid, _ in ranked], full)}
    hits = [SearchHit(papers[pid], fts.unsegment(snippets.get(pid, "")), rank) for pid, rank in ranked]
    return hits, total


def search_identifiers(conn: sqlite3.Connection, query: str, filters: Filters) -> list[str]:
    """The arXiv ID, else the citation key, of each paper *query* finds, best first
    (``search --format ids``: no snippets, no paper objects)."""
    match = fts.build_query(query)
    with _fts_errors(query), db.mapped(conn):
        return [ident for _, _, ident in _ranked(conn, match, filters)]


def _ranked(conn: sqlite3.Connection, match: str, filters: Filters) -> list[tuple[int, float, str]]:
    """(id, bm25 rank, identifier) of the papers the FTS5 expression *match* finds, best first."""
    conditions, params, _ = _where(conn, filters)
    weights = ", ".join(str(w) for w in fts.WEIGHTS)
    sql = (
        f"SELECT p.id, bm25(papers_fts, {weights}) AS rank, coalesce(p.arxiv_id, p.citekey)"
        " FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid"
        " WHERE papers_fts MATCH ?"
    )
    if conditions:
        sql += " AND " + " AND ".join(conditions)
    sql += " ORDER BY rank, p.id"
    if filters.limit is not None:
        sql += f" LIMIT {int(filters.limit)}"
    return conn.execute(sql, [match, *params]).fetchall()


def _count(conn: sqlite3.Connection, match: str, filters: Filters) -> int:
    """How many papers the FTS5 expression *match* finds under *filters* (no ranking)."""
    conditions, params, _ = _where(conn, filters)
    sql = "SELECT count(*) FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid WHERE papers_fts MATCH ?"
    if conditions:
        sql += " AND " + " AND ".join(conditions)
    return conn.execute(sql, [match, *params]).fetchone()[0]


@contextmanager
def _fts_errors(query: str) -> Iterator[None]:
    """An FTS5 error (a query it cannot read) becomes a clear message."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        raise InvalidValue(f"cannot search for {query!r}: {exc}") from None
