"""A date, or a year and a venue, at the start of an entry's first line: ``[2021/07] **Title**``, ``2023.03 |
Title``, ``- 20180912 arXiv [Title](..)``, ``2017-PAKDD - On the Robustness of ...``. ``titles.read_title_line``
takes these off the line (``before_title`` reads what else stands there), each with the year it says."""

from __future__ import annotations

import re

from . import preprints, venue_words, venues
from .model import ListEntry, offer_venue

CAPS_NAME = re.compile(r"[A-Z]{2,}[A-Z0-9]*(?:-[A-Z]+)*")  # "[TNNLS]", "[ICLR-W]": a venue's name; not "[SP-1]"
PAREN = re.compile(r"^\s*(?:\[([^\[\]]{1,80})\]|\(([^()]{1,80})\)|【([^【】]{1,80})】|（([^（）]{1,80})）)\s*")
_DATE_BAR = re.compile(r"^\s*((?:19|20)\d\d[./-]\d{1,2}(?:[./-]\d{1,2})?|(?:19|20)\d\d(?=\s)|"
                       r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d|"
                       r"(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?=:))"  # ("4. 10/2024: **[Title](..)**", allanj/repo-level-
                       r"\s*(?:[|–—·-]\s+|(?<=\d/\d{4}):\s+|-$)")  # codegen-papers; "2024/07/30: ..." is news)
# ("**2024 · ViTamin** — ...": Manchester921/Awesome-Image-Retrieval, 108 lines, a middle dot after the year)
# ("4. May 21, 2015 - [Variational Inference with ...](..)": janosh/awesome-normalizing-flows, 65 entries)
# ("2019.7-[Sparse networks from scratch ...](arXiv)": the date, a dash and the title link)
# "2021.04 Point-cloud based 3D object detection ..." (TianhaoFu/Awesome-3D-Object-Detection): a year and month
_DATE_SPACE = re.compile(r"^\s*((?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])(?:[./-](?:0?[1-9]|[12]\d|3[01]))?)(?:,\s*|\s+)"
                         r"(?=[A-Z])(?!(?:We|Our|I)\s)")  # (not "2025/04/07 We release ...": news; "2023.10, Title")
# ("- 2019/04/01 CVPR-19 Oral [Title](..)": jarvisWang0903/Awesome-Domain-Adaptation, 28 entries, a day too)
# "- Thu, 27 Jun 2024 [ColPali: ...](arXiv)" (noooop/Reading_List, every entry): the day it was posted, then the
# title link (the date alone before it)
_COMPACT_DAY = re.compile(r"\s*((?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))\s+(?=\S)")
_DAY_MONTH_YEAR = re.compile(r"^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|"
                             r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d)\s*$")


def year_venue_prefix(text: str, entry: ListEntry) -> str | None:
    """The year and the venue, then the title: ``2017-PAKDD - On the Robustness of ...``, ``2018-ICLR_W -
    How Do ...``, ``2018-Arxiv- Improving ...`` (subeeshvasu/Awesome-Learning-with-Label-Noise);
    ``2019ICCV - [PRVS](github)``; ``2018-Nature Communications-[Scalable training ...](..)`` (MingSun-Tse/
    Awesome-Pruning-at-Initialization, 56 entries, the title link right after the dash); ``[2017-ICCV]WordSup:
    Exploiting ...`` (tangzhenyu/Scene-Text-Understanding, 72 entries). The text after them, or None."""
    if "'" in text[:30] or "’" in text[:30]:
        return _venue_apostrophe_year(text, entry)
    field = _YEAR_FIELD.match(text) if "|" in text[:8] else None
    title, *tags = text[field.end():].split(" | ") if field else [""]
    if field and len(title.split()) >= 3:  # "  * 1998 | Efficient global optimization of expensive black-box
        entry.date_year = entry.date_year or int(field.group(1))  # functions | EI" (yiminzme/awesome-bayesian-
        entry.stated = entry.journal_year = True  # optimization, 110 entries, no links): a year field, the title
        # field, tags; a paper's, and its venue's year ("- 2018 | Title | Lu Jiang, et al. | ICML |", jwkanggist)
        if len(tags) == 1 and 0 < len(tags[0].split()) <= 5 and not venues.parse(tags[0]):  # (as a table row without
            entry.notes.append(tags[0].strip())  # its table. More fields, "| Xin He, et al. | arXiv | [`PDF`](..)",
            return title  # hibayesian/awesome-automl-papers: the bars' reader reads them, see runs)
        return text[field.end():]
    m = _YEAR_VENUE.match(text) or _YEAR_VENUE_BRACKETED.match(text) or _YEAR_VENUE_LINK.match(text) or (
        glued if (glued := _YEAR_GLUED_VENUE.match(text)) and (CAPS_NAME.fullmatch(glued.group(2))
                                                                or venues.parse(glued.group(2))) else None)
    if not m or (m.re not in (_YEAR_VENUE, _YEAR_GLUED_VENUE) and not _VENUE_LIKE.fullmatch(m.group(2))):
        return _venue_year_comma(text, entry)
    year, name = m.group(1), m.group(2).replace("_", "-").strip()
    found = venues.parse(f"{name} {year}")
    offer_venue(entry, found[0] if found else f"{name} {year}", m.group().strip(" -–—"))
    entry.date_year = entry.date_year or int(year)
    return text[m.end():]


