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
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import files
from ..errors import PaperctlError
from ..library import Library
from ..models import Filters, Paper
from ..store import layouts, sections
from ..store.query import crossrefs_last, load, matching_ids, section_places
from .markdown import auto, markers, shapes
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
    tree = sections.tree(conn)
    direct = {node.path: [] if wanted is not None and ids[node.path] not in wanted else members.get(node.path, [])
              for node in tree}
    # Never an empty heading, but for a placeholder the user wrote in an imported list.
    placeholders = sections.written_headings(conn)
    keep: set[str] = set()
    for node in tree:
        in_scope = wanted is None or ids[node.path] in wanted
        placeholder = node.total == 0 and ids[node.path] in placeholders and in_scope
        if direct[node.path] or placeholder:
            parts = node.path.split("/")
            keep.update("/".join(parts[: i + 1]) for i in range(len(parts)))
    nodes = [_Node(node.name, node.path, node.depth, direct[node.path], conn) for node in tree if node.path in keep]
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
    if options.style not in md.STYLES + ("auto",):
        raise PaperctlError(f"unknown style {options.style!r}: use one of {', '.join(md.STYLES)} or auto")
    document = block = None
    if into is not None:
        document = read_document(into)
        block = markers.find(document, str(into))
        if block is None:
            return _into_imported(lib, selection, options, into, document, template, style_given)
    if not style_given and block is not None and layouts.has_source(lib.conn, Path(into).name):
        options = replace(options, style="auto")
    # GitHub numbers repeated anchors in document order: the preface comes first.
    seen = md.existing_slugs(markers.before(document, block)) if document is not None and block else {}
    if template is not None:
        text = md.render_template(template, md.template_context(_outline(lib, selection), options, seen))
    elif options.style == "auto":
        text = auto_markdown(lib, selection, options)
        text = text.replace("\r\n", "\n") if block is not None else text
    else:
        text = md.render(_outline(lib, selection), options, seen)
    if document is not None and block is not None:
        return markers.splice(document, block, text)
    return text


def _into_imported(lib: Library, selection: Selection, options: md.MarkdownOptions, into: Path, document: str,
                   template: Path | None, style_given: bool) -> str:
    """``--into`` a README without markers: allowed for a list that was imported,
    written back in place (``--style auto``): every line that is not an entry
    stays as it is in the file now, and entries are brought up to date."""
    source = Path(into).name
    stored = layouts.load(lib.conn, source)
    if not stored:
        raise PaperctlError(f"{into} has no '{markers.BEGIN}' ... '{markers.END}' markers to write between"
                            " (and was not imported: a file that was can be written back in place)")
    if template is not None or (style_given and options.style != "auto") or _selected(selection):
        raise PaperctlError(f"{into} has no paperctl markers: it can only be written back whole, in place"
                            " (--style auto, no --template, --tag, --status or --since)")
    one = stored[-1]
    auto_options = replace(options, style="auto")
    lf = document.replace("\r\n", "\n")
    if lf == one.text:
        return auto_markdown(lib, selection, auto_options, [one])
    return auto_markdown(lib, selection, auto_options, [_as_read_now(lib, one, lf)])


def _as_read_now(lib: Library, one: layouts.StoredList, text: str) -> layouts.StoredList:
    """The imported list *one* as its file reads now (written by an earlier --into,
    or edited by hand): the reader finds the entries; each is the paper whose entry
    had that exact text at import, else the library's paper that is the same work.
    An entry whose paper is unchanged since the import stays as the file has it (a
    hand edit included); an entry the library does not know stays as text."""
    from .markdown import reader

    parsed = reader.parse(text)
    if parsed.layout is None:  # pragma: no cover - the reader always records a layout
        raise PaperctlError(f"{one.source} changed since it was imported; import it again first")
    by_raw = {entry.raw: entry for entry in one.entries}
    by_paper = {entry.paper_id: entry for entry in one.entries if entry.paper_id is not None}
    section_ids = {s.path: s.section_id for s in one.sections}
    entries = []
    for entry in parsed.entries:
        layout = entry.layout
        if layout is None:
            continue
        known = by_raw.get(layout.raw)
        if known is not None:
            pid, fingerprint = known.paper_id, known.fingerprint
        else:
            pid = lib.find_existing(entry.data)
            if pid is None:
                continue
            fingerprint = by_paper[pid].fingerprint if pid in by_paper else None
        section = section_ids.get(layout.section) if layout.section else None
        if section is None and layout.section:
            row = lib.conn.execute("SELECT id FROM sections WHERE path = ?", [layout.section]).fetchone()
            section = row[0] if row else None
        entries.append(layouts.StoredEntry(pid, section, layout.line, layout.shape, layout.raw, layout.marker,
                                           list(layout.link_labels), layout.venue_format, fingerprint))
    return layouts.StoredList(one.id, one.source, one.newline, text, one.sections, entries)


