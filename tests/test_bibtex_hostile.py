"""Hostile BibTeX costs only the entry it is in (issue 13, items 11 and 14).

Deep nesting (250 braces after a LaTeX command aborted a whole import with a
traceback), a brace or quote never closed, runs of ``@``, ``and``, ``#`` and
backslashes: each sits between two good entries, which must come through. How
long each input takes is measured by ``bench/bib_adversarial.py`` (1 MB inputs),
not asserted here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperctl.cli import app
from paperctl.formats.bibtex import reader
from paperctl.formats.exporting import Selection, render
from paperctl.formats.importing import import_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bib_adversarial import inputs  # noqa: E402

runner = CliRunner()
MEGABYTE = {"{{{ deep", "\\x{ deep", "and", "spaces", "#", "@", "$a"}  # once quadratic, recursive or worse


@pytest.mark.parametrize("name", sorted(inputs(1000)))
def test_a_hostile_entry_costs_only_itself(name):
    text = inputs(1_000_000 if name in MEGABYTE else 100_000)[name]
    result = reader.read(text)
    keys = [item.key for item in result.items]
    assert keys[0] == "good1" and keys[-1] == "good2"
    last = text.count("\n", 0, text.rindex("@article{good2")) + 1
    assert [item.line for item in result.items][-1] == last  # line numbers stay exact
    assert all(line >= 1 for line, _ in result.problems)


def test_two_hundred_fifty_braces_after_a_command_import_with_their_neighbours(lib, tmp_path):
    deep = "\\emph" + "{" * 250 + "x" + "}" * 250
    path = tmp_path / "refs.bib"
    path.write_text("@misc{before, title = {Before}}\n"
                    f"@misc{{deep, title = {{{deep}}}, author = {{{deep}}}, journal = {{{deep}}}}}\n"
                    "@misc{after, title = {After}}\n", encoding="utf-8")
    result = runner.invoke(app, ["--db", str(lib.path), "import", str(path)])
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert lib.get("deep").title == "x" and lib.get("before").title == "Before" and lib.get("after")
    assert "{" * 250 in render(lib, "bib", Selection())  # and it is written back as it was


def test_fifty_thousand_braces_deep_are_one_entry_not_a_crash(lib):
    text = "@misc{ok, title = {Ok}}\n@misc{deep, title = {" + "{" * 50_000 + "}" * 50_000 + "}}\n"
    report = import_text(lib, text, "bib")
    assert report.new == ["ok", "deep"] and report.problems == []
