"""Exporting Markdown: the outline of sections, ``--into`` a README, ``--style auto``.

The Markdown writer (``markdown.writer``, ``markdown.shapes``) turns papers into
text; this driver brings it the library: which sections are written, in which
order, each with its selected papers (``_outline``); where ``--into`` writes
(between paperctl's markers, or an imported README written back whole, in
place, keeping its hand edits: ``markdown.markers``, ``markdown.auto``); and
``--style auto``, every imported list's document with its entries brought up
to date (``auto_markdown``). ``exporting.py`` writes the result.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import PaperctlError
from ..library import Library
from ..models import Filters, Paper, PaperData
from ..store import layouts, sections
from ..store.query import load, matching_ids
from .markdown import auto, habits, markers, shapes
from .markdown import writer as md
from .markdown.layout import fingerprint
from .selection import CHUNK, Selection


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


@dataclass
class IntoReport:
    """What ``export --md --into`` met in the file it writes back in place: the hand
    edits it kept or wrote over (``edits``), and what to record once the file is
    written (``record_into``), so that the next export knows the file as written."""

    overwrite_edits: bool = False  # --overwrite-edits
    edits: auto.Edits = field(default_factory=auto.Edits)
    new_edits: set[int] = field(default_factory=set)  # 1-based lines of entries no export met edited
    list_id: int | None = None
    text: str | None = None  # the document as written, LF line endings
    entries: list[auto.Written] = field(default_factory=list)  # each entry as written, at its line
    tail: tuple[int, str] | None = None  # (0-based line, text): sections no list had, written after it


def markdown(
    lib: Library,
    selection: Selection,
    options: md.MarkdownOptions | None = None,
    template: Path | None = None,
    into: Path | None = None,
    style_given: bool = True,
    report: IntoReport | None = None,
    given: frozenset[str] = frozenset(),
) -> str:
    """The reading list as Markdown; with *into*, the whole new content of that file.

    *style_given* False means the user chose no style: ``auto`` for ``--into`` a
    file that was imported, else ``numbered`` (as *options* says); *given*, the
    options the user said whose default cannot tell (``toc``, ``heading-level``). *report* learns what became of
    the file's hand edits (an imported file written back in place)."""
    options = options or md.MarkdownOptions()
    if options.style not in md.STYLES + ("auto",):
        raise PaperctlError(f"unknown style {options.style!r}: use one of {', '.join(md.STYLES)} or auto")
    document = block = None
    if into is not None:
        document = read_document(into)
        block = markers.find(document, str(into))
        whole = template is None and not selection.narrowed and (not style_given or options.style == "auto")
        if block is None or (whole and _imported_with_markers(lib, into)):
            return _into_imported(lib, selection, options, into, document, template, style_given, report,
                                  given)
    if not style_given and block is not None and layouts.has_source(lib.conn, Path(into).name):
        options = replace(options, style="auto")
    if template is None and options.style == "auto" and not selection.narrowed and layouts.has_any(lib.conn):
        _refuse_restructuring(options, given, style_given)
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


def _refuse_restructuring(options: md.MarkdownOptions, given: frozenset[str], style_given: bool) -> None:
    """``--style auto`` writes imported lists back as they were read, headings and
    table of contents included: an option that would restructure them is refused,
    never silently ignored (with ``--tag``, ``--status`` or ``--since`` the sections
    are written under generated headings, where they apply)."""
    auto_style = "--style auto" if style_given else "--style auto (the default for --into a file that was imported)"
    if options.by_year:
        raise PaperctlError(f"--by-year does not apply to {auto_style}: imported lists are written back with their"
                            " own headings as read; use another --style for year headings")
    if "toc" in given:
        raise PaperctlError(f"--toc/--no-toc do not apply to {auto_style}: imported lists are written back with"
                            " their own table of contents (or none) as read; use another --style for a generated one")
    if "heading-level" in given:
        raise PaperctlError(f"--heading-level does not apply to {auto_style}: imported lists are written back with"
                            " their own headings as read; use another --style for generated ones")


def _imported_with_markers(lib: Library, into: Path) -> bool:
    """*into* was imported with its paperctl markers: the stored document is the whole
    file, so it is written back whole, in place (spliced between its own markers,
    it would hold itself)."""
    stored = layouts.load(lib.conn, Path(into).name)
    return bool(stored) and markers.find(stored[-1].text) is not None


