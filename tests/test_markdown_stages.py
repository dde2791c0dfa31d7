"""A large list's import writes the first part's entries while the worker processes
still read the rest (``markdown.ahead.stages``), and the library it leaves is the one
an import of the list read whole leaves: the same papers, sections, report and layout,
even where the first part alone reads otherwise than within the whole list.

``parts.PARALLEL_MIN`` is 0 and one worker is used whatever the machine, so that
small lists are cut too.
"""

from __future__ import annotations

import os
import signal

import pytest

from conftest import SHARED
from paperctl import Library
from paperctl.formats import importing, importing_markdown
from paperctl.formats.markdown import ahead, part_blocks, parts, reader
from paperctl.formats.reading import MarkdownOptions

ROWS = {
    "papers": "SELECT id, citekey, arxiv_id, title, year, venue, summary, status FROM papers ORDER BY id",
    "sections": "SELECT id, path, position FROM sections ORDER BY id",
    "placed": "SELECT section_id, paper_id, position FROM paper_sections ORDER BY section_id, position",
    "links": "SELECT paper_id, name, url FROM links ORDER BY paper_id, name",
    "layout": "SELECT position, paper_id, section_id, line, shape, raw, fingerprint FROM md_entries ORDER BY position",
    "layout sections": "SELECT position, section_id, path, heading FROM md_sections ORDER BY position",
    "search": "SELECT rowid, title, authors, abstract, summary, notes, fields FROM papers_fts ORDER BY rowid",
    "notes": "SELECT paper_id, text FROM notes ORDER BY paper_id, id",
}


def entry(n: int) -> str:
    return (f"- **Paper number {n} on reading lists** [[paper](https://arxiv.org/abs/2401.{n:05d})] "
            f"[[code](https://github.com/lab/p{n})]\n  *Ada Lovelace, Alan Turing.* NeurIPS'24\n")


def topic(name: str, first: int, count: int) -> str:
    return f"## {name}\n\n" + "".join(entry(n) for n in range(first, first + count)) + "\n"


LIST = "# Reading List\n\n" + "".join(topic(f"Topic {k}", 100 * k, 30) for k in range(6)) + "## Empty\n\n"

# The first part alone reads otherwise than within the whole: the bold line above the
# first heading is a paper while no heading holds one, and the essay under "Background"
# is one while no entry certain to be a paper has come; the second part's papers make
# them the preface (see ``assembly.finish``).
PREFACE = ("**Why Causal Learning?**\n\nBecause it matters.\n\n## Background\n\n"
           "- [An essay on causes](https://example.com/essay)\n\n## Papers\n\n"
           + "".join(entry(n) for n in range(1, 9)))


@pytest.fixture
def cut_anywhere(monkeypatch):
    monkeypatch.setattr(parts, "PARALLEL_MIN", 0)
    monkeypatch.setattr(parts, "SLACK", float("inf"))
    monkeypatch.setattr(parts, "workers", lambda: 1)


def imported(path, text: str, staged: bool) -> tuple[dict, importing.ImportReport]:
    """What importing *text* leaves in a new library at *path*, and the report; read
    whole, in this process, when not *staged*."""
    source = path.with_suffix(".md")
    source.write_text(text, encoding="utf-8")
    options = MarkdownOptions()
    with Library(path) as lib:
        if staged:
            report = importing.import_file(lib, source, markdown=options)
        else:
            reading = importing_markdown.told(reader.parse(text, apart=False), text)
            report = importing.import_reading(lib, reading, "md", str(source))
        rows = {name: lib.conn.execute(sql).fetchall() for name, sql in ROWS.items()}
    return rows, report


def same_report(a: importing.ImportReport, b: importing.ImportReport) -> bool:
    return (a.counts, a.notes, a.skipped, a.sections) == (b.counts, b.notes, b.skipped, b.sections)