_YEAR_VENUE = re.compile(r"\s*((?:19|20)\d\d)-([A-Za-z][\w&@-]{0,19}[\w&@])(?:\s+[-–—]|-)\s+")  # ("2018-Arxiv- ")
_YEAR_VENUE_BRACKETED = re.compile(r"\s*\[((?:19|20)\d\d)-([A-Za-z][^\[\]]{0,39})\]\s*")
_YEAR_GLUED_VENUE = re.compile(r"\s*((?:19|20)\d\d)([A-Z][A-Za-z&]{1,15})\s+[-–—]\s+")  # "2019ICCV - " (Oliiveralien/
# Inpainting-review, 69 entries): a venue's known name after the year, no space between
_YEAR_VENUE_LINK = re.compile(r"\s*((?:19|20)\d\d)-([A-Za-z][^\[\]]{0,39}?)-\s*$")


def _venue_year_comma(text: str, entry: ListEntry) -> str | None:
    """``RSS 2024, HRP: Human Affordances for Robotic Pre-Training. [Paper](..)``, ``arxiv 2022, 01, Title``
    (operator22th/awesome-world-models-for-robots, 73 of its 85 items): the venue, its year (and the month),
    a comma, then the title. The text after them, or None."""
    m = _VENUE_YEAR_COMMA.match(text)
    if not m or len(text[m.end():].split()) < 3:
        return None
    name, year = m.group(1), m.group(2)
    found = venues.parse(f"{name} {year}")
    if not found or not found[1] or not (venues.preprint(name) or venues.is_known_name(name.split()[0])
                                         or CAPS_NAME.fullmatch(name) or venue_words.journal_named(name)):
        return None
    offer_venue(entry, venues.as_arxiv(name, found[1]) if venues.preprint(name) else found[0], m.group().strip(" ,"))
    entry.date_year = entry.date_year or found[1]
    return text[m.end():]


_VENUE_YEAR_COMMA = re.compile(r"\s*([A-Za-z][\w&@.-]*(?: [A-Z][\w&@.-]*){0,3}) ((?:19|20)\d\d)"
                               r"(?:,\s*(?:0?[1-9]|1[0-2]))?,\s+(?=\S)")


def _venue_apostrophe_year(text: str, entry: ListEntry) -> str | None:
    """``- [ ] TNNLS'22 Prototypical Graph Contrastive Learning [[Paper](..)]``, ``Dataset@NIPS'21 An Empirical
    Study of ...`` (downeykking/graph-papers, 50 of its 67 entries): the venue and its year as a plain word
    before a plain title, a track before an "@". The text after it, or None."""
    m = _VENUE_APOSTROPHE.match(text)
    if not m or len(text[m.end():].split()) < 2:
        return None
    track, name, yy = m.group(1), m.group(2), m.group(3)
    found = venues.parse(f"{name}'{yy}{m.group(4) or ''}")
    if not found or not found[1]:
        return None
    offer_venue(entry, f"{found[0]} {track}" if track else found[0], m.group().strip())
    return text[m.end():]


_YEAR_FIELD = re.compile(r"\s*((?:19|20)\d\d) \| (?=\S)")
_VENUE_APOSTROPHE = re.compile(
    r"\s*(?:([A-Z][a-z]{2,15})@)?([A-Za-z][\w&.-]{0,19})['’](\d\d)(\s+Workshops?)?\s+(?=[\w\"“])")
# a venue's name: capitalised words, initials with dots ("Front.Comput.Sci"), "arxiv", "ICLR reject"
_VENUE_LIKE = re.compile(r"(?:[A-Z][\w&@.]*|(?i:arxiv))(?:[ _-](?:[A-Za-z][\w&@.]*))*")


