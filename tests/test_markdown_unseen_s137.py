"""Shapes of real lists met in session 56's round 134 (``s137``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import one
from paperctl.formats.markdown.reader import parse

VSR_HEADER = "| 论文 | 日期 / 会议 | 4K 证据 | 代码 / 许可证 | 关注度 |\n| --- | --- | --- | --- | --- |\n"


def test_a_date_then_a_venue_in_a_column_named_for_both():
    """0Seven-Deadly-Sins/awesome-video-super-resolution (every row): "2025-12-29 / ECCV 2026（作者来源标注）" under
    "日期 / 会议" (date / conference): where, with its own year, the aside a note; "预印本/录用未核验" (a preprint,
    acceptance not checked) is a preprint of the date's year."""
    parsed = parse("# VSR\n\n" + VSR_HEADER +
                   "| [Stream-DiffVSR: Low-Latency Streamable Video Super-Resolution via Auto-Regressive Diffusion]"
                   "(https://arxiv.org/abs/2512.23709) | 2025-12-29 / ECCV 2026（作者来源标注） | 未确认 | "
                   "[代码](https://github.com/jamichss/Stream-DiffVSR) | ⭐ 120 |\n"
                   "| [RelayVSR: Large-Small Model Collaboration for Efficient Real-World Video Super-Resolution]"
                   "(https://arxiv.org/abs/2609.37850) | 2026-09-29 / 预印本/录用未核验 | 未确认 | "
                   "[代码](https://github.com/kopperx/RelayVSR) | ⭐ 12 |\n")
    accepted, posted = (e.data for e in parsed.entries)
    assert (accepted.venue, accepted.year, list(accepted.notes)) == ("ECCV 2026", 2026, ["作者来源标注"])
    assert (posted.venue, posted.year, list(posted.notes)) == ("arXiv 2026", 2026, ["录用未核验"])


def test_a_datasets_paper_written_as_a_heading_over_a_link_named_paper():
    """zhanglbthu/awesome-human-motion-generation: "### [Big Data, 2016] The KIT Motion-Language Dataset" under "##
    Datasets", its authors and abstract, then "[📄 Paper](arXiv) | [💻 Code](..)": the dataset's paper."""
    parsed = parse("# Awesome Human Motion Generation\n\n## Datasets\n\n"
                   "### [Big Data, 2016] The KIT Motion-Language Dataset\n"
                   "**Authors**: Matthias Plappert, Christian Mandery, Tamim Asfour\n<details span>\n"
                   "<summary><b>Abstract</b></summary>\nLinking human motion and natural language is of great "
                   "interest.\n</details>\n\n[📄 Paper](https://arxiv.org/abs/1607.03827) | "
                   "[💻 Code](https://motion-annotation.humanoids.kit.edu/dataset/)\n")
    (paper,) = (e.data for e in parsed.entries)
    assert (paper.title, paper.arxiv_id, paper.venue, paper.year) == (
        "The KIT Motion-Language Dataset", "1607.03827", "Big Data 2016", 2016)
    assert [a.name for a in paper.authors] == ["Matthias Plappert", "Christian Mandery", "Tamim Asfour"]


def test_a_day_written_in_words_is_no_title():
    """zhanglbthu/awesome-human-motion-generation: "**Oct 9, 2024**" over "- Initial commit" in its update log."""
    parsed = parse("# Awesome\n\n<details span>\n<summary><b>Update Log:</b></summary>\n<br>\n\n**Oct 9, 2024**\n"
                   "- Initial commit\n</details>\n<br>\n\n## Papers\n\n"
                   "- [TEMOS: Generating diverse human motions](https://arxiv.org/abs/2204.14109)\n")
    assert [e.data.title for e in parsed.entries] == ["TEMOS: Generating diverse human motions"]


