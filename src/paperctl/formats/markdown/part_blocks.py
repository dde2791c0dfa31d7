"""A large list's parts as the reader first sees them (``parts`` runs this in worker processes):
each part's blocks and whether it can be read apart (``read_part``: nothing left open at the
cut, no reference definition another part may use, a section heading at its start), and the
list's title heading that every part then reads with (``decider``). ``reader`` reads each part's
entries once that is known, and puts the parts' findings together."""

from __future__ import annotations

from collections.abc import Callable

from ..forking import paused_collection
from . import blocks as blocks_
from . import headings
from .blocks import Block, Document
from .headings import YEAR_HEADING, heading_name


def decider(bounds: list[tuple[int, int]]) -> Callable[[list[tuple[bool, list[Block]]]], tuple[int, int] | None]:
    """``parts.run``'s ``decide``: the list's title heading, found in every part's headings,
    for all parts to read with; None (read whole) when a part cannot be read apart, or when
    the title is in a later part or an HTML heading."""

    def decide(summaries: list[tuple[bool, list[Block]]]) -> tuple[int, int] | None:
        if not all(ok for ok, _ in summaries):
            return None
        heads = [b for _, found in summaries for b in found]
        title = headings.document_title(heads)
        at = next((b for b in heads if b.start == title), None)
        if title >= bounds[1][0] or (at is not None and at.kind != "heading"):
            return None
        return title, at.level if at is not None else 0

    return decide


def read_part(lines: list[str], bounds: list[tuple[int, int]], k: int) -> tuple[tuple[bool, list[Block]],
                                                                                tuple[int, Document]]:
    """Part *k* of a list read in parts, first step: its blocks, and whether it can be read
    apart (``parts.run``'s ``first``)."""
    with paused_collection():  # (in this process: a worker runs without the collector)
        return _read_part(lines, bounds, k)


def _read_part(lines: list[str], bounds: list[tuple[int, int]], k: int) -> tuple[tuple[bool, list[Block]],
                                                                                 tuple[int, Document]]:
    start, end = bounds[k]
    doc = blocks_.parse_lines(lines, start, end)
    heads = [Block(b.kind, b.start, b.end, text=b.text, level=b.level) for b in doc.blocks
             if b.kind == "heading" or (b.kind == "html" and headings.HTML_HEADING.search(b.text))]
    whole = not doc.env.get("references")  # a reference may be used in any part: read whole
    if k + 1 < len(bounds):  # a block still open at the cut: the cut is inside it
        whole = whole and not any(b.end >= end for b in blocks_.walk(doc.blocks) if b.kind in ("code", "html"))
    if k:  # the part starts with a section heading, the only block the cut may start at
        head = doc.blocks[0] if doc.blocks else None
        whole = whole and head is not None and head.kind == "heading" and head.start == start and bool(
            heading_name(head.text)) and not YEAR_HEADING.match(heading_name(head.text))
    return (whole, heads), (k, doc)
