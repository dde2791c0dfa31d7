"""A Markdown reading list as an import reads it: its entries, sections, skipped lines
and layout (``markdown.reader``), as a ``Reading``.

A large list is given in stages (``markdown.ahead.stages``): the entries of its
first part come at once, and the import writes them while the worker processes
read the rest; each later part's follow as soon as they are read, and with the
last come the sections, skipped lines and layout of the whole list. Should the
list turn out to begin otherwise than an earlier stage said, ``Restage`` has the
import undo what it wrote and write the whole instead: the result is always that
of the whole list.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .markdown import ahead
from .reading import MarkdownOptions, Reading, Restage, Source

if TYPE_CHECKING:
    from .markdown.assembly import Parsed
    from .markdown.parts import Begun


def read(text: str, options: MarkdownOptions, begun: Begun | None = None) -> Reading:
    """The reading of the list *text* (*begun*: its workers, started by ``ahead.begin``)."""
    if begun is None:
        begun = ahead.begin(text, options.read_if_summary, options.year_groups)
    steps = ahead.stages(text, options.read_if_summary, options.year_groups, begun)
    parsed, whole = next(steps)
    if whole:
        steps.close()
        return told(parsed, text)
    reading = Reading([], parsed.lines, list(parsed.sections), document=text)
    reading.sources = _staged(reading, parsed, steps, text)
    return reading


def told(parsed: Parsed, text: str, reading: Reading | None = None) -> Reading:
    """*parsed* as a ``Reading`` (filled in, when *reading* is given; its lists stay the
    same objects, which the import's report holds already)."""
    if reading is None:
        reading = Reading([Source(e.data, e.line, e.layout) for e in parsed.entries], parsed.lines, document=text)
    reading.total = parsed.lines
    reading.sections[:] = parsed.sections
    reading.skipped[:] = parsed.skipped
    reading.layout = parsed.layout
    skipped_lines = parsed.link_lines - parsed.entry_lines
    reading.notes.append(
        f"{parsed.lines} lines read: {len(parsed.entries)} entries; {parsed.link_lines} lines hold links, "
        f"{parsed.entry_lines} of them in entries and {skipped_lines} skipped (reasons below)")
    reading.notes += [f"line {line}: {doubt}" for line, doubt in parsed.doubts]
    if not parsed.entries:
        reading.notes.append("nothing in it was recognised as a paper entry: it does not read as a reading list"
                             + (" (every line with a link is listed below with the reason)" if skipped_lines else ""))
    return reading


def _staged(reading: Reading, first: Parsed, steps: Iterator[tuple[Parsed, bool]],
            text: str) -> Iterator[Source | None]:
    """Each stage's new entries and a None (to be written now, before the next stage is
    waited for); at the last, *reading* filled in with what the whole list says.
    ``Restage`` when a stage begins otherwise than the one before said."""
    given: Parsed = first
    try:
        for entry in first.entries:
            yield Source(entry.data, entry.line, entry.layout)
        yield None
        for parsed, whole in steps:
            if parsed.entries[: len(given.entries)] != given.entries or (
                    parsed.sections[: len(given.sections)] != given.sections):
                last = [parsed, *(later for later, _ in steps)][-1]  # (the whole list's reading)
                raise Restage(told(last, text))
            if whole:
                told(parsed, text, reading)
            else:
                reading.sections[:] = parsed.sections  # (the import makes them before their entries)
            for entry in parsed.entries[len(given.entries):]:
                yield Source(entry.data, entry.line, entry.layout)
            yield None
            given = parsed
    finally:
        steps.close()  # (the workers stop here when the import stops early)
