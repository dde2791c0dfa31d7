"""Exporting the reading list: Markdown shapes, --into, --check, atomic writes, JSON Lines."""

from __future__ import annotations

import json
import os

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from conftest import maldacena, paged_attention, speculative_decoding
from paperctl import PaperData
from paperctl.cli import app
from paperctl.errors import PaperctlError
from paperctl.formats.exporting import Selection, render, write_atomic
from paperctl.formats.markdown.writer import MarkdownOptions, github_slug

runner = CliRunner()


@pytest.fixture
def reading_list(lib):
    """A small list shaped like the user's: nested sections, a paper in two sections, notes."""
    lib.add(speculative_decoding(tags=["LLM/Efficiency"], summary="用小模型生成，大模型并行验证",
                                 venue="ICML 2023 Oral", notes=["2-3x on T5-XXL"]))
    lib.add(paged_attention(tags=["LLM/Efficiency", "Systems"], summary="KV cache in pages"))
    lib.set_link("2309.06180", "code", "https://github.com/vllm-project/vllm")
    lib.add(PaperData(title="Batch-ICL: Effective, Efficient, and Order-Agnostic In-Context Learning",
                      venue="Arxiv Jan 2024", tags=["LLM/In-Context Learning"], year=2024))
    lib.add(maldacena(tags=["Physics"], summary="AdS/CFT"))
    return lib


def md(lib, **options) -> str:
    selection = Selection(options.pop("tags", []), options.pop("status", None), options.pop("since", None))
    return render(lib, "md", selection, options=MarkdownOptions(**options))


def test_numbered_style_matches_the_llm_mllm_list(reading_list):
    text = md(reading_list, heading_level=1)
    assert ("# LLM\n\n## Efficiency\n\n1. **Fast Inference from Transformers via Speculative Decoding**"
            " (ICML 2023 Oral) [[paper]](https://arxiv.org/abs/2211.17192) 用小模型生成，大模型并行验证\n"
            "   - 2-3x on T5-XXL\n") in text
    assert ("2. **Efficient Memory Management for Large Language Model Serving with PagedAttention**"
            " [[paper]](https://arxiv.org/abs/2309.06180) [[code]](https://github.com/vllm-project/vllm)"
            " KV cache in pages\n") in text
    # Title only: how the list marks "not read yet"; no link when there is none.
    assert "1. **Batch-ICL: Effective, Efficient, and Order-Agnostic In-Context Learning** (Arxiv Jan 2024)\n" in text


def test_bullets_style_matches_reading_notes(reading_list):
    text = md(reading_list, style="bullets")
    assert ("**Fast Inference from Transformers via Speculative Decoding** (ICML 2023 Oral)"
            " [paper](https://arxiv.org/abs/2211.17192)\n* 用小模型生成，大模型并行验证\n* 2-3x on T5-XXL\n\n") in text


def test_headings_and_table_of_contents_follow_the_section_tree(reading_list):
    text = md(reading_list)
    toc = text.split("\n\n")[0].splitlines()
    assert toc == ["* [LLM](#llm)", "  * [Efficiency](#efficiency)", "  * [In-Context Learning](#in-context-learning)",
                   "* [Systems](#systems)", "* [Physics](#physics)"]
    html = MarkdownIt().render(text)
    assert "<h2>LLM</h2>" in html and "<h3>Efficiency</h3>" in html


def test_a_paper_in_two_sections_appears_in_both(reading_list):
    text = md(reading_list)
    assert text.count("**Efficient Memory Management") == 2


def test_by_year_adds_year_headings_newest_first(reading_list):
    reading_list.tag("hep-th/9711200", ["LLM/Efficiency"])
    text = md(reading_list, by_year=True, tags=["efficiency"])
    efficiency = text.split("### Efficiency")[1]
    years = [line for line in efficiency.splitlines() if line.startswith("#### ")]
    assert years == ["#### 2023", "#### 2022", "#### 1997"]


def test_filters_and_no_notes(reading_list):
    text = md(reading_list, tags=["Physics"], notes=False)
    assert "Maldacena" not in text and "Large N Limit" in text and "Fast Inference" not in text
    assert "2-3x" not in md(reading_list, notes=False)
    assert "Fast Inference" not in md(reading_list, status="read")


def test_markdown_special_characters_render_as_written(lib):
    title = "Stars *and* _underscores_, [brackets], <tags> & `code` in $\\alpha$-titles"
    summary = "- starts like a list; 1. and like a number # and a hash"
    lib.add(PaperData(title=title, summary=summary, notes=["# not a heading"], tags=["A [weird] *section*"],
                      year=2024))
    for style in ("numbered", "bullets"):
        html = MarkdownIt().render(md(lib, style=style))
        assert f"<strong>{title.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</strong>" in html
        assert "<em>" not in html and "<code>" not in html and "<h1>" not in html
        assert "starts like a list; 1. and like a number # and a hash" in html
        assert "<h2>A [weird] *section*</h2>" in html


def test_github_anchors():
    seen: dict[str, int] = {}
    assert github_slug("⭐In-Context Learning", seen) == "in-context-learning"
    assert github_slug("Other", seen) == "other" and github_slug("Other", seen) == "other-1"
    assert github_slug("Think with Images (Methods&Understanding)", seen) == "think-with-images-methodsunderstanding"
    assert github_slug("多模态 推理", seen) == "多模态-推理"


