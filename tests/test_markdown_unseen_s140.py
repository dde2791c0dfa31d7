"""Shapes of real lists met in session 57's round 137 (``s140``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import names, one
from paperctl.formats.markdown.reader import parse


def test_a_methods_name_in_bold_within_an_italic_title():
    """microsoft/NeuralSpeech's references (7 of its 10): "***FastCorrect**: Fast Error Correction ...*, names,
    **NeurIPS 2021**.": the name in bold and the rest in italics are one title, then who and where."""
    paper = one("* [1] ***FastCorrect**: Fast Error Correction with Edit Alignment for Automatic Speech Recognition*, "
                "Yichong Leng, Xu Tan, Linchen Zhu, Ed Lin and Tie-Yan Liu, **NeurIPS 2021**.\n")
    assert (paper.title, names(paper), paper.venue, paper.year, paper.summary) == (
        "FastCorrect: Fast Error Correction with Edit Alignment for Automatic Speech Recognition",
        ["Yichong Leng", "Xu Tan", "Linchen Zhu", "Ed Lin", "Tie-Yan Liu"], "NeurIPS 2021", 2021, None)


def test_two_societies_journal_in_bold_after_the_names_and_a_full_stop():
    """The same references: "..., Takahiro Shinozaki. **IEEE/ACM TASLP 2022**.": the journal of IEEE and ACM."""
    paper = one("* [6] ***[Adapter]*** *Exploiting Adapters for Cross-lingual Low-resource Speech Recognition*, "
                "Wenxin Hou, Han Zhu, Takahiro Shinozaki. **IEEE/ACM TASLP 2022**.\n")
    assert (names(paper), paper.venue, paper.year, paper.summary) == (
        ["Wenxin Hou", "Han Zhu", "Takahiro Shinozaki"], "IEEE/ACM TASLP 2022", 2022, None)


def test_a_methods_name_and_its_venue_in_a_links_text():
    """microsoft/NeuralSpeech (its every project): "+ [FastCorrect 2, EMNLP 2021 Findings](arXiv)": the method's
    name is the title the list gives, the venue after the comma. A surname before a venue stays as written."""
    parsed = parse("* Error Correction\n  + [FastCorrect, NeurIPS 2021](https://arxiv.org/abs/2105.03842)\n"
                   "  + [FastCorrect 2, EMNLP 2021 Findings](https://arxiv.org/abs/2109.14420)\n"
                   "  + [Kipf, ICLR 2017](https://arxiv.org/abs/1609.02907)\n")
    got = [(e.data.title, e.data.venue) for e in parsed.entries]
    assert got == [("FastCorrect", "NeurIPS 2021"), ("FastCorrect 2", "EMNLP 2021 Findings"),
                   ("Kipf, ICLR 2017", None)]


def test_an_older_speech_meeting_by_name():
    """pariajm/awesome-disfluency-detection: "[Title.](pdf) Liu *et al.* Eurospeech 2003. [[bib]](..)"."""
    paper = one("* [Automatic disfluency identification in conversational speech using multiple knowledge sources.]"
                "(http://www.cs.columbia.edu/~julia/papers/liu03.pdf) Liu *et al.* Eurospeech 2003. "
                "[[bib]](https://www.semanticscholar.org/paper/d772b10d1a5ee70ee1daa9dccc66243a917c1b73)\n")
    assert (names(paper), paper.venue, paper.year) == (["Liu"], "Eurospeech 2003", 2003)


def test_a_month_the_lists_mark_a_rank_and_a_venue_parted_by_a_bar():
    """Mengqi97/Awesome-Embodied-Planning (every paper, its legend: "🌿 = CCF-A or ICLR", "⭐ = others"):
    "[2024.07|🍃 CCF-B ECCV] Title [![github](badge)](repo)": the venue, the month's year, the marks kept as notes;
    a paper with no link at all is a paper too."""
    parsed = parse("## Benchmarks\n\n"
                   "- [2024.07|🍃 CCF-B ECCV] ReALFRED: An Embodied Instruction Following Benchmark in Photo-Realistic "
                   "Environments [![github](https://img.shields.io/badge/github--blue?style=social&logo=github)]"
                   "(https://github.com/snumprlab/realfred)\n"
                   "- [2025.07|⭐ Arxiv] CookBench: a long-horizon embodied planning benchmark for complex cooking "
                   "scenarios \n")
    realfred, cookbench = (e.data for e in parsed.entries)
    assert (realfred.title, realfred.venue, realfred.year, realfred.links["code"]) == (
        "ReALFRED: An Embodied Instruction Following Benchmark in Photo-Realistic Environments", "ECCV", 2024,
        "https://github.com/snumprlab/realfred")
    assert "🍃 CCF-B" in realfred.notes
    assert (cookbench.title, cookbench.venue, cookbench.year) == (
        "CookBench: a long-horizon embodied planning benchmark for complex cooking scenarios", "Arxiv", 2025)


