"""A preprint and when it was posted, as lists write it: ``Arxiv 2025.04``, ``arxiv [June'21]``,
``[arXiv 2308](arXiv)``, ``Arxiv June 2023``. The rules' venue for one is arXiv (or the preprint's own
name) and the year it was posted (``venues.as_arxiv``); a venue beside a month (``KDD 2023.06``) is that
venue in that year. ``venues`` knows venues; this module, the dates preprints carry.
"""

from __future__ import annotations

import re

from .venues import ARXIV_YYMM, MONTH, NEXT_YEAR, as_arxiv, full_year, is_known_name, parse

_PREPRINT_DATE = re.compile(r"(arxiv|preprint|corr)\s+((?:19|20)\d\d)(?:[./-](?:0?[1-9]|1[0-2])(?:[./-]\d{1,2})?"
                            rf"|0[1-9]|1[0-2]|\s*\(\s*{MONTH}\s*\))$", re.IGNORECASE)  # ("Arxiv 2025 (Mar)", and
# "arxiv 202308" in a Source column, LehengTHU/LLM4Rec-Classified-Papers: the year and month, no stop between)
_PREPRINT_MONTH_YY = re.compile(rf"(arxiv|preprint)\s*[\[(]\s*{MONTH}\s*['’]?\s*(\d\d|(?:19|20)\d\d)\s*[\])]",
                                re.IGNORECASE)
_ARXIV_MONTH_LABEL = re.compile(r"ar[xX]iv[ :]?(\d\d)(\d\d)", re.IGNORECASE)


def posted_as_venue(text: str) -> tuple[str, int] | None:
    """``[Arxiv 2024.10]`` after a title, a table's ``arXiv 2024.11`` or ``arxiv [June'21]``
    (automl/awesome-transformer-search): a preprint's venue with the year it was posted (``as_arxiv``),
    as the unseen lists' labels write it; None for other text."""
    found = posted(text)
    if found is None and (monthly := _PREPRINT_MONTH_YY.fullmatch(text.strip())):
        year = int(monthly.group(2)) if len(monthly.group(2)) == 4 else full_year(monthly.group(2))
        found = (text, year) if year <= NEXT_YEAR else None
    return (as_arxiv(text, found[1]), found[1]) if found else None


def posted_in_month(venue: str, words: bool = True) -> str | None:
    """``Arxiv June 2023``, ``Arxiv 2024/06``, ``Arxiv 2403`` (dongzhuoyao/awesome-flow-matching, 40 of its 82
    entries, on the line under the authors; ``*arXiv Feb 2024*``, zubair-irshad/Awesome-Robotics-3D): a preprint
    and the month it was posted; the venue as ``as_arxiv`` writes it, with the year alone (``Arxiv 2023``), None
    for other text. (``2403`` is the year and month an arXiv ID begins with; ``2012`` is a year, never December
    2020.) *words*: whether a month in words is read so (not where the user's own list writes its preprints,
    ``(Arxiv Feb 2024)`` after a title, which it keeps as written)."""
    day = _PREPRINT_ON_DAY.fullmatch(venue.strip(" .,;")) if venue[-4:].isdigit() else None
    if day:  # "(arxiv 30 May 2017)" (abhineet123/Deep-Learning-for-Tracking-and-Detection, under the title): the
        return as_arxiv(day.group(1), int(day.group(2)))  # day it was posted, however the list writes a month
    m = _PREPRINT_IN_MONTH.fullmatch(venue.strip(" .,;"))
    if m is None or m.group(2) and not words:
        return None
    year = int(m.group(2) or m.group(3)) if (m.group(2) or m.group(3)) else 2000 + int(m.group(4))
    return as_arxiv(m.group(1), year) if year <= NEXT_YEAR else None


_PREPRINT_IN_MONTH = re.compile(rf"(arxiv|preprint|corr),?\s+(?:{MONTH}\.?,?\s+((?:19|20)\d\d)|((?:19|20)\d\d)[./-]"
                                rf"(?:0?[1-9]|1[0-2])|{ARXIV_YYMM})", re.IGNORECASE)
