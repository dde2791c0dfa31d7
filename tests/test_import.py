"""Moving in: importing the user's real reading lists, BibTeX, JSON Lines and CSL-JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SHARED, maldacena, speculative_decoding
from paperctl import Library, PaperData
from paperctl.cli import app
from paperctl.formats.exporting import Selection, render
from paperctl.formats.importing import MarkdownOptions as ReadOptions
from paperctl.formats.importing import import_file, import_text
from paperctl.formats.markdown.writer import MarkdownOptions

runner = CliRunner()
# The user's two reading lists ship in data/ (byte for byte ../shared/seeds/, from which the
# shipped library is built), so these tests run in a fresh clone too.
SEEDS = Path(__file__).resolve().parents[1] / "data"
LISTS = SHARED / "fixtures" / "paper-lists"
# The user's lists say "只有标题的就是还没看过的" (a bare title is unread) and use year headings only
# as year groups, as paperctl's own `export --by-year` does: imported with those conventions
# (scripts/build-library.sh passes --read-if-summary --year-groups), they come in exactly as before.
USER_LISTS = ReadOptions(read_if_summary=True, year_groups=True)
needs_big_list = pytest.mark.skipif(
    not LISTS.is_dir(), reason="../shared is absent: this reads fixtures/paper-lists/ (a real 1,100-line, 168 KB"
    " list kept out of the repository)")


def snapshot(lib: Library) -> dict:
    """What a user would compare between two libraries: papers by title, and each section's order."""
    papers = {}
    for p in lib.papers():
        papers[p.title] = (p.arxiv_id, p.doi, p.url, p.venue, p.summary, [n.text for n in p.notes], p.status,
                           sorted(p.tags), p.links)
    order = {s.path: [p.title for p in lib.papers(_only(s.path))] for s in lib.sections()}
    return {"papers": papers, "sections": order}


def _only(path):
    from paperctl import Filters

    return Filters(tags=[path], sort="section")


# Counts established by reading each file (see the comments), not by the parser under test.
ACCEPTANCE = [
    # reading-notes.md: every paper is a bold-title paragraph: `grep -c '^\*\*'` = 23; sections are
    # the `## ` headings = 10 (4 of them empty); unique arXiv IDs: `grep -oE 'arxiv.org/pdf/[0-9.]+'
    # | sort -u` = 22 (the attention-sinks paper links to paperswithcode instead).
    (SEEDS / "reading-notes.md", dict(entries=23, papers=23, sections=10, arxiv=22, heading_level=2, style="bullets",
                                    by_year=False)),
    # LLM-MLLM list of 2024-12-26, below `# LLM` (line 28): 156 numbered items at column 0
    # (`grep -cE '^[0-9]+\.'`) plus one bold paragraph (LoRA, line 264) = 157 entries; 9 of them
    # repeat a paper listed earlier (same arXiv ID or title), so 148 papers. Non-year headings: 19.
    # Unique arXiv IDs: 101 in abs/pdf/alphaxiv URLs plus `arXiv:2305.19420` (line 181) = 102.
    (SEEDS / "llm-mllm-paper-list.2024-12-26.md", dict(entries=157, papers=148, sections=19, arxiv=102,
                                                     heading_level=1, style="numbered", by_year=True)),
    # LLM-MLLM list of 2026-08-20, below `# MLLM` (line 48): 432 numbered items at column 0, two
    # bold paragraphs (lines 380, 925) and 9 `\- [Title](arXiv link)` lines (413-422) = 443 entries.
    # 41 non-year headings, of which `## Other` twice under `# LLM` (one section) = 40 sections.
    # Unique arXiv IDs: 325 in URL form plus arXiv:ID, arXiv DOI (10.48550/...), an /html/ link and a
    # scheme-less arxiv.org link = 329.
    pytest.param(LISTS / "llm-mllm-paper-list.2026-08-20.md", dict(entries=443, papers=None, sections=40,
                                                                   arxiv=329, heading_level=1, style="numbered",
                                                                   by_year=True), marks=needs_big_list),
]