def _into_imported(lib: Library, selection: Selection, options: md.MarkdownOptions, into: Path, document: str,
                   template: Path | None, style_given: bool, report: IntoReport | None = None,
                   given: frozenset[str] = frozenset()) -> str:
    """``--into`` a README that was imported: written back in place (``--style
    auto``): every line that is not an entry stays as it is in the file now, and
    entries are brought up to date; a hand edit is kept, or refused when its
    paper changed in the library too (``auto.settle``)."""
    source = Path(into).name
    stored = layouts.load(lib.conn, source)
    if not stored:
        raise PaperctlError(f"{into} has no '{markers.BEGIN}' ... '{markers.END}' markers to write between"
                            " (and was not imported: a file that was can be written back in place)")
    if template is not None or (style_given and options.style != "auto") or selection.narrowed:
        raise PaperctlError(f"{into} has no paperctl markers: it can only be written back whole, in place"
                            " (--style auto, no --template, --tag, --status or --since)")
    _refuse_restructuring(options, given, style_given)
    one = stored[-1]
    auto_options = replace(options, style="auto")
    report = report or IntoReport()
    report.list_id, report.edits.overwrite = one.id, report.overwrite_edits
    lf = document.replace("\r\n", "\n")
    now = one if lf == one.text else _as_read_now(lib, one, lf, report.new_edits)
    text = auto_markdown(lib, selection, auto_options, [now], report)
    if report.edits.conflicts:
        raise _conflict(lib, str(into), report.edits.conflicts)
    report.text = text.replace("\r\n", "\n")
    return text


def _conflict(lib: Library, name: str, slots: list[auto.Slot]) -> PaperctlError:
    """The one-line refusal of entries edited in the file whose papers changed in the library too."""
    where = []
    for slot in slots:
        if slot.paper is not None:
            where.append(f"line {slot.start + 1} ({slot.paper.citekey}, changed in the library)")
            continue
        row = lib.conn.execute("SELECT citekey FROM papers WHERE id = ?", [slot.paper_id]).fetchone()
        where.append(f"line {slot.start + 1} ({row[0]}, no longer in this section)" if row
                     else f"line {slot.start + 1} (removed from the library)")
    many = len(slots) > 1
    return PaperctlError(
        f"{name}: {len(slots)} hand-edited entr{'ies' if many else 'y'} whose paper{'s' if many else ''} also"
        f" changed in the library: {'; '.join(where)}. Nothing written: run 'paperctl import {name}' to take the"
        f" file's edits into the library first, or add --overwrite-edits to write the library's version over them")


def record_into(lib: Library, report: IntoReport) -> None:
    """Remember the file ``--into`` just wrote as its list's document: each entry's text
    and place as written, its paper's fingerprint now, and whether it is a hand edit the
    library does not have, so that the next export finds nothing new to decide."""
    one = next((s for s in layouts.load(lib.conn) if s.id == report.list_id), None)
    if one is None or report.text is None:
        return
    ids = {path: sid for sid, path in lib.conn.execute("SELECT id, path FROM sections")}
    entries = [layouts.StoredEntry(w.paper.id, ids.get(w.section or ""), w.line + 1, w.shape, w.raw, w.marker,
                                   w.labels, w.venue_format, fingerprint(w.paper), w.edited)
               for w in report.entries]
    sections = list(one.sections)
    if report.tail is not None:  # generated as numbered writes sections: read back like any list
        from .markdown import reader

        start, tail = report.tail
        parsed = reader.parse(tail)
        found = [(e.layout, pid) for e in parsed.entries if e.layout and (pid := _same_work(lib, e.data))]
        papers = _load_papers(lib.conn, [pid for _, pid in found])
        entries += [layouts.StoredEntry(pid, ids.get(layout.section or ""), start + layout.line, layout.shape,
                                        layout.raw, layout.marker, list(layout.link_labels), layout.venue_format,
                                        fingerprint(papers[pid])) for layout, pid in found if pid in papers]
        known = {s.path for s in sections}
        sections += [layouts.StoredSection(ids[s.path], s.path, s.path, s.heading, s.shape, s.numbered,
                                           s.year_headings, list(s.table_header), list(s.link_labels), s.venue_format)
                     for s in (parsed.layout.sections if parsed.layout else []) if s.path in ids
                     and s.path not in known]
    with lib.transaction():
        layouts.rewritten(lib.conn, one.id, report.text, entries, sections)


