"""The Typer application, its global options, and the one place errors become messages.

Core errors (``PaperctlError``) are turned into ``Error: <message>`` on stderr
and the error's exit code here, in ``_Group.invoke``; commands never catch
them one by one.
"""

# No ``from __future__ import annotations`` here: typer reads the annotations of the
# command it runs with ``typing.get_type_hints``, which compiles every string annotation
# with eval, on every run. As objects they are made once, at import, from the byte code.
# For the global options, read by every command: ~4 million instructions (1 ms) a run.

import os
import sqlite3
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError  # typer 0.28 vendors click
from typer.core import TyperGroup

from ..errors import NoLibrary, PaperctlError
from ..location import library_path
from . import output

if TYPE_CHECKING:
    from ..library import Library


class _Group(TyperGroup):
    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        failed = True
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a closed pipe shows here, not at exit
            failed = False
            return result
        except typer.Exit as exc:
            failed = exc.exit_code != 0
            raise
        except BrokenPipeError:
            # `paperctl list | head -1`: the reader has what it wanted. Not an error, or
            # `set -o pipefail` scripts would fail (click's own handling exits 1).
            failed = False
            _drop_stdout()
            raise typer.Exit(0) from None
        except PaperctlError as exc:
            fail(str(exc), exc.exit_code)
        except sqlite3.OperationalError as exc:
            from ..store.db import explain

            path = ctx.obj.path() if isinstance(ctx.obj, Settings) else None
            explained = explain(exc, path) if path else exc
            fail(str(explained) if explained is not exc else f"database error on {path}: {exc}")
        except sqlite3.DatabaseError as exc:
            fail(f"the library file is damaged ({exc}); 'paperctl check' tells more, a backup may help")
        except KeyboardInterrupt:
            fail(_interrupted(ctx.find_object(Settings)), 130)
        finally:
            settings = ctx.find_object(Settings)
            if settings is not None:
                _report_key_changes(settings)
            if settings is not None and settings.created is not None:
                _settle_new_library(settings.created, failed)

    def main(self, *args, standalone_mode: bool = True, **kwargs):  # type: ignore[no-untyped-def]
        """Usage mistakes get the same one-line ``Error:`` as every other error."""
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            result = super().main(*args, standalone_mode=False, **kwargs)
        except NoArgsIsHelpError as exc:
            typer.echo(exc.ctx.get_help() if exc.ctx else exc.format_message())
            sys.exit(0)
        except UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "paperctl"
            typer.echo(f"Error: {exc.format_message()} (see '{where} --help')", err=True)
            sys.exit(exc.exit_code)
        except ClickException as exc:
            typer.echo(f"Error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo("Aborted; nothing was changed.", err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)

    def list_commands(self, ctx) -> list[str]:  # type: ignore[no-untyped-def]
        # Keep the order commands were registered in (by task), not alphabetical.
        return list(self.commands)


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so that what is still buffered is not flushed into
    the closed pipe at exit (Python would print 'Exception ignored ... BrokenPipeError')."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests' captured output)
        pass


def _settle_new_library(path: Path, failed: bool) -> None:
    """A library this command created: said so, or, when the command failed before
    anything went into it, removed again (a failed command writes nothing)."""
    from ..store.db import remove_if_unused

    if failed and remove_if_unused(path):
        return
    sys.stderr.write(f"Created library at {path}\n")


def _interrupted(settings: "Settings | None") -> str:
    """What a Ctrl-C left: a change already committed stays (an import interrupted while
    its report prints is saved whole), the transaction in progress was rolled back."""
    if settings is not None and any(lib.commits for lib in settings.opened):
        return "interrupted; what was saved before it stays saved, the step in progress (if any) was rolled back"
    return "interrupted; the step in progress was rolled back, nothing is half-written"


def fail(message: str, code: int = 1) -> None:
    """Print a one-line error to stderr and exit with *code*."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


app = typer.Typer(
    cls=_Group,
    name="paperctl",
    help="Keep an annotated reading list of papers: summaries, notes, sections, search, export.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,  # --install-completion, --show-completion; values: see completion.py
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _report_key_changes(settings: "Settings") -> None:
    """Every citation key paperctl changed by itself during the command (a provisional
    ``anon...`` key made real by refresh, resolve, edit or import --fetch), old and new:
    a LaTeX document that cites the old key must be told."""
    for lib in settings.opened:
        for old, new in lib.key_changes:
            sys.stderr.write(f"Citation key changed: {old} -> {new} ({old} still finds it)\n")
        lib.key_changes.clear()


class Settings:
    """The global options of one command, and the libraries it opened. (A plain class:
    a dataclass compiles its methods at every start, ~2.5 million instructions.)"""

    def __init__(self, db: str | None = None, pager: bool = True) -> None:
        self.db = db
        self.pager = pager  # False: --no-pager
        self.created: Path | None = None  # the library file this command created, if it did
        self.opened: list[Library] = []  # for the key changes to report

    def path(self) -> Path:
        return library_path(self.db)

    def open(self, *, create: bool = False) -> "Library":
        """Open the library; only commands that add papers create a missing one."""
        path = self.path()
        existed = path.exists()
        try:
            from ..library import Library  # not at start-up: --version and --help need none of it

            lib = Library(path, create=create, on_wait=output.message)
        except FileNotFoundError:
            raise NoLibrary(
                f"no library at {path}; create one with 'paperctl init' or 'paperctl add'"
            ) from None
        if not existed:  # made by the first add or import: said at the end (see _Group.invoke)
            self.created = path
        self.opened.append(lib)
        return lib


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"paperctl {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db", metavar="PATH", envvar="PAPERCTL_DB", show_envvar=True,
            help="Library file. Default: nearest data/library.db upwards, else the user data folder.",
        ),
    ] = None,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Print long output straight to the terminal (see PAPERCTL_PAGER).")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    ctx.obj = Settings(db, pager=not no_pager)


def settings(ctx: typer.Context) -> "Settings":
    return ctx.ensure_object(Settings)


def paged(ctx: typer.Context) -> AbstractContextManager[None]:
    """Long output through the pager, on a terminal, unless --no-pager (see ``pager``).
    Piped output (most scripted runs) does not even import the pager module."""
    if not sys.stdout.isatty():
        from contextlib import nullcontext

        return nullcontext()
    from .pager import paged as through_pager

    return through_pager(settings(ctx).pager)
