"""Where was a preprint published? The resolver behind ``paperctl venues``.

For each paper, identifier lookups come first and title search last, and each
service is asked at most once per paper:

1. the DOI arXiv knows (a ``10.18653/v1/`` DOI through the ACL Anthology,
   any other through Crossref; arXiv's own ``10.48550`` DOIs name the preprint);
2. Semantic Scholar by arXiv ID (else by DOI), then the ACL Anthology ID and
   DOI its record names (for many papers, ``Resolver.prefetch`` asks Semantic
   Scholar about up to 500 of them in one batch request);
3. OpenReview by title, when the venue so far is ICLR, NeurIPS, TMLR or COLM
   (for the track: oral, spotlight, poster) or nothing has been found yet;
4. DBLP by title and first author, unless a source that dates the proceedings
   (OpenReview, ACL, Crossref) already answered: its conference record (not the
   ``CoRR`` one) gives the venue's year.

Every record is judged by ``matching.judge``; only accepted, published
records can resolve a paper, the best one by source (``PRIORITY``). The
outcome is *resolved*, *suggested* (a close record, sources that disagree, or
a venue the user typed that differs: never written without ``--accept``),
*not_found* (the negative cache: not asked again for
``PAPERCTL_VENUES_RETRY_AFTER_DAYS`` days, 30 unless set) or
*failed* (a service could not be asked: tried again next run). Every record
looked at is kept as evidence, with its scores.
"""

from __future__ import annotations

import math
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ..errors import PaperctlError
from ..models import Paper
from . import matching
from .acl_anthology import AclAnthology, anthology_id
from .candidate import Candidate
from .crossref import Crossref
from .dblp import Dblp
from .openreview import OpenReview
from .semantic_scholar import SemanticScholar
from .service import ServiceRejected
from .venue_names import known_short

NOT_FOUND_DAYS = 30.0  # how long a "not found" is kept, unless RETRY_SETTING says otherwise
RETRY_SETTING = "PAPERCTL_VENUES_RETRY_AFTER_DAYS"
PRIORITY = ("openreview", "acl", "crossref", "doi.org", "arxiv", "dblp", "semanticscholar")
OPENREVIEW_VENUES = frozenset({"ICLR", "NeurIPS", "TMLR", "COLM"})
DATING_SOURCES = frozenset({"openreview", "acl", "crossref", "doi.org", "arxiv"})
SOURCE_NAMES = {"arxiv": "arXiv's journal-ref", "semanticscholar": "Semantic Scholar", "dblp": "DBLP",
                "openreview": "OpenReview", "crossref": "Crossref", "acl": "ACL Anthology", "doi.org": "doi.org",
                "datacite": "DataCite"}
RESOLVED, SUGGESTED, NOT_FOUND, FAILED = "resolved", "suggested", "not_found", "failed"


@dataclass
class Services:
    """The services a resolution may ask; ``from_env`` reads each one's settings."""

    s2: SemanticScholar
    dblp: Dblp
    openreview: OpenReview
    crossref: Crossref
    acl: AclAnthology

    @classmethod
    def from_env(cls, *, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep,
                 notify: Callable[[str], None] | None = None) -> Services:
        kw: dict[str, Any] = {"clock": clock, "sleep": sleep, "notify": notify}
        return cls(SemanticScholar(**kw), Dblp(**kw), OpenReview(**kw), Crossref(**kw), AclAnthology(**kw))

    def requests(self) -> dict[str, int]:
        return {name: getattr(self, attr).requests_made
                for attr, name in (("s2", "semanticscholar"), ("dblp", "dblp"), ("openreview", "openreview"),
                                   ("crossref", "crossref"), ("acl", "acl"))}


