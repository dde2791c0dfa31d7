"""Library text made safe to put in Markdown: it renders as written and can add no syntax.

Two kinds of value reach a README: text the user wrote (titles, summaries,
notes, link names) and link targets (URLs, DOIs). Text has every character
that could start Markdown syntax escaped (``$math$`` is kept). A target is
written so that nothing in it can end the link early: a URL holding ``>``
or ``)`` could otherwise close the link and open one of its own (issue 13,
item 8, the attack was ``https://x.org/a>[click](https://evil.example)``).
Targets are validated on the way in as well (``identifiers.is_url``); this is
the second fence.
"""

from __future__ import annotations

import re

_MATH = re.compile(r"(?<!\\)\$(?=\S)[^$\n]*?(?<=\S)(?<!\\)\$(?![0-9])")  # pandoc's rule: "$5 or $10" is no math
# ``&`` is escaped only where it would start an entity (``&amp;``, ``&#38;``) and ``_`` only
# where it could open or close emphasis (not between two letters or digits): ``MambaUIE&SR``
# and ``snake_case`` are read by CommonMark as they are, and real lists write them bare.
_INLINE_SPECIAL = re.compile(r"([\\`*\[\]<>~|]|&(?=#?\w+;)|(?<![^\W_])_|_(?![^\W_]))")
_BLOCK_START = re.compile(r"^(\s*)([-+*#>]|\d+[.)])")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Characters a bare link destination cannot hold as they are.
_NEEDS_ANGLE = re.compile(r"[\s()<>]")


def escape(text: str, line_start: bool = False) -> str:
    """Escape Markdown syntax in user text so it renders as written; ``$math$`` is kept.

    ``|`` is escaped too, so that text is safe in a table cell as well as in a line.
    """
    if not _INLINE_SPECIAL.search(text) and "\n" not in text and not line_start:
        return text  # the common case
    out, pos = [], 0
    for m in _MATH.finditer(text):
        out.append(_INLINE_SPECIAL.sub(r"\\\1", text[pos : m.start()]))
        out.append(m.group().replace("|", "\\|"))
        pos = m.end()
    out.append(_INLINE_SPECIAL.sub(r"\\\1", text[pos:]))
    escaped = "".join(out).replace("\n", " ")
    if line_start:
        escaped = _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
    return escaped


def url(target: str) -> str:
    """*target* as a link destination that ends where it should.

    Plain URLs are written as they are (byte-identical to what was read).
    One with spaces, parentheses or angle brackets goes in ``<...>``, inside
    which ``<``, ``>`` and ``\\`` are backslash-escaped: CommonMark readers
    (GitHub, markdown-it) give the exact URL back and no link can start
    inside it. Control characters are percent-encoded.
    """
    target = _CONTROL.sub(lambda m: f"%{ord(m.group()):02X}", target)
    if not _NEEDS_ANGLE.search(target) and "\\" not in target:
        return target
    return "<" + re.sub(r"([<>\\])", r"\\\1", target) + ">"

