"""Export styles for every entry shape, their shipped templates, --sort, --badges, and the
safety of what reaches a README (issue 16; issue 13 items 2, 8, 10 and the non-UTF-8 part of 15)."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from conftest import paged_attention, speculative_decoding
from paperctl import Author, PaperData
from paperctl.cli import app
from paperctl.errors import InvalidValue, PaperctlError
from paperctl.formats.exporting import Selection, render
from paperctl.formats.markdown.shapes import COLUMNS, STYLES
from paperctl.formats.markdown.writer import MarkdownOptions, shipped_template

runner = CliRunner()


@pytest.fixture
def papers(lib):
    lib.add(speculative_decoding(tags=["LLM/Efficiency"], summary="draft model proposes, target verifies",
                                 venue="ICML 2023 Oral", notes=["2-3x on T5-XXL"]))
    lib.set_link("2211.17192", "code", "https://github.com/google-research/t5x")
    lib.add(paged_attention(tags=["LLM/Efficiency"], venue="SOSP 2023", published="2023-09-12"))
    lib.add(PaperData(title="Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
                      authors=[Author("Albert Gu"), Author("Tri Dao")], arxiv_id="2312.00752", year=2023,
                      tags=["LLM/Efficiency"], published="2023-12-01"))
    lib.set_link("2312.00752", "code", "https://github.com/state-spaces/mamba")
    return lib


def md(lib, **options) -> str:
    selection = Selection(options.pop("tags", []))
    return render(lib, "md", selection, options=MarkdownOptions(**options))


def cli(lib, *args):
    return runner.invoke(app, ["--db", str(lib.path), "export", "--md", *args])


# -- one writer per shape, each as the README documents it ------------------------------


def test_table_style_writes_named_columns_as_github_renders_them(papers):
    text = md(papers, style="table", columns=("title", "venue", "date", "code"), tags=["efficiency"])
    assert ("| Title | Venue | Date | Code |\n| --- | --- | --- | --- |\n"
            "| [Fast Inference from Transformers via Speculative Decoding](https://arxiv.org/abs/2211.17192)"
            " | ICML 2023 Oral | 2022 | [code](https://github.com/google-research/t5x) |\n") in text
    assert "| SOSP 2023 | 2023-09-12 |  |\n" in text
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert html.count("<tr>") == 4 and "<th>Venue</th>" in html


def test_citation_style_is_title_authors_then_venue_year_and_links(papers):
    text = md(papers, style="citation", tags=["efficiency"])
    assert ("**Fast Inference from Transformers via Speculative Decoding** \\\n"
            "*Yaniv Leviathan, Matan Kalman, Yossi Matias* \\\n"
            "ICML 2023 Oral. [[paper](https://arxiv.org/abs/2211.17192)]"
            " [[code](https://github.com/google-research/t5x)] \\\n"
            "draft model proposes, target verifies\n\n- 2-3x on T5-XXL\n\n") in text
    assert "*Albert Gu, Tri Dao* \\\n2023. [[paper](https://arxiv.org/abs/2312.00752)]" in text


def test_venue_prefix_style(papers):
    text = md(papers, style="venue-prefix", tags=["efficiency"])
    assert ("- [SOSP 2023] **Efficient Memory Management for Large Language Model Serving with PagedAttention**"
            " *Woosuk Kwon, Zhuohan Li, Siyuan Zhuang* [[paper]](https://arxiv.org/abs/2309.06180)\n") in text
    assert "- [2023] **Mamba: Linear-Time" in text  # a year alone when there is no venue


@pytest.mark.parametrize(("style", "read", "reading", "read_with_summary"), [
    ("numbered", "1. ✅ **Read", "2. 📌 **Reading", "3. **Summarised"),
    ("bullets", "✅ **Read", "📌 **Reading", "**Summarised"),
    ("venue-prefix", "- ✅ **Read", "- 📌 **Reading", "- ✅ **Summarised"),
    ("bracket", "- ✅ Read", "- 📌 Reading", "- ✅ Summarised"),
    ("citation", "✅ **Read", "📌 **Reading", "✅ **Summarised"),
])
def test_reading_status_is_marked_as_real_lists_mark_it(lib, style, read, reading, read_with_summary):
    """Numbered and bullets lists say "a summary means read", so they mark only what that does not say."""
    lib.add(PaperData(title="Read", status="read", tags=["A"]))
    lib.add(PaperData(title="Reading", status="reading", tags=["A"]))
    lib.add(PaperData(title="Summarised", status="read", summary="said so", tags=["A"]))
    lib.add(PaperData(title="Unread", tags=["A"]))
    lines = md(lib, style=style).splitlines()
    for start in (read, reading, read_with_summary):
        assert any(line.startswith(start) for line in lines), start
    assert not any("✅ **Unread" in line or "✅ Unread" in line for line in lines)


def test_bracket_style(papers):
    text = md(papers, style="bracket", tags=["efficiency"])
    assert ("- Mamba: Linear-Time Sequence Modeling with Selective State Spaces (2023)"
            " [[paper](https://arxiv.org/abs/2312.00752)] [[code](https://github.com/state-spaces/mamba)]\n") in text
    assert "(ICML 2023 Oral) [[paper](https://arxiv.org/abs/2211.17192)]" in text


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("by_year", [False, True])
@pytest.mark.parametrize("badges", [None, "stars"])
def test_each_shipped_template_renders_exactly_what_its_style_writes(papers, tmp_path, style, by_year, badges):
    papers.add(PaperData(title="1. Odd [title] with $a|b$ and *stars*", year=2021, tags=["Physics"], venue="CVPR",
                         summary="- a summary | with a pipe", notes=["# not a heading"]))
    papers.add(PaperData(title="Nowhere", doi="10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"))
    papers.add(PaperData(title="Empty section paper", tags=["Empty"], status="reading"))
    papers.set_status("2309.06180", "read")
    papers.set_status("2211.17192", "read")
    papers.untag("Empty section paper", ["Empty"])
    template = tmp_path / f"{style}.md.j2"
    template.write_text(shipped_template(style), encoding="utf-8")
    options = {"style": style, "by_year": by_year, "badges": badges, "columns": COLUMNS}
    built_in = render(papers, "md", Selection(), options=MarkdownOptions(**options))
    assert render(papers, "md", Selection(), options=MarkdownOptions(**options), template=template) == built_in


def test_print_template_gives_the_shipped_template(papers):
    result = cli(papers, "--style", "citation", "--print-template")
    assert result.exit_code == 0 and result.stdout == shipped_template("citation")
    assert "macro entry" in result.stdout


def test_templates_are_package_data():
    from importlib.resources import files

    shipped = {p.name for p in (files("paperctl.formats.markdown") / "templates").iterdir()}
    assert shipped == {f"{s}.md.j2" for s in STYLES}


@pytest.mark.parametrize("style", STYLES)
def test_every_style_is_deterministic_and_check_works(papers, tmp_path, style):
    out = tmp_path / "list.md"
    assert cli(papers, "--style", style, "-o", str(out)).exit_code == 0
    first = out.read_bytes()
    assert cli(papers, "--style", style, "-o", str(out)).exit_code == 0 and out.read_bytes() == first
    assert cli(papers, "--style", style, "-o", str(out), "--check").exit_code == 0
    papers.set_summary("2312.00752", "selective state spaces")
    result = cli(papers, "--style", style, "-o", str(out), "--check")
    assert result.exit_code == 1 and "out of date" in result.stderr and out.read_bytes() == first


def test_unknown_column_is_a_clear_error(papers):
    result = cli(papers, "--style", "table", "--columns", "title,stars")
    assert result.exit_code == 2 and "unknown column(s) stars" in result.stderr



@pytest.mark.parametrize("style", [None, "numbered", "bullets", "citation"])
def test_columns_without_the_table_style_is_an_error_not_ignored(papers, style):
    result = cli(papers, *(["--style", style] if style else []), "--columns", "title,venue")
    assert result.exit_code == 2 and "--columns is for --md --style table" in result.stderr

# -- order and badges --------------------------------------------------------------------


def titles(text: str) -> list[str]:
    return [line.split("**")[1] for line in text.splitlines() if line[:1].isdigit()]


def test_sort_orders_each_section(papers):
    papers.add(PaperData(title="A paper without a date", tags=["LLM/Efficiency"]))
    manual = titles(md(papers, tags=["efficiency"]))
    assert manual[0].startswith("Fast Inference") and manual[-1] == "A paper without a date"
    assert titles(md(papers, tags=["efficiency"], sort="date"))[:3] == [
        "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
        "Efficient Memory Management for Large Language Model Serving with PagedAttention",
        "Fast Inference from Transformers via Speculative Decoding"]
    assert titles(md(papers, tags=["efficiency"], sort="title"))[0] == "A paper without a date"
    by_venue = titles(md(papers, tags=["efficiency"], sort="venue-year"))
    assert by_venue[:2] == ["Fast Inference from Transformers via Speculative Decoding",
                            "Efficient Memory Management for Large Language Model Serving with PagedAttention"]
    year = titles(md(papers, tags=["efficiency"], sort="year"))
    assert year[-2:] == ["Fast Inference from Transformers via Speculative Decoding", "A paper without a date"]


def test_star_badges_for_github_code_links(papers):
    text = md(papers, badges="stars", tags=["efficiency"])
    assert ("[[code]](https://github.com/state-spaces/mamba) [![Stars](https://img.shields.io/github/stars/"
            "state-spaces/mamba?style=social)](https://github.com/state-spaces/mamba)") in text
    assert text.count("img.shields.io") == 2  # PagedAttention has no code link


# -- issue 13, item 10: the template sandbox ---------------------------------------------


def test_a_template_cannot_run_commands(papers, tmp_path):
    marker = tmp_path / "pwned"
    template = tmp_path / "evil.j2"
    template.write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}"
                        "{{ cycler.__init__.__globals__.os.system('touch " + str(marker) + "') }}")
    result = cli(papers, "--template", str(template))
    assert result.exit_code == 1 and "Error: template" in result.stderr and "Traceback" not in result.output
    assert not marker.exists()


def test_a_template_includes_a_file_beside_it(papers, tmp_path):
    (tmp_path / "entry.j2").write_text("- {{ p.title|md }}\n")
    template = tmp_path / "list.j2"
    template.write_text("{% for s in sections %}{% for p in s.papers %}{% include 'entry.j2' %}{% endfor %}"
                        "{% endfor %}")
    result = cli(papers, "--template", str(template), "--tag", "efficiency")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("- Fast Inference from Transformers via Speculative Decoding\n")


def test_a_missing_include_is_a_one_line_error(papers, tmp_path):
    template = tmp_path / "list.j2"
    template.write_text("{% include 'nowhere.j2' %}")
    result = cli(papers, "--template", str(template))
    assert result.exit_code == 1 and "nowhere.j2" in result.stderr and "Traceback" not in result.output


# -- issue 13, item 15: a README or template that is not UTF-8 ---------------------------


def test_a_template_that_is_not_utf8_is_a_one_line_error(papers, tmp_path):
    template = tmp_path / "latin1.j2"
    template.write_bytes("{# ok #}\n{{ 'Müller' }}\n".encode("latin-1"))
    result = cli(papers, "--template", str(template))
    assert result.exit_code == 1 and "not UTF-8 text (line 2)" in result.stderr and "Traceback" not in result.output


def test_an_included_file_that_is_not_utf8_is_a_one_line_error(papers, tmp_path):
    (tmp_path / "part.j2").write_bytes("Müller".encode("latin-1"))
    template = tmp_path / "list.j2"
    template.write_text("{% include 'part.j2' %}")
    result = cli(papers, "--template", str(template))
    assert result.exit_code == 1 and "not UTF-8" in result.stderr and "Traceback" not in result.output


def test_a_readme_that_is_not_utf8_is_a_one_line_error(papers, tmp_path):
    readme = tmp_path / "README.md"
    original = "# Liste\n\n<!-- paperctl:begin -->\n<!-- paperctl:end -->\nGrüße\n".encode("latin-1")
    readme.write_bytes(original)
    result = cli(papers, "--into", str(readme))
    assert result.exit_code == 1 and "is not UTF-8 text (line 5)" in result.stderr
    assert "Traceback" not in result.output and readme.read_bytes() == original


# -- issue 13, item 2: only real markers count; CRLF is kept ------------------------------


MARKED = "<!-- paperctl:begin -->\nold\n<!-- paperctl:end -->\n"


@pytest.mark.parametrize("mention", [
    "Put `<!-- paperctl:begin -->` and `<!-- paperctl:end -->` around the generated part.\n\n",
    "```\n<!-- paperctl:begin -->\n```\n\n",
    "    <!-- paperctl:begin -->\n\n",
    "Text that mentions <!-- paperctl:begin --> inline.\n\n",
])
def test_a_marker_mentioned_in_prose_or_code_is_not_a_marker(papers, tmp_path, mention):
    readme = tmp_path / "README.md"
    preface = "# How to\n\n" + mention + "Hand-written words.\n\n"
    readme.write_text(preface + MARKED + "Footer.\n")
    assert cli(papers, "--into", str(readme)).exit_code == 0
    text = readme.read_text()
    assert text.startswith(preface + "<!-- paperctl:begin -->\n\n* [LLM](#llm)") and "old" not in text
    assert text.endswith("<!-- paperctl:end -->\nFooter.\n")


@pytest.mark.parametrize(("document", "message"), [
    (MARKED + "\n" + MARKED, "more than one pair of paperctl markers (lines 1, 3, 5, 7)"),
    ("Intro\n\n<!-- paperctl:end -->\n", "'<!-- paperctl:end -->' at line 3 has no '<!-- paperctl:begin -->'"),
    ("Intro\n\n<!-- paperctl:begin -->\nrest\n", "'<!-- paperctl:begin -->' at line 3 has no '<!-- paperctl:end -->'"),
    ("<!-- paperctl:end -->\n\n<!-- paperctl:begin -->\n",
     "at line 1 comes before '<!-- paperctl:begin -->' at line 3"),
])
def test_broken_markers_are_an_error_naming_the_lines(papers, tmp_path, document, message):
    readme = tmp_path / "README.md"
    readme.write_text(document)
    result = cli(papers, "--into", str(readme))
    assert result.exit_code == 1 and message in result.stderr and readme.read_text() == document


def test_crlf_line_endings_are_kept(papers, tmp_path):
    readme = tmp_path / "README.md"
    readme.write_bytes(b"# List\r\n\r\nWords.\r\n\r\n<!-- paperctl:begin -->\r\nold\r\n"
                       b"<!-- paperctl:end -->\r\nEnd\r\n")
    assert cli(papers, "--into", str(readme), "--tag", "efficiency").exit_code == 0
    data = readme.read_bytes()
    assert data.startswith(b"# List\r\n\r\nWords.\r\n\r\n<!-- paperctl:begin -->\r\n\r\n* [LLM](#llm)\r\n")
    assert data.endswith(b"<!-- paperctl:end -->\r\nEnd\r\n")
    assert data.count(b"\n") == data.count(b"\r\n")
    assert cli(papers, "--into", str(readme), "--tag", "efficiency", "--check").exit_code == 0


# -- issue 13, item 8: no link can be injected into a README -----------------------------


INJECTED = "https://example.org/a>[click here](https://evil.example)"


def test_a_url_with_markdown_syntax_is_refused_on_the_way_in(lib):
    lib.add(PaperData(title="A paper", tags=["A"]))
    for bad in (INJECTED, "https://example.org/a b", 'https://example.org/"x', "https://x.org/\x1b[2J"):
        with pytest.raises(InvalidValue):
            lib.set_link("A paper", "code", bad)
        with pytest.raises(PaperctlError):
            lib.add(PaperData(title="Another", url=bad))
    with pytest.raises(InvalidValue):
        lib.set_link("A paper", "co\nde", "https://example.org/")


def test_an_import_does_not_store_an_injected_url(lib, tmp_path):
    import json

    from paperctl.formats.importing import import_file

    source = tmp_path / "papers.jsonl"
    source.write_text(json.dumps({"title": "A paper", "url": INJECTED}) + "\n"
                      + json.dumps({"title": "Another paper", "links": {"code": INJECTED}}) + "\n")
    report = import_file(lib, source)
    assert len(report.problems) == 2  # each refused paper costs only itself, and says why
    assert all("evil" not in (p.url or "") and "evil" not in str(p.links) for p in lib.papers())


@pytest.mark.parametrize("style", STYLES)
def test_urls_and_dois_cannot_end_their_link_early_on_the_way_out(lib, style):
    """Values stored before the stricter check (or by any other path) are escaped when written."""
    lib.add(PaperData(title="Injected", tags=["A"], doi="10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"))
    pid = lib.resolve("Injected")
    lib.conn.execute("INSERT INTO links (paper_id, name, url, position) VALUES (?, 'code', ?, 1)", [pid, INJECTED])
    lib.conn.execute("INSERT INTO links (paper_id, name, url, position) VALUES (?, 'x](https://evil.example) [y', "
                     "'https://example.org/', 2)", [pid])
    text = md(lib, style=style, columns=COLUMNS)
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert 'href="https://evil.example"' not in html
    assert "https://doi.org/10.1002/(sici)1097-4571(199806)49:8%3C693::aid-asi4%3E3.0.co;2-0" in html
    assert "https://example.org/a%3E%5Bclick%20here%5D(https://evil.example)" in html
