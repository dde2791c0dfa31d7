"""A venue spelled out in a reference's words, with its short name, volume or pages and its year.

``IEEE/CVF Computer Vision and Pattern Recognition Conference (CVPR) (2022)`` and Google Scholar's
MLA ``In 2019 International Conference on Document Analysis and Recognition (ICDAR), pp. 1510-1515.
IEEE, 2019.``: where lists cite a paper as a reference manager would, the venue is the meeting's
full name. These give the short name in brackets with the year (``CVPR 2022``, ``ICDAR 2019``), else
the name as stated with the year. ``in_venue`` reads a venue said after "In", ``journal`` a journal named in
words (``IEEE Trans. Pattern Anal. Mach. Intell., 2020``). ``fields`` asks them when it reads a citation's tail.
"""

from __future__ import annotations

import re

from . import makers, people, venue_words, venues

# "Title. In *COLT 2016*.", "Title, In Proceedings of ICML 2017", "in Proc. IEEE CVPR": the words before a venue
_IN_VENUE = re.compile(r"(?:in|published in|appeared in|accepted (?:at|by|to|in))\s*:?\s+(?:the\s+)?"
                       r"(?:(?:proceedings|proc\.)\s+(?:of\s+)?(?:the\s+)?)?", re.IGNORECASE)
# A journal named in words, abbreviated or not, then the year: "IEEE Trans. Pattern Anal. Mach. Intell.,
# 2020", "IEEE Transactions on Image Processing 2021", "Pattern Recognition Letters, 2020". Its name
# begins or ends with a word that journals have (_JOURNAL_NAME): "Zhang Yonggang, 2020" is a name and a
# year, and so is "Jaeyeon Jang & Chang Ouk Kim. IEEE 2021".
_JOURNAL_YEAR = re.compile(r"([A-Z][\w.'-]*(?: (?:[A-Z][\w&.'-]*|of|and|for|on|in|the|&)){1,10}),? ((?:19|20)\d\d)")
_JOURNAL_NAME = re.compile(r"(?:IEEE|ACM|Journal|Proc\.|Proceedings|International|Int\.|Transactions|Trans\.) .*"
                           r"|.* (?:Letters|Lett\.|Journal|Transactions|Review|Rev\.|Symposium|Conference)")
# "Future Gener. Comput. Syst." (csl-cqu/awesome-secure-federated-learning-papers): a journal's ISO abbreviation,
# two abbreviated words at least (a person's name has initials, not "Comput.")
_ABBREVIATED = re.compile(r"(?=(?:.*?\b[A-Z][a-z]{2,}\.){2})[A-Z][\w.'-]*(?: (?:[A-Z][\w&.'-]*|of|and|&))+")
_JOURNAL_HINTS = ("IEEE", "ACM", "Jour", "Proc", "Tran", "Int", "Le", "Rev", "Symp", "Conf")  # (in each word above)


