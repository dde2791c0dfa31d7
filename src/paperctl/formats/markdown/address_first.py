"""A paper written as its address alone, its title and facts on the bullets below it: ``* https://arxiv.org/abs/
2006.06762`` over ``- Ansor: Generating High-Performance Tensor Programs for Deep Learning``, ``- 2020 June 11,
Lianmin Zheng``, ``- Describes *Ansor*``, ``- GitHub https://github.com/..`` (grwlf/topics's notes on program
induction, every paper). ``items`` asks it of an item whose text is one address, with bullets under it."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import blocks, inline, links, people, venues, verdict
from .model import ListEntry


def address_over_title(head: list[inline.Piece], items: list[blocks.Block], refs: dict[str, str],
                       read: Callable[[list[inline.Piece]], ListEntry]) -> ListEntry | None:
    """The paper *head* (an address alone) and its bullets *items* say, or None when they are not so: the first
    bullet its title in plain words, the second when and who (``2020 June 11, Lianmin Zheng``, ``2020 June, Ani
    Kristo, SIGMOD'20``: where it appeared last, when named so); the rest its description (``Describes ...``),
    its code (``GitHub URL``) and other links, or notes."""
    shown = [p for p in head if p.kind != inline.TEXT or p.text.strip()]
    if len(shown) != 1 or shown[0].kind != inline.LINK or shown[0].text.strip() != shown[0].href.strip() or len(
            items) < 2 or links.classify(shown[0].href).kind not in links.PAPER_KINDS:
        return None
    texts = [_text(item) for item in items]
    if texts[0] is None or texts[1] is None or not verdict.title_like(texts[0]) or len(texts[0].split()) < 3:
        return None
    when = _WHEN_WHO.fullmatch(texts[1])
    who = when.group("who").strip() if when else ""
    names = people.parse(who) or ([who] if _SURNAME.fullmatch(who) else [])  # ("2020, Hewitt": one name)
    where = venues.parse(when.group("where")) if when and when.group("where") else None
    if not names and not where:
        return None
    entry = read([inline.Piece(inline.TEXT, texts[0] + " "), shown[0]])
    entry.authors, entry.year = names, int(when.group("year"))  # type: ignore[union-attr]
    if where:
        entry.venue, entry.venue_written = where[0], when.group("where")  # type: ignore[union-attr]
        entry.year = where[1] or entry.year
    for text in texts[2:]:
        keyed = _KEYED_ADDRESS.fullmatch(text or "")
        if keyed and links.is_repository(keyed.group(2)) and "code" not in entry.links:
            entry.links = {"code": keyed.group(2), **entry.links}
        elif keyed:
            entry.links.setdefault(links.label(keyed.group(1)), keyed.group(2))
        elif text and _DESCRIBES.match(text) and not entry.summary_parts:
            entry.summary_parts = [text]
        elif text:
            entry.notes.append(text)
    entry.shape = "bullets"
    return entry


def _text(item: blocks.Block) -> str | None:
    """The plain words of a bullet with no link (its lines joined), or None."""
    first = item.children[0] if item.children and item.children[0].kind == "paragraph" else None
    if first is None:
        return None
    return " ".join(inline.plain(inline.scan(first.text, {})).split()) or None


_WHEN_WHO = re.compile(r"(?P<year>(?:19|20)\d\d)(?:\s+[A-Z][a-z]{2,8}(?:\s+\d{1,2})?)?\s*,\s*"
                       r"(?P<who>[^,]{2,80}?)(?:\s*,\s*(?P<where>[^,]{2,40}))?\.?")
_SURNAME = re.compile(r"[A-Z][a-z'-]{1,30}")
_KEYED_ADDRESS = re.compile(r"([\w.-]{2,20}):?\s+(https?://\S+)")
_DESCRIBES = re.compile(r"(?:\w+ly\s+)?(?:describes|introduces|proposes|presents)\b", re.IGNORECASE)
