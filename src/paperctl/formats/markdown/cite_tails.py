"""A citation's tail as reference styles write it after a title: who, where and when.

``fields.citation_tail`` reads the tails lists write by hand; the ones here are the tails that a
"Cite this" button writes, whole: Google Scholar's MLA (``names_venue_year``: ``Carlini, Nicholas,
and David Wagner. Security and Privacy (S&P). 2017.``) and Springer Nature's (``springer``: ``Lai, Y.,
Chen, W., Hsu, T. et al. Sci Rep 10, 4679 (2020).``) and Vancouver (``vancouver``: ``Title. Expert Systems with
Applications. 2024 Jul 15;246:123154.``); and a systematic review's export (``year_venue_names``:
``(2023), ASE_J, Kolthoff, Kristian; Bartelt, Christian.``); and a short citation naming a paper by its
first author, journal and year (``short_cite``: ``Cui et al., Nat Methods (2024)``). ``unlocated`` takes
out what only says where in the venue the paper is (volume, issue, pages): a list's entry means the venue
and the year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import people, venues


@dataclass
class Tail:
    """What a citation tail says."""

    authors: list[str] = field(default_factory=list)
    venue: str | None = None
    year: int | None = None
    arxiv: str | None = None
    explained: bool = False  # every word of the tail was read

    def copy(self) -> Tail:
        """A copy with a list of authors of its own (``fields.citation_tail`` hands out copies of the
        tails it remembers). Written out: ``dataclasses.replace`` looks the fields up at every call,
        and a 1 MB list asks for 6,000 copies."""
        return Tail(list(self.authors), self.venue, self.year, self.arxiv, self.explained)


# What an IEEE-style reference adds after the venue: ", vol. 42, no. 2, pp. 318-327", "[Online]. Available: URL",
# "doi: 10..."; a list's entry means the venue and the year, not where in it the paper is.
# (Each alternative begins with a word, not with spaces: tried at every space of a long run, "\s*" first
# would scan the run from each, a square of its length.) The commas left between are then made one.
# (DBLP writes the pages after the year and a colon, "ICSE 2013: 712-721", "ESEM 2014: Article 33", and an arXiv
# preprint as "CoRR abs/2201.05425 (2022)".)
_LOCATORS = re.compile(r"\b(?:vol|no|pp|art\. no)\.\s*\d\w*(?:\s*[-–—]+\s*\w+)?|\bissue\s+\d{1,6}\b|\[online\]\.?"
                       r"(?:\s*available:?(?:\s*\S+)?)?|\bdoi:\s*\S+|(?<=(?:19|20)\d\d):\s*(?:article\s+)?\d{1,6}"
                       r"(?:\s*[-–—]+\s*\d{1,6})?\b|,\s*article\s+\d{1,6}\b|(?<=\bcorr) abs/\S+|"
                       # ("Science, 2018, 359(6380): 1146-1151.", ICTMCG/fake-news-detection: volume, issue, pages)
                       r"(?<=(?:19|20)\d\d),\s*\d{1,5}(?:\s?\(\d{1,6}\))?\s?:\s?\d{1,7}(?:\s?[-–]\s?\d{1,7})?\b|"
                       # ("IEEE Transactions on Image Processing, 22(12), 4996-5009.", APA: volume, issue, pages)
                       r",\s*(?!(?:19|20)\d\d\b)\d{1,4}(?:\(\d{1,4}\))?,\s*\d{1,7}\s*[-–]+\s*\d{1,7}(?=\.?\s*$)",
                       re.IGNORECASE)
# ("Kim, Jaehyun, et al. Neurocomputing 311 (2018): 373-386.", Google Scholar's MLA: the volume before the
# year in brackets, the pages after it; asked only of a text with a year in brackets)
_BRACKETED_LOCATORS = re.compile(r"(?<=[a-z])\s+\d{1,5}(?:\.\d{1,5})?(?=\s*\((?:19|20)\d\d\))|"
                                 r"(?<=(?:19|20)\d\d\)):\s*\d{1,6}(?:\s*[-–—]+\s*\d{1,6})?\b", re.IGNORECASE)
_YEAR_IN_BRACKETS = re.compile(r"\((?:19|20)\d\d\)")


def unlocated(text: str) -> str:
    """*text* without a reference's volume, issue and pages (``_LOCATORS``)."""
    located = _LOCATORS.sub("", text)
    if "(" in located and _YEAR_IN_BRACKETS.search(located):
        located = _BRACKETED_LOCATORS.sub("", located)
    return located