def spelled_out(text: str) -> tuple[str, int] | None:
    """``IEEE/CVF Computer Vision and Pattern Recognition Conference (CVPR) (2022)``, ``IEEE Transactions
    on Image Processing, Volume 29, Pages 3168-3182 (2019)`` (xuyu0010/awesome-video-domain-adaptation, 49
    entries): a venue spelled out, its short name in brackets or its volume and pages, the year in brackets.
    The short name with the year, else the name with the year. Or the name abbreviated, its short name
    in brackets, a comma and the year: ``Proc. IEEE Int. Conf. Comput. Vis. (ICCV), 2023``, ``IEEE Trans.
    Pattern Anal. Mach. Intell. (TPAMI), 2023`` (jianing-li/awesome-neuromorphic-object-detection, 120
    lines, as IEEE's reference style abbreviates a venue)."""
    tracked = venues.parse(text.strip(" .*,").replace("), ", ") ")) if len(text) <= 40 else None
    if tracked and tracked[1]:  # "EMNLP (Findings), 2021" (yajingyang/Data-to-text_Generation_Papers): a track
        return tracked[0], tracked[1]
    m = _SPELLED_OUT.fullmatch(text.strip(" .")) if text.rstrip(" .").endswith(")") else \
        _SHORT_THEN_YEAR.fullmatch(text.strip(" .*,"))
    dated = _NAME_THEN_YEAR.fullmatch(text.strip(" .")) if m is None else None
    if dated and _VENUE_NOUN.search(dated.group(1)):  # "IEEE Internet of Things Journal (2018)": a venue in words
        return venue_words.in_words(f"{dated.group(1)} {dated.group(2)}")  # (not "Nagashima & He (2018)"), its year
    shortened = _NAME_THEN_SHORT_YEAR.fullmatch(text.strip(" .")) if m is None and dated is None else None
    if shortened and _VENUE_NOUN.search(shortened.group(1)):  # "*International Conference on Medical Image Computing
        return venues.dated(shortened.group(2), int(shortened.group(3)))  # and ...* (**MICCAI** 2022)" (HiLab-git/
        # DAG4MIA): the meeting in words, then its short name and year in brackets
    if not m or m.group("short") and makers.institution(m.group("short")):
        return None  # (not who the authors work for: "K. K. Chuang, X. Li, H. Li (MIT), 2023")
    if m.re is _SHORT_THEN_YEAR and "), " not in m.group() and len(m.group("name").split()) < 3:
        return None  # (not "ICLR-W (RLGM) 2019", a venue and its workshop: as stated)
    year = int(m.group("year"))
    if m.group("short") and "workshop" in m.group("name").lower() and venues.is_known_name(m.group("short")):
        return venues.parse(f"{m.group('short')} {year} Workshop") or (f"{m.group('short')} {year} Workshop", year)
        # ("Workshop on Machine Learning for Creativity and Design (NeurIPS) 2020", weihaox/GAN-Inversion)
    if m.group("short"):
        return venues.dated(m.group("short"), year)
    return f"{m.group('name')} {year}", year


_NAME_THEN_SHORT_YEAR = re.compile(r"([A-Z][^()]{10,200}?)\s*\(([A-Z][A-Za-z&-]{1,14})\s+((?:19|20)\d\d)\)")


def venue_line(text: str) -> tuple[str, int] | None:
    """A citation's line that is its venue and year alone: spelled out (``spelled_out``), or the year and the
    name each in brackets, ``[*2022*] [Speech Communication]`` (aita-lab/awesome-multimodal-fusion-emotion-
    recognition, 80 lines, under the title and author lines): the name as stated, with the year."""
    bracketed = _YEAR_THEN_NAME.fullmatch(text.strip(" .\\"))
    if bracketed:
        return venues.dated(bracketed.group(2).strip(), int(bracketed.group(1)))
    return spelled_out(text)


def venue_then_date(text: str) -> tuple[str, int] | None:
    """A citation's venue line that gives the venue, a dash, then when the paper came out: ``ICLR 24 – Oct
    2023``, ``SIGIR Forum – Dec 2023``, ``arXiv – Aug 2023`` (gabriben/awesome-generative-information-
    retrieval, 157 lines, under the title and author lines). The venue with its own year, else with the
    date's; None for other text."""
    m = _VENUE_DASH_DATE.fullmatch(text.strip())
    if m is None:
        named = _NAME_COMMA_YEAR.fullmatch(text.strip(" ."))  # "Learning@Scale, 2024." (GeminiLight/awesome-ai-
        if named is None or ". " in named.group(1) or people.only_people([named.group(1)]):  # llm4education),
            return None  # not "A. Smith, 2019.", nor "Martin Riedmiller. ECML, 2005." (names, then the venue)
        return venues.parse(f"{named.group(1)} {named.group(2)}") or venues.dated(named.group(1), int(named.group(2)))
    found, year = venues.parse(m.group(1)), venues.year_of_date(m.group(2)) if m.group(2) else None
    if found and found[1]:
        return found[0], found[1]
    if year is None:
        return None
    name = m.group(1)
    if venues.preprint(name):
        return venues.as_arxiv(name, year), year
    return venues.dated(name, year) if found or _CAPITALISED.fullmatch(name) else None


_VENUE_DASH_DATE = re.compile(r"([A-Za-z][\w@&.'-]*(?: [\w@&.'-]+){0,4}) [–-] ?"
                              r"((?:[A-Z][a-z]{2,8}\.? )?(?:19|20)\d\d|[A-Z][a-z]{2,8}\.? \d\d|)")
