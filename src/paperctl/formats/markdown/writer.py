"""The reading list as Markdown, in the shapes users keep by hand.

Sections become nested headings by path (``LLM/In-Context Learning`` ->
``## LLM`` / ``### In-Context Learning``), under a table of contents of
GitHub-style anchor links; ``by_year`` adds year headings inside each
section, newest first. Papers keep their order within their section, and a
paper in two sections appears in both. Two entry styles:

* ``numbered`` (like the LLM-MLLM list):
  ``1. **Title** (Venue) [[paper]](link) [[code]](url) summary``, notes as sub-bullets;
* ``bullets`` (like reading-notes): ``**Title** [paper](link)``, then
  ``* summary`` and ``* note`` lines.

A paper without a summary is written title-only, which is how these lists
mark "not read yet". ``--template`` renders a Jinja2 template instead (see
``template_context`` for its variables). ``into`` replaces only what lies
between ``<!-- paperctl:begin -->`` and ``<!-- paperctl:end -->`` in an
existing file, so a hand-written preface survives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ...errors import PaperctlError
from ...models import Paper

BEGIN, END = "<!-- paperctl:begin -->", "<!-- paperctl:end -->"
STYLES = ("numbered", "bullets")
UNSECTIONED = "Other papers"
UNDATED = "Undated"  # the Markdown reader reads this heading back as "no year"
_MATH = re.compile(r"(?<!\\)\$(?=\S)[^$\n]*?(?<=\S)(?<!\\)\$(?![0-9])")  # pandoc's rule: "$5 or $10" is no math
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>~&])")
_BLOCK_START = re.compile(r"^(\s*)([-+*#>]|\d+[.)])")
_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")


@dataclass
class MarkdownOptions:
    style: str = "numbered"
    by_year: bool = False
    notes: bool = True
    toc: bool = True
    heading_level: int = 2  # level of top-level sections


class Node(Protocol):
    """A section to write: its heading and its papers in order (built by the export
    driver, which loads the papers a section at a time)."""

    name: str
    path: str
    depth: int

    @property
    def papers(self) -> list[Paper]: ...


def escape(text: str, line_start: bool = False) -> str:
    """Escape Markdown syntax in user text so it renders as written; ``$math$`` is kept."""
    out, pos = [], 0
    for m in _MATH.finditer(text):
        out.append(_INLINE_SPECIAL.sub(r"\\\1", text[pos : m.start()]))
        out.append(m.group())
        pos = m.end()
    out.append(_INLINE_SPECIAL.sub(r"\\\1", text[pos:]))
    escaped = "".join(out).replace("\n", " ")
    if line_start:
        escaped = _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
    return escaped


def github_slug(text: str, seen: dict[str, int]) -> str:
    """The anchor GitHub gives a heading (lower case, punctuation and emoji dropped,
    spaces to hyphens, ``-1``, ``-2`` for repeats)."""
    slug = re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")
    count = seen.get(slug, 0)
    seen[slug] = count + 1
    return slug if count == 0 else f"{slug}-{count}"


def _url(url: str) -> str:
    return f"<{url}>" if re.search(r"[\s()<>]", url) else url


def _links(paper: Paper, double: bool) -> str:
    """``[[paper]](link) [[code]](url)``: the paper first, then its other named links."""
    wrap = (lambda name: f"[[{name}]]") if double else (lambda name: f"[{name}]")
    parts = [f"{wrap('paper')}({_url(paper.link)})"] if paper.link else []
    for name, url in paper.links.items():
        if name == "pdf" and paper.arxiv_id:
            continue  # the abs page is already the paper link
        if url != paper.link:
            parts.append(f"{wrap(escape(name))}({_url(url)})")
    return " ".join(parts)


def _numbered(paper: Paper, number: int, notes: bool) -> list[str]:
    marker = f"{number}. "
    line = marker + f"**{escape(paper.title)}**"
    if paper.venue:
        line += f" ({escape(paper.venue)})"
    links = _links(paper, double=True)
    if links:
        line += " " + links
    if paper.summary:
        line += " " + escape(paper.summary)
    lines = [line]
    if notes:
        lines += [" " * len(marker) + "- " + escape(n.text, line_start=True) for n in paper.notes]
    return lines


def _bullets(paper: Paper, notes: bool) -> list[str]:
    line = f"**{escape(paper.title)}**"
    if paper.venue:
        line += f" ({escape(paper.venue)})"
    links = _links(paper, double=False)
    if links:
        line += " " + links
    lines = [line]
    if paper.summary:
        lines.append("* " + escape(paper.summary, line_start=True))
    if notes:
        lines += ["* " + escape(n.text, line_start=True) for n in paper.notes]
    return lines


def _entries(papers: list[Paper], options: MarkdownOptions) -> list[str]:
    lines: list[str] = []
    for number, paper in enumerate(papers, 1):
        if options.style == "numbered":
            lines += _numbered(paper, number, options.notes)
        else:
            lines += _bullets(paper, options.notes)
            lines.append("")
    if lines and lines[-1] != "":
        lines.append("")
    return lines


def _year_groups(papers: list[Paper]) -> list[tuple[str, list[Paper]]]:
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


def template_context(nodes: list[Node], options: MarkdownOptions, seen: dict[str, int]) -> dict[str, Any]:
    """What a ``--template`` sees.

    ``sections``: list of {name, path, depth, level (heading level), anchor,
    papers, years}; ``papers`` are ``Paper.to_dict()`` objects plus ``link``
    (best link) and ``number`` (1-based within the section); ``years`` is a
    list of {year, anchor, papers} (filled when ``by_year``). ``options`` holds
    style, by_year, notes, toc, heading_level.
    """
    result = []
    for node in nodes:
        anchor = github_slug(node.name, seen)

        def dicts(papers: list[Paper]) -> list[dict[str, Any]]:
            return [{**p.to_dict(), "link": p.link, "number": n} for n, p in enumerate(papers, 1)]

        papers = node.papers
        years = []
        if options.by_year:
            years = [{"year": y, "anchor": github_slug(y, seen), "papers": dicts(ps)}
                     for y, ps in _year_groups(papers)]
        result.append({
            "name": node.name, "path": node.path, "depth": node.depth, "anchor": anchor,
            "level": min(6, options.heading_level + node.depth), "papers": dicts(papers),
            "years": years,
        })
    return {"sections": result, "options": options.__dict__}


def render(nodes: list[Node], options: MarkdownOptions, seen: dict[str, int] | None = None) -> str:
    """The Markdown text for *nodes* (built-in styles)."""
    seen = {} if seen is None else seen
    toc, body = [], []
    for node in nodes:
        level = min(6, options.heading_level + node.depth)
        anchor = github_slug(node.name, seen)
        toc.append("  " * node.depth + f"* [{escape(node.name)}](#{anchor})")
        body += ["#" * level + " " + escape(node.name), ""]
        papers_here = node.papers
        if options.by_year:
            for year, papers in _year_groups(papers_here):
                github_slug(year, seen)
                body += ["#" * min(6, level + 1) + " " + year, ""]
                body += _entries(papers, options)
        else:
            body += _entries(papers_here, options)
    lines = (toc + [""] if options.toc and toc else []) + body
    return "\n".join(lines).rstrip("\n") + "\n"


def render_template(template: Path, context: dict[str, Any]) -> str:
    try:
        import jinja2
    except ImportError:  # pragma: no cover - jinja2 is a dependency
        raise PaperctlError("--template needs the jinja2 package") from None
    try:
        env = jinja2.Environment(keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
        env.filters["md"] = escape
        return env.from_string(template.read_text(encoding="utf-8")).render(**context)
    except OSError as exc:
        raise PaperctlError(f"cannot read template {template}: {exc.strerror}") from None
    except jinja2.TemplateError as exc:
        raise PaperctlError(f"template {template}: {exc}") from None


def splice(document: str, generated: str, name: str = "the file") -> str:
    """*document* with the part between the paperctl markers replaced by *generated*."""
    begin, end = document.find(BEGIN), document.find(END)
    if begin < 0 or end < 0 or end < begin:
        raise PaperctlError(f"{name} has no '{BEGIN}' ... '{END}' markers to write between")
    return document[: begin + len(BEGIN)] + "\n\n" + generated + "\n" + document[end:]
