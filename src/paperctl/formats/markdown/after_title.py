"""What a title says after it: the venue and year a title link's text or a plain title ends with.

``[Efficient two-round OT extension ..., CCS'19](..)``, ``[Title (NIPS 2019)](..)``, ``[Title [2021,
InterNLP]](..)``, ``[LSC - Title - CVPR - 2015](..)``: ``titles`` takes the venue (or the year) off the
title and gives it to the entry; ``plain_title`` asks ``year_and_venue`` of a plain title's last
bracket. (What stands before a title is ``before_title``'s.)
"""

from __future__ import annotations

import re

from . import links, makers, people, preprints, proceedings, venue_words, venues
from .link_names import add_link
from .model import ListEntry, Tok, offer_venue


def suffixed_title(text: str, entry: ListEntry) -> str:
    """A title link's text without the venue and year it ends with (``[Efficient two-round OT extension
    ..., CCS'19](..)``, primihub/Awesome-Privacy-Computing, 109 lines), which become the entry's venue."""
    dashed = _DASHED_WHERE.fullmatch(text) if " - " in text[-50:] else None
    found = venues.parse(f"{dashed.group(3)} {dashed.group(4)}") if dashed else None
    if dashed and found and found[1] and len(dashed.group(2).split()) >= 3:
        # "[LSC - Superpixel Segmentation using Linear Spectral Clustering - CVPR - 2015](..)" (nemonameless/
        # segmentation-paper-list, 56 lines: "short name - title - venue - year", as its legend says)
        offer_venue(entry, found[0], f"{dashed.group(3)} - {dashed.group(4)}")
        if dashed.group(1):
            entry.notes.append(dashed.group(1))
        return dashed.group(2)
    cut = comma_venue(text, entry) or (_stopped_venue(text, entry) if text[-1:] in ".)0123456789" else None)
    cited = _FIRST_AUTHOR_AFTER.fullmatch(text) if cut is None and not entry.authors and "et al" in text[-30:] else None
    if cited and len(cited.group(1).split()) >= 3 and people.looks_like_name(cited.group(2)):
        entry.authors = [cited.group(2)]  # "[(2017) Graph Attention Networks, Petar Veličković et al.](arXiv)"
        return cited.group(1)  # (clandolt/awesome-marl-on-graphs): the title, then its first author
    year_end = _YEAR_ENDING.fullmatch(text) if cut is None and text.endswith(")") else _COMMA_YEAR_ENDING.fullmatch(
        text) if cut is None and text[-4:].isdigit() and ". " not in text and '"' not in text else None  # (not a
    # citation's "Wu Z, Li Q. Title. IEEE Transactions on Big Data, 2022", read whole below)
    if year_end and (text.endswith(")") or len(year_end.group(1).split()) >= 2):  # "[ChestX-Reasoner (2025)](arXiv)
        # - a radiology diagnosis ..." (pqpq17/Awesome-LLM-Reasoning-on-Medicine, every entry): the name, its year;
        # "[DeepHunter: A Coverage-Guided Fuzz Testing Framework for Deep Neural Networks, 2019](acm)" under "###
        # ISSTA" (zhuozhuoH/DL-TEST), a title and its year after a comma
        entry.date_year = entry.date_year or int(year_end.group(2))
        entry.journal_year = True
        return year_end.group(1)
    if cut is None and not entry.authors and " by " in text:
        cut = _by_names(text, entry)
    return _bracketed_suffix(text, entry) if cut is None else cut


_COMMA_YEAR_ENDING = re.compile(r"(.*[^\s\d,]),\s*((?:19|20)\d\d)")
_NAME_WORD = re.compile(r"[A-Z][^\W\d_]*(?:-[A-Za-z][^\W\d_]*)?|[A-Z]\.")  # "Paolo", "Löfström", "Min-ge", "C."


_YEAR_ENDING = re.compile(r"(.*\S)\s*\(((?:19|20)\d\d)\)")


