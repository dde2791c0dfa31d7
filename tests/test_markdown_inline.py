"""Inline Markdown read in one pass (``formats/markdown/inline.py``): shortcuts held to what they replace."""

from __future__ import annotations

import copy

from hypothesis import given
from hypothesis import strategies as st

from paperctl.formats.markdown import inline
from paperctl.formats.markdown.inline import BREAK, IMAGE, LINK, TEXT, Piece


def _joined_as_before(pieces: list[Piece]) -> list[Piece]:
    """The join of neighbouring text of one style as ``_finish`` did it, piece by piece."""
    out: list[Piece] = []
    parts: list[str] = []
    for piece in pieces:
        if piece.kind == TEXT and not piece.text:
            continue
        last = out[-1] if out else None
        if (last is not None and piece.kind == TEXT and last.kind == TEXT and not piece.code and not last.code
                and last.strong == piece.strong and last.em == piece.em):
            parts.append(piece.text)
        else:
            if parts and last is not None:
                last.text = "".join(parts)
            out.append(piece)
            parts = [piece.text] if piece.kind == TEXT else []
    if parts and out:
        out[-1].text = "".join(parts)
    return out


_PIECES = st.lists(st.builds(Piece, st.sampled_from([TEXT, TEXT, TEXT, LINK, IMAGE, BREAK]),
                             st.sampled_from(["", "a", "b c"]), strong=st.booleans(), em=st.booleans(),
                             code=st.booleans()), max_size=12)


@given(_PIECES)
def test_text_of_one_style_is_joined_as_before(pieces):
    assert inline._finish(copy.deepcopy(pieces), []) == _joined_as_before(copy.deepcopy(pieces))


def test_bold_words_around_a_link_stay_apart_from_plain_ones():
    pieces = inline.scan("**Bold** text [link](https://a.org) **more** bold `code` code")
    assert [(p.kind, p.text, p.strong, p.code) for p in pieces] == [
        (TEXT, "Bold", True, False), (TEXT, " text ", False, False), (LINK, "link", False, False),
        (TEXT, " ", False, False), (TEXT, "more", True, False), (TEXT, " bold ", False, False),
        (TEXT, "code", False, True), (TEXT, " code", False, False)]


def test_a_piece_made_without_children_has_a_list_of_its_own():
    a, b = Piece(LINK, "a", "https://a.org"), Piece(LINK, "a", "https://a.org")
    assert a == b and a.children is not b.children
    a.children.append(Piece(TEXT, "a"))
    assert b.children == [] and a != b
