"""Shapes of real lists met in session 49's third blind round (``s118``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers


def test_numbered_paper_headings_over_a_dotted_byline_and_a_link():
    """HaoquanZhang/Cvpr-2024-Scraper (all 49 papers): a numbered heading, the authors set apart by middle dots as
    the conference's site writes them, then a link to the paper's page."""
    found = papers(
        "# CVPR-Awaded-Papers-\"language\"\n\n"
        "### 1. Adapting Visual-Language Models for Generalizable Anomaly Detection in Medical Images\n"
        "Chaoqin Huang · Aofan Jiang · Jinghao Feng · Ya Zhang · Xinchao Wang · Yanfeng Wang\n\n"
        "[[CVPR Official Link]](https://cvpr.thecvf.com/virtual/2024/poster/29250)\n"
        "### 3. VTimeLLM: Empower LLM to Grasp Video Moments\n"
        "Bin Huang · Xin Wang · Hong Chen · Zihan Song · Wenwu Zhu\n\n"
        "[[CVPR Official Link]](https://cvpr.thecvf.com/virtual/2024/poster/31139)\n")
    assert [(t, names(p)[:2], p.url) for t, p in found.items()] == [
        ("Adapting Visual-Language Models for Generalizable Anomaly Detection in Medical Images",
         ["Chaoqin Huang", "Aofan Jiang"], "https://cvpr.thecvf.com/virtual/2024/poster/29250"),
        ("VTimeLLM: Empower LLM to Grasp Video Moments", ["Bin Huang", "Xin Wang"],
         "https://cvpr.thecvf.com/virtual/2024/poster/31139")]


def test_paper_headings_over_keyed_authors_with_their_affiliations():
    """shenzekai/STLab-Summary (every paper, none linked): the heading is the title, "**作者：**" (authors) gives
    the names, each with where its author works in brackets, commas within them too."""
    found = papers(
        "## Spatiotemporal Data\n\n"
        "### 1. Maintaining the Status Quo: Capturing Invariant Relations for OOD Spatiotemporal Learning\n\n"
        "**作者：**Zhengyang Zhou (University of Science and Technology of China), Qihe Huang (University of Science "
        "and Technology of China), Kuo Yang (University of Science and Technology of China)\n\n"
        "**关键词：**分布外泛化\n\n"
        "### 2. Generalizable Low-Resource Activity Recognition with Diverse and Discriminative Representation "
        "Learning\n\n"
        "**作者：**Xin Qin (Beijing Key Lab. of Mobile Com., CAS), Jindong Wang (Microsoft Research Asia)\n\n"
        "**关键词：**普适计算，迁移学习\n")
    assert [(t[:30], names(p)) for t, p in found.items()] == [
        ("Maintaining the Status Quo: Ca", ["Zhengyang Zhou", "Qihe Huang", "Kuo Yang"]),
        ("Generalizable Low-Resource Act", ["Xin Qin", "Jindong Wang"])]


def test_a_venue_or_a_year_after_a_comma_ending_a_bold_title():
    """pangsinidjfi/KG_papers: a full-width comma before the venue (7 entries), a comma before a year alone."""
    found = papers(
        "1. **Chinese NER Using Lattice LSTM，ACL2018** [paper](https://arxiv.org/pdf/1805.02023.pdf)\n"
        "2. **Bidirectional LSTM-CRF Models for Sequence Tagging, 2015** [paper](https://arxiv.org/abs/1508.01991)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Chinese NER Using Lattice LSTM", "ACL 2018", 2018),
        ("Bidirectional LSTM-CRF Models for Sequence Tagging", None, 2015)]


def test_who_and_when_in_brackets_ending_a_title_link():
    """ashikshafi08/paper_implementation (66 of its 74 papers): a checkbox, a bold short name, then the title
    linked with its first author (or both) and year in brackets."""
    found = papers(
        "- [ ] **GAT** — [Graph Attention Networks (Veličković et al., 2018)](https://arxiv.org/abs/1710.10903)\n"
        "- [ ] **Adam** — [Adam: A Method for Stochastic Optimization (Kingma & Ba, 2015)](https://arxiv.org/abs/"
        "1412.6980)\n")
    assert [(t, names(p), p.year, p.venue) for t, p in found.items()] == [
        ("Graph Attention Networks", ["Veličković"], 2018, None),
        ("Adam: A Method for Stochastic Optimization", ["Kingma", "Ba"], 2015, None)]


def test_chicagos_where_and_day_in_brackets_after_a_quoted_title():
    """Sinp17/Awesome-Model-Compression-in-Recommender-Systems (17 of its 35 citations, Zotero's Chicago
    style): "(arXiv, November 12, 2019)", where and the day."""
    found = papers(
        "4.  Jae-woong Lee et al., “Collaborative Distillation for Top-N Recommendation” (arXiv, November 12, 2019), "
        "[http://arxiv.org/abs/1911.05276](http://arxiv.org/abs/1911.05276).\n")
    paper = found["Collaborative Distillation for Top-N Recommendation"]
    assert (paper.arxiv_id, paper.venue, paper.year, names(paper)) == ("1911.05276", "arXiv 2019", 2019,
                                                                       ["Jae-woong Lee"])


def test_a_title_linking_the_owners_notes_named_for_it():
    """Caselles/paper_notes (47 papers): each title links the owner's Markdown notes in the repository, a file
    named for the paper (a misspelling or two aside); notes on the paper, not its code."""
    found = papers(
        "## Papers I've read\n"
        "- [Progressive Neural Networks](https://github.com/Caselles/paper_notes/blob/master/read_papers/"
        "progressive_neural_networks.md) (4)\n"
        "- [Continuous Deep Q-Learning with Model-based Acceleration](https://github.com/Caselles/paper_notes/blob/"
        "master/read_papers/continous_deep_q_learning_with_model_based_acceleration.md) (3)\n")
    assert [(t, p.links) for t, p in found.items()] == [
        ("Progressive Neural Networks", {"notes": "https://github.com/Caselles/paper_notes/blob/master/read_papers/"
                                                  "progressive_neural_networks.md"}),
        ("Continuous Deep Q-Learning with Model-based Acceleration",
         {"notes": "https://github.com/Caselles/paper_notes/blob/master/read_papers/continous_deep_q_learning_with_"
                   "model_based_acceleration.md"})]


def test_a_date_and_a_venue_set_apart_by_a_bar_before_a_title_link():
    """zd200572/awesome-bioagent-papers writes ``[2023.12 Nature]`` before its title links; WangHuiNEU/Awesome-
    Biology-Agents sets the two apart by a bar."""
    found = papers(
        "- [2023.12 | Nature] [Autonomous chemical research with large language models](https://www.nature.com/"
        "articles/s41586-023-06792-0)\n")
    assert [(p.venue, p.year) for p in found.values()] == [("Nature 2023", 2023)]