@dataclass
class Resolution:
    """What was found for one paper; ``row()`` is what is stored."""

    outcome: str
    venue: str | None = None  # "ICLR 2024 Oral"
    venue_name: str | None = None
    kind: str | None = None
    year: int | None = None
    pages: str | None = None
    volume: str | None = None
    publisher: str | None = None
    doi: str | None = None
    source: str | None = None
    record: str | None = None
    url: str | None = None
    scores: dict[str, Any] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    note: str = ""
    checked: str = ""
    expires: str | None = None

    def row(self, applied: bool) -> dict[str, Any]:
        return {**self.__dict__, "applied": applied}


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def retry_after_days(environ: dict[str, str] | None = None) -> float:
    """Days a "not found" is kept before the paper is asked about again: the
    ``PAPERCTL_VENUES_RETRY_AFTER_DAYS`` setting (0: every run), else 30. Preprints
    get published months later, so a negative answer must not be kept for ever; and
    asking about every unpublished preprint on each run would be slow and impolite."""
    value = (os.environ if environ is None else environ).get(RETRY_SETTING, "").strip()
    if not value:
        return NOT_FOUND_DAYS
    try:
        days = float(value)
    except ValueError:
        days = -1.0
    if not math.isfinite(days) or days < 0:
        raise PaperctlError(f"{RETRY_SETTING} must be a number of days (0 or more), not {value!r}")
    return days


def needs_lookup(stored: dict[str, Any] | None, now: datetime, refresh: bool = False, retry: bool = False,
                 days: float = NOT_FOUND_DAYS) -> bool:
    """Whether a paper must be asked about again: never resolved, failed last time,
    or a "not found" older than *days* (or any "not found", with *retry*). A
    resolved or suggested paper is not asked again unless *refresh*. The age is
    counted from when it was checked, so a changed setting applies at once."""
    if refresh or not stored:
        return True
    if stored["outcome"] == FAILED:
        return True
    if stored["outcome"] == NOT_FOUND:
        if retry:
            return True
        try:
            checked = datetime.fromisoformat(stored.get("checked") or "")
        except ValueError:
            return not stored.get("expires") or stored["expires"] <= now.isoformat()
        if checked.tzinfo is None:
            checked = checked.replace(tzinfo=UTC)
        return checked + timedelta(days=days) <= now
    return False


def journal_ref_record(paper: Paper) -> Candidate | None:
    """The venue the authors gave arXiv as the paper's journal-ref ("In Proc. ... (ISSTA
    2020), pages 14-26. ACM, 2020"), when it names a venue ``venue_names`` knows and a year."""
    ref = paper.journal_ref
    short = known_short(ref)
    years = re.findall(r"\b(?:19|20)\d\d\b", ref or "")
    if not ref or not short or not years or not paper.arxiv_id:
        return None
    return Candidate(source="arxiv", key=paper.arxiv_id, url=f"https://arxiv.org/abs/{paper.arxiv_id}",
                     title=paper.title, authors=paper.author_names, year=int(years[-1]), venue=ref, short=short)


def s2_ident(paper: Paper) -> str | None:
    """How Semantic Scholar is asked about *paper*: ``ARXIV:<id>``, else ``DOI:<doi>``."""
    return f"ARXIV:{paper.arxiv_id}" if paper.arxiv_id else f"DOI:{paper.doi}" if paper.doi else None


S2Answer = Candidate | None | PaperctlError