@pytest.mark.parametrize("name, expected", ACCEPTANCE, ids=["reading-notes.md", "llm-mllm-paper-list.2024-12-26.md",
                                                            "llm-mllm-paper-list.2026-08-20.md"])
def test_real_reading_lists_import_and_round_trip(tmp_path, name, expected):
    with Library(tmp_path / "first.db") as lib:
        report = import_file(lib, name, markdown=USER_LISTS)
        entries = len(report.new) + len(report.merged) + len(report.unchanged) + len(report.duplicates)
        assert entries == expected["entries"]
        assert report.problems == []
        if expected["papers"] is not None:
            assert lib.info()["papers"] == expected["papers"]
        assert len(lib.sections()) == expected["sections"]
        assert len({p.arxiv_id for p in lib.papers() if p.arxiv_id}) == expected["arxiv"]
        before = snapshot(lib)
        options = MarkdownOptions(style=expected["style"], by_year=expected["by_year"],
                                  heading_level=expected["heading_level"])
        text = render(lib, "md", Selection(), options=options)
    with Library(tmp_path / "second.db") as again:
        second = import_text(again, text, "md", "export.md", markdown=USER_LISTS)
        assert second.problems == []
        after = snapshot(again)
        assert after["papers"] == before["papers"]  # every field a user keeps, for every paper
        if not expected["by_year"]:
            assert after["sections"] == before["sections"]  # and every section's order
        # With year headings, a section's papers are regrouped by year; the list itself comes back exactly.
        assert render(again, "md", Selection(), options=options) == text


def test_reading_notes_entries_in_detail(lib):
    import_file(lib, SEEDS / "reading-notes.md", markdown=USER_LISTS)
    paper = lib.get("2410.02762")
    assert paper.title == "Interpreting and Editing Vision-Language Representations to Mitigate Hallucinations"
    assert paper.summary.startswith("For an selected object, use internal confidence")
    assert [n.text[:25] for n in paper.notes] == ["After generation and dete"]
    assert paper.status == "read" and paper.tags == ["Knowledge Understanding and Manipulation"]
    sinks = lib.get("Efficient Streaming Language Models with Attention Sinks")
    assert sinks.url == "https://paperswithcode.com/method/attention-sinks" and sinks.arxiv_id is None
    # "**Title [nickname](link) **": CommonMark does not read it as bold; the title is still found.
    assert lib.get("2211.17192").title == "Fast Inference from Transformers via Speculative Decoding"
    assert [s.path for s in lib.sections()][5:8] == ["Reasoning", "Agent", "Robotics, Embodied AI"]  # empty, kept


def test_llm_list_entries_in_detail(lib):
    import_file(lib, SEEDS / "llm-mllm-paper-list.2024-12-26.md", markdown=USER_LISTS)
    paper = lib.get("2310.03016")
    assert paper.venue == "ICLR 2024 Oral" and paper.tags == ["LLM/In-Context Learning"] and paper.year == 2024
    assert paper.summary.startswith("探究transformer在一系列离散任务上的能力")
    unread = lib.get("Batch-ICL: Effective, Efficient, and Order-Agnostic In-Context Learning")
    assert unread.venue == "Arxiv Jan 2024" and unread.arxiv_id is None
    assert lib.get("2311.06668").url is None and lib.get("2311.06668").status == "read"
    openreview = lib.get("Understanding In-context Learning From Repetitions")
    assert openreview.url == "https://openreview.net/forum?id=bGGYcvw8mp" and openreview.arxiv_id is None
    assert "Preface" not in {s.path for s in lib.sections()}  # the preface is not a section
    search = [h.paper.arxiv_id for h in lib.search("function vector")]
    assert "2310.15213" in search


