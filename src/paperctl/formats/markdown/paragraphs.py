"""A paragraph of a Markdown list, as the reader reads it (``reader._Reader`` inherits this): an entry
of its own (a citation over lines, a bold title), a link or a note that belongs to the bold title
above it (its address, its description, its translation), a heading written as a bold or a year
line, or the title over the bullets that are its fields, details or notes."""

from __future__ import annotations

import re

from . import (
    below_bold,
    bold_lines,
    bullets_below,
    byline,
    details,
    fields,
    footnotes,
    grouping,
    headings,
    html_tables,
    inline,
    item_words,
    links,
    nested,
    people,
    references,
    venues,
    verdict,
)
from .assembly import linkish
from .blocks import Block
from .model import ListEntry
from .reader_state import ReaderState

_LINK_KEYS = re.compile(r"\s*(?:(?:[A-Za-z]\w{0,15}(?: \w{1,15})?\s*)?[:：]\s*"
                        r"|(?i:links?|code|arxiv|paper|pdf|project|or)\s*)+(?i:not found|n/?a|none|-)?\s*")
# (a link's key: "Arxiv: ", "Link ", "**Link**" then ": ", "Code: Not Found", " or " between two links)
_MARKS = re.compile(r"[∗*†‡§¶]|\d(?=,|$)")  # (marks after names: "Sihan Ma∗, Jizhizi Li∗, ...")
_CODE_WORD = re.compile(r"\bcode\b", re.IGNORECASE)  # ("[Anonymous Code](..)")
_MATH_YEAR = re.compile(r"\s*\$((?:19|20)\d\d)\$")
_PLACE = re.compile(r"[^.,\[(]*")  # a paragraph's first words, up to a full stop, a comma or a bracket


def _names_a_link(piece: inline.Piece) -> bool:
    """Is *piece* of a line of links alone: a link named for what it links (``[project](..)``), by its address
    (``Arxiv: [https://arxiv.org/abs/..](same) Code: [..](..)`` under "**ICLR 2023** Title", yeshenpy/Awesome-
    Evolutionary-Reinforcement-Learning) or by a badge (``[![DOI-Link](badge)](doi)`` under a bold title and a
    venue's badge, aliemo/transfomers-silicon-research); a key before a link; a badge?"""
    if piece.kind in (inline.TEXT, inline.BREAK):
        return piece.kind == inline.BREAK or bool(_LINK_KEYS.fullmatch(piece.text))
    if piece.kind == inline.IMAGE:
        return "/badge/" in piece.href
    badge = len(piece.children) == 1 and piece.children[0].kind == inline.IMAGE and "/badge/" in piece.children[0].href
    return piece.kind == inline.LINK and (links.label_word(piece.text) or piece.text.strip() == piece.href or bool(
        _CODE_WORD.search(piece.text)) or badge)


def _said_in_code(entry: ListEntry, pieces: list[inline.Piece]) -> bool:
    """A paragraph of one code span of three words or more, below a paper with no summary: its description,
    taken. (An empty one, `` ` ` ``, the list's placeholder, is passed over.)"""
    shown = [p for p in pieces if p.kind != inline.TEXT or p.text.strip()]
    if entry.summary_parts or len(shown) != 1 or not shown[0].code or len(shown[0].text.split()) < 3:
        return False
    entry.summary_parts = [shown[0].text.strip()]
    return True


def _links_table(quote: Block, refs: dict[str, str]) -> list[inline.Piece] | None:
    """The links of a quoted table of one or two rows whose columns name links (``Github Link``, ``Paper Link``,
    ``Is Read?``; one column may name something else, ``Task``), and what a paragraph after it in the quote says
    of the paper (``***Summarize** : Survey and Evaluation of QA-System*``); None when the quote is not one such."""
    table = quote.children[0] if quote.children and quote.children[0].kind == "table" else None
    if table is None or not 1 <= len(table.rows) <= 2 or sum(not _LINK_COLUMN.search(h) for h in table.header) > 1 \
            or len(table.header) < 2 or not all(p.kind == "paragraph" for p in quote.children[1:]):
        return None
    found = [p for _, cells in table.rows for cell in cells for p in inline.scan(cell, refs) if p.kind == inline.LINK]
    pieces = [q for p in found for q in (p, inline.Piece(inline.TEXT, " "))]
    said = " ".join(_SUMMARY_KEY.sub("", " ".join(p.text for p in inline.scan(child.text, refs)
                                                   if p.kind == inline.TEXT)) for child in quote.children[1:])
    said = said.strip(" *_")
    if pieces and said:
        pieces += [inline.Piece(inline.BREAK), inline.Piece(inline.TEXT, said)]
    return pieces or None


