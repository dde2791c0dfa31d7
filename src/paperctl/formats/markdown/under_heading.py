"""What each line under a paper's heading says of it (``paper_headings`` reads the heading and gives each paragraph
below it here): keyed fields one a line (``**Authors:** ..``), a link named as the paper's, a row of links, the
authors alone, a line of facts set apart by dots.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from . import (
    byline,
    grouping,
    inline,
    links,
    people,
    venues,
    verdict,
)
from .blocks import Block
from .field_keys import KEY_VALUE, key_of
from .link_names import add_link
from .model import ListEntry

_DOT = re.compile(r"\s+[·•]\s+")
_BAR = re.compile(r"\s+\|\s+")
_PAPER_WORD = re.compile(r"\b(?:paper|pdf)\b", re.IGNORECASE)
_SAID_APART = ("authors", "venue", "year")  # fields a paragraph of keyed lines gives only line by line


def field_lines(paras: Iterator[Block]) -> Iterator[Block]:
    """Each paragraph, or each of its lines where every line is a bold-keyed field (``**Authors:** Ming Li, ..  ``
    / ``**Venue:** ACL 2024  `` / ``**Paper:** [Link](..)  `` / ``**Summary:** ...``: rux001/Awesome-Post-Training-
    Data-Selection, every paper), a field of its own."""
    for para in paras:
        parts = _BAR.split(para.text.strip()) if para.kind == "paragraph" and " | " in para.text and \
            para.text.lstrip()[:2] in ("**", "__") and "\n" not in para.text.strip() else []
        keyed = [key_of(part) for part in parts if part[:2] in ("**", "__")]
        if len(parts) >= 2 and len(keyed) == len(parts) and all(key and value.strip() for _, key, value in keyed):
            for part in parts:  # "**Published**: Mar 06, 2023 | **Updated**: Mar 06, 2023 | **Arxiv ID**: [2303.
                yield dataclasses.replace(para, text=part)  # 03212v1](..)" (Wzh10032/Awesome-Agent, every paper):
            continue  # fields set apart by bars, each read alone
        lines = [line.strip().removesuffix("\\").removesuffix("<br>").strip() for line in para.text.split("\n")]
        keys = [key_of(line)[::2] if line.startswith(("**", "__")) else (None, "") for line in lines]
        broken = para.kind == "paragraph" and len(lines) >= 2 and all(_PLAIN_KEYED.match(line) for line in lines) and (
            para.text.rstrip().lower().endswith("<br>") or sum(key_of(line)[0] in _FIELD_KINDS for line in lines)
            >= 2)  # (or fields a line each, a paper's link among them, with no break written: "Conference: OSDI 2024"
        # over "Paper Link: https://..", kexinchu/paper-manager)
        if not broken and (para.kind != "paragraph" or len(lines) < 2 or not all(value for _, value in keys) or not
                           any(kind in _SAID_APART for kind, _ in keys)):  # (links alone, "**Arxiv**: [..](..)<br>"
            yield para  # over "**Github**: [..](..)<br>", read as one: ``lines_of_links``)
            continue
        # ("Paper:https://arxiv.org/abs/2004.00542<br>" / "Notes:<br>" / "code: None<br>" under a paper's heading,
        # SaulZhang/Awesome_Video_Frame_Prediction: a field a line, each ended by a break)
        for k, line in enumerate(lines):
            yield dataclasses.replace(para, text=line, start=para.start + k, end=para.start + k + 1)


def code_address(entry: ListEntry, text: str) -> bool:
    """``code: https://github.com/JudyYe/CVP （official implementation in Pytorch）`` under a paper's heading
    (SaulZhang/Awesome_Video_Frame_Prediction): the paper's code, its address written bare, an aside after it. True
    when read so."""
    m = _CODE_URL.match(text)
    if not m or entry.code or not links.is_repository(m.group(1)):
        return False
    entry.code = m.group(1)
    return True


_CODE_URL = re.compile(r"\s*(?:code|github|repo)\s*[:：]\s*<?(https?://[^\s<>（(]+)>?", re.IGNORECASE)
_FIELD_KINDS = ("paper", "code", "venue", "authors", "year")
_PLAIN_KEYED = re.compile(r"[A-Za-z][\w ]{0,20}\s*[:：]")


def titled_by_link(entry: ListEntry, text: str) -> None:
    """``### MotionDirector`` over ``**Paper:** [MotionDirector: Motion Customization of Text-to-Video Diffusion
    Models](arXiv)`` (rkuo2000/AI-course, a heading a paper): the heading is the paper's short name, the paper
    link's text its title; the name kept as a note."""
    words = " ".join(text.split()).split()
    if entry.title and len(entry.title.split()) <= 4 and len(words) >= 4 and len(words) > len(
            entry.title.split()) + 1 and verdict.title_like(" ".join(words)):
        entry.notes.insert(0, entry.title)
        entry.title = " ".join(words)


def keyed_paper_text(pieces: list[inline.Piece]) -> str:
    """The text of the first link keyed as the paper's (``**Paper:** [Title](..)``), or ""."""
    for before, link in zip(pieces, pieces[1:], strict=False):
        if link.kind == inline.LINK and before.kind == inline.TEXT and before.text.strip(" *:：").lower().endswith(
                "paper"):
            return link.text
    return ""