_NAME_COMMA_YEAR = re.compile(r"([A-Z][\w@&.'/-]*(?: [A-Z][\w@&.'/-]*){0,3}),\s*((?:19|20)\d\d)")
_CAPITALISED = re.compile(r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}")
_YEAR_THEN_NAME = re.compile(r"\[\s*((?:19|20)\d\d)[a-z]?\s*\]\s*\[([A-Z][^\[\]]{1,200})\]")
# (a comma or colon may part its words, and an ordinal count them: "IEEE International Conference on Acoustics,
# Speech and Signal Processing", "IEEE 6th World Forum on Internet of Things", Marsrocky/Awesome-WiFi-CSI-Sensing)
_SPELLED_NAME = (r"(?P<name>[A-Z][\w/&.'-]*(?:[,:]? (?:[A-Z][\w/&.'-]*|of|on|and|for|in|the|&|"
                 r"\d{1,3}(?:st|nd|rd|th))){0,14})")
_VENUE_NOUN = re.compile(r"\b(?:Conference|Journal|Transactions|Symposium|Workshop|Letters|Proceedings|Magazine|"
                         r"Forum|Congress)\b")
_NAME_THEN_YEAR = re.compile(r"([A-Z][^()]{5,150}?) \(((?:19|20)\d\d)\)")
_SPELLED_OUT = re.compile(
    _SPELLED_NAME + r"(?: \((?P<short>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})\)|, Vol(?:ume|\.) \d+(?:, (?:Issue|No\.|"
    r"Number) \d+)?(?:, (?:Pages?|pp\.) \d+(?:\s?[-–]\s?\d+)?)?) \((?P<year>(?:19|20)\d\d)\)")
_SHORT_THEN_YEAR = re.compile(r"(?:[Ii]n )?(?P<name>[A-Z][^()]{2,150}?) ?\((?P<short>[A-Z](?=[a-z&-]*[A-Z])"
                              r"[A-Za-z&-]{1,11})\),? (?P<year>(?:19|20)\d\d)")
# ("in Proc. ... (ECCV), 2024", "... Conf.(ASSCC), 2024";
# "*Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition* (**CVPR**) 2018.", amber0309/
# Domain-generalization; not "Entropy (Basel), 2022", a journal's city: a short name has two capitals)


# "In <name>, pp. 1510-1515. IEEE, 2019.": the proceedings, their pages, the publisher (and its city), the year
_IN_PROCEEDINGS = re.compile(
    r"(?:In )?(?P<name>[^.]{4,200}?)[,.]\s*(?:(?:pp?\.|pages?)\s*\d+(?:\s*[-–—]+\s*\d+)?[.,]?\s*)?"
    r"(?:(?P<publisher>[A-Z][\w&]*(?: [A-Z][\w&]*){0,3})(?:,\s*[A-Z][a-z]+)?,\s*)?(?P<year>(?:19|20)\d\d)\.?")
_SHORT_NAME = re.compile(r"\(((?=[a-z-]{0,4}[A-Z]{2}|[A-Z][a-z]{1,3}[A-Z]{2}|[A-Z]-[A-Z]{2})"
                         r"[A-Za-z][A-Za-z&-]{1,14})\)$")
# "... Recognition (ICDAR)", "... and Engineering (ic-ETITE)", "Conference on Robot Learning (CoRL)", "IEEE
# Transactions on Robotics (T-RO)" (robot-failures/awesome-robot-failure-management)
# "2020 25th International Conference ...", "ICASSP 2022-2022 IEEE International Conference ...": the meeting's year
_LEADING_YEAR = re.compile(r"(?:[A-Z]{2,10} )?((?:19|20)\d\d)(?:-(?:19|20)\d\d)? ")


def may_be_proceedings(text: str) -> bool:
    """Could *text* be what ``in_proceedings`` reads (a cheap test before the pattern)?"""
    return text[:3] == "In " or _LEADING_YEAR.match(text) is not None