_ARROW_IN_BOLD = re.compile(r"^(\*\*|__)\s*[>»]\s*")  # "**> Graph-based**": a heading's mark, in its bold
_SUMMARY_KEY = re.compile(r"^\s*(?:summar(?:y|ize|ise)|tl;?dr|notes?)\s*[:：]\s*", re.IGNORECASE)


_LINK_COLUMN = re.compile(r"(?i)\b(?:link|links|github|code|paper|page|pdf|url|is read)\b")


def _title_link_alone(pieces: list[inline.Piece]) -> str | None:
    """The title, where a paragraph is one link of a title's words (marks around it at most): ``🔹 [Revisiting the
    Test-Time Scaling of o1-like Models: ...](arXiv)`` over ``- 👤 **Authors:** ...``, ``- 🗓️ **Date:** ...``
    (ThreeSR/Awesome-Inference-Time-Scaling, every paper), the title over its fields."""
    shown = [p for p in pieces if p.kind != inline.TEXT or p.text.strip() and not links.EMOJI_ONLY.fullmatch(
        p.text.strip())]
    return shown[0].text.strip() if len(shown) == 1 and shown[0].kind == inline.LINK and len(
        shown[0].text.split()) >= 3 and not links.label_word(shown[0].text) else None


def _title_authors_below(entry: ListEntry, below: Block, refs: dict[str, str]) -> bool:
    """A paragraph naming a paper by its short name (or by its venue alone) and giving its links and
    description, over a list of two plain bullets: its title, then its authors (LutingWang/awesome-knowledge-
    distillation-for-object-detection, every paper)::

        GID. *CVPR 2021*.
        [[CVF](..)]
        \\- A novel distillation method for detection tasks ...

        - General Instance Distillation for Object Detection
        - Xing Dai and Zeren Jiang and Zhao Wu and Yiping Bao

    The bullets' title and authors are the entry's, the short name a note. True when *entry* was so."""
    if len(below.children) != 2 or entry.reason not in (None, verdict.NO_EVIDENCE) or entry.authors:
        return False
    short = (entry.title or "").strip()
    named = venues.parse(short) if short else None
    if not (named or not short or (len(short) <= 30 and len(short.split()) <= 2)):
        return False
    texts = []
    for item in below.children:
        if len(item.children) != 1 or item.children[0].kind != "paragraph" or "\n" in item.children[0].text.strip():
            return False
        pieces = inline.scan(item.children[0].text, refs)
        if any(p.kind != inline.TEXT for p in pieces):
            return False
        texts.append(" ".join(inline.plain(pieces).split()))
    title, names = texts[0], people.parse(texts[1])
    if not verdict.title_like(title) or len(title.split()) < 3 or not names or not people.only_people(names):
        return False
    entry.title, entry.authors, entry.reason = title, names, None
    if named and not entry.year:
        entry.venue, entry.year = named
    elif short and not named:
        entry.notes.insert(0, short)
    return True


_LOOSE_BOLD = re.compile(r"\*\*([^*\s][^*\n]{0,60}?)\s+\*\*")
_SHORTCODE = re.compile(r":[a-z0-9_+-]{2,40}:")  # ":sparkle:", an emoji written as its name