class Resolver:
    def __init__(self, services: Services, now: Callable[[], datetime] = _now, retry_days: float | None = None):
        self.services = services
        self.now = now
        self.retry_days = retry_after_days() if retry_days is None else retry_days
        self.s2_answers: dict[str, S2Answer] = {}  # what a batch said, by s2_ident

    def prefetch(self, papers: list[Paper]) -> None:
        """Ask Semantic Scholar about *papers* in batches (one request per ``batch_size``)
        instead of one request each; ``resolve`` then uses the answers. A single paper
        needs no batch. A batch that cannot be asked fails each of its papers, as their
        own requests would have; one refused as sent (HTTP 400: an id the service cannot
        read) leaves its papers to be asked one by one, so one bad id costs only itself."""
        idents = list(dict.fromkeys(i for i in map(s2_ident, papers) if i))
        if len(idents) < 2:
            return
        size = self.services.s2.batch_size
        for start in range(0, len(idents), size):
            chunk = idents[start:start + size]
            try:
                records: list[S2Answer] = list(self.services.s2.papers(chunk))
            except ServiceRejected as exc:
                if exc.status == 400:
                    continue
                records = [exc] * len(chunk)
            except PaperctlError as exc:
                records = [exc] * len(chunk)
            self.s2_answers.update(zip(chunk, records, strict=True))

    def resolve(self, paper: Paper) -> Resolution:
        look = _Lookup(paper, self.services, self.s2_answers)
        look.run()
        return look.outcome(self.now(), self.retry_days)


