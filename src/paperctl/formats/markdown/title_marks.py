"""What a list writes into a title's own text that is not the title: coloured tag boxes typeset in TeX before
it (``$\\colorbox{palegreen}{{\\color{dimgray}{Svos}}}$ Title``), a file's name that says the year, the venue
and the title (``2019-SIGMOD-FITing-Tree_Data-aware-Index``)."""

from __future__ import annotations

import re

from . import venues
from .model import ListEntry, Tok, offer_venue


def slug_title(text: str, entry: ListEntry) -> str:
    """``2019-SIGMOD-FITing-Tree_Data-aware-Index`` (YXWei/Awesome-learned-index, the names of its PDFs): a
    file's name that says the year, the venue and the title, its words joined by underscores; the title,
    the venue and year given to *entry*. Other text as it is."""
    m = _SLUG.fullmatch(text.strip())
    if m is None:
        return text
    year = int(m.group(1))
    found = venues.parse(f"{m.group(2)} {year}")
    offer_venue(entry, found[0] if found else f"{m.group(2)} {year}", text.strip())
    entry.date_year = entry.date_year or year
    return " ".join(m.group(3).replace("_", " ").split())


_SLUG = re.compile(r"((?:19|20)\d\d)-([A-Za-z][A-Za-z0-9&]{1,15})-([^\s_]+(?:_+[^\s_]+)+)")


_MATH_TAG = re.compile(  # "$\\colorbox{palegreen}{{\\color{dimgray}{Svos}}}$ " (not "$\\infty$Bench")
    r"\s*\$([^$]*\\(?:colorbox|fbox|fcolorbox|boxed|textsf|textbf|text|color)\b[^$]*)\$(?=\s)")
_TEX_COMMAND = re.compile(r"\\(?:color|colorbox)\{[A-Za-z]+\}|\\[A-Za-z]+|[{}]")  # (a colour's name is no tag)


def math_tags(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    r"""``$\colorbox{palegreen}{{\color{dimgray}{Svos}}}$ Two-shot Video Object Segmentation [[paper](..)]``
    (gaomingqi/VOS-Review, every paper so): coloured boxes typeset in TeX before the title, tags of the
    paper's task; their words kept as notes, the boxes out of the title."""
    if not toks or toks[0].kind != "text" or toks[0].code:
        return toks
    head, end, tags = toks[0].text, 0, []
    while (m := _MATH_TAG.match(head, end)) is not None:
        tags.append(" ".join(_TEX_COMMAND.sub(" ", m.group(1)).split()))
        end = m.end()
    if not end or not head[end:].strip():
        return toks
    entry.notes += [tag for tag in tags if tag]
    return [Tok("text", head[end:].lstrip(), strong=toks[0].strong, em=toks[0].em), *toks[1:]]