def test_papers_as_headings_each_over_its_fields():
    """Jacintha0511/AI-Agent-Security-Papers (its 30 papers): "### Title" over "- **Paper**：[Title](doi)",
    "- **Venue/status**：ICLR 2024 · peer-reviewed": the heading is the paper, not a section of its own; the venue
    is where it appeared, the status a note, and the DOI's address the paper's."""
    text = ("## Survey & Taxonomy\n\n### {t}\n\n- **Paper**：[{t}](https://doi.org/10.1145/{n})\n"
            "- **Venue/status**：{v}\n- **Code**：No official public code found\n\n")
    parsed = parse("# AI Agent Security Papers\n\n" + "".join(
        text.format(t=t, n=n, v=v) for t, n, v in [
            ("Navigating the Risks: A Survey of Security and Privacy Threats in LLM-Based Agents", "3807666",
             "ACM Transactions on Software Engineering and Methodology (TOSEM), accepted 2026 · peer-reviewed"),
            ("Identifying the Risks of LM Agents with an LM-Emulated Sandbox", "3807667", "ICLR 2024 · peer-reviewed"),
            ("Prompt Infection: LLM-to-LLM Prompt Injection within Multi-Agent Systems", "3807668",
             "arXiv preprint · preprint"),
            ("RedCode: Risky Code Execution and Generation Benchmark for Code Agents", "3807669",
             "NeurIPS 2024, Datasets and Benchmarks Track · peer-reviewed")]))
    got = [(e.data.tags, e.data.venue, e.data.year, e.data.url) for e in parsed.entries]
    assert got == [
        (["Survey & Taxonomy"], "TOSEM 2026", 2026, "https://doi.org/10.1145/3807666"),
        (["Survey & Taxonomy"], "ICLR 2024", 2024, "https://doi.org/10.1145/3807667"),
        (["Survey & Taxonomy"], "arXiv", None, "https://doi.org/10.1145/3807668"),
        (["Survey & Taxonomy"], "NeurIPS 2024 Datasets and Benchmarks Track", 2024, "https://doi.org/10.1145/3807669")]
    assert "peer-reviewed" in parsed.entries[1].data.notes


def test_an_overview_under_a_numbered_paper_with_its_bibtex_in_details():
    """shiningrain/MyReadingList (every paper): "1.  👍 **Title (2019 ICSE)**", its links, "⭐⭐" and a remark, then
    "**Overview:** ..." and a <details> block with the paper's BibTeX: the overview is the summary, the rating and
    remark notes, and the authors come from the BibTeX within the item."""
    paper = one("1.  👍 **CRADLE: Cross-Backend Validation to Detect and Localize Bugs in Deep Learning Libraries "
                "(2019 ICSE)**\n    [[Notes](./notes/pham2019cradle.md)]\n"
                "    [[Paper](https://www.cs.purdue.edu/homes/lintan/publications/cradle-icse19.pdf)]\n    ⭐⭐\n"
                "    (Not a concerned area any more......)\n\n"
                "    **Overview:** The first tool to detect and localize the multi-backend different performances.\n\n"
                "    <details>\n    <summary>Details (click to expand...)</summary>\n\n    #### Citation\n\n    ```\n"
                "    @inproceedings{pham2019cradle,\n        author    = {Hung Viet Pham and\n"
                "                    Thibaud Lutellier and\n                    Lin Tan},\n"
                "        title     = {{CRADLE:} cross-backend validation to detect and localize bugs in\n"
                "                    deep learning libraries},\n        year      = {2019},\n    }\n    ```\n\n"
                "    </details>\n")
    assert (paper.summary, paper.venue, names(paper)) == (
        "The first tool to detect and localize the multi-backend different performances.", "ICSE 2019",
        ["Hung Viet Pham", "Thibaud Lutellier", "Lin Tan"])
    assert "⭐⭐ (Not a concerned area any more......)" in paper.notes


