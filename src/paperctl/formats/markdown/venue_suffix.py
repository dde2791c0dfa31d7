"""Where and when, written after a plain title: ``Title, NeurIPS 2024``, ``Title, Neurocomputing 2024, 570:
127144.``, ``Title, *IEEE Access* 2022``; or when alone, with a stop: ``Title 2015.``. ``plain_title`` cuts the
title there; ``italics`` asks whether an italic name is a venue.
"""

from __future__ import annotations

import re

from . import people, venue_words, venues
from .model import ListEntry
from .proceedings import in_venue

_VOLUME_PAGES = re.compile(r",\s?\d{1,5}(?:\s?\(\d{1,5}\))?\s?:\s?\d{1,7}(?:\s?[-–]\s?\d{1,7})?\.?\s*$")
_SPACE_BEFORE_COMMA = re.compile(r"\s+,(?=\S)")


def split_venue_suffix(text: str) -> tuple[str, str | None]:
    """``Title, NeurIPS 2024`` -> (``Title``, ``NeurIPS 2024``); a journal's volume and pages
    after it are dropped (``Title, Neurocomputing 2024, 570: 127144.``). A title with no venue after it keeps
    a space written before a comma ("Learning ,00 Models")."""
    if "，" in text:  # "CTR-BERT: Cost-effective knowledge distillation for ... models，arxiv 2022/04" (westlake-repl/
        text = _WIDE_COMMA.sub(", ", text)  # Recommendation-Systems-without-Explicit-ID-Features): a full-width comma
    written = text
    if " ," in text:  # "Self-Supervised Learning for Recommender Systems: A Survey ,arxiv 2022," (archersama/awesome-
        text = _SPACE_BEFORE_COMMA.sub(", ", text)  # recommend-system-pretraining-papers): the space on the wrong side
    dashed = _DASHED_WHERE.fullmatch(text) if " — " in text or " – " in text else None
    if dashed and len(dashed.group(1).split()) >= 3:  # "3. Acceleration algorithms in GNNs: A survey — IEEE
        where = dashed.group(2).strip()  # Transactions on Knowledge and Data Engineering, 2025" (Mowbray-R-V/Graph-
        if suffix_venue(where) or venue_words.journal_suffix(where):  # based-RL4CO, 26 lines): where, after a dash
            return dashed.group(1), where
    if ", " not in text:
        head, found = venue_words.spaced_suffix(text)
        return (head, found) if found else (written, None)
    cited = _VOLUME_PAGES.sub("", text) if ":" in text else text
    head, after = cited.rsplit(", ", 1) if ", " in cited else (cited, "")
    if len(after) <= 60 and suffix_venue(after):
        return head, after
    dated = _VENUE_THEN_DATE.fullmatch(after) if len(after) <= 60 else None
    if dated and (found := venues.parse(dated.group(1))) and found[1]:  # "Title, KDD2022,2022/06": the venue, then
        return head, dated.group(1)  # the month it came out, glued on
    if len(head.split()) >= 3 and venue_words.journal_suffix(after):
        return head, after.strip(". ")
    return written, None


_DASHED_WHERE = re.compile(r"(.+?\S)\s+[—–]\s+([^—–]{2,80}?)\s*")
_WIDE_COMMA = re.compile(r"(?<=[\x21-\x7e])，\s*(?=[A-Za-z])")  # (between Latin words only: not a note in Chinese)
_VENUE_THEN_DATE = re.compile(r"(.{2,40}?),\s*(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])[,.]?")


def suffix_venue(text: str) -> tuple[str, int | None] | None:
    """The venue a title's suffix names: ``NeurIPS 2024``, ``In ICML 2019``, a journal in words
    (``Earth and Space Science 2023.``, JimengShi/DL-Foundation-Models-Weather), or the year then a
    name (``2019 ISVC``, ``2019 IEEE Access``, xuehaouwa/Awesome-Trajectory-Prediction); else None."""
    return venues.parse(text) or in_venue(text) or venue_words.in_words(text.rstrip(". "), least=2) or \
        venue_words.year_then_name(text)


def venue_in_italics(name: str, year: str) -> bool:
    """An italic name of any venue before its year (Daisy-Zhang/Awesome-Deepfakes-Detection: ``Title,
    *IEEE Access* 2022: [Paper](..)``, about 25 of its 248 lines): capitalised words with an acronym
    or a joining word, not full names (``*Alice Smith and Bob Jones* 2021``)."""
    if not venue_words.in_words(f"{name} {year}"):
        return False
    if any(_ACRONYM_WORD.fullmatch(w) for w in name.split()):
        return True
    names = people.parse(name)
    return len(name.split()) >= 3 and not (names and all(len(n.split()) >= 2 for n in names))


_ACRONYM_WORD = re.compile(r"[A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*")


def year_after(text: str, entry: ListEntry) -> str | None:
    """``**[2]** Neural Machine Translation of Rare Words with Subword Units 2015. [[arxiv]](..)``, ``Texture
    Networks: ... Images(2016). [[pdf]](..)`` (gopala-kr/summary, 12 of its 29 papers): the title, then its year
    and a stop. The title, its year read; None when *text* is not so (``Title TPAMI 2019.``: where, then when)."""
    ended = _YEAR_STOP_END.fullmatch(text)
    if not ended or len(ended.group(1).split()) < 4 or STOPS.search(ended.group(1)) or _VENUE_WORD_LAST.search(
            ended.group(1)):
        return None
    entry.date_year = int(ended.group(2) or ended.group(3))
    return ended.group(1)


_YEAR_STOP_END = re.compile(r"(.*?[^\W\d_])(?: ((?:19|20)\d\d)\.|\(((?:19|20)\d\d)\)\.)")
_VENUE_WORD_LAST = re.compile(r"(?:^|\s)(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|arXiv|Arxiv|arxiv)$")
STOPS = re.compile(r"[,，]|[.?!] ")  # (a citation's parts: "Authors. Title? Venue,2022"; plain_title asks too)
