"""Venues, years and dates as reading lists write them.

A venue is stored as ``NAME YEAR [track]``: lists write ``ICML'25``, ``NAACL-25``,
``AAAI2023``, ``(CVPR 2023)``, ``ACL'24 Findings``, a badge ``EMNLP'24%20Findings``
or ``Preprint'24``, and all of them mean one thing each. A venue written in a
way this module does not know is kept as stated (``Arxiv Jan 2024``,
``IEEE RAL``): paperctl never invents one.

Dates are not venues: ``(2024.03.14)``, ``25 Aug 2022``, ``2023-11-30`` or
``(Jun., 2023)`` give an entry its year, but an arXiv submission date is never
a conference's year.
"""

from __future__ import annotations

import re
import time
from functools import lru_cache
from urllib.parse import unquote

from . import people
from .makers import institution, is_maker

# Names of venues (conferences, journals, preprint servers) that appear in paper lists.
# Matched whole-word and case-insensitively; "NIPS" stays "NIPS" (as stated).
KNOWN = (
    "AAAI AACL ACCV ACL ACMMM AISTATS ALT ASPLOS BMVC CHI CIKM COLING COLM COLT CoLLAs CoNLL CoRL CVPR DAC "
    "EACL ECAI ECCV ECIR ECML EMNLP EuroSys FAccT FG HPCA ICASSP ICCAD ICCV ICDE ICDM ICLR ICME ICML ICRA "
    "ICSE IJCAI IJCNLP IJCNN INTERSPEECH Interspeech IROS ISCA ISBI JAIR JMLR KDD LoG MICCAI MICRO MIDL "
    "MLSys MM NAACL NDSS NeurIPS NIPS NSDI OSDI PAKDD PODS RecSys RSS SDM SIGGRAPH SIGIR SIGMOD SOSP TACL "
    "TKDD TKDE TMLR TNNLS TOG TOIS TPAMI PAMI TIP TMM TCSVT TVCG UAI VLDB WACV WSDM WWW 3DV IJCV ICPR "
    "AAMAS ICAPS ICWSM ISMIR LREC SemEval SIGDIAL SIGKDD UIST ICMR ICMI T-PAMI "
    "RAL RA-L TRO T-RO IJRR JFR AURO TASE TITS TIV TCYB TGRS TMI MedIA JBHI TASLP TOMM TSP TNSRE IJCARS "
    "IEEE Nature Science PNAS Neurocomputing arXiv Arxiv ArXiv arxiv CoRR OpenReview Preprint preprint "
    "bioRxiv medRxiv ChemRxiv SSRN S&P EuroS&P CCS USENIX "
    "UbiComp IMWUT ISWC CSCW MobiCom MobiSys SenSys ASRU IWSLT Eurospeech ICSLP ICIP ASP-DAC ICDAR SPIE SPL DCASE "
    "FSE ESEC ASE ISSTA TOSEM TSE OOPSLA PLDI POPL SANER ICSME ISSRE ICST TDSC TIFS"  # (software engineering's and
    # security's: zhuozhuoH/DL-TEST's headings, yueyueL/ReliableLM4Code's "(2021), ASE, C Liu, et al.")
).split()
_KNOWN_CASEFOLD = {name.casefold() for name in KNOWN}
_TRACKS = (r"Oral|Spotlight|Poster|WiP|Findings?|Short|Long|Main|Workshops?|WS|Demo(?:nstrations?)?|Highlight|"
           r"Best Paper|"
           r"Submission|Under ?Review|Industry|Outstanding Paper|Award|Research Track|Applied Data Science Track|"
           r"Survey Track|Special Track|Demo Track|Main Track|"
           r"Datasets? (?:and|&) Benchmarks?(?: [Tt]rack)?|Benchmarks? (?:and|&) Datasets?(?: [Tt]rack)?|D&B|"
           r"Datasets Track|Benchmarks Track")  # ("NeurIPS Dataset and Benchmark track 2023", ZigeW)
_NAME = r"(?:[A-Za-z]|\d[A-Za-z])[A-Za-z0-9&.@]*(?:[- ][A-Z][A-Za-z&]*)?"  # ("Rep4NLP@ACL": a workshop at a
# venue; "3DV'19", a known name that starts with a digit)
# NAME'YY, NAME’YY, NAME-YY, NAMEYYYY, NAME YYYY, NAME 'YY, NAME YY' ("(CVPR 24')"), then an optional track.
_VENUE_YEAR = re.compile(
    rf"^(?P<name>{_NAME}?)\s*(?:(?P<apos>['’‘]\s?|\s')(?P<yy>\d{{2}})(?!\d)|[-'’‘]?(?P<yyyy>(?:19|20)\d\d)|-(?P<dash>\d{{2}})(?!\d)"
    rf"|\s+(?P<yyyy2>(?:19|20)\d\d)|\s+(?P<yyq>\d{{2}})['’‘])"
    rf"(?:\s*[,-]?\s*(?P<track>(?:[A-Za-z0-9][\w-]*\s+)?(?:{_TRACKS})(?:\s+\w[\w-]*)?))?\.?$",  # ("AI4CC Workshop";
    # "NeurIPS 2024 Workshop MATH-AI", fzyzcjy/ai_math_paper_list)
    re.IGNORECASE,
)
# a workshop's short name, a comma, the conference that hosts it and the year: NAME YEAR and the workshop as its track
_WORKSHOP_AT = re.compile(r"((?:[A-Z][a-z]*[A-Z][\w&-]*|[A-Z]{2,}[\w&-]*)(?: Workshop)?|"
                          r"(?:[A-Z][\w&-]* ){1,4}Workshop), ([A-Z][A-Za-z]{1,9}) ((?:19|20)\d\d)")  # (and "ML Safety
# Workshop, NeurIPS 2022")
# "Findings of ACL 2024"; "Findings of ACL: ACL 2022" (SuperBruceJia/Awesome-LLM-Self-Consistency, as the ACL
# Anthology names them)
_FINDINGS_COLON = re.compile(r"Findings of (?:the )?([A-Z][A-Za-z]{1,9})(?:: \1)?,? ((?:19|20)\d\d)")
# "EMNLP Findings 2023", "CVPR Workshop 2021", "NeurIPS Datasets and Benchmarks 2021": a known meeting's track
# after the year, as "ACL'24 Findings" is written and the labelling rules write NAME YEAR [track]. Of the blind
# rounds' labels where a list wrote a known meeting, then "Workshop", then the year, 28 put the year first and 15
# kept the list's order; a workshop's own name ("NLLP Workshop 2023", "SCI-CHAT Workshop, 2024") is no known
# meeting and stays as written, as every label has it.
_TRACK_THEN_YEAR = re.compile(r"([A-Za-z][\w&-]{1,15})\s+(Findings|Workshops?|SRW|Oral|Spotlight|Highlight|D&B|"
                              r"Datasets? (?:and|&) Benchmarks?"
                              r"(?: Track)?|Benchmarks? (?:and|&) Datasets?(?: Track)?|Competition)(?:,?\s+|['’]\s?)"
                              r"((?:19|20)\d\d|\d\d)", re.IGNORECASE)  # (", 2023":
