"""``--style auto``: an imported list written back in its own shape.

The import stored the document as read, each entry's exact text and place,
and how each section writes its entries (``layout.py``, ``store/layouts.py``).
Writing it back walks the document and keeps every line that is not an entry
as it was (preface, badges, tables of contents, year headings, prose,
reference definitions), and at each entry's place writes:

* the entry exactly as read, when its paper has not changed since the import
  (same ``layout.fingerprint``): byte-identical, so a list exported unchanged gives
  its entry lines back;
* the paper written anew in the entry's own shape (its list marker, its link
  labels, its venue format, and the ``Habits`` its text shows), when the paper changed;
* nothing, when the paper left the library or that section.

Papers added to a section since are written after the section's last entry
(in a section with year headings, after the last entry of the same year) in
the section's shape and habits, and numbered on from their neighbours. Sections no
imported list has are written after the documents, as ``numbered`` does.
With a ``--sort`` other than ``manual``, a section's papers fill its entry
places in that order.

The driver (``formats/exporting.py``) matches stored rows to the library's
papers; this module is text in, text out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ...models import Paper
from . import shapes
from .escaping import escape
from .habits import Habits, cell_separator, habits, link_form, row_cells, title_prefix, written_links, written_shape

# Table headers, by the words real lists use, mapped to the table style's columns.
_HEADER_COLUMNS = (
    (re.compile(r"title.*author|author.*title"), "title_authors"),
    (re.compile(r"^links?$"), "all_links"),
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
_NUMBER = re.compile(r"^(\s*)(\d+)([.)]\s*)$")
# A heading between two entries of a section: ATX, HTML, or a bold line standing alone ("**2024**").
_HEADING = re.compile(r"^ {0,3}#{1,6}\s|^\s*<h[1-6]\b|^\s*\*\*[^*]+\*\*\s*:?\s*$", re.I)


@dataclass
class SectionLook:
    """How a section of an imported list writes its entries."""

    shape: str = "numbered"
    labels: list[str] = field(default_factory=list)
    venue_format: str | None = None
    table_header: list[str] = field(default_factory=list)
    year_headings: bool = False
    link_form: str | None = None  # see ``link_form``
    habits: Habits = field(default_factory=Habits)


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
    edited: bool = False  # the file's text is not what the library last wrote or read there (see ``settle``)
    new_edit: bool = False  # ...and no earlier export met that edit
    paper_id: int | None = None  # the paper the entry was, even when it left the library or section


@dataclass
class Written:
    """An entry as ``rewrite`` wrote it: what ``export --into`` remembers of the file."""

    line: int  # 0-based, in the lines written
    raw: str
    paper: Paper
    section: str | None
    shape: str
    marker: str
    labels: list[str]
    venue_format: str | None
    edited: bool = False  # a hand edit kept


@dataclass
class Edits:
    """Hand edits ``export --into`` met in the file it writes (see ``settle``)."""

    overwrite: bool = False  # --overwrite-edits: the library's version wins a conflict
    kept: list[Slot] = field(default_factory=list)  # edits met for the first time, kept as the file has them
    overwritten: list[Slot] = field(default_factory=list)
    conflicts: list[Slot] = field(default_factory=list)

    def messages(self, name: str) -> list[str]:
        """What was decided about the hand edits of the file *name* (nothing when there were none)."""
        out = []
        if self.kept:
            it = "it" if len(self.kept) == 1 else "them"
            out.append(f"{name}: kept {_entries(self.kept)} as the file has {it} ({_lines(self.kept)});"
                       f" the library does not have these edits: 'paperctl import {name}' takes them in")
        if self.overwritten:
            out.append(f"{name}: wrote the library's version over {_entries(self.overwritten)}"
                       f" ({_lines(self.overwritten)}), as --overwrite-edits asked")
        return out


def _entries(slots: list[Slot]) -> str:
    return "1 hand-edited entry" if len(slots) == 1 else f"{len(slots)} hand-edited entries"


def _lines(slots: list[Slot]) -> str:
    return ("line " if len(slots) == 1 else "lines ") + ", ".join(str(slot.start + 1) for slot in slots)


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


def header_columns(header: list[str]) -> tuple[str, ...]:
    """The table style's columns for a table header row as written (unknown ones stay empty)."""
    if not header:
        return shapes.DEFAULT_COLUMNS
    cells = [c.strip() for c in header[0].strip().strip("|").split("|")]
    columns = []
    for cell in cells:
        text = re.sub(r"[*_`]", "", cell).casefold()
        columns.append(next((col for pattern, col in _HEADER_COLUMNS if pattern.search(text)), ""))
    if "code" in columns:  # "Links" beside "Code": the other links, as the table style writes them
        columns = ["links" if c == "all_links" else c for c in columns]
    return tuple(columns)