def test_each_part_is_written_while_the_worker_still_reads(tmp_path, monkeypatch, cut_anywhere):
    from paperctl.formats.markdown import ahead

    events: list[str] = []
    real, import_papers = ahead.stages, Library.import_papers

    def seen(*a, **k):
        for parsed, whole in real(*a, **k):
            events.append("W" if whole else "p")
            yield parsed, whole

    monkeypatch.setattr(ahead, "stages", seen)
    monkeypatch.setattr(Library, "import_papers",
                        lambda self, *a, **k: events.append("w") or import_papers(self, *a, **k))
    staged, report = imported(tmp_path / "staged.db", LIST, staged=True)
    # The first part's papers (p), written (w); the second's, written; the last part's with the whole list (W).
    assert "".join(events) == "pwpwWw"
    monkeypatch.undo()
    whole, whole_report = imported(tmp_path / "whole.db", LIST, staged=False)
    assert staged == whole and same_report(report, whole_report)
    assert len(staged["papers"]) == 180 and ("Empty",) in {(p,) for _, p, _ in staged["sections"]}


def test_a_paper_given_again_in_a_later_part_is_indexed_and_fingerprinted_as_it_ends(tmp_path, cut_anywhere):
    """Its search index and layout fingerprint are made early, while the worker reads on;
    the entry that gives it again later changes it, and both must say what it ends as."""
    again = ("- **Paper number 101 on reading lists** [[paper](https://arxiv.org/abs/2401.00101)]"
             " A summary that only its second entry gives.\n")
    text = LIST.replace("## Empty\n\n", "## Again\n\n" + again + "\n## Empty\n\n")
    staged, report = imported(tmp_path / "staged.db", text, staged=True)
    whole, whole_report = imported(tmp_path / "whole.db", text, staged=False)
    assert staged == whole and same_report(report, whole_report)
    assert any("only its second entry" in (row[4] or "") + (row[5] or "") for row in staged["search"])


def test_a_first_part_that_reads_otherwise_within_the_whole_is_written_again(tmp_path, monkeypatch, cut_anywhere):
    from paperctl.formats.markdown import ahead

    stages = []
    real = ahead.stages

    def seen(*a, **k):
        for parsed, whole in real(*a, **k):
            stages.append([e.data.title for e in parsed.entries])
            yield parsed, whole

    monkeypatch.setattr(ahead, "stages", seen)
    staged, report = imported(tmp_path / "staged.db", PREFACE, staged=True)
    assert stages[0] == ["Why Causal Learning?", "An essay on causes"]  # what the first part said alone
    monkeypatch.undo()
    whole, whole_report = imported(tmp_path / "whole.db", PREFACE, staged=False)
    assert staged == whole and same_report(report, whole_report)
    assert [title for _, _, _, title, *_ in staged["papers"]] == [f"Paper number {n} on reading lists"
                                                                  for n in range(1, 9)]
    assert [path for _, path, _ in staged["sections"]] == ["Papers"]


def test_a_first_stage_filled_from_its_bibtex_is_read_afresh_at_the_end(tmp_path, cut_anywhere):
    """hs-esslingen-it-security/Awesome-LLM4SVD: the survey's bold title, and its BibTeX
    under "## Citation". Alone, the first part takes the title for a paper and fills it from the BibTeX;
    within the whole it is the list's preface. The last stage must not find it filled already. (The abstract
    makes the first part, which the cut ends at "## Topic 0", as long as the real list's.)"""
    text = ("# Awesome-LLM4SVD\n\n**A Systematic Literature Review on Detecting Software Vulnerabilities with "
            "Large Language Models**\n\n## Citation\n\n```bibtex\n@article{kaniewski2025,\n"
            "  title={A Systematic Literature Review on Detecting Software Vulnerabilities with Large Language "
            "Models},\n  author={Kaniewski, Sabrina and Schmidt, Fabian},\n  journal={ACM Transactions on "
            "Software Engineering and Methodology},\n  year={2026},\n  abstract={"
            + "We review how large language models detect software vulnerabilities. " * 70 + "}\n}\n```\n\n"
            + "".join(topic(f"Topic {k}", 100 * k, 10) for k in range(4)))
    staged, report = imported(tmp_path / "staged.db", text, staged=True)
    whole, whole_report = imported(tmp_path / "whole.db", text, staged=False)
    assert staged == whole and same_report(report, whole_report)
    assert len(staged["papers"]) == 40


