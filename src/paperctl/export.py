"""Exporting: which papers, in which order, and writing files safely.

The format writers (``markdown_io``, ``bibtex_io``, ``csl_io``, ``jsonl_io``)
are pure functions from papers to text; this module chooses the papers and
writes the result atomically (a temporary file in the same folder, then a
rename), so a failed export never leaves half a file. Output is
deterministic: the same library gives byte-identical text.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import PaperctlError
from .library import Library
from .models import Filters, Paper

FORMATS = ("md", "bib", "csl", "jsonl")


@dataclass
class Selection:
    """Which papers an export covers (``--tag``, ``--status``, ``--since``)."""

    tags: list[str] = field(default_factory=list)
    status: str | None = None
    since: str | None = None

    def filters(self, sort: str) -> Filters:
        return Filters(tags=list(self.tags), status=self.status, since=self.since, sort=sort)


def select(lib: Library, selection: Selection, sort: str = "added") -> list[Paper]:
    return lib.papers(selection.filters(sort))


def render(lib: Library, fmt: str, selection: Selection, **options) -> str:
    """The export of *selection* in *fmt* as text (see each writer for *options*)."""
    if fmt == "md":
        from . import markdown_io

        return markdown_io.export(lib, selection, **options)
    if fmt == "bib":
        from . import bibtex_io

        return bibtex_io.dumps(_by_key(select(lib, selection)), **options)
    if fmt == "csl":
        from . import csl_io

        return csl_io.dumps(_by_key(select(lib, selection)))
    if fmt == "jsonl":
        from . import jsonl_io

        return jsonl_io.dumps(select(lib, selection))
    raise PaperctlError(f"unknown export format {fmt!r}")


def _by_key(papers: list[Paper]) -> list[Paper]:
    """Bibliographies are sorted by citation key: stable, and easy to diff."""
    return sorted(papers, key=lambda p: p.citekey)


def write_atomic(path: Path, text: str) -> None:
    """Write *text* to *path* so that readers see the old file or the new one, never half."""
    path = Path(path)
    if path.is_dir():
        raise PaperctlError(f"{path} is a folder; give a file name")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise PaperctlError(f"cannot write {path}: folder {folder} does not exist")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o777)
        else:
            os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def is_current(path: Path, text: str) -> bool:
    """True when *path* already holds exactly *text* (``export --check``)."""
    try:
        return Path(path).read_bytes() == text.encode("utf-8")
    except FileNotFoundError:
        return False
