"""DBLP: title search for the published record of a preprint, and records by key.

``GET {PAPERCTL_DBLP_URL}/search/publ/api?q=<title> <first author>&format=json``.
DBLP lists a preprint twice: a ``CoRR`` record (key ``journals/corr/...``,
"Informal and Other Publications") and the venue's (``conf/iclr/...``,
``journals/jmlr/...``); only the latter is a venue. Its ``year`` is the
proceedings' year. Homonym authors carry a number ("Xiaopeng Zhang 0009").
DBLP asks for at least two seconds between requests (``PAPERCTL_DBLP_DELAY``).

The JSON collapses one-element lists into objects (one ``hit``, one
``author``): every list is read through ``_many``.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from .candidate import PREPRINT, PUBLISHED, Candidate
from .service import Service, text, year
from .venue_names import full_name, short_name

_KINDS = {"Conference and Workshop Papers": "conference", "Journal Articles": "journal",
          "Books and Theses": "book", "Parts in Books or Collections": "book"}


def _many(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


class Dblp(Service):
    name = "DBLP"
    prefix = "DBLP"
    default_url = "https://dblp.org"
    defaults = {"delay": 2.0}

    def search(self, title: str, first_author: str | None = None, hits: int = 10) -> list[Candidate]:
        words = re.sub(r"[^\w\s-]", " ", title)
        family = first_author.split()[-1] if first_author and first_author.split() else ""
        query = " ".join((words + " " + family).split())
        data = self.fetch_json(f"{self.base}/search/publ/api?q={quote(query)}&format=json&h={hits}")
        if data is None:
            return []
        try:
            result = data["result"]
            hit_list = _many((result.get("hits") or {}).get("hit"))
        except (KeyError, TypeError, AttributeError):
            raise self.unreadable("no result.hits") from None
        return [c for c in (to_candidate(h.get("info")) for h in hit_list if isinstance(h, dict)) if c]

    def record(self, key: str) -> Candidate | None:
        """The record with DBLP key *key* (``conf/naacl/DevlinCLT19``), from ``/rec/{key}.xml``."""
        import xml.etree.ElementTree as ET

        response = self.fetch(f"{self.base}/rec/{quote(key)}.xml", {"Accept": "application/xml"})
        if response is None:
            return None
        try:
            root = ET.fromstring(response.body)
        except ET.ParseError:
            raise self.unreadable("malformed XML") from None
        element = root[0] if root.tag == "dblp" and len(root) else root
        info: dict[str, Any] = {"key": element.get("key") or key,
                                "authors": {"author": [a.text or "" for a in element.findall("author")]}}
        for name in ("title", "year", "pages", "volume", "number", "journal", "booktitle", "ee", "publisher"):
            found = element.find(name)
            if found is not None:
                info[name] = "".join(found.itertext())
        info["venue"] = info.get("booktitle") or info.get("journal")
        info["type"] = {"inproceedings": "Conference and Workshop Papers",
                        "article": "Journal Articles"}.get(element.tag, element.tag)
        ee = info.get("ee") or ""
        if ee.startswith("https://doi.org/"):
            info["doi"] = ee[len("https://doi.org/"):]
        return to_candidate(info)


def _author_name(author: Any) -> str | None:
    return text(author.get("text")) if isinstance(author, dict) else text(author)


def to_candidate(info: Any) -> Candidate | None:
    if not isinstance(info, dict) or not text(info.get("title")):
        return None
    key = text(info.get("key")) or ""
    venue = text(info.get("venue"))
    kind_name = text(info.get("type")) or ""
    preprint = key.startswith("journals/corr/") or (venue or "").lower() == "corr" or \
        kind_name == "Informal and Other Publications"
    authors = [n for n in (_author_name(a) for a in _many((info.get("authors") or {}).get("author"))) if n]
    short = None if preprint else short_name(venue)
    title = text(info.get("title")) or ""
    return Candidate(
        source="dblp",
        key=key,
        url=f"https://dblp.org/rec/{key}" if key else text(info.get("url")),
        title=title[:-1] if title.endswith(".") else title,  # DBLP ends every title with a full stop
        authors=authors,
        year=year(info.get("year")),
        venue=None if preprint else (full_name(short) or venue),
        short=short,
        kind=None if preprint else _KINDS.get(kind_name),
        standing=PREPRINT if preprint else PUBLISHED,
        pages=text(info.get("pages")),
        volume=text(info.get("volume")),
        number=text(info.get("number")),
        doi=(text(info.get("doi")) or "").lower() or None,
    )
