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
