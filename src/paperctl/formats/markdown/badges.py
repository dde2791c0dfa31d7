"""Shields.io badges as lists use them beside a paper: what a badge says of where and when it appeared.

``![](https://img.shields.io/badge/CVPR-2024-green)``, ``badge/Conference-ICML'24-blue``, ``badge/25-ICML-blue``,
``badge/abs-2024.03-red``: a badge's fields (label, message, colour) read as a venue (``venues``' form,
``NAME YEAR [track]``) or a date's year. ``links.badge`` asks these for every image an entry holds.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from . import venue_words, venues

_BADGE_DASH = re.compile(r"(?<!-)-(?!-)")
_SHIELDS_BADGE = re.compile(r"img\.shields\.io/badge/([^?#]+)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{2,9}")
_BADGE_YEAR_FIRST = re.compile(r"\d\d|(?:19|20)\d\d")
_NOT_VENUE_BADGES = {"LICENSE", "YEAR", "YEARS", "DATE", "UPDATED", "LAST UPDATED", "LAST UPDATE", "LAST COMMIT",
                     "SINCE", "COPYRIGHT", "RELEASE", "RELEASED", "STARS", "PDF", "DOI", "CODE", "PAPER", "NEW", "HOT",
                     "MIT"}
_NAMED = re.compile(r"[A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*){0,3}")  # "Quantum", "Physical Review Journals"
_COLOUR = re.compile(r"[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3}|[a-z]+")
_GLUED_TRACK = re.compile(r"^(.*\d)([A-Z][a-z]+)$")  # "ACL2024Findings"


def badge_fields(src: str) -> list[str] | None:
    """A shields.io badge's fields (label, message, colour), as written: ``badge/Paper%20Type-Methods-informational``
    is ``["Paper Type", "Methods", "informational"]`` ("-" between fields, "--" a dash, "_" a space); None for
    another image."""
    m = _SHIELDS_BADGE.search(src)
    return [unquote(p).replace("_", " ").strip().replace("--", "-") for p in _BADGE_DASH.split(m.group(1))] \
        if m else None


def badge_date(src: str) -> int | None:
    """The year of a shields.io badge that gives a date: ``badge/abs-2024.03-red`` (what a
    list sorted by date shows beside each paper); None for other badges."""
    parts = badge_fields(src)
    if parts is None:
        return None
    if len(parts) == 2 and venues.DATE.match(parts[0]):
        return venues.year_of_date(parts[0])  # "badge/May_20,_2025-blue": a date alone, then the colour
    if len(parts) < 3:
        return None
    message = parts[1]
    if venues.DATE.match(message):
        return venues.year_of_date(message)
    dated = parts[0].casefold() in ("date", "year", "published", "release", "released", "time", "abs", "arxiv")
    return venues.year_of_date(message) if dated and venues.YEAR.match(message) else None


def badge_venue(src: str) -> str | None:
    """The venue a shields.io badge names: ``badge/Conference-ICML'24-blue`` is ``ICML 2024``,
    ``badge/CVPR-2024-...`` is ``CVPR 2024``; None for other badges."""
    parts = badge_fields(src)
    if parts is None:
        return None
    if len(parts) >= 2 and parts[0].casefold() in ("conference", "venue", "publish", "published", "journal", "src",
                                                    "accepted", "pub"):
        found = venues.parse(parts[1])
        return found[0] if found else parts[1] if parts[0].casefold() == "src" and _NAMED.fullmatch(parts[1]) else None
    if len(parts) >= 3 and parts[0] in _PUBLISHERS and _IN_PUBLISHER.fullmatch(parts[1]) and not \
            venues.FOUR_DIGIT_YEAR.match(parts[1]):  # "badge/ACL-COLING-red", "badge/ACL-ACL%202023-red",
        found = venues.parse(parts[1])  # "badge/MDPI-Electronics-..." (justin-marian/awesome-medical-rag, 47 of its
        return None if parts[1].casefold() in _NOT_WHERE or _VOLUME_ID.fullmatch(parts[1]) else found[0] if found \
            else parts[1]  # rows): the
        # publisher or anthology, then where in it; not "badge/IEEE-Xplore-..." nor "badge/ACM-Link-...", its library
    if len(parts) >= 3 and parts[0].casefold() == "paper":  # "badge/Paper-CMIG%202011-1f77b4" (lingxitong/Awesome-
        found = venues.parse(parts[1])  # Computational-Pathology): the paper badge says where it appeared, in
        stated = _NAMED_YEAR.fullmatch(parts[1])  # words too ("Lancet%20Oncol%202019", "npj%20Digit%20Med%202024")
        return found[0] if found and found[1] else parts[1] if stated else None
    if len(parts) >= 3 and _BADGE_YEAR_FIRST.fullmatch(parts[0]) and (venues.name_known(parts[1]) or _ACRONYM.fullmatch(
            parts[1])):  # "badge/25-ICML-blue", "badge/23-ICCVW-green" (xiaooochaooo/Awesome-AIGC-Detection, 81)
        found = venues.parse(f"{parts[1]} {parts[0]}" if len(parts[0]) == 4 else f"{parts[1]}'{parts[0]}")
        return found[0] if found and found[1] else None
    if len(parts) >= 3 and _VENUE_OVER_NAME.fullmatch(parts[0]) and (said := venues.parse(parts[0])) and said[1] \
            and venues.name_known(said[0]) and not venues.parse(parts[1]):
        return said[0]  # "badge/CVPR'23-WinCLIP-fdd7e6" (AtsuMiyai/Awesome-OOD-VLM, every paper): where and when
        # on the label, the paper's name on the message
    if len(parts) >= 3 and parts[1] in parts[0] and (said := venues.parse(parts[0])) and said[1]:
        return said[0]  # "badge/EMNLP_2023_Demo-2023-1f6feb" (momentslab/awesome-efficient-videollm): the label says
        # all, its year again after it
    if len(parts) >= 3:
        tracked = venues.track_with_year(parts[0], parts[1]) if venues.FOUR_DIGIT_YEAR.fullmatch(parts[1]) else None
        if tracked:  # "badge/ACL_Findings-2023-yellow" (khuangaf/Awesome-Chart-Understanding)
            return tracked
        found = venues.parse(f"{parts[0]} {parts[1]}")
        if found and venues.name_known(parts[0]):
            return found[0]
        if found and _ACRONYM.fullmatch(parts[0]) and venues.FOUR_DIGIT_YEAR.fullmatch(parts[1]) and \
                parts[0] not in _NOT_VENUE_BADGES:
            return found[0]  # "badge/INLG-2020-yellow": initials and a year, on a venue badge's colour
        if venues.FOUR_DIGIT_YEAR.fullmatch(parts[1]) and _NAMED.fullmatch(parts[0]) and \
                parts[0].upper() not in _NOT_VENUE_BADGES and _COLOUR.fullmatch(parts[2].removesuffix(".svg")):
            # "badge/Quantum Journal-2024-green.svg", "badge/Physical Review Journals-2024-green.svg" (yucheol-
            # choi/awesome-quantum-compiler, beside "badge/OOPSLA-2013-green"): a name in words and a year
            return f"{parts[0]} {parts[1]}"
    if len(parts) == 2 and _COLOUR.fullmatch(parts[1]):  # "badge/AAAI2025-006400", "badge/ACL2024Findings-87CEFA"
        found = venues.parse(parts[0]) or venues.parse(_GLUED_TRACK.sub(r"\1 \2", parts[0]))
        if found and found[1]:  # (DEEP-PolyU/Awesome-LLM-based-Text2SQL, 95 entries): a venue and its year on the
            # badge's label, a colour
            return found[0]
        if found and venues.name_known(parts[0]) and not parts[0].islower():  # "badge/ACL-191970" (yaotingwang-
            return found[0]  # official/Awesome-MCoT, 73 lines): a known venue alone, its year left to the list's
            # headings; not "badge/neurips-5291C8" (KyGao/awesome-docking), a style tag beside the stated venue
        named = _JOURNAL_YEAR.fullmatch(parts[0].replace("_", " "))
        if named and venue_words.journal_named(named.group(1)):  # "badge/Chemical_Science_2024-5291C8" (QizhiPei/
            return f"{' '.join(named.group(1).split())} {named.group(2)}"  # Awesome-Biomolecule-Language-Cross-
            # Modeling): a journal named in words, then its year
    return None


_IN_PUBLISHER = re.compile(r"[A-Z][\w&.]*(?: [\w&.]+){0,3}")
_VOLUME_ID = re.compile(r"[A-Z]\d\d")  # ("badge/ACL-D19-..": the Anthology's volume, EMNLP 2019's, no name said)
_PUBLISHERS = {"ACL", "IEEE", "ACM", "MDPI", "Springer", "Elsevier", "PMLR", "AAAI", "IJCAI"}
_NOT_WHERE = {"link", "xplore", "paper", "pdf", "doi", "page", "dl", "digital library", "library", "anthology",
              "website", "openreview", "proceedings"}
_JOURNAL_YEAR = re.compile(r"(.+?) ((?:19|20)\d\d)")  # (its name in words, then its year)


_VENUE_OVER_NAME = re.compile(r"[A-Za-z][\w&-]{1,15}['’ ]?\d\d(?:\d\d)?")  # "CVPR'23", "arXiv'24", "ICLR 2024"


def badge_name(src: str, alt: str) -> str | None:
    """The paper's name a venue badge spells out, as its alt text says it too: ``[![WinCLIP](https://img.shields.io/
    badge/CVPR'23-WinCLIP-fdd7e6)](https://arxiv.org/abs/2303.14814)`` (AtsuMiyai/Awesome-OOD-VLM, every paper:
    nothing else names it) is "WinCLIP" (``[![APRIL-GAN](..badge/arXiv'23-APRILGAN-..)]``: as the alt text writes
    it); None for any other badge."""
    parts = badge_fields(src)
    if not parts or len(parts) < 3 or not alt.strip() or _squeezed(alt) != _squeezed(parts[1]):
        return None
    return " ".join(alt.split()) if _VENUE_OVER_NAME.fullmatch(parts[0]) and badge_venue(src) else None


def _squeezed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


_NAMED_YEAR = re.compile(r"[A-Za-z][\w&.' -]{1,60}? (?:19|20)\d\d")