def test_importing_twice_changes_nothing_and_never_overrides_the_user(lib, tmp_path):
    lib.add(speculative_decoding(summary="mine", status="reading", venue="my venue", notes=["my note"]))
    listing = tmp_path / "list.md"
    listing.write_text(
        "## Efficiency\n\n"
        "1. **Fast Inference from Transformers via Speculative Decoding** (ICML 2023 Oral)"
        " [[paper]](https://arxiv.org/pdf/2211.17192v2) theirs\n"
        "   - their note\n"
        "2. **A paper only known by title**\n"
    )
    first = import_file(lib, listing)
    assert (len(first.new), len(first.merged)) == (1, 1)
    paper = lib.get("2211.17192")
    assert (paper.summary, paper.status, paper.venue) == ("mine", "reading", "my venue")
    assert [n.text for n in paper.notes] == ["my note", "theirs", "their note"]  # differing summary kept as a note
    assert paper.tags == ["Efficiency"] and paper.version == 2
    before = snapshot(lib)
    modified = {p.id: p.modified for p in lib.papers()}
    second = import_file(lib, listing)
    assert (len(second.new), len(second.merged), len(second.unchanged)) == (0, 0, 2)
    assert snapshot(lib) == before and {p.id: p.modified for p in lib.papers()} == modified



def test_an_entry_with_nothing_to_know_it_by_is_left_out_and_said_so(lib, tmp_path):
    """Found by the fuzz run: an empty entry whose key cannot be used (a control character)
    became a paper with no title and a made-up key, and every import of the file added
    another. A title-less entry is kept only with a usable key, an arXiv ID or a DOI."""
    bib = tmp_path / "refs.bib"
    bib.write_text("@article{\x1b}\n@book{kept, year = {2001}}\n@misc{x\x07y, doi = {10.1000/182}}\n")
    for _ in range(2):
        import_file(lib, bib)
    report = import_file(lib, bib)
    assert [p.citekey for p in lib.papers()] == ["kept", "anonxy"]  # one each, however often imported
    assert lib.get("10.1000/182").doi == "10.1000/182"
    assert report.problems[0][0] == 1 and "without a title needs a usable citation key" in report.problems[0][1]
    assert "'\\x1b'" in report.problems[0][1]
    rows = tmp_path / "rows.jsonl"  # a record whose title is "#" (the Markdown reader gives none: "- **# " is no
    rows.write_text('{"title": "#"}\n')  # entry, its title a mark alone)
    for _ in range(2):
        report = import_file(lib, rows)
        assert report.problems == [(1, "#: a title with no letter or digit needs a usable citation key, "
                                       "an arXiv ID or a DOI")]
    listing = tmp_path / "list.md"
    listing.write_text("# Fast Inference [[paper]](https://arxiv.org/abs/2211.17192) \n- **# ")
    assert import_file(lib, listing).problems == []
    assert len(lib.papers()) == 2

def test_dry_run_reports_the_same_and_writes_nothing(lib, tmp_path):
    listing = tmp_path / "list.md"
    listing.write_text("## A\n\n1. **One** [[paper]](https://arxiv.org/abs/2211.17192) s\n2. **Two**\n")
    rehearsal = import_file(lib, listing, dry_run=True)
    assert lib.info()["papers"] == 0 and lib.sections() == []
    real = import_file(lib, listing)
    assert rehearsal.counts == real.counts and rehearsal.new == real.new


def test_tag_prefix(lib, tmp_path):
    listing = tmp_path / "list.md"
    listing.write_text("## ICL\n\n1. **One**\n")
    import_file(lib, listing, prefix="Imported/Lab")
    assert [s.path for s in lib.sections()] == ["Imported", "Imported/Lab", "Imported/Lab/ICL"]


