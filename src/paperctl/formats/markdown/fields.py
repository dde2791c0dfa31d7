"""The text of an entry around its links: title, citation tail, venue, date, summary.

``entries`` decides where a title ends and what each run of text is; this
module knows the small grammar of each field as lists write it:

* a title is cleaned of decoration (emoji, ``:star:``, ``《》``, quotes, a
  trailing period), never of its own words, capitals or typos;
* a citation tail after a plain title is authors, venue and year, in that
  order: ``Zhang, Yonggang et al. ICML 2020``, ``Meet et al. arXiv:2005.08110``,
  ``Dunnhofer et al. IEEE RAL``, ``IEEE Trans, 2019.``;
* a summary is what is left once links, badges, dates, venues and authors are
  taken out, and only if it still says something (``arXiv 2023-11-30 Github -``
  or ``• •`` is not a summary).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import makers, people, preprints, venue_words, venues
from .cite_tails import Tail, mdpi, names_venue_year, short_cite, springer, unlocated, vancouver, year_venue_names
from .proceedings import in_proceedings, in_venue, journal, may_be_proceedings, spelled_out, written_venue

_DECORATION = re.compile(
    r"[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+"
    r"|:[a-z0-9_+-]{2,50}:"
)
_EDGE_DECORATION = re.compile(
    r"^(?:[\s\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"
    r"|:[a-z0-9_+-]{2,50}:)+"
    r"|(?:[\s\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"
    r"|:[a-z0-9_+-]{2,50}:)+$"
)
# A character ``_EDGE_DECORATION`` can start or end with.
_EDGE_CHAR = re.compile(r"[\s\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
                        r"\ufe0f\u200d:]")
_DECORATIONS = re.compile(
    r"(?:\s*(?:[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+"
    r"|:[a-z0-9_+-]{2,50}:))+\s*"
)
_LEAD = re.compile(  # (a year and a month, "2023.03 | Title", is a date, not a number and "03")
    r"^\s*(?:(?:(?!(?:19|20)\d\d[./-]\d)(?:\d{1,2}(?:\.\d{1,2})+\.?(?=\s)|\d{1,4}[.)、．])|[-*+•·▪►](?=\s)|"
    r"\[[ xX]\]|\((?!(?:19|20)\d\d\))\d{1,4}\)\.?|\[(?!(?:19|20)\d\d\]|(?:1[3-9]|2\d)(?:0[1-9]|1[0-2])\])\d{1,4}\]\.?|"
    r"#\d{1,4})\s*)+"  # ("(2020) **Title**": a year; "[2505] [Title](..)", a year and month: a date, not a number;
)  # "[3].[Names. "Title." Venue.](..)", NeuronDance/DeepRL: a number in brackets, a stop after it)
_STATUS_MARKS = {"✅": "read", "✔": "read", "☑": "read", "✔️": "read", "📌": "reading", "[x]": "read",
                 "[X]": "read", "[ ]": "unread"}
_TRAILING = re.compile(r"[\s.。,，;；:：|/\\-]+$")
_JUNK = re.compile(
    r"^[\s\W_]*$|^(?:et\.?\s*al\.?|n/?a|tbd|todo|none|null|-+|—+|\d+|\d{1,2}/\d{1,2})$", re.IGNORECASE)
# ("<br/> Wait for content update...": a description still to come, ShawnChenn/Awesome-Multimodal-Retrieval-and-
# Recommendation; kept as a note)
_PLACEHOLDER = re.compile(r"wait(?:ing)? for (?:the )?content update|coming soon|to be (?:updated|added|completed)|"
                          r"updating|(?:find|read|available|download)(?: it)? (?:at|here|from)", re.IGNORECASE)
# ("__Title__ Find at: [LINK](..)": words before the link, m0re4u/paper-database)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")  # a word of Latin letters, as a title or a note in English has
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
SENTENCE_END = re.compile(r"(?<=[^\s.])(?:[.?!]\s+|\.(?=arXiv|[A-Z][a-z]+,)|\?(?=[A-Z]))")
_ARXIV_TEXT_SPAN = re.compile(r"\s*\barxiv\s*:\s*\S+", re.IGNORECASE)
_GLUED_ET_AL = re.compile(r"\bet al\.(?=[^\W\d_])|\bet al\.?[,，](?=(?:19|20)\d\d\b)")  # ("et al,2013")
_COMMAS = re.compile(r",(?:\s*,)+")
_BRACKETED_YEAR_END = re.compile(r"(?<=[a-z])\s*\(((?:19|20)\d\d)\)$")
_STOPS = re.compile(r"\.(?:\s*\.)+")
DASHES = ("-", "–", "—", "|", "--")  # words that set a citation's parts off, as a full stop does
_VENUE_FIRST = re.compile(r"([^,.;]{2,40}?)\s*[,.;]\s+")  # "NeurIPS 2023, " before the authors
# (Compiled once rather than looked up in re's cache at every call.)
_TRAILING_EMOJI_CODES = re.compile(  # (":star::star:", "[:dizzy::dizzy:]": EvelynFan/AWESOME-FER; not "[71:star:]")
    r"(?:\s*(?:\[(?::[a-z0-9_+-]{2,50}:)+\]|(?::[a-z0-9_+-]{2,50}:)+))+$")
ENDS_WITH_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\.$")


def strip_lead(text: str) -> tuple[str, str | None]:
    """*text* without a leading number, bullet, checkbox or emoji, and the reading
    status a marker there gives (``✅`` read, ``📌`` reading, ``[ ]`` unread)."""
    status = None
    m = _LEAD.match(text)
    if m:
        for mark, value in _STATUS_MARKS.items():
            if mark.startswith("[") and mark in m.group():
                status = value
        text = text[m.end():]
    m = _DECORATIONS.match(text)
    if m and m.group().strip():
        for mark, value in _STATUS_MARKS.items():
            if mark in m.group():
                status = value
        text = text[m.end():]
        if text[:1] in "-–•" and text[1:].strip():  # ":heavy_check_mark: -Baas, Matthew, ... "**Title.**"" (JeffC0628/
            text = text[1:].lstrip()  # awesome-voice-conversion, 68 lines): a bullet after the mark
    return text, status


def clean_title(text: str) -> str:
    """A title as the entry gives it, without decoration (emoji and ``:shortcodes:`` at its
    ends; a symbol inside a title is the title's)."""
    text = " ".join(text.split())
    if text and (_EDGE_CHAR.match(text[0]) or _EDGE_CHAR.match(text[-1])):  # (else it has none: its
        text = _EDGE_DECORATION.sub("", text)  # "...$" would be tried at every position of the title)
    text = " ".join(text.split())
    text = text.strip(" *_`")
    if text.endswith(('".', "”.")):  # '"Classification of moral foundations ...".': the stop after the quote
        text = text[:-1]
    for left, right in (("《", "》"), ("“", "”"), ('"', '"'), ("「", "」")):
        if text.startswith(left) and text.endswith(right) and len(text) > 2:
            text = text[1:-1].strip()
    if text.endswith((".", "。")) and not text.endswith("..") and not ENDS_WITH_INITIAL.search(text[-4:]):
        text = text[:-1].rstrip()  # a trailing period, not an initial's ("... Part A.") or an ellipsis
    if text.endswith("[") and text.strip("[ ") and text.count("[") > text.count("]"):
        text = text[:-1].rstrip()  # "Meta-Learning[[paper](..)]": the link's bracket against the title
    if text.endswith((" /", " |")):  # "Title / [paper](..)": the slash that sets the title off
        text = text[:-2]
    return text.rstrip(":：,，; ").strip()


def drop_translation(title: str) -> str:
    """``FreeLB: Enhanced Adversarial Training 加强语言理解的对抗性训练`` -> the English
    title: a title written in Latin letters followed by its translation."""
    m = re.match(r"^(.*[A-Za-z][^\u3400-\u9fff]*?)\s+[\u3400-\u9fff][\u3400-\u9fff\s，、：:（）()]*$", title)
    if m and len(_WORD.findall(m.group(1))) >= 2:
        return m.group(1).strip()
    return title


_NOT_SUMMARY_WORDS = re.compile(
    r"^(?:oral|spotlight|poster|new|hot|recommended|highlight|best paper|award|workshop|findings|"
    r"github|code|paper|pdf|arxiv|project|page|website|homepage|demo|video|blog|slides|link|url|star|stars)$",
    re.IGNORECASE,
)


# Keyword tags in brackets, all an entry has after its links: "\\[text-detection\\]\\[text-recognition\\]"
# (ZumingHuang/awesome-ocr-resources, every entry). Tags, not a description (the labelling rules say so).
_BRACKET_TAGS = re.compile(r"(?:\\?\[[A-Za-z][\w.+/ -]{0,39}\\?\]\s*){1,8}")
# Where a cited paper appeared, after its quoted title: "Proceedings of the AAAI Conference on Artificial
# Intelligence. Vol. 37. No. 4. 2023." (JosieHong/awesome-mass-spectrometry-ml): no description (a note)
_PROCEEDINGS_REF = re.compile(r"(?:[Ii]n:?\s+)?(?:Proceedings|Proc\.|Advances in)\b[^\[\]]{0,200}?\b(?:19|20)\d\d\.?")
_METHOD_NAME = re.compile(r"[A-Za-z][A-Za-z0-9+()/_-]{1,29}")


def method_name(text: str) -> bool:
    """Is *text* one word in capitals (or capitals and digits), as a method's short name is
    (``NCDM+(CNCD-Q)``, ``LLaVA``, ``GPT-3``)? A capitalised word ("Survey") or one that ends a
    sentence ("Few-shot.") is not. (Where a list writes one after most titles, it names the
    method, not describes the paper: ``assembly``'s ``_names_after_titles``.)"""
    return bool(_METHOD_NAME.fullmatch(text)) and (
        sum(c.isupper() for c in text) >= 2 or (any(c.isupper() for c in text) and any(c.isdigit() for c in text)))


_CITED_TAIL = re.compile(r"^(?:in|In)\s|^(?:19|20)\d\d\s|^(?!(?:a|an|the|this|our|we)\s).*\b(?:19|20)\d\d\W*$"
                         r"|\b(?:19|20)\d\d,\s*\d+\(\d+\)|\bpages?\s\d")  # (not "a simple baseline for 2020.")
_ANY_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)
def is_summary(text: str) -> bool:
    """Does *text* (what is left of an entry) still say something of its own? Not
    separators, dates, venues, link words or "et al." left over. (Remembered: a pure
    function of the text, asked 4,400 times of a 1 MB list, nine times in ten of a
    text asked before: ", ", a venue, the same description twice.)"""
    if _BRACKET_TAGS.fullmatch(text.strip()) or _PROCEEDINGS_REF.fullmatch(text.strip()):
        return False
    text = " ".join(text.split()).strip(" -–—|•·,.;:()[]{}")
    if not text or _JUNK.match(text) or _NOT_SUMMARY_WORDS.match(text) or _PLACEHOLDER.fullmatch(text):
        return False
    if CJK.search(text):
        return True
    if not _WORD.search(text) or venues.parse(text) or venues.year_of_date(text) is not None:
        return False
    if len(text.split()) <= 12 and (text[:3] in ("in ", "In ") or _ANY_DIGIT.search(text)) and _CITED_TAIL.search(
            text):  # (each form but "In ..." needs a digit: most summaries, with none, are not searched for one)
        return False  # "in BioNLP at ACL 2020.", "In Proceedings of NAACL-HLT, pages 872–884.", "Submitted to ICLR
        # 2022.", "Netflix prize documentation, 2009.": where and when, cited, not what the paper does (2 of the
        # 4,000 summaries labelled are so short and dated)
    if _ANY_DIGIT.search(text) and len(_WORD.findall(_DECORATION.sub(" ", text))) <= 1:
        return False  # "⭐ 955 | 🐛 37 | 🌐 Python | 📅 2023-11-11": counts and dates, not a description
    return not all(_NOT_SUMMARY_WORDS.match(w) or venues.year_of_date(w) is not None
                   for w in re.findall(r"[\w'-]+", text))


