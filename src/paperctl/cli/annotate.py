"""Commands for the user's annotations: summary, note, status, venue, tag, untag, tags."""

from __future__ import annotations

import sys
from typing import Annotated, Literal

import typer

from . import completion, output
from .application import app, fail, paged, settings
from .facts import local_time
from .papers import PaperArg


@app.command(rich_help_panel="Annotate")
def summary(
    ctx: typer.Context,
    paper: PaperArg,
    text: Annotated[str | None, typer.Argument(help="The one-line summary.")] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Remove the summary.")] = False,
) -> None:
    """Set (replace) a paper's one-line summary.

    Example: paperctl summary 2211.17192 "A small model drafts, the large one verifies in parallel."
    """
    if not clear and not (text and text.strip()):
        fail("give the summary text, or --clear", 2)
    with settings(ctx).open() as lib:
        p = lib.set_summary(paper, None if clear else text)
    output.message(f"{'Cleared' if clear else 'Set'} the summary of {p.citekey}")


def _write_note(lib, paper: str, current: str = "") -> str:  # type: ignore[no-untyped-def]
    """A note written in the editor, on a template naming the paper (see ``editing``)."""
    from .editing import note_template, note_text, run_editor

    p = lib.get(paper)  # an unknown paper fails before the editor opens
    text = note_text(run_editor(note_template(p.citekey, p.title, current), "NOTE.md"))
    if not text:
        fail("no note written (the editor was closed without text); nothing was saved")
    return text


