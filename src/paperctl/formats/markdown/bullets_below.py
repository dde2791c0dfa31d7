"""Bullets nested under an entry that are its own: its links alone (``  - [Code](github) | [Bibtex](..)``), its
repository's address alone, its idea labelled so (``  - *Key Idea*: ...``); and bullets of notes under a paragraph
that opens with a venue and a title (``notes_below``). ``reader.item`` and ``paragraphs`` ask these."""

from __future__ import annotations

import re

from . import blocks, fields, inline, links, venue_words, venues
from .entry_tokens import tokens
from .grouping import badge_alone
from .link_names import add_link
from .model import ListEntry

IDEA = re.compile(r"\s*(?:key idea|main idea|idea|tl;?dr|summary|one-line summary|key insight|简介|focus)"
                   r"\s*[:：]\s*(.+)", re.IGNORECASE)  # ("+ Focus: It proposes to represent a return model and risk
# model ...", Leefinance/Quantitative-finance-papers-using-deep-learning: what the paper does, as the list puts it)
_URL_ALONE = re.compile(r"<?(https?://\S+?)>?")
_BETWEEN_LINKS = re.compile(r"[\s|/·•,;]*")


def links_and_idea_below(entry: ListEntry, bullets: list[blocks.Block], refs: dict[str, str]) -> list[blocks.Block]:
    """``  - *Key Idea*: Optical flow-guided alignment for inter-frame coding.`` and ``  - [Code](github) |
    [Bibtex](./refs.bib#L6-L10)`` under ``- **`[ICCV 2023]`** [**EVC: ...**](arXiv), Hu et al.`` (xxwtiancai/
    Awesome-Video-Coding-Papers, 22 and 16 bullets): the entry's description, labelled so, and its links, which
    had been flattened into notes (the links' addresses lost). The bullets left, for the notes."""
    left = []
    for bullet in bullets:
        children = bullet.children
        text = children[0].text if len(children) == 1 and children[0].kind == "paragraph" else ""
        if "](" not in text and "][" not in text and ":" not in text and "：" not in text:
            left.append(bullet)  # (neither a link nor a label: most bullets, not scanned)
            continue
        address = _URL_ALONE.fullmatch(text.strip())
        if address and links.is_repository(address.group(1)):  # "  - https://github.com/liudaizong/CBLN" beside
            add_link(entry, "code", address.group(1))  # "  - Daizong liu, code ??" (ZhenZHAO/awesome-video-moment-
            continue  # retrieval, 46 of its 122 papers): the paper's code, its address alone on a bullet
        pieces = inline.scan(text, refs)
        named = [p for p in pieces if p.kind == inline.LINK]
        if named and all(p.kind == inline.LINK or (p.kind == "text" and _BETWEEN_LINKS.fullmatch(p.text))
                         for p in pieces) and all(links.label_word(p.text) for p in named) and sum(
                links.classify(p.href).kind in links.PAPER_KINDS for p in named) <= 1:  # (two papers' badges: neither
            # is the entry's own)
            for p in named:  # (a badge as the entry's own badges read: "[![](badge/LURE-black?logo=github)](github)")
                tokens([p], entry) if badge_alone(p) else add_link(entry, p.text, p.href)
            continue
        idea = IDEA.fullmatch(" ".join(inline.plain(pieces).split())) if pieces and not named else None
        if idea and not entry.summary_parts and fields.is_summary(idea.group(1)):
            entry.summary_parts.append(idea.group(1))
            continue
        left.append(bullet)
    return left


def notes_below(entry: ListEntry, items: list[blocks.Block], lines: list[str],
                refs: dict[str, str]) -> list[str] | None:
    """``[MM 2018] Cross-modal Moment Localization in Videos`` over ``* 动机：强调时间语态问题...`` and ``* 方法：...``
    (yawenzeng/Awesome-Cross-Modal-Video-Moment-Retrieval, 44 entries): a paragraph with no link that opens
    with a venue and its year, then a title, over bullets with no link, is a paper; the bullets (what drove
    it, how it works) are its notes, returned. None when the paragraph and its bullets are not so."""
    if entry.shape != "venue-prefix" or not entry.venue or not venues.year_in(entry.venue) or entry.links \
            or entry.url or entry.arxiv or entry.doi or len((entry.title or "").split()) < 3:
        return None
    if not items or any("](" in lines[n] or "://" in lines[n] for item in items for n in range(item.start, item.end)):
        return None
    notes = [text for item in items if (text := " ".join(inline.plain(inline.scan(
        item.children[0].text, refs)).split()) if item.children and item.children[0].kind == "paragraph" else "")]
    return notes if len(notes) == len(items) else None



def venue_bullet(entry: ListEntry, bullets: list[blocks.Block], refs: dict[str, str]) -> list[blocks.Block]:
    """``  - ICLR``, ``  - Proceedings of the VLDB Endowment  [[code]](github)`` as the first bullet under a title
    that links nothing (xueyongfu11/awesome-deep-learning-resource, over the owner's reading notes): where it
    appeared (a venue, or a journal named in full), and the links beside it. The bullets left, for the notes."""
    first = bullets[0].children if bullets else []
    if entry.venue or len(first) != 1 or first[0].kind != "paragraph":
        return bullets
    pieces = inline.scan(first[0].text, refs)
    said = " ".join(p.text for p in pieces if p.kind == "text").strip()
    linked = [p for p in pieces if p.kind == inline.LINK]
    if not said or not all(links.label_word(p.text) for p in linked):
        return bullets
    found = venues.parse(said) or ((said, None) if venue_words.journal_alone(said) else None)
    if found is None:
        return bullets
    entry.venue, entry.venue_written = found[0], said
    entry.date_year = entry.date_year or found[1]
    for p in linked:
        add_link(entry, p.text, p.href)
    return bullets[1:]


_ADDRESS = re.compile(r"https?://[^\s<>()\[\]]+")


def paper_address_below(entry: ListEntry, bullets: list[blocks.Block]) -> None:
    """The first paper's address written bare in *bullets* (``  * https://arxiv.org/abs/1703.05830 or http://www.
    pnas.org/...`` under a title that links nothing, patrickcgray/awesome-deep-ecology): the entry's link, where it
    has none."""
    if entry.arxiv or entry.doi or entry.url:
        return
    for bullet in bullets:
        for child in bullet.children:
            for href in _ADDRESS.findall(child.text) if "://" in child.text else ():
                if links.classify(href.rstrip(".,;")).kind in links.PAPER_KINDS:
                    add_link(entry, "paper", href.rstrip(".,;"))
                    return
