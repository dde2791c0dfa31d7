"""Shapes of real lists met in session 42's seventy-seventh blind labelling round (``bench/unseen-lists/s80a``-
``s80h``) and the round before (``s79h``): papers written as headings, held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers


def test_a_heading_of_a_title_with_its_arxiv_link_and_date_in_brackets():
    """shogi880/awesome-controllable-stable-diffusion (every paper so, "arixv" mistyped in some): the heading is the
    paper; a section's heading naming the survey it follows by a "[Link](arXiv)" is not (LavinWong/Fairness-in-Large-
    Language-Models)."""
    found = papers(
        "## Papers\n\n"
        "### Cones: Concept Neurons in Diffusion Models for Customized Generation ([arxiv](https://arxiv.org/abs/"
        "2303.05125), 9 Mar 2023)\n\n1. Problem: Can modern deep neural networks exhibit behavior patterns?\n\n"
        "### Zeroth-Order Optimization Meets Human Feedback: Provable Learning via Ranking Oracles ([arixv](https://"
        "arxiv.org/abs/2303.03751), 7 Mar 2023)\n\n"
        "## Fairness Definitions in LMs ([Link](https://arxiv.org/pdf/2407.18454) to the paper)\n"
        "* Semantics derived automatically from language corpora contain human-like biases [[arXiv]](https://arxiv.org/"
        "abs/1608.07187)\n")
    assert [(p.arxiv_id, p.year, p.tags[0].split(" (")[0]) for p in found.values()] == [
        ("2303.05125", 2023, "Papers"), ("2303.03751", 2023, "Papers"),
        ("1608.07187", None, "Fairness Definitions in LMs")]


def test_a_heading_over_field_bullets_in_chinese_one_with_items_of_its_own():
    """Cantoria/dynamic-graph-papers: "#### Title" over "* 作者：", "* 发表时间：", "* 发表于：", "* 链接：URL" and
    "* 相关数据集：" with the datasets as bullets under it."""
    paper = papers(
        "## Static Graph Representation\n\n"
        "#### Semi-Supervised Classification with Graph Convolutional Networks\n"
        "* 作者：Thomas N. Kipf, et al. (University of Amsterdam)\n* 发表时间：2016\n* 发表于：ICLR 2017\n"
        "* 标签：图神经网络\n* 链接：https://arxiv.org/pdf/1609.02907.pdf\n* 相关数据集：\n    * Citeseer\n    * Cora\n"
    )["Semi-Supervised Classification with Graph Convolutional Networks"]
    assert (paper.arxiv_id, paper.venue, names(paper), paper.tags) == (
        "1609.02907", "ICLR 2017", ["Thomas N. Kipf"], ["Static Graph Representation"])


def test_a_numbered_heading_over_bold_field_bullets_then_a_rule():
    """IncineratorR/redteam-knowledge-base: "### 9. Title" over "- **Published:** 2023", "- **Paper:** URL" (two
    addresses in one, too), then "---" before the next paper."""
    found = papers(
        "## Automated Red Teaming Methods\n\n"
        "### 4. HackAPrompt: Exposing Systemic Vulnerabilities of LLMs Through a Global Scale Prompt Hacking "
        "Competition\n- **Authors:** Schulhoff et al.\n- **Published:** EMNLP 2023 (Best Theme Paper)\n"
        "- **Paper:** https://paper.hackaprompt.com / https://arxiv.org/abs/2311.16119\n\n"
        "### 9. Explore, Establish, Exploit: Red Teaming Language Models from Scratch\n- **Published:** 2023\n"
        "- **Paper:** https://arxiv.org/abs/2306.09442\n- **Dataset:** CommonClaim (20,000 human-labeled statements)\n"
        "\n---\n")
    assert [(t, p.arxiv_id) for t, p in found.items()] == [
        ("HackAPrompt: Exposing Systemic Vulnerabilities of LLMs Through a Global Scale Prompt Hacking Competition",
         "2311.16119"),
        ("Explore, Establish, Exploit: Red Teaming Language Models from Scratch", "2306.09442")]


def test_a_heading_over_a_bold_key_with_an_emoji_and_the_paper_s_address():
    """huggingface/trl's paper index: "### Title" over "**📜 Paper**: https://huggingface.co/papers/ID"."""
    found = papers(
        "## Group Relative Policy Optimization\n\n### Group Sequence Policy Optimization\n\n"
        "**📜 Paper**: https://huggingface.co/papers/2507.18071\n\n"
        "GSPO is a GRPO variant that computes importance sampling weights at the sequence level.\n")
    assert [(t, p.arxiv_id) for t, p in found.items()] == [("Group Sequence Policy Optimization", "2507.18071")]


def test_a_date_before_the_title_link_is_when_it_came_out():
    """PromptExpert/blogs' MLLM papers (57 of 64 lines): "- 2024.11 [Title](arXiv) 苹果提出..."; lwpyh/Awesome-MLLM-
    Reasoning-Collection: "* 25.03 [Title](arXiv)"; not "3.1", a section's number."""
    found = papers(
        "- 2024.11 [Multimodal Autoregressive Pre-training of Large Vision Encoders](https://arxiv.org/pdf/2411.14402) "
        "苹果提出全新的视觉编码器训练方式\n"
        "* 25.03 [VisRL: Intention-Driven Visual Perception via Reinforced Reasoning](https://arxiv.org/abs/2503.07523)"
        "\n* 3.1 [Some Title Here](https://arxiv.org/abs/2503.07524)\n")
    assert [(t, p.year) for t, p in found.items()] == [
        ("Multimodal Autoregressive Pre-training of Large Vision Encoders", 2024),
        ("VisRL: Intention-Driven Visual Perception via Reinforced Reasoning", 2025), ("Some Title Here", None)]


