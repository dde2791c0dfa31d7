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


_NOT_KEY_CHAR = re.compile(r"[^a-z0-9]")
_TITLE_WORD_BREAK = re.compile(r"[\s\-–—:/]+")


def ascii_word(text: str) -> str:
    """Lower-case ASCII letters and digits only: ``Wübben`` -> ``wubben``."""
    if not text.isascii():
        from anyascii import anyascii  # about 15 ms to import: only for non-ASCII names

        text = anyascii(text)
    elif text.isalnum():  # (ASCII letters and digits already: most words)
        return text.lower()
    return _NOT_KEY_CHAR.sub("", text.lower())


def family_name(author: str) -> str:
    """The family name in a display name (``Yaniv Leviathan``, ``Leviathan, Yaniv``,
    ``Martin Luther King Jr.``); see ``names.split``."""
    return names.split(author).family or author.strip()


def title_word(title: str) -> str:
    """The first word of *title* that is not a stopword, in key form."""
    for raw in _TITLE_WORD_BREAK.split(title):
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


def free_index(base: str, taken: Callable[[str], bool], hint: int | None = None) -> int | None:
    """The suffix number that makes *base* a free key (None: *base* itself is free),
    in O(log n) calls of ``taken(key)`` however many keys share the base.

    Suffixes are given in order, so the taken ones form a run from ``a``: an
    exponential then a binary search finds its end. *hint*, the suffix given last
    for this base, is tried first, so that a bulk import that gives the thousandth
    ``wang2024deep`` a key pays two look-ups, not a search. With holes in the run
    (a paper removed) the key found is free, though maybe not the first free one.
    """
    if not taken(base):
        return None
    if hint is not None and not taken(base + suffix(hint + 1)) and taken(base + suffix(hint)):
        return hint + 1
    if not taken(base + suffix(0)):
        return 0
    low, high = 0, 1  # low is taken; look for a free high
    while taken(base + suffix(high)):
        low, high = high, high * 2
    while high - low > 1:
        middle = (low + high) // 2
        if taken(base + suffix(middle)):
            low = middle
        else:
            high = middle
    return high


def unique_key(base: str, taken: Callable[[str], bool], hint: int | None = None) -> str:
    """*base*, or *base* plus a free suffix (see ``free_index``)."""
    index = free_index(base, taken, hint)
    return base if index is None else base + suffix(index)


# What a citation key may hold: bibtex ends a key at a comma or white space, and braces,
# quotes, "#", "%", "=" or a backslash would break the entry or the LaTeX that cites it.
_VALID_KEY = re.compile(r"^[^\s,{}()\"#%'=\\~]+$")
MAX_KEY = 200


def valid(key: str) -> bool:
    """Whether *key* can be a citation key in a .bib file and in ``\\cite{...}``."""
    return bool(_VALID_KEY.match(key)) and len(key) <= MAX_KEY and key.isprintable()


def check(key: str) -> None:
    """Raise InvalidValue when *key* cannot be a citation key, saying why."""
    from .errors import InvalidValue

    if not key:
        raise InvalidValue("a citation key cannot be empty")
    if not valid(key):
        raise InvalidValue(
            f"{key!r} cannot be a citation key: use no spaces, commas, braces, quotes or # % = ~ \\ "
            f"(and at most {MAX_KEY} characters)"
        )
