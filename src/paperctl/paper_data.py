"""What callers give the library to write, and what the write did.

``PaperData`` is a paper to add, import or merge; ``AddResult`` and ``Imported``
say what ``Library.add`` and ``Library.import_paper`` did with one. They are the
write side's shapes, kept apart from ``models`` because creating a dataclass runs
its generated methods through the compiler at every start: these three cost the
read commands (``list``, ``search``, ``show``), which never build one, about 14
million instructions (~3 ms) a start. ``from paperctl.models import PaperData``
still works (``models`` hands them over on first use).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Author, BibField, Paper


@dataclass
class PaperData:
    """What a caller knows about a paper it wants to add or merge.

    Produced by the CLI's ``add --no-fetch`` today, and by the arXiv source and
    importers later; every field is optional except that a new paper needs a
    title. Annotation fields (summary, notes, tags, status, venue, links) are
    the user's own and are treated with care on merge.
    """

    title: str | None = None
    authors: list[Author] = field(default_factory=list)
    arxiv_id: str | None = None  # any form; normalised on add
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
    status: str | None = None
    notes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)
    fetched: str | None = None
    # The bibliographic record (from BibTeX, CSL-JSON, JSON Lines, or a metadata source).
    citekey: str | None = None  # the source's citation key, kept when free (see ``Library.import_paper``)
    provisional_key: bool = False  # the citekey is one paperctl made for an authorless paper (JSON Lines)
    entry_type: str | None = None
    fields: list[BibField] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    added: str | None = None  # JSON Lines restores when a paper was added and last modified
    modified: str | None = None
    note_times: list[tuple[str, str]] = field(default_factory=list)  # (created, modified) of ``notes``, if known
    resolution: dict[str, Any] | None = None  # what ``venues`` found, as JSON Lines carries it
    # (section, its position in the tree, the paper's position in it or None): the order of
    # the library a JSON Lines export came from, restored when it goes into an empty one.
    places: list[tuple[str, int, int | None]] = field(default_factory=list)


@dataclass
class AddResult:
    """What ``Library.add`` did: the paper as stored now, and whether it is new."""

    paper: Paper
    created: bool  # False: merged into a paper already in the library
    filled: list[str] = field(default_factory=list)  # fields the merge changed


@dataclass
class Imported:
    """What importing one record did: "new", "merged" (with what changed) or "unchanged".

    ``key_note`` says what became of the source's citation key when it is not the
    paper's key (taken by another paper, not a valid key, or an alias of the paper it
    merged into); ``possible_duplicate`` names a paper that looks alike but was kept
    apart, and why.
    """

    id: int
    citekey: str
    outcome: str
    changes: list[str] = field(default_factory=list)
    key_note: str | None = None
    possible_duplicate: tuple[str, str] | None = None  # (citation key, why)
