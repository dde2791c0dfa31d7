"""Shapes of real lists met in session 53's second blind round (``s128``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers


def test_paper_headings_with_a_full_width_venue_over_a_rule_and_keyed_lines_with_breaks():
    """SaulZhang/Awesome_Video_Frame_Prediction (18 of its 20 papers): "### Title.（ICCV,2019）", a rule, then
    "Paper:URL<br>", "Notes:<br>", "code: URL （an aside）<br>"; or the title linked, the venue in its text. Each
    heading is a paper, its venue in full-width brackets; its lines are fields, not a paper titled "Paper"."""
    found = papers(
        "## Latest papers\n\n"
        "### [Disentangling Physical Dynamics from Unknown Factors for Unsupervised Video Prediction.（CVPR,2020）]"
        "(https://arxiv.org/abs/2003.01460)\n"
        "code: https://github.com/vincent-leguen/PhyDNet （empty repository）<br>\n\n"
        "### Future Video Synthesis with Object Motion Prediction.（CVPR,2020）\n"
        "---------------------------------\n"
        "Paper:https://arxiv.org/abs/2004.00542<br>\nNotes:<br>\ncode: None<br>\n\n"
        "### Predicting_Future_Frames_Using_Retrospective_Cycle_GAN.（CVPR,2019）\n"
        "---------------------------------\n"
        "Paper:http://openaccess.thecvf.com/content_CVPR_2019/papers/Kwon_Predicting_Future_Frames_Using_"
        "Retrospective_Cycle_GAN_CVPR_2019_paper.pdf<br>\n"
        "Notes:https://zhuanlan.zhihu.com/p/88720676<br>\n"
        "code: https://github.com/SaulZhang/Video_Prediction_ZOO/tree/master/RetrospectiveCycleGAN "
        "（Re-Implementation）<br>\n")
    assert [(t, p.arxiv_id, p.venue, p.summary, p.links.get("code")) for t, p in found.items()] == [
        ("Disentangling Physical Dynamics from Unknown Factors for Unsupervised Video Prediction", "2003.01460",
         "CVPR 2020", None, "https://github.com/vincent-leguen/PhyDNet"),
        ("Future Video Synthesis with Object Motion Prediction", "2004.00542", "CVPR 2020", None, None),
        ("Predicting_Future_Frames_Using_Retrospective_Cycle_GAN", None, "CVPR 2019", None,
         "https://github.com/SaulZhang/Video_Prediction_ZOO/tree/master/RetrospectiveCycleGAN")]
    assert found["Predicting_Future_Frames_Using_Retrospective_Cycle_GAN"].url.startswith("http://openaccess.thecvf")


def test_a_paper_heading_over_italic_names_a_venue_line_and_a_row_of_links():
    """mrpositron/motion-generation-papers (every paper): "### Title" over "*Names*", "Venue: CVPR2023" and
    "[[website](..)][[arXiv](..)][[code](..)]", lines of one paragraph: the heading is the paper, not a section over a
    paper titled by its authors."""
    found = papers(
        "## VAEs\n\n"
        "### T2M-GPT: Generating Human Motion from Textual Descriptions with Discrete Representations\n"
        "*Jianrong Zhang, Yangsong Zhang, Xiaodong Cun, Xi Shen*   \n"
        "Venue: CVPR2023   \n"
        "[[website](https://mael-zys.github.io/T2M-GPT/)][[arXiv](https://arxiv.org/abs/2301.06052)][[code](https://"
        "github.com/Mael-zys/T2M-GPT)][no video]   \n")
    paper = found["T2M-GPT: Generating Human Motion from Textual Descriptions with Discrete Representations"]
    assert (paper.arxiv_id, paper.venue, paper.year, paper.tags) == ("2301.06052", "CVPR 2023", 2023, ["VAEs"])
    assert names(paper) == ["Jianrong Zhang", "Yangsong Zhang", "Xiaodong Cun", "Xi Shen"]


def test_titles_linked_with_their_year_under_a_venues_heading():
    """zhuozhuoH/DL-TEST (all 61 papers): "### ISSTA", "### ESEC/FSE" over "- [Title, 2019](acm)": the year is the
    paper's, so the heading's venue of that year; the title without it."""
    found = papers(
        "### ISSTA\n"
        "- [DeepHunter: A Coverage-Guided Fuzz Testing Framework for Deep Neural Networks, 2019](https://dl.acm.org/doi/"
        "10.1145/3293882.3330579)\n\n"
        "### ESEC/FSE\n"
        "- [DLFuzz: Differential Fuzzing Testing of Deep Learning Systems, 2018](https://dl.acm.org/doi/10.1145/3236024."
        "3264835)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("DeepHunter: A Coverage-Guided Fuzz Testing Framework for Deep Neural Networks", "ISSTA 2019", 2019),
        ("DLFuzz: Differential Fuzzing Testing of Deep Learning Systems", "ESEC/FSE 2018", 2018)]


def test_a_bold_title_its_year_in_brackets_then_where_and_who():
    """yueyueL/ReliableLM4Code (89 lines): "**Title** (2022), ICSE, E Shi, Y Wang, L Du, et al. [[pdf]](..)": the
    year alone after the title is the paper's, its venue's too; a software-engineering venue is a venue."""
    found = papers(
        "- **On the Evaluation of Neural Code Summarization** (2022), ICSE, E Shi, Y Wang, L Du, et al. [[pdf]](https://"
        "arxiv.org/pdf/2107.07112)\n"
        "- **Can Neural Clone Detection Generalize to Unseen Functionalities** (2021), ASE, C Liu, et al. [[pdf]]("
        "https://www.microsoft.com/en-us/research/uploads/prod/2022/01/Can-Neural-Clone-Detection.pdf)\n")
    assert [(p.venue, p.year, names(p)) for p in found.values()] == [
        ("ICSE 2022", 2022, ["E Shi", "Y Wang", "L Du"]), ("ASE 2021", 2021, ["C Liu"])]


def test_paper_headings_over_a_bullet_of_the_address_alone_and_an_idea():
    """jcochanc/Causal-Papers-Code (its 30 papers): "### Title" over "- https://arxiv.org/pdf/2503.21526", then "Idea:
    ..." (what the paper does, the summary) or "Thoughts: ..." (a note)."""
    found = papers(
        "## Literature\n\n"
        "### Constraint-based causal discovery with tiered background knowledge and latent variables\n"
        "- https://arxiv.org/pdf/2503.21526\n\n"
        "Idea: temporal causal discovery across overlapping datasets, even with latent variables.\n\n"
        "### The stepped wedge cluster randomised trial: rationale, design, analysis, and reporting\n"
        "- http://dx.doi.org/10.1136/BMJ.h391\n\n"
        "Thoughts: The RCT of staggered DiD.\n")
    assert [(t, p.arxiv_id, p.doi, p.summary) for t, p in found.items()] == [
        ("Constraint-based causal discovery with tiered background knowledge and latent variables", "2503.21526",
         None, "temporal causal discovery across overlapping datasets, even with latent variables."),
        ("The stepped wedge cluster randomised trial: rationale, design, analysis, and reporting", None,
         "10.1136/bmj.h391", None)]


