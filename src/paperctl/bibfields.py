"""The bibliographic fields a paper may carry, and the names paperctl understands.

A paper imported from BibTeX keeps every field it came with (``Paper.fields``, in
source order, under the name the source used). This module is the vocabulary
shared by the BibTeX reader and writer, CSL-JSON and the library:

* ``MIRRORED``: fields whose text lives in one of the paper's own attributes
  (``title`` is ``Paper.title``, ``author`` the authors, ``eprint`` the arXiv ID...).
  Their stored ``value`` is None; their ``source`` is still written back on export.
* ``SYNONYMS``: one meaning under its BibTeX and biblatex names (``journal`` /
  ``journaltitle``, ``address`` / ``location``, ``year`` / ``date``, ``school`` /
  ``institution``), so that ``Paper.field("journal")`` finds ``journaltitle`` and an
  export never writes a meaning twice.
* ``PEOPLE``: name-list fields (``editor``, ``translator``...), split on `` and ``.
* what is searchable text, and the months.
"""

from __future__ import annotations

import functools
from typing import Any

from .lazy import pattern

# Field -> the Paper attribute that holds its text (see ``text_of``).
MIRRORED = {
    "title": "title", "author": "authors", "abstract": "abstract", "year": "year", "doi": "doi",
    "url": "url", "eprint": "arxiv_id", "keywords": "tags", "annote": "summary", "ids": "aliases",
}

# The BibTeX name first, then the biblatex one(s): the same meaning.
SYNONYM_GROUPS = (
    ("journal", "journaltitle"),
    ("address", "location"),
    ("year", "date"),
    ("school", "institution"),
    ("archiveprefix", "eprinttype"),
    ("primaryclass", "eprintclass"),
    ("annote", "annotation"),
    ("key", "sortkey"),
)
SYNONYMS: dict[str, tuple[str, ...]] = {name: group for group in SYNONYM_GROUPS for name in group}

# biblatex treats ``institution`` as the ``school`` of a thesis; for a report it is the
# institution itself (BibTeX's @techreport also says ``institution``).
THESIS_TYPES = frozenset({"phdthesis", "mastersthesis", "thesis"})

PEOPLE = frozenset({
    "author", "editor", "editora", "editorb", "editorc", "translator", "bookauthor", "annotator",
    "commentator", "introduction", "foreword", "afterword", "holder",
})

# Fields that are identifiers, numbers, dates or paths: not searched as text, never
# LaTeX-decoded (a URL's ``%`` or ``~`` is part of it).
VERBATIM = frozenset({"url", "doi", "eprint", "file", "pdf", "urldate", "isbn", "issn", "ids", "crossref",
                      "xdata", "entryset", "related", "bibsource", "biburl", "timestamp", "owner", "arxivid",
                      "arxiv", "eid", "mrnumber", "zblnumber", "pmid", "pmcid", "lccn", "oclc", "issn-l"})
NOT_TEXT = VERBATIM | frozenset({"year", "date", "month", "volume", "number", "pages", "pagetotal", "edition",
                                 "eventdate", "origdate", "langid", "langidopts", "language", "hyphenation",
                                 "archiveprefix", "eprinttype", "primaryclass", "eprintclass", "version",
                                 "sortkey", "sorttitle", "indextitle", "chapter", "key", "type"})

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
_FIELD_NAME = pattern(r"^[a-z][a-z0-9_.:+-]*$")


@functools.lru_cache(maxsize=4096)  # a file repeats its few field names in every entry
def valid_name(name: str) -> bool:
    """A field name paperctl can write back safely (letters, digits, ``_ . : + -``)."""
    return bool(_FIELD_NAME.match(name)) and len(name) <= 64


def names_for(name: str) -> tuple[str, ...]:
    """*name* and its synonyms (``journal`` -> ``journal``, ``journaltitle``)."""
    return SYNONYMS.get(name, (name,))


def searchable(name: str) -> bool:
    """Whether a field's value goes into the full-text index (the ``fields`` column)."""
    return name not in MIRRORED and name not in NOT_TEXT


def month_number(text: str | None) -> int | None:
    """1-12 for ``jul``, ``July``, ``7``, ``07``; None for anything else (``10~jan``)."""
    if not text:
        return None
    word = text.strip().lower().rstrip(".")
    if word.isdigit() and 1 <= int(word) <= 12:
        return int(word)
    for number, (short, full) in enumerate(zip(MONTHS, MONTH_NAMES, strict=True), 1):
        if word in (short, full.lower()):
            return number
    return None


def text_of(paper: Any, name: str) -> str | None:
    """The text of field *name* on *paper* (a ``models.Paper``), under any of its
    names; see ``Paper.field``."""
    wanted = names_for(name.lower())
    for field in paper.fields:
        if field.name in wanted:
            if field.value is not None:
                return field.value
            return _attribute_text(paper, field.name)
    if name in MIRRORED:
        return _attribute_text(paper, name)
    return None


def _attribute_text(paper: Any, name: str) -> str | None:
    attribute = MIRRORED.get(name)
    if attribute is None:
        return None
    value = getattr(paper, attribute)
    if attribute == "authors":
        return " and ".join(a.name for a in value) or None
    if attribute in ("tags", "aliases"):
        return ", ".join(value) or None
    return str(value) if value not in (None, "") else None