def _by_names(text: str, entry: ListEntry) -> str | None:
    """``[Combination of Conformal Predictors for Classification by Paolo Toccaceli, Alexander Gammerman](pdf)``
    (Rowing0914/COPA_papers, 18 of its 19 links of 2017): the title, then "by" and who wrote it, all in the
    link's text. The names go to *entry*; the title without them is given back. Two names at least, each of
    two or three capitalised words no word of which ends as English words of a method do: "by" in a title
    says how far more often than who ("Deep Multimodal Fusion by Channel Exchanging", "Improving Language
    Understanding by Generative Pre-Training", "... by Vector Flow and Grayscale")."""
    head, _, said = text.rpartition(" by ")
    names = people.parse(said.strip().rstrip("."))
    if len(head.split()) < 3 or len(names) < (1 if "et al" in said else 2) or not people.only_people(names):
        return None
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words) or people.worded(name):
            return None
    entry.authors = names
    return head.rstrip(" ,")


def comma_venue(text: str, entry: ListEntry) -> str | None:
    """A title ending with its venue and year after a comma (``Similarity-Preserving Knowledge Distillation, CVPR
    2019``, in a link's text or in bold: zju-pi/Knowledge-Distillation-Paper): the venue offered to *entry*, the
    title without it given back; None when it does not end so."""
    comma = ", " if ", " in text[-40:] else "，" if "，" in text[-40:] else ""  # (a full-width comma too: "**Chinese
    head, _, after = text.rpartition(comma) if comma else ("", "", "")  # NER Using Lattice LSTM，ACL2018**",
    found = venues.parse(after) if head and (len(head.split()) >= 3 or _METHOD_NAME.fullmatch(head)) else None
    if not found or not found[1] or len(head.split()) < 3 and not venues.name_known(found[0]):  # (pangsinidjfi/
        return None  # KG_papers; "[FastCorrect 2, EMNLP 2021 Findings](arXiv)", microsoft/NeuralSpeech: a method's
    # name for a title, not "[Kipf, ICLR 2017]", who)
    offer_venue(entry, found[0], after)
    return head


_METHOD_NAME = re.compile(r"(?=\S*(?:[a-z][A-Z]|[A-Z]{2}))\S+(?: \S+)?")  # "FastCorrect", "BERT", "CMatch 2"


def _stopped_venue(text: str, entry: ListEntry) -> str | None:
    """A title ending with a known venue and its year after a full stop or a dash: ``[Model-Agnostic Meta-Learning
    for Fast Adaptation of Deep Networks. ICML 2017.](arXiv)`` (vis-opt-group/BLO, 46 lines), ``[MASS: ... for
    Language Generation - ICML 2019)](arXiv)`` (changwookjun/nlp-paper): the venue offered to *entry*, the title
    given back; None when it does not end so (a name the list may have made up stays the title's)."""
    m = _STOPPED_VENUE.fullmatch(text)
    found = venues.parse(m.group(2)) if m and len(m.group(1).split()) >= 3 and not _CITED_HEAD.search(
        m.group(1)) else None  # (not "Sinno et al. TIP'19", "Xie, B., ... (2021). Title. AAAI 2022": a citation)
    if not found or not found[1] or not (venues.name_known(found[0]) or venues.preprint(found[0].split()[0])):
        return None
    offer_venue(entry, found[0], m.group(2))  # type: ignore[union-attr]
    return m.group(1)  # type: ignore[union-attr]


_CITED_HEAD = re.compile(r"\bet al\.?$|\((?:19|20)\d\d[a-z]?\)\.")
_STOPPED_VENUE = re.compile(r"(.{10,400}?)(?:\.|\s[-–—])\s+([A-Za-z][\w&@' -]{1,30}?\s?(?:['’]\d\d|(?:19|20)\d\d))"
                            r"\.?\)?\s*")
_FIRST_AUTHOR_AFTER = re.compile(r"(.{10,400}?),\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s+et\.?\s+al\.?\s*")
_DASHED_WHERE = re.compile(r"(?:([^\s-][^-]{0,24}?) - (?=.{10}))?(.{10,300}?) - ([A-Za-z][\w&' ]{1,30}?) - "
                           r"((?:19|20)\d\d)")
