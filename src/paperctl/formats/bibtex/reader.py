"""Reading BibTeX files (the counterpart of ``writer``), with bibtexparser's v2 API.

bibtexparser resolves ``@string`` macros and month names and skips
``@comment`` and free text. LaTeX in text fields is decoded to Unicode here
with pylatexenc (``M{\\"u}ller`` -> ``Müller``, ``{\\L}ukasz`` -> ``Łukasz``), math
is kept as written, and a raw ``%`` is escaped first (pylatexenc would read the
rest of the value as a comment). URLs, DOIs and eprints are never decoded.
Braces that protect case are dropped from stored titles: the BibTeX export
protects capitals again by rule.

arXiv IDs are found in ``eprint`` (with ``archivePrefix``/``eprinttype``
arXiv, or shaped like an arXiv ID), an ``arxiv`` field, arXiv URLs,
``journal = {arXiv preprint arXiv:...}`` and ``note``. ``keywords`` become
sections; ``annote`` is the summary; ``abstract`` is kept. A malformed entry or
a duplicate key is reported with its key and line, and skipped.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from ...errors import InvalidIdentifier
from ...identifiers import parse_arxiv_id, try_normalize_doi, try_parse_arxiv_id
from ...models import Author, PaperData
from ...text import clean
from . import chunks as bibtex_chunks

_ARXIV_IN_TEXT = re.compile(
    r"(?:arxiv[:\s]*|arxiv\.org/(?:abs|pdf)/)(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)",
    re.IGNORECASE,
)


@dataclass
class BibItem:
    data: PaperData
    line: int
    key: str


@dataclass
class BibRead:
    items: list[BibItem] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, what)


@functools.cache
def _decoder():
    """pylatexenc's decoder, and the parsing context it would otherwise rebuild per value."""
    from pylatexenc.latex2text import LatexNodes2Text
    from pylatexenc.latexwalker import LatexWalker, get_default_latex_context_db

    logging.getLogger("pylatexenc").setLevel(logging.ERROR)
    to_text = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True)
    context = get_default_latex_context_db()

    def decode_latex(value: str) -> str:
        nodes = LatexWalker(value, latex_context=context, tolerant_parsing=True).get_latex_nodes()[0]
        return to_text.nodelist_to_text(nodes)

    return decode_latex


# Text commands paperctl's export writes, decoded exactly (pylatexenc would give
# U+02C6 for \textasciicircum); placeholders keep them away from brace handling.
_TEXT_COMMANDS = {r"\textbraceleft{}": "{", r"\textbraceright{}": "}", r"\textasciitilde{}": "~",
                  r"\textasciicircum{}": "^", r"\textbackslash{}": "\\"}
_PLACEHOLDERS = {cmd: chr(0xE000 + i) for i, cmd in enumerate(_TEXT_COMMANDS)}


_ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
            "r": "\u030a"}
_LETTERS = {"L": "Ł", "l": "ł", "o": "ø", "O": "Ø", "ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
            "aa": "å", "AA": "Å", "i": "ı", "j": "ȷ"}
_ACCENT = re.compile(r"""\\(["'`^~=.])\s*\{?\\?([A-Za-z])\}?|\\([uvHckr])(?:\{\\?([A-Za-z])\}|\s+([A-Za-z]))""")
_LETTER = re.compile(r"\\(ss|ae|AE|oe|OE|aa|AA|L|l|o|O|i|j)(?![A-Za-z])\s*(?:\{\})?")
_ESCAPED = re.compile(r"\\([&%$#_{}])")


def _fast_decode(value: str) -> str | None:
    """The common accents and escapes (M{\\"u}ller, {\\L}ukasz, \\&) without pylatexenc,
    or None when anything else is left for it (about 0.5 ms a value)."""
    if "$" in value:
        return None
    text = _ACCENT.sub(lambda m: (m.group(2) or m.group(4) or m.group(5)) + _ACCENTS[m.group(1) or m.group(3)], value)
    text = _LETTER.sub(lambda m: _LETTERS[m.group(1)], text)
    text = _ESCAPED.sub(lambda m: "\x00" + m.group(1), text)
    if "\\" in text:
        return None
    text = text.replace("{", "").replace("}", "").replace("~", " ").replace("\x00", "")
    return unicodedata.normalize("NFC", text)


