"""The one place where the library file is opened, checked and migrated.

Opening is on every command's path, so the common case (an up-to-date
library) touches only the standard ``sqlite3`` module: sqlite-utils, which
the migrations use, costs about 0.1 s to import and is loaded only when a
migration is pending.

A file that is not a paperctl library (not SQLite, or SQLite holding other
tables) is refused and never written; so is a library from a newer paperctl.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import LibraryUnavailable, NewerLibrary, NotALibrary

# The names of migrations.py's migrations, in order; tests/test_migrations.py
# keeps the two lists equal. Kept here so that opening an up-to-date library
# does not import sqlite-utils.
KNOWN_MIGRATIONS = ("m001_initial", "m002_drop_author_name_index", "m003_venue_resolutions",
                    "m004_markdown_list_layouts", "m005_bibliographic_records", "m006_attachments",
                    "m007_markdown_entry_edits")
MIGRATION_SET = "paperctl"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
LOCK_NOTICE_MS = 1_000  # a write waiting for another process's lock says so after this


def _check_file(path: Path) -> None:
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise NotALibrary(f"{path} is not a paperctl library (not an SQLite database); refusing to touch it")


def _applied(conn: sqlite3.Connection) -> tuple[list[str] | None, int]:
    """Applied paperctl migrations (None when the file has no migration table) and how many
    tables the file has. The names are read in one statement: read in two, a library that
    another process creates in between would look like a database with tables but no
    migrations, not a paperctl library (eight processes creating one library at once)."""
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")]
    if "_sqlite_migrations" not in names:
        return None, len(names)
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
        [MIGRATION_SET],
    )
    return [row[0] for row in rows], len(names)


def _classify(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Applied migrations of a usable file, or raise if it must not be touched."""
    applied, tables = _applied(conn)
    if applied is None:
        if tables:
            raise NotALibrary(
                f"{path} is an SQLite database but not a paperctl library; refusing to touch it"
            )
        return []
    unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
    if unknown:
        raise NewerLibrary(
            f"{path} was written by a newer paperctl (schema {', '.join(unknown)}); upgrade paperctl"
        )
    if not applied:
        raise NotALibrary(
            f"{path} is an SQLite database but not a paperctl library; refusing to touch it"
        )
    return applied


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL. SQLite does not apply the busy timeout to this switch, so when
    several processes create the same library at once, the losers retry briefly."""
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Apply pending migrations under one write lock (safe against a concurrent opener)."""
    from . import migrations

    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read under the lock: another process may have migrated.
        if _classify(conn, path):
            from sqlite_utils import Database

            migrations.migrations().apply(Database(conn))
        else:
            migrations.create(conn)  # a new library: the same migrations, without sqlite-utils
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """Open the library at *path*, creating and migrating it as needed.

    With ``create=False`` a missing file raises FileNotFoundError instead of
    being created (read-only commands never create a library). A library that
    cannot be written (a read-only file, folder or medium) is opened read-only:
    every read works, and a write is refused with a message that says why
    (``is_read_only``).
    """
    if path.exists():
        if path.is_dir():
            raise NotALibrary(f"{path} is a folder, not a paperctl library")
        _check_file(path)
        if not _writable(path):
            return _open_read_only(path)
    elif not create:
        raise FileNotFoundError(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        _setup(conn)
        try:
            applied = _classify(conn, path)
        except sqlite3.DatabaseError as exc:
            if path.exists() and _read_only_error(exc):
                conn.close()
                return _open_read_only(path)
            raise NotALibrary(f"{path} is not a paperctl library ({exc})") from None
        if tuple(applied) != KNOWN_MIGRATIONS:
            _use_wal(conn)
            _migrate(conn, path)
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.OperationalError as exc:
        conn.close()
        raise explain(exc, path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _setup(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # 64 MB of page cache (the default is 2 MB): big imports and exports touch
    # indexes larger than that; memory is only used as pages are read.
    conn.execute("PRAGMA cache_size = -65536")
    # Savepoints (one per imported paper) journal every page they touch; in a
    # temporary file that is two write() calls per page, about 7 s of system
    # time in a 100k import. In memory it costs a copy.
    conn.execute("PRAGMA temp_store = MEMORY")


def _writable(path: Path) -> bool:
    """Can this process write the file and create its -wal and -shm beside it?
    (False on a read-only medium, where access() answers EROFS even to root.)"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _read_only_error(exc: sqlite3.Error) -> bool:
    text = str(exc)
    return "readonly" in text or "read-only" in text or "unable to open" in text


def _open_read_only(path: Path) -> sqlite3.Connection:
    """Open *path* for reading only. A library in WAL mode needs its -shm file; in a
    folder where it cannot be created and no -wal holds unsaved pages, the file is
    opened as immutable (nobody can be writing it there)."""
    uri = path.absolute().as_uri()
    wal = Path(f"{path}-wal")
    options = ["mode=ro"]
    if not os.access(path.parent, os.W_OK) and not (wal.exists() and wal.stat().st_size):
        options.append("immutable=1")
    try:
        conn = sqlite3.connect(f"{uri}?{'&'.join(options)}", uri=True, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise LibraryUnavailable(f"cannot open {path} even to read it ({exc})") from None
    try:
        _setup(conn)
        conn.execute("PRAGMA query_only = ON")  # says "read-only" to is_read_only, and refuses writes twice
        applied = _classify(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise NotALibrary(f"{path} is not a paperctl library ({exc})") from None
    except BaseException:
        conn.close()
        raise
    if tuple(applied) != KNOWN_MIGRATIONS:
        conn.close()
        raise LibraryUnavailable(f"{path} is read-only and was written by an older paperctl: it must be upgraded"
                                 " before this version can use it; make it writable (or copy it) and run again")
    return conn


def is_read_only(conn: sqlite3.Connection) -> bool:
    """True for a library opened read-only (see ``connect``)."""
    return bool(conn.execute("PRAGMA query_only").fetchone()[0])


def begin_write(conn: sqlite3.Connection, path: Path, on_wait: Callable[[str], None] | None = None) -> None:
    """``BEGIN IMMEDIATE``: take the write lock, telling *on_wait* when another process
    holds it for more than a second, and failing with what to do once the connection's
    busy timeout is spent."""
    total = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    first = min(LOCK_NOTICE_MS, total)
    conn.execute(f"PRAGMA busy_timeout = {first}")
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not _locked(exc) or total <= first:
                raise explain(exc, path, total) from None
        if on_wait:
            on_wait(f"{path} is being written by another process; waiting for it (up to {total / 1000:g} s)...")
        conn.execute(f"PRAGMA busy_timeout = {total - first}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise explain(exc, path, total) from None
    finally:
        conn.execute(f"PRAGMA busy_timeout = {total}")


def _locked(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def explain(exc: sqlite3.Error, path: Path, waited_ms: int = BUSY_TIMEOUT_MS) -> Exception:
    """The error a user should see for SQLite's *exc* on the library at *path*: what
    happened to which file, and what to do. Unknown errors are returned as they are."""
    text = str(exc)
    if _locked(exc):
        return LibraryUnavailable(
            f"{path} is locked by another process (still after {waited_ms / 1000:g} s); nothing was changed."
            " Try again when it has finished (another paperctl, or a program holding the file open)")
    if _read_only_error(exc) and "unable to open" not in text:
        return LibraryUnavailable(
            f"{path} is read-only here (its file, folder or disk cannot be written); nothing was changed."
            " paperctl can still read it; to change it, make it writable or work on a copy")
    if "full" in text:
        return LibraryUnavailable(f"no space left to write {path}; nothing was changed. Free some disk space"
                                  " and run the command again")
    if "disk I/O error" in text or "unable to open" in text:
        return LibraryUnavailable(f"cannot read or write {path} ({text}); nothing was changed."
                                  " Check the disk and the file's permissions")
    return exc


@contextmanager
def mapped(conn: sqlite3.Connection, size: int = 1 << 31) -> Iterator[None]:
    """Read through a memory map of the file for a query that reads scattered pages
    (a search's bm25 ranking, a --tag filter's point lookups).

    Each page then costs no read() call: a cold search at 100k papers took 47 ms
    instead of 26. Only such queries map the file: an export reads every page, and
    mapped pages would count in its memory.
    """
    conn.execute(f"PRAGMA mmap_size = {int(size)}")
    try:
        yield
    finally:
        conn.execute("PRAGMA mmap_size = 0")


def schema_version(conn: sqlite3.Connection) -> int:
    """The number of migrations applied (1 for the first schema)."""
    return len(_applied(conn)[0] or [])


def remove_if_unused(path: Path) -> bool:
    """Delete the library at *path* if it holds nothing (no paper, no section), with
    its WAL files; True if it did. For a library a failed command has just created:
    the failure should leave no trace, not an empty library found by the next command."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            used = conn.execute(
                "SELECT EXISTS (SELECT 1 FROM papers) OR EXISTS (SELECT 1 FROM sections)"
            ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    if used:
        return False
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return True
