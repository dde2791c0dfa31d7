"""A reference in IEEE's style with its title not in quotes: the names (initials first, ``and`` before
the last, or ``et al.``), the title, then where it appeared, each after a comma.

``T.-M. H. Hsu, H. Qi, and M. Brown, Federated visual classification with real-world data distribution, in
Proc. 16th Eur. Conf. Comput. Vis., 2020, pp. 76–92.``, ``Y. Jiang et al., A secure aggregation for federated
learning on long-tailed data, 2023, arXiv:2307.08324.``, ``L. Zhang, ..., and A. Nallanathan, Scoring aided
federated learning ..., IEEE J. Biomed. Health Informat., vol. 28, no. 6, pp. 3341–3348, Jun. 2024.``
(shunxinguo/Survey-of-Data-Heterogeneous-Federated-Learning, its references one a line). The title may hold
commas of its own, so it ends at the first comma after which the rest reads as where the paper appeared
(``proceedings.ieee_where``): proceedings after "in", a journal with its volume, issue or pages, or a year and
an arXiv ID. (IEEE's own style quotes the title; that shape is ``titles``'s.)
"""

from __future__ import annotations

import re

from . import people, proceedings, venues
from .model import ListEntry, Tok, offer_venue

_INITIALS = r"[A-Z][a-z]?\.(?:[ -]?-?[A-Z][a-z]?\.)*"
_NAME = rf"{_INITIALS} ?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
_NAMES = re.compile(rf"(?:{_NAME}, )*{_NAME}(?:,? (?:and|&) {_NAME}|,? et al\.?)?, ")
_OPENS = re.compile(r", (?:in:? |(?:19|20)\d\d, arXiv:)")  # where it appeared begins so, or holds a locator:
_LOCATOR = re.compile(r", (?:vol|no|pp?|art\. no)\. ")
_WHERE_MAX = 400  # characters: longer, neither proceedings.ieee_where nor _IN_LONG reads where it appeared
# Proceedings whose name holds commas of its own, which ``ieee_where`` does not read: "in Proc. IEEE Intl. Conf.
# Parallel Distrib. Process. Appl., Big Data Cloud Comput., ... (ISPA/BDCloud/SocialCom/SustainCom), Dec. 2022,
# pp. 782–789."
_IN_LONG = re.compile(rf", in:? (?P<name>[A-Z].{{8,300}}?), (?:{venues.MONTH}\.? )?(?P<year>(?:19|20)\d\d)"
                      r"(?:, pp?\. [\w–-]+)?\.?", re.IGNORECASE)


def may_be(text: str) -> bool:
    """Could *text* be such a reference (cheap: names with initials first, then a locator)?"""
    return text.count(", ") >= 2 and "." in text[:4] and (_OPENS.search(text) or _LOCATOR.search(text)) is not None


def citation(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """The tokens after the reference that *toks[0]*'s text is, its fields given to *entry*; None (and
    *entry* untouched) when it is not one."""
    text = toks[0].text.strip()
    names = _NAMES.match(text)
    if names is None:
        return None
    rest = text[names.end() - 2:]  # (from the comma after the names)
    last = max((m.start() for m in _LOCATOR.finditer(rest)), default=-1)  # (the last locator: once, not at each comma)
    for comma in re.finditer(", ", rest):
        start = comma.start()
        if start == 0 or len(rest) - start > _WHERE_MAX or not (_OPENS.match(rest, start) or start <= last):
            continue
        title = rest[2:start].strip()
        where = rest[comma.start():]
        found = proceedings.ieee_where(where) or _long_proceedings(where)
        if found is None:
            continue
        if len(title.split()) < 2 or not title[:1].isupper():
            return None
        venue, year, arxiv = found
        entry.authors = people.parse(names.group()[:-2])
        entry.title = title
        offer_venue(entry, venue, where.lstrip(", "))
        entry.date_year = entry.date_year or year
        if arxiv:
            entry.arxiv = entry.arxiv or arxiv
        entry.shape = "citation" if entry.shape == "bracket" else entry.shape
        return toks[1:]
    return None


def _long_proceedings(where: str) -> tuple[str, int, None] | None:
    m = _IN_LONG.fullmatch(where.strip())
    if m is None:
        return None
    name, year = proceedings.PROCEEDINGS_OF.sub("", m.group("name")), int(m.group("year"))
    return proceedings.short_venue(f"{name} {year}") or f"{name} {year}", year, None
