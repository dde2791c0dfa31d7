"""Table rows that name their paper through a numbered reference below the table.

abbasturkoglu/RGB-T-Tracking-Papers-and-Results (27 rows) writes a table of results whose first
column is a tracker's name and a reference number, the paper's references listed after it::

    | mfDiMP [2]     | 2019 | -/- | 0.786 /0.555 | ... | [[Code](https://github.com/..)] | [[Paper](arXiv)] |

    [2] L. Zhang, M. Danelljan, ..., and F. S. Khan, “Multi-modal fusion for end-to-end rgb-t tracking,” ...

The reference is the paper (its title, authors, venue and year), the row gives its links, and the
name is kept as a note. A reference read into a row is not a paper of its own again.
"""

from __future__ import annotations

import re

READ_INTO_ROW = "a reference a table's row cites, read into that row"
_REFERENCE = re.compile(r"\[(\d{1,3})\]\s+(\S.{20,2000})")
_CITED = re.compile(r"\s*(?:\*\*)?([^\[\]|]{0,60}?)(?:\*\*)?\s*\\?\[(\d{1,3})\\?\]\s*")


def numbered(lines: list[str]) -> dict[str, tuple[int, str]]:
    """The list's numbered references, ``[2] L. Zhang, ...`` at the start of a line: number ->
    (line, the reference's text). The first reference of a number counts."""
    found: dict[str, tuple[int, str]] = {}
    for n, line in enumerate(lines):
        m = _REFERENCE.fullmatch(line.strip()) if line[:1] == "[" else None
        if m and m.group(1) not in found:
            found[m.group(1)] = (n, m.group(2))
    return found


def cite(cell: str, references: dict[str, tuple[int, str]]) -> tuple[str, str, int] | None:
    """(the reference's text, the name written beside its number, the reference's line) when the
    title cell *cell* is a name and a reference number (``mfDiMP [2]``, ``[1]``) that the list
    gives; None otherwise."""
    m = _CITED.fullmatch(cell) if "[" in cell else None
    if m is None or m.group(2) not in references:
        return None
    line, text = references[m.group(2)]
    return text, m.group(1).strip(), line


class References:
    """A list's numbered references, read when a table first asks, and those read into its rows."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._found: dict[str, tuple[int, str]] | None = None
        self._used: set[int] = set()

    def cite(self, cells: list[str], title: int) -> tuple[list[str], str | None]:
        """A row's *cells* with its title cell's reference in its place (``cite``), and the name
        written beside the reference's number (None when the row cites none)."""
        if title >= len(cells) or "[" not in cells[title]:
            return cells, None
        if self._found is None:
            self._found = numbered(self._lines)
        cited = cite(cells[title], self._found)
        if cited is None:
            return cells, None
        self._used.add(cited[2])
        return [*cells[:title], cited[0], *cells[title + 1:]], cited[1]

    def read_into_row(self, line: int) -> bool:
        """Was the reference at *line* read into a table's row?"""
        return line in self._used

    @property
    def used(self) -> set[int]:
        """The lines of the references read into rows so far (a list read in parts: ``reader.merged``)."""
        return self._used

