"""Bringing resolved venues into the library: the rules for the user's own venue.

A venue the user typed is never overwritten. paperctl writes a paper's venue
only when the paper has none, when the stored venue is the one paperctl itself
wrote last time (``applied``), or when the user says ``--accept``; otherwise a
different resolved venue is stored as a *suggestion* and the user's text stays.
Each paper is stored in its own transaction as soon as it is resolved, so an
interrupted run keeps what it found. The arXiv ID and every other field are
left as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..library import Library
from ..models import Paper
from .venues import FAILED, NOT_FOUND, NOT_FOUND_DAYS, RESOLVED, SUGGESTED, Resolver, _now, needs_lookup

Progress = Callable[[int], None]

# With --offline a paper never asked about has no answer at all: it is neither found nor
# not found, and nothing about it is stored (so this outcome is only ever reported).
NOT_LOOKED_UP = "not_looked_up"


@dataclass
class Outcome:
    paper: Paper
    outcome: str
    venue: str | None
    note: str
    applied: bool  # the venue is now the paper's venue
    cached: bool  # from the library, no service asked
    row: dict[str, Any] = field(default_factory=dict)


@dataclass
class VenuesReport:
    results: list[Outcome] = field(default_factory=list)
    requests: dict[str, int] = field(default_factory=dict)

    def summary(self) -> dict[str, int]:
        counts = {RESOLVED: 0, SUGGESTED: 0, NOT_FOUND: 0, FAILED: 0, NOT_LOOKED_UP: 0}
        for r in self.results:
            counts[r.outcome] += 1
        return counts


def _ours(paper: Paper, previous: dict[str, Any] | None) -> bool:
    """Whether the paper's venue is the one paperctl wrote (or there is none)."""
    if not paper.venue:
        return True
    return bool(previous and previous.get("applied") and previous.get("venue") == paper.venue)


def settle(paper: Paper, previous: dict[str, Any] | None, row: dict[str, Any],
           accept: bool) -> tuple[dict[str, Any], str | None]:
    """The row to store and the venue to write (None: leave the paper's venue alone)."""
    row = dict(row)
    venue = row.get("venue")
    ours = _ours(paper, previous)
    row["applied"] = bool(previous and previous.get("applied") and ours and paper.venue)
    if not venue or row["outcome"] not in (RESOLVED, SUGGESTED):
        return row, None
    same = bool(paper.venue) and paper.venue.casefold() == venue.casefold()
    if row["outcome"] == RESOLVED and (ours or same):
        row["applied"] = True
        return row, None if same else venue
    if accept:
        row["outcome"], row["applied"] = RESOLVED, True
        return row, None if same else venue
    if row["outcome"] == RESOLVED:
        row["outcome"] = SUGGESTED
        row["note"] = "; ".join(x for x in (row.get("note"), f"your venue {paper.venue!r} is kept") if x)
    return row, None


def resolve(lib: Library, resolver: Resolver | None, papers: list[Paper], *, dry_run: bool = False,
            accept: bool = False, offline: bool = False, refresh: bool = False, retry: bool = False,
            progress: Progress | None = None) -> VenuesReport:
    """Resolve *papers* (asking only about those ``needs_lookup`` names: *refresh* asks
    about every one, *retry* about those not found before, however recently)."""
    report = VenuesReport()
    now = _now()
    days = resolver.retry_days if resolver is not None else NOT_FOUND_DAYS

    def stale(paper: Paper) -> bool:
        return needs_lookup(paper.resolution, now, refresh, retry, days)

    if resolver is not None and not offline:
        resolver.prefetch([p for p in papers if stale(p)])
    for done, paper in enumerate(papers, 1):
        previous = paper.resolution
        cached = offline or resolver is None or not stale(paper)
        if cached:
            if previous is None:
                report.results.append(Outcome(paper, NOT_LOOKED_UP, None, "not looked up yet (--offline)", False,
                                              False))
                if progress:
                    progress(done)
                continue
            row = dict(previous)
        else:
            assert resolver is not None
            row = resolver.resolve(paper).row(applied=False)
        row, venue = settle(paper, previous, row, accept)
        if not dry_run and (not cached or venue is not None or row != previous):
            paper = lib.record_resolution(paper.id, {k: v for k, v in row.items()}, venue)
        report.results.append(Outcome(paper, row["outcome"], row.get("venue"), row.get("note") or "",
                                      bool(row.get("applied")), cached, row))
        if progress:
            progress(done)
    if resolver is not None:
        report.requests = resolver.services.requests()
    return report
