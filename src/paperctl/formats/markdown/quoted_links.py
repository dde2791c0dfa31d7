"""An IEEE reference whose quoted title is a link: the quotes inside the link (``[“Title,”](ieee)``) or the link
inside the quotes (``“[**Title**](arXiv).”``), rewritten as the plain reference it is, with the link after it, so
that ``entries`` reads it as any quoted-title reference."""

from __future__ import annotations

import re

from .inline import LINK, TEXT, Piece

QUOTES = "“\"‘'"  # (what may open a quoted title)
_QUOTED_LINK = re.compile(r"[“\"][^“”\"]{8,400}?[,.]?[”\"]\s*")


def quoted_title_unlinked(pieces: list[Piece]) -> list[Piece]:
    """``A. Sotiras, C. Davatzikos, and N. Paragios, [“Deformable medical image registration: A survey,”](ieee)
    *IEEE Trans. Med. Imaging*, vol. 32, ...`` (Duoduo-Qian/Medical-image-registration-Resources): an IEEE
    reference with its quoted title linked, read as the reference it is with the link after it."""
    for i, p in enumerate(pieces):
        if p.kind == LINK and i and pieces[i - 1].kind == TEXT and pieces[i - 1].text.rstrip().endswith(",") and \
                _QUOTED_LINK.fullmatch(p.text) and p.href:
            before = pieces[i - 1]
            joined = Piece(TEXT, before.text + p.text.strip() + " ", strong=before.strong, em=before.em)
            return [*pieces[:i - 1], joined, *pieces[i + 1:], Piece(TEXT, " "),
                    Piece(LINK, "paper", p.href, children=[Piece(TEXT, "paper")])]
    return pieces


def link_in_quotes(pieces: list[Piece]) -> list[Piece]:
    """``G. Kurz, M. Holoch, and P. Biber, “[**Geometry-based Graph Pruning for Lifelong SLAM**](arXiv).” IROS 2021``
    (yue-heu/awesome-lifelong-slam): an IEEE reference whose quoted title is linked inside the quotes, read as the
    reference it is with the link after it (as ``quoted_title_unlinked`` reads one quoted inside the link)."""
    for i, p in enumerate(pieces[1:-1], start=1):
        before, after = pieces[i - 1], pieces[i + 1]
        closed = _QUOTE_AFTER_LINK.match(after.text) if after.kind == TEXT else None
        if p.kind == LINK and p.href and closed and before.kind == TEXT and before.text[-1:] in "“\"" and \
                before.text[:-1].rstrip()[-1:] in (",", "，") and len(p.text.split()) >= 3:
            joined = Piece(TEXT, f"{before.text}{p.text.strip()}{closed.group(1) or ''}{closed.group(2)} ")
            rest = after.text[closed.end():]
            return [*pieces[:i - 1], joined, *([Piece(TEXT, rest)] if rest else []), *pieces[i + 2:],
                    Piece(TEXT, " "), Piece(LINK, "paper", p.href, children=[Piece(TEXT, "paper")])]
    return pieces


_QUOTE_AFTER_LINK = re.compile(r'([,.])?([”"])\s*')
