"""Tables written in HTML (``<table>``, ``<tr>``, ``<th>``, ``<td>``), read as the Markdown tables
``tables`` reads: a header and rows of cells, each cell's content written back as Markdown.

Some lists keep their papers in an HTML table, one cell a line and blank lines between rows
(seungha164/A-Narrative-Review-of-Foundation-Models-for-Medical-Image-Segmentation, 63 studies)::

    <table border="2" cellspacing="0" cellpadding="6"><thead>
      <tr>
        <th class="tg-cly1">Method   </th>
        <th class="tg-cly1">Year</th>
      ...
      <tr>
        <td class="tg-0lax"><a href="https://arxiv.org/pdf/2203.00131">MedFormer</td>
        <td class="tg-0lax">2023.02</td>

CommonMark ends an HTML block at a blank line, so such a table comes as several blocks; ``read``
takes the lines from ``<table`` to ``</table>`` whole. A link left open (``<a href=..>MedFormer</td>``)
ends with its cell, as a browser ends it; ``rowspan`` repeats a cell in the rows below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .folds import HTML_TAG, html_words

_OPEN = re.compile(r"<table\b", re.IGNORECASE)
_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)
_MOST_LINES = 5000  # (a table left open reads no further than this)


@dataclass
class HtmlTable:
    """A table's header cells, its rows (the 0-based line each starts on, its cells) and the line after it."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    end: int
    header_line: int = -1


def read(lines: list[str], start: int) -> HtmlTable | None:
    """The table that opens on line *start* (``<table``), or None when there is none there, it is
    never closed (but by the end of the list), or it holds no row under its header."""
    if not _OPEN.search(lines[start]):
        return None
    end = next((n + 1 for n in range(start, min(len(lines), start + _MOST_LINES)) if _CLOSE.search(lines[n])), None)
    if end is None and len(lines) - start <= _MOST_LINES and not any(_OPEN.search(line) for line in lines[start + 1:]):
        end = len(lines)  # (left open to the end of the list, as a browser closes it there)
    if end is None:
        return None
    parser = _Cells()
    parser.feed("\n".join(lines[start:end]))
    parser.close()
    rows = [(start + line, cells, head) for line, cells, head in parser.rows if any(c.strip() for c in cells)]
    if len(rows) < 2:
        return None  # (a second row of header cells, "<th>Method</th><th>Venue</th>" under the first, is none)
    header = rows[0][1]
    if numbered_references([header, *(cells for _, cells, _ in rows[1:])]):
        return HtmlTable(header, [(line, cells) for line, cells, _ in rows[1:]], end, rows[0][0])
    return HtmlTable(header, [(line, cells) for line, cells, head in rows[1:] if not head
                              and not _header_again(header, cells)], end, rows[0][0])


def numbered_references(rows: list[list[str]]) -> bool:
    """Is every row a reference's number in brackets and the reference (``<td class="bibtexnumber">[<a
    name="chiu2018monotonic">9</a>]</td><td class="bibtexitem">C.&nbsp;C. Chiu and C.&nbsp;Raffel, &ldquo;Monotonic
    Chunkwise Attention,&rdquo; in <em>Proc. ...</em>, 2018. [&nbsp;<a href="https://arxiv.org/abs/1712.05382">pdf
    </a>&nbsp;]</td>``: bibtex2html's page of a bibliography, tensorflow/lingvo's PUBLICATIONS.md)? No header then:
    each reference is an entry."""
    return len(rows) >= 2 and all(len(cells) == 2 and _REFERENCE_NUMBER.fullmatch(cells[0].strip()) and len(
        cells[1].split()) >= 6 for cells in rows)


_REFERENCE_NUMBER = re.compile(r"\[\d{1,4}\]")


def _header_again(header: list[str], cells: list[str]) -> bool:
    """Is a row the header's second line: header cells that span it (``<td rowspan="2">Method</td>``) beside
    the names of the columns a header cell spans (``1-shot``, ``10-shot`` under ``Tox21``)?"""
    same = sum(1 for a, b in zip(header, cells, strict=False) if a.strip() and a == b)
    return same >= 2 and 3 * same >= len([a for a in header if a.strip()])


@dataclass
class _Cell:
    parts: list[str] = field(default_factory=list)
    href: str | None = None  # an open link's address
    text: list[str] = field(default_factory=list)  # an open link's text
    rowspan: int = 1
    colspan: int = 1

    def add(self, text: str) -> None:
        (self.text if self.href is not None else self.parts).append(text)

    def close_link(self) -> None:
        if self.href is not None:
            words = " ".join("".join(self.text).split())
            self.parts.append(f"[{words}]({self.href})" if words else "")
            self.href, self.text = None, []

    def markdown(self) -> str:
        self.close_link()
        return " ".join("".join(self.parts).replace("|", "\\|").split())


