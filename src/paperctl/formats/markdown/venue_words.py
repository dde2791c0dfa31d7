"""Venues named in words (``venues`` knows them by their short names): a journal reference at the start
of a text (``Nature 521.7553 (2015): 436-444.``), a journal named in capitalised words with or without its
year (``Robotics and Autonomous Systems 2013``, ``Expert Systems with Applications``), a journal of a
series (``IEEE Transactions on ...``), a workshop or symposium named in words with its year; and a venue it
knows ending a title after a space alone (``... in Short Sessions RecSys 2021``)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import venues
from .makers import institution
from .venues import capitalised

_JOURNAL = re.compile(
    r"^\s*(?P<name>[A-Z][A-Za-z&.'\-/ ]{1,90}?(?:, [A-Za-z][A-Za-z&.'\-/ ]{1,40}?){0,3}"
    r"(?:: [A-Z][A-Za-z&.'\- ]{1,60}?)?)\s+\d{1,5}"
    r"(?:\s*[.(,]\s*(?:no\.\s*)?\d{1,5}\s*\)?)?\s*"
    r"\((?P<year>(?:19|20)\d\d)\)(?:\s*[:,]\s*(?:pp\.\s*)?[a-z]{0,4}\d+(?:\s*[-–]\s*\d+)?)?\.?"
    # "The Journal of Chemical Physics, 154(10), 104118. (2021)", "Fluids, 8(2), p.43. (2023)", "Frontiers in
    # cardiovascular medicine, 2179. (2022)" (xiaoyuxie-vico/Awesome-ML-PDE): the volume, the pages, the year last
    r"|^\s*(?P<name2>[A-Z][A-Za-z&.'\- ]{1,80}?(?:: [A-Z][A-Za-z&.'\- ]{1,80}?)?)(?:,\s*\d{1,5}(?:\s*\(\d{1,5}\))?)?"
    r",\s*(?:pp?\.\s*)?(?!(?:19|20)\d\d\b)[a-zA-Z]{0,3}\d{1,7}(?:\s*[-–]\s*\d{1,7})?\.?\s*\((?P<year2>(?:19|20)\d\d)\)\.?"
)


@lru_cache(maxsize=8192)
def journal(text: str) -> tuple[str, int, int] | None:
    """``Nature 521.7553 (2015): 436-444.``, ``ACM Trans. Graph. 29, 4 (2010)``, ``Science advances 7, no. 40
    (2021): eabi8605`` (Chicago's, MartinuzziFrancesco/awesome-scientific-machine-learning) at the start of *text*:
    (``Nature 2015``, year, where it ends); a journal reference gives the journal and year, not volume
    and pages.
    (Remembered: every run of an entry's text is asked, 2,609 distinct of 11,418 calls.)"""
    m = _JOURNAL.match(text[:200]) or _VOLUME_ISSUE_PAGES.match(text[:200])
    if not m:
        return None
    name, year = (m.group("name"), m.group("year")) if m.group("name") else (m.group("name2"), m.group("year2"))
    if m.re is _JOURNAL and m.group("name") and ", " in name and not _JOINING.search(name.split(", ")[0]):
        return None  # ("IEEE/ACM Transactions on Audio, Speech, and Language Processing 32 (2024)": a journal's
        # name with commas in it; not "Kaiming He, Nature 521 (2015)", a name before the journal)
    return f"{name.strip()} {year}", int(year), m.end()


# A journal, its volume, issue and pages in the colon style, the year last or in brackets after the name:
# "IEEE Spectrum, 52(12):44-49, 2015.", "Current Opinion in Neurobiology, 20:3(288-295), 2010.", "Proc. IEEE
# (2014), 102(10):1470-1484.", "Front. Neurosci. (2016), 10:115." (uzh-rpg/event-based_vision_resources)
_SHORT_YEAR = re.compile(r"(.*[A-Za-z])'(\d\d)")
_JOINING = re.compile(r" (?:on|of|for|in|and) ")
_VOLUME_ISSUE_PAGES = re.compile(
    r"^\s*(?P<name>[A-Z][A-Za-z&.'\- ,]{1,80}?),\s*\d{1,5}(?:\(\d{1,5}\)|:\d{1,5})?"
    r"(?::\s*[a-z]?\d{1,7}(?:\s*[-–]\s*\d{1,7})?|\(\d{1,7}\s*[-–]\s*\d{1,7}\))\s*,\s*(?P<year>(?:19|20)\d\d)\.?"
    r"|^\s*(?P<name2>[A-Z][A-Za-z&.'\- ]{1,80}?)\s*\((?P<year2>(?:19|20)\d\d)\),\s*\d{1,5}(?:\(\d{1,5}\))?"
    r":\s*[a-z]?\d{1,7}(?:\s*[-–]\s*\d{1,7})?\.?")

# ("npj Computational Materials 2022", "eLife 2021", "iScience 2023": a journal whose name starts in lower case)
_WORDS_YEAR = re.compile(r"((?:[A-Z]|npj [A-Z]|e[A-Z]|i[A-Z])[\w&.'-]*"
                         r"((?: (?:[A-Z][\w&.'-]*|of|and|for|with|on|in|the|&)){0,6})),? "
                         r"((?:19|20)\d\d)\.?")


def in_words(text: str, least: int = 1) -> tuple[str, int] | None:
    """A venue named in capitalised words, then its year (``Robotics and Autonomous Systems
    2013``, ``Robotica 2015``, ``T-RO 2023``): where a citation's venue stands, after the title
    and its link, lists name journals so. (venue, year), or None. *least*: how many words the
    name must have (a bracket before a title takes two: ``[Neural Networks 2025]``)."""
    if text.startswith(("In ", "in ")) and len(text) > 7:  # "In CVPR, 2022." (tongoy/awesome-few-shot-learning, its
        rest = text[3:].strip()  # citations' last line): where, after the "In" a citation puts before it
        found = venues.parse(rest)
        return (found[0], found[1]) if found and found[1] else in_words(rest, least)
    if "'" in text[-5:] and (short := _SHORT_YEAR.fullmatch(text.strip().rstrip(",;"))):
        text = f"{short.group(1)} {venues.full_year(short.group(2))}"  # "Expert Systems with Applications'12"
        # (AkihikoWatanabe/paper_notes): the year's last two digits after an apostrophe
    m = _WORDS_YEAR.fullmatch(text.strip()) if len(text) <= 80 else None
    if m is None and len(text) <= 80 and " " in text.strip():
        return _sentence_case(text.strip()) or _meeting_in_lower_case(text.strip())
    if m is None and len(text) <= 140 and " " in text.strip():
        return _meeting_in_lower_case(text.strip())
    if not m or 1 + m.group(2).count(" ") < least or institution(m.group(1)):
        return None
    return f"{m.group(1)} {m.group(3)}", int(m.group(3))


def _sentence_case(text: str) -> tuple[str, int] | None:
    """``Nature genetics, 2018``, ``Scientific reports, 2019`` (a journal as Google Scholar's GB/T export writes
    it, DenseAI/awesome-biomedical-machine-learning): in sentence case, when its first word names a venue or
    its last is a journal's noun."""
    m = _SENTENCE_CASE_YEAR.fullmatch(text)
    if m is None:
        return None
    words = m.group(1).split()
    if not (words[0] in JOURNAL_FIRST or words[-1].casefold() in _JOURNAL_NOUNS):
        return None
    return f"{m.group(1)} {m.group(2)}", int(m.group(2))


def _meeting_in_lower_case(text: str) -> tuple[str, int] | None:
    """``international conference on machine learning. 2016.``, ``Proceedings of the IEEE conference on computer
    vision and pattern recognition. 2016.``, ``Advances in neural information processing systems 30 (2017).``: a
    meeting named in words as Google Scholar's MLA writes it, its words in lower case (SeongokRyu/Bayesian-deep-
    learning), then its year. (venue, year), or None."""
    m = _MEETING_YEAR.fullmatch(text)
    return (f"{m.group(1)} {m.group(2)}", int(m.group(2))) if m else None


_MEETING_YEAR = re.compile(
    r"((?:[Pp]roceedings of (?:the )?)?(?:(?:\d{1,2}(?:st|nd|rd|th)|[A-Za-z][\w/&-]*) ){0,5}"
    r"(?:[Cc]onference|[Ww]orkshop|[Ss]ymposium) (?:on|of)"
    r"(?: (?:[A-Za-z][\w/&-]*)){1,10}|[Aa]dvances in [Nn]eural [Ii]nformation [Pp]rocessing [Ss]ystems)"
    r"(?: \d{1,3})?[.,]? \(?((?:19|20)\d\d)\)?\.?")
_SENTENCE_CASE_YEAR = re.compile(r"([A-Z][a-z]+(?: (?:[a-z]{3,}|of|and|in)){1,3}),? ((?:19|20)\d\d)\.?")
JOURNAL_FIRST = frozenset({"Nature", "Science", "Cell", "PNAS", "IEEE", "ACM", "Journal", "JAMA", "BMJ", "NEJM",
                            "Lancet"})

_JOURNAL_NOUNS = frozenset(
    "systems applications bioinformatics letters transactions journal review reviews science sciences research "
    "intelligence computing networks engineering informatics medicine processing recognition graphics robotics "
    "physics chemistry biology mathematics statistics cybernetics communications proceedings society neurocomputing "
    "fusion analysis imaging signals computation technology reports genetics genomics epidemiology open health "
    "methods biotechnology materials nanotechnology edition".split())
# ("open": "JAMA Network Open", "BMJ Open", baeseongsu/awesome-machine-learning-for-healthcare; "*Nature Methods, July
# 2019.*", "Angewandte Chemie International Edition": chenwei-zhang/papers-model-building-from-cryoem-maps)
_NAME_IN_WORDS = re.compile(capitalised(1, 6))

_MEETING_IN_WORDS = re.compile(r"(?:The )?(?:\d{1,2}(?:st|nd|rd|th) |First |Second |Third )?(?:International |Annual )?"
                               r"(?:Workshop|Symposium|Conference) (?:on|of|for) [^*\[\]()]{3,100}? ((?:19|20)\d\d)")


def meeting_in_words(text: str) -> tuple[str, int] | None:
    """A workshop or symposium named in words, ending with its year: ``The 3rd Workshop on
    Mathematical Reasoning and AI at NeurIPS 2023`` (RZFan525/AI4FormalMathReasoning, in italics
    after the title). (The venue as stated, its year), or None."""
    text = text.strip(" .,")
    m = _MEETING_IN_WORDS.fullmatch(text) if len(text) <= 140 else None
    return (text, int(m.group(1))) if m else None

def journal_named(text: str) -> bool:
    """``Expert Systems with Applications``, ``Briefings in Bioinformatics``, ``Knowledge and Information
    Systems``: a journal named in capitalised words without its year, as a bracket before a title names
    one (gongchenghua/Papers-Graphs-with-Heterophily, OmicsML/awesome-molecule-protein-pretrain-papers):
    capitalised words, joined by "of", "and", "with"..., the last a journal's noun."""
    text = text.strip()
    return len(text) <= 60 and bool(_NAME_IN_WORDS.fullmatch(text.replace(" with ", " and "))) \
        and (text.rsplit(None, 1)[-1].casefold() in _JOURNAL_NOUNS or _SERIES.search(text) is not None)


def journal_alone(text: str) -> bool:
    """A journal named without its year in brackets after a title (``(IEEE Transactions on Medical Imaging)``,
    ShawnBIT/UNet-family): one of a publisher's series, named in words alone (not ``(Chinese Academy of
    Sciences)``, who wrote it, nor ``(ACM MM, 2021)``, a venue and its year, read as such)."""
    return in_a_series(text) and not any(c.isdigit() or c == "," for c in text) and 2 <= len(text.split()) <= 12


def in_a_series(text: str) -> bool:
    """``IEEE Transactions on Biomedical Engineering (TBME)``: a journal whatever its last word."""
    return _SERIES.search(text) is not None


# "IEEE Transactions on Intelligent Vehicles", "ACM Computing Surveys": a journal whatever its last word
_SERIES = re.compile(r"^(?:IEEE|ACM|SIAM|IET)\b|\b(?:Transactions|Journal|Proceedings|Annals) (?:on|of)\b")


_DIGIT_OR_BRACKET = re.compile(r"[\d()\[\]]")  # (not "IEEE Intelligent Vehicles Symposium (IV 2018)": read so)
_JOURNAL_LIKE = re.compile(r"(?:IEEE|ACM) |.*\b(?:Transactions|Journal|Magazine|Letters)\b|[A-Z]{2,}(?: [A-Z&]{2,})+$")


def journal_suffix(text: str) -> tuple[str, None] | None:
    """A journal named in words with no year, ending a title: ``..., IEEE Transactions on Intelligent Transportation
    Systems.``, ``..., SCIENCE ROBOTICS.`` (Psychic-DL/Awesome-Traffic-Agent-Trajectory-Prediction, its year under
    the heading); (the name, None), else None."""
    named = text.strip(". ")
    if len(named) <= 80 and not _DIGIT_OR_BRACKET.search(named) and _JOURNAL_LIKE.match(named) \
            and journal_named(named):
        return named, None
    return None


def spaced_suffix(text: str) -> tuple[str, str | None]:
    """``Next-item Recommendations in Short Sessions RecSys 2021`` (RUCAIBox/Top-conference-paper-list,
    a page a conference, every entry): a known venue and its year set off by a space alone; not a
    name the list does not know, which may be the title's own last word."""
    m = _SPACED_VENUE.search(text) if text[-1:].isdigit() or text.endswith(".") else None
    head = text[: m.start()].split() if m else []
    if len(head) < 3 or head[-1].casefold() in _LEADS_TO_VENUE or not venues.is_known_name(m.group(1)):
        return text, None  # (not "[Mar. 5, 2025] Add papers from ICLR 2025": a sentence that names it)
    found = venues.parse(m.group().strip(" ."))
    return (text[: m.start()].rstrip(), m.group().strip(" .")) if found and found[1] else (text, None)


_LEADS_TO_VENUE = {"from", "at", "in", "to", "for", "of", "on", "by", "accepted", "published", "and", "the"}
_SPACED_VENUE = re.compile(r"\s([A-Z][A-Za-z]{1,11})[ '’-]?((?:19|20)\d\d)\.?$")


def year_then_name(text: str) -> tuple[str, int] | None:
    """``2019 ISVC``, ``2019 ACM CSCS``, ``2018 ECCV Workshop``: a year, then a short name with an
    acronym in it, where a title's suffix gives the venue the year first (``parse`` knows the
    venues it knows so; this takes any such name as stated)."""
    m = _YEAR_THEN_NAME.fullmatch(text.strip(" .,")) if len(text) <= 40 else None
    if not m or not any(_ACRONYM_WORD.fullmatch(word) for word in m.group(2).split()):
        return None
    year = int(m.group(1))
    tracked = venues.track_with_year(m.group(2), m.group(1))  # ("2018 ECCV Workshop": ECCV 2018 Workshop)
    return (tracked, year) if tracked else venues.dated(m.group(2), year)


_YEAR_THEN_NAME = re.compile(r"((?:19|20)\d\d) ([A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})")
_ACRONYM_WORD = re.compile(r"[A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*")  # two capitals at least: "ISVC", "IEEE", "VISIGRAPP"
