"""A paper written as a heading, as the reader reads it (``reader._Reader`` inherits this): the heading that
is a paper (its title linked, or its lines below giving its link or its fields), and the text under it, up to
the next heading: its fields, its notes, its description."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator

from . import (
    before_title,
    byline,
    fields,
    folds,
    grouping,
    headings,
    inline,
    links,
    nested,
    people,
    proceedings,
    references,
    venues,
    verdict,
)
from . import blocks as blocks_
from .blocks import Block
from .heading_fields import (
    bold_fields_below,
    described_then_linked,
    fields_below,
    fields_right_below,
    identified_below,
    keyed_paper_below,
    linked_below,
    names_below,
    paper_link_first,
    paper_linked_below,
    titled_below,
    url_below,
    venue_first,
)
from .model import ListEntry, add_link
from .reader_state import ReaderState

_LABEL_ALONE = re.compile(r"[\w ]{1,20}[:：]")
_AWARD = re.compile(r"(.+? (?:19|20)\d\d)\s+(.*\bAwards?\b.*)")  # "ICDAR 2019 Awards Best Paper Award"
_DOT = re.compile(r"\s+[·•]\s+")
_PLACED = re.compile(r"(.{3,300}?)(?:\.|\s@)\s+([^.@]{2,40})")  # "Title. ICLR 2017", "Title @ KDD 2020"
_NAME_COLON = re.compile(r"[^\s:：][^:：]{0,40}[:：]")  # "TFN:", "EF\_LSTM & LF\_LSTM:"
_CITED_END = re.compile(r"(.+?)\s*\(([^()]{4,400})\)\s*((?::[a-z_]{2,20}:\s*)*)")  # "Title (Names Year) :star:"
_PLACED_BRACKETED = re.compile(r"(.{3,300}?)\s*\(([^()]{2,40})\)")  # "Title (ICCV 2017)", XinshaoAmosWang/Deep-Metric-
# Embedding's headings, most with nothing under them
# "（21.8.12谷歌）Title", "(2021.08.12 Google) Title": a date (and who) in brackets before a title
_DATED_FIRST = re.compile(r"[（(]\s*(?P<year>(?:19|20)\d\d|[0-2]\d)[./-](?:1[0-2]|0?[1-9])"
                          r"(?:[./-](?:3[01]|[12]\d|0?[1-9]))?(?P<who>[^（）()]{0,40})[）)]\s*(?P<title>[^（）()].*)")
_YEAR_BRACKETED_END = re.compile(r"([^()（）]{3,300}?)\s*[(（]\s*((?:19|20)\d\d)\s*[)）]")
_NAME_ALONE = re.compile(r"[A-Za-z][a-z-]*[A-Z\d][\w-]*")  # "dyngraph2vec", "DySAT", "GraphSAGE": a name (its first
# run lower case only: one way to cut it, not every way, for a long word that fails)
_BULLET = re.compile(r"^\s*[•·▪◦‣-]\s*")
_PAPER_WORD = re.compile(r"\b(?:paper|pdf)\b", re.IGNORECASE)
_SAID_APART = ("authors", "venue", "year")  # fields a paragraph of keyed lines gives only line by line
_CODE_NAME_DASH = re.compile(r"\s*`([^`]{1,40})`\s*[—–-]\s+(\S.{8,})")
_DATE_AFTER = re.compile(r"\s*[,–—-]?\s*(?:19|20)\d\d(?:[./-](?:0?[1-9]|1[0-2]))?\s*")
_STATUS_FIRST = re.compile(r"\s*(✅|✔️?|☑️?|📌)\s*[｜|:：]?\s*(?=\S)")  # a reading status's mark before a heading
_BOLD_WHOLE = re.compile(r"\s*\*\*(\d{1,3}[.)]\s+[^*]+)\*\*\s*")
_NAME_AFTER = re.compile(r"\s*[(（]\s*[A-Za-z][\w.+-]{0,20}(?: [\w.+-]{1,12}){0,2}\s*[)）]\s*")  # " (ResNet)"
_NUMBER = re.compile(r"\s*(?:\d{1,3}[.)]|\[\d{1,4}\]|[•·])?\s*")


class PaperHeadings(ReaderState):
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
        bolded = _BOLD_WHOLE.fullmatch(text)  # "## **1. Boosting the Adversarial Transferability of ...**" (daksim/
        text = bolded.group(1) if bolded else text  # NewAdversarialAttackPaper, every paper): bold, the number within
        unnumbered = re.sub(r"^\s*(?:\d{1,3}[.)]|\[\d{1,4}\])\s+", "", text)  # ("#### [60] Title": Awesome3DGS)
        coded = _CODE_NAME_DASH.fullmatch(unnumbered)  # "###### `ALN` — Adversarial Learning Networks for FinTech
        unnumbered = coded.group(2) if coded else unnumbered  # ..." over "- **Authors**:", "- **Venue**:" bullets
        # (Lafitte1573/Awesome-FinTS-Generation, every paper): the method's name in code, a dash, the title
        pieces = inline.scan(unnumbered, self.refs)
        visible = [p for p in pieces if p.kind != "text" or p.text.strip()]
        fielded = venue_first(unnumbered) and (  # (the cheap test first: most headings are sections)
            fields_below(self.doc.lines, end) or linked_below(self.doc.lines, end)) or \
            len(visible) == 1 and visible[0].kind == "text" and len(visible[0].text.split()) >= 2 \
            and verdict.title_like(visible[0].text.strip()[:1].upper() + visible[0].text.strip(" .")[1:]) \
            and (identified_below(self.doc.lines, end) or len(visible[0].text.split()) >= 4
                 and (url_below(self.doc.lines, end) or bold_fields_below(self.doc.lines, end)
                      or names_below(self.doc.lines, end) or described_then_linked(self.doc.lines, end)
                      or fields_right_below(self.doc.lines, end))
                 or url_below(self.doc.lines, end, keyed=True))  # ("#### DeepSeek-V3 Technical Report"
        # over "paper link: [here](..)": a short title, named so by the line below)
        fielded = fielded or len(visible) == 1 and visible[0].kind == "text" and (
            titled_below(self.doc.lines, end) or paper_link_first(self.doc.lines, end) or _NAME_ALONE.fullmatch(
                visible[0].text.strip()) is not None and identified_below(self.doc.lines, end))
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
        if not fielded and (len(visible) != 1 or visible[0].kind != inline.LINK or len(visible[0].text.split()) < 2
                            or links.label_word(visible[0].text) or _dated_venue(visible[0].text)):
            return False  # (not "### [TACL 2020](aclweb.org/anthology/events/tacl-2020/)": a venue's heading, linking
            # its proceedings, kaisugi/entity-related-papers)
        if not fielded and links.classify(visible[0].href).kind not in links.PAPER_KINDS:
            return False
        # (No section is closed: lists write such papers one level below their section, or at its
        # level right after it, "### 2024-10-09" then "### 1. [Title](..)", meaning them under it.)
        entry = self.read(pieces)
        if entry.reason not in (None, verdict.NO_EVIDENCE) and (kept := self._sections_closed(start)) is not None:
            again = self.read(pieces)  # "### Datasets" over "#### Visual Genome" ..., then "### Image Retrieval using
            if again.reason in (None, verdict.NO_EVIDENCE):  # Scene Graphs" over "[link](pdf)" (Justin-Yuan/Papers):
                entry = again  # a paper at the level of a section with headings of its own ends it, as a heading
                self._reopened(start)  # of that level does
            else:
                self.frames = kept
        if coded:
            entry.notes.insert(0, coded.group(1))
        if marked:
            entry.status = fields.strip_lead(marked.group(1) + " x")[1] or entry.status
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
                and self.headings[-1].content and not self.headings[-1].papers)):
            self.frames.pop()  # (and a heading of its level that holds something, but no paper: "## Survey
            closed = True  # Documentation" over a link, then "## LayoutLM: ... @ KDD 2020", Noba1anc3/Document-
            # Analysis-Recognition; not "### 2024-10-18" over nothing, then "### 1. [Title](arXiv)": the papers' date,
            # Meirtz/Awesome-LLM-Model-Editing)
        if closed:
            self._reopened(start)
        if self.emit(entry, start, end, "", Block("heading", start, end)):  # (the text under it is its own)
            self.heading_paper, self.heading_pieces, self.heading_names = len(self.found) - 1, pieces, False

    def _cited_heading(self, pieces: list[inline.Piece], visible: list[inline.Piece], start: int, end: int) -> bool:
        """A heading that is a whole entry: its title in words, then its venue and links named for what they are
        (``#### 1) *"Deep Learning for Person Re-identification: A Survey and Outlook"*, arXiv 2020 [[paper](..)]
        [[github](..)]``, bismex/Awesome-person-re-identification, every paper so, in a quote). True when it was
        one, and taken."""
        named = [p for p in visible if p.kind == inline.LINK and not p.em]  # (not a note's: "*([Award](..))*")
        lead = [p for p in visible if p.kind != inline.TEXT or not _NUMBER.fullmatch(p.text)] or visible
        first = lead[1] if len(lead) > 1 and lead[0].kind == inline.LINK and links.id_label(lead[0].text) else lead[0]
        # ("##### • [\[arXiv:2012.09760\]](arXiv) End-to-End Human Pose ... [\[PDF\]](..)": the paper's ID first,
        # xinghaochen/awesome-hand-pose-estimation)
        plain = first.kind == inline.TEXT and not (first.em or first.strong) and first.text.lstrip()[:1] not in "\"“"
        shortest = 2 if _arxiv_linked(named) else 4
        if plain and not (len(named) <= 4 and any(links.label(p.text) in ("paper", "pdf") or _dated_venue(p.text)
                                                  or _arxiv_named(p) for p in named)
                          and len(_BULLET.sub("", first.text).split()) >= shortest):  # (the title set apart: italics,
            return False  # bold or quotes; or plain before its "[paper](..)": "##### • gDNA: Towards ...  [paper](
            # arXiv)  [code](..)", rlczddl/awesome-3d-human-reconstruction, 445 papers; not "### News: ...
            # [[OpenReview](..)]", a heading with a link in it)
        if not named or first.kind == inline.LINK or not all(links.label_word(p.text) or _dated_venue(p.text)
                                                             or _arxiv_named(p) for p in named) or not any(
                links.classify(p.href).kind in links.PAPER_KINDS for p in named):
            return False
        entry = self.read(pieces)
        if entry.reason is not None or len((entry.title or "").split()) < (2 if entry.arxiv else 4) or not (
                entry.arxiv or entry.doi or entry.url):  # (a short title before its arXiv link: "#### Contextual
            # Outlier Interpretation [arXiv](https://arxiv.org/abs/1711.10589)", shot1107/anomaly_detection_papers)
            return False
        self._emit_heading(entry, start, end, pieces)
        return True

    def _titled_and_placed(self, pieces: list[inline.Piece], text: str, start: int, end: int) -> bool:
        """``## Hypernetworks. ICLR 2017``, ``## (SNAIL) A Simple Neural Attentive Meta-Learner. ICLR 2018``
        (johnnyasd12/awesome-few-shot-meta-learning, 91 papers, their code and notes in bullets below): a title, a
        full stop, the venue and its year; or the venue and year in brackets (``#### Smart Mining for Deep Metric
        Learning (ICCV 2017)``). True when the heading was so, and taken as the paper."""
        placed = _PLACED.fullmatch(text.strip()) or _PLACED_BRACKETED.fullmatch(text.strip())
        found = venues.parse(placed.group(2)) if placed else None
        year = venues.FOUR_DIGIT_YEAR.fullmatch(placed.group(2).strip()) if placed and not found and \
            placed.re is _PLACED else None  # (not "## paper list from 2014 to now (2019)": a year in brackets)
        if not (found and found[1] or year and len(placed.group(1).split()) >= 4):  # type: ignore[union-attr]
            return False  # ("## Siamese neural networks for one-shot image recognition. 2015": its year alone)
        if proceedings.spelled_venue(text.strip()):
            return False  # ("### International Conference on Machine Learning (ICML 2020)" over its papers,
            # weijiaheng/Advances-in-Label-Noise-Learning: the venue, spelled out, not a title)
        entry = self.read(pieces)
        if entry.reason not in (None, verdict.NO_EVIDENCE) or not entry.title:
            return False
        if " @ " in text and found:
            # "## Publaynet: Largest Dataset Ever for Document Layout Analysis @ ICDAR 2019 Awards Best Paper Award"
            # (Noba1anc3/Document-Analysis-Recognition): the title, then where (an award a note)
            awarded = _AWARD.fullmatch(found[0])
            entry.title = placed.group(1).strip()  # type: ignore[union-attr]
            entry.venue = awarded.group(1) if awarded else found[0]
            entry.venue_written, entry.year = placed.group(2).strip(), found[1]  # type: ignore[union-attr]
            entry.notes += [awarded.group(2)] if awarded else []
        entry.stated, entry.reason = True, None
        self._emit_heading(entry, start, end, pieces)
        return True

    def _dated_then_titled(self, text: str, start: int, end: int) -> bool:
        """``### （21.8.12谷歌）MUSIQ Multi-scale Image Quality Transformer`` (a study-notes page on image and
        video quality assessment, every paper so, its notes below): when it was posted and who made it (its
        method's name perhaps) in brackets, then the title. True when the heading was so, and taken as the paper
        (the year the date's; what else the brackets say, a note)."""
        m = _DATED_FIRST.fullmatch(text.strip())
        title = m.group("title").strip() if m else ""
        read = self._title_alone(title) if m is not None else None
        if read is None:
            return False
        entry, pieces = read
        year = int(m.group("year"))  # type: ignore[union-attr]
        entry.year = entry.year or (year if year > 1900 else 2000 + year)
        entry.notes += [who] if (who := m.group("who").strip()) else []  # type: ignore[union-attr]
        entry.stated, entry.reason = True, None
        self._emit_heading(entry, start, end, pieces)
        return True

    def _numbered_and_dated(self, text: str, start: int, end: int) -> bool:
        """``#### 3. Nested Collaborative Learning for Long-Tailed Visual Recognition（2022）`` over a note in Chinese
        (Clayygou/Long-tailed-Learning, 29 papers, no link among them): a numbered heading, a title, its year in
        brackets. (Numbered: a heading that only ends with a year in brackets may be a section's, ``## paper list
        from 2014 to now (2019)``.) True when the heading was so, and taken as the paper."""
        m = _YEAR_BRACKETED_END.fullmatch(text.strip())
        read = self._title_alone(m.group(1).strip()) if m else None
        if read is None or len(m.group(1).split()) < 4:  # type: ignore[union-attr]
            return False
        entry, pieces = read
        entry.year = entry.year or int(m.group(2))  # type: ignore[union-attr]
        entry.stated, entry.reason = True, None
        self._emit_heading(entry, start, end, pieces)
        return True

    def _title_alone(self, title: str) -> tuple[ListEntry, list[inline.Piece]] | None:
        """A heading's title, taken out of what the heading says around it, read as an entry (and its pieces);
        None when it is not a title of three words or more that reads as itself."""
        if len(title.split()) < 3 or not verdict.title_like(title):
            return None
        pieces = inline.scan(title, self.refs)
        entry = self.read(pieces)
        return (entry, pieces) if entry.reason in (None, verdict.NO_EVIDENCE) and entry.title == title else None

    def _titled_and_cited(self, text: str, start: int, end: int) -> bool:
        """``#### ALVINN, An Autonomous Land Vehicle in a Neural Network (DA Pomerleau 1988) :star:``, ``####
        DeepDriving: ... (C Chen, A Seff, A Kornhauser, J Xiao in ICCV2015)`` (daviddao/deep-autonomous-driving-
        papers, every paper, its notes quoted below): a title, then who wrote it, where and when in brackets
        (``references.cited_in_brackets``), a mark after them perhaps (kept as a note). True when the heading was
        so, and taken as the paper."""
        m = _CITED_END.fullmatch(text.strip()) if text.rstrip().endswith((")", ":")) else None
        cited = references.cited_in_brackets(m.group(2)) if m else None
        title = m.group(1).strip() if m else ""
        read = self._title_alone(title) if cited is not None else None
        if read is None:
            return False
        entry, pieces = read
        entry.authors, entry.year = cited[0], cited[2]  # type: ignore[index]
        if cited[1]:
            entry.venue, entry.venue_written = cited[1], m.group(2)  # type: ignore[union-attr]
        entry.notes += [n for n in (cited[3], m.group(3).strip()) if n]  # type: ignore[union-attr]
        entry.stated, entry.reason = True, None
        self._emit_heading(entry, start, end, pieces)
        return True

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
                    given.notes += [n for item in notes for n in nested.texts(item, self.refs)]
        if given is not None:  # "### [CVPR-2019] Title" over "- arxiv: URL", "- paper: URL": its links
            nested.adopt_links(entry, given)  # (and a note bullet beside them: the paper's description where
            grouping.described_below(entry, notes or [], self.refs)  # the list describes its papers so: "- 手绘
            # 图变动画", "hand-drawn images to animation", Kobaayyy/Awesome-ICCV2021-Low-Level-Vision)
        for para in _field_lines(blocks_.in_order(block)) if given is None else []:
            where = before_title.year_then_venue(para.text.strip()) if block.kind == "list" and not entry.venue and \
                len(para.text) <= 40 else None
            if where:  # "### [Title](pdf)" over "- 2015 CVPR", "- CCNN", "- No Saliency" (hanwei0912/Adversarial-
                entry.venue, entry.venue_written = where[0], para.text.strip()  # Reading): where and when, a bullet
                entry.year = entry.year or where[1]  # of their own
                continue
            address = nested.bare_url(para.text) if block.kind == "paragraph" else None
            if address is not None:  # "<https://www.arxiv.org/abs/2002.06622>" under "### Robustness ...": its paper
                add_link(entry, "paper", address)
                continue
            tagged = nested.tagged_venue(para.text) if block.kind == "paragraph" else None
            if tagged and not entry.venue:  # "tag: `Switch Transformer` | `MoE` | `JMLR23`": where it appeared
                entry.venue, entry.year = tagged[0], entry.year or tagged[1]
            said = nested.said_field(para.text) if block.kind == "paragraph" else None
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
            if block.kind == "paragraph" and not entry.venue and _dotted_facts(entry, inline.scan(para.text,
                                                                                                  self.refs)):
                continue  # "**2026-06-30** · ACL 2026 Main · `TQA / TFV` · [GitHub](..)"
            scanned = inline.scan(para.text, self.refs) if block.kind == "paragraph" else []
            keyed = nested.keyed_links(scanned) if block.kind == "paragraph" else None
            if keyed:  # "📄 Paper: [EasyRAG](arXiv) || 💻 Code: [Github Repository](github)"
                for kind, key, href in keyed:
                    if not href.strip():
                        continue  # ("💻 Code: [Github Repository]()": a link left to fill in)
                    if kind in ("paper", "title") or (kind is None and links.classify(href).kind in links.PAPER_KINDS):
                        add_link(entry, "paper", href)
                        _titled_by_link(entry, next((p.text for p in scanned if p.href == href), ""))
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
            if block.kind == "paragraph" and _lines_of_links(entry, pieces):
                _titled_by_link(entry, _keyed_paper_text(pieces))  # ("**Paper:** [Title](..)<br>" over "**Code:**")
                continue  # "Quality : ⭐⭐⭐" / "[Paper Link](arXiv)" / "[Implementation](github)"
            if block.kind == "paragraph" and (not entry.notes or first) and (not entry.authors or self.heading_names) \
                    and grouping.continues(pieces):  # (the heading's own notes too: "... [\[PDF\]](..) *(Oral)*")
                again = self.read([*self.heading_pieces, inline.Piece(inline.BREAK), *pieces])
                if again.reason is None and again.title == entry.title:
                    again.authors = again.authors or entry.authors
                    entry = again
                    _titled_by_link(entry, _keyed_paper_text(pieces))  # ("**Paper:** [Title](..)<br>", "**Code:** ..")
                    continue
            text = " ".join(inline.plain(pieces).split())
            if _LABEL_ALONE.fullmatch(text):
                continue  # "citation:" over the paper's BibTeX (``bib_blocks``): no note
            if (block.kind == "list" or len(pieces) == 1) and _link_alone(entry, pieces):
                continue  # "- [code (PyTorch)](github)" under "## (SNAIL) ... ICLR 2018": the paper's code
            if _links_row(entry, pieces):  # "- [Website](..) | [Paper](arXiv) | [Code](github)"; a paragraph so
                continue  # too, after the abstract's fold (HKUST-LongGroup/Awesome-MLLM-Benchmarks, every paper)
            if block.kind == "list" and not entry.authors and _written_by(entry, text):
                continue  # "- by Joonho Lee (ETH Zurich) et al., 2020"
            if block.kind == "list" and not entry.authors and para.start == block.start and _names_alone(
                    entry, para.text):
                continue  # "- Daniel Gehrig, Mathias Gehrig, Javier Hidalgo-Carrio, Davide Scaramuzza", the first
                # bullet under "#### [(CVPR 2020)Recycling video dataset for event cameras](pdf)" (langmanbusi/Myzone)
            if text and block.kind == "paragraph" and entry.below is None and not entry.notes and all(
                    p.kind == inline.TEXT for p in pieces) and grouping.describes(text):
                entry.below = text  # (its description: the summary, where the list describes its papers so)
            if text:
                entry.notes.append(text)
        self.found[self.heading_paper] = (entry, start, block.end, heading, marker)
        self.covered.update(range(start, block.end))


def _field_lines(paras: Iterator[Block]) -> Iterator[Block]:
    """Each paragraph, or each of its lines where every line is a bold-keyed field (``**Authors:** Ming Li, ..  ``
    / ``**Venue:** ACL 2024  `` / ``**Paper:** [Link](..)  `` / ``**Summary:** ...``: rux001/Awesome-Post-Training-
    Data-Selection, every paper), a field of its own."""
    for para in paras:
        lines = [line.strip().removesuffix("\\").removesuffix("<br>").strip() for line in para.text.split("\n")]
        keys = [nested.key_of(line)[::2] if line.startswith(("**", "__")) else (None, "") for line in lines]
        if para.kind != "paragraph" or len(lines) < 2 or not all(value for _, value in keys) or not any(
                kind in _SAID_APART for kind, _ in keys):  # (links alone, "**Arxiv**: [..](..)<br>" over
            yield para  # "**Github**: [..](..)<br>", read as one: ``_lines_of_links``)
            continue
        for k, line in enumerate(lines):
            yield dataclasses.replace(para, text=line, start=para.start + k, end=para.start + k + 1)


def _titled_by_link(entry: ListEntry, text: str) -> None:
    """``### MotionDirector`` over ``**Paper:** [MotionDirector: Motion Customization of Text-to-Video Diffusion
    Models](arXiv)`` (rkuo2000/AI-course, a heading a paper): the heading is the paper's short name, the paper
    link's text its title; the name kept as a note."""
    words = " ".join(text.split()).split()
    if entry.title and len(entry.title.split()) <= 4 and len(words) >= 4 and len(words) > len(
            entry.title.split()) + 1 and verdict.title_like(" ".join(words)):
        entry.notes.insert(0, entry.title)
        entry.title = " ".join(words)


def _keyed_paper_text(pieces: list[inline.Piece]) -> str:
    """The text of the first link keyed as the paper's (``**Paper:** [Title](..)``), or ""."""
    for before, link in zip(pieces, pieces[1:], strict=False):
        if link.kind == inline.LINK and before.kind == inline.TEXT and before.text.strip(" *:：").lower().endswith(
                "paper"):
            return link.text
    return ""


def _arxiv_named(link: inline.Piece) -> bool:
    """A link to arXiv named for it (``[arxiv](..)``, mistyped too: ``### Title ([arixv](arXiv), 7 Mar 2023)``,
    shogi880/awesome-controllable-stable-diffusion, every paper so)."""
    return sorted(link.text.strip().lower()) == sorted("arxiv") and links.classify(link.href).kind == links.ARXIV
    # (its letters, in any order: not "## Fairness Definitions in LMs ([Link](arXiv) to the paper)", a section over
    # papers that names the survey it follows, LavinWong/Fairness-in-Large-Language-Models)


def _arxiv_linked(named: list[inline.Piece]) -> bool:
    """Does one of these links give an arXiv paper (``[arXiv](https://arxiv.org/abs/1711.10589)``)?"""
    return any(links.classify(p.href).kind == links.ARXIV for p in named)


def _dated_venue(text: str) -> bool:
    """Does a link's text name a venue and its year (``(ICCV 2023)``: LeyanOu/awesome-Cross-view, every paper's
    heading), not a site alone (``OpenReview``)?"""
    found = venues.parse(text.strip())
    return bool(found and found[1])


def _link_alone(entry: ListEntry, pieces: list[inline.Piece]) -> bool:
    """A bullet under a paper heading that is one link and nothing else (johnnyasd12/awesome-few-shot-meta-
    learning): the paper's code (its first repository, the others by their labels), or its paper or another
    link; True when it was one, taken into *entry*, never dropped as a note's bare words."""
    shown = [p for p in pieces if p.kind != inline.TEXT or p.text.strip(" -–—:|,")]
    if len(shown) != 1 or shown[0].kind != inline.LINK or not shown[0].href.strip():
        return False
    link = shown[0]
    target = links.classify(link.href)
    if target.kind == links.LOCAL and _PAPER_WORD.search(link.text):
        entry.links.setdefault("pdf", link.href)  # "[📄 PDF Anotado](annotated_papers/x.pdf)" (gtironi/awesome-
        return True  # data-selection): the paper as the list keeps it, a file of its own (as ``model.add_link``)
    if target.kind in (links.ANCHOR, links.LOCAL):
        return False  # (a contents line of the list's own: its words stay a note, as they were)
    if target.kind == links.CODE and links.is_repository(link.href) and not entry.code:
        entry.code = link.href
    elif target.kind in links.PAPER_KINDS and not (entry.arxiv or entry.doi or entry.url):
        add_link(entry, "paper", link.href)
    else:
        entry.links.setdefault(links.label(link.text) or "link", link.href)
    return True


def _links_row(entry: ListEntry, pieces: list[inline.Piece]) -> bool:
    """A bullet of links alone, set apart by bars, slashes or dots (``- [Website](..) | [Paper](arXiv) |
    [Code](github)`` under ``### Learning Quadrupedal Locomotion over Challenging Terrain``, MengyangGao/Awesome-
    Robotics-Embodied-AI, every paper): each link the paper's, by its label. False, *entry* untouched, else."""
    shown = [p for p in pieces if p.kind != inline.TEXT or p.text.strip(" |/·•,")]
    if len(shown) < 2 or any(p.kind != inline.LINK or not p.href.strip() for p in shown):
        return False
    for p in shown:
        _link_alone(entry, [p])
    return True


def _names_alone(entry: ListEntry, text: str) -> bool:
    """*text*, a bullet of only people's names, two or more: who wrote the paper. True when taken."""
    if not ("," in text or " and " in text) or any(c in text for c in ":：()[]*_") or any(c.isdigit() for c in text):
        return False  # (not "**Metrics:** (classification) F-1, Exact Match": a field of its own)
    names = byline.names_only(text.strip(" .;"), substantial=True)
    if not names:
        return False
    entry.authors = names
    return True


def _written_by(entry: ListEntry, text: str) -> bool:
    """``- by Tairan He (CMU) et al., 2024`` under a paper heading: who wrote it (where they work left out) and
    when, taken into *entry*; False, *entry* untouched, when the bullet is not so."""
    m = _BY_WHEN.fullmatch(text.strip())
    names = people.parse(_AFFILIATED.sub("", m.group(1))) if m else []
    if not names:
        return False
    entry.authors = names
    if m.group(2) and not entry.year:  # type: ignore[union-attr]
        entry.year = entry.date_year = int(m.group(2))  # type: ignore[union-attr]
    return True


_BY_WHEN = re.compile(r"(?i:by)\s+(.{3,300}?)(?:,?\s*\(?((?:19|20)\d\d)\)?)?\.?")
_AFFILIATED = re.compile(r"\s*\([^()]{1,60}\)|\s+/\s+[^/,()]{1,40}$")  # "(ETH Zurich)", "Nikhila Ravi / Meta"


def _lines_of_links(entry: ListEntry, pieces: list[inline.Piece]) -> bool:
    """Lines under a paper heading each one link alone or a short ``Key : value`` with no link (``## LayoutLM: ...
    @ KDD 2020`` over ``Quality : ⭐⭐⭐``, ``[Paper Link](arXiv)``, ``[Implementation](github)``, Noba1anc3/Document-
    Analysis-Recognition): the paper's links, each by its label, and its notes. False, *entry* untouched, unless
    every line is so and one of them a link."""
    lines: list[list[inline.Piece]] = [[]]
    for p in pieces:
        if p.kind == inline.BREAK:
            lines.append([])
        elif p.kind != inline.TEXT or p.text.strip(" \\"):
            lines[-1].append(p)
    lines = [line for line in lines if line]
    if len(lines) < 2 or not all(len(line) == 1 and (line[0].kind == inline.LINK or line[0].kind == inline.TEXT
                                                     and _KEY_VALUE.fullmatch(line[0].text.strip()))
                                 for line in lines) or not any(line[0].kind == inline.LINK for line in lines):
        return False
    for (p,) in sorted(lines, key=lambda line: links.label(line[0].text) != "implementation"):  # (its code first)
        if p.kind == inline.TEXT:
            entry.notes.append(" ".join(p.text.split()))
        elif p.href.strip():
            _link_alone(entry, [p])
    return True


_KEY_VALUE = re.compile(r"[\w ]{1,20}\s?[:：]\s?\S.{0,40}")


def _dotted_facts(entry: ListEntry, pieces: list[inline.Piece]) -> bool:
    """A line of facts set apart by dots under a paper heading: ``**2026-06-30** · ACL 2026 Main · `TQA / TFV` ·
    [GitHub](..) · [证据卡](..)`` (lyc61c/Awesome-RL-Table-Understanding, every paper so): when it came out,
    where (the year the venue's, else the date's), its tags (notes), its code and other links. False, the
    entry untouched, unless the line is such (three parts at least, one of them a venue)."""
    parts = [p.strip() for p in _DOT.split(" ".join(inline.plain(pieces).split()))]
    link_texts = {p.text.strip() for p in pieces if p.kind == inline.LINK}
    words = [p for p in parts if p and p not in link_texts]
    if len(parts) < 3 or any(len(p.split()) > 6 for p in parts):  # (short facts, not prose)
        return False
    dated = next((y for p in words if (y := venues.year_of_date(p)) and not venues.parse(p)), None)
    where = next((found for p in words if not venues.year_of_date(p) and (found := venues.parse(p) or (
        (p, year) if (year := venues.year_in(p)) and len(p.split()) <= 5 and p[:1].isupper() else None))), None)
    if where is None:
        return False
    venue, year = where[0], where[1]
    if venues.preprint(venue):
        venue, year = venues.as_arxiv(venue, year or dated), year or dated
    entry.venue, entry.venue_written, entry.year = venue, where[0], year or dated or entry.year
    entry.notes += [p for p in words if p != where[0] and venues.year_of_date(p) is None]
    for piece in pieces:
        if piece.kind == inline.LINK and piece.href.strip():
            if links.names_code(piece.text) and links.is_repository(piece.href) and not entry.code:
                entry.code = piece.href
            elif links.classify(piece.href).kind not in (links.ANCHOR, links.LOCAL):
                entry.links.setdefault(links.label(piece.text), piece.href)
    return True
