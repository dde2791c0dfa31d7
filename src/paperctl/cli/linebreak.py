"""Where a line of library text may break when a terminal column is too narrow for it.

rich breaks lines only at spaces, and folds a "word" longer than the column at any
character. Chinese and Japanese have no spaces, so a summary such as
``探究transformer在一系列离散任务上的能力`` is one long "word" to rich, and was cut
in the middle of "transformer". Here a line may break:

- after a run of spaces (``Fast | Inference``), never inside a Latin word;
- before and after each wide (CJK) character (``大 | 模 | 型``, ``验证 | transformer``);
- but never before closing punctuation (``，。、）」`` stay on the line they end) nor
  after opening punctuation (``（「`` stay with what they open): the usual kinsoku rules.

A single word wider than the column is folded at characters, as nothing else fits.
Widths are terminal cells: 2 for wide and full-width characters, 0 for combining marks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

# Never at the start of a line (they close or follow what comes before them).
NO_LINE_START = frozenset("，。、；：！？）」』】〉》〕］｝”’・ー々ゝゞヽヾ…‥〜～％,.;:!?)]}")
# Never at the end of a line (they open what comes after them).
NO_LINE_END = frozenset("（「『【〈《〔［｛“‘([{")


def cell_width(ch: str) -> int:
    """Cells a character takes on a terminal."""
    if unicodedata.combining(ch) or ch in "\u200b\u200c\u200d\ufeff":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    return sum(cell_width(ch) for ch in text)


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def segments(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the pieces a line may not be broken inside, in order; each piece
    keeps the spaces that follow it."""
    n = len(line)
    start = 0
    while start < n:
        end = start
        while end < n and line[end] in NO_LINE_END:  # opening marks cling to what follows
            end += 1
        if end < n and _wide(line[end]):
            end += 1  # one wide character is a piece of its own
        else:
            while end < n and not line[end].isspace() and not _wide(line[end]):
                end += 1
        while end < n and line[end] in NO_LINE_START:  # closing marks cling to what precedes
            end += 1
        if end == start:  # spaces at the start of the line
            end += 1
        while end < n and line[end].isspace():
            end += 1
        yield start, end
        start = end


def break_offsets(line: str, width: int) -> list[int]:
    """Offsets in *line* (one line, no newline) at which to start a new line so that no
    line is wider than *width* cells (except where a single character is)."""
    breaks: list[int] = []
    used = 0
    width = max(width, 1)
    for start, end in segments(line):
        piece = line[start:end]
        needed = text_width(piece.rstrip())
        if used + needed <= width:
            used += text_width(piece)
            continue
        if used and start:
            breaks.append(start)
            used = 0
        if needed <= width:
            used = text_width(piece)
            continue
        # Wider than the whole column: fold it at characters.
        for offset, ch in enumerate(piece, start):
            w = cell_width(ch)
            if used + w > width and used and not ch.isspace():
                breaks.append(offset)
                used = 0
            used += w
    return breaks


def wrap(line: str, width: int) -> list[str]:
    """*line* broken into lines of at most *width* cells, trailing spaces dropped."""
    cuts = [0, *break_offsets(line, width), len(line)]
    return [line[a:b].rstrip() for a, b in zip(cuts, cuts[1:], strict=False)]


def narrowest(text: str) -> int:
    """The width of the widest piece *text* cannot be broken inside (rich's minimum width)."""
    return max((text_width(line[a:b].rstrip()) for line in text.split("\n") for a, b in segments(line)), default=0)
