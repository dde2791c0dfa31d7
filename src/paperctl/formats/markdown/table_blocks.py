"""A table of a Markdown list, as the reader reads it (``reader._Reader`` inherits this): its columns read
by the header (the roles remembered for a table that goes on after a blank line), its group rows as headings,
each row's papers emitted, a row citing a numbered reference below the table read with it."""

from __future__ import annotations

import re

from . import blocks as blocks_
from . import bold_lines, columns, headings, html_tables, inline, links, table_shapes, tables, venues
from .blocks import Block
from .reader_state import ReaderState

_NUMBERED = re.compile(r"^\s*\d{1,4}[.)]\s+")  # (at the start: not "(2023) " within a title)
_LINKED_FIRST = re.compile(r"\[[^\[\]]{8,400}\]\(https?://[^()\s]+\)")  # a title's link first (not "#contents")
_TITLE_THEN_LINK = re.compile(r"([^\[\]()<>]{8,400}?)\s*(?:\((?:19|20)\d\d\)\s*)?\[(?:\[[^\[\]]{1,30}\]\((https?://[^()\s]+)\)\]|"
                              r"\[[^\[\]]{1,30}\]\]\((https?://[^()\s]+)\))")  # ("[[Paper](..)]", "[[Paper]](..)")


def _titled_then_linked(label: str) -> bool:
    """``Tree of Attacks: Jailbreaking Black-Box LLMs Automatically (2023) [[Paper](arXiv)] [[Code](..)] ⭐ 💸``, a
    fold's label as Markdown (chawins/llm-sp, every paper, its abstract folded below): a title in words, its year,
    then bracketed links, the first the paper's."""
    m = _TITLE_THEN_LINK.match(label)
    return m is not None and len(m.group(1).split()) >= 3 and links.classify(m.group(2) or m.group(3)).kind in \
        links.PAPER_KINDS  # ("<summary>Title <a href="arXiv">[Paper]</a></summary>", yuelinan/Awesome-Efficient-
    # R1-style-LRMs, its notes on the paper in a table below)


