"""Parsing a large BibTeX file in pieces, in worker processes.

bibtexparser reads character by character in Python: about 0.17 ms an entry,
as much as writing the entry to the library. A file of more than
``PARALLEL_MIN`` characters is therefore cut between entries, and the pieces
are parsed by worker processes while the importer writes the pieces already
parsed. Pieces come back in file order, so the import (and its report) is the
same as a one-piece parse; ``tests/test_bibtex_chunks.py`` holds it to that.

A file with ``@string`` macros is parsed whole: a macro defined in one piece
may be used in any later one.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from typing import TypeVar

from ...errors import PaperctlError
from ..forking import sigint_held

T = TypeVar("T")

PARALLEL_MIN = 1_000_000  # characters (about 1,000 entries); below this a worker costs more than it saves
PIECE = 250_000  # characters a piece, about 250 entries
_ENTRY_START = re.compile(r"^[ \t]*@[ \t]*[A-Za-z]", re.MULTILINE)
_STRING_MACRO = re.compile(r"^[ \t]*@[ \t]*string[ \t]*[{(]", re.MULTILINE | re.IGNORECASE)


def pieces(text: str, size: int = PIECE) -> Iterator[tuple[int, str]]:
    """*text* cut into pieces of about *size* characters, each starting at an entry
    (an ``@`` at the start of a line, with every brace before it closed), as
    (0-based line of the piece's start, piece). Made one at a time: a 100k-entry
    file is not held twice.

    The brace depth is counted once over the text, however many ``@`` lines fail
    the test: after an entry left open, every later one does.
    """
    begin, line = 0, 0
    depth, counted = 0, 0  # the brace depth at position *counted*
    pos = size
    while pos < len(text):
        match = _ENTRY_START.search(text, pos)
        if not match:
            break
        start = match.start()
        depth += text.count("{", counted, start) - text.count("}", counted, start)
        counted = start
        if depth == 0:
            yield line, text[begin:start]
            line += text.count("\n", begin, start)
            begin, pos = start, start + size
        else:  # an "@" inside a braced value, or after an entry left open: not between entries
            pos = match.end()
    yield line, text[begin:]


def parsed(text: str, parse: Callable[[str, int], T]) -> Iterator[T]:
    """``parse(piece, first_line)`` of each piece of *text*, in order: in worker
    processes for a large file, else one call in this process."""
    workers = _workers()
    if len(text) < PARALLEL_MIN or workers < 1 or _STRING_MACRO.search(text):
        yield parse(text, 0)
        return
    yield from _in_workers(pieces(text), parse, workers)


def _workers() -> int:
    """Worker processes: one per core this process may use, up to 3; none on one core.

    On 2 cores, 2 workers beside the writing process beat 1 (10k entries: 3.4-3.6 s
    against 3.4-4.2 s): the writer then never waits for a piece."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return min(cores, 3) if cores > 1 else 0


_KILLED = "a process parsing the BibTeX file was killed (out of memory?); nothing was imported"


def _in_workers(todo: Iterator[tuple[int, str]], parse: Callable[[str, int], T], workers: int) -> Iterator[T]:
    """Results in order, with a few pieces in flight ahead of the one awaited
    (so that memory holds a few pieces, not the whole file twice)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork: a worker is ready at once, with paperctl already imported. It only parses
    # and never touches the library's connection it inherits.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_setup, initargs=(os.getpid(),))
    queue: deque = deque()

    def submit_next() -> None:
        item = next(todo, None)
        if item is not None:
            line, piece = item
            queue.append(pool.submit(parse, piece, line))

    try:
        # A killed worker breaks the pool: waiting for a result, or submitting more work
        # (at the start too, the moment the workers exist), then raises BrokenProcessPool.
        try:
            # The first submit starts the workers. Ctrl-C is held back meanwhile (and comes
            # after): a worker just forked, its handler not yet set, would print a traceback.
            with sigint_held():
                for _ in range(2 * workers + 2):
                    submit_next()
        except BrokenProcessPool:
            raise PaperctlError(_KILLED) from None
        while queue:
            try:
                result = queue.popleft().result()
                submit_next()
            except BrokenProcessPool:
                raise PaperctlError(_KILLED) from None
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _worker_setup(parent: int) -> None:
    """In each worker: Ctrl-C is the parent's to handle (it rolls back and reports),
    and a worker whose parent was killed exits instead of waiting for work forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # inherited blocked (see forking.sigint_held)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
