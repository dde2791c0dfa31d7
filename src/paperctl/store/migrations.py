"""Numbered schema migrations, applied in order by sqlite-utils' ``Migrations``.

Never edit a migration that has shipped: add a new one. ``db.connect`` applies
the pending ones inside one write lock; a library whose applied migrations
include a name unknown here was written by a newer paperctl and is refused.

A new library is made by ``create``: the same migrations, in the same order,
recorded as sqlite-utils records them, but without loading sqlite-utils (50-70
ms of a new library's first command). A migration uses only ``execute`` and
``conn`` of the database it is given (``Db``), which both provide.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from . import fts

if TYPE_CHECKING:
    from sqlite_utils.migrations import Migrations


class Db(Protocol):
    """What a migration may use of sqlite-utils' ``Database``."""

    conn: sqlite3.Connection

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor: ...


MIGRATION_SET = "paperctl"
_STEPS: list[Callable[[Db], None]] = []


def _migration(step: Callable[[Db], None]) -> Callable[[Db], None]:
    """Register the next numbered migration (its name is the function's)."""
    _STEPS.append(step)
    return step

_FTS_V1 = (
    "CREATE VIRTUAL TABLE papers_fts USING fts5(title, authors, abstract, summary, notes,"
    " tokenize = 'porter unicode61 remove_diacritics 2')"
)


def _run(db: Db, statements: str) -> None:
    """Execute ';'-separated DDL one statement at a time.

    ``executescript`` would commit the surrounding transaction, so it is
    never used here.
    """
    for statement in statements.split(";"):
        if statement.strip():
            db.execute(statement)


@_migration
def m001_initial(db: Db) -> None:
    _run(
        db,
        """
        CREATE TABLE papers (
            id INTEGER PRIMARY KEY,
            citekey TEXT NOT NULL UNIQUE,
            arxiv_id TEXT UNIQUE,
            version INTEGER,
            doi TEXT UNIQUE,
            url TEXT,
            title TEXT NOT NULL,
            title_key TEXT NOT NULL,
            abstract TEXT,
            published TEXT,
            updated TEXT,
            year INTEGER,
            primary_category TEXT,
            categories TEXT NOT NULL DEFAULT '[]',
            journal_ref TEXT,
            comment TEXT,
            venue TEXT,
            summary TEXT,
            status TEXT NOT NULL DEFAULT 'unread'
                CHECK (status IN ('unread', 'reading', 'read')),
            added TEXT NOT NULL,
            modified TEXT NOT NULL,
            fetched TEXT
        );
        CREATE INDEX papers_title_key ON papers(title_key);
        CREATE INDEX papers_year ON papers(year);
        CREATE INDEX papers_status ON papers(status);
        CREATE INDEX papers_url ON papers(url);
        CREATE TABLE authors (
            paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            affiliation TEXT,
            PRIMARY KEY (paper_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX authors_name ON authors(name COLLATE NOCASE);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX notes_paper ON notes(paper_id, id);
        CREATE TABLE links (
            paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            url TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (paper_id, name)
        ) WITHOUT ROWID;
        CREATE INDEX links_url ON links(url);
        CREATE TABLE sections (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL
        );
        CREATE TABLE paper_sections (
            section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
            paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (section_id, paper_id)
        ) WITHOUT ROWID;
        CREATE INDEX paper_sections_paper ON paper_sections(paper_id);
        CREATE INDEX paper_sections_order ON paper_sections(section_id, position);
        CREATE TABLE section_aliases (
            key TEXT PRIMARY KEY,
            alias TEXT NOT NULL,
            section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE
        );
        """,
    )
    db.execute(_FTS_V1)  # the index as this first schema made it (m005 adds a column)


@_migration
def m002_drop_author_name_index(db: Db) -> None:
    """``list --author`` matches a substring (LIKE '%x%'), which no index serves;
    the index only slowed every insert (a third of a 100k import)."""
    db.execute("DROP INDEX IF EXISTS authors_name")


@_migration
def m003_venue_resolutions(db: Db) -> None:
    """Where each paper was published, as ``paperctl venues`` found it: the outcome,
    the venue, and the evidence (every record looked at, with its scores), one row
    a paper. ``expires`` lets a "not found" be trusted for a while (the negative
    cache); ``applied`` says whether ``venue`` was written into papers.venue, which
    is how a venue the user typed is told apart from one paperctl wrote."""
    _run(
        db,
        """
        CREATE TABLE venue_resolutions (
            paper_id INTEGER PRIMARY KEY REFERENCES papers(id) ON DELETE CASCADE,
            outcome TEXT NOT NULL CHECK (outcome IN ('resolved', 'suggested', 'not_found', 'failed')),
            venue TEXT,
            venue_name TEXT,
            kind TEXT,
            year INTEGER,
            pages TEXT,
            volume TEXT,
            publisher TEXT,
            doi TEXT,
            source TEXT,
            record TEXT,
            url TEXT,
            scores TEXT NOT NULL DEFAULT '{}',
            evidence TEXT NOT NULL DEFAULT '[]',
            note TEXT,
            applied INTEGER NOT NULL DEFAULT 0,
            checked TEXT NOT NULL,
            expires TEXT
        )
        """,
    )