# -- --style auto: imported lists written back in their own shape (markdown/auto.py) -------------


def _selected(selection: Selection) -> bool:
    return bool(selection.tags or selection.status or selection.since)


def _load_papers(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Paper]:
    wanted = sorted(set(ids))
    found: dict[int, Paper] = {}
    for start in range(0, len(wanted), CHUNK):
        found.update((p.id, p) for p in load(conn, wanted[start : start + CHUNK], abstracts=False))
    return found


def _section_look(stored: layouts.StoredSection, entries: list[layouts.StoredEntry] = ()) -> auto.SectionLook:
    """A section's look; its link form is the one most of its entries use."""
    forms = Counter(f for e in entries if e.section_id == stored.section_id and (f := auto.link_form(e.raw)))
    return auto.SectionLook(stored.shape, stored.link_labels, stored.venue_format, stored.table_header,
                            stored.year_headings, forms.most_common(1)[0][0] if forms else None)


def auto_markdown(lib: Library, selection: Selection, options: md.MarkdownOptions,
                  stored: list[layouts.StoredList] | None = None) -> str:
    """``--style auto``: every imported list's document with its entries brought up
    to date, then the sections no list has; with a selection (``--tag``,
    ``--status``, ``--since``), only the selected sections, each entry in its
    section's shape (unchanged ones as read)."""
    conn = lib.conn
    stored = layouts.load(conn) if stored is None else stored
    nodes = _outline(lib, selection)
    members = {node.path: node.ids for node in nodes}
    paths = dict(conn.execute("SELECT id, path FROM sections"))
    papers = _load_papers(conn, [pid for ids in members.values() for pid in ids])
    entry_options = options.entry_options()
    if _selected(selection) or not stored:
        return _auto_outline(nodes, stored, paths, papers, options)
    member_sets = {path: set(ids) for path, ids in members.items()}
    documents: list[tuple[layouts.StoredList, list[str], list[auto.Slot]]] = []
    placed: set[tuple[str, int]] = set()
    for one in stored:
        lines = one.text.split("\n")
        slots = []
        for entry in one.entries:
            count = entry.raw.count("\n") + 1
            start = entry.line - 1
            if "\n".join(lines[start : start + count]) != entry.raw:
                continue  # not where the reader said: the text stays as it is
            key = paths.get(entry.section_id, md.UNSECTIONED) if entry.section_id else md.UNSECTIONED
            paper = papers.get(entry.paper_id) if entry.paper_id in member_sets.get(key, ()) else None
            if paper is not None:
                placed.add((key, paper.id))
            unchanged = paper is not None and entry.fingerprint == auto.fingerprint(paper)
            slots.append(auto.Slot(start, start + count, entry.raw, paper, key, unchanged, entry.shape,
                                   entry.marker, entry.link_labels, entry.venue_format))
        documents.append((one, lines, slots))
    out: list[str] = []
    claimed: set[str] = set()
    leftover: list[auto.Insertion] = []
    for one, lines, slots in documents:
        insertions, renamed, headers = _plan(one, lines, slots, members, papers, placed, claimed)
        _sort_slots(slots, insertions, options.sort)
        text, trailing = auto.rewrite(lines, slots, insertions, headers, renamed, entry_options)
        leftover += trailing
        if out:
            out.append("")
        out += text
    for insertion in leftover:  # no place in its list's document: written with the rest
        claimed.discard(insertion.section)
        placed.difference_update((insertion.section, p.id) for p in insertion.papers)
    rest = [node for node in nodes if node.path not in claimed and any((node.path, p) not in placed
                                                                       for p in node.ids)]
    if rest or leftover:
        tail = _auto_outline(rest, stored, paths, papers, replace(options, toc=False), skip=placed)
        out = _strip_end(out) + ["", tail.rstrip("\n")]
    text = "\n".join(_strip_end(out)) + "\n"
    newline = stored[0].newline
    return text.replace("\n", newline) if newline != "\n" else text


def _strip_end(lines: list[str]) -> list[str]:
    while lines and lines[-1] == "":
        lines = lines[:-1]
    return lines