_PREPRINT_ON_DAY = re.compile(rf"(arxiv|preprint|corr),?\s+\d{{1,2}}\s+{MONTH}\.?,?\s+((?:19|20)\d\d)", re.IGNORECASE)
# (and "arXiv, 2024.01": soraw-ai/Awesome-Text-to-Video-Generation, 27 lines; "*Arxiv 1707*", markdtw/awesome-
# architecture-search, 12 of its 29 papers: arXiv's IDs have begun with the year and month since 2007)


def posted_after_title(text: str) -> tuple[str, int] | None:
    """``Preprint 2023.02``, ``arXiv 2020/12`` after a title: a preprint and when it was posted, the venue
    arXiv and that year (as the unseen lists' labels write it, 92 of 92); ``KDD 2023.06`` (luban-agi/Awesome-
    Tool-Learning: the arXiv month beside the venue): that venue and year."""
    found = posted_as_venue(text)
    if found is None and (m := _NAME_YEAR_MONTH.fullmatch(text.strip(" .,;"))) and (
            is_known_name(m.group(1)) or m.group(1).lower().endswith("rxiv") or parse(f"{m.group(1)} {m.group(2)}")):
        found = f"{m.group(1)} {m.group(2)}", int(m.group(2))  # ("[JIOT 2024.12]", "[TechRxiv 2024.12]" after a
        # bold title, zenrran4nlp/Awesome-LLM-Inference-Serving: a journal's name, a preprint server's)
    if found is None and (m := _VENUE_THEN_MONTH.fullmatch(text.strip(" .,;"))) and (where := parse(m.group(1))) \
            and where[1]:  # "(CVPR2025 2024.12)" (xuboshen/awesome-long-video-understanding): the venue with its
        found = where[0], where[1]  # year, then the month the preprint was posted
    return found


_VENUE_THEN_MONTH = re.compile(r"(\S.{1,40}?)\s+(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])")
_NAME_YEAR_MONTH = re.compile(r"([A-Za-z][\w&-]{1,15}) ((?:19|20)\d\d)[./](?:0?[1-9]|1[0-2])")


def arxiv_month_label(text: str, arxiv_id: str | None) -> tuple[str, int] | None:
    """``[arXiv 2308](https://arxiv.org/pdf/2308.03303.pdf)`` (marlin-codes/awesome-lora-adapter, 78 entries):
    a link label naming the month of the arXiv ID it links, the venue arXiv and that year."""
    m = _ARXIV_MONTH_LABEL.fullmatch(text.strip()) if arxiv_id else None
    if not m or not arxiv_id.startswith(m.group(1) + m.group(2)):
        return None
    return f"arXiv {2000 + int(m.group(1))}", 2000 + int(m.group(1))


def posted_on_day(text: str) -> tuple[str, int] | None:
    """``[[arXiv 2 Apr 2019]](arXiv)`` (zhaoxin94/awesome-domain-adaptation, 45 lines), ``[[arxiv, 14.12]](arXiv)``
    (kuc2477/dl-papers, every paper): a preprint's link named with the day or month it was posted; the venue arXiv
    and that year."""
    m = _POSTED_ON.fullmatch(text.strip("[] .,"))
    if m is None:
        return None
    year = int(m.group(2) or m.group(3)) if (m.group(2) or m.group(3)) else 2000 + int(m.group(4))
    return (as_arxiv(m.group(1), year), year) if year <= NEXT_YEAR else None


_POSTED_ON = re.compile(rf"(arxiv|preprint)[,:]?\s+(?:\d{{1,2}}\s+{MONTH}\.?,?\s+((?:19|20)\d\d)"
                        rf"|{MONTH}\.?\s+\d{{1,2}},?\s+((?:19|20)\d\d)|(\d\d)\.(?:0[1-9]|1[0-2]))", re.IGNORECASE)


def posted(text: str) -> tuple[str, int] | None:
    """``arXiv 2020/12``, ``Arxiv 2025.04``: a preprint and the month it was posted, as a citation's
    tail writes it: (the venue as stated, its year). Not a form of ``parse``: in brackets, the user's
    own list writes ``(Arxiv 2025.09, ICLR26 withdrawn)``, one venue as stated."""
    dated = _PREPRINT_DATE.match(text.strip(" .,;")) if " " in text else None
    return (text.strip(" .,;"), int(dated.group(2))) if dated else None
