"""One writer per entry shape: a paper as the lines of one Markdown entry.

Each style is the shape of a kind of real list (issue 15 counts them), and
the Markdown reader reads every one of them back:

* ``numbered``: ``1. **Title** (Venue) [[paper]](link) [[code]](url) summary``,
  notes as sub-bullets (the LLM/MLLM list);
* ``bullets``: ``**Title** (Venue) [paper](link)``, then ``* summary`` and
  ``* note`` lines (the user's reading-notes);
* ``table``: one row a paper under a header of named columns (Awesome-Efficient-LLM);
* ``citation``: ``**Title** \\`` / ``*Authors* \\`` / ``Venue Year. [[paper](..)] [[code](..)]``
  (Awesome-Diffusion, Awesome-LLM-Reasoning);
* ``venue-prefix``: ``- [CVPR 2024] **Title** [[paper]](..) [[code]](..)``
  (Papers-Graphs-with-Heterophily);
* ``bracket``: ``- Title (Venue Year) [[paper](..)] [[code](..)]`` (Awesome-Mamba-Collection).

A summary follows the links on the entry's line; notes are sub-bullets (in a
table, a ``notes`` column). A paper without a summary is written title-only,
which is how these lists mark "not read yet". ``Look`` carries what ``--style
auto`` learnt of a section (its list marker, how it labels links, how it writes
a venue) so that a new paper looks like its neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...models import Paper
from .escaping import escape, url

STYLES = ("numbered", "bullets", "table", "citation", "venue-prefix", "bracket")
COLUMNS = ("title", "venue", "date", "year", "authors", "code", "links", "summary", "notes", "status")
DEFAULT_COLUMNS = ("title", "venue", "date", "code", "summary")
_HEADERS = {"title": "Title", "venue": "Venue", "date": "Date", "year": "Year", "authors": "Authors",
            "code": "Code", "links": "Links", "summary": "Summary", "notes": "Notes", "status": "Status"}
_GITHUB = re.compile(r"^https?://(?:www\.)?github\.com/([\w.-]+)/([\w.-]+?)(?:\.git)?(?:[/?#].*)?$", re.I)
_YEAR_IN = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")
_PREPRINT = re.compile(r"arxiv|preprint|corr|biorxiv|medrxiv|ssrn|openreview", re.I)


@dataclass
class Look:
    """How entries of one section are written (defaults: paperctl's own)."""

    marker: str | None = None  # "- ", "* ", "1. " ... (None: the style's own)
    labels: dict[str, str] = field(default_factory=dict)  # link name -> label as the list writes it ("code" -> "Code")
    venue_format: str | None = None  # "(**{venue}**)", "[{name} {year}]" ... (see layout.py)
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    link_form: str | None = None  # "double" [[name]](url), "inner" [[name](url)], "single" [name](url)
    year_alone: bool = True  # write "(2023)" for a paper with a year and no venue (a list that shows none: False)
    # What --style auto saw of the list's entries beyond their layout record (None: the style's own way):
    title_bold: bool | None = None  # **Title** or a plain Title
    arxiv_url: str | None = None  # how arXiv papers are linked: "https://arxiv.org/pdf/{id}.pdf"
    date_format: str | None = None  # a date after the links: "({y}.{m}.{d})", filled from the published date
    date_text: str | None = None  # this entry's own date as written, kept when the library has no date
    separator: str | None = None  # between two links (None: " ")
    gap: str | None = None  # before the first link (None: " "; some entries have two spaces)
    links_in_bold: bool | None = None  # bullets: "**Title [paper](url)**", the links inside the bold
    title_tag: str | None = None  # "【🔧SFT】" before the title, inside the bold: a note of the paper written there
    venue_after: bool | None = None  # the venue after the links: "**Title** [[paper]](..) (ICLR 2024)"
    title_link: bool | None = None  # the title carries the paper's link: [Title](url)
    title_end: str | None = None  # written after every title, inside its link: "."
    indent: str | None = None  # citation: a blank line, then authors and venue on one line so indented
    authors_end: str | None = None  # "." closing the authors: "*A, B.*"
    # a table row's own cells: (space before, content, space after), the columns no field fills
    # and cells past the header kept as the row had them; and whether the row ends with "|"
    cells: list[tuple[str, str, str]] = field(default_factory=list)
    row_closed: bool = True
    title_prefix: str = ""  # before a row's title: its badges as the row had them (Awesome-Efficient-LLM)
    # this entry's own links as it wrote them: target -> (place, label, form); written again so
    written: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    no_code: str | None = None  # written for a paper without a code link: "[Code]"


@dataclass
class Options:
    notes: bool = True
    badges: str | None = None  # "stars": a shields.io stars badge for each GitHub code link


def named_links(paper: Paper, look: Look | None = None) -> list[tuple[str, str]]:
    """(name, url): the paper link first, then its other named links in order; with
    *look*, in the order the list writes its labels (``[[paper]] [[poster]] [[code]]``)
    and an arXiv paper linked the way the list links them."""
    link = paper_link(paper, look)
    parts = [("paper", link)] if link else []
    for name, target in paper.links.items():
        if name == "pdf" and paper.arxiv_id:
            continue  # the abs page is already the paper link
        if target != paper.link:
            parts.append((name, target))
    if look is not None and (look.labels or look.written):
        order = list(look.labels)

        def place(part: tuple[str, str]) -> tuple[int, int]:
            if part[1] in look.written:
                return 0, look.written[part[1]][0]
            return 1, order.index(part[0]) if part[0] in order else len(order)

        parts.sort(key=place)
    return parts


def paper_link(paper: Paper, look: Look | None = None) -> str | None:
    """The paper's link; an arXiv paper's as the list writes them (``look.arxiv_url``)."""
    if paper.arxiv_id and look is not None and look.arxiv_url:
        return look.arxiv_url.format(id=paper.arxiv_id)
    return paper.link


def star_badge(target: str) -> str | None:
    """``[![Stars](shields.io badge)](repo)`` for a GitHub repository link, else None."""
    m = _GITHUB.match(target)
    if not m:
        return None
    owner, repo = m.group(1), m.group(2)
    return f"[![Stars](https://img.shields.io/github/stars/{owner}/{repo}?style=social)](https://github.com/{owner}/{repo})"


def _label(name: str, look: Look) -> str:
    return escape(look.labels.get(name, name))


def _links(paper: Paper, look: Look, form: str, options: Options) -> str:
    """The links, as ``[[name]](url)`` (``double``), ``[[name](url)]`` (``inner``) or ``[name](url)``."""
    parts = []
    form = look.link_form or form
    for name, target in named_links(paper, look):
        if name == "paper" and look.title_link:
            continue  # the title carries it
        label, how = look.written[target][1:] if target in look.written else (_label(name, look), form)
        if how == "double":
            parts.append(f"[[{label}]]({url(target)})")
        elif how == "inner":
            parts.append(f"[[{label}]({url(target)})]")
        else:
            parts.append(f"[{label}]({url(target)})")
    if look.no_code and parts and "code" not in paper.links:
        parts.append(look.no_code)
    joined = (" " if look.separator is None else look.separator).join(parts)
    if options.badges == "stars":
        badges = [b for name, target in paper.links.items() if name == "code" and (b := star_badge(target))]
        joined = " ".join([joined, *badges]) if joined else " ".join(badges)
    return joined


def venue_text(paper: Paper, look: Look | None = None) -> str | None:
    """The venue as the section writes it (``look.venue_format``), else as stored."""
    if not paper.venue:
        return None
    fmt = look.venue_format if look else None
    if not fmt:
        return escape(paper.venue)
    year = _YEAR_IN.search(paper.venue)
    name = paper.venue[: year.start()].strip(" '’,") if year else paper.venue
    after = re.match(r"[^{]*", fmt.split("{name}", 1)[1]).group().rstrip("]) '’,*") if "{name}" in fmt else ""
    if after.strip() and name.endswith(after) and name != after:
        name = name[: -len(after)].rstrip()  # "[{name} Networks]" read from "[Neural Networks]": the rest is written
    values = {"venue": escape(paper.venue), "name": escape(name), "year": year.group() if year else "",
              "yy": year.group()[2:] if year else ""}
    if ("{year}" in fmt or "{yy}" in fmt) and not year:
        return escape(paper.venue)
    if "{name}" not in fmt and "{venue}" not in fmt and not _PREPRINT.fullmatch(name.strip()):
        # "Preprint'{yy}": the list's word for arXiv, written for an arXiv paper only; another
        # venue takes its own name there ("NeurIPS'24")
        fmt = re.sub(r"^[^{]*?(?=['’ ]?\{)", "{name}", fmt, count=1)
    return fmt.format(**values)


def venue_year(paper: Paper, look: Look | None = None) -> str:
    """``NeurIPS 2023``: the venue, with the year when the venue does not say it."""
    if look is not None and not look.year_alone and not paper.venue:
        return ""
    venue = paper.venue or ""
    if paper.year and not _YEAR_IN.search(venue):
        venue = f"{venue} {paper.year}".strip()
    return escape(venue)


def _tag(paper: Paper, look: Look) -> str:
    """The note the entry writes before its title (``【🔧SFT】``), when the paper still has it."""
    return look.title_tag if look.title_tag and any(n.text == look.title_tag for n in paper.notes) else ""


def _title(paper: Paper, look: Look, bold: bool, line_start: bool = False) -> str:
    """The title, bold or plain as the list writes it (*bold*: the style's own way),
    carrying the paper's link where the list's titles do, after its tag note if it has one."""
    tag = _tag(paper, look)
    if tag and not look.title_link and (look.title_bold if look.title_bold is not None else bold):
        return f"**{escape(tag)}{escape(paper.title)}**"
    link = paper_link(paper, look) if look.title_link else None
    if link:
        end = look.title_end if look.title_end and not paper.title.endswith(look.title_end) else ""
        text = f"[{escape(paper.title)}{end}]({url(link)})"
    elif look.title_bold if look.title_bold is not None else bold:
        text = escape(paper.title)
    else:
        return escape(paper.title, line_start=line_start)
    return f"**{text}**" if (look.title_bold if look.title_bold is not None else bold) else text


def date_text(paper: Paper, look: Look) -> str:
    """The date some lists write after an entry's links (``(2023.12.01)``): the paper's
    published date in the list's format, else the entry's own date as it was written."""
    published = paper.published or ""
    if look.date_format and re.fullmatch(r"\d{4}-\d\d-\d\d", published):
        y, m, d = published.split("-")
        return look.date_format.format(y=y, m=m, d=d)
    return look.date_text or ""


def _with_date(line: str, paper: Paper, look: Look) -> str:
    date = date_text(paper, look)
    return f"{line} {date}" if date else line


def status_mark(paper: Paper, convention: bool = False) -> str:
    """``✅ `` for a read paper, ``📌 `` for one being read (the marks real lists use,
    and the reader reads back). With *convention* (the numbered and bullets
    styles, whose lists say "a summary means read"), only where the summary
    does not already say it: a paper being read, or read without a summary."""
    if paper.status == "reading":
        return "📌 "
    if paper.status == "read" and not (convention and paper.summary):
        return "✅ "
    return ""


def _authors(paper: Paper) -> str:
    return " *" + escape(", ".join(paper.author_names)) + "*" if paper.authors else ""


def _note_lines(paper: Paper, indent: str, options: Options, look: Look | None = None) -> list[str]:
    if not options.notes:
        return []
    tag = _tag(paper, look) if look is not None else ""
    return [indent + "- " + escape(n.text, line_start=True) for n in paper.notes if not (tag and n.text == tag)]


def numbered(paper: Paper, number: int, options: Options, look: Look | None = None) -> list[str]:
    look = look or Look()
    marker = look.marker or f"{number}. "
    mark = status_mark(paper, convention=True)
    line = marker + mark + _title(paper, look, True, line_start=not mark)
    venue = venue_text(paper, look)
    venue = (f"({venue})" if not look.venue_format else venue) if venue else ""
    if venue and not look.venue_after:
        line += " " + venue
    links = _links(paper, look, "double", options)
    if links:
        line += (look.gap or " ") + links
    if venue and look.venue_after:
        line += " " + venue
    line = _with_date(line, paper, look)
    if paper.summary:
        line += " " + escape(paper.summary)
    return [line] + _note_lines(paper, " " * len(marker), options, look)


def bullets(paper: Paper, options: Options, look: Look | None = None) -> list[str]:
    look = look or Look()
    mark = status_mark(paper, convention=True)
    inside = bool(look.links_in_bold) and (look.title_bold is not False)
    line = mark + ("**" + escape(paper.title) if inside else _title(paper, look, True, line_start=not mark))
    venue = venue_text(paper, look)
    if venue:
        line += f" ({venue})" if not look.venue_format else f" {venue}"
    links = _links(paper, look, "single", options)
    if links:
        line += (look.gap or " ") + links
    line += "**" if inside else ""
    lines = [line]
    if paper.summary:
        lines.append("* " + escape(paper.summary, line_start=True))
    if options.notes:
        lines += ["* " + escape(n.text, line_start=True) for n in paper.notes]
    return lines


def citation(paper: Paper, options: Options, look: Look | None = None) -> list[str]:
    """Title, authors and ``Venue Year. [[paper](..)]`` as one paragraph of
    backslash-broken lines; the summary is its last line, notes sub-bullets below."""
    look = look or Look()
    mark = status_mark(paper)
    if look.indent is not None:
        return _citation_block(paper, options, look, mark)
    lines = [mark + _title(paper, look, True, line_start=not mark)]
    if paper.authors:
        lines.append("*" + escape(", ".join(paper.author_names)) + "*")
    where = venue_year(paper)
    links = _links(paper, look, "inner", options)
    last = (where + "." if where else "") + (" " if where and links else "") + links
    if last:
        lines.append(last)
    if paper.summary:
        lines.append(escape(paper.summary, line_start=True))
    lines = [line + " \\" for line in lines[:-1]] + lines[-1:]
    if options.notes and paper.notes:
        lines += [""] + _note_lines(paper, "", options)
    return lines


def _citation_block(paper: Paper, options: Options, look: Look, mark: str) -> list[str]:
    """The citation as Awesome-LLM-Reasoning writes one: ``1. **[Title.](url)** [[code](..)]``,
    a blank line, then ``    *Authors.* Venue'24`` indented (then the summary and notes)."""
    marker = look.marker or ""
    indent = look.indent or "    "
    first = marker + mark + _title(paper, look, True, line_start=not (marker or mark))
    links = _links(paper, look, "inner", options)
    lines = [first + ((look.gap or " ") + links if links else "")]
    parts = []
    if paper.authors:
        parts.append("*" + escape(", ".join(paper.author_names)) + (look.authors_end or "") + "*")
    where = venue_text(paper, look) if look.venue_format else venue_year(paper)
    if where:
        parts.append(where)
    if parts:
        lines += ["", indent + " ".join(parts)]
    if paper.summary:
        lines += ["", indent + escape(paper.summary, line_start=True)]
    if options.notes and paper.notes:
        lines += [""] + _note_lines(paper, indent, options)
    return lines


def venue_prefix(paper: Paper, options: Options, look: Look | None = None) -> list[str]:
    look = look or Look()
    marker = look.marker or "- "
    where = venue_year(paper, look) if not look.venue_format else (venue_text(paper, look) or "")
    line = marker + status_mark(paper)
    line += f"[{where}] " if where and not look.venue_format else (where + " " if where else "")
    line += _title(paper, look, True, line_start=line == marker) + _authors(paper)
    links = _links(paper, look, "double", options)
    if links:
        line += (look.gap or " ") + links
    line = _with_date(line, paper, look)
    if paper.summary:
        line += " " + escape(paper.summary)
    return [line] + _note_lines(paper, " " * len(marker), options)


def bracket(paper: Paper, options: Options, look: Look | None = None) -> list[str]:
    look = look or Look()
    marker = look.marker or "- "
    mark = status_mark(paper)
    line = marker + mark + _title(paper, look, False, line_start=not mark)
    where = venue_year(paper, look) if not look.venue_format else (venue_text(paper, look) or "")
    if where:
        line += f" ({where})" if not look.venue_format else f" {where}"
    links = _links(paper, look, "inner", options)
    if links:
        line += (look.gap or " ") + links
    line = _with_date(line, paper, look)
    if paper.summary:
        line += " " + escape(paper.summary)
    return [line] + _note_lines(paper, " " * len(marker), options)


def table_header(columns: tuple[str, ...]) -> list[str]:
    """The header and alignment rows GitHub renders (``| Title | Venue |`` / ``| --- | --- |``)."""
    return ["| " + " | ".join(_HEADERS[c] for c in columns) + " |",
            "| " + " | ".join("---" for _ in columns) + " |"]


def _cell(paper: Paper, column: str, look: Look, options: Options) -> str:
    if not column:
        return ""  # a column of the list's own that no field fills
    if column in ("title", "title_authors"):
        title, link = escape(paper.title), paper_link(paper, look)
        cell = look.title_prefix + (f"[{title}]({url(link)})" if link else title)
        if column == "title_authors" and paper.authors:  # "Title & Authors": Awesome-Efficient-LLM
            cell += " <br> " + escape(", ".join(paper.author_names))
        return cell
    if column == "all_links":  # a "Links" column without a "Code" one: every link, the paper's first
        return _links(paper, look, "single", options)
    if column == "venue":
        return venue_text(paper, look) or ""
    if column == "date":
        return paper.published or (str(paper.year) if paper.year else "")
    if column == "year":
        return str(paper.year) if paper.year else ""
    if column == "authors":
        return escape(", ".join(paper.author_names))
    if column == "code":
        code = paper.links.get("code")
        if not code:
            return ""
        badge = star_badge(code) if options.badges == "stars" else None
        return (badge + " " if badge else "") + f"[{_label('code', look)}]({url(code)})"
    if column == "links":
        others = [(n, t) for n, t in named_links(paper, look) if n not in ("paper", "code")]
        return " ".join(f"[{_label(n, look)}]({url(t)})" for n, t in others)
    if column == "summary":
        return escape(paper.summary) if paper.summary else ""
    if column == "notes":
        return " <br> ".join(escape(n.text) for n in paper.notes) if options.notes else ""
    if column == "status":
        return paper.status
    raise ValueError(column)


def table_row(paper: Paper, options: Options, look: Look | None = None) -> list[str]:
    """One row; with ``look.cells`` (a row the list wrote), spaced as it was, with its
    own text in the columns no field fills and in cells past the header."""
    look = look or Look()
    if not look.cells:
        return ["| " + " | ".join(_cell(paper, c, look, options) for c in look.columns) + " |"]
    cells = []
    for n, column in enumerate(look.columns):
        before, content, after = look.cells[n] if n < len(look.cells) else (" ", "", " ")
        cells.append(before + (_cell(paper, column, look, options) if column else content) + after)
    cells += ["".join(cell) for cell in look.cells[len(look.columns):]]
    return ["|" + "|".join(cells) + ("|" if look.row_closed else "")]


def entry(style: str, paper: Paper, number: int, options: Options, look: Look | None = None) -> list[str]:
    """The lines of one entry of *paper* in *style*."""
    if style == "numbered":
        return numbered(paper, number, options, look)
    if style == "bullets":
        return bullets(paper, options, look)
    if style == "table":
        return table_row(paper, options, look)
    if style == "citation":
        return citation(paper, options, look)
    if style == "venue-prefix":
        return venue_prefix(paper, options, look)
    if style == "bracket":
        return bracket(paper, options, look)
    raise ValueError(f"unknown style {style!r}")


# Styles whose entries are paragraphs, written with a blank line between two entries.
SPACED = ("bullets", "citation")