class _Lookup:
    """One paper's resolution: the records found, the failures, the services asked."""

    def __init__(self, paper: Paper, services: Services, s2_answers: dict[str, S2Answer] | None = None):
        self.paper = paper
        self.services = services
        self.s2_answers = s2_answers or {}
        self.found: list[tuple[Candidate, matching.Verdict]] = []
        self.failures: list[str] = []
        self.asked: set[str] = set()
        self.silent: list[str] = []  # services asked that knew nothing

    # -- asking ---------------------------------------------------------------

    def ask(self, service: str, call: Callable[[], Candidate | list[Candidate] | None],
            by_id: bool = True) -> list[Candidate]:
        """Ask *service* (once per paper) and judge what it says. A record found by an
        identifier that fails the rule is still a suggestion; one found by title only
        when it is close (``matching.SUGGESTED``)."""
        if service in self.asked:
            return []
        self.asked.add(service)
        try:
            answer = call()
        except PaperctlError as exc:
            self.failures.append(str(exc))
            return []
        got = answer if isinstance(answer, list) else [answer] if answer else []
        if not got and service != "arxiv":
            self.silent.append(SOURCE_NAMES[service])
        for c in got:
            p = self.paper
            verdict = matching.judge(p.title, p.author_names, p.year, c.title, c.authors, c.year)
            if by_id and verdict.outcome == matching.REJECTED:
                verdict.outcome = matching.SUGGESTED
            self.found.append((c, verdict))
        return got

    def ask_doi(self, doi: str | None) -> None:
        if not doi or doi.startswith("10.48550/"):
            return
        acl = anthology_id(doi)
        if acl:
            self.ask("acl", lambda: self.services.acl.paper(acl))
        else:
            self.ask("crossref", lambda: self.services.crossref.work(doi))

    def run(self) -> None:
        p, s = self.paper, self.services
        self.ask("arxiv", lambda: journal_ref_record(p))  # no request: what arXiv already told us
        self.ask_doi(p.doi)
        ident = s2_ident(p)
        if ident:
            for c in self.ask("semanticscholar", lambda: self.s2_record(ident)):
                if self.accepted_record(c):
                    if c.ids.get("ACL"):
                        self.ask("acl", lambda acl=c.ids["ACL"]: s.acl.paper(acl))
                    self.ask_doi(c.doi)
        best = self.best()
        if best is None or (best.short in OPENREVIEW_VENUES and best.source != "openreview"):
            self.ask("openreview", lambda: s.openreview.search(p.title), by_id=False)
        best = self.best()
        if best is None or best.source not in DATING_SOURCES:
            first = p.author_names[0] if p.author_names else None
            self.ask("dblp", lambda: s.dblp.search(p.title, first), by_id=False)

    def s2_record(self, ident: str) -> Candidate | None:
        """Semantic Scholar's record: from the batch when it was asked, else one request."""
        if ident not in self.s2_answers:
            return self.services.s2.paper(ident)
        answer = self.s2_answers[ident]
        if isinstance(answer, PaperctlError):
            raise answer
        return answer

    # -- judging ----------------------------------------------------------------

    def accepted_record(self, c: Candidate) -> bool:
        return any(x is c and v.outcome == matching.ACCEPTED for x, v in self.found)

    def accepted(self) -> list[Candidate]:
        venues = [c for c, v in self.found if v.outcome == matching.ACCEPTED and c.is_venue]
        return sorted(venues, key=lambda c: PRIORITY.index(c.source) if c.source in PRIORITY else 99)

    def best(self) -> Candidate | None:
        found = self.accepted()
        return found[0] if found else None

    def evidence(self) -> list[dict[str, Any]]:
        return [{"source": c.source, "record": c.key, "url": c.url, "title": c.title,
                 "venue": c.short or c.venue, "year": c.year, "track": c.track, "standing": c.standing,
                 "verdict": v.outcome, "scores": v.scores(), "why": v.why or None}
                for c, v in self.found]

    def outcome(self, now: datetime, days: float = NOT_FOUND_DAYS) -> Resolution:
        accepted = self.accepted()
        base = {"evidence": [{k: v for k, v in e.items() if v is not None} for e in self.evidence()],
                "checked": now.isoformat()}
        if accepted:
            return self._resolved(accepted, base)
        close = [(c, v) for c, v in self.found if v.outcome == matching.SUGGESTED and c.is_venue]
        if close:
            c, v = close[0]
            return Resolution(SUGGESTED, venue=c.label, venue_name=c.venue, kind=c.kind, year=c.year,
                              pages=c.pages, doi=c.doi, source=c.source, record=c.key, url=c.url,
                              scores=v.scores(), note=f"needs review: {v.why}", **base)
        if self.failures:
            return Resolution(FAILED, note="; ".join(self.failures), **base)
        return Resolution(NOT_FOUND, note=self._why_not_found(),
                          expires=(now + timedelta(days=days)).isoformat(), **base)

    def _resolved(self, accepted: list[Candidate], base: dict[str, Any]) -> Resolution:
        best = accepted[0]
        shorts = {c.short for c in accepted if c.short}
        agree = [c for c in accepted if c.short == best.short] or [best]
        dated = [c for c in agree if c.year_is_venue_year and c.year]
        year = dated[0].year if dated else best.year
        pick = lambda name: next((getattr(c, name) for c in agree if getattr(c, name)), None)  # noqa: E731
        short = best.short or best.venue
        track = next((c.track for c in agree if c.track), None)
        label = " ".join(str(x) for x in (short, year, track) if x)
        verdict = next(v for c, v in self.found if c is best)
        notes = []
        if not dated:
            notes.append(f"year from {SOURCE_NAMES[best.source]}, which dates papers by their preprint")
        notes += [f"not asked: {failure}" for failure in self.failures]  # e.g. OpenReview's track is missing
        outcome = RESOLVED
        if len(shorts) > 1:
            outcome = SUGGESTED
            notes.append("sources disagree: " + ", ".join(sorted(shorts)))
        return Resolution(
            outcome, venue=label, venue_name=pick("venue"), kind=pick("kind"), year=year, pages=pick("pages"),
            volume=pick("volume"), publisher=pick("publisher"), doi=pick("doi"), source=best.source,
            record=best.key, url=best.url, scores=verdict.scores(), note="; ".join(notes), **base)

    def _why_not_found(self) -> str:
        reasons = []
        for c, v in self.found:
            name = SOURCE_NAMES.get(c.source, c.source)
            if c.standing == "preprint":
                reasons.append(f"{name} knows only the preprint")
            elif c.standing != "published":
                reasons.append(f"{name}: {c.stated or c.label or c.key} was {c.standing}")
            elif v.outcome != matching.ACCEPTED:
                reasons.append(f"{name}: {c.label or c.key} is another paper ({v.why})")
        reasons += [f"{name}: no record" for name in self.silent]
        return "; ".join(dict.fromkeys(reasons)) or "no service knows a published version"
