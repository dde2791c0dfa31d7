"""LaTeX left in a list's text by the tool that wrote the list from a BibTeX file: accents and the braces that
protect case. ``by *Lesort, Timoth{\\'e}e, Caselles-Dupr{\\'e}, Hugo and Filliat, David*``, ``by *{Zenke},
Friedeman, {Poole}, Ben and {Ganguli}, Surya*``, ``**{Generative Models from the perspective of Continual
Learning}**`` (TLESORT/Automatic_Awesome_Bibliography: its lists are written by a script from its ``.bib``).
Markdown has taken the backslash before a punctuation accent as an escape (``{'e}`` is what is left of
``{\\'e}``), so both spellings are read. ``entries`` asks ``plain`` of an entry's text, only where an accent or
a brace pair is written so (``may_hold``); its braces only in a list that writes them on three lines or more
(``from_bibtex``, asked once of the whole list: "Learning {0} Models" alone is the user's own text)."""

from __future__ import annotations

import re
import unicodedata

MARKS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307",
          "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328"}
# "{\'e}", "{'e}" (the backslash taken by Markdown), "{\'{e}}", "{\'\i}", "{\c c}", "{\c{c}}"
_ACCENT = re.compile(r"\{\\?(''|['`^\"~=.])\s?\{?(\\[ij]|[A-Za-z])\}?\}|\{\\([cvuHk])(?:\s|(?=\{))\{?([A-Za-z])\}?\}")
# ("P{\''u}schel": two single quotes for the diaeresis, yongjin-shin/awesome-active-learning)
# "{Zenke}", "{RL}", "{-}": a brace pair that only protects what it holds (no command, no math, no nested brace)
_PROTECTED = re.compile(r"\{([^{}\\$\n]{1,300})\}")
_COMMAND = re.compile(r"\\[A-Za-z]{2,}")
_MAY_HOLD = re.compile(r"\{\\?['`^\"~=.cvuHk]|\{[^{}\\$\n]{1,300}\}")


def may_hold(text: str) -> bool:
    """Does *text* hold an accent or a protecting brace pair, and no math nor command of its own (``$s_{T+1}$``,
    ``\\text{softmax}``, ``$\\colorbox{palegreen}{...}$``: LaTeX the list means as written)?"""
    return "{" in text and "$" not in text and _COMMAND.search(text) is None and _MAY_HOLD.search(text) is not None


def from_bibtex(lines: list[str]) -> bool:
    """Does a list write LaTeX accents or protecting braces on three of its lines or more?"""
    found = 0
    for line in lines:
        if "{" in line and may_hold(line):
            found += 1
            if found >= 3:
                return True
    return False


def plain(text: str, braces: bool = True) -> str:
    """*text* with its LaTeX accents as letters and (*braces*) its protecting braces left out."""
    text = _ACCENT.sub(_accented, text)
    return _PROTECTED.sub(r"\1", text) if braces else text


def _accented(m: re.Match[str]) -> str:
    mark, letter = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return unicodedata.normalize("NFC", letter.lstrip("\\") + MARKS['"' if mark == "''" else mark])
