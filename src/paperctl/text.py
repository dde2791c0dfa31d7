"""Small text normalisations shared by storage, matching and search."""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+")


def clean(text: str | None) -> str | None:
    """Collapse runs of whitespace (arXiv titles carry line breaks); None for blank."""
    if not text:
        return None
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        # Already clean, as most stored values are: the only whitespace printable text
        # can hold is the plain space (a bulk import cleans a million values).
        return text
    cleaned = " ".join(text.split())  # str.split() splits on any Unicode whitespace
    return cleaned or None


def title_key(title: str) -> str:
    """A title reduced for matching: case, punctuation and spacing ignored.

    ``"BLINK : Multimodal LLMs"`` and ``"Blink: multimodal LLMs"`` share a key,
    which is how the same paper is recognised across lists and sources.
    """
    folded = unicodedata.normalize("NFKC", title).casefold()
    return _NOT_WORD.sub(" ", folded).strip()


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """*text* safe to show on a terminal: control characters (escape sequences that
    could retitle or clear the screen) become U+FFFD."""
    return _CONTROL.sub("\ufffd", text)
