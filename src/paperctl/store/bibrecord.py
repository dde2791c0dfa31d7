"""Rows of a paper's bibliographic record: its fields (in source order) and the
citation keys that also name it (aliases).

Like ``records``, nothing here opens or ends a transaction. Field names are
compared with their synonyms (``journal`` and ``journaltitle`` are one field:
``bibfields.SYNONYMS``), so a merge never adds a meaning the paper already has.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from .. import bibfields, citekeys
from ..errors import InvalidValue
from ..models import BibField


def write_fields(conn: sqlite3.Connection, pid: int, fields: Iterable[BibField]) -> None:
    """Store *fields* as the paper's whole record (replacing any)."""
    fields = list(fields)
    if fields:
        conn.execute("INSERT OR REPLACE INTO bib_fields (paper_id, fields) VALUES (?, ?)", [pid, encode(fields)])
    else:
        conn.execute("DELETE FROM bib_fields WHERE paper_id = ?", [pid])


def encode(fields: Iterable[BibField]) -> str:
    """The text of a ``bib_fields`` row (see ``decode``)."""
    return json.dumps([[f.name, f.value, f.source] for f in fields], ensure_ascii=False)


def decode(text: str) -> list[BibField]:
    """The fields stored in a ``bib_fields`` row."""
    return [BibField(*row) for row in json.loads(text)]


def read_fields(conn: sqlite3.Connection, pid: int) -> list[BibField]:
    row = conn.execute("SELECT fields FROM bib_fields WHERE paper_id = ?", [pid]).fetchone()
    return decode(row[0]) if row else []


replace_fields = write_fields


def merge_fields(
    conn: sqlite3.Connection, pid: int, incoming: list[BibField], differing: list[str] | None = None
) -> list[str]:
    """Add the fields of *incoming* the paper lacks (by name and synonyms); the names
    added. A field the paper has keeps its value: the user's record wins; *differing*
    receives, for the report, each incoming value that says something else."""
    if not incoming:
        return []
    stored = read_fields(conn, pid)
    have = {name for f in stored for name in bibfields.names_for(f.name)}
    values = {f.name: f.value for f in stored}
    new = []
    for field in incoming:
        if field.name not in have:
            new.append(field)
            have.update(bibfields.names_for(field.name))
        elif differing is not None and field.value is not None and values.get(field.name, field.value) != field.value:
            differing.append(f"{field.name} {field.value!r}")
    if new:
        write_fields(conn, pid, stored + new)
    return [f.name for f in new]


def set_field(conn: sqlite3.Connection, pid: int, name: str, value: str | None) -> None:
    """Set field *name* (or the synonym the paper already has) to *value*, written
    afresh on export; None removes it."""
    name = name.strip().lower()
    if not bibfields.valid_name(name):
        raise InvalidValue(f"{name!r} is not a field name (letters, digits and _ . : + - only)")
    stored = read_fields(conn, pid)
    synonyms = bibfields.names_for(name)
    at = next((i for i, f in enumerate(stored) if f.name in synonyms), None)
    if value is None:
        if at is not None:
            del stored[at]
    elif at is None:
        stored.append(BibField(name, value, None))
    else:
        stored[at] = BibField(stored[at].name, value, None)
    replace_fields(conn, pid, stored)


def forget_source(conn: sqlite3.Connection, pid: int, names: Iterable[str], *, drop: bool = False) -> None:
    """The user changed what fields *names* mirror (an ``edit``): their source text is
    no longer theirs, so the export writes the new value (or, with *drop*, nothing)."""
    wanted = {n for name in names for n in bibfields.names_for(name)}
    if not wanted:
        return
    stored = read_fields(conn, pid)
    if not any(f.name in wanted for f in stored):
        return
    kept = []
    for field in stored:
        if field.name not in wanted:
            kept.append(field)
        elif not drop:
            kept.append(BibField(field.name, None if field.name in bibfields.MIRRORED else field.value, None))
    replace_fields(conn, pid, kept)


def read_aliases(conn: sqlite3.Connection, pid: int) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT alias FROM aliases WHERE paper_id = ? ORDER BY position", [pid]
    )]


def key_in_use(conn: sqlite3.Connection, key: str) -> bool:
    """Whether *key* names a paper already, as its key or an alias (whatever the case)."""
    return conn.execute(
        "SELECT 1 FROM papers WHERE citekey = ?1 COLLATE NOCASE"
        " UNION ALL SELECT 1 FROM aliases WHERE alias = ?1 COLLATE NOCASE LIMIT 1", [key]
    ).fetchone() is not None


def new_aliases(aliases: Iterable[str], have: set[str]) -> list[str]:
    """The *aliases* worth recording for a paper: stripped, usable as keys, and none of
    *have* (the paper's key and aliases, lower-cased; the ones returned are added to it)."""
    added = []
    for alias in aliases:
        alias = alias.strip()
        if alias and citekeys.valid(alias) and alias.lower() not in have:
            have.add(alias.lower())
            added.append(alias)
    return added


def add_aliases(conn: sqlite3.Connection, pid: int, aliases: Iterable[str]) -> list[str]:
    """Record *aliases* of the paper (skipping its own key and those it has); the ones added."""
    row = conn.execute("SELECT citekey FROM papers WHERE id = ?", [pid]).fetchone()
    added = new_aliases(aliases, {a.lower() for a in read_aliases(conn, pid)} | {row[0].lower()})
    if added:
        last = conn.execute("SELECT max(position) FROM aliases WHERE paper_id = ?", [pid]).fetchone()[0]
        conn.executemany(
            "INSERT INTO aliases (paper_id, position, alias) VALUES (?, ?, ?)",
            [(pid, (last if last is not None else -1) + 1 + i, a) for i, a in enumerate(added)],
        )
    return added


def remove_alias(conn: sqlite3.Connection, pid: int, alias: str) -> None:
    conn.execute("DELETE FROM aliases WHERE paper_id = ? AND alias = ? COLLATE NOCASE", [pid, alias])