def names_venue_year(text: str) -> Tail | None:
    """``Carlini, Nicholas, and David Wagner. Security and Privacy (S&P). 2017.``, ``by Boutsioukis,
    Georgios, and Ioannis Vlahavas. European Workshop on Reinforcement Learning, 2011.``: Google
    Scholar's MLA after a linked title (nebula-beta/awesome-adversarial-deep-learning, ewanlee/
    MARL-Papers): the names, a full stop, the venue in words as stated, the year. Asked only when
    nothing else found the venue; the names must read as people and the venue as a name."""
    if len(text) > 400:
        return None
    text = unlocated(text).strip(" *").lstrip(" .,;:")  # ("... Technology 28.9 (2018): 2413-2417.": the year
    # before pages; "*Johnson, Justin, ... 2017. *", an italic run its writer left open: its stars as written)
    m = _MLA_YEAR.search(text)
    if not m:
        return None
    body = _PUBLISHER_LAST.sub("", text[: m.start()].strip(" .,"))  # ("... Workshops. IEEE, 2012.")
    stop = _NAMES_STOP.search(body)  # (the first: the names hold no sentence end)
    venue = body[stop.end():].strip(" .,") if stop else ""
    if venue.startswith("In ") and _SHORT_NAMED.search(venue):  # ("In Conference on Computer Vision and Pattern
        venue = venue[3:]  # Recognition (CVPR). 2016.", mlz8/VQA-Reading-List: a long name and its short one)
    if not (_MLA_VENUE.fullmatch(venue) or _SHORT_NAMED.search(venue) and _WORDS.fullmatch(venue)) \
            or venue.startswith("In "):  # ("In NeurIPS, 2017": in_venue's; "Advances in neural information
        return None  # processing systems (NIPS)", in lower case, its short name in brackets)
    names = people.parse(body[:stop.start() + 1].removeprefix("by ").strip(" ."))  # type: ignore[union-attr]
    if not names or any(_SENTENCE_STOP.search(name) for name in names):  # (not "C. Lawrence Zitnick": an initial)
        return None
    year = int(m.group(1))
    return Tail(authors=names, venue=f"{' '.join(venue.split())} {year}", year=year, explained=True)


def short_cite(text: str) -> Tail | None:
    """``Cui et al., Nat Methods (2024)``, ``Dunbar & Deane, Bioinformatics (2016)``: a paper cited by its first
    author (or two), the journal as abbreviated and the year in brackets (vaibhav90/awesome-biopharma-foundation-
    models, 41 of its 42 rows' Key Paper column). The journal may be one no list of venues knows; it must read as
    a name, one to five capitalised words (not a title's many)."""
    m = _SHORT_CITE.fullmatch(text.strip())
    if m is None:
        return None
    year = int(m.group("year"))
    who = m.group("who")
    authors = [who.split(" et al")[0]] if " et al" in who else [n.strip() for n in re.split(r" (?:&|and) ", who)]
    return Tail(authors=authors, venue=f"{m.group('venue')} {year}", year=year, explained=True)


_SURNAME = r"[A-Z][\w'’-]+(?: (?:de|van|von|der|da|Di|Le) [A-Z][\w'’-]+)?"
_SHORT_CITE = re.compile(rf"(?P<who>{_SURNAME}(?: et al\.?| (?:&|and) {_SURNAME})),\s+"
                         r"(?P<venue>[A-Z][\w.&'-]*(?: (?:[A-Z][\w.&'-]*|of|in|and|&|for)){0,4})\s*"
                         r"\((?P<year>(?:19|20)\d\d)\)\.?")
_SHORT_NAMED = re.compile(r"\([A-Z][\w&/-]{1,15}\)$")
_WORDS = re.compile(r"[A-Za-z][\w&'-]*(?: [\w&'-]+){0,14} \([A-Z][\w&/-]{1,15}\)")
_SENTENCE_STOP = re.compile(r"[^\W\d]{2}\. ")
_PUBLISHER_LAST = re.compile(r"\.\s+(?:IEEE|ACM|Springer|Elsevier|PMLR)$")
_MLA_YEAR = re.compile(r"[,.]?\s*\(?((?:19|20)\d\d)\)?\s*\.?\s*$")
_NAMES_STOP = re.compile(r"(?<=[^\W\d]{2})\.\s+(?=[A-Z\d])")  # a full stop after a word, not after an initial
# Capitalised words (a number, lower-case joining words, a bracketed short name), no sentence end within
_MLA_VENUE = re.compile(r"(?:\d{1,4}(?:st|nd|rd|th)?|[A-Z][\w&'-]*:?)(?: (?:[A-Z][\w&'-]*:?|\d{1,4}(?:st|nd|rd|th)?"
                        r"|of|and|for|with|on|in|the|&|\([A-Z][\w&/ -]{1,15}\))){1,14}")


