"""The reading list as a Markdown document: outline, headings, order, templates.

Sections become nested headings by path (``LLM/In-Context Learning`` ->
``## LLM`` / ``### In-Context Learning``), under a table of contents of
GitHub-style anchor links; ``by_year`` adds year headings inside each
section, newest first. Papers keep their hand-made order within their
section (``sort`` reorders them), and a paper in two sections appears in
both. How one entry looks is its style's business (``shapes``); ``--style
auto`` (``auto``) writes an imported list back in its own shape.

``--template`` renders a Jinja2 template in Jinja2's sandbox instead (see
``template_context`` for its variables); every built-in style ships as such a
template (``templates/``), which renders exactly what the style writes.
Where ``--into`` may write is ``markers``' business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ...errors import PaperctlError
from ...models import Paper
from . import shapes
from .escaping import escape, url

STYLES = shapes.STYLES
SORTS = ("manual", "date", "year", "venue-year", "title")
UNSECTIONED = "Other papers"
UNDATED = "Undated"  # the Markdown reader reads this heading back as "no year"
_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_YEAR_IN = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")


@dataclass
class MarkdownOptions:
    style: str = "numbered"
    by_year: bool = False
    notes: bool = True
    toc: bool = True
    heading_level: int = 2  # level of top-level sections
    sort: str = "manual"  # order of papers within a section (see ``sort_papers``)
    badges: str | None = None  # "stars": a shields.io stars badge for each GitHub code link
    columns: tuple[str, ...] = shapes.DEFAULT_COLUMNS  # the table style's columns
    # --style auto: an entry whose paper is unchanged since the import is written as read.
    # False writes every entry anew from the library in its recorded look: no CLI option,
    # it measures how faithful the shape writers are (bench/reexport_lists.py).
    as_read: bool = True

    def entry_options(self) -> shapes.Options:
        return shapes.Options(notes=self.notes, badges=self.badges)


class Node(Protocol):
    """A section to write: its heading and its papers in order (built by the export
    driver, which loads the papers a section at a time)."""

    name: str
    path: str
    depth: int

    @property
    def papers(self) -> list[Paper]: ...


def github_slug(text: str, seen: dict[str, int]) -> str:
    """The anchor GitHub gives a heading (lower case, punctuation and emoji dropped,
    spaces to hyphens, ``-1``, ``-2`` for repeats)."""
    slug = re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")
    count = seen.get(slug, 0)
    seen[slug] = count + 1
    return slug if count == 0 else f"{slug}-{count}"


def _venue_key(paper: Paper) -> tuple[str, int]:
    venue = paper.venue or ""
    m = _YEAR_IN.search(venue)
    name = (venue[: m.start()] if m else venue).strip(" '’,").casefold()
    year = int(m.group()) if m else (paper.year or 0)
    return name, -year


def sort_papers(papers: list[Paper], sort: str) -> list[Paper]:
    """*papers* in the order ``--sort`` asks for, within one section.

    ``manual`` keeps the hand-made order; ``date`` is newest first by
    publication date (else year); ``year`` newest year first; ``venue-year``
    by venue name A-Z, then newest year first; ``title`` A-Z. Papers the key
    cannot place (no date, no venue) come last, each sort keeps ties in the
    hand-made order.
    """
    if sort == "manual":
        return papers
    if sort == "date":
        dated = [p for p in papers if p.published or p.year]
        rest = [p for p in papers if not (p.published or p.year)]
        return sorted(dated, key=lambda p: p.published or str(p.year), reverse=True) + rest
    if sort == "year":
        return sorted([p for p in papers if p.year], key=lambda p: -p.year) + [p for p in papers if not p.year]
    if sort == "venue-year":
        return sorted([p for p in papers if p.venue], key=_venue_key) + [p for p in papers if not p.venue]
    if sort == "title":
        return sorted(papers, key=lambda p: p.title.casefold())
    raise PaperctlError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")


def _entries(papers: list[Paper], options: MarkdownOptions, look: shapes.Look | None = None) -> list[str]:
    lines: list[str] = []
    style, entry_options = options.style, options.entry_options()
    if style == "table" and papers:
        look = look or shapes.Look(columns=options.columns)
        lines += shapes.table_header(look.columns)
    for number, paper in enumerate(sort_papers(papers, options.sort), 1):
        lines += shapes.entry(style, paper, number, entry_options, look)
        if style in shapes.SPACED:
            lines.append("")
    if lines and lines[-1] != "":
        lines.append("")
    return lines


def is_year(name: str) -> bool:
    """A section named as a year heading is (``2024``, ``Undated``): it needs no year headings inside."""
    return name == UNDATED or re.fullmatch(r"(19|20)\d\d", name.strip()) is not None


def year_groups(papers: list[Paper]) -> list[tuple[str, list[Paper]]]:
    """(year heading, its papers): newest year first, then ``Undated``."""
    years = sorted({p.year for p in papers if p.year}, reverse=True)
    groups = [(str(y), [p for p in papers if p.year == y]) for y in years]
    undated = [p for p in papers if not p.year]
    return groups + ([(UNDATED, undated)] if undated else [])


def existing_slugs(text: str) -> dict[str, int]:
    """Anchors taken by headings outside the markers (so ours get the right suffixes)."""
    seen: dict[str, int] = {}
    fenced = False
    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        m = None if fenced else _HEADING.match(line)
        if m:
            github_slug(m.group(2), seen)
    return seen


def paper_context(paper: Paper, number: int) -> dict[str, Any]:
    """One paper as a template sees it: ``Paper.to_dict()`` plus ``link`` (the best
    link), ``number`` (1-based in its group), ``named_links`` ([{name, url}], the
    paper link first), ``venue_year`` (``NeurIPS 2023``) and ``date``."""
    return {**paper.to_dict(), "link": paper.link, "number": number,
            "named_links": [{"name": n, "url": u} for n, u in shapes.named_links(paper)],
            "venue_year": shapes.venue_year(paper), "date": paper.published or (str(paper.year) if paper.year else "")}


def template_context(nodes: list[Node], options: MarkdownOptions, seen: dict[str, int]) -> dict[str, Any]:
    """What a ``--template`` sees.

    ``sections``: list of {name, path, depth, level (heading level), anchor,
    papers, years}; ``papers`` are ``paper_context`` objects in ``--sort`` order;
    ``years`` is a list of {year, anchor, papers} (filled when ``by_year``).
    ``options`` holds style, by_year, notes, toc, heading_level, sort, badges, columns.
    """
    result = []
    for node in nodes:
        anchor = github_slug(node.name, seen)

        def dicts(papers: list[Paper]) -> list[dict[str, Any]]:
            return [paper_context(p, n) for n, p in enumerate(sort_papers(papers, options.sort), 1)]

        papers = node.papers
        years = []
        if options.by_year:
            years = [{"year": y, "anchor": github_slug(y, seen), "papers": dicts(ps)}
                     for y, ps in year_groups(papers)]
        result.append({
            "name": node.name, "path": node.path, "depth": node.depth, "anchor": anchor,
            "level": min(6, options.heading_level + node.depth), "papers": dicts(papers),
            "years": years,
        })
    return {"sections": result, "options": {**options.__dict__, "columns": list(options.columns)}}


def heading_lines(node: Node, options: MarkdownOptions, seen: dict[str, int]) -> tuple[str, list[str]]:
    """The table-of-contents line and the heading lines of one section."""
    level = min(6, options.heading_level + node.depth)
    anchor = github_slug(node.name, seen)
    return "  " * node.depth + f"* [{escape(node.name)}](#{anchor})", ["#" * level + " " + escape(node.name), ""]


def section_body(papers: list[Paper], options: MarkdownOptions, level: int, seen: dict[str, int],
                 look: shapes.Look | None = None) -> list[str]:
    """The entries of one section, under year headings with ``by_year``."""
    if not options.by_year:
        return _entries(papers, options, look)
    body: list[str] = []
    for year, group in year_groups(papers):
        github_slug(year, seen)
        body += ["#" * min(6, level + 1) + " " + year, ""]
        body += _entries(group, options, look)
    return body


def render(nodes: list[Node], options: MarkdownOptions, seen: dict[str, int] | None = None) -> str:
    """The Markdown text for *nodes* (built-in styles)."""
    seen = {} if seen is None else seen
    toc, body = [], []
    for node in nodes:
        toc_line, heading = heading_lines(node, options, seen)
        toc.append(toc_line)
        body += heading
        body += section_body(node.papers, options, min(6, options.heading_level + node.depth), seen)
    lines = (toc + [""] if options.toc and toc else []) + body
    return "\n".join(lines).rstrip("\n") + "\n"


def _environment(folder: Path | None):
    """Jinja2's sandbox (a template cannot reach Python's internals, so it cannot
    run commands: issue 13, item 10), loading ``{% include %}`` and
    ``{% extends %}`` files from the template's own folder."""
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    loader = jinja2.FileSystemLoader(str(folder)) if folder is not None else None
    env = SandboxedEnvironment(keep_trailing_newline=True, undefined=jinja2.StrictUndefined, loader=loader)
    env.filters["md"] = escape
    env.filters["md_line"] = lambda text: escape(text, line_start=True)
    env.filters["url"] = url
    env.filters["star_badge"] = lambda target: shapes.star_badge(target) or ""
    env.globals["table_header"] = lambda columns: "\n".join(shapes.table_header(tuple(columns)))
    return env


