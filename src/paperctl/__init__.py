"""paperctl: an annotated reading list of papers, kept in SQLite.

The core library is usable from Python::

    from paperctl import Library, PaperData, Filters
"""

from .errors import PaperctlError
from .library import Library
from .models import AddResult, Author, Filters, Note, Paper, PaperData, SearchHit, Section

__all__ = [
    "AddResult", "Author", "Filters", "Library", "Note", "Paper", "PaperData", "PaperctlError",
    "SearchHit", "Section",
]
__version__ = "0.1.0"
