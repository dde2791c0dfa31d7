"""Who wrote a paper, written after its plain title: ``Title, Bing Han and Kaushik Roy,`` before a venue's link,
``Title, Jinfeng Li, Shouling Ji, Tianyu Du, NDSS 2019``, ``Title. by Patil et al.`` (``plain_title`` asks, once
the title's end is found: the text up to the first link, venue or citation tail)."""

from __future__ import annotations

import re

from . import makers, people, venues
from .model import ListEntry, Tok


def read(title: str, entry: ListEntry, tail: str, rest: list[Tok]) -> str:
    """The title, the names after it taken into *entry*'s authors (a maker's, as a note)."""
    if not entry.authors and ", " in title and not tail.strip(" ,[") and rest and rest[0].kind == "link" and \
            venues.parse(rest[0].text.strip("[] ")) and (after := _names_after_title(title)) is not None:
        title, entry.authors = after  # "Deep Spiking Neural Network: ..., Bing Han and Kaushik Roy, [[ECCV-2020](..)]"
    if not entry.authors and title.count(", ") >= 2 and (entry.venue or entry.date_year or rest and rest[0].kind ==
                                                         "link") and (listed := _comma_names_after_title(title)):
        title, entry.authors = listed  # "TextBugger: Generating ..., Jinfeng Li, Shouling Ji, Tianyu Du, Bo Li, Ting
        # Wang, NDSS 2019 [arxiv](..)" (bifeng/nlp_paper_colletion, 24 bullets): the title, who wrote it, where
    by = _BY_NAMES_LAST.fullmatch(title) if not entry.authors and ". by " in title else None
    if by:  # "- [ICML'22] POET: Training Neural Networks on Tiny Devices ... by Patil et al. [[paper](..)]"
        title = by.group(1)  # (ysyisyourbrother/awesome-on-device-AI, 26 lines): the title, then who wrote it
        names = [n.strip() for n in by.group(2).split(", ")]  # (not "by USTC & Microsoft": who made it, a note)
        if people.only_people(names) and not any(makers.is_maker(n) or makers.institution(n) for n in names):
            entry.authors = names
        else:
            entry.notes.append(f"by {by.group(2)}")
        entry.date_year = entry.date_year or (int(by.group(3)) if by.group(3) else None)
    return title


def _names_after_title(title: str) -> tuple[str, list[str]] | None:
    """``Title, Bing Han and Kaushik Roy,`` before a link named for the venue (wangxiao5791509/SNN_CV_Applications_
    Resources): the title, then, after its last comma, two full names or more and nothing else; (the title, the
    names) or None. (Only the venue's link after them says they are names: "..., Optical Flow and Camera Pose" is
    as person-shaped.)"""
    head, _, last = title.rstrip(" ,").rpartition(", ")
    if not head or " and " not in last and "," not in last:
        return None
    names = people.parse(last)
    if len(names) < 2 or not all(len(n.split()) >= 2 for n in names) or not people.only_people(names) \
            or len(head.split()) < 3:
        return None
    return head, names


def _comma_names_after_title(title: str) -> tuple[str, list[str]] | None:
    """``Title, Jinfeng Li, Shouling Ji, Tianyu Du``: the title, then two full names or more, one between each
    comma and the next, and nothing else; (the title, the names) or None. (Only a venue, a year or a link after
    them says they are names.)"""
    parts = title.rstrip(" ,").split(", ")
    cut = len(parts)
    while cut > 1 and len(parts[cut - 1].split()) in (2, 3) and people.parse(parts[cut - 1]) == [parts[cut - 1]]:
        cut -= 1
    names, head = parts[cut:], ", ".join(parts[:cut])
    if len(names) < 2 or len(head.split()) < 3 or not people.only_people(names) or "](" in head \
            or any(len(n.split()[-1].strip(".")) < 2 for n in names) or _NOT_THE_TITLES_END.search(parts[cut - 1]) \
            or people.parse(head) == [head]:  # (nor "Michael Van den Bergh, Gemma Roig, ...": names all)
        return None
    return head, names


# (not "... Recommendation: Personalization, Provider Fairness, Fake News": a subtitle's list of words; nor "Title by
# Donghyun Kim, ...", "Title — Leonardo F.R. Ribeiro, ...", the first name read after its own word)
# ("...: A Survey, Yonatan Belinkov, James Glass" is a title's end: a subtitle that opens with its article)
_NOT_THE_TITLES_END = re.compile(r"[:：]\s*(?!(?:A|An|The)\s)\S+(?:\s+\S+){0,2}$|\s(?:by|[-–—])\s")


_BY_NAMES_LAST = re.compile(r"(.{8,}?)\.\s+by\s+([A-Z][^.()\[\]]{1,80}?)(?:,?\s+et\.?\s*al)?\.?"
                            r"(?:\s+((?:19|20)\d\d))?\s*")
