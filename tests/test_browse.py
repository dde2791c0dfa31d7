"""Reading the library from the command line: search pages, list orders, show, stats.

Driven through CliRunner on a copy of the shipped library (the user's own 170 papers),
or on small libraries of real papers built with ``add --no-fetch``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperctl.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture
def shipped(tmp_path):
    """``run(*args)`` on a copy of the shipped library."""
    db = tmp_path / "library.db"
    shutil.copy(ROOT / "data" / "library.db", db)

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, ["--db", str(db), *args], input=input)

    return run


def ok(result):
    assert result.exit_code == 0, (result.exit_code, result.stderr, result.exception)
    return result


# -- search says when it shows a page ---------------------------------------------------------


def test_piped_search_prints_every_match(shipped):
    """More than a page of the user's papers mention "model"; a pipe gets all of them."""
    every = ok(shipped("search", "model", "--format", "ids")).stdout.split()
    assert len(every) > 50
    assert len(ok(shipped("search", "model")).stdout.splitlines()) == len(every)  # tsv
    assert len(json.loads(ok(shipped("search", "model", "--json")).stdout)) == len(every)
    assert ok(shipped("search", "model")).stderr == ""  # nothing left out, nothing to say


def test_a_terminal_search_shows_a_page_and_says_how_many_match(shipped):
    total = len(ok(shipped("search", "model", "--format", "ids")).stdout.split())
    result = ok(shipped("search", "model", "--format", "table"))
    assert result.stderr == f"showing 50 of {total} (--limit N, --all)\n"
    every = ok(shipped("search", "model", "--format", "table", "--all"))
    assert every.stderr == f"{total} matches\n"


@pytest.mark.parametrize("fmt", ["tsv", "ids", "json", "table"])
def test_a_limit_that_leaves_matches_out_says_so(shipped, fmt):
    total = len(ok(shipped("search", "model", "--format", "ids")).stdout.split())
    result = ok(shipped("search", "model", "--format", fmt, "--limit", "3"))
    assert result.stderr == f"showing 3 of {total} (--limit N, --all)\n"
    if fmt == "ids":
        assert len(result.stdout.split()) == 3
    if fmt == "json":
        assert len(json.loads(result.stdout)) == 3


def test_the_page_is_the_best_ranked_matches(shipped):
    best = ok(shipped("search", "model", "--format", "ids")).stdout.split()[:5]
    assert ok(shipped("search", "model", "--format", "ids", "-n", "5")).stdout.split() == best


def test_limit_and_all_together_are_a_usage_error(shipped):
    result = shipped("search", "model", "--all", "--limit", "5")
    assert result.exit_code == 2
    assert result.stderr == "Error: give --limit N or --all, not both\n"


# -- show suggests what a mistyped name meant ---------------------------------------------------


@pytest.mark.parametrize("typed, suggested", [
    ("Visual Instruction Tunning", "anon2024visualb (Visual Instruction Tuning)"),
    ("Direct Preference Optimisation",  # the first words of a long title, one of them spelt the British way
     "anondirect (Direct Preference Optimization: Your Language Model is Secretly a Reward Model)"),
    ("Efficient Memory Managment for LLM Serving",
     "anonefficient (Efficient Memory Management for Large Language Model Serving with PagedAttention)"),
    ("2305.18291", "anondirect (Direct Preference Optimization: Your Language Model is Secretly a Reward Model)"),
    ("2035.14314", None),  # month 35: malformed, said as such
    ("anonfsat", "anonfast"),  # a key: the key alone, as before
])
def test_show_suggests_close_titles_and_ids(shipped, typed, suggested):
    result = shipped("show", typed)
    assert result.exit_code != 0
    error = result.stderr.strip()
    assert error.startswith("Error: ") and "\n" not in error
    if suggested is None:
        assert "did you mean" not in error
    else:
        assert error.startswith(f"Error: no paper matches {typed!r}; did you mean: {suggested}")


# -- list orders --------------------------------------------------------------------------------


def test_list_sort_added_reverse_shows_recently_added_first(shipped):
    forward = ok(shipped("list", "--sort", "added", "--format", "ids")).stdout.split()
    backward = ok(shipped("list", "--sort", "added", "--reverse", "--format", "ids")).stdout.split()
    assert backward == forward[::-1]
    assert ok(shipped("list", "--sort", "added", "-r", "-n", "3", "--format", "ids")).stdout.split() == backward[:3]


@pytest.mark.parametrize("sort", ["year", "title", "section"])
def test_every_order_reverses_exactly(shipped, sort):
    forward = ok(shipped("list", "--sort", sort, "--format", "ids")).stdout.split()
    assert ok(shipped("list", "--sort", sort, "--reverse", "--format", "ids")).stdout.split() == forward[::-1]


# -- stats --------------------------------------------------------------------------------------


def test_stats_json_counts_the_shipped_library(shipped):
    stats = json.loads(ok(shipped("stats", "--json")).stdout)
    every = json.loads(ok(shipped("list", "--json")).stdout)
    assert stats["papers"] == len(every) == 170
    assert stats["status"] == {s: sum(p["status"] == s for p in every) for s in ("unread", "reading", "read")}
    assert sum(y["papers"] for y in stats["years"]) == len(every)
    assert [y["year"] for y in stats["years"]][:2] == [2024, 2023]  # newest first, then no year last
    assert stats["years"][-1]["year"] is None
    assert {y["year"]: y["papers"] for y in stats["years"]}[2023] == sum(p["year"] == 2023 for p in every)
    venues = {v["venue"]: v["papers"] for v in stats["venues"]}
    assert venues["NeurIPS 2023"] == sum(p["venue"] == "NeurIPS 2023" for p in every)
    assert venues[None] == sum(p["venue"] is None for p in every)
    assert stats["notes"] == sum(len(p["notes"]) for p in every)
    assert stats["unresolved"] == sum(not p["arxiv_id"] and not p["doi"] for p in every)
    icl = next(s for s in stats["sections"] if s["path"] == "LLM/In-Context Learning")
    listed = ok(shipped("list", "--tag", "LLM/In-Context Learning", "--format", "ids")).stdout.split()
    assert icl["papers"] == len(listed)


def test_stats_for_people(shipped):
    text = ok(shipped("stats")).stdout
    lines = text.splitlines()
    assert lines[0] == "papers      170"
    for heading in ("by section", "by year", "by venue"):
        assert heading in lines
    assert "  LLM                     " in text and "(0 directly)" in text
    assert any(line.startswith("  (no year)") for line in lines)
    assert "more venues: --json" in text  # the long tail of venues is one line on a terminal


def test_stats_of_an_empty_library(tmp_path):
    ok(runner.invoke(app, ["init", str(tmp_path)]))
    stats = json.loads(ok(runner.invoke(app, ["--db", str(tmp_path / "data" / "library.db"), "stats", "--json"]))
                       .stdout)
    assert stats["papers"] == 0 and stats["years"] == [] and stats["sections"] == []
