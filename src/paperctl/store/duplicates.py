"""Papers that may be one work (``paperctl duplicates``), and merging two into one
(``paperctl merge``).

Look-alikes are found the way an import recognises a paper (``paper_fields.same_work``
decides): the same arXiv ID or DOI, one held by a paper and the other written in
another paper's own fields (a file's second entry for one work, kept apart under
its own key); or the same normalised title, when the years are at most one apart
and the first authors agree. Papers that share a title but not the rest (a
journal's "Editorial" year after year) are different works and are not listed.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from .. import paper_fields
from ..errors import InvalidValue
from ..identifiers import try_normalize_doi, try_parse_arxiv_id
from ..models import BibField
from . import bibrecord, records, sections


@dataclass(frozen=True)
class Pair:
    first: int  # the older paper (smaller id)
    second: int
    why: str


def pairs(conn: sqlite3.Connection) -> list[Pair]:
    """Every pair of papers that may be one work, with why, oldest first."""
    found: dict[tuple[int, int], str] = {}
    for a, b, why in _same_identifier(conn) + _same_title(conn):
        key = (min(a, b), max(a, b))
        found.setdefault(key, why)
    return [Pair(a, b, why) for (a, b), why in sorted(found.items())]


def _same_identifier(conn: sqlite3.Connection) -> list[tuple[int, int, str]]:
    """A paper whose own fields name an arXiv ID or DOI that another paper holds."""
    out = []
    for pid, text in conn.execute("SELECT paper_id, fields FROM bib_fields"):
        for name, value, _ in json.loads(text):
            if value is None or name not in ("eprint", "doi", "arxiv", "arxivid"):
                continue
            if name == "doi":
                doi = try_normalize_doi(value)
                row = conn.execute("SELECT id FROM papers WHERE doi = ? AND id != ?", [doi, pid]).fetchone() \
                    if doi else None
                why = f"same DOI {doi}"
            else:
                arxiv = _arxiv(value)
                row = conn.execute("SELECT id FROM papers WHERE arxiv_id = ? AND id != ?",
                                   [arxiv, pid]).fetchone() if arxiv else None
                why = f"same arXiv ID {arxiv}"
            if row:
                out.append((row[0], pid, why))
    return out


def _arxiv(value: str) -> str | None:
    try:
        found = try_parse_arxiv_id(value.strip())
    except ValueError:
        return None
    return found.base if found else None


def _same_title(conn: sqlite3.Connection) -> list[tuple[int, int, str]]:
    """Papers of one normalised title that ``same_work`` would take for one paper."""
    rows = conn.execute(
        "SELECT p.id, p.arxiv_id, p.doi, p.title_key, p.year,"
        " (SELECT name FROM authors a WHERE a.paper_id = p.id ORDER BY position LIMIT 1),"
        " (SELECT fields FROM bib_fields b WHERE b.paper_id = p.id)"
        " FROM papers p WHERE p.title_key IN"
        " (SELECT title_key FROM papers WHERE title_key != '' GROUP BY title_key HAVING count(*) > 1)"
        " ORDER BY p.title_key, p.id"
    ).fetchall()
    groups: dict[str, list[tuple[int, paper_fields.Identity]]] = {}
    for pid, *facts, fields in rows:
        place = records.place_of_fields(bibrecord.decode(fields) if fields else [])
        groups.setdefault(facts[2], []).append((pid, paper_fields.Identity(*facts, place)))
    out = []
    for members in groups.values():
        for i, (a, first) in enumerate(members):
            for b, second in members[i + 1 :]:
                verdict = paper_fields.same_work(second, first, "title")
                if verdict.same:
                    out.append((a, b, _title_why(first, second)))
    return out


def _title_why(first: paper_fields.Identity, second: paper_fields.Identity) -> str:
    years = {y for y in (first.year, second.year) if y}
    return "same title" + (f", {'/'.join(str(y) for y in sorted(years))}" if years else "")


def merge(conn: sqlite3.Connection, keep: int, other: int, cache: sections.Cache) -> list[str]:
    """Merge paper *other* into *keep*: what *keep* lacks is filled from it (fields,
    metadata, summary, venue), its notes, section places and links move over, its
    citation key and aliases become *keep*'s aliases, and it is removed. Nothing of
    either is dropped: a differing summary becomes a note, a link whose name *keep*
    uses for another URL is kept under a new name. What moved, for the report."""
    if keep == other:
        raise InvalidValue("a paper cannot be merged into itself")
    moved: list[str] = []
    row = conn.execute("SELECT citekey, summary, venue, status FROM papers WHERE id = ?", [other]).fetchone()
    other_key, summary, venue, status = row
    notes = conn.execute("UPDATE notes SET paper_id = ? WHERE paper_id = ?", [keep, other]).rowcount
    if notes:
        moved.append(f"{notes} note(s)")
    places = conn.execute(
        "UPDATE paper_sections SET paper_id = ? WHERE paper_id = ? AND section_id NOT IN"
        " (SELECT section_id FROM paper_sections WHERE paper_id = ?)", [keep, other, keep]
    ).rowcount
    if places:
        moved.append(f"{places} section place(s)")
    moved += _move_links(conn, keep, other)
    if _has_table(conn, "md_entries"):  # an imported list's entry now names the merged paper
        conn.execute("UPDATE md_entries SET paper_id = ? WHERE paper_id = ?", [keep, other])
    data = _as_data(conn, other)
    aliases = [other_key] + bibrecord.read_aliases(conn, other)
    conn.execute("DELETE FROM papers WHERE id = ?", [other])  # its IDs are free for keep to take
    differing: list[str] = []
    filled = records.merge(conn, keep, data, differing)
    moved += [f for f in filled if not f.startswith("alias")]
    if differing:  # said, not silently dropped
        moved.append(f"kept {' and '.join(f.split()[0] for f in differing)} as they were"
                     f" ({other_key} had {'; '.join(differing)})")
    added = bibrecord.add_aliases(conn, keep, aliases)
    if added:
        moved.append("alias " + ", ".join(added))
    kept_summary, kept_venue, kept_status = conn.execute(
        "SELECT summary, venue, status FROM papers WHERE id = ?", [keep]).fetchone()
    changes: dict[str, str] = {}
    if summary and not kept_summary:
        changes["summary"] = summary
    elif summary and summary != kept_summary:
        records.insert_note(conn, keep, summary)
        moved.append("its summary as a note")
    if venue and not kept_venue:
        changes["venue"] = venue
    order = ("unread", "reading", "read")
    if order.index(status) > order.index(kept_status):
        changes["status"] = status
    if changes:
        records.update(conn, keep, changes)
        moved += sorted(changes)
    cache.clear()
    return moved


def _move_links(conn: sqlite3.Connection, keep: int, other: int) -> list[str]:
    ours = dict(conn.execute("SELECT name, url FROM links WHERE paper_id = ?", [keep]).fetchall())
    moved = []
    for name, url in conn.execute("SELECT name, url FROM links WHERE paper_id = ? ORDER BY position", [other]):
        if ours.get(name) == url:
            continue
        target = name
        n = 2
        while target in ours:
            target, n = f"{name}-{n}", n + 1
        records.set_link(conn, keep, target, url)
        ours[target] = url
        moved.append(f"link {target}")
    return moved


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() \
        is not None


def _as_data(conn: sqlite3.Connection, pid: int):  # type: ignore[no-untyped-def]
    """The paper *pid* as PaperData, for ``records.merge``."""
    from .query import load

    paper = load(conn, [pid])[0]
    from ..models import PaperData

    return PaperData(
        title=paper.title or None, authors=paper.authors, arxiv_id=paper.arxiv_id, version=paper.version,
        doi=paper.doi, url=paper.url, abstract=paper.abstract, published=paper.published, updated=paper.updated,
        year=paper.year, primary_category=paper.primary_category, categories=paper.categories,
        journal_ref=paper.journal_ref, comment=paper.comment, entry_type=paper.entry_type,
        fields=[_standalone(paper, f) for f in paper.fields], fetched=paper.fetched,
    )


def _standalone(paper, field: BibField) -> BibField:  # type: ignore[no-untyped-def]
    """A field whose text lived in the paper's own attribute, with that text in it:
    once merged, the attribute it mirrored is the other paper's."""
    if field.value is not None:
        return field
    return BibField(field.name, paper.field(field.name) or "", field.source)