def left_unread(text: str, venue: str | None) -> str | None:
    """What is left of an entry that is no description (``is_summary``) but still says something
    no field took: a name (``(M4C)``), a second venue (``medRxiv 2023``). Kept as a note, never
    dropped; None for separators, link words, a lone year or the entry's own venue again."""
    bare = " ".join(text.split()).strip(" -–—|•·,.;:()[]{}")
    if not bare or _JUNK.match(bare) or not (_WORD.search(bare) or CJK.search(bare)):
        return None
    if all(_NOT_SUMMARY_WORDS.match(w) or venues.year_of_date(w) is not None for w in re.findall(r"[\w'-]+", bare)):
        return None
    found = venues.parse(bare)
    if venue and (bare.casefold() == venue.casefold() or (found and found[0].casefold() == venue.casefold())):
        return None
    return bare


LEFT, RIGHT = "\ue000", "\ue001"  # brackets the reader left around a link it took out


def leftover(text: str) -> str:
    """Brackets that stood around a link taken out of the text: marked, so that ``tidy`` drops
    them when they enclose nothing, and leaves the user's own ``[]`` alone."""
    return text.translate({ord("["): LEFT, ord("]"): RIGHT, ord("("): LEFT, ord(")"): RIGHT, ord("<"): LEFT,
                           ord(">"): RIGHT})