# junyuanM/...; "NeurIPS Datasets and Benchmarks' 24": baeseongsu/awesome-machine-learning-for-healthcare;
# "NeurIPS D&B 2024": wx0303/Agent-Safety-Paper; "ACL SRW 2020", a student research workshop, yuewang-cuhk/awesome-
# vision-language-pretraining-papers)
_HYPHENED_FINDINGS = re.compile(r"([A-Za-z]{2,10})-findings?,? ((?:19|20)\d\d)", re.IGNORECASE)
_PRE_PRINT = re.compile(r"\bpre-print\b", re.IGNORECASE)
_PREPRINT_VERSION = re.compile(r"(?i)\b(arxiv|preprint)\s*\(v\d{1,2}\)")
_UNDERSCORED_YEAR = re.compile(r"[A-Za-z][A-Za-z-]{1,15}_(?:19|20)\d\d")
_YY_MM_DD = r"\d\d\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])"
_RECEIVED_ACCEPTED = re.compile(rf"([A-Za-z][\w &.-]{{0,40}}?)\s*\(({_YY_MM_DD}),\s*(?:({_YY_MM_DD})|-)\)")
_TWO_VENUES = re.compile(r"(.+?)\s+/\s+(.+)")  # "CVPRW 2025 / arXiv 2024": where it was published, then posted
_YEAR_IN_BRACKETS = re.compile(r"([A-Za-z][\w&./ -]{0,40}?)\s*\(((?:19|20)\d\d)\)")
_COMMA_YY = re.compile(r"([A-Za-z][A-Za-z&]{1,11}), (\d\d)")
_JOINT = re.compile(r"([A-Z][A-Za-z]{1,10})/(?:([A-Z][A-Za-z]{1,10}),? )?((?:19|20)\d\d)")  # (or "ICCV/2019")
_SLASHED = re.compile(r"(?:IEEE|ACM)/(?:IEEE|ACM) [A-Z][\w-]{1,15}")  # "IEEE/ACM TASLP": two societies' journal
_TRACK_BEFORE_YEAR = re.compile(rf"(?P<name>[A-Za-z][\w&./-]*)\s*\((?P<track>{_TRACKS})\)\s+(?P<year>(?:19|20)\d\d)$",
                                re.IGNORECASE)
_PREPRINT_YY_MM = re.compile(  # ArXiv24.08, "arxiv(23.09)" (lorraine021/Awesome-MLLM-Hallucination)
    r"(ar(?:xi|ix)v)\s?(?:['’]?(\d\d)[./-](?:0?[1-9]|1[0-2])(?:[./-](?:0?[1-9]|[12]\d|3[01]))?|"
    r"\((\d\d)[./-](?:0?[1-9]|1[0-2])\))", re.IGNORECASE)  # (and its day: "Arxiv 24.01.17", yyyujintang/Awesome-Mamba-
# Papers, 43 of its 46 papers)
ARXIV_YYMM = r"(0[7-9]|1\d|2[1-9])(?:0[1-9]|1[0-2])"  # the year and month an arXiv ID has begun with since 2007 (not
# 2001-2012, years arXiv was in)
_PREPRINT_YYMM = re.compile(rf"(ar(?:xi|ix)v)(?:\s?|['’]){ARXIV_YYMM}", re.IGNORECASE)  # ("ArXiv'2403" too)
_GLUED_TRACK = re.compile(r"(.{2,40}?(?:19|20)\d\d)\s?\[((?i:short|long|oral|poster|spotlight|findings|demo|"
                          r"workshop))\]")
_PREPRINT_SLASHED_DATE = re.compile(r"((?i:arxiv))\s+(?:\d{1,2}/){1,2}((?:19|20)\d\d)")
_YEAR_MONTH = re.compile(r"([A-Za-z][\w&-]{1,15}),?\s+((?:19|20)\d\d)(?:[./-](?:0?[1-9]|1[0-2])|(?:0[1-9]|1[0-2]))")
# ("arXiv 2021-6", "Arxiv, 2024.12": ChaofanTao/Autoregressive-Models-in-Vision-Survey; "arXiv 201912": ZeroWangZY)
_TRACK_WORD = re.compile(rf"^(?:{_TRACKS})\b", re.IGNORECASE)
_UNDERSCORED_TRACK = re.compile(rf"(?<=\w)_((?i:{_TRACKS}))$")
_PREPRINT = re.compile(r"^(preprint|(?:arxiv|arvix|arixv|axriv)(?:\.org|\s+preprint)?|corr|预印本)$", re.IGNORECASE)
# ("arXiv.org": a table's Venue column, woongja/audio-deepfake-detection-papers, its name for arXiv; "ArVix",
# "arixv": its name misspelt, XiongWeiTHU/Awesome-AI-for-Atmosphere-and-Ocean, iSEngLab/AwesomeLLM4APR; "预印本",
# a preprint in Chinese: 0Seven-Deadly-Sins/awesome-video-super-resolution)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH = _MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])")  # (not "Mark, 2020": "Stevenson, Mark, 2020")
_NAME_MONTH_YEAR = re.compile(rf"([A-Za-z][\w&-]{{1,15}}),\s+(?i:{_MONTH})\.?\s+((?:19|20)\d\d)")
_MONTH_ONLY = re.compile(_MONTH, re.IGNORECASE)
_DATE = re.compile(
    rf"^\(?\s*(?:(?P<y1>(?:19|20)\d\d)[./-](?:0?[1-9]|1[0-2])(?:[./-](?:0?[1-9]|[12]\d|3[01]))?"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH},?\s*(?P<y2>(?:19|20)\d\d)"  # ("12th Jun. 2017", "12nd Apr. 2021")
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y5>(?:19|20)\d\d)"  # "May 20, 2025"
    rf"|(?P<y3>(?:19|20)\d\d)\s*年(?:\s*\d{{1,2}}\s*月)?(?:\s*\d{{1,2}}\s*日)?"
    rf"|(?:0?[1-9]|1[0-2])[/-](?P<y4>(?:19|20)\d\d))\s*\)?\.?$",  # ("12/2024", "03-2025")
    re.IGNORECASE,
)
_YEAR = re.compile(r"^\(?\s*((?:19|20)\d\d)\s*\)?\.?$")
DATE, YEAR = _DATE, _YEAR  # (what ``badges`` reads a badge's date with)
_MARKS = r"[\s\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\ufe0f\u200d]+"  # emoji and symbols, and spaces
TRAILING_MARKS = re.compile(_MARKS + "$")
_MARKS_AROUND = re.compile(f"^{_MARKS}|{_MARKS}$")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
ARXIV_SPACED = re.compile(r"(?i:arxiv) \d{4}\.\d{4,5}(?:v\d+)?\.?")  # "ArXiv 2108.07846v2": the ID, "arXiv" before it
_ARXIV_TEXT = re.compile(r"\barxiv(?:\s*:\s*|\.(?=\d{4}\.))"
                         r"(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)", re.IGNORECASE)
