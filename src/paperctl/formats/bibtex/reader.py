"""Reading BibTeX and biblatex files (the counterpart of ``writer``).

``syntax`` cuts the file into entries with every field as written; this module
turns each entry into a ``PaperData`` that keeps all of it: the entry type, the
citation key, and every field in order (``PaperData.fields``, with its source
text, so the export writes back what the file said). What paperctl understands
is read into its own attributes too, under BibTeX's or biblatex's names:

* ``title``, ``author`` (``Family, Given`` turned into display order), ``year`` or
  biblatex's ``date`` (and ``month``), ``doi``, ``url``, ``abstract``;
* the arXiv ID, from ``eprint`` (with ``archivePrefix`` / ``eprinttype`` arXiv, or
  shaped like an arXiv ID), an ``arxiv`` field, arXiv URLs, and ``journal``,
  ``note`` or ``howpublished`` of the forms ``arXiv:1212.5701``, ``Ar{X}iv:1212.5701``,
  ``arXiv preprint arXiv:...``, and DBLP's ``journal = {CoRR}, volume = {abs/1212.5701}``;
* ``journal`` / ``journaltitle`` / ``booktitle`` as the venue; ``keywords`` as
  sections; ``annote`` / ``annotation`` as the summary; ``ids`` as aliases.

LaTeX is decoded by ``latex.to_text``; URLs, DOIs and other identifiers never are.
A malformed entry is reported with its line and reason and skipped; a repeated
key keeps the first entry, as bibtex and biber do; a repeated field keeps its
first value, with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ... import bibfields
from ...errors import InvalidIdentifier
from ...identifiers import parse_arxiv_id, try_normalize_doi, try_parse_arxiv_id
from ...models import Author, BibField, PaperData
from ...text import clean
from . import chunks as bibtex_chunks
from . import syntax, writer
from .latex import to_text

_ARXIV_IN_TEXT = re.compile(
    r"arxiv(?:[:\s]|\.org/(?:abs|pdf)/)\s{0,8}(?:preprint\s{1,8}arxiv:\s{0,8})?"
    r"(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)",
    re.IGNORECASE,
)
_DBLP_CORR = re.compile(r"^abs/(\d{4}\.\d{4,5}|[a-z-]+/\d{7})$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_AND = re.compile(r"(?<=\s)and(?=\s)", re.IGNORECASE)  # lookarounds: linear on any run of spaces
_SPACES = re.compile(r"\s+")

@dataclass
class BibItem:
    data: PaperData
    line: int
    key: str
    warnings: list[str] = field(default_factory=list)

@dataclass
class BibRead:
    items: list[BibItem] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, what)

def split_names(text: str) -> list[str]:
    """A name list split on the ``and`` that separate names: whole words at brace
    depth 0 (``{Barnes and Noble}`` is one name). Linear: one pass over the
    ``and``s and the braces."""
    out: list[str] = []
    start = 0
    depth_at = _depths(text) if "{" in text else (lambda pos: 0)
    for match in _AND.finditer(text):
        if depth_at(match.start()) == 0:
            out.append(text[start : match.start()])
            start = match.end()
    out.append(text[start:])
    return [name.strip() for name in out if name.strip()]

def _depths(text: str):  # type: ignore[no-untyped-def]
    """A function giving the brace depth at a position, for positions asked in order."""
    state = {"pos": 0, "depth": 0}

    def depth_at(pos: int) -> int:
        segment = text[state["pos"] : pos]
        state["depth"] += segment.count("{") - segment.count("}")
        state["pos"] = pos
        return state["depth"]

    return depth_at

def display_name(name: str) -> str:
    """A BibTeX name in the display order paperctl stores: "Müller, Hans" -> "Hans
    Müller", "King, Jr., Martin Luther" -> "Martin Luther King Jr."; a name braced
    whole ({Gemini Team, Google}) is one name, commas and all."""
    stripped = name.strip()
    if stripped.startswith("{") and stripped.endswith("}") and _closes_at_end(stripped):
        return to_text(stripped[1:-1])
    parts = [p.strip() for p in _top_level_commas(name)]
    if len(parts) == 2:
        return to_text(f"{parts[1]} {parts[0]}")
    if len(parts) == 3:  # Family, Jr, Given
        return to_text(f"{parts[2]} {parts[0]} {parts[1]}")
    return to_text(name)

def _top_level_commas(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    return parts + [text[start:]]

def _closes_at_end(text: str) -> bool:
    """True when the first brace of *text* closes at its very end."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0 and i < len(text) - 1:
                return False
    return depth == 0