def springer(text: str) -> Tail | None:
    """``Lai, Y., Chen, W., Hsu, T. et al. Sci Rep 10, 4679 (2020). https://doi.org/10.1038/s41598-020-61588-w``,
    ``Paré, G., Mao, S. & Deng, W.Q.  Sci Rep 7, 12665 (2017).``, ``Mars, N., ... et al.  Nat Med (2020).``
    (DenseAI/awesome-biomedical-machine-learning, after its title links; Wa1den-jy/Topic-on-Table-Recognition,
    the title between): Springer Nature's "Cite this article", surnames and initials, the journal's short name,
    volume and pages, the year in brackets. The names, and the journal with its year; None for other text."""
    if len(text) > 500 or _FIRST_INITIALLED.match(text) is None:  # (a cheap test first: most tails are not)
        return None
    m = _SPRINGER.fullmatch(" ".join(text.split()))
    if m is None:
        return None
    names = people.parse(m.group("names").removesuffix(" et al."))  # (the names left out are left out)
    if not names:
        return None
    year = int(m.group("year"))
    return Tail(authors=names, venue=f"{m.group('journal')} {year}", year=year, explained=True)


_INITIALLED = r"[A-Z][\w'’‐-]+(?: [A-Z][\w'’‐-]+)?, [A-Z]\.(?:-?[A-Z]\.)*"  # "Espiritu, S.M.G.", "Müller-Myhsok, B."
_FIRST_INITIALLED = re.compile(r"\s*[A-Z][^\s,]+(?: [A-Z][^\s,]+)?, [A-Z]\.")
_SPRINGER = re.compile(rf"(?P<names>{_INITIALLED}(?:, {_INITIALLED})*(?:,? (?:&|and) {_INITIALLED})?(?: et al\.)?)"
                       r" (?P<journal>[A-Z][\w&.'’ -]{1,60}?)"
                       r"(?: \d{1,5}(?:\(\d{1,4}\))?, [A-Za-z]?\d{1,7}(?:[–-]\d{1,7})?)?"
                       r" \((?P<year>(?:19|20)\d\d)\)\.?(?: https?://doi\.org/\S+)?")


def vancouver(text: str) -> Tail | None:
    """``Advances in neural information processing systems. 2021 Dec 6;34:9391-404.``, ``InInternational
    conference on artificial intelligence and statistics 2023 Apr 11 (pp. 7375-7391). PMLR.``, ``arXiv preprint
    arXiv:2006.09000. 2020 Jun 16.`` (Vezarachan/awesome-uncertainty-meets-explainability, every entry): Google
    Scholar's Vancouver, the tail after the title (the authors, "Bykov K, Höhne MM", stand before it); the
    venue ("In" glued to a meeting's name), the year and month it came out, where in the venue. The venue
    with its year (an arXiv ID's, as ``fields.citation_tail`` reads one); None for other text: a year
    with neither a month nor a locator after it is any tail's."""
    if len(text) > 400 or not _VANCOUVER_DATE.search(text):  # (a cheap test first: most tails are not)
        return None
    m = _VANCOUVER.fullmatch(" ".join(text.split()).strip(" ."))
    if m is None or not (m.group("month") or m.group("where")):
        return None
    year, venue = int(m.group("year")), m.group("venue").strip(" .,")
    arxiv = _VANCOUVER_ARXIV.fullmatch(venue)
    if arxiv:
        return Tail(venue=f"arXiv {year}", year=year, arxiv=arxiv.group(1), explained=True)
    if ":" in venue or not re.search(r"[A-Za-z]{3}", venue):
        return None
    return Tail(venue=f"{venue} {year}", year=year, explained=True)


_VANCOUVER_DATE = re.compile(rf"\b(?:19|20)\d\d(?: (?i:{venues.MONTH})\b|;\s*\d)")
# (The venue holds no sentence end: a title before it is not the venue's, "Title by SHAP. Knowledge-Based Systems.")
_VANCOUVER = re.compile(
    rf"(?:In(?=[A-Z]))?(?P<venue>[A-Za-z](?:[^;()?!.]|\.(?! ?[A-Z][a-z])){{1,150}}?)\.? (?P<year>(?:19|20)\d\d)"
    rf"(?: (?P<month>(?i:{venues.MONTH}))\.?(?: \d{{1,2}})?)?"
    r"(?P<where> ?[;:] ?[\w().,:;–-]{1,40}| \((?:pp?\.|Vol\.)[^()]{1,60}\)(?:\. [^.;()]{1,60})?)?")
_VANCOUVER_ARXIV = re.compile(r"arXiv preprint arXiv: ?(\d{4}\.\d{4,5})(?:v\d+)?", re.IGNORECASE)