def test_a_lists_title_written_twice_names_the_meeting_of_its_papers():
    """52CV/CVPR-2021-Papers: "# CVPR2021最新信息及已接收论文/代码(持续更新)" at the top and again over the papers, then
    "# 目录" (contents) over numbered topics: the title, written twice, is no section, and its meeting is the
    venue of every paper."""
    parsed = parse("# CVPR2021最新信息及已接收论文/代码(持续更新)\n\n本贴是对 CVPR2021 已接受论文的粗略汇总。\n\n"
                   "# CVPR2021最新信息及已接收论文/代码(持续更新)\n\n### 更新提示：4月7日新增17篇\n"
                   "* 分割\n  * [Action Shuffle Alternating Learning for Unsupervised Action Segmentation]"
                   "(https://arxiv.org/abs/2104.02116)\n\n# 目录\n\n## 55.图匹配\n"
                   "  * [Deep Graph Matching under Quadratic Constraint](https://arxiv.org/abs/2103.06643)\n")
    got = [(e.data.venue, e.data.year, e.data.tags) for e in parsed.entries]
    assert got == [("CVPR 2021", 2021, ["更新提示：4月7日新增17篇"]), ("CVPR 2021", 2021, ["目录/55.图匹配"])]


def test_a_findings_column_its_tags_in_code_then_the_description():
    """jason-wjs/Awesome-Scaling-Deep-RL (every row): "| Title | Venue | Year | Axis / Finding | ...", the cell
    "`[scaling-law] [compute]` Studies compute allocation ...": the tags a note, the rest the summary.
    OpenHelix-Team/Awesome-VLA-RL: "Key feature/finding" folded in "<details><summary>Details</summary>...": the
    fold's label is no part of it."""
    paper = one("| Title | Venue | Year | Axis / Finding | Code |\n|:--|:--:|:--:|:--|:--:|\n"
                "| <br>[**Compute-Optimal Scaling for Value-Based Deep RL**](https://arxiv.org/abs/2508.14881) <br> "
                "| arXiv | 2025 | `[scaling-law] [compute] [model-size] [utd]` Studies compute allocation across model "
                "capacity, batch size, and update-to-data ratio for online value-based RL. | - |\n")
    assert paper.summary == ("Studies compute allocation across model capacity, batch size, and update-to-data ratio "
                             "for online value-based RL.")
    assert paper.notes == ["[scaling-law] [compute] [model-size] [utd]"]
    folded = one("| Method | Title | Venue | Date | Code/Project | Key feature/finding |\n"
                 "| --- | --- | --- | --- | --- | --- |\n"
                 "| [Q-Transformer](https://arxiv.org/abs/2309.10150) | Q-Transformer: Scalable Offline "
                 "Reinforcement Learning via Autoregressive Q-Functions | Arxiv | 18/9/2023 | "
                 "[Github](https://github.com/lucidrains/q-transformer) | <details><summary>Details</summary>offline "
                 "Q-learning with Transformer models: 1. Autoregressive Discrete Q-Learning</details> |\n")
    assert folded.summary == "offline Q-learning with Transformer models: 1. Autoregressive Discrete Q-Learning"


def test_a_journals_badge_in_words_and_its_year():
    """QizhiPei/Awesome-Biomolecule-Language-Cross-Modeling: "[![](https://img.shields.io/badge/Chemical_Science_2024
    -5291C8)](paper)" under a bold title: the journal, named in words, and its year."""
    paper = one("* **PolyNC: a natural and chemical language model for the prediction of unified polymer properties**\n"
                "  [![](https://img.shields.io/badge/Chemical_Science_2024-5291C8?style=flat&logo=Read.cv&labelColor="
                "555555)](https://pubs.rsc.org/en/content/articlepdf/2024/sc/d3sc05079c)\n")
    assert (paper.venue, paper.year) == ("Chemical Science 2024", 2024)


def test_who_made_it_and_when_in_brackets_after_the_title():
    """wzhe06/Reco-papers (68 lines): "[[DeepFM] Title (HIT-Huawei 2017)](pdf)", "(NUS 2017)", "(Google 2016)":
    where the authors work (a note) and the year, no venue; the short name before the title a note, also when the
    title spells it with spaces ("[Wide&Deep] Wide & Deep Learning ...")."""
    parsed = parse("### Deep Learning Recommender System\n"
                   "* [[DeepFM] A Factorization-Machine based Neural Network for CTR Prediction (HIT-Huawei 2017)]"
                   "(https://github.com/wzhe06/Reco-papers/blob/master/DeepFM.pdf) <br />\n"
                   "* [[NCF] Neural Collaborative Filtering (NUS 2017)]"
                   "(https://github.com/wzhe06/Reco-papers/blob/master/NCF.pdf) <br />\n"
                   "* [[Wide&Deep] Wide & Deep Learning for Recommender Systems (Google 2016)]"
                   "(https://github.com/wzhe06/Reco-papers/blob/master/WideDeep.pdf) <br />\n")
    got = [(e.data.title, e.data.venue, e.data.year, e.data.notes) for e in parsed.entries]
    assert got == [
        ("A Factorization-Machine based Neural Network for CTR Prediction", None, 2017, ["DeepFM", "HIT-Huawei"]),
        ("Neural Collaborative Filtering", None, 2017, ["NCF", "NUS"]),
        ("Wide & Deep Learning for Recommender Systems", None, 2016, ["Google"])]


