"""What an item's blocks below its first line add to its entry.

A list item's first paragraph is its entry's head; what follows it inside the item may continue the head (a byline
and links on the next line, a quote that cites the title), describe the paper (a TL;DR fold, a quoted abstract's
first sentence, a paragraph in words, a code block of prose), say who wrote it (a fold labelled with the venue and
the names) or be notes. ``gather`` sorts those blocks; ``described`` gives the entry, once read from the head, its
summary and notes from them. ``reader.item`` asks both, for an item with more than one block and no shape of its
own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from . import blocks as blocks_
from . import byline, fields, folds, grouping, inline, quote_lines, venues
from .blocks import Block
from .model import ListEntry


@dataclass
class Below:
    """An item's blocks below its head, sorted."""

    pieces: list[inline.Piece]  # the head, with the lines that continue it
    more: list[str] = field(default_factory=list)  # paragraphs, folds and code of prose: notes, or a description
    quoted: list[str] = field(default_factory=list)  # quoted lines: a summary, fields, or a citation
    folded: tuple[str | None, list[str]] | None = None  # (venue, names) of a fold labelled with who wrote it
    fielded: bool = False  # a quote of "Key: value" lines, one paragraph
    said: str = ""  # a fold labelled TL;DR


def gather(pieces: list[inline.Piece], rest: list[Block], refs: dict[str, str]) -> Below:
    """Sort *rest*, the blocks below an item's head (*pieces*)."""
    got = Below(list(pieces))
    for para in rest:
        cited = folds.cited_summary(para.text) if para.kind == "html" else None
        if cited is not None:  # "<details><summary> Names <em>ECCV</em> 2023 </summary> abstract</details>"
            got.pieces += [inline.Piece(inline.BREAK), *inline.scan(cited[0], refs)]
            got.more += [cited[1]] if cited[1] else []
            continue
        if para.kind == "html" and (said := folds.said_summary(para.text)) and not got.said:
            got.said = said  # "<details><summary>TL;DR</summary> ... </details>": the entry's description
            continue
        if para.kind == "html" and (who := folds.authors_summary(para.text)) is not None:
            got.folded = who  # "<details><summary>[ECCV 2024] Shenhao Zhu, ..., et al.</summary> the names</details>"
            continue
        if para.kind == "html":  # "<details><summary>Abstract</summary>...</details>": a note
            got.more += [text] if (text := folds.html_text(para.text)) else []
            continue
        quote_pieces = inline.scan(para.children[0].text, refs) if para.kind == "quote" and len(
            para.children) == 1 and para.children[0].kind == "paragraph" else []
        if quote_lines.byline_and_links(quote_pieces) or quote_lines.cites_the_title(quote_pieces, pieces):
            got.pieces += [inline.Piece(inline.BREAK), *quote_lines.without_title(quote_pieces, pieces)]
            continue  # "  >*Abi-Karam S, He Y, et al.* [[Paper]](arXiv) [[GitHub]](..)" under the title (BUAA-
            # CI-LAB/Literatures-on-GNN-Acceleration, 145 of its 146 entries): the entry's byline and links
        if para.kind == "quote":  # "\t> TransD constructs a dynamic mapping ..." (thunlp/KRLPapers), the
            for q in blocks_.in_order(para):  # abstract's first sentence (thunlp/NREPapers, ll0ruc/event-
                lines = byline.keyed_lines(q.text)  # extraction-paper): the summary, as the labels of 62 such
                got.fielded = got.fielded or len(lines) > 1  # entries all say (a line each where its lines are keyed:
                got.quoted += [text for line in lines  # "> **Author(s)**: ..", a field each)
                               if (text := " ".join(inline.plain(inline.scan(line, refs)).split()))]
            continue
        if para.kind == "code" and (text := " ".join(para.text.split())) and grouping.describes(text):
            got.more.append(text)  # "```text" / "Talks about history of text to speech, ..." under a citation
            continue  # (d1pankarmedhi/ai-papers, every paper): its description, set in a code block
        if para.kind != "paragraph":
            continue
        para_pieces = inline.scan(para.text, refs)
        if grouping.continues(para_pieces, pieces):
            got.pieces += [inline.Piece(inline.BREAK), *para_pieces]
        elif text := " ".join(inline.plain(para_pieces).split()):  # (not a paragraph of badges alone)
            got.more.append(text)
    return got


def described(entry: ListEntry, below: Below, children: list[Block], read_if_summary: bool,
              read: Callable[[list[inline.Piece]], ListEntry]) -> list[str]:
    """Give *entry* (read from ``below.pieces``) what *below* says of it; the notes left."""
    if below.folded is not None:
        entry.authors = entry.authors or below.folded[1]
        if below.folded[0] and not entry.venue and (found := venues.parse(below.folded[0])):
            entry.venue, entry.venue_written = found[0], f"[{below.folded[0]}]"
            entry.year = found[1] or entry.year  # (the venue's year, not the date the title line gives)
    more = byline.keyed_paragraphs(entry, below.more) if below.more else list(below.more)
    if below.said and entry.reason is None and not entry.summary:
        entry.summary_parts = [below.said]
        if read_if_summary and entry.status in (None, "unread"):
            entry.status = "read"
    elif below.said:
        more.append(below.said)
    grouping.said_in_short(entry, more, read_if_summary)
    if len(children) == 2 and len(more) == 1 and children[1].kind in ("paragraph", "code"):
        grouping.described_in_paragraph(entry, more[0])
    quoted = byline.keyed_paragraphs(entry, below.quoted) if below.fielded else list(below.quoted)
    quoted = grouping.cited_in_quote(entry, quoted, read) if quoted else quoted  # (a citation, not a note)
    if quoted and entry.reason is None and not entry.summary and fields.is_summary(quoted[0]) and not (
            below.fielded and byline.keyed(quoted[0])):  # (not "Organization(s): ...", a field of its own)
        entry.summary_parts = [quoted.pop(0)]
        if read_if_summary and entry.status in (None, "unread"):
            entry.status = "read"
    more += quoted
    return more