def test_a_heading_keyed_title_over_lines_of_fields():
    """kexinchu/paper-manager: "### Title: Llumnix: ..." over "Institution:", "Conference: OSDI 2024", "Paper Link:"
    and "Source Code:" lines: the heading is the paper (its key dropped), the lines its fields."""
    found = papers(
        "### Title: Llumnix: Dynamic Scheduling for Large Language Model Serving\n"
        "Institution: Alibaba Group\n"
        "Conference: OSDI 2024\n"
        "Paper Link: https://www.usenix.org/system/files/osdi24-sun-biao.pdf\n"
        "Source Code: https://github.com/AlibabaPAI/llumnix\n")
    paper = found["Llumnix: Dynamic Scheduling for Large Language Model Serving"]
    assert (paper.url, paper.venue, paper.year, paper.links.get("code")) == (
        "https://www.usenix.org/system/files/osdi24-sun-biao.pdf", "OSDI 2024", 2024,
        "https://github.com/AlibabaPAI/llumnix")


def test_a_fold_labelled_by_a_bold_title_over_its_paper_link_and_notes():
    """Hiroki11x/awesome-muon-optimizer (every paper): "<details>" / "<summary><b>📄 Title</b> — <i>Names
    (Lab)</i></summary>" over "🔗 [Paper Link](arXiv)" and bullets of study notes. The fold is the paper, not a group
    over a paper titled "Paper Link"; the notes are notes, not papers."""
    found = papers(
        "## 🎓 Background\n\n"
        "<details>\n"
        "<summary><b>📄 Scalable Second Order Optimization for Deep Learning (Shampoo)</b> — <i>Rohan Anil et al. "
        "(Google)</i></summary>\n\n"
        "🔗 [Paper Link](https://arxiv.org/abs/2002.09018)\n\n"
        "- **The algorithm**: Shampoo preconditions gradients by maintaining two per-layer matrices.\n"
        "- **Relevance to Muon**: Muon can be seen as a simplified Shampoo.\n\n"
        "</details>\n")
    assert list(found) == ["Scalable Second Order Optimization for Deep Learning (Shampoo)"]
    paper = found["Scalable Second Order Optimization for Deep Learning (Shampoo)"]
    assert (paper.arxiv_id, names(paper), paper.tags) == ("2002.09018", ["Rohan Anil"], ["Background"])


def test_lines_of_venues_to_follow_are_no_papers():
    """logpai/awesome-log-analysis: "+ Conferences: [DSN](dblp) | [ISSRE](dblp) | [SRDS](dblp)" and "+ Journals:
    [TDSC](ieee) | [TR](ieee)" under an area's bold name: where the field publishes, not papers (with the software
    engineering venues now known, each would have read as a paper titled "Conferences")."""
    found = papers(
        "## Conferences and Journals\n\n"
        "+ **Reliability area**\n"
        "    + Conferences: [DSN](https://dblp.uni-trier.de/db/conf/dsn/index) | [ISSRE](https://dblp.uni-trier.de/db/"
        "conf/issre/index.html) | [SRDS](https://dblp.uni-trier.de/db/conf/srds/index)\n"
        "    + Journals: [TDSC](https://ieeexplore.ieee.org/xpl/RecentIssue.jsp?punumber=8858) | [TR](https://ieeexplore."
        "ieee.org/xpl/RecentIssue.jsp?punumber=24)\n")
    assert found == {}
