"""What the formats that read large files in forked worker processes share
(``bibtex/chunks.py``, ``markdown/parts.py``)."""

from __future__ import annotations

import gc
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


@contextmanager
def paused_collection() -> Iterator[None]:
    """Reading makes a few objects per character and frees them by reference counting;
    Python's cycle collector would meanwhile walk everything still alive again and again
    (three full passes over a 1 MB list: an eighth of the reading). It is paused while a
    list is read, and runs as usual after: what it would find is bounded by the one
    document. (While the entries are written, ``importing`` makes it run less often.)

    Enabled again as it was, the collector would at once walk every object made
    while it slept (all of the list's reading, still alive: 40 ms for a 1 MB list)
    only to keep them all. They are moved straight to the oldest generation instead
    (``freeze`` then ``unfreeze``: no object is walked), which a full collection
    still visits in its time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():  # (a program that froze objects itself keeps them frozen)
                gc.freeze()
                gc.unfreeze()
            gc.enable()