def _same_work(lib: Library, data: PaperData) -> int | None:
    """The library's paper *data* is, if any (an entry it cannot even look up stays text)."""
    try:
        return lib.find_existing(data)
    except PaperctlError:
        return None


def _section_id(lib: Library, one: layouts.StoredList, path: str | None) -> int | None:
    """The library section of an entry read under *path* in the list *one*."""
    if not path:
        return None
    for section in one.sections:
        if section.path == path and section.section_id is not None:
            return section.section_id
    row = lib.conn.execute("SELECT id FROM sections WHERE path = ?", [path]).fetchone()
    return row[0] if row else None


def _as_read_now(lib: Library, one: layouts.StoredList, text: str, new_edits: set[int]) -> layouts.StoredList:
    """The imported list *one* as its file reads now (written by an earlier --into,
    or edited by hand). An entry whose lines stand in the file as paperctl last read
    or wrote them (a line diff of the two documents) is that entry, moved or not; in
    the rest of the file the reader finds the entries: each is the paper whose entry
    had that exact text, else (an edited entry: its line goes into *new_edits*) the
    library's paper that is the same work. An entry the library does not know stays
    as text."""
    from .markdown import reader

    old = one.text.split("\n")
    spans = [(e.line - 1, e.raw.count("\n") + 1) for e in one.entries]
    there = auto.still_there(old, text.split("\n"), spans)
    entries, covered = [], set()
    for n, entry in enumerate(one.entries):
        start, count = spans[n]
        if n in there and "\n".join(old[start : start + count]) == entry.raw:
            entries.append(replace(entry, line=there[n] + 1))
            covered.update(range(there[n], there[n] + count))
    by_raw = {entry.raw: entry for entry in one.entries}
    by_paper = {entry.paper_id: entry for entry in one.entries if entry.paper_id is not None}
    for entry in reader.parse(text).entries:
        layout = entry.layout
        if layout is None or covered.intersection(range(layout.line - 1, layout.line + layout.raw.count("\n"))):
            continue
        known = by_raw.get(layout.raw)
        if known is not None:
            pid, fingerprint, edited = known.paper_id, known.fingerprint, known.edited
        else:
            pid = _same_work(lib, entry.data)
            if pid is None:
                continue
            fingerprint = by_paper[pid].fingerprint if pid in by_paper else None
            edited = True
            new_edits.add(layout.line)
        entries.append(layouts.StoredEntry(pid, _section_id(lib, one, layout.section), layout.line, layout.shape,
                                           layout.raw, layout.marker, list(layout.link_labels),
                                           layout.venue_format, fingerprint, edited))
    entries.sort(key=lambda e: e.line)
    return layouts.StoredList(one.id, one.source, one.newline, text, one.sections, entries)


# -- --style auto: imported lists written back in their own shape (markdown/auto.py) -------------


def _load_papers(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Paper]:
    wanted = sorted(set(ids))
    found: dict[int, Paper] = {}
    for start in range(0, len(wanted), CHUNK):
        found.update((p.id, p) for p in load(conn, wanted[start : start + CHUNK], abstracts=False))
    return found


def _by_section(entries: list[layouts.StoredEntry]) -> dict[int | None, list[layouts.StoredEntry]]:
    grouped: dict[int | None, list[layouts.StoredEntry]] = {}
    for entry in entries:
        grouped.setdefault(entry.section_id, []).append(entry)
    return grouped


def _section_look(stored: layouts.StoredSection, mine: list[layouts.StoredEntry] = ()) -> auto.SectionLook:
    """A section's look (*mine*: its entries); its link form and habits are those most
    of its entries have."""
    raws = [e.raw for e in mine]
    forms = Counter(f for raw in raws if (f := habits.link_form(raw)))
    shapes_written = Counter(habits.written_shape(e.shape, e.raw) for e in mine if e.shape == stored.shape)
    shape = shapes_written.most_common(1)[0][0] if shapes_written else stored.shape
    return auto.SectionLook(shape, stored.link_labels, stored.venue_format, stored.table_header,
                            stored.year_headings, forms.most_common(1)[0][0] if forms else None,
                            habits.common_habits(raws))


