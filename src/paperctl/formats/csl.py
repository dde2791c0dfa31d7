"""CSL-JSON, for pandoc's citeproc, Zotero and other CSL processors.

A paper's bibliographic record maps to CSL's variables: the entry type to the
item ``type`` (``@article`` -> ``article-journal``, ``@phdthesis`` -> ``thesis``...),
``journal`` / ``journaltitle`` / ``booktitle`` to ``container-title``, ``volume``,
``number`` (``issue``, or a report's ``number``), ``pages`` (``page``), ``publisher``
(a thesis's ``school`` or a report's ``institution`` when there is none),
``address`` / ``location`` (``publisher-place``), ``edition``, ``series``
(``collection-title``), ``isbn``, ``issn``, ``editor``, ``translator``,
``eventtitle`` (``event-title``), ``chapter``, ``type`` (``genre``), ``note``,
biblatex's ``date`` (``issued``, ranges too) and ``urldate`` (``accessed``); the
reader maps them back. Case the BibTeX title protects with braces (``{BERT}``)
and math are marked ``<span class="nocase">``, so that citeproc's title casing
leaves them alone.

Papers without a record follow Zotero: preprints are ``article`` items with
``publisher: arXiv`` and the arXiv ID as ``number``; papers with a conference or
journal become ``paper-conference`` / ``article-journal``. A paper whose venue
``paperctl venues`` resolved is cited where it was published, as the BibTeX
export does (``publication.published``): the proceedings or journal as
``container-title``, the conference as ``event-title``, the venue's year, pages,
volume, publisher and DOI; its arXiv abstract page stays the ``URL``. The
citation key is the item ``id``; the summary is the ``note`` (``annote`` when
the record has a note).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from .. import bibfields, citekeys, names
from ..errors import InvalidIdentifier
from ..identifiers import try_parse_arxiv_id
from ..models import Author, BibField, Paper, PaperData
from ..publication import Publication, published
from .bibtex.latex import to_marked_text
from .bibtex.writer import escape, protect_title, venue_kind, venue_name
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


_NOCASE = '<span class="nocase">{}</span>'


def _title(paper: Paper) -> str:
    """The title with the case BibTeX would protect, and math, marked ``nocase``."""
    source = next((f.source for f in paper.fields if f.name == "title" and f.source), None)
    latex = source[1:-1] if source and source.startswith("{") and source.endswith("}") else source
    if latex is None:
        latex = protect_title(paper.title)
    text = to_marked_text(latex, _NOCASE.format)
    return _MATH.sub(lambda m: _NOCASE.format(m.group()), text)


def _issued(paper: Paper) -> dict[str, Any] | None:
    date = paper.field("date") if any(f.name == "date" for f in paper.fields) else None
    if date:
        ranges = [_date_parts(part) for part in date.split("/") if _date_parts(part)]
        if ranges:
            return {"date-parts": ranges}
    if paper.published:
        return {"date-parts": [[int(x) for x in paper.published.split("-")]]}
    if paper.year:
        month = bibfields.month_number(paper.field("month"))
        return {"date-parts": [[paper.year, month] if month else [paper.year]]}
    return None


def _date_parts(text: str) -> list[int] | None:
    match = re.fullmatch(r"\s*(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", text)
    return [int(x) for x in match.groups() if x] if match else None


# BibTeX / biblatex entry types and CSL item types, both ways.
TO_CSL = {
    "article": "article-journal", "inproceedings": "paper-conference", "conference": "paper-conference",
    "book": "book", "mvbook": "book", "collection": "book", "mvcollection": "book", "proceedings": "book",
    "mvproceedings": "book", "reference": "book", "mvreference": "book", "booklet": "pamphlet",
    "inbook": "chapter", "incollection": "chapter", "bookinbook": "chapter", "suppbook": "chapter",
    "suppcollection": "chapter", "inreference": "entry-encyclopedia", "phdthesis": "thesis",
    "mastersthesis": "thesis", "thesis": "thesis", "techreport": "report", "report": "report", "manual": "report",
    "unpublished": "manuscript", "online": "webpage", "electronic": "webpage", "www": "webpage",
    "patent": "patent", "periodical": "periodical", "suppperiodical": "article-journal", "dataset": "dataset",
    "software": "software", "misc": "document",
}
FROM_CSL = {
    "article-journal": "article", "article-magazine": "article", "article-newspaper": "article",
    "paper-conference": "inproceedings", "book": "book", "chapter": "incollection", "thesis": "phdthesis",
    "report": "techreport", "manuscript": "unpublished", "webpage": "online", "post-weblog": "online",
    "patent": "patent", "periodical": "periodical", "dataset": "dataset", "software": "software",
    "entry-encyclopedia": "inreference", "entry-dictionary": "inreference", "pamphlet": "booklet",
    "document": "misc", "article": "misc",
}
_PLAIN = {"volume": "volume", "pages": "page", "publisher": "publisher", "address": "publisher-place",
          "location": "publisher-place", "edition": "edition", "series": "collection-title", "isbn": "ISBN",
          "issn": "ISSN", "eventtitle": "event-title", "chapter": "chapter-number", "type": "genre",
          "pagetotal": "number-of-pages", "howpublished": "medium", "language": "language"}
_CONTAINERS = ("journal", "journaltitle", "booktitle")
_PEOPLE = {"editor": "editor", "translator": "translator"}


def to_item(paper: Paper) -> dict[str, Any]:
    container = paper.journal_ref or (paper.venue if venue_kind(paper.venue) else None)
    kind = venue_kind(container) or ("journal" if paper.journal_ref else None)
    derived = {"conference": "paper-conference", "journal": "article-journal"}.get(kind or "", "article")
    item: dict[str, Any] = {
        "id": paper.citekey,
        "type": TO_CSL.get(paper.entry_type or "", derived) if paper.entry_type else derived,
        "author": [split_name(a.name) for a in paper.authors],
    }
    if paper.title:
        item["title"] = _title(paper)
    record = {name: paper.field(name) for name in {f.name for f in paper.fields}}
    own_container = next((record[n] for n in _CONTAINERS if record.get(n)), None)
    if own_container:
        item["container-title"] = own_container
    elif container and not paper.entry_type:
        item["container-title"] = venue_name(container)
    elif paper.arxiv_id and not paper.entry_type:
        item["publisher"] = "arXiv"
        item["number"] = paper.arxiv_id
    _record(item, paper, record)
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
        item["annote" if "note" in item else "note"] = paper.summary
    publication = published(paper)
    if publication:
        _cite_publication(item, paper, publication)
    return item


def _cite_publication(item: dict[str, Any], paper: Paper, pub: Publication) -> None:
    """A resolved paper cited where it was published (see the module's docstring)."""
    item.pop("number", None)
    item.pop("publisher", None)
    if pub.entry_type == "inproceedings":
        item["type"], item["event-title"] = "paper-conference", venue_name(paper.venue or "")
    else:
        item["type"] = "article-journal"
    item["container-title"] = pub.container
    if pub.year:
        item["issued"] = {"date-parts": [[pub.year]]}
    for variable, value in (("volume", pub.volume), ("publisher", pub.publisher), ("DOI", paper.doi or pub.doi)):
        if value:
            item[variable] = value
    if pub.pages:
        item["page"] = re.sub(r"\s*-+\s*", "–", pub.pages)


def _record(item: dict[str, Any], paper: Paper, record: dict[str, str | None]) -> None:
    """The record's fields as CSL variables (see the module's docstring)."""
    for name, variable in _PLAIN.items():
        if record.get(name) and variable not in item:
            item[variable] = record[name].replace("--", "–") if name == "pages" else record[name]
    number = record.get("number") or record.get("issue")
    if number:
        item["number" if paper.entry_type in ("techreport", "report", "patent") else "issue"] = number
    if "publisher" not in item:
        place = record.get("school") or record.get("institution") or record.get("organization")
        if place:
            item["publisher"] = place
    if record.get("note"):
        item["note"] = record["note"]
    if record.get("urldate") and _date_parts(record["urldate"] or ""):
        item["accessed"] = {"date-parts": [_date_parts(record["urldate"] or "")]}
    for name, variable in _PEOPLE.items():
        if record.get(name):
            item[variable] = [split_name(n) for n in re.split(r"(?<=\s)and(?=\s)", record[name] or "")
                              if n.strip()]
            item[variable] = [{k: v.strip() for k, v in n.items()} for n in item[variable]]
    if paper.entry_type == "mastersthesis" and "genre" not in item:
        item["genre"] = "Master's thesis"
    elif paper.entry_type == "phdthesis" and "genre" not in item:
        item["genre"] = "PhD thesis"


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
    """A paper from a CSL-JSON item (as Zotero or paperctl write them), with its
    record: the type, the ``id`` as citation key, and CSL's variables as BibTeX fields."""
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
    marked = _scalar(item.get("title"), "title") or ""
    title = re.sub(r'<span class="nocase">(.*?)</span>', r"\1", marked) or None
    keywords = _scalar(item.get("keyword"), "keyword") or ""
    authors = item.get("author") if isinstance(item.get("author"), list) else []
    csl_type = _scalar(item.get("type"), "type") or ""
    entry_type = FROM_CSL.get(csl_type)
    if entry_type == "phdthesis" and "master" in (_scalar(item.get("genre"), "genre") or "").lower():
        entry_type = "mastersthesis"
    key = _scalar(item.get("id"), "id")
    note, annote = _scalar(item.get("note"), "note"), _scalar(item.get("annote"), "annote")
    data = PaperData(
        title=title, authors=[Author(_name(a)) for a in authors if isinstance(a, dict)],
        arxiv_id=arxiv, doi=_scalar(item.get("DOI"), "DOI"), url=None if arxiv else url,
        abstract=_scalar(item.get("abstract"), "abstract"), year=date[0] if date else None, published=published,
        venue=_scalar(item.get("container-title"), "container-title"), summary=annote or note,
        tags=[k.strip() for k in keywords.split(",") if k.strip()],
        citekey=key if key and citekeys.valid(key) else None,
    )
    if entry_type and not (csl_type == "article" and arxiv):  # a preprint as Zotero writes it: no record
        data.entry_type = entry_type
        data.fields = _fields_of(item, entry_type, marked, note if annote else None)
        if entry_type == "article" and data.venue:
            data.journal_ref = data.venue
    return data


def _fields_of(item: dict[str, Any], entry_type: str, marked_title: str, note: str | None) -> list[BibField]:
    """CSL's variables as BibTeX fields (values only: the export encodes them)."""
    fields: list[BibField] = []
    if marked_title and "nocase" in marked_title:  # keep the protected case for a BibTeX export
        fields.append(BibField("title", None, "{" + _protected(marked_title) + "}"))
    container = _scalar(item.get("container-title"), "container-title")
    if container:
        fields.append(BibField("journal" if entry_type == "article" else "booktitle", container))
    for name, variable in _PLAIN.items():
        value = _scalar(item.get(variable), variable)
        if value and name != "location" and not any(f.name == name for f in fields):
            fields.append(BibField(name, value.replace("–", "--") if name == "pages" else value))
    number = _scalar(item.get("issue"), "issue") or (
        _scalar(item.get("number"), "number") if str(item.get("publisher", "")).lower() != "arxiv" else None)
    if number:
        fields.append(BibField("number", number))
    for name, variable in _PEOPLE.items():
        people = item.get(variable)
        if isinstance(people, list) and people:
            fields.append(BibField(name, " and ".join(_name(p) for p in people if isinstance(p, dict))))
    if note:
        fields.append(BibField("note", note))
    return fields


def _protected(marked: str) -> str:
    """A title marked ``nocase`` as BibTeX: the marked parts in braces, the rest escaped."""
    out, pos = [], 0
    for match in re.finditer(r'<span class="nocase">(.*?)</span>', marked):
        out.append(escape(marked[pos : match.start()]))
        out.append("{" + escape(match.group(1)) + "}")
        pos = match.end()
    out.append(escape(marked[pos:]))
    return "".join(out)


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
