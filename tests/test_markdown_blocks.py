"""The block structure the Markdown reader works on (``formats/markdown/blocks.py``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from paperctl.formats.markdown import blocks


def _markdown_its_split():
    blocks.parse("| a |\n|---|\n| b |\n")  # (the first parse puts split_row in place)
    assert blocks.replaced, "markdown-it's table rule no longer has escapedSplit: see blocks._use_fast_split"
    return blocks.replaced[0]


@given(st.text(alphabet="ab|\\` \t", max_size=40))
def test_table_rows_are_cut_as_markdown_it_cuts_them(row):
    assert blocks.split_row(row) == _markdown_its_split()(row)


def test_an_escaped_pipe_stays_inside_its_cell():
    doc = blocks.parse(
        "| Title | Venue |\n|---|---|\n"
        "| [A \\| B: Pipes in Titles](https://arxiv.org/abs/2401.00001) | ICML 2024 |\n"
    )
    (table,) = doc.blocks
    assert table.header == ["Title", "Venue"]
    assert table.rows == [(2, ["[A | B: Pipes in Titles](https://arxiv.org/abs/2401.00001)", "ICML 2024"])]
