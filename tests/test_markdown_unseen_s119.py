"""Shapes of real lists met in session 49's last blind round (``s119``) and session 50's first (``s120``), held
with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers


def test_papers_as_summary_labels_under_details_indented_one_space():
    """xiaoqian19940510/Event-Extraction (36 of its 53 blocks): " <details/>" written one space in, which
    Markdown still reads as an HTML block; its label is the paper, a link, "by" and the authors."""
    paper = one(
        "### 2021\n\n"
        " <details/>\n"
        "<summary/>\n"
        '  <a href="https://arxiv.org/abs/2106.12384">Reinforcement Learning-based Dialogue Guided Event '
        "Extraction to Exploit Argument Relations, arXiv 2021 </a> by <i> Qian Li, Hao Peng, Jianxin Li"
        '(<a href="https://github.com/xiaoqian19940510/TASLP-EAREE">Github</a>)</summary><blockquote>'
        '<p align="justify">\n'
        "  \n"
        "主要思想：事件提取是自然语言处理的一项基本任务。\n"
        "</p></blockquote></details>\n")
    assert (paper.title, paper.arxiv_id, paper.venue, names(paper), paper.links.get("code")) == (
        "Reinforcement Learning-based Dialogue Guided Event Extraction to Exploit Argument Relations",
        "2106.12384", "arXiv 2021", ["Qian Li", "Hao Peng", "Jianxin Li"],
        "https://github.com/xiaoqian19940510/TASLP-EAREE")


def test_a_bold_venue_in_brackets_then_a_colon_before_the_title_link():
    """kaliaanup/Named-Entity-Recognition-Literature (every entry): "[**ACL 2022**]:", then the title linked,
    keyed bullets below: the authors, and a note whose one link is labelled as code; an empty bullet ends one."""
    found = papers(
        "6. [**AAAI 2021**]: [Nested Named Entity Recognition with Partially-Observed TreeCRFs]"
        "(https://arxiv.org/abs/2012.08478)\n"
        "\t- Authors: Yao Fu, Chuanqi Tan, Mosha Chen\n"
        "\t- Datasets: ACE2004, ACE2005, GENIA\n"
        "\t- Approach: PO-Tree CRF [Code](https://github.com/FranxYao/Partially-Observed-TreeCRFs)\n"
        "\t\n"
        "11. [**EMNLP 2020**]: [HIT: Nested Named Entity Recognition via Head-Tail Pair and Token Interaction]"
        "(https://aclanthology.org/2020.emnlp-main.486/)\n"
        "\t- Authors: Yu Wang, Yun Li, Hanghang Tong, Ziye Zhu\n"
        "\t- Datasets: GENIA, GermEval, JNLPBA\n"
        "\t-\n")
    assert [(p.venue, p.year, names(p)[:2], p.links.get("code")) for p in found.values()] == [
        ("AAAI 2021", 2021, ["Yao Fu", "Chuanqi Tan"], "https://github.com/FranxYao/Partially-Observed-TreeCRFs"),
        ("EMNLP 2020", 2020, ["Yu Wang", "Yun Li"], None)]


def test_authors_after_by_within_the_title_link_and_the_venue_of_a_papers_at_heading():
    """Rowing0914/COPA_papers: "Papers at the Conference [COPA 2017](..)" over links whose text is the title, "by"
    and two names or more; a lone name stays in the title (a title says "by" of how far more often)."""
    found = papers(
        "## Papers at the Conference([COPA2016](http://clrc.rhul.ac.uk/copa2016/))\n\n"
        "* [Combination of Conformal Predictors for Classification by Paolo Toccaceli, Alexander Gammerman]"
        "(http://proceedings.mlr.press/v60/toccaceli17a/toccaceli17a.pdf)\n"
        "* [Deep Multimodal Fusion by Channel Exchanging](https://arxiv.org/abs/2011.05005)\n"
        "* [Improving Language Understanding by Generative Pre-Training](https://example.org/gpt.pdf)\n")
    assert [(t, names(p), p.venue) for t, p in found.items()] == [
        ("Combination of Conformal Predictors for Classification", ["Paolo Toccaceli", "Alexander Gammerman"],
         "COPA 2016"),
        ("Deep Multimodal Fusion by Channel Exchanging", [], "COPA 2016"),
        ("Improving Language Understanding by Generative Pre-Training", [], "COPA 2016")]


def test_by_and_a_first_author_et_al_before_a_bare_address():
    """franzesegiovanni/Gaussian-Processes: a bold title, "by", who (or the first of them, et al.), then the
    paper's address written out; a group ("by Tsinghua University et al.") is no author."""
    found = papers(
        "1. **PILCO: A Model-Based and Data-Efficient Approach to Policy Search** by Marc Peter Deisenroth et al. "
        "https://mlg.eng.cam.ac.uk/pub/pdf/DeiRas11.pdf\n"
        "4. **Deep Gaussian Process**. by Andreas C. Damianou, Neil D. Lawrence.  https://arxiv.org/abs/1211.0358\n"
        "- [UPop: Unified and Progressive Pruning for Compressing Vision-Language Transformers]"
        "(https://arxiv.org/abs/2301.13741) by Tsinghua University et al. (ICML 2023)\n")
    assert [(names(p), p.summary) for p in found.values()] == [
        (["Marc Peter Deisenroth"], None), (["Andreas C. Damianou", "Neil D. Lawrence"], None), ([], None)]


