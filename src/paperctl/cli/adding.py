"""Commands that bring papers in from arXiv or by hand: add, find, refresh, resolve."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InvalidIdentifier
from ..identifiers import ArxivId, is_url, try_normalize_doi, try_parse_arxiv_id
from ..models import Author, PaperData
from . import completion, output
from .application import app, fail, settings


def _source():
    from ..sources.arxiv import ArxivSource

    return ArxivSource(notify=output.message)  # each retry is said on stderr (issue 17 item 8)


def _read_ids(text: str) -> list[str]:
    """IDs from a file or stdin, separated by any whitespace (one a line, or pasted on
    one line); ``#`` starts a comment that runs to the end of its line."""
    return [ident for line in text.splitlines() for ident in line.split("#", 1)[0].split()]


def _collect(identifiers: list[str], from_file: Path | None) -> list[str]:
    values: list[str] = []
    for ident in identifiers:
        if ident == "-":
            values += _read_ids(sys.stdin.read())
        else:
            values.append(ident)
    if from_file is not None:
        if str(from_file) == "-":
            values += _read_ids(sys.stdin.read())
        else:
            try:
                values += _read_ids(from_file.read_text(encoding="utf-8"))
            except OSError as exc:
                fail(f"cannot read {from_file}: {exc.strerror}", 2)
    return values


def _identify(ident: str, data: PaperData) -> None:
    """Put an arXiv ID, DOI or URL given on the command line into *data*."""
    arxiv = try_parse_arxiv_id(ident)
    if arxiv:
        data.arxiv_id, data.version = arxiv.base, arxiv.version
    elif try_normalize_doi(ident):
        data.doi = try_normalize_doi(ident)
    elif is_url(ident):
        data.url = ident.strip()
    else:
        raise InvalidIdentifier(
            f"{ident!r} is not an arXiv ID, DOI or URL (for a paper known only by title, use --title)"
        )


def _split_ids(values: list[str]) -> tuple[list[ArxivId], list[str]]:
    """Valid arXiv IDs, and the values that are not (each reported by name, never sent)."""
    good, bad = [], []
    for value in values:
        try:
            parsed = try_parse_arxiv_id(value)
        except InvalidIdentifier as exc:
            bad.append(str(exc))
            continue
        if parsed is None:
            bad.append(f"not an arXiv ID: {value!r}")
        else:
            good.append(parsed)
    return good, bad


def _report_added(results) -> None:
    for r in results:
        verb = "Added" if r.created else "Merged"
        output.message(f"{verb} {r.paper.citekey}: {r.paper.title}")
        if not sys.stdout.isatty():
            sys.stdout.write(r.paper.citekey + "\n")


@app.command(rich_help_panel="Papers")
def add(
    ctx: typer.Context,
    identifiers: Annotated[
        list[str] | None,
        typer.Argument(metavar="[ID]...", help="arXiv IDs in any form ('-' reads stdin), DOIs, OpenReview or "
                       "ACL Anthology URLs, ACL Anthology IDs, DBLP keys."),
    ] = None,
    from_file: Annotated[
        Path | None,
        typer.Option("--from-file", help="Read IDs from FILE ('-': stdin), any whitespace between, # comments."),
    ] = None,
    no_fetch: Annotated[bool, typer.Option("--no-fetch", help="Do not ask arXiv; store what is given.")] = False,
    title: Annotated[
        str | None, typer.Option(help="Title: with --no-fetch, stored; alone, searched for on arXiv.")
    ] = None,
    pick: Annotated[int | None, typer.Option(min=1, help="With --title: add the N-th candidate.")] = None,
    author: Annotated[list[str] | None, typer.Option("--author", "-a", help="An author, in order; repeat.")] = None,
    year: Annotated[int | None, typer.Option(help="Year of publication.")] = None,
    url: Annotated[str | None, typer.Option(help="A URL for the paper.")] = None,
    doi: Annotated[str | None, typer.Option(help="DOI.")] = None,
    venue: Annotated[str | None, typer.Option(help='Venue, e.g. "ICLR 2024 Oral".')] = None,
    tag: Annotated[
        list[str] | None, typer.Option("--tag", "-t", help="Section path; repeat.", shell_complete=completion.sections)
    ] = None,
    summary: Annotated[str | None, typer.Option("--summary", "-s", help="One-line summary.")] = None,
    note: Annotated[list[str] | None, typer.Option("--note", "-n", help="A note; repeat.")] = None,
    status: Annotated[str | None, typer.Option(help="unread, reading or read.")] = None,
) -> None:
    """Add papers from arXiv, Crossref, DataCite, OpenReview, the ACL Anthology or DBLP
    (or by hand with --no-fetch); merges into papers already there.

    Examples:

        paperctl add 10.18653/v1/2020.acl-main.447
        paperctl add "https://openreview.net/forum?id=..." conf/iclr/KingmaB14
        paperctl add 2211.17192 --tag "LLM/Efficiency"
        paperctl add 2211.17192 2309.06180 hep-th/9711200
        paperctl add --from-file ids.txt
        paperctl add --title "Fast Inference from Transformers via Speculative Decoding"
        paperctl add 2211.17192 --no-fetch --title "Fast Inference ..." --author "Yaniv Leviathan" --year 2022
    """
    annotations = PaperData(
        venue=venue, tags=tag or [], summary=summary, notes=note or [], status=status,
    )
    values = _collect(identifiers or [], from_file)
    manual = PaperData(
        title=title, authors=[Author(a) for a in author or []], year=year, url=url, doi=doi,
        venue=venue, tags=tag or [], summary=summary, notes=note or [], status=status,
    )
    remote = None if no_fetch or title or author or year or any(_is_arxiv(v) for v in values) else _remote(values)
    if remote:
        _add_by_identifiers(ctx, remote, annotations)
    elif no_fetch or (values and not any(_is_arxiv(v) for v in values)):
        _add_by_hand(ctx, values, manual)
    elif values:
        if title or author or year:
            fail("--title, --author and --year describe a paper added by hand: use them with --no-fetch", 2)
        _add_from_arxiv(ctx, values, annotations)
    elif title:
        _add_by_title(ctx, title, pick, annotations)
    else:
        fail("give arXiv IDs, --from-file, a DOI or URL with --title, or --title to search arXiv", 2)


