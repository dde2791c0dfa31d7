"""A reference in the ACM Reference Format: the names, the year, the title, then where it appeared, each
ended by a full stop.

``Giriprasad Sridhara, Emily Hill, ..., and K. Vijay-Shanker. 2010. Towards automatically generating summary
comments for Java methods. In Proceedings of the IEEE/ACM international conference on Automated software
engineering (ASE '10). ACM, New York, NY, USA, 43-52.`` (cdtbaker/sas-nlp, every entry: as a link's text, or
in brackets before the address). The venue is the meeting's short name where the reference gives it in
brackets (``ASE 2010``), else its name as stated, without "In" and "Proceedings of the" and the meeting's
number, and the year (``Advances in Artificial Intelligence 2011``).
"""

from __future__ import annotations

import re

from . import people, proceedings, venues
from .model import ListEntry, Tok, offer_venue

_REFERENCE = re.compile(r"\s*(?P<names>[A-Z][^.]*(?:\.[^.\d][^.]*){0,30}?)\.? (?P<year>(?:19|20)\d\d)\. "
                        r"(?P<title>[A-Z0-9][^.?!]{8,400}(?:[?!]|\.(?=\s)))\s+(?P<where>(?:In )?[A-Z].*)", re.DOTALL)
_SHORT = re.compile(r"\(([A-Z][A-Za-z-]{1,12}\s?['’]?(?:\d\d|(?:19|20)\d\d))\)")
_JOURNAL = re.compile(r"([A-Z][^,()\d]{2,100}?)\s+\d{1,4}(?:,\s*\d{1,4})?\s*\(")  # its volume, issue, (date)
_VOLUME = re.compile(r"\s*\((?:Volume|Vol\.)[^()]*\)")


def in_brackets(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``[Names. 2013. Title. In Proceedings of ...] (url)``: such a reference in brackets, not linked (a space
    before the address); the tokens after it, or None."""
    text = toks[0].text.lstrip()
    end = text.rfind("]")
    title = read(text[1:end], entry) if end > 0 and ". " in text[:end] else None
    if title is None:
        return None
    entry.title = title
    rest = text[end + 1:]
    return ([Tok("text", rest)] if rest.strip() else []) + toks[1:]


def read(text: str, entry: ListEntry) -> str | None:
    """The title of *text* when it is such a reference, its names, year and venue given to *entry*; None
    (and *entry* untouched) when it is not."""
    m = _REFERENCE.fullmatch(text.strip()) if len(text) <= 1500 else None
    names = people.parse(m.group("names")) if m else []
    if m is None or not names or not people.only_people(names):
        return None
    year = int(m.group("year"))
    where = m.group("where").strip()
    short = _SHORT.search(where)
    found = venues.parse(short.group(1)) if short else None
    if found and found[1] == year:
        venue = found[0]
    else:
        journal = _JOURNAL.match(where)  # "SIGSOFT Softw. Eng. Notes 30, 4 (May 2005), 1-6."
        name = journal.group(1) if journal else where.removeprefix("In ").split(". ")[0].strip(" .")
        name = _VOLUME.sub("", proceedings.PROCEEDINGS_OF.sub("", name))
        name = re.sub(r"^\d{1,3}(?:st|nd|rd|th)?\s+", "", name)
        venue = f"{name} {year}" if name and not re.search(r"\d", name) else None
    entry.authors = names
    entry.date_year = entry.date_year or year
    if venue:
        offer_venue(entry, venue, where)
    else:
        entry.notes.append(where)
    return m.group("title").strip().removesuffix(".")
