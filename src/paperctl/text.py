"""Small text normalisations shared by storage, matching and search."""

from __future__ import annotations

import unicodedata

from .lazy import pattern

_NOT_WORD = pattern(r"[\W_]+")


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


def squashed(text: str) -> str:
    """*text* with only its letters and digits, case folded: ``"LLaMA2"`` and ``"Llama 2: Open ..."``
    begin alike, as a name and the title it abbreviates, or a repository and its paper, do."""
    return _NOT_WORD.sub("", text).casefold()


def title_key(title: str) -> str:
    """A title reduced for matching: case, punctuation and spacing ignored.

    ``"BLINK : Multimodal LLMs"`` and ``"Blink: multimodal LLMs"`` share a key,
    which is how the same paper is recognised across lists and sources.
    """
    folded = unicodedata.normalize("NFKC", title).casefold()
    return _NOT_WORD.sub(" ", folded).strip()


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, with a swap of two neighbouring letters counting as one
    edit ("Effcieincy"): the typos people make in a name they type often."""
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


# What can drive a terminal or hide and reorder what it shows: C0 and C1 control
# characters (ESC starts every escape sequence: retitle the window, clear the screen),
# the bidirectional marks, embeddings, overrides and isolates (a "Trojan Source" title
# reads backwards), and the line and paragraph separators.
_UNSAFE = pattern("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
# Letters that draw as nothing (Hangul fillers, the blank Braille pattern).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def printable(text: str) -> str:
    """*text* safe to show on a terminal, the one sanitiser every terminal path uses.

    Control characters and bidirectional controls become U+FFFD. Text that would
    draw as nothing although it is not empty (only zero-width or blank characters)
    shows its characters as ``<U+200B>``, so that an invisible title can be seen.
    Newlines and tabs are kept (callers that need one line replace them first).
    """
    if text.isprintable():  # nearly all text: no control, format or separator character
        if text and not _looks_blank(text):
            return text
    safe = _UNSAFE.sub("\ufffd", text)
    if _looks_blank(safe) and safe.strip(" \n\t"):
        return "".join(ch if ch in " \n\t" else f"<U+{ord(ch):04X}>" for ch in safe)
    return safe


def _looks_blank(text: str) -> bool:
    """True when no character of *text* draws anything."""
    return not any(ch.isprintable() and not ch.isspace() and ch not in _BLANK_LETTERS for ch in text)
