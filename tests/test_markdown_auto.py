"""--style auto: an imported list written back in its own shape (issue 16).

The Markdown reader fills the layout records (``formats/markdown/layout.py``);
these tests give the import driver layouts built by hand, shaped like the real
lists in ../shared/fixtures/real-lists, so they test the storing and the
writing whatever the reader reads.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from paperctl import PaperData
from paperctl.cli import app
from paperctl.formats.exporting import Selection, render
from paperctl.formats.importing import Reading, Source, import_reading
from paperctl.formats.markdown.layout import EntryLayout, ListLayout, SectionLayout
from paperctl.formats.markdown.writer import MarkdownOptions

runner = CliRunner()

# Shaped like gongchenghua/Papers-Graphs-with-Heterophily (venue prefixes, [[Paper](..)] links)
# and horseee/Awesome-Efficient-LLM (a table with named columns).
EVENNET = ("- [NeurIPS 2022] **EvenNet: Ignoring Odd-Hop Neighbors Improves Robustness of Graph Neural Networks**"
           " [[Paper](https://arxiv.org/abs/2205.13892)], [Code]")
MAMBA = ("| [Mamba: Linear-Time Sequence Modeling with Selective State Spaces](https://arxiv.org/abs/2312.00752)"
         " | arXiv | [Github](https://github.com/state-spaces/mamba) |")
DOC = f"""# Awesome Graphs [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

Papers on graphs with heterophily. Star us!

## Surveys