def _remote(values: list[str]):  # -> list[by_identifier.Identifier] | None
    """The identifiers other services can fetch, when every value is one (else None)."""
    if not values:
        return None
    from ..sources.by_identifier import classify

    found = [classify(v) for v in values]
    return found if all(found) else None


def _add_by_identifiers(ctx: typer.Context, idents, annotations: PaperData) -> None:
    """Fetch each DOI / OpenReview / ACL Anthology / DBLP record and add it; arXiv's
    own DOIs go to arXiv."""
    from ..errors import PaperctlError
    from ..sources import by_identifier
    from ..sources.arxiv_sync import _with_annotations

    arxiv = [i.value for i in idents if i.kind == "arxiv-doi"]
    problems = []
    for ident in (i for i in idents if i.kind != "arxiv-doi"):
        try:
            found = by_identifier.fetch(ident, notify=output.message)
        except PaperctlError as exc:
            if len(idents) == 1:
                raise
            problems.append(f"{ident.value}: {exc}")
            output.message(f"Not added: {ident.value}: {exc}")
            continue
        data = by_identifier.to_paper_data(found)
        fetched_venue = data.venue
        data = _with_annotations(data, annotations)
        data.venue = annotations.venue or fetched_venue
        with settings(ctx).open(create=True) as lib:
            result = lib.add(data)
            if result.created and not annotations.venue:
                lib.record_resolution(result.paper.id, by_identifier.resolution_row(found))
        _report_added([result])
        why = by_identifier.standing_note(found)
        if why and not annotations.venue:
            output.message(f"  {why}")
    if arxiv:
        _add_from_arxiv(ctx, arxiv, annotations)
    if problems:
        fail(f"{len(problems)} of {len(idents)} identifier(s) could not be added (see above)")


def _is_arxiv(value: str) -> bool:
    try:
        return try_parse_arxiv_id(value) is not None
    except InvalidIdentifier:
        return True  # malformed, but meant as an arXiv ID: reported as such


def _add_by_hand(ctx: typer.Context, values: list[str], data: PaperData) -> None:
    if len(values) > 1:
        fail("--no-fetch adds one paper at a time (its title and authors are given by hand)", 2)
    if values:
        _identify(values[0], data)
    if not data.title and not data.arxiv_id and not data.doi and not data.url:
        fail("give an arXiv ID, DOI or URL, or --title", 2)
    if not data.title and not data.arxiv_id:
        with settings(ctx).open(create=True) as lib:
            if lib.find_existing(data) is None:
                fail("paperctl cannot fetch metadata for this URL: give --title (with --no-fetch)", 2)
    with settings(ctx).open(create=True) as lib:
        result = lib.add(data)
    if result.created:
        _report_added([result])
    else:
        filled = f" (filled: {', '.join(result.filled)})" if result.filled else ""
        output.message(f"Already in the library; merged into {result.paper.citekey}{filled}")
        if not sys.stdout.isatty():
            sys.stdout.write(result.paper.citekey + "\n")