def arxiv_named(link: inline.Piece) -> bool:
    """A link to arXiv named for it (``[arxiv](..)``, mistyped too: ``### Title ([arixv](arXiv), 7 Mar 2023)``,
    shogi880/awesome-controllable-stable-diffusion, every paper so)."""
    return sorted(link.text.strip().lower()) == sorted("arxiv") and links.classify(link.href).kind == links.ARXIV
    # (its letters, in any order: not "## Fairness Definitions in LMs ([Link](arXiv) to the paper)", a section over
    # papers that names the survey it follows, LavinWong/Fairness-in-Large-Language-Models)


def arxiv_linked(named: list[inline.Piece]) -> bool:
    """Does one of these links give an arXiv paper (``[arXiv](https://arxiv.org/abs/1711.10589)``)?"""
    return any(links.classify(p.href).kind == links.ARXIV for p in named)


def dated_venue(text: str) -> bool:
    """Does a link's text name a venue and its year (``(ICCV 2023)``: LeyanOu/awesome-Cross-view, every paper's
    heading), not a site alone (``OpenReview``)?"""
    found = venues.parse(text.strip())
    return bool(found and found[1])


def link_alone(entry: ListEntry, pieces: list[inline.Piece]) -> bool:
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
        return True  # data-selection): the paper as the list keeps it, a file of its own (as ``link_names.add_link``)
    if target.kind in (links.ANCHOR, links.LOCAL):
        return False  # (a contents line of the list's own: its words stay a note, as they were)
    if target.kind == links.CODE and links.is_repository(link.href) and not entry.code:
        entry.code = link.href
    elif target.kind in links.PAPER_KINDS and not (entry.arxiv or entry.doi or entry.url):
        add_link(entry, "paper", link.href)
    else:
        entry.links.setdefault(links.label(link.text) or "link", link.href)
    return True


def link_then_facts(entry: ListEntry, pieces: list[inline.Piece]) -> bool:
    """``- [Paper](arXiv), 인용수 555이상, SIGIR'19`` under ``### 3. Neural Graph Collaborative Filtering`` (RS-KR/GNN-
    RS-Beginner, every paper): the paper's link, then where it appeared and how often it is cited (a note). True
    when the bullet was so, taken into *entry*."""
    shown = [p for p in pieces if p.kind != inline.TEXT or p.text.strip(" ,")]
    if len(shown) != 2 or shown[0].kind != inline.LINK or shown[1].kind != inline.TEXT or links.classify(
            shown[0].href).kind not in links.PAPER_KINDS:
        return False
    parts = [part.strip() for part in shown[1].text.strip(" ,").split(",") if part.strip()]
    where = [found for part in parts if (found := venues.parse(part)) and found[1]]
    if not parts or len(where) > 1 or not all(venues.parse(part) or COUNT_NOTE.fullmatch(part) for part in parts):
        return False
    link_alone(entry, shown[:1])
    if where and not entry.venue:
        entry.venue, entry.venue_written = where[0][0], shown[1].text.strip(" ,")
        entry.year = entry.year or where[0][1]
    entry.notes += [part for part in parts if not venues.parse(part)]
    return True


COUNT_NOTE = re.compile(r"[^\d,]{0,12}\d[\d,.]*\+?[^\d,]{0,12}")  # "인용수 555이상", "cited by 1,024", "555+ cites"


def links_row(entry: ListEntry, pieces: list[inline.Piece]) -> bool:
    """A bullet of links alone, set apart by bars, slashes or dots (``- [Website](..) | [Paper](arXiv) |
    [Code](github)`` under ``### Learning Quadrupedal Locomotion over Challenging Terrain``, MengyangGao/Awesome-
    Robotics-Embodied-AI, every paper): each link the paper's, by its label. False, *entry* untouched, else."""
    shown = [p for p in pieces if p.kind != inline.TEXT or p.text.strip(" |/·•,")]
    if len(shown) < 2 or any(p.kind != inline.LINK or not p.href.strip() for p in shown):
        return False
    for p in shown:
        link_alone(entry, [p])
    return True


def names_alone(entry: ListEntry, text: str) -> bool:
    """*text*, a bullet of only people's names, two or more: who wrote the paper. True when taken."""
    if not ("," in text or " and " in text) or any(c in text for c in ":：()[]*_") or any(c.isdigit() for c in text):
        return False  # (not "**Metrics:** (classification) F-1, Exact Match": a field of its own)
    names = byline.names_only(text.strip(" .;"), substantial=True)
    if not names:
        return False
    entry.authors = names
    return True


def written_by(entry: ListEntry, text: str) -> bool:
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


def lines_of_links(entry: ListEntry, pieces: list[inline.Piece]) -> bool:
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
            link_alone(entry, [p])
    return True


_KEY_VALUE = re.compile(r"[\w ]{1,20}\s?[:：]\s?\S.{0,40}")


def dotted_facts(entry: ListEntry, pieces: list[inline.Piece]) -> bool:
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


def quoted_lines(pieces: list[inline.Piece]) -> list[str] | None:
    """The lines of a quote under a paper's heading, when its first describes the paper and the others, if any,
    are remarks under a key of their own (``Why it matters: ...``); else None."""
    lines, line = [], []
    for p in [*pieces, inline.Piece(inline.BREAK)]:
        if p.kind == inline.BREAK:
            lines += [" ".join(inline.plain(line).split())] if line else []
            line = []
        else:
            line.append(p)
    lines = [t for t in lines if t]
    if not lines or not grouping.describes(lines[0]) or not all(KEY_VALUE.match(t) for t in lines[1:]):
        return None
    return lines
