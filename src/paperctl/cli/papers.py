"""Commands on one paper's record: show, edit, link, open, attach, rm (adding is in ``adding.py``)."""

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
        file = lib.attachment(str(p.id))
    if as_json:
        output.print_json({**p.to_dict(), "file": file})
    else:
        with paged(ctx):
            output.show(p, file)


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
    """Change a paper's metadata; with no options, edit the whole entry in $EDITOR.

    The entry opens as text (fields, authors one a line, sections, links, summary...;
    not the notes) with comments explaining it; what you save is checked and applied
    at once, or not at all.

    Examples: paperctl edit leviathan2022fast
              paperctl edit leviathan2022fast --year 2023 --venue "ICML 2023 Oral"
    """
    fields = {
        "title": title, "year": year, "doi": doi, "url": url, "arxiv_id": arxiv,
        "abstract": abstract, "published": published, "journal_ref": journal_ref, "venue": venue,
    }
    fields = {k: v for k, v in fields.items() if v is not None}
    if not fields and author is None:
        from .editing import edit_entry

        with settings(ctx).open() as lib:
            edited = edit_entry(lib, paper)
        output.message(f"Updated {edited.citekey}" if edited is not None else "No changes")
        return
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


OPEN_TARGETS = completion.OPEN_TARGETS


def _location(lib, paper: str, target: str) -> str:  # type: ignore[no-untyped-def]
    """The URL (or local path) ``open`` opens: the page (arXiv abstract, else DOI, else
    URL), the PDF (arXiv's, else a link named pdf, else an attached .pdf), the attached
    file, or the link of that name."""
    p = lib.get(paper)
    file = lib.attachment(str(p.id))
    name = target.strip().lower()
    if name == "page":
        if p.link:
            return p.link
        fail(f"{p.citekey} has no arXiv ID, DOI or URL to open; add one with paperctl edit, or a link")
    if name == "pdf":
        if p.arxiv_id:
            return f"https://arxiv.org/pdf/{p.arxiv_id}" + (f"v{p.version}" if p.version else "")
        if "pdf" in p.links:
            return p.links["pdf"]
        if file and file.lower().endswith(".pdf"):
            return file
        fail(f"no PDF known for {p.citekey}; attach one with paperctl attach {p.citekey} FILE")
    if name == "file":
        if file:
            return file
        fail(f"{p.citekey} has no file attached; attach one with paperctl attach {p.citekey} FILE")
    if name in p.links:
        return p.links[name]
    known = ", ".join([*OPEN_TARGETS, *p.links])
    fail(f"{p.citekey} has no link named {target!r}; open one of: {known}", 2)
    return ""  # not reached: fail() exits


@app.command("open", rich_help_panel="Papers")
def open_(
    ctx: typer.Context,
    paper: PaperArg,
    target: Annotated[
        str, typer.Argument(metavar="[page|pdf|file|NAME]", help="What to open: the page (default), the PDF, the "
                            "attached file, or a link by name.", shell_complete=completion.open_targets),
    ] = "page",
    print_only: Annotated[bool, typer.Option("--print", help="Only print the URL (or path).")] = False,
) -> None:
    """Open a paper's page, PDF, attached file or a named link in the browser ($BROWSER).

    Examples: paperctl open 2211.17192
              paperctl open leviathan2022fast code
              paperctl open leviathan2022fast pdf --print
    """
    with settings(ctx).open() as lib:
        where = _location(lib, paper, target)
    if print_only:
        sys.stdout.write(where + "\n")
        return
    import webbrowser  # only here: it costs every other command nothing
    from pathlib import Path

    local = not is_url(where)
    if local and not Path(where).exists():
        fail(f"the attached file {where} is gone (moved or deleted?); attach it again with paperctl attach")
    url = Path(where).as_uri() if local else where
    try:
        opened = webbrowser.open(url)
    except webbrowser.Error:
        opened = False
    if not opened:
        fail(f"no web browser found to open {url}; set $BROWSER, or use --print")
    output.message(f"Opened {where}")


@app.command(rich_help_panel="Papers")
def attach(
    ctx: typer.Context,
    paper: PaperArg,
    file: Annotated[str | None, typer.Argument(metavar="FILE", help="The local file (a PDF).")] = None,
    remove: Annotated[bool, typer.Option("--remove", help="Forget the attached file (the file stays).")] = False,
) -> None:
    """Record a local file (a PDF) for a paper: shown by show, opened by open PAPER file.

    Examples: paperctl attach leviathan2022fast ~/papers/speculative-decoding.pdf
              paperctl open leviathan2022fast file
    """
    if remove == (file is not None):
        fail("give the FILE to attach, or --remove", 2)
    with settings(ctx).open() as lib:
        if remove:
            p = lib.detach(paper)
            output.message(f"{p.citekey} has no file attached now")
            return
        assert file is not None
        p, path = lib.attach(paper, file)
    output.message(f"Attached {path} to {p.citekey}")
