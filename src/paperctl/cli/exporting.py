"""The export command: Markdown reading lists, BibTeX, CSL-JSON, JSON Lines."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from . import completion, output
from .application import app, fail, paged, settings


@app.command(rich_help_panel="Import & export")
def export(
    ctx: typer.Context,
    md: Annotated[bool, typer.Option("--md", help="Markdown reading list.")] = False,
    bib: Annotated[bool, typer.Option("--bib", help="BibTeX.")] = False,
    csl: Annotated[bool, typer.Option("--csl", help="CSL-JSON (pandoc, Zotero).")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="JSON Lines, every field (lossless).")] = False,
    tag: Annotated[
        list[str] | None,
        typer.Option("--tag", "-t", help="Only these sections (and subsections); repeat.",
                     shell_complete=completion.sections),
    ] = None,
    status: Annotated[Literal["unread", "reading", "read"] | None, typer.Option(help="Only this status.")] = None,
    since: Annotated[str | None, typer.Option(metavar="DATE", help="Published on or after YYYY[-MM[-DD]].")] = None,
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE (atomically).")] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; fail if FILE differs from what would be written.")
    ] = False,
    style: Annotated[
        Literal["numbered", "bullets", "table", "citation", "venue-prefix", "bracket", "auto"] | None,
        typer.Option(help="Markdown entry style; auto: each section as it was imported "
                          "(default for --into a file that was imported, else numbered)."),
    ] = None,
    columns: Annotated[
        str | None,
        typer.Option(metavar="LIST", help="Markdown table style: columns, e.g. title,venue,date,code,summary."),
    ] = None,
    sort: Annotated[
        Literal["manual", "date", "year", "venue-year", "title"],
        typer.Option(help="Markdown: order within each section (manual: the hand-made order)."),
    ] = "manual",
    badges: Annotated[
        Literal["stars"] | None, typer.Option(help="Markdown: stars: a GitHub stars badge for each code link.")
    ] = None,
    print_template: Annotated[
        bool, typer.Option("--print-template", help="Markdown: print the template of --style, to copy and change.")
    ] = False,
    by_year: Annotated[bool, typer.Option("--by-year", help="Markdown: year headings in sections.")] = False,
    notes: Annotated[bool, typer.Option("--notes/--no-notes", help="Markdown: include notes.")] = True,
    toc: Annotated[
        bool | None, typer.Option("--toc/--no-toc", help="Markdown: table of contents (default: one).")
    ] = None,
    heading_level: Annotated[
        int | None, typer.Option("--heading-level", min=1, max=6, help="Markdown: level of top sections (default 2).")
    ] = None,
    template: Annotated[Path | None, typer.Option(help="Markdown: render this Jinja2 template.")] = None,
    into: Annotated[
        Path | None, typer.Option(help="Markdown: replace the part between paperctl markers in FILE,"
                                       " or write an imported FILE back in place.")
    ] = None,
    overwrite_edits: Annotated[
        bool, typer.Option("--overwrite-edits", help="Markdown --into: where an entry was edited in FILE and its"
                                                     " paper changed in the library, write the library's version.")
    ] = False,
    annotate: Annotated[bool, typer.Option("--annotate", help="BibTeX: summary into 'annote'.")] = False,
    ascii_: Annotated[bool, typer.Option("--ascii", help="BibTeX: LaTeX escapes instead of UTF-8.")] = False,
) -> None:
    """Export the reading list (to stdout, or -o FILE).

    Examples:

        paperctl export --md -o README.md
        paperctl export --md --by-year --into README.md
        paperctl export --bib --tag ICL -o refs.bib
        paperctl export --md --into README.md --check   # in CI: is README.md current?
        paperctl export --md --into README.md --overwrite-edits   # the library's version over hand edits
        paperctl export --md --style table --columns title,venue,date,code -o papers.md
        paperctl export --md --style table --print-template > my-list.md.j2
    """
    from ..errors import PaperctlError
    from ..files import refuse_library
    from ..formats.exporting import Selection, is_current, render_chunks, write_atomic
    from ..formats.exporting_markdown import IntoReport, record_into
    from ..formats.markdown import shapes
    from ..formats.markdown.writer import MarkdownOptions, shipped_template

    chosen = [name for name, on in (("md", md), ("bib", bib), ("csl", csl), ("jsonl", jsonl)) if on]
    if len(chosen) != 1:
        fail("choose one format: --md, --bib, --csl or --jsonl", 2)
    fmt = chosen[0]
    if (into or template) and fmt != "md":
        fail("--into and --template are for --md", 2)
    target = out or into
    if check and target is None:
        fail("--check needs -o FILE (or --into FILE)", 2)
    if print_template:
        try:
            sys.stdout.write(shipped_template(style or "numbered"))
        except PaperctlError as exc:
            fail(str(exc), 2)
        return
    chosen_columns = shapes.DEFAULT_COLUMNS
    if columns is not None and (fmt != "md" or style != "table") and template is None:
        fail("--columns is for --md --style table (or a --template that uses them)", 2)
    if columns is not None:
        chosen_columns = tuple(c.strip().lower() for c in columns.split(",") if c.strip())
        unknown = [c for c in chosen_columns if c not in shapes.COLUMNS]
        if unknown or not chosen_columns:
            fail(f"unknown column(s) {', '.join(unknown) or '(none)'}: choose from {', '.join(shapes.COLUMNS)}", 2)
    options: dict = {}
    report = IntoReport(overwrite_edits) if into is not None and fmt == "md" else None
    if fmt == "md":
        options = {"options": MarkdownOptions(style or "numbered", by_year, notes, toc is not False,
                                              heading_level or 2, sort, badges, chosen_columns),
                   "template": template, "into": into, "style_given": style is not None, "report": report,
                   "given": frozenset(name for name, value in (("toc", toc), ("heading-level", heading_level))
                                      if value is not None)}
    elif fmt == "bib":
        options = {"annotate": annotate, "ascii": ascii_}
    selection = Selection(tag or [], status, since)
    with settings(ctx).open() as lib:
        if target is not None and not check:
            refuse_library(target, lib.path, "export to")
        pieces = render_chunks(lib, fmt, selection, **options)
        if check:
            assert target is not None
            current = is_current(target, pieces)
            for line in report.edits.messages(str(target)) if report else []:
                output.message(line)
            if not current:
                fail(f"{target} is out of date; run the same export without --check to update it")
            output.message(f"{target} is up to date")
        elif target is not None:
            write_atomic(target, pieces)
            if report is not None:
                try:
                    record_into(lib, report)
                except PaperctlError as exc:
                    output.message(f"{target} is written, but the library could not remember it as written ({exc});"
                                   " the next export will report its hand edits again")
                for line in report.edits.messages(str(target)):
                    output.message(line)
            output.message(f"Wrote {target}")
        else:
            with paged(ctx):
                sys.stdout.writelines(pieces)