@_migration
def m004_markdown_list_layouts(db: Db) -> None:
    """What the Markdown reader saw of each imported list, so ``export --md --style
    auto`` can write it back in its own shape: the document as read (every
    non-entry line kept), how each section writes its entries, and each entry's
    exact text with the paper it became and a fingerprint of that paper as the
    import left it (an unchanged paper is written back byte for byte)."""
    _run(
        db,
        """
        CREATE TABLE md_lists (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,          -- the file's name as imported
            newline TEXT NOT NULL,         -- LF or CRLF, as written
            text TEXT NOT NULL,            -- the document as read, LF line endings
            imported TEXT NOT NULL
        );
        CREATE INDEX md_lists_source ON md_lists(source);
        CREATE TABLE md_sections (
            list_id INTEGER NOT NULL REFERENCES md_lists(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
            path TEXT NOT NULL,            -- the section's path when read (a renamed one gets a new heading)
            heading TEXT NOT NULL,         -- the heading line as written
            shape TEXT NOT NULL,
            numbered INTEGER NOT NULL DEFAULT 0,
            year_headings INTEGER NOT NULL DEFAULT 0,
            table_header TEXT NOT NULL DEFAULT '[]',
            link_labels TEXT NOT NULL DEFAULT '[]',
            venue_format TEXT,
            PRIMARY KEY (list_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE md_entries (
            list_id INTEGER NOT NULL REFERENCES md_lists(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            paper_id INTEGER REFERENCES papers(id) ON DELETE SET NULL,
            section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
            line INTEGER NOT NULL,
            shape TEXT NOT NULL,
            raw TEXT NOT NULL,
            marker TEXT NOT NULL DEFAULT '',
            link_labels TEXT NOT NULL DEFAULT '[]',
            venue_format TEXT,
            fingerprint TEXT,              -- NULL: never written back as read
            PRIMARY KEY (list_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX md_entries_paper ON md_entries(paper_id);
        """
    )


@_migration
def m005_bibliographic_records(db: Db) -> None:
    """Everything a bibliography holds: the entry type, every field as the source
    wrote it (``bib_fields``: one JSON array of ``[name, value, source]`` a paper, in
    order; one row a paper rather than one a field made a 10k BibTeX import a second
    quicker), and the citation keys that also name a paper (``aliases``). Keys are
    unique whatever their case (bibtex compares them so).
    ``provisional`` marks the ``anon...`` keys paperctl made for authorless papers
    (until now every key starting with "anon" was one; a key from a file never is).
    The search index gains a ``fields`` column (journal, publisher, note...) and is
    rebuilt: an FTS5 table cannot gain a column in place.

    ``bib_fields`` and ``aliases`` are their own tables, not columns of ``papers``: the
    one-line listings read ``papers`` and must stay as light as they were.
    """
    _run(
        db,
        """
        ALTER TABLE papers ADD COLUMN entry_type TEXT;
        ALTER TABLE papers ADD COLUMN provisional INTEGER NOT NULL DEFAULT 0;
        UPDATE papers SET provisional = 1 WHERE citekey LIKE 'anon%';
        CREATE TABLE bib_fields (
            paper_id INTEGER PRIMARY KEY REFERENCES papers(id) ON DELETE CASCADE,
            fields TEXT NOT NULL
        );
        CREATE TABLE aliases (
            paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            alias TEXT NOT NULL,
            PRIMARY KEY (paper_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX aliases_alias ON aliases(alias COLLATE NOCASE);
        CREATE UNIQUE INDEX papers_citekey_nocase ON papers(citekey COLLATE NOCASE);
        DROP TABLE papers_fts
        """,
    )
    db.execute(fts.CREATE_SQL)
    fts.rebuild(db.conn)


@_migration
def m006_attachments(db: Db) -> None:
    """A local file for a paper (``paperctl attach``; ``open PAPER file``): one a paper,
    its absolute path. Its own table, not a link: a path on this machine must never
    reach an exported list or bibliography, which write every link."""
    _run(
        db,
        """
        CREATE TABLE attachments (
            paper_id INTEGER PRIMARY KEY REFERENCES papers(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            attached TEXT NOT NULL
        )
        """,
    )


@_migration
def m007_markdown_entry_edits(db: Db) -> None:
    """``md_entries.edited``: the entry's text, as ``export --md --into`` last wrote it, is
    a hand edit the library has not taken in (kept in the file, reported once). A later
    change to its paper in the library is then a conflict to refuse, not a rewrite.
    An entry of a list stored before this is as the import read it: not an edit."""
    _run(db, "ALTER TABLE md_entries ADD COLUMN edited INTEGER NOT NULL DEFAULT 0")


def names() -> list[str]:
    """Names of every migration this paperctl knows, in order."""
    return [step.__name__ for step in _STEPS]


@cache
def migrations() -> Migrations:
    """sqlite-utils' migration set of these migrations: what brings a library up to date."""
    from sqlite_utils.migrations import Migrations

    found = Migrations(MIGRATION_SET)
    for step in _STEPS:
        found()(step)
    return found


# ``_sqlite_migrations`` as sqlite-utils' ``Migrations.ensure_migrations_table`` makes it.
_MIGRATIONS_TABLE = (
    'CREATE TABLE "_sqlite_migrations" (\n   "id" INTEGER PRIMARY KEY,\n   "migration_set" TEXT,\n'
    '   "name" TEXT,\n   "applied_at" TEXT\n)',
    'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n'
    '    ON "_sqlite_migrations" ("migration_set", "name")',
)


class _Connection:
    """A connection as a migration uses a ``Database`` (``Db``)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters) if parameters is not None else self.conn.execute(sql)


def create(conn: sqlite3.Connection) -> None:
    """Make an empty database a library: every migration applied in order and recorded
    in ``_sqlite_migrations`` as sqlite-utils records it, so that sqlite-utils finds the
    same library (``tests/test_storage.py`` holds the two the same) and applies later
    migrations to it. The caller holds the write lock and commits."""
    for statement in _MIGRATIONS_TABLE:
        conn.execute(statement)
    db = _Connection(conn)
    for step in _STEPS:
        step(db)
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                     [MIGRATION_SET, step.__name__, str(datetime.datetime.now(datetime.UTC))])
