"""Views for people, drawn with rich: the paper table, search hits, one paper,
the section tree and progress bars. Imported only when a terminal needs them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from rich import box
from rich.console import Console, ConsoleOptions
from rich.containers import Lines
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from ..models import Paper, SearchHit, Section
from ..store.fts import HIGHLIGHT_END, HIGHLIGHT_START
from ..text import printable
from . import linebreak, pager
from .facts import fields, local_time

# Reading status in the table: marks of one cell in every terminal font (no East Asian
# "ambiguous" width), explained by LEGEND under the table. "…" looked like cut-off text.
STATUS_MARK = {"read": ("✓", "green"), "reading": ("▸", "yellow"), "unread": ("◦", "dim")}
LEGEND = "✓ read  ▸ reading  ◦ unread"


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """rich exits 1 when the reader of stdout goes away; paperctl ends quietly
        with 0 instead (``application._Group.invoke`` handles the error)."""
        self.quiet = True
        raise BrokenPipeError


class Wrapped(Text):
    """Text that breaks between words and around CJK characters (``linebreak``),
    where rich breaks only at spaces and cuts a long CJK run anywhere."""

    def wrap(self, console: Console, width: int, *, justify=None, overflow=None, tab_size: int = 8,  # type: ignore[no-untyped-def]
             no_wrap: bool | None = None) -> Lines:
        if no_wrap or self.no_wrap:
            return super().wrap(console, width, justify=justify, overflow=overflow, tab_size=tab_size,
                                no_wrap=no_wrap)
        lines = Lines()
        for line in self.split(allow_blank=True):
            pieces = line.divide(linebreak.break_offsets(line.plain, width))
            for piece in pieces:
                piece.rstrip_end(width)
                piece.truncate(width, overflow="fold")
            lines.extend(pieces)
        return lines

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        lines = self.plain.split("\n")
        widest = max((linebreak.text_width(line) for line in lines), default=0)
        return Measurement(min(linebreak.narrowest(self.plain), widest), widest)


out = _Console(highlight=False, soft_wrap=False, **pager.console_options())
err = _Console(stderr=True, highlight=False, soft_wrap=True)


def _t(text: str, style: str = "") -> Text:
    """A Text of the user's words, with terminal control characters neutralised."""
    return Wrapped(printable(text), style=style)


def _title_cell(p: Paper) -> Text:
    cell = Wrapped()
    cell.append(printable(p.title), style="bold")  # a span, not the cell's style: the summary is not bold
    if p.venue:
        cell.append(printable(f" ({p.venue})"), style="cyan")
    if p.summary:
        cell.append("\n" + printable(p.summary), style="dim")
    if p.tags:
        cell.append("\n" + printable(" · ".join(p.tags)), style="magenta")
    return cell


def _status(p: Paper) -> Text:
    mark, style = STATUS_MARK.get(p.status, ("", ""))
    return Text(mark, style=style)


# rich lays a table out whole, about 0.5 ms a row: 8,000 papers would show nothing for
# 4 s. A long list is drawn this many rows at a time, so that its start shows at once,
# with the column widths fixed up front so that the pieces line up as one table.
TABLE_PIECE = 200


def paper_table(items: Sequence[Paper]) -> None:
    """One row a paper: id, key, year, status mark, and title / summary / sections.

    Keys never wrap (a key is copied with a double-click): their column is as wide
    as the longest key, and titles give way.
    """
    id_width = max([len("id")] + [len(str(p.id)) for p in items])
    key_width = max([len("key")] + [len(p.citekey) for p in items])
    out.print()  # the blank line a table's top edge would draw
    for start in range(0, max(len(items), 1), TABLE_PIECE):
        table = Table(header_style="bold", expand=True, box=box.SIMPLE_HEAD, show_edge=False,
                      show_header=start == 0)
        table.add_column("id", justify="right", style="dim", no_wrap=True, width=id_width)
        table.add_column("key", style="green", no_wrap=True, width=key_width)
        table.add_column("year", justify="right", no_wrap=True, width=4)
        table.add_column("", no_wrap=True, width=1)
        table.add_column("paper / summary / sections", ratio=1, min_width=12)
        for p in items[start : start + TABLE_PIECE]:
            table.add_row(str(p.id), _t(p.citekey), str(p.year or ""), _status(p), _title_cell(p))
        out.print(table)
    out.print()  # and its bottom edge


def highlighted(snippet: str) -> Text:
    """A search snippet with its matches styled."""
    text = Wrapped()
    rest = printable(snippet.replace(HIGHLIGHT_START, "\ue000").replace(HIGHLIGHT_END, "\ue001"))
    rest = rest.replace("\ue000", HIGHLIGHT_START).replace("\ue001", HIGHLIGHT_END)
    while HIGHLIGHT_START in rest:
        before, _, rest = rest.partition(HIGHLIGHT_START)
        hit, _, rest = rest.partition(HIGHLIGHT_END)
        text.append(before)
        text.append(hit, style="bold yellow reverse")
    text.append(rest)
    return text


def hit_table(items: Sequence[SearchHit]) -> None:
    key_width = max([len("key")] + [len(h.paper.citekey) for h in items])
    table = Table(header_style="bold", expand=True, pad_edge=False, box=box.SIMPLE_HEAD)
    table.add_column("id", justify="right", style="dim", no_wrap=True)
    table.add_column("key", style="green", no_wrap=True, width=key_width)
    table.add_column("title", ratio=1, style="bold", min_width=12)
    table.add_column("match", ratio=2, min_width=12)
    for h in items:
        table.add_row(str(h.paper.id), _t(h.paper.citekey), _t(h.paper.title), highlighted(h.snippet))
    out.print(table)


def show(p: Paper, file: str | None = None) -> None:
    """Everything about one paper (and its attached *file*), for reading."""
    out.print(_t(p.title, "bold"))
    if p.authors:
        names = [a.name + (f" ({a.affiliation})" if a.affiliation else "") for a in p.authors]
        out.print(_t(", ".join(names)))
    out.print()
    rows = fields(p, file)
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        out.print(Text.assemble((printable(label).rjust(width), "dim"), "  ", printable(value)))
    if p.summary:
        out.print()
        out.print(Text("Summary", style="bold underline"))
        out.print(_t(p.summary))
    if p.notes:
        out.print()
        out.print(Text("Notes", style="bold underline"))
        for n in p.notes:
            out.print(_t(f"{n.number}. {local_time(n.created)}", "dim"))
            out.print(_t(n.text))
    if p.abstract:
        out.print()
        out.print(Text("Abstract", style="bold underline"))
        out.print(_t(p.abstract))


def section_tree(items: Sequence[Section]) -> None:
    for s in items:
        count = f"{s.total}" if s.total == s.count else f"{s.count} ({s.total} with subsections)"
        alias = f"  [alias: {', '.join(s.aliases)}]" if s.aliases else ""
        out.print(Text("  " * s.depth) + _t(s.name, "bold") + Text(f"  {count}", style="dim")
                  + _t(alias, "cyan"))


@contextmanager
def progress_bar(total: int, label: str) -> Iterator[Callable[[int], None]]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda done: bar.update(task, completed=done)
