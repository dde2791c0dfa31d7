"""Hostile Markdown costs only the entry it is in (issue 13, items 11 and 14).

A line of 40 KB of ``[`` once took 38 s to import (a quadratic regular expression)
and 600 nested emphasis markers aborted a whole import with a traceback. Here
each hostile line sits between two good entries, which must come through
untouched. How long each input takes is measured by ``bench/md_adversarial.py``
(all under 1 s for 1 MB lines), not asserted here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from paperctl.cli import app
from paperctl.formats.markdown.reader import parse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from md_adversarial import inputs  # noqa: E402

runner = CliRunner()
GOOD = ("- **Attention Is All You Need** [[paper]](https://arxiv.org/abs/1706.03762)\n",
        "- **Scaling Laws for Neural Language Models** [[paper]](https://arxiv.org/abs/2001.08361)\n")
# An unclosed HTML comment hides the rest (CommonMark, and GitHub). An unclosed code fence would too, but the reader
# ends one at the blank line before the next heading (``blocks._fence_left_open``): "## Good too" comes through.
HIDING = {"<!--": "inside HTML, not Markdown: an unclosed <!-- or tag hides what follows"}
MEGABYTE = {"[", "**a", "<a ", "url)", "- [](", "lists", "- [x][y]", "(2024"}  # once quadratic or worse


@pytest.mark.parametrize("name", sorted(inputs(1000)))
def test_a_hostile_line_costs_only_itself(name):
    size = 1_000_000 if name in MEGABYTE else 100_000
    hostile = inputs(size)[name]
    parsed = parse("## Good\n\n" + GOOD[0] + "\n" + hostile + "\n## Good too\n\n" + GOOD[1])
    titles = [e.data.title for e in parsed.entries]
    assert "Attention Is All You Need" in titles
    if name in HIDING:
        assert (parsed.lines, HIDING[name]) in parsed.skipped
    else:
        assert "Scaling Laws for Neural Language Models" in titles
    assert all(len(e.data.title) < 200_000 for e in parsed.entries)


def test_six_hundred_nested_emphasis_markers_do_not_stop_the_import(tmp_path):
    listing = tmp_path / "list.md"
    listing.write_text("## A\n\n" + GOOD[0] + "- " + "*" * 600 + "deep" + "*" * 600 + "\n"
                       + "- " + "_" * 600 + "deep" + "_" * 600 + "\n" + GOOD[1], encoding="utf-8")
    result = runner.invoke(app, ["--db", str(tmp_path / "lib.db"), "import", str(listing)])
    assert result.exit_code == 0 and "Traceback" not in result.output
    listed = runner.invoke(app, ["--db", str(tmp_path / "lib.db"), "list", "--format", "ids"]).output.split()
    assert {"1706.03762", "2001.08361"} <= set(listed)


def test_forty_kilobytes_of_brackets_import_like_any_line(tmp_path):
    listing = tmp_path / "list.md"
    listing.write_text("## A\n\n- " + "[" * 40_000 + "\n" + GOOD[0], encoding="utf-8")
    result = runner.invoke(app, ["--db", str(tmp_path / "lib.db"), "import", str(listing)])
    assert result.exit_code == 0
    assert "imported 1 new" in result.output  # the good entry; the brackets are no paper


@given(st.lists(st.sampled_from(["[", "]", "(v)", "](v)", "<a href='u'>", "</a>", "<b>", "</b>", "<i>", "</i>",
                                 "**", "*", "_", "`", "text ", "![", "<br>", "\n"]), max_size=24).map("".join))
@example("[<a href='u'>](v)</a>")
@example("[<a href='u'>](v) more</a>")
@example("[<b>](v)</b> [<a href='u'>x](v)[y](w)</a>")
def test_html_and_markdown_links_crossing_each_other_never_stop_the_reader(line):
    """Found by a fuzz run: ``[<a href='u'>](v)</a>`` (an <a> opened inside a Markdown link
    and closed after it) failed the whole import with an IndexError. A list entry this
    tangled reads as whatever it can; the entries around it come through."""
    parsed = parse("## S\n\n" + GOOD[0] + "- " + line.replace("\n", " ") + "\n" + GOOD[1])
    titles = [e.data.title for e in parsed.entries]
    assert titles[0] == "Attention Is All You Need" and titles[-1] == "Scaling Laws for Neural Language Models"


def test_a_line_the_reader_fails_on_costs_only_itself(monkeypatch):
    """Should a reader bug raise on one entry (as the stray </a> above did), the import goes
    on: the entry is reported as not read, with why, and the entries around it come through."""
    from paperctl.formats.markdown import inline

    scan = inline.scan

    def failing(src, refs=None):
        if "Broken" in src:
            raise IndexError("a reader bug")
        return scan(src, refs)

    monkeypatch.setattr(inline, "scan", failing)
    parsed = parse("## S\n\n" + GOOD[0] + "- **Broken Entry Here** [[paper]](https://arxiv.org/abs/2401.00001)\n"
                   + GOOD[1] + "\nA **Broken** paragraph with [a link](https://example.com).\n")
    assert [e.data.title for e in parsed.entries] == ["Attention Is All You Need",
                                                      "Scaling Laws for Neural Language Models"]
    why = "not read: the reader failed on it (IndexError); please report this line"
    assert (4, why) in parsed.skipped and (7, why) in parsed.skipped


def test_a_link_with_a_bracket_for_a_host_costs_nothing_of_its_entry():
    """``https://[github.com/owner/repo``, a bracket typed into a link, is an IPv6 host to
    ``urlsplit``, which raised: the whole table row was reported unread (found by fuzzing)."""
    from paperctl.formats.markdown.reader import parse

    parsed = parse(
        "| Title & Authors | Links |\n|---|---|\n"
        "| [![Star](https://img.shields.io/github/stars/horseee/LLM-Pruner.svg)](https://[github.com/horseee/LLM-Pruner)"
        " <br> [LLM-Pruner: On the Structural Pruning of Large Language Models](https://arxiv.org/abs/2305.11627) "
        "| [Github](https://github.com/horseee/LLM-Pruner) |\n")
    assert [(e.data.title, e.data.arxiv_id) for e in parsed.entries] == [
        ("LLM-Pruner: On the Structural Pruning of Large Language Models", "2305.11627")]
    assert not [why for _, why in parsed.skipped if "failed" in why]
