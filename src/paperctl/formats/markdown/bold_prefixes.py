"""A bold venue (or a method's name and venue) before a title, read off the line: ``**AAAI-2022**:[Title](..)``,
``**ICCV-2021，引用数:1** [Title](..)``, ``**SCM:2022ECCV** Title``. (The bold title itself is ``titles``'s.)"""

from __future__ import annotations

import re

from . import venues
from .before_title import title_link
from .model import ListEntry, Tok, offer_venue

# "**Neural Computing-2020, 引用数:17**:" (HCIILAB/Scene-Text-Recognition-Recommendations, 134 lines): a venue, a
# dash, its year (or the day it was posted), then how often it is cited
_VENUE_DASH_YEAR = re.compile(r"(?P<name>[^\W\d_][^:：,，]{0,60}?)\s*-\s*(?P<year>(?:19|20)\d\d)(?:[/.-]\d{1,2}){0,2}"
                              r"(?:\s*[,，]\s*(?P<cited>(?:引用数|cited by)\s*[:：]?\s*\d+))?\s*[:：]?", re.IGNORECASE)


def bold_venue_label(toks: list[Tok], text: str, entry: ListEntry) -> list[Tok] | None:
    """A bold venue and year before the title link (``_VENUE_DASH_YEAR``): the venue, and the citation count
    kept as a note. The tokens from the title link, or None."""
    if not toks[0].strong or len(toks) < 2 or entry.venue or "-" not in text:
        return None
    after = 2 if toks[1].kind == "text" and not toks[1].text.strip(" :：") and len(toks) > 2 else 1
    m = _VENUE_DASH_YEAR.fullmatch(text.strip()) if title_link(toks[after]) else None
    if not m:
        return None
    offer_venue(entry, venues.dated(m.group("name"), int(m.group("year")))[0], text.strip())
    if m.group("cited"):
        entry.notes.append(m.group("cited"))
    entry.shape = "venue-prefix" if entry.shape == "bracket" else entry.shape
    return toks[after:]


_NAME_AND_VENUE = re.compile(r"\s*([^\s:：*][^:：*]{0,30}?)\s*[:：]\s*(\S[^:：]{1,20}?)?\s*")


def name_and_venue(toks: list[Tok], text: str, entry: ListEntry) -> bool:
    """A method's name and where it appeared, in bold before a plain title: ``**SCM:2022ECCV** Title``,
    ``**SLT-Net: 2021CVPR**: Title``, ``**WEND:** ***2023ACM MM*** Title`` (gyguo/awesome-weakly-supervised-
    object-localization, 10 entries): the name a note, the venue read, *toks* without them. True when so."""
    m = _NAME_AND_VENUE.fullmatch(text)
    if m is None:
        return False
    after = [t for t in toks[1:3] if t.text.strip()]
    if m.group(2) is None:  # "**WEND:**", then the venue in bold on its own
        found = venues.parse(after[0].text.strip()) if after and after[0].strong and after[0].kind == "text" else None
        if not (found and found[1]):
            return False
        entry.notes.append(m.group(1))
        toks.pop(0)
        return True
    found = venues.parse(m.group(2))
    if not (found and found[1]) or not after or after[0].kind != "text" or after[0].strong:
        return False
    entry.notes.append(m.group(1))
    offer_venue(entry, found[0], text.strip())
    entry.date_year = entry.date_year or found[1]
    toks.pop(0)
    toks[0] = Tok("text", toks[0].text.lstrip(" :：-–"), "", toks[0].strong, toks[0].em, toks[0].code)
    return True
