"""Shapes of real lists met in session 55's round 131 (``s134``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import names, one
from paperctl.formats.markdown.reader import parse


def test_a_link_labelled_with_a_journal_in_words_and_its_year_gives_the_venue():
    """M-3LAB/awesome-anomaly-synthesis: "+ Title [[IEEE Access 2021]](ieeexplore)", the venue as the paper link's
    label, in brackets inside the link's text."""
    paper = one("+ Self-supervised learning for anomaly detection with dynamic local augmentation "
                "[[IEEE Access 2021]](https://ieeexplore.ieee.org/ielx7/6287639/6514899/09597511.pdf)\n")
    assert (paper.venue, paper.year, paper.url) == (
        "IEEE Access 2021", 2021, "https://ieeexplore.ieee.org/ielx7/6287639/6514899/09597511.pdf")


def test_a_link_labelled_with_a_year_alone_gives_the_year():
    """M-3LAB/awesome-anomaly-synthesis (8 of its 45 entries): "[[2024]](arXiv)[[code]](..)"."""
    paper = one("+ DualAnoDiff: Dual-Interrelated Diffusion Model for Few-Shot Anomaly Image Generation "
                "[[2024]](https://arxiv.org/abs/2408.13509)[[code]](https://github.com/yinyjin/DualAnoDiff)\n")
    assert (paper.arxiv_id, paper.year, paper.venue, paper.links) == (
        "2408.13509", 2024, None, {"code": "https://github.com/yinyjin/DualAnoDiff"})


def test_links_named_by_years_alone_keep_every_link():
    """songjiang0909/awesome-knowledge-graph-construction: one report a year, each linked by its year; none is
    lost to another."""
    paper = one("* TAC-Knowledge Base Population challenge (Ji et al) "
                "[[2019]](https://blender.cs.illinois.edu/paper/ji2019kbp.pdf) "
                "[[2017]](http://nlp.cs.rpi.edu/paper/kbp2017.pdf) [[2016]](http://nlp.cs.rpi.edu/paper/kbp2016.pdf)\n")
    assert paper.url == "https://blender.cs.illinois.edu/paper/ji2019kbp.pdf"
    assert paper.links == {"2017": "http://nlp.cs.rpi.edu/paper/kbp2017.pdf",
                           "2016": "http://nlp.cs.rpi.edu/paper/kbp2016.pdf"}


def test_a_description_column_repeating_the_title_is_no_summary():
    """enguard-ai/awesome-ai-guardails: a Description cell that repeats the title says nothing of its own; one that
    describes the paper is its summary."""
    parsed = parse(
        "| Name | Category | Description |\n|------|----------|-------------|\n"
        "| [A Survey on Hallucination in Large Language Models: Principles, Taxonomy, Challenges, and Open Questions]"
        "(https://arxiv.org/pdf/2311.05232) | `hallucination` | A Survey on Hallucination in Large Language Models: "
        "Principles, Taxonomy, Challenges, and Open Questions |\n"
        "| [Granite Guardian: A Guardrail Framework for Large Language Models](https://arxiv.org/abs/2412.07724) "
        "| `all` | Granite Guardian is a guardrail framework for large language models. |\n")
    assert [e.data.summary for e in parsed.entries] == [
        None, "Granite Guardian is a guardrail framework for large language models."]


def test_a_listing_of_new_papers_on_arxiv_is_no_paper():
    """Suhas-13/holistichack, "## 🔗 Additional Resources": "- **arXiv ML Safety**: https://arxiv.org/list/cs.CR/recent"
    links arXiv's page of new papers, not one paper; a venue's page on OpenReview neither."""
    parsed = parse("## 🔗 Additional Resources\n\n### Online Collections:\n"
                   "- **arXiv ML Safety**: https://arxiv.org/list/cs.CR/recent\n"
                   "- **ICLR 2024**: https://openreview.net/group?id=ICLR.cc/2024/Conference\n")
    assert parsed.entries == []


def test_a_date_tag_in_code_gives_the_year_and_a_preprint_its_year():
    """MetaDriveScape/Awesome-Generation-Model (its contents, every paper): "`[DiT]` `[2024.7]` `[preprint]`" after
    the title: a tag, when it came out (kept as the note it is), and that it is a preprint, on arXiv that year."""
    paper = one("- [Cinemo: Consistent and Controllable Image Animation with Motion Diffusion Models](#cinemo) "
                "`[DiT]` `[2024.7]` `[preprint]` \\[[paper](https://arxiv.org/pdf/2407.07860)\\]"
                "\\[[code](https://4d-diffusion.github.io)\\]\n")
    assert (paper.arxiv_id, paper.year, paper.venue, list(paper.notes)) == (
        "2407.07860", 2024, "arXiv 2024", ["[DiT]", "[2024.7]"])