def _add_from_arxiv(ctx: typer.Context, values: list[str], annotations: PaperData) -> None:
    from ..sources.arxiv_sync import add_ids

    good, bad = _split_ids(values)
    if len(values) == 1 and bad:
        fail(bad[0], 2)
    for problem in bad:
        output.message(f"Skipped {problem}")
    report = None
    if good:
        with settings(ctx).open(create=True) as lib, output.progress(len(good), "Fetching from arXiv") as step:
            report = add_ids(lib, _source(), good, annotations, step)
        _report_added(report.added)
        for missing in report.missing:
            output.message(f"Not found on arXiv: {missing}")
        for arxiv_id, why in report.unusable.items():
            output.message(f"Not added: {arxiv_id}: {why}")
    if bad or (report and (report.missing or report.unusable)):
        problems = len(bad) + (len(report.missing) + len(report.unusable) if report else 0)
        fail(f"{problems} of {len(values)} ID(s) could not be added (see above)")


def _add_by_title(ctx: typer.Context, title: str, pick: int | None, annotations: PaperData) -> None:
    from ..sources.arxiv_sync import _with_annotations, search_title

    exact, candidates = search_title(_source(), title)
    chosen = exact
    if pick is not None:
        if pick > len(candidates):
            fail(f"--pick {pick}: arXiv returned only {len(candidates)} candidate(s)", 2)
        chosen = candidates[pick - 1]
    if chosen is None:
        if not candidates:
            fail(f"arXiv has no paper titled like {title!r}; add it with --no-fetch --title")
        output.candidates(candidates)
        if sys.stdin.isatty() and sys.stderr.isatty():
            number = typer.prompt("Add which one? (0 for none)", type=int, default=0, err=True)
            if not 1 <= number <= len(candidates):
                fail("nothing added")
            chosen = candidates[number - 1]
        else:
            fail("no exact title match; nothing added. Pick one with --pick N", 1)
    with settings(ctx).open(create=True) as lib:
        result = lib.add(_with_annotations(chosen, annotations))
    _report_added([result])


@app.command(rich_help_panel="Papers")
def find(
    query: Annotated[str, typer.Argument(help="Title (or words of it) to look for on arXiv.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Search arXiv by title and show the candidates (adds nothing).

    Example: paperctl find "speculative decoding"
    """
    from ..sources.arxiv_sync import search_title

    _, candidates = search_title(_source(), query)
    if as_json:
        output.print_json([output.data_dict(c) for c in candidates])
    else:
        output.candidates(candidates, to_stdout=True)


@app.command(rich_help_panel="Papers")
def refresh(
    ctx: typer.Context,
    papers: Annotated[
        list[str] | None,
        typer.Argument(metavar="[PAPER]...", help="Papers to re-fetch.", shell_complete=completion.papers),
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every paper with an arXiv ID.")] = False,
    older_than: Annotated[
        float | None, typer.Option("--older-than", metavar="DAYS", help="Only papers fetched longer ago.")
    ] = None,
) -> None:
    """Re-fetch arXiv metadata and report what changed (versions, DOIs, journal refs, titles).

    Your summary, notes, sections, status and venue are never touched.

    Examples: paperctl refresh 2211.17192
              paperctl refresh --all --older-than 30
    """
    from ..sources.arxiv_sync import refresh as refresh_papers
    from ..sources.arxiv_sync import stale

    if not papers and not all_ and older_than is None:
        fail("name papers to refresh, or use --all / --older-than DAYS", 2)
    with settings(ctx).open() as lib:
        todo = stale(lib, papers or [], all_, older_than)
        if not todo:
            output.message("Nothing to refresh")
            return
        with output.progress(len(todo), "Refreshing from arXiv") as step:
            report = refresh_papers(lib, _source(), todo, step)
    for paper, changes in report.changed:
        output.message(f"{paper.citekey}: " + "; ".join(changes))
    for missing in report.missing:
        output.message(f"Not found on arXiv: {missing}")
    for arxiv_id, why in report.unusable.items():
        output.message(f"Not refreshed: {arxiv_id}: {why}")
    output.message(f"{len(report.changed)} changed, {report.unchanged} unchanged")
    if report.missing or report.unusable:
        raise typer.Exit(1)


@app.command(rich_help_panel="Papers")
def resolve(
    ctx: typer.Context,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be linked; write nothing.")] = False,
) -> None:
    """Find papers known only by title on arXiv, and link those that match exactly.

    Example: paperctl resolve --dry-run
    """
    from ..sources.arxiv_sync import resolve as resolve_titles

    with settings(ctx).open() as lib:
        pending = lib.info()["unresolved"]
        with output.progress(pending, "Searching arXiv by title") as step:
            report = resolve_titles(lib, _source(), dry_run, step)
    verb = "Would link" if dry_run else "Linked"
    for paper, found in report.linked:
        output.message(f"{verb} {paper.citekey} -> arXiv {found.arxiv_id}")
    for paper, candidates in report.unmatched:
        near = "; closest: " + (candidates[0].title or "") if candidates else ""
        output.message(f"No confident match for {paper.title}{near}")
    output.message(f"{len(report.linked)} linked, {len(report.unmatched)} left unresolved")
