"""The command-line interface: a thin layer over ``paperctl.Library``.

Commands live in modules by concern (adding, papers, annotate, browse,
exporting, importing); importing them registers them on ``app``.
"""

from __future__ import annotations

import sys

from . import adding, annotate, browse, exporting, importing, maintenance, papers  # noqa: F401  (registers the commands)
from .app import app


def _command_name(info) -> str:  # type: ignore[no-untyped-def]
    return info.name or info.callback.__name__.replace("_", "-")


def _requested(argv: list[str]) -> str | None:
    """The subcommand named on the command line, skipping global options."""
    args = iter(argv)
    for arg in args:
        if arg == "--db":
            next(args, None)
        elif arg.startswith("-"):
            if not arg.startswith("--db="):
                return None  # --help, --version, or a mistake: the whole app answers
        else:
            return arg
    return None


def main() -> None:
    """Run the CLI. Typer turns every registered command into a click command on
    each run (about 4 ms each); only the one being run is built, unless the whole
    app is needed (help, version, an unknown name)."""
    name = _requested(sys.argv[1:])
    commands = app.registered_commands
    chosen = [info for info in commands if _command_name(info) == name]
    if chosen:
        app.registered_commands = chosen
    elif name is None and "--version" in sys.argv[1:] and "--help" not in sys.argv[1:]:
        app.registered_commands = []  # --version is answered before any command is looked at
    try:
        app()
    finally:
        app.registered_commands = commands


__all__ = ["app", "main"]
