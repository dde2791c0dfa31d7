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
from collections.abc import Iterable
from typing import Any

from .models import Author, Paper, PaperData


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


def from_record(record: dict[str, Any]) -> PaperData:
    """A paper from a JSON object; any subset of the keys is accepted (a title or an ID at least)."""
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")

    def text(key: str) -> str | None:
        value = record.get(key)
        return str(value) if value not in (None, "") else None

    def strings(key: str) -> list[str]:
        value = record.get(key) or []
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value if v not in (None, "")]

    if record.get("author_details"):
        authors = [Author(str(a.get("name", "")), a.get("affiliation")) for a in record["author_details"]
                   if isinstance(a, dict) and a.get("name")]
    else:
        authors = [Author(name) for name in strings("authors")]
    notes = [str(n.get("text")) for n in record.get("note_details") or [] if isinstance(n, dict) and n.get("text")]
    year = record.get("year")
    links = record.get("links") if isinstance(record.get("links"), dict) else {}
    return PaperData(
        title=text("title"), authors=authors, arxiv_id=text("arxiv_id"),
        version=int(record["version"]) if str(record.get("version") or "").isdigit() else None,
        doi=text("doi"), url=text("url"), abstract=text("abstract"), published=text("published"),
        updated=text("updated"), year=int(year) if str(year or "").isdigit() else None,
        primary_category=text("primary_category"), categories=strings("categories"),
        journal_ref=text("journal_ref"), comment=text("comment"), venue=text("venue"),
        summary=text("summary"), status=text("status"), notes=notes or strings("notes"),
        tags=strings("tags"), links={str(k): str(v) for k, v in links.items()}, fetched=text("fetched"),
    )


def read(text: str) -> tuple[list[tuple[int, PaperData]], list[tuple[int, str]]]:
    """(line, paper) for every good line, and (line, problem) for the others."""
    items, problems = [], []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = from_record(json.loads(line))
        except (ValueError, TypeError, AttributeError) as exc:
            problems.append((number, f"not a paper object: {str(exc)[:80]}"))
            continue
        if not (data.title or data.arxiv_id or data.doi):
            problems.append((number, "needs at least a title, an arxiv_id or a doi"))
            continue
        items.append((number, data))
    return items, problems
