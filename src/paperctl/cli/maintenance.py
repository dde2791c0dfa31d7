"""Commands that keep the library safe: backup and check."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from . import output
from .application import app, settings


@app.command(rich_help_panel="Library")
def backup(
    ctx: typer.Context,
    destination: Annotated[
        Path | None, typer.Argument(help="Backup file. Default: beside the library, named by date and time.")
    ] = None,
) -> None:
    """Copy the library to a file, safely even while another paperctl writes to it.

    Example: paperctl backup ~/backups/papers.db
    """
    with settings(ctx).open() as lib:
        if destination is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            destination = lib.path.with_name(f"{lib.path.stem}-backup-{stamp}.db")
        written = lib.backup(destination)
    output.message(f"Backed up to {written}")


@app.command(rich_help_panel="Library")
def check(
    ctx: typer.Context,
    repair: Annotated[bool, typer.Option("--repair", help="Rebuild what can be rebuilt (the search index).")] = False,
) -> None:
    """Check the library: SQLite integrity, references, and the search index against the papers.

    Example: paperctl check --repair
    """
    notes: list[str] = []
    with settings(ctx).open() as lib:
        problems = lib.check(notes)
        if problems and repair:
            lib.repair()
            remaining = lib.check()
            for problem in problems:
                output.message(f"{'Repaired' if problem not in remaining else 'Problem'}: {problem}")
            problems = remaining
        else:
            for problem in problems:
                output.message(f"Problem: {problem}")
    for note in notes:
        output.message(f"Note: {note}")
    if problems:
        raise typer.Exit(1)
    output.message("The library is consistent." if not repair else "The library is consistent now.")