# Compiled once (not ``re.split(r"...", ...)`` at each call: the module functions look their
# pattern up in re's cache every time, a third of the cost of a short search).
_WORD_CUT = re.compile(r"[\s-]")
_DIGIT = re.compile(r"\d")  # (what _VENUE_YEAR's year needs; its name part backtracks on words)
_SPACED_YY = re.compile(r"((?:19|20)\d\d)\s+([A-Za-z][\w-]{1,12})|((?:(?:ACM|IEEE) )?[A-Za-z][\w-]{1,12})\s+(\d{2})")
_YEAR_NAME_TRACK = re.compile(rf"((?:19|20)\d\d)\s+([A-Za-z][\w&-]{{1,15}})\s+({_TRACKS})", re.IGNORECASE)
_YEAR_GLUED_NAME = re.compile(r"((?:19|20)\d\d)([A-Za-z][A-Za-z&]{1,9}(?:-[A-Z]{1,3})?(?: [A-Z]{2,4})?)")
_NOT_VENUES = {"GAN", "GANS", "CNN", "RNN", "LLM", "LLMS", "NLP", "THE", "AND", "FOR", "NEW", "HOT", "SOTA", "TBD",
               "COVID"}  # (COVID-19: a disease, not a meeting of 2019)
_CAPS = re.compile(r"[A-Z]{3,6}W?")  # "(2019 BTAS)", "(2020 WIFS)" (clpeng/Awesome-Face-Forgery-Generation-...)
_SOCIETY = re.compile(r"(IEEE|ACM)\s*\(([A-Z][A-Za-z-]{1,10})\)")
NEXT_YEAR = _NEXT_YEAR = time.localtime().tm_year + 1
# "KDD19", "KDD20 Workshop", "Findings of EMNLP20", "Finding of EMNLP-20" (1429904852/Aspect-Based-Sentiment-
# Analysis), "ASP-DAC24" (yangluo23/LLM4EDA; a known name: "UNSW-NB15" is a dataset)
_GLUED_YY = re.compile(rf"(?P<findings>findings? of )?(?P<name>[A-Za-z]{{2,10}}(?:-[A-Z]{{2,6}})?)(?(findings)-?)"
                       rf"(?P<yy>\d{{2}})(?:,? (?P<track>{_TRACKS}))?", re.IGNORECASE)
_GLUED_YY_WORKSHOP = re.compile(r"([A-Za-z]{2,10})(\d\d) ([A-Z][A-Z0-9-]{1,9})")
_APOSTROPHE_YEAR_FIRST = re.compile(r"['’‘](\d{2})[-\s]?([A-Za-z][\w&-]*(?: [A-Za-z][\w&-]*)?)")
_WITH_TRACK = re.compile(r"^(.*?\S)\s*\(([^()]{1,30})\)$")  # "NeurIPS 2017 (Oral)"


def capitalised(fewest: int, most: int, colon: bool = False) -> str:
    """A pattern for a name in capitalised words (``Journal of Neural Computation``, ``Radiology:
    Artificial Intelligence``): a capitalised word, then *fewest* to *most* more, each capitalised
    or a joining word. Where a list names a journal or a venue in words, every reader of one uses it."""
    word = r"[A-Z][\w&-]*" + (":?" if colon else "")
    return rf"{word}(?: (?:{word}|of|and|for|on|in|the|&)){{{fewest},{most}}}"


FOUR_DIGIT_YEAR = re.compile(r"(?:19|20)\d\d")


def full_year(yy: str) -> int:
    """A two-digit year in full: ``18`` is 2018, ``98`` is 1998."""
    value = int(yy)
    return 2000 + value if value < 70 else 1900 + value


_COMPACT_DATE = re.compile(r"((?:19|20)\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?")  # (SOTA-MedSeg's Date column)


_TIMESTAMP = re.compile(r"((?:19|20)\d\d-\d\d-\d\d)T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")


@lru_cache(maxsize=8192)
def year_of_date(text: str) -> int | None:
    """The year of a date as lists write it (``2024.03.14``, ``25 Aug 2022``, ``May 20, 2025``,
    ``(Jun., 2023)``, ``2023-11``, ``2024年3月``, a bare year), else None."""
    if len(text) > 60:
        return None
    text = text.strip().strip("`*_ ")
    if "19" not in text and "20" not in text:  # (exact: every form holds a year, 19xx or 20xx)
        return None
    if not text[-1:].isascii():  # "2025.12 🔥" (ZihanChen1995/awesome-llm-social-simulation's Date column): a mark
        text = TRAILING_MARKS.sub("", text)  # after the date
    if "\u2011" in text or "\u2010" in text:  # "2023&#8209;11" (smsnobin77/Awesome-Multimodal-Unlearning's Date
        text = text.replace("\u2011", "-").replace("\u2010", "-")  # column, 102 rows): a hyphen that does not break
    if "T" in text and (stamp := _TIMESTAMP.fullmatch(text)):  # "2026-09-24T14:25:00+00:00" (will-rice/speech-
        text = stamp.group(1)  # enhancement-papers' Published column): the date of an ISO 8601 timestamp
    m = _DATE.match(text) or _YEAR.match(text)
    if not m:
        compact = _COMPACT_DATE.fullmatch(text) if text[:1] in "12" else None  # "20201008", "202004"
        return int(compact.group(1)) if compact else None
    if m.re is _YEAR:
        return int(m.group(1))
    return int(next(g for g in (m.group("y1"), m.group("y2"), m.group("y3"), m.group("y4"), m.group("y5")) if g))


def is_known_name(word: str) -> bool:
    """Is *word* a venue's name lists are known to cite (or two joined by a slash: ``ESEC/FSE``, one meeting)?"""
    folded = word.casefold()
    return folded in _KNOWN_CASEFOLD or "/" in folded and all(part in _KNOWN_CASEFOLD for part in folded.split("/"))


def name_known(name: str) -> bool:
    """Is *name* (its first word, or all of it) a venue lists are known to cite?"""
    return _name_known(name)


def _name_known(name: str) -> bool:
    first = _WORD_CUT.split(name.strip())[0] if name.strip() else ""
    if "@" in first:  # "Rep4NLP@ACL": a workshop at a known venue
        return first.count("@") == 1 and first[0] != "@" and is_known_name(first.split("@")[1])
    if first.upper() in ("ACM", "IEEE") and len(words := name.split()) == 2:  # "ACM MM", "IEEE TPAMI"
        return is_known_name(words[1]) or _acronym(words[1])
    return is_known_name(first) or is_known_name(name.strip())


_PAIRS = {"(": ")", "[": "]", "【": "】", "（": "）"}


PREPRINT_SERVER = re.compile(r"biorxiv|medrxiv|chemrxiv|techrxiv|psyarxiv|socarxiv|engrxiv|eartharxiv|ssrn"
                             r"|research square|preprints(?:\.org)?", re.IGNORECASE)  # a preprint server's name
_HELD_AT = re.compile(r"([A-Z][\w-]*(?: [\w-]+){0,4} (?:Workshop|Challenge|Tutorial)|[A-Z][A-Z0-9-]{2,15}) (at|@) "
                      r"([A-Z][A-Za-z-]*),? ?((?:19|20)\d\d)")  # (and a workshop's acronym: "ENLSP at NIPS2024", a
