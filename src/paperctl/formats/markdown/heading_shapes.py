"""Headings that are papers by their own shape, whatever follows them (``reader._Reader`` inherits this through
``paper_headings.PaperHeadings``): a title then where and when (``## Hypernetworks. ICLR 2017``, ``#### DPGAN
(2018)``), a date or a venue in brackets first, a number then a title and its year, a title cited with who wrote
it. Each, when it reads the heading so, takes it as the paper (``PaperHeadings._emit_heading``)."""

from __future__ import annotations

import re

from . import fields, inline, links, proceedings, references, venue_words, venues, verdict
from .heading_fields import notes_then_url
from .model import ListEntry, offer_venue
from .reader_state import ReaderState
from .under_heading import arxiv_linked, arxiv_named, dated_venue

_AWARD = re.compile(r"(.+? (?:19|20)\d\d)\s+(.*\bAwards?\b.*)")  # "ICDAR 2019 Awards Best Paper Award"
_PLACED = re.compile(r"(.{3,300}?)(?:\.|\s@)\s+([^.@]{2,40})")  # "Title. ICLR 2017", "Title @ KDD 2020"
_CITED_END = re.compile(r"(.+?)\s*\(([^()]{4,400})\)\s*((?::[a-z_]{2,20}:\s*)*)")  # "Title (Names Year) :star:"
_PLACED_DASHED = re.compile(r"(.{2,300}?)\s+[—–]\s+([^—–]{2,40})")  # "VCSL — CVPR 2022" (guozihang/awesome-video-
# copy-localization): a name or title, a dash, where and when
def _over_links(lines: list[str], end: int) -> bool:
    """Does an item or a row that links something stand below a heading (ending before line *end*), before the next
    heading, as the papers under a section do (``## 📜 Recent Papers from Top Conferences — CVPR 2025`` over a
    preface, then them: EgocentricVision/EgocentricVision)?"""
    for line in lines[end: end + 80]:
        said = line.strip()
        if said[:1] == "#":
            return False
        if said[:1] in "-*+|" and ("](" in said or "://" in said):
            return True
    return False


_PLACED_COMMA = re.compile(r"(.{3,300}\S\s?\S{3,}.*?),\s+([^,.@]{2,40})")  # "Title, CoNLL 15"
_PLACED_BRACKETED = re.compile(r"(.{3,300}?)\s*\(([^()]{2,40})\)")  # "Title (ICCV 2017)", XinshaoAmosWang/Deep-Metric-
# Embedding's headings, most with nothing under them
# "（21.8.12谷歌）Title", "(2021.08.12 Google) Title": a date (and who) in brackets before a title
_DATED_FIRST = re.compile(r"[（(]\s*(?P<year>(?:19|20)\d\d|[0-2]\d)[./-](?:1[0-2]|0?[1-9])"
                          r"(?:[./-](?:3[01]|[12]\d|0?[1-9]))?(?P<who>[^（）()]{0,40})[）)]\s*(?P<title>[^（）()].*)")
_YEAR_BRACKETED_END = re.compile(r"([^()（）]{3,300}?)\s*[(（]\s*((?:19|20)\d\d)\s*[)）]")
_STATED_DATED = re.compile(r"([A-Za-z][\w&.-]{1,30}(?: [A-Za-z][\w&.-]{1,20}){0,2})[\s,'-]+((?:19|20)\d\d)")
NAME_ALONE = re.compile(r"[A-Za-z][a-z-]*[A-Z\d][\w-]*")  # "dyngraph2vec", "DySAT", "GraphSAGE": a name (its first
# run lower case only: one way to cut it, not every way, for a long word that fails)
_BULLET = re.compile(r"^\s*[•·▪◦‣-]\s*")
_NUMBER = re.compile(r"\s*(?:\d{1,3}[.)]|\[\d{1,4}\]|[•·])?\s*")
_PLACED_FIRST = re.compile(r"[（(]\s*([^()（）]{2,30}?)\s*[）)]\s*([^\s()（）].*)")


def placed_first(text: str) -> tuple[str, int, str] | None:
    """(venue, year, title) of ``(2020 TITS)NeuroIV_...``, ``(CVPR 2020)EV-SegNet: ...``: a venue and its year in
    brackets, then the title, no space needed between; None for any other text."""
    m = _PLACED_FIRST.fullmatch(text.strip())
    found = (venues.parse(m.group(1)) or venue_words.year_then_name(m.group(1))) if m else None
    return (found[0], found[1], m.group(2).strip()) if found and found[1] else None  # type: ignore[union-attr]