def test_numbered_paragraphs_each_a_year_a_venue_and_a_title_joined_by_underscores():
    """trainingl/Research-Paper-List (every paper, no link): "[1] 2023_AAAI_Title." a paragraph each; the italic
    line under them that points to the CCF's directory of venues is no paper."""
    parsed = parse("# Research-Paper-List\n\n"
                   "[1] 2023_AAAI_Spatio-Temporal Meta-Graph Learning for Traffic Forecasting.\n\n"
                   "[2] 2024_KDD_Heterogeneity-Informed Meta-Parameter Learning for Spatiotemporal Time Series "
                   "Forecasting.\n\n"
                   "*The Conference and Journal Abbreviations of the above papers refer to [Directory of "
                   "International Academic Conferences and Journals Recommended by China Computer Federation (CCF)]"
                   "(https://www.ccf.org.cn/Academic_Evaluation/By_category/).*\n")
    assert [(e.data.title, e.data.venue) for e in parsed.entries] == [
        ("Spatio-Temporal Meta-Graph Learning for Traffic Forecasting", "AAAI 2023"),
        ("Heterogeneity-Informed Meta-Parameter Learning for Spatiotemporal Time Series Forecasting", "KDD 2024")]
    assert "a sentence pointing to a page, not an entry" in dict(parsed.skipped).values()


def test_a_bold_title_item_then_its_fields_as_items_of_the_same_list():
    """WangJingyao07/Self-Supervised-Learning-Papers-with-Code: "- **Title**", then "- **Paper**: URL", "- **Pdf**:
    ...", "- **Code**: URL", "- **Abstract**:" as items of one loose list: one paper, no papers named "Code"."""
    parsed = parse("# SSL\n\n## SimCLR\n- **A Simple Framework for Contrastive Learning of Visual Representations**\n\n"
                   "- **Paper**: http://proceedings.mlr.press/v119/chen20j.html\n\n"
                   "- **Pdf**: /simclr/A Simple Framework for Contrastive Learning of Visual Representations.pdf\n\n"
                   "- **Code**: https://github.com/google-research/simclr\n\n- **Abstract**: \n\n"
                   "This paper presents SimCLR: a simple framework for contrastive learning.\n")
    (paper,) = (e.data for e in parsed.entries)
    assert (paper.title, paper.url, paper.links.get("code")) == (
        "A Simple Framework for Contrastive Learning of Visual Representations",
        "http://proceedings.mlr.press/v119/chen20j.html", "https://github.com/google-research/simclr")


MYZONE = ("# Papers and Resourse\n## 经典\n#### ✅｜[(2016 CVPR)Resnet](https://arxiv.org/pdf/1512.03385.pdf)\n"
          "- Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun\n- [code]\n\n## Review\n\n"
          "#### ✅｜(2020 TPAMI)EventVisionSurvey\n\n\n"
          "#### (2020 TITS)NeuroIV_Neuromorphic Vision Intelligent Vehicle Safe Driving New Database Baseline "
          "Evaluations\n\n\n"
          "#### (2021 CVPRW)Duwek_Image_Reconstruction_From_Neuromorphic_Event_Cameras_Using_Laplacian-Prediction"
          "_and_Poisson\n\n## Event camera\n\n"
          "#### [(CVPR 2020)EV-SegNet: Semantic Segmentation for Event-based Cameras](https://drive.google.com/file/d/"
          "1eTX6GXy5qP9I4PWdD4MkRRbEtfg65XCr/view)\n- Inigo Alonso, Ana C. Murillo\n"
          "- [code](https://github.com/xupinjie/Ev-SegNet)\n\n## Dataset(including Real and Synthetic)\n\n"
          "#### IJRR(R)\n- IJRR provides 25 real- istic datasets by DAVIS240C [5] and two synthetic datasets via the "
          "event camera simulator\n")


