"""Long output on a terminal goes through a pager, as git's does.

The pager is ``$PAPERCTL_PAGER``, else ``$PAGER``, else ``less -R -F -X`` (colours
kept, output that fits on one screen printed and left at once, the screen not
cleared). An empty value or ``cat`` turns paging off, as ``--no-pager`` does.
When the pager is ``less`` and ``$LESS`` is unset, ``LESS=-R -F -X`` is set for it,
so that a bare ``PAGER=less`` behaves the same. Output to a pipe or a file is never
paged. While a pager runs, the command's messages (the "170 papers" after a table)
go into the pager after the data, instead of over the pager's screen; the pager
quitting early is a closed pipe, which ends the command quietly (``application``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

DEFAULT = "less -R -F -X"
_active: dict[str, Any] = {}  # "columns" and "stream" while a pager reads our output


def command(environ: dict[str, str] | os._Environ[str]) -> list[str] | None:
    """The pager to run, as arguments; None when paging is turned off."""
    import shlex

    for name in ("PAPERCTL_PAGER", "PAGER"):
        if name in environ:
            value = environ[name].strip()
            return shlex.split(value) if value and value != "cat" else None
    return shlex.split(DEFAULT)


def active() -> bool:
    return bool(_active)


def console_options() -> dict[str, Any]:
    """What a rich Console needs to draw for the terminal behind the pager (it sees a pipe)."""
    if not _active:
        return {}
    return {"force_terminal": True, "width": _active["columns"]}


def message_stream():  # type: ignore[no-untyped-def]
    """Where human messages go: into the pager while one runs, else stderr."""
    return _active.get("stream") or sys.stderr


@contextmanager
def paged(enabled: bool = True) -> Iterator[None]:
    """Send what the block writes to stdout through the pager, when stdout is a terminal."""
    if not enabled or _active or not sys.stdout.isatty():
        yield
        return
    argv = command(os.environ)
    if argv is None:
        yield
        return
    import io
    import shutil
    import subprocess

    from .terminal import Guarded

    columns = shutil.get_terminal_size().columns
    env = dict(os.environ)
    env.setdefault("LESS", "-R -F -X")
    env.setdefault("LV", "-c")
    sys.stdout.flush()
    try:
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, env=env)
    except OSError:  # no such pager: print as if there were none
        yield
        return
    assert proc.stdin is not None
    raw = io.TextIOWrapper(proc.stdin, encoding="utf-8", errors="replace")
    stream = Guarded(raw)  # library text stays printable on the way to the terminal
    saved = sys.stdout
    sys.stdout = stream  # type: ignore[assignment]
    _active.update(columns=columns, stream=stream)
    try:
        yield
        stream.flush()
    finally:
        sys.stdout = saved
        _active.clear()
        _close(raw, proc)


def _close(raw: Any, proc: Any) -> None:
    """Close the pager's input and wait until the user leaves it (Ctrl-C is the pager's then)."""
    import signal

    try:
        raw.close()
    except OSError:  # the pager quit before reading everything
        pass
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        proc.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