def without_trailing_marks(text: str) -> str:
    """*text* without the ``:star:`` shortcodes or the emoji (⭐) it ends with (a rating, or a mark of a paper to
    read)."""
    return venues.TRAILING_MARKS.sub("", _TRAILING_EMOJI_CODES.sub("", text.rstrip()))


def tidy(text: str) -> str:
    """A summary as written, without the separators and emptied brackets (``[[]]`` around a
    link taken out) that links leave behind."""
    text = " ".join(_without_empty_brackets(text).split())
    text = text.replace(LEFT, "").replace(RIGHT, "")  # marked brackets whose partner was the link's
    if "()" in text or "[]" in text:  # ("...; trained weights are not provided. ([arXiv](..))" in a Notes cell,
        text = " ".join(_EMPTIED.sub("", text).split())  # elpsykongloo/FD-SLMs: the brackets a label's link
        # leaves; not "f()")
    text = _TRAILING_EMOJI_CODES.sub("", text)  # ":star::star::star:" ratings: decoration
    text = text.lstrip(" -–—|•·,;:)]】»").rstrip(" -–—|•·[(【")
    if text[:1] == ">" and (text[1:2] in (" ", ">") or not text[1:2].isdigit()):  # ("> A convolutional ...", ">> •":
        text = text.lstrip(" >»•·|")  # a quote's mark, an arrow; not ">1000 models", "more than")
    text = text[2:].lstrip(" -–—|•·,;:)]】") if text.startswith(". ") else text  # "**Title**. Description."
    said = _TLDR_LABEL.match(text) if text[:2].lower() == "tl" else None
    return text[said.end():] if said and text[said.end():].strip() else text  # "**TLDR**: We formulate ..."


_EMPTIED = re.compile(r"(?:(?<=\s)|^)(?:\(\)|\[\])")
_TLDR_LABEL = re.compile(r"tl;?\s?dr(?:\s*[:：.-]\s*|\s+)", re.IGNORECASE)  # ("> *tl;dr* 检测代码漏洞": tmylla/
# Awesome-LLM4Cybersecurity, the label in italics)  # (nuster1128/Awesome-Causal-Papers, 41 entries)
_PAIRS = {RIGHT: LEFT}


def _without_empty_brackets(text: str) -> str:
    """*text* without marked bracket pairs that enclose nothing but spaces (one linear pass)."""
    if LEFT not in text:
        return text
    out: list[str] = []
    opened: list[int] = []  # positions in out of open brackets whose content is still blank
    for ch in text:
        if ch == LEFT:
            opened.append(len(out))
            out.append(ch)
        elif ch in _PAIRS and opened and out[opened[-1]] == _PAIRS[ch] and not "".join(
                out[opened[-1] + 1 :]).strip():
            del out[opened.pop():]
        else:
            if not ch.isspace():
                opened.clear()
            out.append(ch)
    return "".join(out)


