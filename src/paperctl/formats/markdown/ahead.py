"""A large list's reading begun before the importing command opens the library.

``parts`` reads a large list in worker processes. Begun from ``reader.parse``, the
workers start only once the library is open and this process has loaded the
reader (0.1-0.3 s for a 1 MB list, most of it creating a new library); begun
here, when the command knows the file, they read meanwhile.

The reader is loaded before the workers are forked, once, rather than by each
worker after it: a worker that loads it copies none of it from this process,
but pays for it again (~70 ms of CPU, on cores the reading needs).
"""

from __future__ import annotations

from . import parts, reader


def begin(text: str, read_if_summary: bool = False, year_groups: bool = False) -> parts.Begun | None:
    """*text*'s workers started, for ``reader.parse(text, ..., begun=...)`` with the same
    options; None when it is read whole (small, one core, no cut)."""
    begun = parts.plan(text, (read_if_summary, year_groups), reader.read_part, reader.read_part_again)
    return begun.start() if begun is not None else None
