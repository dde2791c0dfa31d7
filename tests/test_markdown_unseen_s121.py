"""Shapes of real lists met in session 50's second blind round (``s121``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers


def test_an_html_heading_then_its_list_in_one_block():
    """Lackel/Awesome-Tools-for-MLLMs (every section): "<h4>" then "<ul>" with no blank line between."""
    found = papers(
        '<h3 align="center" id="data"> 🥑Data </h3>\n\n'
        '<h4 id="collection"> 1. Data Collection </h4>\n'
        "<ul>\n"
        '<li><a href="https://arxiv.org/abs/2402.14683"><b>Visual hallucinations of multi-modal large language '
        "models</b></a></li>\n"
        "</ul>\n")
    assert [(p.arxiv_id, p.tags) for p in found.values()] == [("2402.14683", ["Data/1. Data Collection"])]


def test_a_plain_title_over_a_paragraph_of_its_links():
    """autodriving-heart/Awesome-BEV-Perception (73 papers): a title alone, then "[project](github)" below it;
    prose over such a link is no paper."""
    found = papers(
        "### 1.**基于相机的BEV感知方法列表** | List of camera-based BEV sensing methods\n\n"
        "PETR: Position Embedding Transformation for Multi-View 3D Object Detection\n\n"
        "[project](https://github.com/megvii-research/PETR)\n\n"
        "Some prose sentence that says nothing at all here.\n\n"
        "[project](https://github.com/x/y)\n")
    assert [(t, p.links.get("code")) for t, p in found.items()] == [
        ("PETR: Position Embedding Transformation for Multi-View 3D Object Detection",
         "https://github.com/megvii-research/PETR")]


def test_a_company_then_a_venue_then_its_year_after_the_title_link():
    """AlenUbuntu/Awesome-Recommendation-and-Ranking-Systems (112 lines): where the authors work, a venue's name,
    its year; no authors."""
    found = papers(
        "- [Learning to Hash with Graph Neural Networks for Recommender Systems](https://arxiv.org/pdf/2003.01917.pdf)"
        ", Alibaba, WWW, 2020.\n"
        "- [Real-time Personalization using Embeddings for Search Ranking at Airbnb](https://dl.acm.org/doi/10.1145/"
        "3219819.3219885), Airbnb, KDD, 2018.\n")
    assert [(p.venue, p.year, names(p)) for p in found.values()] == [("WWW 2020", 2020, []), ("KDD 2018", 2018, [])]


def test_a_year_and_a_journal_in_bold_before_the_title():
    """lulab/gitbook-docs (42 entries): "**2021 Nature Nanotechnology**" where a title would stand, linked or not,
    then the title after a dash or a comma."""
    found = papers(
        "* [**2021 **_**Nature Nanotechnology**_](https://www.nature.com/articles/s41565-021-00898-0) -  The current "
        "landscape of nucleic acid therapeutics\n"
        "* _**2018 BMC Genomics**_, SiRNA silencing efficacy prediction based on a deep architecture&#x20;\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("The current landscape of nucleic acid therapeutics", "Nature Nanotechnology 2021", 2021),
        ("SiRNA silencing efficacy prediction based on a deep architecture", "BMC Genomics 2018", 2018)]


def test_a_bold_method_name_and_year_over_numbered_article_links():
    """dzyim/single-cell-models (25 entries): "**limma (2003).**", "**ComBat (2007).**", then "[[Article1]]" links."""
    found = papers(
        "- **limma (2003).** [[Home]](https://bioinf.wehi.edu.au/limma/) [[Article]](https://www.sciencedirect.com/"
        "science/article/abs/pii/S1046202303001555) Linear Models for Microarray and RNA-seq Data\n"
        "- **ComBat (2007).** [[Article1]](https://academic.oup.com/biostatistics/article/8/1/118/252073) "
        "[[Article2]](https://academic.oup.com/nargab/article/2/3/lqaa078/5909519) [[GitHub]](https://github.com/"
        "zhangyuqing/ComBat-seq) removing known batch effects using empirical Bayes frameworks\n")
    assert [(t, p.year, p.venue, p.url) for t, p in found.items()] == [
        ("limma", 2003, None, "https://www.sciencedirect.com/science/article/abs/pii/S1046202303001555"),
        ("ComBat", 2007, None, "https://academic.oup.com/biostatistics/article/8/1/118/252073")]


def test_one_author_named_in_full_after_a_dash():
    """Deep-Scratch/Essential-Deep-learning-papers (13 of its 36 papers): "- Ross Girshick", not a description."""
    found = papers(
        "3. [Fast R-CNN](https://arxiv.org/abs/1504.08083) - Ross Girshick\n"
        "4. [High-Speed Rendering of Virtual Reality Scenes](https://dl.acm.org/doi/10.1145/1) - Michael Deering\n"
        "5. [An Experiment with the Edited Nearest-Neighbor Rule](https://doi.org/10.1109/TSMC.1976.4309523) - "
        "Neighborhood Cleaning Rule\n")
    assert [(names(p), p.summary) for p in found.values()] == [
        (["Ross Girshick"], None), (["Michael Deering"], None), ([], "Neighborhood Cleaning Rule")]


def test_the_names_of_the_pdf_files_a_list_keeps():
    """zhihuizheng/Recommendation-Papers (261 papers, a paragraph each): the file's name is the title, after the
    method's short name (the title's initials, not a venue) and before who and when in brackets."""
    found = papers(
        "## CTR Prediction\n\n"
        "[ESMM] Entire Space Multi-Task Model - An Effective Approach for Estimating Post-Click Conversion Rate "
        "(Alibaba 2018).pdf\n\n"
        "[FFM] Field-aware Factorization Machines for CTR Prediction (Criteo 2016).pdf\n\n"
        "Improve User Retention with Causal Learning.pdf\n\n"
        "See the folder for the slides.pdf\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Entire Space Multi-Task Model - An Effective Approach for Estimating Post-Click Conversion Rate", None, 2018),
        ("Field-aware Factorization Machines for CTR Prediction", None, 2016),
        ("Improve User Retention with Causal Learning", None, None)]


def test_a_year_and_what_the_link_is_in_brackets_before_the_title_link():
    """Ktakuya332C/ktakuya332c.github.io (37 bullets): "(2025, Paper)", "(2024, Video)": the year, and the kind."""
    found = papers(
        "- (2025, Paper) [Future-Aware End-to-End Driving: Trajectory Planning](https://arxiv.org/abs/2510.11092)\n"
        "- (2024, Video) [Some talk about driving](https://www.youtube.com/watch?v=abc)\n")
    assert [(t, p.year) for t, p in found.items()] == [("Future-Aware End-to-End Driving: Trajectory Planning", 2025)]


def test_title_links_to_the_owners_notes_a_paragraph_each():
    """Jo-wang/Daily-Paper-Reading (121 papers, no list): each title links the owner's notes on it, a Markdown
    file named for it (its name written with %20 for spaces)."""
    found = papers(
        "## Test-time Adaptation\n\n"
        "[Feature Alignment and Uniformity for Test Time Adaptation](https://github.com/Jo-wang/Daily-Paper-Reading/"
        "blob/main/test-time/Feature%20Alignment%20and%20Uniformity%20for%20Test%20Time%20Adaptation.md)\n\n"
        "[On Pitfalls of Test-Time Adaptation](https://github.com/Jo-wang/Daily-Paper-Reading/blob/main/test-time/"
        "On%20Pitfalls%20of%20Test-time%20Adaptation.md)\n")
    assert [(t, p.links.get("code"), sorted(p.links)) for t, p in found.items()] == [
        ("Feature Alignment and Uniformity for Test Time Adaptation", None, ["notes"]),
        ("On Pitfalls of Test-Time Adaptation", None, ["notes"])]


def test_a_paper_under_a_contents_heading_when_a_link_says_it_is_the_paper():
    """Hhhhhhao/Paper-Notes: "## Content" over numbered titles, each with its notes and "[[paper](..)]", one a
    project page; a contents line links an anchor."""
    found = papers(
        "## Content\n\n"
        "1. Conditional Generative Adversarial Nets [[note](./cGANs/cGANs.md)][[paper](https://arxiv.org/abs/"
        "1411.1784)]\n"
        "2. Deep Image Prior [[note](./Deep-Image-Prior/Deep-Image-Prior.md)][[paper](https://dmitryulyanov.github.io/"
        "deep_image_prior)]\n"
        "3. [Introduction](#introduction)\n")
    assert list(found) == ["Conditional Generative Adversarial Nets", "Deep Image Prior"]


def test_a_bold_name_over_its_title_in_brackets_in_a_table_cell():
    """Hub-Tian/Awesome-3D-Detectors (every row): "**MV3D** (Multi-View 3D Object Detection Network ...)"; a note in
    Chinese in full-width brackets after a bold name is no title (xyyy820/3d-medical-report-generation-papers)."""
    found = papers(
        "| Title | Pub. | Input |\n| --- | --- | --- |\n"
        "| **MV3D** (Multi-View 3D Object Detection Network for Autonomous Driving) | CVPR2017 | I+L |\n"
        "| **MEPNet**（医学实体均衡提示网络，脑 CT 报告生成） | AAAI 2025（CCF-A） | L |\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("Multi-View 3D Object Detection Network for Autonomous Driving", "CVPR 2017"), ("MEPNet", "AAAI 2025")]
