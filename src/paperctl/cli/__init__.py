"""The command-line interface: a thin layer over ``paperctl.Library``.

Commands live in modules by concern (adding, papers, annotate, browse,
exporting, importing, maintenance); importing a module registers its commands
on the Typer app (``application.py``). ``paperctl.cli.app`` is that app with
every command registered, for tests and for embedding. ``main`` imports only
the module of the command being run: the others cost every command about
5 ms of start-up.
"""

from __future__ import annotations

import gc
import importlib
import sys
from typing import Any, NoReturn

# Which module registers each command. ``test_cli.py`` holds this to what the modules register.
COMMAND_MODULES = {
    "add": "adding", "find": "adding", "refresh": "adding", "resolve": "adding",
    "show": "papers", "edit": "papers", "link": "papers", "open": "papers", "attach": "papers", "rm": "papers",
    "summary": "annotate", "note": "annotate", "status": "annotate", "venue": "annotate", "tag": "annotate",
    "untag": "annotate", "tags": "annotate", "move": "annotate",
    "list": "browse", "search": "browse", "info": "browse", "stats": "browse", "init": "browse",
    "export": "exporting", "import": "importing",
    "backup": "maintenance", "check": "maintenance",
    "venues": "venues",
    "key": "identity", "duplicates": "identity", "merge": "identity",
}


def load_commands(*modules: str) -> Any:
    """The Typer app with the commands of *modules* (all of them when none is named)."""
    for module in modules or sorted(set(COMMAND_MODULES.values())):
        importlib.import_module(f"{__name__}.{module}")
    from .application import app

    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return load_commands()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _command_name(info) -> str:  # type: ignore[no-untyped-def]
    return info.name or info.callback.__name__.replace("_", "-")


def _requested_at(argv: list[str]) -> int | None:
    """Where in *argv* the subcommand is named, skipping global options."""
    n = 0
    while n < len(argv):
        arg = argv[n]
        if arg == "--db":
            n += 1
        elif arg.startswith("-"):
            if not arg.startswith("--db=") and arg != "--no-pager":
                return None  # --help, --version, or a mistake: the whole app answers
        else:
            return n
        n += 1
    return None


def main() -> None:
    """Run the CLI. Only the module of the command being run is imported, and
    Typer turns only that command into a click command (about 4 ms each); the
    whole app is loaded for help and for names it does not know."""
    gc.disable()  # while the modules load (see _collect_again)
    from .terminal import guard_terminal

    guard_terminal()
    argv = sys.argv[1:]
    at = _requested_at(argv)
    name = None if at is None else argv[at]
    try:
        if name == "import":  # a large list's workers start now, not once typer has loaded
            from . import early

            early.begin(argv[at + 1:])
        if name is None and "--version" in argv and "--help" not in argv:
            from .application import app  # --version is answered before any command is looked at

            commands = app.registered_commands
        elif name in COMMAND_MODULES:
            app = load_commands(COMMAND_MODULES[name])
            commands = app.registered_commands
            app.registered_commands = [info for info in commands if _command_name(info) == name]
        else:
            app = load_commands()
            commands = app.registered_commands
    except KeyboardInterrupt:  # Ctrl-C while the modules load: nothing has started yet
        sys.stderr.write("Error: interrupted before anything was done\n")
        sys.exit(130)
    _collect_again()
    try:
        app()
    except SystemExit as exc:
        status = exc.code
    else:
        status = 0
    finally:
        app.registered_commands = commands
    leave(status)


def _collect_again() -> None:
    """Let Python's cycle collector run again, once the command's modules are loaded.

    What loading makes (modules, classes, functions, compiled patterns) lives as long as
    the process; the collector walked it 30-odd times as it grew (about 10 ms of a 1 MB
    list's import, a few of every command), to free nothing. It is off meanwhile, and what
    was made is then moved to the oldest generation unwalked (``freeze`` then ``unfreeze``,
    as ``markdown.reader.paused_collection`` does), where a full collection still visits it.
    """
    if not gc.get_freeze_count():  # (a program that froze objects itself keeps them frozen)
        gc.freeze()
        gc.unfreeze()
    gc.enable()


def leave(status: object) -> NoReturn:
    """End the process once the command is done, without tearing the interpreter down.

    Python's own exit frees every module and object one at a time and runs the
    cycle collector over them: 35 ms after a short command, 100 ms after a 1 MB
    import, none of it useful to anyone. What a normal exit does that matters is
    done here: the atexit handlers run (temporary folders are removed, worker
    processes joined, logs flushed) and stdout and stderr are flushed. Where a
    thread other than this one still runs, the normal exit waits for it instead.
    """
    import atexit
    import os
    import threading

    code = _exit_code(status)
    run_exitfuncs = getattr(atexit, "_run_exitfuncs", None)
    if threading.active_count() > 1 or run_exitfuncs is None:
        sys.exit(status)
    run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except BrokenPipeError:  # the reader went away: what it wanted, it has
            pass
        except (OSError, ValueError):
            code = code or 120  # what Python itself exits with when stdout cannot be flushed
    os._exit(code)


def _exit_code(status: object) -> int:
    """The exit status ``sys.exit(status)`` would give; a message is printed, as it would."""
    if status is None:
        return 0
    if isinstance(status, int):
        return status & 0xFF
    print(status, file=sys.stderr)
    return 1


__all__ = ["COMMAND_MODULES", "app", "leave", "load_commands", "main"]
