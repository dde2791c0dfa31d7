"""Row-level writes of one paper: insert with a free citation key, fill-in merges,
authors, annotations, notes and links.

Nothing here opens or ends a transaction: ``Library`` holds one around every
call, which is what makes each of its writes all-or-nothing. ``cache`` is the
library's ``sections.Cache``, valid for the transaction.
"""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, datetime
from typing import Any

from .. import citekeys, paper_fields
from ..errors import InvalidValue
from ..identifiers import is_url, normalize_doi, parse_arxiv_id
from ..models import Author, PaperData
from ..text import clean, title_key
from . import sections

_last_stamp: tuple[int, str] = (0, "")


def now() -> str:
    """The current UTC time to the second, as stored in ``added``/``modified``.

    Cached for the second it names: a bulk import stamps thousands of rows a
    second, and formatting the time each time cost ~1 s per 100k papers.
    """
    global _last_stamp
    second = int(time.time())
    if _last_stamp[0] != second:
        _last_stamp = (second, datetime.fromtimestamp(second, UTC).isoformat(timespec="seconds"))
    return _last_stamp[1]


def find_existing(conn: sqlite3.Connection, data: PaperData) -> int | None:
    """The paper *data* describes, if already stored: same arXiv ID, DOI or URL;
    else the same normalised title (a title-only paper that *data* now identifies)."""
    checks = []
    if data.arxiv_id:
        checks.append(("arxiv_id = ?", parse_arxiv_id(data.arxiv_id).base))
    if data.doi:
        checks.append(("doi = ?", normalize_doi(data.doi)))
    if data.url:
        # Reading lists paste the same link under different papers: a URL alone
        # is not an identity unless the titles agree (or one side has none).
        key = title_key(data.title) if data.title else None
        checks.append(("url = ? AND (? IS NULL OR title_key = ?)", (data.url, key, key)))
    if data.title:
        identified = data.arxiv_id or data.doi
        # With an ID in hand, only a paper that has no ID of its own can be the same one.
        # The unary + keeps SQLite on the title index: without statistics it would
        # otherwise pick the doi index for "doi IS NULL" and scan most of the table.
        condition = "title_key = ?" + (" AND +arxiv_id IS NULL AND +doi IS NULL" if identified else "")
        checks.append((condition, title_key(data.title)))
    if not checks:
        return None
    # One statement, the checks in priority order: the first that matches wins.
    sql = " UNION ALL ".join(
        f"SELECT * FROM (SELECT {n} AS rank, id FROM papers WHERE {condition} LIMIT 1)"
        for n, (condition, _) in enumerate(checks)
    )
    values = [v for _, value in checks for v in (value if isinstance(value, tuple) else (value,))]
    row = conn.execute(f"SELECT id FROM ({sql}) ORDER BY rank LIMIT 1", values).fetchone()
    return row[0] if row else None


