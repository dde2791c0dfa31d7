"""Shapes of real lists met in session 53's third blind round (``s129``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers
from paperctl.formats.markdown.reader import parse


def test_a_citation_whose_first_author_is_written_with_initials():
    """junjun-jiang/Face-Hallucination-Benchmark (128 of its 167 bullets): "Title, X. Wang et al., TSMC-C 2005": the
    initial's full stop ends no sentence; the author keeps it, the title ends at the comma."""
    found = papers(
        "- [EigTran] Hallucinating face by eigentransformation, X. Wang et al., TSMC-C 2005 [[Web](https://github.com/"
        "junjun-jiang/TLcR-RL)]\n"
        "- Structured face hallucination, Y. Yang et al., CVPR 2013.[[Web](https://eng.ucmerced.edu/people/cyang35/"
        "CVPR13/CVPR13.html)]\n")
    assert [(t, names(p), p.venue, p.year) for t, p in found.items()] == [
        ("Hallucinating face by eigentransformation", ["X. Wang"], "TSMC-C 2005", 2005),
        ("Structured face hallucination", ["Y. Yang"], "CVPR 2013", 2013)]


def test_a_name_then_its_known_venue_in_italics():
    """chengaopro/Awesome-EmbodiedAI (every entry): "- Habitat-Sim _ICCV 2019_ [paper](arXiv) [code](..)": the name is
    the title, the italics where and when."""
    found = papers(
        "## Simulators\n\n"
        "- Habitat-Sim _ICCV 2019_ [paper](https://arxiv.org/abs/1904.01201) [code](https://github.com/facebookresearch/"
        "habitat-sim) [homepage](https://aihabitat.org/)\n"
        "  - visual content: photo-realistic\n")
    paper = found["Habitat-Sim"]
    assert (paper.arxiv_id, paper.venue, paper.year) == ("1904.01201", "ICCV 2019", 2019)


def test_a_venue_cell_with_a_line_break_then_who_wrote_it():
    """KwanWaiPang/Awesome-VLN (36 of its 99 rows): "|2024|`ECCV`<br>University of Adelaid|[Title](arXiv)|": the
    first line is where it appeared, the next one a note."""
    found = papers(
        "|Year|Venue|Paper|\n|-|-|-|\n"
        "|2024|`ECCV`<br>University of Adelaid|[Navgpt-2: Unleashing navigational reasoning capability for large "
        "vision-language models](https://arxiv.org/abs/2407.12366)|\n")
    (paper,) = found.values()
    assert (paper.venue, paper.year, paper.notes) == ("ECCV 2024", 2024, ["University of Adelaid"])


def test_a_linked_name_then_the_rest_of_its_title_quoted():
    """Omni-Scientist/Awesome-AI-Scientist (every paper): "- [Kosmos](arXiv), "An AI Scientist for Autonomous
    Discovery". ": the title is "Name: subtitle", or the quoted text alone where it has the name or a colon."""
    found = papers(
        "## End-to-End AI Scientists\n\n"
        "- [Kosmos](https://arxiv.org/abs/2511.02824), \"An AI Scientist for Autonomous Discovery\". "
        "![arXiv](https://img.shields.io/badge/arXiv-2511.02824-B31B1B?style=flat-square)\n"
        "- [Co-Scientist](https://arxiv.org/abs/2502.18864), \"Accelerating scientific discovery with "
        "Co-Scientist\".\n")
    assert [(t, p.summary) for t, p in found.items()] == [
        ("Kosmos: An AI Scientist for Autonomous Discovery", None),
        ("Accelerating scientific discovery with Co-Scientist", None)]


def test_a_table_cell_citing_a_numbered_reference_by_who_and_when():
    """gparrella12/sok_gias_fl (36 rows): "| Zhu et al. (2019) [1] |" over "[1] Deep Leakage from Gradients. NeurIPS.
    [paper](arXiv)": the reference gives the title and where; the cell who wrote it and when."""
    found = papers(
        "| **Technique** | **Work** | **Code** |\n|---|---|---|\n"
        "| Basic Optimization | Zhu et al. (2019) [1] | [link](https://github.com/mit-han-lab/dlg) |\n\n"
        "**References:**\n\n"
        "[1] Deep Leakage from Gradients. NeurIPS. [paper](https://arxiv.org/abs/1906.08935)  \n")
    paper = found["Deep Leakage from Gradients"]
    assert (names(paper), paper.year, paper.venue) == (["Zhu"], 2019, "NeurIPS 2019")


def test_a_bold_group_over_an_italic_subgroup_and_its_papers():
    """JosieHong/awesome-mass-spectrometry-ml: "**Graph-based methods** <a id=..></a>" over "*Self-Supervised
    Learning:*" over the papers: the bold line is their section, not the section above it."""
    parsed = parse(
        "## Small molecular representation learning\n\n"
        "**Point-based methods** <a id=\"point-based-methods\"></a>\n\n"
        "- [NeurIPS 2017] [SchNet] Schütt, Kristof, et al. \"Schnet: A continuous-filter convolutional neural network "
        "for modeling quantum interactions.\" [[paper]](https://arxiv.org/abs/1706.08566)\n\n"
        "**Graph-based methods** <a id=\"graph-based-methods\"></a>\n\n"
        "*Self-Supervised Learning:*\n\n"
        "- [ICLR 2023] [Mole-BERT] Xia, Jun, et al. \"Mole-bert: Rethinking pre-training graph neural networks for "
        "molecules.\" [[paper]](https://openreview.net/forum?id=jevY-DtiZTR)\n")
    assert [e.data.tags for e in parsed.entries] == [
        ["Small molecular representation learning/Point-based methods"],
        ["Small molecular representation learning/Graph-based methods"]]
