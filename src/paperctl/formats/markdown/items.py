"""A list item whose nested blocks, with its own line, make its paper or papers.

``reader.item`` asks ``nested_shapes`` first, for an item with more than a paragraph; each
shape is read by the module that owns it, in this order (the first that fits wins):

* a label over citation paragraphs (``grouping.label_over_entries``): ``- BLEU`` then
  ``**Bleu: a Method for ...**, ACL 2002``, one paper a paragraph, the label a note;
* a ``【...】`` tag line over the title's and fields' bullets (``details.title_below``);
* ``key: value`` bullets (``nested.read_fields``, study-note lists);
* a method's short name over its title's bullet and bullets of its links
  (``details.name_over_title_and_links``);
* a method's short name over its citation (``cited_below.name_over_citation``);
* a title over its details' bullets: authors, ``[[Paper]](..)`` (``details.details``).

What is left (year or venue groups, pseudo-headings, an authors line over the title, or a
paragraph that continues the item) is the reader's, which keeps the heading stack.
"""

from __future__ import annotations

from collections.abc import Callable

from . import address_first, cited_below, details, fields, grouping, inline, item_words, nested, venues
from .blocks import Block
from .model import Context, ListEntry

Found = tuple[ListEntry, int, int, str]  # an entry, its first line, the line after it, its list marker


def _cited(lines: list[list[inline.Piece]]) -> bool:
    """Do these detail lines name the paper's authors and where or when it appeared?"""
    tails = [fields.citation_tail(inline.plain(line).strip()) for line in lines]
    return any(t.authors for t in tails) and any(t.venue or t.year for t in tails)


def _placed(pieces: list[inline.Piece], lines: list[list[inline.Piece]]) -> bool:
    """Is *pieces* a title in bold over where and when it appeared, alone on a detail line (``- **Beyond Traditional
    Threats: A Persistent Backdoor Attack on Federated Learning.**`` over ``- *AAAI, 2024.*``, ASRS-Lab/Awesome-DL-
    Security-and-Privacy-Papers, 16 papers)?"""
    shown = [p for p in pieces if p.text.strip()]
    if not shown or not all(p.strong and p.kind == inline.TEXT for p in shown) or len(inline.plain(pieces).split()) < 4:
        return False
    for line in lines:
        found = venues.parse(inline.plain(line).strip().rstrip(" ."))
        if found and found[1] and venues.name_known(found[0]):
            return True
    return False


def nested_shapes(item: Block, pieces: list[inline.Piece], refs: dict, context: Callable[[], Context],
                  read: Callable[[list[inline.Piece]], ListEntry]) -> list[Found] | None:
    """The entries *item* makes, if one of the nested shapes fits it (*pieces*: its first paragraph's;
    *read*: how the reader reads a line's pieces), else None."""
    children = item.children
    head = children[0]
    sublists = [c for c in children[1:] if c.kind == "list"]
    if not sublists and grouping.label_over_entries(pieces, children[1:], refs):
        found = []
        label = " ".join(inline.plain(pieces).split())
        for para in children[1:]:  # "- BLEU" / "**Bleu: a Method for ...**, ACL 2002. [[Paper]](..)"
            entry = read(inline.scan(para.text, refs))
            if len(children) == 2 and len(label.split()) > 6 and not entry.summary_parts:
                entry.summary_parts = [label]  # (a sentence over the one paper: what it does, its description)
            else:
                entry.notes.insert(0, label)
            found.append((entry, para.start, para.end, item.marker))
        return found
    bullets = [it for lst in sublists for it in lst.children]
    below = details.title_below(pieces, bullets, refs) if sublists and "【" in head.text else None
    if below is not None:  # "- `【2024-10】-【SPIRIT LM】-【Meta】`", then "- **Title**", "- **Author(s):** ..."
        return [(details.tagged(read(below[0]), *below[1:], refs), item.start, item.end, item.marker)]
    lines = details.name_over_title_and_links(pieces, bullets, refs) if len(sublists) == 1 and len(
        children) == 2 else None
    named_paper = read(lines) if lines is not None else None
    if named_paper is not None and named_paper.reason is None:  # "- **SDNE**" over "- Structural Deep Network
        named_paper.notes.insert(0, inline.plain(pieces).strip())  # Embedding", "- [[KDD 2016]](pdf)", "- [[Python]]"
        return [(named_paper, item.start, item.end, item.marker)]
    addressed = address_first.address_over_title(pieces, bullets, refs, read) if sublists and len(
        pieces) == 1 and pieces[0].kind == inline.LINK else None
    if addressed is not None:  # "* https://arxiv.org/abs/2006.06762" over "- Title", "- 2020 June 11, Names"
        return [(addressed, item.start, item.end, item.marker)]
    fielded = nested.read_fields(pieces, bullets, refs, context()) if sublists else None
    if fielded is not None:  # (fields are nested bullets)
        return [(fielded, item.start, item.end, item.marker)]
    named = cited_below.name_over_citation(pieces, bullets, refs, read) if sublists else None
    if named is not None:  # "* DualGCN [[paper](..)]" over "   * Fu, Xueyang etc. Rain Streak Removal ..."
        entry, more, others = named
        entry.notes += [n for it in others for n in item_words.item_notes(it, refs, first=True)]
        return [(entry, item.start, min([it.start for _, it in more] or [item.end]), item.marker),
                *((cited, it.start, it.end, it.marker) for cited, it in more)]
    found = details.details(bullets, refs) if sublists and not any(
        c.kind == "paragraph" for c in children[1:]) and not details.venue_group(pieces, bullets, refs) else None
    if found is not None:  # "- **Title (KDD 2018)**" then "- authors", "- [[Paper]](..)": a paper's details
        detail_lines, others = found
        entry = read([*pieces, *(p for line in detail_lines for p in (inline.Piece(inline.BREAK), *line))])
        if not any(p.kind == inline.LINK for p in [*pieces, *(q for line in detail_lines for q in line)]) and \
                not _cited(detail_lines) and not _placed(pieces, detail_lines):
            return None  # (linking nothing, its details must cite it: "* LSOracle: a Logic Synthesis Framework
            # Driven by AI" over "  * *Walter Lau Neto, ..., Pierre-Emmanuel Gaillardon. ICCAD 2019*", thu-nics/
            # awesome_ai4eda)
        if entry.reason is None:
            details.adopt_cited_title(entry, bullets, refs)
            entry.notes += [n for it in others for n in item_words.item_notes(it, refs, first=True)]
        return [(entry, item.start, item.end, item.marker)]
    return None
