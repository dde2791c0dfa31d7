"""Shapes of real lists met in session 44's blind labelling round 85 (``bench/unseen-lists/s88a``-``s88h``) and
the misses left open from round 84 (``s87``), held with the lists' own lines (the repository is named in each
test)."""

from __future__ import annotations

from markdown_papers import papers


def test_a_paragraph_row_of_cells_gives_the_venue_of_its_marked_cell():
    """xinchengshuai/Awesome-Image-Editing (124 of its 125 papers): each paper an indented paragraph of cells set
    off by bars, the venue behind a book mark (``📖 CVPR 2023``), a method's formula in the next cell. Before, the
    row after the title was the summary and no paper had a venue."""
    found = papers(
        "## Object Manipulation and Attribute Manipulation:\n### 1. Training-Free Approaches \n"
        "  [📄 UniTune: Text-Driven Image Editing by Fine Tuning a Diffusion Model on a Single Image]"
        "(https://arxiv.org/abs/2210.09477) | 📖 TOG 2023 | 🔀 $F_{inv}^T+F_{edit}^{Norm}$ | [🌐 Code]() \n   \n"
        "  [📄 Highly Personalized Text Embedding for Image Manipulation by Stable Diffusion]"
        "(https://arxiv.org/abs/2303.08767) | 📖 Arxiv 2023 | 🔀 $F_{inv}^T+F_{edit}^{Norm}$| [🌐 Code]"
        "(https://github.com/HiPer0/HiPer) \n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [("TOG 2023", 2023, None),
                                                                      ("Arxiv 2023", 2023, None)]
    hiper = found["Highly Personalized Text Embedding for Image Manipulation by Stable Diffusion"]
    assert (hiper.arxiv_id, hiper.links["code"]) == ("2303.08767", "https://github.com/HiPer0/HiPer")


def test_cells_without_a_dated_venue_still_read_as_one_citation():
    """hibayesian/awesome-automl-papers: ``+ 2019 | Title | Names, et al. | arXiv | [PDF](..)``: the venue's cell
    has no year (the first cell has it), so the cells are read together, as before."""
    found = papers("## Surveys\n\n+ 2019 | AutoML: A Survey of the State-of-the-Art | Xin He, et al. | arXiv | "
                   "[`PDF`](https://arxiv.org/pdf/1908.00709.pdf)\n")
    assert [(p.venue, p.year) for p in found.values()] == [("arXiv 2019", 2019)]