_SUFFIX = re.compile(r"\s*(?:[(（]([^()（）]{2,40})[)）]|\[([^\[\]]{2,60})\])\s*$")  # (full-width too: "...
# （CVPR,2020）", SaulZhang/Awesome_Video_Frame_Prediction)


def _bracketed_suffix(text: str, entry: ListEntry) -> str:
    """``[... for rapid-deployment(NIPS 2019)](arXiv)``, ``[... image classification. (2021)](arXiv)``
    (A-suozhang/awesome-quantization-and-fixed-point-training, HangLi216/Continual_Learning): a venue
    with its year, or a year, in brackets ending the link's text, the entry's; the title without it."""
    m = _SUFFIX.search(text) if text.endswith((")", "]", "）")) else None
    head = text[: m.start()].rstrip() if m else ""
    inner = (m.group(1) or m.group(2)).strip() if m else ""
    inner = _NAME_COLON_YEAR.sub(r"\1 \2", inner) if ":" in inner else inner  # ("...Classification[NIPS:2015]",
    # IamJunhaHwang/Papers, every paper: its template "[Paper Title][Conf or Journal:Year]")
    if m and head and len(head.split()) < 3 and (placed := venues.parse(inner)) and placed[1] and venues.name_known(
            placed[0]):  # "| [GDN (AAAI 2021)](..) | GNN |" (Luciferjason/Deep-Anomaly-Detection-for-Time-Series-A-
        offer_venue(entry, placed[0], m.group().strip())  # Survey, all 59 rows): a method's short name, and where and
        return head  # when its paper appeared
    if not m or len(head.split()) < 3:
        return text
    cited = _WHO_AND_WHEN.fullmatch(inner) if "," in inner and not entry.authors else None
    if cited and people.looks_like_name(cited.group(1)):  # "[Graph Attention Networks (Veličković et al., 2018)](..)"
        entry.authors = [cited.group(1)] + ([cited.group(2)] if cited.group(2) else [])  # (ashikshafi08/paper_
        entry.date_year = entry.date_year or int(cited.group(3))  # implementation, 66 of 74): who wrote it, when
        return head
    made = _MAKER_YEAR.fullmatch(inner)
    if made and all(makers.institution(who) for who in made.group(1).split("-")):  # "[[DeepFM] Title (HIT-Huawei
        entry.notes.append(made.group(1))  # 2017)](pdf)", "(NUS 2017)", "(Google 2016)" (wzhe06/Reco-papers, 68
        entry.date_year = entry.date_year or int(made.group(2))  # lines): who made it and when, no venue (the
        entry.journal_year = True  # year of one named elsewhere: "| Title (THU 2024) | | [ACL](arXiv) |")
        return head
    found = venues.parse(inner) or year_and_venue(inner)
    if found and found[1]:
        offer_venue(entry, found[0], m.group().strip())
        return head
    if re.fullmatch(r"(?:19|20)\d\d", inner):
        entry.date_year = entry.date_year or int(inner)
        return head
    return text


_NAME_COLON_YEAR = re.compile(r"^([A-Za-z][\w .&-]{1,40}?)\s*:\s*((?:19|20)\d\d)$")
_MAKER_YEAR = re.compile(r"([A-Z][\w&]*(?:-[A-Z][\w&]*)*) ((?:19|20)\d\d)")
_NAME = r"[A-Z][^\W\d_][\w'’-]*(?: [A-Z][^\W\d_][\w'’-]*)?"
_WHO_AND_WHEN = re.compile(rf"({_NAME})(?: et\.? al\.?| (?:&|and) ({_NAME})),? ((?:19|20)\d\d)")  # (not "ICIP, 2017")


