"""The library: a SQLite file of papers and the user's annotations of them.

``Library`` is the whole public API; it knows nothing of terminals. Every
method that writes runs in one transaction (``BEGIN IMMEDIATE``), keeps the
full-text index in step, and either completes or leaves the file untouched.

    from paperctl import Author, Library, PaperData

    with Library("data/library.db") as lib:
        result = lib.add(PaperData(
            title="Fast Inference from Transformers via Speculative Decoding",
            authors=[Author("Yaniv Leviathan")], arxiv_id="2211.17192", year=2022,
            tags=["LLM/Efficiency"]))
        result.paper.citekey  # 'leviathan2022fast'
        lib.add_note("leviathan2022fast", "draft model proposes, target verifies")
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import lazy
from .errors import InvalidValue, PaperctlError, UnknownPaper
from .identifiers import is_url, normalize_doi, parse_arxiv_id
from .library_annotations import AnnotationMethods
from .library_sections import SectionMethods
from .models import STATUSES, Author, Filters, Paper, SearchHit
from .store import db, fts, query, references, sections
from .text import clean

if TYPE_CHECKING:
    from . import paper_data, paper_fields
    from .paper_data import AddResult, Imported, PaperData
    from .store import records
    from .store.bulk import Batch
else:  # the write side, imported by the first write (read commands never need it)
    paper_data = lazy.module("paperctl.paper_data")
    paper_fields = lazy.module("paperctl.paper_fields")
    records = lazy.module("paperctl.store.records")

# What an imported record may fail with; the paper is then left out, the import goes on.
IMPORT_ERRORS = (PaperctlError, ValueError, TypeError, OverflowError, sqlite3.IntegrityError)


class _OtherEntries:
    """The papers of an import's earlier entries whose keys differ from *key*."""

    def __init__(self, keyed: dict[int, str], key: str):
        self.keyed, self.key = keyed, key

    def __contains__(self, pid: object) -> bool:
        other = self.keyed.get(pid)  # type: ignore[call-overload]
        return other is not None and other != self.key


