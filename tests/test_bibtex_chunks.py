"""Large BibTeX files are parsed in pieces by worker processes: the result must be
the very one a single parse gives, problems and line numbers included."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from paperctl import Library
from paperctl.formats.bibtex import chunks as bibtex_chunks
from paperctl.formats.bibtex import reader as bibtex_import
from paperctl.formats.importing import import_file
from processes import alive, children, needs_proc

PAPERCTL = [sys.executable, "-m", "paperctl"]


def entry(i: int) -> str:
    """A varied entry: accents, braces, an arXiv eprint, keywords, and now and then an
    abstract with a line that starts with "@" (inside braces: not a new entry)."""
    abstract = "We study {BERT}.\n@inproceedings are cited too.\nThe end." if i % 7 == 0 else f"Abstract {i}."
    return (
        f"@article{{key{i},\n"
        f"  title = {{Paper {i} on {{Transformers}} by M{{\\\"u}}ller}},\n"
        f"  author = {{M{{\\\"u}}ller, Hans and Doe, Jane and Author{i}, A.}},\n"
        f"  journal = {{Journal {i % 5}}},\n"
        f"  year = {{{2000 + i % 25}}},\n"
        f"  eprint = {{{2100 + i % 12:04d}.{10000 + i:05d}}},\n"
        f"  archivePrefix = {{arXiv}},\n"
        f"  keywords = {{Section {i % 4}, Shared}},\n"
        f"  abstract = {{{abstract}}}\n"
        "}\n\n"
    )


def awkward_file(n: int = 400) -> str:
    """*n* entries with the things that could go wrong at a cut: repeated keys far apart
    (in different pieces), malformed entries, entries without a title, comments."""
    parts = ["% A reading list\n@comment{exported by hand}\n\n"]
    for i in range(n):
        parts.append(entry(i))
        if i % 97 == 50:
            parts.append(entry(i - 40))  # the same key again, pieces later
        if i % 89 == 10:
            parts.append(f"@article{{broken{i}\n  title = {{No comma after the key}}}}\n\n")  # malformed
        if i % 83 == 20:
            parts.append(f"@misc{{untitled{i}, author = {{Nobody}}}}\n\n")
    return "".join(parts)


@pytest.fixture
def small_pieces(monkeypatch):
    """Pieces of about 3,000 characters from any size up: many cuts in a small file."""
    monkeypatch.setattr(bibtex_chunks, "PARALLEL_MIN", 0)
    monkeypatch.setattr(bibtex_chunks, "PIECE", 3000)
    monkeypatch.setattr(bibtex_chunks, "_workers", lambda: 2)


def read_whole(text: str, monkeypatch) -> bibtex_import.BibRead:
    with monkeypatch.context() as m:
        m.setattr(bibtex_chunks, "PARALLEL_MIN", 10**12)
        return bibtex_import.read(text)


def test_pieces_start_at_entries_and_join_back_to_the_file():
    text = awkward_file(200)
    pieces = list(bibtex_chunks.pieces(text, size=3000))
    assert len(pieces) > 15
    assert all(len(piece) < 4000 for _, piece in pieces)
    assert "".join(piece for _, piece in pieces) == text
    for line, piece in pieces[1:]:
        assert piece.startswith("@")
        assert not piece.startswith("@inproceedings are")
        assert text.splitlines()[line] == piece.splitlines()[0]  # the line number of the piece's start


def test_after_an_entry_left_open_the_rest_is_one_piece():
    """A brace never closed leaves no safe cut after it: the rest is parsed in one piece
    (slower, never wrong)."""
    text = "".join(entry(i) for i in range(20)) + "@article{open,\n  title = {Never closed\n\n" + \
        "".join(entry(i) for i in range(20, 60))
    pieces = list(bibtex_chunks.pieces(text, size=3000))
    assert "".join(piece for _, piece in pieces) == text
    assert "@article{open," in pieces[-1][1] and "@article{key59," in pieces[-1][1]


def test_a_file_read_in_pieces_is_read_exactly_as_whole(small_pieces, monkeypatch):
    text = awkward_file()
    whole = read_whole(text, monkeypatch)
    in_pieces = bibtex_import.read(text)
    assert len(list(bibtex_chunks.pieces(text, bibtex_chunks.PIECE))) > 30
    assert in_pieces.items == whole.items
    assert in_pieces.problems == whole.problems
    kinds = {what.split(" '")[0] for _, what in whole.problems}
    assert {"duplicate key", "malformed entry"} <= kinds
    assert any(item.key.startswith("untitled") for item in whole.items)  # kept: an entry needs no title
    lines = text.splitlines()
    for item in in_pieces.items[::37]:  # the reported line is the entry's own line
        assert lines[item.line - 1].startswith(f"@article{{{item.key},")


def test_a_key_repeated_in_a_later_piece_is_reported_with_its_line(small_pieces):
    text = entry(1) + "".join(entry(i) for i in range(2, 60)) + entry(1)
    result = bibtex_import.read(text)
    last_line = text.count("\n", 0, text.rindex("@article{key1,")) + 1
    assert result.problems == [(last_line, "duplicate key 'key1' (first at line 1); this entry is left out")]
    assert [item.key for item in result.items].count("key1") == 1


def test_a_file_with_string_macros_is_parsed_whole(small_pieces):
    text = "@string{jml = {Journal of Machine Learning}}\n\n" + "".join(
        entry(i).replace(f"journal = {{Journal {i % 5}}}", "journal = jml") for i in range(60))
    result = bibtex_import.read(text)
    assert not result.problems
    assert {item.data.venue for item in result.items} == {"Journal of Machine Learning"}


def test_an_import_in_pieces_writes_what_a_whole_import_writes(small_pieces, tmp_path, monkeypatch):
    source = tmp_path / "big.bib"
    source.write_text(awkward_file(), encoding="utf-8")
    with Library(tmp_path / "pieces.db") as lib:
        report = import_file(lib, source)
        pieces = [(p.citekey, p.title, p.arxiv_id, p.tags, [a.name for a in p.authors]) for p in lib.papers()]
    monkeypatch.setattr(bibtex_chunks, "PARALLEL_MIN", 10**12)
    with Library(tmp_path / "whole.db") as lib:
        whole_report = import_file(lib, source)
        whole = [(p.citekey, p.title, p.arxiv_id, p.tags, [a.name for a in p.authors]) for p in lib.papers()]
    assert pieces == whole
    assert report.counts == whole_report.counts
    assert report.problems == whole_report.problems
    assert report.counts["new"] == 405  # 400 entries and 5 without a title, kept too


def _start_big_import(tmp_path: Path) -> tuple[subprocess.Popen, list[int]]:
    """A paperctl process importing a file large enough for worker processes, and its workers."""
    source = tmp_path / "big.bib"
    # Four times what needs workers: on a loaded machine the test can be descheduled long
    # enough for a smaller import to end before the signal it waits to send.
    source.write_text("".join(entry(i) for i in range(24000)), encoding="utf-8")
    proc = subprocess.Popen([*PAPERCTL, "--db", str(tmp_path / "library.db"), "import", str(source)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 30
    while not (workers := children(proc.pid)) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    return proc, workers


@needs_proc
def test_workers_of_a_killed_import_exit_too(tmp_path):
    proc, workers = _start_big_import(tmp_path)
    assert workers, "the import started no worker process"
    proc.kill()
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(alive, workers))
    with Library(tmp_path / "library.db") as lib:
        assert lib.papers() == []  # killed before its commit: nothing written


@needs_proc
def test_a_killed_worker_ends_the_import_with_a_clear_error_and_nothing_written(tmp_path):
    proc, workers = _start_big_import(tmp_path)
    assert workers, "the import started no worker process"
    os.kill(workers[0], signal.SIGKILL)  # as the kernel's out-of-memory killer would
    _, err = proc.communicate(timeout=60)
    text = err.decode(errors="replace")
    assert proc.returncode == 1, text[-2000:]
    assert "Traceback" not in text, text[-2000:]
    assert text.startswith("Error: a process parsing the BibTeX file was killed"), text[-2000:]
    with Library(tmp_path / "library.db") as lib:
        assert lib.papers() == []


@needs_proc
def test_ctrl_c_at_the_terminal_stops_the_workers_quietly(tmp_path):
    proc, workers = _start_big_import(tmp_path)
    assert workers, "the import started no worker process"
    os.killpg(proc.pid, signal.SIGINT)  # a terminal sends Ctrl-C to the whole process group
    _, err = proc.communicate(timeout=60)
    text = err.decode(errors="replace")
    assert "Traceback" not in text, text[-2000:]
    assert proc.returncode == 130, text[-2000:]
    assert "interrupted" in text
    with Library(tmp_path / "library.db") as lib:
        assert lib.papers() == []


_FRAGMENTS = ["@article{k,\n  title = {A}\n}\n", "{", "}", "\n@misc{x, title = {b}}\n", "free text\n",
              "@inproceedings are cited\n", "  @book{q,\n  title = {x {y} z}}\n", "\n", "@string{s = {v}}\n"]


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=60), st.integers(1, 80))
@settings(max_examples=300, deadline=None)
def test_pieces_are_cut_only_between_entries(fragments, size):
    text = "".join(fragments)
    pieces = list(bibtex_chunks.pieces(text, size))
    assert "".join(piece for _, piece in pieces) == text
    done = ""
    for line, piece in pieces:
        assert line == done.count("\n")
        if done:
            assert re.match(r"[ \t]*@[ \t]*[A-Za-z]", piece)  # an entry starts the piece
            assert done.count("{") == done.count("}")  # and every brace before it is closed
        done += piece