def in_proceedings(text: str) -> tuple[str, int] | None:
    """Google Scholar's MLA for a paper in proceedings: ``In 2019 International Conference on Document Analysis
    and Recognition (ICDAR), pp. 1510-1515. IEEE, 2019.``, ``In European Conference on Computer Vision, pp.
    564-580. Springer, Cham, 2020.`` (Wa1den-jy/Topic-on-Table-Recognition, 33 of its 62 references); without
    "In" where the name begins with the meeting's year (``2022 IEEE Spoken Language Technology Workshop (SLT).
    IEEE, 2023.``, JeffC0628/awesome-voice-conversion). The short name in brackets with the meeting's year (the
    year its name begins with, else the reference's: "2020 25th ... (ICPR) ... IEEE, 2021" is ICPR 2020), else
    the name as stated with the year; None when not so."""
    m = _IN_PROCEEDINGS.fullmatch(text.strip()) if len(text) <= 300 else None
    if not m:
        return None
    name = m.group("name").strip()
    if not text.lstrip().startswith("In ") and not _LEADING_YEAR.match(name):
        return None  # ("2022 IEEE Spoken Language Technology Workshop (SLT). IEEE, 2023.": the meeting's year first)
    held = _LEADING_YEAR.match(name)
    year = int(held.group(1)) if held else int(m.group("year"))
    short = _SHORT_NAME.search(name)
    if short:
        return venues.dated(short.group(1), year)
    return f"{name} {year}" if not held else name, year


def year_first(text: str) -> tuple[str, int] | None:
    """``2024 IEEE 18th International Conference on Control & Automation (ICCA)`` (TheBrainLab/Awesome-VLA-UAVs,
    in bold brackets after a title): the meeting's full name as its proceedings are titled, its year first and
    its short name last; the short name with that year (``ICCA 2024``), None for other text."""
    m = _YEAR_NAME_SHORT.fullmatch(text.strip()) if len(text) <= 200 else None
    if m is None or not _VENUE_NOUN.search(m.group(2)):
        return None
    return venues.dated(m.group(3), int(m.group(1)))


_YEAR_NAME_SHORT = re.compile(r"((?:19|20)\d\d) ((?:IEEE|ACM|The|International|Annual|\d{1,3}(?:st|nd|rd|th)) "
                              r"[^()]{10,150}) \(([A-Z][A-Za-z&-]{1,11})\)")


def in_italics(before: str, em: str) -> bool:
    """Does "In" (any italics after it) or "in" (a venue's name in them: ", in *Proc. ICASSP*, 2022.", DongKeon/
    Awesome-Speaker-Diarization, 86 lines) say where the paper appeared, *em* the italics after *before*?"""
    return before.rstrip().endswith("In") or venues.parse(em.strip(" .,;")) is not None


def in_venue(text: str) -> tuple[str, int | None] | None:
    """``In *COLT 2016*.``, ``In Proceedings of ICML 2017``: a venue introduced by "In"
    (``venues.parse``'s answer), when that is all *text* says."""
    m = _IN_VENUE.match(text)
    if not m:
        return None
    said = _PAGES.sub("", text[m.end():]).strip(" .,;/")
    found = venues.parse(said)
    held = _PLACE_AND_DAYS.fullmatch(said) if found is None and said.count(",") >= 2 else None
    if held is None:
        return found
    name, year = _PROCEEDINGS_OF.sub("", held.group(1)), int(held.group(2))  # "in Proceedings of Interspeech,
    return (name, year) if str(year) in name else venues.dated(name, year)  # Hyderabad, India, 02 – 07
    # Sep, 2018", "in Speech Prosody, Poznan, Poland, 13 – 16 June, 2018" (gerazov/prosodeep's IEEE references):
    # the meeting, where it was held and on which days, then its year; the meeting and year are the venue


_PLACE_AND_DAYS = re.compile(r"([A-Z][^,]{2,80}?),(?:\s+[A-Z][\w.-]*(?:[ -][A-Z][\w.-]*)?,){1,2}\s+"
                             r"(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+)?(?:[A-Z][a-z]{2,8}\.?\s*)?"
                             r"(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?,?\s*)?,?\s*((?:19|20)\d\d)")
_PROCEEDINGS_OF = re.compile(r"^(?:Proceedings of(?: the)?|Proc\.)\s+")


_PAGES = re.compile(r",?\s*(?:pages?|pp\.?)\s*\d+\s*[-–—]+\s*\d+\.?\s*$")  # "In Proceedings of ACL, pages 427–434."


_PUBLISHER_AFTER = re.compile(r"\.\s+(?:PMLR|IEEE|ACM|Springer|Elsevier|AAAI Press|MIT Press|"
                              r"Curran Associates(?:,? Inc)?)\.?$")


