"""Commands on one paper's record: show, edit, link, rm (adding is in ``adding.py``)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..identifiers import is_url
from . import completion, output
from .application import app, fail, paged, settings

PaperArg = Annotated[
    str, typer.Argument(metavar="PAPER", help="arXiv ID (any form), citation key, DOI, URL or numeric id.",
                        shell_complete=completion.papers)
]


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
        with paged(ctx):
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
    output.message(f"Updated {p.citekey}")


@app.command(rich_help_panel="Papers")
def link(
    ctx: typer.Context,
    paper: PaperArg,
    name: Annotated[
        str | None,
        typer.Argument(help="Link name: code, project, openreview, ...", shell_complete=completion.link_names),
    ] = None,
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
    papers: Annotated[
        list[str],
        typer.Argument(metavar="PAPER...", help="The papers to remove (any reference).",
                       shell_complete=completion.papers),
    ],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Remove papers with their notes, links and places in sections (asks first).

    Every PAPER must be found, or nothing is removed.

    Examples: paperctl rm leviathan2022fast
              paperctl rm 2211.17192 2309.06180 --yes
    """
    with settings(ctx).open() as lib:
        found = list({p.id: p for p in (lib.get(ref) for ref in papers)}.values())
        if not yes:
            if not sys.stdin.isatty():
                fail("refusing to remove without confirmation; pass --yes", 2)
            notes = sum(len(p.notes) for p in found)
            with_notes = f" with {notes} note(s)" if notes else ""
            if len(found) == 1:
                question = f"Remove {found[0].citekey} ({found[0].title}){with_notes}?"
            else:
                listed = "".join(f"\n  {p.citekey} ({p.title})" for p in found)
                question = f"Remove these {len(found)} papers{with_notes}?{listed}\n"
            typer.confirm(question, abort=True, err=True)
        removed = lib.remove_many([str(p.id) for p in found])
    for p in removed:
        output.message(f"Removed {p.citekey}")
