"""JSON Lines: paperctl's lossless interchange format, one paper per line.

Each line is ``Paper.to_dict()`` (the documented keys shared with ``list
--json``: ``citekey``, ``arxiv_id``, ``version``, ``doi``, ``url``, ``title``,
``authors``, ``year``, ``published``, ``abstract``, ``venue``, ``summary``,
``notes``, ``tags``, ``status`` ...) plus what those plain keys leave out:
``author_details`` (names with affiliations), ``note_details`` (texts with
their timestamps), ``modified`` and ``fetched``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..models import Author, Paper, PaperData


def to_record(paper: Paper) -> dict[str, Any]:
    record = paper.to_dict()
    record["author_details"] = [
        {"name": a.name, "affiliation": a.affiliation} for a in paper.authors
    ]
    record["note_details"] = [
        {"text": n.text, "created": n.created, "modified": n.modified} for n in paper.notes
    ]
    record["modified"] = paper.modified
    record["fetched"] = paper.fetched
    return record


def dumps(papers: Iterable[Paper]) -> str:
    return "".join(json.dumps(to_record(p), ensure_ascii=False, sort_keys=True) + "\n" for p in papers)


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

    def text(key: str) -> str | None:
        return _scalar(record.get(key), key)

    def strings(key: str) -> list[str]:
        value = record.get(key) or []
        if not isinstance(value, list):
            value = [value]
        return [v for v in (_scalar(item, key) for item in value) if v]

    details = record.get("author_details")
    if isinstance(details, list) and details:
        authors = [Author(_scalar(a.get("name"), "author") or "", _scalar(a.get("affiliation"), "affiliation"))
                   for a in details if isinstance(a, dict) and a.get("name")]
    else:
        authors = [Author(name) for name in strings("authors")]
    note_details = record.get("note_details") if isinstance(record.get("note_details"), list) else []
    notes = [t for t in (_scalar(n.get("text"), "note") for n in note_details if isinstance(n, dict)) if t]
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
        if not (data.title or data.arxiv_id or data.doi):
            problems.append((number, "needs at least a title, an arxiv_id or a doi"))
            continue
        yield number, data
