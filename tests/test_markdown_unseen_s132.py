"""Shapes of real lists met in session 54's last blind round (``s132``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers


def test_a_metric_heading_over_a_paper_bullet_citing_who_and_where():
    """VarnithChordia/visual-generation-evaluation-survey (every metric): "### VideoScore" over "- **Paper**:
    *VideoScore* (Pan et al., EMNLP 2024) [arXiv](..)", "- **Summary**: ...", "- **Repo**: [![Stars](..)](github)":
    the heading is the paper; the bracket says who wrote it and where."""
    paper = one(
        "## Text to Video Generation Metrics\n\n### VideoScore  \n"
        "- **Paper**: *VideoScore* (Pan et al., EMNLP 2024) [arXiv](https://arxiv.org/abs/2405.12345)  \n"
        "- **Axes**:  \n  - Quality  \n  - Motion  \n"
        "- **Summary**: Regression-based metric trained on 37.6K human-labeled videos.  \n"
        "- **Repo**: [![Stars](https://img.shields.io/github/stars/TIGER-AI-Lab/VideoScore.svg?style=social&label="
        "VideoScore)](https://github.com/TIGER-AI-Lab/VideoScore)\n")
    assert (paper.title, names(paper), paper.venue, paper.year, paper.links.get("code"), paper.summary) == (
        "VideoScore", ["Pan"], "EMNLP 2024", 2024, "https://github.com/TIGER-AI-Lab/VideoScore",
        "Regression-based metric trained on 37.6K human-labeled videos.")


def test_a_cell_of_year_venue_and_status_between_middle_dots():
    """YRWFWHU/awesome-preference-driven-visual-generation (every row, under "Year / status"): "2026 · SIGIR 2026 ·
    published": the year, where, and the paper's status (a note); "2026 · arXiv · preprint" a preprint of 2026."""
    found = papers(
        "| Work | Year / status | Signal; mechanism |\n| --- | --- | --- |\n"
        "| [Discrete Preference Learning for Personalized Multimodal Generation](https://arxiv.org/abs/2604.20434) | "
        "2026 · SIGIR 2026 · published | ratings, implicit history |\n"
        "| [PAPA: Online Personalized Active Preference Alignment](https://arxiv.org/abs/2607.00486) | 2026 · arXiv · "
        "preprint | likes dislikes, ratings |\n")
    assert [(p.venue, p.year, p.notes) for p in found.values()] == [
        ("SIGIR 2026", 2026, ["published"]), ("arXiv 2026", 2026, ["preprint"])]


def test_a_method_and_contribution_column_is_the_description():
    """zhangyl4/Awesome-Streaming-Video-Understanding (every row): "| Method / Key Contribution |" over "**EOS-Based**:
    Trains on large-scale streaming ASR data. ...": what the paper does."""
    paper = one(
        "| Paper | Model | Date | Venue | Method / Key Contribution |\n| --- | --- | --- | --- | --- |\n"
        "| [LiveCC: Learning Video LLM with Streaming Speech Transcription at Scale](https://arxiv.org/abs/2504.16030) "
        "| LiveCC | 2025/04 | CVPR 2025 | **EOS-Based**: Trains on large-scale streaming ASR data. |\n")
    assert (paper.venue, paper.summary) == ("CVPR 2025", "EOS-Based: Trains on large-scale streaming ASR data.")


def test_a_journal_and_the_month_in_italics_below_the_authors():
    """chenwei-zhang/papers-model-building-from-cryoem-maps (every paper): "**Title**<br>" / "<sub>Names</sub>" /
    "*Nature Methods, July 2019.* <br>": the journal (a Nature journal's noun, "Methods"), and its year."""
    paper = one(
        "**Protein secondary structure detection in intermediate-resolution cryo-EM maps using deep learning**<br>\n"
        "<sub>Genki Terashi, Daisuke Kihara</sub>\n<br>\n*Nature Methods, July 2019.* <br>\n"
        "[[paper]](https://www.nature.com/articles/s41592-019-0500-1) [[code]](https://github.com/kiharalab/"
        "Emap2sec)\n")
    assert (paper.venue, paper.year) == ("Nature Methods 2019", 2019)


def test_a_description_that_ends_with_where_the_paper_appeared_in_brackets():
    """PhiloLabs/awesome-video-agents (14 of its 49 descriptions): "- [owner/Repo](github) — LLM multi-agent ... in
    virtual 3D spaces (SIGGRAPH Asia 2024). [`paper`](arXiv)": the venue, not the description's end."""
    paper = one(
        "- [HITsz-TMG/FilmAgent](https://github.com/HITsz-TMG/FilmAgent) — LLM multi-agent collaboration for end-to-end"
        " film automation in virtual 3D spaces (SIGGRAPH Asia 2024). [`paper`](https://arxiv.org/abs/2501.12909) "
        "`code`\n")
    assert (paper.venue, paper.year, paper.summary) == (
        "SIGGRAPH Asia 2024", 2024, "LLM multi-agent collaboration for end-to-end film automation in virtual 3D spaces")