def _arxiv(values: dict[str, str]) -> str | None:
    prefix = (values.get("archiveprefix") or values.get("eprinttype") or "").lower()
    for name in ("eprint", "arxiv", "arxivid"):
        value = values.get(name, "").strip()
        if value and (prefix in ("", "arxiv") or name != "eprint"):
            try:
                found = try_parse_arxiv_id(value) or parse_arxiv_id(value)
            except InvalidIdentifier:
                continue
            return str(found)
    corr = _DBLP_CORR.match(values.get("volume", "").strip())
    if corr and values.get("journal", "").strip().lower() == "corr":
        return corr.group(1)
    for name in ("url", "journal", "note", "howpublished", "doi", "pages"):
        match = _ARXIV_IN_TEXT.search(values.get(name, "")[:2000])
        if match:
            try:
                return str(parse_arxiv_id(match.group(1)))
            except InvalidIdentifier:
                continue
    match = re.search(r"10\.48550/arxiv\.(\d{4}\.\d{4,5})", values.get("doi", ""), re.IGNORECASE)
    return match.group(1) if match else None

def _normal_source(name: str, source: str) -> str:
    """The source with its line breaks and indentation made single spaces (bibtex
    reads any run of white space as one); identifiers are left as they are."""
    if name in bibfields.VERBATIM:
        return source.replace("\r", "").replace("\n", " ") if "\n" in source else source
    return _SPACES.sub(" ", source) if ("\n" in source or "  " in source or "\t" in source) else source

def entry_data(entry: syntax.Entry) -> tuple[PaperData, list[str]]:
    """The paper an entry describes, and warnings about it."""
    warnings = list(entry.warnings)
    raw = {f.name: f.text for f in entry.fields}
    texts: dict[str, str] = {}
    for f in entry.fields:
        if f.name in bibfields.VERBATIM:
            texts[f.name] = clean(f.text.replace("\n", " ")) or ""
        else:
            texts[f.name] = to_text(f.text)
    arxiv = _arxiv(texts)
    data = PaperData(title=texts.get("title", ""), entry_type=entry.entry_type, citekey=entry.key or None)
    data.authors = [Author(display_name(a)) for a in split_names(raw.get("author", ""))]
    data.authors = [a for a in data.authors if a.name]
    data.abstract = texts.get("abstract") or None
    data.summary = texts.get("annote") or texts.get("annotation") or None
    if arxiv:
        parsed = parse_arxiv_id(arxiv)
        data.arxiv_id, data.version = parsed.base, parsed.version
    doi = try_normalize_doi(_unescaped(texts.get("doi", "")))
    if doi and not doi.startswith("10.48550/"):
        data.doi = doi
    url = texts.get("url", "")
    if url.startswith(("http://", "https://")) and " " not in url and not (arxiv and "arxiv.org" in url):
        data.url = url
    _dates(data, texts)
    journal = texts.get("journal") or texts.get("journaltitle") or ""
    if journal and not re.search(r"\barxiv\b|^corr$", journal, re.IGNORECASE):
        data.journal_ref = journal if entry.entry_type == "article" else None
        data.venue = journal
    if texts.get("booktitle"):
        data.venue = texts["booktitle"]
    data.tags = [t.strip() for t in re.split(r"[,;]", texts.get("keywords", "")) if t.strip()]
    data.aliases = [a.strip() for a in texts.get("ids", "").split(",") if a.strip()]
    data.status = "read" if data.summary else None
    data.fields = _fields(entry, data, texts, warnings)
    return data, warnings

def _unescaped(doi: str) -> str:
    """A DOI with the braces and backslash the export percent-encodes (a brace that does
    not pair would break the entry) written as themselves again."""
    if "%" not in doi:
        return doi
    return re.sub(r"%(7[BbDd]|5[Cc])", lambda m: chr(int(m.group(1), 16)), doi)


def _dates(data: PaperData, texts: dict[str, str]) -> None:
    """``year`` (or the year of biblatex's ``date``), and a publication date when the
    date, or the year and month, say one."""
    date = texts.get("date", "")
    year = _YEAR.search(texts.get("year", "")) or _YEAR.search(date)
    data.year = int(year.group(1)) if year and 1000 <= int(year.group(1)) <= 2999 else None
    iso = _ISO_DATE.match(date)
    if iso and iso.group(2) and 1 <= int(iso.group(2)) <= 12:
        data.published = date if not iso.group(3) or _valid_day(date) else date[:7]
    elif data.year and not date:
        month = bibfields.month_number(texts.get("month"))
        if month:
            data.published = f"{data.year}-{month:02d}"

