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
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from .. import citekeys, paper_fields
from ..errors import InvalidValue
from ..identifiers import is_link_target, normalize_doi, parse_arxiv_id
from ..models import Author, BibField, PaperData
from ..text import clean, title_key
from . import bibrecord, sections

if TYPE_CHECKING:
    from . import bulk

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


@dataclass
class Match:
    """What ``match`` found: the stored paper *data* describes (``pid``) and how it was
    recognised, or a look-alike that is another paper, and whether *data*'s own
    citation key is free."""

    pid: int | None = None
    why: str | None = None
    lookalike: tuple[int, str] | None = None  # (id, why it is another paper)
    key_free: bool = True
    ids_free: bool = True  # no stored paper has *data*'s arXiv ID or DOI (see ``without_taken_ids``)


# (name, how many candidates a branch may give): see paper_fields.same_work.
_BRANCHES = {"arxiv": 1, "doi": 1, "key": 4, "alias": 4, "url": 4, "title": 50}


def find_existing(conn: sqlite3.Connection, data: PaperData) -> int | None:
    """The stored paper *data* describes, if any (see ``match``)."""
    return match(conn, data).pid


def match(conn: sqlite3.Connection, data: PaperData, exclude: Collection[int] = ()) -> Match:
    """The stored paper *data* describes: same arXiv ID or DOI; same citation key or
    alias; same URL; same normalised title. Candidates are gathered in one statement,
    in that order of priority, and ``paper_fields.same_work`` decides. Papers in
    *exclude* are never the one (an import's earlier entries with keys of their own)."""
    arxiv = parse_arxiv_id(data.arxiv_id).base if data.arxiv_id else None
    doi = normalize_doi(data.doi) if data.doi else None
    key_of_title = title_key(clean(data.title) or "") if data.title else ""
    checks: list[tuple[str, str, list[Any]]] = []
    if arxiv:
        checks.append(("arxiv", "arxiv_id = ?", [arxiv]))
    if doi:
        checks.append(("doi", "doi = ?", [doi]))
    if data.citekey:
        checks.append(("key", "citekey = ? COLLATE NOCASE", [data.citekey]))
        checks.append(("alias", "id IN (SELECT paper_id FROM aliases WHERE alias = ? COLLATE NOCASE)",
                       [data.citekey]))
    if data.url:
        # Reading lists paste the same link under different papers: a URL alone
        # is not an identity unless the titles agree (or one side has none).
        key = key_of_title or None
        checks.append(("url", "url = ? AND (? IS NULL OR title_key = ?)", [data.url, key, key]))
    if key_of_title:
        # With an ID in hand, only a paper that has no ID of its own can be the same one.
        # The unary + keeps SQLite on the title index: without statistics it would
        # otherwise pick the doi index for "doi IS NULL" and scan most of the table.
        identified = arxiv or doi
        checks.append(("title", "title_key = ?" + (" AND +arxiv_id IS NULL AND +doi IS NULL" if identified else ""),
                       [key_of_title]))
    if not checks:
        return Match()
    sql = " UNION ALL ".join(
        f"SELECT * FROM (SELECT {n} AS rank, id FROM papers WHERE {condition} LIMIT {_BRANCHES[name]})"
        for n, (name, condition, _) in enumerate(checks)
    )
    rows = conn.execute(sql, [v for _, _, values in checks for v in values]).fetchall()
    found = Match(key_free=not any(checks[rank][0] in ("key", "alias") for rank, _ in rows),
                  ids_free=not any(checks[rank][0] in ("arxiv", "doi") for rank, _ in rows))
    if not rows:
        return found
    facts = _identities(conn, [pid for _, pid in rows])
    year = data.year or paper_fields.year_of(data.published)
    new = paper_fields.Identity(arxiv, doi, key_of_title, year, data.authors[0].name if data.authors else None,
                                place_of_fields(data.fields))
    for rank, pid in sorted(rows):
        branch = checks[rank][0]
        verdict = paper_fields.same_work(new, facts[pid], "key" if branch == "alias" else branch)
        if pid in exclude:
            found.lookalike = found.lookalike or (pid, verdict.why if not verdict.same else
                                                  f"{verdict.why}, but the file gives each its own key")
        elif verdict.same:
            found.pid, found.why = pid, verdict.why
            return found
        elif found.lookalike is None and branch != "key":
            found.lookalike = (pid, verdict.why)
    return found


