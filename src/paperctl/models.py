"""The shapes that cross the library's boundary: papers, notes, filters.

``Paper.to_dict`` defines the JSON object that ``list --json``, ``search
--json`` and the JSON Lines export share; its key names are documented in
README and must stay stable for scripts.

What the write side takes and gives back (``PaperData``, ``AddResult``,
``Imported``) lives in ``paper_data``, which read commands never import; the
names are still found here (PEP 562), imported on first use.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

STATUSES = ("unread", "reading", "read")

# Every dataclass here has a docstring: one without gets a made one, from
# inspect.signature, when the class is created (~0.2 ms each on every start).


@dataclass(slots=True)
class Author:
    """An author as a paper lists them (a display name), with an affiliation if known."""

    name: str
    affiliation: str | None = None

    def __reduce__(self) -> tuple:
        return Author, (self.name, self.affiliation)  # see BibField.__reduce__


@dataclass(slots=True)
class BibField:
    """One field of a paper's bibliographic record, as a BibTeX/biblatex file gives it.

    ``name`` is the field name in lower case, as the source wrote it (``journaltitle``
    stays ``journaltitle``: see ``bibfields`` for the names paperctl understands).
    ``value`` is the text (LaTeX decoded); it is None for the fields paperctl keeps in
    its own typed attributes (title, author, year, doi, url, abstract, eprint, keywords,
    annote: ``bibfields.MIRRORED``), whose text is the paper's attribute.
    ``source`` is the value as the file wrote it, in BibTeX syntax (``{The {\\LaTeX}
    column}``, ``jul``, ``1986``); it is written back on export, so that case
    protection, macros and LaTeX survive. None when paperctl or the user set the value:
    it is then encoded afresh.
    """

    name: str
    value: str | None = None
    source: str | None = None

    def __reduce__(self) -> tuple:
        """Pickled as a call, not as a state to set: a BibTeX import unpickles the
        fields its worker processes read (100k for 10k entries), and this halves it."""
        return BibField, (self.name, self.value, self.source)


@dataclass
class Note:
    """One of a paper's timestamped notes (times in UTC, as stored)."""

    number: int  # 1-based position among the paper's notes, oldest first
    text: str
    created: str
    modified: str


@dataclass
class Paper:
    """One paper as stored, with its annotations."""

    id: int
    citekey: str
    title: str
    authors: list[Author] = field(default_factory=list)
    arxiv_id: str | None = None
    version: int | None = None
    doi: str | None = None
    url: str | None = None
    abstract: str | None = None
    published: str | None = None
    updated: str | None = None
    year: int | None = None
    primary_category: str | None = None
    categories: list[str] = field(default_factory=list)
    journal_ref: str | None = None
    comment: str | None = None
    venue: str | None = None
    summary: str | None = None
    status: str = "unread"
    notes: list[Note] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)
    added: str | None = None
    modified: str | None = None
    fetched: str | None = None
    # What ``paperctl venues`` found (outcome, venue, evidence...); None before it ran.
    resolution: dict[str, Any] | None = None
    entry_type: str | None = None  # "article", "phdthesis", "online"...; None: paperctl chooses on export
    fields: list[BibField] = field(default_factory=list)  # the bibliographic record, in source order
    aliases: list[str] = field(default_factory=list)  # former or source citation keys that also name it

    @property
    def author_names(self) -> list[str]:
        return [a.name for a in self.authors]

    @property
    def identifier(self) -> str:
        """The arXiv ID when there is one, else the citation key (``--format ids``)."""
        return self.arxiv_id or self.citekey

    @property
    def link(self) -> str | None:
        """The best link to the paper itself: arXiv abs page, else DOI, else URL."""
        if self.arxiv_id:
            return f"https://arxiv.org/abs/{self.arxiv_id}"
        if self.doi:
            return f"https://doi.org/{self.doi}"
        return self.url

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "citekey": self.citekey,
            "arxiv_id": self.arxiv_id,
            "version": self.version,
            "doi": self.doi,
            "url": self.url,
            "title": self.title,
            "authors": self.author_names,
            "year": self.year,
            "published": self.published,
            "updated": self.updated,
            "abstract": self.abstract,
            "primary_category": self.primary_category,
            "categories": self.categories,
            "journal_ref": self.journal_ref,
            "comment": self.comment,
            "venue": self.venue,
            "summary": self.summary,
            "notes": [n.text for n in self.notes],
            "tags": self.tags,
            "status": self.status,
            "links": self.links,
            "added": self.added,
            "entry_type": self.entry_type,
            "aliases": self.aliases,
            "fields": [[f.name, f.value, f.source] for f in self.fields],
        } | ({"venue_resolution": self.resolution} if self.resolution else {})

    def field(self, name: str) -> str | None:
        """The text of bibliographic field *name* (its value, or for a field kept in a
        typed attribute, that attribute), under any of its names (``journal`` finds
        ``journaltitle``); None when the paper has no such field."""
        from . import bibfields

        return bibfields.text_of(self, name)


@dataclass
class Filters:
    """Filters shared by ``list`` and ``search``."""

    tags: list[str] = field(default_factory=list)
    status: str | None = None
    year: int | None = None
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    author: str | None = None
    venue: str | None = None
    unresolved: bool = False
    sort: str | None = None  # None: section order with --tag, else added
    limit: int | None = None
    reverse: bool = False  # the order backwards (``--sort added --reverse``: recently added first)


@dataclass
class SearchHit:
    """A paper found by ``search``, with the matching text and its bm25 rank."""

    paper: Paper
    snippet: str  # with fts.HIGHLIGHT_START / HIGHLIGHT_END around matches
    rank: float


@dataclass
class Section:
    """A node of the section tree, as ``tags`` shows it."""

    path: str
    depth: int
    count: int  # papers directly in this section
    total: int  # papers in it or any subsection (each paper once)
    aliases: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


_WRITE_SIDE = ("PaperData", "AddResult", "Imported")


def __getattr__(name: str) -> Any:
    """``PaperData``, ``AddResult`` and ``Imported``, from ``paper_data`` (see above)."""
    if name not in _WRITE_SIDE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("paperctl.paper_data"), name)
    globals()[name] = value
    return value