def auto_markdown(lib: Library, selection: Selection, options: md.MarkdownOptions,
                  stored: list[layouts.StoredList] | None = None, report: IntoReport | None = None) -> str:
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
    if selection.narrowed or not stored:
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
            unchanged = options.as_read and paper is not None and entry.fingerprint == fingerprint(paper)
            slots.append(auto.Slot(start, start + count, entry.raw, paper, key, unchanged, entry.shape,
                                   entry.marker, entry.link_labels, entry.venue_format, report is not None
                                   and entry.edited, report is not None and entry.line in report.new_edits,
                                   entry.paper_id))
        documents.append((one, lines, slots))
    out: list[str] = []
    claimed: set[str] = set()
    leftover: list[auto.Insertion] = []
    for one, lines, slots in documents:
        insertions, renamed, headers = _plan(one, lines, slots, members, papers, placed, claimed)
        if report is not None:
            auto.settle(slots, headers, entry_options, report.edits)
        _sort_slots(slots, insertions, options.sort, lines)
        text, trailing = auto.rewrite(lines, slots, insertions, headers, renamed, entry_options,
                                      None if report is None else report.entries)
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
        out = _strip_end(out) + [""]
        if report is not None:
            report.tail = (len(out), tail)
        out.append(tail.rstrip("\n"))
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
    grouped = _by_section(one.entries)
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
        # the look only matters to papers new to the section (its year headings, to where they go)
        look = _section_look(section, grouped.get(section.section_id, [])) if new else \
            auto.SectionLook(section.shape, year_headings=section.year_headings)
        insertions.append(auto.Insertion(section.current, look, heading_line, new))
    return insertions, renamed, headers


def _sort_slots(slots: list[auto.Slot], insertions: list[auto.Insertion], sort: str, lines: list[str]) -> None:
    """With a sort other than manual, each section's papers fill its entry places in
    that order; where headings stand between a section's entries (``### 2024``),
    each run of entries under one heading is sorted within itself, and papers new to
    the section are sorted among themselves (they go with their year: ``auto.rewrite``)."""
    if sort == "manual":
        return
    by_section: dict[str, list[auto.Slot]] = {}
    for slot in sorted(slots, key=lambda s: s.start):
        if slot.paper is not None and slot.section is not None:
            by_section.setdefault(slot.section, []).append(slot)
    extra = {ins.section: ins for ins in insertions}
    for section, live in by_section.items():
        insertion = extra.get(section)
        runs = auto.runs(live, lines)
        if len(runs) > 1:
            new = _sort_runs(runs, insertion.papers if insertion else [], sort)
            if insertion:
                insertion.papers = new
            continue
        pool = [s.paper for s in live] + (insertion.papers if insertion else [])
        ordered = md.sort_papers([p for p in pool if p is not None], sort)
        _fill(live, ordered)
        if insertion:
            insertion.papers = ordered[len(live):]


def _sort_runs(runs: list[list[auto.Slot]], new: list[Paper], sort: str) -> list[Paper]:
    """Each run sorted within itself, a new paper sorted into the run of its year
    (the year most of the run's papers have); returns the papers that take no place
    of a run, each run's overflow first, in order (they go after their year's last entry)."""
    pools = [[s.paper for s in run if s.paper is not None] for run in runs]
    years = [Counter(p.year for p in pool).most_common(1)[0][0] if pool else None for pool in pools]
    homeless = []
    for paper in new:
        if paper.year is not None and paper.year in years:
            pools[years.index(paper.year)].append(paper)
        else:
            homeless.append(paper)
    left = []
    for run, pool in zip(runs, pools, strict=True):
        ordered = md.sort_papers(pool, sort)
        _fill(run, ordered)
        left += ordered[len(run):]
    return left + md.sort_papers(homeless, sort)


