"""Exporting: which papers, in which order, and writing files safely.

The format writers (``markdown.writer``, ``bibtex.writer``, ``csl``, ``jsonl``)
are pure functions from papers to text; this module chooses the papers (for
Markdown, ``exporting_markdown`` chooses the outline of sections they are
written under, and writes into a README) and writes the result atomically (a temporary file in the same folder, then a
rename), so a failed export never leaves half a file. Output is
deterministic: the same library gives byte-identical text.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import files
from ..errors import PaperctlError
from ..library import Library
from ..models import Paper
from ..store.query import crossrefs_last, load, matching_ids, section_places
from .selection import CHUNK, Selection

__all__ = ["FORMATS", "Selection", "is_current", "render", "render_chunks", "select", "write_atomic"]

FORMATS = ("md", "bib", "csl", "jsonl")


def select(lib: Library, selection: Selection, sort: str = "added") -> list[Paper]:
    return lib.papers(selection.filters(sort))


def _chunks(lib: Library, selection: Selection, sort: str, **parts: bool) -> Iterator[list[Paper]]:
    """The selected papers, CHUNK at a time; *parts* leave some out (see ``query.load``)."""
    ids = matching_ids(lib.conn, selection.filters(sort))
    if sort == "citekey":
        ids = crossrefs_last(lib.conn, ids)
    for start in range(0, len(ids), CHUNK):
        yield load(lib.conn, ids[start : start + CHUNK], **parts)


def render_chunks(lib: Library, fmt: str, selection: Selection, **options) -> Iterator[str]:
    """The export of *selection* in *fmt*, as pieces of text to write one after another.

    Papers are loaded ``CHUNK`` at a time, so a 100k-paper export never holds
    the whole library in memory (see each writer for *options*).
    """
    if fmt == "md":
        from .exporting_markdown import markdown

        yield markdown(lib, selection, **options)
    elif fmt == "bib":
        from .bibtex import writer as bibtex_io

        for n, papers in enumerate(_chunks(lib, selection, "citekey", abstracts=False, notes=False)):
            text = bibtex_io.dumps(papers, **options)
            yield ("\n" + text) if n and text else text
    elif fmt == "csl":
        from . import csl as csl_io

        yield csl_io.dumps(select(lib, selection, "citekey"))
    elif fmt == "jsonl":
        from . import jsonl as jsonl_io

        for papers in _chunks(lib, selection, "added"):
            yield jsonl_io.dumps(papers, section_places(lib.conn, [p.id for p in papers]))
    else:
        raise PaperctlError(f"unknown export format {fmt!r}")


def render(lib: Library, fmt: str, selection: Selection, **options) -> str:
    """The whole export as one string (see ``render_chunks``)."""
    return "".join(render_chunks(lib, fmt, selection, **options))


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write *text* (a string or pieces of one) to *path* so that readers see the old
    file or the new one, never half (see ``files``).

    A symbolic link is followed (its target is replaced, the link stays), and a
    path that is not a regular file (``/dev/stdout``, a pipe) is written in place.
    """
    pieces = [text] if isinstance(text, str) else text
    path = Path(path)
    try:
        if path.exists() and not path.is_file() and not path.is_dir():  # a pipe, a terminal, /dev/stdout
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.writelines(pieces)
            return
        _replace(files.check_target(path), pieces)
    except OSError as exc:
        raise PaperctlError(f"cannot write {path}: {exc.strerror or exc}") from None


def _replace(path: Path, pieces: Iterable[str]) -> None:
    with files.temporary_beside(path) as temp:
        with open(temp, "w", encoding="utf-8", newline="") as f:
            f.writelines(pieces)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o777)
        else:
            os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def is_current(path: Path, text: str | Iterable[str]) -> bool:
    """True when *path* already holds exactly *text* (``export --check``), compared
    piece by piece."""
    pieces = [text] if isinstance(text, str) else text
    try:
        with open(path, "rb") as f:
            for piece in pieces:
                data = piece.encode("utf-8")
                if f.read(len(data)) != data:
                    return False
            return f.read(1) == b""
    except FileNotFoundError:
        return False
