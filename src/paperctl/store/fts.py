"""Full-text search: what goes into the FTS5 index and how queries are read.

SQLite's ``unicode61`` tokenizer splits on spaces, but Chinese and Japanese
have none, so a whole clause would be one token and ``验证`` could never match
``大模型并行验证``. Before indexing, every CJK character is therefore set apart
by spaces (each becomes a token), and a CJK word in a query becomes a phrase of
its characters, which matches them only when adjacent and in order. English
words keep ``porter`` stemming, prefixes (``spec*``) and quoted phrases.

The index is written from Python (no triggers) because of that segmentation;
``reindex`` is called by every write, inside the write's transaction.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from ..bibfields import MIRRORED, NOT_TEXT
from ..errors import InvalidValue
from ..lazy import pattern

FTS_COLUMNS = ("title", "authors", "abstract", "summary", "notes", "fields")
# bm25 weights, in FTS_COLUMNS order: a hit in the title or the user's own
# summary says more than one in a long abstract. ``fields`` is the text of the
# bibliographic fields (journal, publisher, note...: see ``bibfields.searchable``).
WEIGHTS = (10.0, 4.0, 1.0, 6.0, 3.0, 2.0)
CREATE_SQL = (
    "CREATE VIRTUAL TABLE papers_fts USING fts5("
    + ", ".join(FTS_COLUMNS)
    + ", tokenize = 'porter unicode61 remove_diacritics 2')"
)

_CJK = (
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf"  # CJK Extension A
    "\u4e00-\u9fff"  # CJK Unified Ideographs
    "\uf900-\ufaff"  # CJK Compatibility Ideographs
    "\uac00-\ud7af"  # Hangul syllables
)
# Characters next to which the spaces ``segment`` added are dropped for display:
# CJK, CJK and full-width punctuation, and the highlight markers.
_TIGHT = _CJK + "\u3000-\u303f\uff00-\uffef\x02\x03"
_QUERY_TOKEN = pattern(r'"[^"]*"?|\S+')
# These character classes cost ~10 ms to compile, paid only by text that holds CJK.
_CJK_CHAR = pattern(f"([{_CJK}])")
_CJK_GAP = pattern(f"(?<=[{_TIGHT}]) +(?=[{_CJK}])|(?<=[{_CJK}]) +(?=[{_TIGHT}])")
_OPERATORS = {"OR", "AND", "NOT"}
_NOT_SEARCHED = json.dumps(sorted(NOT_TEXT | set(MIRRORED)))  # fields whose value is not searched as text
HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"


def _may_hold_cjk(text: str) -> bool:
    """False when every character lies below Hiragana (U+3040), the first CJK range."""
    return not text.isascii() and max(text) >= "\u3040"


def segment(text: str | None) -> str:
    """Text as indexed: each CJK character surrounded by spaces."""
    if not text:
        return ""
    if not _may_hold_cjk(text):
        return text  # most text: no need to compile the CJK pattern (~10 ms) at all
    # What sub(r" \1 ", text) gives: the pieces split() returns alternate between the
    # text around and each character, so joining them with spaces sets every character
    # apart. Without the template expanded once per character, in Python: a third of
    # the indexing's Python time for the CJK summaries of a 100k-paper import.
    return " ".join(_CJK_CHAR.split(text))


def unsegment(text: str) -> str:
    """Undo ``segment`` well enough for display of snippets."""
    if not _may_hold_cjk(text):
        return re.sub(r" {2,}", " ", text).strip()
    return _CJK_GAP.sub("", re.sub(r" {2,}", " ", text)).strip()


def _phrase(term: str) -> str:
    """An FTS5 string for *term*; empty when it holds no searchable character."""
    if not re.search(r"\w", term):
        return ""
    words = segment(term).split()
    return '"' + " ".join(words).replace('"', '""') + '"' if words else ""


# Bounds on what one search may ask of the index: a prefix term (``a*``) expands to
# every indexed word it starts, so 256 of them ran for over a minute and 30,000 took
# 13.5 GB. Real searches use a handful of words.
MAX_TERMS = 64
MAX_PREFIX_TERMS = 8
MIN_PREFIX = 2  # characters before a ``*`` (one CJK character is a whole word and may stand alone)


def build_query(user_query: str) -> str:
    """Translate what a user types into a safe FTS5 MATCH expression.

    Every word or quoted phrase becomes an FTS5 string (so punctuation such as
    ``LLM-as-a-judge`` cannot cause a syntax error); a trailing ``*`` keeps
    prefix search; ``OR`` / ``NOT`` / ``AND`` in capitals stay operators, and
    ``a AND NOT b`` is FTS5's ``a NOT b``. An operator whose meaning cannot be
    kept (``NOT b`` alone, ``a OR NOT b``, ``a NOT``) is an error, never
    silently dropped, and so are queries past the bounds above.
    """
    parts: list[str] = []
    prefixes = 0
    for token in _QUERY_TOKEN.findall(user_query):
        if token in _OPERATORS:
            _add_operator(parts, token, user_query)
            continue
        prefix = token.endswith("*") and not token.startswith('"')
        body = token.strip('"').rstrip("*") if not token.startswith('"') else token.strip('"')
        phrase = _phrase(body)
        if not phrase:
            continue
        if prefix:
            prefixes += 1
            if len(body.strip()) < MIN_PREFIX and not _may_hold_cjk(body):
                raise InvalidValue(f"search prefix {token!r} is too short: give at least {MIN_PREFIX} characters"
                                   " before the *")
        parts.append(phrase + ("*" if prefix else ""))
    terms = [p for p in parts if p not in _OPERATORS]
    if not terms:
        raise InvalidValue(f"nothing to search for in {user_query!r}")
    if parts[0] == "NOT" or parts[-1] == "NOT":
        raise InvalidValue("NOT needs a term on each side: search 'a NOT b' (papers with a but not b)")
    while parts[-1] in _OPERATORS:
        parts.pop()
    if len(terms) > MAX_TERMS:
        raise InvalidValue(f"a search may have at most {MAX_TERMS} terms; this one has {len(terms)}")
    if prefixes > MAX_PREFIX_TERMS:
        raise InvalidValue(f"a search may have at most {MAX_PREFIX_TERMS} prefix terms (ending in *);"
                           f" this one has {prefixes}")
    return " ".join(parts)


def _add_operator(parts: list[str], operator: str, user_query: str) -> None:
    """Append *operator* to *parts*, or refuse a pair whose meaning FTS5 cannot keep."""
    if not parts:
        if operator == "NOT":
            parts.append(operator)  # refused once the query is read: NOT needs a term before it
        return  # a leading OR / AND means nothing and changes nothing
    last = parts[-1]
    if last not in _OPERATORS:
        parts.append(operator)
    elif (last, operator) == ("AND", "NOT"):
        parts[-1] = "NOT"  # FTS5's NOT is binary: "a NOT b" is "a AND NOT b"
    elif last == operator and operator != "NOT":
        return  # "a OR OR b": the same operator twice
    else:
        raise InvalidValue(f"'{last} {operator}' cannot be searched: write 'a OR b', 'a NOT b' or 'a b'"
                           f" (in {user_query!r})")


def index_rows(conn: sqlite3.Connection, ids: list[int]) -> list[tuple]:
    """(rowid, *columns) as they belong in the index, for papers *ids* (at most ~1000)."""
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"""
        SELECT p.id, p.title,
          (SELECT group_concat(name, ', ') FROM
             (SELECT name FROM authors a WHERE a.paper_id = p.id ORDER BY position)),
          p.abstract, p.summary,
          (SELECT group_concat(text, char(10)) FROM
             (SELECT text FROM notes n WHERE n.paper_id = p.id ORDER BY id)),
          (SELECT group_concat(f.value ->> 1, char(10)) FROM bib_fields b, json_each(b.fields) f
             WHERE b.paper_id = p.id AND f.value ->> 1 IS NOT NULL
               AND f.value ->> 0 NOT IN (SELECT value FROM json_each(?)))
        FROM papers p WHERE p.id IN ({marks})
        """,
        [_NOT_SEARCHED, *ids],
    ).fetchall()
    return [(row[0], *(segment(v) for v in row[1:])) for row in rows]


def reindex(conn: sqlite3.Connection, paper_ids: Iterable[int]) -> None:
    """Rewrite the index rows of *paper_ids* from the tables (deleted papers drop out)."""
    ids = sorted(set(paper_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM papers_fts WHERE rowid IN ({marks})", chunk)
        _insert(conn, chunk)


def index_new(conn: sqlite3.Connection, paper_ids: Iterable[int]) -> None:
    """Index papers that have no index rows yet (just inserted).

    Skipping ``reindex``'s delete matters in bulk: an FTS5 delete flushes the
    terms pending in memory, and a 100k import paid ~4 s for deletes of rows
    that did not exist.
    """
    ids = sorted(set(paper_ids))
    with _buffer(conn, _LARGE_BUFFER if len(ids) >= _MANY else None):
        for start in range(0, len(ids), 500):
            _insert(conn, ids[start : start + 500])


# From this many papers, FTS5 gathers their terms in a larger buffer before it writes
# them out (``hashsize``, 1 MiB by default): fewer, larger segments, merged less often.
# For 100k papers, 4.7-4.9 s of indexing became 3.2-3.4 s (bench/fts_buffer.py); the
# buffer is memory only while the transaction lasts, and searches are as fast after.
_MANY = 2000
_LARGE_BUFFER = 64 << 20
_DEFAULT_BUFFER = 1 << 20


@contextmanager
def _buffer(conn: sqlite3.Connection, size: int | None) -> Iterator[None]:
    """FTS5's buffer of pending terms at *size* bytes (None: as it is) for the block,
    then back to what it was (FTS5's default when it was never set)."""
    if size is None:
        yield
        return
    row = conn.execute("SELECT v FROM papers_fts_config WHERE k = 'hashsize'").fetchone()
    conn.execute("INSERT INTO papers_fts(papers_fts, rank) VALUES ('hashsize', ?)", [size])
    try:
        yield
    finally:
        conn.execute("INSERT INTO papers_fts(papers_fts, rank) VALUES ('hashsize', ?)",
                     [row[0] if row else _DEFAULT_BUFFER])


def _insert(conn: sqlite3.Connection, ids: list[int]) -> None:
    conn.executemany(
        "INSERT INTO papers_fts(rowid, title, authors, abstract, summary, notes, fields)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        index_rows(conn, ids),
    )


def rebuild(conn: sqlite3.Connection) -> None:
    """Rebuild the whole index from the tables (``check --repair``, migrations)."""
    conn.execute("DELETE FROM papers_fts")
    index_new(conn, [row[0] for row in conn.execute("SELECT id FROM papers")])