BIB = r"""
@string{iclr = "International Conference on Learning Representations"}
@comment{exported by hand}
Free text between entries is ignored.

@inproceedings{vaswani2017,
  title = {Attention Is All You Need},
  author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki and Uszkoreit, Jakob and Jones, Llion
            and Gomez, Aidan N. and Kaiser, {\L}ukasz and Polosukhin, Illia},
  booktitle = {Advances in Neural Information Processing Systems},
  year = 2017, month = dec,
  url = {https://arxiv.org/abs/1706.03762},
  keywords = {Transformers, Reading group},
  annote = {Self-attention only; 100% of the recurrence removed}
}

@article{wubben,
  title = {{MIMO} Detection with $\alpha$-{Divergences} in M{\"u}nchen},
  author = {W{\"u}bben, Dirk and M{\"u}ller, Hans},
  journal = {IEEE Transactions on Signal Processing},
  year = {2008},
  doi = {10.1109/TSP.2008.917359},
  url = {https://example.org/paper%20v2.pdf}
}

@misc{qlora,
  title = {{QLoRA}: Efficient Finetuning of Quantized {LLMs}},
  author = {Dettmers, Tim and Pagnoni, Artidoro},
  journal = {arXiv preprint arXiv:2305.14314},
  year = {2023}
}

@misc{noted, title = {Noted}, note = {arXiv:2309.06180}, year = {2023}}
@misc{eprinted, title = {Eprinted}, eprint = {hep-th/9711200}, archivePrefix = {arXiv}}
@misc{withiclr, title = {Macro venue}, booktitle = iclr, year = 2024}

@article{broken, title = {Never closed, author = {Nobody}
@misc{vaswani2017, title = {Duplicate key}}
@misc{after, title = {After the broken ones}, year = 2020}
"""


def test_bibtex_import(lib, tmp_path):
    path = tmp_path / "refs.bib"
    path.write_text(BIB)
    report = import_file(lib, path)
    assert report.problems == [
        (37, "malformed entry 'broken': a brace is still open at the next entry (line 38)"),
        (38, "duplicate key 'vaswani2017' (first at line 6); this entry is left out"),
    ]
    assert len(report.new) == 7  # every good entry, including the one after the broken ones
    vaswani = lib.get("1706.03762")
    assert vaswani.authors[6].name == "Łukasz Kaiser" and vaswani.authors[0].name == "Ashish Vaswani"
    assert vaswani.tags == ["Transformers", "Reading group"]
    assert vaswani.summary == "Self-attention only; 100% of the recurrence removed"  # a raw % does not cut it
    assert vaswani.venue == "Advances in Neural Information Processing Systems"
    wubben = lib.get("10.1109/TSP.2008.917359")
    assert wubben.title == "MIMO Detection with $\\alpha$-Divergences in München"  # math kept as written
    assert wubben.author_names == ["Dirk Wübben", "Hans Müller"] and wubben.citekey == "wubben"  # the file's key
    assert wubben.url == "https://example.org/paper%20v2.pdf"  # URLs are never decoded
    assert wubben.journal_ref == "IEEE Transactions on Signal Processing"
    assert lib.get("2305.14314").title == "QLoRA: Efficient Finetuning of Quantized LLMs"
    assert lib.get("2309.06180").title == "Noted"
    assert lib.get("hep-th/9711200").title == "Eprinted"
    assert lib.get("Macro venue").venue == "International Conference on Learning Representations"
    result = runner.invoke(app, ["--db", str(lib.path), "import", str(path)])
    assert result.exit_code == 1  # the problems are reported again, and the exit code says so
    assert "line 37: malformed entry 'broken': a brace is still open" in result.stderr
    assert "Traceback" not in result.output


def test_bibtex_export_then_import_gives_the_papers_back(lib, tmp_path):
    lib.add(speculative_decoding(tags=["LLM/Efficiency"], summary="用小模型生成，大模型并行验证"))
    lib.add(maldacena(doi="10.1023/A:1026654312961", tags=["Physics"]))
    lib.add(PaperData(title="Costs 100% & more: the $\\alpha$ BERT in Müller's #1 model_x ~ a^b", year=2020,
                      tags=["Odd"]))
    for ascii_ in (False, True):
        text = render(lib, "bib", Selection(), annotate=True, ascii=ascii_)
        with Library(tmp_path / f"again{ascii_}.db") as again:
            assert import_text(again, text, "bib").problems == []
            for paper in lib.papers():
                twin = again.get(paper.citekey if paper.arxiv_id is None else paper.arxiv_id)
                assert (twin.title, twin.author_names, twin.year, twin.doi, twin.tags, twin.summary) == (
                    paper.title, paper.author_names, paper.year, paper.doi, paper.tags, paper.summary)


