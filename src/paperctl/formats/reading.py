"""What a reader gives an import: the papers read from a file, with where each was,
and what the reader says of the whole file (``importing`` writes it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import PaperData


@dataclass
class Source:
    """A paper read from a file, and where (line, or item number) it was."""

    data: PaperData
    where: int
    layout: object | None = None  # a Markdown entry's layout (markdown.layout.EntryLayout)


@dataclass
class Reading:
    """What a reader found in a file. ``sources`` may be a stream (JSON Lines is
    read line by line), so ``problems`` is complete only once it is consumed; a
    None in it says that the reader has given all it has for now (a Markdown list
    read in stages: what came is written while it reads on). ``total`` is where the
    last source can be (lines, or CSL items), for progress."""

    sources: Iterable[Source | None]
    total: int
    sections: list[str] = field(default_factory=list)  # in document order
    skipped: list[tuple[int, str]] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the reader says of the whole file
    layout: object | None = None  # a Markdown list's layout (markdown.layout.ListLayout)
    document: str | None = None  # a Markdown list's text, stored with its layout
    warnings: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class MarkdownOptions:
    """How to read a Markdown list whose conventions the file itself cannot tell."""

    read_if_summary: bool = False  # an entry with a summary is read, one without unread (the user's lists)
    year_groups: bool = False  # year headings only give a year; they are not sections (export --by-year)


class Restage(Exception):
    """A reading given in stages (``importing_markdown``) turned out, once whole, to begin
    otherwise than its first stage said: what was written of it is to be undone, and
    *reading*, the whole, written instead."""

    def __init__(self, reading: Reading) -> None:
        super().__init__("the whole list reads otherwise than its first part did")
        self.reading = reading
