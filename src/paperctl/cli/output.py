"""How papers look on a terminal and to scripts.

Formats: ``table`` (rich, the default on a terminal), ``tsv`` (the default
when stdout is piped: one paper a line, tab-separated, grep- and cut-friendly),
``json`` (an array of ``Paper.to_dict`` objects), ``csv``, and ``ids`` (the arXiv
ID, else the citation key). Data goes to stdout; messages go to stderr.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..fts import HIGHLIGHT_END, HIGHLIGHT_START
from ..models import Paper, PaperData, SearchHit, Section

FORMATS = ("table", "tsv", "json", "csv", "ids")
STATUS_MARK = {"read": "✓", "reading": "…", "unread": "·"}

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def message(text: str) -> None:
    """A human message (never data): to stderr, so pipes carry only data.

    Printed literally (no rich markup), since messages quote the user's own text.
    """
    err.print(text, markup=False, emoji=False)


def choose_format(fmt: str | None, as_json: bool) -> str:
    if as_json:
        return "json"
    if fmt:
        return fmt
    return "table" if sys.stdout.isatty() else "tsv"


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def papers(items: Sequence[Paper], fmt: str) -> None:
    if fmt == "json":
        print_json([p.to_dict() for p in items])
    elif fmt == "ids":
        sys.stdout.writelines(p.identifier + "\n" for p in items)
    elif fmt == "csv":
        _csv(items)
    elif fmt == "tsv":
        sys.stdout.writelines(_tsv_line(p) for p in items)
    else:
        _table(items)


def _tsv_line(p: Paper) -> str:
    cells = [str(p.id), p.citekey, p.arxiv_id or "", str(p.year or ""), p.status, p.title,
             "; ".join(p.tags)]
    return "\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n"


CSV_COLUMNS = ("id", "citekey", "arxiv_id", "version", "doi", "url", "title", "authors", "year",
               "published", "venue", "status", "tags", "summary", "notes")


def _csv(items: Sequence[Paper]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for p in items:
        d = p.to_dict()
        d["authors"] = "; ".join(d["authors"])
        d["tags"] = "; ".join(d["tags"])
        d["notes"] = "\n".join(d["notes"])
        writer.writerow(["" if d[c] is None else d[c] for c in CSV_COLUMNS])


def _title_cell(p: Paper) -> Text:
    cell = Text(p.title, style="bold")
    if p.venue:
        cell.append(f" ({p.venue})", style="cyan")
    if p.summary:
        cell.append("\n" + p.summary, style="default")
    if p.tags:
        cell.append("\n" + " · ".join(p.tags), style="magenta")
    return cell


def _table(items: Sequence[Paper]) -> None:
    table = Table(header_style="bold", expand=True, pad_edge=False, box=box.SIMPLE_HEAD)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("key", style="green", overflow="fold", max_width=22)
    table.add_column("year", justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    table.add_column("paper / summary / sections", ratio=1, overflow="fold")
    for p in items:
        table.add_row(str(p.id), p.citekey, str(p.year or ""), STATUS_MARK.get(p.status, ""), _title_cell(p))
    out.print(table)
    message(f"{len(items)} paper{'s' if len(items) != 1 else ''}")


def highlighted(snippet: str) -> Text:
    """A search snippet with its matches styled."""
    text = Text()
    rest = snippet
    while HIGHLIGHT_START in rest:
        before, _, rest = rest.partition(HIGHLIGHT_START)
        hit, _, rest = rest.partition(HIGHLIGHT_END)
        text.append(before)
        text.append(hit, style="bold yellow reverse")
    text.append(rest)
    return text


def plain_snippet(snippet: str) -> str:
    """Matches marked ``**like this**`` for JSON and pipes."""
    return snippet.replace(HIGHLIGHT_START, "**").replace(HIGHLIGHT_END, "**")


def hits(items: Sequence[SearchHit], fmt: str) -> None:
    if fmt == "json":
        print_json([{**h.paper.to_dict(), "snippet": plain_snippet(h.snippet), "rank": h.rank}
                    for h in items])
        return
    if fmt != "table":
        if fmt == "tsv":
            sys.stdout.writelines(
                _tsv_line(h.paper).rstrip("\n") + "\t" + plain_snippet(h.snippet).replace("\n", " ")
                + "\n" for h in items
            )
        else:
            papers([h.paper for h in items], fmt)
        return
    table = Table(header_style="bold", expand=True, pad_edge=False, box=box.SIMPLE_HEAD)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("key", style="green", overflow="fold", max_width=22)
    table.add_column("title", ratio=1, overflow="fold", style="bold", min_width=20)
    table.add_column("match", ratio=2, overflow="fold")
    for h in items:
        table.add_row(str(h.paper.id), h.paper.citekey, h.paper.title, highlighted(h.snippet))
    out.print(table)
    message(f"{len(items)} match{'es' if len(items) != 1 else ''}")


def show(p: Paper) -> None:
    """Everything about one paper, for reading."""
    out.print(Text(p.title, style="bold"))
    if p.authors:
        names = [a.name + (f" ({a.affiliation})" if a.affiliation else "") for a in p.authors]
        out.print(Text(", ".join(names)))
    out.print()
    rows: list[tuple[str, str]] = [("key", p.citekey), ("id", str(p.id))]
    if p.arxiv_id:
        rows.append(("arXiv", p.arxiv_id + (f"v{p.version}" if p.version else "")))
    for label, value in (
        ("DOI", p.doi), ("URL", p.url), ("year", p.year), ("published", p.published),
        ("updated", p.updated), ("venue", p.venue), ("journal", p.journal_ref),
        ("comment", p.comment),
        ("categories", ", ".join(p.categories)), ("status", p.status),
        ("sections", "; ".join(p.tags)),
    ):
        if value:
            rows.append((label, str(value)))
    if p.link:
        rows.append(("link", p.link))
    rows += [(name, url) for name, url in p.links.items()]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        out.print(f"[dim]{label.rjust(width)}[/dim]  {escape(value)}")
    if p.summary:
        out.print()
        out.print(Text("Summary", style="bold underline"))
        out.print(Text(p.summary))
    if p.notes:
        out.print()
        out.print(Text("Notes", style="bold underline"))
        for n in p.notes:
            out.print(f"[dim]{n.number}. {n.created}[/dim]")
            out.print(Text(n.text))
    if p.abstract:
        out.print()
        out.print(Text("Abstract", style="bold underline"))
        out.print(Text(p.abstract))


def section_tree(items: Sequence[Section], fmt: str) -> None:
    if fmt == "json":
        print_json([{"path": s.path, "papers": s.count, "total": s.total, "aliases": s.aliases}
                    for s in items])
        return
    for s in items:
        count = f"{s.total}" if s.total == s.count else f"{s.count} ({s.total} with subsections)"
        alias = f"  [alias: {', '.join(s.aliases)}]" if s.aliases else ""
        line = f"{'  ' * s.depth}{s.name}  {count}{alias}"
        if fmt == "table":
            out.print(Text("  " * s.depth) + Text(s.name, style="bold")
                      + Text(f"  {count}", style="dim") + Text(alias, style="cyan"))
        else:
            sys.stdout.write(line + "\n")


@contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr for long work (more than a handful of items, on a terminal).

    Yields a callback taking the number of items done so far.
    """
    if total <= 5 or not err.is_terminal:
        yield lambda done: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda done: bar.update(task, completed=done)


def data_dict(data: PaperData) -> dict[str, Any]:
    """A fetched (not stored) paper for JSON: the stored keys that apply."""
    d = asdict(data)
    d["authors"] = [a["name"] for a in d["authors"]]
    return {k: v for k, v in d.items() if k not in ("notes", "tags", "summary", "status")}


def candidates(items: Sequence[PaperData], console: Console = err) -> None:
    """arXiv's answers to a title search, numbered for --pick (to stderr unless they are the data)."""
    if not items:
        message("No candidates")
        return
    for n, c in enumerate(items, 1):
        authors = ", ".join(a.name for a in c.authors[:3]) + (" et al." if len(c.authors) > 3 else "")
        where = f"({c.arxiv_id}, {c.year}; {authors})"
        console.print(f"[bold]{n}.[/bold] {escape(c.title or '')} [dim]{escape(where)}[/dim]")
