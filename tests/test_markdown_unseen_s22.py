"""Shapes of real lists found by the nineteenth blind labelling round (``bench/unseen-lists/s22a``-``s22h``),
held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_bold_titles_one_a_line_in_one_paragraph_are_one_paper_each():
    # irom-princeton/awesome-robotics-video-world-model-papers (322 lines, hard line breaks): 24 papers of ~300
    # had been imported, each swallowing the rest of its paragraph as its summary
    found = papers(
        "## Surveys\n\n"
        "**A Comprehensive Survey on World Models for Embodied AI** (2025) "
        "[[Paper]](https://arxiv.org/abs/2510.16732)  \n"
        "**Understanding World or Predicting Future? A Comprehensive Survey of World Models** (2025) "
        "[[Paper]](https://arxiv.org/abs/2411.14499) — *ACM Computing Surveys*  \n"
        "**World Models for Autonomous Driving: An Initial Survey** (2024) [[Paper]](https://arxiv.org/abs/2403.02622)"
        " — *IEEE Transactions on Intelligent Vehicles*  \n"
        "**Genie: Generative Interactive Environments** (2024) [[Paper]](https://arxiv.org/abs/2402.15391) — *ICML*\n")
    assert [(p.title, p.arxiv_id, p.venue, p.year, p.summary) for p in found.values()] == [
        ("A Comprehensive Survey on World Models for Embodied AI", "2510.16732", None, 2025, None),
        ("Understanding World or Predicting Future? A Comprehensive Survey of World Models", "2411.14499",
         "ACM Computing Surveys 2025", 2025, None),
        ("World Models for Autonomous Driving: An Initial Survey", "2403.02622",
         "IEEE Transactions on Intelligent Vehicles 2024", 2024, None),
        ("Genie: Generative Interactive Environments", "2402.15391", "ICML 2024", 2024, None)]


def test_a_bold_citation_over_lines_is_still_one_paper():
    # the shape the rule above must leave alone: only the first line is bold, and it links nothing
    found = papers("## Papers\n\n**Understanding Diffusion Models: A Unified Perspective** \\\n*Calvin Luo* \\\n"
                   "arXiv 2022. [[Paper](https://arxiv.org/abs/2208.11970)] \\\n25 Aug 2022\n")
    assert list(found) == ["Understanding Diffusion Models: A Unified Perspective"]


def test_a_journal_in_italics_at_the_end_of_a_line_with_no_authors_is_the_venue():
    # JXLiu-AI/Awesome-Medical-LLM-in-Top-Journals: "Nature Medicine" had been read as the one author
    found = papers("## Journals\n\n- **[Autonomous pathology research using agentic AI shows potential in oncology]"
                   "(https://doi.org/10.1038/s41591-026-04403-9)**<br/> · *Nature Medicine* · 2026-06-01 🔬🎗️\n")
    paper = found["Autonomous pathology research using agentic AI shows potential in oncology"]
    assert (paper.authors, paper.venue, paper.year) == ([], "Nature Medicine 2026", 2026)
