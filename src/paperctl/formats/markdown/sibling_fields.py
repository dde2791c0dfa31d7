"""A paper's fields written as items of one list, not nested under its title: a title item whose ``key: value``
fields follow it (``- **A Simple Framework for Contrastive Learning of Visual Representations**``, then ``-
**Paper**: http://proceedings.mlr.press/..``, ``- **Pdf**: ...``, ``- **Code**: https://github.com/..``, ``-
**Abstract**:``, one loose list under each method's heading: WangJingyao07/Self-Supervised-Learning-Papers-with-
Code), read as nested ones are (``nested.read_fields``); and a short list that is one paper, an item a field with
no key (``one_paper``). ``reader.list_`` asks both before it reads a list's items."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import blocks, bold_lines, inline, people
from .field_keys import key_of
from .model import ListEntry


def after(items: list[blocks.Block], k: int, refs: dict[str, str]) -> int:
    """How many items after item *k* are its fields: item *k* is a bold title alone (three words or more), and
    two or more items after it, each a paragraph alone, are ``key: value`` fields, one of them the paper's or its
    code's link and none its title; else 0."""
    item = items[k]
    text = item.children[0].text if len(item.children) == 1 and item.children[0].kind == "paragraph" else ""
    if k + 2 >= len(items) or text[:2] not in ("**", "__") or "\n" in text:  # (the cheap tests first: every
        return 0  # item of every list is asked)
    kinds = []
    for below in items[k + 1:]:
        first = below.children[0] if len(below.children) == 1 and below.children[0].kind == "paragraph" else None
        kind = key_of(first.text)[0] if first is not None and "\n" not in first.text else None
        if kind is None:
            break
        kinds.append(kind)
    if len(kinds) < 2 or not {"paper", "code"} & set(kinds) or "title" in kinds:
        return 0
    head = inline.scan(text, refs)
    return len(kinds) if bold_lines.bold_alone(head) and len(inline.plain(head).split()) >= 3 else 0


def one_paper(items: list[blocks.Block], refs: dict[str, str]) -> list[inline.Piece] | None:
    """The lines of the one paper a short list is, each item a field with no key: its title (and links), who wrote
    it, where and when in code, its tags as links into the list (``* BatchEnsemble: an Alternative Approach ...``,
    ``* Yeming Wen, Dustin Tran, Jimmy Ba``, ``* `ICLR 2020` ``, ``* [[Uncertatinty Estimation]](#uncertainty-
    estimation)``: nikitadurasov/papers, every paper a list of four under a "[date][paperN]" line); None for any
    other list. (The tags, links within the list, are left out.)"""
    if not 3 <= len(items) <= 5 or any(len(it.children) != 1 or it.children[0].kind != "paragraph"
                                       or "\n" in it.children[0].text.strip() for it in items) or not any(
            it.children[0].text.lstrip()[:1] == "`" for it in items):  # (the cheap tests first: every short list)
        return None
    lines = [inline.scan(it.children[0].text, refs) for it in items]
    shown = [[p for p in line if p.kind != inline.TEXT or p.text.strip()] for line in lines]
    coded = [k for k, line in enumerate(shown) if len(line) == 1 and line[0].kind == inline.TEXT and line[0].code]
    anchors = [k for k, line in enumerate(shown) if line and all(
        p.kind == inline.LINK and p.href.startswith("#") or p.kind == inline.TEXT and not p.text.strip(" []|,")
        for p in line)]
    named = [k for k, line in enumerate(shown) if line and all(p.kind == inline.TEXT and not p.code for p in line)
             and len(people.parse(inline.plain(line)) or []) >= 1 and people.only_people(
                 people.parse(inline.plain(line)) or [])]
    if len(coded) != 1 or len(named) != 1 or 0 in coded + named + anchors or len(coded + named + anchors) != len(
            items) - 1:
        return None
    title = inline.plain([p for p in shown[0] if p.kind == inline.TEXT]).strip()
    if len(title.split()) < 3:
        return None
    joined: list[inline.Piece] = list(lines[0])
    for k in sorted(named + coded):
        said = shown[k][0].text.strip() if k in coded else ""
        dated = _DAY_THEN_WHERE.fullmatch(said) if k in coded else None
        if k in coded and (dated or said.casefold() in ("none", "n/a", "-", "")):  # "`05-12-2019, ICML 2020`": the
            said = dated.group(1) if dated else ""  # day the owner read it, then where; "`None`": nowhere
            joined += [inline.Piece(inline.BREAK), inline.Piece(inline.TEXT, said)] if said else []
            continue
        joined += [inline.Piece(inline.BREAK), *lines[k]]
    return joined


_DAY_THEN_WHERE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d\s*,\s*(\S.*)")


def read_one_paper(items: list[blocks.Block], refs: dict[str, str],
                   read: Callable[[list[inline.Piece]], ListEntry]) -> ListEntry | None:
    """The paper *items* are the fields of (``one_paper``), read by *read*; None when they are no such list, or
    should reading them so fail (a bug): then its items are read one by one, as any list's."""
    try:
        lines = one_paper(items, refs)
        return read(lines) if lines is not None else None
    except Exception:  # (not KeyboardInterrupt or MemoryError's kin)
        return None
