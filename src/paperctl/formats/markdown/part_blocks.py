"""A large list's parts as the reader first sees them (``parts`` runs this in worker processes):
each part's blocks and whether it can be read apart (``read_part``: nothing left open at the
cut, a section heading at its start), and what every part then reads with (``decider``): the
list's title heading and the whole list's reference definitions (``definitions``). ``reader`` reads each part's
entries once that is known, and puts the parts' findings together, once ``cut_holds`` says each part read as it
does within the whole list."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from ..forking import paused_collection
from . import blocks as blocks_
from . import headings
from .blocks import Block, Document
from .headings import YEAR_HEADING, heading_name

# A part's summary: can it be read apart, its headings, its reference definitions (label -> URL, title).
Summary = tuple[bool, list[Block], dict[str, tuple[str, str]]]
# What every part reads with: the list's title line and level, the whole list's reference definitions.
Message = tuple[int, int, dict[str, tuple[str, str]]]


def decider(bounds: list[tuple[int, int]], defined: dict | None = None) -> Callable[[list[Summary]], Message | None]:
    """``parts.run``'s ``decide``: the list's title heading, found in every part's headings,
    and the whole list's reference definitions (*defined*: ``definitions``), for all parts
    to read with; None (read whole) when a part cannot be read apart, when the title is in
    a later part or an HTML heading, or when the parts, once all are in, define otherwise
    than *defined* said (a definition in a code block, one written over two lines)."""
    defined = defined or {}

    def decide(summaries: list[Summary]) -> Message | None:
        if not all(ok for ok, _, _ in summaries):
            return None
        if len(summaries) == len(bounds) and _first_wins(own for _, _, own in summaries) != defined:
            return None
        heads = [b for _, found, _ in summaries for b in found]
        title = headings.document_title(heads)
        at = next((b for b in heads if b.start == title), None)
        if title >= bounds[1][0] or (at is not None and at.kind != "heading"):
            return None
        return title, at.level if at is not None else 0, defined

    return decide


def cut_holds(results: list[tuple], lines: list[str], bounds: list[tuple[int, int]], k: int) -> bool:
    """Does part *k* read as it does within the whole list? What its cut assumed: that the heading
    at the cut closed every heading above it but the title (not so when that heading is a paper's,
    ``#### 4. Title`` under ``#### Papers related to...``, rsdler/Remote-Sensing-in-CVPR2023; nor when
    its number nests it, ``## 1.2. NLG Tasks`` under ``## 1. NLP Tasks``, lingo-iitgn/awesome-code-mixing);
    that no table above it had said what the columns of a short table's header hold (friedrichor/
    Deep-Learning-Paper-List: two rows under ``|paper|源码|收录|...``, the tables above say 收录 is the
    venue); and that no table row above it cited a reference below the cut (the reference is then
    read into the row, not a paper: a survey's "#### REFERENCES")."""
    above, own = results[k - 1], results[k]
    cut, name = headings.atx_level(lines[bounds[k][0]]), heading_name(lines[bounds[k][0]].strip().strip("#"))
    section = bool(own[1]) and own[1][0].line == bounds[k][0]  # (else a paper's heading, or the title's)
    open_above = [f for f in above[7] if f.kind == "title" or f.level < cut or not section or (
        f.kind == "section" and f.written == cut and headings.numbered_under(f.name, name))]
    assumed = [f for f in own[7][:1] if f.kind == "title"]
    if [(f.kind, f.written, f.line) for f in open_above] != [(f.kind, f.written, f.line) for f in assumed]:
        return False
    said: dict = {}
    for part in results[:k]:
        said.update(part[8])
    if any(key in said and said[key] != read for key, read in own[9].items()):
        return False
    return not any(line >= bounds[j][1] for j in range(k) for line in results[j][10])


def read_part(lines: list[str], bounds: list[tuple[int, int]], k: int) -> tuple[Summary, tuple[int, Document]]:
    """Part *k* of a list read in parts, first step: its blocks, and whether it can be read
    apart (``parts.run``'s ``first``)."""
    with paused_collection():  # (in this process: a worker runs without the collector)
        return _read_part(lines, bounds, k)


def _read_part(lines: list[str], bounds: list[tuple[int, int]], k: int) -> tuple[Summary, tuple[int, Document]]:
    start, end = bounds[k]
    doc = blocks_.parse_lines(lines, start, end)
    heads = [Block(b.kind, b.start, b.end, text=b.text, level=b.level) for b in doc.blocks
             if b.kind == "heading" or (b.kind == "html" and headings.HTML_HEADING.search(b.text))]
    after = next((b for b in doc.blocks if heads and b.start > heads[0].start), None)
    if after is not None and after.start != (heads[1].start if len(heads) > 1 else -1):
        heads.insert(1, Block(after.kind, after.start, after.end))  # (what follows the first heading: a list
        # straight under it says whether it is the list's title, ``headings.document_title``; mrjunjieli/
        # awesome_speaker's "# How to write a good paper" over two links, the first of its H1s)
    whole = True
    if k + 1 < len(bounds):  # a block still open at the cut: the cut is inside it
        whole = not any(b.end >= end for b in blocks_.walk(doc.blocks) if b.kind in ("code", "html"))
    if k:  # the part starts with a section heading, the only block the cut may start at
        head = doc.blocks[0] if doc.blocks else None
        whole = whole and head is not None and head.kind == "heading" and head.start == start and bool(
            heading_name(head.text)) and not YEAR_HEADING.match(heading_name(head.text))
    return (whole, heads, _defined(doc.env)), (k, doc)


_DEFINITION = re.compile(r" {0,3}\[[^\]\n]{1,999}\]:")  # "[stars-img]: https://img.shields.io/..."


@functools.lru_cache(maxsize=2)
def definitions(text: str) -> dict:
    """The reference definitions of *text*, as markdown-it gives them (first definition of a
    label wins), found without reading it whole: each line that begins as one, read alone.
    Every part reads with them, since a link in any part may use a definition in another
    (badge definitions gathered at a list's end). Where the parts' own readings find other
    definitions (one in a code block, one over two lines), ``decider`` has the list read
    whole. (Cached: an import's reading asks twice, before and after its workers start.)"""
    found = _definition_lines(text)
    if not found:
        return {}
    lines = blocks_.lines_of("\n\n".join(found))
    return _defined(blocks_.parse_lines(lines, 0, len(lines)).env)


def _definition_lines(text: str) -> list[str]:
    """The lines of *text* that begin as reference definitions, found from each "]:" (a
    pattern tried at every line's start took 5 ms of a 1 MB list, before its workers start)."""
    found = []
    at = text.find("]:")
    while at != -1:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        if _DEFINITION.match(text, start, end):
            found.append(text[start:end])
        at = text.find("]:", end)
    return found


def _defined(env: dict) -> dict[str, tuple[str, str]]:
    """label -> (URL, title) of the reference definitions markdown-it found (as ``env`` has them, with
    the lines where each stands, which differ from one reading to the other)."""
    return {label: (ref["href"], ref["title"]) for label, ref in env.get("references", {}).items()}


def reference_env(defined: dict[str, tuple[str, str]]) -> dict:
    """*defined* as markdown-it's ``env["references"]``, which the reader reads."""
    return {label: {"href": href, "title": title} for label, (href, title) in defined.items()}


def _first_wins(defined: Iterable[dict]) -> dict:
    """The parts' definitions, in order, as one document's: the first of a label wins."""
    merged: dict = {}
    for own in defined:
        for label, ref in own.items():
            merged.setdefault(label, ref)
    return merged
