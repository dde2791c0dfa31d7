"""What a table's venue cell says (``tables`` reads each column by its role; this, the Venue column's): where the
paper appeared, written in any of the ways lists write it (a link named by the venue, an arXiv ID after the
archive's name, a rank or a note in brackets after it, a date before it, the year and the venue between middle
dots), and the notes it carries beside."""

from __future__ import annotations

import re

from . import preprints, venues
from .before_title import year_then_venue
from .model import ListEntry, Tok

LINK_WORD = re.compile(r"\W*(?:links?|paper|pdf|url|here|html|abs|download|page|web ?site|web|site)\W*",
                        re.IGNORECASE)  # a link's label that names the link, not a venue
EMPTY = re.compile(r"^[\s\-–—/]*$|^(n/?a|none|tbd|-|—|coming soon|soon)$", re.IGNORECASE)
_CCF_RANK = re.compile(r"(.*?(?:19|20)\d\d)\s*/\s*([ABC]|none)")
_NOT_STATED = re.compile(r"未注明|未说明|暂无|未知|未发表|(?i:n/?a|none|unknown|not stated|unpublished)")
_FULL_WIDTH_ASIDE = re.compile(r"（([^（）]{1,60})）")
_YEAR_DOT_NAME = re.compile(r"((?:19|20)\d\d)\s*·\s*(\S.{0,60})")


def read(text: str, link_toks: list[Tok], entry: ListEntry) -> None:
    """The venue a Venue cell gives *entry* (its plain *text*, its links *link_toks*), and the notes beside it."""
    value = text if text.strip(" ,;/|·&") else ""  # ("[CVPR2017](thecvf), [arXiv](..)": Weepingchestnut/Awesome-
    named = [t.text for t in link_toks if (found := venues.parse(t.text)) and found[1]]  # Video-Super-Resolution,
    value = value or (named or [t.text for t in link_toks])[0] if link_toks else value  # 22 rows: links named
    # by where; the one that names a venue and its year)
    if value and not text.strip(" ,;/|·&") and LINK_WORD.fullmatch(value):
        value = ""
    cited = venues.arxiv_in_text(value) if ":" in value else None
    numbered = _NAME_THEN_ID.fullmatch(value) if not cited and "." in value else None
    if numbered:  # "| 2025 | [Automating Agent Creation via Agent Debate](arXiv) | arXiv 2503.23781 |" (EvaxHe/
        # Awesome-LLM-Agent-Experience-Lifecycle, 62 of 135 rows; "HuggingFace papers 2605.24426"): where, then
        # the paper's arXiv ID there; the ID is no part of the venue
        entry.arxiv = entry.arxiv or numbered.group(2)
        value = numbered.group(1)
    if cited and cited[1] == 0 and cited[2] == len(value.rstrip(" .")) and not entry.venue:
        # "| arXiv:2002.05709 | [A Simple Framework ...](arXiv) |" (dev-sungman/Awesome-Self-Supervised-Papers,
        # 20 of 60 rows): a preprint, venue arXiv as the rules say (the ID's year had been read as the venue's)
        entry.arxiv = entry.arxiv or re.sub(r"v\d+$", "", cited[0])
        entry.venue = entry.venue_written = "arXiv"
    elif value and not EMPTY.match(value) and (not entry.venue or undated_preprint(entry.venue)):
        # ("| [arXiv](arXiv link) | GIQA | NR | ECCV2020 |", chaofengc/Awesome-Image-Quality-Assessment, 64 rows:
        # the column says where it appeared; the link's label, only that it is on arXiv)
        asides = _FULL_WIDTH_ASIDE.findall(value) if "（" in value else []
        if len(asides) == 1 and _NOT_STATED.fullmatch(_FULL_WIDTH_ASIDE.sub("", value).strip()):
            value, asides = asides[0].strip("（） "), []  # "未注明（arXiv）", "not stated (arXiv)": where, all the
            # same (a Chinese list of LLM backdoor papers, 28 of its 54 rows)
        if asides and _FULL_WIDTH_ASIDE.sub("", value).strip():  # "IEEE JBHI（一区）", "MICCAI 2025（CCF-B）"
            entry.notes += asides  # (xyyy820/3d-medical-report-generation-papers): a rank, kept as a note
            value = _FULL_WIDTH_ASIDE.sub("", value).strip()
        if (ranked := _CCF_RANK.fullmatch(value)) is not None:  # "AAAI2019/A", "YAC2016/none" (aptx1231/Traffic-
            entry.notes.append(f"rank: {ranked.group(2)}")  # Prediction-Open-Code-Summary, 48 of 54 rows): the
            value = ranked.group(1)  # venue, then its rank in the CCF list, a note
        if (dated_first := _DATE_THEN_VENUE.fullmatch(value)) is not None:
            value = _dated_venue(dated_first, entry)  # "2025-12-29 / ECCV 2026" in a "日期 / 会议" column
        found = venues.parse(value)
        bracketed = value[:1] in "[(【（" and value[-1:] in "])】）"  # "[Arxiv 2025.12]": not the brackets
        bare = value[1:-1].strip() if bracketed else value
        found = found or preprints.posted_as_venue(bare)  # "arXiv 2024.11"
        found = found or (year_then_venue(bare) if bare[:2] in ("19", "20") else None)  # "**2024 Nat. Commun.**"
        # (IsXudongZhang/Awesome-Structure-based-Molecule-Generation): the year, then a journal's short name
        found = found or (year_dot_venue(bare, entry) if "·" in bare else None)  # "2025 · arXiv"
        dated = venues.year_of_date(bare) if not found and any(c.isdigit() for c in bare) else None
        if dated is not None:  # "Apr., 2024" where a venue would be: when, not where
            entry.date_year = entry.date_year or dated
        else:
            entry.venue, entry.venue_written = (found[0] if found else bare), value
        if found and found[1]:
            entry.year = entry.year or found[1]