def test_books_and_courses_headings_hold_no_papers():
    """franzesegiovanni/Gaussian-Processes: "Books and Book Chapters", "Courses and Notes"."""
    found = papers(
        "## Books and Book Chapters\n"
        "1.  **Gaussian Processes for Machine Learning** by Carl Edward Rasmussen and Christopher K. I. Williams "
        "published by The MIT Press. https://gaussianprocess.org/gpml/\n"
        "## Courses and Notes\n"
        "1.  **CS281: Advanced Machine Learning (Lecture 19)** Links https://www.seas.harvard.edu/courses/cs281/.\n")
    assert found == {}


def test_a_bulleted_bold_year_over_a_table_is_its_group():
    """it-hao/Super-Resolution (every table of its deep-learning part): "- **2018**" over the year's table."""
    found = papers(
        "### DL Based Approach\n\n"
        "- **2018**\n\n"
        "| Model      | Published                                  | Code                                     |\n"
        "| ---------- | ------------------------------------------ | ---------------------------------------- |\n"
        "| DSRN      | [CVPR18](https://arxiv.org/abs/1711.04048) | [TensorFlow](https://github.com/WeiHan3/dsrn) |\n")
    assert [p.tags for p in found.values()] == [["DL Based Approach/2018"]]


def test_a_table_whose_header_is_its_first_paper():
    """it-hao/Super-Resolution's methods before deep learning: no header, its first row over the dashes; each row
    a method's name, where and when, and who."""
    found = papers(
        "| SCSR: TIP2010, Jianchao Yang et al.      | [paper](https://ieeexplore.ieee.org/document/5466111/) "
        "| [code](http://www.ifp.illinois.edu/~jyang29/) |\n"
        "| ---------------------------------------- | ------------------- | ------------------- |\n"
        "| ANR: ICCV2013, Radu Timofte et al.       | [paper](http://www.vision.ee.ethz.ch/~timofter/publications/"
        "Timofte-ICCV-2013.pdf) | [code](http://www.vision.ee.ethz.ch/~timofter/) |\n")
    assert [(t, p.venue, names(p)) for t, p in found.items()] == [
        ("SCSR", "TIP 2010", ["Jianchao Yang"]), ("ANR", "ICCV 2013", ["Radu Timofte"])]