class Paragraphs(ReaderState):
    """The paragraph's part of the reader; the state and the rest (``read``, ``emit``, ``heading``) are
    ``reader._Reader``'s."""

    found: list[tuple[ListEntry, int, int, int, str]]
    skipped: dict[int, str]
    covered: set[int]
    pending: ListEntry | None
    taken: Block | None
    pending_index: int
    pending_lines: int
    pending_pieces: list[inline.Piece]
    read_if_summary: bool

    def paragraph(self, block: Block, nxt: Block | None) -> None:
        if self.references.read_into_row(block.start):  # "[2] L. Zhang, ...": read into the table's row citing it
            self.skipped.setdefault(block.start, footnotes.READ_INTO_ROW)
            return
        lined = grouping.bold_entry_lines(block.text) if "<br" in block.text else None
        if lined is not None:  # "**Title** [2023].<br> Authors <br>[[PDF](..)]<br>", a line a paper, no blank between
            self.pending = None
            for k, line in enumerate(lined):
                self.emit(self.read(inline.scan(line, self.refs)), block.start + k, block.start + k + 1, "", block,
                          strict=True)
            return
        pieces = inline.scan(references.unwrapped(block.text), self.refs)  # (a reference wrapped over lines, joined)
        if block.text[:2] == "**" and (loose := _LOOSE_BOLD.fullmatch(block.text.strip())):
            pieces = inline.scan(f"**{loose.group(1)}**", self.refs)  # "**QMIX: **" among "**VDN:**", "**JAL:**" over
            # their papers (NeuronDance/DeepRL): a space before the closing stars, which leaves them plain text;
            # bold as its neighbours are, a label over its paper
        pending, self.pending = self.pending, None
        if pending is not None and (pending.arxiv or pending.doi or pending.url) and below_bold.adopt_code(pending,
                                                                                                      pieces):
            self._pending_to(block.end)  # "github：URL" under "arXiv：URL" under "**《Title》**"
            return
        if pending is not None and below_bold.adopt_link(pending, pieces):  # "**Title**", then "<arXiv URL>"
            self._pending_to(block.end)
            self.pending = pending  # (its code's may follow)
            return
        if pending is not None and grouping.said_after(pending, pieces, self.read_if_summary):  # "**简介**: ..."
            self._pending_to(block.end)
            return
        if pending is not None and below_bold.adopt_venue(pending, pieces):  # "**《Title》**", then "ICLR 2019",
            self._pending_to(block.end)  # then its link
            self.pending = pending
            return
        if pending is not None and (self._cited_below(pending, pieces, block) or self._placed_below(
                pending, pieces, block)):
            return
        if pending is not None and self._title_link_below_name(pending, pieces, block):
            return
        if pending is not None and pending.title_target is not None and _said_in_code(pending, pieces):
            self._pending_to(block.end)  # "`It's like a sillouete, but extra. ...`" under the paper above (its
            return  # name over its title link, Emnolope/Human-pose-estimation-papers: the list's description)
        if pending is not None and grouping.translated(pending, pieces):  # (its link may follow)
            self._pending_to(block.end)
            self.pending = pending
            return
        if nxt is not None and nxt.kind == "list" and self._code_below(block, pieces, nxt):
            return
        venue = headings.venue_line(pieces) if nxt is not None and nxt.kind == "list" else None
        if venue is not None:  # "*ICRA(International Conference on ...) 2022*: [[Conference]](..)" over its papers
            self._under_venue(venue, block, nxt)  # type: ignore[arg-type]
            return
        if year := bold_lines.bold_year(pieces):  # "**2022年**" over its lists (PolarisRisingWar/HGNN_Collection)
            self.heading(int(self.frames[-1].written) + 1 if self.frames else 2, year, block.start, block.start + 1,
                         group=True, bold=True)
            return
        head, translation = grouping.translated_below(pieces) if nxt is not None and nxt.kind == "list" else (
            pieces, None)
        cited = bold_lines.cited_then_title(head) if nxt is not None and nxt.kind == "list" else None
        if cited:  # "**Schuman et al. (2017)** - A Survey of ..." over "- **URL**: ..." (Brain2nd/MofNeuroSim)
            head = cited[0]
        linked = _title_link_alone(head) if nxt is not None and nxt.kind == "list" else None
        fielded = nested.read_fields(head, nxt.children, self.refs, self.context(), titled=True, known=linked) if (
            nxt is not None and nxt.kind == "list" and (bold_lines.bold_alone(head) or nested.numbered_title(
                head) or cited or linked)) else None  # (or "[1] NeRF-RPN: A general framework for object detection in
        # NeRFs"
        # over "- 题目：...", "- Code: URL", "- Paper: arXiv URL": lif314/awesome-NeRF-papers, every paper)
        if fielded is not None and cited:
            fielded.authors = fielded.authors or list(cited[1])
            fielded.year = fielded.year or cited[2]
        if fielded is not None:  # "**Title**" then "- 论文/Paper: arXiv URL", "- 代码/Code: ..." (amusi's CVPR lists)
            if translation:
                fielded.notes.insert(0, translation)
            self.emit(fielded, block.start, nxt.end, "", block)  # type: ignore[union-attr]
            self.taken = nxt
            return
        named = [p for p in pieces if p.kind != inline.TEXT or p.text.strip()] if nxt is not None and nxt.kind == \
            "html" and nxt.text[:3].lower() in ("<ul", "<ol") else []
        if len(named) == 1 and named[0].strong and (bold_lines.pseudo_heading(pieces) or named[0].kind == inline.LINK
                                                    and venues.parse(named[0].text.strip())):
            self.heading(int(self.frames[-1].written) + 1 if self.frames else 2, named[0].text, block.start,
                         block.end, group=True, bold=True)  # "<strong>[AAAI 2020](aaai.org)</strong>" over "<ul>"
            self.skipped.setdefault(block.start, "a heading")  # of its papers (mwan0027/ReadingList)
            return
        if nxt is not None and (nxt.kind == "table" and (bold_lines.pseudo_heading(pieces) or bold_lines.italic_caption(
                pieces)) or (
                nxt.kind == "list" and bold_lines.pseudo_heading(pieces, stop=True)
                and grouping.holds_entries(nxt.children, self.refs, self.context().venue)) or (
                nxt.kind == "paragraph" and bold_lines.pseudo_heading(pieces) and not any(p.em for p in pieces)
                and (bold_lines.pseudo_heading(below := inline.scan(nxt.text, self.refs))
                     or bold_lines.italic_label(below) and nxt.end < len(self.doc.lines))
                and all(p.em for p in below if p.text.strip()))):  # ("**Voxel-based methods**", "***Dense Voxels***";
            # "**Graph-based methods** <a id=..></a>" over "*Self-Supervised Learning:*", JosieHong/awesome-mass-
            # spectrometry-ml)
            self.heading(int(self.frames[-1].written) + 1 if self.frames else 2, block.text, block.start,
                         block.end, group=True, bold=True, italic=all(p.em for p in pieces if p.text.strip()))
            self.skipped.update((n, "a heading") for n in range(block.start, block.end) if linkish(self.doc.lines[n]))
            return
        if nxt is not None and nxt.kind == "paragraph" and self._bold_over_entry(pieces, nxt):
            self.heading(int(self.frames[-1].written) + 1 if self.frames else 2, _ARROW_IN_BOLD.sub(
                r"\1", block.text), block.start, block.end, group=True, bold=True)  # ("**> SMILES-based**")
            return
        if nxt is not None and nxt.kind == "list" and bold_lines.bold_sentence(pieces) and grouping.holds_entries(
                nxt.children, self.refs, self.context().venue):
            self.skipped.setdefault(block.start, "a bold sentence about the papers below it, not a paper")
            return  # "**To crop the video based on actionness, aesthetics, etc.**" over the papers that do it
            # (wentianli/awesome-video-editing, under each of its headings): what they are about, no heading
        if nxt is not None and nxt.kind == "list" and block.end - block.start == 1 and self._with_details(
                pieces, block, nxt):
            return
        if nxt is not None and nxt.kind == "list" and block.end - block.start == 1 and self._over_notes(
                pieces, block, nxt):
            return
        if nxt is not None and nxt.kind == "paragraph" and self._title_over_links(pieces, block, nxt):
            return
        row = _links_table(nxt, self.refs) if nxt is not None and nxt.kind == "quote" and any(
            p.strong for p in pieces) and all(p.kind == inline.TEXT and (p.strong or not p.text.strip(" :：-–—"))
                                              for p in pieces) else None
        if row:  # "***4. Recent Advances in Deep Learning Based Dialogue Systems Survey（NTU）*** :" over "> | Github
            entry = self.read([*pieces, inline.Piece(inline.BREAK), *row])  # Link | Paper Link | ... |" and its one
            if self.emit(entry, block.start, nxt.end, "", block):  # row (MPX0222/Research-Paper-Space, 24 entries):
                self.taken = nxt  # the title, then its links in a table of links, quoted
                return
        per_line = grouping.one_per_line(pieces)
        if per_line:
            for k, line_pieces in enumerate(per_line):
                entry = self.read(line_pieces)
                self.emit(entry, block.start + k, block.start + k + 1, "", block, strict=True)
            return
        entry = self.read(pieces)
        if entry.reason is None and "notes" in entry.links and entry.title_target == links.OTHER and \
                block.end - block.start == 1 and sum(p.kind == inline.LINK for p in pieces) == 1:
            self.emit(entry, block.start, block.end, "", block)  # "[Feature Alignment and Uniformity for Test Time
            return  # Adaptation](github.com/../blob/main/test-time/Feature%20Alignment%20....md)" a paragraph each
            # (Jo-wang/Daily-Paper-Reading, 121 papers): the title, linking the owner's notes on the paper
        if entry.reason is None and entry.stated and block.end - block.start == 1 and \
                block.text.rstrip()[-4:].lower() == ".pdf" and verdict.title_like(entry.title):
            self.emit(entry, block.start, block.end, "", block)  # "[FFM] Field-aware Factorization Machines for CTR
            return  # Prediction (Criteo 2016).pdf", a paragraph each (zhihuizheng/Recommendation-Papers, 261
            # papers): the names of the PDFs its owner keeps
        if nxt is not None and nxt.kind == "list" and _title_authors_below(entry, nxt, self.refs):
            self.emit(entry, block.start, nxt.end, "", block, strict=True)
            self.taken = nxt
            return
        if entry.reason is None and bold_lines.definition(pieces) and not (
                entry.arxiv or entry.doi or entry.url or entry.links or entry.code or entry.venue or entry.authors):
            entry.reason = "prose, not an entry"  # "**Affective Computing (AC)** is an interdisciplinary field ..."
        if self.emit(entry, block.start, block.end, "", block, strict=True) and entry.bold:
            self.pending, self.pending_index = entry, len(self.found) - 1
            self.pending_lines, self.pending_pieces = block.end - block.start, pieces

    def _title_over_links(self, pieces: list[inline.Piece], block: Block, nxt: Block) -> bool:
        """A title alone on a line, in plain words, over a paragraph of labelled links alone: ``PETR: Position
        Embedding Transformation for Multi-View 3D Object Detection`` over ``[project](github)`` (autodriving-heart/
        Awesome-BEV-Perception, 73 papers so): one entry, its title and its links. True when read so."""
        text = inline.plain(pieces).strip()
        if block.end - block.start != 1 or any(p.kind != inline.TEXT for p in pieces) or len(text.split()) < 3 \
                or not verdict.title_like(text) or people.only_people(people.parse(_MARKS.sub("", text)) or [text]):
            return False  # (not "Junzuo Zhou, Jiangyan Yi, ..." over "Paper: https://arxiv.org/..": who wrote it)
        below = inline.scan(nxt.text, self.refs)
        shown = [p for p in below if p.kind != inline.TEXT or p.text.strip(" |/,[]")]
        named = all(p.kind == inline.LINK and p.text.strip() and p.text.strip() != p.href for p in shown)
        if not shown or not any(p.kind == inline.LINK for p in shown) or not all(_names_a_link(p) for p in shown) or (
                not named and not (any(p.kind == inline.LINK and links.classify(p.href).kind in links.PAPER_KINDS
                                       for p in shown) and any(f.kind != "title" for f in self.frames))):
            return False  # (links named by their address or a badge, or keyed: one of them the paper's, in a section;
            # not a list's name over its badges, "Awesome Large Vision-Language Model: A Curated List ..." over a
            # license's, nor its own survey's title over its arXiv badge, under the list's title)
        below = [p if p.kind != inline.TEXT or not p.text.strip() or not _LINK_KEYS.fullmatch(p.text) else inline.Piece(
            inline.TEXT, " ") for p in below]  # (the keys, "Code: Not Found", " or ": no description)
        entry = self.read([*pieces, inline.Piece(inline.BREAK), *below])
        if entry.reason == verdict.NO_EVIDENCE and any(links.is_repository(p.href) for p in shown):
            entry.stated, entry.reason = True, None  # (a title over its code's link: a paper, as its place says)
        if entry.reason is not None:
            return False
        self.emit(entry, block.start, nxt.end, "", block)  # (its shape said above)
        self.taken = nxt
        return True

    def _bold_over_entry(self, pieces: list[inline.Piece], nxt: Block) -> bool:
        """A bold word or few alone (``**selection**``, ``**CoT**``) over a paragraph that is a paper's entry in
        bold, linked (``**1.What Makes Good In-Context Examples for GPT-3?** ACL2022 [paper](..)``, Mocciteen/ICL-
        paper, each group so): the heading of the entries below it, not a paper known by its title alone."""
        text = inline.plain(pieces).strip()
        if not bold_lines.pseudo_heading(pieces) or not 0 < len(text.split()) <= 3 or not nxt.text.startswith(
                ("**", "[**")):
            return False
        below = self.read(inline.scan(nxt.text, self.refs))  # ("[**CLM**] Generative molecular design in low data
        # regimes. (*Nat. Mach. Intell.* 2020)[[Paper](..)]" under "**> SMILES-based**", HongxinXiang/awesome-ai-
        # bioinformatics: its name in bold, then the title)
        return below.reason is None and (below.bold or nxt.text[0] == "[") and bool(
            below.arxiv or below.doi or below.url) and len((below.title or "").split()) >= 3

    def html_item(self, item: Block, parent: Block) -> bool:
        """A list item that is one entry folded in HTML (``html_tables.details_entry``): its label read as the
        entry, the words it folds its summary. True when it was one."""
        first = item.children[0] if item.children else None
        folded = html_tables.details_entry(first.text) if first is not None and first.kind == "html" else None
        if folded is None:
            return False
        entry = self.read(inline.scan(folded[0], self.refs))
        if entry.reason is None and folded[1] and not entry.summary_parts and fields.is_summary(folded[1]):
            entry.summary_parts = [folded[1]]
        self.html_lines.update(range(item.start, item.end))
        self.emit(entry, item.start, item.end, item.marker, parent)
        return True

    def references_under(self, head: Block, pieces: list[inline.Piece]) -> bool:
        """*head*, a list item's paragraph, as a label over references one a line (``grouping.
        label_over_references``): the label heads them as a group, each line is an entry. True when so."""
        grouped = grouping.label_over_references(pieces) if grouping.MAY_NUMBER_REFERENCES.search(head.text) else None
        if grouped is None:
            return False
        self.heading(int(self.frames[-1].written) + 1 if self.frames else 2, grouped[0], head.start, head.start + 1,
                     group=True)
        for k, line in enumerate(grouped[1], start=1):
            if inline.plain(line).strip():
                self.emit(self.read(line), head.start + k, head.start + k + 1, "", head, strict=True)
        if self.frames and self.frames[-1].kind == "group":
            self.frames.pop()
        return True

    def _under_venue(self, venue: tuple[str, int | None], block: Block, nxt: Block) -> None:
        """The list *nxt* under a line naming the venue its papers appeared at (``headings.venue_line``): its
        papers take that venue; the line is no paper, and no section (an italic line is no heading)."""
        self.dated(block.start, venue[1], venue[0], [nxt])
        self.taken = nxt
        self.skipped.setdefault(block.start, "a venue's name over its papers, not a paper")

    def _cited_below(self, pending: ListEntry, pieces: list[inline.Piece], block: Block) -> bool:
        """``**Trustworthy and Efficient LLMs Meet Databases**``, a blank line, then ``*Kyoungmin Kim, Anastasia
        Ailamaki. arxiv 2024.* [[pdf](arXiv)]`` (code4DB/LLM4DB, 76 entries): the citation below the bold
        title is the same entry's, not a paper titled by its authors; so, with no link of its own, under a bold
        title linking its paper (``**[C2P: Featuring Large Language Models ...](arXiv)**`` / ``*Abdolmahdi Bagheri,
        ... Alireza Akhondi-Asl.* Preprint'24``, chendl02/Awesome-LLM-Causal-Reasoning). True when read so."""
        first = next((p for p in pieces if p.kind != inline.TEXT or p.text.strip()), None)
        if pending.authors or first is None or not first.em or any(p.strong for p in pieces) \
                or not grouping.continues(pieces) or (pending.arxiv or pending.doi or pending.url) and any(
                    p.kind == inline.LINK for p in pieces):
            return False  # (the citation in italics: not the next entry, "<< PaintSeg >> \" over its bold title)
        joined = [*self.pending_pieces, inline.Piece(inline.BREAK), *pieces]
        again = self.read(joined)
        if again.reason is not None or again.title != pending.title or not (again.authors or again.venue):
            return False
        _, start, _, heading, marker = self.found[self.pending_index]
        self.found[self.pending_index] = (again, start, block.end, heading, marker)
        self.covered.update(range(start, block.end))
        if again.authors and not (again.venue or again.arxiv or again.doi or again.url):
            self.pending, self.pending_pieces = again, joined  # (where it appeared and its links may follow)
        return True

    def _placed_below(self, pending: ListEntry, pieces: list[inline.Piece], block: Block) -> bool:
        """``ICLR 2024. [[Paper](arXiv)] | [[Codes](github)]``, a paragraph of its own under the bold title and the
        italic authors (``_cited_below``; TongjiFinLab/awesome-financial-time-series-forecasting, each of its 43
        papers three paragraphs): where the paper appeared and its links, the same entry's. True when read so."""
        k, first = next(((k, p) for k, p in enumerate(pieces) if p.kind != inline.TEXT or p.text.strip(" [")),
                        (0, None))  # (the bracket around "[[Paper](arXiv)]" is none of it)
        if not pending.authors or pending.venue or pending.arxiv or pending.doi or pending.url or first is None or \
                first.strong or first.em or any(p.strong for p in pieces):
            return False
        if first.kind == inline.TEXT and (math := _MATH_YEAR.match(first.text)):  # "$2024$. [[Paper](arXiv)]": the
            pieces = [*pieces[:k], inline.Piece(inline.TEXT, math.group(1) + first.text[math.end():]), *pieces[k + 1:]]
            first = pieces[k]  # year set as TeX math, as the list writes it where no venue is known yet
        placed = first.kind == inline.TEXT and (venues.parse(where := _PLACE.match(first.text).group().strip(" .,"))
                                                or venues.FOUR_DIGIT_YEAR.fullmatch(where))
        if not (placed or first.kind == inline.LINK and links.label_word(first.text)):  # (or "[[Paper](arXiv)]" alone)
            return False
        again = self.read([*self.pending_pieces, inline.Piece(inline.BREAK), *pieces])
        if again.reason is not None or again.title != pending.title or len(again.authors) != len(pending.authors) or \
                not (again.venue or again.arxiv or again.doi or again.url or again.links):
            return False
        _, start, _, heading, marker = self.found[self.pending_index]
        self.found[self.pending_index] = (again, start, block.end, heading, marker)
        self.covered.update(range(start, block.end))
        return True

    def _with_details(self, pieces: list[inline.Piece], block: Block, nxt: Block) -> bool:
        """A plain title line, then a bullet of its details (oneHuster/Meta-Learning-Papers, 114 entries):
        ``Online Meta-Learning [[paper](arXiv)]`` / ``  - Chelsea Finn, Aravind Rajeswaran --ICML 2019``.
        Read as one entry; True when it is one."""
        found = details.details(nxt.children, self.refs) if not bold_lines.bold_alone(pieces) else None
        if found is None or found[1]:
            return False
        entry = self.read([*pieces, *(p for line in found[0] for p in (inline.Piece(inline.BREAK), *line))])
        if entry.reason is not None or entry.bold or not (entry.authors or entry.venue):
            return False
        self.emit(entry, block.start, nxt.end, "", block, strict=True)
        self.taken = nxt
        return True

    def _over_notes(self, pieces: list[inline.Piece], block: Block, nxt: Block) -> bool:
        """A venue, its year and a title, over bullets of notes (``grouping.notes_below``); True when read so."""
        if not pieces or pieces[0].kind != inline.TEXT or not pieces[0].text.lstrip().startswith("["):
            return False
        entry = self.read(pieces)
        notes = bullets_below.notes_below(entry, nxt.children, self.doc.lines, self.refs) if (
            entry.reason in (None, verdict.NO_EVIDENCE)) else None
        if notes is None:
            return False
        entry.reason = None
        entry.notes += notes
        self.emit(entry, block.start, nxt.end, "", block)
        self.taken = nxt
        return True

    def bullets(self, entry: ListEntry, block: Block) -> None:
        """Reading-notes style: the bullets under a bold paragraph are its summary and notes."""
        texts = byline.keyed_paragraphs(entry, [text for item in block.children
                                                if (text := item_words.item_text(item, self.refs))])
        notes = [n for item in block.children for n in item_words.item_notes(item, self.refs)]
        # One line (**Title** [paper](..)): its first bullet is the summary. A citation written over
        # lines (**Title** \ Venue. [[paper](..)] \ summary) says its summary itself: bullets are notes.
        if texts and not entry.summary and self.pending_lines == 1 and not nested.all_fields(block.children,
                                                                                          self.doc.lines):
            entry.summary_parts = [texts.pop(0)]
            if self.read_if_summary and entry.status in (None, "unread"):
                entry.status = "read"
        entry.notes += texts + notes
        self._pending_to(block.end)

    def _title_link_below_name(self, pending: ListEntry, pieces: list[inline.Piece], block: Block) -> bool:
        """``**ITWHPEUE2DFAI3DR**``, a blank line, then ``[In the Wild Human Pose Estimation Using Explicit 2D
        Features ...](arXiv) (Apr 2019)`` (Emnolope/Human-pose-estimation-papers, 91 entries): a bold name of one
        word over the paragraph that is its paper, title linked. One entry, the name kept as a note."""
        if not (pending.bold and pending.title and " " not in pending.title.strip() and len(pending.title) <= 30
                and not (pending.arxiv or pending.doi or pending.url or pending.links or pending.venue_written)):
            return False
        first = next((p for p in pieces if p.kind != inline.TEXT or p.text.strip()), None)
        if first is None or first.kind != inline.LINK or len(first.text.split()) < 3 or \
                links.classify(first.href).kind not in links.PAPER_KINDS:
            return False
        entry = self.read(pieces)
        if entry.reason is not None or entry.title != fields.clean_title(first.text):
            return False
        entry.notes.insert(0, pending.title)
        _, start, _, heading, marker = self.found[self.pending_index]
        self.found[self.pending_index] = (entry, start, block.end, heading, marker)
        self.covered.update(range(start, block.end))
        self.pending = entry  # (a description may follow it)
        return True

    def _pending_to(self, end: int) -> None:
        """The bold paragraph's entry now ends at line *end* (its bullets, or its link, are its own)."""
        e, start, _, heading, marker = self.found[self.pending_index]
        self.found[self.pending_index] = (e, start, end, heading, marker)
        self.covered.update(range(start, end))

    def _code_below(self, block: Block, pieces: list[inline.Piece], nxt: Block) -> bool:
        """``:sparkle: **Code:**`` over bullets that each link a repository (``*   [Torch-based](github)``), right
        under a paper (ycjing/Neural-Style-Transfer-Papers, half its papers): the paper's code, the first its
        code and the others its links. True when the paragraph and its list were so, and taken."""
        said = " ".join(fields.without_trailing_marks(_SHORTCODE.sub("", inline.plain(pieces))).split())
        if not self.found or said.rstrip(":：").strip().lower() not in ("code", "codes", "implementations"):
            return False
        entry, start, end, heading, marker = self.found[-1]
        if any(line.strip() for line in self.doc.lines[end:block.start]) or entry.reason is not None:
            return False
        found = [p for item in nxt.children for p in inline.scan(item.children[0].text if item.children else "",
                                                                  self.refs) if p.kind == inline.LINK]
        if not found or len(found) != len(nxt.children) or not all(links.is_repository(p.href) for p in found):
            return False
        for link in found:
            if not entry.code:
                entry.code = link.href
            else:
                entry.links.setdefault(links.label(link.text), link.href)
        self.found[-1] = (entry, start, nxt.end, heading, marker)
        self.covered.update(range(start, nxt.end))
        self.taken = nxt
        return True