def _look(shape: str, marker: str, labels: list[str], venue_format: str | None, header: list[str],
          form: str | None = None, seen: Habits | None = None) -> shapes.Look:
    seen = seen or Habits()
    return shapes.Look(marker=marker or None, labels=label_map(labels), venue_format=venue_format,
                       columns=header_columns(header), link_form=None if shape == "table" else form,
                       year_alone=False,  # a list's own entries show a venue; a year alone is its headings' job
                       title_bold=seen.title_bold, arxiv_url=seen.arxiv_url, date_format=seen.date_format,
                       date_text=seen.date_text, separator=seen.separator, no_code=seen.no_code,
                       title_link=seen.title_link, title_end=seen.title_end, indent=seen.indent,
                       authors_end=seen.authors_end, gap=seen.gap, links_in_bold=seen.links_in_bold,
                       title_tag=seen.title_tag, venue_after=seen.venue_after)


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
    look = _look(slot.shape, slot.marker, slot.labels, slot.venue_format, header, link_form(slot.raw),
                 habits(slot.raw))
    look.written = written_links(slot.raw)
    if slot.shape == "table":
        look.cells, look.row_closed = row_cells(slot.raw)
        look.separator = cell_separator([c for c, col in zip(look.cells, look.columns, strict=False)
                                          if col in ("all_links", "links")])
        look.title_prefix = title_prefix(look.cells, slot.paper.title if slot.paper else "")
    number = int(m.group(2)) if (m := _NUMBER.match(slot.marker)) else 1
    return shapes.entry(written_shape(slot.shape, slot.raw), slot.paper, number, options, look)


def settle(slots: list[Slot], headers: dict[str, list[str]], options: shapes.Options, edits: Edits) -> None:
    """Decide each hand-edited entry of a file ``--into`` writes, three ways: the file's
    text against the text the library last read or wrote there (``edited``), and the
    paper now against its fingerprint then (``unchanged``).

    * only the file changed: the file's text stays (``kept``, said once);
    * only the library changed: the entry is written anew (not an edit here);
    * both: a conflict (``conflicts``), refused by the driver, unless the user chose
      the library's version (``overwrite``: written anew, ``overwritten``).

    An "edit" that is exactly what the library writes for the paper now is no edit
    (a file written by an export whose record was not kept, or an older paperctl).
    """
    for slot in slots:
        if not slot.edited:
            continue
        if slot.paper is not None and _written_now(slot, options, headers):
            slot.edited, slot.unchanged = False, True
        elif slot.paper is not None and slot.unchanged:
            if slot.new_edit:
                edits.kept.append(slot)
        elif edits.overwrite:
            slot.edited = False
            edits.overwritten.append(slot)
        else:
            edits.conflicts.append(slot)


def _written_now(slot: Slot, options: shapes.Options, headers: dict[str, list[str]]) -> bool:
    """*slot*'s text is what the library writes for its paper now."""
    anew = Slot(slot.start, slot.end, slot.raw, slot.paper, slot.section, False, slot.shape, slot.marker,
                slot.labels, slot.venue_format)
    return "\n".join(render_slot(anew, options, headers.get(slot.section or "", []))) == slot.raw


def still_there(old: list[str], new: list[str], spans: list[tuple[int, int]]) -> dict[int, int]:
    """Which entries of the document *old* stand unchanged in *new*: for each span
    (0-based first line, line count) whose lines all stand together in *new* as
    they were (a line diff, so an entry is found again however the reader would
    group the lines around it), its index -> its first line in *new*."""
    from difflib import SequenceMatcher

    moved: dict[int, int] = {}
    for tag, i1, i2, j1, _ in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            moved.update((i1 + k, j1 + k) for k in range(i2 - i1))
    found = {}
    for n, (start, count) in enumerate(spans):
        lines = [moved.get(start + k) for k in range(count)]
        if lines and lines[0] is not None and lines == list(range(lines[0], lines[0] + count)):
            found[n] = lines[0]
    return found


