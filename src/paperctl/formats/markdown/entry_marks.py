"""What an entry's pieces carry that is typesetting, not what the entry says, made plain before the entry is
read (``entries.read``): a mark after a year that the list's legend explains (``2025.†``), a date whose year is
bold (``[**2025**-1-1]``), "et al." set in italics between plain names, and the marks a BibTeX style prints
(a year's letter, "URL" before an address)."""

from __future__ import annotations

import dataclasses
import re

from . import venues
from .inline import LINK, TEXT, Piece


def plain(pieces: list[Piece]) -> list[Piece]:
    """*pieces* with the marks this module knows made plain (each asked only where a cheap test finds one)."""
    if any(p.kind == TEXT and ("†" in p.text or "‡" in p.text) for p in pieces):
        pieces = [dataclasses.replace(p, text=_MARKED_YEAR.sub(r"\1", p.text)) if p.kind == TEXT else p
                  for p in pieces]  # ("Gao 等. *arXiv* 2025.† [[论文]](..)": a mark the list's legend explains)
    if any(p.strong and p.kind == TEXT and len(p.text) == 4 for p in pieces):
        pieces = _bold_year_in_date(pieces)
    if any(p.em and _ET_AL_ALONE.fullmatch(p.text) for p in pieces):
        pieces = _et_al_plain(pieces)
    if any(p.kind == TEXT and not p.code and (_LETTERED_YEAR.search(p.text) or p.text.endswith("URL "))
           for p in pieces):
        pieces = bibtex_marks_plain(pieces)
    return pieces


_MARKED_YEAR = re.compile(r"((?:19|20)\d\d\.?)[†‡]+")


def _bold_year_in_date(pieces: list[Piece]) -> list[Piece]:
    """``[**2025**-1-1] >> [Chem. Sci.](doi)`` (zhaisilong/awesome-peptide, 49 lines): a date in brackets, its year
    in bold; the date as plain text, as lists write one."""
    out: list[Piece] = []
    k = 0
    while k < len(pieces):
        p = pieces[k]
        after = pieces[k + 1] if k + 1 < len(pieces) else None
        opened = bool(out) and out[-1].kind == TEXT and out[-1].text.endswith("[")
        if opened and p.strong and venues.FOUR_DIGIT_YEAR.fullmatch(p.text) and after is not None and \
                after.kind == TEXT and _DAY_CLOSED.match(after.text):
            out[-1] = dataclasses.replace(out[-1], text=out[-1].text + p.text + after.text)
            k += 2
            continue
        out.append(p)
        k += 1
    return out


_DAY_CLOSED = re.compile(r"[-./]\d{1,2}(?:[-./]\d{1,2})?\]")


def bibtex_marks_plain(pieces: list[Piece]) -> list[Piece]:
    """A reference as a BibTeX style prints it, without the style's marks: a year's letter, which tells
    apart one author's papers of a year (``arXiv preprint arXiv:2305.02499, 2023d.``), and the word "URL"
    before the address (``..., 2024b. URL https://arxiv.org/abs/2402.03921.``, t-harden/LLM4AutoML)."""
    out = []
    for i, p in enumerate(pieces):
        if p.kind == TEXT and not p.code:
            text = _LETTERED_YEAR.sub(r"\1", p.text)
            if text.endswith("URL ") and i + 1 < len(pieces) and pieces[i + 1].kind == LINK and \
                    pieces[i + 1].text == pieces[i + 1].href:
                text = text[:-4]
            p = dataclasses.replace(p, text=text)
        out.append(p)
    return out


_LETTERED_YEAR = re.compile(r"(?<![\w.-])((?:19|20)\d\d)[a-h](?=[.,;)\]]|\s*$)")
_ET_AL_ALONE = re.compile(r"\s*et\.? al\.?\s*")


def _et_al_plain(pieces: list[Piece]) -> list[Piece]:
    """``S. Miao *et al.*, “Dilated FCN for ...,” *32nd AAAI Conf. ...*, 2018.`` (Duoduo-Qian/Medical-image-
    registration-Resources): "et al." in italics, as typesetting sets it, between plain names and the rest of a
    reference, is read as the plain text it belongs to."""
    out: list[Piece] = []
    for p in pieces:
        if out and out[-1].kind == TEXT and not (out[-1].em or out[-1].strong or out[-1].code) and p.kind == TEXT \
                and (p.em and not p.strong and _ET_AL_ALONE.fullmatch(p.text) or out[-1].text.endswith(
                    ("et al.", "et al")) and not (p.em or p.strong or p.code)):
            out[-1] = Piece(TEXT, out[-1].text + p.text)
        else:
            out.append(p)
    return out