class _Cells(HTMLParser):
    """The rows of a table, each as (line in the table, cells as Markdown, header cells only?)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[int, list[str], bool]] = []
        self.row: list[str] | None = None
        self.row_line = 0
        self.cell: _Cell | None = None
        self.spans: dict[int, tuple[int, str]] = {}  # column -> (rows still to fill, cell)
        self.depth = 0  # tables nested inside this one: their tags are text of the cell
        self.data_cells = 0  # "<td>" cells in the row (none: a row of "<th>", a header)
        self.spanned = False  # the row's first cell spans three columns or more
        self.own: list[tuple[int, int]] = []  # (column, colspan) of the row's own cells (not those spanning it)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "table" and (self.row is not None or self.cell is not None):
            self.depth += 1
        if self.depth:
            return
        if tag == "tr":
            self._end_row()
            self.row, self.row_line, self.data_cells = [], self.getpos()[0] - 1, 0
        elif tag in ("td", "th"):
            self._end_cell()
            if self.row is None:
                self.row, self.row_line = [], self.getpos()[0] - 1
            self.cell = _Cell(rowspan=_number(found.get("rowspan")), colspan=_number(found.get("colspan")))
            self.data_cells += tag == "td"
        elif self.cell is not None:
            self._inline(tag, found)

    def _inline(self, tag: str, found: dict[str, str | None]) -> None:
        cell = self.cell
        assert cell is not None
        if tag == "a" and found.get("href"):
            cell.close_link()
            cell.href = (found.get("href") or "").strip()
        elif tag == "br":
            cell.add(" <br> ")
        elif tag in ("b", "strong"):
            cell.add("**")
        elif tag == "code":
            cell.add("`")
        elif tag == "img" and found.get("src"):
            cell.add(f"![{found.get('alt') or ''}]({found.get('src')})")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.cell is not None and not self.depth and tag in ("br", "img"):
            self._inline(tag, dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self.depth:
            self.depth -= 1
            return
        if self.depth:
            return
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr" or tag == "table":
            self._end_row()
        elif self.cell is not None:
            if tag == "a":
                self.cell.close_link()
            elif tag in ("b", "strong"):
                self.cell.add("**")
            elif tag == "code":
                self.cell.add("`")

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.add(data)

    def _end_cell(self) -> None:
        if self.cell is None or self.row is None:
            return
        self._fill_spans()
        text = self.cell.markdown()
        column = len(self.row)
        self.own.append((column, self.cell.colspan))
        if column == 0 and self.cell.colspan >= 3:
            self.spanned = True  # (a cell across the row: maybe the name of the rows below, ``_end_row``)
        for k in range(self.cell.colspan):
            self.row.append(text if k == 0 else "")
            if self.cell.rowspan > 1:
                self.spans[column + k] = (self.cell.rowspan - 1, text if k == 0 else "")
        self.cell = None
        self._fill_spans()

    def _fill_spans(self) -> None:
        """Cells of rows above that span this row, at the column the row has reached."""
        assert self.row is not None
        while len(self.row) in self.spans:
            left, text = self.spans[len(self.row)]
            if left <= 1:
                del self.spans[len(self.row)]
            else:
                self.spans[len(self.row)] = (left - 1, text)
            self.row.append(text)

    def _end_row(self) -> None:
        self._end_cell()
        if self.row is not None and self.spans:
            self._fill_spans()
        if self.row and self.spanned and not any(self.row[1:]) and self.row[0] and "](" not in self.row[0] \
                and "**" not in self.row[0]:
            self.row[0] = f"**{self.row[0]}**"  # '<td colspan="9" align="center">HVS-Based Method</td>' over the
            # rows of its papers (11xiaoyi11/IQA-Survey): a group label, as a bold cell alone is in Markdown
        if self.row and self._continues():
            column = self.own[0][0]  # '<td rowspan="2">2024-12-16</td><td><strong>Title</strong></td>...' then
            above = self.rows[-1][1]  # '<td colspan="3">• Introduces ...<br>• Analyzes ...</td>' (IAAR-Shanghai/
            above[column] = f"{above[column]} <br> {self.row[column]}"  # Awesome-Attention-Heads, every paper):
            # the row below the paper's, under its cells from the title's on, says more of it
        elif self.row:
            self.rows.append((self.row_line, self.row, not self.data_cells))
        self.row, self.data_cells, self.spanned, self.own = None, 0, False, []

    def _continues(self) -> bool:
        """Is the row one cell across the columns of the row above it, beside a cell of that row spanning it?"""
        assert self.row is not None
        return len(self.own) == 1 and self.own[0][1] >= 2 and self.own[0][0] > 0 and bool(self.rows) and \
            not self.rows[-1][2] and len(self.rows[-1][1]) == len(self.row) and bool(self.row[self.own[0][0]]) \
            and all(self.row[k] == self.rows[-1][1][k] for k in range(self.own[0][0]))


def _number(value: str | None) -> int:
    """A rowspan's or colspan's count (``rowspan=3"``, a slip in MarkMoHR/Awesome-Sketch-Based-Applications, is 3)."""
    m = re.match(r"\s*(\d{1,3})", value or "")
    return int(m.group(1)) if m and 0 < int(m.group(1)) <= 100 else 1


def _as_markdown(html: str) -> str:
    """Inline HTML (links, bold, italics, line breaks) written as Markdown, as a table cell's text is."""
    parser = _Cells()
    parser.cell = _Cell()
    parser.row = []
    parser.feed(html)
    parser.close()
    return parser.cell.markdown().replace("\\|", "|")


def paragraph(html: str) -> str | None:
    """An HTML paragraph that is one entry (``<p>`` / ``<font size=3><b>AdaMixer: A Fast-Converging Query-Based
    Object Detector.</b></font>`` / ``<br>`` / ``<font size=2>Ziteng Gao, Limin Wang, ...</font>`` / ``<br>`` /
    ``<font size=2>CVPR 2022.</font>`` / ``<a href='..'>[paper]</a> <a href='..'>[code]</a>`` / ``</p>``,
    IDEA-Research/awesome-detection-transformer, every paper) written as Markdown: its bold title, its lines, its
    links; None for other HTML."""
    text = html.strip()
    if not _PARAGRAPH.fullmatch(text) or "<a " not in text or "<b>" not in text.lower():
        return None
    lines = [" ".join(line.split()) for line in _as_markdown(text[3:-4]).split("<br>")]
    return "\n".join(line for line in lines if line) or None


_PARAGRAPH = re.compile(r"<p>.*</p>", re.IGNORECASE | re.DOTALL)


def list_items(html: str) -> list[tuple[int, int, str]] | None:
    """An HTML list whose items are entries, one ``<li>`` each (``<ul>`` / ``<li>Title. <a href="..">[paper]</a>
    <a href="..">[code]</a>``, an item going on over the next lines: mwan0027/ReadingList, every paper): each
    item as (its first line, its lines, its text written as Markdown); None for other HTML."""
    if not _LIST_OPEN.match(html):
        return None
    if "<!--" in html:  # (an item in a comment says nothing; its lines are kept, blank)
        html = _COMMENTED.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), html)
    lines = html.split("\n")
    starts = [k for k, line in enumerate(lines) if _ITEM_OPEN.match(line)]
    if not starts:
        return None
    items = []
    for n, k in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        text = " ".join(_as_markdown(" ".join(lines[k:end])).split())
        if text:
            items.append((k, end - k, text))
    return items