# badge's "ENLSP_at_NIPS2024", hemingkx/SpeculativeDecodingPapers)
_SLASHED_YEAR = re.compile(r"((?:19|20)\d\d) ?/ ?([^/\d].*)|([^/]*[^/\d ]) ?/ ?((?:19|20)\d\d)")
_NAME_DAY_YEAR = re.compile(rf"([A-Za-z][\w&.' -]{{1,40}}?),\s+(?i:{MONTH})\.?\s+\d{{1,2}},\s+((?:19|20)\d\d)")
_YEAR_COMMA_MONTH = re.compile(r"((?:19|20)\d\d),\s?(?:0?[1-9]|1[0-2])$")
_ARXIV_CATEGORY = re.compile(r"\s*\\?\[[A-Za-z-]+(?:\.[A-Za-z]{2})?\\?\]")
_APOSTROPHE_SPACE_YEAR = re.compile(r"(?<=[A-Za-z])['’]\s+(?=(?:19|20)\d\d$)")
_PUBLISHER_HYPHEN = re.compile(r"(IEEE|ACM)-([A-Z][A-Za-z]+)")
_AFTER_WORD_GLUED_YY = re.compile(r"(.* [A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*)(\d\d)")


@lru_cache(maxsize=8192)
def parse(text: str) -> tuple[str, int | None] | None:
    """``(venue, year)`` if *text* is a venue as lists write one, normalised to
    ``NAME YEAR [track]``; ``None`` when *text* is not a venue (a title, a date).

    >>> parse("ICML'25"), parse("NAACL-25"), parse("(CVPR2023)"), parse("ACL'24 Findings")
    (('ICML 2025', 2025), ('NAACL 2025', 2025), ('CVPR 2023', 2023), ('ACL 2024 Findings', 2024))
    """
    if len(text) > 120:
        return None
    raw = (unquote(text) if "%" in text else text).strip()  # (unquote returns a text without "%" as it is)
    if raw[:1] in _PAIRS and raw.endswith(_PAIRS[raw[0]]):
        raw = raw[1:-1]  # "(CVPR 2023)", "[ICLR 2024]": the brackets around a venue
    raw = raw.strip(" *_.,;:")
    if raw and not (raw[0].isascii() and raw[-1].isascii()):  # "📖 CVPR 2023" (xinchengshuai/Awesome-Image-
        raw = _MARKS_AROUND.sub("", raw) or raw  # Editing, 124 papers), "CVPR 2023 🔥": marks, not the venue's
    raw = " ".join(raw.split())
    if "[" in raw and raw[:5].lower() == "arxiv":  # "*arXiv \\[Cs.CL\\]*" (Zotero's Chicago style, usuyama/awesome-o1):
        raw = _ARXIV_CATEGORY.sub("", raw)  # the preprint's subject class, no part of where it is
    if raw.count(",") >= 2 and (dayed := _NAME_DAY_YEAR.fullmatch(raw)):
        raw = f"{dayed.group(1)} {dayed.group(2)}"  # "arXiv, November 12, 2019" (Zotero's Chicago style, Sinp17/
        # Awesome-Model-Compression-in-Recommender-Systems, 17 of its 35 citations): where, the day, the year
    if "," in raw[-5:]:
        raw = _YEAR_COMMA_MONTH.sub(r"\1", raw)  # "ArXiv, 2023, 09" (colorful-liyu/awesome-3D-editing's Venue
        # column, every row): where, the year, then the month
    if "' " in raw or "’ " in raw:  # "[Arxiv' 2023] **Title**" (yhLeeee/Awesome-LLMs-in-Graph-tasks, 45 entries)
        raw = _APOSTROPHE_SPACE_YEAR.sub(" ", raw)
    if raw[:5] in ("Proc.", "proc.") and len(raw) > 6 and raw[5:].split()[0] not in ("IEEE", "ACM") and (
            found := parse(raw[5:])) is not None:  # (not "Proc. IEEE", the journal Proceedings of the IEEE)
        return found  # "Proc. ICASSP", "Proc. ICASSP, 2022" (DongKeon/Awesome-Speaker-Diarization, 86 lines): the
        # meeting's proceedings, as a citation abbreviates them: the meeting
    if raw[-9:].lower() == " preprint" and PREPRINT_SERVER.fullmatch(raw[:-9]):
        return raw[:-9], None  # "[[bioRxiv preprint](biorxiv)]" (hussius/deeplearning-biology): the server
    if "(v" in raw:  # "arXiv(v1) 2024" (WILLOSCAR/Awesome-HCI-LLM's Source column, 40 rows): the preprint's version
        raw = _PREPRINT_VERSION.sub(r"\1", raw)
    if "-" in raw:  # "EMNLP-findings 2021", "Pre-print 2021" (yilunzhao/Awsome-Table-Reasoning): the track after
        hyphened = _HYPHENED_FINDINGS.fullmatch(raw)  # the year, as "ACL'24 Findings" is "ACL 2024 Findings"
        raw = f"{hyphened.group(1)} {hyphened.group(2)} Findings" if hyphened else _PRE_PRINT.sub("Preprint", raw)
    if "_" in raw:  # "ACL'23_short"; "EMNLP_2022" (FutureForMe/Awesome-Chinese-Medical-NLP, its year headings)
        raw = _UNDERSCORED_TRACK.sub(lambda m: f" {m.group(1).capitalize()}", raw)
        raw = raw.replace("_", " ") if _UNDERSCORED_YEAR.fullmatch(raw) else raw
    hyphened = _PUBLISHER_HYPHEN.fullmatch(raw) if "-" in raw else None
    if hyphened and (found := parse(f"{hyphened.group(1)} {hyphened.group(2)}")):  # "(IEEE-TII)" after a title
        return raw, found[1]  # (jstudy/Awesome-Defect-Detection, 20 lines): as written
    comma_yy = _COMMA_YY.fullmatch(raw) if ", " in raw and raw[-2:].isdigit() else None
    if comma_yy and (is_known_name(comma_yy.group(1)) or comma_yy.group(1).isupper()):
        return parse(f"{comma_yy.group(1)}'{comma_yy.group(2)}")  # "**Title**. MLCAD, 22." (Thinklab-SJTU/EDA-AI,
        # 33 of its 34 papers): the name, a comma, the year's last digits
    glued = _AFTER_WORD_GLUED_YY.fullmatch(raw) if " " in raw and raw[-2:].isdigit() else None
    if glued and (found := parse(f"{glued.group(1)} {glued.group(2)}")):  # "IEEE TNNLS19" (jiwei0921/SOD-CNNs-
        return found  # based-code-summary-, 11 lines): a short name and a year's last digits, after a word
    monthly = _PREPRINT_YY_MM.fullmatch(raw) if "." in raw or "'" in raw or "’" in raw else None
    if monthly:  # "Arxiv'24.05" (Qinying-Liu/Awesome-Open-Vocabulary-Semantic-Segmentation, also "Arixv'24.05")
        year = full_year(monthly.group(2) or monthly.group(3))
        return f"{monthly.group(1) if monthly.group(1).lower() == 'arxiv' else 'arXiv'} {year}", year
    compact = _PREPRINT_YYMM.fullmatch(raw) if raw[-4:].isdigit() else None
    if compact:  # "*Arxiv 1707*" (markdtw/awesome-architecture-search): the year and month its arXiv ID begins
        year = 2000 + int(compact.group(2))  # with; not "arXiv 2012", a year (arXiv was, in 2001-2012)
        name = compact.group(1)  # (as written, "Arxiv 2403" as "Arxiv 2024"; "[arxiv 2402](..)" as "arXiv 2024")
        return f"{name if name[0].isupper() and name.lower() == 'arxiv' else 'arXiv'} {year}", year
    named = _NAME_MONTH_YEAR.fullmatch(raw) if raw[-4:].isdigit() and " " in raw else None
    if named and _name_known(named.group(1)) and not _PREPRINT.match(named.group(1)):  # "*CoRL, Sep 2022*"
        # (GT-RIPL/Awesome-LLM-Robotics, 26 lines: a meeting and its month; a preprint's month is kept as written)
        return parse(f"{named.group(1)} {named.group(2)}")
    month = _YEAR_MONTH.fullmatch(raw) if raw[-3:-2] in (".", "-", "/") or raw[-2:-1] in (".", "-", "/") or (
        raw[-6:].isdigit() and raw[-7:-6] == " ") else None
    if month and (_PREPRINT.match(month.group(1)) or _name_known(month.group(1)) and "," not in raw):
        return parse(f"{month.group(1)} {month.group(2)}")  # "arXiv 2025.12" (YanjieZe/awesome-humanoid-robot-
        # learning), "CoRL 2025-11": the venue and the month it appeared; the year is the venue's
    glued = _GLUED_TRACK.fullmatch(raw) if raw.endswith("]") else None
    if glued and (found := parse(glued.group(1))) and found[1]:  # "ACL 2019[short]" (ha-lins/MetaLearning4NLP-
        return f"{found[0]} {glued.group(2)}", found[1]  # Papers): the track in brackets, as written
    slashed = _PREPRINT_SLASHED_DATE.fullmatch(raw) if "/" in raw else None
    if slashed and int(slashed.group(2)) <= _NEXT_YEAR:  # "(arXiv 07/08/2023)" (pansanity666/Awesome-Avatars, 11
        return as_arxiv(slashed.group(1), int(slashed.group(2))), int(slashed.group(2))  # entries): the day posted
    year_first = _APOSTROPHE_YEAR_FIRST.fullmatch(raw) if raw[:1] in "'’‘" else None
    if year_first:  # "'17-CVPR" (hwalsuklee/awesome-deep-text-detection-recognition's Conf. column): CVPR 2017
        return parse(f"{year_first.group(2)}'{year_first.group(1)}")
    track = _WITH_TRACK.match(raw) if ")" in raw else None  # (exact: it needs one; its lazy .*? is not free)
    if track and _TRACK_WORD.search(track.group(2)):
        found = parse(track.group(1))  # "NeurIPS 2017 (Oral)": the venue, with its track as written
        return (f"{found[0]} ({track.group(2)})", found[1]) if found else None
    if track and _MONTH_ONLY.fullmatch(track.group(2).strip()):
        found = parse(track.group(1))  # "EMNLP 2024 (Sep)" (zhengxuJosh/Awesome-RAG-Vision): the month it came out
        return found if found and found[1] else None
    if not raw or len(raw) > 60:
        return None
    if not _DIGIT.search(raw):  # no year (every year form, and every date, has digits): a venue named alone (asked
        # first: each shape below needs a digit, and most text asked about, names or words, has none)
        society = _SOCIETY.fullmatch(raw) if "(" in raw else None
        if society:  # "IEEE(ICRA)" (WooooDyy/LLM-Agent-Paper-List): IEEE ICRA
            return f"{society.group(1)} {society.group(2)}", None
        return _undated(raw)
    slashed_year = _SLASHED_YEAR.fullmatch(raw) if "/" in raw else None
    if slashed_year:  # "2025 / ACL Findings" (chrisjihee/SLM-Math-papers' "Year / Venue" column): a year and a venue
        name, year = slashed_year.group(2) or slashed_year.group(3), slashed_year.group(1) or slashed_year.group(4)
        found = parse(f"{name} {year}") if not FOUR_DIGIT_YEAR.fullmatch(name) and (
            slashed_year.group(3) or _name_known(name) or _PREPRINT.match(name)) else None  # (a year first: a
        # known name after it, not "2025/TeLoGraF...", a year and a paper's name, JatinThakur2/Neurosymbolic-AI-Papers)
        if found and found[1] == int(year):
            return found
    joint = _JOINT.fullmatch(raw) if "/" in raw else None
    if joint and _name_known(joint.group(1)) and _name_known(joint.group(2) or joint.group(1)):  # "EMNLP/IJCNLP,
        year = int(joint.group(3))  # 2019" (yajingyang/Data-to-text_Generation_Papers, 10 lines): two meetings held
        return (f"{joint.group(1)}/{joint.group(2)} {year}", year) if joint.group(2) else parse(f"{joint[1]} {year}")
        # as one; "**[ICCV/2019]** [Title](..)" (emma-sjwang/Reading_list): a meeting and its year, parted by a slash
    held = _HELD_AT.fullmatch(raw) if " at " in raw or "@" in raw else None
    if held and _name_known(held.group(3)):  # "EgoVis Workshop at CVPR, 2026" (faccoco/awesome-hand-object-
        return f"{held.group(1)} {held.group(2)} {held.group(3)} {held.group(4)}", int(held.group(4))  # interaction),
        # "TRL @ NeurIPS 2024" (Awesome Prior-Data Fitted Networks, 29 rows): as written, "at" or "@"
    findings = _FINDINGS_COLON.fullmatch(raw) if raw[:8] == "Findings" else None
    if findings and _name_known(findings.group(1)):
        return f"{findings.group(1)} {findings.group(2)} Findings", int(findings.group(2))
    hosted = _WORKSHOP_AT.fullmatch(raw) if ", " in raw else None
    if hosted and _name_known(hosted.group(2)) and not _name_known(hosted.group(1).split()[0]) and \
            hosted.group(1) not in ("IEEE", "ACM", "CVF", "AAAI", "PMLR") and not is_maker(hosted.group(1)):
        # "FigLang, ACL 2020", "HML Workshop, ACL 2020" (declare-lab/awesome-emotion-recognition-in-conversations);
        # not "(ByteDance, RecSys 2025)", who made it (byby221b/Awesome-CTR-Scaling)
        return f"{hosted.group(2)} {hosted.group(3)} {hosted.group(1)}", int(hosted.group(3))
    if "/" in raw[3:5] and raw[-5:-4] == " " and _SLASHED.fullmatch(raw[:-5]) and FOUR_DIGIT_YEAR.fullmatch(raw[-4:]):
        return raw, int(raw[-4:])  # "**IEEE/ACM TASLP 2022**" (microsoft/NeuralSpeech), as in brackets below
    bracketed = _YEAR_IN_BRACKETS.fullmatch(raw) if raw.endswith(")") else None
    if bracketed:  # "NeurIPS (2020)", "IEEE/ACM TASLP (2021)" (Nanboy-Ronan/Awesome-Audio-LLM-Agents)
        found = parse(f"{bracketed.group(1)} {bracketed.group(2)}")
        return found or (f"{bracketed.group(1)} {bracketed.group(2)}", int(bracketed.group(2))) if _SLASHED.fullmatch(
            bracketed.group(1)) else found
    ordered = _TRACK_THEN_YEAR.fullmatch(raw) if " " in raw else None
    if ordered and _name_known(ordered.group(1)):  # (VIPL-SLP/awesome-sign-language-processing, 10 lines)
        year = ordered.group(3)
        found = parse(f"{ordered.group(1)} {year}" if len(year) == 4 else f"{ordered.group(1)}'{year}")
        return (f"{found[0]} {ordered.group(2)}", found[1]) if found else None
    dated = _RECEIVED_ACCEPTED.fullmatch(raw) if raw.endswith(")") and "." in raw else None
    if dated:  # "TGRS(24.04.28, 25.01.17)", "arXiv(24.04.12, -)" (BaoBao0926/Awesome-Mamba-in-Remote-Sensing, a
        year = 2000 + int((dated.group(3) or dated.group(2))[:2])  # "Venue(received, accepted)" column): the year
        return (f"{dated.group(1)} {year}", year) if year <= _NEXT_YEAR else None  # it was accepted, else received
    two = _TWO_VENUES.fullmatch(raw) if " / " in raw else None
    if two and (first := parse(two.group(1))) and first[1] and parse(two.group(2)):  # (zhongjingyu1/Awesome-Train-
        return first  # Free-MLLM-LVLM-Hallucination-Mitigation, a Venue column): the first it names
    if two and _PREPRINT.match(two.group(1).strip()) and (then := parse(two.group(2))) and then[1]:
        return then  # "**arXiv / ACL 2024**" (PKU-Fgx/RLVR-Survey): posted, then published where it names a year
    inside = _TRACK_BEFORE_YEAR.match(raw) if "(" in raw else None
    if inside:  # "ACL (Findings) 2023": the year, then the track
        found = parse(f"{inside.group('name')} {inside.group('year')}")
        return (f"{found[0]} {inside.group('track')}", found[1]) if found else None
    spaced = _SPACED_YY.fullmatch(raw)
    if spaced and (is_known_name(spaced.group(2) or spaced.group(3)) or (spaced.group(2) and _CAPS.fullmatch(
            spaced.group(2)) and spaced.group(2) not in _NOT_VENUES) or (spaced.group(3) and _acronym(
            spaced.group(3).split()[-1]))):  # ("(ACM MM 21)", "(TOMCCAP 17)": feifeiobama/Awesome-Person-ReID)
        # "(ICLR 19) Title" (feifeiobama/Awesome-Continual-Learning), "(2019 EMNLP)" (zhijing-jin/CausalNLP_Papers)
        year = int(spaced.group(1)) if spaced.group(1) else full_year(spaced.group(4))
        return (f"{spaced.group(2) or spaced.group(3)} {year}", year) if year <= _NEXT_YEAR else None
    tracked = _YEAR_NAME_TRACK.fullmatch(raw) if raw[:2] in ("19", "20") else None
    if tracked and is_known_name(tracked.group(2)) and int(tracked.group(1)) <= _NEXT_YEAR:
        # "`[2021 NeurIPS Oral]`" (QinYang79/Awesome-Noisy-Correspondence): NAME YEAR track, as the rules write it
        return f"{tracked.group(2)} {tracked.group(1)} {tracked.group(3)}", int(tracked.group(1))
    glued = _YEAR_GLUED_NAME.fullmatch(raw) if raw[:2] in ("19", "20") else None
    if glued and (_name_known(glued.group(2)) or _acronym(glued.group(2))) and int(glued.group(1)) <= _NEXT_YEAR:
        # "2024TPAMI", "2023ACM MM", "2022arxiv" (gyguo/awesome-weakly-supervised-object-localization, 48 entries)
        return f"{glued.group(2)} {glued.group(1)}", int(glued.group(1))
    if year_of_date(raw) is not None and not _name_known(raw.split()[0]):
        return None
    workshop = _GLUED_YY_WORKSHOP.fullmatch(raw) if " " in raw else None
    if workshop and is_known_name(workshop.group(1)):  # "[[NeurIPS22 OPT]](arXiv)" (tanganke/Mode-Connectivity):
        year = full_year(workshop.group(2))  # a workshop's short name after the meeting and its year
        return f"{workshop.group(1)} {year} {workshop.group(3)}", year
    glued = _GLUED_YY.fullmatch(raw)
    if glued and (is_known_name(glued.group("name")) or (glued.group("name").isupper() and len(glued.group(
            "name")) >= 3 and "-" not in glued.group("name") and full_year(glued.group("yy")) <= _NEXT_YEAR)):
        # "KDD19", "Findings of EMNLP20" (xcfcode/Summarization-Papers); an unknown name in capitals too, as a
        # venue column writes it ("SLT18", "ICMI16"), but not "RTX30"
        year = full_year(glued.group("yy"))
        track = " Findings" if glued.group("findings") else f" {glued.group('track')}" if glued.group("track") else ""
        return f"{glued.group('name')} {year}{track}", year
    held = _YEAR_THEN_WORKSHOP.fullmatch(raw) if " " in raw else None
    if held and is_known_name(held.group("name")) and (found := parse(held.group("head"))) and found[1]:
        # "NeurIPS'22 Workshop on TRL" (wwweiwei/awesome-self-supervised-learning-for-tabular-data): a workshop,
        # after its meeting (one word alone after the year is no workshop's: "KDD'22 GraphMAE: Title", a method)
        return f"{found[0]} {held.group('rest')}", found[1]
    m = _VENUE_YEAR.match(raw)
    if m and m.group("name"):
        name = m.group("name").strip(" -")
        if not name or (not _name_known(name) and not _acronym(name)):
            return _worded(raw)
        yyyy = m.group("yyyy") or m.group("yyyy2")
        year = int(yyyy) if yyyy else full_year(m.group("yy") or m.group("dash") or m.group("yyq"))
        track = f" {m.group('track')}" if m.group("track") else ""
        track = " Findings" if track.casefold() == " finding" else track  # ("[**NAACL'25** Finding]", ZLKong's list)
        words = name.split()
        if len(words) == 2 and not track and _TRACK_WORD.fullmatch(words[1]) and not yyyy:
            # "ICLR Workshop'25" is ICLR 2025 Workshop, NAME YEAR [track]; a year in full is as stated (the
            # user's own list writes "ACL Findings 2024")
            name, track = words[0], f" {words[1]}"
        return f"{name} {year}{track}", year
    if not _ANY_YEAR.search(raw):
        found = _undated(raw) or _worded(raw)
        if found:
            return found
    # Known name, year and track in another order ("ACL 2019,short", "IEEE Trans, 2019", "ICLR 2024 Oral").
    words = raw.replace(",", " ").split()
    if len(words) == 2 and "," in raw and _acronym(words[0]) and re.fullmatch(r"(?:19|20)\d\d", words[1]):
        return f"{words[0]} {words[1]}", int(words[1])  # "JASA, 2020", as "JASA 2020"
    if words and (_name_known(words[0]) or _SOCIETY_SHORT.match(raw)) and len(words) <= 6 and all(
            re.fullmatch(r"[\w.&'-]+", w, re.ASCII) for w in words):
        years = [w for w in words if re.fullmatch(r"(?:19|20)\d\d", w)]
        lead = words[0].upper() in ("IEEE", "ACM")
        others = [w for w in words[1:] if w not in years]
        if len(years) == 1 and all(_EXTRA.match(w) or (lead and re.fullmatch(r"[A-Z]{2,8}", w)) or (
                lead and len(others) == 1 and re.fullmatch(r"[A-Z][a-z]{3,15}", w)) for w in others):
            # ("IEEE Access, 2018": junjun-jiang/Hyperspectral-Image-Denoising-Benchmark, a journal named by its
            # publisher and one word)
            if _PREPRINT.match(words[0]) and all(re.fullmatch(_MONTH, w, re.IGNORECASE) for w in others):
                return f"{words[0]} {years[0]}", int(years[0])  # "arXiv, Mar 2024": the month it was posted
            rest = [w for w in words if w != years[0]]
            return " ".join([*rest[:_name_len(rest)], years[0], *rest[_name_len(rest):]]), int(years[0])
    return None


