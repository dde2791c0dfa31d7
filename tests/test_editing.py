"""Writing in $EDITOR: a whole entry (``edit PAPER``) and notes.

The editor is a small shell script given as $EDITOR that does to the file what a
person would (sed, or writing a file prepared by the test), so each test says what
the user changed. Errors without a terminal end the command with nothing written; on
a pseudo-terminal an error reopens the editor.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperctl.cli import app
from paperctl.cli.entry_text import EntryError, parse
from processes import PAPERCTL, run_on_terminal

runner = CliRunner()

SPECULATIVE = ["2211.17192", "--title", "Fast Inference from Transformers via Speculative Decoding",
               "--author", "Yaniv Leviathan", "--author", "Matan Kalman", "--year", "2022",
               "--tag", "LLM/Efficiency", "--summary", "用小模型生成，大模型并行验证"]


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture
def cli(db):
    def run(*args: str, env: dict | None = None, input: str | None = None):
        return runner.invoke(app, ["--db", str(db), *args], env=env, input=input)

    ok(run("add", *SPECULATIVE, "--no-fetch"))
    return run


def ok(result):
    assert result.exit_code == 0, (result.exit_code, result.stderr, result.exception)
    return result


def editor(tmp_path: Path, shell: str) -> dict[str, str | None]:
    """$EDITOR running *shell* with the file to edit as $1; it also keeps what it was shown."""
    script = tmp_path / "editor.sh"
    script.write_text(f'#!/bin/sh\ncp "$1" "{tmp_path}/shown.txt"\n{shell}\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return {"EDITOR": str(script), "VISUAL": None}


def paper(run, ref: str = "2211.17192") -> dict:
    return json.loads(ok(run("show", ref, "--json")).stdout)


# -- the whole entry -------------------------------------------------------------------------------


def test_the_entry_opens_as_readable_text_with_explanations(cli, tmp_path):
    ok(cli("edit", "2211.17192", env=editor(tmp_path, "true")))
    shown = (tmp_path / "shown.txt").read_text(encoding="utf-8")
    assert shown.startswith("# paperctl edit leviathan2022fast: save and quit to apply every change at once")
    body = [line for line in shown.splitlines() if not line.startswith("#")]
    assert "title: Fast Inference from Transformers via Speculative Decoding" in body
    assert "year: 2022" in body and "status: unread" in body and "arxiv: 2211.17192" in body
    assert body[body.index("authors:") + 1 : body.index("authors:") + 3] == ["  - Yaniv Leviathan",
                                                                             "  - Matan Kalman"]
    assert body[body.index("sections:") + 1] == "  - LLM/Efficiency"
    assert body[body.index("summary:") + 1] == "  用小模型生成，大模型并行验证"


def test_saving_unchanged_changes_nothing(cli, tmp_path):
    before = paper(cli)
    assert ok(cli("edit", "2211.17192", env=editor(tmp_path, "true"))).stderr == "No changes\n"
    assert paper(cli) == before


def test_every_change_is_applied_at_once(cli, tmp_path):
    changes = (
        "sed -i -e 's/^year: 2022/year: 2023/' -e 's/^venue:.*/venue: ICML 2023 Oral/'"
        " -e 's/^status: unread/status: read/' -e 's/^  - Matan Kalman/  - Matan Kalman | Google Research/'"
        " -e 's|^  - LLM/Efficiency|  - LLM/Efficiency\\n  - Reading group|'"
        " -e 's|^links:|links:\\n  - code: https://github.com/google-research/t5x|'"
        " -e 's|^fields:|fields:\\n  - pages: 19274--19286|' -e 's/^type:.*/type: inproceedings/'"
        " -e 's/^  用小模型生成，大模型并行验证/  Note: draft, then verify/' \"$1\""
    )
    result = ok(cli("edit", "2211.17192", env=editor(tmp_path, changes)))
    assert result.stderr == "Created section 'Reading group'\nUpdated leviathan2022fast\n"
    p = paper(cli)
    assert (p["year"], p["venue"], p["status"]) == (2023, "ICML 2023 Oral", "read")
    assert p["tags"] == ["LLM/Efficiency", "Reading group"]
    assert p["links"] == {"code": "https://github.com/google-research/t5x"}
    assert p["summary"] == "Note: draft, then verify"  # "Note:" is text: it is indented
    assert p["entry_type"] == "inproceedings" and ["pages", "19274--19286", None] in p["fields"]
    listed = ok(cli("list", "--json")).stdout
    assert "Google Research" not in listed  # affiliations are not in listings, but kept:
    assert "Matan Kalman (Google Research)" in ok(cli("show", "2211.17192")).stdout


def test_removing_lines_clears_and_untags(cli, tmp_path):
    ok(cli("tag", "2211.17192", "Reading group"))
    ok(cli("link", "2211.17192", "code", "https://github.com/google-research/t5x"))
    ok(cli("edit", "2211.17192", env=editor(
        tmp_path, "sed -i -e '/^  - Reading group/d' -e '/^  - code:/d' -e 's/^year: .*/year:/' \"$1\"")))
    p = paper(cli)
    assert p["tags"] == ["LLM/Efficiency"] and p["links"] == {} and p["year"] is None


@pytest.mark.parametrize("sed, message", [
    ("s/^year: 2022/yeer: 2023/", "line 17: unknown field 'yeer'"),
    ("s/^status: unread/status: finished/", "unknown status 'finished'"),
    ("s/^year: 2022/year: soon/", "year: 'soon' is not a year"),
    ("s/^doi:/doi: not-a-doi/", "not-a-doi"),
    ("s|^  - LLM/Efficiency|  - LLM/Efficiency\\n  - Reading grup\\n  - LLM/Efficency|",
     "sections: no section 'LLM/Efficency' yet; did you mean: LLM/Efficiency? (write '- + LLM/Efficency' to "
     "create it)"),
    ("s/^  - Matan Kalman/- Matan Kalman/", "line 30: expected 'name: value', got '- Matan Kalman'"),
])
def test_an_error_without_a_terminal_writes_nothing(cli, tmp_path, sed, message):
    """Each edit also changes the venue: a bad line leaves even the good change unwritten."""
    before = paper(cli)
    script = f"sed -i -e 's/^venue:.*/venue: ICML 2023/' -e '{sed}' \"$1\""
    result = cli("edit", "2211.17192", env=editor(tmp_path, script))
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert result.stderr.endswith("; nothing was changed\n")
    assert paper(cli) == before
    assert ok(cli("tags", "--json")).stdout.count('"path"') == 2  # no section created on the way


def test_a_plus_creates_a_section_close_to_an_existing_one(cli, tmp_path):
    ok(cli("edit", "2211.17192", env=editor(tmp_path, "sed -i 's|^  - LLM/Efficiency|&\\n  - + Efficiency|' \"$1\"")))
    assert paper(cli)["tags"] == ["LLM/Efficiency", "Efficiency"]


def test_an_emptied_file_changes_nothing(cli, tmp_path):
    before = paper(cli)
    assert ok(cli("edit", "2211.17192", env=editor(tmp_path, ': > "$1"'))).stderr == "No changes\n"
    assert paper(cli) == before


def test_a_failing_editor_changes_nothing(cli, tmp_path):
    before = paper(cli)
    result = cli("edit", "2211.17192", env=editor(tmp_path, "sed -i 's/^year: 2022/year: 2023/' \"$1\"; exit 3"))
    assert result.exit_code == 1 and "exited with status 3; nothing was changed" in result.stderr
    assert paper(cli) == before


def test_on_a_terminal_an_error_reopens_the_editor(cli, db, tmp_path):
    """First save: a typo. paperctl says what is wrong and asks; Enter reopens the editor
    on the same text, with the error on top; the second save is applied."""
    count = tmp_path / "count"
    script = tmp_path / "editor.sh"
    script.write_text(
        f'#!/bin/sh\necho x >> "{count}"\ncp "$1" "{tmp_path}/shown.txt"\n'
        f'if [ "$(wc -l < "{count}")" -eq 1 ]; then sed -i "s/^year: 2022/yeer: 2023/" "$1";\n'
        f'else sed -i "s/^yeer: 2023/year: 2023/" "$1"; fi\n', encoding="utf-8")
    script.chmod(0o755)
    status, screen = run_on_terminal([*PAPERCTL, "--db", str(db), "edit", "2211.17192"],
                                     env={"EDITOR": str(script)}, keys=b"\r")
    assert status == 0, screen
    assert "Error: line 17: unknown field 'yeer'" in screen and "Edit again? [Y/n]" in screen
    assert (tmp_path / "shown.txt").read_text(encoding="utf-8").startswith("# ERROR: line 17: unknown field 'yeer'")
    assert paper(cli)["year"] == 2023


def test_without_a_terminal_or_an_editor_no_editor_starts(cli):
    """A script must not hang on an editor nobody sees."""
    for args in (["edit", "2211.17192"], ["note", "2211.17192"]):
        result = cli(*args, env={"EDITOR": None, "VISUAL": None})
        assert result.exit_code == 2
        assert result.stderr == ("Error: no editor to open: there is no terminal and neither $VISUAL nor $EDITOR is"
                                 " set; give the text on the command line, or set $EDITOR\n")


# -- notes -----------------------------------------------------------------------------------------


def test_the_note_editor_names_the_paper_and_keeps_markdown_headings(cli, tmp_path):
    write = """printf '# Results\\n2-3x faster on T5-XXL\\n' | cat - "$1" > "$1.new" && mv "$1.new" "$1" """
    ok(cli("note", "2211.17192", env=editor(tmp_path, write)))
    shown = (tmp_path / "shown.txt").read_text(encoding="utf-8")
    assert "# Note on leviathan2022fast: Fast Inference from Transformers via Speculative Decoding" in shown
    assert paper(cli)["notes"] == ["# Results\n2-3x faster on T5-XXL"]


def test_a_note_left_as_the_template_is_not_saved(cli, tmp_path):
    result = cli("note", "2211.17192", env=editor(tmp_path, "true"))
    assert result.exit_code == 1 and "no note written" in result.stderr
    assert paper(cli)["notes"] == []


# -- the text format -----------------------------------------------------------------------------


def test_parse_reads_fields_blocks_and_items():
    entry = parse("# a comment\ntitle: A: B\nyear:\nauthors:\n  - Ann | Lab\n  - Bo\n\nsummary:\n  # not a comment\n"
                  "  two lines\nlinks:\n  - code: https://example.org/x\nsections:\n  - + New\n  - Old\n")
    assert entry.scalars == {"title": "A: B", "year": ""}
    assert [(a.name, a.affiliation) for a in entry.authors] == [("Ann", "Lab"), ("Bo", None)]
    assert entry.summary == "# not a comment two lines"
    assert entry.links == {"code": "https://example.org/x"}
    assert entry.sections == [("New", True), ("Old", False)]
    assert entry.abstract is None and entry.fields is None  # not in the text: left as they are


@pytest.mark.parametrize("text, message", [
    ("  - orphan\n", "line 1: an indented line belongs under a block name"),
    ("title: a\ntitle: b\n", "line 2: 'title' is given twice"),
    ("authors: Ann\n", "line 1: authors: goes on a line of its own"),
    ("authors:\n  Ann\n", "line 2: an item of authors starts with '- '"),
    ("links:\n  - https://example.org\n", "line 2: a link is '- name: URL'"),
    ("fields:\n  - pages\n", "line 2: an item of fields is '- name: value'"),
    ("notes:\n", "line 1: unknown field 'notes'"),
])
def test_parse_errors_name_the_line(text, message):
    with pytest.raises(EntryError, match=message):
        parse(text)
