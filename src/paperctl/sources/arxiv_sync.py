"""Bringing arXiv metadata into the library: add by ID, refresh, resolve by title.

Glue between ``ArxivSource`` (the network) and ``Library`` (the file), with no
terminal in sight: progress is reported through a callback, results come back
as reports for the CLI (or a script) to print.

Each arXiv batch (up to 100 IDs, one request) is stored in its own
transaction as soon as it arrives, so a failure half-way through a long job
keeps the batches already stored and leaves no half-written paper; running
the same command again merges instead of duplicating.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC

from ..identifiers import ArxivId
from ..library import Library
from ..models import AddResult, Filters, Paper, PaperData
from ..text import title_key
from .arxiv import ArxivSource

Progress = Callable[[int], None]


@dataclass
class AddReport:
    added: list[AddResult] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # well-formed IDs arXiv does not know
    unusable: dict[str, str] = field(default_factory=dict)  # ID -> what was wrong with arXiv's entry
    requests: int = 0


def _with_annotations(data: PaperData, annotations: PaperData | None) -> PaperData:
    """Fetched metadata plus the user's annotations from the command line."""
    if annotations is None:
        return data
    return replace(
        data,
        summary=annotations.summary, status=annotations.status, venue=annotations.venue,
        notes=list(annotations.notes), tags=list(annotations.tags),
        links={**data.links, **annotations.links},
    )


def add_ids(
    lib: Library,
    source: ArxivSource,
    ids: Iterable[ArxivId],
    annotations: PaperData | None = None,
    progress: Progress | None = None,
) -> AddReport:
    """Fetch *ids* from arXiv and add or merge them, one transaction per batch."""
    ids = list(ids)
    versions = {i.base: i.version for i in ids}
    report = AddReport()
    for batch in source.fetch(ids, progress):
        items = []
        for base, data in batch.found.items():
            # A pasted version is remembered only when arXiv has nothing newer.
            if versions.get(base) and (data.version or 0) < (versions[base] or 0):
                data.version = versions[base]
            items.append(_with_annotations(data, annotations))
        report.added += lib.add_many(items)
        report.missing += batch.missing
        report.unusable.update(batch.unusable)
        report.requests += batch.requests
    return report


def search_title(source: ArxivSource, title: str) -> tuple[PaperData | None, list[PaperData]]:
    """arXiv's candidates for *title*, and the one whose normalised title is equal, if any."""
    candidates = source.search_title(title)
    key = title_key(title)
    exact = [c for c in candidates if c.title and title_key(c.title) == key]
    return (exact[0] if exact else None), candidates


@dataclass
class RefreshReport:
    changed: list[tuple[Paper, list[str]]] = field(default_factory=list)
    unchanged: int = 0
    missing: list[str] = field(default_factory=list)
    unusable: dict[str, str] = field(default_factory=dict)
    requests: int = 0


def refresh(
    lib: Library, source: ArxivSource, papers: list[Paper], progress: Progress | None = None
) -> RefreshReport:
    """Re-fetch *papers* (those with an arXiv ID) and store what arXiv now says."""
    by_id = {p.arxiv_id: p for p in papers if p.arxiv_id}
    report = RefreshReport()
    for batch in source.fetch([ArxivId(i) for i in by_id], progress):
        report.requests += batch.requests
        report.missing += batch.missing
        report.unusable.update(batch.unusable)
        with lib.transaction():
            for base, data in batch.found.items():
                changes = lib.refresh(data)
                if changes:
                    report.changed.append((by_id[base], changes))
                else:
                    report.unchanged += 1
    return report


def stale(lib: Library, refs: list[str], everything: bool, older_than_days: float | None) -> list[Paper]:
    """The papers a ``refresh`` should look at."""
    if refs:
        papers = [lib.get(ref) for ref in refs]
    elif everything or older_than_days is not None:
        papers = lib.papers(Filters())
    else:
        return []
    papers = [p for p in papers if p.arxiv_id]
    if older_than_days is not None:
        from datetime import datetime, timedelta

        cutoff = (datetime.now(UTC) - timedelta(days=older_than_days)).isoformat(timespec="seconds")
        papers = [p for p in papers if not p.fetched or p.fetched < cutoff]
    return papers


@dataclass
class ResolveReport:
    linked: list[tuple[Paper, PaperData]] = field(default_factory=list)
    unmatched: list[tuple[Paper, list[PaperData]]] = field(default_factory=list)
    requests: int = 0


def resolve(
    lib: Library, source: ArxivSource, dry_run: bool = False, progress: Progress | None = None
) -> ResolveReport:
    """Find title-only papers on arXiv; link those whose normalised title matches exactly.

    One search request per paper (titles cannot be batched), spaced as usual.
    """
    report = ResolveReport()
    papers = lib.papers(Filters(unresolved=True))
    for done, paper in enumerate(papers, 1):
        before = source.requests_made
        exact, candidates = search_title(source, paper.title)
        report.requests += source.requests_made - before
        if exact is None:
            report.unmatched.append((paper, candidates[:3]))
        else:
            report.linked.append((paper, exact))
            if not dry_run:
                lib.link_arxiv(str(paper.id), exact)
        if progress:
            progress(done)
    return report