_COMMENTED = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_LIST_OPEN = re.compile(r"\s*<(?:ul|ol|li)\b", re.IGNORECASE)
_ITEM_OPEN = re.compile(r"\s*<li\b", re.IGNORECASE)


def details_entry(html: str) -> tuple[str, str] | None:
    """A list item that is one entry folded in HTML: ``<details style="display:inline"><summary><b>(<i>EMNLP'25</i>)
    CiteBART: Learning to Generate Citations for Local Citation Recommendation</b> [<a href="https://doi.org/..">
    link</a>]</summary> Citation-specific pre-training in an encoder-decoder, ...</details>`` (zhangleiniu/awesome-
    scientific-literature-retrieval, every paper): (its label written as Markdown, the words it folds), or None
    when the label links nothing or is no more than a word or two (a fold of notes)."""
    m = _DETAILS_ENTRY.match(html.strip())
    if m is None or "<a " not in m.group(1).lower():
        return None
    label = " ".join(_as_markdown(m.group(1)).split())
    if len(HTML_TAG.sub(" ", m.group(1)).split()) < 4:
        return None
    return label, html_words(html.strip()[m.end():])


_DETAILS_ENTRY = re.compile(r"<details\b[^<>]{0,200}>\s*<summary\b[^<>]{0,200}>(.{1,2000}?)</summary>",
                            re.IGNORECASE | re.DOTALL)
