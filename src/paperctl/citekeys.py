"""Citation keys in Google Scholar's style: ``leviathan2022fast``.

Family name of the first author, transliterated to ASCII; the year; the first
meaningful word of the title. Keys are made unique with a suffix (``a``, ``b``,
... ``z``, ``aa``...) and, once made from an author's name, never change: a
LaTeX document that cites a key must keep compiling after the paper's metadata
is refreshed. A paper with no known author gets a provisional ``anon...`` key,
replaced once when its authors first become known.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from . import names

# Words Google Scholar skips when it picks the title word of a key.
STOPWORDS = frozenset(
    """a an the on of in for to with and or at by from via into onto is are be as
    its it this that these those towards toward we our do does can how what why
    when which who where not no""".split()
)
# Keys of papers with no known author start with this; they are provisional
# (see Library._settle_key) until the first author is known.
PROVISIONAL = "anon"


def ascii_word(text: str) -> str:
    """Lower-case ASCII letters and digits only: ``Wübben`` -> ``wubben``."""
    if not text.isascii():
        from anyascii import anyascii  # about 15 ms to import: only for non-ASCII names

        text = anyascii(text)
    return re.sub(r"[^a-z0-9]", "", text.lower())


def family_name(author: str) -> str:
    """The family name in a display name (``Yaniv Leviathan``, ``Leviathan, Yaniv``,
    ``Martin Luther King Jr.``); see ``names.split``."""
    return names.split(author).family or author.strip()


def title_word(title: str) -> str:
    """The first word of *title* that is not a stopword, in key form."""
    for raw in re.split(r"[\s\-–—:/]+", title):
        word = ascii_word(raw)
        if word and word not in STOPWORDS:
            return word
    return ""


def base_key(authors: Iterable[str], year: int | None, title: str) -> str:
    """The key before de-duplication: ``family`` + ``year`` + ``titleword``."""
    first = next(iter(authors), "")
    family = ascii_word(family_name(first)) if first else ""
    key = (family or PROVISIONAL) + (str(year) if year else "") + title_word(title)
    return key


def suffix(n: int) -> str:
    """The n-th suffix (0 -> a, 25 -> z, 26 -> aa, ...)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    width, count = 1, 26
    while n >= count:
        n -= count
        width += 1
        count = 26**width
    chars = []
    for _ in range(width):
        n, r = divmod(n, 26)
        chars.append(letters[r])
    return "".join(reversed(chars))


def _suffixes() -> Iterable[str]:
    """a, b, ..., z, aa, ab, ... (as many as needed)."""
    n = 0
    while True:
        yield suffix(n)
        n += 1


def unique_key(base: str, taken: Callable[[str], bool], hint: int = 0) -> str:
    """*base*, or *base* plus a free suffix, given a ``taken(key)`` test: the first
    free one, or, when *hint* (how many keys start with *base*) points just past
    the last suffix in use, that one, so the thousandth "wang2024deep" does not
    probe a thousand keys."""
    if not taken(base):
        return base
    if hint >= 2 and taken(base + suffix(hint - 2)) and not taken(base + suffix(hint - 1)):
        return base + suffix(hint - 1)
    for suffix_ in _suffixes():
        candidate = base + suffix_
        if not taken(candidate):
            return candidate
    raise AssertionError("unreachable: the suffix generator is infinite")