@app.command(rich_help_panel="Annotate")
def note(
    ctx: typer.Context,
    paper: PaperArg,
    text: Annotated[str | None, typer.Argument(help="Note text; without it $EDITOR opens.")] = None,
    list_: Annotated[bool, typer.Option("--list", "-l", help="List the paper's notes.")] = False,
    delete: Annotated[int | None, typer.Option("--delete", metavar="N", help="Delete note N.")] = None,
    edit: Annotated[int | None, typer.Option("--edit", metavar="N", help="Replace note N.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="With --list: JSON (times in UTC, as stored).")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="With --delete: do not ask for confirmation.")] = False,
) -> None:
    """Append a timestamped note to a paper; list, edit or delete notes.

    Examples: paperctl note 2211.17192 "Speedup 2-3x on T5-XXL"
              paperctl note 2211.17192 --list
              paperctl note 2211.17192 --edit 1 "Speedup 2-3x on T5-XXL, no quality loss"
    """
    with settings(ctx).open() as lib:
        if list_:
            notes = lib.notes(paper)
            if as_json:
                output.print_json([n.__dict__ for n in notes])
            else:
                with paged(ctx):
                    for n in notes:
                        sys.stdout.write(f"{n.number}. [{local_time(n.created)}] {n.text}\n")
            return
        if delete is not None:
            if not yes:
                _confirm_delete(lib, paper, delete)
            removed = lib.delete_note(paper, delete)
            output.message(f"Deleted note {delete}: {removed.text[:60]}")
            return
        if edit is not None:
            current = lib.notes(paper)
            if not 1 <= edit <= len(current):
                fail(f"no note {edit}: the paper has {len(current)} note(s)")
            new_text = text if text is not None else _write_note(lib, paper, current[edit - 1].text)
            lib.edit_note(paper, edit, new_text)
            output.message(f"Updated note {edit}")
            return
        body = text if text is not None else _write_note(lib, paper)
        added = lib.add_note(paper, body)
    output.message(f"Added note {added.number}")


def _confirm_delete(lib, paper: str, number: int) -> None:
    """Ask before a note is deleted (a note is the user's own writing, and gone for good)."""
    p = lib.get(paper)
    if not 1 <= number <= len(p.notes):
        fail(f"no note {number}: the paper has {len(p.notes)} note(s)")
    if not sys.stdin.isatty():
        fail("refusing to delete a note without confirmation; pass --yes", 2)
    text = p.notes[number - 1].text
    excerpt = text if len(text) <= 60 else text[:59] + "…"
    typer.confirm(f"Delete note {number} of {p.citekey} ({excerpt!r})?", abort=True, err=True)


@app.command(rich_help_panel="Annotate")
def status(
    ctx: typer.Context,
    paper: PaperArg,
    value: Annotated[Literal["unread", "reading", "read"], typer.Argument(metavar="read|reading|unread")],
) -> None:
    """Set a paper's reading status.

    Example: paperctl status 2211.17192 read
    """
    with settings(ctx).open() as lib:
        p = lib.set_status(paper, value)
    output.message(f"{p.citekey} is now {value}")


@app.command(rich_help_panel="Annotate")
def venue(
    ctx: typer.Context,
    paper: PaperArg,
    value: Annotated[str | None, typer.Argument(help='e.g. "ICLR 2024 Oral"')] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Remove the venue.")] = False,
) -> None:
    """Set where a paper appeared (free text).

    Example: paperctl venue 2310.03016 "ICLR 2024 Oral"
    """
    if not clear and not (value and value.strip()):
        fail("give the venue, or --clear", 2)
    with settings(ctx).open() as lib:
        p = lib.set_venue(paper, None if clear else value)
    output.message(f"Venue of {p.citekey}: {p.venue or '(none)'}")


@app.command(rich_help_panel="Annotate")
def tag(
    ctx: typer.Context,
    paper: PaperArg,
    sections: Annotated[
        list[str],
        typer.Argument(metavar="SECTION...", help="Section paths, e.g. LLM/ICL.", shell_complete=completion.sections),
    ],
    new: Annotated[
        bool, typer.Option("--new", help="Create a section even if its name is close to an existing one.")
    ] = False,
) -> None:
    """Put a paper into sections (at the end of each section's order).

    A section is named by its path or an alias. A name that is no section yet
    creates one, and says so; a name close to an existing section (a typo, another
    case, an alias) is refused with "did you mean" unless --new.

    Example: paperctl tag 2211.17192 "LLM/Efficiency" "Reading group"
    """
    with settings(ctx).open() as lib:
        p, added, created = lib.tag(paper, sections, new=new)
    for path in created:
        output.message(f"Created section {path!r}")
    if added:
        output.message(f"{p.citekey} added to: {', '.join(added)}")
    else:
        output.message(f"{p.citekey} was already in those sections")


@app.command(rich_help_panel="Annotate")
def move(
    ctx: typer.Context,
    paper: PaperArg,
    section: Annotated[
        str | None,
        typer.Option("--in", metavar="SECTION", help="The section (needed if the paper is in several).",
                     shell_complete=completion.sections_of_paper),
    ] = None,
    to: Annotated[int | None, typer.Option("--to", metavar="N", min=1, help="To position N (1 is the top).")] = None,
    before: Annotated[
        str | None,
        typer.Option("--before", metavar="PAPER", help="Just before this paper.", shell_complete=completion.papers),
    ] = None,
    after: Annotated[
        str | None,
        typer.Option("--after", metavar="PAPER", help="Just after this paper.", shell_complete=completion.papers),
    ] = None,
    top: Annotated[bool, typer.Option("--top", help="To the top.")] = False,
    bottom: Annotated[bool, typer.Option("--bottom", help="To the bottom.")] = False,
) -> None:
    """Move a paper within a section's hand-made order (followed by list --tag and export --md).

    Examples: paperctl move 2309.06180 --in LLM/Efficiency --top
              paperctl move 2309.06180 --in LLM/Efficiency --after 2211.17192
    """
    if sum(x is not None for x in (to, before, after)) + top + bottom != 1:
        fail("say where to, once: --to N, --before PAPER, --after PAPER, --top or --bottom", 2)
    with settings(ctx).open() as lib:
        p, path, position, count = lib.move(paper, section, to=1 if top else to, before=before, after=after,
                                            bottom=bottom)
    output.message(f"{p.citekey} is now {position} of {count} in {path}")


@app.command(rich_help_panel="Annotate")
def untag(
    ctx: typer.Context,
    paper: PaperArg,
    sections: Annotated[
        list[str],
        typer.Argument(metavar="SECTION...", help="Sections to leave.", shell_complete=completion.sections_of_paper),
    ],
) -> None:
    """Take a paper out of sections.

    Example: paperctl untag 2211.17192 "Reading group"
    """
    with settings(ctx).open() as lib:
        p, removed = lib.untag(paper, sections)
    output.message(f"{p.citekey} removed from: {', '.join(removed)}")


@app.command(rich_help_panel="Annotate")
def tags(
    ctx: typer.Context,
    rename: Annotated[
        tuple[str, str] | None,
        typer.Option(metavar="OLD NEW", help="Rename a section (moves subsections; merges if NEW exists).",
                     shell_complete=completion.sections),
    ] = None,
    alias: Annotated[
        tuple[str, str] | None,
        typer.Option(metavar="SECTION ALIAS", help="Let ALIAS name SECTION in --tag filters.",
                     shell_complete=completion.sections),
    ] = None,
    unalias: Annotated[str | None, typer.Option(metavar="ALIAS", help="Remove an alias.")] = None,
    delete: Annotated[
        str | None,
        typer.Option("--delete", metavar="SECTION", help="Delete a section and its subsections.",
                     shell_complete=completion.sections),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="With --delete: also when it holds papers (they stay in the library).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Show the section tree with paper counts; rename, delete sections; manage aliases.

    Examples: paperctl tags
              paperctl tags --rename "LLM/ICL" "LLM/In-Context Learning"
              paperctl tags --alias "LLM/In-Context Learning" ICL
              paperctl tags --delete "Reading group" --force
    """
    with settings(ctx).open() as lib:
        if delete:
            deleted, untagged = lib.delete_section(delete, force=force)
            more = f" and {len(deleted) - 1} subsection(s)" if len(deleted) > 1 else ""
            papers = f"; {untagged} paper(s) taken out of it (still in the library)" if untagged else ""
            output.message(f"Deleted section {deleted[0]!r}{more}{papers}")
            return
        if rename:
            moved = lib.rename_section(*rename)
            output.message(f"Renamed {rename[0]!r} to {rename[1]!r} ({moved} section(s))")
            return
        if alias:
            path = lib.alias_section(*alias)
            output.message(f"{alias[1]!r} now names {path!r}")
            return
        if unalias:
            lib.remove_alias(unalias)
            output.message(f"Removed alias {unalias!r}")
            return
        tree = lib.sections()
    with paged(ctx):
        output.section_tree(tree, output.choose_format(None, as_json))
