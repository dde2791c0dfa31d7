"""Sections (tags): a tree of paths such as ``LLM/In-Context Learning``.

Every ancestor of a section is stored too, with a position, so that the tree
keeps the order in which the user's reading list has its headings (and empty
headings survive). Each section keeps its own hand-made order of papers.

Matching rule, used by ``list --tag``, ``untag`` and ``tags --rename``
(case-insensitive throughout): a name matches an alias exactly, else every
section whose whole path equals it or ends with ``/`` + it. ``in-context
learning`` therefore matches ``LLM/In-Context Learning`` but ``LLM`` does not
match ``MLLM``. Filters include each matched section's subsections.

Tagging rule (``tag``; see ``for_tagging``): a paper goes into the section whose
whole path (or alias) is the name given. A name that is no section yet is
created, unless it looks like a slip for an existing one (``close_to``): then it
is refused with "did you mean", and ``--new`` creates it all the same.
"""

from __future__ import annotations

import difflib
import sqlite3
from functools import lru_cache

from ..errors import InvalidValue, NearSection, UnknownSection
from ..models import Section
from ..text import edit_distance


@lru_cache(maxsize=4096)
def normalize_path(text: str) -> str:
    """``" LLM / In-Context Learning/ "`` -> ``"LLM/In-Context Learning"``. (Remembered:
    a bulk import asks it about the same few paths for every paper.)"""
    parts = [" ".join(part.split()) for part in text.split("/")]
    path = "/".join(part for part in parts if part)
    if not path:
        raise InvalidValue(f"empty section name {text!r}")
    return path


def key_of(path: str) -> str:
    return normalize_path(path).casefold()


def _ancestors(path: str) -> list[str]:
    parts = path.split("/")
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