def journal(text: str) -> tuple[str, int] | None:
    """``IEEE Trans. Pattern Anal. Mach. Intell., 2020``: a journal in words and its year, as stated."""
    if len(text) > 160 or not (any(hint in text for hint in _JOURNAL_HINTS) or text.count(".") >= 2):
        return None
    m = _JOURNAL_YEAR.fullmatch(text)
    if not m or not (_JOURNAL_NAME.fullmatch(m.group(1)) or _ABBREVIATED.fullmatch(m.group(1))):
        return None
    name = _PUBLISHER_AFTER.sub("", m.group(1).rstrip(" ,"))  # "International Conference on Machine Learning.
    # PMLR, 2021" (Google Scholar's MLA, masamasa59/uncertainty-paper): the meeting, not who published it
    if name.endswith(".") and "." not in name[:-1]:
        name = name[:-1]  # "Proceedings of ... Recognition. 2016": a full stop, not "Mach. Intell." abbreviated
    return f"{name} {m.group(2)}", int(m.group(2))


def ieee_where(text: str) -> tuple[str, int, str | None] | None:
    """Where an IEEE-style reference says the paper appeared, after its quoted title: ``in *IEEE
    Transactions on Image Processing*, vol. 6, no. 3, pp. 451-462, March 1997``, ``2020 IEEE/CVF
    Conference on Computer Vision and Pattern Recognition (CVPR), Seattle, WA, USA, 2020, pp. 3060-3069,
    doi: ...``, ``*arXiv:1711.02488 [cs]*, Nov. 2017`` (dawnlh/awesome-low-light-image-enhancement, about
    70 references): the venue, its place, volume, issue and pages, the date. (The short name in brackets
    with the year, else the name as stated without "Proceedings of" and the meeting's number; the year;
    an arXiv ID the venue is), or None when *text* is not so."""
    posted = _ZOTERO_POSTED.fullmatch(text.strip()) if "arXiv:" in text else None
    if posted:  # ", Jun. 02, 2023, arXiv: arXiv:2306.01708. Available: http://...", ", ICLR 2024, arXiv: arXiv:..."
        # (Zotero's IEEE style for a preprint: tanganke/fusion_bench's reading list)
        found = venues.parse(posted.group("venue")) if posted.group("venue") else None
        year = int(posted.group("year") or posted.group("vyear"))
        return (found[0] if found else f"arXiv {year}"), year, posted.group("id")
    m = _IEEE_WHERE.fullmatch(text.strip()) if len(text) <= 400 else None
    if not m:
        return None
    name = PROCEEDINGS_OF.sub("", m.group("name").strip(" *_"))
    held = _LEADING_YEAR.match(name)
    if not (m.group("year") or (held and _MEETING.search(name))):
        return None  # ("2018 13th IEEE International Conference on ...", a meeting's name with its year, is enough)
    year = int(held.group(1)) if held else int(m.group("year"))
    posted = _ARXIV_NAME.fullmatch(name)
    if posted:
        return f"arXiv {year}", year, posted.group(1)
    short = _SHORT_NAME.search(name)
    if short:
        return venues.dated(short.group(1), year)[0], year, None
    own = venues.parse(name) if not held and name[-2:].isdigit() else None
    if own and own[1] == year:  # "“Title,” *CVPR2021*, Mar. 2021." (Lihui-Chen/Awesome-Pansharpening): the
        return own[0], year, None  # meeting written with its year already
    return f"{_ORDINAL.sub('', name[held.end():] if held else name)} {year}", year, None


_IEEE_WHERE = re.compile(
    r"[,.]?\s*(?:in:?\s+)?(?P<name>[*_]?(?:arXiv|(?-i:[A-Z0-9]))[^,\[\]]{0,200}?(?:\s*\[[\w ,.-]{1,30}\])?[*_]?)"
    r"(?P<place>(?:,\s*(?!(?:vol|no|pp?)\.|[^,]*\b(?:19|20)\d\d\b)[A-Z][\w.() -]{1,40}?){0,3})"
    r"(?P<locators>(?:,\s*(?:vol|no|pp?|art\. no)\.\s*[\w–-]+)*)"
    rf"(?:,\s*(?:\d{{1,2}}\s+)?(?:{venues.MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?P<year>(?:19|20)\d\d))?"
    r"(?:,\s*pp?\.\s*[\w–-]+)?(?:[,.]\s*doi:\s*\S*)?\.?"
    r"(?:,?\s*Accessed:[^.\[\]]{1,40}\.)?(?:\s*\[Online\]\.?(?:\s*Available:\s*\S+)?|\s*Available:\s*)?",
    re.IGNORECASE)  # ("..., Feb. 2025. Available: [http://doi.org/..](..)": robot-failures/awesome-robot-failure-
