"""A quote under an entry, read as lines of it: its byline and links (``>*Names, et al.* [[Paper]](..)``), a
citation that repeats its title, linked; and a screenshot opening a quote, which says nothing (``reader``)."""

from __future__ import annotations

import re

from . import inline, links, people


def byline_and_links(pieces: list[inline.Piece]) -> bool:
    """A quoted line under an entry's title that gives its authors (in italics) or its links first, and links
    it by label (``>*Abi-Karam S, He Y, et al.* [[Paper]](..) [[GitHub]](..)``); not a quoted description with
    a link in it (``> Normalizing flows for ... ([Blog](..) | )``), a note in italics."""
    first = next((p for p in pieces if p.kind != inline.TEXT or p.text.strip()), None)
    return first is not None and any(p.kind == inline.LINK and links.label_word(p.text) for p in pieces) and (
        first.kind == inline.LINK and links.label_word(first.text)
        or first.kind == inline.TEXT and first.em and bool(people.parse(first.text.strip(" .,"))))


def cites_the_title(quoted: list[inline.Piece], head: list[inline.Piece]) -> bool:
    """A quoted citation under a bold title that repeats it, linked (``> Saba Ahmadi, Faez Ahmed, ..., etc. An
    Algorithm for Multi-Attribute Diverse Matching. in Proceedings of ..., IJCAI 2020(IJCAI' 20). 3-9. [paper](doi)``
    under ``- **An Algorithm for Multi-Attribute Diverse Matching.**``, H-Yin/IJCAI-2020-papers, every paper)."""
    title = " ".join(inline.plain(head).split()).strip(" .*").casefold()
    said = " ".join(inline.plain(quoted).split()).casefold()
    return len(title.split()) >= 3 and title in said and any(p.kind == inline.LINK for p in quoted)


def without_title(quoted: list[inline.Piece], head: list[inline.Piece]) -> list[inline.Piece]:
    """The quoted citation (``cites_the_title``) as a byline: who, then where and when (the venue named with its
    year, its pages and the rest dropped), then its links; as quoted where it says no title again."""
    text = "".join(p.text for p in quoted if p.kind == inline.TEXT)
    title = " ".join(inline.plain(head).split()).strip(" .*")
    at = text.casefold().find(title.casefold()) if len(title.split()) >= 3 else -1
    if at <= 0:
        return quoted
    names, after = text[:at].strip(" .,"), text[at + len(title):]
    where = _VENUE_YEAR.findall(after)
    line = f"{names}. {where[-1]}." if where else f"{names}."
    return [inline.Piece(inline.TEXT, line + " "), *(p for p in quoted if p.kind == inline.LINK)]


_VENUE_YEAR = re.compile(r"\b[A-Z][A-Za-z&-]{1,15} (?:19|20)\d\d\b")  # ("..., IJCAI 2020(IJCAI' 20). 3-9.")


def image_alone(text: str, refs: dict[str, str]) -> bool:
    """Is the paragraph an image and nothing else (a screenshot, a figure)?"""
    pieces = inline.scan(text, refs)
    return any(p.kind == inline.IMAGE for p in pieces) and all(
        p.kind == inline.IMAGE or p.kind == inline.TEXT and not p.text.strip() for p in pieces)