def test_into_replaces_only_the_marked_part(reading_list, tmp_path):
    readme = tmp_path / "README.md"
    preface = "# My list\n\n## Preface\n\nHand-written words.\n\n## LLM\n\n"
    readme.write_text(preface + "<!-- paperctl:begin -->\nold\n<!-- paperctl:end -->\n\nFooter stays.\n")
    text = render(reading_list, "md", Selection(), options=MarkdownOptions(), into=readme)
    assert text.startswith(preface + "<!-- paperctl:begin -->\n\n* [LLM](#llm-1)")  # the preface took #llm
    assert text.endswith("<!-- paperctl:end -->\n\nFooter stays.\n") and "old" not in text


def test_into_without_markers_is_a_clear_error(reading_list, tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# no markers\n")
    result = runner.invoke(app, ["--db", str(reading_list.path), "export", "--md", "--into", str(readme)])
    assert result.exit_code == 1
    assert "has no '<!-- paperctl:begin -->'" in result.stderr
    assert readme.read_text() == "# no markers\n"


def test_template(reading_list, tmp_path):
    template = tmp_path / "list.j2"
    template.write_text(
        "{% for s in sections %}{{ '#' * s.level }} {{ s.name }}\n"
        "{% for p in s.papers %}- {{ p.title | md }} ({{ p.citekey }}){% if p.summary %}: {{ p.summary }}{% endif %}\n"
        "{% endfor %}{% endfor %}"
    )
    text = render(reading_list, "md", Selection(tags=["efficiency"]), options=MarkdownOptions(), template=template)
    assert text.startswith("## LLM\n### Efficiency\n- Fast Inference from Transformers via Speculative Decoding"
                           " (leviathan2022fast): 用小模型生成，大模型并行验证\n")
    template.write_text("{{ nonsense.field }}")
    result = runner.invoke(app, ["--db", str(reading_list.path), "export", "--md", "--template", str(template)])
    assert result.exit_code == 1 and "Error: template" in result.stderr and "Traceback" not in result.output


def test_exports_are_deterministic(reading_list):
    for fmt in ("md", "bib", "csl", "jsonl"):
        assert render(reading_list, fmt, Selection()) == render(reading_list, fmt, Selection())


def test_output_file_and_check(reading_list, tmp_path):
    out = tmp_path / "refs.bib"
    base = ["--db", str(reading_list.path), "export", "--bib", "-o", str(out)]
    assert runner.invoke(app, base).exit_code == 0
    first = out.read_bytes()
    assert runner.invoke(app, base).exit_code == 0 and out.read_bytes() == first
    assert runner.invoke(app, [*base, "--check"]).exit_code == 0
    reading_list.set_summary("2211.17192", "changed")
    assert runner.invoke(app, [*base, "--check"]).exit_code == 0  # summary is not in the .bib...
    result = runner.invoke(app, [*base, "--annotate", "--check"])  # ...but is in its annote
    assert result.exit_code == 1 and "out of date" in result.stderr
    assert out.read_bytes() == first  # --check writes nothing


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "README.md"
    target.write_text("old content\n")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(PaperctlError, match="No space left on device"):
        write_atomic(target, "new content\n")
    assert target.read_text() == "old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]  # no temporary file left behind


def test_jsonl_has_every_field(reading_list):
    records = [json.loads(line) for line in render(reading_list, "jsonl", Selection()).splitlines()]
    first = records[0]
    for key in ("arxiv_id", "version", "doi", "url", "title", "authors", "year", "published", "abstract", "venue",
                "summary", "notes", "tags", "status", "citekey", "links", "note_details", "author_details"):
        assert key in first
    assert first["notes"] == ["2-3x on T5-XXL"] and first["note_details"][0]["created"]
    assert records[1]["tags"] == ["LLM/Efficiency", "Systems"]
    assert records[1]["links"] == {"code": "https://github.com/vllm-project/vllm"}


def test_export_needs_exactly_one_format(reading_list):
    result = runner.invoke(app, ["--db", str(reading_list.path), "export"])
    assert result.exit_code == 2 and "choose one format" in result.stderr
    result = runner.invoke(app, ["--db", str(reading_list.path), "export", "--bib", "--check"])
    assert result.exit_code == 2 and "--check needs -o FILE" in result.stderr


# Titles as BibTeX writes them: the words a style's lowercasing would damage are braced.
TITLES = [
    ("On the Limits of Knowledge Grounding in Foundation Models",
     "On the Limits of Knowledge Grounding in Foundation Models"),
    ("BLINK: Multimodal LLMs Can See but Not Perceive", "{BLINK}: {Multimodal} {LLMs} Can See but Not Perceive"),
    ("LoRA: Low-Rank Adaptation of Large Language Models",
     "{LoRA}: {Low-Rank} Adaptation of Large Language Models"),
    ("GPT-4 Technical Report", "{GPT-4} Technical Report"),
    ("Scaling to 50% of the Data", r"Scaling to 50\% of the Data"),
    ("Attention Is All You Need", "Attention Is All You Need"),
]


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_bibtex_titles_protect_case_sensitive_words(title, expected):
    from paperctl.formats.bibtex.writer import protect_title

    assert protect_title(title) == expected