_YEAR_THEN_WORKSHOP = re.compile(r"(?P<head>(?P<name>[A-Za-z][A-Za-z-]{1,15})\s?(?:['’]\d{2}|(?:19|20)\d{2}))\s+"
                                 r"(?P<rest>Workshop on [\w&/ -]{2,40}|[A-Z][A-Za-z0-9-]{1,20} [Ww]orkshop)")


# A venue in capitalised words with an apostrophe year: "Journal of Neural Computation' 01", "Signal
# Processing' 14", "MLSDA Workshop' 14" (hoya012/awesome-anomaly-detection, beside "[AICS' 09]").
# The apostrophe before two digits says "a venue's year" as nothing in a title does.
_WORDS_APOSTROPHE_YEAR = re.compile(rf"(?P<name>{capitalised(0, 8)})"
                                    r"\s?['’‘]\s?(?P<yy>\d{2})")


def _worded(raw: str) -> tuple[str, int] | None:
    m = _WORDS_APOSTROPHE_YEAR.fullmatch(raw) if "'" in raw or "’" in raw or "‘" in raw else None
    if not m:
        return None
    year = full_year(m.group("yy"))
    return f"{m.group('name')} {year}", year


COMMA_YEAR = re.compile(r"\s*,\s*((?:19|20)\d\d)\b")  # ", 2023" after a venue written apart (in italics, in words)
_NAME_COMMA_YEAR = re.compile(rf"({capitalised(0, 8)}),\s*((?:19|20)\d\d)")  # ("IEEE Transactions on ..., 2022")
_PARTS = {"part", "vol", "vol.", "volume", "chapter", "episode", "season", "round", "phase", "version", "edition"}