_NAME_THEN_ID = re.compile(r"([A-Za-z][\w .-]*?)\s+(\d{4}\.\d{4,5})(?:v\d+)?")


def year_dot_venue(text: str, entry: ListEntry) -> tuple[str, int | None] | None:
    """(venue, year) of ``2025 · arXiv``, ``2024 · TGRS`` (ML4Sustain/Awesome-RS-Reasoning-Models): the year, then
    where; of ``2026 · SIGIR 2026 · published`` (YRWFWHU/awesome-preference-driven-visual-generation, every row),
    and the paper's status after them, a note. None for any other text."""
    dotted = _YEAR_DOT_NAME.fullmatch(text.strip())
    if not dotted:
        return None
    year = int(dotted.group(1))
    name, *said = [part.strip() for part in dotted.group(2).split("·")]
    entry.notes += [part for part in said if part]
    if venues.preprint(name):
        return venues.as_arxiv(name, year), year
    found = venues.parse(name)  # ("SIGIR 2026": its own year; "CVPR": the year before it)
    return found if found and found[1] else venues.dated(name, year)


_DATE_THEN_VENUE = re.compile(r"((?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])(?:[-./](?:0?[1-9]|[12]\d|3[01]))?)"
                              r"\s*[/|·]\s*(\S.*)")


def _dated_venue(dated: re.Match[str], entry: ListEntry) -> str:
    """The venue of ``2025-12-29 / ECCV 2026`` in a column named for both (``日期 / 会议``, date / conference:
    0Seven-Deadly-Sins/awesome-video-super-resolution, every row): the day it came out, whose year is the
    paper's where the venue has none, then where. ``预印本/录用未核验`` there (a preprint, acceptance not
    checked) is a preprint of that year, the rest a note."""
    entry.date_year = entry.date_year or venues.year_of_date(dated.group(1))
    where, _, said = dated.group(2).partition("/")
    if said and venues.preprint(where.strip()):
        entry.notes.append(said.strip())
        return venues.as_arxiv(where.strip(), entry.date_year)
    return dated.group(2).strip()


def undated_preprint(venue: str) -> bool:
    return venues.preprint(venue.split()[0]) and venues.year_in(venue) is None
