"""A large list's reading begun before the importing command opens the library,
and given to it in two stages, so that it writes while the workers still read.

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
and the import writes them while the workers read the rest; the first part is
cut smaller than the others (``LEAD``) so that this process, which reads it and
then writes it, ends about when the workers do.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import parts, reader
from .assembly import Parsed, finish

# The first part's size, relative to each other part, when an import writes it while the
# workers read: writing an entry takes about half as long as reading it.
LEAD = 0.8


def begin(text: str, read_if_summary: bool = False, year_groups: bool = False) -> parts.Begun | None:
    """*text*'s workers started, for ``stages`` (or ``reader.parse(text, ..., begun=...)``)
    with the same options; None when it is read whole (small, one core, no cut)."""
    begun = parts.plan(text, (read_if_summary, year_groups), reader.read_part, reader.read_part_again, lead=LEAD)
    return begun.start() if begun is not None else None


def stages(text: str, read_if_summary: bool = False, year_groups: bool = False,
           begun: parts.Begun | None = None) -> Iterator[tuple[Parsed, bool]]:
    """``reader.parse(text, ...)`` for an import that writes while the list is read: where
    it is read in parts, first what its first part alone gives (with False: not the whole
    list) while the workers read on, then the whole list's reading (with True); read
    whole, only the whole.

    The whole begins with the first part's entries and sections, unless something past
    the cut changed how they read (a preface whose end only a later part shows). The
    caller compares, and redoes what it did with them when they differ. The workers are
    stopped when the generator is closed before the end.
    """
    begun = reader.planned(text, read_if_summary, year_groups, begun)
    if begun is None:
        yield reader.parse(text, read_if_summary, year_groups, apart=False), True
        return
    lines, bounds = begun.lines, begun.bounds
    steps = begun.stages(reader.decider(bounds))
    try:
        with reader.paused_collection():
            first = next(steps)
            found = None if first is None else reader.merged(
                [first], lines[: bounds[0][1]], bounds[:1], read_if_summary, year_groups)
            partial = None if found is None else finish(found, text)
        if partial is not None:
            partial.lines = len(lines) - (1 if lines and lines[-1] == "" else 0)  # (the whole list's, as finish counts)
            yield partial, False
        with reader.paused_collection():
            results = None if first is None else next(steps)
            steps.close()
            whole = None if results is None else reader.merged(results, lines, bounds, read_if_summary, year_groups)
            known = (partial, len(first[0])) if partial is not None else None  # (its entries are taken as they are)
            parsed = finish(whole, text, known) if whole is not None else None
        yield (parsed or reader.parse(text, read_if_summary, year_groups, apart=False)), True
    finally:
        steps.close()
