"""A list that writes who wrote each paper after its title and "by": whether a list's items do, and the
names taken off a title of one of them.

``3. Collaborative Recurrent Neural Networks for Dynamic Recommender Systems by Young-Jun Ko. ACML 2016 <br>``,
``11. Ask the GRU: Multi-task Learning for Deep Text Recommendations by T Bansal. <br>`` (robi56/Deep-Learning-
for-Recommendation-Systems, 21 of its 22 papers): one name, often the first author's alone. One entry alone
cannot tell that name from how the paper works ("Learning to See by Moving", "Improving Language Understanding
by Generative Pre-Training"); a list most of whose items end so can. ``reader`` asks ``mostly_by_names`` of a
list's items, and ``finishing`` takes the names off the title of an item of such a list (``take_names``). A
title link naming two people or more after "by" is ``after_title``'s, list or no list.
"""

from __future__ import annotations

import re

from . import people, venues
from .blocks import Block
from .model import ListEntry


def mostly_by_names(items: list[Block]) -> bool:
    """Do most of these list items (three at least, and at least two thirds of them) end their title with
    "by" and who wrote it?"""
    if len(items) < 3:
        return False
    named = sum(1 for item in items if item.children and item.children[0].kind == "paragraph" and _names_after_by(
        _title_text(item.children[0].text.split("\n", 1)[0])))
    return named >= 3 and named * 3 >= len(items) * 2


def take_names(entry: ListEntry) -> None:
    """Take the names after the title's last "by" (and the year after them: ``by Florian Strub . 2016``) off
    *entry*'s title, as its authors."""
    head, _, said = (entry.title or "").rpartition(" by ")
    names = _names_after_by(f"{head} by {said}") if head else None
    if not names:
        return
    entry.authors = names[0]
    if names[1] and not entry.date_year:
        entry.date_year = names[1]
    entry.title = head.rstrip(" ,")


def _title_text(line: str) -> str:
    """An item's first line as far as its title goes: a title link's text, else the text before any link
    or address (a list marker, a line break tag and spaces off)."""
    line = _MARKER.sub("", line, count=1).strip()
    if line.startswith("[") and (close := line.find("](")) > 0:
        return line[1:close]
    return _AFTER_TITLE.split(line, maxsplit=1)[0].strip()


def _names_after_by(text: str) -> tuple[list[str], int | None] | None:
    """The names after *text*'s last " by " and a year written after them, when the rest reads as a title (three
    words at least) and the names as people's: each of two to four words, every one capitalised, an initial or a
    particle, none ending as words of a method do ("by Channel Exchanging"). A venue or a year after the names
    (``. ACML 2016``, ``, RecSys 2016``) is left out of them."""
    head, _, said = text.rpartition(" by ")
    if len(head.split()) < 3:
        return None
    said = _END.sub("", said)
    year = None
    if (where := _WHERE_AFTER.search(said)) and (found := (None, int(where.group(1))) if where.group(1).isdigit(
            ) else venues.parse(where.group(1))) and found[1]:
        said, year = said[: where.start()], found[1]
    said = _ET_AL.sub("", said).strip(" .,")
    names = people.parse(said) if said else []
    if not names or not people.only_people(names):
        return None
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words) or people.worded(name):
            return None
    return names, year


_MARKER = re.compile(r"\s*(?:[-*+]|\d{1,3}[.)])\s+")
_AFTER_TITLE = re.compile(r"<br\s*/?>|\[|https?://", re.IGNORECASE)
_END = re.compile(r"(?:\s*<br\s*/?>)+\s*$|\s+$", re.IGNORECASE)
_WHERE_AFTER = re.compile(r"\s*[.,]\s+((?:[A-Za-z][\w&-]* ){0,3}(?:19|20)\d\d)\.?\s*$")
_ET_AL = re.compile(r",?\s+et\.? al+\.?\s*$")  # ("et all.", as one list writes it)
_NAME_WORD = re.compile(r"[A-Z][^\W\d_]*(?:-[A-Za-z][^\W\d_]*)?\.?|van|von|den|der|de|da|di|du|le|la")
