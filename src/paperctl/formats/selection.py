"""Which papers an export covers (``--tag``, ``--status``, ``--since``).

Shared by the export drivers (``exporting.py`` for every format,
``exporting_markdown.py`` for the Markdown outline and ``--into``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Filters

CHUNK = 2000  # papers loaded at a time: memory stays flat however large the library


@dataclass
class Selection:
    """Which papers an export covers (``--tag``, ``--status``, ``--since``)."""

    tags: list[str] = field(default_factory=list)
    status: str | None = None
    since: str | None = None

    def filters(self, sort: str | None) -> Filters:
        return Filters(tags=list(self.tags), status=self.status, since=self.since, sort=sort)

    @property
    def narrowed(self) -> bool:
        """Only some sections or papers (the whole library otherwise)."""
        return bool(self.tags or self.status or self.since)