def _plan(one: layouts.StoredList, lines: list[str], slots: list[auto.Slot], members: dict[str, list[int]],
          papers: dict[int, Paper], placed: set[tuple[str, int]], claimed: set[str]):
    """Papers new to each of this list's sections (a section is filled by the first
    list that has it), headings of renamed sections, and table headers."""
    insertions, renamed, headers = [], {}, {}
    search_from = 0
    for section in one.sections:
        heading_line = None
        for n in range(search_from, len(lines)):
            if lines[n] == section.heading:
                heading_line, search_from = n, n + 1
                break
        if section.current is None:
            continue
        headers[section.current] = section.table_header
        if heading_line is not None and section.current != section.path:
            renamed[heading_line] = auto.new_heading(section.heading, section.current.rsplit("/", 1)[-1])
        if section.current in claimed:
            continue
        claimed.add(section.current)
        new = [papers[pid] for pid in members.get(section.current, []) if (section.current, pid) not in placed]
        placed.update((section.current, p.id) for p in new)
        insertions.append(auto.Insertion(section.current, _section_look(section, one.entries), heading_line, new))
    return insertions, renamed, headers


def _sort_slots(slots: list[auto.Slot], insertions: list[auto.Insertion], sort: str) -> None:
    """With a sort other than manual, each section's papers fill its entry places in that order."""
    if sort == "manual":
        return
    by_section: dict[str, list[auto.Slot]] = {}
    for slot in sorted(slots, key=lambda s: s.start):
        if slot.paper is not None and slot.section is not None:
            by_section.setdefault(slot.section, []).append(slot)
    extra = {ins.section: ins for ins in insertions}
    for section, live in by_section.items():
        insertion = extra.get(section)
        pool = [s.paper for s in live] + (insertion.papers if insertion else [])
        ordered = md.sort_papers([p for p in pool if p is not None], sort)
        originals = {s.paper.id: (s, s.unchanged) for s in live if s.paper is not None}
        for slot, paper in zip(live, ordered, strict=False):
            source, unchanged = originals.get(paper.id, (None, False))
            slot.unchanged = unchanged and source is slot
            slot.paper = paper
        if insertion:
            insertion.papers = ordered[len(live):]


def _auto_outline(nodes: list[_Node], stored: list[layouts.StoredList], paths: dict[int, str],
                  papers: dict[int, Paper], options: md.MarkdownOptions,
                  skip: set[tuple[str, int]] | None = None) -> str:
    """Sections under generated headings, each in the shape its list gave it; an
    entry unchanged since the import is written as read."""
    looks: dict[str, tuple[layouts.StoredSection, list[layouts.StoredEntry]]] = {}
    raws: dict[tuple[str, int], layouts.StoredEntry] = {}
    for one in stored:
        for section in one.sections:
            if section.current:
                looks[section.current] = (section, one.entries)
        for entry in one.entries:
            if entry.paper_id is not None:
                raws.setdefault((paths.get(entry.section_id, md.UNSECTIONED), entry.paper_id), entry)
    seen: dict[str, int] = {}
    toc, body = [], []
    entry_options = options.entry_options()
    for node in nodes:
        toc_line, heading = md.heading_lines(node, options, seen)
        toc.append(toc_line)
        body += heading
        section = looks.get(node.path)
        look = _section_look(*section) if section else auto.SectionLook()
        todo = [papers[pid] for pid in node.ids if pid in papers and (node.path, pid) not in (skip or set())]
        insertion = auto.Insertion(node.path, look, None, [])
        lines: list[str] = []
        markers: list[str] = []
        for paper in md.sort_papers(todo, options.sort):
            entry = raws.get((node.path, paper.id))
            if entry is not None and entry.fingerprint == auto.fingerprint(paper):
                markers.append(entry.marker)
                if look.shape == "table" and not lines:
                    lines += look.table_header or shapes.table_header(shapes.DEFAULT_COLUMNS)
                if look.shape in shapes.SPACED and lines:
                    lines.append("")
                lines += entry.raw.split("\n")
            else:
                insertion.papers = [paper]
                lines += auto.render_new(insertion, None if not lines else auto.Slot(
                    0, 0, "", None, None, False, look.shape, ""), markers, entry_options)
        body += lines + ([""] if lines else [])
    lines = (toc + [""] if options.toc and toc else []) + body
    return "\n".join(lines).rstrip("\n") + "\n"
