"""Exporting: which papers, in which order, and writing files safely.

The format writers (``markdown.writer``, ``bibtex.writer``, ``csl``, ``jsonl``)
are pure functions from papers to text; this module chooses the papers (and,
for Markdown, the outline of sections they are written under) and writes the
result atomically (a temporary file in the same folder, then a
rename), so a failed export never leaves half a file. Output is
deterministic: the same library gives byte-identical text.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import files
from ..errors import PaperctlError
from ..library import Library
from ..models import Filters, Paper
from ..store import sections
from ..store.query import load, matching_ids
from .markdown import markers
from .markdown import writer as md

FORMATS = ("md", "bib", "csl", "jsonl")


@dataclass
class Selection:
    """Which papers an export covers (``--tag``, ``--status``, ``--since``)."""

    tags: list[str] = field(default_factory=list)
    status: str | None = None
    since: str | None = None

    def filters(self, sort: str | None) -> Filters:
        return Filters(tags=list(self.tags), status=self.status, since=self.since, sort=sort)


CHUNK = 2000  # papers loaded at a time: memory stays flat however large the library


def select(lib: Library, selection: Selection, sort: str = "added") -> list[Paper]:
    return lib.papers(selection.filters(sort))


def _chunks(lib: Library, selection: Selection, sort: str, **parts: bool) -> Iterator[list[Paper]]:
    """The selected papers, CHUNK at a time; *parts* leave some out (see ``query.load``)."""
    ids = matching_ids(lib.conn, selection.filters(sort))
    for start in range(0, len(ids), CHUNK):
        yield load(lib.conn, ids[start : start + CHUNK], **parts)


def render_chunks(lib: Library, fmt: str, selection: Selection, **options) -> Iterator[str]:
    """The export of *selection* in *fmt*, as pieces of text to write one after another.

    Papers are loaded ``CHUNK`` at a time, so a 100k-paper export never holds
    the whole library in memory (see each writer for *options*).
    """
    if fmt == "md":
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
            yield jsonl_io.dumps(papers)
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


@dataclass
class _Node:
    name: str
    path: str
    depth: int
    ids: list[int]  # its selected papers, in section order
    conn: sqlite3.Connection

    @property
    def papers(self) -> list[Paper]:
        """Loaded when written, a section at a time (no abstracts: a list shows none)."""
        return load(self.conn, self.ids, abstracts=False)


def _outline(lib: Library, selection: Selection) -> list[_Node]:
    """Sections to write, in tree order, each with its selected papers in order."""
    conn = lib.conn
    wanted = set(sections.filter_ids(conn, selection.tags)) if selection.tags else None
    selected = set(matching_ids(conn, Filters(status=selection.status, since=selection.since)))
    members: dict[str, list[int]] = {}
    for path, pid in conn.execute(
        "SELECT s.path, ps.paper_id FROM paper_sections ps JOIN sections s ON s.id = ps.section_id"
        " ORDER BY s.position, ps.position"
    ):
        if pid in selected:
            members.setdefault(path, []).append(pid)
    ids = {row[1]: row[0] for row in conn.execute("SELECT id, path FROM sections")}
    keep: set[str] = set()
    for node in sections.tree(conn):
        if wanted is None or ids[node.path] in wanted:
            parts = node.path.split("/")
            keep.update("/".join(parts[: i + 1]) for i in range(len(parts)))
    nodes = []
    for node in sections.tree(conn):
        if node.path in keep:
            direct = [] if wanted is not None and ids[node.path] not in wanted else members.get(node.path, [])
            nodes.append(_Node(node.name, node.path, node.depth, direct, conn))
    if wanted is None:
        placed = {pid for pids in members.values() for pid in pids}
        loose = sorted(selected - placed)
        if loose:
            nodes.append(_Node(md.UNSECTIONED, md.UNSECTIONED, 0, loose, conn))
    return nodes


def read_document(path: Path) -> str:
    """A README to write into, exactly as it is (CRLF endings kept), or a one-line error."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PaperctlError(f"cannot read {path}: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig") if data.startswith(b"\xef\xbb\xbf") else data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PaperctlError(f"{path} is not UTF-8 text (line {line}); convert it to UTF-8 first") from None


def markdown(
    lib: Library,
    selection: Selection,
    options: md.MarkdownOptions | None = None,
    template: Path | None = None,
    into: Path | None = None,
    style_given: bool = True,
) -> str:
    """The reading list as Markdown; with *into*, the whole new content of that file.

    *style_given* False means the user chose no style: ``auto`` for ``--into`` a
    file that was imported, else ``numbered`` (as *options* says)."""
    options = options or md.MarkdownOptions()
    if options.style not in md.STYLES:
        raise PaperctlError(f"unknown style {options.style!r}: use one of {', '.join(md.STYLES)}")
    document = block = None
    if into is not None:
        document = read_document(into)
        block = markers.find(document, str(into))
        if block is None:
            raise PaperctlError(f"{into} has no '{markers.BEGIN}' ... '{markers.END}' markers to write between")
    # GitHub numbers repeated anchors in document order: the preface comes first.
    seen = md.existing_slugs(markers.before(document, block)) if document is not None and block else {}
    nodes = _outline(lib, selection)
    if template is not None:
        text = md.render_template(template, md.template_context(nodes, options, seen))
    else:
        text = md.render(nodes, options, seen)
    if document is not None and block is not None:
        return markers.splice(document, block, text)
    return text