_YEAR_ENDS_NAMES = re.compile(r"(?<=[^\W\d_.]|\.)[ ,]+((?:19|20)\d\d)\s*,\s*$")
_MONTH_ENDS = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$", re.IGNORECASE)
_SEMICOLON_YEAR = re.compile(r";\s*((?:19|20)\d\d)\.?$")
_GLUED_YEAR = re.compile(r"(?<=[a-z])\.(?=(?:19|20)\d\d\s*$)")
_TIGHT_COMMA = re.compile(r"(?<=[^\W\d]),(?=[^\W\d])")  # between two letters, no space: a list's separator
_DOUBLE_DASH = re.compile(r"\s+--\s*(?=\S)")
_PLACE_AND_YEAR = re.compile(r"\s*\(([^()]{2,60}?),\s*((?:19|20)\d\d)\)$")
_ABBREVIATED = re.compile(r"\b(?:vs|e\.g|i\.e|cf|viz)\.$", re.IGNORECASE)
_PREPRINT_BEFORE = re.compile(r"\barxiv\s+preprint\s*$", re.IGNORECASE)
# ("arXiv:2109.09338 [physics], 2021.", idrl-lab/PINNpapers: the preprint's categories, then its year)
_YEAR_AFTER_ID = re.compile(r"(?:\s*\[[\w\s.,:-]{1,60}\])?\s*[,.]?(?:\s*\|\s*(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?)?"
                            r"\s*\(?((?:19|20)\d\d)\)?\s*\.?\s*")  # (and "| 19 Mar 2024", koukihk/MedCraft)


_QUOTED_VENUE = re.compile(r"'([^'\n]{2,40})'[\s.]*$")
_PUBLISHED_BY = re.compile(r"\bAdvances in (?=N(?:eur)?IPS\b)|(?<=\w)\.\s+PMLR(?=\s*,\s*(?:19|20)\d\d)")
_FINDINGS_OF = re.compile(r"\bFindings of (?:the )?([A-Z][A-Za-z-]*),? ((?:19|20)\d\d)\b")


def _findings_last(m: re.Match[str]) -> str:
    return f"{m.group(1)} {m.group(2)} Findings" if venues.is_known_name(m.group(1)) else m.group()


def citation_tail(text: str, dated: bool = False) -> Tail:
    """Authors, venue and year of the text after a plain title: ``Zhang, Yonggang et al.
    ICML 2020``, ``Meet et al. arXiv:2005.08110``, ``IEEE Trans, 2019.``, ``2017``.
    *dated*: the caller keeps a tail only when it has a venue or a year; one with neither
    comes back empty, without its authors read (the costly part: an italic author line
    of every entry has neither)."""
    tail = _read_tail(text, dated)  # (a copy: callers change the tail they are given)
    return tail.copy()


@lru_cache(maxsize=4096)
def _read_tail(text: str, dated: bool) -> Tail:
    """(``citation_tail``, remembered: a pure function of the text, and a list writes the same tail, "arXiv
    2021", "Preprint'23", again and again; an entry's line is often asked about twice, by two readers.)"""
    tail = Tail()
    if len(text) > 2000:
        return tail
    text = _PROC_BEFORE.sub(", ", text) if "Proc. " in text else text  # ("Sun et al., Proc. ICML 2020")
    text = colon_arxiv(text)
    preprint = _PREPRINT_FIRST.match(text) if "preprint" in text[:20] else None
    if preprint and text[preprint.end():].strip(" .,;"):  # "arXiv preprint arXiv:2309.12311. ICRA 2024. Yang, J.,
        rest = citation_tail(text[preprint.end():], dated)  # ... & Chai, J." (yuddim/awesome-3d-multimodal-maps,
        if rest.explained and (rest.venue or rest.authors):  # every paper): the preprint, then where it appeared
            return Tail(rest.authors, rest.venue or "arXiv", rest.year, preprint.group(1), True)
        if rest.explained and rest.year:  # '"Title," arXiv preprint arXiv:1902.06673, 2019.' (S-K-KU/references):
            return Tail([], f"arXiv {rest.year}", rest.year, preprint.group(1), True)  # the preprint and its year
    cited = springer(text.strip(" .,;:"))
    if cited is not None:  # "Lai, Y., Chen, W., Hsu, T. et al. Sci Rep 10, 4679 (2020)."
        return cited
    cited = year_venue_names(text) or vancouver(text) or mdpi(text)
    if cited is not None:  # "(2023), ASE_J, Kolthoff, Kristian; Bartelt, Christian."; "Nature. 2015 May 28;521:436-44."
        return cited
    tail = _citation_tail(text, dated)
    if tail.venue and _INITIAL_VENUE.fullmatch(tail.venue):  # ("Chen, J., & Little, J. J. (2019)": APA's names,
        tail.venue, tail.explained = None, False  # the second initial no venue)
    if not tail.explained and _SURNAME_FIRST.match(text.lstrip(" .,;:")):
        # "Huang, Jing, et al. IEEE Transactions on ... 28.9 (2018): 2413-2417." (wangxiao5791509/SNN_CV_
        # Applications_Resources): Google Scholar's MLA, whatever the venue's name
        return names_venue_year(text) or tail
    if tail.venue and tail.year and venues.year_in(tail.venue) is None and _NAME_COMMA_MONTH.fullmatch(text.strip()):
        tail.venue = venues.dated(tail.venue, tail.year)[0]  # "Title. PNAS, 2024.03." (bksaini078/LLM-Powered-Human-
        return tail  # Digital-Twins, 143 lines): the venue, and the month it came out
    if not tail.explained and (" al" in text or "&" in text or " and " in text):
        tail = short_cite(text) or tail
    if tail.venue or tail.arxiv or not tail.year:
        return tail
    return names_venue_year(text) or tail