def test_a_venue_in_words_as_a_paper_links_label():
    """rebeccaeexu/Awesome-High-Dynamic-Range-Imaging ("[Sensors-2020](..)" beside "[CVPR-2023](..)") and
    HazeDT/Awesome-Explainable-IFD-Library ("[[Control Engineering Practice 2024](..)]" beside "[[TIM 2025](..)]");
    not "[Project Page 2022]"."""
    found = papers(
        "| Title | Paper |\n|:--|:--|\n"
        "| Pyramid inter-attention for high dynamic range imaging | [Sensors-2020](https://www.mdpi.com/1424-8220/20/18/"
        "5102) |\n\n"
        "- Decentralized federated domain generalization with cluster alignment for fault diagnosis [[Control "
        "Engineering Practice 2024](https://www.sciencedirect.com/science/article/pii/S0967066124001114)]\n"
        "- Neural Radiance Fields for Unconstrained Photo Collections [[Project Page 2022](https://nerf-w.github.io/)]\n")
    assert [p.venue for p in found.values()] == ["Sensors 2020", "Control Engineering Practice 2024", None]


def test_a_one_word_place_after_et_al_is_not_a_name():
    """fardinayar/Awesome-Concept-Learning-for-Vision ("Most-Read", 7 entries): the first author, et al., the lab."""
    paper = one(
        "5. **[Scaling Monosemanticity: Extracting Interpretable Features from Claude 3 Sonnet](https://transformer-"
        "circuits.pub/2024/scaling-monosemanticity/)** — Templeton et al., Anthropic, 2024. `SAE` `LLM`\n")
    assert (names(paper), paper.year) == (["Templeton"], 2024)


def test_a_repository_linked_title_over_its_authors_is_a_paper():
    """HITsz-TMG/TIC-Paperlist: the title, a name and what it does, links the code; its authors below."""
    paper = one(
        "- **[DeepSeek-OCR: Contexts Optical Compression](https://github.com/deepseek-ai/DeepSeek-OCR)** <br>\n"
        "  *Haoran Wei, Yaofeng Sun, Yukun Li* <br>\n")
    assert (paper.title, names(paper), paper.links.get("code")) == (
        "DeepSeek-OCR: Contexts Optical Compression", ["Haoran Wei", "Yaofeng Sun", "Yukun Li"],
        "https://github.com/deepseek-ai/DeepSeek-OCR")


def test_a_quoted_byline_and_links_under_a_bulleted_title():
    """BUAA-CI-LAB/Literatures-on-GNN-Acceleration (145 of its 146 entries): "[**FCCM 2022**] Title." over
    "  >*Names, et al.* [[Paper]](..) [[GitHub]](..)"."""
    paper = one(
        "* [**FCCM 2022**] GenGNN: A Generic FPGA Framework for Graph Neural Network Acceleration. \n"
        "  >*Abi-Karam S, He Y, Sarkar R, et al.* [[Paper]]( https://arxiv.org/pdf/2201.08475) "
        "[[GitHub]](https://github.com/sharc-lab/gengnn)\n")
    assert (paper.venue, paper.arxiv_id, len(paper.authors), paper.links.get("code"), paper.summary) == (
        "FCCM 2022", "2201.08475", 3, "https://github.com/sharc-lab/gengnn", None)


def test_a_date_bullet_with_the_venue_after_a_slash_below_the_description():
    """wx0303/Agent-Safety-Paper (every paper): keyed emoji bullets, the TL;DR before the date and the venue."""
    paper = one(
        "- [AgentDojo: A Dynamic Environment to Evaluate Prompt Injection Attacks and Defenses for LLM Agents]"
        "(https://arxiv.org/abs/2406.13352)\n"
        "  - 🔑 Key: benchmark\n"
        "  - 📖 TLDR: AgentDojo is a dynamic benchmark environment for evaluating prompt injection attacks.\n"
        "  - 📅 Date: Jun 18, 2024 / NeurIPS D&B 2024\n")
    assert (paper.venue, paper.year, paper.summary) == (
        "NeurIPS 2024 D&B", 2024, "AgentDojo is a dynamic benchmark environment for evaluating prompt injection "
        "attacks.")