def venue_then_note(text: str) -> tuple[tuple[str, int], str] | None:
    """``EMNLP2019 南京大学``, ``PVLDB2018 复旦郑卫国`` (cdhx/KBQA-paper, about 55 of its entries, in brackets glued to
    the title): a venue and its year, then a note in Chinese (who wrote it, where). ((venue, year), the note)."""
    head, _, note = text.strip().partition(" ")
    if note and _CJK_NOTE.fullmatch(note.strip()):
        found = parse(head)
        return ((found[0], found[1]), note.strip()) if found and found[1] else None
    m = _KNOWN_THEN_WHO.fullmatch(text.strip())  # "EMNLP 2020 FBAI", "ACL2021 IBM Watson", "TACL 2019 AI2" (cdhx/
    found = parse(m.group(1)) if m and not _NOT_WHO.search(m.group(2)) and not parse(text) else None  # KBQA-
    # paper): who, in Latin letters (not "ICML 2024 ICL workshop", "NeurIPS 2024 DB track": a track of the venue)
    return ((found[0], found[1]), m.group(2)) if found and found[1] and name_known(found[0]) else None  # letters


_KNOWN_THEN_WHO = re.compile(r"([A-Za-z]{2,10} ?(?:19|20)\d\d) ([A-Z][\w&.-]*(?: [A-Za-z][\w&.-]*){0,2})")
_NOT_WHO = re.compile(rf"\b(?i:{_TRACKS}|Accepted|Submitted|Preprint|Papers?|Conference|Proceedings|Tutorials?|"
                         r"Tracks?|Honou?rable|Version|Position|WS)\b")  # ("EMNLP2019 WS": a workshop)