def year_and_venue(text: str) -> tuple[str, int] | None:
    """``2018, KDD``, ``2019, Computer vision and image understanding``, ``ICIP, 2017`` (SupeRuier/awesome-
    active-learning, 160 lines, in brackets after the title): a venue and its year with a comma between,
    either first, or the year first with no comma (``2018ECCV``); the venue as stated with its year."""
    m = _YEAR_COMMA_NAME.fullmatch(text.strip()) or _NAME_COMMA_YEAR.fullmatch(text.strip()) or \
        _YEAR_NAME.fullmatch(text.strip())
    if not m:  # "[IEEE Access 2017]" (npxiaoying/Social-Recommendation): a journal in words, then its year
        return venue_words.in_words(text.strip(), least=2) if text.strip()[-4:].isdigit() and not _AWARD.search(
            text) else None  # (not "[Best Long Paper 2018]", buracagyang/RecSys_paper: an award)
    name, year = (m.group(1), m.group(2)) if m.re is _NAME_COMMA_YEAR else (m.group(2), m.group(1))
    if makers.is_maker(name):  # ("[Microsoft, 2023]": who made it, as venues.named_and_dated says)
        return None
    return venues.parse(f"{name} {year}") or venue_words.in_words(f"{name} {year}") or (
        (f"{name.strip()} {year}", int(year)) if len(name.split()) <= 6 else None)


_AWARD = re.compile(r"\b(?:best|award|paper|prize|honou?rable)\b", re.IGNORECASE)
_YEAR_COMMA_NAME = re.compile(r"((?:19|20)\d\d),\s*([A-Za-z][\w&.' -]{1,50})")
_YEAR_NAME = re.compile(r"((?:19|20)\d\d) ?([A-Z][\w&.' -]{1,50})")  # "2018ECCV", "2019 Pattern Recognition"
# (Jeaninezpp/Awesome-Incomplete-multi-view-clustering, after the title in brackets)
_NAME_COMMA_YEAR = re.compile(r"([A-Za-z][\w&.' -]{1,50}?),\s*((?:19|20)\d\d)")


