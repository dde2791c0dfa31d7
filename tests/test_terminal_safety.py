"""Library text never drives the terminal (issue 13, item 6).

A list imported from someone else can hold escape sequences (retitle the window,
clear the screen), bidirectional overrides and rich markup in any field. Every
command that shows library text is run here on a real pseudo-terminal with such
values in every field, and what reaches the terminal is checked byte by byte.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from processes import PAPERCTL, run_on_terminal
from test_robustness import cli, ok

pytest.importorskip("pty")

# Retitle the window, clear the screen, ring the bell, a C1 CSI, a right-to-left override,
# and rich markup that must show as written.
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202e[bold red]mark[/bold red]"


def _hostile_library(tmp_path: Path) -> Path:
    db = tmp_path / "library.db"
    record = {
        "title": f"Title {HOSTILE} end", "authors": [f"Ann {HOSTILE} Author"], "year": 2023,
        "venue": f"Venue {HOSTILE}", "summary": f"Summary {HOSTILE}", "notes": [f"Note {HOSTILE}"],
        "tags": [f"Section {HOSTILE}"], "links": {f"code{HOSTILE}": "https://github.com/o/r"},
        "abstract": f"Abstract {HOSTILE}", "comment": f"Comment {HOSTILE}", "journal_ref": f"Journal {HOSTILE}",
    }
    source = tmp_path / "evil.jsonl"
    invisible = {"title": "\u200b\u200b", "citekey": "invisible"}  # a key: no letter in the title to find it by
    source.write_text(json.dumps(record) + "\n" + json.dumps(invisible) + "\n", encoding="utf-8")
    ok(cli(db, "import", str(source)))
    return db


def on_terminal(args: list[str], keys: bytes = b"", pager: str = "") -> bytes:
    """What *args* write to a terminal (stdin, stdout and stderr one pseudo-terminal),
    through the pager *pager* ("" for none)."""
    _status, shown = run_on_terminal(args, keys=keys, env={"PAPERCTL_PAGER": pager})
    return shown.encode("utf-8")


SGR = re.compile(rb"\x1b\[[0-9;]*m")  # colour and style: what rich itself draws with


def assert_harmless(shown: bytes) -> None:
    rest = SGR.sub(b"", shown)
    assert b"\x1b" not in rest, rest[max(0, rest.find(b"\x1b") - 40):][:120]
    assert b"\x07" not in rest
    assert "\x9b".encode() not in rest
    assert "\u202e".encode() not in rest


COMMANDS = [
    ["list"], ["list", "--format", "csv"], ["list", "--format", "tsv"], ["list", "--json"],
    ["list", "--format", "ids"], ["search", "mark"], ["search", "mark", "--json"], ["show", "1"],
    ["note", "1", "--list"], ["link", "1"], ["tags"], ["info"], ["export", "--md"], ["export", "--bib"],
    ["export", "--csl"], ["export", "--jsonl"], ["show", "pwned"], ["show", "2"],
]


@pytest.mark.parametrize("pager", ["", "cat -"], ids=["no pager", "through a pager"])
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_no_command_lets_library_text_drive_the_terminal(tmp_path, args, pager):
    db = _hostile_library(tmp_path)
    shown = on_terminal([*PAPERCTL, "--db", str(db), *args], pager=pager)
    assert_harmless(shown)
    assert b"Traceback" not in shown


def test_the_rm_prompt_shows_the_title_harmlessly(tmp_path):
    db = _hostile_library(tmp_path)
    shown = on_terminal([*PAPERCTL, "--db", str(db), "rm", "1"], keys=b"n\n")
    assert b"Title" in shown
    assert_harmless(shown)
    ok(cli(db, "show", "1"))  # answered no: still there


def test_rich_markup_in_library_text_shows_as_written(tmp_path):
    db = _hostile_library(tmp_path)
    shown = SGR.sub(b"", on_terminal([*PAPERCTL, "--db", str(db), "show", "1"])).decode("utf-8")
    link_line = next(line for line in shown.splitlines() if line.strip().startswith("code"))
    assert "[bold red]mark[/bold red]" in link_line  # a link's name, drawn by rich as a label


def test_an_invisible_title_is_shown_visibly(tmp_path):
    db = _hostile_library(tmp_path)
    shown = on_terminal([*PAPERCTL, "--db", str(db), "show", "2"]).decode("utf-8")
    assert "<U+200B><U+200B>" in shown


def test_piped_output_is_data_and_left_as_it_is(tmp_path):
    """Only a terminal is guarded: a script reading the notes gets their exact text."""
    db = _hostile_library(tmp_path)
    assert HOSTILE in ok(cli(db, "note", "1", "--list")).stdout
