"""Entries that give their links before their title.

Some lists put what they know of a paper first and its title last, after a
separator (gaomingqi/Awesome-Video-Object-Segmentation, one paper a paragraph)::

    :blue_square: `SVOS` `Feb` &nbsp;-&nbsp; [paper](https://arxiv.org/abs/2502.09660) / code &nbsp;-&nbsp; Towards ...

Read as a plain title, that line has none: its text before the first link is a
code tag. ``read`` finds the shape whole: short code tags (a venue, a month, a
task's abbreviation), then labelled links (``paper``, ``code``, ``dataset``) with
only separators and label words between them, then a dash or bar, then the title
in plain text, up to a code span or a link.
"""

from __future__ import annotations

import re

from . import fields, links, venues
from .model import ListEntry, Tok, add_link, offer_venue

_SEPARATOR = re.compile(r"^[\s/|,·•]*$")  # between two labelled links: "/", "|", ","
_BEFORE_TITLE = re.compile(r"(?:^|\s)[-–—|:]\s+")  # the dash (or bar) after the links
_MONTH = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)


def read(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """The tokens after the title, with the entry's title, links and tags set; None (and
    *entry* untouched) when the line is not of this shape."""
    i, tags, venue = 0, [], None
    while i < len(toks) and (toks[i].code or (toks[i].kind == "text" and not toks[i].text.strip(" \xa0-–—|"))):
        if toks[i].code:
            text = toks[i].text.strip()
            if len(text) > 30 or len(text.split()) > 3:
                return None
            found = venues.parse(text)
            if found:
                venue = venue or (found[0], text)
            elif not _MONTH.match(text):
                tags.append(text)
        i += 1
    if i == len(toks) or toks[i].kind != "link" or not links.label_word(toks[i].text):
        return None
    found_links = []
    while i < len(toks) and (toks[i].kind == "link" and links.label_word(toks[i].text)
                             or toks[i].kind == "text" and _between_links(toks, i)):
        if toks[i].kind == "link":
            found_links.append(toks[i])
        i += 1
    if i == len(toks) or toks[i].kind != "text" or toks[i].code:
        return None
    text = toks[i].text.replace("\xa0", " ")
    lead = _BEFORE_TITLE.search(text)
    if lead is None or not all(links.label_word(w) for w in re.split(r"[\s/|,]+", text[: lead.start()]) if w):
        return None  # (before the dash, only separators and label words: "/ code")
    end = i + 1
    while end < len(toks) and toks[end].kind == "text" and not toks[end].code:
        end += 1
    title = fields.clean_title(" ".join([text[lead.end():], *(t.text for t in toks[i + 1:end])]))
    if len(title.split()) < 2 or links.label_word(title):
        return None
    entry.title = title
    for link in found_links:
        add_link(entry, link.text, link.href)
    if venue:
        offer_venue(entry, *venue)
    entry.notes += tags
    return toks[end:]


def _between_links(toks: list[Tok], i: int) -> bool:
    """Is text token *i* only what stands between two labelled links (a separator, or a
    label word without its link: "/ code /")?"""
    if i + 1 >= len(toks) or toks[i + 1].kind != "link" or not links.label_word(toks[i + 1].text):
        return False
    text = toks[i].text.replace("\xa0", " ")
    return bool(_SEPARATOR.match(text)) or all(links.label_word(word) for word in re.split(r"[\s/|,]+", text)
                                                 if word)
