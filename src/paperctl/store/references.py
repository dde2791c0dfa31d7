"""How users name papers: numeric id, arXiv ID in any form, DOI, citation key,
URL, or a unique piece of the title; and the "did you mean" for names that
match nothing."""

from __future__ import annotations

import difflib
import json
import sqlite3
from typing import Any

from ..errors import AmbiguousPaper, PaperctlError, UnknownPaper
from ..identifiers import is_url, try_normalize_doi, try_parse_arxiv_id
from ..text import edit_distance, title_key
from . import fts


def resolve(conn: sqlite3.Connection, ref: str) -> int:
    """The id of the paper *ref* names: numeric id, arXiv ID (any form), DOI,
    citation key or one of its aliases (whatever the case), URL, or a unique piece
    of its title."""
    ref = ref.strip()
    if not ref:
        raise UnknownPaper(ref)
    if ref.isdigit():
        return _one(conn, "SELECT id FROM papers WHERE id = ?", int(ref), ref)
    arxiv = try_parse_arxiv_id(ref)
    if arxiv:
        return _one(conn, "SELECT id FROM papers WHERE arxiv_id = ?", arxiv.base, ref, or_key=True)
    doi = try_normalize_doi(ref)
    if doi:
        return _one(conn, "SELECT id FROM papers WHERE doi = ?", doi, ref, or_key=True)
    pid = by_key(conn, ref)
    if pid is not None:
        return pid
    if is_url(ref):
        return _one(conn,
            "SELECT id FROM papers WHERE url = ?1 UNION SELECT paper_id FROM links WHERE url = ?1",
            ref, ref,
        )
    return _by_title(conn, ref)

def names_a_paper(conn: sqlite3.Connection, name: str) -> str | None:
    """The citation key of the paper *name* is the key, arXiv ID or DOI of, if any
    (a paper given where a section was expected). Titles and numeric ids are not
    looked at: a section may well be called "2023" or "Agents"."""
    name = name.strip()
    try:
        arxiv = try_parse_arxiv_id(name)
    except PaperctlError:
        arxiv = None
    doi = try_normalize_doi(name)
    row = conn.execute(
        "SELECT citekey FROM papers WHERE citekey = ? COLLATE NOCASE OR arxiv_id = ? OR doi = ?",
        [name, arxiv.base if arxiv else None, doi],
    ).fetchone()
    return row[0] if row else None


def by_key(conn: sqlite3.Connection, ref: str) -> int | None:
    """The paper whose citation key is *ref*, else the one with *ref* as an alias
    (keys and aliases ignore case, as bibtex does)."""
    row = conn.execute("SELECT id FROM papers WHERE citekey = ? COLLATE NOCASE", [ref]).fetchone()
    if row:
        return row[0]
    ids = [r[0] for r in conn.execute(
        "SELECT DISTINCT paper_id FROM aliases WHERE alias = ? COLLATE NOCASE", [ref]
    )]
    if len(ids) > 1:
        raise AmbiguousPaper(ref, _citekeys(conn, ids))
    return ids[0] if ids else None


def _one(conn: sqlite3.Connection, sql: str, value: Any, ref: str, or_key: bool = False) -> int:
    ids = [row[0] for row in conn.execute(sql, [value])]
    if len(ids) == 1:
        return ids[0]
    if ids:
        raise AmbiguousPaper(ref, _citekeys(conn, ids))
    if or_key:  # a citation key shaped like an arXiv ID or a DOI
        pid = by_key(conn, ref)
        if pid is not None:
            return pid
    raise UnknownPaper(ref, suggest(conn, ref))

def _by_title(conn: sqlite3.Connection, ref: str) -> int:
    key = title_key(ref)
    ids = [r[0] for r in conn.execute("SELECT id FROM papers WHERE title_key = ?", [key])]
    if not ids and len(key) >= 4:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM papers WHERE instr(title_key, ?) > 0 LIMIT 6", [key]
        )]
    if len(ids) == 1:
        return ids[0]
    if ids:
        raise AmbiguousPaper(ref, _citekeys(conn, ids))
    raise UnknownPaper(ref, suggest(conn, ref))

def _citekeys(conn: sqlite3.Connection, ids: list[int]) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT citekey FROM papers WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
        [json.dumps(ids)],
    )]

def suggest(conn: sqlite3.Connection, ref: str) -> list[str]:
    """Close papers, for 'did you mean' in errors: a key a few letters off shows as the
    key; a paper found by its title (mistyped, or only its first words) or by an arXiv
    ID a digit or two off shows as ``key (title)``, so that the user sees which it is.

    A small library is compared whole. In a large one, comparing 100k keys and
    titles took half a second for every mistyped name, so the candidates are
    narrowed first: keys that share the name's first letters, and titles that
    share a word with it (the full-text index).
    """
    try:
        arxiv = try_parse_arxiv_id(ref)
    except PaperctlError:
        arxiv = None
    if arxiv is not None:
        return _close_arxiv_ids(conn, arxiv.base)
    if _paper_count(conn) <= WHOLE_LIBRARY_MAX:
        rows = conn.execute("SELECT citekey, title_key FROM papers").fetchall()
    else:
        rows = _candidates(conn, ref)
    keys = difflib.get_close_matches(ref.strip().lower(), {ck for ck, _ in rows}, n=3, cutoff=0.7)
    by_title = {tk: ck for ck, tk in rows}
    titled = [by_title[tk] for tk in _close_titles(title_key(ref), list(by_title)) if by_title[tk] not in keys]
    return keys + _with_titles(conn, titled)[: 3 - len(keys)]


