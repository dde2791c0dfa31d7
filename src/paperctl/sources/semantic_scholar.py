"""Semantic Scholar's Graph API: a paper by arXiv ID or DOI, with its venue.

``GET {PAPERCTL_S2_URL}/paper/ARXIV:{id}?fields=...`` (or ``DOI:{doi}``) for one
paper; ``POST {PAPERCTL_S2_URL}/paper/batch?fields=...`` with ``{"ids": [...]}``
for up to 500 at once (the answer is a list in the same order, ``null`` where
an id is unknown). An API key from ``PAPERCTL_S2_API_KEY`` goes in
``x-api-key``. Unauthenticated clients share a small pool, so paperctl keeps
to about one request a second (``PAPERCTL_S2_DELAY``, default 1.1).

Semantic Scholar dates a paper by its first appearance, usually the preprint:
its ``year`` is not the venue's year (Adam, arXiv December 2014, is ICLR 2015),
so its candidates say ``year_is_venue_year=False`` and the resolver takes the
year from a source that dates the proceedings. Its ``externalIds`` name the
paper's DBLP key, ACL Anthology ID and DOI, which the resolver follows.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from .candidate import PREPRINT, PUBLISHED, Candidate
from .service import Service, text, year
from .venue_names import is_preprint_venue, short_name

FIELDS = "title,authors,year,venue,publicationVenue,journal,publicationTypes,externalIds,publicationDate"


class SemanticScholar(Service):
    name = "Semantic Scholar"
    prefix = "S2"
    default_url = "https://api.semanticscholar.org/graph/v1"
    defaults = {"delay": 1.1}
    batch_size = 500  # the most ids the batch endpoint takes

    def _headers(self) -> dict[str, str]:
        return {"x-api-key": self.settings.api_key} if self.settings.api_key else {}

    def paper(self, ident: str) -> Candidate | None:
        """The record for ``ARXIV:2211.17192`` or ``DOI:10.18653/...``, or None when unknown."""
        data = self.fetch_json(f"{self.base}/paper/{quote(ident, safe=':/')}?fields={FIELDS}", self._headers())
        if data is None:
            return None
        if not isinstance(data, dict) or not text(data.get("title")):
            raise self.unreadable("no paper object with a title")
        return to_candidate(data)

    def papers(self, idents: list[str]) -> list[Candidate | None]:
        """The records for up to ``batch_size`` ids in one request, in order (None where unknown)."""
        if len(idents) > self.batch_size:
            raise ValueError(f"at most {self.batch_size} ids in one batch, not {len(idents)}")
        data = self.fetch_json(f"{self.base}/paper/batch?fields={FIELDS}", self._headers(), {"ids": idents})
        if not isinstance(data, list) or len(data) != len(idents):
            raise self.unreadable(f"not a list of {len(idents)} papers")
        if any(item is not None and (not isinstance(item, dict) or not text(item.get("title"))) for item in data):
            raise self.unreadable("a paper object without a title")
        return [to_candidate(item) if item is not None else None for item in data]


def to_candidate(data: dict[str, Any]) -> Candidate:
    """One Graph API paper object as a Candidate."""
    ids = {k: str(v) for k, v in (data.get("externalIds") or {}).items() if v is not None}
    place = data.get("publicationVenue") or {}
    journal = data.get("journal") or {}
    full = text(place.get("name")) or text(data.get("venue")) or text(journal.get("name"))
    types = data.get("publicationTypes") or []
    kind = text(place.get("type")) or ("conference" if "Conference" in types else
                                      "journal" if "JournalArticle" in types else None)
    preprint = not full or is_preprint_venue(full)
    doi = ids.get("DOI")
    if doi and doi.lower().startswith("10.48550/"):
        doi = None
    paper_id = text(data.get("paperId")) or ""
    return Candidate(
        source="semanticscholar",
        key=paper_id or ids.get("CorpusId", ""),
        url=text(data.get("url")) or (f"https://www.semanticscholar.org/paper/{paper_id}" if paper_id else None),
        title=text(data.get("title")) or "",
        authors=[a["name"] for a in data.get("authors") or [] if isinstance(a, dict) and text(a.get("name"))],
        year=year(data.get("year")),
        venue=None if preprint else full,
        short=None if preprint else short_name(full),
        kind=None if preprint else kind,
        standing=PREPRINT if preprint else PUBLISHED,
        pages=text(journal.get("pages")) if not preprint else None,
        volume=text(journal.get("volume")) if not preprint else None,
        doi=doi,
        arxiv_id=ids.get("ArXiv"),
        year_is_venue_year=False,
        ids={k: ids[k] for k in ("DBLP", "ACL", "DOI") if k in ids},
    )
