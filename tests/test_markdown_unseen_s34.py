"""Shapes of real lists found by the thirty-first blind labelling round (``bench/unseen-lists/s34a``-
``s34h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def one(text: str):
    found = list(papers(text).values())
    assert len(found) == 1, found
    return found[0]


def test_a_method_name_in_brackets_then_its_citation_on_the_bullet_below():
    # zx-pan/Awesome-rPPG (53 entries): "(ICA)" is the method's name, the bullet below who, where and when
    paper = one("- [Advancements in Noncontact, Multiparameter Physiological Measurements Using a Webcam]"
                "(https://ieeexplore.ieee.org/document/5599853) (ICA)\n"
                "  - Ming-Zher Poh et al, IEEE Transactions on Biomedical Engineering (TBME), 2010\n")
    assert ([a.name for a in paper.authors], paper.year, paper.notes) == (["Ming-Zher Poh"], 2010, ["ICA"])
    assert paper.venue and paper.venue.endswith("2010") and paper.summary is None
    paper = one("- [Remote plethysmographic imaging using ambient light](https://www.osapublishing.org/oe/abstract."
                "cfm?uri=oe-16-26-21434) (GREEN)\n  - Wim Verkruysse et al, Optics Express, 2008\n")
    assert ([a.name for a in paper.authors], paper.venue) == (["Wim Verkruysse"], "Optics Express 2008")


def test_a_method_name_over_the_bold_title_in_angle_brackets():
    # valeoai/Awesome-Unsupervised-Object-Localization (30 entries)
    paper = one("<< FOUND >> \\\n**Unsupervised Object Localization: Observing the Background to Discover Objects**, "
                "CVPR 2023\n<a href=\"https://arxiv.org/abs/2212.07834\">[paper]</a> "
                "<a href=\"https://github.com/valeoai/FOUND\">[code]</a>\n")
    assert (paper.title, paper.venue, paper.notes) == (
        "Unsupervised Object Localization: Observing the Background to Discover Objects", "CVPR 2023", ["FOUND"])


def test_proceedings_and_article_bullets_under_the_title_link():
    # daikikatsuragawa/awesome-counterfactual-explanations (every entry)
    paper = one("- [Counterfactual explanations and how to find them: literature review and benchmarking]"
                "(https://dl.acm.org/doi/abs/10.1145/3510457.3513081)\n  - Author: Riccardo Guidotti\n"
                "  - Article: Data Mining and Knowledge Discovery (2022)\n")
    assert (paper.venue, paper.year, [a.name for a in paper.authors]) == (
        "Data Mining and Knowledge Discovery 2022", 2022, ["Riccardo Guidotti"])


def test_a_month_and_year_before_the_title():
    # allanj/repo-level-codegen-papers (33 lines); a date then prose under News is still news
    paper = one("4. 10/2024: **[RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems]"
                "(https://arxiv.org/abs/2306.03091)**\n")
    assert (paper.title, paper.year, paper.notes) == (
        "RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems", 2024, [])
    assert papers("## News\n\n- 2024/07/30: FuXi-S2S published in Nature Communications "
                  "[[link]](https://www.nature.com/articles/s41467-024-50714-1));\n") == {}


def test_a_bold_year_line_and_notes_in_chinese_after_a_full_width_colon():
    # PolarisRisingWar/HGNN_Collection (9 year lines over 71 entries, 52 with a note)
    parsed = parse("# 异质图神经网络\n\n## 论文\n\n**2022年**  \n通用节点嵌入：\n"
                   "1. (AAAI) Robust Heterogeneous Graph Neural Networks against Adversarial Attacks\n"
                   "2. (Appl. Sci.) MBHAN: Motif-Based Heterogeneous Graph Attention Network：基于motif\n")
    got = [(e.data.title, e.data.venue, e.data.year, e.data.summary, e.layout.section) for e in parsed.entries]
    assert got == [
        ("Robust Heterogeneous Graph Neural Networks against Adversarial Attacks", "AAAI 2022", 2022, None,
         "论文/2022年"),
        ("MBHAN: Motif-Based Heterogeneous Graph Attention Network", "Appl. Sci. 2022", 2022, "基于motif",
         "论文/2022年")]


def test_titles_alone_in_a_list_of_robotics_papers():
    # Taeyoung96/IROS-2022-SLAM-paper-list (162 titles, no links): the field's own words say "title"
    found = papers("## Visual-inertial odometry\n"
                   "- FEJ-VIRO: A Consistent First-Estimate Jacobian Visual-Inertial-Ranging Odometry  \n"
                   "- Scalable and Modular Ultra-Wideband Aided Inertial Navigation  \n"
                   "- Thermal Inertial SLAM for the Environments with Challenging Illumination  \n"
                   "- Visual-Inertial SLAM with Tightly-Coupled Dropout-Tolerant GPS Fusion  \n")
    assert len(found) == 4


def test_a_paragraph_of_badges_alone_under_an_item_leaves_no_empty_note(tmp_path):
    # WxxShirley/Awesome-Graph-Prompt (40 papers): the library refused the empty note, and with it the paper
    from paperctl.formats.importing import import_file
    from paperctl.library import Library

    listing = tmp_path / "list.md"
    listing.write_text("## Papers\n\n12. **ULTRA-DP:Unifying Graph Pre-training with Multi-task Graph Dual Prompt**.\n"
                       "    In **arXiv**, [[Paper](https://arxiv.org/abs/2310.14845)].\n\n"
                       "    ![](https://img.shields.io/badge/Encoder%3AGNN-green)  "
                       "![](https://img.shields.io/badge/Prompt%20as%20Tokens-red)\n", encoding="utf-8")
    with Library(tmp_path / "library.db") as lib:
        report = import_file(lib, listing)
        assert report.problems == []
        [paper] = lib.papers()
        assert (paper.arxiv_id, paper.notes) == ("2310.14845", [])


def test_a_dataset_name_in_bold_over_the_bullet_that_is_its_paper():
    # XYZ-qiyh/Awesome-Learning-MVS (6 datasets): the paper is the nested bullet; the name a note, its venue kept
    paper = one("+ **ETH3D** [CVPR2017]\n  + A Multi-View Stereo Benchmark with High-Resolution Images and "
                "Multi-Camera Videos [[paper](https://www.eth3d.net/data/schoeps2017cvpr.pdf)] "
                "[[website](https://www.eth3d.net/)]\n")
    assert (paper.title, paper.venue, paper.notes[0]) == (
        "A Multi-View Stereo Benchmark with High-Resolution Images and Multi-Camera Videos", "CVPR 2017", "ETH3D")
    assert paper.url == "https://www.eth3d.net/data/schoeps2017cvpr.pdf"
