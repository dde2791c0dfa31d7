"""What an imported entry's own text shows of how its list writes entries.

The reader records each entry's shape, list marker, link labels and venue format
(``layout.py``); the text shows more, and a paper written anew (``auto``) keeps
it: a bold or plain title, one that carries the paper's link, the order, labels
and form of each link and what stands between them, a ``[Code]`` placeholder,
how arXiv papers are linked, a date after the links, how a citation breaks its
lines, a table row's cells. Each habit is read from real entries of the lists
in ../shared/fixtures/real-lists and the user's own lists (the examples are in
tests/test_markdown_auto_habits.py). A changed entry keeps its own habits; a
paper added to a section takes those most of its entries have.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import shapes
from .escaping import escape

_INNER = re.compile(r"\[\[[^\[\]]*\]\(")
_DOUBLE = re.compile(r"\[\[[^\[\]]*\]\]\(")
_SINGLE = re.compile(r"(?<!\[)\[[^\[\]]+\]\((?!\))")
_LEAD = re.compile(r"^\s*(?:(?:[-*+]|\d+[.)])\s+)?(?:(?:✅|📌)\s*)?(?:\[[^\]]*\]\s+|\([^)]*\)\s+)?")
_ARXIV_URL = re.compile(r"\]\((https?://(?:[\w-]+\.)?arxiv\.org/(?:abs|pdf)/)(\d{4}\.\d{4,5})(v\d+)?(\.pdf)?\)")
_BETWEEN_LINKS = re.compile(r"\)\]?([ ,;|/]*)\[")  # what stands between one link and the next
_NO_CODE = re.compile(r"(?<![\[\]!])\[((?:code|github|repo))\](?![\[(])", re.I)  # "[Code]": no code (yet)
# A link as an entry writes one, with a plain label ("[[Paper](..)]", "[[code]](..)", "[Video](..)").
_WRITTEN_LINK = re.compile(r"(\[\[|(?<![\[\]])\[)([\w .'’-]{1,30})(\]\]\(|\]\()(<[^<>\n]*>|[^()\s<>]+)\)(\]?)")
_TITLE_LINK = re.compile(r"^(?:\*\*)?\[[^\[\]]*?([.。])?\]\([^()\s]+\)")  # **[Title.](url)**, [Title](url)
_CITATION_BLOCK = re.compile(r"\n\n( {2,}|\t)\*[^*\n]+?([.,])?\*(?:\s|$)")  # "\n\n    *A, B.* Venue"
_LINKS_IN_BOLD = re.compile(r"^\*\*[^*\[\]]+(?:\s*\[[^\[\]]+\]\([^()\s]+\))+\s*\*\*")
_TITLE_TAG = re.compile(r"^\*\*\s*(【[^】\n]{1,40}】)")
# "](..) (ICLR 2024)": a venue (letters, then a year) in parentheses after a link
_VENUE_AFTER = re.compile(r"\]\([^()\s]*\)\s*[(（][^()（）\d]*[A-Za-z][^()（）]*\d{4}[^()（）]*\)")
_GAP = re.compile(r"\S(\s+)\[\[?[\w .'’-]{1,30}\]\]?\(")  # the space before the first link
_CODE_LINK = re.compile(r"\[\[?(?:code|github|repo)\]?\]?\(", re.I)
_DATE_TAIL = re.compile(r"\s(\(?)(\d{4})([./-])(\d{1,2})\3(\d{1,2})(\)?)\s*$")


@dataclass(frozen=True)
class Habits:
    """What an entry's text shows of how its list writes entries, beyond the layout
    the reader recorded: a bold or plain title, how arXiv papers are linked, and a
    date after the links (``(2023.12.01)``, the Awesome-Mamba-Collection way). Read
    from the text itself, so a paper written anew keeps them (``habits``); a
    section's are what most of its entries do (``common_habits``)."""

    title_bold: bool | None = None
    arxiv_url: str | None = None  # "https://arxiv.org/pdf/{id}.pdf"
    date_format: str | None = None  # "({y}.{m}.{d})"
    date_text: str | None = None  # the entry's own date, as written
    separator: str | None = None  # between two links: " ", ", ", "" ...
    no_code: str | None = None  # written where a paper has no code link: "[Code]"
    title_link: bool | None = None  # the title carries the paper's link: **[Title.](url)**
    title_end: str | None = None  # a period the list writes after every title: "[Title.](url)"
    indent: str | None = None  # citations: authors and venue on an indented line after a blank one
    authors_end: str | None = None  # "*A, B.*": the period closing the authors
    gap: str | None = None  # the space before the entry's first link, when it is not one space
    links_in_bold: bool | None = None  # "**Title [paper](url)**" (the user's reading-notes)
    title_tag: str | None = None  # "**【🔧SFT】Title**": the tag the reader keeps as a note (the user's 2026 list)
    venue_after: bool | None = None  # "**Title** [[paper]](..) (ICLR 2024)": the venue after the links


