"""Where a paper's authors work, written last in its entry, after who wrote it and where and when:
``Title, Sheng Zhang et al, AAAI 2018, South China University of Technology 金连文组[(pdf)](..)``,
``**Title**, Christy Y. Li et al, NIPS 2018, CMU[(pdf)](..)`` (wangleihitcs/Papers, 36 of its bullets).
The institution is a note; the first author, the venue and the year are the entry's. ``plain_title``
asks ``after_title`` of a plain title's line, ``runs`` asks ``after_tail`` of the text after a title, and
``before_tail`` of a line that names where they work first (``University of California, Berkeley, ACL, 2022``)."""

from __future__ import annotations

import re

from . import fields, makers, venues
from .model import ListEntry, offer_venue

_NAMED_ET_AL_PLACE = re.compile(r"(?P<title>.{10,}?),\s+(?P<who>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})"
                                r"\s+et\.?\s*a[lt]\.?,"
                                r"\s*(?P<where>[^,]{2,40}?)(?:,\s*(?P<place>[^,\s].{0,80}?))?\s*")
_SHORT_NAME_COMMA = re.compile(r"([A-Za-z][\w-]*(?: [A-Z][\w-]*)?)(?:,\s+|：\s*)(?=[A-Z])")  # ("CRNN, ", "ResNet：")
_WHO_WHERE_THEN_PLACE = re.compile(r"(.+?\bet\.? al\.?,? .*?\b(?:19|20)\d\d),\s*([^,\d]{2,60}?)[\s.,]*")


def after_title(title: str, entry: ListEntry) -> str | None:
    """The title of a plain line ``[Name, ]Title, First Author et al, VENUE YEAR[, where they work]`` ("et at" too,
    once; the year alone, "Zhi Zhang et al, 2019, Amazon 李沐"), the rest read into *entry*: the method's name
    before the title (``CRNN, ``, ``ResNet：``) and the institution are notes. None for any other line (not
    ``Title. Jang, Yunhun et al, ICML 2019``: the first author, family name first)."""
    placed = _NAMED_ET_AL_PLACE.fullmatch(title) if "et a" in title and not entry.authors else None
    if placed is None or ". " in placed.group("title"):
        return None
    where = venues.parse(placed.group("where")) or (
        (None, int(placed.group("where"))) if venues.FOUR_DIGIT_YEAR.fullmatch(placed.group("where")) else None)
    if not (where and where[1]):
        return None
    entry.authors = [placed.group("who")]
    if where[0]:
        offer_venue(entry, where[0], placed.group("where"))
    entry.date_year = entry.date_year or where[1]
    entry.notes += [placed.group("place")] if placed.group("place") else []
    head = placed.group("title")
    short = _SHORT_NAME_COMMA.match(head)
    wide = "：" in short.group() if short else False  # (a full-width colon: a name, never the title's)
    if short and len(head[short.end():].split()) >= (2 if wide else 3) and (wide or short.group(1).isupper() or any(
            c.isupper() for c in short.group(1)[1:]) or head[short.end():].casefold().startswith(
            short.group(1).casefold())):
        entry.notes.insert(0, short.group(1))
        head = head[short.end():]
    return head


def after_tail(text: str) -> tuple[fields.Tail, str, str] | None:
    """(the tail, the text it was read from, where they work) of the text after a title that names who, where and
    when, then where they work (``, Christy Y. Li et al, NIPS 2018, CMU``); None for any other text."""
    placed = _WHO_WHERE_THEN_PLACE.fullmatch(text) if "et al" in text else None
    cut = fields.citation_tail(placed.group(1)) if placed else None
    if placed is None or cut is None or not (cut.explained and cut.authors and cut.year):
        return None
    return cut, placed.group(1), placed.group(2)


def before_tail(text: str) -> tuple[fields.Tail, str, str] | None:
    """(the tail, the text it was read from, where they work) of a line that names where the authors work, then
    where and when: ``University of California, Berkeley, ACL, 2022``, ``Tencent, arXiv preprint arXiv:2312.13771,
    2023`` under a bold title (wendell0218/GVA-Survey, 87 lines); None for any other text."""
    parts = [p.strip() for p in text.split(",")]
    for k in range(1, len(parts) - 1):
        place, rest = ", ".join(parts[:k]), ", ".join(parts[k:])
        if not any(makers.institution(p) or makers.ORGANISATION.search(p) for p in parts[:k]):
            return None
        cut = fields.citation_tail(rest)
        if cut.explained and (cut.venue or cut.arxiv) and cut.year and not cut.authors:
            return cut, rest, place
    return None
