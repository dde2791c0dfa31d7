"""Crossref's REST API: the published record of a DOI.

``GET {PAPERCTL_CROSSREF_URL}/works/{doi}`` answers ``{"message": {...}}`` with
``title``, ``author`` (given/family), ``container-title`` (the proceedings or
journal), ``type`` (``proceedings-article``, ``journal-article``,
``posted-content`` for preprints), ``issued``/``published`` date parts,
``page``, ``volume``, ``publisher``. A DOI Crossref does not hold (arXiv's
DataCite DOIs among them) is a 404 with the text "Resource not found.".
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from .candidate import PREPRINT, PUBLISHED, Candidate
from .service import Service, text, year
from .venue_names import short_name

_KINDS = {"proceedings-article": "conference", "journal-article": "journal", "book-chapter": "book",
          "paper-conference": "conference", "article-journal": "journal", "chapter": "book"}
_PREPRINT_TYPES = {"posted-content", "article", "preprint"}


class Crossref(Service):
    name = "Crossref"
    prefix = "CROSSREF"
    default_url = "https://api.crossref.org"
    defaults = {"delay": 1.0}

    def work(self, doi: str) -> Candidate | None:
        data = self.fetch_json(f"{self.base}/works/{quote(doi, safe='/')}")
        if data is None:
            return None
        message = data.get("message") if isinstance(data, dict) else None
        if not isinstance(message, dict):
            raise self.unreadable("no message object")
        return from_csl_like(message, "crossref", doi)


def _date_year(message: dict[str, Any]) -> int | None:
    for name in ("published-print", "published-online", "issued", "published", "created"):
        parts = (message.get(name) or {}).get("date-parts") or [[None]]
        if parts and parts[0] and year(parts[0][0]):
            return year(parts[0][0])
    return None


def _people(values: Any) -> list[str]:
    names = []
    for person in values or []:
        if not isinstance(person, dict):
            continue
        given, family = text(person.get("given")), text(person.get("family"))
        name = " ".join(p for p in (given, family) if p) or text(person.get("literal")) or text(person.get("name"))
        if name:
            names.append(name)
    return names


def from_csl_like(message: dict[str, Any], source: str, doi: str) -> Candidate:
    """A Crossref work or a CSL-JSON item (they share most names) as a Candidate."""
    kind_name = text(message.get("type")) or ""
    container = text(message.get("container-title"))
    event = message.get("event") if isinstance(message.get("event"), dict) else {}
    preprint = kind_name in _PREPRINT_TYPES and not container
    venue = container or text((event or {}).get("name"))
    found_doi = (text(message.get("DOI")) or doi).lower()
    return Candidate(
        source=source,
        key=found_doi,
        url=f"https://doi.org/{found_doi}",
        title=text(message.get("title")) or "",
        authors=_people(message.get("author")),
        year=_date_year(message),
        venue=None if preprint else venue,
        short=None if preprint else short_name(venue),
        kind=None if preprint else _KINDS.get(kind_name),
        standing=PREPRINT if preprint or not venue else PUBLISHED,
        pages=text(message.get("page")),
        volume=text(message.get("volume")),
        number=text(message.get("issue")),
        publisher=text(message.get("publisher")),
        doi=found_doi,
    )