def test_a_compact_day_a_venue_and_a_chinese_note_before_the_title_link():
    """jindongwang/transferlearning's paper list (128 of its 181 entries): the day it was added, where, and a note
    in Chinese ending in a colon (the description), then the title linked; "English:" under it, the description."""
    found = papers(
        "- 20180622 arXiv 探索了多任务迁移学习中的不确定性：[Uncertainty in Multitask Transfer Learning]"
        "(https://arxiv.org/abs/1806.07528)\n"
        "- 20181012 NIPS-18 [Multi-Task Learning as Multi-Objective Optimization](https://arxiv.org/abs/1810.04650)\n"
        "- 20181106 arXiv [Zero-Shot Transfer VQA Dataset](https://arxiv.org/abs/1811.00692)\n"
        "\t- English: A dataset for zero-shot VQA transfer\n"
        "\t- 中文：一个针对zero-shot VQA的迁移学习数据集\n")
    assert [(t, p.venue, p.year, p.summary) for t, p in found.items()] == [
        ("Uncertainty in Multitask Transfer Learning", "arXiv 2018", 2018, "探索了多任务迁移学习中的不确定性"),
        ("Multi-Task Learning as Multi-Objective Optimization", "NIPS 2018", 2018, None),
        ("Zero-Shot Transfer VQA Dataset", "arXiv 2018", 2018, "A dataset for zero-shot VQA transfer")]


def test_paper_headings_over_ticked_keyed_bullets():
    """codecat0/CV (every paper): the method's name as a heading, then tasks ticked off: "论文地址" (the paper's
    address), "论文详解" (a post explaining it), "模型代码" (the model's code), one not done yet."""
    found = papers(
        "## Image Classification\n"
        "### 4. ResNet\n"
        " - [x] 论文地址: [https://arxiv.org/pdf/1512.03385.pdf](https://arxiv.org/pdf/1512.03385.pdf)\n"
        " - [x] 论文详解: [https://blog.csdn.net/qq_42735631/article/details/116803066](https://blog.csdn.net/"
        "qq_42735631/article/details/116803066)\n"
        " - [x] 模型代码: [https://github.com/codecat0/CV/blob/main/resnet.py](https://github.com/codecat0/CV/blob/"
        "main/resnet.py)\n"
        "### 6. MobileNet系列\n"
        "#### 6.1 MobileNet V1\n"
        " - [x] 论文地址: [https://arxiv.org/abs/1704.04861](https://arxiv.org/abs/1704.04861)\n"
        " - [ ] 模型代码\n"
        "### 8. GhostNet\n"
        " - [x] 论文地址: [https://arxiv.org/abs/1911.11907](https://arxiv.org/abs/1911.11907)\n")
    assert [(t, p.arxiv_id, p.links.get("code"), p.tags) for t, p in found.items()] == [
        ("ResNet", "1512.03385", "https://github.com/codecat0/CV/blob/main/resnet.py", ["Image Classification"]),
        ("MobileNet V1", "1704.04861", None, ["Image Classification/6. MobileNet系列"]),
        ("GhostNet", "1911.11907", None, ["Image Classification"])]  # (a paper at the level of a section that
    # writes what it holds a level below is that section's sibling)


def test_a_bold_title_dated_over_a_quote_opened_by_a_screenshot():
    """qwrdxer/llm-safety-papers (14 of its 40 papers): "**📑(25.09)Title**", the year and month it was posted;
    then a quote whose first paragraph is a screenshot, the paper's address below it."""
    paper = one(
        "### 2025\n\n"
        "**📑(25.09)Between a Rock and a Hard Place: Exploiting Ethical Reasoning to Jailbreak LLMs**\n\n"
        "> ![image-20250912004527072](README/image-20250912004527072.png)\n"
        ">\n"
        "> https://arxiv.org/pdf/2509.05367\n"
        ">\n"
        "> 首先将有害问题拆分成场景、动作、目标\n")
    assert (paper.title, paper.arxiv_id, paper.year) == (
        "Between a Rock and a Hard Place: Exploiting Ethical Reasoning to Jailbreak LLMs", "2509.05367", 2025)
