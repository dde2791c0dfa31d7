"""CSL-JSON export, for pandoc's citeproc, Zotero and other CSL processors.

Preprints are ``article`` items with ``publisher: arXiv`` and the arXiv ID as
``number`` (how Zotero exports them); papers with a conference or journal
become ``paper-conference`` / ``article-journal`` with ``container-title``.
The citation key is the item ``id``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from .. import names
from ..errors import InvalidIdentifier
from ..identifiers import try_parse_arxiv_id
from ..models import Author, Paper, PaperData
from .bibtex.writer import venue_kind, venue_name
from .jsonl import _scalar

_MATH = re.compile(r"(?<!\\)\$(?=\S)[^$\n]*?(?<=\S)(?<!\\)\$(?![0-9])")  # pandoc's rule: "$5 or $10" is no math


def split_name(name: str) -> dict[str, str]:
    """``"Yaniv Leviathan"`` -> family/given (and suffix); a one-word name is a ``literal``."""
    parts = names.split(name)
    if not parts.given:
        return {"literal": name.strip()}
    item = {"family": parts.family, "given": parts.given}
    if parts.suffix:
        item["suffix"] = parts.suffix
    return item


def _title(title: str) -> str:
    """Math is marked ``nocase`` so that citeproc's title casing leaves it alone."""
    return _MATH.sub(lambda m: f'<span class="nocase">{m.group()}</span>', title)


def _issued(paper: Paper) -> dict[str, Any] | None:
    if paper.published:
        return {"date-parts": [[int(x) for x in paper.published.split("-")]]}
    if paper.year:
        return {"date-parts": [[paper.year]]}
    return None


def to_item(paper: Paper) -> dict[str, Any]:
    container = paper.journal_ref or (paper.venue if venue_kind(paper.venue) else None)
    kind = venue_kind(container) or ("journal" if paper.journal_ref else None)
    item: dict[str, Any] = {
        "id": paper.citekey,
        "type": {"conference": "paper-conference", "journal": "article-journal"}.get(kind or "", "article"),
        "title": _title(paper.title),
        "author": [split_name(a.name) for a in paper.authors],
    }
    if container:
        item["container-title"] = venue_name(container)
    elif paper.arxiv_id:
        item["publisher"] = "arXiv"
        item["number"] = paper.arxiv_id
    issued = _issued(paper)
    if issued:
        item["issued"] = issued
    if paper.doi:
        item["DOI"] = paper.doi
    url = f"https://arxiv.org/abs/{paper.arxiv_id}" if paper.arxiv_id else paper.url
    if url:
        item["URL"] = url
    if paper.abstract:
        item["abstract"] = paper.abstract
    if paper.tags:
        item["keyword"] = ", ".join(paper.tags)
    if paper.summary:
        item["note"] = paper.summary
    return item


def dumps(papers: Iterable[Paper]) -> str:
    return json.dumps([to_item(p) for p in papers], ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _name(author: dict[str, Any]) -> str:
    if author.get("literal"):
        return _scalar(author["literal"], "author") or ""
    parts = [_scalar(author.get(k), "author") for k in ("given", "family", "suffix")]
    return " ".join(p for p in parts if p)


def _date_numbers(parts: list[Any]) -> list[int]:
    """The leading numbers of a ``date-parts`` list (numbers or digit strings; a year may
    be negative: -44 is 44 BC, and must not be read as the next part)."""
    numbers = []
    for part in parts:
        if isinstance(part, int) and not isinstance(part, bool):
            numbers.append(part)
        elif isinstance(part, str) and re.fullmatch(r"\s*-?\d{1,6}\s*", part):
            numbers.append(int(part))
        else:
            break
    return numbers


def from_item(item: dict[str, Any]) -> PaperData:
    """A paper from a CSL-JSON item (as Zotero or paperctl write them)."""
    if not isinstance(item, dict):
        raise ValueError("not a CSL item")
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    date = _date_numbers(parts[0]) if parts and isinstance(parts[0], list) else []
    published = "-".join(f"{x:02d}" if i else str(x) for i, x in enumerate(date)) if len(date) == 3 else None
    url = _scalar(item.get("URL"), "URL")
    arxiv = None
    try:
        arxiv = (str(item["number"]) if str(item.get("publisher", "")).lower() == "arxiv" and item.get("number")
                 else None) or (str(try_parse_arxiv_id(url)) if url and try_parse_arxiv_id(url) else None)
    except InvalidIdentifier:
        arxiv = None
    title = re.sub(r'<span class="nocase">(.*?)</span>', r"\1", _scalar(item.get("title"), "title") or "") or None
    keywords = _scalar(item.get("keyword"), "keyword") or ""
    authors = item.get("author") if isinstance(item.get("author"), list) else []
    return PaperData(
        title=title, authors=[Author(_name(a)) for a in authors if isinstance(a, dict)],
        arxiv_id=arxiv, doi=_scalar(item.get("DOI"), "DOI"), url=None if arxiv else url,
        abstract=_scalar(item.get("abstract"), "abstract"), year=date[0] if date else None, published=published,
        venue=_scalar(item.get("container-title"), "container-title"), summary=_scalar(item.get("note"), "note"),
        tags=[k.strip() for k in keywords.split(",") if k.strip()],
    )


def read(text: str) -> tuple[list[tuple[int, PaperData]], list[tuple[int, str]]]:
    """(item number, paper) for every usable item, and (item number, problem) for the others."""
    try:
        items = json.loads(text)
    except RecursionError:  # one item nested past the parser's depth: read the others one by one
        items = [_TooDeep() if piece is None else piece for piece in _items_one_by_one(text)]
    if isinstance(items, dict):
        items = items.get("items", [items])
    if not isinstance(items, list):
        raise ValueError("CSL-JSON is a list of items")
    good, problems = [], []
    for number, item in enumerate(items, 1):
        if isinstance(item, _TooDeep):
            problems.append((number, f"item {number} is nested too deeply to read"))
            continue
        try:
            data = from_item(item)
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            problems.append((number, f"item {number}: {str(exc)[:80]}"))
            continue
        if not data.title:
            problems.append((number, f"item {number} has no title"))
            continue
        good.append((number, data))
    return good, problems


class _TooDeep:
    """An item of a CSL array that could not be parsed because of its nesting."""


def _items_one_by_one(text: str) -> Iterator[Any]:
    """The items of a top-level JSON array, each parsed on its own (None for one nested
    too deeply), so that one hostile item costs only itself. A linear scan finds where
    each item ends; it is used only when the whole document could not be parsed."""
    start = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    if not text.startswith("[", start):
        raise ValueError("nested too deeply to read (a CSL document is an array of items)")
    depth, in_string, escaped, item_start = 0, False, False, None
    for position in range(start + 1, len(text)):
        char = text[position]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char in " \t\r\n":
            continue
        if item_start is None and char not in ",]":
            item_start = position
        if char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif char in "]}" and depth:
            depth -= 1
        elif depth == 0 and char in ",]":
            if item_start is not None:
                yield _parse_item(text[item_start:position])
            item_start = None
            if char == "]":
                return
    raise ValueError("the CSL array is not closed")


def _parse_item(piece: str) -> Any:
    try:
        return json.loads(piece)
    except RecursionError:
        return None
