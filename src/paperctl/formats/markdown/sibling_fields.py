"""A title item whose fields follow as items of the same list, not nested under it: ``- **A Simple Framework for
Contrastive Learning of Visual Representations**``, then ``- **Paper**: http://proceedings.mlr.press/..``, ``-
**Pdf**: ...``, ``- **Code**: https://github.com/..``, ``- **Abstract**:`` (one loose list under each method's heading:
WangJingyao07/Self-Supervised-Learning-Papers-with-Code). ``reader.list_`` asks before it reads each item; the
fields are read as nested ones are (``nested.read_fields``)."""

from __future__ import annotations

from . import blocks, bold_lines, inline
from .nested import key_of


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