def habits(raw: str) -> Habits:
    """*raw*'s habits (see ``Habits``)."""
    first = raw.split("\n", 1)[0]
    bold = None
    if first.strip() and not first.lstrip().startswith("|"):
        bold = first[_LEAD.match(first).end():].startswith("**")
    arxiv = _ARXIV_URL.search(raw)
    template = None
    if arxiv:
        template = arxiv.group(1) + "{id}" + (arxiv.group(3) or "") + (arxiv.group(4) or "")
    date = _DATE_TAIL.search(raw.split("\n")[-1])
    fmt = text = None
    if date:
        o, y, sep, m, d, c = date.groups()
        fmt = f"{o}{{y}}{sep}{{m}}{sep}{{d}}{c}" if len(m) == len(d) == 2 else None
        text = date.group().strip()
    between = next((m for m in _BETWEEN_LINKS.finditer(raw) if _links_at(raw, m)), None)
    no_code = _NO_CODE.search(raw)
    rest = first[_LEAD.match(first).end():] if bold is not None else ""
    linked = _TITLE_LINK.match(rest)
    block = _CITATION_BLOCK.search(raw)
    gap = _GAP.search(first)
    return Habits(bold, template, fmt, text, between.group(1) if between else None,
                  no_code.group() if no_code else None, bool(linked) if bold is not None else None,
                  linked.group(1) if linked and linked.group(1) else None,
                  block.group(1) if block else None, block.group(2) if block and block.group(2) else None,
                  gap.group(1) if gap and gap.group(1) != " " else None,
                  bool(_LINKS_IN_BOLD.match(rest)) if bold else None,
                  tag.group(1) if (tag := _TITLE_TAG.match(rest)) else None,
                  bool(_VENUE_AFTER.search(first)) if first.strip() else None)


def _links_at(raw: str, between: re.Match) -> bool:
    """*between* stands between two links (``](url)`` ... ``[label](`` or ``[[label]``)."""
    return "](" in raw[: between.start() + 1] and re.match(r"\[\[?[^\[\]]*\]", raw[between.end() - 1 :]) is not None


def title_prefix(cells: list[tuple[str, str, str]], title: str) -> str:
    """What a row's cell holds before the paper's title link (star and venue badges,
    ``:star:``): kept as the row had it when the paper is written anew."""
    start = "[" + escape(title)[:24]
    for _, content, _ in cells:
        at = content.find(start)
        if at > 0:
            return content[:at]
    return ""


def cell_separator(cells: list[tuple[str, str, str]]) -> str | None:
    """What stands between two links in a row's cell (``" <br> "``), if one holds two."""
    for _, content, _ in cells:
        m = re.search(r"\]\([^()\s]*\)\]?((?:\s|<br\s*/?>|,)*)\[(?!!)", content)
        if m:
            return m.group(1)
    return None


