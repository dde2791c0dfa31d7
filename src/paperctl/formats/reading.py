"""What a reader gives an import: the papers read from a file, with where each was,
and what the reader says of the whole file (``importing`` writes it); and a file's
reading begun before the import opens the library (``read_ahead``).

Nothing here loads the library: the import command begins reading a large list
with this alone, and its worker processes start the sooner.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import PaperctlError
from ..models import PaperData

if TYPE_CHECKING:
    from .markdown.parts import Begun

_EXTENSIONS = {".bib": "bib", ".bibtex": "bib", ".md": "md", ".markdown": "md", ".jsonl": "jsonl",
               ".ndjson": "jsonl", ".json": "csl"}


@dataclass
class Source:
    """A paper read from a file, and where (line, or item number) it was."""

    data: PaperData
    where: int
    layout: object | None = None  # a Markdown entry's layout (markdown.layout.EntryLayout)


@dataclass
class Reading:
    """What a reader found in a file. ``sources`` may be a stream (JSON Lines is
    read line by line), so ``problems`` is complete only once it is consumed; a
    None in it says that the reader has given all it has for now (a Markdown list
    read in stages: what came is written while it reads on). ``total`` is where the
    last source can be (lines, or CSL items), for progress."""

    sources: Iterable[Source | None]
    total: int
    sections: list[str] = field(default_factory=list)  # in document order
    skipped: list[tuple[int, str]] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the reader says of the whole file
    layout: object | None = None  # a Markdown list's layout (markdown.layout.ListLayout)
    document: str | None = None  # a Markdown list's text, stored with its layout
    warnings: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class MarkdownOptions:
    """How to read a Markdown list whose conventions the file itself cannot tell."""

    read_if_summary: bool = False  # an entry with a summary is read, one without unread (the user's lists)
    year_groups: bool = False  # year headings only give a year; they are not sections (export --by-year)


class Restage(Exception):
    """A reading given in stages (``importing_markdown``) turned out, once whole, to begin
    otherwise than its first stage said: what was written of it is to be undone, and
    *reading*, the whole, written instead."""

    def __init__(self, reading: Reading) -> None:
        super().__init__("the whole list reads otherwise than its first part did")
        self.reading = reading


def detect_format(path: Path, text: str) -> str:
    """The format from the extension, else from the content."""
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt:
        return fmt
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "csl"
    if stripped.startswith("{"):
        return "jsonl"
    if stripped.startswith("@") or "\n@" in text[:5000]:
        return "bib"
    return "md"


@dataclass
class Ahead:
    """A file whose reading began before the library was opened (``read_ahead``)."""

    path: Path
    text: str
    fmt: str
    begun: Begun

    def close(self) -> None:
        """Stop its workers, if nothing took them up."""
        self.begun.close()


def read_ahead(path: Path, fmt: str | None = None, markdown: MarkdownOptions | None = None) -> Ahead | None:
    """Begin reading *path* now, when it is a Markdown list large enough to be read in
    parts: its workers start reading while the caller opens the library, and
    ``import_file(..., ahead=...)`` takes them up. None for anything else, or when the
    file cannot be read (``import_file`` then says why). The caller closes it.

    Started after the library is opened, the workers of a 1 MB list would wait for that
    and for this process to load the reader; started here, they read meanwhile.
    """
    from .markdown import parts

    try:
        path = Path(path)
        if not path.is_file() or path.stat().st_size < parts.PARALLEL_MIN or path.is_fifo():
            return None
        if (fmt or detect_format(path, read_head(path))) != "md":
            return None  # (read here only when it is a list: a 100k JSON Lines file is streamed)
        text = read_capped(path).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, PaperctlError):
        return None
    fmt = "md"
    from .markdown import ahead

    options = markdown or MarkdownOptions()
    begun = ahead.begin(text, options.read_if_summary, options.year_groups)
    return Ahead(path, text, fmt, begun) if begun is not None else None


# A reading list or bibliography read whole is held in memory as text (JSON Lines is
# streamed and has no limit): 1 GiB is far beyond any real one (the largest seen, a
# 100k-entry .bib, is 157 MB) and stops `import /dev/zero` or a mistaken disk image.
MAX_FILE = 1 << 30


def read_capped(path: Path) -> bytes:
    """The whole file, refused past ``MAX_FILE``."""
    with path.open("rb") as f:
        data = f.read(MAX_FILE + 1)
    if len(data) > MAX_FILE:
        raise PaperctlError(f"{path} is larger than {MAX_FILE >> 30} GiB: too large to be a reading list or"
                            " bibliography (JSON Lines files of any size are read as a stream)")
    return data


def read_head(path: Path) -> str:
    """The start of the file, enough to tell its format."""
    with path.open("rb") as f:
        return f.read(5000).decode("utf-8-sig", errors="replace")