class Cache:
    """What bulk writes would otherwise look up again and again: section ids by key,
    and the last position in each section. Valid within one write transaction only
    (``Library.transaction`` clears it at the start of each one and after a
    rollback): between transactions, another process may have changed the sections.
    (A plain class: a dataclass compiles its methods at every start of every command.)
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.last_position: dict[int, int] = {}

    def clear(self) -> None:
        self.ids.clear()
        self.last_position.clear()


def ensure(conn: sqlite3.Connection, path: str, cache: Cache | None = None) -> int:
    """The id of section *path*, creating it and its missing ancestors at the end."""
    path = normalize_path(path)
    if cache is not None and path.casefold() in cache.ids:
        return cache.ids[path.casefold()]
    section_id = None
    for prefix in _ancestors(path):
        key = prefix.casefold()
        if cache is not None and key in cache.ids:  # (an import's sections share their ancestors)
            section_id = cache.ids[key]
            continue
        row = conn.execute("SELECT id FROM sections WHERE key = ?", [key]).fetchone()
        if row:
            section_id = row[0]
        else:
            position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM sections").fetchone()[0]
            section_id = conn.execute(
                "INSERT INTO sections (path, key, position) VALUES (?, ?, ?)", [prefix, key, position]).lastrowid
        if cache is not None:
            cache.ids[key] = section_id
    assert section_id is not None
    return section_id


def _all(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    return conn.execute("SELECT id, path, key FROM sections ORDER BY position").fetchall()


def match(conn: sqlite3.Connection, name: str) -> list[tuple[int, str]]:
    """Sections that *name* designates (alias, whole path or trailing part)."""
    key = key_of(name)
    alias = conn.execute(
        "SELECT s.id, s.path FROM section_aliases a JOIN sections s ON s.id = a.section_id"
        " WHERE a.key = ?",
        [key],
    ).fetchone()
    if alias:
        return [(alias[0], alias[1])]
    found = [(sid, path) for sid, path, skey in _all(conn) if skey == key or skey.endswith("/" + key)]
    if not found:
        raise UnknownSection(name, suggest(conn, name))
    return found


def match_one(conn: sqlite3.Connection, name: str) -> tuple[int, str]:
    """The single section *name* designates; an exact path wins over trailing parts."""
    found = match(conn, name)
    if len(found) == 1:
        return found[0]
    exact = [(sid, path) for sid, path in found if path.casefold() == key_of(name)]
    if len(exact) == 1:
        return exact[0]
    raise InvalidValue(
        f"section name {name!r} is ambiguous: " + ", ".join(path for _, path in found)
    )


def suggest(conn: sqlite3.Connection, name: str) -> list[str]:
    paths = {path.casefold(): path for _, path, _ in _all(conn)}
    names = {path.rsplit("/", 1)[-1].casefold(): path for path in paths.values()}
    close = difflib.get_close_matches(name.casefold(), list(paths) + list(names), n=3, cutoff=0.6)
    return list(dict.fromkeys(paths.get(c) or names[c] for c in close))


def with_subsections(conn: sqlite3.Connection, section_ids: list[int]) -> list[int]:
    """*section_ids* plus the ids of all their descendants."""
    keys = [row[0] for row in conn.execute(
        f"SELECT key FROM sections WHERE id IN ({','.join('?' * len(section_ids))})", section_ids
    )]
    result = set(section_ids)
    for sid, _, skey in _all(conn):
        if any(skey.startswith(k + "/") for k in keys):
            result.add(sid)
    return sorted(result)


def filter_ids(conn: sqlite3.Connection, names: list[str]) -> list[int]:
    """Section ids for ``--tag`` filters: every match of every name, with subsections."""
    ids: list[int] = []
    for name in names:
        ids.extend(sid for sid, _ in match(conn, name))
    return with_subsections(conn, ids)


def add_paper(conn: sqlite3.Connection, paper_id: int, path: str, cache: Cache | None = None) -> bool:
    """Put a paper at the end of section *path*; False if it was already there."""
    section_id = ensure(conn, path, cache)
    # Two plain statements, not INSERT ... SELECT: a statement that reads the table it
    # writes needs a statement journal, which made 100k-paper imports several seconds slower.
    # In bulk, the cache knows the section's last position (166k lookups at 100k papers).
    last = cache.last_position.get(section_id) if cache is not None else None
    if last is None:
        last = conn.execute(
            "SELECT coalesce(max(position), 0) FROM paper_sections WHERE section_id = ?", [section_id]
        ).fetchone()[0]
    cursor = conn.execute(
        "INSERT OR IGNORE INTO paper_sections (section_id, paper_id, position) VALUES (?, ?, ?)",
        [section_id, paper_id, last + 1],
    )
    added = cursor.rowcount > 0
    if cache is not None:
        cache.last_position[section_id] = last + 1 if added else last
    return added


def new_paper_rows(
    conn: sqlite3.Connection, paper_id: int, paths: list[str], cache: Cache
) -> list[tuple[int, int, int]]:
    """``add_paper`` for each of *paths*, for a paper in no section yet, as rows for
    one ``executemany`` (a bulk import's batch; the cache keeps the positions given)."""
    rows = []
    seen: set[int] = set()
    for path in paths:
        section_id = ensure(conn, path, cache)
        if section_id in seen:
            continue  # (INSERT OR IGNORE: the paper is there already)
        seen.add(section_id)
        last = cache.last_position.get(section_id)
        if last is None:
            last = conn.execute(
                "SELECT coalesce(max(position), 0) FROM paper_sections WHERE section_id = ?", [section_id]
            ).fetchone()[0]
        rows.append((section_id, paper_id, last + 1))
        cache.last_position[section_id] = last + 1
    return rows


def remove_paper(conn: sqlite3.Connection, paper_id: int, name: str) -> list[str]:
    """Take a paper out of the sections *name* matches; their paths, or raise."""
    matched = match(conn, name)
    removed = []
    for section_id, path in matched:
        cursor = conn.execute(
            "DELETE FROM paper_sections WHERE section_id = ? AND paper_id = ?", [section_id, paper_id]
        )
        if cursor.rowcount:
            removed.append(path)
    if not removed:
        raise InvalidValue(f"the paper is not in section {name!r}")
    return removed


def paths_of(conn: sqlite3.Connection, paper_id: int) -> list[str]:
    rows = conn.execute(
        "SELECT s.path FROM paper_sections ps JOIN sections s ON s.id = ps.section_id"
        " WHERE ps.paper_id = ? ORDER BY s.position",
        [paper_id],
    )
    return [row[0] for row in rows]


def tree(conn: sqlite3.Connection) -> list[Section]:
    """Every section, depth-first in the user's order, with paper counts."""
    rows = _all(conn)
    direct = dict(conn.execute("SELECT section_id, count(*) FROM paper_sections GROUP BY section_id"))
    aliases: dict[int, list[str]] = {}
    for alias, sid in conn.execute("SELECT alias, section_id FROM section_aliases ORDER BY alias"):
        aliases.setdefault(sid, []).append(alias)
    # Papers in each section's subtree, each counted once, counted by SQLite: loading
    # every (section, paper) pair into Python sets took twice as long at 100k papers.
    totals = dict(conn.execute(
        "SELECT s.id, (SELECT count(DISTINCT ps.paper_id) FROM paper_sections ps JOIN sections d"
        " ON d.id = ps.section_id WHERE d.key = s.key OR (d.key >= s.key || '/' AND d.key < s.key || '0'))"
        " FROM sections s"
    ))
    position = {key: i for i, (_, _, key) in enumerate(rows)}

    def order(row: tuple[int, str, str]) -> list[int]:
        # Sort by the positions of the section's ancestors, then its own.
        return [position.get(prefix.casefold(), 0) for prefix in _ancestors(row[1])]

    result = []
    for sid, path, _ in sorted(rows, key=order):
        result.append(Section(path, path.count("/"), direct.get(sid, 0), totals[sid], aliases.get(sid, [])))
    return result


def rename(conn: sqlite3.Connection, old: str, new: str) -> int:
    """Move section *old* (and its subsections) to *new*, merging into existing ones.

    Returns the number of sections moved or merged.
    """
    old_id, old_path = match_one(conn, old)
    new_path = normalize_path(new)
    old_key, new_key = old_path.casefold(), new_path.casefold()
    if new_key.startswith(old_key + "/"):
        raise InvalidValue(f"cannot move section {old_path!r} into its own subsection {new_path!r}")
    moving = [
        (sid, path) for sid, path, key in _all(conn) if key == old_key or key.startswith(old_key + "/")
    ]
    for sid, path in moving:
        target_path = new_path + path[len(old_path):]
        target = conn.execute("SELECT id FROM sections WHERE key = ?", [target_path.casefold()]).fetchone()
        if target and target[0] != sid:
            _merge_into(conn, sid, target[0])
        else:
            conn.execute(
                "UPDATE sections SET path = ?, key = ? WHERE id = ?",
                [target_path, target_path.casefold(), sid],
            )
    # Ancestors of the new place must exist for the tree to show it.
    ensure(conn, new_path)
    return len(moving)


def _merge_into(conn: sqlite3.Connection, source: int, target: int) -> None:
    """Append the source's papers (in order) to the target, then drop the source."""
    conn.execute(
        """
        INSERT OR IGNORE INTO paper_sections (section_id, paper_id, position)
        SELECT ?, paper_id,
               (SELECT coalesce(max(position), 0) FROM paper_sections WHERE section_id = ?)
               + row_number() OVER (ORDER BY position)
        FROM paper_sections WHERE section_id = ?
          AND paper_id NOT IN (SELECT paper_id FROM paper_sections WHERE section_id = ?)
        """,
        [target, target, source, target],
    )
    conn.execute("UPDATE section_aliases SET section_id = ? WHERE section_id = ?", [target, source])
    conn.execute("DELETE FROM sections WHERE id = ?", [source])


def set_alias(conn: sqlite3.Connection, section: str, alias: str) -> str:
    """Make *alias* name *section*; returns the section's path."""
    section_id, path = match_one(conn, section)
    alias = " ".join(alias.split())
    if not alias or "/" in alias:
        raise InvalidValue(f"an alias is a single name without '/': {alias!r}")
    conn.execute(
        "INSERT INTO section_aliases (key, alias, section_id) VALUES (?, ?, ?)"
        " ON CONFLICT(key) DO UPDATE SET alias = excluded.alias, section_id = excluded.section_id",
        [alias.casefold(), alias, section_id],
    )
    return path


def remove_alias(conn: sqlite3.Connection, alias: str) -> None:
    if not conn.execute("DELETE FROM section_aliases WHERE key = ?", [key_of(alias)]).rowcount:
        raise UnknownSection(alias)


# -- a new section or a slip? ------------------------------------------------------------------


def _slip_allowance(name: str) -> int:
    """How many edits a name may be from an existing one and still be taken for a slip:
    one in a short name ("RAG"/"RAGs"), two in a word ("Efficency"), three in a phrase."""
    return 1 if len(name) <= 5 else 2 if len(name) <= 12 else 3


def close_to(conn: sqlite3.Connection, name: str) -> list[str]:
    """Existing sections that a new section *name* is probably a slip for.

    Close means, case-insensitively: a few edits away (``_slip_allowance``), as a
    whole path, or (for a name without ``/``) as the last part of a path
    (``Effciency`` -> ``LLM/Efficiency``); the trailing part of a path, which
    ``--tag`` filters accept (``Efficiency`` -> ``LLM/Efficiency``); or an alias a
    few edits away. Names under another parent are not compared leaf to leaf
    (``MLLM/Efficiency`` beside ``LLM/Efficiency`` is compared as a whole path).
    """
    key = key_of(name)
    allowance = _slip_allowance(key)
    leaf_only = "/" not in key
    found: list[str] = []
    for _, path, skey in _all(conn):
        leaf = skey.rsplit("/", 1)[-1]
        if (skey.endswith("/" + key) or edit_distance(key, skey) <= allowance
                or (leaf_only and edit_distance(key, leaf) <= allowance)):
            found.append(path)
    for alias, path in conn.execute(
        "SELECT a.key, s.path FROM section_aliases a JOIN sections s ON s.id = a.section_id ORDER BY a.key"
    ):
        if edit_distance(key, alias) <= _slip_allowance(alias) and path not in found:
            found.append(path)
    return found


def existing(conn: sqlite3.Connection, name: str) -> str | None:
    """The path of the section *name* is the whole path (any case) or alias of, if any."""
    key = key_of(name)
    row = conn.execute("SELECT path FROM sections WHERE key = ?", [key]).fetchone() or conn.execute(
        "SELECT s.path FROM section_aliases a JOIN sections s ON s.id = a.section_id WHERE a.key = ?", [key]
    ).fetchone()
    return row[0] if row else None


def for_tagging(conn: sqlite3.Connection, name: str, new: bool = False) -> tuple[str, bool]:
    """The path to tag a paper with for *name*, and whether that section is new.

    An existing section's path or alias names it (in its stored spelling). Another
    name is a new section, refused when it is close to an existing one (see
    ``close_to``) unless *new*.
    """
    path = existing(conn, name)
    if path is not None:
        return path, False
    path = normalize_path(name)
    if not new:
        close = close_to(conn, path)
        if close:
            raise NearSection(path, close)
    return path, True


def delete(conn: sqlite3.Connection, name: str, force: bool = False) -> tuple[list[str], int]:
    """Delete section *name* and its subsections: the paths deleted, and how many papers
    were taken out of them (the papers stay in the library).

    A section holding papers is deleted only with *force*: untagging many papers by
    mistake is what this guards against.
    """
    section_id, path = match_one(conn, name)
    key = path.casefold()
    doomed = [(sid, spath) for sid, spath, skey in _all(conn) if skey == key or skey.startswith(key + "/")]
    ids = [sid for sid, _ in doomed]
    marks = ",".join("?" * len(ids))
    papers = conn.execute(
        f"SELECT count(DISTINCT paper_id) FROM paper_sections WHERE section_id IN ({marks})", ids
    ).fetchone()[0]
    if papers and not force:
        raise InvalidValue(
            f"section {path!r} holds {papers} paper(s)"
            + (f" (with its {len(ids) - 1} subsection(s))" if len(ids) > 1 else "")
            + "; add --force to delete it and take them out of it (the papers stay in the library)"
        )
    conn.execute(f"DELETE FROM sections WHERE id IN ({marks})", ids)
    return [spath for _, spath in doomed], papers


def written_headings(conn: sqlite3.Connection) -> set[int]:
    """Ids of the sections whose heading the user wrote in an imported Markdown list
    (the layouts ``store/layouts.py`` keeps). An empty one is a placeholder the user
    keeps in their list ("## Agent" with nothing under it yet); any other empty section
    is left over from paperctl's own work (a mistyped tag undone, papers moved away)."""
    return {row[0] for row in conn.execute("SELECT DISTINCT section_id FROM md_sections WHERE section_id IS NOT NULL")}


# -- hand-made order -------------------------------------------------------------------------


def members(conn: sqlite3.Connection, section_id: int) -> list[int]:
    """The ids of the papers directly in a section, in its order."""
    return [row[0] for row in conn.execute(
        "SELECT paper_id FROM paper_sections WHERE section_id = ? ORDER BY position, paper_id", [section_id]
    )]


def reorder(conn: sqlite3.Connection, section_id: int, paper_ids: list[int]) -> None:
    """Give the papers of a section the positions 1, 2, ... in the order of *paper_ids*."""
    conn.executemany(
        "UPDATE paper_sections SET position = ? WHERE section_id = ? AND paper_id = ?",
        [(n, section_id, pid) for n, pid in enumerate(paper_ids, 1)],
    )
