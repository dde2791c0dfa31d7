"""Personal names as stored ("Yaniv Leviathan", "Robert L. Logan IV", "Leviathan, Yaniv").

Shared by citation keys, BibTeX and CSL-JSON so that all three agree on who
the family is: a trailing generational suffix (Jr., IV) is never a family
name, and "Family, Given" order is honoured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})


@dataclass(frozen=True)
class Name:
    given: str
    family: str
    suffix: str = ""


def _is_suffix(word: str) -> bool:
    return re.sub(r"[^a-z]", "", word.lower()) in _SUFFIXES


def split(name: str) -> Name:
    """Split a display name; a single word is a family name alone."""
    name = " ".join(name.split())
    if "," in name:
        parts = [p.strip() for p in name.split(",")]
        family, rest = parts[0], parts[1:]
        suffix = rest[0] if len(rest) == 2 else ""
        given = rest[-1] if rest else ""
        return Name(given, family, suffix)
    words = name.split(" ")
    suffix = ""
    if len(words) > 2 and _is_suffix(words[-1]):
        suffix = words.pop()
    if len(words) == 1:
        return Name("", words[0], suffix)
    return Name(" ".join(words[:-1]), words[-1], suffix)