def colon_arxiv(text: str) -> str:
    """``arXiv1603.05027``, ``arXiv 1603.05027`` as ``arXiv:1603.05027``: an arXiv ID cited with its colon left
    out (``*Kaiming He, ...*. arXiv1603.05027 (2016)``, musa-atlihan/msatlihan.github.io's reading list)."""
    return _ARXIV_NO_COLON.sub(r"\1:\2", text) if "xiv" in text or "Xiv" in text or "XIV" in text else text


_PREPRINT_FIRST = re.compile(r"\s*arXiv preprint arXiv:(\d{4}\.\d{4,5})(?:v\d+)?[.,]\s+", re.IGNORECASE)
_ARXIV_NO_COLON = re.compile(r"\b([Aa]r[Xx]iv|ARXIV) ?(\d{4}\.\d{4,5}(?:v\d+)?)\b")
_PROC_BEFORE = re.compile(r",\s*(?:[Ii]n\s+)?Proc\.\s+(?=[A-Z])")  # the venue's proceedings, not a name's "Proc"
_NAME_COMMA_MONTH = re.compile(r"[.,\s]*[A-Za-z][\w&.' -]{0,60}, (?:19|20)\d\d[./](?:0?[1-9]|1[0-2])\.?")
_SURNAME_FIRST = re.compile(r"[A-Z][\w'’-]+, [A-Z][\w'’-]+,? (?:et al\.|and [A-Z])")  # Google Scholar's MLA


_INITIAL_VENUE = re.compile(r"[A-Z]\.? (?:19|20)\d\d")


