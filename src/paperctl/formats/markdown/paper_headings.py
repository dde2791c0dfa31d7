"""A paper written as a heading, as the reader reads it (``reader._Reader`` inherits this): the heading that
is a paper (its title linked, or its lines below giving its link or its fields), and the text under it, up to
the next heading: its fields, its notes, its description."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import (
    before_title,
    byline,
    fields,
    finishing,
    folds,
    grouping,
    headings,
    inline,
    item_words,
    links,
    nested,
    people,
    proceedings,
    venues,
    verdict,
)
from . import blocks as blocks_
from .blocks import Block
from .bullets_below import IDEA
from .field_keys import key_of
from .heading_fields import (
    bold_fields_below,
    cited_fields_below,
    dated_url_below,
    described_then_linked,
    dotted_names,
    fields_below,
    fields_right_below,
    identified_below,
    keyed_fields_below,
    keyed_paper_below,
    linked_below,
    names_below,
    noted_with_link,
    notes_then_url,
    paper_link_first,
    paper_linked_below,
    said_of_a_paper,
    tagged_below,
    titled_below,
    url_below,
    venue_first,
)
from .heading_shapes import NAME_ALONE, HeadingShapes, placed_first
from .headings import YEAR_HEADING
from .link_names import add_link
from .model import ListEntry
from .under_heading import (
    code_address,
    dated_venue,
    dotted_facts,
    field_lines,
    keyed_paper_text,
    lines_of_links,
    link_alone,
    link_then_facts,
    links_row,
    names_alone,
    quoted_lines,
    titled_by_link,
    written_by,
)

_LABEL_ALONE = re.compile(r"[\w ]{1,20}[:：]")
_NAME_COLON = re.compile(r"[^\s:：][^:：]{0,40}[:：]")  # "TFN:", "EF\_LSTM & LF\_LSTM:"
_PUBLISHED_AT = re.compile(r"^本文是[^。，,]{0,40}?发表(?:于|在)\s*([A-Za-z][\w ]{1,20}?\s*(?:19|20)?\d\d)\s*的")
_NAME_SPACED_COLON = re.compile(r"\s*([A-Za-z][\w-]{1,20}) : (\S.{15,})")
_CODE_NAME_DASH = re.compile(r"\s*`([^`]{1,40})`\s*[—–-]\s+(\S.{8,})")
_DATE_AFTER = re.compile(r"\s*[,–—-]?\s*(?:19|20)\d\d(?:[./-](?:0?[1-9]|1[0-2]))?\s*")
_STATUS_FIRST = re.compile(r"\s*(✅|✔️?|☑️?|📌)\s*[｜|:：]?\s*(?=\S)")  # a reading status's mark before a heading
_STATUS_LAST = re.compile(r"\s*\[`?(read|unread|todo|to read|reading|done)`?\]$", re.IGNORECASE)
_SAID_STATUS = {"read": "read", "done": "read", "unread": "unread", "todo": "unread", "to read": "unread",
                "reading": "reading"}
_QUOTED_WHOLE = re.compile(r"\s*[\"“]([^\"“”]{8,})[\"”]\s*")
_BOLD_WHOLE = re.compile(r"\s*\*\*(\d{1,3}[.)]\s+[^*]+)\*\*\s*")
def _link_or_year(piece: inline.Piece) -> bool:
    """Is *piece*, after a heading's title link, a link named for what it is or a year in brackets?"""
    return piece.kind == inline.LINK and links.label_word(piece.text) or piece.kind == inline.TEXT and bool(
        _YEAR_ALONE.fullmatch(piece.text.strip()))


_YEAR_ALONE = re.compile(r"[(（]?\s*(?:19|20)\d\d\s*[)）]?")
_NAME_AFTER = re.compile(r"\s*[(（]\s*[A-Za-z][\w.+-]{0,20}(?: [\w.+-]{1,12}){0,2}\s*[)）]\s*")  # " (ResNet)"
_YEAR_FIRST = re.compile(r"\s*((?:19|20)\d\d)\s+(?=\S)")


_NUMBERED = re.compile(r"\d{1,3}[.)、]\s")  # "6. MobileNet系列", "8. GhostNet": siblings, numbered in turn


