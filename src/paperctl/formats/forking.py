"""What the formats that read large files in forked worker processes share
(``bibtex/chunks.py``, ``markdown/parts.py``)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def sigint_held() -> Iterator[None]:
    """SIGINT blocked in this thread while workers are forked, delivered after: a worker
    forked meanwhile inherits it blocked, so a Ctrl-C cannot reach it before it has set its
    own handler (which leaves Ctrl-C to the parent, the one that rolls back and reports)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