# management, its link after the words)
_ZOTERO_POSTED = re.compile(
    rf"[,.]?\s*(?:(?:{venues.MONTH}\s+\d{{1,2}},\s+)?(?P<year>(?:19|20)\d\d)|(?P<venue>[A-Z][\w&' -]{{1,40}}?\s+"
    r"(?P<vyear>(?:19|20)\d\d))),\s*arXiv:\s*(?:arXiv:)?(?P<id>\d{4}\.\d{4,5})(?:v\d+)?\.?(?:\s*doi:\s*\S+?)?\.?"
    r"(?:\s*Available:\s*\S*)?", re.IGNORECASE)  # (the address after "Available:" a link of its own)
_ARXIV_NAME = re.compile(r"(?:arXiv preprint )?arXiv:\s*(\d{4}\.\d{4,5})(?:v\d+)?(?:\s*\[[^\[\]]*\])?", re.IGNORECASE)
PROCEEDINGS_OF = re.compile(r"^(?:the\s+)?(?:proceedings|proc\.)\s+(?:of\s+)?(?:the\s+)?", re.IGNORECASE)
_MEETING = re.compile(r"\b(?:Conference|Symposium|Workshop|Meeting|Congress)\b")
_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)\s+")


def short_venue(venue: str) -> str | None:
    """A meeting's or journal's full name that gives its short name in brackets, and the year, by that
    short name: ``6th International Conference on Advanced Computing and Communication Systems (ICACCS) 2020``
    is ``ICACCS 2020`` (as ``in_proceedings`` reads Google Scholar's). A full name alone is kept as stated
    (``Advances in Neural Information Processing Systems 2021``: the labelling rules keep it so); None when
    *venue* gives no short name."""
    if _YEAR_FIRST.match(venue):  # "2016 IEEE International Conference on Bioinformatics and Biomedicine (BIBM)"
        venue = f"{venue[5:]} {venue[:4]}"  # (gokceneraslan/awesome-deepbio, IEEE's own way of naming it)
    m = _NAME_YEAR.fullmatch(venue)
    if m is None or len(m.group(1)) < 12:
        return None
    name, year = m.group(1), m.group(2)
    short = _SHORT_NAME.search(name.rstrip(" ,."))
    return f"{short.group(1)} {year}" if short and len(name[: short.start()].split()) >= 3 else None


_NAME_YEAR = re.compile(r"(.+?)[\s,.]+((?:19|20)\d\d)")
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d [A-Z]")


def _initials_spell(words: str, short: str) -> bool:
    """Do *words*' capitals begin with the letters of *short* in order, few besides (``Neural Information
    Processing Systems`` is NIPS, ``IEEE Conference on Computer Vision and Pattern Recognition`` CVPR)?"""
    letters = short.upper()
    initials = [w[0].upper() for w in words.split() if w[:1].isupper()]
    if len(letters) < 3 or not letters.isalpha() or len(initials) > len(letters) + 2:
        return False
    left = iter(initials)
    return all(letter in left for letter in letters)


_SPELLED = re.compile(r"(?P<words>[A-Z][\w&,.' -]{12,120}?)\s*[(（](?P<short>[A-Z][A-Za-z&.]*(?: [A-Z][A-Z&]{1,4})?)"
                      r"(?: (?P<year>(?:19|20)\d\d))?[)）](?:\s*[-–—]+\s*\w+)?")  # ("... (CVPR 2021) -- Updating";
# "IEEE Symposium on Security and Privacy (IEEE S&P)", cpuu/awesome-fuzzing)
_MEETING_WORDS = re.compile(r"\b(?:Conference|Symposium|Workshop|Meeting|Congress|Association|Journal|Transactions)\b")
_JOURNAL_HEADING = re.compile(r"(?:IEEE|ACM)\s+(?:Trans(?:actions)?\b|.{2,60}\b(?:Letters|Journal|Magazine)$).*",
                              re.IGNORECASE)


