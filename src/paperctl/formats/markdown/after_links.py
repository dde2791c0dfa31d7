"""What the text after an entry's links says, once its title is read: where and when, then a few words of the
list's topics; fields between middle dots (a date, a venue, a note that there is no code)."""

from __future__ import annotations

import dataclasses
import re

from . import fields, makers, people, venue_words, venues
from .model import ListEntry, Tok, offer_venue

NO_CODE = re.compile(r"(?:no|without) code|code (?:not|un)\w*(?: \w+)?|code:? (?:n/?a|none|tbd|coming soon)",
                     re.IGNORECASE)
# The list's word that it found no code for the paper, between the links and what follows them ("..., [Paper](..),
# Not Find Code, (Accepted by ICML 2002)", chauncygu/Safe-Reinforcement-Learning-Baselines, 95 lines)
NO_CODE_SAID = re.compile(r"(?<!\w)(?:not find code|no (?:official )?code(?: available| found| yet)?|code not "
                          r"(?:available|found|released))(?!\w)", re.IGNORECASE)
_FIELD_SEPARATOR = re.compile(r"\s*[·•|]\s*")
_SHORT_DATE = re.compile(r"(\d\d)\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])")


def no_code_said(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """*toks* without the words that say the list found no code (``NO_CODE_SAID``), which become a note."""
    out = []
    for t in toks:
        if t.kind == "text" and not t.code and (said := NO_CODE_SAID.search(t.text)):
            entry.notes.append(said.group())
            left = (t.text[:said.start()].rstrip(" ,;") + " " + t.text[said.end():].lstrip(" ,;")).strip(" ")
            t = dataclasses.replace(t, text=(" " if t.text[:1] == " " else "") + left if left else " ")
        out.append(t)
    return out


def venue_then_topics(text: str, entry: ListEntry) -> str | None:
    """``Title [Paper](..) [Code](..) IEEE TKDE 2021 Early Rumor Detection``, ``... ACL 2021 main Knowledge-aware
    fake news detection`` (CurryTang/awesome-fake-news-detection, every paper): after the title and its links,
    where and when (with the track), then a few words of the list's topics, kept as a note. None when the run
    is not so; else what is left to read as the description ("" when nothing: a sentence would be it)."""
    if not entry.title or entry.venue or entry.in_summary or entry.summary_parts or not entry.link_labels:
        return None
    m = _VENUE_THEN_WORDS.fullmatch(text.strip())
    if m is None or ". " in m.group(1) or venues.year_of_date(m.group(1)) is not None or _TRACK.fullmatch(
            m.group(2)):  # ("Philipp Krähenbühl. CVPR 2018": who, then where; "Sept 2023": a date; "ECCV 2022
        return None  # Oral": the venue's track, not a topic)
    found = venues.parse(m.group(1)) or venue_words.in_words(m.group(1), least=2)
    if not (found and found[1]):
        return None
    offer_venue(entry, found[0], m.group(1))
    entry.date_year = entry.date_year or found[1]
    rest = m.group(2)
    if len(rest.split()) > 6 or rest.rstrip()[-1:] in ".!?":
        return rest  # (a description after the venue)
    entry.notes.append(rest)
    return ""


# A venue and its year (its track after it), then words: "IEEE TKDE 2021 Early Rumor Detection", "CIKM 2021 short"
_TRACKS = r"(?i:main|short|long|findings|oral|poster|spotlight|workshop|demo)"  # a venue's tracks, as written after it
_VENUE_THEN_WORDS = re.compile(rf"([A-Z][\w&/.'-]*(?: [A-Za-z][\w&/.'-]*){{0,5}}? ?(?:19|20)\d\d(?: {_TRACKS})?)"
                               r"\s+(\S.{0,300})")
_TRACK = re.compile(rf"{_TRACKS}\W*")
# What a venue in brackets may carry instead of a name before it: a track, an award, a status ("(Oral, CVPR 2023)")
TRACK_WORD = re.compile(rf"{_TRACKS}|(?i:highlight|best paper|award|accepted|submitted|preprint)")


def fields_after_links(text: str, entry: ListEntry, empty: bool = True) -> bool:
    """Fields between middle dots (or bars) after the entry's links, once its description has been read:
    ``— Summary. [paper](arXiv) · code not located · 2025-12``, ``... · [code](..) · ICLR 2025``
    (zz1358m/Awesome-Gradient-Free-LLMOpt, 51 entries): a date, a venue, a note that there is no code,
    not more of the description. True when every field was one of these, and read (*empty*: also when
    there was none, only separators: between labelled links, not after a link of the description's)."""
    if "·" not in text and "|" not in text and "•" not in text or not _FIELD_SEPARATOR.match(text):
        return False
    read: list[tuple[str, int | None]] = []
    for part in _FIELD_SEPARATOR.split(text.strip(" .,;" + fields.LEFT + fields.RIGHT)):
        if not part or NO_CODE.fullmatch(part):
            continue
        year = venues.year_of_date(part)
        if year is None and (short := _SHORT_DATE.fullmatch(part)):  # "22.12.05" (harrytea/Awesome-Document-
            year = 2000 + int(short.group(1))  # Understanding): the year's two digits, the month, the day
        found = venues.parse(part) if year is None else None
        if year is not None:
            read.append(("", year))
        elif found and (found[1] or venues.preprint(part)):
            read.append(found)
        else:
            return False
    if not read and not empty:
        return False
    for venue, year in read:
        if venue:
            offer_venue(entry, venue, venue)
        entry.date_year = entry.date_year or year
    return True


def dotted_byline(text: str, entry: ListEntry) -> bool:
    """Who wrote the paper and marks of the list's, set apart by middle dots after its badges: ``· Gao, Maoguo,
    Zhu, Zejun, Sun, Zhiming et al. · ⭐ 3 · 🔓 OA`` (ser666/awesome-zero-shot-navigation, every paper, written by
    its script): the authors, then its repository's stars and that it is open access (notes); a date or a venue
    too. True when every field was one of these, and read."""
    if not _FIELD_SEPARATOR.match(text) or entry.authors or entry.in_summary:
        return False
    names: list[str] = []
    notes: list[str] = []
    for part in _FIELD_SEPARATOR.split(text.strip(" .,;")):
        if not part:
            continue
        if _MARKED.fullmatch(part):
            notes.append(part)
        elif not names and (found := people.parse(part)) and people.only_people(found) and (
                len(found) >= 2 or "et al" in part) and all(" " in name for name in found):  # (not "Gao, Maoguo,
            # Zhu, Zejun": family names and given names paired by commas, which it cannot tell apart)
            names = found
        elif (year := venues.year_of_date(part)) is not None:
            entry.date_year = entry.date_year or year
        else:
            return False
    if not names:
        return False
    entry.authors = names
    entry.notes += notes
    return True


_MARKED = re.compile(r"[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]\ufe0f?\s*[\w.,+-]{1,12}")  # "⭐ 3", "🔓 OA"


# A venue and its year, glued ("ICCV2019") or not, then what the list says of the paper: after a comma, a colon or a
# dash, or (glued) a space
_VENUE_THEN_SAID = re.compile(r"(?P<venue>[A-Za-z][\w@&.-]{1,20}(?: [A-Za-z][\w&.-]{1,15})?( ?)(?:19|20)\d\d)"
                              r"(?:(?P<sep>\s*[,:;]|\s+[-–—])?\s+(?=\S)|(?=[\u3400-\u9fff]))")  # ("ACL2020香侬科技")


def venue_then_said(text: str, stripped: str, entry: ListEntry) -> bool:
    """``[Title](..) ICCV2019, explicit relations of geometric positions ...``, ``[Title](..) CVPR2020 object-level
    graph: ...`` (ExeCuteRunrunrun/Multi-Modal-Dialogue-System-Paperlist, 76 lines): where and when the paper
    appeared (a venue lists are known to cite), then the list's description of it. True when *stripped* (*text*
    cleaned) was so, and read (the rest as the description)."""
    m = _VENUE_THEN_SAID.match(stripped) if not (entry.venue or entry.summary_parts) else None
    if m is None or not (m.group("sep") or not m.group(2) and " " not in m.group("venue")):
        return False  # (a space alone after the year only when it is glued to the name: not "ICCV 2019 explicit")
    said = stripped[m.end():]
    who, _, rest = said.partition(" ")
    if stripped[m.end() - 1:m.end()].isdigit() and not makers.CJK_MAKER.fullmatch(who):
        return False  # (glued to Chinese only where a lab's name follows: not "ACL2020的Best Paper，...", a sentence)
    found = venues.parse(m.group("venue"))
    if not found or not found[1] or not venues.name_known(found[0]):
        return False
    offer_venue(entry, found[0], m.group("venue"))
    entry.date_year = entry.date_year or found[1]
    if makers.CJK_MAKER.fullmatch(who):  # "ACL2020香侬科技 MRC框架的NER", "ACL2020 杭州电子科技 阅读理解范式的隐喻
        entry.notes.append(who)  # 检测", "ACL2015 中科院" (xiaomindog/xiaomindog.github.io): where, who, what it does
        if not rest:
            return True
        said = rest
    entry.summary_parts.append(said + " " if text[-1:].isspace() else said)  # (a bracket may follow)
    entry.in_summary = fields.is_summary(said)
    return True


def bar_cells(text: str) -> list[str]:
    """The cells of a run set off by bars at both ends (``| CVPR 2023 | Blend |``), two or more, one
    of them a venue and its year; else none."""
    run = text.strip().rstrip("[" + fields.LEFT).rstrip()
    if run[:1] != "|" or run[-1:] != "|":
        return []
    cells = [c.strip() for c in run[1:-1].split("|")]
    if len(cells) < 2 or not all(cells):
        return []
    # (one names where and when: "| Xin He, et al. | arXiv |" after "2019 | Title" reads whole, the year before)
    return cells if any((found := venues.parse(c)) and found[1] for c in cells if len(c) <= 30) else []


def slashed_cells(text: str) -> list[str]:
    """The fields of a run set off by slashes (``/ CVPR 2021 / CaDDN``), two or more or one a venue; else none."""
    cells = [c.strip() for c in text.strip().strip("/").split(" / ")]
    if not all(cells) or any(len(c) > 40 for c in cells):
        return []
    return cells if any((found := venues.parse(c)) and (found[1] or len(cells) > 1) for c in cells) else []
