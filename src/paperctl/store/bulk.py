"""A bulk import's new papers, written together: one ``executemany`` per table a batch.

Imported one at a time, each new paper cost about six statements: the look-up of
a paper it might be, the look-up of its citation key, the INSERT of the paper,
of its authors, of each of its sections. At 100k papers that was a third of a
JSON Lines import. A ``Batch`` asks the library once for a whole batch which of
its arXiv IDs, DOIs, keys, URLs and title keys it already holds (``_prefetch``),
and holds the rows of the papers nothing can match until ``flush``.

Only a paper that is *fresh* takes that way: none of its identifiers, key, URL
or title key is in the library or among the papers the batch has seen so far.
Such a paper is new by every rule of ``records.match``, so nothing needs to be
looked up for it. Any other paper flushes the batch first and goes the way one
paper always went (``records.match``, ``merge``...), then is ``noted`` so that
the papers after it in the batch see what it wrote: merges, look-alikes,
duplicates within one batch and key suffixes behave exactly as one by one.

Nothing here opens or ends a transaction; the caller's savepoint covers the
batch, and a batch whose savepoint is rolled back is dropped with its rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from .. import paper_fields
from ..errors import PaperctlError
from ..identifiers import ArxivId, normalize_doi, parse_arxiv_id
from ..models import PaperData
from ..text import clean, title_key
from . import bibrecord


def nocase(key: str) -> str:
    """*key* as SQLite's NOCASE compares it: only ASCII letters are folded."""
    return key.lower() if key.isascii() else "".join(c.lower() if c < "\x80" else c for c in key)


@dataclass
class _Probe:
    """What could make a paper match another: the values ``records.match`` looks up."""

    parsed: ArxivId | None
    arxiv: str | None
    doi: str | None
    title: str  # cleaned
    title_key: str
    url: str | None
    keys: list[str]  # its own citation key and its aliases (as given)
    base: str | None = None  # the key made for it (``citekeys.base_key``), for a fresh paper only


_PAPERS = ("id, citekey, arxiv_id, version, doi, url, title, title_key, abstract, published, updated, year,"
           " primary_category, categories, journal_ref, comment, venue, summary, status, added, modified,"
           " fetched, entry_type, provisional")