def insert(conn: sqlite3.Connection, data: PaperData) -> tuple[int, str]:
    """Insert a new paper; its id and citation key."""
    title = clean(data.title)
    if not title:
        raise InvalidValue("a new paper needs a title")
    arxiv = parse_arxiv_id(data.arxiv_id) if data.arxiv_id else None
    year = data.year or paper_fields.year_of(data.published)
    key = free_key(conn, citekeys.base_key((a.name for a in data.authors), year, title))
    stamp = now()
    pid = conn.execute(
        """INSERT INTO papers (citekey, arxiv_id, version, doi, url, title, title_key,
             abstract, published, updated, year, primary_category, categories, journal_ref,
             comment, venue, summary, status, added, modified, fetched)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            key, arxiv.base if arxiv else None, data.version or (arxiv.version if arxiv else None),
            normalize_doi(data.doi) if data.doi else None, data.url, title, title_key(title),
            clean(data.abstract), data.published, data.updated, year, data.primary_category,
            json.dumps(data.categories), clean(data.journal_ref), clean(data.comment),
            clean(data.venue), clean(data.summary), data.status or "unread", stamp, stamp,
            data.fetched,
        ],
    ).lastrowid
    assert pid is not None
    write_authors(conn, pid, data.authors, replace=False)
    return pid, key


def settle_key(conn: sqlite3.Connection, pid: int) -> None:
    """Replace a provisional key once the paper's authors are known.

    A paper added by title alone gets ``anon<year><word>``; when a fetch,
    resolve or edit first gives it authors, it gets its real key. That is
    the only time a key changes: a key made from an author is permanent.
    """
    key, year, title = conn.execute(
        "SELECT citekey, year, title FROM papers WHERE id = ?", [pid]
    ).fetchone()
    if not key.startswith(citekeys.PROVISIONAL):
        return
    names = [r[0] for r in conn.execute(
        "SELECT name FROM authors WHERE paper_id = ? ORDER BY position", [pid]
    )]
    base = citekeys.base_key(names, year, title)
    if names and not base.startswith(citekeys.PROVISIONAL):
        new_key = free_key(conn, base)
        conn.execute("UPDATE papers SET citekey = ? WHERE id = ?", [new_key, pid])


def free_key(conn: sqlite3.Connection, base: str) -> str:
    """*base*, or *base* with a free suffix. Common names collide often in big
    libraries ("wang2023towards"), so the number of keys already starting with
    *base* (one index range count) says where the next free suffix should be."""
    in_use = conn.execute(
        "SELECT count(*) FROM papers WHERE citekey >= ? AND citekey < ?", [base, base + "\U0010ffff"]
    ).fetchone()[0]
    if not in_use:
        return base
    return citekeys.unique_key(base, lambda key: key_taken(conn, key), hint=in_use)


def key_taken(conn: sqlite3.Connection, key: str) -> bool:
    return conn.execute("SELECT 1 FROM papers WHERE citekey = ?", [key]).fetchone() is not None


def write_authors(conn: sqlite3.Connection, pid: int, authors: list[Author], replace: bool = True) -> None:
    if replace:
        conn.execute("DELETE FROM authors WHERE paper_id = ?", [pid])
    conn.executemany(
        "INSERT INTO authors (paper_id, position, name, affiliation) VALUES (?, ?, ?, ?)",
        [(pid, i, name, clean(a.affiliation)) for i, a in enumerate(authors) if (name := clean(a.name))],
    )


def taken_by_other(conn: sqlite3.Connection, column: str, value: str, pid: int) -> bool:
    return conn.execute(
        f"SELECT 1 FROM papers WHERE {column} = ? AND id != ?", [value, pid]
    ).fetchone() is not None


def merge(conn: sqlite3.Connection, pid: int, data: PaperData) -> list[str]:
    """Fill what the stored paper lacks; return the names of fields changed."""
    row = conn.execute(
        "SELECT arxiv_id, version, doi, categories, title FROM papers WHERE id = ?", [pid]
    ).fetchone()
    stored_arxiv, stored_version, stored_doi, stored_categories, _ = row
    changes: dict[str, Any] = {}
    for column in paper_fields.FILLABLE:
        value = getattr(data, column)
        if value and conn.execute(
            f"SELECT {column} IS NULL OR {column} = '' FROM papers WHERE id = ?", [pid]
        ).fetchone()[0]:
            changes[column] = clean(value) if isinstance(value, str) else value
    if data.arxiv_id:
        arxiv = parse_arxiv_id(data.arxiv_id)
        if not stored_arxiv and not taken_by_other(conn, "arxiv_id", arxiv.base, pid):
            changes["arxiv_id"] = arxiv.base
        version = data.version or arxiv.version
        if version and (stored_version or 0) < version:
            changes["version"] = version
    if data.doi and not stored_doi and not taken_by_other(conn, "doi", normalize_doi(data.doi), pid):
        changes["doi"] = normalize_doi(data.doi)  # (a preprint and its version may share a DOI)
    if data.categories and stored_categories in (None, "[]"):
        changes["categories"] = json.dumps(data.categories)
    if data.authors and not conn.execute(
        "SELECT 1 FROM authors WHERE paper_id = ?", [pid]
    ).fetchone():
        write_authors(conn, pid, data.authors)
        changes["modified"] = now()
    if changes:
        update(conn, pid, changes)
    return sorted(k for k in changes if k != "modified")


def merge_annotations(conn: sqlite3.Connection, pid: int, data: PaperData, cache: sections.Cache) -> list[str]:
    """Add imported annotations without overriding the user's; what changed.

    A differing summary becomes a note; venue and status fill only when empty;
    notes, sections and links are added when new.
    """
    summary, status, venue = conn.execute(
        "SELECT summary, status, venue FROM papers WHERE id = ?", [pid]
    ).fetchone()
    notes = {r[0] for r in conn.execute("SELECT text FROM notes WHERE paper_id = ?", [pid])}
    changes, fields = [], {}
    new_summary = clean(data.summary)
    if new_summary and not summary:
        fields["summary"] = new_summary
        if status == "unread" and data.status == "read":
            fields["status"] = "read"
    elif new_summary and new_summary != summary and new_summary not in notes:
        insert_note(conn, pid, new_summary)
        notes.add(new_summary)
        changes.append("note (differing summary)")
    if clean(data.venue) and not venue:
        fields["venue"] = clean(data.venue)
    if fields:
        update(conn, pid, fields)
        changes += sorted(fields)
    for text in data.notes:
        if text.strip() and text.strip() not in notes:
            insert_note(conn, pid, text)
            notes.add(text.strip())
            changes.append("note")
    changes += [f"section {p}" for p in data.tags if sections.add_paper(conn, pid, p, cache)]
    existing_links = {r[0] for r in conn.execute("SELECT name FROM links WHERE paper_id = ?", [pid])}
    for name, url in data.links.items():
        if name.strip().lower() not in existing_links:
            set_link(conn, pid, name, url)
            changes.append(f"link {name}")
    return changes


def annotate(
    conn: sqlite3.Connection, pid: int, data: PaperData, fields: bool = True, *, cache: sections.Cache
) -> None:
    """Apply the user's annotations from *data* (explicit values win).

    ``fields=False`` skips summary/status/venue, which ``insert`` already wrote.
    """
    if fields:
        changes = {"summary": clean(data.summary), "status": data.status, "venue": clean(data.venue)}
        changes = {column: value for column, value in changes.items() if value}
        if changes:
            update(conn, pid, changes)
    for text in data.notes:
        insert_note(conn, pid, text)
    for path in data.tags:
        sections.add_paper(conn, pid, path, cache)
    for name, url in data.links.items():
        set_link(conn, pid, name, url)


def update(conn: sqlite3.Connection, pid: int, fields: dict[str, Any]) -> None:
    fields = {**fields, "modified": now()}
    if "title" in fields:
        fields["title_key"] = title_key(fields["title"])
    assignments = ", ".join(f"{column} = ?" for column in fields)
    conn.execute(f"UPDATE papers SET {assignments} WHERE id = ?", [*fields.values(), pid])


def insert_note(conn: sqlite3.Connection, pid: int, text: str) -> None:
    text = text.strip()
    if not text:
        raise InvalidValue("a note cannot be empty")
    stamp = now()
    conn.execute(
        "INSERT INTO notes (paper_id, text, created, modified) VALUES (?, ?, ?, ?)",
        [pid, text, stamp, stamp],
    )


def set_link(conn: sqlite3.Connection, pid: int, name: str, url: str) -> None:
    name, url = name.strip().lower(), url.strip()
    if not name or not url:
        raise InvalidValue("a link needs a name and a URL")
    if len(name) > 100 or any(c in name for c in "\n\r\u2028\u2029"):
        # (what would end a Markdown entry; other characters are escaped where shown)
        raise InvalidValue(f"a link name is one short line, not {name[:40]!r}")
    if not is_url(url):
        raise InvalidValue(f"not a URL: {url!r} (expected http:// or https://)")
    last = conn.execute("SELECT max(position) FROM links WHERE paper_id = ?", [pid]).fetchone()[0]
    conn.execute(  # (not INSERT ... SELECT: see sections.add_paper)
        """INSERT INTO links (paper_id, name, url, position) VALUES (?, ?, ?, ?)
           ON CONFLICT(paper_id, name) DO UPDATE SET url = excluded.url""",
        [pid, name, url, (last or 0) + 1],
    )
