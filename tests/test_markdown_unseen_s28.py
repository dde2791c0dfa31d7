"""Shapes of real lists found by the twenty-fifth blind labelling round (``bench/unseen-lists/s28a``-``s28h``),
held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def test_a_paper_links_title_says_where_it_appeared():
    # becauseofAI/awesome-face (40 of 43 lines): "[[paper]](url "CVPR2019")"; a code link's title is its framework
    found = papers(
        "## Face Recognition\n\n"
        "- Unequal-Training for Deep Face Recognition With Long-Tailed Noisy Data [[paper]](http://openaccess.thecvf"
        ".com/content_CVPR_2019/papers/Zhong_Unequal-Training_CVPR_2019_paper.pdf \"CVPR2019\") [[code]](https://"
        "github.com/zhongyy/Unequal-Training-for-Deep-Face-Recognition-with-Long-Tailed-Noisy-Data \"MXNet\")\n"
        "- [Deep face recognition using imperfect facial data](https://www.sciencedirect.com/science/article/pii/"
        "S0167739X18331133 \"FGCS 2019\")\n")
    assert [(p.venue, p.year) for p in found.values()] == [("CVPR 2019", 2019), (None, None)]


def test_a_bold_year_before_the_title_is_the_venues_year():
    # CV-AC/Awesome-FaceDe-ID (84 lines): "**[2025]**" had been taken for a reference number and dropped
    found = papers(
        "## Papers\n\n"
        "- **[2025]** ProjAttacker: A Configurable Physical Adversarial Attack for Face Recognition via Projector. "
        "[PDF](https://openaccess.thecvf.com/content/CVPR2025/html/Liu_ProjAttacker_CVPR_2025_paper.html). *CVPR*.\n")
    (paper,) = found.values()
    assert (paper.venue, paper.year) == ("CVPR 2025", 2025)


def test_a_key_of_venue_year_and_name_before_a_bold_title():
    # Paranioar/Awesome_Matching_Pretraining_Transfering (194 entries)
    found = papers(
        "## Methods\n\n"
        "**(*CVPR2020_MPL*) Universal Weighting Metric Learning for Cross-Modal Matching.**<br>\n"
        "*Jiwei Wei, Xing Xu, Yang Yang, Yanli Ji, Zheng Wang, Heng Tao Shen.*<br>\n"
        "[[paper]](http://openaccess.thecvf.com/content_CVPR_2020/papers/Wei_Universal_Weighting_CVPR_2020_paper.pdf)\n")
    (paper,) = found.values()
    assert (paper.title, paper.venue, paper.notes) == (
        "Universal Weighting Metric Learning for Cross-Modal Matching", "CVPR 2020", ["CVPR2020_MPL"])


def test_year_groups_that_count_their_papers_give_the_year():
    # kawchar85/Awesome-Deblurring-Resources ("<summary>2024 Papers (27)</summary>", 154 rows with a Venue column
    # of names alone) and weimingwill/awesome-federated-learning ("### NeurIPS 2021 (32 Papers)", 218 bullets)
    found = papers(
        "## Deblurring\n<details>\n<summary><strong>2024 Papers (27)</strong></summary>\n\n"
        "| Venue | Paper | Tags | Code |\n|---|---|---|---|\n"
        "| CVPR | [Real-World Efficient Blind Motion Deblurring via Blur Pixel Discretization](https://arxiv.org/abs/"
        "2404.12168) | Blind · Motion | — |\n\n</details>\n\n"
        "### NeurIPS 2021 (32 Papers)\n\n"
        "* Catastrophic Data Leakage in Vertical Federated Learning [[Paper]](https://papers.nips.cc/paper/2021/hash/"
        "08040837089cdf46631a10aca5258e16-Abstract.html)\n")
    assert [(p.venue, p.year) for p in found.values()] == [("CVPR 2024", 2024), ("NeurIPS 2021", 2021)]


def test_bibtex_names_joined_by_and_then_the_title_and_where():
    # YapengTian/Single-Image-Super-Resolution: "Family, Given and Family, Given, Title, Venue, Year."
    found = papers(
        "### Locally Linear Regression\n\n"
        "[2] Timofte, Radu and De Smet, Vincent and Van Gool, Luc, Anchored neighborhood regression for fast "
        "example-based super-resolution, ICCV, 2013. [[Paper]](http://www.cv-foundation.org/openaccess/content_iccv_"
        "2013/papers/Timofte_Anchored_Neighborhood_Regression_2013_ICCV_paper.pdf)\n\n"
        "[7] E. Pérez-Pellitero and J. Salvador and J. Ruiz-Hidalgo and B. Rosenhahn, PSyCo: Manifold Span Reduction "
        "for Super Resolution, CVPR, 2016. [[Paper]](http://perezpellitero.github.io/documents/"
        "PerezPellitero2016Cvpr.pdf)\n")
    assert [(t, [a.name for a in p.authors], p.venue) for t, p in found.items()] == [
        ("Anchored neighborhood regression for fast example-based super-resolution",
         ["Radu Timofte", "Vincent De Smet", "Luc Van Gool"], "ICCV 2013"),
        ("PSyCo: Manifold Span Reduction for Super Resolution",
         ["E. Pérez-Pellitero", "J. Salvador", "J. Ruiz-Hidalgo", "B. Rosenhahn"], "CVPR 2016")]


def test_where_a_names_first_citation_appeared_ends_its_title():
    # MTG/essentia (113 citations): ". In <proceedings>" and ". <journal>, 49(1):13–33" had stayed in the titles
    found = papers(
        "## Papers\n\n"
        "- Y. Bayle, P. Hanna, and M. Robine. SATIN: A Persistent Musical Database for Music Information Retrieval. "
        "In 15th International Workshop on Content-Based Multimedia Indexing (CBMI'17), 2017.\n"
        "- D. Bogdanov, M. Haro, F. Fuhrmann, A. Xambó, E. Gómez, and P. Herrera. Semantic audio content-based music "
        "recommendation and visualization based on user preference examples. Information Processing & Management, "
        "49(1):13–33, 2013.\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("SATIN: A Persistent Musical Database for Music Information Retrieval",
         "15th International Workshop on Content-Based Multimedia Indexing 2017"),
        ("Semantic audio content-based music recommendation and visualization based on user preference examples",
         "Information Processing & Management 2013")]


def test_short_name_title_venue_and_year_between_dashes_in_a_link():
    # nemonameless/segmentation-paper-list (56 lines, "[简称 - 全名 - 刊名 - 时间]" as its legend says)
    found = papers(
        "## Segmentation\n\n"
        "   - [LSC - Superpixel Segmentation using Linear Spectral Clustering - CVPR - 2015](https://www.cv-foundation"
        ".org/openaccess/content_cvpr_2015/papers/Li_Superpixel_Segmentation_Using_2015_CVPR_paper.pdf)\n"
        "- [Large Kernel Matters -- Improve Semantic Segmentation by Global Convolutional Network - CVPR - 2017]"
        "(https://arxiv.org/abs/1703.02719)\n")
    assert [(t, p.venue, p.notes) for t, p in found.items()] == [
        ("Superpixel Segmentation using Linear Spectral Clustering", "CVPR 2015", ["LSC"]),
        ("Large Kernel Matters -- Improve Semantic Segmentation by Global Convolutional Network", "CVPR 2017", [])]


def test_a_gb_t_reference_as_a_tables_link_text():
    # GUoGUoWi/Awesome-Federated-Transfer-Learning (59 rows): two initials ("Sahu A K") and where it appeared after
    # the title had left the whole reference as the title
    found = papers(
        "## System\n\n| Paper | Strategy | Venue | Year | Code |\n| :--- | :---: | :---: | :---: | :---: |\n"
        " | [Li T, Sahu A K, Zaheer M, Sanjabi M, Talwalkar A, Smith V. Federated optimization in heterogeneous "
        "networks. Proceedings of Machine learning and systems, 2020, 2: 429–450](https://arxiv.org/abs/1812.06127) "
        "| Regularization | MLSys | 2020 | |\n")
    (paper,) = found.values()
    assert (paper.title, paper.authors[1].name, paper.venue) == (
        "Federated optimization in heterogeneous networks", "A K Sahu", "MLSys 2020")


def test_a_bracketed_name_linking_the_paper_before_its_plain_title():
    # formula12/Awesome-Multimodal-Mathematical-Reasoning-Perception-Alignment-Reasoning (96 lines)
    found = papers(
        "## Geometry\n\n"
        "- [[GEOS]](https://aclanthology.org/D15-1171/) Solving Geometry Problems: Combining Text and Diagram "
        "Interpretation - EMNLP 2015\n")
    (paper,) = found.values()
    assert (paper.title, paper.venue, paper.notes) == (
        "Solving Geometry Problems: Combining Text and Diagram Interpretation", "EMNLP 2015", ["GEOS"])


def test_a_year_first_venue_in_capitals():
    # clpeng/Awesome-Face-Forgery-Generation-and-Detection ("(*2019 BTAS*)", about 60 lines)
    from paperctl.formats.markdown import venues

    assert venues.parse("2019 BTAS") == ("BTAS 2019", 2019)
    assert venues.parse("2020 CVPRW") == ("CVPRW 2020", 2020)
    assert venues.parse("2019 GAN") is None  # (a kind of model, not a venue)


def test_a_years_summary_group_after_a_year_heading_is_its_sibling():
    # kawchar85/Awesome-Deblurring-Resources: "## 2025 Papers" then "<details><summary>2024 Papers (27)</summary>"
    found = papers(
        "## 2025 Papers\n\n| Venue | Paper |\n|---|---|\n"
        "| WACV | [Blind Image Deblurring with FFT-ReLU Sparsity Prior](https://openaccess.thecvf.com/content/WACV2025/"
        "html/x.html) |\n\n<details>\n<summary><strong>2024 Papers (27)</strong></summary>\n\n"
        "| Venue | Paper |\n|---|---|\n"
        "| CVPR | [Real-World Efficient Blind Motion Deblurring via Blur Pixel Discretization](https://arxiv.org/abs/"
        "2404.12168) |\n\n</details>\n")
    # (the count inside the bold is part of the group's name, as the list's labels keep it)
    assert [(p.venue, p.tags) for p in found.values()] == [
        ("WACV 2025", ["2025 Papers"]), ("CVPR 2024", ["2024 Papers (27)"])]


def test_an_index_row_naming_several_papers_by_their_links_is_not_a_paper():
    # scnu-kevinkong/awesome-formal-llm-agents (15 rows): the category or year had become a paper's title, and the
    # papers it names, written in full further down, had taken it
    found = parse(
        "## Quick Navigation\n\n| If you are interested in... | Start with |\n|---|---|\n"
        "| Contracts for tools and agents | [ToolGate](https://arxiv.org/abs/2601.04688), [Agent Behavioral Contracts]"
        "(https://arxiv.org/abs/2602.22302) |\n\n"
        "## Papers by Venue and Year\n\n| Year | Venue / Status | Representative Papers |\n|---:|---|---|\n"
        "| 2020 | ICLR | [Robustness Verification for Transformers](https://arxiv.org/abs/2002.06622) |\n")
    assert [e.data.title for e in found.entries] == ["Robustness Verification for Transformers"]
    assert [why for _, why in found.skipped] == [
        "a row of an index that names several papers by their links, not a paper"]


def test_a_year_a_known_venue_and_its_track_are_name_year_track():
    # QinYang79/Awesome-Noisy-Correspondence ("`[2021 NeurIPS Oral]`", 5 lines) had given "NeurIPS Oral 2021"
    from paperctl.formats.markdown import venues

    assert venues.parse("2021 NeurIPS Oral") == ("NeurIPS 2021 Oral", 2021)
    assert venues.parse("2017 ICCV Workshop") == ("ICCV 2017 Workshop", 2017)
    assert venues.parse("2021 Foo Oral") is None


def test_a_numbered_datasets_heading_holds_datasets_not_papers():
    # lh9171338/Monocular-Depth-Estimation-Papers ("# 2. Datasets"): dataset links had been imported as papers
    found = parse(
        "# 1. Papers\n\n- [Unsupervised Learning of Depth and Ego-Motion from Video](http://arxiv.org/abs/1704.07813)\n\n"
        "# 2. Datasets\n\n- [KITTI](http://www.cvlibs.net/datasets/kitti/raw_data.php)\n"
        "- [NYU Depth V2](https://cs.nyu.edu/~silberman/datasets/nyu_depth_v2.html)\n")
    assert [e.data.title for e in found.entries] == ["Unsupervised Learning of Depth and Ego-Motion from Video"]
    assert len(found.skipped) == 2
