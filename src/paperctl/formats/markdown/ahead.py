"""A large list's reading begun before the importing command opens the library,
and given to it in stages, so that it writes while the workers still read.

``parts`` reads a large list in worker processes. Begun from ``reader.parse``, the
workers start only once the library is open and this process has loaded the
reader (0.1-0.3 s for a 1 MB list, most of it creating a new library); begun
here, when the command knows the file, they read meanwhile.

The reader is loaded before the workers are forked, once, rather than by each
worker after it: a worker that loads it copies none of it from this process,
but pays for it again (~70 ms of CPU, on cores the reading needs).

An import writes every entry in one process, after the reading. Of a 1 MB list's
~1.3 s, about 0.4 s was that writing, on one core while the other stood idle.
``stages`` gives the first part's entries as soon as this process has read them,
and each later part's as soon as its worker has: the import writes them while the
workers read on. The parts are cut to that end (``sizes``): the first smaller,
since this process reads it and then writes it; each worker's last smaller,
since what it holds is written after all the reading is done.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...pattern_cache import kept
from ..forking import paused_collection

with kept():  # the reader's ~600 regular expressions, compiled by an earlier run (see pattern_cache)
    from . import part_blocks, parts, reader
    from .assembly import Parsed, finish

# The parts' sizes, relative to each other, when an import writes while the workers read: the
# first part is this process's, which then writes it all, so it is the smallest; each worker
# reads two parts in turn, the second smaller, so that little is left to write once the last
# has been read. Chosen by paired runs of the 1 MB list on two cores (median time against the
# version before stages, 10 rounds, two runs each): 0.6, 1, 0.5 -> 0.82 and 0.88; 0.7, 1, 0.5
# -> 0.89; 0.7, 1, 0.6 -> 0.85; 0.5, 1, 0.6 -> 0.90 and 0.90; 0.6, 1, 0.4 -> 0.91; 0.8, 1,
# 0.6 -> 0.90.
# Once the reader's patterns loaded from pattern_cache and a worker no longer waited on the pipe,
# this process began reading 70 ms sooner and the worker's last part became the wait: 0.8, 1, 0.3
# against 0.6, 1, 0.5 -> 0.967 vs 1.005 s median wall (15 interleaved runs; 0.8, 1, 0.4: 0.975).
LEAD, FIRST, LAST = 0.8, 1.0, 0.3


def sizes(workers: int) -> list[float]:
    """The parts of an import's list, for ``parts.plan``: see ``LEAD``."""
    return [LEAD] + [FIRST] * workers + [LAST] * workers


def begin(text: str, read_if_summary: bool = False, year_groups: bool = False) -> parts.Begun | None:
    """*text*'s workers started, for ``stages`` (or ``reader.parse(text, ..., begun=...)``)
    with the same options; None when it is read whole (small, one core, no cut)."""
    begun = parts.plan(text, (read_if_summary, year_groups), part_blocks.read_part, reader.read_part_again,
                       sizes)
    return begun.start(part_blocks.decider(begun.bounds, part_blocks.definitions(text))) if begun is not None else None


def stages(text: str, read_if_summary: bool = False, year_groups: bool = False,
           begun: parts.Begun | None = None) -> Iterator[tuple[Parsed, bool]]:
    """``reader.parse(text, ...)`` for an import that writes while the list is read: where
    it is read in parts, what its first parts give, one more part each time, as soon as
    they are in (with False: not the whole list) while the workers read on; last, the
    whole list's reading (with True). Read whole, only the whole.

    The whole begins with each stage's entries and sections, unless something past the
    stage changed how they read (a preface whose end only a later part shows). The caller
    compares, and redoes what it did with them when they differ. The workers are stopped
    when the generator is closed before the end.
    """
    begun = reader.planned(text, read_if_summary, year_groups, begun)
    if begun is None:
        yield reader.parse(text, read_if_summary, year_groups, apart=False), True
        return
    lines, bounds = begun.lines, begun.bounds
    count = len(lines) - (1 if lines and lines[-1] == "" else 0)  # (the whole list's lines, as finish counts)
    steps = begun.stages(part_blocks.decider(bounds, part_blocks.definitions(text)))
    known: tuple[Parsed, int] | None = None  # the last stage, and its findings (finish takes its entries)
    try:
        for results in steps:
            if results is None:
                break
            whole = len(results) == len(bounds)
            with paused_collection():
                found = reader.merged(results, lines if whole else lines[: bounds[len(results) - 1][1]],
                                      bounds[: len(results)], read_if_summary, year_groups)
                parsed = finish(found, text, known, whole) if found is not None else None
            if parsed is None:
                break
            if whole:
                yield parsed, True
                return
            parsed.lines = count
            yield parsed, False
            known = (parsed, len(found.found))
    finally:
        steps.close()
    with paused_collection():
        parsed = reader.parse(text, read_if_summary, year_groups, apart=False)
    yield parsed, True
