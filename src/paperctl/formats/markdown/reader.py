"""Reading Markdown reading lists: the papers, their sections, and the list's layout.

The file's blocks come from ``blocks`` (CommonMark, via markdown-it), the
inline text of each from ``inline`` (one linear pass), and each entry is read
by ``entries`` (the heuristics, with the real examples that justify them) or,
in a table, by ``tables``. This module walks the blocks in order and keeps the
context that flows into entries:

* Headings give the section path (what one heading says, its name, year,
  venue, status or matter that is not papers, is ``headings``'s). The
  document's own title (a lone H1 before everything, or an HTML ``<h1>``) is
  not a level. HTML headings (``<h2>Technique</h2>``), a ``<summary>`` group
  label and a bold line standing alone above a list count as headings.
* A year heading is a level of the section path (nested under a category
  heading written at its own level); ``year_groups`` makes it only a year, as
  paperctl's own ``export --by-year`` and the user's lists mean it.
* A heading that ends up holding no paper but did hold something creates no
  section; an empty heading after the first paper is kept (a list's
  placeholder). Headings before the first paper (a preface, updates, a table
  of contents) are not sections.

Every line that holds a link and is not part of an imported entry is listed
in ``skipped`` with the reason, so the report accounts for the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from ..forking import paused_collection
from . import (
    bare_titles,
    bold_lines,
    bullets_below,
    byline,
    details,
    entries,
    footnotes,
    grouping,
    headings,
    inline,
    item_body,
    item_words,
    items,
    nested,
    part_blocks,
    parts,
    quote_lines,
    references,
    sibling_fields,
    table_shapes,
    tex_marks,
    titled_by,
    verdict,
)
from . import blocks as blocks_
from .assembly import Entry, Parsed, finish, linkish
from .blocks import Block, Document
from .field_keys import key_of
from .headings import UNDATED, YEAR_HEADING, Frame, Heading, describe, heading_name, path_of, said_above, year_named
from .html_blocks import HtmlBlocks
from .model import Context, ListEntry
from .paper_headings import PaperHeadings
from .paragraphs import Paragraphs
from .table_blocks import TableBlocks

_PAPER_IN_HEADING = re.compile(r"\[\[?(?:paper|pdf|arxiv)\]?\]?\(", re.IGNORECASE)  # (a heading that links its paper)
# "[3]    G. Haskins, U. Kruger, and P. Yan, “Deep Learning in Medical Image Registration: A Survey,” 2019."
# (Duoduo-Qian/Medical-image-registration-Resources): a numbered reference, who and when, is a paper's shape
_KEYED_LINE = re.compile(r"\w{1,12}\s{0,3}[:：]")
_NUMBERED_REFERENCE = re.compile(r"\[\d{1,3}\]\s")
# "[IN9] [A Crowdsourcing Framework for On-Device Federated Learning](./Incentives/9-A-Crowdsourcing-....pdf)"
# (GillHuang-Xtler/flPapers, every paper, a paragraph of notes below each): the paper, kept in the list's own
# repository, and its title; a paragraph of nothing else, with the list's tag for it or not
# (not "[View the taxonomy PDF](taxonomy.pdf)": what to do with it, not a title)
_PDF_ALONE = re.compile(r"(?:\[[A-Z]{0,4}\d{1,3}\]\s+)?\[(?!(?:View|Download|See|Read|Open|Full)\b)(?![^\]]*\bPDF\b)"
                        r"[^\[\]]{12,300}\]\((?!https?:)[^()\s]+\.pdf\)\s*", re.IGNORECASE)
class _Reader(Paragraphs, TableBlocks, PaperHeadings, HtmlBlocks):
    def __init__(self, doc: Document, read_if_summary: bool, year_groups: bool, title_line: int | None = None) -> None:
        self.doc = doc
        self.refs = inline.references(doc.env)
        self.references = footnotes.References(doc.lines)  # "[2] L. Zhang, ...", cited by a table's rows
        self.columns_read: dict[tuple[str, ...], tuple[list[str], bool]] = {}  # a table's header: what its columns hold
        self.columns_alone: dict[tuple[str, ...], tuple[list[str], bool]] = {}  # ... of a short table, with no
        # table of that header above it to say
        self.read_if_summary = read_if_summary
        self.year_groups = year_groups
        self.frames: list[Frame] = []
        self._known_frames: list[Frame] | None = None  # the frames that ``_known`` was worked out for
        self._known: dict = {}
        self.headings: list[Heading] = []
        self.found: list[tuple[ListEntry, int, int, int, str]] = []  # entry, first line, end, heading, marker
        self.skipped: dict[int, str] = {}
        self.covered: set[int] = set()  # lines of imported entries
        self.pending: ListEntry | None = None  # a bold paragraph waiting for its bullets
        self.taken: Block | None = None  # a list read as the fields of the bold paragraph above it
        self.pending_index = -1
        self.pending_lines = 1
        self.pending_pieces: list[inline.Piece] = []  # (that paragraph's text)
        self.heading_paper = -1  # index in found of a paper written as a heading, whose text follows
        self.heading_pieces: list[inline.Piece] = []  # (that heading's text)
        self.heading_names = False  # (its authors came from an "Authors:" line below it)
        self.tables: dict[str, list[str]] = {}
        self.html_lines: set[int] = set()
        self.html_until = 0  # the line after an HTML table read whole (its blank lines end no block of it)
        self.paper_list = False  # the list being read is mostly linked or bold entries
        self.bare_list = False  # ... or mostly titles alone, with no link (``verdict.paper_title``)
        self.title_paragraphs: bool | None = None  # does the document write papers as title paragraphs? (once asked)
        self.dated_list = False  # ... each a title and its year in brackets (``grouping.dated_titles``)
        self.links_nothing = False  # ... or none of its items links anything (``verdict.links_nothing``)
        self.by_names = False  # ... or its titles end "by" and who wrote them (``titled_by.mostly_by_names``)
        self.code_lines: set[int] = set()
        self.title_line = headings.document_title(doc.blocks) if title_line is None else title_line

    # -- context ------------------------------------------------------------
    @cached_property
    def nothing_linked(self) -> bool:
        """Does the document link nothing on the web, anywhere? (Asked only of a list that links nothing.)"""
        return not any("http" in line for line in self.doc.lines)

    @cached_property
    def from_bibtex(self) -> bool:
        """Was the list written from a BibTeX file, its LaTeX accents and braces left in (``tex_marks``)?"""
        return tex_marks.from_bibtex(self.doc.lines)

    @cached_property
    def mostly_linked(self) -> bool:
        """Does the document link a paper for most of its list items? (Asked only of a short list of titles.)"""
        return bare_titles.mostly_linked(self.doc.lines)

    @property
    def path(self) -> str:
        return path_of(self.frames, self.year_groups)

    def context(self) -> Context:
        """What the headings open above say of an entry: a new Context for each entry, worked out
        again only when the headings have changed (thousands of entries under a few hundred
        headings: working it out for each cost 1.3 % of reading a list). It depends only on the
        frames' fields, and a frame is complete before it is pushed, never changed after."""
        if self.frames != self._known_frames:  # (the same frames: equal at once, by identity)
            self._known_frames = list(self.frames)
            self._known = {**said_above(self.frames, self.year_groups), "read_if_summary": self.read_if_summary,
                           "year_groups": self.year_groups}
        return Context(**self._known, links_nothing=self.links_nothing,
                       nothing_linked=self.links_nothing and self.nothing_linked, by_names=self.by_names,
                       from_bibtex=self.from_bibtex)

    def heading(self, level: int, text: str, start: int, end: int, group: bool = False, bold: bool = False,
                italic: bool = False) -> None:
        self.pending = None
        if self.heading_paper >= 0 and not group and _KEYED_LINE.match(text) and nested.KEYED_URL.fullmatch(
                text.strip()) or self.heading_paper >= 0 and not group and key_of(text)[0] == "code":
            self.under_paper_heading(Block("paragraph", start, end, text=text.strip()))  # "#### Link：[URL](URL)",
            return  # "#### Code：[URL](URL)" under "#### Title" (Paper2Chinese/CVPR-2025-reading-papers-with-code):
        # the paper's fields, written as headings as its title is
        self.heading_paper = -1
        name = heading_name(text)
        if not name:
            return
        if start == self.title_line or level == 1 and self.frames and self.frames[0].kind == "title" and \
                name == self.frames[0].name:  # ("# Awesome Efficient Diffusion/LLM in ICML 2024": its papers' venue;
            self.frames = [headings.title_frame(name, level, start)]  # the title written again, no section)
            return
        if not group and self._paper_heading(text, start, end):
            return
        while not group and self.frames and self.frames[-1].bold:
            self.frames.pop()  # "**Table of Contents**" then "## daily read" (ConanCui/Paper-List): a bold line
            # heads what follows it up to the next heading, which is no part of it
        dashed = headings.DASHED.match(name) if not group and name[:1] in "-*+" else None
        name = name[dashed.end():] if dashed else name  # ("### - 2019": a year, its bullet's mark no part of it)
        year = YEAR_HEADING.match(name)
        kind = "group" if group else "year" if (year or name == UNDATED) else "section"
        eff = float(level)
        top = self.frames[-1] if self.frames else None
        if kind == "year" and top is not None:
            if top.kind in ("section", "group") and top.written == level and not top.skip and not (
                    top.venue or "").startswith("arXiv") and not headings.years_named(top.name):
                eff = level + 0.5  # "### Multimodal" then "### 2025": the year nests under the category
                # (not under "## Quick links", a contents heading: enkiwang/Dataset-distillation-papers; nor under
                # "### arXiv papers", whose preprints the years' papers are not: jstudy/Awesome-Defect-Detection)
            elif top.kind == "year" and top.written == level:
                eff = top.level
        parent = next((f for f in reversed(self.frames) if f.written == level and f.kind == "section"
                       and headings.numbered_under(f.name, name)), None) if kind == "section" and top else None
        if parent is not None:  # "### 1. Image-Optimisation-Based ..." then "###  1.1. Parametric ..." (ycjing/
            eff = parent.level + 0.5  # Neural-Style-Transfer-Papers): the numbers nest what the levels do not
        if dashed and kind == "section":  # "### Model adaptation" then "### - Model Fine-tuning" (zzzx1224/Beyond-
            # model-adaptation-at-test-time-Papers, 9 such headings over 108 of its 122 papers): a bullet's
            parent = next((f for f in reversed(self.frames) if f.written == level and f.kind == "section" and not
                           headings.DASHED_RAW.match(f.raw)), None)  # mark makes the heading one below the last
            eff = parent.level + 0.5 if parent is not None else eff  # of its level written without one
        if group:  # (bold lines used as headings are siblings: "**General**" ... "**LLM & 3D**"; so are a year's
            # papers in "<summary>2024 Papers</summary>" after "## 2025 Papers", kawchar85/Awesome-Deblurring-Resources)
            sibling = top is not None and ((bold and top.bold and italic == top.italic) or (
                top.year is not None and year_named(name)))
            if bold and top is not None and top.bold and top.italic and not italic and len(self.frames) > 1 \
                    and self.frames[-2].bold and not self.frames[-2].italic:
                top, sibling = self.frames[-2], True  # "**Voxel-based methods**" after its "***Dense Voxels***"
            eff = top.level if sibling else (top.level if top else 0) + 0.25  # type: ignore[union-attr]
            # (a bold italic line under a bold one is below it: "**Voxel-based methods**", then "***Dense
            # Voxels***", "***Sparse Voxels***", subeeshvasu/Awsome_Deep_Geometry_Learning, 72 entries)
        while self.frames and self.frames[-1].level >= eff and self.frames[-1].kind != "title":
            self.frames.pop()
        frame = Frame(eff, name, level, kind, start, blocks_.raw(self.doc, start, end), bold=bold, italic=italic)
        if kind == "group" and year:
            frame.year = int(year.group(1))  # "<summary>2024</summary>": a group of the year's papers
        if kind == "section" and (of_year := headings.YEAR_OF_PAPERS.match(name) or headings.DAY.fullmatch(name)):
            frame.year = int(of_year.group(1))  # (Psychic-DL/Awesome-Traffic-Agent-Trajectory-Prediction; "##
            # 2026-01-20", ArkhamImp/tts-papers-tracker: the day its papers came out)
        if kind == "year":
            frame.year = int(year.group(1)) if year else None
            if self.frames and self.frames[-1].kind != "title":
                self._heading_info_of(self.frames[-1]).year_headings = True
        describe(frame)
        self.frames.append(frame)
        if kind != "year" or not self.year_groups:
            self.headings.append(Heading(self.path, start, frame.raw, name=name if kind == "section" else "",
                                         parent=path_of(self.frames[:-1], self.year_groups), level=level))

    def _reopened(self, line: int) -> None:
        """A group closed (``</details>``, a table's group rows): what follows is under the heading above it
        again (krantbrity/Single-Image-Reflection-Removal-Papers-and-Code-Collection, after a <summary>)."""
        if self.headings and self.headings[-1].path != self.path:
            self.headings.append(Heading(self.path, line, "", content=True))  # (no section of its own)

    def _heading_info_of(self, frame: Frame) -> Heading:
        path = "/".join(f.name for f in self.frames if f.kind in ("section", "group") or (
            f.kind == "year" and not self.year_groups))
        for h in reversed(self.headings):
            if h.path == path:
                return h
        return Heading(path, frame.line, frame.raw)

    def mark_content(self) -> None:
        if self.headings and self.frames and self.frames[-1].kind != "title":
            self.headings[-1].content = True

    # -- blocks -------------------------------------------------------------
    def run(self, items: list[Block]) -> None:
        if self.title_paragraphs is None:  # (papers written as paragraphs of their titles alone)
            self.title_paragraphs = bare_titles.writes_title_paragraphs(self.doc.lines)
        titled = bare_titles.paragraph_titles(items) if self.title_paragraphs else set()
        for i, block in enumerate(items):
            nxt = items[i + 1] if i + 1 < len(items) else None
            if block is self.taken:  # (read with the paragraph before it)
                continue
            if block.start < self.html_until:  # (a part of an HTML table read whole)
                self.past_table(block)
                continue
            if block.kind == "heading":
                self.pending = None  # (a bold paragraph's bullets follow it, not a heading)
                self.heading(block.level, block.text, block.start, block.end)
            elif block.kind == "html":
                self.html(block)
            elif block.kind in ("paragraph", "list") and self.heading_paper >= 0 and not (
                    block.kind == "list" and block.children[0].children and block.children[0].children[0].kind
                    == "heading"):  # (not "2. #### Title", the next paper, a heading in a numbered item: Energetic
                self.under_paper_heading(block)  # Quanta17/AutoPilotRL)
            elif block.kind == "paragraph" and block.text.startswith("|") and (
                    loose := table_shapes.loose_rows(self.doc.lines, items, i)) is not None:
                self.mark_content()  # pipe rows Markdown took as a paragraph: the table its writer meant
                self.pending = None
                self.guarded(loose, lambda: self.table(loose))  # noqa: B023 (called at once)
            elif block.kind == "paragraph":
                self.mark_content()
                found = len(self.found)
                self.guarded(block, lambda: self.paragraph(block, nxt))  # noqa: B023 (called at once)
                if i in titled and len(self.found) == found and (nxt is None or self.taken is not nxt):  # (a title
                    entry = self.read(inline.scan(block.text, self.refs))  # alone, which the paragraph's reader
                    if entry.reason == verdict.NO_EVIDENCE and verdict.title_like(entry.title):  # leaves out without
                        entry.reason, entry.bare_title = None, True  # its list's other titles: ``bare_titles``)
                    self.emit(entry, block.start, block.end, "", block)
            elif block.kind == "list" and nxt is not None and nxt.kind == "table" and len(block.children) == 1 \
                    and len(kids := block.children[0].children) == 1 and kids[0].kind == "paragraph" \
                    and bold_lines.bold_alone(inline.scan(kids[0].text, self.refs)):  # "- **2018**" over a table of
                self.mark_content()  # its papers (it-hao/Super-Resolution, every year): a bold line, bulleted, heads
                self.guarded(block, lambda: self.paragraph(kids[0], nxt))  # noqa: B023 (what follows as one alone)
            elif block.kind == "list":
                self.mark_content()
                if nxt is not None and grouping.take_indented(self.doc.lines, block, nxt, self.refs):
                    self.taken = nxt  # (now the last item's)
                pending, self.pending = self.pending, None
                if pending is not None and not any(self._own_paper(item) for item in block.children):
                    self.bullets(pending, block)
                elif (card := nested.card(block, self.refs, self.context())) is not None:
                    self.emit(card, block.start, block.end, "", block)  # "- **Paper:** [Title](..)", "- **Code:** .."
                else:  # (titles alone after a paragraph of prose or a citation: what it says, not papers)
                    self.list_(block, titles=i == 0 or items[i - 1].kind != "paragraph"
                               or verdict.label_line(items[i - 1].text) or verdict.says_papers(items[i - 1].text))
            elif block.kind == "table":
                self.mark_content()
                self.pending = None
                self.guarded(block, lambda: self.table(block))  # noqa: B023 (called at once)
            elif block.kind == "quote" and nxt is not None and nxt.kind in ("list", "table") and len(
                    block.children) == 1 and block.children[0].kind == "paragraph" and bold_lines.bold_alone(
                    inline.scan(block.children[0].text, self.refs)):  # "> **Clustering**" over its papers (LAMDA-
                self.guarded(block, lambda: self.paragraph(block.children[0], nxt))  # noqa: B023 (Tabular/Tabular-
                # Survey): a bold line, quoted, heads what follows as one unquoted does
            elif block.kind == "quote":  # ("> ### Survey" alone is a heading; over prose, the quote's)
                self.run([b for b in block.children if (b.kind != "heading" or len(block.children) == 1
                          or _PAPER_IN_HEADING.search(b.text)) and not (  # ("> #### 1) *"Title"*, IJCAI 2020 ..")
                    b is block.children[0] and b.kind == "paragraph" and quote_lines.image_alone(b.text, self.refs))])
                # (nor "> ![image-2025..](README/image-2025...png)" over "> https://arxiv.org/pdf/2509.05367" under a
                # bold title: a screenshot the list's owner put first, qwrdxer/llm-safety-papers, 14 of its 40 papers)
            else:
                if block.kind == "code":
                    self.code_lines.update(range(block.start, block.end))
                if block.kind != "hr":
                    self.mark_content()
                elif self.frames and self.frames[-1].bold and self.frames[-1].kind == "group" and self.headings \
                        and self.headings[-1].line == self.frames[-1].line and self.headings[-1].papers:
                    self.frames.pop()  # "**理论：**" over its papers, then "---" (Mocciteen/RLHF-paper): a bold line's
                    self._reopened(block.start)
                    # group ends at a rule across the page, as its hand labels have it (not "**2019**" over "___",
                    # the rule under it, LibCity/Bigscity-LibCity-PaperList)
                self.pending = None

    def list_(self, block: Block, titles: bool = True) -> None:
        """Read a list's items (*titles*: a list of titles alone may be papers)."""
        saved = self.paper_list, self.bare_list, self.links_nothing, self.dated_list, self.by_names
        self.links_nothing = verdict.links_nothing(self.doc.lines[block.start:block.end])
        self.by_names = titled_by.mostly_by_names(block.children)
        self.paper_list = verdict.mostly_entries(block.children)
        self.dated_list = titles and len(block.children) >= 2 and grouping.dated_titles(block.children, self.refs)
        self.bare_list = titles and not self.paper_list and (bare_titles.mostly_bare_titles(block.children) or (
            not self.doc.lines[block.start][:1].isspace() and bare_titles.few_bare_titles(block.children)
            and self.mostly_linked) or self.dated_list) and not verdict.topics_heading(self.path)
        # (few bare titles: a list of its own, not nested)
        one = sibling_fields.read_one_paper(block.children, self.refs, self.read) if len(block.children) <= 5 else None
        if one is not None:  # "* Title", "* Names", "* `ICLR 2020`", "* [[tag]](#tag)": one paper
            self.emit(one, block.start, block.end, block.children[0].marker, block)
            self.paper_list, self.bare_list, self.links_nothing, self.dated_list, self.by_names = saved
            return
        taken = 0  # (items read already: the fields of a title item above them, ``sibling_fields``)
        for k, item in enumerate(block.children):
            if k >= taken:
                taken = k + 1 + sibling_fields.after(block.children, k, self.refs)
                self.guarded(item, lambda: self.item(item, block, block.children[k + 1:taken]))  # noqa: B023
        self.paper_list, self.bare_list, self.links_nothing, self.dated_list, self.by_names = saved

    def guarded(self, block: Block, read: Callable[[], None]) -> None:
        """``read()`` *block*; should the reader fail on it (a bug), it costs only the block:
        what it found there is dropped, and its lines are reported as unread, with why,
        instead of a traceback that stops the whole import."""
        found = len(self.found)
        try:
            read()
        except Exception as exc:  # (not KeyboardInterrupt or MemoryError's kin: those stop the import)
            del self.found[found:]
            self.pending = None
            lines = range(block.start, block.end)
            self.covered.difference_update(lines)
            why = f"not read: the reader failed on it ({type(exc).__name__}); please report this line"
            self.skipped.update((n, why) for n in lines if n == block.start or linkish(self.doc.lines[n]))

    def item(self, item: Block, parent: Block, fields_after: list[Block] | None = None) -> None:
        """Read a list's item (with *fields_after*: the items after it that are its fields)."""
        children = item.children
        head = children[0] if children and children[0].kind == "paragraph" else None
        if fields_after and head is not None:  # "- **Title**", then "- **Paper**: URL", "- **Code**: URL" as items
            entry = nested.read_fields(inline.scan(head.text, self.refs), fields_after, self.refs, self.context(),
                                       titled=True)  # of the same list
            if entry is not None:
                self.emit(entry, item.start, fields_after[-1].end, item.marker, parent)
            return
        if head is None:  # ("- <details><summary><b>Title</b> [<a href=..>link</a>]</summary> ...": one entry)
            return None if self.html_item(item, parent) else self.run(children)
        if len(children) == 1:  # (a paragraph alone, most items: what the rest does with nothing after it)
            fielded = nested.keyed_item(head, self.refs, self.context()) if "\n" in head.text else None
            if fielded is not None:  # "- **Title**" over "  **Paper**: [Link](arXiv)", "  **Summary**: ..."
                self.emit(fielded, item.start, item.end, item.marker, parent)
                return
            pieces = inline.scan(references.unwrapped(head.text), self.refs)  # (a reference wrapped over lines)
            if not self.references_under(head, pieces):  # "- **Class Re-balancing**\\", "[64] T.-M. H. Hsu, ...\\"
                self.emit(self.read(pieces), item.start, item.end, item.marker, parent, bare=self.bare_list)
            return
        pieces = inline.scan(head.text, self.refs)
        sublists = [c for c in children[1:] if c.kind == "list"]
        if sublists and grouping.names_a_group(pieces, [it for lst in sublists for it in lst.children], self.refs):
            for lst in sublists:  # "- Soft Sampling Methods" over "- Focal Loss, ICCV 2017, [[paper]](..)": entries
                self.list_(lst)  # of their own, in the section above (a bullet is no heading, as the year's below)
            return
        if not sublists and grouping.label_over_links(pieces, children[1:], self.refs):
            for para in children[1:]:  # "- Query-based RAG" over "[REALM: ...](arXiv)" paragraphs: its papers, in
                self.emit(self.read(inline.scan(para.text, self.refs)), para.start, para.end, "", parent)  # the
            return  # section above (a plain bullet is no heading)
        tables = [c for c in children[1:] if c.kind == "table"]
        if tables and not sublists and bold_lines.pseudo_heading(pieces):  # "* **LaSOT:star2:**" over a table of
            self._group_over(head, tables)  # trackers and their papers, indented under it (wangdongdut/Online-
            return  # Visual-Tracking-SOTA): the heading of its rows
        found = items.nested_shapes(item, pieces, self.refs, self.context, self.read)
        if found is not None:  # (the first entry's marker is the item's; a cited name's others, their bullets')
            for entry, start, end, marker in found:
                self.emit(entry, start, end, marker, parent)
            return
        year = headings.YEAR_ITEM.match(inline.plain(pieces).strip()) if sublists and len(head.text) <= 12 else None
        venue = headings.venue_item(pieces) if sublists and not year and len(head.text) <= 30 else None
        if (year or venue) and grouping.holds_entries([it for lst in sublists for it in lst.children], self.refs,
                                                      venue):  # ("- CCS" over bare titles: its papers)
            # "- 2024" over nested entries (hogyun2/awesome-lidar-place-recognition, 20 of them): the year of the
            # papers below it, as a year heading says, but no section (a list item is not a heading); so "+ ICCV"
            # under "## 2019" (zhulf0804/3D-PointCloud, 61 entries): their venue
            self.dated(head.start, int(year.group(1)) if year else None, venue, sublists)
            return
        facts = details.title_over_facts(pieces, children, self.refs, self.read) if sublists else None
        facts = facts or (details.title_over_where(pieces, children, self.refs, self.read) if sublists else None)
        if facts is not None:  # "1. **Title**" over "- EMNLP 2023 Findings, 2022-10-07, URL", "- Names", "- ...";
            self.emit(facts, item.start, item.end, item.marker, parent)  # "+ Title" over "  + (Arxiv 2020) [[paper]]"
            return
        if sublists and bold_lines.pseudo_heading(pieces) and grouping.holds_entries(
                [it for lst in sublists for it in lst.children], self.refs):
            self._group_over(head, sublists)
            return
        if sublists and grouping.label_alone(pieces) and grouping.holds_entries(
                [it for lst in sublists for it in lst.children], self.refs):
            for lst in sublists:  # "* A-softmax:" over "* Li, Y., Gao, F., ... (2018, November). Angular softmax
                self.list_(lst)  # loss ..." (mrjunjieli/awesome_speaker): its entries, in the section above (a
            return  # plain bullet is no heading)
        named = details.authors_over_title(pieces, children, self.refs, self.read) or details.name_over_title(
            pieces, children, self.refs, self.read)
        if named is not None:  # "* **AdaMixup**: Hongyu Guo, ...", then "   - MixUp as ... [[AAAI'2019](..)]"
            self.emit(named, item.start, item.end, item.marker, parent)
            return
        below = item_body.gather(pieces, children[1:], self.refs)
        entry = self.read(below.pieces)
        if len(children) == 2 and entry.reason is None and byline.cited_bullet(entry, sublists, self.refs):
            sublists = []  # "\t- Ilya Sutskever (Google) et al, In NeurIPS 2014. [pdf](..)" under the title
            entry.year = entry.year if self.context().year_groups else entry.date_year  # (as ``finishing`` has it)
        more = item_body.described(entry, below, children, self.read_if_summary, self.read)
        if entry.reason == verdict.NO_EVIDENCE and self.bare_list and verdict.paper_title(entry.title or "") and \
                bare_titles.notes_under_title(children[1:]):  # "- TAPEX: TABLE PRE-TRAINING VIA ..." over "- ICLR"
            entry.reason = None  # and notes, among titles so (xueyongfu11/awesome-deep-learning-resource): a paper
            sublists = [Block("list", lst.start, lst.end, children=bullets_below.venue_bullet(
                entry, lst.children, self.refs)) for lst in sublists]  # (its venue, when the first bullet says it)
            bullets_below.paper_address_below(entry, [it for lst in sublists for it in lst.children])
        if entry.reason is None and not any(self._own_paper(it) for lst in sublists for it in lst.children):
            nested_items = [it for lst in sublists for it in lst.children]
            bullets = bullets_below.links_and_idea_below(entry, nested_items, self.refs)
            grouping.described_below(entry, bullets, self.refs)
            entry.notes += more + [n for it in bullets for n in item_words.item_notes(it, self.refs, first=True)]
            entry.reason = verdict.explained_term(entry, self.context())
            self.emit(entry, item.start, item.end, item.marker, parent)
            return
        below = [c for c in children[1:] if c.kind == "list" or c.kind == "heading" and sublists]
        self.emit(entry, item.start, below[0].start if below else item.end, item.marker, parent)
        for child in below:  # ("    ##### 2.2.1 Cancer Prognosis prediction" inside an item, over its own bullets:
            if child.kind == "heading":  # a heading indented into the list, DenseAI/awesome-biomedical-machine-
                self.heading(child.level, child.text, child.start, child.end)  # learning's 10 of them)
            else:
                self.list_(child)

    def dated(self, line: int, year: int | None, venue: str | None, lists: list[Block]) -> None:
        """*lists* read under a line (on *line*) that says the year or venue of their papers, no section."""
        top = self.frames[-1] if self.frames else None
        self.frames.append(Frame((top.level if top else 0) + 0.25, "", top.written if top else 0, "dated", line,
                                 year=year, venue=venue))
        for lst in lists:
            self.list_(lst)
        if self.frames and self.frames[-1].kind == "dated":
            self.frames.pop()

    def _group_over(self, head: Block, sublists: list[Block]) -> None:
        """*head*, an item's first line, as the heading of the entries in its *sublists* (lists, or tables)."""
        self.heading(int(self.frames[-1].written) + 1 if self.frames else 2, head.text, head.start, head.end,
                     group=True)
        for lst in sublists:
            if lst.kind == "table":
                self.mark_content()
                self.guarded(lst, lambda: self.table(lst))  # noqa: B023 (called at once)
            else:
                self.list_(lst)
        if self.frames and self.frames[-1].kind == "group":
            self.frames.pop()

    def _own_paper(self, item: Block) -> bool:
        return grouping.own_paper(item, self.refs, self.context())

    def read(self, pieces: list[inline.Piece]) -> ListEntry:
        return entries.read(pieces, self.context())

    def emit(self, entry: ListEntry, start: int, end: int, marker: str, parent: Block, strict: bool = False,
             bare: bool = False) -> bool:
        """Keep *entry* if it is a paper (a paragraph must have a clear shape: *strict*; *bare*: an item
        alone in a list of titles with no link, a paper when its title reads as one)."""
        if entry.reason is None and strict and parent.text[:1] == "(" and _aside(parent.text.rstrip()):
            entry.reason = "prose, not an entry"  # "(Many applications paper omitted; please [see here](arXiv
            # search) for a more comprehensive list)" (m-k-S/awesome-machine-learning-atomistic-simulation): an aside
        if entry.reason is None and strict and not (entry.authors and entry.venue) and not (
                (entry.authors or entry.venue) and entry.year and _NUMBERED_REFERENCE.match(parent.text)) and (
                not (entry.certain or _PDF_ALONE.fullmatch(parent.text) and "pdf" in entry.links)
                or not entry.bold and len((entry.title or "").split()) > 30):
            entry.reason = "prose, not an entry"  # a paragraph is an entry only when its shape is clear (not
            # '"↓" represents a top-down approach, which ... can be referred to in [SCNN](arXiv). ...',
            # UcasCore/Awesome-Lane-Detection: a paragraph that cites a paper in a sentence; a numbered one that
            # says who wrote it or where, and when, is a reference: "[1] 2023_AAAI_Spatio-Temporal Meta-Graph
            # Learning for Traffic Forecasting." a paragraph each, trainingl/Research-Paper-List)
        if entry.reason == verdict.NO_EVIDENCE and not strict and self.paper_list and verdict.title_like(entry.title):
            entry.reason = None  # "- Only a title" among linked papers: a paper known by its title
        elif entry.reason == verdict.NO_EVIDENCE and bare and (verdict.paper_title(entry.title or "") or (
                self.dated_list and entry.year or self.bare_list and verdict.short_title(entry.title or ""))
                and verdict.title_like(entry.title)):  # ("Fast R-CNN", "Objects as points" among titles so)
            entry.reason = None  # "- Rt-2: Vision-language-action models transfer web knowledge to ...", "- Deep
            # Knowledge Tracing with Side Information (2019)" among titles each with its year (``dated_titles``)
            entry.stated = entry.stated or self.dated_list  # (its list says so, beside "(OSDI 2022)": no preface)
            entry.bare_title = True
        if entry.reason is not None:
            for n in range(start, end):
                if n not in self.covered and linkish(self.doc.lines[n]):
                    self.skipped.setdefault(n, entry.reason)
            return False
        if self.headings and self.frames and self.frames[-1].kind != "title":
            self.headings[-1].papers += 1
        self.found.append((entry, start, end, len(self.headings) - 1, marker))
        self.covered.update(range(start, end))
        return True