def _close_titles(typed: str, titles: list[str], n: int = 3) -> list[str]:
    """The title keys *typed* is most like: as a whole (a typo, a word changed) or as
    their beginning ("direct preference optimisation" for DPO's long title)."""
    if not typed:
        return []
    words = len(typed.split())
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(typed)
    scored = []
    for title in titles:
        start = " ".join(title.split()[:words])
        best = 0.0
        for candidate, cutoff in ((title, 0.6), (start, 0.8)):
            matcher.set_seq1(candidate)
            if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
                ratio = matcher.ratio()
                if ratio >= cutoff:
                    best = max(best, ratio)
        if best:
            scored.append((best, title))
    return [title for _, title in sorted(scored, key=lambda st: (-st[0], st[1]))[:n]]


def _close_arxiv_ids(conn: sqlite3.Connection, typed: str) -> list[str]:
    """Papers whose arXiv ID is one or two keystrokes from *typed* (a digit wrong, two
    swapped): those of the same month, and those ending alike (the month mistyped)."""
    month, _, number = typed.rpartition(".") if "." in typed else typed.rpartition("/")
    rows = conn.execute(
        "SELECT id, arxiv_id FROM papers WHERE arxiv_id >= ? AND arxiv_id < ?"
        " UNION SELECT id, arxiv_id FROM papers WHERE arxiv_id LIKE ? ESCAPE '\\' LIMIT 5000",
        [month, month + "\U0010ffff", "%" + number.replace("_", "\\_").replace("%", "\\%")],
    ).fetchall()
    close = sorted((edit_distance(typed, arxiv_id), arxiv_id, pid) for pid, arxiv_id in rows)
    return _with_titles(conn, [pid for d, _, pid in close if d <= 2][:3])


def _with_titles(conn: sqlite3.Connection, refs: list) -> list[str]:
    """``key (title)`` for each paper in *refs* (citation keys or ids), in that order."""
    column = "id" if refs and isinstance(refs[0], int) else "citekey"
    titles = dict(conn.execute(
        f"SELECT {column}, citekey || ' (' || title || ')' FROM papers"
        f" WHERE {column} IN (SELECT value FROM json_each(?))", [json.dumps(refs)]
    ))
    return [titles[r] for r in refs if r in titles]


# Up to this many papers, a mistyped name is compared with every key and title (~25 ms).
WHOLE_LIBRARY_MAX = 5000


def _paper_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM papers").fetchone()[0]


def _candidates(conn: sqlite3.Connection, ref: str) -> list[tuple[str, str]]:
    """(citekey, title_key) of the papers a mistyped *ref* may mean, in a large library."""
    prefix = ref.strip().lower()[:3]
    rows = conn.execute(
        "SELECT citekey, title_key FROM papers WHERE citekey >= ? AND citekey < ? LIMIT 5000",
        [prefix, prefix + "\U0010ffff"],
    ).fetchall()
    words = [w for w in title_key(ref).split() if len(w) > 2]
    if words:
        match = "title : (" + " OR ".join(fts.build_query(w) for w in words[:12]) + ")"
        try:
            rows += conn.execute(
                "SELECT p.citekey, p.title_key FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid"
                " WHERE papers_fts MATCH ? ORDER BY rank LIMIT 200", [match],
            ).fetchall()
        except (sqlite3.OperationalError, PaperctlError):
            pass  # nothing searchable in the name: the keys alone
    return rows


def starting_with(conn: sqlite3.Connection, prefix: str, limit: int = 100) -> list[tuple[str, str]]:
    """(name, title) of papers a PAPER argument starting with *prefix* may mean, for
    completion on TAB: citation keys and their aliases (any case, as keys are matched),
    and arXiv IDs when *prefix* starts with a digit. Index range scans, quick at 100k."""
    prefix = prefix.strip()
    end = prefix + "\U0010ffff"
    rows = conn.execute(
        "SELECT citekey, title FROM papers WHERE citekey >= ? COLLATE NOCASE AND citekey < ? COLLATE NOCASE"
        " ORDER BY citekey COLLATE NOCASE LIMIT ?",
        [prefix, end, limit],
    ).fetchall()
    rows += conn.execute(
        "SELECT a.alias, p.title FROM aliases a JOIN papers p ON p.id = a.paper_id"
        " WHERE a.alias >= ? COLLATE NOCASE AND a.alias < ? COLLATE NOCASE ORDER BY a.alias COLLATE NOCASE LIMIT ?",
        [prefix, end, limit],
    ).fetchall()
    if prefix[:1].isdigit():
        rows += conn.execute(
            "SELECT arxiv_id, title FROM papers WHERE arxiv_id >= ? AND arxiv_id < ? ORDER BY arxiv_id LIMIT ?",
            [prefix, end, limit],
        ).fetchall()
    return list(dict.fromkeys(rows))
