"""DataCite's REST API: records of DataCite DOIs (arXiv's own ``10.48550``, Zenodo...).

``GET {PAPERCTL_DATACITE_URL}/dois/{doi}`` answers JSON:API,
``data.attributes`` with ``titles``, ``creators`` (``familyName``/``givenName``
or ``name``), ``publicationYear``, ``publisher``, ``container``, ``types``
(``resourceTypeGeneral`` "Preprint" for arXiv), ``relatedIdentifiers``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from .candidate import PREPRINT, PUBLISHED, Candidate
from .service import Service, text, year
from .venue_names import is_preprint_venue, short_name


class DataCite(Service):
    name = "DataCite"
    prefix = "DATACITE"
    default_url = "https://api.datacite.org"
    defaults = {"delay": 1.0}

    def record(self, doi: str) -> Candidate | None:
        data = self.fetch_json(f"{self.base}/dois/{quote(doi, safe='/')}")
        if data is None:
            return None
        try:
            attributes = data["data"]["attributes"]
        except (KeyError, TypeError):
            raise self.unreadable("no data.attributes") from None
        return to_candidate(attributes, doi)


def _creator(person: Any) -> str | None:
    if not isinstance(person, dict):
        return None
    given, family = text(person.get("givenName")), text(person.get("familyName"))
    if family:
        return f"{given} {family}" if given else family
    name = text(person.get("name"))
    if name and "," in name:
        family, _, given = name.partition(",")
        return f"{given.strip()} {family.strip()}".strip()
    return name


def to_candidate(attributes: dict[str, Any], doi: str) -> Candidate:
    titles = attributes.get("titles") or []
    title = text(titles[0].get("title")) if titles and isinstance(titles[0], dict) else None
    kind = ((attributes.get("types") or {}).get("resourceTypeGeneral") or "").lower()
    publisher = attributes.get("publisher")
    publisher = text(publisher.get("name")) if isinstance(publisher, dict) else text(publisher)
    container = attributes.get("container") or {}
    venue = text(container.get("title")) if isinstance(container, dict) else None
    preprint = kind == "preprint" or is_preprint_venue(publisher)
    found = (text(attributes.get("doi")) or doi).lower()
    return Candidate(
        source="datacite",
        key=found,
        url=f"https://doi.org/{found}",
        title=title or "",
        authors=[n for n in map(_creator, attributes.get("creators") or []) if n],
        year=year(attributes.get("publicationYear")),
        venue=None if preprint else venue,
        short=None if preprint else short_name(venue),
        standing=PREPRINT if preprint or not venue else PUBLISHED,
        publisher=publisher,
        doi=found,
        arxiv_id=found.split("arxiv.", 1)[1] if found.startswith("10.48550/arxiv.") else None,
    )