def _aside(text: str) -> bool:
    """Is *text* one bracketed aside, the bracket it opens with closing at its end?"""
    depth = 0
    for k, c in enumerate(text):
        depth += (c == "(") - (c == ")")
        if depth == 0:
            return k == len(text) - 1
    return False


def parse(text: str, read_if_summary: bool = False, year_groups: bool = False,
          begun: parts.Begun | None = None, apart: bool = True) -> Parsed:
    """Every paper entry and section of a Markdown reading list, and its layout (a large
    list is read in parts, in worker processes, with the very same result: ``parts``;
    *begun*, the workers started early by ``ahead.begin``, when they read this text;
    not *apart*: read whole, in this process)."""
    with paused_collection():
        reader = _read_in_parts(text, read_if_summary, year_groups, begun) \
            if apart and len(text) >= parts.PARALLEL_MIN else None
        if reader is None:
            doc = blocks_.parse(text)
            reader = _Reader(doc, read_if_summary, year_groups)
            reader.run(doc.blocks)
        return finish(reader, text)


def _read_in_parts(text: str, read_if_summary: bool, year_groups: bool,
                   begun: parts.Begun | None = None) -> _Reader | None:
    """The reader's findings for *text* read in parts (see ``parts``), put together as one
    reader's; None when the list must be read whole (one core, no cut, or a cut that
    something crosses)."""
    begun = planned(text, read_if_summary, year_groups, begun)
    if begun is None:
        return None
    results = begun.run(part_blocks.decider(begun.bounds, part_blocks.definitions(text)))
    return None if results is None else merged(results, begun.lines, begun.bounds, read_if_summary, year_groups)