class Batch:
    """The new papers of one import batch, written by ``flush`` (see the module)."""

    def __init__(self, conn: sqlite3.Connection, items: list[PaperData]):
        self.conn = conn
        self.items = {id(data): data for data in items}
        self.probes: dict[int, _Probe | None] = {id(data): _probe(data) for data in items}
        # What the library holds of the batch's values (``_prefetch``), and what the
        # batch itself has written or will write: a value in either is not fresh.
        self.held: dict[str, set[str]] = {"arxiv": set(), "doi": set(), "title": set(), "url": set(), "key": set()}
        self.free_keys: set[str] = set()  # keys (nocase) the library was seen not to hold
        self.next_id: int | None = None
        self.written = 0  # new papers the batch held
        self.papers: list[list[object]] = []
        self.authors: list[tuple[object, ...]] = []
        self.fields: list[tuple[int, str]] = []
        self.aliases: list[tuple[int, int, str]] = []
        self.notes: list[tuple[int, str, str, str]] = []
        self.sections: list[tuple[int, int, int]] = []
        self.links: list[tuple[int, str, str, int]] = []
        self._prefetch([p for p in self.probes.values() if p is not None])

    # -- deciding -----------------------------------------------------------

    def fresh(self, data: PaperData) -> bool:
        """Whether *data* is new by every rule of ``records.match`` without a look-up."""
        probe = self.probes.get(id(data))
        return probe is not None and not data.resolution and self.fresh_probe(probe)

    def fresh_probe(self, probe: _Probe) -> bool:
        held = self.held
        return not ((probe.arxiv and probe.arxiv in held["arxiv"]) or (probe.doi and probe.doi in held["doi"])
                    or (probe.title_key and probe.title_key in held["title"])
                    or (probe.url and probe.url in held["url"])
                    or any(nocase(k) in held["key"] for k in probe.keys))

    def probe(self, data: PaperData) -> _Probe | None:
        """What the batch read of *data* (its cleaned title, parsed arXiv ID, key base...)."""
        return self.probes.get(id(data))

    def key_in_use(self, key: str) -> bool:
        """``bibrecord.key_in_use``, answered from what the batch knows when it can."""
        folded = nocase(key)
        if folded in self.held["key"]:
            return True
        if folded in self.free_keys:
            return False
        if not bibrecord.key_in_use(self.conn, key):
            self.free_keys.add(folded)
            return False
        self.held["key"].add(folded)
        return True

    def noted(self, data: PaperData, keys: Iterable[str]) -> None:
        """A paper went the one-by-one way and wrote to the library directly: its values
        (and the keys it now has, *keys*) are held from now on."""
        probe = self.probes.get(id(data)) or _probe(data)
        if probe is not None:
            self._hold(probe)
        self.held["key"].update(nocase(k) for k in keys)
        self.free_keys.difference_update(nocase(k) for k in keys)

    def _hold(self, probe: _Probe) -> None:
        held = self.held
        for name, value in (("arxiv", probe.arxiv), ("doi", probe.doi), ("title", probe.title_key),
                            ("url", probe.url)):
            if value:
                held[name].add(value)
        held["key"].update(nocase(k) for k in probe.keys)

    # -- writing ------------------------------------------------------------

    def add_paper(self, row: list[object], probe_of: PaperData, key: str) -> int:
        """Hold the papers row *row* (its columns after ``id``, as ``_PAPERS``); the id it gets."""
        if self.next_id is None:  # the rowid SQLite would choose: one more than the largest
            self.next_id = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM papers").fetchone()[0]
        pid = self.next_id
        self.next_id += 1
        self.written += 1
        self.papers.append([pid, *row])
        probe = self.probes.get(id(probe_of))
        if probe is not None:
            self._hold(probe)
        self.held["key"].add(nocase(key))
        return pid

    def add_aliases(self, pid: int, key: str, aliases: list[str]) -> None:
        """``bibrecord.add_aliases`` for a paper that has none yet."""
        for position, alias in enumerate(bibrecord.new_aliases(aliases, {key.lower()})):
            self.aliases.append((pid, position, alias))
            self.held["key"].add(nocase(alias))

    def flush(self) -> None:
        """Write every held row, parents first (the foreign keys are checked)."""
        if not self.papers:
            return
        conn = self.conn
        conn.executemany(f"INSERT INTO papers ({_PAPERS}) VALUES ({', '.join('?' * (_PAPERS.count(',') + 1))})",
                         self.papers)
        conn.executemany("INSERT INTO authors (paper_id, position, name, affiliation) VALUES (?, ?, ?, ?)",
                         self.authors)
        conn.executemany("INSERT OR REPLACE INTO bib_fields (paper_id, fields) VALUES (?, ?)", self.fields)
        conn.executemany("INSERT INTO aliases (paper_id, position, alias) VALUES (?, ?, ?)", self.aliases)
        conn.executemany("INSERT INTO notes (paper_id, text, created, modified) VALUES (?, ?, ?, ?)", self.notes)
        conn.executemany("INSERT OR IGNORE INTO paper_sections (section_id, paper_id, position) VALUES (?, ?, ?)",
                         self.sections)
        conn.executemany("INSERT INTO links (paper_id, name, url, position) VALUES (?, ?, ?, ?)", self.links)
        for rows in (self.papers, self.authors, self.fields, self.aliases, self.notes, self.sections, self.links):
            rows.clear()
        self.next_id = None  # the one-by-one way may insert next

    def _prefetch(self, probes: list[_Probe]) -> None:
        """Which of the batch's values the library holds: one statement per kind."""
        conn, held = self.conn, self.held
        for name, column, values in (
            ("arxiv", "arxiv_id", {p.arxiv for p in probes if p.arxiv}),
            ("doi", "doi", {p.doi for p in probes if p.doi}),
            ("title", "title_key", {p.title_key for p in probes if p.title_key}),
            ("url", "url", {p.url for p in probes if p.url}),
        ):
            if values:
                held[name].update(row[0] for row in conn.execute(
                    f"SELECT {column} FROM papers WHERE {column} IN (SELECT value FROM json_each(?))",
                    [json.dumps(sorted(values))]))
        # Key bases are made only for the papers that are new (a batch imported again makes none).
        for ident, probe in self.probes.items():
            if probe is not None and self.fresh_probe(probe):
                probe.base = _base_key(self.items[ident], probe.title)
        keys = {nocase(k): k for p in probes for k in (*p.keys, p.base) if k}
        if keys:
            found = {nocase(row[0]) for row in conn.execute(
                "SELECT citekey FROM papers WHERE citekey COLLATE NOCASE IN (SELECT value FROM json_each(?1))"
                " UNION ALL SELECT alias FROM aliases WHERE alias COLLATE NOCASE IN (SELECT value FROM json_each(?1))",
                [json.dumps(sorted(keys.values()))])}
            held["key"].update(found)
            self.free_keys.update(set(keys) - found)


def _probe(data: PaperData) -> _Probe | None:
    """The values of *data* ``records.match`` would look up; None when they cannot be
    read (the paper fails validation, one by one, with its own error)."""
    try:
        parsed = parse_arxiv_id(data.arxiv_id) if data.arxiv_id else None
        doi = normalize_doi(data.doi) if data.doi else None
        title = clean(data.title) or ""
        keys = [k for k in ([data.citekey] if data.citekey else []) + list(data.aliases) if isinstance(k, str)]
    except (PaperctlError, ValueError, TypeError, AttributeError):
        return None
    return _Probe(parsed, parsed.base if parsed else None, doi, title, title_key(title), data.url, keys)


def _base_key(data: PaperData, title: str) -> str | None:
    """``records.insert``'s key base for *data*, whose cleaned title is *title* (None: it
    cannot be made; insert says why)."""
    try:
        return paper_fields.key_base(data, title)
    except (PaperctlError, ValueError, TypeError, AttributeError):
        return None