def _citation_tail(text: str, dated: bool) -> Tail:
    tail = Tail()
    written = text  # (as given: a year alone at its end is a venue's, below)
    if "，" in text:  # "Tomas Pajdla, CVPR，2017" (TerenceCYJ/VP-SLAM-SC-papers): a full-width comma, as a comma
        text = re.sub(r"\s*，\s*", ", ", text)
    if ";" in text[-8:]:  # "Diederik P. Kingma, Jimmy Ba; 2014" (OptimalFoundation/awesome-optimizers, under each
        text = _SEMICOLON_YEAR.sub(r", \1", text)  # title link): the names, a semicolon, the year
    if "," in text and _TIGHT_COMMA.search(text):  # "Nithin Chalapathi,Yiheng Du,ICLR,2024." (yanzikang/PINN_list)
        text = _TIGHT_COMMA.sub(", ", text)
    if "." in text and _GLUED_YEAR.search(text):  # "by Reza Shokri and Vitaly Shmatikov.2015" (Guyanqi/Awesome-
        text = _GLUED_YEAR.sub(". ", text)  # Privacy): a year after a name's period, no space between
    if "." in text or ":" in text:  # (exact: every locator holds one)
        located = unlocated(text)
        text = _STOPS.sub(".", _COMMAS.sub(",", located)) if located != text else text  # ("Intelligence. Vol. 38.
        # No. 17. 2024.": the full stops the volume and number leave)
    text = text.strip().strip(".,;: ").lstrip("-–—| ")  # ("... (NeurIPS 2021) - Chen et al.")
    if text.endswith(")") and (bracketed := _BRACKETED_YEAR_END.search(text)):  # "Zenke. IEEE Signal Processing
        text = f"{text[:bracketed.start()]} {bracketed.group(1)}"  # Magazine (2019)": the year, as "Magazine 2019"
    if text.endswith(")") and (placed := _PLACE_AND_YEAR.search(text)) and makers.institution(placed.group(1)):
        text = f"{text[:placed.start()]} ({placed.group(1)}), {placed.group(2)}"  # "Mark J. F. Gales (University
        # of Cambridge, 2023)" (yangjunx21/Awesome-LLM-Calibration): where the authors work, then when
    if "Advances in N" in text or "PMLR" in text:  # "... and David Sontag. Advances in NIPS (2018).", "... Stefano
        text = _PUBLISHED_BY.sub("", text)  # Ermon. AISTATS. PMLR, 2019." (linhx25/FairML_Reading): the meeting
    quoted = _QUOTED_VENUE.search(text) if text.rstrip(" .")[-1:] == "'" else None
    if quoted and venues.parse(quoted.group(1)):  # "Ke Ning et al, 'TIP 2021'." (SCZwangxiao/Temporal-Language-
        text = text[: quoted.start()] + quoted.group(1)  # Grounding-in-videos, whose others write it in code)
    if "Findings of" in text:  # "Masry, Long, Tan, Joty, Hoque — Findings of ACL 2022" (vibhum-phd/awesome-chart-
        text = _FINDINGS_OF.sub(_findings_last, text)  # axis-hallucination): the track after the meeting and year
    if "--" in text:  # "Antreas Antoniou, Amos Storkey  --NeurIPS 2019" (oneHuster/Meta-Learning-Papers)
        text = _DOUBLE_DASH.sub(" -- ", text)
    if text.startswith("et al"):  # "[Kaleido-BERT: ...](), et al., CVPR 2021" (chengguangtang/Visual-Dialogue-
        text = text[5:].lstrip(".").lstrip(" ,;")  # Papers): the names not filled in yet, the venue after them
    if "et. al" in text:  # "by Laparra et. al." (janosh/awesome-normalizing-flows)
        text = text.replace("et. al", "et al")
    if "et al" in text:  # (exact: every match holds it; most tails have none)
        text = _GLUED_ET_AL.sub("et al. ", text)  # ("Aman Madaan et al.arXiv", "Tomas Mikolov et al,2013")
    found = venues.arxiv_in_text(text)
    if found:
        tail.arxiv, start, end = found
        tail.venue = "arXiv"
        # "Hayes, Jamie, and George Danezis. arXiv preprint arXiv:1708.05207 (2017).": Google Scholar's MLA,
        # the words before the ID say it again, the year after it is the preprint's
        before = _PREPRINT_BEFORE.sub("", text[:start]) if "preprint" in text[:start].lower() else text[:start]
        before = "" if before.strip(" .,;:").lower() == "in" else before  # ("in: arXiv preprint arXiv:ID, 2017.")
        dated = _YEAR_AFTER_ID.fullmatch(text[end:])
        if dated:
            tail.year, text = int(dated.group(1)), before
            start = end = len(before)
        rest = (text[:start] + " " + text[end:]).strip(" .,;")
        if rest and venues.parse(rest.split(". ")[-1].strip(" .")):
            v = venues.parse(rest.split(". ")[-1].strip(" ."))
            assert v
            tail.venue, tail.year = v
            rest = ". ".join(rest.split(". ")[:-1])
        elif rest and (dated := venues.year_of_date(rest)) is not None:  # "arXiv:1506.04579, 2015"
            tail.year, rest = dated, ""
        text = rest
    if not tail.venue:
        introduced = in_venue(text) or journal(text) or (spelled_out(text) if ")" in text[-8:] else None) or (
            in_proceedings(written) if may_be_proceedings(written) else None)
        if introduced:
            tail.venue, tail.year = introduced
            tail.explained = True
            return tail
        first = _VENUE_FIRST.match(text)
        found = venues.parse(first.group(1)) if first else None
        names = people.parse(text[first.end():]) if found else []
        if found and names:  # "NeurIPS 2023, Aman Madaan, Niket Tandon": the venue, then the authors
            (tail.venue, tail.year), tail.authors, tail.explained = found, names, True
            return tail
        text = _peel_venue(text, tail)
        if tail.venue and not tail.year and (year := _YEAR_ENDS_NAMES.search(text)) and not _MONTH_ENDS.search(
                text, 0, year.start()):  # (not "Gabriel de Souza P. Moreira, Feb 2025, Arxiv": a date)
            # "TP Lillicrap et al 2016, ICLR." (datawhalechina/rl-papers, 41 of 53 entries): the year after the
            # names, then the venue named alone
            tail.venue, tail.year = venues.dated(tail.venue, int(year.group(1)))
            text = text[: year.start()]
        if tail.year and not tail.venue and text:  # "Yihuan Mao, Chao Wang. arXiv 2022. 01/2022.": a venue, a date
            first = Tail()
            before = _peel_venue(text.strip(" .,;"), first)
            if first.venue:  # ("Title. TIP. 2022": the venue named alone, then its year, TIP 2022)
                alone = not venues.year_in(first.venue) and venues.is_known_name(first.venue) and _YEAR_ENDS.search(
                    written) is not None  # (not "*IROS, 2023年3月*": a month, when it was posted)
                text, tail.venue = before, f"{first.venue} {tail.year}" if alone else first.venue
    text = text.strip(" .,;")
    if text and tail.venue and not venues.preprint(tail.venue.split()[0]):
        first = venues.parse(text) or preprints.posted(text)  # "arXiv 2020/12, ICLR 2021": posted, then published
        text = "" if first and venues.preprint(first[0].split()[0]) else text
    if not text:
        tail.explained = bool(tail.venue or tail.year or tail.arxiv)
        return tail
    if dated and not (tail.venue or tail.year):
        return Tail()
    if tail.year and not tail.venue and venue_words.journal_named(text):  # "| JAMA Network Open, 2025", "Nature
        tail.venue, tail.explained = f"{text} {tail.year}", True  # Medicine, 2024" (baeseongsu/awesome-machine-
        return tail  # learning-for-healthcare, 49 rows): a journal named in words, not a person
    names = people.parse(text)
    if names:  # ("Han, X., Zhang, Z., ... & Cui, S. CVPR2019.": the names left out are left out)
        tail.authors = names
        tail.explained = True
    return tail


def _dated(found: tuple[str, int | None] | None) -> tuple[str, int | None] | None:
    return found if found and found[1] else None




_VENUE_IN_BRACKETS = re.compile(r"\s*\(([^()]{2,60})\)$")
_COMMA_YEAR = re.compile(r",\s*((?:19|20)\d\d)$")


_YEAR_ENDS = re.compile(r"(?<![\d./-])(?:19|20)\d\d\W*$")
_POSTED_DATE = re.compile(r"(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])")  # (hengran/dense-retrieval-paper: when posted)


_PROCEEDINGS_AFTER = re.compile(r"(?:^|(?<=[.,]))\s*((?:The )?Proceedings of (?:the )?\S.{10,300})$")