class TableBlocks(ReaderState):
    """The table's part of the reader; the state and the rest (``emit``, ``heading``, ``context``) are
    ``reader._Reader``'s."""

    columns_read: dict[tuple[str, ...], tuple[list[str], bool]]
    columns_alone: dict[tuple[str, ...], tuple[list[str], bool]]
    tables: dict[str, list[str]]

    def table(self, block: Block) -> None:
        block = table_shapes.side_by_side(table_shapes.header_a_row(block))
        if (above := headings.html_heading_cell(block.header)) is not None and block.rows:
            self.heading(above[0], above[1], block.start, block.start + 1)  # "| <h3>Diffusion Model</h3> |  |" over
            block = Block("table", block.start, block.end, header=[""] * len(block.header), rows=block.rows)  # rows
        if (record := columns.record(block.header, [cells for _, cells in block.rows])) is not None:
            self._record(block, *record)
            return
        narrow = table_shapes.narrower_rows(block, self.doc.lines)
        if narrow is not None:  # rows that do not fit their header: read by what their cells hold
            width, roles = narrow
            block, titled = Block("table", block.start, block.end, header=block.header[:width],
                                  rows=[(line, cells[:width]) for line, cells in block.rows]), True
        else:
            key = tuple(block.header)
            known = self.columns_read.get(key) if len(block.rows) < 3 else None
            roles, titled = known or columns.read_columns(block.header, [cells for _, cells in block.rows])
            if len(block.rows) < 3 and known is None:  # (read in parts, a table above the cut may have said
                self.columns_alone.setdefault(key, (roles, titled))  # otherwise: ``reader.merged`` checks)
            self.columns_read[key] = (roles, titled)  # (a row left after a blank line is read as
            # the rows above it were: abbasturkoglu/RGB-T-Tracking-Papers-and-Results' last row)
        header = blocks_.raw(self.doc, block.start, min(block.start + 2, block.end)).split("\n")
        self.tables.setdefault(self.path, header)
        datasets = columns.names_datasets(block.header)
        title_col = roles.index("title")
        explained = title_col < len(block.header) and columns.papers_explained(
            block.header[title_col], [cells for _, cells in block.rows], title_col)
        grouped = False
        for line, cells in block.rows:
            if (html := headings.html_heading_cell(cells)) is not None:
                self.heading(html[0], html[1], line, line + 1)  # "| <h6>模拟鱼眼畸变增强</h6> ||": a heading, at
                # its level
                continue
            if (group := headings.table_group(cells)) is not None:  # "| **Large Scale Recommendation** | | |"
                self.heading(int(self.frames[-1].written) + 1 if self.frames else 2, group, line, line + 1,
                             group=True, bold=True)
                grouped = True
                continue
            cells, name = self.references.cite(cells, roles.index("title"))  # "| mfDiMP [2] | ... |" over "[2] ..."
            cited = bold_lines.cited_names(name, alone=True) if name else None
            for entry in tables.read_row(cells, roles, self.refs, self.context(), titled, explained):
                if cited and entry.reason is None:  # "| Zhu et al. (2019) [1] |" over "[1] Deep Leakage from
                    entry.authors = entry.authors or cited[0]  # Gradients. NeurIPS. [paper](..)" (gparrella12/sok_
                    entry.year = entry.year or cited[1]  # gias_fl, 36 rows): who wrote it and when, beside its number
                    if entry.venue and venues.year_in(entry.venue) is None:
                        entry.venue = venues.with_year(entry.venue, cited[1])
                elif name and entry.reason is None:
                    entry.notes.insert(0, name)
                if datasets and entry.title_target in links.PAPER_KINDS:
                    entry.reason = entry.reason or columns.NAMES_DATASETS  # the name links the dataset's paper
                self.emit(entry, line, line + 1, "", block)
        while grouped and self.frames and self.frames[-1].bold:
            self.frames.pop()  # (the groups end with their table)
        if grouped:
            self._reopened(block.end)

    def _record(self, block: Block, names: list[str], values: list[str]) -> None:
        """A table of one paper's fields (``columns.record``): read as the one row of a table on its side;
        a field no role takes (``| **机构** | ETH Zurich |``, the institute) kept as a note, named."""
        roles, _ = columns.read_columns(names, [values])
        for entry in tables.read_row(values, roles, self.refs, self.context(), titled=True):
            for name, value, kind in zip(names, values, roles, strict=True):
                text = " ".join(inline.plain(inline.scan(value, self.refs)).split()) if kind == "other" else ""
                if text:
                    entry.notes.append(f"{columns.plain_name(name)}: {text}")
            self.emit(entry, block.start, block.end, "", block)

    def html_table(self, block: Block) -> bool:
        """An HTML table that opens in *block* (``<table>`` over ``<tr>`` / ``<td><a href=..>MedFormer</td>``, a
        row a few lines), read whole, blank lines and all, as a Markdown table is; Markdown after its end in the
        same block is read too. False when there is no such table there."""
        opening = next((n for n in range(block.start, block.end) if "<table" in self.doc.lines[n].lower()), block.start)
        table = html_tables.read(self.doc.lines, opening)
        if table is None:
            return False
        if opening > block.start:  # '<a id="neurips-2024"></a>' / '<h3 class="year-heading">2024</h3>' then the
            self.html(Block("html", block.start, opening, "\n".join(self.doc.lines[block.start:opening])))  # table,
            # one HTML block (sadimanna/awesome-topics, every year's papers): the heading above it read first
        block = Block(block.kind, opening, block.end, block.text)
        self.html_until = table.end  # (the blocks the table's blank lines cut it into: read with it)
        self.html_lines.update(range(block.start, table.end))
        self.mark_content()
        self.pending = None
        if html_tables.numbered_references([table.header, *(cells for _, cells in table.rows)]):
            self._references(table)
        else:
            read = Block("table", block.start, table.end, header=table.header, rows=table.rows)
            self.guarded(read, lambda: self.table(read))
        if table.end < block.end:
            self.run(blocks_.parse_lines(self.doc.lines, table.end, block.end).blocks)
        return True

    def _references(self, table: html_tables.HtmlTable) -> None:
        """A bibliography's numbered references in an HTML table (``html_tables.numbered_references``): each
        reference read as the Markdown paragraph it would be, from its row's first line to the next row's."""
        rows = [(table.header_line, table.header), *table.rows]
        for k, (line, cells) in enumerate(rows):
            end = rows[k + 1][0] if k + 1 < len(rows) else table.end
            text = " ".join(cells[1].replace("\\|", "|").replace("\xa0", " ").split())
            self.paragraph(Block("paragraph", line, end, text), None)

    def html_paragraph(self, block: Block) -> bool:
        """An HTML paragraph that is one entry (``html_tables.paragraph``), read as the Markdown paragraph it
        would be; False when *block* is other HTML."""
        written = html_tables.paragraph(block.text)
        if written is None:
            return False
        self.html_lines.update(range(block.start, block.end))
        self.paragraph(Block("paragraph", block.start, block.end, written), None)
        return True

    def html_list(self, block: Block) -> bool:
        """An HTML list whose items are entries (``html_tables.list_items``): each item read as the Markdown
        paragraph it would be. False when *block* is other HTML."""
        items = html_tables.list_items(block.text)
        if not items:
            return False
        self.html_lines.update(range(block.start, block.end))
        for k, n, text in items:
            self.paragraph(Block("paragraph", block.start + k, block.start + k + n, text), None)
        return True

    def html_folded_paper(self, block: Block) -> bool:
        """A fold whose label is a paper's link and who wrote it, its abstract folded below (``<details>`` /
        ``<summary>2. <a href="https://www.aclweb.org/anthology/W95-0112/">Automatically Acquiring Conceptual
        Patterns without an Annotated Corpus</a> by<i> Ellen Riloff, Jay Shoen </i></summary><blockquote>``
        abstract ``</blockquote></details>``, BaptisteBlouin/EventExtractionPapers, every paper): the label read as
        the Markdown paragraph it would be. An abstract is no summary of the list's owner. False when *block* is
        other HTML (a fold of the contents: ``<summary><a href="#1-test-time-scaling">1. Test-Time ...</a>``)."""
        folded = html_tables.details_entry(block.text) if "<summary" in block.text.lower() else None
        label = _NUMBERED.sub("", folded[0], count=1) if folded is not None else ""
        if not (_LINKED_FIRST.match(label) or _titled_then_linked(label)):
            return False
        self.html_lines.update(range(block.start, block.end))
        self.paragraph(Block("paragraph", block.start, block.end, label), None)
        return True

    def past_table(self, block: Block) -> None:
        """A block that an HTML table read whole began in: the Markdown after the table's end in it is read
        (``</table>`` then ``## [Datasets](#datasets)``, one HTML block to CommonMark: yajingyang/Data-to-text_
        Generation_Papers)."""
        if block.end > self.html_until:
            self.run(blocks_.parse_lines(self.doc.lines, self.html_until, block.end).blocks)