class Library(SectionMethods, AnnotationMethods):
    """A paperctl library file. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True,
                 on_wait: Callable[[str], None] | None = None):
        """Open (and create, unless *create* is False) the library at *path*. *on_wait* is
        told when a write waits more than a second for another process's lock."""
        self.path = Path(path)
        self.on_wait = on_wait
        self.conn: sqlite3.Connection = db.connect(self.path, create=create)
        # Section ids and last positions, for one write transaction (see sections.Cache).
        self._sections = sections.Cache()
        # The last suffix given to each key base, for one write transaction (see records.free_key).
        self._key_hints: dict[str, int] = {}
        # Import batches to write one by one: after a batch whose papers the library all
        # had (a file imported again), the next ones would waste the batch's look-ups.
        self._unbatched = 0
        # Every citation key paperctl changed by itself ((old, new): a provisional key
        # made real), for the caller to report; it empties the list when it has.
        self.key_changes: list[tuple[str, str]] = []
        self.commits = 0  # write transactions committed (what a Ctrl-C must not call rolled back)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. Nested, it is a savepoint: a failure undoes only the
        inner part (one imported paper), the outer transaction goes on."""
        changed = len(self.key_changes)  # key changes undone with the work that made them
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT paperctl")
            try:
                yield self.conn
            except BaseException:
                if not self._open():  # (an interrupted step finalised after the library closed: nothing to undo)
                    raise
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK TO paperctl")
                    self.conn.execute("RELEASE paperctl")
                self._sections.clear()
                del self.key_changes[changed:]
                raise
            self.conn.execute("RELEASE paperctl")
            return
        if db.is_read_only(self.conn):
            raise db.explain(sqlite3.OperationalError("attempt to write a readonly database"), self.path)
        db.begin_write(self.conn, self.path, self.on_wait)
        self._sections.clear()  # another process may have changed the sections since the last one
        self._key_hints.clear()
        self._unbatched = 0
        try:
            yield self.conn
            self.conn.execute("COMMIT")
            self.commits += 1
        except sqlite3.OperationalError as exc:
            self._rollback(changed)
            explained = db.explain(exc, self.path)
            if explained is exc:
                raise
            raise explained from exc
        except BaseException:
            if not self._open():  # (an interrupted step finalised after the library closed: nothing to undo)
                raise
            if not self.conn.in_transaction:  # Ctrl-C just after the COMMIT: the work is saved
                self.commits += 1
                raise
            self._rollback(changed)
            raise

    def _open(self) -> bool:
        """Is the connection still open? Ctrl-C during an import can leave a transaction's generator to be
        finalised at exit, after ``close``; asking a closed connection anything raises."""
        try:
            self.conn.in_transaction  # noqa: B018 (asked for what it raises)
        except sqlite3.ProgrammingError:
            return False
        return True

    def _rollback(self, key_changes: int) -> None:
        """Undo the transaction and what this object remembered of it."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        self._sections.clear()  # sections created in this transaction are gone
        self._key_hints.clear()
        del self.key_changes[key_changes:]

    # -- finding papers -------------------------------------------------

    def resolve(self, ref: str) -> int:
        """The id of the paper *ref* names (see ``references.resolve``)."""
        return references.resolve(self.conn, ref)

    def complete(self, prefix: str, limit: int = 100) -> list[tuple[str, str]]:
        """(key or arXiv ID, title) of papers whose key or ID starts with *prefix* (shell completion)."""
        return references.starting_with(self.conn, prefix, limit)

    def get(self, ref: str) -> Paper:
        return query.load(self.conn, [self.resolve(ref)])[0]

    def find_existing(self, data: PaperData) -> int | None:
        """The stored paper *data* describes (same arXiv ID, DOI, URL or title), if any."""
        return records.find_existing(self.conn, data)

    # -- adding and editing ----------------------------------------------

    def add(self, data: PaperData) -> AddResult:
        """Add a paper, or merge *data* into the paper already stored under the
        same arXiv ID / DOI / URL / title. Never duplicates."""
        return self.add_many([data])[0]

    def add_many(self, items: list[PaperData]) -> list[AddResult]:
        """Add or merge several papers in one transaction (all or none)."""
        for data in items:
            paper_fields.validate(data)
        with self.transaction():
            return [self._add_one(data) for data in items]

    def _add_one(self, data: PaperData) -> AddResult:
        found = records.match(self.conn, data)
        existing = found.pid
        if existing is None:
            pid, _, _ = records.insert(self.conn, data, found.key_free, self._key_hints)
            filled: list[str] = []
        else:
            pid = existing
            filled = records.merge(self.conn, pid, data)
            self._settle(pid)
        records.annotate(self.conn, pid, data, fields=existing is not None, cache=self._sections)
        fts.reindex(self.conn, [pid])
        return paper_data.AddResult(query.load(self.conn, [pid])[0], existing is None, filled)

    def import_paper(self, data: PaperData, *, index: bool = True) -> Imported:
        """Add or merge an imported paper without overriding the user.

        On a merge, empty fields are filled and sections added, but the stored
        summary, notes, status and venue are never overwritten: a differing
        imported summary is kept as a note. Importing the same thing twice
        changes nothing. With ``index=False`` the caller indexes the papers
        (``fts.index_new`` / ``fts.reindex``) before its transaction ends, as
        bulk imports do once for all papers.
        """
        result = self.import_papers([data], index=index)[0]
        if isinstance(result, Exception):
            raise result
        return result

    def import_papers(
        self, items: list[PaperData], *, index: bool = True, keyed: dict[int, str] | None = None
    ) -> list[Imported | Exception]:
        """``import_paper`` for each of *items*; a paper that fails is left out and
        its error returned in its place, the others go in.

        *keyed* maps the papers one file's entries went into to those entries'
        citation keys (the caller keeps it across batches): a file's entries with
        keys of their own are never merged into each other, since the file says
        they are two entries (see ``_import_one``).

        The batch runs under one savepoint (a savepoint per paper cost a 100k
        import several seconds). When a paper fails, the batch is undone and
        replayed paper by paper, each under its own savepoint.
        """
        keyed = {} if keyed is None else keyed
        before = dict(keyed)
        try:
            with self.transaction():
                if index or self._unbatched:
                    self._unbatched = max(self._unbatched - 1, 0)
                    return [self._import_one(data, index, keyed) for data in items]
                from .store import bulk  # (only imports write in bulk)

                batch = bulk.Batch(self.conn, items)
                results = [self._import_batched(data, keyed, batch) for data in items]
                batch.flush()
                if not batch.written:  # none was new: the next 7 batches go one by one
                    self._unbatched = 7
                return results
        except IMPORT_ERRORS:
            keyed.clear()
            keyed.update(before)
        results: list[Imported | Exception] = []
        for data in items:
            try:
                with self.transaction():
                    results.append(self._import_one(data, index, keyed))
            except IMPORT_ERRORS as exc:
                results.append(exc)
        return results

    def _import_batched(self, data: PaperData, keyed: dict[int, str], batch: Batch) -> Imported:
        """``_import_one`` (unindexed) for a paper of a bulk import's *batch*: one that
        nothing can match waits in the batch (see ``store.bulk``)."""
        paper_fields.validate(data, ids=batch.probe(data) is None)
        if batch.fresh(data):
            pid, key, note = records.insert(self.conn, data, True, self._key_hints, batch)
            records.annotate(self.conn, pid, data, fields=False, cache=self._sections, batch=batch)
            if data.citekey:
                keyed[pid] = data.citekey
            return paper_data.Imported(pid, key, "new", key_note=note)
        batch.flush()
        changed = len(self.key_changes)
        result = self._import_one(data, False, keyed, validated=True)
        batch.noted(data, [result.citekey, *(new for _, new in self.key_changes[changed:])])
        return result

    def _import_one(self, data: PaperData, index: bool, keyed: dict[int, str] | None = None,
                    validated: bool = False) -> Imported:
        if not validated:  # (a bulk import's batch has validated it)
            paper_fields.validate(data)
        keyed = {} if keyed is None else keyed
        # Entries of this file that came with keys other than this one's are other papers.
        found = records.match(self.conn, data, exclude=_OtherEntries(keyed, data.citekey) if data.citekey else ())
        pid = found.pid
        if pid is None:
            data = records.without_taken_ids(self.conn, data, found)
            pid, key, note = records.insert(self.conn, data, found.key_free, self._key_hints)
            records.annotate(self.conn, pid, data, fields=False, cache=self._sections)
            if data.resolution:  # a JSON Lines record carries what ``venues`` found
                from .store import venue_resolutions

                venue_resolutions.save(self.conn, pid, data.resolution)
            if index:
                fts.index_new(self.conn, [pid])
            if data.citekey:
                keyed[pid] = data.citekey
            alike = None
            if found.lookalike:
                other = self.conn.execute("SELECT citekey FROM papers WHERE id = ?", [found.lookalike[0]]).fetchone()
                alike = (other[0], found.lookalike[1])
            return paper_data.Imported(pid, key, "new", key_note=note, possible_duplicate=alike)
        changes = records.merge(self.conn, pid, data) + records.merge_annotations(
            self.conn, pid, data, self._sections
        )
        self._settle(pid)
        if changes and index:
            fts.reindex(self.conn, [pid])
        key = self.conn.execute("SELECT citekey FROM papers WHERE id = ?", [pid]).fetchone()[0]
        note = None
        if data.citekey and data.citekey != key:
            note = f"merged into {key} ({found.why}); {data.citekey} kept as an alias"
        if data.citekey and pid not in keyed:
            keyed[pid] = data.citekey
        return paper_data.Imported(pid, key, "merged" if changes else "unchanged", changes, key_note=note)

    def _settle(self, pid: int) -> None:
        """Give a provisional key its real form once authors are known (see
        ``records.settle_key``), and remember the change for the caller to report."""
        change = records.settle_key(self.conn, pid, self._key_hints)
        if change:
            self.key_changes.append(change)

    def refresh(self, data: PaperData) -> list[str]:
        """Overwrite a paper's arXiv metadata with fresher *data*; return what changed.

        Only metadata moves: the summary, notes, sections, status and a venue
        the user set are never touched. Changes are described for people:
        ``"version v1 -> v3"``, ``"DOI 10.1145/... (new)"``, ``"title changed"``.
        """
        paper_fields.validate(data)
        with self.transaction():
            pid = records.find_existing(self.conn, data)
            if pid is None:
                raise UnknownPaper(data.arxiv_id or data.title or "?")
            old = query.load(self.conn, [pid])[0]
            changes = paper_fields.describe_changes(old, data)
            fields = {
                "title": clean(data.title) or old.title, "abstract": clean(data.abstract),
                "published": data.published, "updated": data.updated, "year": data.year or old.year,
                "primary_category": data.primary_category, "categories": json.dumps(data.categories),
                "journal_ref": clean(data.journal_ref) or old.journal_ref, "comment": clean(data.comment),
                "fetched": data.fetched or records.now(),
            }
            if data.version and data.version >= (old.version or 0):
                fields["version"] = data.version
            if data.doi and not old.doi:
                fields["doi"] = normalize_doi(data.doi)
            records.update(self.conn, pid, fields)
            if data.authors:
                records.write_authors(self.conn, pid, data.authors)
            self._settle(pid)
            for name, url in data.links.items():
                records.set_link(self.conn, pid, name, url)
            fts.reindex(self.conn, [pid])
            return changes

    def link_arxiv(self, ref: str, data: PaperData) -> bool:
        """Give a title-only paper the arXiv ID (and missing metadata) in *data*.

        False, and nothing written, when another paper already has that ID.
        """
        arxiv = parse_arxiv_id(data.arxiv_id or "")
        with self.transaction():
            pid = self.resolve(ref)
            if self.conn.execute(
                "SELECT 1 FROM papers WHERE arxiv_id = ? AND id != ?", [arxiv.base, pid]
            ).fetchone():
                return False
            records.merge(self.conn, pid, data)
            self._settle(pid)
            for name, url in data.links.items():
                records.set_link(self.conn, pid, name, url)
            fts.reindex(self.conn, [pid])
            return True

    def edit(self, ref: str, authors: list[str] | list[Author] | None = None, **fields: Any) -> Paper:
        """Change metadata fields (see ``paper_fields.EDITABLE``); ``authors`` (names, or
        ``Author`` with affiliations) replaces the list."""
        unknown = set(fields) - set(paper_fields.EDITABLE)
        if unknown:
            raise InvalidValue(f"cannot edit {', '.join(sorted(unknown))}")
        changes: dict[str, Any] = {}
        for column, value in fields.items():
            value = clean(value) if isinstance(value, str) else value
            if column == "title" and not value:
                raise InvalidValue("a paper's title cannot be empty")
            if column == "doi" and value:
                value = normalize_doi(value)
            if column == "year" and value is not None:
                paper_fields.check_year(value)
            if column in ("published", "updated") and value:
                paper_fields.check_date(value, column)
            if column == "url" and value and not is_url(value):
                raise InvalidValue(f"not a URL: {value!r} (expected http:// or https://)")
            if column == "arxiv_id" and value:
                arxiv = parse_arxiv_id(value)
                value = arxiv.base
                if arxiv.version:
                    changes["version"] = arxiv.version
            changes[column] = value
        with self.transaction():
            pid = self.resolve(ref)
            try:
                if changes:
                    records.update(self.conn, pid, changes)
                if authors is not None:
                    records.write_authors(self.conn, pid, [a if isinstance(a, Author) else Author(a) for a in authors])
                    records.update(self.conn, pid, {})
                records.forget_edited_sources(self.conn, pid, changes, authors)
                self._settle(pid)
            except sqlite3.IntegrityError as exc:
                raise InvalidValue(paper_fields.integrity_message(exc)) from None
            fts.reindex(self.conn, [pid])
            return query.load(self.conn, [pid])[0]

    def set_fields(self, ref: str, fields: dict[str, str | None], entry_type: str | None = None) -> Paper:
        """Set bibliographic fields (``{"pages": "1--10", "booktitle": "..."}``; None
        removes one) and, if given, the entry type. A field is found under any of its
        names (``journal`` sets an existing ``journaltitle``); values are text, encoded
        afresh on export. For the fields paperctl keeps in its own attributes (title,
        year, DOI...) use ``edit``."""
        from . import bibfields

        for name in fields:
            if name.strip().lower() in bibfields.MIRRORED:
                raise InvalidValue(f"{name!r} is one of the paper's own attributes: change it with edit")
        if entry_type is not None and not bibfields.valid_name(entry_type.strip().lower()):
            raise InvalidValue(f"{entry_type!r} is not an entry type (letters, digits and _ . : + - only)")
        with self.transaction():
            pid = self.resolve(ref)
            for name, value in fields.items():
                records.bibrecord.set_field(self.conn, pid, name, clean(value) if value is not None else None)
            changes: dict[str, Any] = {}
            if entry_type is not None:
                changes["entry_type"] = entry_type.strip().lower() or None
            records.update(self.conn, pid, changes)
            fts.reindex(self.conn, [pid])
            return query.load(self.conn, [pid])[0]

    def set_key(self, ref: str, key: str, *, keep_alias: bool = True) -> tuple[str, str]:
        """Give a paper a new citation key; (old, new). The old key stays an alias (so
        ``\\cite{old}`` keeps working through biblatex's ``ids``) unless *keep_alias* is
        False. The new key must be valid and not name another paper."""
        from . import citekeys

        key = key.strip()
        citekeys.check(key)
        with self.transaction():
            pid = self.resolve(ref)
            old = self.conn.execute("SELECT citekey FROM papers WHERE id = ?", [pid]).fetchone()[0]
            owner = references.by_key(self.conn, key)
            if owner is not None and owner != pid:
                other = self.conn.execute("SELECT citekey FROM papers WHERE id = ?", [owner]).fetchone()[0]
                raise InvalidValue(f"{key!r} already names another paper ({other})")
            records.bibrecord.remove_alias(self.conn, pid, key)
            records.update(self.conn, pid, {"citekey": key, "provisional": 0})
            if keep_alias and old != key:
                records.bibrecord.add_aliases(self.conn, pid, [old])
            return old, key

    def duplicates(self) -> list[tuple[Paper, Paper, str]]:
        """Pairs of papers that may be one work, with why (see ``store.duplicates``)."""
        from .store import duplicates

        found = duplicates.pairs(self.conn)
        papers = {p.id: p for p in query.load(self.conn, sorted({i for d in found for i in (d.first, d.second)}),
                                             full=False)}
        return [(papers[d.first], papers[d.second], d.why) for d in found]

    def merge(self, keep: str, other: str) -> tuple[Paper, list[str]]:
        """Merge paper *other* into *keep* (see ``store.duplicates.merge``); the merged
        paper and what moved. One transaction: both papers, or neither, change."""
        from .store import duplicates

        with self.transaction():
            keep_id, other_id = self.resolve(keep), self.resolve(other)
            moved = duplicates.merge(self.conn, keep_id, other_id, self._sections)
            fts.reindex(self.conn, [keep_id, other_id])
            return query.load(self.conn, [keep_id])[0], moved

    def ensure_section(self, path: str) -> int:
        """The id of section *path*, made with its missing ancestors when missing. Inside a
        write transaction (an import makes its list's sections, then files its papers and
        their layout under them: each path is looked up once)."""
        return sections.ensure(self.conn, path, self._sections)

    def forget_sections(self) -> None:
        """Drop what this transaction remembers of the sections (after a bulk change of
        their order, as a JSON Lines restore makes)."""
        self._sections.clear()

    def remove(self, ref: str) -> Paper:
        """Delete a paper with its notes, links and section places."""
        return self.remove_many([ref])[0]

    def remove_many(self, refs: list[str]) -> list[Paper]:
        """Delete several papers in one transaction: all of them, or none when one
        reference finds nothing."""
        with self.transaction():
            papers = list({p.id: p for p in (self.get(ref) for ref in refs)}.values())
            ids = [p.id for p in papers]
            self.conn.execute("DELETE FROM papers WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)])
            fts.reindex(self.conn, ids)
            return papers

    # -- annotations ------------------------------------------------------

    def set_summary(self, ref: str, summary: str | None) -> Paper:
        """Replace the one-line summary (None clears it)."""
        return self._set(ref, summary=clean(summary))

    def set_status(self, ref: str, status: str) -> Paper:
        if status not in STATUSES:
            raise InvalidValue(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
        return self._set(ref, status=status)

    def set_venue(self, ref: str, venue: str | None) -> Paper:
        return self._set(ref, venue=clean(venue))

    def _set(self, ref: str, **fields: Any) -> Paper:
        with self.transaction():
            pid = self.resolve(ref)
            records.update(self.conn, pid, fields)
            fts.reindex(self.conn, [pid])
            return query.load(self.conn, [pid])[0]

    # -- venues (``paperctl venues``) ----------------------------------------

    def record_resolution(self, paper_id: int, row: dict[str, Any], venue: str | None = None) -> Paper:
        """Store what ``venues`` found for a paper, in one transaction; with *venue*,
        also write it as the paper's venue (the caller has checked it is not one the
        user typed: see ``sources/venues.py``)."""
        from .store import venue_resolutions

        with self.transaction():
            venue_resolutions.save(self.conn, paper_id, row)
            if venue is not None:
                records.update(self.conn, paper_id, {"venue": clean(venue)})
                fts.reindex(self.conn, [paper_id])
            return query.load(self.conn, [paper_id])[0]

    # -- reading ------------------------------------------------------------

    def papers(self, filters: Filters | None = None, *, full: bool = True) -> list[Paper]:
        """Papers matching *filters*; ``full=False`` reads only what one-line listings
        show: id, key, title, arXiv ID, year, venue, summary, status and sections."""
        return query.list_papers(self.conn, filters or Filters(), full)

    def identifiers(self, filters: Filters | None = None) -> list[str]:
        """arXiv ID, else citation key, of each paper *filters* select."""
        return query.identifiers(self.conn, filters or Filters())

    def search(self, text: str, filters: Filters | None = None, *, full: bool = True) -> list[SearchHit]:
        return query.search(self.conn, text, filters or Filters(), full)

    def search_counted(
        self, text: str, filters: Filters | None = None, *, full: bool = True
    ) -> tuple[list[SearchHit], int]:
        """``search`` up to ``filters.limit``, and the number of papers that match in all."""
        return query.search_counted(self.conn, text, filters or Filters(), full)

    def search_identifiers(self, text: str, filters: Filters | None = None) -> list[str]:
        """arXiv ID, else citation key, of each paper *text* finds, best first."""
        return query.search_identifiers(self.conn, text, filters or Filters())

    def backup(self, destination: str | os.PathLike[str]) -> Path:
        """A consistent copy of the library (safe while others write); see ``maintenance``."""
        from .files import refuse_library
        from .store import maintenance

        refuse_library(destination, self.path, "back up to")
        return maintenance.backup(self.conn, Path(destination))

    def check(self, notes: list[str] | None = None) -> list[str]:
        """Problems with the file, its schema, its references or its search index ([] when
        healthy); *notes* receives what could not be checked and why."""
        from .store import maintenance

        return maintenance.check(self.conn, notes)

    def repair(self) -> None:
        """Rebuild the search index from the tables."""
        from .store import maintenance

        with self.transaction():
            maintenance.repair(self.conn)

    def stats(self) -> dict[str, Any]:
        """Papers by status, section, year and venue; notes; unresolved papers (see ``store.stats``)."""
        from .store import stats

        return stats.counts(self.conn)

    def info(self) -> dict[str, Any]:
        """Where the library is, its schema version, and what it holds."""
        counts = dict(self.conn.execute("SELECT status, count(*) FROM papers GROUP BY status"))
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "path": str(self.path.resolve()),
            "schema_version": db.schema_version(self.conn),
            "papers": sum(counts.values()),
            "read": counts.get("read", 0),
            "reading": counts.get("reading", 0),
            "unread": counts.get("unread", 0),
            "sections": one("SELECT count(*) FROM sections"),
            "notes": one("SELECT count(*) FROM notes"),
            "unresolved": one("SELECT count(*) FROM papers WHERE arxiv_id IS NULL AND doi IS NULL"),
        }
