"""Shapes of real lists found by the thirty-fourth blind labelling round (``bench/unseen-lists/s37a``-
``s37h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def one(text: str):
    found = list(papers(text).values())
    assert len(found) == 1, found
    return found[0]


def names(paper) -> list[str]:
    return [a.name for a in paper.authors]


def test_authors_and_venue_keyed_on_bullets_under_a_bold_title():
    # Shurui8860/DexPilot (52 entries): "- Authors: ...", "- Venue: ...", then the description
    paper = one("**DexPoint: Generalizable Point Cloud Reinforcement Learning for Sim-to-Real Dexterous "
                "Manipulation**\n- Authors: Yuzhe Qin, Binghao Huang, Zhao-Heng Yin, Hao Su, Xiaolong Wang\n"
                "- Venue: CoRL 2022\n"
                "- First category-level generalization for dexterous manipulation using point clouds.\n")
    assert names(paper) == ["Yuzhe Qin", "Binghao Huang", "Zhao-Heng Yin", "Hao Su", "Xiaolong Wang"]
    assert (paper.venue, paper.year, paper.summary) == (
        "CoRL 2022", 2022, "First category-level generalization for dexterous manipulation using point clouds.")


def test_a_comma_reference_whose_first_author_is_written_family_name_first():
    # seriousran/awesome-video-sum (28 lines)
    paper = one("- Otani, Mayu, et al., Video summarization using deep semantic features, ACCV, 2016.\n")
    assert (paper.title, names(paper), paper.venue) == (
        "Video summarization using deep semantic features", ["Mayu Otani"], "ACCV 2016")
    paper = one("- Lee, Yong Jae, and Kristen Grauman, Predicting important objects for egocentric video "
                "summarization, International Journal of Computer Vision, 2015.\n")
    assert names(paper) == ["Yong Jae Lee", "Kristen Grauman"]
    assert paper.venue == "International Journal of Computer Vision 2015"


def test_a_comma_reference_with_no_venue():
    # seriousran/awesome-video-sum (7 lines): the names, the title, the year
    paper = one("- Mohamed Elfeki, Aidean Sharghi, Srikrishna Karanam, Ziyan Wu, Ali Borji, Multi-Stream Dynamic "
                "Video Summarization, 2018.\n")
    assert (paper.title, len(paper.authors), paper.venue, paper.year) == (
        "Multi-Stream Dynamic Video Summarization", 5, None, 2018)


def test_year_headings_after_a_preprint_heading_are_its_siblings():
    # jstudy/Awesome-Defect-Detection: "### arXiv papers", then "### 2020": those papers are no preprints
    found = papers("## Papers\n### arXiv papers\n- Same Same But DifferNet: Semi-Supervised Defect Detection with "
                   "Normalizing Flows [[paper](https://arxiv.org/abs/2008.12577)]\n\n### 2020\n\n"
                   "- PGA-Net: Pyramid Feature Fusion and Global Context Attention Network for Automated Surface "
                   "Defect Detection (IEEE-TII)[[paper](https://ieeexplore.ieee.org/document/8930292)]\n")
    paper = found["PGA-Net: Pyramid Feature Fusion and Global Context Attention Network for Automated Surface "
                  "Defect Detection"]
    assert (paper.venue, paper.year, paper.tags) == ("IEEE-TII 2020", 2020, ["Papers/2020"])