def posted_comma(text: str, entry: ListEntry) -> str | None:
    """``arXiv  2020.12, Denoising Diffusion Probabilistic Models, [paper](arXiv)`` under ``### DDPM`` (DYAKOOO/
    paper-list, 32 of its 34 papers): the preprint server and the month it was posted, a comma, then the title.
    The venue (``arXiv 2020``) given to *entry*; the text after the comma, or None."""
    m = _POSTED_COMMA.match(text)
    found = preprints.posted_as_venue(m.group(1)) if m else None
    rest = text[m.end():] if m else ""
    if not found or len(rest.split()) < 2 or venues.parse(rest.split("[")[0].strip(" ,.")):
        return None  # (not "arXiv 2019/08, ACL 2020 [[paper]](..)": posted, then where it appeared, no title)
    offer_venue(entry, found[0], m.group(1).strip())  # type: ignore[union-attr]
    entry.date_year = entry.date_year or found[1]
    return text[m.end():]  # type: ignore[union-attr]


_POSTED_COMMA = re.compile(r"\s*((?i:arxiv|biorxiv|medrxiv)\s+(?:19|20)\d\d(?:[./-](?:0?[1-9]|1[0-2]))?)\s*,\s+(?=\S)")


_YEAR_HYPHEN = re.compile(r"\s*((?:19|20)\d\d)-(?=[A-Z][a-z])")  # (not "2019-nCoV", nor "2020-21 season")


def date_prefix(text: str) -> tuple[int, str] | None:
    """A date at the start of *text*, bracketed (``[2021/07]``, ``(2024.03)``, ``[Mar 2024]``)
    or set off by a bar or dash (``2023.03 | Title``): (its year, the rest of the text). Lists
    sorted by date write it before each title."""
    m = PAREN.match(text) or _DATE_BAR.match(text) or _DATE_SPACE.match(text) or _DAY_MONTH_YEAR.match(text)
    glued = _YEAR_HYPHEN.match(text) if not m and text[:1] in " 12" else None
    if glued and int(glued.group(1)) <= venues.NEXT_YEAR and len(text[glued.end():].split()) >= 3:
        return int(glued.group(1)), text[glued.end():]  # "* 2017-Radar Reflection Characteristics of Vehicles for
        # Contour and Feature Estimation __`FUSION`__; [Paper](..)" (ZHOUYI1023/awesome-radar-perception, 44 bullets)
    compact = _COMPACT_DAY.match(text) if not m and text[:1] in " 12" else None
    if compact:  # "- 20180912 arXiv [Title](arXiv)", "- 20181012 NIPS-18 [Title](..)" (jindongwang/transferlearning's
        return int(compact.group(1)[:4]), text[compact.end():]  # paper list, 128 of its 181 entries): the day added
    if not m:
        return None
    written = next(g for g in m.groups() if g is not None)
    if m.re is PAREN and written[:1] in "SPU" and (said := _DATE_SAID.match(written)):
        written = written[said.end():]  # "[Submitted 29 November, 2023] SelfOcc: ..." (zya3d/Awesome-3D-Occupancy-
        # Prediction, 75 of its 86 papers): the day it was submitted to arXiv, as arXiv's listing says it
    year = venues.year_of_date(written)
    month = (_YYMM.fullmatch(written.strip()) or _YY_DOT_MM.fullmatch(written.strip())) if year is None or not \
        1990 <= year <= 2012 else None  # ("(25.09) [Title](..)": qwrdxer/llm-safety-papers, every paper)
    if month and 13 <= int(month.group(1)) <= venues.NEXT_YEAR - 2000:
        year = 2000 + int(month.group(1))  # "[2505] [Visionary-R1] [Title](..)" (Sun-Haoyuan23/Awesome-RL-based-
        # Reasoning-MLLMs, 110 lines): the year and month, as an arXiv ID begins; not "[2012]", a year
    rest = text[m.end():]
    if rest[:1] in ".:：" and text.lstrip()[:1] in "[(":  # "- [2019]. [Interaction-aware Factorization ...](..)"
        rest = rest[1:].lstrip()  # (zhaozhiyong19890102/Recommender-System, 89 entries): a full stop after the year
    return (year, rest) if year else None


_DATE_SAID = re.compile(r"(?:Submitted|Published|Posted|Updated)(?: on)?:? (?=\d|[A-Z][a-z]{2})")
_YYMM = re.compile(r"(\d\d)(?:0[1-9]|1[0-2])")
_YY_DOT_MM = re.compile(r"(\d\d)\.(?:0[1-9]|1[0-2])")