def decode(value: str, decoder=None) -> str:
    """LaTeX text to Unicode, keeping ``$math$``; braces of case protection are dropped
    ({BERT} -> BERT) and a raw ``%`` survives."""
    if "\\" not in value and "$" not in value:
        # No command and no math: only grouping braces and ties to undo. Most values
        # are like this, and pylatexenc costs about 0.5 ms a value.
        return clean(value.replace("{", "").replace("}", "").replace("~", " ")) or ""
    fast = _fast_decode(value)
    if fast is not None:
        return clean(fast) or ""
    decoder = decoder or _decoder()
    for command, placeholder in _PLACEHOLDERS.items():
        value = value.replace(command, placeholder)
    value = re.sub(r"(?<!\\)%", r"\\%", value)
    text = decoder(value)
    for command, placeholder in _PLACEHOLDERS.items():
        text = text.replace(placeholder, _TEXT_COMMANDS[command])
    return clean(text) or ""


def _author(name: str, decoder) -> str:
    """"Müller, Hans" -> "Hans Müller" (the display order paperctl stores); a name braced
    whole ({Gemini Team, Google}) is one name, commas and all."""
    stripped = name.strip()
    if stripped.startswith("{") and stripped.endswith("}") and _balanced_inside(stripped):
        return decode(stripped[1:-1], decoder)
    text = decode(name, decoder)
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 2:
        return f"{parts[1]} {parts[0]}".strip()
    if len(parts) == 3:  # Family, Jr, Given
        return f"{parts[2]} {parts[0]} {parts[1]}".strip()
    return text


def _balanced_inside(text: str) -> bool:
    """True when the first brace of *text* closes at its very end."""
    depth = 0
    for i, ch in enumerate(text):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth == 0 and i < len(text) - 1:
            return False
    return depth == 0


def _split_authors(value: str) -> list[str]:
    """Split on top-level " and " (not inside braces)."""
    out, depth, current = [], 0, ""
    tokens = re.split(r"(\{|\}|\s+and\s+)", value)
    for token in tokens:
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        if re.fullmatch(r"\s+and\s+", token or "") and depth == 0:
            out.append(current)
            current = ""
        else:
            current += token or ""
    out.append(current)
    return [a.strip() for a in out if a.strip()]


def _arxiv(fields: dict[str, str]) -> str | None:
    prefix = (fields.get("archiveprefix") or fields.get("eprinttype") or "").lower()
    for name in ("eprint", "arxiv", "arxivid"):
        value = fields.get(name, "").strip()
        if value and (prefix in ("", "arxiv") or name != "eprint"):
            try:
                found = try_parse_arxiv_id(value) or parse_arxiv_id(value)
            except InvalidIdentifier:
                continue
            return str(found)
    for name in ("url", "journal", "note", "howpublished", "doi"):
        match = _ARXIV_IN_TEXT.search(fields.get(name, ""))
        if match:
            try:
                return str(parse_arxiv_id(match.group(1)))
            except InvalidIdentifier:
                continue
    doi = fields.get("doi", "")
    match = re.search(r"10\.48550/arxiv\.(\d{4}\.\d{4,5})", doi, re.IGNORECASE)
    return match.group(1) if match else None