def written_links(raw: str) -> dict[str, tuple[int, str, str]]:
    """*raw*'s links as it wrote them: target -> (place, label, form), so that a paper
    written anew keeps each link's label, order and form (``[[Video]](..)`` stays)."""
    found: dict[str, tuple[int, str, str]] = {}
    for m in _WRITTEN_LINK.finditer(raw):
        opening, label, middle, target, closing = m.groups()
        form = "double" if opening == "[[" and middle == "]](" else \
            "inner" if opening == "[[" and closing == "]" else "single" if opening == "[" else None
        if form is not None:
            found.setdefault(target.strip("<>"), (len(found), label, form))
    return found


def common_habits(raws: list[str]) -> Habits:
    """What most of *raws* do (no date of its own: that is one entry's). A date, or a
    placeholder for a missing code link, only where it is the section's way: most entries
    write a date; more entries write ``[Code]`` than show no code at all."""
    seen = [habits(raw) for raw in raws]

    def most(values: list, count_none: bool = False) -> object:
        found = Counter(v for v in values if v is not None or count_none).most_common(1)
        return found[0][0] if found else None

    codeless = sum(1 for raw, h in zip(raws, seen, strict=True) if not h.no_code and not _CODE_LINK.search(raw))
    placeholders = [h.no_code for h in seen if h.no_code]
    no_code = most(placeholders) if len(placeholders) > codeless else None
    return Habits(most([h.title_bold for h in seen]), most([h.arxiv_url for h in seen]),
                  most([h.date_format for h in seen], count_none=True), None, most([h.separator for h in seen]),
                  no_code, most([h.title_link for h in seen]), most([h.title_end for h in seen], count_none=True),
                  most([h.indent for h in seen], count_none=True), most([h.authors_end for h in seen],
                                                                        count_none=True),
                  None, most([h.links_in_bold for h in seen]), None, most([h.venue_after for h in seen]))


def link_form(raw: str) -> str | None:
    """How an entry writes its links: ``[[name](url)]`` (inner), ``[[name]](url)``
    (double) or ``[name](url)`` (single); None when it has none of these."""
    if _INNER.search(raw):
        return "inner"
    if _DOUBLE.search(raw):
        return "double"
    return "single" if _SINGLE.search(raw) else None


def row_cells(raw: str) -> tuple[list[tuple[str, str, str]], bool]:
    """A table row's cells as (space before, content, space after), and whether it ends with ``|``."""
    row = raw.strip("\n")
    body = row[1:] if row.startswith("|") else row
    closed = body.rstrip().endswith("|") and not body.rstrip().endswith("\\|")
    if closed:
        body = body.rstrip()[:-1]
    cells = []
    for cell in re.split(r"(?<!\\)\|", body):
        content = cell.strip()
        before = cell[: len(cell) - len(cell.lstrip())]
        after = cell[len(before) + len(content):]
        cells.append((before, content, after))
    return cells, closed


def written_shape(shape: str, raw: str) -> str:
    """The writer for an entry the reader filed as *shape*. The reader files every entry
    with a bold title as ``citation``; a list item (``1. **Title** (Venue) [[paper]](..)
    summary``, the user's LLM/MLLM list) or a single line is written by ``numbered``, a title
    line with ``* summary`` bullets under it (the user's reading-notes) by ``bullets``;
    a citation proper breaks its lines with backslashes or puts its authors below."""
    if shape not in shapes.STYLES:
        return "numbered"
    if shape != "citation" or "\\\n" in raw or _CITATION_BLOCK.search(raw):
        return shape
    first, *rest = raw.split("\n")
    rest = [line for line in rest if line.strip()]
    marked = _LEAD.match(first) is not None and re.match(r"^\s*(?:[-*+]|\d+[.)])\s", first) is not None
    if marked:
        return "numbered"  # notes as sub-bullets, a summary on the line
    if not marked and rest and all(re.match(r"^[-*+]\s", line) for line in rest):
        return "bullets"
    return "numbered" if not rest else shape