class HeadingShapes(ReaderState):
    """The shapes of a heading that make it a paper (``PaperHeadings._paper_heading`` asks each in turn)."""

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
        if _paper_label_first(visible):  # "#### [[Paper]](mdpi): LS-SSDD-v1.0: A Deep Learning Dataset ..."
            first = next(p for p in visible if p.kind == inline.TEXT and p.text.strip(" []"))  # (Sugeradi985/
            # Awesome-SAR-Detection, every dataset's paper): the link named for the paper, a colon, its title
        plain = first.kind == inline.TEXT and not (first.em or first.strong) and first.text.lstrip()[:1] not in "\"“"
        shortest = 2 if arxiv_linked(named) else 4
        if plain and not (len(named) <= 4 and any(links.label(p.text) in ("paper", "pdf") or dated_venue(p.text)
                                                  or arxiv_named(p) for p in named)
                          and len(_BULLET.sub("", first.text).split()) >= shortest):  # (the title set apart: italics,
            return False  # bold or quotes; or plain before its "[paper](..)": "##### • gDNA: Towards ...  [paper](
            # arXiv)  [code](..)", rlczddl/awesome-3d-human-reconstruction, 445 papers; not "### News: ...
            # [[OpenReview](..)]", a heading with a link in it)
        if not named or first.kind == inline.LINK or not all(links.label_word(p.text) or dated_venue(p.text)
                                                             or arxiv_named(p) for p in named) or not any(
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
        text = text.rstrip().removesuffix(":").removesuffix("：")  # ("#### PEARL (ICLR 2022):")
        placed = _PLACED.fullmatch(text.strip()) or _PLACED_BRACKETED.fullmatch(text.strip()) or (
            _PLACED_DASHED.fullmatch(text.strip()) if (" — " in text or " – " in text) and not _over_links(
                self.doc.lines, end) else None) or (
            comma if ", " in text and (comma := _PLACED_COMMA.fullmatch(text.strip())) and not any(
                c.isdigit() for c in comma.group(1)) and verdict.title_like(comma.group(1)) else None)
        # ("#### Generating Sentences from a Continuous Space, CoNLL 15" over its authors' bullet, FranxYao/Deep-
        # Generative-Models-for-Natural-Language-Processing, 20 of its 77 headings; not "# Backlog (To do): AAAI2023,
        # WWW2023", lixus7/Time-Series-Works-Conferences)
        found = venues.parse(placed.group(2)) if placed else None
        named = placed is not None and placed.re is _PLACED_BRACKETED and NAME_ALONE.fullmatch(
            placed.group(1).strip()) is not None and notes_then_url(self.doc.lines, end)
        year = venues.FOUR_DIGIT_YEAR.fullmatch(placed.group(2).strip()) if placed and not found and (
            placed.re is _PLACED or named) else None  # (not "## paper list from 2014 to now (2019)": a year in
        # brackets; but "#### DPGAN (2018)" over a note and the paper's address, a method's name and its year)
        stated = _STATED_DATED.fullmatch(placed.group(2).strip()) if named and not (found and found[1]) and not \
            year else None  # ("#### DPCGAN (CPVR-workshop 2019)": a venue no list knows, misspelt, as written)
        if not (found and found[1] or year and (len(placed.group(1).split()) >= 4 or named) or stated):  # type: ignore
            return False  # ("## Siamese neural networks for one-shot image recognition. 2015": its year alone)
        if proceedings.spelled_venue(text.strip()):
            return False  # ("### International Conference on Machine Learning (ICML 2020)" over its papers,
            # weijiaheng/Advances-in-Label-Noise-Learning: the venue, spelled out, not a title)
        entry = self.read(pieces)
        if entry.reason not in (None, verdict.NO_EVIDENCE) or not entry.title:
            return False
        if stated and entry.venue is None:
            entry.title, entry.venue_written = placed.group(1).strip(), stated.group()  # type: ignore[union-attr]
            entry.venue, entry.year = f"{stated.group(1)} {stated.group(2)}", entry.year or int(stated.group(2))
        if placed.re is _PLACED_DASHED and found and entry.venue is None:  # type: ignore[union-attr]
            entry.title, entry.venue_written = placed.group(1).strip(), placed.group(2).strip()  # type: ignore
            entry.venue, entry.year = found[0], entry.year or found[1]  # ("## TransVCL — AAAI 2023": a name)
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

    def _placed_then_titled(self, text: str, start: int, end: int, marked: re.Match[str] | None) -> bool:
        """``#### (2020 TITS)NeuroIV_Neuromorphic Vision Intelligent Vehicle Safe Driving ...`` among headings that
        are papers, linked or not (langmanbusi/Myzone, 39 of them): where and when in brackets, then the title (as
        written, a file's underscores kept; a name alone, ``#### ✅｜(2020 TPAMI)EventVisionSurvey``, where a mark
        says the owner has read it). True when the heading was so, and taken as the paper."""
        placed = placed_first(text)
        read = self._title_alone(placed[2], spaced=True, least=1 if marked else 3) if placed else None
        if read is None:
            return False
        entry, pieces = read
        offer_venue(entry, placed[0], text.strip()[: len(text.strip()) - len(placed[2])].strip())
        entry.year = entry.year or placed[1]
        entry.stated, entry.reason = True, None
        if marked:
            entry.status = fields.strip_lead(marked.group(1) + " x")[1] or entry.status
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

    def _title_alone(self, title: str, spaced: bool = False,
                     least: int = 3) -> tuple[ListEntry, list[inline.Piece]] | None:
        """A heading's title, taken out of what the heading says around it, read as an entry (and its pieces);
        None when it is not a title of *least* words or more that reads as itself (*spaced*: its words may be
        joined by underscores, as a file's name)."""
        words = title.replace("_", " ") if spaced else title
        if len(words.split()) < least or not verdict.title_like(words):
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


def _paper_label_first(visible: list[inline.Piece]) -> bool:
    """Does a heading open with a link named for the paper, then a colon and words (``[[Paper]](..): Title``)?"""
    shown = [p for p in visible if p.kind != inline.TEXT or p.text.strip(" []")]
    return len(shown) >= 2 and shown[0].kind == inline.LINK and links.label(shown[0].text) in ("paper", "pdf") and \
        shown[1].kind == inline.TEXT and shown[1].text.lstrip(" ]")[:1] in (":", "：")