def spelled_venue(name: str) -> tuple[str, int | None] | None:
    """A venue a heading spells out: ``International Conference on Computer Vision (ICCV)``, its short name
    after its words (``ICCV``), with its year there too (``International Conference on Machine Learning (ICML
    2020)``, ``... (CVPR 2021) -- Updating``: weijiaheng/Advances-in-Label-Noise-Learning); ``IEEE Trans on Affective
    Computing``, ``IEEE SIGNAL PROCESSING LETTERS``, a
    journal's name as written (EvelynFan/AWESOME-FER, 24 such headings over the papers of each). None for
    other headings (``Pattern Recognition`` names a topic as often as the journal)."""
    if (m := _SPELLED.fullmatch(name)) and (_MEETING_WORDS.search(m.group("words")) or m.group("year") and
                                            _initials_spell(m.group("words"), m.group("short"))):
        # ("Neural Information Processing Systems (Nips 2020)": the words spell its short name, beside its year)
        short = f"{m.group('short')} {m.group('year')}" if m.group("year") else m.group("short")
        return venues.parse(short) or (short, None)
    if _JOURNAL_HEADING.fullmatch(name) and not venues.year_in(name):
        return name, None
    return None


# A venue in words as a citation exporter writes it (Google Scholar's MLA), then maybe its
# publisher and place, then the year: "European Conference on Computer Vision. Springer, Cham, 2016.",
# "Proceedings of the IEEE conference on computer vision and pattern recognition. 2016.", and as it writes them
# now, the place first: "European conference on computer vision. Cham: Springer International Publishing, 2016."
_PROCEEDINGS = re.compile(r"(?P<venue>[A-Z][^.!?;]{3,140}?)"
                          r"(?:\.\s+(?P<publisher>(?:[A-Z][\w]*: )?[A-Z][\w&-]*(?: [\w&-]+){0,7}"
                          r"(?:,\s*[A-Z][\w -]{1,30})?),)?"
                          r"\.?\s*\(?(?P<year>(?:19|20)\d\d)\)?")
_VENUE_WORD = re.compile(r"\b(?:conference|proceedings|journal|transactions|workshop|symposium|letters|review|"
                         r"magazine|advances in|annual meeting|international|computer vision)\b", re.IGNORECASE)


def written_venue(text: str) -> tuple[str, int] | None:
    """(venue as stated, year) of a citation's venue written in words, its publisher left out;
    None when *text* is not one (a description never ends so)."""
    m = _PROCEEDINGS.fullmatch(text.strip(" .,"))
    if not m or not _VENUE_WORD.search(m.group("venue")) or len(m.group("venue").split()) > 16:
        return None
    venue, year = m.group("venue").strip(" ,"), m.group("year")
    if venue.count("(") > venue.count(")"):  # "ACM Transactions on Graphics (SIGGRAPH 2020)" (weihaox/awesome-
        journal, _, inner = venue.rpartition("(")  # neural-rendering): the conference it was presented at, when
        found = venues.parse(f"{inner.strip()} {year}")  # one is named so; else the bracket as written
        written = f"{journal.strip()} ({inner.strip()} {year})"
        return (found[0], int(year)) if found and found[1] else (written, int(year))
    return f"{venue} {year}", int(year)


def date_then_venue(text: str) -> tuple[str | None, int] | None:
    """When, then where: ``Sep 2024 NeurIPS Workshop``, ``Sep 23 KDD``, ``May 2024 IEEE Trans. Mob``, or the date
    alone, ``Oct 2023`` (``Mon 2024``, the month left to fill in), in italics after a heading's title link
    (wxhzyr/Awesome-Fed-Reasonning-LLM, every paper). The venue in the date's year (None when the date stands
    alone), and the year; None for other text."""
    m = _DATE_VENUE.fullmatch(text.strip(" .,"))
    if m is None:
        return None
    year, name = int(m.group(1)) if len(m.group(1)) == 4 else venues.full_year(m.group(1)), m.group(2)
    if not name:
        return None, year
    if venues.preprint(name):
        return venues.as_arxiv(name, year), year
    found = venues.parse(name)
    if found and found[1]:
        return found[0], found[1]
    return (venues.with_year(found[0] if found else name, year), year) if found or _CAPITALISED.fullmatch(name) \
        else None


_DATE_VENUE = re.compile(rf"(?:(?i:{venues.MONTH})|Mon)\.? ((?:19|20)?\d\d)(?: (\S.*))?")
