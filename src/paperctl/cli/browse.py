"""Commands that read the library: list, search, info, and init to start one."""

# No ``from __future__ import annotations`` here: typer reads the annotations of the
# command it runs with ``typing.get_type_hints``, which compiles every string annotation
# with eval, on every run. As objects they are made once, at import, from the byte code.
# For ``list`` and ``search``: ~4.5 million instructions (1 ms) a run. (A module of
# many rarely run commands, such as ``papers``, is better off with strings.)

from dataclasses import replace
from pathlib import Path
from typing import Annotated, Literal

import typer

from ..library import Library
from ..location import LIBRARY_RELATIVE
from ..models import Filters
from . import completion, output
from .application import app, fail, paged, settings

TagOpt = Annotated[
    list[str] | None,
    typer.Option("--tag", "-t", help="Section (path, trailing part or alias; subsections included). Repeat.",
                 shell_complete=completion.sections),
]
StatusOpt = Annotated[Literal["unread", "reading", "read"] | None, typer.Option(help="Reading status.")]
YearOpt = Annotated[int | None, typer.Option(help="Papers of this year.")]
SinceOpt = Annotated[str | None, typer.Option(metavar="DATE", help="Published on or after YYYY[-MM[-DD]].")]
AuthorOpt = Annotated[str | None, typer.Option(help="Author name contains this.")]
VenueOpt = Annotated[str | None, typer.Option(help="Venue contains this.")]
UnresolvedOpt = Annotated[bool, typer.Option("--unresolved", help="Only papers with no arXiv ID or DOI.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=0, help="At most this many.")]
FormatOpt = Annotated[
    Literal["table", "tsv", "json", "csv", "ids"] | None,
    typer.Option("--format", "-f", help="Output format. Default: table on a terminal, tsv when piped."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Same as --format json.")]


@app.command("list", rich_help_panel="Browse")
def list_(
    ctx: typer.Context,
    tag: TagOpt = None,
    status: StatusOpt = None,
    year: YearOpt = None,
    since: SinceOpt = None,
    author: AuthorOpt = None,
    venue: VenueOpt = None,
    unresolved: UnresolvedOpt = False,
    sort: Annotated[
        Literal["added", "year", "title", "section"] | None,
        typer.Option(help="Order. Default: section order with --tag, else added."),
    ] = None,
    reverse: Annotated[bool, typer.Option("--reverse", "-r", help="The order backwards.")] = False,
    limit: LimitOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List papers, filtered and sorted.

    Examples: paperctl list --tag ICL --status unread
              paperctl list --sort added --reverse --limit 10   # recently added
              paperctl list --since 2024 --json | jq '.[].title'
    """
    filters = Filters(tag or [], status, year, since, author, venue, unresolved, sort, limit, reverse)
    fmt = output.choose_format(fmt, as_json)
    with settings(ctx).open() as lib:
        if fmt == "ids":
            found = lib.identifiers(filters)
        else:
            papers = lib.papers(filters, full=fmt in output.FULL_FORMATS)
    with paged(ctx):
        if fmt == "ids":
            output.lines(found)
        else:
            output.papers(papers, fmt)


# How many matches a search shows on a terminal unless told --limit N or --all.
SEARCH_PAGE = 50


@app.command(rich_help_panel="Browse")
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help='Words, "a phrase", prefix*, OR / NOT.')],
    tag: TagOpt = None,
    status: StatusOpt = None,
    year: YearOpt = None,
    since: SinceOpt = None,
    author: AuthorOpt = None,
    venue: VenueOpt = None,
    unresolved: UnresolvedOpt = False,
    limit: Annotated[
        int | None,
        typer.Option("--limit", "-n", min=0, help=f"At most this many. Default: {SEARCH_PAGE} on a terminal, "
                     "every match when piped."),
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every match, on a terminal too.")] = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search over titles, authors, abstracts, summaries and notes, best first.

    On a terminal the first 50 matches show, and the count says how many there are;
    piped, every match is printed.

    Examples: paperctl search "speculative decoding"
              paperctl search 'attention sink*' --tag LLM --all
              paperctl search 验证
    """
    if all_ and limit is not None:
        fail("give --limit N or --all, not both", 2)
    fmt = output.choose_format(fmt, as_json)
    if limit is None and not all_ and fmt == "table":
        limit = SEARCH_PAGE
    filters = Filters(tag or [], status, year, since, author, venue, unresolved, None, limit)
    with settings(ctx).open() as lib:
        if fmt == "ids":
            found = lib.search_identifiers(query, replace(filters, limit=None))
            total = len(found)
        else:
            hits, total = lib.search_counted(query, filters, full=fmt in output.FULL_FORMATS)
    shown = total if limit is None else min(limit, total)
    with paged(ctx):
        if fmt == "ids":
            output.lines(found[:shown])
        else:
            output.hits(hits, fmt)
        if shown < total:
            output.message(f"showing {shown} of {total} (--limit N, --all)")
        elif fmt == "table":
            output.message(f"{total} match{'es' if total != 1 else ''}")


@app.command(rich_help_panel="Library")
def info(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Show which library is in use, its schema version and what it holds.

    Example: paperctl info
    """
    with settings(ctx).open() as lib:
        facts = lib.info()
    if as_json:
        output.print_json(facts)
        return
    output.facts(facts)


@app.command(rich_help_panel="Library")
def stats(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Count the papers by status, section, year and venue, with notes and unresolved papers.

    Examples: paperctl stats
              paperctl stats --json | jq .years
    """
    with settings(ctx).open() as lib:
        counts = lib.stats()
    if as_json:
        output.print_json(counts)
    else:
        with paged(ctx):
            output.stats(counts)


@app.command(rich_help_panel="Library")
def init(
    directory: Annotated[Path, typer.Argument(help="Folder of the reading list.")] = Path("."),
) -> None:
    """Create a library at DIR/data/library.db (found from anywhere inside DIR).

    Example: paperctl init ~/reading-list
    """
    path = directory / LIBRARY_RELATIVE
    existed = path.exists()
    with Library(path, create=True):
        pass
    if existed:
        output.message(f"A library already exists at {path}")
    else:
        output.message(f"Created {path}")
