"""An item's words kept as notes: the text of a list item and of what is nested in it (a fold's words too), each
link's address after its text. The readers of nested shapes (``nested``, ``details``, ``grouping``...) keep what an
entry's bullets say that no field takes, in these words."""

from __future__ import annotations

from . import blocks, folds, inline


def texts(item: blocks.Block, refs: dict[str, str]) -> list[str]:
    """The text of an item and of every item nested in it, one note each."""
    out: list[str] = []
    stack = [item]
    while stack:
        node = stack.pop()
        if node.kind == "paragraph":
            text = note_text(inline.scan(node.text, refs))
            if text:
                out.append(text)
        elif node.kind == "html" and (text := folds.html_text(node.text)):  # ("- 📝 **Abstract:**" over a fold of
            out.append(text)  # the abstract, ThreeSR/Awesome-Inference-Time-Scaling: the fold's words, a note)
        stack.extend(reversed(node.children))
    return out


def note_text(pieces: list[inline.Piece]) -> str:
    """A note as its reader sees it, with each link's address after its text: ``- [Project Demo](http://..)``
    under a paper (Halfish/machine-learning-reference) is "Project Demo (http://..)", its address kept."""
    if not any(p.kind == inline.LINK for p in pieces):
        return " ".join(inline.plain(pieces).split())
    out = []
    for p in pieces:
        if p.kind == inline.LINK:
            out.append(f"{p.text} ({p.href})" if p.href.strip() and p.href != p.text.strip() and p.text.strip()
                       else p.text or p.href)
        elif p.kind == inline.TEXT:
            out.append(p.text)
        elif p.kind == inline.BREAK:
            out.append(" ")
    return " ".join("".join(out).split())


def item_text(item: blocks.Block, refs: dict[str, str]) -> str:
    """The first paragraph of a list item, as plain text on one line."""
    if not item.children or item.children[0].kind != "paragraph":
        return ""
    return " ".join(inline.plain(inline.scan(item.children[0].text, refs)).split())


def item_notes(item: blocks.Block, refs: dict[str, str], first: bool = False) -> list[str]:
    """Notes of a list item: its paragraphs and nested items, in order."""
    notes: list[str] = []
    for k, child in enumerate(item.children):
        if child.kind == "paragraph":
            if k == 0 and not first:
                continue
            text = note_text(inline.scan(child.text, refs))
            if text:
                notes.append(text)
        elif child.kind == "list":
            for sub in child.children:
                notes += item_notes(sub, refs, first=True)
    return notes
