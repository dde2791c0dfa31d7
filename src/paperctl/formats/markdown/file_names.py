"""A venue and its year glued to the title with underscores, as a file is named: ``NeurIPS17_`Title` ``,
``2021_CVPR_VQGAN_Title``; ``titles.read_title_line`` asks ``venue_underscore`` before it looks for the title."""

from __future__ import annotations

import re

from . import venues
from .before_title import KIND_TAG
from .model import ListEntry, offer_venue

_VENUE_YY_UNDERSCORE = re.compile(r"\s*([A-Za-z][A-Za-z&]{1,11})((?:19|20)?\d\d)_(?=\S|$)")


def venue_underscore(text: str, entry: ListEntry) -> str | None:
    """``* NeurIPS17_`Attention Is All You Need.` ``, ``* Arxiv19_SPair-71k: A Large-scale Benchmark ...``
    (Visual-Query-Semantics/Resources, every paper, no links): the venue and its year glued to the title by an
    underscore, as a file is named: a known venue's name, or one with capitals inside (``BlackBoxNLP19_``);
    ``Blog19_``, ``Course18_`` say what the entry is, not where it appeared. The text after it (empty when
    the title follows in code), or None."""
    if "_" not in text[:40]:
        return None
    if text.lstrip()[:2] in ("19", "20"):
        return _year_venue_underscores(text, entry)
    m = _VENUE_YY_UNDERSCORE.match(text)
    rest = text[m.end():] if m else ""
    if not m or rest.strip() and len(rest.split()) < 3:  # (not "9.2 CCKS2019_EventEntityExtraction", a name)
        return None
    name, year = m.group(1), m.group(2)
    if KIND_TAG.match(f"[{name}]"):  # "Blog18_[The Illustrated Transformer](..)", "Course18_[CSC321 Lecture ..."
        entry.kind_said = f"a {name.lower()}"
        return rest
    found = venues.parse(f"{name}'{year[-2:]}")
    if not found or not found[1] or not (venues.preprint(name) or venues.is_known_name(name) or (
            sum(c.isupper() for c in name) >= 2)):
        return None  # (a name known, or one written in capitals: "BlackBoxNLP19_", "ECCVW20_")
    offer_venue(entry, venues.as_arxiv(name, found[1]) if venues.preprint(name) else found[0], m.group().strip())
    entry.date_year = entry.date_year or found[1]
    return rest


def _year_venue_underscores(text: str, entry: ListEntry) -> str | None:
    """``7. 2021_CVPR_VQGAN_Taming Transformers for High-Resolution Image Synthesis.`` (jindongli-Ai/LLM-Discrete-
    Tokenization-Survey, all 139 entries): the year, the venue, the method's short name (a note) and the title,
    joined by underscores as a file is named. The title, or None."""
    m = _YEAR_VENUE_UNDERSCORES.match(text)
    if not m or len(m.group(4).split()) < 2 or (year := int(m.group(1))) > venues.NEXT_YEAR:
        return None
    name = m.group(2)
    offer_venue(entry, venues.placed(name, year)[0], f"{year}_{name}")
    entry.date_year = entry.date_year or year
    entry.notes += [m.group(3).strip()] if m.group(3) else []
    return m.group(4)


_YEAR_VENUE_UNDERSCORES = re.compile(r"\s*((?:19|20)\d\d)_([A-Za-z][A-Za-z0-9&@.-]{0,24}(?: [A-Za-z][A-Za-z0-9&@.-]*)"
                                     r"{0,3})_"
                                     r"(?:([^_\[\]]{1,30})_)?([^_]+)$")


_ARXIV_FILE = re.compile(r"\s*(\d{4}\.\d{4,5})(?:v\d+)?(?:[_ .-][^/\\]*)?\.pdf\s*", re.IGNORECASE)


def arxiv_file(text: str) -> str | None:
    """The arXiv number a PDF's file name begins with, as arXiv names its files and as tools that fetch them keep it
    (``2403.14236_A_Unified_Framework_for_Model_Editing.pdf`` in a "File" column, every row of Hypogenic-AI/isolate-
    knowledge-updates-claude's papers index; ``2306.09306v2.pdf``), or None."""
    m = _ARXIV_FILE.fullmatch(text)
    return m.group(1) if m else None