def _fill(live: list[auto.Slot], ordered: list[Paper]) -> None:
    """The entry places *live* take the papers *ordered*, one each; an entry stays as
    read only in its own place, and a hand edit moves with its paper."""
    originals = {s.paper.id: (s, s.unchanged, s.edited, s.raw, s.marker) for s in live if s.paper is not None}
    for slot, paper in zip(live, ordered, strict=False):
        source, unchanged, edited, raw, marker = originals.get(paper.id, (None, False, False, "", ""))
        if edited and source is not slot:  # a hand edit moves with its paper, renumbered
            raw = slot.marker + raw[len(marker):] if marker and raw.startswith(marker) else raw
            slot.raw, unchanged, source = raw, True, slot
        slot.unchanged = unchanged and source is slot
        slot.edited = edited and source is slot
        slot.paper = paper


def _auto_outline(nodes: list[_Node], stored: list[layouts.StoredList], paths: dict[int, str],
                  papers: dict[int, Paper], options: md.MarkdownOptions,
                  skip: set[tuple[str, int]] | None = None) -> str:
    """Sections under generated headings, each in the shape its list gave it; an
    entry unchanged since the import is written as read. Year headings (newest
    first, ``--sort`` within each year) with ``--by-year``, or in a section whose
    list put its own entries under year headings."""
    looks: dict[str, tuple[layouts.StoredSection, list[layouts.StoredEntry]]] = {}
    raws: dict[tuple[str, int], layouts.StoredEntry] = {}
    for one in stored:
        grouped = _by_section(one.entries)
        for section in one.sections:
            if section.current:
                looks[section.current] = (section, grouped.get(section.section_id, []))
        for entry in one.entries:
            if entry.paper_id is not None:
                raws.setdefault((paths.get(entry.section_id, md.UNSECTIONED), entry.paper_id), entry)
    seen: dict[str, int] = {}
    toc, body = [], []
    for node in nodes:
        toc_line, heading = md.heading_lines(node, options, seen)
        toc.append(toc_line)
        body += heading
        section = looks.get(node.path)
        look = _section_look(*section) if section else auto.SectionLook()
        todo = [papers[pid] for pid in node.ids if pid in papers and (node.path, pid) not in (skip or set())]
        own = section is not None and bool(section[1])
        if (options.by_year or (look.year_headings and own)) and not md.is_year(node.name):
            level = min(6, options.heading_level + node.depth + 1)
            for year, group in md.year_groups(todo):
                md.github_slug(year, seen)
                lines = _auto_entries(node.path, group, look, raws, options)
                body += ["#" * level + " " + year, ""] + lines + ([""] if lines else [])
        else:
            lines = _auto_entries(node.path, todo, look, raws, options)
            body += lines + ([""] if lines else [])
    lines = (toc + [""] if options.toc and toc else []) + body
    return "\n".join(lines).rstrip("\n") + "\n"


def _auto_entries(path: str, todo: list[Paper], look: auto.SectionLook,
                  raws: dict[tuple[str, int], layouts.StoredEntry], options: md.MarkdownOptions) -> list[str]:
    """The entries of *todo* in *look*, in ``--sort`` order (an unchanged one as read)."""
    insertion = auto.Insertion(path, look, None, [])
    lines: list[str] = []
    markers: list[str] = []
    for paper in md.sort_papers(todo, options.sort):
        entry = raws.get((path, paper.id))
        if entry is not None and options.as_read and entry.fingerprint == fingerprint(paper):
            markers.append(entry.marker)
            if look.shape == "table" and not lines:
                lines += look.table_header or shapes.table_header(shapes.DEFAULT_COLUMNS)
            if look.shape in shapes.SPACED and lines:
                lines.append("")
            lines += entry.raw.split("\n")
        elif entry is not None:  # changed since the import: written anew in the entry's own look
            markers.append(entry.marker)
            if look.shape == "table" and not lines:
                lines += look.table_header or shapes.table_header(shapes.DEFAULT_COLUMNS)
            if look.shape in shapes.SPACED and lines:
                lines.append("")
            lines += auto.render_slot(auto.Slot(0, 0, entry.raw, paper, path, False, entry.shape, entry.marker,
                                                entry.link_labels, entry.venue_format),
                                      options.entry_options(), look.table_header)
        else:
            insertion.papers = [paper]
            lines += auto.render_new(insertion, None if not lines else auto.Slot(
                0, 0, "", None, None, False, look.shape, ""), markers, options.entry_options())
    return lines
