"""Shapes of real lists met in session 46: the misses left open from session 45's rounds (``s94``-``s98``) and
those of its own blind rounds (``s99`` on), held with the lists' own lines (the repository is named in each
test)."""

from __future__ import annotations

from markdown_papers import papers

DATED_BLOCKS = (
    "# awesome-virtual-try-off\n\n"
    "### Papers <sub><sup>(directly related to VTOFF)</sup></sub>\n"
    "<sup>[2020-05-08]</sup> \n"
    "***TileGAN: category-oriented attention-based high-quality tiled clothes generation from dressed person***\\\n"
    "<sup>\n"
    "  [[paper]](https://yuan-gao.net/pdf/NCA2020%20-%20TileGAN.pdf) \n"
    "  targeted vtoff task with a two-stage method.\n"
    "</sup>\n\n"
    "<sup>[2023-08-15]</sup> \n"
    "***SGDiff: A Style Guided Diffusion Model for Fashion Synthesis***\\\n"
    "<sup>\n"
    "  [[paper]](https://arxiv.org/abs/2308.07605)\n"
    "  finetuned GLIDE to generate garment images from \"text\" (garment attributes) + \"style image\".\n"
    "</sup>\n"
)


def test_a_date_on_the_line_above_a_bold_title_gives_the_year():
    """rizavelioglu/awesome-virtual-try-off (every paper, 33): a paragraph of the date it was posted, the title
    in bold italics, then its link and description. Before, the date was read as the title line and none of the
    list's papers was imported."""
    found = papers(DATED_BLOCKS)
    assert [(t, p.year, p.arxiv_id, p.summary) for t, p in found.items()] == [
        ("TileGAN: category-oriented attention-based high-quality tiled clothes generation from dressed person",
         2020, None, "targeted vtoff task with a two-stage method."),
        ("SGDiff: A Style Guided Diffusion Model for Fashion Synthesis", 2023, "2308.07605",
         "finetuned GLIDE to generate garment images from \"text\" (garment attributes) + \"style image\".")]
    assert found["SGDiff: A Style Guided Diffusion Model for Fashion Synthesis"].tags == [
        "Papers (directly related to VTOFF)"]


def test_a_track_in_brackets_in_a_venue_column_goes_after_the_years_column():
    """Jasonlee1995/AI_Papers (36 of its 103 rows): ``CVPR (Oral)`` in the Conference column, the year in its own.
    Before, the venue was ``CVPR (Oral) 2019``; the rules write a track after the year."""
    found = papers(
        "# AI Papers\n\n## 2019\n\n|Year|Conference|Paper|Links|\n|:-:|:-:|:-:|:-:|\n"
        "|2019|CVPR (Oral)|AutoAugment: Learning Augmentation Strategies From Data|"
        "[Paper](https://arxiv.org/abs/1805.09501), [Summary](https://github.com/Jasonlee1995/AI_Papers/issues/5)|\n"
        "|2018|BMVC (Oral)|BAM: Bottleneck Attention Module|[Paper](https://arxiv.org/abs/1807.06514)|\n"
        "|2018|NeurIPS|An Intriguing Failing of Convolutional Neural Networks and the CoordConv Solution|"
        "[Paper](https://arxiv.org/abs/1807.03247)|\n")
    assert [(p.venue, p.year) for p in found.values()] == [
        ("CVPR 2019 Oral", 2019), ("BMVC 2018 Oral", 2018), ("NeurIPS 2018", 2018)]
