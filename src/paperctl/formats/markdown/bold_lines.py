"""Bold lines that stand alone, and what they are: a pseudo-heading (``**CVPR**``, ``**Vision**``) over the
papers it names, a bold title whose fields follow, a year (``**2022年**``), a sentence or a defined term
(``**Affective Computing (AC)** is ...``), which are prose. The block readers ask these before reading an entry.
"""

from __future__ import annotations

import re

from . import inline, links
from .headings import YEAR_HEADING


def pseudo_heading(pieces: list[inline.Piece], stop: bool = False) -> bool:
    """A bold line standing alone (``**CVPR**``, ``**Vision**``, or a bold link to another page
    or list, ``**[Dynamic](https://github.com/pdaicode/awesome-dynamic-NeRF)**``): a heading,
    not an entry (the caller sees that papers follow it). *stop*: a few words may end with a
    full stop (``**Common sense.**`` above bullets that are papers, Yangyi-Chen/Multimodal-AND-
    Large-Language-Models); a longer line with one is a paper's title."""
    visible = [p for p in pieces if p.kind != "break" and (p.kind != "text" or p.text.strip())]
    if len(visible) > 2 and visible[0].kind == "text" and not visible[0].strong and links.EMOJI_ONLY.fullmatch(
            visible[0].text) and visible[-1].kind == "text" and visible[-1].text.strip() in (":", "："):
        visible = visible[1:]  # "🔍 **Self-Supervised Learning**:" (Aitorzan3/Awesome-Self-Supervised-Time-Series-
        # Anomaly-Detection): a mark before the bold name of a group (not "📜 **Title**", a paper: dmhdmhdmh/...)
    outside = visible[-1].text.strip() if len(visible) > 1 and visible[-1].kind == "text" and not visible[
        -1].strong else ""
    if outside in (":", "：", "."):
        visible = visible[:-1]  # "**Vision Transformers**:" (Jianing-Qiu/Awesome-Healthcare-Foundation-Models), "**k
        # Nearst Neighbors (kNN) Outlier Detector**." over its papers' references (yzhao062/anomaly-detection-resources)
    text = inline.plain(pieces)
    stopped = text.rstrip().endswith((".", "。")) and outside != "."
    return bool(visible) and (all(p.kind == "text" and p.strong for p in visible) or _bold_link(visible)) \
        and 0 < len(text) <= 80 and (not stopped or (stop and len(text.split()) <= 4)) \
        and not any(p.kind == "break" for p in pieces)


def _bold_link(visible: list[inline.Piece]) -> bool:
    """One bold link alone that does not reach a paper (a repository, a page, a file of the list's)."""
    return len(visible) == 1 and visible[0].kind == "link" and visible[0].strong and links.classify(
        visible[0].href).kind not in links.PAPER_KINDS


def italic_label(pieces: list[inline.Piece]) -> bool:
    """A short line in italics alone, ending with a colon (``*Self-Supervised Learning:*``): a subgroup's name under a
    bold pseudo-heading, over its papers (not "*Microsoft Research Asia*" under a bold title: who made it)."""
    visible = [p for p in pieces if p.kind != "text" or p.text.strip()]
    text = inline.plain(pieces).strip()
    return bool(visible) and all(p.kind == "text" and p.em and not p.strong for p in visible) and \
        0 < len(text) <= 60 and len(text.split()) <= 6 and text.endswith((":", "：")) and "," not in text


def italic_caption(pieces: list[inline.Piece]) -> bool:
    """A few words in italics alone over a table (``*Panoramicmic images semantic segmentation*`` over ``| Year | Pub |
    Paper | ...``, zhengxuJosh/Omni-Seg, its three tables): the name of its rows' group, as a bold line is (not a
    sentence: "*Last updated: ...*", "*Sorted by year.*")."""
    visible = [p for p in pieces if p.kind != "break" and (p.kind != "text" or p.text.strip())]
    text = " ".join(inline.plain(pieces).split())
    return bool(visible) and all(p.kind == "text" and p.em and not p.strong for p in visible) and \
        0 < len(text) <= 60 and len(text.split()) <= 8 and text[-1:] not in ".。:：" and not _NOT_A_NAME.search(text)


_NOT_A_NAME = re.compile(r"^(?:(?:last )?updated?|notes?|sorted|see|source|tables?|fig(?:ure)?s?)\b|[\d,;(]",
                         re.IGNORECASE)  # (not "*Table 1. ML methods for ...*", px39n/Awesome-Precision-Agriculture;
# nor "*Datasets, benchmarks, surveys, and foundational resources*", a description under its heading)


def bold_alone(pieces: list[inline.Piece]) -> bool:
    """A paragraph of one bold line and nothing else: a title whose fields may follow as bullets."""
    visible = [p for p in pieces if p.kind != "text" or p.text.strip()]
    return bool(visible) and all(p.kind == "text" and p.strong for p in visible)