def test_jsonl_round_trip_is_lossless(lib, tmp_path):
    lib.add(speculative_decoding(tags=["LLM/Efficiency", "Reading"], summary="s", venue="ICML 2023 Oral",
                                 notes=["one", "two"], status="reading", links={"code": "https://github.com/x/y"}))
    lib.add(maldacena(tags=["Physics"]))
    text = render(lib, "jsonl", Selection())
    with Library(tmp_path / "again.db") as again:
        import_text(again, text, "jsonl")
        assert snapshot(again) == snapshot(lib)


def test_jsonl_accepts_a_subset_and_reports_bad_lines(lib):
    text = ('{"arxiv_id": "2211.17192", "title": "Fast Inference", "authors": ["Yaniv Leviathan"], "year": 2022,'
            ' "tags": ["ICL"], "summary": "s"}\nnot json\n{"authors": ["nobody"]}\n')
    report = import_text(lib, text, "jsonl")
    assert len(report.new) == 1 and [line for line, _ in report.problems] == [2, 3]
    assert lib.get("leviathan2022fast").tags == ["ICL"]


def test_csl_round_trip(lib, tmp_path):
    lib.add(speculative_decoding(tags=["LLM"], summary="s"))
    lib.add(maldacena(doi="10.1023/A:1026654312961"))
    text = render(lib, "csl", Selection())
    with Library(tmp_path / "again.db") as again:
        report = import_text(again, text, "csl")
        assert len(report.new) == 2
        assert again.get("2211.17192").author_names == ["Yaniv Leviathan", "Matan Kalman", "Yossi Matias"]
        assert again.get("10.1023/a:1026654312961").year == 1997


def test_import_cli_reports_and_formats(lib, tmp_path):
    path = tmp_path / "refs.jsonl"
    path.write_text(json.dumps({"title": "Only a title", "tags": ["X"]}) + "\n")
    result = runner.invoke(app, ["--db", str(lib.path), "import", str(path), "--dry-run"])
    assert result.exit_code == 0 and "would import 1 new" in result.stderr
    result = runner.invoke(app, ["--db", str(lib.path), "import", str(path), "--json"])
    assert json.loads(result.stdout)[0]["new"] == 1
    missing = runner.invoke(app, ["--db", str(lib.path), "import", str(tmp_path / "nope.bib")])
    assert missing.exit_code == 1 and "cannot read" in missing.stderr


def test_import_with_fetch_fills_metadata_from_arxiv(lib, tmp_path, arxiv_server):
    listing = tmp_path / "list.md"
    listing.write_text("## Efficiency\n\n1. **Speculative decoding** [[paper]](https://arxiv.org/pdf/2211.17192)"
                       " mine\n")
    result = runner.invoke(app, ["--db", str(lib.path), "import", str(listing), "--fetch"])
    assert result.exit_code == 0, result.output
    paper = lib.get("2211.17192")
    assert paper.author_names == ["Yaniv Leviathan", "Matan Kalman", "Yossi Matias"]
    assert paper.title == "Fast Inference from Transformers via Speculative Decoding"  # arXiv's title
    assert (paper.summary, paper.tags, paper.citekey) == ("mine", ["Efficiency"], "leviathan2022fast")


def test_a_dry_run_then_a_real_import_with_the_same_library_object(lib, tmp_path):
    listing = tmp_path / "list.md"
    listing.write_text("## New section\n\n1. **One**\n")
    import_file(lib, listing, dry_run=True)
    lib.add(PaperData(title="Two", tags=["New section"]))  # sections created by the dry run are gone
    assert [(s.path, s.count) for s in lib.sections()] == [("New section", 1)]


