"""A reference in the style of Nature's journals: the names (surname, initials; ``&`` before the last, or
``et al.``), the title in sentence case, the journal abbreviated, its volume and pages, the year in brackets.

``Bai, X.-C., McMullan, G. & Scheres, S. H. W. How cryo-EM is revolutionizing structural biology. Trends
Biochem. Sci. 40, 49–57 (2015).`` (chenxingqiang/alphafold2-docs: the AlphaFold2 paper's references, with no
link). The year in brackets closes it and the volume and pages stand before it, so no other citation shape
reads it: ``plain_title`` asks ``read`` first. The journal is the run of capitalised words (abbreviations
with their stops) before the volume; the title is what stands between the names and it.
"""

from __future__ import annotations

import re

from .model import ListEntry, offer_venue

_INITIALS = r"[A-Z]\.(?:[- ]?[A-Z]\.)*"
_NAME = rf"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}}, {_INITIALS}"
_ONE_NAME = re.compile(rf"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}}), ({_INITIALS})")
_NAMES = re.compile(rf"(?:{_NAME}(?:, |,? & ))*{_NAME}(?: et al\.)?(?=\s)|{_NAME}(?:,? et al\.)(?=\s)")
# The journal (capitalised words, abbreviated with stops), its volume, pages or article number, then the year
_WHERE = re.compile(r"\.\s+(?P<journal>[A-Z][\w&'’-]*\.?(?: (?:[A-Z][\w&'’-]*\.?|of|and|in|&))*)"
                    r"\s+(?P<volume>[\w-]{1,6}),\s*(?:(?P<pages>[A-Za-z]?\d+(?:\s*[–-]\s*[A-Za-z]?\d+)?)\s*)?"
                    r"\((?P<year>(?:19|20)\d\d)\)\.?$")


def read(text: str, entry: ListEntry) -> str | None:
    """The title of *text* when it is such a reference, its names, journal and year given to *entry*; None
    (and *entry* untouched) when it is not."""
    if not text.endswith((")", ").")) or "(" not in text[-8:]:
        return None
    names = _NAMES.match(text)
    where = _WHERE.search(text, names.end()) if names else None
    if names is None or where is None:
        return None
    title = text[names.end() : where.start()].strip()
    authors = [f"{m.group(2)} {m.group(1)}" for m in _ONE_NAME.finditer(names.group())]
    if len(title.split()) < 3 or not authors or not title[:1].isupper():
        return None
    entry.authors = authors
    year = int(where.group("year"))
    offer_venue(entry, f"{where.group('journal').strip()} {year}", where.group().lstrip(". "))
    entry.date_year = entry.date_year or year
    return title
