"""The import command: move in from BibTeX, Markdown reading lists, JSON Lines, CSL-JSON."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from . import completion, output
from .application import app, settings

if TYPE_CHECKING:
    from ..formats.reading import Ahead, MarkdownOptions


def _describe(report) -> list[str]:
    c = report.counts
    verb = "would import" if report.dry_run else "imported"
    lines = [f"{report.path}: {verb} {c['new']} new, {c['merged']} merged, {c['unchanged']} unchanged"
             f" ({c['duplicates']} repeated in the file, {c['skipped']} skipped, {c['problems']} problems)"]
    lines += [f"  {note}" for note in report.notes]
    lines += [f"  line {line}: {what}" for line, what in report.problems]
    lines += [f"  line {line}: {key} again (first at line {first}); sections merged"
              for line, key, first in report.duplicates]
    lines += [f"  line {line}: skipped, {why}" for line, why in report.skipped]
    lines += [f"  line {line}: {what}" for line, what in report.warnings]
    lines += [f"  line {line}: {what}" for line, what in report.keys]
    lines += [f"  line {line}: {key} may be the same paper as {other} ({why}); kept apart, see 'paperctl duplicates'"
              for line, key, other, why in report.lookalikes]
    lines += [f"  {key}: {', '.join(changes)}" for key, changes in report.merged]
    return lines


@app.command("import", rich_help_panel="Import & export")
def import_(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help=".bib, .md, .jsonl or CSL .json files.")],
    fmt: Annotated[
        Literal["bib", "md", "jsonl", "csl"] | None,
        typer.Option("--format", help="Force the format (default: from the extension or content)."),
    ] = None,
    tag: Annotated[
        str | None,
        typer.Option("--tag", "-t", help="Put everything under this section.", shell_complete=completion.sections),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report what would happen; write nothing.")] = False,
    fetch: Annotated[bool, typer.Option("--fetch", help="Then fetch arXiv metadata for papers with an ID.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    read_if_summary: Annotated[bool, typer.Option(
        "--read-if-summary", help="Markdown: an entry with a summary is read, one without unread (for lists "
        "whose owner marks unread papers by leaving them bare).")] = False,
    year_groups: Annotated[bool, typer.Option(
        "--year-groups", help="Markdown: year headings (### 2024) only give their papers a year and are not "
        "sections (as export --by-year writes them).")] = False,
) -> None:
    """Import papers; a paper already in the library is merged, never duplicated.

    Your existing summaries, notes, status and venues are kept; a differing
    imported summary becomes a note. Each file is one transaction.

    Examples:

        paperctl import refs.bib --tag "Thesis"
        paperctl import README.md --dry-run
        paperctl import my-list.md --read-if-summary --year-groups
        paperctl import library.jsonl
    """
    from ..formats.reading import MarkdownOptions, read_ahead
    from . import early

    markdown = MarkdownOptions(read_if_summary=read_if_summary, year_groups=year_groups)
    with ExitStack() as stack:
        # A large Markdown list starts being read now, while the library opens (and before
        # the importing code and the library are loaded: the workers start the sooner), if
        # ``paperctl import`` did not begin it before typer loaded (``early``).
        ahead = early.take(files[0], markdown) if files else None
        if ahead is None and files:
            ahead = read_ahead(files[0], fmt, markdown)
        if ahead is not None:
            stack.callback(ahead.close)
        reports = _import_all(ctx, files, fmt, tag, dry_run, fetch, markdown, ahead)
    if as_json:
        output.print_json([{**r.counts, "path": r.path, "format": r.format, "dry_run": r.dry_run,
                            "problems_detail": [{"line": ln, "what": w} for ln, w in r.problems]}
                           for r in reports])
    if any(r.problems for r in reports):
        raise typer.Exit(1)


def _import_all(ctx: typer.Context, files: list[Path], fmt: str | None, tag: str | None, dry_run: bool,
                fetch: bool, markdown: MarkdownOptions, ahead: Ahead | None) -> list:
    from ..formats.importing import import_file

    reports = []
    path = settings(ctx).path()
    if dry_run and not path.exists():  # nothing to compare with: rehearse on an empty library
        import tempfile

        from ..library import Library

        scratch = tempfile.TemporaryDirectory()
        lib_cm = Library(Path(scratch.name) / "library.db")
    else:
        lib_cm = settings(ctx).open(create=not dry_run)
    with lib_cm as lib:
        for path in files:
            with _progress(path) as on_progress:
                report = import_file(lib, path, fmt, tag, dry_run, on_progress, markdown=markdown, ahead=ahead)
            reports.append(report)
            for line in _describe(report):
                output.message(line)
        if fetch and not dry_run:
            _fetch(lib, [pid for r in reports for pid in r.paper_ids])
    return reports


@contextmanager
def _progress(path: Path) -> Iterator[Callable[[int, int], None]]:
    """A progress callback for one file's import; the bar (on a terminal, for long
    files) appears once the reader knows how long the file is."""
    with ExitStack() as stack:
        step: Callable[[int], None] | None = None

        def on_progress(done: int, total: int) -> None:
            nonlocal step
            if step is None:
                step = stack.enter_context(output.progress(total, f"Importing {path.name} (lines)"))
            step(done)

        yield on_progress


def _fetch(lib, paper_ids: list[int]) -> None:
    from ..errors import FetchUnavailable
    from ..sources.arxiv import ArxivSource
    from ..sources.arxiv_sync import refresh
    from ..store.query import load

    papers = [p for p in load(lib.conn, paper_ids) if p.arxiv_id]
    if not papers:
        return
    try:
        with output.progress(len(papers), "Fetching from arXiv") as step:
            report = refresh(lib, ArxivSource(notify=output.message), papers, step)
    except FetchUnavailable as exc:
        output.message(f"Imported, but fetching failed: {exc}. Run 'paperctl refresh --all' later.")
        raise typer.Exit(1) from None
    output.message(f"Fetched {len(papers) - len(report.missing)} paper(s) from arXiv"
                   + (f"; not found: {', '.join(report.missing)}" if report.missing else ""))
