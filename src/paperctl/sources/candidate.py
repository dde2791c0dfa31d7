"""What a metadata service says about one publication, in one shape for all services.

Each service module turns its own answer into ``Candidate`` objects; the
matching rules (``matching.py``) and the resolver (``venues.py``) only ever see
this shape. A candidate keeps where it came from (``source``, ``key``, ``url``)
because that is the evidence stored with a resolved venue.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import FetchUnavailable

# What a record says about the publication's standing.
PUBLISHED = "published"
PREPRINT = "preprint"  # arXiv / CoRR: not a venue
REJECTED = "rejected"  # an OpenReview submission that was not accepted
WITHDRAWN = "withdrawn"
SUBMITTED = "submitted"  # under review


class ServiceAnswerUnreadable(FetchUnavailable):
    """A service answered 200 with something that is not what its API documents."""


@dataclass
class Candidate:
    source: str  # "semanticscholar", "dblp", "openreview", "crossref", "datacite", "acl", "doi.org"
    key: str  # the record's key at the source (DBLP key, S2 paperId, OpenReview id, DOI...)
    url: str | None
    title: str
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    venue: str | None = None  # the full name: "International Conference on Learning Representations"
    short: str | None = None  # as reading lists write it, without the year: "ICLR", "NeurIPS"
    track: str | None = None  # "Oral", "Spotlight", "Poster"
    kind: str | None = None  # "conference", "journal", "workshop", "book"
    standing: str = PUBLISHED
    pages: str | None = None
    volume: str | None = None
    number: str | None = None
    publisher: str | None = None
    doi: str | None = None
    arxiv_id: str | None = None
    year_is_venue_year: bool = True  # False where the service dates a paper by its preprint (S2)
    ids: dict[str, str] = field(default_factory=dict)  # other identifiers the record names (DBLP, ACL, DOI)
    stated: str | None = None  # the venue as the source wrote it ("Submitted to ICLR 2024")

    @property
    def is_venue(self) -> bool:
        return self.standing == PUBLISHED and bool(self.venue or self.short)

    @property
    def label(self) -> str:
        """The short venue as reading lists write it: ``ICLR 2024 Oral``."""
        parts = [self.short or self.venue or "", str(self.year) if self.year else "", self.track or ""]
        return " ".join(p for p in parts if p)

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, [], {})}
