"""Headings that name the one paper under them, not a section of the list.

``#### SFM`` over ``##### SfMLearner++`` / ``[SfMLearner++: Learning Monocular Depth ...](arXiv)&nbsp;[2019 WACV]``,
``##### GeoNet`` / ``[GeoNet: Unsupervised Learning of Dense Depth, ...](arXiv)`` (huayong/dl-vision-papers, all its
32 papers); ``### **SDS**`` over ``**[Paper]** Simultaneous Detection and Segmentation`` (lcybuzz/Personal-Instance-
Segmentation-Paper-Record, every paper): each such heading is the short name of the paper written below it, and its
papers sit in the section above. A heading is read so when it holds one paper and no heading of its own, as most
headings of its level in the list that hold papers do (four in five), and most of those (three at least) name their
paper: its first words, or the initials of words of its title (``SDS``, ``MNC`` for "... via Multi-task Network
Cascades"), or its whole title (``### Navigating the Risks: A Survey of ...`` over ``- **Paper**：[Navigating the
Risks: ...](doi)`` and the paper's other fields, Jacintha0511/AI-Agent-Security-Papers). Headings of topics or
methods that hold a paper or several stay sections (``## FPN`` over three papers, amusi/awesome-object-detection;
``### NER`` under each venue, kaisugi/entity-related-papers).
"""

from __future__ import annotations

import re

from ...text import squashed
from .headings import Heading
from .model import ListEntry

_MARKS = re.compile(r"[^\w+\-. ]+")  # stars, emoji and bold marks around a name ("**MNC ★★**")


def paper_names(found: list[tuple[ListEntry, int, int, int, str]], headings: list[Heading]) -> dict[int, str]:
    """The headings (by index) that name the one paper under them, each with the section its paper is in."""
    parents = {h.parent for h in headings if h.parent is not None}  # (paths another heading stands under)
    under: dict[int, list[ListEntry]] = {}
    for entry, _, _, heading, _ in found:
        if heading >= 0:
            under.setdefault(heading, []).append(entry)
    groups: dict[int, list[int]] = {}  # leaves holding one paper, by level
    leaves: dict[int, int] = {}  # leaves holding papers, by level
    for i, h in enumerate(headings):
        if h.parent is not None and h.name and h.path not in parents and under.get(i):
            leaves[h.level] = leaves.get(h.level, 0) + 1
            if len(under[i]) == 1:
                groups.setdefault(h.level, []).append(i)
    named: dict[int, str] = {}
    for level, members in groups.items():
        naming = sum(_names(headings[i].name, under[i][0].title or "") for i in members)
        if naming >= 3 and naming * 5 >= len(members) * 3 and len(members) * 5 >= leaves[level] * 4:
            named.update((i, headings[i].parent or "") for i in members)
    return named


def note(name: str, title: str | None) -> str | None:
    """What a heading that names its paper (*name*) keeps of itself on that paper: the name, as a note, unless the
    title says it (``GeoNet`` of "GeoNet: Unsupervised Learning of ...")."""
    name = dated(name)[0]
    return None if squashed(name) in squashed(title or "") else name


def dated(name: str) -> tuple[str, int | None]:
    """A heading's name and the year written after it: ``KAT · 2024`` (HaoxuanXU1024/Awesome-Robotics-In-context-
    Learning, every paper's heading) is ("KAT", 2024); a name with no year, as it is."""
    m = _YEAR_AFTER.search(name)
    return (name[: m.start()].strip(), int(m.group(1))) if m and name[: m.start()].strip() else (name, None)


_YEAR_AFTER = re.compile(r"\s*(?:[·|,•-]\s*|\()((?:19|20)\d\d)\)?\s*$")


def _names(name: str, title: str) -> bool:
    """Is *name* the short name of the paper titled *title*: its first words (``GeoNet`` for "GeoNet: Unsupervised
    Learning of ..."), or the initials of words in a row of it (``MNC`` for "... via Multi-task Network Cascades")?
    Not a topic the title is about (``Semantic Role Labeling``, ``Clustering``): a name is one or two words."""
    name = _MARKS.sub(" ", dated(name)[0]).strip()
    if name and len(name.split()) > 2 and squashed(name) == squashed(title):
        return True  # "### Navigating the Risks: A Survey of ..." over "- **Paper**：[Navigating the Risks: ...](doi)"
    if not name or len(name.split()) > 2 or not title:  # (Jacintha0511/AI-Agent-Security-Papers, its 30 papers)
        return False
    short = squashed(name)
    if len(short) >= 3 and squashed(title).startswith(short):
        return True
    letters = name.replace("-", "")
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
        return False
    initials = "".join(w[0] for w in _WORD.findall(title) if w.lower() not in _SMALL).upper()
    return letters in initials


_WORD = re.compile(r"[A-Za-z][\w'’-]*")  # (a hyphenated word is one: "Multi-task" gives M)
_SMALL = {"and", "of", "for", "via", "the", "a", "an", "in", "on", "with", "to", "by"}
