"""Stored layouts of imported Markdown lists (``md_lists``, ``md_sections``, ``md_entries``).

The import driver writes what the Markdown reader saw of a list; the export
driver reads it back for ``export --md --style auto``. Rows only: what they
mean is ``formats/markdown/layout.py``'s and ``formats/markdown/auto.py``'s.
A list imported again under the same file name replaces the earlier layout.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field


@dataclass
class StoredSection:
    section_id: int | None
    path: str  # as read
    current: str | None  # the section's path now (None: the section is gone)
    heading: str
    shape: str
    numbered: bool
    year_headings: bool
    table_header: list[str]
    link_labels: list[str]
    venue_format: str | None


@dataclass
class StoredEntry:
    paper_id: int | None  # None: the paper was removed from the library
    section_id: int | None
    line: int  # 1-based
    shape: str
    raw: str
    marker: str
    link_labels: list[str]
    venue_format: str | None
    fingerprint: str | None
    edited: bool = False  # the text is a hand edit the library does not have (kept by --into)


@dataclass
class StoredList:
    id: int
    source: str
    newline: str
    text: str
    sections: list[StoredSection] = field(default_factory=list)
    entries: list[StoredEntry] = field(default_factory=list)


def previous_fingerprints(conn: sqlite3.Connection, source: str) -> dict[tuple[str, int], str]:
    """(raw, paper id) -> fingerprint of the list last imported as *source*."""
    rows = conn.execute(
        "SELECT e.raw, e.paper_id, e.fingerprint FROM md_entries e JOIN md_lists l ON l.id = e.list_id"
        " WHERE l.source = ? AND e.paper_id IS NOT NULL AND e.fingerprint IS NOT NULL", [source])
    return {(raw, pid): fp for raw, pid, fp in rows}


def shown(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list]:
    """For each paper of *ids*, what an entry of it can show, in the order
    ``markdown.layout.fingerprint`` digests it: title, author names, arXiv ID, DOI,
    URL, year, published, venue, summary, status, note texts, (name, URL) of links
    by name. An import digests every new paper: loading 3,000 whole papers for it
    took three times as long."""
    found: dict[int, list] = {}
    for start in range(0, len(ids), 5000):
        where, args = _among(ids[start : start + 5000])
        for pid, *values in conn.execute(
                "SELECT id, title, arxiv_id, doi, url, year, published, venue, summary, status FROM papers"
                f" WHERE id {where}", args):
            found[pid] = [values[0], [], *values[1:], [], []]
        for pid, name in conn.execute(
                f"SELECT paper_id, name FROM authors WHERE paper_id {where} ORDER BY paper_id, position", args):
            found[pid][1].append(name)
        for pid, text in conn.execute(
                f"SELECT paper_id, text FROM notes WHERE paper_id {where} ORDER BY paper_id, id", args):
            found[pid][10].append(text)
        for pid, name, url in conn.execute(
                f"SELECT paper_id, name, url FROM links WHERE paper_id {where} ORDER BY paper_id, name, url", args):
            found[pid][11].append((name, url))
    return found


def _among(ids: list[int]) -> tuple[str, list[object]]:
    """``IN`` *ids*, as SQL and its parameters: a range when they are consecutive, as a
    new import's papers are. SQLite then walks the range instead of looking each id up:
    half the time."""
    if ids and max(ids) - min(ids) + 1 == len(ids) == len(set(ids)):
        return "BETWEEN ? AND ?", [min(ids), max(ids)]
    return "IN (SELECT value FROM json_each(?))", [json.dumps(ids)]


def replace(conn: sqlite3.Connection, stored: StoredList, now: str) -> int:
    """Store *stored* (replacing a list of the same source); returns its id."""
    conn.execute("DELETE FROM md_lists WHERE source = ?", [stored.source])
    list_id = conn.execute("INSERT INTO md_lists (source, newline, text, imported) VALUES (?, ?, ?, ?)",
                           [stored.source, stored.newline, stored.text, now]).lastrowid
    _insert_sections(conn, list_id, stored.sections)
    _insert_entries(conn, list_id, stored.entries)
    return list_id


def _insert_sections(conn: sqlite3.Connection, list_id: int, sections: list[StoredSection]) -> None:
    conn.executemany(
        "INSERT INTO md_sections (list_id, position, section_id, path, heading, shape, numbered, year_headings,"
        " table_header, link_labels, venue_format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(list_id, n, s.section_id, s.path, s.heading, s.shape, int(s.numbered), int(s.year_headings),
          json.dumps(s.table_header, ensure_ascii=False), json.dumps(s.link_labels, ensure_ascii=False),
          s.venue_format) for n, s in enumerate(sections)])


def _insert_entries(conn: sqlite3.Connection, list_id: int, entries: list[StoredEntry]) -> None:
    labels: dict[tuple[str, ...], str] = {}  # (a list's entries share a few sets of link labels)
    for e in entries:
        key = tuple(e.link_labels)
        if key not in labels:
            labels[key] = json.dumps(e.link_labels, ensure_ascii=False)
    conn.executemany(
        "INSERT INTO md_entries (list_id, position, paper_id, section_id, line, shape, raw, marker, link_labels,"
        " venue_format, fingerprint, edited) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(list_id, n, e.paper_id, e.section_id, e.line, e.shape, e.raw, e.marker,
          labels[tuple(e.link_labels)], e.venue_format, e.fingerprint, int(e.edited))
         for n, e in enumerate(entries)])


def rewritten(conn: sqlite3.Connection, list_id: int, text: str, entries: list[StoredEntry],
              sections: list[StoredSection]) -> None:
    """The list *list_id* as ``export --into`` just wrote it: its document, entries and
    sections (its place among the lists and its import time stay)."""
    conn.execute("UPDATE md_lists SET text = ? WHERE id = ?", [text, list_id])
    conn.execute("DELETE FROM md_entries WHERE list_id = ?", [list_id])
    conn.execute("DELETE FROM md_sections WHERE list_id = ?", [list_id])
    _insert_sections(conn, list_id, sections)
    _insert_entries(conn, list_id, entries)


def load(conn: sqlite3.Connection, source: str | None = None, entries: bool = True) -> list[StoredList]:
    """Every stored list in import order (or the one imported as *source*); without their
    entries when *entries* is False (``entries_of`` reads them)."""
    where, args = ("WHERE source = ?", [source]) if source is not None else ("", [])
    lists = [StoredList(*row) for row in conn.execute(
        f"SELECT id, source, newline, text FROM md_lists {where} ORDER BY id", args)]
    for stored in lists:
        stored.sections = [
            StoredSection(sid, path, current, heading, shape, bool(numbered), bool(years), json.loads(header),
                          json.loads(labels), venue)
            for sid, path, current, heading, shape, numbered, years, header, labels, venue in conn.execute(
                "SELECT m.section_id, m.path, s.path, m.heading, m.shape, m.numbered, m.year_headings,"
                " m.table_header, m.link_labels, m.venue_format FROM md_sections m"
                " LEFT JOIN sections s ON s.id = m.section_id WHERE m.list_id = ? ORDER BY m.position",
                [stored.id])]
        if entries:
            stored.entries = entries_of(conn, stored.id)
    return lists


def entries_of(conn: sqlite3.Connection, list_id: int) -> list[StoredEntry]:
    """The entries of the stored list *list_id*, in document order."""
    return [StoredEntry(pid, sid, line, shape, raw, marker, json.loads(labels), venue, fp, bool(edited))
            for pid, sid, line, shape, raw, marker, labels, venue, fp, edited in conn.execute(
                "SELECT paper_id, section_id, line, shape, raw, marker, link_labels, venue_format, fingerprint,"
                " edited FROM md_entries WHERE list_id = ? ORDER BY position", [list_id])]


def has_source(conn: sqlite3.Connection, source: str) -> bool:
    return conn.execute("SELECT 1 FROM md_lists WHERE source = ? LIMIT 1", [source]).fetchone() is not None


def has_any(conn: sqlite3.Connection) -> bool:
    """Some Markdown list was imported (so ``--style auto`` writes documents back)."""
    return conn.execute("SELECT 1 FROM md_lists LIMIT 1").fetchone() is not None