def render_template(template: Path, context: dict[str, Any]) -> str:
    """Render the user's Jinja2 *template* with *context* (see ``template_context``)."""
    import jinja2

    template = Path(template)
    try:
        source = template.read_bytes().decode("utf-8")
    except OSError as exc:
        raise PaperctlError(f"cannot read template {template}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        line = template.read_bytes()[: exc.start].count(b"\n") + 1
        raise PaperctlError(f"template {template} is not UTF-8 text (line {line})") from None
    try:
        env = _environment(template.parent)
        return env.from_string(source).render(**context)
    except UnicodeDecodeError as exc:
        raise PaperctlError(f"template {template}: an included file is not UTF-8 text ({exc.reason})") from None
    except jinja2.TemplateError as exc:
        where = f" line {exc.lineno}" if getattr(exc, "lineno", None) else ""
        name = getattr(exc, "filename", None) or str(template)
        raise PaperctlError(f"template {name}{where}: {exc.message or exc}") from None
    except OSError as exc:
        raise PaperctlError(f"template {template}: cannot read an included file: {exc.strerror}") from None


def shipped_template(style: str) -> str:
    """The text of the template paperctl ships for *style* (``--print-template``)."""
    from importlib.resources import files

    if style not in STYLES:
        raise PaperctlError(f"no template for style {style!r}: use one of {', '.join(STYLES)}")
    return (files(__package__) / "templates" / f"{style}.md.j2").read_text(encoding="utf-8")