def _peel_venue(text: str, tail: Tail) -> str:
    """Take a venue (or a bare year) off the end of *text*; what is left."""
    spelled = _PROCEEDINGS_AFTER.search(text) if "roceedings of " in text else None
    if spelled and (found := written_venue(spelled.group(1))):  # "Michael Ryan, Tarek Naous, and Wei Xu.
        tail.venue, tail.year = found  # *Proceedings of the 61st Annual Meeting of the Association for Computational
        return text[:spelled.start()]  # Linguistics (Volume 1: Long Papers) 2023*" (zhangkunzk/Awesome-LLM-
        # Robustness-papers, 25 lines): a meeting's proceedings after the names, longer than a venue's last words
    bracketed = _VENUE_IN_BRACKETS.search(text) if text.endswith(")") else None
    comma = _COMMA_YEAR.search(bracketed.group(1)) if bracketed else None
    named = _COMMA_YEAR.sub(r" \1", bracketed.group(1)) if bracketed else ""
    found = (venues.parse(named) or (venue_words.in_words(named, least=2) if comma else None)
             or (venue_words.year_then_name(named) if named[:2] in ("19", "20") else None)) if named else None
    # ("Dan Hendrycks and Kevin Gimpel. (**ICLR, 2017**).", iCGY96/awesome_OpenSetRecognition_list: a comma before
    # the year; "(**Machine Learning, 2017**)": a journal in words; "(2020 IEEE TIP)", i-am-shreya/Eye-Gaze-Survey)
    if found and found[1] and bracketed.start() > 0:  # type: ignore[union-attr]
        # "Sven Kreiss, Lorenzo Bertoni, Alexandre Alahi (CVPR 2019)" (wangzheallen/awesome-human-pose-estimation)
        tail.venue, tail.year = found
        return text[:bracketed.start()]  # type: ignore[union-attr]
    words = text.split()
    for k in range(min(8, len(words)), 0, -1):
        if k > 5 and k < len(words) and not (words[-k - 1].endswith((".", ",", "al")) or words[-k - 1] in DASHES):
            continue  # (six words or more only after a sentence end, a comma or a dash: "Q Zhang, H Li. IEEE
            # Transactions on Evolutionary Computation 2007", AnjieCheng/awesome-multi-objective-optimization; "...,
            # NeurIPS 2021 Datasets and Benchmarks Track"; not tried at every word of a long run)
        dated = k < len(words) and _POSTED_DATE.fullmatch(words[-k - 1])  # "Lee Xiong et al., 2020.10 ICLR2021"
        if k < len(words) and not words[-k - 1].endswith((".", ",", "al")) and words[-k - 1] not in DASHES \
                and not (k <= 2 and _known_after_names(words, k)) and not dated:
            # "Zhang, Yonggang et al. ICML 2020": a venue follows a sentence end (the words
            # before the candidate end as their last word does: nothing joined to find out),
            # or a dash ("Jonathan Ho, Tim Salimans - NeurIPS Workshop 2021"), or it is a known
            # venue after the names ("Taco S. Cohen, Max Welling ICML 2016", Chen-Cai-OSU/awesome-
            # equivariant-network)
            continue
        candidate = " ".join(words[-k:])
        if k <= 2 and k < len(words) and _INITIAL_WORD.fullmatch(words[-k - 1]) and _SURNAME.fullmatch(words[-k]):
            continue  # "Xuezhi Wang, Ed H. Chi, 2020." (uclanlp/awesome-fairness-papers): a name, not CHI 2020
        before = " ".join(words[:-k - 1] if k < len(words) and (words[-k - 1] in DASHES or dated) else words[:-k])
        found = venues.parse(candidate) or (preprints.posted_after_title(candidate) if k == 2 else None) or (
            # ("In BMVC2019")
            _dated(in_venue(candidate)) if k == 2 and words[-k] == "In" and k < len(words) else None) or (
            venue_words.year_then_name(candidate) if k == len(words) or words[-k - 1].endswith(".") else None) or (
            # "2019 CDC" (hlhang9527/...), "Names. *2023 IEEE SENSORS*" (Honminden/awesome-hd-map-construction)
            venue_words.in_words(candidate) if k >= 3 and k < len(words) and words[-k - 1].endswith(".")
            and "." not in candidate.rstrip(".") and not candidate.startswith("In ")
            and not _initial_starts_name(words, k)
            else None)  # (not "Leonidas J. Guibas CVPR 2017" or "J. Andrew Bagnell, 2011": an initial, a name)
        # ("by Shoham Y, Powers R, Grenager T. Artificial Intelligence, 2007.": a journal in words after the names)
        if found:
            tail.venue, tail.year = found
            return before
        year = venues.year_of_date(candidate) if k <= 2 else None
        if year is not None:
            tail.year = year
            return before
    return text


def _initial_starts_name(words: list[str], k: int) -> bool:
    """Is the word before the last *k* an initial that begins a name (``..., J. Andrew Bagnell, 2011``,
    ``Leonidas J. Guibas CVPR 2017``), not one that ends it (``Grenager T. Artificial Intelligence, 2007``)?"""
    if not _INITIAL_WORD.fullmatch(words[-k - 1]):
        return False
    before = words[-k - 2] if k + 2 <= len(words) else ""  # ("Nowé A.", "Littman M L.": the name's end)
    return not before or before.endswith(",") or not re.fullmatch(r"[A-Z](?:[^\W\d_]+|\.?)", before) or bool(
        venues.parse(" ".join(words[-k:]).split(" ", 1)[-1]))


