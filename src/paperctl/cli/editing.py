"""Writing in the user's editor: a note, or a whole entry (``edit PAPER`` without options).

The editor is ``$VISUAL``, else ``$EDITOR``, else ``vi`` when there is a terminal to
run it on. Without a terminal and without either variable no editor is started (a
script would hang on an editor nobody sees): that is a clear error instead.

An edited entry is read (``entry_text``), compared with the paper, and what changed
is applied in one transaction: all of it, or, on any error, none. On a terminal
the error is shown and the editor opens again on the user's text; otherwise the
command ends with the error and nothing written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from ..errors import InvalidValue, NearSection, PaperctlError
from . import entry_text, output
from .application import fail

# Notes may hold Markdown headings (#), so a note's template keeps its comments below
# a scissors line, as git's commit template does: everything from it on is left out.
SCISSORS = "# ------------------------ >8 ------------------------"


def editor_command() -> str | None:
    """The editor to start, or None when none may be (no terminal, nothing configured)."""
    chosen = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if chosen:
        return chosen
    if sys.stdin.isatty() and sys.stdout.isatty():
        return "vi"
    return None


def run_editor(text: str, file_name: str) -> str:
    """Let the user edit *text* in their editor (as git commit does); the saved text."""
    import shlex
    import subprocess
    import tempfile  # these three only when an editor is opened (tempfile alone costs ~2 ms)

    command = editor_command()
    if command is None:
        fail("no editor to open: there is no terminal and neither $VISUAL nor $EDITOR is set;"
             " give the text on the command line, or set $EDITOR", 2)
    assert command is not None
    with tempfile.TemporaryDirectory(prefix="paperctl-") as folder:
        path = Path(folder) / file_name
        path.write_text(text, encoding="utf-8")
        try:
            result = subprocess.run([*shlex.split(command), str(path)])
        except OSError as exc:
            fail(f"cannot start the editor {command!r}: {exc.strerror or exc}; set $EDITOR")
        if result.returncode != 0:
            fail(f"the editor {command!r} exited with status {result.returncode}; nothing was changed")
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            fail("the edited text is not UTF-8; nothing was changed")
    return ""  # not reached


# -- notes ---------------------------------------------------------------------------------------


def note_template(key: str, title: str, current: str = "") -> str:
    """What the editor opens for a note: its text (empty for a new one), then the
    paper's title and how to write, below the scissors line."""
    return (f"{current}\n{SCISSORS}\n# Note on {key}: {entry_text.one_line(title)}\n"
            "# Write the note above the line; everything from the line down is left out,\n"
            "# and an empty note is not saved.\n")


def note_text(saved: str) -> str:
    """The note the user wrote: the text above the scissors line, trimmed."""
    return saved.split(SCISSORS, 1)[0].strip()


# -- whole entries --------------------------------------------------------------------------------


def edit_entry(lib: Any, ref: str) -> Any:
    """Open the paper as text in the editor and apply what the user changed; the paper
    afterwards (None: nothing changed)."""
    paper = lib.get(ref)
    original = entry_text.render(paper)
    text = original
    while True:
        saved = run_editor(text, f"{paper.citekey}.paperctl.txt")
        if not saved.strip() or saved == original:
            return None
        try:
            return apply(lib, paper, entry_text.parse(saved))
        except (entry_text.EntryError, PaperctlError) as exc:
            if not (sys.stdin.isatty() and sys.stderr.isatty()):
                fail(f"{exc}; nothing was changed", 2)
            output.message(f"Error: {exc}")
            import typer

            if not typer.confirm("Edit again?", default=True, err=True):
                fail("nothing was changed", 1)
            text = entry_text.with_error(saved, str(exc))


def apply(lib: Any, paper: Any, edited: entry_text.EntryText) -> Any:
    """Apply the differences between *edited* and *paper* in one transaction (the
    Library's own writes nest in it as savepoints): all of them, or none."""
    ref = str(paper.id)  # the key may change on the way (a provisional one, once authors are known)
    columns: dict[str, Any] = {}
    special: dict[str, str] = {}
    for name, value in edited.scalars.items():
        get, target = entry_text.SCALARS[name]
        if value == entry_text.one_line(get(paper)):
            continue
        if target.startswith(":"):
            special[target[1:]] = value
        elif target == "year":
            columns["year"] = _year(value)
        else:
            columns[target] = value or None
    authors = None
    if edited.authors is not None and [(a.name, a.affiliation) for a in edited.authors] != [
            (entry_text.one_line(a.name), a.affiliation and entry_text.one_line(a.affiliation)) for a in paper.authors]:
        authors = edited.authors
    created: list[str] = []
    with lib.transaction():
        if columns or authors is not None:
            lib.edit(ref, authors=authors, **columns)
        if "status" in special:
            lib.set_status(ref, special["status"])
        if edited.summary is not None and edited.summary != entry_text.one_line(paper.summary):
            lib.set_summary(ref, edited.summary or None)
        if edited.abstract is not None and edited.abstract != entry_text.one_line(paper.abstract):
            lib.edit(ref, abstract=edited.abstract or None)
        created = _apply_sections(lib, ref, paper, edited.sections)
        _apply_links(lib, ref, paper, edited.links)
        _apply_fields(lib, ref, paper, edited.fields, special.get("entry_type"))
    for name in created:  # said once the transaction holds: a rolled-back section was never made
        output.message(f"Created section {name!r}")
    return lib.get(ref)


def _year(value: str) -> int | None:
    if not value:
        return None
    if not value.isdigit():
        raise InvalidValue(f"year: {value!r} is not a year")
    return int(value)


def _apply_sections(lib: Any, ref: str, paper: Any, sections: list[tuple[str, bool]] | None) -> list[str]:
    """Untag what was removed, tag what was added (by ``tag``'s rules); the sections created."""
    if sections is None:
        return []
    current = {path.casefold(): path for path in paper.tags}
    wanted = {path.casefold() for path, _ in sections}
    leaving = [path for key, path in current.items() if key not in wanted]
    if leaving:
        lib.untag(ref, leaving)
    created: list[str] = []
    for path, create in sections:
        if path.casefold() not in current:
            try:
                created += lib.tag(ref, [path], new=create)[2]
            except NearSection as exc:  # the editor's way to insist is "+ Name", not --new
                raise InvalidValue(f"sections: no section {exc.name!r} yet; did you mean: {', '.join(exc.near)}?"
                                   f" (write '- + {exc.name}' to create it)") from None
    return created


def _apply_links(lib: Any, ref: str, paper: Any, links: dict[str, str] | None) -> None:
    if links is None:
        return
    for name in paper.links:
        if name not in links:
            lib.remove_link(ref, name)
    for name, url in links.items():
        if paper.links.get(name) != url:
            if not url:
                raise InvalidValue(f"links: {name!r} has no URL (remove its line to remove the link)")
            lib.set_link(ref, name, url)


def _apply_fields(lib: Any, ref: str, paper: Any, fields: dict[str, str] | None, entry_type: str | None) -> None:
    changes: dict[str, str | None] = {}
    if fields is not None:
        current = {f.name: entry_text.one_line(f.value) for f in paper.fields if f.value is not None}
        changes = {name: None for name in current if name not in fields}
        changes.update({name: value or None for name, value in fields.items() if current.get(name) != value})
    if changes or entry_type is not None:
        lib.set_fields(ref, changes, entry_type=entry_type)
