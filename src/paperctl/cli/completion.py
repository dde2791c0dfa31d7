"""Values completed on TAB: papers wherever a PAPER goes, sections wherever a SECTION
goes, link names. (Statuses and formats are choices, which Typer completes itself.)

Typer calls these with what has been typed so far; they read the library the
command line names (``--db``, ``$PAPERCTL_DB``, or the nearest one) and never
print or fail: a missing or unreadable library completes nothing. Everything
here is imported only when the shell asks for completions.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# These are click-style ``shell_complete`` callbacks, not Typer's ``autocompletion``:
# Typer keeps only values that start with the typed text exactly, which drops
# "LLM/In-Context Learning" for "llm/" or "icl", and every value bash needs escaped
# ("Reading\ group"). Typer 0.28 still passes ``shell_complete`` on, with a
# deprecation warning when the command is built; that warning is about this choice.
warnings.filterwarnings("ignore", message="In Typer, only the parameter 'autocompletion' is supported",
                        category=DeprecationWarning)

# Link names offered beside a paper's own (README's examples, and what lists use).
COMMON_LINKS = ("code", "project", "openreview", "video", "slides", "blog", "data", "demo", "poster")
HELP_WIDTH = 70
# What ``open PAPER TARGET`` accepts besides a link's name.
OPEN_TARGETS = {"page": "the paper's page (the default)", "pdf": "the PDF", "file": "the attached local file"}


@contextmanager
def _library(ctx: Any) -> Iterator[Any]:
    """The library of this command line, or None when there is none to read."""
    from ..library import Library
    from ..location import library_path

    try:
        path = library_path(ctx.find_root().params.get("db"))
        lib = Library(path, create=False)
    except Exception:  # noqa: BLE001 -- completion must never fail or print
        yield None
        return
    try:
        yield lib
    finally:
        lib.close()


def _value(text: str) -> str:
    """A value as the shell should insert it: bash inserts completions literally, so
    a space must come escaped ("Reading\\ group"); zsh and fish quote for themselves."""
    if os.environ.get("_PAPERCTL_COMPLETE") == "complete_bash":
        return text.replace("\\", "\\\\").replace(" ", "\\ ")
    return text


def _help(text: str) -> str:
    """A title as a completion's description: one printable line, no rich markup."""
    from ..text import printable

    line = printable(" ".join(text.split()))
    line = line if len(line) <= HELP_WIDTH else line[: HELP_WIDTH - 1] + "…"
    return line.replace("[", "\\[")


def _items(pairs: list[tuple[str, str]]) -> list[Any]:
    from typer._click.shell_completion import CompletionItem  # typer 0.28 vendors click

    return [CompletionItem(_value(value), help=what or None) for value, what in pairs]


def papers(ctx: Any, param: Any, incomplete: str) -> list[Any]:
    """Citation keys (and arXiv IDs, after a digit) starting with what is typed, with titles."""
    with _library(ctx) as lib:
        if lib is None:
            return []
        return _items([(name, _help(title)) for name, title in lib.complete(incomplete)])


def sections(ctx: Any, param: Any, incomplete: str) -> list[Any]:
    """Section paths and aliases starting with what is typed (case aside); a path whose
    last part starts with it too, as ``--tag`` accepts trailing parts."""
    with _library(ctx) as lib:
        if lib is None:
            return []
        return _items(_matching_sections(lib.sections(), incomplete))


def _matching_sections(tree: list[Any], incomplete: str, only: set[str] | None = None) -> list[tuple[str, str]]:
    typed = incomplete.casefold()
    found: list[tuple[str, str]] = []
    for s in tree:
        if only is not None and s.path not in only:
            continue
        path = s.path.casefold()
        if path.startswith(typed) or path.rsplit("/", 1)[-1].startswith(typed):
            found.append((s.path, f"{s.total} paper{'s' if s.total != 1 else ''}"))
        for alias in s.aliases:
            if alias.casefold().startswith(typed):
                found.append((alias, _help(f"alias of {s.path}")))
    return found


def _paper_typed(ctx: Any) -> str:
    """The PAPER given before the value being completed. While an option's value is
    completed (``move PAPER --in <TAB>``) click has not parsed the arguments yet: the
    first one left over is the paper."""
    return ctx.params.get("paper") or (ctx.args[0] if ctx.args else "")


def sections_of_paper(ctx: Any, param: Any, incomplete: str) -> list[Any]:
    """For ``untag PAPER SECTION`` and ``move PAPER --in SECTION``: the sections that paper is in."""
    with _library(ctx) as lib:
        if lib is None:
            return []
        try:
            tags = set(lib.get(_paper_typed(ctx)).tags)
        except Exception:  # noqa: BLE001 -- an unknown paper: offer every section
            tags = None
        return _items(_matching_sections(lib.sections(), incomplete, tags))


def link_names(ctx: Any, param: Any, incomplete: str) -> list[Any]:
    """For ``link PAPER NAME``: the paper's link names, then the common ones."""
    names: dict[str, str] = {}
    with _library(ctx) as lib:
        if lib is not None:
            try:
                names = {name: _help(url) for name, url in lib.get(_paper_typed(ctx)).links.items()}
            except Exception:  # noqa: BLE001
                names = {}
    for name in COMMON_LINKS:
        names.setdefault(name, "")
    return _items([(name, what) for name, what in names.items() if name.startswith(incomplete.lower())])


def open_targets(ctx: Any, param: Any, incomplete: str) -> list[Any]:
    """For ``open PAPER TARGET``: page, pdf, file, and the paper's link names."""
    found = dict(OPEN_TARGETS)
    with _library(ctx) as lib:
        if lib is not None:
            try:
                found.update({name: _help(url) for name, url in lib.get(_paper_typed(ctx)).links.items()})
            except Exception:  # noqa: BLE001
                pass
    return _items([(name, what) for name, what in found.items() if name.startswith(incomplete.lower())])
