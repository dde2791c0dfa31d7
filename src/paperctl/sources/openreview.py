"""OpenReview (API v2): whether a paper was accepted at ICLR, NeurIPS, TMLR or
COLM, and in which track.

``GET {PAPERCTL_OPENREVIEW_URL}/notes/search?term=<title>&source=forum&limit=10``
and ``/notes?id=<forum id>``. Every content field is ``{"value": ...}``.
Accepted papers carry ``venueid`` ``ICLR.cc/2024/Conference`` and ``venue``
"ICLR 2024 Oral" (the track is the last words); otherwise ``venueid`` ends in
``Rejected_Submission`` or ``Withdrawn_Submission``, or ``venue`` says
"Submitted to ...". Notes imported from DBLP (``venueid`` ``dblp.org/...``)
are treated like DBLP records (CoRR is a preprint). A bot wall answers 403
with ``ChallengeRequiredError``.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from .candidate import PREPRINT, PUBLISHED, REJECTED, SUBMITTED, WITHDRAWN, Candidate
from .service import Service, ServiceRejected, text
from .venue_names import full_name, short_name

_VENUE = re.compile(r"^(?P<name>.*?)\s+(?P<year>(?:19|20)\d\d)\b\s*(?P<track>.*)$")
_CONFERENCE_ID = re.compile(
    r"^[\w.-]+\.cc/\d{4}/(?:Conference|Track/[\w-]+)$|^TMLR$|^colmweb\.org/COLM/\d{4}/Conference$")
FORUM_URL = re.compile(r"^https?://(?:www\.)?openreview\.net/(?:forum|pdf)\?id=(?P<id>[\w-]+)", re.I)


def _value(content: dict[str, Any], name: str) -> Any:
    field = content.get(name)
    return field.get("value") if isinstance(field, dict) else field


def standing(venue: str, venueid: str) -> str:
    if venueid.endswith("Withdrawn_Submission"):
        return WITHDRAWN
    if venueid.endswith("Rejected_Submission") or venueid.endswith("Desk_Rejected_Submission"):
        return REJECTED
    if venue.lower().startswith("submitted to") or venueid.endswith("/Submission"):
        return SUBMITTED
    if venueid.startswith("dblp.org/"):
        return PREPRINT if re.match(r"corr\b", venue, re.I) or "journals/CORR" in venueid.upper() else PUBLISHED
    return PUBLISHED if _CONFERENCE_ID.match(venueid) else "unknown"


class OpenReview(Service):
    name = "OpenReview"
    prefix = "OPENREVIEW"
    default_url = "https://api2.openreview.net"
    defaults = {"delay": 1.0}

    def _notes(self, url: str) -> list[dict[str, Any]]:
        try:
            data = self.fetch_json(url)
        except ServiceRejected as exc:
            if "ChallengeRequired" in str(exc):
                raise ServiceRejected("OpenReview asked for a bot check (ChallengeRequiredError); try later") from None
            raise
        if data is None:
            return []
        if not isinstance(data, dict) or not isinstance(data.get("notes"), list):
            raise self.unreadable("no notes list")
        return [n for n in data["notes"] if isinstance(n, dict)]

    def search(self, title: str, limit: int = 10) -> list[Candidate]:
        notes = self._notes(f"{self.base}/notes/search?term={quote(title)}&source=forum&limit={limit}")
        return [c for c in map(to_candidate, notes) if c]

    def note(self, forum_id: str) -> Candidate | None:
        notes = self._notes(f"{self.base}/notes?id={quote(forum_id)}")
        found = [c for c in map(to_candidate, notes) if c]
        return found[0] if found else None


def to_candidate(note: dict[str, Any]) -> Candidate | None:
    content = note.get("content") or {}
    if not isinstance(content, dict):
        return None
    title = text(_value(content, "title"))
    if not title:
        return None
    venue = text(_value(content, "venue")) or ""
    venueid = text(_value(content, "venueid")) or ""
    authors = []
    for a in _value(content, "authors") or []:
        name = text(a) if not isinstance(a, dict) else text(a.get("fullname") or a.get("name"))
        if name:
            authors.append(name)
    status = standing(venue, venueid)
    match = _VENUE.match(venue)
    short = track = None
    venue_year = None
    if match and status == PUBLISHED:
        short = short_name(match["name"]) or match["name"]
        venue_year = int(match["year"])
        track = match["track"].strip() or None
        if track:
            track = track[0].upper() + track[1:]
    note_id = text(note.get("forum")) or text(note.get("id")) or ""
    bib = _value(content, "_bibtex")
    bib = bib if isinstance(bib, str) else ""
    booktitle = re.search(r"booktitle=\{([^{}\n]*)\}", bib)
    if venue_year is None:  # not accepted: the year OpenReview cites it by, else the one its venue names
        found = re.search(r"\byear=\{((?:19|20)\d\d)\}", bib) or re.search(r"\b((?:19|20)\d\d)\b", venue)
        venue_year = int(found.group(1)) if found else None
    return Candidate(
        source="openreview",
        key=note_id,
        url=f"https://openreview.net/forum?id={note_id}" if note_id else None,
        title=title,
        authors=authors,
        year=venue_year,
        venue=(booktitle.group(1) if booktitle else full_name(short) or short) if short else None,
        short=short,
        track=track,
        kind="journal" if short in ("TMLR",) else ("conference" if short else None),
        standing=status,
        stated=venue or None,
    )
