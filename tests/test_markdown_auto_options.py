"""`export --md --style auto` with --by-year, --toc/--no-toc and --sort (issue 16).

--style auto writes an imported list back as it was read, its headings and table
of contents included. An option that would restructure the document is refused
with a one-line error that says why (never silently ignored); with --tag (or
--status, --since) the sections are written under generated headings, where
year headings and a table of contents apply; --sort orders each section's papers
without moving one from under its year heading. Driven through the command
line with the real Markdown reader.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from paperctl.cli import app

runner = CliRunner()

# Shaped like gongchenghua/Papers-Graphs-with-Heterophily (venue prefixes, [[Paper](..)] links),
# under year headings as horseee/Awesome-Efficient-LLM groups its papers.
WANDA = ("- [ICLR 2024] **A Simple and Effective Pruning Approach for Large Language Models**"
         " [[Paper](https://arxiv.org/abs/2306.11695)]")
SHEARED = ("- [ICLR 2024] **Sheared LLaMA: Accelerating Language Model Pre-training via Structured Pruning**"
           " [[Paper](https://arxiv.org/abs/2310.06694)]")
SPARSEGPT = ("- [ICML 2023] **SparseGPT: Massive Language Models Can Be Accurately Pruned in One-Shot**"
             " [[Paper](https://arxiv.org/abs/2301.00774)]")
LLMPRUNER = ("- [NeurIPS 2023] **LLM-Pruner: On the Structural Pruning of Large Language Models**"
             " [[Paper](https://arxiv.org/abs/2305.11627)]")
DOC = f"""# Efficient LLM

Papers on making LLMs cheaper.

- [Pruning](#pruning)

## Pruning

### 2024

{WANDA}
{SHEARED}

### 2023

{SPARSEGPT}
{LLMPRUNER}
"""


def cli(db, *args, code: int = 0):
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result


@pytest.fixture
def imported(tmp_path):
    """A library with DOC imported, its year headings read as years (--year-groups),
    and the README's path."""
    readme = tmp_path / "README.md"
    readme.write_text(DOC, encoding="utf-8")
    db = tmp_path / "lib.db"
    cli(db, "import", "--year-groups", str(readme))
    return db, readme


def error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


@pytest.mark.parametrize("option", [["--by-year"], ["--toc"], ["--no-toc"], ["--heading-level", "3"]])
def test_an_option_that_would_restructure_an_imported_list_is_refused_and_nothing_written(imported, tmp_path,
                                                                                          option):
    db, _ = imported
    out = tmp_path / "out.md"
    result = cli(db, "export", "--md", "--style", "auto", *option, "-o", str(out), code=1)
    line = error_line(result)
    assert option[0].replace("--no-", "--") in line and "--style auto" in line
    assert "as read" in line  # it says why
    assert not out.exists()


def test_into_an_imported_readme_says_auto_was_the_default_it_refuses(imported):
    db, readme = imported
    result = cli(db, "export", "--md", "--by-year", "--into", str(readme), code=1)
    assert "the default for --into a file that was imported" in error_line(result)
    assert readme.read_text(encoding="utf-8") == DOC


def test_without_those_options_the_list_comes_back_as_read(imported):
    db, _ = imported
    assert cli(db, "export", "--md", "--style", "auto").stdout == DOC


def test_another_style_still_takes_by_year_and_toc(imported):
    db, _ = imported
    text = cli(db, "export", "--md", "--style", "numbered", "--by-year", "--no-toc").stdout
    assert text.startswith("## Pruning\n\n### 2024\n\n1. **A Simple")
    assert "### 2023\n\n1. **SparseGPT" in text


def test_sort_keeps_each_paper_under_its_year_heading(imported):
    db, _ = imported
    text = cli(db, "export", "--md", "--style", "auto", "--sort", "title").stdout
    assert text == DOC.replace(f"{SPARSEGPT}\n{LLMPRUNER}", f"{LLMPRUNER}\n{SPARSEGPT}")


def test_sorted_papers_added_since_go_under_their_own_year_in_order(imported):
    db, _ = imported
    cli(db, "add", "--no-fetch", "2306.00978", "--title",
        "AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration",
        "--year", "2023", "--venue", "MLSys 2024", "--tag", "Pruning")
    cli(db, "add", "--no-fetch", "2401.10774", "--title",
        "Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads",
        "--year", "2024", "--tag", "Pruning")
    text = cli(db, "export", "--md", "--style", "auto", "--sort", "title").stdout
    body = text.split("## Pruning\n\n")[1]
    in_2024, in_2023 = body.split("### 2023")
    assert [line.split("**")[1][:6] for line in in_2024.splitlines() if line.startswith("- ")] == \
        ["A Simp", "Medusa", "Sheare"]
    assert [line.split("**")[1][:6] for line in in_2023.splitlines() if line.startswith("- ")] == \
        ["AWQ: A", "LLM-Pr", "SparseGPT"[:6]]
    # Manual order: each new paper after the last entry of its year.
    manual = cli(db, "export", "--md", "--style", "auto").stdout
    assert f"{SHEARED}\n- **Medusa:" in manual
    assert f"{LLMPRUNER}\n- [MLSys 2024] **AWQ:" in manual


def test_a_selection_is_written_under_generated_headings_where_the_options_apply(imported):
    db, _ = imported
    plain = cli(db, "export", "--md", "--style", "auto", "--tag", "Pruning").stdout
    assert plain.startswith("* [Pruning](#pruning)\n\n## Pruning\n\n### 2024\n\n")  # the list's year headings
    assert WANDA in plain and LLMPRUNER in plain  # each entry as read
    text = cli(db, "export", "--md", "--style", "auto", "--tag", "Pruning", "--no-toc", "--sort", "title").stdout
    assert text == f"## Pruning\n\n### 2024\n\n{WANDA}\n{SHEARED}\n\n### 2023\n\n{LLMPRUNER}\n{SPARSEGPT}\n"
    deeper = cli(db, "export", "--md", "--style", "auto", "--tag", "Pruning", "--no-toc", "--heading-level", "3").stdout
    assert deeper.startswith("### Pruning\n\n#### 2024\n\n")


def test_by_year_with_a_selection_adds_year_headings_but_never_twice(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(DOC, encoding="utf-8")
    db = tmp_path / "lib.db"
    cli(db, "import", str(readme))  # without --year-groups: "2024" and "2023" are sections of Pruning
    text = cli(db, "export", "--md", "--style", "auto", "--tag", "Pruning", "--by-year", "--no-toc").stdout
    assert text == f"## Pruning\n\n### 2024\n\n{WANDA}\n{SHEARED}\n\n### 2023\n\n{SPARSEGPT}\n{LLMPRUNER}\n"
