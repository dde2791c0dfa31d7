"""paperctl: an annotated reading list of papers, kept in SQLite.

The core library is usable from Python::

    from paperctl import Library, PaperData, Filters

The names are imported when first used (PEP 562), so that ``paperctl --version`` and
shell completion of fixed values do not pay for the whole library at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import PaperctlError
    from .library import Library
    from .models import Author, Filters, Note, Paper, SearchHit, Section
    from .paper_data import AddResult, PaperData

_HOMES = {
    "PaperctlError": "errors", "Library": "library", "AddResult": "paper_data", "Author": "models",
    "Filters": "models", "Note": "models", "Paper": "models", "PaperData": "paper_data",
    "SearchHit": "models", "Section": "models",
}
__all__ = [
    "AddResult", "Author", "Filters", "Library", "Note", "Paper", "PaperData", "PaperctlError",
    "SearchHit", "Section",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'paperctl' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
