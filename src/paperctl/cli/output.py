"""How papers reach scripts, and the dispatch to the rich views for people.

Formats: ``table`` (rich, the default on a terminal; see ``views.py``),
``tsv`` (the default when stdout is piped: one paper a line, tab-separated,
grep- and cut-friendly), ``json`` (an array of ``Paper.to_dict`` objects),
``csv``, and ``ids`` (the arXiv ID, else the citation key). Data goes to
stdout; messages go to stderr. rich is imported only when something is
drawn for a person, which keeps scripted calls quick.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from ..models import Paper, SearchHit, Section
from ..store.fts import HIGHLIGHT_END, HIGHLIGHT_START
from ..text import printable
from .facts import fields, local_time

if TYPE_CHECKING:
    from ..paper_data import PaperData

FORMATS = ("table", "tsv", "json", "csv", "ids")
FULL_FORMATS = ("json", "csv")  # the others show no abstract, authors, notes or links


def message(text: str) -> None:
    """A human message (never data): to stderr, so pipes carry only data.

    Printed literally (no markup), since messages quote the user's own text. Data
    already written goes out first, so that the two keep their order on a terminal.
    """
    from .pager import message_stream

    sys.stdout.flush()
    stream = message_stream()
    stream.write(printable(text) + "\n")
    stream.flush()


def choose_format(fmt: str | None, as_json: bool) -> str:
    if as_json:
        return "json"
    if fmt:
        return fmt
    return "table" if sys.stdout.isatty() else "tsv"


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def lines(items: Sequence[str]) -> None:
    sys.stdout.writelines(item + "\n" for item in items)


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
        from . import views

        views.paper_table(items)
        message(f"{len(items)} paper{'s' if len(items) != 1 else ''}   {views.LEGEND}")


def _tsv_line(p: Paper) -> str:
    cells = [str(p.id), p.citekey, p.arxiv_id or "", str(p.year or ""), p.status, p.title,
             "; ".join(p.tags)]
    if "".join(cells).isprintable():  # nearly every line: no tab, newline or control character
        return "\t".join(cells) + "\n"
    return "\t".join(map(_tsv_cell, cells)) + "\n"


def _tsv_cell(text: str) -> str:
    """A TSV cell: tabs and newlines inside become spaces, control characters U+FFFD."""
    return printable(text.replace("\t", " ").replace("\n", " "))


CSV_COLUMNS = ("id", "citekey", "arxiv_id", "version", "doi", "url", "title", "authors", "year",
               "published", "venue", "status", "tags", "summary", "notes")


def _csv(items: Sequence[Paper]) -> None:
    import csv

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for p in items:
        d = p.to_dict()
        d["authors"] = "; ".join(d["authors"])
        d["tags"] = "; ".join(d["tags"])
        d["notes"] = "\n".join(d["notes"])
        writer.writerow(["" if d[c] is None else d[c] for c in CSV_COLUMNS])


def plain_snippet(snippet: str) -> str:
    """Matches marked ``**like this**`` for JSON and pipes."""
    return snippet.replace(HIGHLIGHT_START, "**").replace(HIGHLIGHT_END, "**")


def hits(items: Sequence[SearchHit], fmt: str) -> None:
    if fmt == "json":
        print_json([{**h.paper.to_dict(), "snippet": plain_snippet(h.snippet), "rank": h.rank}
                    for h in items])
    elif fmt == "tsv":
        sys.stdout.writelines(
            _tsv_line(h.paper).rstrip("\n") + "\t" + _tsv_cell(plain_snippet(h.snippet)) + "\n"
            for h in items
        )
    elif fmt == "table":
        from . import views

        views.hit_table(items)
    else:
        papers([h.paper for h in items], fmt)


def show(p: Paper, file: str | None = None) -> None:
    """One paper (and its attached *file*): drawn with rich on a terminal, plain text when piped."""
    if sys.stdout.isatty():
        from . import views

        views.show(p, file)
        return
    for line in describe(p, file):
        sys.stdout.write(printable(line) + "\n")


def describe(p: Paper, file: str | None = None) -> list[str]:
    """Everything about one paper as plain lines (the same content ``views.show`` draws)."""
    lines = [p.title]
    if p.authors:
        lines.append(", ".join(a.name + (f" ({a.affiliation})" if a.affiliation else "") for a in p.authors))
    lines.append("")
    rows = fields(p, file)
    width = max(len(label) for label, _ in rows)
    lines += [f"{label.rjust(width)}  {value}" for label, value in rows]
    if p.summary:
        lines += ["", "Summary", p.summary]
    if p.notes:
        lines += ["", "Notes"]
        for n in p.notes:
            lines += [f"{n.number}. {local_time(n.created)}", n.text]
    if p.abstract:
        lines += ["", "Abstract", p.abstract]
    return lines


def section_tree(items: Sequence[Section], fmt: str) -> None:
    if fmt == "json":
        print_json([{"path": s.path, "papers": s.count, "total": s.total, "aliases": s.aliases}
                    for s in items])
        return
    if fmt == "table":
        from . import views

        views.section_tree(items)
        return
    for s in items:
        count = f"{s.total}" if s.total == s.count else f"{s.count} ({s.total} with subsections)"
        alias = f"  [alias: {', '.join(s.aliases)}]" if s.aliases else ""
        sys.stdout.write(f"{'  ' * s.depth}{s.name}  {count}{alias}\n")


def facts(values: dict[str, Any]) -> None:
    """Label / value lines (``info``)."""
    width = max(len(k) for k in values)
    for key, value in values.items():
        sys.stdout.write(f"{key.replace('_', ' ').rjust(width)}  {value}\n")


# Venues ``stats`` lists on a terminal (a large library has thousands; --json has all).
STATS_VENUES = 15


def stats(counts: dict[str, Any]) -> None:
    """``paperctl stats`` for reading: the totals, then one block per grouping."""
    status = counts["status"]
    rows = [("papers", counts["papers"]), *((f"  {name}", n) for name, n in status.items()),
            ("notes", f"{counts['notes']} (on {counts['papers_with_notes']} paper"
                      f"{'s' if counts['papers_with_notes'] != 1 else ''})"),
            ("unresolved", f"{counts['unresolved']} (no arXiv ID or DOI)")]
    lines = _aligned(rows)
    lines += ["", "by section"]
    lines += _aligned([("  " * (s["path"].count("/") + 1) + s["path"].rsplit("/", 1)[-1],
                        s["total"] if s["total"] == s["papers"] else f"{s['total']} ({s['papers']} directly)")
                       for s in counts["sections"]] + [("  (in no section)", counts["unsectioned"])])
    lines += ["", "by year"]
    lines += _aligned([(f"  {y['year'] or '(no year)'}", y["papers"]) for y in counts["years"]])
    venues = counts["venues"]
    named = [v for v in venues if v["venue"]]
    lines += ["", "by venue"]
    lines += _aligned([(f"  {v['venue']}", v["papers"]) for v in named[:STATS_VENUES]]
                      + [(f"  ({len(named) - STATS_VENUES} more venues: --json)",
                          sum(v["papers"] for v in named[STATS_VENUES:]))] * (len(named) > STATS_VENUES)
                      + [("  (no venue)", v["papers"]) for v in venues if not v["venue"]])
    sys.stdout.writelines(line + "\n" for line in lines)


def _aligned(rows: list[tuple[str, Any]]) -> list[str]:
    """Label / number lines, numbers right-aligned in one column."""
    if not rows:
        return []
    width = max(len(label) for label, _ in rows)
    numbers = [str(n).split(" ", 1) for _, n in rows]
    digits = max(len(n[0]) for n in numbers)
    return [f"{label.ljust(width)}  {n[0].rjust(digits)}{' ' + n[1] if len(n) > 1 else ''}".rstrip()
            for (label, _), n in zip(rows, numbers, strict=True)]


@contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr for long work (more than a handful of items, on a terminal).

    Yields a callback taking the number of items done so far.
    """
    if total <= 5 or not sys.stderr.isatty():
        yield lambda done: None
        return
    from . import views

    with views.progress_bar(total, label) as step:
        yield step


def data_dict(data: PaperData) -> dict[str, Any]:
    """A fetched (not stored) paper for JSON: the stored keys that apply."""
    d = asdict(data)
    d["authors"] = [a["name"] for a in d["authors"]]
    return {k: v for k, v in d.items() if k not in ("notes", "tags", "summary", "status")}


def candidates(items: Sequence[PaperData], to_stdout: bool = False) -> None:
    """arXiv's answers to a title search, numbered for --pick (on stderr unless they are the data)."""
    if not items:
        message("No candidates")
        return
    stream = sys.stdout if to_stdout else sys.stderr
    for n, c in enumerate(items, 1):
        authors = ", ".join(a.name for a in c.authors[:3]) + (" et al." if len(c.authors) > 3 else "")
        stream.write(printable(f"{n}. {c.title} ({c.arxiv_id}, {c.year}; {authors})") + "\n")
