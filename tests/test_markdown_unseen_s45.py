"""Shapes of real lists found by the forty-second blind labelling round (``bench/unseen-lists/s45a``-
``s45h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers
from paperctl.formats.markdown import badges, people
from paperctl.formats.markdown.reader import parse


def test_a_methods_name_in_bold_before_its_papers_title_link():
    # showlab/Awesome-MLLM-Hallucination (65 of its 66 papers); a venue in bold stays the venue
    found = papers(
        "+ **CCEval** [HallE-Switch: Controlling Object Hallucination in Large Vision Language Models]"
        "(https://arxiv.org/abs/2310.01779v2) (Dec. 03, 2023)\n"
        "- **CVPR 2023** [Some Paper Title About Detection Things](https://arxiv.org/abs/2310.00755)\n")
    assert [(t, p.notes, p.venue, p.year) for t, p in found.items()] == [
        ("HallE-Switch: Controlling Object Hallucination in Large Vision Language Models", ["CCEval"], None, 2023),
        ("Some Paper Title About Detection Things", [], "CVPR 2023", 2023)]


def test_a_bold_name_with_its_links_then_the_title_and_venue_on_the_line_below():
    # liveseongho/Awesome-Video-Language-Understanding (every entry, after "<br/>")
    paper = one(
        "  * **VidLanKD** [[Paper](https://arxiv.org/abs/2107.02681)][[Code](https://github.com/zinengtang/VidLanKD)]"
        " @UNC\n"
        "    <br/> VidLanKD: Improving Language Understanding via Video-Distilled Knowledge Transfer  (NeurIPS 2021)\n")
    assert (paper.title, paper.venue, paper.summary, paper.notes) == (
        "VidLanKD: Improving Language Understanding via Video-Distilled Knowledge Transfer", "NeurIPS 2021", None,
        ["VidLanKD", "@UNC"])


def test_a_bold_name_then_its_whole_title_in_brackets():
    # hiddenzpf/awesome-collaborative-3d-detection (~100 lines)
    paper = one("- **CVPR 2017** · **[17] PointNet** (PointNet: Deep Learning on Point Sets for 3D Classification and "
                "Segmentation) [[scholar](https://scholar.google.com/scholar?q=PointNet)] "
                "[[code](https://github.com/charlesq34/pointnet)]\n")
    assert (paper.title, paper.venue, paper.summary, paper.notes) == (
        "PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation", "CVPR 2017", None,
        ["PointNet"])


def test_a_month_in_full_width_brackets_before_the_title():
    # franciscoliu/Awesome-GenAI-Unlearning (95 of its 262 lines)
    paper = one("- 【202407】Safe Unlearning: A Surprisingly Effective and Generalizable Solution to Defend Against "
                "Jailbreak Attacks [[PDF](https://arxiv.org/abs/2407.02855), [code](https://github.com/thu-coai/"
                "SafeUnlearning)]\n")
    assert (paper.year, paper.notes) == (2024, [])


def test_a_badge_whose_label_names_the_venue_and_its_track():
    # momentslab/awesome-efficient-videollm
    assert badges.badge_venue("https://img.shields.io/badge/EMNLP_2023_Demo-2023-1f6feb") == "EMNLP 2023 Demo"


def test_a_mark_after_the_venue_line_of_a_citation():
    # lhyfst/3d-detection-papers (16 lines end with ":star:")
    found = papers(
        "- [PointRCNN 3D Object Proposal Generation and Detection from Point Cloud](https://arxiv.org/pdf/1812.04244"
        ".pdf), \nShaoshuai Shi, Xiaogang Wang, Hongsheng Li, \n2018  :star:\n"
        "- [Voxelnet: End-to-end learning for point cloud based 3d object detection](https://arxiv.org/pdf/1711.06396"
        ".pdf), \nYin Zhou, Oncel Tuzel, \nCVPR, 2018  :star:\n")
    assert [(p.venue, p.year) for p in found.values()] == [(None, 2018), ("CVPR 2018", 2018)]


def test_a_numbered_venue_heading_with_its_rank_over_bullets_of_years():
    # Cryptocxf/Federated-Learning-Papers (124 entries): "### 1.1 S&P (CCF A)", then "* 2022年收录情况：" ("accepted
    # in 2022") over "Title. URL" bullets, some on a mirror of arXiv; "无" (none) under a year is no paper
    parsed = parse(
        "## 一、CCF B及以上安全会议收录情况（2020~2023）\n### 1.1 S&P (CCF A)\n"
        "* 2021年收录情况：\n无\n\n"
        "* 2022年收录情况：\n"
        "  * Back to the Drawing Board: A Critical Evaluation of Poisoning Attacks on Federated Learning. "
        "https://arxiv.53yu.com/pdf/2108.10241.pdf\n")
    assert [(e.data.venue, e.data.year, e.data.arxiv_id) for e in parsed.entries] == [("S&P 2022", 2022, "2108.10241")]


def test_a_title_or_two_alone_in_a_list_whose_papers_are_linked():
    # kuan2jiu99/Awesome-Speech-Generation: two bullets under "## Evaluation", their links not given yet
    linked = "".join(f"* (2023) Paper Number {n} About Speech Generation\n"
                     f"    [[paper](https://arxiv.org/abs/2305.{n:05d})]\n" for n in range(12))
    found = papers(f"## Models\n\n{linked}\n## Evaluation\n\n"
                   "* (2023) EXPRESSO: A Benchmark and Analysis of Discrete Expressive Speech Resynthesis\n"
                   "* (2022) SpeechLMScore: Evaluating speech generation using speech language model\n")
    assert [(p.year, p.tags) for t, p in found.items() if "Number" not in t] == [
        (2023, ["Evaluation"]), (2022, ["Evaluation"])]


def test_a_methods_name_twice_before_the_title():
    # TouchSky-Lab/Awesome-Text-to-Speech-TTS (8 bullets): the list's name for it, then the title's own
    paper = one("- Parallel-WaveNet: Parallel WaveNet: Fast High-Fidelity Speech Synthesis (2017) "
                "[[paper](https://arxiv.org/abs/1711.10433)]\n")
    assert (paper.title, paper.notes, paper.year) == (
        "Parallel WaveNet: Fast High-Fidelity Speech Synthesis", ["Parallel-WaveNet"], 2017)


def test_family_names_with_an_apostrophe_or_hyphened_initials_turn_round_like_the_others():
    # JacklinGroup/molecule-generation-review (50 author lines): one order for every name of the list
    assert people.parse("O'Hagan S, Swainston N, Seidel H-P, Clevert D-A") == [
        "S O'Hagan", "N Swainston", "H-P Seidel", "D-A Clevert"]


def test_a_generated_lists_citation_count_is_a_note():
    # metame-ai/awesome-llm-plaza: "cication: [**-1**](None)" after the arXiv links
    paper = one("- **The GPT Dilemma: Foundation Models and the Shadow of Dual-Use**, `arXiv, 2407.20442`, "
                "[arxiv](http://arxiv.org/abs/2407.20442v1), [pdf](http://arxiv.org/pdf/2407.20442v1.pdf), "
                "cication: [**-1**](None)\n")
    assert (paper.summary, paper.notes[-1]) == (None, "cication: -1")
    assert names(paper) == []