def bold_venue_after(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """``Unsupervised Human Activity Representation Learning with Multi-task Deep Clustering (**IMWUT/ubicomp**)
    [[paper](..)]`` (haoranD/Awesome-Human-Activity-Recognition, 67 of its 71 entries): a plain title, then in
    brackets and in bold where it appeared, without its year (the year heading above gives it). The venue is
    the entry's; the tokens without it."""
    if len(toks) < 3 or toks[0].kind != "text" or toks[0].strong or toks[0].em or toks[0].code:
        return toks
    title, bold, after = toks[0], toks[1], toks[2]
    if not (title.text.rstrip().endswith("(") and bold.strong and bold.kind == "text" and not bold.em
            and after.kind == "text" and not after.strong and after.text.startswith(")")):
        return toks
    name = bold.text.strip()
    held = proceedings.year_first(name)  # "(**2024 IEEE 18th International Conference on ... (ICCA)**)"
    if not (held or _BOLD_VENUE.fullmatch(name)) or len(title.text.split()) < 4:
        return toks
    found = held or venues.parse(name) or _posted(name)
    short = _SHORT_NAMED.fullmatch(name)
    if not (found or venue_words.journal_named(short.group(1) if short else name) or "/" in name and all(
            _BOLD_VENUE.fullmatch(part) for part in name.split("/"))):
        return toks  # (not a method's name, "... Rapidly Evolving Deployment (**CLEAR**)", nor "(**Workshop**)")
    offer_venue(entry, found[0] if found else name, f"({name})")
    if found and found[1]:
        entry.date_year = entry.date_year or found[1]
    rest = after.text[1:]
    return [Tok("text", title.text.rstrip()[:-1].rstrip()), *([Tok("text", rest)] if rest else []), *toks[3:]]


def _posted(name: str) -> tuple[str, int] | None:
    """``arXiv 2026.1``, ``IEEE Transactions on Mobile Computing 2025.9`` (TheBrainLab/Awesome-VLA-UAVs, 27 of
    its 37 entries): where, and the year and month; the venue with that year."""
    m = _YEAR_MONTH_END.fullmatch(name)
    if m is None:
        return None
    base, year = m.group(1), int(m.group(2))
    return preprints.posted_as_venue(name) or venues.parse(f"{base} {year}") or venue_words.in_words(
        f"{base} {year}") or ((f"{base} {year}", year) if venue_words.journal_alone(base) else None)


_YEAR_MONTH_END = re.compile(r"(.+?) ((?:19|20)\d\d)[./](?:0?[1-9]|1[0-2])")
# (up to nine words: "IEEE Open Journal of Vehicular Technology 2024.8")
_BOLD_VENUE = re.compile(r"[A-Za-z][\w&/'.-]*(?: [\w&/'.()-]+){0,8}")
_SHORT_NAMED = re.compile(r"(.+?) \([A-Z]{2,8}\)")  # "Artificial Intelligence (AIJ)"


def venue_field(toks: list[Tok], entry: ListEntry) -> None:
    """The venue as a field set off by bars, a link to the paper named for where it appeared (``| *Names* |
    [Nature](https://doi.org/10.1038/nature21056) | [code](..)``): the venue, of the entry's year."""
    shown = [t for t in toks if t.kind != "text" or t.text.strip()]
    for before, t in zip(shown, shown[1:], strict=False):
        name = t.text.strip()
        if t.kind == "link" and (before.em or before.text.rstrip().endswith("|")) and 0 < len(name) <= 80 and (
                venues.parse(name) or venue_words.journal_named(name) or not links.label_word(name)):
            offer_venue(entry, name, f"[{name}]")
            entry.journal_year = True
            return


def where_after_quote(rest: list[Tok], entry: ListEntry) -> list[Tok]:
    """*rest* (what follows an IEEE reference's quoted title) without where the paper appeared, read
    into *entry* (``proceedings.ieee_where``: ``, *Symmetry*, vol. 10, no. 12, p. 718, Dec. 2018``)."""
    k = next((i for i, t in enumerate(rest) if t.kind != "text"), len(rest))
    text = "".join(t.text for t in rest[:k])
    where = proceedings.ieee_where(text) if text.strip() else None
    if where is None and not text.strip(" ,.") and k < len(rest) and rest[k].kind == "link" and (
            where := proceedings.ieee_where(rest[k].text)) is not None:
        # "“Title.” [arXiv, Aug. 14, 2024.](arXiv)" (tanganke/fusion_bench's reading list): where, as the link's text
        offer_venue(entry, where[0], rest[k].text.strip())
        entry.date_year = entry.date_year or where[1]
        add_link(entry, rest[k].text, rest[k].href)
        return rest[k + 1:]
    if where is None:
        return rest
    offer_venue(entry, where[0], text.strip())
    entry.date_year = entry.date_year or where[1]
    entry.arxiv = entry.arxiv or where[2]
    return rest[k:]


def venue_after_comma(text: str, written: str) -> tuple[str, tuple[str, int]] | None:
    """``1. MAttNet: Modular Attention Network for Referring Expression Comprehension, _CVPR 2018_`` (a bold title
    with its venue in italics after a comma, the number the list gives it first; xiaoqiang-lu/Research, every
    paper): (the title alone, (venue, year)) when *text* ends with *written*, a venue and its year, after a comma;
    else None."""
    written = written.strip()
    where = venues.parse(written) if written and text.endswith(written) else None
    head = text[: -len(written)].rstrip() if where and where[1] else ""
    if not head.endswith((",", ".")) or head.endswith(".") and len(head.split()) < 3:
        return None  # (or a stop: "- **PrimeNet: Pre-Training for ...**. *AAAI 2023*", ZLiu21/awesome-tsfms-from-
        # pre-training-to-post-training, over its "**Paper**:" and "**Code**:" lines)
    return _NUMBERED_TITLE.sub("", head.rstrip(",.").rstrip(), count=1), (where[0], where[1])  # type: ignore[index]


_NUMBERED_TITLE = re.compile(r"^\d{1,3}\.\s+(?=[A-Z])")


def italic_venue_in_bold(run: list[Tok], entry: ListEntry) -> None:
    """The venue in italics at the end of a bold title, after a comma (``venue_after_comma``)."""
    tail = run[-1] if run and run[-1].kind == "text" and run[-1].em else None
    cut = venue_after_comma(entry.title or "", tail.text) if tail is not None else None
    if cut is not None:
        entry.title = cut[0]
        offer_venue(entry, cut[1][0], tail.text.strip())  # type: ignore[union-attr]
        entry.date_year = entry.date_year or cut[1][1]