def planned(text: str, read_if_summary: bool, year_groups: bool,
            begun: parts.Begun | None = None) -> parts.Begun | None:
    """*begun* when it reads *text* with these options, else a new plan (None: read whole)."""
    if begun is None or not begun.for_(text, (read_if_summary, year_groups)):
        if begun is not None:
            begun.close()
        begun = parts.plan(text, (read_if_summary, year_groups), part_blocks.read_part, read_part_again)
    return begun


def merged(results: list[tuple], lines: list[str], bounds: list[tuple[int, int]], read_if_summary: bool,
           year_groups: bool) -> _Reader | None:
    """The parts' findings (``read_part_again``'s, the first *len(results)* parts) as one
    reader's; None when a cut fell below a heading still open above it."""
    if not all(part_blocks.cut_holds(results, lines, bounds, k) for k in range(1, len(results))):
        return None
    reader = _Reader(Document([], lines, {}), read_if_summary, year_groups, title_line=-1)
    for found, heads, skipped, covered, headers, html_lines, code_lines, *_ in results:
        offset = len(reader.headings)
        reader.found += [(e, first_, end, h + offset if h >= 0 else h, m) for e, first_, end, h, m in found]
        reader.headings += heads
        reader.skipped.update(skipped)
        reader.covered |= covered
        for path, header in headers.items():
            reader.tables.setdefault(path, header)
        reader.html_lines |= html_lines
        reader.code_lines |= code_lines
    return reader


def read_part_again(kept: tuple[int, Document], message: part_blocks.Message, read_if_summary: bool,
                    year_groups: bool) -> tuple:
    """Second step (``parts.run``'s ``second``): the part's entries, knowing the list's title."""
    with paused_collection():
        return _read_part_again(kept, message, read_if_summary, year_groups)


def _read_part_again(kept: tuple[int, Document], message: part_blocks.Message, read_if_summary: bool,
                     year_groups: bool) -> tuple:
    k, doc = kept
    title, written, defined = message
    if defined:  # (the whole list's: a link in this part may use a definition in another)
        doc.env["references"] = part_blocks.reference_env(defined)
    reader = _Reader(doc, read_if_summary, year_groups, title_line=title)
    if k and title >= 0:  # (the title is an ATX or setext heading: read whole, an HTML one)
        reader.frames = [headings.title_frame(heading_name(doc.lines[title].strip().strip("#").strip()), written,
                                              title)]
    reader.run(doc.blocks)
    return (reader.found, reader.headings, reader.skipped, reader.covered, reader.tables, reader.html_lines,
            reader.code_lines, reader.frames, reader.columns_read, reader.columns_alone, reader.references.used)


__all__ = ["Entry", "Parsed", "UNDATED", "heading_name", "parse"]
