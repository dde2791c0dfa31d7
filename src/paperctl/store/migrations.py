"""Numbered schema migrations, applied in order by sqlite-utils' ``Migrations``.

Never edit a migration that has shipped: add a new one. ``db.connect`` applies
the pending ones inside one write lock; a library whose applied migrations
include a name unknown here was written by a newer paperctl and is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlite_utils.migrations import Migrations

from . import fts

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "paperctl"
migrations = Migrations(MIGRATION_SET)


def _run(db: Database, statements: str) -> None:
    """Execute ';'-separated DDL one statement at a time.

    ``executescript`` would commit the surrounding transaction, so it is
    never used here.
    """
    for statement in statements.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m001_initial(db: Database) -> None:
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
    db.execute(fts.CREATE_SQL)


@migrations()
def m002_drop_author_name_index(db: Database) -> None:
    """``list --author`` matches a substring (LIKE '%x%'), which no index serves;
    the index only slowed every insert (a third of a 100k import)."""
    db.execute("DROP INDEX IF EXISTS authors_name")


@migrations()
def m003_venue_resolutions(db: Database) -> None:
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


def names() -> list[str]:
    """Names of every migration this paperctl knows, in order."""
    return [m.name for m in migrations._migrations]
