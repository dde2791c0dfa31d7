"""``paperctl venues``: where each arXiv paper was published (see ``sources/venues.py``)."""

from __future__ import annotations

from typing import Annotated

import typer

from . import output
from .application import app, fail, settings

_WORDS = {"resolved": "Resolved", "suggested": "Suggestion for", "not_found": "Not found:", "failed": "Failed:",
          "not_looked_up": "Not looked up:"}


@app.command(rich_help_panel="Papers")
def venues(
    ctx: typer.Context,
    papers: Annotated[list[str] | None, typer.Argument(metavar="[PAPER]...", help="Papers to look up.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every paper with an arXiv ID or DOI.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Ask, show, store nothing.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Results and summary as JSON on stdout.")] = False,
    accept: Annotated[bool, typer.Option("--accept", help="Apply suggestions, over the venue you typed.")] = False,
    offline: Annotated[bool, typer.Option("--offline", help="Use only what is stored; ask no service.")] = False,
    refresh: Annotated[bool, typer.Option("--refresh", help="Ask again about every paper, resolved ones too.")] = False,
    retry: Annotated[bool, typer.Option("--retry", help="Ask again about papers not found, however recently.")] = False,
) -> None:
    """Find where arXiv papers were published (Semantic Scholar, DBLP, OpenReview, Crossref, ACL Anthology).

    A venue is written only when every check passes (title, authors, year) and
    the paper has no venue you typed; anything else is a suggestion (--accept
    applies them). Results are stored with their evidence (see `show`); papers
    not found are not asked about again for 30 days (PAPERCTL_VENUES_RETRY_AFTER_DAYS;
    --retry asks now).

    Examples:

        paperctl venues --all --dry-run
        paperctl venues 2211.17192 --json
        paperctl venues --all --accept --offline
    """
    from ..models import Filters
    from ..sources import venue_sync

    if not papers and not all_:
        fail("name papers, or use --all", 2)
    with settings(ctx).open() as lib:
        todo = [lib.get(ref) for ref in papers] if papers else \
            [p for p in lib.papers(Filters()) if p.arxiv_id or p.doi]
        resolver = None
        if not offline:
            from ..sources.venues import Resolver, Services

            resolver = Resolver(Services.from_env(notify=output.message))
        with output.progress(len(todo), "Looking up venues") as step:
            report = venue_sync.resolve(lib, resolver, todo, dry_run=dry_run, accept=accept, offline=offline,
                                        refresh=refresh, retry=retry, progress=step)
    counts = report.summary()
    if as_json:
        output.print_json({
            "papers": [{"citekey": r.paper.citekey, "arxiv_id": r.paper.arxiv_id, "outcome": r.outcome,
                        "venue": r.venue, "applied": r.applied, "cached": r.cached, "note": r.note or None,
                        **{k: r.row.get(k) for k in ("year", "source", "record", "url", "scores")}}
                       for r in report.results],
            "summary": counts, "requests": report.requests, "dry_run": dry_run,
        })
    for r in report.results:
        venue = f" {r.venue}" if r.venue else ""
        source = r.row.get("source")
        where = f" ({source} {r.row.get('record')})" if source and r.outcome in ("resolved", "suggested") else ""
        shown = r.outcome != "resolved" or not r.cached  # a fresh resolution's caveats, once
        note = f" [{r.note}]" if r.note and shown else ""
        output.message(f"{_WORDS[r.outcome]} {r.paper.citekey}:{venue}{where}{note}")
    verb = "would be " if dry_run else ""
    output.message(f"{counts['resolved']} {verb}resolved, {counts['suggested']} suggested, "
                   f"{counts['not_found']} not found, {counts['failed']} failed"
                   + (f", {counts['not_looked_up']} not looked up" if counts["not_looked_up"] else ""))
    if counts["failed"]:
        raise typer.Exit(1)