_SURNAME = r"[A-Z][^\W\d_A-Z][\w'’-]*(?: [A-Z][^\W\d_A-Z][\w'’-]*)?"  # ("Schuman", "Van Gool"; not "OHEM")
WHO_WHEN = re.compile(rf"({_SURNAME})(?P<more> et\.? al\.?| (?:&|and) ({_SURNAME}))?,?\s*\(((?:19|20)\d\d)[a-z]?\)")
DASH_FIRST = re.compile(r"\s*[-–—:]\s+(?=\S)")


def cited_then_title(pieces: list[inline.Piece]) -> tuple[list[inline.Piece], list[str], int] | None:
    """``**Schuman et al. (2017)** - A Survey of Neuromorphic Computing and Neural Networks in Hardware`` (Brain2nd/
    MofNeuroSim, every paper, its fields as bullets below): who wrote it and when in bold, a dash, then the title.
    (The pieces after the dash, the names, the year), or None."""
    first = next((k for k, p in enumerate(pieces) if p.kind != "text" or p.text.strip()), None)
    if first is None or first + 1 >= len(pieces) or pieces[first].kind != "text" or not pieces[first].strong:
        return None
    cited = cited_names(pieces[first].text)
    after = pieces[first + 1]
    dashed = DASH_FIRST.match(after.text) if cited and after.kind == "text" and not after.strong else None
    if not dashed or len(after.text[dashed.end():].split()) < 2:
        return None
    return [inline.Piece(inline.TEXT, after.text[dashed.end():]), *pieces[first + 2:]], *cited


def cited_names(text: str, alone: bool = False) -> tuple[list[str], int] | None:
    """(names, year) of ``Schuman et al. (2017)``, ``Shrestha & Orchard (2022)`` (and ``Kelly (1956)``, one name
    alone, with *alone*: a column of such, not a bold name that may be a method's, ``**OHEM (2016)**``), else None."""
    m = WHO_WHEN.fullmatch(text.strip())
    if not m or not (alone or m.group("more")):
        return None
    return [m.group(1)] + ([m.group(3)] if m.group(3) else []), int(m.group(4))


def bold_sentence(pieces: list[inline.Piece]) -> bool:
    """A bold line alone that is a sentence: five words or more in sentence case, a full stop at its end
    (``**To change the video speed.**``; not a title, ``**Attention Is All You Need.**``)."""
    text = inline.plain(pieces).strip()
    words = text.rstrip(".。").split()
    return text.endswith((".", "。")) and len(words) >= 5 and bold_alone(pieces) and \
        sum(w[:1].islower() for w in words[1:]) * 2 > len(words) - 1


_UNCLOSED_YEAR = re.compile(r"\*\*((?:19|20)\d\d)")


def bold_year(pieces: list[inline.Piece]) -> str | None:
    """A bold year alone on a paragraph's first line (``**2022年**``), perhaps over a label of what follows
    (``通用节点嵌入：``): the year's heading, as written; else None."""
    if pieces and not pieces[0].strong and len(pieces) > 1 and pieces[1].strong and len(pieces[0].text) <= 4 and \
            links.EMOJI_ONLY.fullmatch(pieces[0].text):  # "🗓️ **2019**" (TkTK0302/FM-VAU-Survey, every year of its
        pieces = pieces[1:]  # papers): a calendar's mark before the year
    if len(pieces) == 1 and pieces[0].kind == inline.TEXT and pieces[0].text[:2] == "**" and (
            unclosed := _UNCLOSED_YEAR.fullmatch(pieces[0].text.strip())):  # "**2025" alone (Yingfei-Wu/Awesome-Self-
        return unclosed.group(1)  # supervised-Skeleton-based-Action-Recognition, over each year's papers): its bold
        # never closed
    if not pieces or not pieces[0].strong:  # (every paragraph asks: most are not bold at the start)
        return None
    first = next((k for k, p in enumerate(pieces) if p.kind == inline.BREAK), len(pieces))
    if not bold_alone(pieces[:first]) or not YEAR_HEADING.match(year := inline.plain(pieces[:first]).strip()):
        return None
    return year if first == len(pieces) or inline.plain(pieces[first:]).strip().endswith((":", "：")) else None


def definition(pieces: list[inline.Piece]) -> bool:
    """A bold phrase that a sentence goes on from, on the same line (``**Affective Computing
    (AC)** is an interdisciplinary field ...``): prose, not a title and its description."""
    first = next((k for k, p in enumerate(pieces) if p.kind != "text" or p.text.strip() and not (
        links.EMOJI_ONLY.fullmatch(p.text.strip()) and not p.strong)), None)  # ("🔍 **Essential for developers** to")
    if first is None or not pieces[first].strong:
        return False
    after = next((p for p in pieces[first:] if not p.strong), None)
    return after is not None and after.kind == "text" and bool(re.match(r"\s*[a-z]", after.text))
