"""What a paragraph right below a bold title paragraph gives it, where the list writes a paper's parts as
paragraphs of their own (``paragraphs`` asks, while the title's entry is pending): the paper's address
(``adopt_link``), where and when (``adopt_venue``), its code (``adopt_code``), its badges (``badges_below``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import inline, links, venues
from .entry_tokens import tokens
from .grouping import badge_alone
from .inline import Piece
from .link_names import add_link
from .model import ListEntry

_LINK_KEY = re.compile(r"\s*(?:论文地址|论文链接|论文|链接|地址|paper|pdf|arxiv|link|url)\s*[:：]\s*", re.IGNORECASE)


def adopt_link(entry: ListEntry, pieces: Sequence[Piece]) -> bool:
    """A paragraph that is only a paper's address, below a bold title that links none: ``**Tiny SSD: A Tiny
    Single-shot Detection ...**``, a blank line, ``<https://arxiv.org/abs/1802.06488>`` (amusi/awesome-object-
    detection, 18 entries) is that paper's link, not a paper titled by its URL. True when taken."""
    shown = [p for p in pieces if p.kind != "text" or p.text.strip()]
    if len(shown) == 2 and shown[0].kind == inline.TEXT and _LINK_KEY.fullmatch(shown[0].text):
        shown = shown[1:]  # "论文地址：[https://aclanthology.org/...](https://aclanthology.org/...)" (FutureForMe/
        # Chinese_Medical_Natural_Language_Processing_Resources_and_Papers, 65 lines, under the title's translation)
    if len(shown) != 1 or shown[0].kind != inline.LINK or shown[0].text.strip() != shown[0].href.strip() or (
            entry.arxiv or entry.doi or entry.url) or links.classify(shown[0].href).kind not in links.PAPER_KINDS:
        return False
    add_link(entry, "paper", shown[0].href)
    return True


def adopt_venue(entry: ListEntry, pieces: Sequence[Piece]) -> bool:
    """A paragraph that is only where and when, below a bold title that says neither and links nothing yet:
    ``**《Multi-class Classification without Multi-class Labels》**``, a blank line, ``ICLR 2019``, then
    ``arXiv：https://arxiv.org/abs/1901.00544`` (amusi/daily-paper-computer-vision, its papers accepted
    somewhere) is that paper's venue. True when taken (its link may follow)."""
    shown = [p for p in pieces if p.kind != "text" or p.text.strip()]
    if len(shown) != 1 or shown[0].kind != inline.TEXT or shown[0].strong or shown[0].em or entry.venue or (
            entry.arxiv or entry.doi or entry.url) or len(shown[0].text) > 40:
        return False
    said = shown[0].text.strip(" .")
    found = venues.parse(said)
    dated = _VENUE_THEN_MORE.fullmatch(said) if not found else None
    found = found or (venues.parse(dated.group(1)) if dated else None)  # "ICVGIP 2018 Best Pape": where, and more
    if not found or not found[1]:
        return False
    entry.venue, entry.venue_written = found[0], (dated.group(1) if dated else said)
    entry.year = entry.year or found[1]
    if dated:
        entry.notes.append(dated.group(2))
    return True


_VENUE_THEN_MORE = re.compile(r"([A-Za-z][\w -]{1,30}?\s(?:19|20)\d\d)\s+(\S.{0,30})")


def adopt_code(entry: ListEntry, pieces: Sequence[Piece]) -> bool:
    """A paragraph that is only the code's address, keyed or not, below a bold title whose paper's link came
    already: ``github：https://github.com/axzml/RL-CSC`` under ``arXiv：URL`` (amusi/daily-paper-computer-vision).
    True when taken."""
    shown = [p for p in pieces if p.kind != "text" or p.text.strip()]
    if len(shown) == 2 and shown[0].kind == inline.TEXT and _CODE_KEY.fullmatch(shown[0].text):
        shown = shown[1:]
    if len(shown) != 1 or shown[0].kind != inline.LINK or not links.is_repository(shown[0].href) or \
            "code" in entry.links:
        return False
    add_link(entry, "code", shown[0].href)
    return True


_CODE_KEY = re.compile(r"\s*(?:github|code|代码|源码|repo)\s*[:：]\s*", re.IGNORECASE)


def badges_below(entry: ListEntry, pieces: Sequence[Piece]) -> bool:
    """An HTML block of badges alone, each linking where it says, right below an entry (``*Kim et al. OCR-free
    Document Understanding Transformer. ECCV, 2022.*`` over ``<p><a href="arXiv"><img alt="Paper Link" ...>
    </a> <a href="github"><img alt="Code 1" ...></a></p>``, SCUT-DLVCLab/Document-AI-Recommendations, every
    paper so): the entry's links, read as its badges are. True when taken."""
    shown = [p for p in pieces if p.kind in (inline.LINK, inline.IMAGE) or p.kind == inline.TEXT and p.text.strip()]
    if not any(p.kind == inline.LINK for p in shown) or not all(
            p.kind == inline.IMAGE or p.kind == inline.LINK and badge_alone(p) for p in shown):
        return False
    tokens(list(pieces), entry)
    return True
