"""Add a paper by any identifier: which service knows it, and its metadata as PaperData.

* a DOI (bare, ``doi:`` or a doi.org URL): ``10.48550/arXiv.*`` is arXiv's own
  and goes to arXiv; ``10.18653/v1/*`` to the ACL Anthology; any other to
  Crossref, then DataCite (Zenodo, figshare...), then doi.org content
  negotiation;
* an OpenReview forum or PDF URL (``openreview.net/forum?id=...``);
* an ACL Anthology URL or ID (``2020.acl-main.447``, ``N19-1423``);
* a DBLP key (``conf/iclr/KingmaB14``) or record URL (``dblp.org/rec/...``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..errors import PaperctlError
from ..identifiers import try_normalize_doi
from ..models import Author, PaperData
from .acl_anthology import AclAnthology, anthology_id
from .candidate import Candidate
from .crossref import Crossref
from .datacite import DataCite
from .dblp import Dblp
from .doi_org import DoiOrg
from .openreview import FORUM_URL, OpenReview

_DBLP_KEY = re.compile(r"^(?:https?://dblp\.org/rec/)?(?P<key>(?:conf|journals|books|series|phd)/[\w.-]+/[\w.-]+?)"
                       r"(?:\.html|\.bib|\.xml)?$")


class NotFoundThere(PaperctlError):
    """The service that should know the identifier does not."""


@dataclass
class Identifier:
    kind: str  # "arxiv-doi", "acl", "doi", "openreview", "dblp"
    value: str


def classify(text: str) -> Identifier | None:
    """Which kind of identifier *text* is, or None when paperctl cannot fetch it."""
    text = text.strip()
    forum = FORUM_URL.match(text)
    if forum:
        return Identifier("openreview", forum["id"])
    doi = try_normalize_doi(text)
    if doi:
        if doi.startswith("10.48550/arxiv."):
            return Identifier("arxiv-doi", doi.split("arxiv.", 1)[1])
        if anthology_id(doi):
            return Identifier("acl", anthology_id(doi) or "")
        return Identifier("doi", doi)
    acl = anthology_id(text)
    if acl and (text.lower().startswith("http") or acl == text):
        return Identifier("acl", acl)
    dblp = _DBLP_KEY.match(text)
    if dblp:
        return Identifier("dblp", dblp["key"])
    return None


def fetch(ident: Identifier, *, notify: Callable[[str], None] | None = None) -> Candidate:
    """The record *ident* names, from its service (raises NotFoundThere when unknown)."""
    kw: dict[str, Any] = {"notify": notify}
    if ident.kind == "acl":
        found = AclAnthology(**kw).paper(ident.value)
        where = "the ACL Anthology"
    elif ident.kind == "openreview":
        found = OpenReview(**kw).note(ident.value)
        where = "OpenReview"
    elif ident.kind == "dblp":
        found = Dblp(**kw).record(ident.value)
        where = "DBLP"
    elif ident.kind == "doi":
        found = Crossref(**kw).work(ident.value) or DataCite(**kw).record(ident.value) \
            or DoiOrg(**kw).csl(ident.value)
        where = "Crossref, DataCite or doi.org"
    else:
        raise PaperctlError(f"cannot fetch {ident.kind} {ident.value!r}")
    if found is None or not found.title:
        raise NotFoundThere(f"{where} does not know {ident.value}")
    return found


def to_paper_data(c: Candidate) -> PaperData:
    """A fetched record as a paper to add: its venue as reading lists write it."""
    links = {"openreview": c.url} if c.source == "openreview" and c.url else {}
    return PaperData(
        title=c.title,
        authors=[Author(a) for a in c.authors],
        year=c.year,
        doi=c.doi,
        url=c.url if c.source not in ("crossref", "datacite", "doi.org") else None,
        arxiv_id=c.arxiv_id,
        venue=c.label or None if c.is_venue else None,
        links=links,
        fetched=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def standing_note(c: Candidate) -> str | None:
    """Why a fetched record gives no venue, when its source said so: "OpenReview:
    'ICLR 2026 Conference Withdrawn Submission' (withdrawn), no venue"."""
    if c.is_venue or not c.stated or c.standing in ("published", "unknown"):
        return None
    names = {"openreview": "OpenReview", "dblp": "DBLP"}
    return f"{names.get(c.source, c.source)}: {c.stated!r} ({c.standing}), no venue"


def resolution_row(c: Candidate) -> dict[str, Any]:
    """The evidence stored with a paper added this way (as ``venues`` would store it)."""
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    note = "; ".join(x for x in ("added by identifier", standing_note(c)) if x)
    return {"outcome": "resolved" if c.is_venue else "not_found", "venue": c.label or None, "venue_name": c.venue,
            "kind": c.kind, "year": c.year, "pages": c.pages, "volume": c.volume, "publisher": c.publisher,
            "doi": c.doi, "source": c.source, "record": c.key, "url": c.url, "scores": {},
            "evidence": [{"source": c.source, "record": c.key, "url": c.url, "verdict": "added by identifier"}],
            "note": note, "applied": c.is_venue, "checked": now}
