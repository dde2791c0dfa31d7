"""How a paperctl process ends: ``cli.leave`` skips the interpreter's teardown, and
nothing a user or a script relies on may be lost with it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from processes import PAPERCTL, child_env


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*PAPERCTL, *args], capture_output=True, text=True, encoding="utf-8",
                          env=env or child_env(), timeout=60)


def _library_of(tmp_path: Path, papers: int) -> Path:
    lines = [json.dumps({"title": f"Paper number {n} on sparse attention", "year": 2000 + n % 25,
                         "summary": "x" * 200}) for n in range(papers)]
    source = tmp_path / "papers.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "lib.db"
    assert run("--db", str(db), "import", str(source)).returncode == 0
    return db


def test_everything_printed_reaches_a_pipe(tmp_path):
    """Output far larger than a pipe's buffer arrives whole, to the last line."""
    db = _library_of(tmp_path, 400)
    result = run("--db", str(db), "export", "--jsonl")
    assert result.returncode == 0, result.stderr
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    assert len(titles) == 400
    assert "Paper number 399 on sparse attention" in titles


def test_exit_codes_are_those_of_the_command(tmp_path):
    db = _library_of(tmp_path, 1)
    assert run("--db", str(db), "list").returncode == 0
    missing = run("--db", str(db), "show", "no-such-paper")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "Error: no paper matches 'no-such-paper'"
    assert run("--db", str(db), "no-such-command").returncode == 2


def test_exit_handlers_still_run(tmp_path):
    """Tools that save their work in an exit handler (coverage.py, a program embedding
    paperctl) still get to, and see the command's output already written."""
    db = _library_of(tmp_path, 1)
    marker = tmp_path / "handler-ran"
    script = ("import atexit, pathlib, sys\n"
              f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'ran')\n"
              f"sys.argv = ['paperctl', '--db', {str(db)!r}, 'list', '--json']\n"
              "from paperctl.cli import main\n"
              "main()\n")
    result = subprocess.run([PAPERCTL[0], "-c", script], capture_output=True, text=True, encoding="utf-8",
                            env=child_env(), timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["title"] == "Paper number 0 on sparse attention"
    assert marker.read_text() == "ran"


def test_no_command_leaves_the_library_open(tmp_path):
    """An open connection would be left without its close, and its ``-wal`` and ``-shm``
    files beside the library (in a reading-list repository, two untracked files). Every
    command, failed ones too, closes the library before the process ends."""
    db = _library_of(tmp_path, 3)
    listing = tmp_path / "list.md"
    listing.write_text("## Attention\n\n- **Attention Is All You Need** [[arXiv](https://arxiv.org/abs/1706.03762)]\n",
                       encoding="utf-8")
    for args in (["list"], ["search", "sparse"], ["show", "1"], ["export", "--bib"], ["stats"], ["check"],
                 ["summary", "1", "A summary."], ["import", str(listing)], ["show", "no-such-paper"],
                 ["status", "1", "not-a-status"]):
        run("--db", str(db), *args)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.db", "list.md", "papers.jsonl"], args
