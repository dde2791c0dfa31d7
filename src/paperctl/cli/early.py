"""A large Markdown list's reading begun before typer loads: ``paperctl import big.md``.

The workers that read a large list in parts (``formats.reading.read_ahead``) read
while this process does everything else. Started by the import command, they wait
for typer, click and the command's modules to load and for the command line to be
parsed: 40-60 ms of a 1 MB list's import, every part of which the workers would
have read sooner. ``begin`` starts them first, from the command line as ``main``
has it, and the import command takes them up (``take``).

The command line is read here only as far as it must be: the first file, and the
options that change how it is read. Anything this does not follow (an option it
does not know, ``--help``, ``--``) begins nothing, and the command begins the
reading itself, as it always did; typer still reads the whole command line and
says what is wrong with it. What is begun and not taken (a usage error, say) is
stopped at exit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..formats.reading import Ahead, MarkdownOptions

_FLAGS = {"--dry-run", "--fetch", "--json", "--read-if-summary", "--year-groups"}
_VALUED = {"--format", "--tag", "-t"}

_begun: Ahead | None = None


def wanted(args: list[str]) -> tuple[Path, str | None, bool, bool] | None:
    """What ``import`` *args* (the words after ``import``) read first, and how: the
    file, the ``--format`` given, ``--read-if-summary`` and ``--year-groups``; None
    when there is no file or something here is not plainly followed."""
    files: list[str] = []
    fmt: str | None = None
    flags: set[str] = set()
    words = iter(args)
    for word in words:
        name, eq, value = word.partition("=")
        if name in _VALUED and not (eq and name == "-t"):
            value = value if eq else next(words, "")
            if not value:
                return None
            if name == "--format":
                fmt = value
        elif word in _FLAGS:
            flags.add(word)
        elif word.startswith("-") and word != "-":
            return None  # --help, an option this does not know, "--": typer answers
        else:
            files.append(word)
    if not files or files[0] == "-":
        return None
    return Path(files[0]), fmt, "--read-if-summary" in flags, "--year-groups" in flags


def begin(args: list[str]) -> None:
    """Begin reading the list ``import`` *args* name, when it is large enough to be read
    in parts (see the module)."""
    global _begun
    import atexit

    from ..formats.reading import MarkdownOptions, read_ahead

    found = wanted(args)
    if found is None:
        return
    path, fmt, read_if_summary, year_groups = found
    _begun = read_ahead(path, fmt, MarkdownOptions(read_if_summary, year_groups))
    if _begun is not None:
        atexit.register(_begun.close)  # (a no-op once the command has taken and closed it)


def take(path: Path, markdown: MarkdownOptions) -> Ahead | None:
    """What ``begin`` began, when it reads *path* with *markdown*'s options (once: the
    caller closes it); else None, and a reading begun for something else is stopped."""
    global _begun
    ahead, _begun = _begun, None
    if ahead is None:
        return None
    if ahead.path == Path(path) and ahead.begun.options == (markdown.read_if_summary, markdown.year_groups):
        return ahead
    ahead.close()
    return None