def _identities(conn: sqlite3.Connection, ids: list[int]) -> dict[int, paper_fields.Identity]:
    rows = conn.execute(
        "SELECT id, arxiv_id, doi, title_key, year,"
        " (SELECT name FROM authors a WHERE a.paper_id = p.id ORDER BY position LIMIT 1),"
        " (SELECT fields FROM bib_fields b WHERE b.paper_id = p.id)"
        " FROM papers p WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)],
    )
    return {row[0]: paper_fields.Identity(*row[1:6], place_of_fields(bibrecord.decode(row[6]) if row[6] else []))
            for row in rows}


def place_of_fields(fields: list[BibField]) -> str | None:
    """Volume, number and pages of a record (see ``paper_fields.place_of``)."""
    values = {f.name: f.value for f in fields if f.name in ("volume", "number", "issue", "pages")}
    return paper_fields.place_of(values.get("volume"), values.get("number") or values.get("issue"),
                                 values.get("pages"))


def insert(
    conn: sqlite3.Connection, data: PaperData, key_free: bool | None = None, hints: dict[str, int] | None = None,
    batch: bulk.Batch | None = None,
) -> tuple[int, str, str | None]:
    """Insert a new paper: its id, its citation key, and what became of the source's
    key when it is not that key (None when it is, or when there was none).

    The source's key (``data.citekey``) is kept when it is valid and free
    (*key_free*, when the caller already knows); taken, it gets a suffix and is kept
    as an alias. A paper with no source key gets one made from its first author,
    year and title. A paper needs a title, unless it is a bibliographic record (an
    entry type): BibTeX's ``@set``, a cross-referenced ``@proceedings``. With a
    *batch* (a bulk import), the rows wait in it for one ``executemany`` a table.
    """
    probe = batch.probe(data) if batch is not None else None
    title = probe.title if probe else clean(data.title) or ""
    if not title and not data.entry_type:
        raise InvalidValue("a new paper needs a title")
    arxiv = probe.parsed if probe else parse_arxiv_id(data.arxiv_id) if data.arxiv_id else None
    key_of_title = probe.title_key if probe else title_key(title)
    if not key_of_title and not (arxiv or data.doi or (data.citekey and citekeys.valid(data.citekey))):
        # Nothing would find it again: a second import of the same file would add it again.
        what = "a title with no letter or digit" if title else "an entry without a title"
        raise InvalidValue(f"{what} needs a usable citation key, an arXiv ID or a DOI")
    year = data.year or paper_fields.year_of(data.published)
    in_use = batch.key_in_use if batch is not None else partial(bibrecord.key_in_use, conn)
    aliases = list(data.aliases)
    key, note = None, None
    if data.citekey and not citekeys.valid(data.citekey):
        note = f"{data.citekey!r} is not a usable citation key"
    elif data.citekey:
        if key_free if key_free is not None else not in_use(data.citekey):
            key = data.citekey
        else:
            key = free_key(conn, data.citekey, hints, in_use)
            note = f"key {data.citekey!r} is taken by another paper; imported as {key}, {data.citekey} kept as an alias"
            aliases.insert(0, data.citekey)
    provisional = False
    if key is None:
        base = (probe.base if probe else None) or paper_fields.key_base(data, title)
        key = free_key(conn, base, hints, in_use)
        provisional = key.startswith(citekeys.PROVISIONAL) and not data.authors
        if note:
            note += f"; imported as {key}"
    elif data.provisional_key and not data.authors:
        provisional = key.startswith(citekeys.PROVISIONAL)
    stamp = now()
    doi = probe.doi if probe else normalize_doi(data.doi) if data.doi else None
    row = [
        key, arxiv.base if arxiv else None, data.version or (arxiv.version if arxiv else None),
        doi, data.url, title, key_of_title,
        clean(data.abstract), data.published, data.updated, year, data.primary_category,
        json.dumps(data.categories) if data.categories else "[]", clean(data.journal_ref), clean(data.comment),
        clean(data.venue), clean(data.summary), data.status or "unread", data.added or stamp,
        data.modified or data.added or stamp, data.fetched, data.entry_type, int(provisional),
    ]
    if batch is not None:
        pid = batch.add_paper(row, data, key)
        batch.authors += author_rows(pid, data.authors)
        if data.fields:
            batch.fields.append((pid, bibrecord.encode(data.fields)))
        if aliases:
            batch.add_aliases(pid, key, aliases)
        return pid, key, note
    pid = conn.execute(
        """INSERT INTO papers (citekey, arxiv_id, version, doi, url, title, title_key,
             abstract, published, updated, year, primary_category, categories, journal_ref,
             comment, venue, summary, status, added, modified, fetched, entry_type, provisional)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        row,
    ).lastrowid
    assert pid is not None
    write_authors(conn, pid, data.authors, replace=False)
    if data.fields:
        bibrecord.write_fields(conn, pid, data.fields)
    if aliases:
        bibrecord.add_aliases(conn, pid, [a for a in aliases if a.lower() != key.lower()])
    return pid, key, note


def without_taken_ids(conn: sqlite3.Connection, data: PaperData, found: Match | None = None) -> PaperData:
    """*data* without the arXiv ID or DOI another paper already has: an entry kept
    apart from that paper (a file's second entry for one work, under its own key)
    keeps them only in its fields, as the file wrote them. *found*, ``match``'s answer
    for *data*, saves the look-ups when it met neither ID (two statements a paper in
    a bulk import)."""
    if found is not None and found.ids_free:
        return data
    arxiv = parse_arxiv_id(data.arxiv_id).base if data.arxiv_id else None
    doi = normalize_doi(data.doi) if data.doi else None
    drop_arxiv = bool(arxiv) and taken_by_other(conn, "arxiv_id", arxiv, 0)
    drop_doi = bool(doi) and taken_by_other(conn, "doi", doi, 0)
    if not drop_arxiv and not drop_doi:
        return data
    dropped = {"eprint": drop_arxiv, "doi": drop_doi}
    fields = [BibField(f.name, _unbraced(f.source) if f.source else str(data.doi), f.source)
              if f.value is None and dropped.get(f.name) else f for f in data.fields]
    return replace(data, arxiv_id=None if drop_arxiv else data.arxiv_id,
                   version=None if drop_arxiv else data.version, doi=None if drop_doi else data.doi, fields=fields)


def _unbraced(source: str) -> str:
    return source[1:-1] if source.startswith("{") and source.endswith("}") else source


def forget_edited_sources(
    conn: sqlite3.Connection, pid: int, changes: dict[str, Any], authors: list[str] | None
) -> None:
    """After the user's ``edit``: the fields that mirror what changed lose their
    source text (the export writes the new value), or go when the value was cleared."""
    mirrored = {"title": "title", "year": "year", "doi": "doi", "url": "url", "arxiv_id": "eprint",
                "abstract": "abstract"}
    cleared = [mirrored[c] for c, v in changes.items() if c in mirrored and v in (None, "")]
    changed = [mirrored[c] for c, v in changes.items() if c in mirrored and v not in (None, "")]
    if authors is not None:
        (changed if authors else cleared).append("author")
    if "year" in changed:  # a biblatex date keeps its month and day
        stored = bibrecord.read_fields(conn, pid)
        dated = [BibField("date", str(changes["year"]) + (f.value or "")[4:], None) if f.name == "date" else f
                 for f in stored]
        if dated != stored:
            bibrecord.replace_fields(conn, pid, dated)
    bibrecord.forget_source(conn, pid, changed)
    bibrecord.forget_source(conn, pid, cleared, drop=True)


def settle_key(conn: sqlite3.Connection, pid: int, hints: dict[str, int] | None = None) -> tuple[str, str] | None:
    """Replace a provisional key once the paper's authors are known; (old, new) when it did.

    A paper added by title alone gets ``anon<year><word>``; when a fetch,
    resolve or edit first gives it authors, it gets its real key. That is
    the only time a key changes by itself: a key made from an author, or given
    by the user or a file, is permanent. The provisional key stays an alias.
    """
    key, year, title, provisional = conn.execute(
        "SELECT citekey, year, title, provisional FROM papers WHERE id = ?", [pid]
    ).fetchone()
    if not provisional:
        return None
    names = [r[0] for r in conn.execute(
        "SELECT name FROM authors WHERE paper_id = ? ORDER BY position", [pid]
    )]
    base = citekeys.base_key(names, year, title)
    if names and not base.startswith(citekeys.PROVISIONAL):
        new_key = free_key(conn, base, hints)
        conn.execute("UPDATE papers SET citekey = ?, provisional = 0 WHERE id = ?", [new_key, pid])
        bibrecord.add_aliases(conn, pid, [key])
        return key, new_key
    return None


def free_key(conn: sqlite3.Connection, base: str, hints: dict[str, int] | None = None,
             in_use: Callable[[str], bool] | None = None) -> str:
    """*base*, or *base* with a free suffix, in a few index look-ups however many keys
    share the base (``citekeys.free_index``). *hints* remembers, for one transaction,
    the last suffix given for each base, so that a bulk import of papers sharing one
    base pays two look-ups a paper. *in_use* answers instead of ``bibrecord.key_in_use`` (a
    bulk import's batch knows its own keys)."""
    hint = hints.get(base) if hints is not None else None
    index = citekeys.free_index(base, in_use or partial(bibrecord.key_in_use, conn), hint)
    if index is None:
        return base
    if hints is not None:
        hints[base] = index
    return base + citekeys.suffix(index)


def write_authors(conn: sqlite3.Connection, pid: int, authors: list[Author], replace: bool = True) -> None:
    if replace:
        conn.execute("DELETE FROM authors WHERE paper_id = ?", [pid])
    conn.executemany("INSERT INTO authors (paper_id, position, name, affiliation) VALUES (?, ?, ?, ?)",
                     author_rows(pid, authors))


def author_rows(pid: int, authors: list[Author]) -> list[tuple[int, int, str, str | None]]:
    return [(pid, i, name, clean(a.affiliation)) for i, a in enumerate(authors) if (name := clean(a.name))]


def taken_by_other(conn: sqlite3.Connection, column: str, value: str, pid: int) -> bool:
    return conn.execute(
        f"SELECT 1 FROM papers WHERE {column} = ? AND id != ?", [value, pid]
    ).fetchone() is not None


def merge(conn: sqlite3.Connection, pid: int, data: PaperData, differing: list[str] | None = None) -> list[str]:
    """Fill what the stored paper lacks; return the names of fields changed.

    The bibliographic record merges the same way: an entry type when the paper has
    none, the fields it lacks (``bibrecord.merge_fields``), and the source's key and
    aliases as aliases.
    """
    row = conn.execute(
        "SELECT arxiv_id, version, doi, categories, title, entry_type FROM papers WHERE id = ?", [pid]
    ).fetchone()
    stored_arxiv, stored_version, stored_doi, stored_categories, _, stored_type = row
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
            changes["arxiv_id"] = stored_arxiv = arxiv.base
        version = data.version or arxiv.version
        if version and stored_arxiv == arxiv.base and (stored_version or 0) < version:
            changes["version"] = version
    if data.doi and not stored_doi and not taken_by_other(conn, "doi", normalize_doi(data.doi), pid):
        changes["doi"] = normalize_doi(data.doi)  # (a preprint and its version may share a DOI)
    if data.categories and stored_categories in (None, "[]"):
        changes["categories"] = json.dumps(data.categories)
    if data.entry_type and not stored_type:
        changes["entry_type"] = data.entry_type
    if data.authors and not conn.execute(
        "SELECT 1 FROM authors WHERE paper_id = ?", [pid]
    ).fetchone():
        write_authors(conn, pid, data.authors)
        changes["modified"] = now()
    if changes:
        update(conn, pid, changes)
    named = sorted(k for k in changes if k != "modified")
    if data.fields:
        filled = bibrecord.merge_fields(conn, pid, _standalone(conn, pid, data), differing)
        if filled:
            named.append("fields " + ", ".join(filled))
            update(conn, pid, {})
    aliases = ([data.citekey] if data.citekey else []) + data.aliases
    if aliases:
        added = bibrecord.add_aliases(conn, pid, aliases)
        named += [f"alias {a}" for a in added]
    return named


def _standalone(conn: sqlite3.Connection, pid: int, data: PaperData) -> list[BibField]:
    """*data*'s fields, with the text of each mirrored one (title, author...) written
    into the field when the stored paper's own attribute says something else: the
    field then stands for itself (see ``models.BibField``)."""
    title, year, doi, url, arxiv, abstract = conn.execute(
        "SELECT title, year, doi, url, arxiv_id, abstract FROM papers WHERE id = ?", [pid]
    ).fetchone()
    names = [r[0] for r in conn.execute("SELECT name FROM authors WHERE paper_id = ? ORDER BY position", [pid])]
    ours = {"title": title, "year": year, "doi": doi, "url": url, "eprint": arxiv, "abstract": abstract,
            "author": " and ".join(names)}
    arxiv_in = parse_arxiv_id(data.arxiv_id).base if data.arxiv_id else None
    theirs = {"title": clean(data.title), "year": data.year, "doi": normalize_doi(data.doi) if data.doi else None,
              "url": data.url, "eprint": arxiv_in, "abstract": clean(data.abstract),
              "author": " and ".join(clean(a.name) or "" for a in data.authors)}
    out = []
    for field in data.fields:
        if field.value is None and field.name in ours:
            if ours[field.name] == theirs[field.name] or not theirs[field.name]:
                continue  # the paper says so already (an export of this library, imported again)
            field = BibField(field.name, str(theirs[field.name]), field.source)
        elif field.value is None:
            continue  # sections, summary and aliases merge as annotations
        out.append(field)
    return out


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
    conn: sqlite3.Connection, pid: int, data: PaperData, fields: bool = True, *, cache: sections.Cache,
    batch: bulk.Batch | None = None,
) -> None:
    """Apply the user's annotations from *data* (explicit values win).

    ``fields=False`` skips summary/status/venue, which ``insert`` already wrote.
    With a *batch*, the paper is one ``insert`` just gave it: its rows wait there.
    """
    if fields:
        changes = {"summary": clean(data.summary), "status": data.status, "venue": clean(data.venue)}
        changes = {column: value for column, value in changes.items() if value}
        if changes:
            update(conn, pid, changes)
    times = data.note_times if len(data.note_times) == len(data.notes) else [None] * len(data.notes)
    if batch is not None:
        batch.notes += [note_row(pid, text, stamps) for text, stamps in zip(data.notes, times, strict=True)]
        if data.tags:
            batch.sections += sections.new_paper_rows(conn, pid, data.tags, cache)
        position = 0
        links: dict[str, int] = {}  # (each name once: a later URL for a name replaces the first)
        for name, url in data.links.items():
            name, url = link_values(name, url)
            if name in links:
                row = batch.links[links[name]]
                batch.links[links[name]] = (pid, name, url, row[3])
            else:
                position += 1
                links[name] = len(batch.links)
                batch.links.append((pid, name, url, position))
        return
    for text, stamps in zip(data.notes, times, strict=True):
        insert_note(conn, pid, text, stamps)
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


def insert_note(conn: sqlite3.Connection, pid: int, text: str, stamps: tuple[str, str] | None = None) -> None:
    """Add a note, written now, or at *stamps* (created, modified) when restoring one."""
    conn.execute("INSERT INTO notes (paper_id, text, created, modified) VALUES (?, ?, ?, ?)",
                 note_row(pid, text, stamps))


def note_row(pid: int, text: str, stamps: tuple[str, str] | None = None) -> tuple[int, str, str, str]:
    text = text.strip()
    if not text:
        raise InvalidValue("a note cannot be empty")
    stamp = now()
    created, modified = stamps if stamps and stamps[0] else (stamp, stamp)
    return pid, text, created, modified or created


def set_link(conn: sqlite3.Connection, pid: int, name: str, url: str) -> None:
    name, url = link_values(name, url)
    last = conn.execute("SELECT max(position) FROM links WHERE paper_id = ?", [pid]).fetchone()[0]
    conn.execute(  # (not INSERT ... SELECT: see sections.add_paper)
        """INSERT INTO links (paper_id, name, url, position) VALUES (?, ?, ?, ?)
           ON CONFLICT(paper_id, name) DO UPDATE SET url = excluded.url""",
        [pid, name, url, (last or 0) + 1],
    )


def link_values(name: str, url: str) -> tuple[str, str]:
    """A link's name and URL as stored, or why they cannot be."""
    name, url = name.strip().lower(), url.strip()
    if not name or not url:
        raise InvalidValue("a link needs a name and a URL")
    if len(name) > 100 or any(c in name for c in "\n\r\u2028\u2029"):
        # (what would end a Markdown entry; other characters are escaped where shown)
        raise InvalidValue(f"a link name is one short line, not {name[:40]!r}")
    if not is_link_target(url):
        raise InvalidValue(f"not a URL: {url!r} (expected http:// or https://, or a relative path to a .pdf)")
    return name, url
