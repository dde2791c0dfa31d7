"""Commands that create, change or remove papers: add, show, edit, link, rm."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..errors import FetchUnavailable, InvalidIdentifier
from ..identifiers import is_url, try_normalize_doi, try_parse_arxiv_id
from ..models import STATUSES, Author, PaperData
from . import output
from .app import app, fail, settings

PaperArg = Annotated[
    str, typer.Argument(metavar="PAPER", help="arXiv ID (any form), citation key, DOI, URL or numeric id.")
]


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


@app.command(rich_help_panel="Papers")
def add(
    ctx: typer.Context,
    identifier: Annotated[
        str | None, typer.Argument(help="arXiv ID (any form), DOI or URL. Optional with --title.")
    ] = None,
    no_fetch: Annotated[bool, typer.Option("--no-fetch", help="Do not ask arXiv; store what is given.")] = False,
    title: Annotated[str | None, typer.Option(help="Title (needed with --no-fetch for a new paper).")] = None,
    author: Annotated[list[str] | None, typer.Option("--author", "-a", help="An author, in order; repeat.")] = None,
    year: Annotated[int | None, typer.Option(help="Year of publication.")] = None,
    url: Annotated[str | None, typer.Option(help="A URL for the paper.")] = None,
    doi: Annotated[str | None, typer.Option(help="DOI.")] = None,
    venue: Annotated[str | None, typer.Option(help='Venue, e.g. "ICLR 2024 Oral".')] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", "-t", help="Section path; repeat.")] = None,
    summary: Annotated[str | None, typer.Option("--summary", "-s", help="One-line summary.")] = None,
    note: Annotated[list[str] | None, typer.Option("--note", "-n", help="A note; repeat.")] = None,
    status: Annotated[str | None, typer.Option(help="unread, reading or read.")] = None,
) -> None:
    """Add a paper, or merge into the one already there.

    Example:

        paperctl add 2211.17192 --no-fetch --title "Fast Inference from Transformers
        via Speculative Decoding" --author "Yaniv Leviathan" --author "Matan Kalman"
        --year 2022 --tag "LLM/Efficiency" --summary "Draft model proposes, target verifies."
    """
    data = PaperData(
        title=title, authors=[Author(a) for a in author or []], year=year, url=url, doi=doi,
        venue=venue, tags=tag or [], summary=summary, notes=note or [], status=status,
    )
    if identifier:
        _identify(identifier, data)
    if not identifier and not title:
        fail("give an arXiv ID, DOI or URL, or --title for a paper known only by title", 2)
    if data.arxiv_id and not no_fetch:
        raise FetchUnavailable(
            "fetching from arXiv is not available in this version; add with --no-fetch --title ..."
        )
    with settings(ctx).open(create=True) as lib:
        result = lib.add(data)
    p = result.paper
    if result.created:
        output.message(f"Added [green]{p.citekey}[/green]: {_esc(p.title)}")
    else:
        filled = f" (filled: {', '.join(result.filled)})" if result.filled else ""
        output.message(f"Already in the library; merged into [green]{p.citekey}[/green]{filled}")
    if not sys.stdout.isatty():
        sys.stdout.write(p.citekey + "\n")


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)


@app.command(rich_help_panel="Papers")
def show(
    ctx: typer.Context,
    paper: PaperArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print the paper as a JSON object.")] = False,
) -> None:
    """Show everything about one paper.

    Example: paperctl show leviathan2022fast
    """
    with settings(ctx).open() as lib:
        p = lib.get(paper)
    if as_json:
        output.print_json(p.to_dict())
    else:
        output.show(p)


@app.command(rich_help_panel="Papers")
def edit(
    ctx: typer.Context,
    paper: PaperArg,
    title: Annotated[str | None, typer.Option(help="New title.")] = None,
    author: Annotated[
        list[str] | None, typer.Option("--author", "-a", help="Replace the author list; repeat, in order.")
    ] = None,
    year: Annotated[int | None, typer.Option(help="Year.")] = None,
    doi: Annotated[str | None, typer.Option(help="DOI.")] = None,
    url: Annotated[str | None, typer.Option(help="URL.")] = None,
    arxiv: Annotated[str | None, typer.Option("--arxiv", help="arXiv ID.")] = None,
    abstract: Annotated[str | None, typer.Option(help="Abstract.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    journal_ref: Annotated[str | None, typer.Option("--journal-ref", help="Journal reference.")] = None,
    venue: Annotated[str | None, typer.Option(help="Venue.")] = None,
) -> None:
    """Change a paper's metadata (its citation key never changes).

    Example: paperctl edit leviathan2022fast --year 2023 --venue "ICML 2023 Oral"
    """
    fields = {
        "title": title, "year": year, "doi": doi, "url": url, "arxiv_id": arxiv,
        "abstract": abstract, "published": published, "journal_ref": journal_ref, "venue": venue,
    }
    fields = {k: v for k, v in fields.items() if v is not None}
    if not fields and author is None:
        fail("nothing to change: give at least one option such as --title or --year", 2)
    if url and not is_url(url):
        fail(f"not a URL: {url!r} (expected http:// or https://)", 2)
    with settings(ctx).open() as lib:
        p = lib.edit(paper, authors=author, **fields)
    output.message(f"Updated [green]{p.citekey}[/green]")


@app.command(rich_help_panel="Papers")
def link(
    ctx: typer.Context,
    paper: PaperArg,
    name: Annotated[str | None, typer.Argument(help="Link name: code, project, openreview, ...")] = None,
    url: Annotated[str | None, typer.Argument(help="The URL.")] = None,
    remove: Annotated[bool, typer.Option("--remove", help="Remove the link NAME.")] = False,
) -> None:
    """Attach a named link to a paper, or list its links.

    Example: paperctl link leviathan2022fast code https://github.com/example/specdec
    """
    with settings(ctx).open() as lib:
        if name and remove:
            lib.remove_link(paper, name)
            output.message(f"Removed link {name!r}")
        elif name and url:
            lib.set_link(paper, name, url)
            output.message(f"Linked {name}: {url}")
        elif name:
            fail("give a URL, or --remove to remove the link", 2)
        else:
            for link_name, link_url in lib.get(paper).links.items():
                sys.stdout.write(f"{link_name}\t{link_url}\n")


@app.command("rm", rich_help_panel="Papers")
def remove(
    ctx: typer.Context,
    paper: PaperArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Remove a paper with its notes, links and places in sections.

    Example: paperctl rm leviathan2022fast --yes
    """
    with settings(ctx).open() as lib:
        p = lib.get(paper)
        if not yes:
            if not sys.stdin.isatty():
                fail("refusing to remove without confirmation; pass --yes", 2)
            notes = f" and its {len(p.notes)} note(s)" if p.notes else ""
            typer.confirm(f"Remove {p.citekey} ({p.title}){notes}?", abort=True, err=True)
        lib.remove(str(p.id))
    output.message(f"Removed [green]{p.citekey}[/green]")


def _status_values() -> str:
    return ", ".join(STATUSES)
