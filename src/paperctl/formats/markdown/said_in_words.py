"""What an entry's notes and description say in words, read once they are complete (the lines under a paper's
heading are read after it): its title after the short name the list gives it (``1. DESIRE`` over ``- DESIRE:
Distant Future Prediction ...``), where it was accepted (an arXiv feed's comment, ``Accepted by AAAI26``) and
where its code is (its abstract, ``Code is available at: https://github.com/o/r``, or a note, ``Author's code:
URL``). ``assembly`` calls ``fill`` on each paper read; the words themselves stay where they are, the note or the
description the list wrote.

From shenyizg/NewAdversarialAttackPaper, a daily feed: each paper a heading, then its arXiv category, its
comment, its date and links, its authors and its abstract; hzy1721/ai-notes; npxiaoying/Social-Recommendation.
"""

from __future__ import annotations

import re

from ...models import PaperData
from . import links, venue_words, venues, verdict


def accepted_venue(notes: list[str]) -> tuple[str, int] | None:
    """The venue and year a note says the paper was accepted at (``Accepted at KDD 2026 First Cycle (full
    version). ...``, ``Accepted to WACV 2026``); None for one submitted, under review, or a venue with no year."""
    for note in notes:
        said = _ACCEPTED.match(note)
        words = said.group(1).split() if said else []
        for n in range(min(len(words), 4), 0, -1):  # the longest run of its first words that is a venue
            found = venues.parse(" ".join(words[:n]))
            if found and found[1]:
                return found[0], found[1]
        found = _spelled_out(note[said.end(1):] if said else "", said.group(1) if said else "")
        if found:
            return found
    return None


def _spelled_out(after: str, said: str) -> tuple[str, int] | None:
    """A venue spelled out where it was accepted: its name, then its short name in brackets and the year
    (``Accepted by International Joint Conference on Neural Networks (IJCNN) 2020``), or a journal's name, a
    comma and the year (``Accepted by Journal of Optimization Theory and Applications, 2012``,
    chauncygu/Safe-Reinforcement-Learning-Baselines)."""
    short = _SHORT_THEN_YEAR.match(after)
    if short and (found := venues.parse(f"{short.group(1)} {short.group(2)}")) and found[1]:
        return found[0], found[1]
    named = _NAME_COMMA_YEAR.fullmatch(said.strip())
    return venue_words.in_words(f"{named.group(1)} {named.group(2)}") if named else None


_SHORT_THEN_YEAR = re.compile(r"\(([A-Z][A-Za-z-]{1,10})\)\s*,?\s*((?:19|20)\d\d)\b")
_NAME_COMMA_YEAR = re.compile(r"([A-Z][\w&' -]{2,80}?),\s*((?:19|20)\d\d)")


def code_in_words(text: str) -> str | None:
    """The repository *text* (an entry's description) says holds the paper's code: ``... Code is available at:
    https://github.com/bin015/BackdoorVLM .``, ``Our code is released at https://github.com/..``; None for a
    repository named otherwise (a baseline's, a dataset's)."""
    said = _CODE_AT.search(text)
    return said.group(1) if said and links.is_repository(said.group(1)) else None


def fill(data: PaperData) -> None:
    """Give *data* the title, venue and code its notes and description name, where it has none of its own."""
    if data.notes and data.title and " " not in data.title and (titled := title_noted(data.title, data.notes)):
        data.notes.remove(titled)  # "1. DESIRE" over "- CVPR-17", "- DESIRE: Distant Future Prediction in ...",
        data.notes.insert(0, data.title)  # "- github.com/.." (hzy1721/ai-notes): the paper's name, then its title
        data.title = titled
    if data.venue is None and data.notes and (accepted := accepted_venue(data.notes)):
        data.venue, data.year = accepted  # "Accepted by AAAI26", an arXiv comment under its paper's heading
    if "code" not in data.links and (code := data.summary and code_in_words(data.summary) or (
            code_noted(data.notes) if data.notes else None)):
        data.links = {"code": code, **data.links}  # (the note stays)


def title_noted(name: str, notes: list[str]) -> str | None:
    """The paper's title among the notes of an entry the list names by a word (``DESIRE``, ``Trajectron++``): the
    one note that begins with that name and a colon (``DESIRE: Distant Future Prediction in Dynamic Scenes with
    Interacting Agents``); None when there is none, or more than one."""
    said = [n for n in notes if n.startswith(f"{name}: ") and verdict.paper_title(n)]
    return said[0] if len(said) == 1 else None


def code_noted(notes: list[str]) -> str | None:
    """The repository a note names as the paper's code: ``Author's code: https://github.com/chenchongthu/SAMN``
    (npxiaoying/Social-Recommendation, a paragraph under each paper's bullet); None for another repository
    (``Another version: https://github.com/..``, someone else's)."""
    for note in notes:
        said = _CODE_NOTE.fullmatch(note.strip())
        if said and links.is_repository(said.group(1)):
            return said.group(1)
    return None


_CODE_NOTE = re.compile(r"(?:(?:the )?(?:author'?s?[’']?s?|official)\s+)?(?:source )?code\s*[:：]\s*(https?://\S+?)[.,]?",
                        re.IGNORECASE)
_ACCEPTED = re.compile(r"\s*(?:accepted|to appear|published)\s+(?:by|at|to|in|as)\s+(?:the\s+)?([^.;:()]{2,80})",
                       re.IGNORECASE)
_CODE_AT = re.compile(r"\b(?:code|implementation)s?\b[^.]{0,40}?\b(?:available|released|public|provided|found)\b"
                      r"[^.:]{0,20}?(?:at|in|on|from|:)\s*:?\s*(https?://[^\s)\]>]+?)[.,;]?(?=\s|$)", re.IGNORECASE)