def test_papers_written_as_headings_where_and_when_in_brackets_then_the_title():
    """langmanbusi/Myzone (39 such headings): "#### (2020 TITS)NeuroIV_...", linked or not, a file's underscores kept
    as written; a name alone where a mark says it was read; a heading linking a drive file is a paper where it says
    where and when (the file kept as the paper's link); a sentence citing "[5]" under a dataset's heading is none."""
    found = {e.data.title: e.data for e in parse(MYZONE).entries}
    assert list(found) == [
        "Resnet", "EventVisionSurvey",
        "NeuroIV_Neuromorphic Vision Intelligent Vehicle Safe Driving New Database Baseline Evaluations",
        "Duwek_Image_Reconstruction_From_Neuromorphic_Event_Cameras_Using_Laplacian-Prediction_and_Poisson",
        "EV-SegNet: Semantic Segmentation for Event-based Cameras"]
    survey = found["EventVisionSurvey"]
    assert (survey.venue, survey.year, survey.status, list(survey.tags)) == ("TPAMI 2020", 2020, "read", ["Review"])
    assert found["NeuroIV_Neuromorphic Vision Intelligent Vehicle Safe Driving New Database Baseline Evaluations"
                 ].venue == "TITS 2020"
    segnet = found["EV-SegNet: Semantic Segmentation for Event-based Cameras"]
    assert (segnet.venue, segnet.links.get("paper"), segnet.links.get("code")) == (
        "CVPR 2020", "https://drive.google.com/file/d/1eTX6GXy5qP9I4PWdD4MkRRbEtfg65XCr/view",
        "https://github.com/xupinjie/Ev-SegNet")


def test_an_arxiv_id_before_the_title_is_venue_arxiv():
    """Event-AHU/OpenEvDET: "* [arXiv:2407.04277] **Title**, names": a preprint, venue ``arXiv`` as the rules write
    ``arXiv:ID`` alone (not the ID's year)."""
    paper = one("* [arXiv:2407.04277] **Research, Applications and Prospects of Event-Based Pedestrian Detection: A "
                "Survey**, Han Wang, Yuman Nie\n  [[Paper](https://arxiv.org/abs/2407.04277)]\n")
    assert (paper.venue, paper.arxiv_id) == ("arXiv", "2407.04277")


def test_a_venue_before_the_title_named_again_with_its_year():
    """Event-AHU/OpenEvDET: "* [IEEE Sensors Journal] Guo, Zhaoxuan, et al. "**Title.**" IEEE Sensors Journal
    (2024).": the same journal, its year said after the title."""
    paper = one('* [IEEE Sensors Journal] Guo, Zhaoxuan, et al. "**Spatio-Temporal Aggregation Transformer for '
                'Object Detection With Neuromorphic Vision Sensors.**" IEEE Sensors Journal (2024).\n'
                "  [[Paper](https://ieeexplore.ieee.org/abstract/document/10516298)]\n")
    assert (paper.venue, paper.year) == ("IEEE Sensors Journal 2024", 2024)


def test_short_venue_names_a_letter_and_a_hyphen_and_a_meeting_written_with_its_year():
    """junjun-jiang/Hyperspectral-Image-Denoising-Benchmark: "Title, J-STARS2017, H. Fan et al."; Lihui-Chen/
    Awesome-Pansharpening: "“Title,” *CVPR2021*, Mar. 2021." (not "CVPR2021 2021")."""
    jstars = one("- **[LR  and Tensor]** Hyperspectral image restoration using low-rank tensor recovery, J-STARS2017, "
                 "H. Fan et al.\n")
    assert (jstars.title, jstars.venue, [a.name for a in jstars.authors]) == (
        "Hyperspectral image restoration using low-rank tensor recovery", "J-STARS 2017", ["H. Fan"])
    ieee = one("39. S. Xu, J. Zhang, Z. Zhao, K. Sun, J. Liu, and C. Zhang, “Deep Gradient Projection Networks for "
               "Pan-sharpening,” *CVPR2021*, Mar. 2021.\n")
    assert (ieee.title, ieee.venue) == ("Deep Gradient Projection Networks for Pan-sharpening", "CVPR 2021")