def render_new(insertion: Insertion, after: Slot | None, markers: list[str], options: shapes.Options,
               record: list[Written] | None = None) -> list[str]:
    """The lines of papers new to a section, to go after *after* (or under the
    heading); *markers* are the section's list markers so far, and grow. Each
    entry goes into *record* too (its line counted in the lines returned)."""
    look = insertion.look
    shape = look.shape if look.shape in shapes.STYLES else "numbered"
    lines: list[str] = []
    if shape == "table" and (after is None or after.shape != "table"):
        header = look.table_header or shapes.table_header(shapes.DEFAULT_COLUMNS)
        lines += [""] + header if after is not None else header
    for paper in insertion.papers:
        marker = _next_marker(markers) or (f"{len(markers) + 1}. " if shape == "numbered" else "")
        markers.append(marker)
        entry_look = _look(shape, marker, look.labels, look.venue_format, look.table_header, look.link_form,
                           look.habits)
        number = int(m.group(2)) if (m := _NUMBER.match(marker)) else 1
        if shape in shapes.SPACED and (lines or after is not None):
            lines.append("")
        entry = shapes.entry(shape, paper, number, options, entry_look)
        if record is not None:
            record.append(Written(len(lines), "\n".join(entry), paper, insertion.section, shape, marker,
                                  list(look.labels), look.venue_format))
        lines += entry
    return lines


def rewrite(lines: list[str], slots: list[Slot], insertions: list[Insertion], headers: dict[str, list[str]],
            renamed: dict[int, str], options: shapes.Options,
            record: list[Written] | None = None) -> tuple[list[str], list[Insertion]]:
    """The document *lines* with every slot rewritten and new papers inserted, and
    the insertions that found no place in it (their section has no entry and no
    heading there).

    *headers* gives each section's table header; *renamed* maps a heading's line
    to its new text (a section renamed since the import). Every entry written
    goes into *record*, at its line in the lines returned.
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
    new_entries: dict[tuple[str, int], list[Written]] = {}  # their entries, at lines counted in those
    trailing: list[Insertion] = []
    for insertion in _by_year(insertions):
        if not insertion.papers:
            continue
        anchor = _anchor(insertion, slots, last_of.get(insertion.section))
        entries: list[Written] = []
        if anchor is not None:
            before = after_slot.setdefault(anchor.start, [])
            new = render_new(insertion, anchor, markers_of.setdefault(insertion.section, []), options, entries)
            new_entries.setdefault(("slot", anchor.start), []).extend(replace(w, line=w.line + len(before))
                                                                      for w in entries)
            before.extend(new)
        elif insertion.heading_line is not None:
            before = after_line.setdefault(insertion.heading_line, [])
            new = render_new(insertion, None, [], options, entries)
            new_entries.setdefault(("line", insertion.heading_line), []).extend(
                replace(w, line=w.line + len(before) + 1) for w in entries)
            before.extend([""] + new)
        else:
            trailing.append(insertion)
    out: list[str] = []
    by_start = {slot.start: slot for slot in slots}

    def place(key: tuple[str, int], added: list[str]) -> None:
        if record is not None:
            record.extend(replace(w, line=w.line + len(out)) for w in new_entries.get(key, []))
        out.extend(added)

    n = 0
    while n < len(lines):
        slot = by_start.get(n)
        if slot is None:
            out.append(renamed.get(n, lines[n]))
            place(("line", n), after_line.get(n, []))
            n += 1
            continue
        written = render_slot(slot, options, headers.get(slot.section or "", []))
        if record is not None and written and slot.paper is not None:
            record.append(Written(len(out), "\n".join(written), slot.paper, slot.section, slot.shape, slot.marker,
                                  list(slot.labels), slot.venue_format, slot.edited))
        out += written
        place(("slot", slot.start), after_slot.get(slot.start, []))
        n = slot.end
        if not written and not after_slot.get(slot.start) and out and out[-1] == "" and n < len(lines) \
                and lines[n] == "" and slot.shape in shapes.SPACED:
            n += 1  # a removed paragraph entry takes one of its blank lines with it
    return out, trailing


def runs(slots: list[Slot], lines: list[str]) -> list[list[Slot]]:
    """A section's entry places (*slots*, in document order) split where a heading
    of the document *lines* stands between two of them: the entries under one year
    heading (``### 2024``) are one run, so ``--sort`` keeps each under its heading."""
    found: list[list[Slot]] = []
    for slot in slots:
        if not found or any(_HEADING.match(line) for line in lines[found[-1][-1].end : slot.start]):
            found.append([])
        found[-1].append(slot)
    return found


def _by_year(insertions: list[Insertion]) -> list[Insertion]:
    """*insertions*, those of a section with year headings split by year, so that
    each new paper goes after the last entry of its own year (``_anchor``)."""
    out = []
    for insertion in insertions:
        if not insertion.look.year_headings or len({p.year for p in insertion.papers}) < 2:
            out.append(insertion)
            continue
        years = list(dict.fromkeys(p.year for p in insertion.papers))
        out += [replace(insertion, papers=[p for p in insertion.papers if p.year == year]) for year in years]
    return out


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