def _known_after_names(words: list[str], k: int) -> bool:
    """Are the last *k* words a known venue and its year, and the words before them names?"""
    name = _LETTERS.search(words[-k])  # (most words are no venue: asked first)
    if not (name and venues.is_known_name(name.group())):
        return False
    found = venues.parse(" ".join(words[-k:]))
    if not (found and found[1] and venues.is_known_name(found[0].split()[0])):
        return False
    names = people.parse(" ".join(words[:-k]))  # (two at least: not "Procedia Computer Science 2020")
    return len(names) >= 2 and not any(_WORD_STOP.search(name) for name in names)  # (nor "White. Chemical Science")


_INITIAL_WORD = re.compile(r"[A-Z]\.")
_LETTERS = re.compile(r"[A-Za-z][A-Za-z-]*")  # "CVPR2015." -> "CVPR", ",ICML,2024." -> "ICML"
_WORD_STOP = re.compile(r"[^\W\d]{2}\. ")  # a full stop after a word, not after an initial
_SURNAME = re.compile(r"[A-Z][a-z]+,?")


def leading_tail(text: str) -> tuple[Tail | None, str]:
    """``Kirillov et al., ICCV 2023. Promptable segmentation foundation model.``: a citation
    tail, then the entry's description. (tail, the rest) when the text starts that way."""
    for tried, m in enumerate(SENTENCE_END.finditer(text[:400])):
        if tried >= 3:
            break
        head, rest = text[: m.start() + 1], text[m.end():]
        tail = citation_tail(head, dated=True)
        if tail.explained and (tail.venue or tail.year and tail.authors and _CITED_BY.search(head)) and rest.strip():
            return tail, rest  # (or who and when alone: "Rein et al., 2023. Graduate-level ...", natnew/awesome-ai-
            # scientists)
    return None, text


_CITED_BY = re.compile(r"\bet\.? al\b| & | and ")


GBT_KINDS = r"(?:[CJMDRAPSNZ]|EB/OL|[JC]/OL)"  # a GB/T 7714 reference's kind marks: [J] an article, [C] a paper...
_GBT_MARK_END = re.compile(rf"\s*\[{GBT_KINDS}\]\s*(?://)?\.?$")
_WHERE_YEAR = re.compile(r"(?P<venue>[A-Za-z][^.\[\]:]{1,200}?)[.,]\s*(?P<year>(?:19|20)\d\d)\b[^\[\]]*")


def split_citation(text: str) -> tuple[str, Tail | None]:
    """Split ``Title. Authors. Venue Year`` into the title and its tail, at the first
    sentence end after which everything reads as a citation tail."""
    for tried, m in enumerate(SENTENCE_END.finditer(text)):
        head, rest = text[: m.start() + 1], text[m.end():]
        if not rest.strip() or tried >= 8:
            break
        if len(rest) > 400 or _ABBREVIATED.search(head):  # (a citation's tail is short; "Abstractive vs.
            continue  # Extractive Meeting Summaries", myamamoto555/survey: an abbreviation's stop is not a sentence's)
        if "(" in head and head.count("(") > head.count(")"):  # "Title (*Nat. Mach. Intell.* 2020)" (HongxinXiang/
            continue  # awesome-ai-bioinformatics): a stop inside brackets, an abbreviated journal's
        marked = _GBT_MARK_END.search(head) if head[-1:] in "]." else None
        where = _WHERE_YEAR.fullmatch(rest.strip()) if marked else None
        if where:  # "Title[J]. Fusion Engineering and Design, 2024, 200: 114161." (YuanhengZhu/awesome-RL-fusion-
            year = int(where.group("year"))  # papers, after each one's key): the title, its kind (a journal article,
            return head[: marked.start()].strip(), Tail(  # GB/T 7714's mark), then where and when; no authors
                authors=[], venue=f"{where.group('venue').strip()} {year}", year=year, explained=True)
        tail = citation_tail(rest)
        # A "?" glued to the next word ("Does It Work?Smith, J. ICML 2020") ends the title
        # only when a venue or year follows; names alone are more likely the title's words.
        if tail.explained and (m.group() != "?" or tail.venue or tail.year) and not _names_first(head, tail):
            return head.strip(), tail
    return text, None


# ("Koltun. Deep Equilibrium", a sentence end and words after it; not "E. Hinton", an initial's, nor "X. Serra.
# Unifying", a title's first word that goes on at the next line)
_STOP_IN_NAME = re.compile(r"[a-z]{2}\. [A-Z]\S* \S")


def _names_first(head: str, tail: Tail) -> bool:
    """Is *head* the names, not the title, of ``Matan Atzmon, Niv Haim, ..., Yaron Lipman. Controlling Neural
    Level Sets`` (Levintsky/ML-tutorial: names, then a title of four capitalised words, which reads as one
    name)? Or is the cut after an initial, within them (``Shaojie Bai, J. Zico Kolter, Vladlen Koltun. Deep
    Equilibrium Models``: a "name" after it holds the sentence end of the title's)?"""
    if not (tail.venue or tail.year) and any(_STOP_IN_NAME.search(name) for name in tail.authors):
        return True
    if len(tail.authors) != 1 or tail.venue or tail.year or tail.arxiv:
        return False
    names = people.parse(head.strip().rstrip("."))
    return len(names) >= 2 and people.only_people(names)


def without_arxiv_text(text: str) -> str:
    return _ARXIV_TEXT_SPAN.sub(" ", text)


def has_cjk(text: str) -> bool:
    return bool(CJK.search(text))