_CITED_LAST = re.compile(r".{12,}\((?:[A-Z][\w'’-]+)(?: et\.? al\.?| (?:and|&) [A-Z][\w'’-]+)?,? (?:19|20)\d\d\)\s*")
# ("### [The State of Automated Factchecking (Babakar et al 2016)](fullfact.org/blog/..)" among paper headings cited
# so, Martin36/Automated-Fact-Checking-Resources: a paper, cited as one, wherever it is published)


def _over_entries(lines: list[str], end: int, level: int) -> bool:
    """Does a heading (of *level*, ending before line *end*) stand over entries: a list, a table or a heading
    below it, as a section does? (A paper's heading stands over its text, or the next paper's heading.)"""
    below = next((line.strip() for line in lines[end: end + 40] if line.strip()), "")
    return bool(_ENTRY_START.match(below)) or headings.atx_level(below) > level


_ENTRY_START = re.compile(r"(?:[-*+]|\d{1,3}[.)])\s|\|")


class PaperHeadings(HeadingShapes):
    """The paper headings' part of the reader; the state and the rest (``emit``, ``read``, ``context``) are
    ``reader._Reader``'s."""

    found: list[tuple[ListEntry, int, int, int, str]]
    covered: set[int]
    heading_paper: int
    heading_pieces: list[inline.Piece]
    heading_names: bool
    _reopened: Callable[[int], None]

    def _paper_heading(self, text: str, start: int, end: int) -> bool:
        """A heading that is a paper: its whole text a title link to a paper (``#### [Adversarial
        Patch](https://arxiv.org/abs/1712.09665)``, ``### 1. [Revisiting the Superficial Alignment
        Hypothesis](arXiv)``), or a title whose lines below give its paper's link: ``### [CVPR-2019] Title``
        over ``- arxiv: URL`` bullets or a ``[📄 Paper](..)`` line, ``### Title`` over ``- **arXiv**: [ID](..)``
        (``heading_fields``: ``fields_below``, ``linked_below``, ``identified_below``). It is an entry in the
        section above it, and the text under it, up to the next heading, its fields or notes (inspire-group/adv-
        patch-paper-list, Meirtz/Awesome-LLM-Model-Editing)."""
        marked = _STATUS_FIRST.match(text)  # "#### ✅｜[(2018 CVPR)Title](arXiv)" (langmanbusi/Myzone, 17 of its 39
        text = text[marked.end():] if marked else text  # paper headings): read, says the mark; then the paper
        said_last = _STATUS_LAST.search(text) if text.endswith("]") else None
        text = text[: said_last.start()] if said_last else text  # "#### Yarn: ... [`READ`]" (Strivin0311/long-
        # llms-learning's pages, every paper): the title, then the owner's status in brackets
        bolded = _BOLD_WHOLE.fullmatch(text)  # "## **1. Boosting the Adversarial Transferability of ...**" (daksim/
        text = bolded.group(1) if bolded else text  # NewAdversarialAttackPaper, every paper): bold, the number within
        if text[-4:].isdigit() and YEAR_HEADING.match(text.strip()):
            return False  # ("#### 2.2.3. YEAR 2021" over a table of that year's papers: a year, numbered)
        unnumbered = re.sub(r"^\s*(?:\d{1,3}[.)]|\[\d{1,4}\])\s+|^\s*\d{1,3}、\s*", "", text)  # ("#### [60] Title":
        # Awesome3DGS; "##### 2、[Title](arXiv)", hekesai/kesai-awesome-model-compressing)
        quoted = _QUOTED_WHOLE.fullmatch(unnumbered) if unnumbered[-1:] in "\"”" else None
        unnumbered = quoted.group(1) if quoted else unnumbered  # '### 1. "GroupLens: An Open Architecture for
        # Collaborative Filtering of Netnews"' over "- **Authors**:", "- **Year**:" bullets (darinz/Recommender-
        # Systems, every paper): the title in quotes
        keyed = byline.TITLE_KEY.match(unnumbered) if self.doc.lines[start].lstrip()[:1] == "#" else None
        keyed = keyed if keyed and unnumbered[keyed.end():].strip() else None
        unnumbered = unnumbered[keyed.end():] if keyed else unnumbered  # ("### Title: Llumnix: Dynamic Scheduling
        # for ...", kexinchu/paper-manager: the heading says it is a title; not "title: ..." in a YAML front matter,
        # which CommonMark reads as a heading underlined by its closing "---")
        named = _NAME_SPACED_COLON.fullmatch(unnumbered)  # "### swing : Large Scale Product Graph Construction for
        unnumbered = named.group(2) if named and verdict.title_like(named.group(2)) else unnumbered  # ..." (Dachuan
        named = named if unnumbered != text and named and unnumbered == named.group(2) else None  # Zhao/rec_serach_
        # paper): the method's name, a colon set off by spaces, the title
        coded = _CODE_NAME_DASH.fullmatch(unnumbered)  # "###### `ALN` — Adversarial Learning Networks for FinTech
        unnumbered = coded.group(2) if coded else unnumbered  # ..." over "- **Authors**:", "- **Venue**:" bullets
        # (Lafitte1573/Awesome-FinTS-Generation, every paper): the method's name in code, a dash, the title
        pieces = inline.scan(unnumbered, self.refs)
        visible = [p for p in pieces if (p.kind != "text" or p.text.strip(" ,;") and not links.EMOJI_ONLY.fullmatch(
            p.text.strip())) and not (p.kind == inline.IMAGE and "/badge/" in p.href)]
        # ("### 📄 [Title](arXiv)" over "**Authors:** ...", puneet-chandna/awesome-LLM-papers; "### [Title](arXiv)
        # ![Static Badge](img.shields.io/badge/ICLR-FF0000)", henu77/Awesome-Monocular-Depth-Estimation: a badge
        # says where, the entry reads it, it is no part of the heading's text; " #### 3. [Title](mlr.press), ",
        # Nikasa1889/awesome-deep-learning-theory: a comma left after the title link)
        said = visible[0].text.strip() if len(visible) == 1 and visible[0].kind == "text" else ""
        said = said.replace("_", " ") if " " not in said else said  # ("### Predicting_Future_Frames_Using_Retro
        # spective_Cycle_GAN.（CVPR,2019）" among titles written with spaces: SaulZhang/Awesome_Video_Frame_Prediction)
        fielded = venue_first(unnumbered) and (  # (the cheap test first: most headings are sections)
            fields_below(self.doc.lines, end) or linked_below(self.doc.lines, end)) or \
            len(said.split()) >= 2 and verdict.title_like(said[:1].upper() + said.strip(" .")[1:]) \
            and (identified_below(self.doc.lines, end) or tagged_below(self.doc.lines, end)
                 or cited_fields_below(self.doc.lines, end)
                 or len(visible[0].text.split()) >= 4
                 and (url_below(self.doc.lines, end) or bold_fields_below(self.doc.lines, end)
                      or keyed_fields_below(self.doc.lines, end)
                      or names_below(self.doc.lines, end) or described_then_linked(self.doc.lines, end)
                      or fields_right_below(self.doc.lines, end) or noted_with_link(self.doc.lines, end))
                 or len(visible[0].text.split()) >= 3 and said_of_a_paper(self.doc.lines, end)
                 or url_below(self.doc.lines, end, keyed=True))  # ("#### DeepSeek-V3 Technical Report"
        # over "paper link: [here](..)": a short title, named so by the line below)
        fielded = fielded or bool(keyed) and len(said.split()) >= 2  # ("### Title: Llumnix: ...": the heading says so)
        fielded = fielded or len(visible) == 1 and visible[0].kind == "text" and (
            titled_below(self.doc.lines, end) or paper_link_first(self.doc.lines, end)
            or dated_url_below(self.doc.lines, end) or NAME_ALONE.fullmatch(visible[0].text.strip()) is not None
            and (identified_below(self.doc.lines, end) or venues.parse(visible[0].text) is None and notes_then_url(
                self.doc.lines, end)))  # (not "## EMNLP_2020" over its papers' titles and addresses: a venue)
        # ("#### dyngraph2vec" over "* 作者：...", "* 链接：arXiv", Cantoria/dynamic-graph-papers: a paper known by its
        # method's name, among headings of titles over the same fields)
        fielded = fielded or len(visible) == 1 and (visible[0].kind == "text" or visible[0].kind == inline.LINK and (
            links.classify(visible[0].href).kind == links.OTHER)) and verdict.title_like(
            visible[0].text.strip()) and keyed_paper_below(self.doc.lines, end)  # "## [1] **EasyRAG**"
        # ("### [GPT4Motion](project page)" over "**Paper:** [GPT4Motion: Scripting ...](arXiv)", rkuo2000/AI-course)
        # (the scan of the lines below last)
        # ("### iPINNER: An Iterative ...", "### Prequential posteriors": its bullets say it is a paper)
        if not fielded and len(visible) >= 2 and self._cited_heading(pieces, visible, start, end):
            return True
        if not fielded and len(visible) == 1 and visible[0].kind == inline.TEXT and self._titled_and_placed(
                pieces, visible[0].text, start, end):
            return True
        if not fielded and len(visible) == 1 and visible[0].kind == inline.TEXT and self._titled_and_cited(
                visible[0].text, start, end):
            return True
        if not fielded and len(visible) == 1 and visible[0].kind == inline.TEXT and visible[0].text.lstrip()[
                :1] in "(（" and self._dated_then_titled(visible[0].text, start, end):
            return True
        if not fielded and len(visible) == 1 and visible[0].kind == inline.TEXT and unnumbered != text and \
                self._numbered_and_dated(visible[0].text, start, end):
            return True
        if not fielded and len(visible) == 1 and visible[0].kind == inline.TEXT and visible[0].text.lstrip()[
                :1] in "(（" and self._placed_then_titled(visible[0].text, start, end, marked):
            return True
        if not fielded and len(visible) == 2 and visible[0].kind == inline.TEXT and _NAME_COLON.fullmatch(
                visible[0].text.strip()) and visible[1].kind == inline.LINK and len(visible[1].text.split()) >= 3:
            visible = visible[1:]  # "### TFN: [Tensor Fusion Network for ... (EMNLP2017)](doi)" (yuanxu9710/MSA):
            # the method's name, then its paper's title linked
        if not fielded and len(visible) == 2 and visible[0].kind == inline.LINK and visible[1].kind == inline.TEXT \
                and _NAME_AFTER.fullmatch(visible[1].text) and len(visible[0].text.split()) >= 3:
            visible = visible[:1]  # "### 1. [Deep Residual Learning for Image Recognition](arXiv) (ResNet)" over its
            # fields (aiot-cau/urp-summer-2025, every paper): the title linked, then the method's short name
        if not fielded and len(visible) == 2 and visible[0].kind == inline.LINK and visible[1].kind == inline.TEXT \
                and _DATE_AFTER.fullmatch(visible[1].text):  # "## [MixNet: Mixed Depthwise Convolutional Kernels]
            visible = visible[:1]  # (arXiv), 2019/07" over its authors and abstract (Bisonai/awesome-edge-machine-
            # learning, every paper): the title link, and when it was posted
        tail = proceedings.date_then_venue(visible[1].text) if not fielded and len(visible) == 2 and visible[
            0].kind == inline.LINK and len(visible[0].text.split()) >= 3 and visible[1].em else None
        if tail:  # "#### [Ferret: Federated Full-Parameter Tuning ...](arXiv) *Sep 2024 NeurIPS Workshop*" over its
            pieces, visible = pieces[: pieces.index(visible[0]) + 1], visible[:1]  # authors (wxhzyr/Awesome-Fed-
            # Reasonning-LLM, every paper): the title linked, then when and where, in italics
        if not fielded and len(visible) >= 2 and visible[0].kind == inline.LINK and len(
                visible[0].text.split()) >= 3 and all(_link_or_year(p) for p in visible[1:]):
            visible = visible[:1]  # "##### 2、[Title](arXiv)  [github](..)  （2016）" (hekesai/kesai-awesome-model-
            # compressing, 22 papers): the title linked, its links and its year
        if not fielded and (len(visible) != 1 or visible[0].kind != inline.LINK or len(visible[0].text.split()) < 2
                            or links.label_word(visible[0].text) or dated_venue(visible[0].text)):
            return False  # (not "### [TACL 2020](aclweb.org/anthology/events/tacl-2020/)": a venue's heading, linking
            # its proceedings, kaisugi/entity-related-papers)
        if not fielded and links.classify(visible[0].href).kind not in links.PAPER_KINDS and not _CITED_LAST.match(
                visible[0].text) and not placed_first(visible[0].text) and not (
                visible[0].href == "" and finishing.VENUE_COLON_FIRST.match(visible[0].text.lstrip())
                and len(visible[0].text.split()) >= 4
                and not _over_entries(self.doc.lines, end, headings.atx_level(self.doc.lines[start]))):
            return False  # (a title link left empty, "#### 5. [ECCV-18: CurriculumNet: Weakly Supervised Learning
            # from Large scale Web Images]()" between linked ones, guixianjin/Some-research-on-noisy-labels: where
            # and when first; not "### [Training with Scalar Rewards]()" over its papers, BobXWu/learning-from-
            # rewards-llm-papers, nor "## [Papers and Code]()" over a line of text, sudharsan13296/Awesome-Meta-
            # Learning)
        # (No section is closed: lists write such papers one level below their section, or at its
        # level right after it, "### 2024-10-09" then "### 1. [Title](..)", meaning them under it.)
        year_first = _YEAR_FIRST.match(unnumbered) if fielded and len(visible) == 1 and dated_url_below(
            self.doc.lines, end) else None  # "### 2021 GTR" over its day and address: the year, then the title
        if year_first:
            pieces = inline.scan(unnumbered[year_first.end():], self.refs)
        entry = self.read(pieces)
        if year_first:
            entry.year = int(year_first.group(1))
        if tail:
            entry.venue, entry.year = tail[0] or entry.venue, tail[1]
        if entry.reason not in (None, verdict.NO_EVIDENCE) and (kept := self._sections_closed(start)) is not None:
            again = self.read(pieces)  # "### Datasets" over "#### Visual Genome" ..., then "### Image Retrieval using
            if again.reason in (None, verdict.NO_EVIDENCE):  # Scene Graphs" over "[link](pdf)" (Justin-Yuan/Papers):
                entry = again  # a paper at the level of a section with headings of its own ends it, as a heading
                self._reopened(start)  # of that level does
            else:
                self.frames = kept
        if coded or named:
            entry.notes.insert(0, (coded or named).group(1))  # type: ignore[union-attr]
        if marked:
            entry.status = fields.strip_lead(marked.group(1) + " x")[1] or entry.status
        if said_last:
            entry.status = _SAID_STATUS[said_last.group(1).lower()]
        if fielded and entry.reason == verdict.NO_EVIDENCE:
            entry.stated, entry.reason = True, None  # (what is below links it: ``identified_below``)
        elif fielded and entry.reason and entry.reason == self.context().resources and paper_linked_below(
                self.doc.lines, end):  # "#### L-HSAB: A Levantine Twitter Dataset for ..." over "* Link to
            entry.stated, entry.reason = True, None  # publication: [..](aclweb)" under "## List of datasets"
            # (leondz/hatespeechdata): a dataset's paper
        self._emit_heading(entry, start, end, pieces)
        return True

    def _sections_closed(self, start: int) -> list[headings.Frame] | None:
        """Close the sections a heading at line *start* ends, when one of its level has a heading below it open
        (the frames as they were given back, to restore); None, with nothing closed, when there is none such."""
        level = self._level(start)
        same = next((k for k, f in enumerate(self.frames) if f.kind != "title" and f.written == level), None)
        if not level or same is None or not any(f.written > level for f in self.frames[same + 1:]):
            return None
        kept, self.frames = self.frames, self.frames[:same]
        return kept

    def _deeper_within(self, line: int, start: int, level: int) -> bool:
        """Is there a heading deeper than *level* between the section heading at *line* and the paper heading at
        *start*? Then the section writes what it holds below its own level, and a paper at its level, numbered as
        the section is, is its sibling: "### 6. MobileNet系列" over "#### 6.1 MobileNet V1" ..., then "### 8.
        GhostNet" (codecat0/CV). (Not "### 2024-10-09" then "### 1. [Title](..)", papers written at the level of
        their day's heading.)"""
        return any(line < n < start and headings.atx_level(self.doc.lines[n].lstrip(" >")) > level
                   for n in range(max(line + 1, start - 400), start) if self.doc.lines[n][:1] in "# >")

    def _level(self, start: int) -> int:
        """The level of the heading at line *start* (0 where it is none written with #)."""
        return headings.atx_level(self.doc.lines[start].lstrip(" >")) if start < len(self.doc.lines) else 0

    def _emit_heading(self, entry: ListEntry, start: int, end: int, pieces: list[inline.Piece]) -> None:
        """Emit the paper a heading is, under the sections above it, once the headings below its level that came
        before it are closed (``### Abstract`` under the paper before: johnnyasd12/awesome-few-shot-meta-learning);
        kept, the text under it is read as its own."""
        level = self._level(start)
        closed = False
        while level and self.frames and self.frames[-1].kind != "title" and (self.frames[-1].written > level or (
                self.frames[-1].written == level and self.headings and self.headings[-1].line == self.frames[-1].line
                and self.headings[-1].content and not self.headings[-1].papers) or (
                self.frames[-1].written == level and _NUMBERED.match(self.frames[-1].name)
                and _NUMBERED.match(self.doc.lines[start].lstrip(" >#")) and self._deeper_within(
                    self.frames[-1].line, start, level))):
            self.frames.pop()  # (and a heading of its level that holds something, but no paper: "## Survey
            closed = True  # Documentation" over a link, then "## LayoutLM: ... @ KDD 2020", Noba1anc3/Document-
            # Analysis-Recognition; not "### 2024-10-18" over nothing, then "### 1. [Title](arXiv)": the papers' date,
            # Meirtz/Awesome-LLM-Model-Editing)
        if closed:
            self._reopened(start)
        if self.emit(entry, start, end, "", Block("heading", start, end)):  # (the text under it is its own)
            self.heading_paper, self.heading_pieces, self.heading_names = len(self.found) - 1, pieces, False

    def under_paper_heading(self, block: Block) -> None:
        """Text under a paper written as a heading: its notes; a citation line first
        (``*Ashish Vaswani, Noam Shazeer* — NeurIPS 2017``) is more of the entry."""
        entry, start, below, heading, marker = self.found[self.heading_paper]
        first = below == start + 1  # (the first text under the heading's line)
        given = notes = None
        if block.kind == "list":
            given = nested.read_fields(self.heading_pieces, block.children, self.refs, self.context(), titled=True,
                                       known=entry.title)
            notes = nested.note_items(block.children, self.refs)
            if given is None and notes and len(notes) < len(block.children):  # (fields, then a note: all
                given = nested.read_fields(self.heading_pieces, [c for c in block.children if c not in notes],
                                           self.refs, self.context(), titled=True, known=entry.title)  # but it)
                if given is not None:
                    given.notes += [n for item in notes for n in item_words.texts(item, self.refs)]
        if given is not None:  # "### [CVPR-2019] Title" over "- arxiv: URL", "- paper: URL": its links
            nested.adopt_links(entry, given)  # (and a note bullet beside them: the paper's description where
            grouping.described_below(entry, notes or [], self.refs)  # the list describes its papers so: "- 手绘
            # 图变动画", "hand-drawn images to animation", Kobaayyy/Awesome-ICCV2021-Low-Level-Vision)
        for para in field_lines(blocks_.in_order(block)) if given is None else []:
            where = before_title.year_then_venue(para.text.strip()) if block.kind == "list" and not entry.venue and \
                len(para.text) <= 40 else None
            if where:  # "### [Title](pdf)" over "- 2015 CVPR", "- CCNN", "- No Saliency" (hanwei0912/Adversarial-
                entry.venue, entry.venue_written = where[0], para.text.strip()  # Reading): where and when, a bullet
                entry.year = entry.year or where[1]  # of their own
                continue
            alone = venues.parse(para.text.strip().strip("*_").strip()) if block.kind == "paragraph" and not (
                entry.venue or entry.notes) and len(para.text) <= 60 and para.text.strip()[-1:] in "*_0123456789" \
                else None
            if alone and alone[0] and alone[1]:  # "*IJCAI 2023*", a paragraph of its own under the heading's title
                entry.venue, entry.venue_written = alone[0], para.text.strip()  # link and its authors, over the
                entry.year = entry.year or alone[1]  # owner's notes (xiaxia-wang/Daily-Reading, every paper)
                continue
            if block.kind == "paragraph" and not entry.authors and not entry.notes and (
                    names := people.affiliated_names(dotted_names(para.text))):  # "> Junsu Cho (POSTECH), ...
                entry.authors = names  # and Hwanjo Yu (POSTECH).", "Bin Huang · Xin Wang · Hong Chen"
                continue
            address = nested.bare_url(para.text) if block.kind == "paragraph" else None
            if address is not None:  # "<https://www.arxiv.org/abs/2002.06622>" under "### Robustness ...": its paper
                add_link(entry, "code" if links.is_repository(address) else "paper", address)  # (or its code's:
                # "https://github.com/illidanlab/dpgan" under "#### DPGAN (2018)", MahedAb/Private-synthetic-...)
                continue
            tagged = nested.tagged_venue(para.text) if block.kind == "paragraph" else None
            if tagged and not entry.venue:  # "tag: `Switch Transformer` | `MoE` | `JMLR23`": where it appeared
                entry.venue, entry.year = tagged[0], entry.year or tagged[1]
            said = nested.said_field(para.text) if block.kind == "paragraph" else None
            plain = key_of(para.text) if block.kind == "paragraph" and said is None and not entry.venue else None
            if plain and plain[0] == "venue" and (where := venues.parse(plain[2].strip())) and where[1]:
                entry.venue, entry.venue_written = where[0], plain[2].strip()  # "Conference: OSDI 2024" among the
                entry.year = entry.year or where[1]  # lines under "### Title: Llumnix: ..." (kexinchu/paper-manager)
                continue
            if said and said[0] == "venue" and not entry.venue and (where := nested.source_venue(said[1])):
                entry.venue, entry.venue_written, entry.year = where[0], said[1], entry.year or where[1]
                continue  # "**Source:** arxiv • 2026-02-12"
            if said and said[0] == "year" and entry.year is None and (when := venues.year_of_date(
                    said[1].split("[")[0].strip())):
                entry.year = when  # "**Date**: 2023.04.27" (HKUST-LongGroup/Awesome-MLLM-Benchmarks); "**SubmitDate**:
                for p in inline.scan(para.text, self.refs):  # 2022-06-16 [paper-pdf](arXiv)" (daksim/NewAdversarial
                    if p.kind == inline.LINK and links.classify(p.href).kind in links.PAPER_KINDS:  # AttackPaper): the
                        add_link(entry, "paper", p.href)  # day it was posted, then its link
                continue
            if said and said[0] == "summary" and not entry.summary_parts:
                entry.summary_parts = [said[1]]  # "**Summary:** ..."
                continue
            if block.kind == "paragraph" and not entry.venue and dotted_facts(entry, inline.scan(para.text,
                                                                                                  self.refs)):
                continue  # "**2026-06-30** · ACL 2026 Main · `TQA / TFV` · [GitHub](..)"
            if block.kind == "paragraph" and code_address(entry, para.text):
                continue  # "code: https://github.com/.. （official implementation in Pytorch）"
            idea = IDEA.fullmatch(" ".join(para.text.split())) if block.kind == "paragraph" and not (
                entry.summary_parts or para.text.lstrip().startswith(("*", "_"))) else None
            if idea and fields.is_summary(idea.group(1)):  # "Idea: temporal causal discovery across overlapping
                entry.summary_parts = [idea.group(1)]  # datasets, ..." under "### Title" over "- <arXiv URL>"
                continue  # (jcochanc/Causal-Papers-Code): what the paper does, labelled so
            scanned = inline.scan(para.text, self.refs) if block.kind == "paragraph" else []
            keyed = nested.keyed_links(scanned) if block.kind == "paragraph" else None
            if keyed:  # "📄 Paper: [EasyRAG](arXiv) || 💻 Code: [Github Repository](github)"
                for kind, key, href in keyed:
                    if not href.strip():
                        continue  # ("💻 Code: [Github Repository]()": a link left to fill in)
                    if kind in ("paper", "title") or (kind is None and links.classify(href).kind in links.PAPER_KINDS):
                        add_link(entry, "paper", href)
                        titled_by_link(entry, next((p.text for p in scanned if p.href == href), ""))
                    elif kind == "code" and links.is_repository(href):
                        entry.code = entry.code or href
                    else:
                        entry.links.setdefault(links.label(key), href)
                continue
            text_alone = folds.HTML_TAG.sub("", para.text) if para.text.startswith("<") else para.text  # ('<sub><i
            # style="...">Authors: ...</i></sub>': the line, its tags left out)
            if block.kind == "paragraph" and not entry.authors and (names := nested.authors_line(text_alone)):
                entry.authors, self.heading_names = names, True  # "**Authors**: Samar Khanna, Patrick Liu, ..."
                continue
            pieces = inline.scan(para.text, self.refs)
            if block.kind == "paragraph" and lines_of_links(entry, pieces):
                titled_by_link(entry, keyed_paper_text(pieces))  # ("**Paper:** [Title](..)<br>" over "**Code:**")
                continue  # "Quality : ⭐⭐⭐" / "[Paper Link](arXiv)" / "[Implementation](github)"
            if block.kind == "paragraph" and (not entry.notes or first) and (not entry.authors or self.heading_names) \
                    and grouping.continues(pieces):  # (the heading's own notes too: "... [\[PDF\]](..) *(Oral)*")
                again = self.read([*self.heading_pieces, inline.Piece(inline.BREAK), *pieces])
                if again.reason is None and again.title == entry.title:
                    again.authors = again.authors or entry.authors
                    if entry.venue and not again.venue:  # (and where, said on a line above: "**Publication**: CVPR
                        again.venue, again.venue_written, again.year = entry.venue, entry.venue_written, entry.year
                        # 2024" over "[📄 Paper]() | [💻 Code](..)", ingra14m/Awesome-Inverse-Rendering)
                    entry = again
                    titled_by_link(entry, keyed_paper_text(pieces))  # ("**Paper:** [Title](..)<br>", "**Code:** ..")
                    continue
            text = " ".join(inline.plain(pieces).split())
            if _LABEL_ALONE.fullmatch(text):
                continue  # "citation:" over the paper's BibTeX (``bib_blocks``): no note
            if block.kind == "list" and link_then_facts(entry, pieces):
                continue  # "- [Paper](arXiv), 인용수 555이상, SIGIR'19"
            if (block.kind == "list" or len(pieces) == 1) and link_alone(entry, pieces):
                continue  # "- [code (PyTorch)](github)" under "## (SNAIL) ... ICLR 2018": the paper's code
            if links_row(entry, pieces):  # "- [Website](..) | [Paper](arXiv) | [Code](github)"; a paragraph so
                continue  # too, after the abstract's fold (HKUST-LongGroup/Awesome-MLLM-Benchmarks, every paper)
            if block.kind == "list" and not entry.authors and written_by(entry, text):
                continue  # "- by Joonho Lee (ETH Zurich) et al., 2020"
            if block.kind == "list" and not entry.authors and para.start == block.start and names_alone(
                    entry, para.text):
                continue  # "- Daniel Gehrig, Mathias Gehrig, Javier Hidalgo-Carrio, Davide Scaramuzza", the first
                # bullet under "#### [(CVPR 2020)Recycling video dataset for event cameras](pdf)" (langmanbusi/Myzone)
            said = quoted_lines(pieces) if entry.below is None and not entry.notes and self.doc.lines[
                para.start].lstrip()[:1] == ">" else None
            if said:  # "> Introduced the **Transformer** — a model that ...  " / "**Why it matters:** ..." under
                entry.below = said[0]  # "### 🔹 [Title](arXiv)" and "**Vaswani et al., 2017**" (kalyancn4u/
                entry.notes += said  # kalyancn4u.github.io, every paper): its description, then a remark keyed so
                continue
            if text and block.kind == "paragraph" and entry.below is None and not entry.notes and all(
                    p.kind == inline.TEXT for p in pieces) and grouping.describes(text):
                entry.below = text  # (its description: the summary, where the list describes its papers so)
                published = _PUBLISHED_AT.search(text) if not entry.venue else None
                where = venues.parse(published.group(1).strip()) if published else None
                if where and where[1]:  # "本文是电子科大发表于 KDD 2018 的工作。" ("this paper is UESTC's work
                    entry.venue, entry.venue_written = where[0], published.group(1).strip()  # published at KDD
                    entry.year = entry.year or where[1]  # 2018", daiwk/daiwk.github.io): where, in its words
            if text:
                entry.notes.append(text)
            for p in pieces if block.kind == "paragraph" else ():  # (a note: the paper's links in it kept)
                if p.kind == inline.LINK and links.classify(p.href).kind in links.PAPER_KINDS and not (
                        entry.arxiv or entry.doi or entry.url):  # "经典算法，必看。 [链接](arXiv)" (DachuanZhao/
                    add_link(entry, "paper", p.href)  # rec_serach_paper); "ICML 2020 [[paper]](arXiv) [[code]](..)"
                elif p.kind == inline.LINK and not entry.code and links.is_repository(p.href):
                    add_link(entry, "code", p.href)
        self.found[self.heading_paper] = (entry, start, block.end, heading, marker)
        self.covered.update(range(start, block.end))