def test_a_worker_killed_after_the_first_part_was_written_costs_only_time(tmp_path, monkeypatch, cut_anywhere):
    forked = []
    fork, import_papers = parts._fork, Library.import_papers
    monkeypatch.setattr(parts, "_fork", lambda *a: forked.append(fork(*a)) or forked[-1])

    def killing(self, *a, **k):
        while forked:
            os.kill(forked.pop().pid, signal.SIGKILL)  # as the out-of-memory killer would
            killed.append(True)
        return import_papers(self, *a, **k)

    killed: list[bool] = []

    monkeypatch.setattr(Library, "import_papers", killing)
    staged, report = imported(tmp_path / "staged.db", LIST, staged=True)
    assert killed
    monkeypatch.undo()
    whole, whole_report = imported(tmp_path / "whole.db", LIST, staged=False)
    assert staged == whole and same_report(report, whole_report)


def test_an_import_stopped_while_writing_the_first_part_stops_the_worker(tmp_path, monkeypatch, cut_anywhere):
    forked = []
    fork = parts._fork
    monkeypatch.setattr(parts, "_fork", lambda *a: forked.append(fork(*a)) or forked[-1])

    def interrupted(self, *a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(Library, "import_papers", interrupted)
    with pytest.raises(KeyboardInterrupt):
        imported(tmp_path / "staged.db", LIST, staged=True)
    assert forked
    for child in forked:
        with pytest.raises(ChildProcessError):
            os.waitpid(child.pid, os.WNOHANG)  # stopped and waited for: not running, not a zombie
    with Library(tmp_path / "staged.db") as lib:
        assert lib.conn.execute("SELECT count(*) FROM papers").fetchone()[0] == 0  # nothing half-written


def test_a_tag_given_on_import_does_not_make_the_first_part_read_otherwise(tmp_path, cut_anywhere):
    source = tmp_path / "list.md"
    source.write_text(LIST, encoding="utf-8")
    with Library(tmp_path / "tagged.db") as lib:
        report = importing.import_file(lib, source, prefix="Imported")
        paths = [p for (p,) in lib.conn.execute("SELECT path FROM sections ORDER BY position")]
    assert report.counts["new"] == 180
    assert paths[:3] == ["Imported", "Imported/Topic 0", "Imported/Topic 1"] and paths[-1] == "Imported/Empty"


# "# Language Models" is the list's title only while it is its only H1: the "# Datasets" of a
# later part makes both sections (``headings.document_title``).
TWO_TOPS = ("# Language Models\n\n" + "".join(topic(f"Topic {k}", 100 * k, 30) for k in range(4))
            + "# Datasets\n\n" + "".join(topic(f"Set {k}", 1000 + 100 * k, 30) for k in range(3)))


def test_a_title_that_a_later_part_unmakes_is_read_as_the_whole_list_reads_it(tmp_path, monkeypatch, cut_anywhere):
    """This process decides the list's title from the first part alone when no later line
    could be a top-level heading (``parts._MAY_TITLE``), and checks once every part has
    summed itself up; here it is made to guess wrong, and what the workers read is dropped."""
    import re

    monkeypatch.setattr(parts, "_MAY_TITLE", re.compile(r"(?!)"))  # (never: always decide early)
    staged, report = imported(tmp_path / "staged.db", TWO_TOPS, staged=True)
    whole, whole_report = imported(tmp_path / "whole.db", TWO_TOPS, staged=False)
    assert staged == whole and same_report(report, whole_report)
    assert ("Language Models/Topic 0",) in {(p,) for _, p, _ in staged["sections"]}
    assert ("Datasets/Set 0",) in {(p,) for _, p, _ in staged["sections"]}


def test_a_list_with_a_later_top_level_heading_is_still_read_in_parts(tmp_path, monkeypatch, cut_anywhere):
    split = []
    stages = parts.stages
    monkeypatch.setattr(parts, "stages", lambda *a, **k: split.append(a[5] if len(a) > 5 else k.get("foresee"))
                        or stages(*a, **k))
    staged, report = imported(tmp_path / "staged.db", TWO_TOPS, staged=True)
    whole, whole_report = imported(tmp_path / "whole.db", TWO_TOPS, staged=False)
    assert split == [False]  # (it waits for every part's summary before deciding)
    assert staged == whole and same_report(report, whole_report)


def _worker_steps(tmp_path, monkeypatch, text: str) -> list[str]:
    """The steps the worker took, in order, when *text* (cut into three parts, the
    worker reading parts 1 and 2) is read in stages: "first 1" for part 1's summary,
    "second 1" for its result. (The worker is another process: it writes them to a file.)"""
    log = tmp_path / "steps.log"
    first, second = part_blocks.read_part, reader.read_part_again

    def noted(what: str, k: int) -> None:
        if os.getpid() != here:
            with log.open("a") as f:
                f.write(f"{what} {k}\n")

    def first_noted(lines, bounds, k):
        noted("first", k)
        return first(lines, bounds, k)

    def second_noted(kept, message, *options):
        noted("second", kept[0])
        return second(kept, message, *options)

    here = os.getpid()
    monkeypatch.setattr(part_blocks, "read_part", first_noted)
    monkeypatch.setattr(reader, "read_part_again", second_noted)
    begun = parts.plan(text, (False, False), part_blocks.read_part, reader.read_part_again,
                       lambda workers: [1, 1, 1])
    assert begun is not None and len(begun.bounds) == 3 and begun.processes == 1
    for _ in ahead.stages(text, begun=begun.start()):
        pass
    return log.read_text().split("\n")[:-1]


def test_a_worker_reads_each_part_through_when_the_title_is_decided_early(tmp_path, monkeypatch, cut_anywhere):
    """No later line can be the list's title: the worker gives part 1's result before it
    begins part 2, so that this process has part 1 to write the sooner."""
    steps = _worker_steps(tmp_path, monkeypatch, LIST)
    assert steps == ["first 1", "second 1", "first 2", "second 2"]


def test_a_worker_sums_up_every_part_first_when_a_later_line_may_be_the_title(tmp_path, monkeypatch, cut_anywhere):
    import re

    monkeypatch.setattr(parts, "_MAY_TITLE", re.compile(""))  # (every line may be: decide once all are summed up)
    steps = _worker_steps(tmp_path, monkeypatch, LIST)
    assert steps == ["first 1", "first 2", "second 1", "second 2"]


def test_a_worker_reads_its_first_part_through_while_this_process_is_busy_elsewhere(cut_anywhere):
    """Begun for an import (``ahead.begin``), this process sums up part 0 and sends the
    list's title at once: the worker then reads part 1 through, whatever this process does
    next (before typer loads, it loads the import command and opens the library)."""
    import select

    begun = ahead.begin(LIST)
    assert begun is not None and begun.children
    try:
        child = begun.children[0]
        answers = []
        for _ in range(2):  # part 1's summary, then its result
            ready, _, _ = select.select([child.reading], [], [], 60)
            assert ready, "the worker is waiting for this process"
            answers.append(child.receive())
        found = answers[1][0]
        assert found and all(entry.title.startswith("Paper number") for entry, *_ in found)
    finally:
        begun.close()


def test_an_index_of_short_names_in_the_first_part_costs_no_paper_after_it(tmp_path, monkeypatch, cut_anywhere):
    """An index under its own heading (AudioLLMs/Awesome-Audio-LLM's "Abbreviations with
    Links") is left out both when the first part is read alone and within the whole; the
    papers after it are still each their own. (The whole list's reading took the first
    part's entries in turn, and stepped over one for every index line: the 1 MB benchmark
    list lost 64 papers, each written as a copy of a later one.)"""
    from paperctl.formats.markdown import ahead

    rerun = []
    real = ahead.stages

    def seen(*a, **k):
        given = None
        for parsed, whole in real(*a, **k):
            given = given or [e.data.title for e in parsed.entries]
            if whole:
                rerun.append([e.data.title for e in parsed.entries][: len(given)] != given)
            yield parsed, whole

    full = [(n, f"Model{n}: A Spoken Language Model Number {n}") for n in range(1, 6)]
    index = "## Abbreviations with Links\n\n" + "".join(
        f"- [Model{n}](https://arxiv.org/abs/2501.{n:05d})\n" for n, _ in full) + "\n"
    papers = "## Models\n\n" + "".join(
        f"**{title}** [[paper](https://arxiv.org/abs/2501.{n:05d})]\n*Ada Lovelace*\n\n" for n, title in full)
    text = "# Audio Reading List\n\n" + index + papers + LIST.split("\n\n", 1)[1]
    monkeypatch.setattr(ahead, "stages", seen)
    staged, report = imported(tmp_path / "staged.db", text, staged=True)
    monkeypatch.undo()
    whole, whole_report = imported(tmp_path / "whole.db", text, staged=False)
    assert rerun == [False]  # (the whole list's reading begins with the first part's entries)
    assert staged == whole and same_report(report, whole_report)
    titles = [title for _, _, _, title, *_ in staged["papers"]]
    assert titles[:5] == [title for _, title in full] and len(titles) == 185
    assert sum("an index line" in why for _, why in report.skipped) == 5


REAL_LISTS = sorted((SHARED / "fixtures" / "real-lists").glob("*.md")) + sorted((SHARED / "seeds").glob("*.md"))


@pytest.mark.skipif(not REAL_LISTS, reason="../shared (the real lists and seeds) is absent")
@pytest.mark.parametrize("path", REAL_LISTS, ids=lambda p: p.name[:30])
def test_a_real_list_given_in_stages_ends_as_it_reads_whole(path, cut_anywhere):
    text = path.read_text(encoding="utf-8")
    *_, (last, whole) = ahead.stages(text)
    alone = reader.parse(text, apart=False)
    assert whole and [(e.line, e.data, e.layout) for e in last.entries] == [
        (e.line, e.data, e.layout) for e in alone.entries]
    assert (last.sections, last.skipped, last.layout) == (alone.sections, alone.skipped, alone.layout)


def test_two_papers_in_one_table_cell_in_the_first_part_are_each_taken_as_read(tmp_path, cut_anywhere):
    """hwan0806/Awesome-LiDAR-Mapping: ``|21,</br>23|`RAL`,</br>`TRO`|[BALM ...](..),</br>[Efficient ...](..)|``,
    two entries that begin on one line (matched by line, the second had been given twice)."""
    row = ("|Year|Venue|Paper Title|\n|-|-|-|\n|21,</br>23|`RAL`,</br>`TRO`|"
           "[BALM: Bundle Adjustment for Lidar Mapping](https://arxiv.org/abs/2010.08215),</br>"
           "[Efficient and Consistent Bundle Adjustment on Lidar Point Clouds](https://arxiv.org/abs/2209.08854)|\n\n")
    text = "# LiDAR Mapping\n\n## Back-end\n\n" + row + LIST.split("\n\n", 1)[1]
    staged, report = imported(tmp_path / "staged.db", text, staged=True)
    whole, whole_report = imported(tmp_path / "whole.db", text, staged=False)
    assert staged == whole and same_report(report, whole_report)
    titles = [title for _, _, _, title, *_ in staged["papers"]]
    assert titles[:2] == ["BALM: Bundle Adjustment for Lidar Mapping",
                          "Efficient and Consistent Bundle Adjustment on Lidar Point Clouds"]


def test_titles_alone_as_paragraphs_read_in_parts_as_whole(tmp_path, cut_anywhere):
    """autodriving-heart/Awesome-3D-Semantic-Segmentation: papers written as their titles alone, a paragraph
    each. Whether a list writes its papers so is the whole list's to say, and the last paragraph of the last part
    (no block after it) is a paper as within the whole."""
    titles = ["Deep Projective 3D Semantic Segmentation", "PointSeg: Real-Time Semantic Segmentation Based on 3D "
              "LiDAR Point Cloud", "RangeNet++: Fast and Accurate LiDAR Semantic Segmentation",
              "Real-time Progressive 3D Semantic Segmentation for Indoor Scenes",
              "SqueezeSeg: Convolutional Neural Nets with Recurrent CRF for Real-Time Road-Object Segmentation",
              "SyncSpecCNN: Synchronized Spectral CNN for 3D Shape Segmentation",
              "Directionally Convolutional Networks for 3D Shape Segmentation"]
    text = "# Awesome-3D-Semantic-Segmentation\n\n" + "".join(
        f"## Topic {k}\n\n" + "\n\n".join(titles) + "\n\n" for k in range(3))
    staged, report = imported(tmp_path / "staged.db", text, staged=True)
    whole, whole_report = imported(tmp_path / "whole.db", text, staged=False)
    assert staged == whole and same_report(report, whole_report)
    assert len(whole["papers"]) == 7