def test_a_bold_run_over_the_title_its_links_and_its_venue():
    """OpenMined/PyVertical's reading list: "* **Title [[paper](arXiv)] [VLDB 2020]**": the title is the bold run's
    words before the links; the venue after them is read as after a title."""
    paper = papers(
        "* **Privacy Preserving Vertical Federated Learning for Tree-based Models [[paper](https://arxiv.org/abs/"
        "2008.06170)] [VLDB 2020]**\n")["Privacy Preserving Vertical Federated Learning for Tree-based Models"]
    assert (paper.arxiv_id, paper.venue, paper.year) == ("2008.06170", "VLDB 2020", 2020)


def test_a_heading_of_a_method_s_name_over_the_same_fields_as_its_siblings():
    """Cantoria/dynamic-graph-papers: "#### dyngraph2vec" among headings of titles, over "* 作者：" and "* 链接：": a
    paper known by its name, not a section over the papers after it."""
    found = papers(
        "## New Works of Dynamic Graph Representation (Updating)\n\n"
        "#### dyngraph2vec\n* 作者：Palash Goyal, et al.\n* 发表于：Knowledge-Based Systems\n"
        "* 链接：https://www.sciencedirect.com/science/article/pii/S0950705119302916\n\n"
        "#### EvolveGCN: Evolving Graph Convolutional Networks for Dynamic Graphs\n* 作者：Aldo Pareja, et al.\n"
        "* 发表于：AAAI 2020\n* 链接：https://arxiv.org/abs/1902.10191\n")
    assert [(t, p.tags) for t, p in found.items()] == [
        ("dyngraph2vec", ["New Works of Dynamic Graph Representation (Updating)"]),
        ("EvolveGCN: Evolving Graph Convolutional Networks for Dynamic Graphs",
         ["New Works of Dynamic Graph Representation (Updating)"])]



def test_a_name_a_dash_and_the_venue_in_brackets_then_keyed_lines_quoted_below():
    """zhangyifei01/Unsupervised-Visual-Representation-Learning (every paper): "Title (**SimMIM** - <font>**CVPR**22
    </font>)" over a quote of "**Author(s)**:", "**Organization(s)**:" lines: the name a note, the venue read, the
    authors taken from their line, the other fields notes (not a summary)."""
    paper = papers(
        '- SimMIM: A Simple Framework for Masked Image Modeling (**SimMIM** - <font color="#dd0000">**CVPR**22</font>)'
        " [[paper]](https://openaccess.thecvf.com/content/CVPR2022/papers/Xie_SimMIM.pdf)\n"
        "    > <font color=Gray>**Author(s)**:</font> Zhenda Xie, Zheng Zhang, Yue Cao \\\n"
        "    > <font color=Gray>**Organization(s)**:</font>  Microsoft Research Asia\\\n"
        "    > <font color=Gray>**Tags**:</font> Transformer\n"
    )["SimMIM: A Simple Framework for Masked Image Modeling"]
    assert (paper.venue, paper.year, names(paper), paper.summary) == (
        "CVPR 2022", 2022, ["Zhenda Xie", "Zheng Zhang", "Yue Cao"], None)
    assert paper.notes[:2] == ["SimMIM", "Organization(s): Microsoft Research Asia"]


def test_a_title_in_book_title_marks_then_where_it_appeared():
    """A Chinese reading list on speech synthesis (s80h, every paper): "- 《Title》ICML2018" over "  - 论文：URL", or
    with its link on the line."""
    found = papers(
        "- 《Efficient Neural Audio Synthesis》ICML2018\n  - 论文：https://arxiv.org/abs/1802.08435\n"
        "- 《One-shot Voice Conversion by Separating Speaker and Content Representations with Instance Normalization》"
        "InterSpeech 2019 [paper](https://arxiv.org/abs/1904.05742)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Efficient Neural Audio Synthesis", "ICML 2018", 2018),
        ("One-shot Voice Conversion by Separating Speaker and Content Representations with Instance Normalization",
         "InterSpeech 2019", 2019)]


def test_a_year_in_brackets_heads_its_papers_as_a_year():
    """keithAND2020/awesome-Occupancy-research: "##### 【2023】", then "**【2022】**" over the next papers: years."""
    found = papers(
        "## develop\n\n##### 【2023】\n\n"
        "- [Grid-Centric Traffic Scenario Perception for Autonomous Driving](https://arxiv.org/abs/2303.01212)\n\n"
        "**【2022】**\n\n- [Occupancy Networks Revisited For Driving](https://arxiv.org/abs/2209.10001)\n")
    assert [(p.year, p.tags) for p in found.values()] == [(2023, ["develop/【2023】"]), (2022, ["develop/【2022】"])]
