"""The ACL Anthology: BibTeX for an Anthology ID (``2020.acl-main.447``, ``N19-1423``).

``GET {PAPERCTL_ACL_URL}/{id}.bib``. The ID comes from an Anthology URL, from a
``10.18653/v1/{id}`` DOI, or from Semantic Scholar's ``externalIds.ACL``. The
BibTeX has the full ``booktitle`` (or ``journal`` for TACL and CL), ``pages``
("2627--2636"), ``doi``, ``url``, ``publisher``, ``year``.
"""

from __future__ import annotations

import re

from .candidate import PUBLISHED, Candidate
from .service import Service, year
from .venue_names import short_name

ACL_ID = re.compile(r"^(?:\d{4}\.[a-z][\w-]*\.\d+|[A-Z]\d{2}-\d{4})$")
ACL_URL = re.compile(r"^https?://(?:www\.)?aclanthology\.org/(?P<id>[^/?#]+?)(?:\.pdf|\.bib)?/?(?:[?#].*)?$", re.I)
ACL_DOI = re.compile(r"^10\.18653/v1/(?P<id>.+)$", re.I)


def anthology_id(value: str) -> str | None:
    """The Anthology ID in a URL, an ACL DOI or a bare ID; None otherwise."""
    value = value.strip()
    for pattern in (ACL_URL, ACL_DOI):
        match = pattern.match(value)
        if match:
            value = match["id"]
            break
    if re.match(r"^\d{4}\.[A-Za-z]", value):
        value = value.lower()
    elif re.match(r"^[a-z]\d{2}-\d{4}$", value):
        value = value.upper()
    return value if ACL_ID.match(value) else None


class AclAnthology(Service):
    name = "ACL Anthology"
    prefix = "ACL"
    default_url = "https://aclanthology.org"
    defaults = {"delay": 1.0}

    def paper(self, acl_id: str) -> Candidate | None:
        response = self.fetch(f"{self.base}/{acl_id}.bib", {"Accept": "application/x-bibtex"})
        if response is None:
            return None
        return from_bibtex(response.text(), acl_id) or _raise(self.unreadable("no BibTeX entry with a title"))


def _raise(error: Exception):  # noqa: ANN202 (an expression-position raise)
    raise error


def _plain(value: str | None) -> str | None:
    if not value:
        return None
    value = re.sub(r"[{}]", "", value)
    return " ".join(value.split()) or None


def from_bibtex(source: str, acl_id: str) -> Candidate | None:
    import bibtexparser

    library = bibtexparser.parse_string(source)
    if not library.entries:
        return None
    entry = library.entries[0]
    fields = {f.key.lower(): str(f.value) for f in entry.fields}
    title = _plain(fields.get("title"))
    if not title:
        return None
    authors = []
    for name in re.split(r"\s+and\s+", fields.get("author", "")):
        name = _plain(name)
        if name:
            family, _, given = name.partition(",")
            authors.append(f"{given.strip()} {family.strip()}".strip() if given else family.strip())
    venue = _plain(fields.get("booktitle") or fields.get("journal"))
    doi = (fields.get("doi") or "").strip().lower() or None
    return Candidate(
        source="acl",
        key=acl_id,
        url=_plain(fields.get("url")) or f"https://aclanthology.org/{acl_id}/",
        title=title,
        authors=authors,
        year=year(fields.get("year")),
        venue=venue,
        short=short_name(venue),
        kind="conference" if entry.entry_type.lower() == "inproceedings" else "journal",
        standing=PUBLISHED,
        pages=(_plain(fields.get("pages")) or "").replace("--", "-") or None,
        volume=_plain(fields.get("volume")),
        publisher=_plain(fields.get("publisher")),
        doi=doi,
    )
