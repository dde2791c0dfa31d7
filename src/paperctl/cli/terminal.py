"""The terminal guard: whatever a command writes to a terminal is made printable.

Library text (titles, notes, link names, section names) comes from files other
people wrote. On a terminal, an escape sequence in it could retitle the window,
clear the screen or hide text, and a bidirectional override could make a title
read backwards. Every command's plain writes (``sys.stdout.write``, click's
``echo`` and prompts, CSV) go through ``text.printable`` here, once, instead of
at each call site. rich draws through ``rich_proxied_file`` (the stream
underneath): its own colour codes must pass, and everything it draws is built
from already-printable ``Text`` in ``views``. Pipes and files are not wrapped:
there the bytes are data.
"""

from __future__ import annotations

import io
import sys
from typing import TextIO

from ..text import printable


class Guarded(io.TextIOBase):
    """A text stream that writes only printable text to the terminal *stream*."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    @property
    def rich_proxied_file(self) -> TextIO:
        """Where rich writes (rich looks for this attribute on sys.stdout)."""
        return self._stream

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return self._stream.errors

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._stream.fileno()

    def writable(self) -> bool:
        return True


def guard_terminal() -> None:
    """Wrap stdout and stderr in ``Guarded`` where they are terminals."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, Guarded) and stream.isatty():
            setattr(sys, name, Guarded(stream))
