"""Which paper is which: citation keys (``key``), look-alikes (``duplicates``) and
merging two records of one work (``merge``)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from . import output
from .application import app, settings
from .papers import PaperArg


@app.command(rich_help_panel="Papers")
def key(
    ctx: typer.Context,
    paper: PaperArg,
    new_key: Annotated[str, typer.Argument(metavar="NEWKEY", help="The new citation key.")],
    no_alias: Annotated[bool, typer.Option("--no-alias", help="Do not keep the old key as an alias.")] = False,
) -> None:
    """Give a paper a new citation key; the old one stays an alias (exported as
    biblatex's ids, so \\cite{old} keeps working) unless --no-alias.

    Example: paperctl key leviathan2022fast Leviathan:2023
    """
    with settings(ctx).open() as lib:
        old, new = lib.set_key(paper, new_key, keep_alias=not no_alias)
    kept = "" if no_alias or old == new else f"; {old} stays an alias"
    output.message(f"Citation key {old} -> {new}{kept}")


@app.command(rich_help_panel="Papers")
def duplicates(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print the pairs as JSON.")] = False,
) -> None:
    """List pairs of papers that may be one work, and why (same arXiv ID or DOI, or the
    same title with close years and the same first author). Merge one with 'paperctl merge'.

    Example: paperctl duplicates
    """
    with settings(ctx).open() as lib:
        found = lib.duplicates()
    if as_json:
        output.print_json([{"first": a.citekey, "second": b.citekey, "why": why,
                            "titles": [a.title, b.title]} for a, b, why in found])
        return
    for a, b, why in found:
        sys.stdout.write("\t".join(output._tsv_cell(v) for v in (a.citekey, b.citekey, why, a.title)) + "\n")
    output.message(f"{len(found)} possible duplicate(s)" + (
        "; merge one with: paperctl merge KEEP OTHER" if found else ""))


@app.command(rich_help_panel="Papers")
def merge(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(metavar="KEEP", help="The paper that stays (its key is kept).")],
    other: Annotated[str, typer.Argument(metavar="OTHER", help="The paper merged into it, then removed.")],
) -> None:
    """Merge two records of one work: OTHER's notes, sections, links and fields go to
    KEEP (what KEEP lacks is filled, nothing of either is dropped), OTHER's key becomes
    an alias of KEEP, and OTHER is removed.

    Example: paperctl merge baez/article baez/online
    """
    with settings(ctx).open() as lib:
        paper, moved = lib.merge(keep, other)
    output.message(f"Merged into {paper.citekey}" + (f": {', '.join(moved)}" if moved else ""))
