"""``--style auto``: an imported list written back in its own shape.

The import stored the document as read, each entry's exact text and place,
and how each section writes its entries (``layout.py``, ``store/layouts.py``).
Writing it back walks the document and keeps every line that is not an entry
as it was (preface, badges, tables of contents, year headings, prose,
reference definitions), and at each entry's place writes:

* the entry exactly as read, when its paper has not changed since the import
  (same ``fingerprint``): byte-identical, so a list exported unchanged gives
  its entry lines back;
* the paper written anew in the entry's own shape (its list marker, its link
  labels, its venue format), when the paper changed;
* nothing, when the paper left the library or that section.

Papers added to a section since are written after the section's last entry
(in a section with year headings, after the last entry of the same year) in
the section's shape, and numbered on from their neighbours. Sections no
imported list has are written after the documents, as ``numbered`` does.
With a ``--sort`` other than ``manual``, a section's papers fill its entry
places in that order.

The driver (``formats/exporting.py``) matches stored rows to the library's
papers; this module is text in, text out.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from ...models import Paper
from . import shapes
from .escaping import escape

# Table headers, by the words real lists use, mapped to the table style's columns.
_HEADER_COLUMNS = (
    (re.compile(r"title|paper|name|论文"), "title"),
    (re.compile(r"venue|conference|conf|publication|journal|pub"), "venue"),
    (re.compile(r"date|time"), "date"),
    (re.compile(r"year"), "year"),
    (re.compile(r"author"), "authors"),
    (re.compile(r"code|github|repo"), "code"),
    (re.compile(r"tl;?dr|summary|description|highlight|note|comment|abstract"), "summary"),
    (re.compile(r"status|read"), "status"),
)
_PAPER_LABELS = ("paper", "pdf", "arxiv", "link")
_CODE_LABELS = ("code", "github", "repo", "source")
_INNER = re.compile(r"\[\[[^\[\]]*\]\(")
_DOUBLE = re.compile(r"\[\[[^\[\]]*\]\]\(")
_SINGLE = re.compile(r"(?<!\[)\[[^\[\]]+\]\((?!\))")
_NUMBER = re.compile(r"^(\s*)(\d+)([.)]\s*)$")


def fingerprint(paper: Paper) -> str:
    """A digest of everything an entry of *paper* can show: when it is the same as
    at import, the entry as read still says all there is."""
    fields = [paper.title, paper.author_names, paper.arxiv_id, paper.doi, paper.url, paper.year, paper.published,
              paper.venue, paper.summary, paper.status, [n.text for n in paper.notes], sorted(paper.links.items())]
    return hashlib.sha1(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass
class SectionLook:
    """How a section of an imported list writes its entries."""

    shape: str = "numbered"
    labels: list[str] = field(default_factory=list)
    venue_format: str | None = None
    table_header: list[str] = field(default_factory=list)
    year_headings: bool = False
    link_form: str | None = None  # see ``link_form``


@dataclass
class Slot:
    """One entry's place in a document, and what goes there now."""

    start: int  # 0-based first line
    end: int  # 0-based line after it
    raw: str
    paper: Paper | None  # None: removed (from the library, or from this section)
    section: str | None  # the section path it belongs to now
    unchanged: bool  # the paper is as the import left it
    shape: str
    marker: str
    labels: list[str] = field(default_factory=list)
    venue_format: str | None = None


@dataclass
class Insertion:
    """Papers new to a section, and the section's look and place in the document."""

    section: str
    look: SectionLook
    heading_line: int | None  # 0-based, where the section's heading is (None: not found)
    papers: list[Paper] = field(default_factory=list)


def label_map(labels: list[str]) -> dict[str, str]:
    """``["Paper", "Code"]`` -> ``{"paper": "Paper", "code": "Code"}``: how the list names links."""
    found: dict[str, str] = {}
    for label in labels:
        name = label.strip("[] ").lower()
        key = "paper" if name in _PAPER_LABELS else "code" if name in _CODE_LABELS else name
        found.setdefault(key, label.strip("[] "))
    return found


def link_form(raw: str) -> str | None:
    """How an entry writes its links: ``[[name](url)]`` (inner), ``[[name]](url)``
    (double) or ``[name](url)`` (single); None when it has none of these."""
    if _INNER.search(raw):
        return "inner"
    if _DOUBLE.search(raw):
        return "double"
    return "single" if _SINGLE.search(raw) else None


def header_columns(header: list[str]) -> tuple[str, ...]:
    """The table style's columns for a table header row as written (unknown ones stay empty)."""
    if not header:
        return shapes.DEFAULT_COLUMNS
    cells = [c.strip() for c in header[0].strip().strip("|").split("|")]
    columns = []
    for cell in cells:
        text = re.sub(r"[*_`]", "", cell).casefold()
        columns.append(next((col for pattern, col in _HEADER_COLUMNS if pattern.search(text)), ""))
    return tuple(columns)


def _look(shape: str, marker: str, labels: list[str], venue_format: str | None, header: list[str],
          form: str | None = None) -> shapes.Look:
    return shapes.Look(marker=marker or None, labels=label_map(labels), venue_format=venue_format,
                       columns=header_columns(header), link_form=None if shape == "table" else form,
                       year_alone=False)  # a list's own entries show a venue; a year alone is its headings' job


