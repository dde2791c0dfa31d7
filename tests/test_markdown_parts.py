"""A large Markdown list is read in parts, in worker processes, and the result is the
list read whole: the same entries with every field, sections, skipped lines, layout.

Every test compares the two readings of one document. ``parts.PARALLEL_MIN`` is set
to 0 so that small documents are cut too; where something crosses a cut (a fenced
block, a heading still open above it, a reference definition that the parts read
otherwise than the whole), the list must be read whole, and the result must still be
the same.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import SHARED
from paperctl import Library
from paperctl.formats.markdown import blocks, part_blocks, parts, reader
from processes import PAPERCTL, alive, child_env, children, needs_proc

REAL_LISTS = sorted((SHARED / "fixtures" / "real-lists").glob("*.md")) + sorted((SHARED / "seeds").glob("*.md"))


def whole(text: str, **options) -> dict:
    return dataclasses.asdict(reader.parse(text, **options))


def in_parts(monkeypatch, text: str, **options) -> tuple[dict, bool]:
    """(what ``parse`` returns when it may cut *text* anywhere, whether it did cut it)."""
    monkeypatch.setattr(parts, "PARALLEL_MIN", 0)
    monkeypatch.setattr(parts, "SLACK", float("inf"))  # wherever the cut falls
    monkeypatch.setattr(parts, "workers", lambda: 1)  # one worker beside this process, whatever the machine
    split = []
    read = reader._read_in_parts

    def counted(*args):
        found = read(*args)
        split.append(found is not None)
        return found

    monkeypatch.setattr(reader, "_read_in_parts", counted)
    try:
        return dataclasses.asdict(reader.parse(text, **options)), split == [True]
    finally:
        monkeypatch.undo()


def entry(n: int) -> str:
    return (f"- **Paper number {n} on reading lists** [[paper](https://arxiv.org/abs/2401.{n:05d})] "
            f"[[code](https://github.com/lab/p{n})]\n  *Ada Lovelace, Alan Turing.* NeurIPS'24\n")


def category(name: str, first: int, count: int = 4) -> str:
    return f"## {name}\n\n### 2024\n\n" + "".join(entry(n) for n in range(first, first + count)) + "\n"


LIST = ("# Awesome Reading Lists\n\n## Contents\n\n- [Vision](#vision)\n- [Language](#language)\n\n"
        + category("Vision", 1) + category("Language", 10)
        + "## Tables\n\n| Title | Venue | Code |\n|---|---|---|\n"
          "| [A Table Paper on Attention](https://arxiv.org/abs/2402.00001) | ICML 2024 |"
          " [Github](https://github.com/o/r) |\n\n"
        + category("Speech", 20) + "## Contributing\n\nPull requests welcome: [guide](CONTRIBUTING.md)\n")


def test_a_list_read_in_parts_is_the_list_read_whole(monkeypatch):
    expected = whole(LIST)
    got, split = in_parts(monkeypatch, LIST)
    assert split and got == expected
    assert [e["data"]["tags"] for e in got["entries"]][:5] == [["Vision/2024"]] * 4 + [["Language/2024"]]


def test_a_meeting_the_lists_title_names_reaches_every_part(monkeypatch):
    text = LIST.replace("# Awesome Reading Lists", "# Awesome Reading Lists in ICML 2024").replace(" NeurIPS'24", "")
    got, split = in_parts(monkeypatch, text)
    assert split and got == whole(text)
    assert {e["data"]["venue"] for e in got["entries"]} == {"ICML 2024"}


def test_options_reach_every_part(monkeypatch):
    got, split = in_parts(monkeypatch, LIST, read_if_summary=True, year_groups=True)
    assert split and got == whole(LIST, read_if_summary=True, year_groups=True)


@pytest.mark.skipif(not REAL_LISTS, reason="../shared (the real lists and seeds) is absent")
@pytest.mark.parametrize("path", REAL_LISTS, ids=lambda p: p.name[:30])
def test_real_lists_read_in_parts_as_whole(monkeypatch, path):
    text = path.read_text(encoding="utf-8")
    got, _ = in_parts(monkeypatch, text)
    assert got == whole(text)


def test_a_heading_inside_a_fenced_block_is_no_cut(monkeypatch):
    text = LIST.replace("## Tables\n", "```markdown\n\n## Not a heading, inside the fence\n\n```\n\n## Tables\n")
    got, _ = in_parts(monkeypatch, text)
    assert got == whole(text)


def test_a_fence_left_open_in_a_list_item_does_not_fool_the_cuts(monkeypatch):
    # The item's fence is closed by the end of the item; the "```" later opens a real
    # fence, which holds "## Inside": a cut there would make it a heading.
    text = (category("Vision", 1) + "- item with code\n\n  ```\n  code\n\n## Language\n\n" + entry(5)
            + "\n```\n\n## Inside the fence\n\n" + entry(6) + "```\n\n" + category("Speech", 20))
    got, _ = in_parts(monkeypatch, text)
    assert got == whole(text)


def test_a_reference_defined_at_the_end_serves_every_part(monkeypatch):
    # "[paper][ref]" in one part, "[ref]: url" at the end of the last: every part reads
    # with the whole list's definitions, gathered before the parts are read.
    text = LIST.replace("## Vision\n", "## Vision\n\n- **Referenced Paper Title Here** [paper][ref]\n") + (
        "\n[ref]: https://arxiv.org/abs/2403.00003\n[stars]: https://img.shields.io/github/stars/o/r\n")
    got, split = in_parts(monkeypatch, text)
    assert split and got == whole(text)
    assert any(e["data"]["arxiv_id"] == "2403.00003" for e in got["entries"])


@pytest.mark.parametrize("odd", [
    "```\n[ref]: https://arxiv.org/abs/2403.00009\n```\n",  # in a fence: no definition, whatever it looks like
    "[ref]:\n  https://arxiv.org/abs/2403.00003\n  'its title'\n",  # over three lines
    "[ref]: https://arxiv.org/abs/2403.00003\n[REF]: https://arxiv.org/abs/2403.00009\n",  # the first one wins
], ids=["in-a-fence", "over-lines", "twice"])
def test_definitions_the_lines_alone_misread_have_the_list_read_as_whole(monkeypatch, odd):
    text = LIST.replace("## Speech\n", "## Speech\n\n- **Referenced Paper Title Here** [paper][ref]\n") + (
        "\n" + odd)
    got, _ = in_parts(monkeypatch, text)
    assert got == whole(text)


def test_a_reference_definition_does_not_keep_a_large_list_from_being_cut(monkeypatch):
    monkeypatch.setattr(parts, "PARALLEL_MIN", 0)
    monkeypatch.setattr(parts, "workers", lambda: 1)
    defined = LIST + "\n[stars-img]: https://img.shields.io/github/stars/o/r\n"
    assert parts.plan(defined, (False, False), part_blocks.read_part, reader.read_part_again) is not None
    assert part_blocks.definitions(defined) == {"STARS-IMG": ("https://img.shields.io/github/stars/o/r", "")}


def test_a_group_heading_open_above_the_cut_makes_the_list_read_whole(monkeypatch):
    # "<summary>CVPR</summary>" over headings is a group that "## Later" does not close (no "</details>").
    text = ("<details><summary>CVPR</summary>\n\n" + category("First", 1) + category("Later", 10)
            + category("Last", 20))
    got, split = in_parts(monkeypatch, text)
    assert not split and got == whole(text)
    assert got["entries"][-1]["data"]["tags"] == ["CVPR/Last/2024"]


def test_a_bold_line_heads_what_follows_it_up_to_the_next_heading(monkeypatch):
    # "**CVPR**" before a list is a heading of that list; "## Later" closes it (ConanCui/Paper-List's
    # "**Table of Contents**" over "## daily read"), so the list may be read in parts.
    text = ("**CVPR**\n\n" + "".join(entry(n) for n in range(1, 4)) + "\n" + category("Later", 10)
            + category("Last", 20))
    got, _ = in_parts(monkeypatch, text)
    assert got == whole(text)
    assert got["entries"][0]["data"]["tags"] == ["CVPR"]
    assert got["entries"][-1]["data"]["tags"] == ["Last/2024"]


# What a part alone cannot see, found by bench/md_stages.py on the labelled lists: each list must be
# read whole (or read in parts to the same result), never read otherwise than whole.

def test_a_papers_heading_at_the_cut_closes_no_heading_above_it(monkeypatch):
    # rsdler/Remote-Sensing-in-CVPR2023: its papers are "####" headings under a "####" heading that
    # names them; the cut falls at a paper, which leaves that heading open.
    papers = "".join(f"#### {n}. Change Detection in Satellite Images, Method {n}\n\n* Paper : [CVPR paper]"
                     f"(https://openaccess.thecvf.com/content/CVPR2023/html/P{n}_CVPR_2023_paper.html)\n\n"
                     for n in range(1, 9))
    text = "# Remote Sensing in CVPR2023\n\n#### Papers related to remote sensing in CVPR2023\n\n\n" + papers
    got, _ = in_parts(monkeypatch, text)
    assert got == whole(text)
    assert {tuple(e["data"]["tags"]) for e in got["entries"]} == {("Papers related to remote sensing in CVPR2023",)}


def test_a_heading_its_number_nests_under_the_one_above_the_cut_has_the_list_read_whole(monkeypatch):
    # lingo-iitgn/awesome-code-mixing: "## 1.2\. ..." at the level of "## 1\. NLP Tasks", inside it by its number.
    def task(name: str, first: int) -> str:
        return f"### {name}\n\n" + "".join(
            f"  * **[Code-Mixed {name} Paper {n}](https://aclanthology.org/2021.x-{n}/)** - *Gupta, D., et al. "
            f"(2021)*.\n" for n in range(first, first + 4)) + "\n"
    text = ("# Awesome Code-Mixing\n\n## 1\\. NLP Tasks\n\n## 1.1\\. Understanding Tasks\n\n"
            + task("Tagging", 1) + task("Parsing", 10) + "## 1.2\\. Generation Tasks\n\n" + task("Generation", 20))
    got, split = in_parts(monkeypatch, text)
    assert not split and got == whole(text)
    assert got["entries"][-1]["data"]["tags"] == ["1. NLP Tasks/1.2. Generation Tasks/Generation"]


def test_a_short_table_below_the_cut_reads_its_columns_as_the_tables_above_it_said(monkeypatch):
    # friedrichor/Deep-Learning-Paper-List: "收录" (accepted at) is the venue column, which the tables above
    # show by their cells; two rows alone do not (one venue cell reads as no venue).
    header = "|paper|源码|收录|简介|笔记|\n|:-:|:-:|:-:|:-:|:-:|\n"
    row = "|[Paper {n} on Dialogue](https://aclanthology.org/2020.acl-main.{n}/)|-|{venue}|**M{n}**; 对话|-|\n"
    above = header + "".join(row.format(n=n, venue=v) for n, v in enumerate(
        ["ACL 2020", "ACL/IJCNLP 2021", "arxiv 2023", "EMNLP 2022"], 1))
    below = header + row.format(n=9, venue="NIPS 2017") + row.format(n=10, venue="NAACL-HLT 2019")
    text = f"# Paper List\n\n# 多模态\n\n### 对话\n\n{above}\n# NLP\n\n### 经典模型\n\n{below}"
    got, _ = in_parts(monkeypatch, text)
    assert got == whole(text)
    assert [e["data"]["venue"] for e in got["entries"][-2:]] == ["NIPS 2017", "NAACL-HLT 2019"]


def test_references_a_table_above_the_cut_cites_are_read_into_its_rows(monkeypatch):
    # A survey's appendix table (UNet-like change detection models) cites "[1]", "[2]"; its
    # "#### REFERENCES" below are the rows' papers, not papers of their own.
    rows = "".join(f"| {n} | Net{n}[{n}] | 2019 | Siam |\n" for n in range(1, 5))
    refs = "".join(f"[{n}]\tA. Author{n}, and B. Other, \u201cChange Detection Network Number {n},\u201d in 2019 "
                   f"IEEE International Conference on Image Processing (ICIP), 2019, pp. {n}0-{n}4.\n\n"
                   for n in range(1, 5))
    text = ("Change detection models, a survey's appendix.\n\n"
            "#### APPENDIX TABLE I REVIEW OF CHANGE DETECTION MODELS\n\n| No. | Model | Year | Fusion |\n"
            "|---|---|---|---|\n" + rows + "\n*In the table, the abbreviations are explained.*\n\n"
            "#### REFERENCES\n" + refs)
    got, _ = in_parts(monkeypatch, text)
    assert got == whole(text)
    assert "REFERENCES" not in got["sections"]


def test_a_first_heading_over_a_list_among_three_or_more_is_no_title_in_parts_either(monkeypatch):
    # mrjunjieli/awesome_speaker: "# How to write a good paper" over two links is the first of its sections.
    text = ("# How to write a good paper\n* [Novelty in Science](https://perceiving-systems.blog/en/news/novelty)\n"
            "* [Writing a good scientific paper](https://perceiving-systems.blog/en/post/writing)\n\n"
            + "".join(f"# Topic {k}\n\n" + "".join(entry(n) for n in range(10 * k, 10 * k + 3)) + "\n"
                      for k in range(1, 4)))
    got, _ = in_parts(monkeypatch, text)
    assert got == whole(text)
    assert got["entries"][0]["data"]["title"] == "Paper number 10 on reading lists"  # (the two links: preface)


def test_cuts_fall_on_top_level_headings_after_a_blank_line():
    lines = blocks.lines_of(LIST)
    starts = parts.cuts(lines, 3)
    assert starts[0] == 0 and len(starts) == 3
    assert all(lines[n].startswith("## ") and not lines[n - 1] for n in starts[1:])


def test_a_cut_never_falls_under_a_higher_heading_written_without_a_blank_line(monkeypatch):
    """Found on three real lists put together (issue 15's 1 MB target): their "# Title" lines
    follow text directly, so only "## ..." headings were cut at, each under an open "#"; the
    reader then read the list in parts for nothing and again whole (1.37 s against 0.94 s)."""
    section = "".join(category(f"Section {n}", 10 * n) for n in range(1, 4))
    text = "# First List\n" + section + "A last line\n# Second List\n" + section
    lines = blocks.lines_of(text)
    assert all(lines[n].startswith("# ") for n in parts.cuts(lines, 2)[1:])
    got, _ = in_parts(monkeypatch, text)
    assert got == whole(text)


def test_parts_may_be_cut_to_sizes_of_their_own():
    """An import that writes while it reads cuts its first part and each worker's last
    smaller (``ahead.sizes``)."""
    lines = blocks.lines_of("".join(category(f"Topic {k}", 10 * k, 5) for k in range(40)))
    starts = parts.cuts(lines, [0.7, 1.0, 0.45])
    sizes = [len("\n".join(lines[a:b])) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    shares = [size / sum(sizes) for size in sizes]
    wanted = [0.7 / 2.15, 1.0 / 2.15, 0.45 / 2.15]  # (each topic is 2.5 % of the list: a cut is that close)
    assert len(shares) == 3, starts
    assert all(abs(share - want) < 0.025 for share, want in zip(shares, wanted, strict=True)), shares


def test_no_cut_leaves_one_part_most_of_the_work():
    lines = blocks.lines_of(category("Large", 1, 40) + category("Small", 100, 1))
    assert parts.cuts(lines, 2) == [0]  # "## Small" is the only cut, near the end: read whole


def test_a_worker_killed_has_the_list_read_whole(monkeypatch):
    parse_lines = blocks.parse_lines
    parent = os.getpid()

    def dying(lines, first, end):
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return parse_lines(lines, first, end)

    monkeypatch.setattr(blocks, "parse_lines", dying)
    expected = whole(LIST)
    got, split = in_parts(monkeypatch, LIST)
    assert not split and got == expected


def test_a_part_that_fails_here_has_the_list_read_whole(monkeypatch):
    parse_lines = blocks.parse_lines

    def failing(lines, first, end):
        if first == 0 and end < len(lines):  # the first part, read in this process; not the whole
            raise RuntimeError("a reader bug that only a part meets")
        return parse_lines(lines, first, end)

    monkeypatch.setattr(blocks, "parse_lines", failing)
    expected = whole(LIST)
    got, split = in_parts(monkeypatch, LIST)
    assert not split and got == expected


def test_no_worker_is_left_behind(monkeypatch):
    forked = []
    fork = parts._fork

    def recorded(*args):
        child = fork(*args)
        forked.append(child.pid)
        return child

    monkeypatch.setattr(parts, "_fork", recorded)
    _, split = in_parts(monkeypatch, LIST)
    assert split and forked
    for pid in forked:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # waited for already: gone, not a zombie or still running


def _big_list(tmp_path: Path, topics: int = 14) -> Path:
    """A list large enough to be read in parts: 100 papers a topic."""
    source = tmp_path / "big.md"
    source.write_text("# Big List\n\n" + "".join(category(f"Topic {k}", 100 * k, 100) for k in range(topics)),
                      encoding="utf-8")
    assert source.stat().st_size > parts.PARALLEL_MIN
    return source


def _start_big_import(tmp_path: Path, topics: int = 14) -> tuple[subprocess.Popen, list[int]]:
    """A paperctl process importing a list large enough to be read in parts (100 papers a
    topic), and its worker."""
    source = _big_list(tmp_path, topics)
    proc = subprocess.Popen([*PAPERCTL, "--db", str(tmp_path / "library.db"), "import", str(source)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=child_env(), start_new_session=True)
    deadline = time.monotonic() + 30
    while not (workers := children(proc.pid)) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.005)
    return proc, workers


def _gone(workers: list[int]) -> bool:
    deadline = time.monotonic() + 10
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not any(map(alive, workers))


needs_cores = pytest.mark.skipif(parts.workers() < 1, reason="one core: a list is never read in parts")


@needs_proc
@needs_cores
def test_ctrl_c_while_a_list_is_read_in_parts_stops_quietly(tmp_path):
    # 1 MB: on a loaded machine a smaller import can end before the signal is sent.
    proc, workers = _start_big_import(tmp_path, topics=56)
    assert workers, "the import started no worker process"
    os.killpg(proc.pid, signal.SIGINT)  # a terminal sends Ctrl-C to the whole process group
    _, err = proc.communicate(timeout=60)
    text = err.decode(errors="replace")
    assert "Traceback" not in text, text[-2000:]
    assert proc.returncode == 130 and "interrupted" in text, text[-2000:]
    assert _gone(workers)
    with Library(tmp_path / "library.db") as lib:
        assert lib.papers() == []


@needs_proc
@needs_cores
def test_the_worker_of_a_killed_import_exits_too(tmp_path):
    proc, workers = _start_big_import(tmp_path)
    assert workers, "the import started no worker process"
    proc.kill()
    proc.wait(timeout=30)
    assert _gone(workers)


@needs_proc
@needs_cores
def test_a_killed_worker_costs_only_time(tmp_path):
    proc, workers = _start_big_import(tmp_path)
    assert workers, "the import started no worker process"
    os.kill(workers[0], signal.SIGKILL)  # as the kernel's out-of-memory killer would
    _, err = proc.communicate(timeout=120)
    text = err.decode(errors="replace")
    assert proc.returncode == 0 and "Traceback" not in text, text[-2000:]
    with Library(tmp_path / "library.db") as lib:
        assert len(lib.papers()) == 1400  # the list was read whole instead: every paper is there


@needs_cores
def test_import_begins_reading_a_large_list_before_the_library_opens(tmp_path, monkeypatch):
    """The import command starts the workers first (``read_ahead``), and the import is the
    one a list read after the library opened gives."""
    from typer.testing import CliRunner

    from paperctl.cli import app
    from paperctl.formats.importing import import_file
    from paperctl.store import db

    source = _big_list(tmp_path)
    events: list[str] = []
    launch, connect = parts.launch, db.connect
    monkeypatch.setattr(parts, "launch", lambda *a: events.append("workers") or launch(*a))
    monkeypatch.setattr(db, "connect", lambda *a, **k: events.append("library") or connect(*a, **k))
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "ahead.db"), "import", str(source)])
    assert result.exit_code == 0, result.output
    assert events[:2] == ["workers", "library"]
    monkeypatch.undo()
    with Library(tmp_path / "after.db") as lib:
        import_file(lib, source)
    rows = "SELECT citekey, title, arxiv_id, year, venue, status FROM papers ORDER BY id"
    with Library(tmp_path / "ahead.db") as ahead, Library(tmp_path / "after.db") as after:
        assert ahead.conn.execute(rows).fetchall() == after.conn.execute(rows).fetchall()
        assert len(ahead.conn.execute(rows).fetchall()) == 1400


@needs_cores
def test_workers_begun_for_a_library_that_cannot_open_are_stopped(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from paperctl.cli import app

    forked = []
    fork = parts._fork
    monkeypatch.setattr(parts, "_fork", lambda *a: forked.append(fork(*a)) or forked[-1])
    not_a_library = tmp_path / "notes.db"
    not_a_library.write_text("my notes, not a database\n")
    result = CliRunner().invoke(app, ["--db", str(not_a_library), "import", str(_big_list(tmp_path))])
    assert result.exit_code != 0 and "not a paperctl library" in result.output
    assert forked
    for child in forked:
        with pytest.raises(ChildProcessError):
            os.waitpid(child.pid, os.WNOHANG)  # stopped and waited for: not running, not a zombie


def test_only_a_markdown_list_is_read_ahead(tmp_path, monkeypatch):
    """A large JSON Lines or BibTeX file is streamed or read in pieces by its own importer:
    reading ahead must not load it whole first (a 100k JSON Lines import's peak memory went
    from 219 MB to 468 MB when it did)."""
    from paperctl.formats import reading

    big = "x" * (parts.PARALLEL_MIN + 1)
    jsonl = tmp_path / "library.jsonl"
    jsonl.write_text('{"title": "' + big + '"}\n', encoding="utf-8")
    bib = tmp_path / "refs.txt"  # no telling extension: the content says BibTeX
    bib.write_text("@article{k,\n  title = {" + big + "},\n}\n", encoding="utf-8")

    def whole(path):
        raise AssertionError(f"{path} read whole ahead of its importer")

    monkeypatch.setattr(reading, "read_capped", whole)
    assert reading.read_ahead(jsonl) is None
    assert reading.read_ahead(bib) is None
    assert reading.read_ahead(bib, fmt="bib") is None


@pytest.mark.parametrize(("args", "wanted"), [
    (["big.md"], ("big.md", None, False, False)),
    (["--tag", "Thesis", "big.md", "other.md", "--read-if-summary", "--format=md"], ("big.md", "md", True, False)),
    (["-t", "Imported", "--year-groups", "--format", "md", "--dry-run", "big.md"], ("big.md", "md", False, True)),
    (["big.md", "--help"], None),  # typer answers; nothing is begun
    (["big.md", "--unknown"], None),
    (["--", "big.md"], None),
    (["-tImported", "big.md"], None),  # (click reads it so; this does not follow, and begins nothing)
    (["--tag"], None),
    ([], None),
    (["-"], None),
])
def test_paperctl_import_knows_its_list_before_typer_loads(args, wanted):
    """``paperctl import`` begins a large list's reading from the command line as it is,
    before typer and the command load (``cli.early``): only what it plainly follows."""
    from paperctl.cli import early

    found = early.wanted(args)
    assert (found if found is None else (str(found[0]), *found[1:])) == wanted


@needs_cores
def test_a_list_begun_before_typer_loads_is_the_one_the_import_reads(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from paperctl.cli import app, early

    source = _big_list(tmp_path)
    launched = []
    launch = parts.launch
    monkeypatch.setattr(parts, "launch", lambda *a: launched.append(a) or launch(*a))
    early.begin([str(source), "--tag", "Moved in"])
    assert len(launched) == 1
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "early.db"), "import", str(source), "--tag", "Moved in"])
    assert result.exit_code == 0, result.output
    assert len(launched) == 1  # taken up, not begun again
    with Library(tmp_path / "early.db") as lib:
        assert len(lib.papers()) == 1400 and lib.papers()[0].tags[0].startswith("Moved in/")


@needs_cores
def test_a_list_begun_for_another_reading_is_stopped_and_read_anew(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from paperctl.cli import app, early

    source = _big_list(tmp_path)
    forked = []
    fork = parts._fork
    monkeypatch.setattr(parts, "_fork", lambda *a: forked.append(fork(*a)) or forked[-1])
    early.begin([str(source)])
    begun_early = list(forked)
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "l.db"), "import", str(source), "--read-if-summary"])
    assert result.exit_code == 0, result.output
    assert begun_early and len(forked) > len(begun_early)  # read anew, with the option
    for child in begun_early:
        with pytest.raises(ChildProcessError):
            os.waitpid(child.pid, os.WNOHANG)  # stopped and waited for: not running, not a zombie
    with Library(tmp_path / "l.db") as lib:
        assert len(lib.papers()) == 1400


def test_reading_a_part_here_runs_no_cycle_collection(tmp_path):
    """This process reads the first part of a list read in parts, as a worker reads the
    others (with the collector off): a 1 MB list's part once cost a full collection."""
    import gc

    text = _big_list(tmp_path).read_text(encoding="utf-8")
    lines = blocks.lines_of(text)
    bounds = [(0, len(lines) // 2), (len(lines) // 2, len(lines))]
    runs: list[int] = []

    def counted(phase, info):
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(counted)
    try:
        summary, kept = part_blocks.read_part(lines, bounds, 0)
        found = reader.read_part_again(kept, (0, 1, {}), False, False)[0]
    finally:
        gc.callbacks.remove(counted)
    assert found and summary[0] and runs == [] and gc.isenabled()
