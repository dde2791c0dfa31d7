"""A reference in the author-date style: the names, the year (or the year in brackets), the title, then where it
appeared.

``Stanley EA, Wilms M, Mouches P, Forkert ND. 2022. Fairness-related performance and explainability
effects in deep learning models for brain image analysis. Journal of Medical Imaging 9(6):061102``
(XuZikang/Awesome-MedIA-Fairness, every entry: the style of Annual Reviews and Chicago's author-date
references). The year stands alone between two full stops after the names, so no other citation
shape reads it: ``plain_title`` asks ``read`` first. Where it appeared is a journal with its volume
and pages, ``In`` a meeting's proceedings (``, pp. 320–329. Springer``), or ``arXiv preprint
arXiv:ID``; its year is the reference's.
"""

from __future__ import annotations

import re

from . import people, proceedings, venues
from .model import ListEntry

_NAMES_YEAR = re.compile(r"(?P<names>[^\d\[\]()]{2,600}?)\.\s+(?P<year>(?:19|20)\d\d)[a-z]?\.\s+(?P<rest>\S.*)")
# Springer's basic style: "Atwood J, Towsley D (2016) Diffusion-Convolutional Neural Networks. In: Advances in Neural
# Information Processing Systems" (Hou-WJ/Graph-Pooling-Operators-and-Bioinformatics-Applications, every paper)
_NAMES_BRACKETED_YEAR = re.compile(r"(?P<names>[^\d\[\]()]{2,600}?)\s{1,3}\((?P<year>(?:19|20)\d\d)[a-z]?"
                                   r"\)\s{1,3}(?P<rest>\S.*)")  # (spaces counted: a run not tried at every length)
_TITLE_END = re.compile(r"(?<=[^\s.])[.?!](?=\s+(?:[A-Z]|arXiv\b))")
_NAMED_YEAR = re.compile(r"([A-Z][\w&/-]*(?: [A-Z][\w&/-]*){0,3} ((?:19|20)\d\d))\s*:")
_QUOTED = re.compile(r"[\"“](.{3,400}?)[\"”][.,]?")  # ('2023. "DCTable: ...," Journal of Imaging': MDPI's form)
_ARXIV = re.compile(r"arXiv(?: preprint)?,? arXiv:\s*(\d{4}\.\d{4,5})(?:v\d+)?\.?$", re.IGNORECASE)
_IN = re.compile(r"In:?\s+(?:(?:the\s+)?Proceedings of\s+(?:the\s+)?)?")
# pages, editors, a volume ("9(6):061102", "9, no. 3: 62"), the publisher after a full stop
_AFTER_NAME = re.compile(r",\s*(?:pp\.|pages?\b|ed\.|eds\.|vol\.|volume\b)|\s+\d+\s*(?:\(|,|:|$)|\.\s+\S")
_PAGES = re.compile(r"\s+\d+\s*[–-]\s*\d+$")  # ("IEEE Trans Knowl Data Eng 1747–1760")
_VOLUME = re.compile(r"\s*(?:\d+\s*(?:\(\s*[\w-]+\s*\))?)?\s*:\s*[\w–-]+\s*$|\s+\d+\s*\(\s*[\w-]+\s*\)\s*$")


def read(text: str, entry: ListEntry) -> str | None:
    """The title of *text* when it is such a reference, with its authors, year and venue set in *entry*;
    None when it is not (the names must read as people: two at least, or one and "et al.")."""
    m = _NAMES_YEAR.fullmatch(text.strip()) or _NAMES_BRACKETED_YEAR.fullmatch(text.strip())
    if m is None:
        return None
    names = people.parse(m.group("names"))
    if not names or not (len(names) >= 2 or "et al" in m.group("names")) or not people.substantial(names):
        return None
    rest = m.group("rest").strip()
    quoted = _QUOTED.match(rest)
    end = _TITLE_END.search(rest) if quoted is None else None
    title, where = (quoted.group(1).rstrip(" .,"), rest[quoted.end():].strip()) if quoted else (
        rest[: end.start() + (end.group() != ".")], rest[end.end():].strip()) if end else (rest, "")
    if len(title.split()) < 3:
        return None
    year = int(m.group("year"))
    entry.authors, entry.date_year = names, year
    if where:
        _where(where, year, entry)
    return title.strip()


def _where(where: str, year: int, entry: ListEntry) -> None:
    """The venue of *where*, with the reference's *year*; or *where* as a note, when it names none."""
    posted = _ARXIV.match(where)
    if posted:
        entry.arxiv = entry.arxiv or posted.group(1)
        entry.venue, entry.venue_written = "arXiv", where
        return
    said = _IN.match(where)
    name = where[said.end():] if said else where
    named = _NAMED_YEAR.match(name)
    if named:  # "In BIOCOMPUTING 2021: Proceedings of the Pacific Symposium": the meeting names its year
        entry.venue, entry.venue_written, entry.date_year = named.group(1), where, int(named.group(2))
        return
    cut = _AFTER_NAME.search(name)
    name = _PAGES.sub("", _VOLUME.sub("", name[: cut.start()] if cut else name).strip(" .,;:")).strip(" .,;:")
    if name.startswith(f"{year} ") and len(name) > 5:  # "In: 2021 IEEE International Conference on Data Mining
        name = name[5:]  # (ICDM)": the meeting's year before its name, the reference's own
    if not name or len(name) > 200:
        entry.notes.append(where)
        return
    first = name.split(", ")[0]  # ("WSDM’18, February 5–9, 2018, Marina Del Rey, CA, USA": the meeting, then when
    found = venues.parse(first) if first != name else None  # and where it was held)
    last = venues.parse(name.split(", ")[-1]) if not (found and found[1]) and ", " in name else None
    found = last if last and last[1] == year else found  # ("Proceedings of the 29th International Joint Conference
    # on Artificial Intelligence, IJCAI 2020": its short name last)
    found = (found if found and found[1] else None) or venues.parse(f"{name} {year}") or proceedings.spelled_out(
        f"{name} ({year})")
    entry.venue, entry.venue_written = found[0] if found else f"{name} {year}", where


def slashed(text: str, entry: ListEntry) -> str | None:
    """``Devlin / BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding / 2019 /
    **read**`` (adrienchaton/CharTransformer_playground, 98 entries, no link): who (the first author's surname),
    the title and the year, set apart by slashes, then perhaps a mark that the paper was read. The title, its
    author and year given to *entry*; None (*entry* untouched) when *text* is not so."""
    m = _SLASHED.fullmatch(text) if " / " in text else None
    if m is None:
        return None
    entry.authors = [m.group("who")]
    entry.date_year = entry.date_year or int(m.group("year"))
    mark = (m.group("mark") or "").strip("* ")
    if mark.casefold() == "read":
        entry.status = "read"
    elif mark:
        entry.notes.append(mark)
    return m.group("title").strip()


_SLASHED = re.compile(r"(?P<who>[A-Z][\w'’.-]+(?: (?:and|&) [A-Z][\w'’.-]+| et al\.?)?) / (?P<title>[^/]{6,300}?) / "
                      r"(?P<year>(?:19|20)\d\d)(?: / (?P<mark>[^/]{1,40}))?\s*")