def _next_marker(markers: list[str]) -> str:
    """The marker for an entry after *markers*: numbered on when they count up, else the same."""
    if not markers:
        return ""
    last = _NUMBER.match(markers[-1])
    if not last:
        return markers[-1]
    first = _NUMBER.match(markers[0])
    if len(markers) > 1 and first and first.group(2) == last.group(2):
        return markers[-1]  # "1." everywhere: GitHub numbers them
    return f"{last.group(1)}{int(last.group(2)) + 1}{last.group(3)}"


def render_slot(slot: Slot, options: shapes.Options, header: list[str]) -> list[str]:
    """What goes in *slot*'s place."""
    if slot.paper is None:
        return []
    if slot.unchanged:
        return slot.raw.split("\n")
    look = _look(slot.shape, slot.marker, slot.labels, slot.venue_format, header, link_form(slot.raw))
    number = int(m.group(2)) if (m := _NUMBER.match(slot.marker)) else 1
    return shapes.entry(slot.shape if slot.shape in shapes.STYLES else "numbered", slot.paper, number, options, look)


def render_new(insertion: Insertion, after: Slot | None, markers: list[str], options: shapes.Options) -> list[str]:
    """The lines of papers new to a section, to go after *after* (or under the
    heading); *markers* are the section's list markers so far, and grow."""
    look = insertion.look
    shape = look.shape if look.shape in shapes.STYLES else "numbered"
    lines: list[str] = []
    if shape == "table" and (after is None or after.shape != "table"):
        header = look.table_header or shapes.table_header(shapes.DEFAULT_COLUMNS)
        lines += [""] + header if after is not None else header
    for paper in insertion.papers:
        marker = _next_marker(markers) or (f"{len(markers) + 1}. " if shape == "numbered" else "")
        markers.append(marker)
        entry_look = _look(shape, marker, look.labels, look.venue_format, look.table_header, look.link_form)
        number = int(m.group(2)) if (m := _NUMBER.match(marker)) else 1
        if shape in shapes.SPACED and (lines or after is not None):
            lines.append("")
        lines += shapes.entry(shape, paper, number, options, entry_look)
    return lines


def rewrite(lines: list[str], slots: list[Slot], insertions: list[Insertion], headers: dict[str, list[str]],
            renamed: dict[int, str], options: shapes.Options) -> tuple[list[str], list[Insertion]]:
    """The document *lines* with every slot rewritten and new papers inserted, and
    the insertions that found no place in it (their section has no entry and no
    heading there).

    *headers* gives each section's table header; *renamed* maps a heading's line
    to its new text (a section renamed since the import).
    """
    slots = sorted(slots, key=lambda s: s.start)
    last_of: dict[str, Slot] = {}
    markers_of: dict[str, list[str]] = {}
    for slot in slots:
        if slot.section is not None:
            last_of[slot.section] = slot
            markers_of.setdefault(slot.section, []).append(slot.marker)
    after_slot: dict[int, list[str]] = {}  # slot start -> lines to add after it
    after_line: dict[int, list[str]] = {}  # heading line -> lines to add after it
    trailing: list[Insertion] = []
    for insertion in insertions:
        if not insertion.papers:
            continue
        anchor = _anchor(insertion, slots, last_of.get(insertion.section))
        if anchor is not None:
            new = render_new(insertion, anchor, markers_of.setdefault(insertion.section, []), options)
            after_slot.setdefault(anchor.start, []).extend(new)
        elif insertion.heading_line is not None:
            new = render_new(insertion, None, [], options)
            after_line.setdefault(insertion.heading_line, []).extend([""] + new)
        else:
            trailing.append(insertion)
    out: list[str] = []
    by_start = {slot.start: slot for slot in slots}
    n = 0
    while n < len(lines):
        slot = by_start.get(n)
        if slot is None:
            out.append(renamed.get(n, lines[n]))
            out += after_line.get(n, [])
            n += 1
            continue
        written = render_slot(slot, options, headers.get(slot.section or "", []))
        out += written
        out += after_slot.get(slot.start, [])
        n = slot.end
        if not written and not after_slot.get(slot.start) and out and out[-1] == "" and n < len(lines) \
                and lines[n] == "" and slot.shape in shapes.SPACED:
            n += 1  # a removed paragraph entry takes one of its blank lines with it
    return out, trailing


def _anchor(insertion: Insertion, slots: list[Slot], last: Slot | None) -> Slot | None:
    """The slot new papers of a section go after: its last one, or with year
    headings, the last one whose paper has the year of the first new paper."""
    if last is None or not insertion.look.year_headings:
        return last
    year = insertion.papers[0].year
    same = [s for s in slots if s.section == insertion.section and s.paper is not None and s.paper.year == year]
    return same[-1] if same else last


def new_heading(heading: str, name: str) -> str:
    """*heading* (as written) with the section's new name, at the same level."""
    m = re.match(r"^(\s*#{1,6})\s", heading)
    return f"{m.group(1)} {escape(name)}" if m else f"**{escape(name)}**"
