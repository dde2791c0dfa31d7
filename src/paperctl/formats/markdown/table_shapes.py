"""How a table is laid out in the text, before its rows are read (``tables``): pipe rows Markdown did not take as a
table, rows narrower than their header, a header that is a paper's row, and two tables side by side in one.
``table_blocks`` and ``reader`` ask these of a block; each gives the table its writer meant."""

from __future__ import annotations

import re

from . import blocks
from .columns import TITLE_LINK_CELL, columns, dated_venues_column, read_columns, role, title_links_column


def loose_rows(lines: list[str], items: list[blocks.Block], i: int) -> blocks.Block | None:
    """A paragraph of pipe rows that Markdown did not take as a table, as the table its writer meant:
    the rows after a commented-out row, which ends the table above (``<!-- | Justin Cui et al | ... -->``,
    then 26 more rows: enkiwang/Dataset-distillation-papers), read with that table's header; or a
    table written with no ``| --- |`` line under its header (``| Date | Venue | Paper | Links |``, then
    its rows: fengtt42/Awesome-World-Models-for-Aerial-Navigation), read with its first row as the
    header when that row names columns (short cells, no links). None when it is neither.
    (*items[i]* is the paragraph, *items* the blocks around it.)"""
    block = items[i]
    rows = lines[block.start:block.end]
    if not rows or not all(_piped(row) for row in rows):
        return None
    while i > 0 and (items[i - 1].kind == "html" and items[i - 1].text.lstrip().startswith("<!--") or items[
            i - 1].kind == "paragraph" and all(map(_piped, lines[items[i - 1].start:items[i - 1].end]))):
        i -= 1  # (past the commented-out row, and rows of the same table that blank lines had parted from it)
    before = items[i - 1] if i > 0 else None
    cells = [_cells(row) for row in rows]
    if len(rows) >= 2 and all(_names_a_column(cell) for cell in cells[0]) and any(role(c) for c in cells[0]):
        header, body, first = cells[0], cells[1:], block.start + 1
    elif before is not None and before.kind == "table" and before.header:
        header, body, first = before.header, cells, block.start
    elif len(rows) >= 3 and len({len(row) for row in cells}) == 1 and len(cells[0]) >= 2 and sum(
            bool(TITLE_LINK_CELL.fullmatch(row[0])) for row in cells) * 3 >= len(rows) * 2:
        # "## 🆕 paper-tracker" then "| [What the mental lexicon might be](doi) | Preprint | 2026 |" (31 rows of
        # yangyang9912/Awesome-Human-Object-Relationship, no header above them): read by what their cells hold
        header, body, first = [""] * len(cells[0]), cells, block.start
    else:
        return None
    if not all(abs(len(row) - len(header)) <= 1 for row in body):
        return None
    width = len(header)
    table = blocks.Block("table", block.start, block.end, header=header)
    table.rows = [(first + k, (row + [""] * width)[:width]) for k, row in enumerate(body)
                  if not all(_RULE.fullmatch(cell) for cell in row)]  # ("|-|-|-|-|-|": one cell too many)
    return table


def narrower_rows(table: blocks.Block, lines: list[str]) -> tuple[int, list[str]] | None:
    """How many cells a table's rows write, and what each holds, when it is fewer than their header
    names and the header's title column is past them: ``|Year|Venue|Keywords|Paper Abbr|Project|`` over
    ``|CVPR'23|[Title](..)|[Code](..)|`` (HKUST-LongGroup/Awesome-Open-Vocabulary-Detection-and-Segmentation,
    26 rows), a header that does not describe its rows: they are read by what their cells hold. None
    when the rows fit (a row may leave its last cells out)."""
    roles = columns(table.header)
    title = roles.index("title") if "title" in roles else 0
    if len(table.rows) < 2 or not title:
        return None
    widths = [len(_cells(lines[line])) for line, _ in table.rows if line < len(lines)]
    short = [w for w in widths if w <= title]
    if len(short) * 3 < len(widths) * 2 or max(short) < 2:
        return None
    width = max(short)
    rows = [cells[:width] for _, cells in table.rows]
    roles = read_columns([""] * width, rows)[0]
    linked = title_links_column(rows, [r if r != "title" else "other" for r in roles], fewest=1)
    if linked is not None:  # (a paper's link, whatever its text: "[Mask-free OVIS](arXiv)")
        roles = [("title" if k == linked else "other" if r == "title" else r) for k, r in enumerate(roles)]
    dated = dated_venues_column(rows, roles) if "venue" not in roles else None
    if dated is not None:
        roles[dated] = "venue"
    return width, roles


def _piped(row: str) -> bool:
    return row.lstrip().startswith("|") and row.count("|") >= 3


def _cells(row: str) -> list[str]:
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [cell.strip() for cell in blocks.split_row(row)]


_RULE = re.compile(r":?-*:?")


def _names_a_column(cell: str) -> bool:
    return "](" not in cell and "http" not in cell and len(cell.split()) <= 4


def header_a_row(block: blocks.Block) -> blocks.Block:
    """``| SCSR: TIP2010, Jianchao Yang et al. | [paper](ieee) | [code](..) |`` over ``| --- | --- | --- |``
    (it-hao/Super-Resolution's table of methods before deep learning): a table whose header is its first row,
    a paper, the list having no names for its columns; read as a row, under a header that names none. A header
    that links a paper in a cell is never a column's name."""
    linked = [k for k, h in enumerate(block.header) if _PAPER_LINK.search(h)]
    labelled = any(_LABEL_LINK.search(block.header[k]) for k in linked)
    if not block.rows or len(block.header) < 2 or not labelled or any(
            2 * sum(1 for _, cells in block.rows if k < len(cells) and _PAPER_LINK.search(cells[k])) < len(block.rows)
            for k in linked):  # (not "|Task|Data Info|Fabian Isensee et al. [(paper)](arXiv)|", a table of results
        return block  # by method, numbers below its header's links: JunMa11/SOTA-MedSeg)
    return blocks.Block("table", block.start, block.end, header=[""] * len(block.header),
                        rows=[(block.start, block.header), *block.rows])


_PAPER_LINK = re.compile(r"\]\(\s*<?https?://")
# "[paper](..)", "[[code]](..)"; not "[Paper with code: Super Resolution](..)", a repository table's first cell
_LABEL_LINK = re.compile(r"\[\[?\(?(?:paper|pdf|code|github|arxiv)\)?\]?\]\(", re.IGNORECASE)


def side_by_side(block: blocks.Block) -> blocks.Block:
    """``| Methods | Paper | Code | Methods | Paper | Code |`` (yuntaoshou/Graph-Diffusion-Models-..., every
    table): the same columns twice over, two papers a row side by side; read as one row each, the left one
    first (a half of dashes, or empty, is none)."""
    names = [" ".join(h.split()).casefold() for h in block.header]
    for width in range(2, len(names) // 2 + 1):
        if len(names) % width or not any(names[:width]) or any(
                names[i] != names[i % width] for i in range(len(names))):
            continue
        halves = [(line, cells[k:k + width]) for line, cells in block.rows for k in range(0, len(names), width)]
        rows = [(line, part) for line, part in halves if any(c.strip() not in ("", "-", "–", "—") for c in part)]
        return blocks.Block("table", block.start, block.end, header=block.header[:width], rows=rows)
    return block