def test_an_arxiv_id_written_before_the_title_is_the_venue_arxiv():
    """zhanglaplace/PaperPaper (29 of its 51 lines): "[[arXiv 1703.01210]Title.pdf](arXiv)", the ID written out,
    which the rules read as the venue arXiv."""
    paper = one("- \t[ ] [[arXiv 1703.01210]EmotioNet Challenge-Recognition of facial expressions of emotion in the "
                "wild.pdf](https://arxiv.org/pdf/1703.01210.pdf)\n")
    assert (paper.arxiv_id, paper.venue) == ("1703.01210", "arXiv")


def test_an_ieee_reference_whose_quotes_close_after_the_comma():
    """yue-heu/awesome-lifelong-slam: 'Names, “**Title**,” IJRR 2013' and 'Names, “[**Title**](arXiv).” IROS 2021':
    IEEE's style, the comma or full stop inside the quotes that close the title, the title linked inside them."""
    first = one("- G. D. Tipaldi, D. Meyer-Delius, and W. Burgard, “**Lifelong localization in changing "
                "environments**,” IJRR 2013\n")
    assert (first.title, first.venue, first.year, list(first.notes)) == (
        "Lifelong localization in changing environments", "IJRR 2013", 2013, [])
    linked = one("- G. Kurz, M. Holoch, and P. Biber, “[**Geometry-based Graph Pruning for Lifelong SLAM**]"
                 "(http://arxiv.org/abs/2110.01286).” IROS 2021\n")
    assert (linked.title, [a.name for a in linked.authors], linked.arxiv_id, linked.venue) == (
        "Geometry-based Graph Pruning for Lifelong SLAM", ["G. Kurz", "M. Holoch", "P. Biber"], "2110.01286",
        "IROS 2021")



def test_a_quote_opening_after_a_comma_is_kept():
    """zubair-irshad/Awesome-Implicit-NeRF-Robotics: '"Title", "IROS, 2022".' opens a quote after the comma; it is
    not one that closes the title, and what it holds is kept whole."""
    paper = one('* "Learning 6-DoF Task-oriented Grasp Detection via Implicit Estimation and Visual Affordance", '
                '"IROS, 2022". [[Paper](https://arxiv.org/pdf/2210.08537.pdf)]\n')
    assert paper.arxiv_id == "2210.08537"
    assert '"IROS, 2022"' in " ".join([*paper.notes, paper.summary or "", paper.venue or ""])


FEED = """## **15. Vulnerability-Aware Robust Multimodal Adversarial Training**

cs.LG

{comment}

**SubmitDate**: 2025-11-22    [abs](http://arxiv.org/abs/2511.18138v1) [paper-pdf](https://arxiv.org/pdf/2511.18138v1)

**Authors**: Junrui Zhang, Xinyu Zhao, Jie Peng

**Abstract**: Multimodal learning has shown significant superiority on various tasks. {code}
"""


def test_an_arxiv_feeds_comment_says_where_the_paper_was_accepted():
    """shenyizg/NewAdversarialAttackPaper (a daily arXiv feed): the comment line under a paper's heading,
    "Accepted by AAAI26", is where it appeared (kept as the note it is); "Submitted to AISTATS 2026" is not."""
    accepted = one(FEED.format(comment="Accepted by AAAI26", code=""))
    assert (accepted.venue, accepted.year, accepted.arxiv_id) == ("AAAI 2026", 2026, "2511.18138")
    assert "Accepted by AAAI26" in accepted.notes
    submitted = one(FEED.format(comment="Submitted to AISTATS 2026", code=""))
    assert (submitted.venue, submitted.year) == (None, 2025)


def test_an_abstract_saying_where_its_code_is_gives_the_code():
    """shenyizg/NewAdversarialAttackPaper: "... Code is available at: https://github.com/bin015/BackdoorVLM ." at the
    end of an abstract: the paper's code; a repository the abstract names otherwise is not."""
    paper = one(FEED.format(comment="cs.CV", code="Code is available at: https://github.com/bin015/BackdoorVLM ."))
    assert paper.links.get("code") == "https://github.com/bin015/BackdoorVLM"
    other = one(FEED.format(comment="cs.CV", code="We build on https://github.com/openai/CLIP for features."))
    assert "code" not in other.links


def test_a_heading_over_its_tags_and_links_is_the_paper():
    """MetaDriveScape/Awesome-Generation-Model (its papers written as headings): "### Title" over
    "[svd][2024.6][preprint]\\[[paper](arXiv)\\]\\[[code](..)\\]" and its notes: the heading is the paper, its tags
    notes (lower case too), its date the year, "[preprint]" arXiv that year; no section of its own."""
    parsed = parse(
        "## Controllable Generation\n\n"
        "### TrackGo: A Flexible and Efficient Method for Controllable Video Generation\n"
        "[svd][2024.8][preprint]\\[[paper](https://arxiv.org/pdf/2408.11475)\\]"
        "\\[[code](https://zhtjtcz.github.io/TrackGo-Page/#)\\]\n"
        "- `Keypoints:` SVD; Diffusion Video Generation; Motion Control\n\n"
        "### ReVideo: Remake a Video with Motion and Content Control\n"
        "[SVD][2024.5][preprint]\\[[paper](https://arxiv.org/pdf/2405.13865)\\]\\[[code](https://github.com/MC-E/ReVideo)\\]\n"
        "- `Keypoints:` SVD-based Video Editing\n")
    papers = [e.data for e in parsed.entries]
    assert [(p.title, p.arxiv_id, p.venue, p.year, p.summary, p.tags) for p in papers] == [
        ("TrackGo: A Flexible and Efficient Method for Controllable Video Generation", "2408.11475", "arXiv 2024",
         2024, None, ["Controllable Generation"]),
        ("ReVideo: Remake a Video with Motion and Content Control", "2405.13865", "arXiv 2024", 2024, None,
         ["Controllable Generation"])]
    assert papers[0].notes[0] == "svd"