- [Arxiv 2024] **A Survey on Learning from Graphs with Heterophily** [[Paper](https://arxiv.org/abs/2401.09769)]
{EVENNET}

## Models

| Title | Venue | Code |
|:--|:--|:--|
{MAMBA}

## Contributing

Pull requests welcome.
"""

ENTRIES = [
    (PaperData(title="A Survey on Learning from Graphs with Heterophily", arxiv_id="2401.09769", venue="Arxiv 2024",
               tags=["Surveys"]),
     EntryLayout("venue-prefix", DOC.splitlines()[6], 7, "Surveys", "- ", ["Paper"], "[{venue}]")),
    (PaperData(title="EvenNet: Ignoring Odd-Hop Neighbors Improves Robustness of Graph Neural Networks",
               arxiv_id="2205.13892", venue="NeurIPS 2022", tags=["Surveys"]),
     EntryLayout("venue-prefix", DOC.splitlines()[7], 8, "Surveys", "- ", ["Paper"], "[{venue}]")),
    (PaperData(title="Mamba: Linear-Time Sequence Modeling with Selective State Spaces", arxiv_id="2312.00752",
               venue="arXiv", tags=["Models"], links={"code": "https://github.com/state-spaces/mamba"}),
     EntryLayout("table", DOC.splitlines()[13], 14, "Models", "", ["Github"], None)),
]
SECTIONS = [
    SectionLayout("Surveys", "## Surveys", "venue-prefix", link_labels=["Paper"], venue_format="[{venue}]"),
    SectionLayout("Models", "## Models", "table", table_header=["| Title | Venue | Code |", "|:--|:--|:--|"],
                  link_labels=["Github"]),
]


def import_list(lib, name: str = "README.md", text: str = DOC, entries=ENTRIES, newline: str = "\n"):
    """Import *text* as the reader would have read it."""
    sources = [Source(PaperData(**{**data.__dict__, "tags": list(data.tags), "links": dict(data.links)}), e.line, e)
               for data, e in entries]
    layout = ListLayout(name, newline, SECTIONS, [e for _, e in entries])
    reading = Reading(sources, text.count("\n"), ["Surveys", "Models"], layout=layout, document=text)
    return import_reading(lib, reading, "md", name)


def auto(lib, **options) -> str:
    selection = Selection(options.pop("tags", []))
    return render(lib, "md", selection, options=MarkdownOptions(style="auto", **options))


def test_an_unchanged_list_comes_back_byte_identical(lib):
    import_list(lib)
    assert auto(lib) == DOC
    assert auto(lib) == auto(lib)


def test_a_changed_paper_is_written_anew_in_its_own_shape_and_the_rest_as_read(lib):
    import_list(lib)
    lib.set_summary("2205.13892", "ignores odd hops")
    lines = auto(lib).splitlines()
    assert lines[7] == ("- [NeurIPS 2022] **EvenNet: Ignoring Odd-Hop Neighbors Improves Robustness of Graph Neural"
                        " Networks** [[Paper](https://arxiv.org/abs/2205.13892)], [Code] ignores odd hops")
    assert [a for a, b in zip(lines, DOC.splitlines(), strict=True) if a != b] == [lines[7]]


def test_papers_added_since_follow_their_section_in_its_shape(lib):
    import_list(lib)
    lib.add(PaperData(title="Simple Truncated SVD based Model for Node Classification on Heterophilic Graphs",
                      arxiv_id="2106.12807", venue="KDD 2021", tags=["Surveys"]))
    lib.add(PaperData(title="Transformers are SSMs", arxiv_id="2405.21060", venue="ICML 2024", tags=["Models"]))
    lib.set_link("2405.21060", "code", "https://github.com/state-spaces/mamba")
    lib.add(PaperData(title="A paper in a section of its own", tags=["Elsewhere"]))
    text = auto(lib)
    assert ("[[Paper](https://arxiv.org/abs/2205.13892)], [Code]\n- [KDD 2021] **Simple Truncated SVD based Model for"
            " Node Classification on Heterophilic Graphs** [[Paper](https://arxiv.org/abs/2106.12807)]\n") in text
    assert ("[Github](https://github.com/state-spaces/mamba) |\n| [Transformers are SSMs](https://arxiv.org/abs/2405.21060)"
            " | ICML 2024 | [Github](https://github.com/state-spaces/mamba) |\n\n## Contributing") in text
    assert text.endswith("Pull requests welcome.\n\n## Elsewhere\n\n1. **A paper in a section of its own**\n")


def test_removed_and_moved_papers_leave_their_place(lib):
    import_list(lib)
    lib.remove("2401.09769")
    lib.untag("2312.00752", ["Models"])
    text = auto(lib)
    assert "2401.09769" not in text
    assert "| [Mamba" not in text and "| Title | Venue | Code |" in text  # the table's header is the list's text
    assert text.endswith("## Other papers\n\n1. **Mamba: Linear-Time Sequence Modeling with Selective State Spaces**"
                         " (arXiv) [[paper]](https://arxiv.org/abs/2312.00752)"
                         " [[code]](https://github.com/state-spaces/mamba)\n")


def test_a_renamed_section_gets_its_new_name_in_the_same_heading(lib):
    import_list(lib)
    lib.rename_section("Surveys", "Reviews")
    text = auto(lib)
    assert "\n## Reviews\n\n- [Arxiv 2024] **A Survey" in text and "## Surveys" not in text


def test_sort_fills_a_sections_places_in_order(lib):
    import_list(lib)
    lines = auto(lib, sort="title").splitlines()
    assert lines[6].startswith("- [Arxiv 2024] **A Survey")  # already first: as read
    assert lines[7] == DOC.splitlines()[7]


def test_a_selection_writes_only_its_sections_each_in_its_shape(lib):
    import_list(lib)
    lib.set_summary("2205.13892", "ignores odd hops")
    text = auto(lib, tags=["Surveys"])
    assert text == ("* [Surveys](#surveys)\n\n## Surveys\n\n" + DOC.splitlines()[6] + "\n"
                    "- [NeurIPS 2022] **EvenNet: Ignoring Odd-Hop Neighbors Improves Robustness of Graph Neural"
                    " Networks** [[Paper](https://arxiv.org/abs/2205.13892)], [Code] ignores odd hops\n")


def test_a_paper_the_library_had_before_is_written_anew(lib):
    """It may hold more than the entry says (here a note), so the entry as read would hide it."""
    lib.add(PaperData(title="Mamba: Linear-Time Sequence Modeling with Selective State Spaces", arxiv_id="2312.00752",
                      notes=["read with the S4 paper"]))
    import_list(lib)
    text = auto(lib)
    assert ("| [Mamba: Linear-Time Sequence Modeling with Selective State Spaces](https://arxiv.org/abs/2312.00752)"
            " | arXiv | [Github](https://github.com/state-spaces/mamba) |\n") in text
    assert text.count("\n") == DOC.count("\n")


def test_importing_again_does_not_hide_an_edit_made_in_between(lib):
    import_list(lib)
    lib.set_summary("2401.09769", "the handbook")
    import_list(lib)
    assert "heterophily** [[Paper](https://arxiv.org/abs/2401.09769)] the handbook" in auto(lib).replace(
        "Heterophily**", "heterophily**")


def test_crlf_lists_come_back_with_crlf(lib):
    import_list(lib, text=DOC.replace("\n", "\r\n"), newline="\r\n")
    assert auto(lib) == DOC.replace("\n", "\r\n")


def test_auto_without_an_imported_list_is_numbered(lib):
    lib.add(PaperData(title="Alone", tags=["A"]))
    assert auto(lib) == "* [A](#a)\n\n## A\n\n1. **Alone**\n"


# -- export --into the README that was imported (no paperctl markers) -----------------------------


def test_into_the_imported_readme_writes_it_back_in_place(lib, tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(DOC)
    import_list(lib)
    lib.set_summary("2205.13892", "ignores odd hops")
    args = ["--db", str(lib.path), "export", "--md", "--into", str(readme)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    text = readme.read_text()
    assert text.startswith(DOC.split("- [NeurIPS")[0]) and text.endswith(DOC.split("], [Code]")[1])
    assert "[[Paper](https://arxiv.org/abs/2205.13892)], [Code] ignores odd hops\n" in text
    assert runner.invoke(app, [*args, "--check"]).exit_code == 0


def cli(lib, *args):
    result = runner.invoke(app, ["--db", str(lib.path), *args])
    assert result.exit_code == 0, result.stderr
    return result


def test_import_edit_export_into_again_and_again_with_the_real_reader(lib, tmp_path):
    """The whole loop through the command line, the Markdown reader included: each export
    --into changes only the entries whose papers changed, and a hand edit of an entry whose
    paper did not change stays."""
    readme = tmp_path / "README.md"
    readme.write_text(DOC)
    cli(lib, "import", str(readme))
    cli(lib, "summary", "2205.13892", "ignores odd hops")
    cli(lib, "export", "--md", "--into", str(readme))
    first = readme.read_text()
    assert [line for line in first.splitlines() if line not in DOC.splitlines()] == [
        "- [NeurIPS 2022] **EvenNet: Ignoring Odd-Hop Neighbors Improves Robustness of Graph Neural Networks**"
        " [[Paper](https://arxiv.org/abs/2205.13892)], [Code] ignores odd hops"]
    edited = first.replace("**A Survey on Learning from Graphs with Heterophily**",
                           "**A Survey on Learning from Graphs with Heterophily** (a must-read)")
    readme.write_text(edited)
    cli(lib, "rm", "2312.00752", "--yes")
    cli(lib, "add", "2106.12807", "--no-fetch", "--title", "Simple Truncated SVD based Model for Node Classification",
        "--venue", "KDD 2021", "--tag", "Surveys")
    cli(lib, "export", "--md", "--into", str(readme))
    second = readme.read_text()
    assert "(a must-read)" in second and "ignores odd hops" in second and "2312.00752" not in second
    assert ("ignores odd hops\n- [KDD 2021] **Simple Truncated SVD based Model for Node Classification**"
            " [[Paper](https://arxiv.org/abs/2106.12807)]\n") in second
    assert second.startswith(DOC.split("## Surveys")[0]) and second.endswith("Pull requests welcome.\n")
    cli(lib, "export", "--md", "--into", str(readme), "--check")


@pytest.mark.parametrize("extra", [["--style", "numbered"], ["--tag", "Surveys"]])
def test_into_an_imported_readme_without_markers_is_only_written_whole_and_auto(lib, tmp_path, extra):
    readme = tmp_path / "README.md"
    readme.write_text(DOC)
    import_list(lib)
    result = runner.invoke(app, ["--db", str(lib.path), "export", "--md", "--into", str(readme), *extra])
    assert result.exit_code == 1 and "can only be written back whole" in result.stderr
    assert readme.read_text() == DOC


def test_auto_is_the_default_for_into_an_imported_file_with_markers(lib, tmp_path):
    readme = tmp_path / "README.md"
    marked = "# Mine\n\n<!-- paperctl:begin -->\n<!-- paperctl:end -->\n"
    readme.write_text(marked)
    import_list(lib)
    assert runner.invoke(app, ["--db", str(lib.path), "export", "--md", "--into", str(readme)]).exit_code == 0
    assert DOC.splitlines()[6] in readme.read_text()


def test_the_layout_is_stored_with_the_papers_and_survives_a_removed_section(lib):
    import_list(lib)
    rows = lib.conn.execute("SELECT count(*) FROM md_entries WHERE fingerprint IS NOT NULL").fetchone()[0]
    assert rows == 3
    lib.conn.execute("DELETE FROM sections WHERE path = 'Models'")
    assert "Contributing" in auto(lib)


def test_each_new_entry_stores_the_fingerprint_of_its_paper_as_the_library_holds_it(tmp_path):
    """An import digests its new papers from a narrow read (``layouts.shown``); the digest
    must be the one ``auto`` computes from the whole paper, or every entry would be
    written anew instead of as read."""
    from paperctl import Library
    from paperctl.formats.importing import import_text
    from paperctl.formats.markdown.layout import fingerprint
    from paperctl.store import layouts

    text = (
        "# Reading list\n\n## Diffusion\n\n"
        "1. **Understanding Diffusion Models: A Unified Perspective** \\\n"
        "   *Calvin Luo* \\\n   arXiv 2022. [[Paper](https://arxiv.org/abs/2208.11970)] "
        "[[Code](https://github.com/a/b)] [[Blog](https://example.org/ü)]\n\n"
        "    - A tutorial from ELBO to score matching.\n    - Read with the 2015 paper.\n\n"
        "2. Simple and Effective Masked Diffusion Language Models, NeurIPS 2024 "
        "[[arXiv](https://arxiv.org/abs/2406.07524), [code](https://github.com/kuleshov-group/mdlm)]\n"
        "3. **Émile’s “Quoted” Title Without Links**, Émile Zola, Jean Dupont, ICML'23\n"
    )
    with Library(tmp_path / "lib.db") as lib:
        import_text(lib, text, "md", "README.md")
        (stored,) = layouts.load(lib.conn)
        papers = {p.id: p for p in lib.papers()}
        assert len(stored.entries) == 3 and any(p.notes for p in papers.values())
        assert any(len(p.links) > 1 for p in papers.values())
        for entry in stored.entries:
            assert entry.fingerprint == fingerprint(papers[entry.paper_id])