def _entry_data(fields: dict[str, str], entry_type: str, decoder) -> PaperData:
    text = {k: decode(v, decoder) for k, v in fields.items()
            if k in ("title", "journal", "booktitle", "note", "annote", "abstract", "keywords", "howpublished")}
    arxiv = _arxiv(fields)
    data = PaperData(
        title=text.get("title"),
        authors=[Author(_author(a, decoder)) for a in _split_authors(fields.get("author", ""))],
        abstract=text.get("abstract"),
        summary=text.get("annote"),
    )
    if arxiv:
        parsed = parse_arxiv_id(arxiv)
        data.arxiv_id, data.version = parsed.base, parsed.version
    doi = try_normalize_doi(fields.get("doi", ""))
    if doi and not doi.startswith("10.48550/"):
        data.doi = doi
    url = fields.get("url", "").strip()
    if url.startswith(("http://", "https://")) and not (arxiv and "arxiv.org" in url):
        data.url = url
    year = re.search(r"\d{4}", fields.get("year", ""))
    data.year = int(year.group()) if year else None
    journal = text.get("journal", "")
    if journal and not re.search(r"\barxiv\b", journal, re.IGNORECASE):
        data.journal_ref = journal if entry_type == "article" else None
        data.venue = journal
    if text.get("booktitle"):
        data.venue = text["booktitle"]
    note = text.get("note", "")
    if note and not _ARXIV_IN_TEXT.fullmatch(note.strip()):
        data.notes.append(note)
    data.tags = [t.strip() for t in re.split(r"[,;]", text.get("keywords", "")) if t.strip()]
    data.status = "read" if data.summary else None
    return data


def read(text: str) -> BibRead:
    """Every entry of a BibTeX file as PaperData, and the problems with line numbers."""
    result = BibRead()
    result.items = list(iter_read(text, result.problems))
    result.problems.sort()
    return result


def iter_read(text: str, problems: list[tuple[int, str]]) -> Iterator[BibItem]:
    """The entries of a BibTeX file as they are parsed; problems are added to *problems*.

    A large file is cut between entries and its pieces are parsed in worker
    processes (``chunks``) while the caller writes what came before:
    parsing is about half of a BibTeX import. Keys repeated across pieces are
    caught here, as bibtexparser catches them within one piece.
    """
    seen: set[str] = set()
    for chunk in bibtex_chunks.parsed(text, parse):
        problems.extend(chunk.failed)
        for line, key, outcome in chunk.entries:
            if key in seen:
                problems.append((line, f"duplicate key {key!r}"))
            elif isinstance(outcome, str):
                problems.append((line, outcome))
            else:
                yield outcome
            seen.add(key)


@dataclass
class Parsed:
    """One piece of a BibTeX file, parsed: every entry in order (its line, key, and
    paper or problem) and the blocks bibtexparser could not read."""

    entries: list[tuple[int, str, BibItem | str]] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)


def parse(text: str, first_line: int = 0) -> Parsed:
    """Parse *text*, a piece of a file that starts at line *first_line* (0-based)."""
    import bibtexparser

    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)
    library = bibtexparser.parse_string(text)
    decoder = _decoder()
    result = Parsed()
    for block in library.failed_blocks:
        line = (block.start_line or 0) + 1 + first_line
        key = getattr(block, "key", None) or _guess_key(block.raw)
        kind = "duplicate key" if type(block).__name__ == "DuplicateBlockKeyBlock" else "malformed entry"
        result.failed.append((line, f"{kind} {key!r}" if key else kind))
    for entry in library.entries:
        result.entries.append(_entry(entry, first_line, decoder))
    return result


def _entry(entry, first_line: int, decoder) -> tuple[int, str, BibItem | str]:  # type: ignore[no-untyped-def]
    fields = {k.lower(): str(f.value) for k, f in entry.fields_dict.items()}
    line = (entry.start_line or 0) + 1 + first_line
    if not fields.get("title", "").strip():
        return line, entry.key, f"entry {entry.key!r} has no title"
    try:
        data = _entry_data(fields, entry.entry_type.lower(), decoder)
    except InvalidIdentifier as exc:
        return line, entry.key, f"entry {entry.key!r}: {exc}"
    return line, entry.key, BibItem(data, line, entry.key)


def _guess_key(raw: str) -> str | None:
    match = re.match(r"\s*@\w+\s*[{(]\s*([^,\s]+)", raw or "")
    return match.group(1) if match else None