def test_a_track_in_a_venue_column_goes_after_the_year():
    """sychina/awesome-3DGS-SLAM-and-Datasets: "| 2024 | CVPR Highlight |" is CVPR 2024 Highlight, as the rules write
    a venue (NAME YEAR track)."""
    parsed = parse("| Year | Venue | Paper | Code |\n|---:|---|---|---|\n"
                   "| 2024 | CVPR Highlight | [GS-SLAM: Dense Visual SLAM with 3D Gaussian Splatting]"
                   "(https://gs-slam.github.io/) | "
                   "[code](https://github.com/yanchi-3dv/diff-gaussian-rasterization-for-gsslam) |\n")
    assert parsed.entries[0].data.venue == "CVPR 2024 Highlight"


def test_harvard_references_with_the_month_under_a_bold_name_and_a_full_stop():
    """yzhao062/anomaly-detection-resources: "**k Nearst Neighbors (kNN) Outlier Detector**." over bullets that are
    Google Scholar's Harvard references, a meeting's paper with its month after the year ("2000, May."): the bold
    line is their group's name, each bullet a paper."""
    parsed = parse(
        "### 4.2. Key Algorithms\n\n"
        "**k Nearst Neighbors (kNN) Outlier Detector**.\n"
        "- Ramaswamy, S., Rastogi, R. and Shim, K., 2000, May. Efficient algorithms for mining outliers from large "
        "data sets. *ACM Sigmod Record*, 29(2), pp. 427-438). [[Download PDF]]"
        "(https://webdocs.cs.ualberta.ca/~zaiane/pub/check/ramaswamy.pdf)\n"
        "- Angiulli, F. and Pizzuti, C., 2002, August. Fast outlier detection in high dimensional spaces. In *European "
        "Conference on Principles of Data Mining and Knowledge Discovery* pp. 15-27. "
        "[[HTML]](https://link.springer.com/chapter/10.1007/3-540-45681-3_2)\n")
    papers = [e.data for e in parsed.entries]
    assert [(p.title, names(p), p.year, p.tags) for p in papers] == [
        ("Efficient algorithms for mining outliers from large data sets", ["S. Ramaswamy", "R. Rastogi", "K. Shim"],
         2000, ["4.2. Key Algorithms/k Nearst Neighbors (kNN) Outlier Detector"]),
        ("Fast outlier detection in high dimensional spaces", ["F. Angiulli", "C. Pizzuti"], 2002,
         ["4.2. Key Algorithms/k Nearst Neighbors (kNN) Outlier Detector"])]
    assert papers[0].venue == "ACM Sigmod Record 2000"


def test_a_heading_of_laboratories_and_research_groups_holds_no_paper():
    """yue-heu/awesome-lifelong-slam, "## Laboratories and Research Groups": a lab's site, who leads it and its
    GitHub organisation; linking no paper, none is one (and each is said so)."""
    parsed = parse("## Laboratories and Research Groups\n### Global\n"
                   "* [AirLab](https://theairlab.org/) **| Carnegie Mellon University - Sebastian Scherer**\n"
                   "* [StachnissLab](https://www.ipb.uni-bonn.de/) **| University of Bonn - Cyrill Stachniss** "
                   "[GitHub Link](https://github.com/PRBonn)\n")
    assert parsed.entries == []
    assert [n for n, _ in parsed.skipped] == [3, 4]


def test_authors_set_apart_by_middle_dots_after_the_badges():
    """ser666/awesome-zero-shot-navigation (round 129, s132f; every paper, written by its script): the badges, then
    "· Yuan Ji, Zirui Li, Yuxin Cai et al. · 🔓 OA": who wrote it, and a mark kept as a note, no description.
    "· Gao, Maoguo, Zhu, Zejun et al." (family and given names paired by commas) is left as written."""
    paper = one("- [2026] [arXiv] [SOR-Nav: Search or Relocate? Context-Gated Exploration and Cross-Region "
                "Relocation for Object Navigation](https://doi.org/10.48550/arxiv.2609.34707)  \n"
                '  <a href="https://arxiv.org/pdf/2609.34707"><img src="https://img.shields.io/badge/arXiv%202609.34707'
                '-b31b1b" alt="arXiv 2609.34707"></a>  · Yuan Ji, Zirui Li, Yuxin Cai et al. · 🔓 OA\n')
    assert (names(paper), paper.summary, list(paper.notes)) == (["Yuan Ji", "Zirui Li", "Yuxin Cai"], None, ["🔓 OA"])