_CJK_NOTE = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff\s、，,·&()（）A-Za-z]{0,40}")


def named_and_dated(text: str) -> tuple[str, int] | None:
    """``Energy, 2022``, ``Pattern Recognition, 2021`` in brackets after a title (KimMeen/Awesome-GNN4TS):
    a journal in capitalised words, a comma, its year; (``Energy 2022``, 2022). Not a maker
    (``Microsoft, 2023``) or an institution (``University of Cambridge, 2023``)."""
    m = _NAME_COMMA_YEAR.fullmatch(text.strip()) if "," in text else None
    if not m or institution(m.group(1)) or m.group(1).split()[0].casefold() in _PARTS or people.particle_family(
            m.group(1)) or re.fullmatch(MONTH + r"\.?", m.group(1), re.IGNORECASE):  # (nor "Part II, 2024", the
        return None  # title's own; nor "(De Cristofaro, 2020)", who wrote it and when: stratosphereips/awesome-ml-
        # privacy-attacks; nor "[November, 2024] [CVPR, 2025]", when, then where: lx6c78/Vision-Mamba-A-...)
    return f"{m.group(1)} {m.group(2)}", int(m.group(2))


def _undated(raw: str) -> tuple[str, None] | None:
    """``TNNLS``, ``IEEE RAL``, ``Arxiv``: a venue without a year (*raw*, as ``parse`` tidied it,
    holds none), else None."""
    if raw.casefold().rstrip(".") in ("technical report", "tech report", "tech. rep", "white paper"):
        return raw, None  # "D. Mihalcik and D. Doermann, Technical report." (jinwchoi/awesome-action-recognition)
    if raw.casefold() == "arxiv preprint":  # "Title* , arXiv preprint | **Name** |" (yukyunglee/Awesome-
        return "arXiv", None  # Dialogue-State-Tracking): a preprint, as "arXiv preprint 2020" is arXiv 2020
    words = raw.split()
    if words and len(words) <= 4 and (is_known_name(raw) or (
            is_known_name(words[0]) and all(_EXTRA.match(w) or (
                words[0].upper() in ("IEEE", "ACM", "USENIX") and re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", w))
                for w in words[1:]))) \
            or _SOCIETY_SHORT.fullmatch(raw) and is_known_name(raw[4:]):  # ("ACM MM", "ACM TOG": the society and a
        # known short name, as "IEEE TIP" is; "IEEE S&P", "USENIX Security": cpuu/awesome-fuzzing's headings)
        return raw, None
    return None


_SOCIETY_SHORT = re.compile(r"ACM [A-Z]{2,6}\b")  # "ACM MM", "ACM TKDD, 2022" (not "ACM-BANet", "ACM Trans. Graph.")
_EXTRA = re.compile(rf"^(?:{_TRACKS}|trans|transactions|letters|journal|short|long|{_MONTH})$", re.IGNORECASE)


def _name_len(words: list[str]) -> int:
    """How many leading words name the venue (``IEEE Trans``, ``IEEE RAL``: two)."""
    if len(words) >= 2 and words[1].casefold() in ("trans", "transactions", "letters", "journal"):
        return 2  # "TMI Journal, 2022" is TMI Journal 2022: the word names the journal, it is no track
    return 2 if len(words) >= 2 and words[0].upper() in ("IEEE", "ACM") else 1


def _acronym(name: str) -> bool:
    """An unknown venue name that still reads as one: ``HPCA``, ``ICLR-W``, ``LoG``, ``I3D``, ``J-STARS`` (a
    letter, a hyphen, capitals: junjun-jiang/Hyperspectral-Image-Denoising-Benchmark's "J-STARS2017")."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9]{0,2}[A-Z][A-Za-z]*(?:-[A-Z]+)?|[A-Z]-[A-Z]{2,8}", name)) and sum(
        c.isupper() for c in name) >= 2 and name.upper() not in _NOT_VENUES


def track(text: str) -> bool:
    """``Oral``, ``Spotlight``, ``Findings``: a track of a venue."""
    return bool(_TRACK_WORD.match(text.strip()))


@lru_cache(maxsize=4096)
def preprint(text: str) -> bool:
    """``Preprint``, ``arXiv``, ``CoRR``: the venue of a paper not (yet) published. (Remembered,
    as the functions below: pure functions of a string that a list asks about the same few
    venues and texts again and again; in a 1 MB list, 17 distinct of 1,916 calls.)"""
    return bool(_PREPRINT.match(text.strip()))


def as_arxiv(venue: str, year: int | None) -> str:
    """``Preprint'24`` is ``arXiv 2024``; ``Arxiv`` under ``## Year 2024`` is ``Arxiv 2024``, ``(CoRR 2019)``
    ``CoRR 2019`` (as written: DBLP's name for arXiv, which a list citing from DBLP keeps)."""
    name = venue.split()[0] if venue.strip().lower().startswith(("arxiv", "corr")) else "arXiv"  # ("CoRR 2019")
    name = name[:-4] if name.lower().endswith(".org") else name
    return f"{name} {year}" if year else name


def with_year(venue: str, year: int | None) -> str:
    """A venue without a year takes *year* (from a heading the list says is the year), before its track
    as the rules write one: "NeurIPS Workshop" in a row of 2021 is ``NeurIPS 2021 Workshop``
    (HongshengHu/membership-inference-machine-learning-literature, jjbrophy47/machine_unlearning)."""
    if year is None or _ANY_YEAR.search(venue):
        return venue
    if venue.endswith(")") and _TRACK_BEFORE_YEAR.match(f"{venue} {year}") and (found := parse(f"{venue} {year}")):
        return found[0]  # "|2019|CVPR (Oral)|Title|" (Jasonlee1995/AI_Papers, 36 of 103 rows): CVPR 2019 Oral
    track = _TRACK_LAST.fullmatch(venue)
    return f"{track.group(1)} {year} {track.group(2)}" if track else f"{venue} {year}"


_TRACK_LAST = re.compile(r"([A-Z][\w&-]*) ((?i:workshops?|findings|oral|spotlight|highlight|poster))")  # one word and
# the track: not "European Workshop"; "NeurIPS workshop" with a Year column (WLiK/LLM4Rec-Awesome-Papers) too, and
# "| 2024 | CVPR Highlight |" (sychina/awesome-3DGS-SLAM-and-Datasets): CVPR 2024 Highlight


@lru_cache(maxsize=4096)
def year_in(venue: str | None) -> int | None:
    """The year in *venue*. (Remembered: 51 distinct of 4,937 calls in a 1 MB list.)"""
    m = _ANY_YEAR.search(venue or "")
    return int(m.group(1)) if m else None


def arxiv_in_text(text: str) -> tuple[str, int, int] | None:
    """An ``arXiv:2005.08110`` written as text: (ID, start, end)."""
    m = _ARXIV_TEXT.search(text) if ":" in text or "iv." in text or "IV." in text else None  # (exact: it needs
    # the ":" of "arXiv:", or the stop of "arxiv.2303.17580", zchuz/CoT-Reasoning-Survey, 119 of its 210 papers)
    return (m.group(1), m.start(), m.end()) if m else None


def dated(name: str, year: int) -> tuple[str, int]:
    """The venue *name* in *year*: as a venue a list names normalises it (``ICLR'25`` is ``ICLR 2025``),
    else as stated (``AsianHOST 2023``)."""
    return parse(f"{name} {year}") or (f"{name} {year}", year)


def placed(name: str, year: int) -> tuple[str, int]:
    """*name* in *year* as a venue: a preprint server as arXiv is written (``Arxiv`` 2018 is ``Arxiv 2018``),
    else ``dated``'s."""
    return (as_arxiv(name, year), year) if preprint(name) else dated(name, year)


def year_dash_name(text: str) -> tuple[str, int] | None:
    """``[2023-ICSE]``, ``[2024-FSE/ESEC]``, ``[2023-arxiv]`` after a title (iSEngLab/AwesomeLLM4APR, 141
    entries): the year, a dash, the venue's short name; the venue with its year (a preprint as arXiv)."""
    m = _YEAR_DASH_NAME.fullmatch(text.strip()) if len(text) <= 30 else None
    if not m:
        return None
    year, name = int(m.group(1)), m.group(2)
    return (as_arxiv("arXiv", year), year) if preprint(name) else dated(name, year)


_YEAR_DASH_NAME = re.compile(r"((?:19|20)\d\d)\s?[-–]\s?(?:(?:0[1-9]|1[0-2])[-–])?([A-Za-z][A-Za-z&]*[A-Z][\w&/-]*"
                             r"(?: [A-Z]{2,6})?|(?i:arxiv|arvix|arixv)|(?!(?:Survey|Review|Dataset|Benchmark|Tutorial|"
                             r"Preprint|Code|Paper|Blog|Thesis|Book)\b)[A-Z][a-z]{4,20})")
# ("[2025-07-arXiv]", the month too: YerbaPage/Awesome-Repo-Level-...; "[2024-SIGCSE TS]", a track;
# "[2024-Electronics]", a journal of one word; "[2022-arixv]", arXiv misspelt: iSEngLab/AwesomeLLM4APR)


def track_with_year(name: str, year: str) -> str | None:
    """A known venue's name with its track (``ACL_Findings``, ``EMNLP-Findings``, ``ICLR Workshop``) and,
    written apart from it, its year: the venue as the rules write a track, ``ACL 2023 Findings``; None
    for a name without a track, or not known."""
    track = _BADGE_TRACK.fullmatch(name.replace("_", " ").strip())
    return f"{track.group(1)} {year} {track.group(2)}" if track and _name_known(track.group(1)) else None


_BADGE_TRACK = re.compile(r"(.+?)[ -](Findings|Workshops?|Oral|Spotlight|Poster|Demo|Short|Long)", re.IGNORECASE)
