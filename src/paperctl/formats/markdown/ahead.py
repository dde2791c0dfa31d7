"""A large list's reading begun before the importing command opens the library.

``parts`` reads a large list in worker processes. Begun from ``reader.parse``, the
workers start only once the library is open and this process has loaded the
reader (0.1-0.3 s for a 1 MB list, most of it creating a new library); begun
here, when the command knows the file, they read meanwhile. The workers load
the reader themselves, which is why this module does not import it: it is
cheap to import, and so is what it forks.
"""

from __future__ import annotations

from typing import Any

from . import parts


def begin(text: str, read_if_summary: bool = False, year_groups: bool = False) -> parts.Begun | None:
    """*text*'s workers started, for ``reader.parse(text, ..., begun=...)`` with the same
    options; None when it is read whole (small, one core, no cut)."""
    begun = parts.plan(text, (read_if_summary, year_groups), _first, _second)
    return begun.start() if begun is not None else None


def _first(lines: list[str], bounds: list[tuple[int, int]], k: int) -> tuple[Any, Any]:
    from . import reader

    return reader.read_part(lines, bounds, k)


def _second(kept: Any, message: Any, read_if_summary: bool, year_groups: bool) -> Any:
    from . import reader

    return reader.read_part_again(kept, message, read_if_summary, year_groups)