def _valid_day(date: str) -> bool:
    from datetime import date as calendar

    try:
        calendar.fromisoformat(date)
    except ValueError:
        return False
    return True

def _fields(entry: syntax.Entry, data: PaperData, texts: dict[str, str], warnings: list[str]) -> list[BibField]:
    """The entry's fields as stored: the ones paperctl holds in its own attributes
    keep no value of their own (see ``models.BibField``)."""
    held = {"title": True, "author": bool(data.authors), "abstract": bool(data.abstract),
            "year": data.year is not None and texts.get("year", "").strip() == str(data.year),
            "doi": data.doi is not None, "url": data.url is not None,
            "eprint": data.arxiv_id is not None and "eprint" in texts and _is_arxiv(texts["eprint"], data),
            "keywords": True, "annote": True, "annotation": True, "ids": True}
    out = []
    for f in entry.fields:
        if not bibfields.valid_name(f.name):
            warnings.append(f"field {f.name!r} is not a name paperctl can write back; left out")
            continue
        value = None if held.get(f.name) else texts[f.name]
        source: str | None = _normal_source(f.name, f.source)
        text = _attribute_text(data, f.name) if value is None else value
        if text is not None and source == writer.encode(f.name, text):
            source = None  # the export would write this very source: no need to keep it
        out.append(BibField(f.name, value, source))
    return out

def _attribute_text(data: PaperData, name: str) -> str | None:
    """The text the export writes for mirrored field *name* from *data*'s attributes."""
    if name == "author":
        return " and ".join(a.name for a in data.authors)
    if name in ("keywords", "ids"):
        return ", ".join(data.tags if name == "keywords" else data.aliases)
    if name in ("annote", "annotation"):
        return data.summary
    attribute = bibfields.MIRRORED[name]
    value = getattr(data, attribute)
    return None if value is None else str(value)

def _is_arxiv(eprint: str, data: PaperData) -> bool:
    found = try_parse_arxiv_id(eprint.strip())
    return found is not None and found.base == data.arxiv_id

def read(text: str) -> BibRead:
    """Every entry of a BibTeX file as PaperData, and the problems with line numbers."""
    result = BibRead()
    result.items = list(iter_read(text, result.problems))
    result.problems.sort()
    return result

def iter_read(text: str, problems: list[tuple[int, str]]) -> Iterator[BibItem]:
    """The entries of a BibTeX file as they are parsed; problems are added to *problems*.

    A large file is cut between entries and its pieces are parsed in worker
    processes (``chunks``) while the caller writes what came before. A key
    repeated in the file keeps its first entry (as bibtex does); the later ones
    are reported, across pieces as within one.
    """
    seen: dict[str, int] = {}
    for chunk in bibtex_chunks.parsed(text, parse):
        problems.extend(chunk.failed)
        for line, key, outcome in chunk.entries:
            if key and key in seen:
                problems.append((line, f"duplicate key {key!r} (first at line {seen[key]}); this entry is left out"))
            elif isinstance(outcome, str):
                problems.append((line, outcome))
            else:
                yield outcome
            if key and key not in seen:
                seen[key] = line

@dataclass
class Parsed:
    """One piece of a BibTeX file, parsed: every entry in order (its line, key, and
    paper or problem) and the blocks that could not be read."""

    entries: list[tuple[int, str, BibItem | str]] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)

def parse(text: str, first_line: int = 0) -> Parsed:
    """Parse *text*, a piece of a file that starts at line *first_line* (0-based)."""
    found = syntax.parse(text, first_line)
    result = Parsed(failed=found.problems)
    for entry in found.entries:
        result.entries.append((entry.line, entry.key, _item(entry)))
    return result

def _item(entry: syntax.Entry) -> BibItem | str:
    if not entry.key:
        return f"@{entry.entry_type} entry without a citation key; left out (bibtex and biber cannot cite it)"
    try:
        data, warnings = entry_data(entry)
    except (InvalidIdentifier, RecursionError, ValueError) as exc:
        return f"entry {entry.key!r}: {exc}"
    return BibItem(data, entry.line, entry.key, warnings)
