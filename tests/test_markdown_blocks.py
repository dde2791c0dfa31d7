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


@given(st.text(alphabet="-+*>.)1a \t\n", max_size=60))
def test_two_markers_is_the_search_it_replaces(text):
    assert blocks.two_markers(text) == (blocks._TWO_MARKERS.search(text) is not None)


def test_two_markers_finds_a_start_inside_a_failed_candidate():
    assert blocks.two_markers(". - - x")  # ". - " is a candidate only; "- - " starts inside it
    assert not blocks.two_markers(". - x\n1. a) b")


@given(st.text(alphabet="a\r\n\0\ufffd ", max_size=40))
def test_normalize_is_markdown_its_normalize(text):
    from markdown_it import MarkdownIt
    from markdown_it.rules_core.normalize import normalize
    from markdown_it.rules_core.state_core import StateCore

    state = StateCore(text, MarkdownIt(), {})
    normalize(state)
    assert blocks.normalize(text) == state.src


@given(st.text(alphabet="#-|a* \r\n\0", max_size=60))
def test_the_block_parser_reads_our_normalised_text_as_its_own(text):
    from markdown_it import MarkdownIt

    def read(md, src):
        return [(t.type, t.map, t.content) for t in md.parse(src, {})]

    own = MarkdownIt("commonmark").enable("table").disable("inline")
    ours = MarkdownIt("commonmark").enable("table").disable(["inline", "normalize", "text_join"])
    assert read(ours, blocks.normalize(text)) == read(own, text)


def test_an_escaped_pipe_stays_inside_its_cell():
    doc = blocks.parse(
        "| Title | Venue |\n|---|---|\n"
        "| [A \\| B: Pipes in Titles](https://arxiv.org/abs/2401.00001) | ICML 2024 |\n"
    )
    (table,) = doc.blocks
    assert table.header == ["Title", "Venue"]
    assert table.rows == [(2, ["[A | B: Pipes in Titles](https://arxiv.org/abs/2401.00001)", "ICML 2024"])]


def test_a_part_numbers_its_blocks_as_lines_of_the_whole():
    lines = blocks.lines_of("# List\n\n## Papers\n\n1. [A](https://a.org)\n   - note\n\n"
                            "| Title | Venue |\n|---|---|\n| [B](https://b.org) | ICML |\n\n---\n<br>\n")
    whole = blocks.parse_lines(lines, 0, len(lines))
    part = blocks.parse_lines(lines, 2, len(lines))
    assert part.blocks == whole.blocks[1:]
    heading, items, table, rule, html = part.blocks
    assert (heading.start, heading.level, heading.text) == (2, 2, "Papers")
    assert items.children[0].marker == "1. " and items.children[0].children[1].children[0].start == 5
    assert table.header == ["Title", "Venue"] and table.rows == [(9, ["[B](https://b.org)", "ICML"])]
    assert (rule.kind, rule.start, html.kind, html.start) == ("hr", 11, "html", 12)


@given(st.text(alphabet="a\r\n ", max_size=30))
def test_lines_are_cut_at_every_line_ending(text):
    assert blocks.lines_of(text) == text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def test_markdown_its_block_rules_log_nothing_and_read_as_before(caplog):
    """Their loggers are silenced (``blocks._silence_rules``): a list reads the same, and even with
    markdown-it's logging switched on, it says nothing."""
    import logging
    import sys

    text = "# List\n\n> quote\n\n- [A](https://arxiv.org/abs/2301.00001)\n\n```\ncode\n```\n\n| a |\n|---|\n| b |\n"
    doc = blocks.parse(text)
    assert "markdown_it.rules_block.list" in blocks.silenced, "markdown-it's rules changed: see _silence_rules"
    assert all(isinstance(sys.modules[name].LOGGER, blocks._Silent) for name in blocks.silenced)
    with caplog.at_level(logging.DEBUG, logger="markdown_it"):
        again = blocks.parse(text)
    assert caplog.records == []
    assert [(b.kind, b.start, b.end) for b in again.blocks] == [(b.kind, b.start, b.end) for b in doc.blocks] == [
        ("heading", 0, 1), ("quote", 2, 3), ("list", 4, 6), ("code", 6, 9), ("table", 10, 13)]