def names_year_venue(text: str) -> tuple[Tail, str] | None:
    """``Benjamin F. Maier et al. 2025. arXiv preprint. https://arxiv.org/abs/2510.08338. Directly evaluates
    ...`` (bksaini078/LLM-Powered-Human-Digital-Twins, 63 entries, after the bold title): the ACL Anthology's
    order, names, year, venue, each ended by a full stop, then the paper's address and what the list says of
    it. (The tail, and the text after the venue: the address and the description); None for other text."""
    m = _NAMES_YEAR_VENUE.match(text) if len(text) <= 1500 else None
    if m is None:
        return None
    names = people.parse(m.group("names").removesuffix(" et al").removesuffix(" et al."))
    if not names or not people.only_people(names):
        return None
    year, venue = int(m.group("year")), _VOLUME_END.sub("", m.group("venue").strip())  # ("... Sciences 27(7).")
    return Tail(authors=names, venue=f"{venue} {year}", year=year, explained=True), text[m.end():]


_NAMES_YEAR_VENUE = re.compile(r"\s*(?P<names>[A-Z][^.]*(?:\.[^.\d][^.]*){0,30}?)\.? (?P<year>(?:19|20)\d\d)\. "
                               r"(?P<venue>[A-Za-z][^.]{1,200}?)\.(?=\s+https?://|\s*$)")
_VOLUME_END = re.compile(r"\s+\d{1,5}(?:\s?\(\d{1,5}\))?(?:[:,]\s*\d{1,7}(?:[-–]\d{1,7})?)?$")


_YEAR_VENUE_NAMES = re.compile(r"\s*(?:\(((?:19|20)\d\d)\),\s*)?([A-Za-z][\w&/-]{1,15}),\s*(.+?)\.?\s*")


def year_venue_names(text: str) -> Tail | None:
    """``(2023), ASE_J, Kolthoff, Kristian; Bartelt, Christian; Ponzetto, Simone Paolo.`` after a bold title
    (xinyi-hou/LLM4SE_SLR, every entry; the year, where it appeared in short, and the names surname first, a
    semicolon between them, or " and "): that venue in that year, as written, and the names; else None."""
    m = _YEAR_VENUE_NAMES.fullmatch(text) if ";" in text else None  # (the year read before, "(2023)", perhaps)
    if m is None or venues.year_in(m.group(2)) or not m.group(2).isupper() and not venues.is_known_name(m.group(2)):
        return None
    parts = [p for p in re.split(r"\s*;\s*", m.group(3)) if p.strip()]
    names = [" ".join(reversed([w.strip() for w in p.split(",", 1)])) if "," in p else p.strip() for p in parts]
    if len(names) < 2 or not all(people.looks_like_name(n) for n in names[:3]):
        return None
    year = int(m.group(1)) if m.group(1) else None
    found = venues.parse(f"{m.group(2)} {year}") if year else None
    venue = found[0] if found else f"{m.group(2)} {year}" if year else m.group(2)
    return Tail(authors=names, venue=venue, year=year, explained=True)


_PUBMED_TRAILER = re.compile(r"(?:\s+(?:Epub\b[^.]{0,40}\.?|PMID:\s*\d+\.?|PMCID:\s*PMC\d+\.?))+\s*$")


def pubmed_trailer(text: str) -> tuple[str, str | None]:
    """*text* without what PubMed's Vancouver writes after a reference's tail, and that (a note): ``... Comput Biol
    Med. 2021 Aug;135:104599 Epub 2021 Jun 25. PMID: 34247130`` (mawady/msc-retinalrecog), when it was posted
    and its PubMed numbers."""
    found = _PUBMED_TRAILER.search(text) if "PMID" in text or "Epub" in text else None
    return (text[: found.start()], found.group().strip(" .")) if found else (text, None)


_MDPI = re.compile(r"(?P<venue>[A-Z][\w&.'’-]*(?: [A-Za-z&][\w&.'’-]*){0,6}) (?P<year>(?:19|20)\d\d), "
                   r"(?P<volume>\d{1,4})"
                   r"(?:\s?\(\d{1,4}\))?, (?P<pages>[\w]?\d{1,7}(?:[–-]\d{1,7})?)\.?")


def mdpi(text: str) -> Tail | None:
    """``Energies 2017, 10, 1525.``, ``IEEE Trans. Smart Grid 2019, 10, 3943–3952.``: the tail of a reference in
    MDPI's style (ACS's too), the journal, then its year, volume and article or pages (HannaYakusevych/Time_series_
    forecasting: "Li, C.; Ding, Z.; ...; Zhang, G. Title. Energies 2017, 10, 1525."); None for other text."""
    m = _MDPI.fullmatch(text.strip()) if ", " in text and (text.strip()[-1:].isdigit() or text.rstrip().endswith(
        ".")) else None
    if m is None or int(m.group("year")) > venues.NEXT_YEAR:
        return None
    year = int(m.group("year"))
    return Tail(venue=f"{m.group('venue')} {year}", year=year, explained=True)