def _jsonl(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def test_a_big_jsonl_file_with_bad_records_keeps_every_good_one(lib, tmp_path):
    """Records are written in batches; a bad one in the middle of a batch costs only itself."""
    records = [{"title": f"Paper number {n}", "authors": [f"Author {n}"], "year": 2020} for n in range(600)]
    records[3]["status"] = "finished"  # not a status
    records[300]["published"] = "2024-02-30"  # no such day
    records[599]["arxiv_id"] = "2211.1719"  # malformed
    path = tmp_path / "big.jsonl"
    path.write_text(_jsonl(records))
    report = import_file(lib, path)
    assert [line for line, _ in report.problems] == [4, 301, 600]
    assert len(report.new) == 597
    assert lib.info()["papers"] == 597
    titles = {p.title for p in lib.papers(full=False)}
    assert "Paper number 3" not in titles and "Paper number 4" in titles
    assert lib.check() == []  # every paper indexed, nothing half-written


def test_jsonl_is_read_as_lines_a_json_string_may_hold_a_line_separator(lib, tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text(_jsonl([{"title": "Before\u2028after", "summary": "one\u2029two"}, {"title": "Second"}]))
    report = import_file(lib, path)
    assert report.problems == [] and len(report.new) == 2


def test_a_jsonl_file_broken_halfway_imports_nothing(lib, tmp_path):
    lib.add(PaperData(title="Already here"))
    path = tmp_path / "broken.jsonl"
    good = _jsonl([{"title": f"Paper {n}"} for n in range(400)]).encode()
    path.write_bytes(good + b'{"title": "Caf\xe9"}\n')  # Latin-1, not UTF-8, after 400 good lines
    result = runner.invoke(app, ["--db", str(lib.path), "import", str(path)])
    assert result.exit_code == 1 and "is not UTF-8 text" in result.stderr
    assert "Traceback" not in result.output
    assert [p.title for p in lib.papers(full=False)] == ["Already here"]


def test_import_reports_its_progress_through_the_file(lib, tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text(_jsonl([{"title": f"Paper {n}"} for n in range(1200)]))
    seen = []
    import_file(lib, path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (1200, 1200)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen) and len(seen) > 2


def test_an_import_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    # An import runs the cyclic collector less often while it writes (formats/importing.py);
    # a program that imports through the library keeps its own setting, after a failed import too.
    import gc

    before = gc.get_threshold()
    with Library(tmp_path / "lib.db") as lib:
        import_text(lib, '{"title": "Attention Is All You Need", "arxiv_id": "1706.03762"}\n', "jsonl")
        assert gc.get_threshold() == before

        def interrupted(done: int, total: int) -> None:
            raise KeyboardInterrupt  # Ctrl-C while the import writes

        with pytest.raises(KeyboardInterrupt):
            import_text(lib, '{"title": "Deep Residual Learning", "arxiv_id": "1512.03385"}\n', "jsonl",
                        progress=interrupted)
        assert [p.title for p in lib.papers()] == ["Attention Is All You Need"]  # rolled back
    assert gc.get_threshold() == before


def test_two_entries_sharing_an_arxiv_id_under_different_titles_are_said(lib, tmp_path):
    """opendilab/awesome-diffusion-model-in-rl links two papers to one arXiv ID by mistake: they
    become one paper (the file says they are the same), and the report says so, naming both."""
    listing = tmp_path / "list.md"
    listing.write_text("## Goals\n\n- [Learning to Reach Goals via Diffusion](https://arxiv.org/abs/2310.02505)\n"
                       "- [Consistency Models as a Rich and Efficient Policy Class for Reinforcement Learning]"
                       "(https://arxiv.org/abs/2310.02505)\n"
                       "- [Learning to Reach Goals via Diffusion](https://arxiv.org/abs/2310.02505)\n",
                       encoding="utf-8")
    report = import_file(lib, listing)
    assert (len(lib.papers()), len(report.duplicates)) == (1, 2)
    assert [(line, what.split("'")[1]) for line, what in report.warnings] == [
        (4, "Consistency Models as a Rich and Efficient Policy Class for Reinforcement Learning")]
    assert "line 3 ('Learning to Reach Goals via Diffusion')" in report.warnings[0][1]
