"""JSON Lines: paperctl's lossless interchange format, one paper per line.

Each line is ``Paper.to_dict()`` (the documented keys shared with ``list
--json``: ``citekey``, ``arxiv_id``, ``version``, ``doi``, ``url``, ``title``,
``authors``, ``year``, ``published``, ``abstract``, ``venue``, ``summary``,
``notes``, ``tags``, ``status``, ``entry_type``, ``aliases``, ``fields`` ...)
plus what those plain keys leave out: ``author_details`` (names with
affiliations), ``note_details`` (texts with their timestamps), ``modified``,
``fetched``, and ``places``: where the paper stands in each of its sections and
where those sections stand in the tree, so that a library exported and imported
into an empty one keeps its order. The library's own numeric ``id`` is left out:
it means nothing to another library.

Export, import into a new library, export again gives the same bytes: keys,
aliases, entry types and fields, timestamps and order come back as they were.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .. import bibfields
from ..models import Author, BibField, Paper, PaperData


def to_record(paper: Paper, places: list[list[Any]] | None = None) -> dict[str, Any]:
    record = paper.to_dict()
    del record["id"]
    if places:
        record["places"] = places
    record["author_details"] = [
        {"name": a.name, "affiliation": a.affiliation} for a in paper.authors
    ]
    record["note_details"] = [
        {"text": n.text, "created": n.created, "modified": n.modified} for n in paper.notes
    ]
    record["modified"] = paper.modified
    record["fetched"] = paper.fetched
    return record


def dumps(papers: Iterable[Paper], places: dict[int, list[list[Any]]] | None = None) -> str:
    """One line a paper; *places* maps paper ids to their places (see the module)."""
    places = places or {}
    return "".join(json.dumps(to_record(p, places.get(p.id)), ensure_ascii=False, sort_keys=True) + "\n"
                   for p in papers)


def _scalar(value: Any, what: str) -> str | None:
    """A text value from JSON: strings and numbers only; anything else is an error."""
    if value is None or value == "":
        return None
    if type(value) is str and value.isascii():
        return value  # the common case, and nothing to check: no surrogate is ASCII
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"{what} should be text, not {type(value).__name__}")
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{what} holds a broken character (a lone surrogate)") from None
    return text


def from_record(record: dict[str, Any]) -> PaperData:
    """A paper from a JSON object; any subset of the keys is accepted (a title or an ID at least)."""
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")

    # (_scalar's common case, ASCII text, inline: 20 calls a record, 100k records)
    def text(key: str) -> str | None:
        value = record.get(key)
        if type(value) is str and value and value.isascii():
            return value
        return _scalar(value, key)

    def strings(key: str) -> list[str]:
        value = record.get(key) or []
        if not isinstance(value, list):
            value = [value]
        out = []
        for item in value:
            if type(item) is str and item.isascii():
                if item:
                    out.append(item)
            elif item := _scalar(item, key):
                out.append(item)
        return out

    details = record.get("author_details")
    if isinstance(details, list) and details:
        authors = [Author(_scalar(a.get("name"), "author") or "", _scalar(a.get("affiliation"), "affiliation"))
                   for a in details if isinstance(a, dict) and a.get("name")]
    else:
        authors = [Author(name) for name in strings("authors")]
    note_details = record.get("note_details") if isinstance(record.get("note_details"), list) else []
    note_details = [n for n in note_details if isinstance(n, dict) and _scalar(n.get("text"), "note")]
    notes = [_scalar(n.get("text"), "note") or "" for n in note_details]
    note_times = [(_scalar(n.get("created"), "created") or "", _scalar(n.get("modified"), "modified") or "")
                  for n in note_details]
    year = record.get("year")
    links = record.get("links") if isinstance(record.get("links"), dict) else {}
    links = {str(k): v for k, v in ((k, _scalar(v, "link")) for k, v in links.items()) if v}
    return PaperData(
        title=text("title"), authors=authors, arxiv_id=text("arxiv_id"),
        version=int(record["version"]) if str(record.get("version") or "").isdigit() else None,
        doi=text("doi"), url=text("url"), abstract=text("abstract"), published=text("published"),
        updated=text("updated"), year=int(year) if str(year or "").isdigit() else None,
        primary_category=text("primary_category"), categories=strings("categories"),
        journal_ref=text("journal_ref"), comment=text("comment"), venue=text("venue"),
        summary=text("summary"), status=text("status"), notes=notes or strings("notes"),
        tags=strings("tags"), links=links, fetched=text("fetched"),
        resolution=_resolution(record.get("venue_resolution")),
        citekey=text("citekey"), entry_type=(text("entry_type") or "").lower() or None,
        fields=_fields(record.get("fields")), aliases=strings("aliases"), added=text("added"),
        modified=text("modified"), note_times=note_times if notes else [], places=_places(record.get("places")),
        provisional_key=not authors and (text("citekey") or "").startswith("anon"),
    )


_OUTCOMES = ("resolved", "suggested", "not_found", "failed")
_RESOLUTION_TEXT = ("venue", "venue_name", "kind", "pages", "volume", "publisher", "doi", "source", "record", "url",
                    "note", "checked", "expires")


def _resolution(value: Any) -> dict[str, Any] | None:
    """What ``paperctl venues`` found, as ``to_record`` wrote it; anything malformed is left out."""
    if not isinstance(value, dict) or value.get("outcome") not in _OUTCOMES:
        return None
    row: dict[str, Any] = {"outcome": value["outcome"], "applied": value.get("applied") is True}
    for key in _RESOLUTION_TEXT:
        row[key] = _scalar(value.get(key), key)
    year = value.get("year")
    row["year"] = year if isinstance(year, int) and not isinstance(year, bool) else None
    scores = value.get("scores")
    row["scores"] = {str(k): v for k, v in scores.items() if isinstance(v, int | float | bool)} \
        if isinstance(scores, dict) else {}
    evidence = value.get("evidence")
    row["evidence"] = [e for e in evidence if isinstance(e, dict)] if isinstance(evidence, list) else []
    if not row["checked"]:
        return None
    return row


def _fields(value: Any) -> list[BibField]:
    """``fields``: ``[[name, value, source], ...]``, as ``Paper.to_dict`` writes them."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError("fields should be a list of [name, value, source]")
    out = []
    for item in value:
        if not (isinstance(item, list) and len(item) == 3):
            raise ValueError("fields should be a list of [name, value, source]")
        name = _scalar(item[0], "field name") or ""
        if not bibfields.valid_name(name):
            raise ValueError(f"{name!r} is not a field name")
        text, source = item[1], item[2]
        out.append(BibField(name, None if text is None else _scalar(text, name) or "",
                            None if source is None else _scalar(source, name) or ""))
    return out


def _places(value: Any) -> list[tuple[str, int, int | None]]:
    if not isinstance(value, list):
        return []
    out = []
    for item in value:
        if isinstance(item, list) and len(item) == 3 and isinstance(item[0], str) and type(item[1]) is int \
                and (item[2] is None or type(item[2]) is int):
            out.append((item[0], item[1], item[2]))
    return out


def iter_read(lines: Iterable[str], problems: list[tuple[int, str]]) -> Iterator[tuple[int, PaperData]]:
    """(line, paper) for every good line, read as they come (a 100k-paper file is never
    held whole); (line, problem) for the others is appended to *problems*."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = from_record(json.loads(line))
        except RecursionError:
            problems.append((number, "nested too deeply to be a paper object"))
            continue
        except (ValueError, TypeError, AttributeError) as exc:
            problems.append((number, f"not a paper object: {str(exc)[:80]}"))
            continue
        if not (data.title or data.arxiv_id or data.doi or (data.citekey and data.entry_type)):
            problems.append((number, "needs at least a title, an arxiv_id, a doi, or a citekey and an entry_type"))
            continue
        yield number, data