def test_where_they_work_in_brackets_and_the_venue_in_a_links_label():
    """Mr-Tieguigui/Self-correction-Papers: "| Title (THU 2024) | | [ACL](arXiv) |": ACL of that year."""
    paper = one("| Title | Note | Link |\n|--|--|--|\n| CriticBench: Benchmarking LLMs for Critique-Correct Reasoning "
                "(THU 2024) | | [ACL](https://arxiv.org/abs/2402.14809) |\n")
    assert (paper.venue, paper.year, paper.notes) == ("ACL 2024", 2024, ["THU"])


def test_names_then_where_they_work_then_the_year():
    """yuxiang-gao/awesome-embodied-agent: under a bold title, "Lirui Wang, Kevin Zhao*, Chaoqi Liu*, Xinlei Chen,
    MIT, UIUC, FAIR Meta, 2025": the names, then where they work (a note), then the year."""
    paper = one("- **Learning Robotic Video Dynamics with Heterogeneous Masked Autoregression**\n"
                "Lirui Wang, Kevin Zhao*, Chaoqi Liu*, Xinlei Chen, MIT, UIUC, FAIR Meta, 2025\n"
                "[[paper](https://arxiv.org/pdf/2502.04296)][[code](https://github.com/liruiw/HMA)]\n")
    assert (names(paper), paper.year) == (["Lirui Wang", "Kevin Zhao", "Chaoqi Liu", "Xinlei Chen"], 2025)
    assert "MIT, UIUC, FAIR Meta" in paper.notes


def test_a_papers_link_named_with_its_venue():
    """ratthachat/awesome-biochem-ai: "- [Graph-to-Graph Retrosynthesis (2020)](tutorial) - [Paper - ICML 2020](arXiv)";
    liu673/Awesome-LLM4Security: "[Paper: IJCESEN 2026](doi)". Not "[Paper-PAMI13]" beside "[Paper-ICML12]"
    (kjw0612/awesome-deep-vision), where each link is named for a paper of its own."""
    paper = one("- [Graph-to-Graph Retrosynthesis (2020)](https://torchdrug.ai/docs/tutorials/retrosynthesis.html) - "
                "[Paper - ICML 2020](https://arxiv.org/pdf/2003.12725.pdf)\n")
    assert (paper.arxiv_id, paper.venue, paper.year) == ("2003.12725", "ICML 2020", 2020)
    two = one("  * Learning Hierarchical Features for Scene Labeling [[Paper-ICML12]](http://yann.lecun.com/exdb/publis/"
              "pdf/farabet-icml-12.pdf) [[Paper-PAMI13]](http://yann.lecun.com/exdb/publis/pdf/farabet-pami-13.pdf)\n")
    assert two.venue is None


def test_why_the_list_chose_a_paper_is_its_description():
    """Jacintha0511/AI-Agent-Security-Papers (its 30 papers): "- **Why selected**：A strong first read: ..." among
    the fields under the paper's heading: the list's one line on the paper, as "Why relevant" is elsewhere."""
    parsed = parse("## Survey & Taxonomy\n\n### Navigating the Risks: A Survey of Security and Privacy Threats in "
                   "LLM-Based Agents\n\n- **Paper**：[Navigating the Risks: A Survey of Security and Privacy Threats "
                   "in LLM-Based Agents](https://doi.org/10.1145/3807666)\n"
                   "- **Venue/status**：ICLR 2024 · peer-reviewed\n"
                   "- **Why selected**：A strong first read: it maps the field by threat source, impact, and agent "
                   "feature before the reader dives into individual attacks.\n")
    assert parsed.entries[0].data.summary == ("A strong first read: it maps the field by threat source, impact, and "
                                              "agent feature before the reader dives into individual attacks.")
