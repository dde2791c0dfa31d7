"""A list's reading put together: what ``reader`` found, as the list's entries, sections and layout.

``finish`` turns the reader's findings (entries with the heading each sits under,
headings, skipped lines) into ``Parsed``: it drops the preface (lists before the
first paper's top-level heading: updates, contents), gives each entry its section,
keeps the sections that hold papers, accounts for every line with a link that is
no entry, and records the list's layout for ``export --md --style auto``.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from ...models import PaperData
from . import bib_blocks, fields, name_headings, said_in_words
from . import blocks as blocks_
from .blocks import Document
from .headings import Heading, skip_path
from .layout import EntryLayout, ListLayout, SectionLayout
from .model import ListEntry


class Findings(Protocol):
    """What the reader (``reader._Reader``) found, as ``finish`` reads it."""

    doc: Document
    found: list[tuple[ListEntry, int, int, int, str]]  # entry, first line, end, heading, marker
    headings: list[Heading]
    skipped: dict[int, str]
    covered: set[int]
    tables: dict[str, list[str]]
    html_lines: set[int]
    code_lines: set[int]

_LINKISH = re.compile(r"\]\(|\]\[|<a\s[^<>]{0,300}href|https?://|\]:\s*\S", re.IGNORECASE)
# (Compiled once rather than looked up in re's cache at every call.)
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TWO_DIGIT_YEAR = re.compile(r"(?<=['’-])\d\d(?!\d)")


@dataclass
class Entry:
    """One paper as found in the list, with where it was found."""

    data: PaperData
    line: int
    heading: int = -1  # index of the heading it sits under
    certain: bool = False  # has a bold title or a paper link (cannot be preface prose)
    layout: EntryLayout | None = None


@dataclass
class Parsed:
    entries: list[Entry] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)  # every section, in document order
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, why)
    doubts: list[tuple[int, str]] = field(default_factory=list)  # (line, what the reader chose and why)
    layout: ListLayout | None = None
    lines: int = 0  # lines read
    link_lines: int = 0  # lines that hold a link
    entry_lines: int = 0  # lines that hold a link and belong to an imported entry


def linkish(line: str) -> bool:
    """Does *line* hold a link? (Every form needs a "]", a "<" or a "://": most lines are
    ruled out without the regular expression.)"""
    if "](" in line or "][" in line:  # (_LINKISH's first two forms, as they are: a link)
        return True
    return ("]" in line or "<" in line or "://" in line) and _LINKISH.search(line) is not None

def finish(reader: Findings, text: str, known: tuple[Parsed, int] | None = None, whole: bool = True) -> Parsed:
    """The list as read (see the module). *known*: what this gave for the first findings
    alone (a first part's, ``ahead.stages``) and how many they were; its entries are
    taken as they are, in turn (an index line the first findings alone left out too gave no
    entry to take) when what spans the list (where the preface ends, whether the
    papers sit under headings) comes out the same for them as for all. Not *whole* (a
    stage of ``ahead.stages``): only the entries and sections, which is all a stage gives."""
    doc = reader.doc
    result = Parsed(lines=len(doc.lines) - (1 if doc.lines and doc.lines[-1] == "" else 0))
    start, headed, names, described = decided = _decisions(reader.found, reader.headings)
    named = name_headings.paper_names(reader.found, reader.headings)  # (headings that are their paper's name)
    given: Iterator[Entry] = iter(())
    index = index_lines(reader.found, doc.lines)
    given_index: dict[int, int] = {}  # the index lines the first findings alone had (not given as entries)
    if known is not None and _decisions(reader.found[: known[1]], reader.headings) == decided and _named_alike(
            named, name_headings.paper_names(reader.found[: known[1]], reader.headings), reader.found[: known[1]]):
        given, given_index = iter(known[0].entries), index_lines(reader.found[: known[1]], doc.lines)
    layouts: list[EntryLayout] = []
    cited = [n for n in bib_blocks.starts(text) if n < len(doc.lines)]  # (a paper's BibTeX under it)
    for k, (entry, first, end, heading, marker) in enumerate(reader.found):
        if k in index:
            reader.skipped.setdefault(first, f"an index line: the list writes this paper in full at line {index[k]}")
            reader.covered.difference_update(range(first, end))
            if known is not None and k < known[1] and k not in given_index:
                next(given, None)  # (its full entry comes later: alone, the first findings gave it)
            continue
        if (heading < start and not (heading < 0 and start == 0) and entry.weak and not (
                entry.bare_title and entry.date_year)) or (  # (not "10. Software-Defined Agentic Serving (2026)" among
            # titles alone, each with its year: w20chen/agent-paper-reading-list, where no paper is linked)
                heading < 0 and headed and _bare(entry) and not entry.bare_title):  # (not "1. Yolov3: An incremental
            # improvement" under the list's own title, among titles alone: zh-song/Object-Detection-Papers)
            for n in range(first, end):
                if linkish(doc.lines[n]):
                    reader.skipped.setdefault(n, "preface, not a paper: " + (entry.title or "")[:60])
            reader.covered.difference_update(range(first, end))
            continue
        if known is not None and k < known[1] and k not in given_index and (same := next(given, None)) is not None:
            layouts.append(same.layout)  # type: ignore[arg-type]
            result.entries.append(same)
            result.doubts += [(first + 1, doubt) for doubt in entry.doubts]
            continue
        if cited:
            entry = copy.copy(entry)  # (not the finding's own: a later stage of ``ahead.stages`` reads it again,
            # and a bold line left bare is preface there, hs-esslingen-it-security/Awesome-LLM4SVD's title)
            bib_blocks.fill(entry, doc.lines, cited, first + 1,  # (its own, in its item's <details>, shiningrain/
                            # MyReadingList's first papers, or below it)
                            reader.found[k + 1][1] if k + 1 < len(reader.found) else len(doc.lines))
        section = entry_section(reader, heading) if heading not in named else named[heading] or None
        data = entry.data(names, described)
        said_in_words.fill(data)  # (what its notes and description say, complete only now)
        if heading in named and (name := name_headings.note(reader.headings[heading].name, entry.title)):
            data.notes.insert(0, name)  # ("### **SDS**": the paper's short name, a note)
        if heading in named and data.year is None:  # ("### KAT · 2024": and its year)
            data.year = name_headings.dated(reader.headings[heading].name)[1]
        data.tags = [section] if section else []
        layout = EntryLayout(entry.shape, blocks_.raw(doc, first, end), first + 1, section, marker,
                             list(entry.link_labels), _venue_format(entry))
        layouts.append(layout)
        result.entries.append(Entry(data, first + 1, heading, entry.certain, layout))
        result.doubts += [(first + 1, doubt) for doubt in entry.doubts]
    kept = _sections(reader, start, Counter(reader.found[k][3] for k in index), named)
    result.sections = kept
    if not whole:
        return result
    for n, line in enumerate(doc.lines):
        if linkish(line):
            result.link_lines += 1
            if n in reader.covered:
                result.entry_lines += 1
            else:
                reader.skipped.setdefault(n, _why_not(reader, n))
    result.skipped = sorted((n + 1, why) for n, why in reader.skipped.items() if n not in reader.covered)
    result.layout = _list_layout(reader, text, kept, layouts)
    return result


def entry_section(reader: Findings, heading: int) -> str | None:
    return reader.headings[heading].path or None if heading >= 0 else None


def _decisions(found: list[tuple[ListEntry, int, int, int, str]],
               headings: list[Heading]) -> tuple[int, bool, bool, bool]:
    """What spans the list: where the preface ends (``_preface_end``); whether papers
    sit under headings (then a bold line above every heading is the preface's, "**Why
    Causal Learning?**" under the list's title, not a paper known by its title); whether
    it writes a method's name after its titles (``_names_after_titles``); and whether it
    describes its papers on a bullet below each (``_described_below``)."""
    preface = _preface_end(found, headings)
    headed = [f for f in found if f[3] >= preface and f[3] >= 0]  # (what stands before the first heading, or
    # in the preface, is no paper of the list's: bighuang624/Time-Series-Papers's introduction bullets)
    return (preface, any(f[3] >= 0 and f[0].certain and not _bare(f[0]) for f in found),
            _names_after_titles(found), _described_below(headed or found))


def _names_after_titles(found: list[tuple[ListEntry, int, int, int, str]]) -> bool:
    """Does the list write the method's short name where a description would stand, most times
    it writes anything there? ``- (AAAI 2020) [Neural cognitive diagnosis for intelligent
    education systems](..) NCDM+(CNCD-Q)`` (HFUT-LEC/awesome-student-cognitive-modeling: 118
    of its 160 entries). Then such a word is a note; in a list that describes its papers (the
    user's own: one "LLaVA" among hundreds of descriptions) it stays the entry's summary."""
    said = named = 0
    for f in found:
        summary = f[0].summary if f[0].summary_parts else None
        if summary:
            said += 1
            named += fields.method_name(summary)
    return named >= 5 and 2 * named > said


def _described_below(found: list[tuple[ListEntry, int, int, int, str]]) -> bool:
    """Does the list describe its papers on a bullet below each, never on their own lines? Then that
    bullet is the summary (``grouping.described_below``); else a note, as paperctl writes notes under
    papers whose summary stands on their line. (A library exported with no summary at all, and one
    note under most papers, is written as such a list is, and reads back with those notes as summaries.)"""
    below = sum(f[0].below is not None for f in found)
    if below < 3:
        return False
    # (past the preface, and what reads as a description: not "[[code](..)] *", a mark after the links,
    # bighuang624/Time-Series-Papers; one stray text beside ten descriptions below does not say otherwise)
    said = sum(bool(f[0].summary_parts) and f[0].reason is None and f[0].summary is not None for f in found)
    return said * 10 <= below


def _preface_end(found: list[tuple[ListEntry, int, int, int, str]], headings: list[Heading]) -> int:
    """Index of the first heading that is not preface: the top-level heading of the
    first certain paper. Lists before it (updates, a table of contents) are not papers."""
    first = next((f for f in found if f[0].certain and not (f[3] < 0 and _bare(f[0]))), None)
    if first is None or first[3] < 0:
        return 0
    heading = first[3]
    top = headings[heading].path.split("/")[0]
    for i in range(heading + 1):
        if headings[i].path == top:
            return i
    return heading


def index_lines(found: list[tuple[ListEntry, int, int, int, str]], lines: list[str]) -> dict[int, int]:
    """Entries of an index that points at papers the list writes in full elsewhere: under
    ``### Abbreviations with Links``, ``- [SPIRIT LM](https://arxiv.org/pdf/2402.05755)``, and
    further down ``**SPIRIT LM: Interleaved Spoken and Written Language Model**`` with its
    authors, code and the same paper link (AudioLLMs/Awesome-Audio-LLM: 67 such lines). The
    full entry is the paper; the index line is not (imported, it would give the paper its
    short name and the index as a section). {position in *found*: line of the full entry}.

    Only an index: at least three such lines under one heading, and most of its entries.
    One paper listed in two sections, or an entry that says anything but its link, stays."""
    by_paper: dict[str, list[int]] = {}
    for k, f in enumerate(found):
        key = f[0].arxiv or f[0].doi or f[0].url
        if key:
            by_paper.setdefault(key, []).append(k)
    pointing: dict[int, int] = {}
    for ks in by_paper.values():
        full = [k for k in ks if not _pointer(found[k], lines)] if len(ks) > 1 else []
        for k in ks if full else ():
            if k not in full and _shorter(found[k][0].title, found[full[0]][0].title):
                pointing[k] = found[full[0]][1] + 1
    pointing.update(_named_elsewhere(found, by_paper))
    per_heading = Counter(found[k][3] for k in pointing)
    entries = Counter(f[3] for f in found)
    return {k: line for k, line in pointing.items()
            if per_heading[found[k][3]] >= 3 and 2 * per_heading[found[k][3]] > entries[found[k][3]]}


def _named_elsewhere(found: list[tuple[ListEntry, int, int, int, str]], by_paper: dict[str, list[int]]
                     ) -> dict[int, int]:
    """Entries that are a short name alone, no link, naming a paper the list writes in full elsewhere (its
    short name a note of that entry's, or the words before its title's colon): a comparison table's rows,
    ``| LVR | Variable | Crop regions | SFT + GRPO_latent | Qwen2.5-VL | MMVP +5% |`` under "📊 Comparison
    Table", where the list's catalogue gave ``[Title](arXiv) | LVR |`` (xandery-geek/Awesome-Latent-Visual-
    Reasoning). {position in *found*: line of the full entry}."""
    named: dict[str, int] = {}
    for ks in by_paper.values():
        entry, line = found[ks[0]][0], found[ks[0]][1] + 1
        for name in [*entry.notes, (entry.title or "").split(":")[0]]:
            if 0 < len(name.split()) <= 3:
                named.setdefault(name.casefold().strip(), line)
    return {k: named[key] for k, f in enumerate(found) if not (
            f[0].arxiv or f[0].doi or f[0].url or f[0].links or f[0].code or f[0].authors or f[0].venue
            or f[0].date_year or f[0].summary_parts) and (key := (f[0].title or "").casefold().strip()) in named}


def _pointer(f: tuple[ListEntry, int, int, int, str], lines: list[str]) -> bool:
    """A one-line entry that is only its title link."""
    entry = f[0]
    if any(line.strip() for line in lines[f[1] + 1:f[2]]) or entry.title_target is None or len(entry.links) > 1:
        return False
    return not (entry.authors or entry.summary_parts or entry.notes or entry.code or entry.venue or entry.date_year)


def _shorter(name: str | None, title: str | None) -> bool:
    """*name* is a shorter name than *title* (``SPIRIT LM`` for ``SPIRIT LM: Interleaved ...``)."""
    if not name or not title:
        return False
    return len(name) < len(title) and name.casefold() != title.casefold()


def _bare(entry: ListEntry) -> bool:
    """Only a bold line, nothing that names a paper (``**Why Causal Learning?**``): among a
    list's papers, a paper known by its title; above its first heading, preface."""
    return entry.bold and not (entry.arxiv or entry.doi or entry.url or entry.links or entry.code or entry.venue
                               or entry.authors)


def _named_alike(named: dict[int, str], first: dict[int, str], found: list[tuple[ListEntry, int, int, int, str]]
                 ) -> bool:
    """Do the first findings alone make the same headings their papers' names (``name_headings``) as all do?"""
    theirs = {f[3] for f in found}
    return first == {i: path for i, path in named.items() if i in theirs}


def _sections(reader: Findings, start: int, dropped: Counter[int], named: dict[int, str]) -> list[str]:
    """Sections to create, in document order: those holding papers (and their parents),
    and empty headings after the first paper; not headings whose content held no paper
    (*dropped*: how many of a heading's papers were index lines), nor those that name their paper (*named*)."""
    with_papers: set[str] = set()
    for i, h in enumerate(reader.headings[start:], start):
        if i in named:
            if named[i]:
                parts = named[i].split("/")
                with_papers.update("/".join(parts[: k + 1]) for k in range(len(parts)))
            continue
        if h.papers > dropped[i]:
            parts = h.path.split("/")
            with_papers.update("/".join(parts[: k + 1]) for k in range(len(parts)))
    kept = []
    for i, h in enumerate(reader.headings[start:], start):
        if not h.path or i in named:
            continue
        if h.path in with_papers or (not h.content and not h.papers and not skip_path(h.path)):
            kept.append(h.path)
    return list(dict.fromkeys(kept))


def _why_not(reader: Findings, n: int) -> str:
    line = reader.doc.lines[n].lstrip()
    if n in reader.code_lines:
        return "inside a code block, not a list entry"
    if n in reader.html_lines and not line.startswith("<"):
        return "inside HTML, not Markdown: an unclosed <!-- or tag hides what follows"
    if re.match(r"^\[[^\]]+\]:\s*\S", line):
        return "a link reference definition"
    if line.startswith("#"):
        return "a heading"
    if line.startswith("<") or re.match(r"^\s*</?[a-zA-Z]", line):
        return "HTML (badges, navigation), not a list entry"
    if line.startswith("|"):
        return "a table line without a paper"
    return "prose, not a list entry"


def _venue_format(entry: ListEntry) -> str | None:
    written = entry.venue_written
    if not written or not entry.venue:
        return None
    if entry.venue in written:
        return written.replace(entry.venue, "{venue}", 1)
    fmt = _FOUR_DIGIT_YEAR.sub("{year}", written, count=1)
    if "{year}" not in fmt:
        fmt = _TWO_DIGIT_YEAR.sub("{yy}", fmt, count=1)
    name = entry.venue.split()[0]
    return fmt.replace(name, "{name}", 1) if name in fmt else fmt


def _list_layout(reader: Findings, text: str, kept: list[str], layouts: list[EntryLayout]) -> ListLayout:
    newline = "\r\n" if "\r\n" in text[:100000] else "\n"
    by_section: dict[str | None, list[EntryLayout]] = {}
    for e in layouts:
        by_section.setdefault(e.section, []).append(e)
    sections = []
    seen: set[str] = set()
    for h in reader.headings:
        if h.path not in kept or h.path in seen:
            continue
        seen.add(h.path)
        mine = by_section.get(h.path, [])
        shapes = Counter(e.shape for e in mine)
        labels = Counter(tuple(e.link_labels) for e in mine if e.link_labels)
        formats = Counter(e.venue_format for e in mine if e.venue_format)
        sections.append(SectionLayout(
            path=h.path, heading=h.raw, shape=shapes.most_common(1)[0][0] if shapes else "numbered",
            numbered=any(e.marker[:1].isdigit() for e in mine), year_headings=h.year_headings,
            table_header=reader.tables.get(h.path, []),
            link_labels=list(labels.most_common(1)[0][0]) if labels else [],
            venue_format=formats.most_common(1)[0][0] if formats else None))
    return ListLayout(source="", newline=newline, sections=sections, entries=layouts)
