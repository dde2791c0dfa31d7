"""What the headings above an entry tell its reading (``reader._Reader.context``, ``headings.said_above``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from paperctl.formats.markdown import blocks
from paperctl.formats.markdown.headings import said_above
from paperctl.formats.markdown.model import Context
from paperctl.formats.markdown.reader import _Reader

_NAMES = ["Vision", "CVPR 2023", "2024", "Undated", "To read", "arXiv", "Table of Contents", "News", "Tools"]


def test_an_entry_is_told_the_section_year_and_venue_above_it():
    reader = _Reader(blocks.parse("\n" * 20), read_if_summary=False, year_groups=False)
    for level, name in [(2, "Vision"), (3, "CVPR 2023"), (4, "2024")]:
        reader.heading(level, name, 0, 1)
    assert reader.context() == Context(section="Vision/CVPR 2023/2024", year=2024, venue="CVPR 2023")
    reader.heading(2, "News", 1, 2)
    assert reader.context().skip == "under 'News', a heading of news, not papers"


@given(st.lists(st.tuples(st.integers(1, 4), st.sampled_from(_NAMES)), max_size=12), st.booleans())
def test_each_entry_gets_a_context_of_its_own_worked_out_from_the_headings_open_now(headings, year_groups):
    reader = _Reader(blocks.parse("\n" * 20), read_if_summary=True, year_groups=year_groups)
    for k, (level, name) in enumerate(headings):
        reader.heading(level, name, k, k + 1)
        ctx = reader.context()
        assert ctx == Context(**said_above(reader.frames, year_groups), read_if_summary=True, year_groups=year_groups)
        assert ctx is not reader.context()  # (an entry's reading may keep its own)


def test_an_item_that_is_one_paragraph_is_an_entry_over_its_lines_with_its_marker():
    from paperctl.formats.markdown.reader import parse

    text = ("# Awesome Papers\n\n## Vision\n\n"
            "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), NeurIPS 2017\n"
            "* not a paper, a note\n\n"
            "1. [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
            "   continued, CVPR 2016\n")
    found = parse(text, apart=False)
    assert [(e.data.title, e.layout.marker, e.layout.line) for e in found.entries] == [
        ("Attention Is All You Need", "- ", 5), ("Deep Residual Learning for Image Recognition", "1. ", 8)]
