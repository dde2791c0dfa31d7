"""More shapes of real lists outside the development set, found by labelling whole lists.

Fifteen public paper lists (five LLM, five vision, five on other fields) were labelled
by hand as the development set is (``../shared/fixtures/real-lists/README.md``), 25
entries each, and scored with ``score_lists.py``. What the reader got wrong there is held
here with the lists' own lines (the repository is named in each test).
"""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown import people
from paperctl.formats.markdown.reader import parse


def test_a_venue_with_the_apostrophe_after_its_year():
    # wenhao728/awesome-diffusion-v2v writes "(CVPR 24')" beside "(CVPR '24)"
    found = papers(
        "## Editing\n\n"
        "- (ECCV 24') Video Editing via Factorized Diffusion Distillation, *Singer et al.*\n"
        "- (CVPR '24) Motion-Conditioned Image Animation for Video Editing, *Yan et al.*\n")
    assert [(p.venue, p.year) for p in found.values()] == [("ECCV 2024", 2024), ("CVPR 2024", 2024)]


def test_a_bold_name_a_colon_the_title_words_and_the_authors_in_italics():
    # wenhao728/awesome-diffusion-v2v
    found = papers(
        "## Editing\n\n"
        "- (Preprint 23') **Drag-A-Video**: Non-rigid Video Editing with Point-based Interaction, *Teng et al.*\n"
        "- (ICLR '24) **FLATTEN**: optical FLow-guided ATTENtion for consistent text-to-video editing, *Cong et al.*\n"
        "- **ReAct**: a method that reasons and acts [[paper](https://arxiv.org/abs/2210.03629)]\n")
    drag = found["Drag-A-Video: Non-rigid Video Editing with Point-based Interaction"]
    assert ([a.name for a in drag.authors], drag.summary, drag.year) == (["Teng"], None, 2023)
    # before the authors, words in lower case are the title's too; before the links, a description
    assert [a.name for a in found["FLATTEN: optical FLow-guided ATTENtion for consistent text-to-video editing"].authors
            ] == ["Cong"]
    assert found["ReAct"].summary == "a method that reasons and acts"


def test_a_bullet_of_badges_under_an_entry_gives_its_links():
    # wenhao728/awesome-diffusion-v2v: arXiv, project and star badges, each an HTML anchor
    found = papers(
        "## Editing\n\n"
        "- (CVPR '24) **FlowVid**: Taming Imperfect Optical Flows for Consistent Video-to-Video Synthesis,"
        " *Liang et al.*\n"
        '    - <a href="https://arxiv.org/abs/2312.17681"><img src="https://img.shields.io/badge/arXiv-Paper-B31B1B.svg">'
        '</a> <a href="https://jeff-liangf.github.io/projects/flowvid/"><img src="https://img.shields.io/badge/'
        'project-Website-%23009BD5"></a> <a href="https://github.com/Jeff-LiangF/FlowVid"><img src="https://'
        'img.shields.io/github/stars/Jeff-LiangF/FlowVid?style=social"></a>\n')
    flow = found["FlowVid: Taming Imperfect Optical Flows for Consistent Video-to-Video Synthesis"]
    assert (flow.arxiv_id, flow.links.get("code"), flow.venue) == (
        "2312.17681", "https://github.com/Jeff-LiangF/FlowVid", "CVPR 2024")


def test_two_paper_badges_under_an_entry_are_not_its_details():
    """Two arXiv links in one bullet name two papers: neither is taken as the entry's own."""
    found = papers(
        "## Editing\n\n"
        "- Some Method For Video Editing, *Lee et al.*\n"
        '    - <a href="https://arxiv.org/abs/2312.00001"><img src="https://img.shields.io/badge/arXiv-Paper-red"></a>'
        ' <a href="https://arxiv.org/abs/2312.00002"><img src="https://img.shields.io/badge/arXiv-Paper-red"></a>\n')
    assert found["Some Method For Video Editing"].arxiv_id is None


def test_a_year_or_an_unknown_acronym_venue_after_a_comma_ends_a_plain_title():
    # pdaicode/awesome-3dgs
    found = papers(
        "## Reconstruction\n\n"
        "- Toon3D: Seeing Cartoons from a New Perspective, 2024. [[Paper](https://arxiv.org/abs/2405.10320) | "
        "[Project](https://toon3d.studio/) | [Code](https://github.com/ethanweber/toon3d)]\n"
        "- Deblur-GS: 3D Gaussian Splatting from Camera Motion Blurred Images, I3D 2024. "
        "[[Paper](https://chaphlagical.icu/Deblur-GS/static/paper/Deblur_GS_author_version.pdf)]\n"
        "1. Revisiting the Superficial Alignment Hypothesis (Part II, 2024) [paper](https://arxiv.org/abs/2410.03717)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Toon3D: Seeing Cartoons from a New Perspective", None, 2024),
        ("Deblur-GS: 3D Gaussian Splatting from Camera Motion Blurred Images", "I3D 2024", 2024),
        ("Revisiting the Superficial Alignment Hypothesis (Part II, 2024)", None, None)]


def test_bold_lines_used_as_headings_are_siblings_and_may_be_links():
    # pdaicode/awesome-3dgs: "**General**", "**[Dynamic](other list)**", "**LLM & 3D**" under "### 2024"
    parsed = parse(
        "# Awesome 3DGS\n\n## Reconstruction\n\n### 2024\n"
        "**General**\n"
        "- Gaussian Splatting SLAM, CVPR 2024 [[Paper](https://arxiv.org/abs/2312.06741)]\n\n"
        "**[Dynamic](https://github.com/pdaicode/awesome-dynamic-NeRF)**\n"
        "- Shape of Motion: 4D Reconstruction from a Single Video, 2024. [[Paper](https://arxiv.org/abs/2407.13764)]\n\n"
        "**LLM & 3D**\n"
        "- Comp4D: LLM-Guided Compositional 4D Scene Generation, [[Paper](https://arxiv.org/abs/2403.16993)]\n")
    assert [e.data.tags for e in parsed.entries] == [
        ["Reconstruction/2024/General"], ["Reconstruction/2024/Dynamic"], ["Reconstruction/2024/LLM & 3D"]]
    assert parsed.skipped == [(9, "a heading")]  # the bold link, accounted for


def test_a_video_heading_is_a_topic_and_videos_are_talks():
    # awesome-NeRF/awesome-NeRF: "#### Video" holds papers on video
    parsed = parse(
        "## Papers\n\n#### Video\n\n"
        "- [Space-time Neural Irradiance Fields for Free-Viewpoint Video](https://arxiv.org/abs/2011.12950), "
        "Xian et al., CVPR 2021 | [bibtex](./citations/stnif.txt)\n\n"
        "## Videos\n\n- [NeRF explained](https://www.youtube.com/watch?v=CRlN-cYFxTk)\n")
    assert [(e.data.title, e.data.venue, e.data.tags) for e in parsed.entries] == [
        ("Space-time Neural Irradiance Fields for Free-Viewpoint Video", "CVPR 2021", ["Papers/Video"])]


def test_an_empty_html_anchor_before_the_title_is_not_a_link():
    # xialeiliu/Awesome-Incremental-Learning: every entry starts with <a name="todo"></a>
    found = papers(
        "## 2022\n\n"
        '- <a name="todo"></a> Meta-attention for ViT-backed Continual Learning (**CVPR2022**) '
        "[[paper](https://arxiv.org/abs/2203.11684)] [[code](https://github.com/zju-vipa/MEAT-TIL)]\n"
        '- <a name="todo"></a> Continual Learning for Text Classification with Information Disentanglement Based '
        "Regularization(**NAACL, 2021**) [[paper](https://arxiv.org/abs/2104.05489)]\n"
        "- Learning Title(s) for Things [[paper](https://arxiv.org/abs/2011.00003)]\n")
    assert [(t, p.venue, p.arxiv_id, p.links.get("code")) for t, p in found.items()] == [
        ("Meta-attention for ViT-backed Continual Learning", "CVPR 2022", "2203.11684",
         "https://github.com/zju-vipa/MEAT-TIL"),
        ("Continual Learning for Text Classification with Information Disentanglement Based Regularization",
         "NAACL 2021", "2104.05489", None),
        ("Learning Title(s) for Things", None, "2011.00003", None)]


def test_authors_in_plain_text_before_a_bold_title():
    # hongleizhang/RSPapers
    found = papers(
        "## Survey\n\n"
        "* Zhang et al. **Deep learning based recommender system: A survey and new perspectives.** "
        "ACM Comput.Surv, 2018.\n\n"
        "* Xiang et al. **Neural Graph Collaborative Filtering.** SIGIR, 2019.\n\n"
        "* Yann LeCun, Yoshua Bengio, Geoffrey Hinton. **Deep learning.** Nature, 2015.\n\n"
        "* Note. **Important** papers come first.\n")
    assert [(t, [a.name for a in p.authors], p.venue, p.year) for t, p in found.items()][:3] == [
        ("Deep learning based recommender system: A survey and new perspectives", ["Zhang"], "ACM Comput.Surv 2018",
         2018),
        ("Neural Graph Collaborative Filtering", ["Xiang"], "SIGIR 2019", 2019),
        ("Deep learning", ["Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton"], "Nature 2015", 2015)]
    assert not any(p.authors == [] and "Important" in t for t, p in found.items() if t != "Note")


def test_headings_of_tutorials_talks_and_workshops_by_other_names():
    # qingsongedu/awesome-AI-for-time-series-papers ("AI4TS Tutorials"), hanjuku-kaso/awesome-offline-rl
    parsed = parse(
        "## Papers\n\n- A Paper About Time Series [[paper](https://arxiv.org/abs/2301.00001)]\n\n"
        "### AI4TS Tutorials\n\n- [Time Series Anomaly Detection: Tutorial](https://example.org/kdd-tutorial.pdf)\n\n"
        "## Tutorials/Talks/Lectures\n\n- [Offline RL, a talk](https://example.org/talk.pdf)\n\n"
        "## Related Workshops\n\n- [Offline Reinforcement Learning Workshop](https://offline-rl-neurips.github.io/)\n")
    assert [e.data.title for e in parsed.entries] == ["A Paper About Time Series"]
    assert [why for _, why in parsed.skipped] == [
        "under 'AI4TS Tutorials', a heading of tutorials, talks and posts, not papers",
        "under 'Tutorials∕Talks∕Lectures', a heading of tutorials, talks and posts, not papers",
        "under 'Related Workshops', a heading of other lists and resources, not papers"]


def test_a_name_then_a_quoted_title_in_or_out_of_bold():
    # tjunlp-lab/Awesome-LLMs-Evaluation-Papers
    found = papers(
        "## Ethics\n\n"
        '1. **"Classification of moral foundations in microblog political discourse".** '
        "![](https://img.shields.io/badge/Dataset-blue)\n\n"
        "    *Kristen Johnson et al.* ACL 2018. [[Paper](https://aclanthology.org/P18-1067.pdf)]\n\n"
        '2. **Social chemistry 101: "Social chemistry 101: Learning to reason about social and moral norms".** '
        "![](https://img.shields.io/badge/Dataset-blue)\n\n"
        "    *Maxwell Forbes et al.* EMNLP 2020. [[Paper](https://aclanthology.org/2020.emnlp-main.48.pdf)]\n\n"
        '13. Latent Hatred: "**Latent Hatred: A Benchmark for Understanding Implicit Hate Speech**". '
        "![](https://img.shields.io/badge/Dataset-blue)\n\n"
        "    *Mai ElSherief et al.* EMNLP 2021. [[Paper](https://arxiv.org/pdf/2109.05322)]\n")
    assert [(t, [a.name for a in p.authors], p.notes) for t, p in found.items()] == [
        ("Classification of moral foundations in microblog political discourse", ["Kristen Johnson"], []),
        ("Social chemistry 101: Learning to reason about social and moral norms", ["Maxwell Forbes"],
         ["Social chemistry 101"]),
        ("Latent Hatred: A Benchmark for Understanding Implicit Hate Speech", ["Mai ElSherief"], ["Latent Hatred"])]


def test_a_track_in_parentheses_between_venue_and_year():
    # tjunlp-lab/Awesome-LLMs-Evaluation-Papers: "ACL (Findings) 2023."
    found = papers(
        "## QA\n\n"
        '3. **"Beyond Positive Scaling: How Negation Impacts Scaling Trends of Language Models"**.\n\n'
        "   *Yuhui Zhang and Michihiro Yasunaga et al.* ACL (Findings) 2023. "
        "[[Paper](https://aclanthology.org/2023.findings-acl.472.pdf)]\n")
    paper = found["Beyond Positive Scaling: How Negation Impacts Scaling Trends of Language Models"]
    assert (paper.venue, paper.year) == ("ACL 2023 Findings", 2023)


def test_authors_ending_in_and_et_al():
    # RenzeLou/awesome-instruction-learning: "*Jason Wei, Maarten Bosma, and et al.* <ins>ICLR</ins> 2022."
    found = papers(
        "## Instruction tuning\n\n"
        "6. **Finetuned Language Models Are Zero-Shot Learners.** *Jason Wei, Maarten Bosma, and et al.* "
        "<ins>ICLR</ins> 2022. [[pdf](https://arxiv.org/pdf/2109.01652.pdf)]\n"
        "2. **Can language models learn from explanations in context?** *Andrew K. Lampinen, Ishita Dasgupta, "
        "and et al.* <ins>Findings of EMNLP</ins> 2022. [[pdf](https://arxiv.org/pdf/2204.02329.pdf)].\n")
    assert [([a.name for a in p.authors], p.venue, p.summary) for p in found.values()] == [
        (["Jason Wei", "Maarten Bosma"], "ICLR 2022", None),
        (["Andrew K. Lampinen", "Ishita Dasgupta"], "Findings of EMNLP 2022", None)]


def test_a_paper_heading_may_link_a_journal_page():
    # EdinburghNLP/awesome-hallucination-detection: "### [FaithDial: ...](https://direct.mit.edu/tacl/...)"
    parsed = parse(
        "## Papers and Summaries\n\n"
        "### [FaithDial: A Faithful Benchmark for Information-Seeking Dialogue]"
        "(https://direct.mit.edu/tacl/article/doi/10.1162/tacl_a_00529/114373)\n"
        "- **Metrics:** Faithfulness evaluation on FaithDial.\n"
        "- **Datasets:** FaithDial, a more faithful subset of WoW.\n\n"
        "### [Another Paper About Hallucinations](https://arxiv.org/abs/2305.00001)\n"
        "- **Metrics:** Something else.\n")
    assert [(e.data.title, e.data.tags) for e in parsed.entries] == [
        ("FaithDial: A Faithful Benchmark for Information-Seeking Dialogue", ["Papers and Summaries"]),
        ("Another Paper About Hallucinations", ["Papers and Summaries"])]


def test_posts_are_not_papers_whatever_their_shape():
    # jxzhangjhu/Awesome-LLM-Uncertainty-Reliability-Robustness: "## Introductory Posts" in citation shape
    parsed = parse(
        "## Introductory Posts\n\n"
        "**Actually, Othello-GPT Has A Linear Emergent World Representation** \\\n"
        "*Neel Nanda* \\\n"
        "Blog 2023. [[Link](https://www.neelnanda.io/mechanistic-interpretability/othello)] \\\n"
        "29 Mar 2023\n\n"
        "## Papers\n\n"
        "**Re-Examining Calibration: The Case of Question Answering** \\\n"
        "*Chenglei Si, Chen Zhao, Sewon Min, Jordan Boyd-Graber* \\\n"
        "EMNLP 2022 Findings. [[Paper](https://arxiv.org/abs/2205.12507)] \\\n"
        "25 May 2022\n")
    assert [e.data.title for e in parsed.entries] == ["Re-Examining Calibration: The Case of Question Answering"]


def test_an_unknown_acronym_venue_with_a_comma_before_its_year():
    # hanjuku-kaso/awesome-offline-rl: the citation in a bullet under the title link
    found = papers(
        "## Off-policy evaluation\n\n"
        "- [Learning When-to-Treat Policies](https://arxiv.org/abs/1905.09751)\n"
        "  - Xinkun Nie, Emma Brunskill, and Stefan Wager. JASA, 2020.\n")
    paper = found["Learning When-to-Treat Policies"]
    assert ([a.name for a in paper.authors], paper.venue, paper.year) == (
        ["Xinkun Nie", "Emma Brunskill", "Stefan Wager"], "JASA 2020", 2020)


def test_tags_and_links_first_then_the_title_after_a_dash():
    # gaomingqi/Awesome-Video-Object-Segmentation: one paper a paragraph, its title last
    found = papers(
        "## ICCV 2025\n\n"
        ":blue_square: `SVOS` `Feb` &nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;&nbsp; [paper](https://arxiv.org/abs/2502.09660) / "
        "code &nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;&nbsp; Towards Fine-grained Interactive Segmentation in Images and "
        "Videos\n\n"
        ":diamond_shape_with_a_dot_inside: `VMAT` `Mar` &nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;&nbsp; "
        "[paper](https://arxiv.org/abs/2503.10678) / [project page](https://bio.lehanyang.info/VRMDiff.github.io/) "
        "&nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;&nbsp; VRMDiff: Text-Guided Video Referring Matting Generation of Diffusion\n\n"
        ":green_square: `UVOS` `Jul` &nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;&nbsp; [paper](https://arxiv.org/abs/2507.19790) / "
        "[code](https://github.com/suhwan-cho/DepthFlow) &nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;&nbsp; DepthFlow: Exploiting "
        "Depth-Flow Structural Correlations for Unsupervised Video Object Segmentation\n")
    assert [(t, p.arxiv_id, p.links.get("code"), p.venue, p.notes) for t, p in found.items()] == [
        ("Towards Fine-grained Interactive Segmentation in Images and Videos", "2502.09660", None, "ICCV 2025",
         ["SVOS"]),
        ("VRMDiff: Text-Guided Video Referring Matting Generation of Diffusion", "2503.10678", None, "ICCV 2025",
         ["VMAT"]),
        ("DepthFlow: Exploiting Depth-Flow Structural Correlations for Unsupervised Video Object Segmentation",
         "2507.19790", "https://github.com/suhwan-cho/DepthFlow", "ICCV 2025", ["UVOS"])]


def test_several_tags_a_joint_label_and_a_venue_tag_before_the_title():
    # gaomingqi/Awesome-Video-Object-Segmentation, under "### Journals 2024" and "### Earlier Arxiv 2023"
    found = papers(
        "### Journals 2024\n\n"
        ":orange_square: `RVOS` :red_square: `AVOS` &nbsp;-&nbsp; [paper](https://arxiv.org/abs/2403.04924) / "
        "[code & dataset](https://github.com/lxa9867/r2bench) &nbsp;-&nbsp; R2-Bench: Benchmarking the Robustness of "
        "Referring Perception Models under Perturbations\n\n"
        ":orange_square: `RVOS` &nbsp;-&nbsp; [paper](https://ieeexplore.ieee.org/document/10694805) / "
        "[code](https://github.com/Yxxxb/LAVT-RS) &nbsp;-&nbsp; `TPAMI` Language-Aware Vision Transformer for "
        "Referring Segmentation\n\n"
        "### Earlier Arxiv 2023\n\n"
        ":blue_square: `SVOS` &nbsp;-&nbsp; [paper](https://arxiv.org/pdf/2405.14010) / code &nbsp;-&nbsp; "
        "One-shot Training for Video Object Segmentation\n")
    assert [(t, p.venue, p.year, p.links.get("code"), p.notes) for t, p in found.items()] == [
        ("R2-Bench: Benchmarking the Robustness of Referring Perception Models under Perturbations", None, 2024,
         "https://github.com/lxa9867/r2bench", ["RVOS", "AVOS"]),
        ("Language-Aware Vision Transformer for Referring Segmentation", "TPAMI 2024", 2024,
         "https://github.com/Yxxxb/LAVT-RS", ["RVOS"]),
        ("One-shot Training for Video Object Segmentation", "arXiv 2023", 2023, None, ["SVOS"])]


def test_links_first_without_a_title_after_them_is_no_title():
    """``[paper](..) / [code](..)`` alone, or followed by a dash and one word, is not this shape."""
    parsed = parse("## 2025\n\n`SVOS` - [paper](https://arxiv.org/abs/2502.00001) / [code](https://github.com/a/b)\n\n"
                   "`SVOS` - [paper](https://arxiv.org/abs/2502.00002) - Code\n")
    assert [e.data.title for e in parsed.entries] == []


def test_sections_under_a_news_heading_hold_papers():
    # jingyi0000/VLM_survey: "## 🔥 News", then the papers added lately under category headings
    parsed = parse(
        "## 🔥 News\nLast update on 2024/05/27\n\n"
        "- [2024.05] We updated the survey with 40 new papers [[link](https://arxiv.org/abs/2304.00685)]\n\n"
        "#### VLM Pre-training Methods\n"
        "* [CVPR 2024] VILA: On Pre-training for Visual Language Models [[Paper](https://arxiv.org/abs/2312.07533)]\n\n"
        "## Datasets\n")
    assert [(e.data.title, e.data.venue, e.data.tags) for e in parsed.entries] == [
        ("VILA: On Pre-training for Visual Language Models", "CVPR 2024", ["News/VLM Pre-training Methods"])]
    assert parsed.skipped == [(4, "under 'News', a heading of news, not papers")]


def test_a_table_of_datasets_without_a_paper_column_holds_no_papers():
    # jingyi0000/VLM_survey: a dataset's name links its paper; the paper itself is listed further down
    parsed = parse(
        "## Datasets\n\n"
        "| Dataset | Year | Num of Image-Text Pairs | Language | Project |\n|---|:---:|:---:|:---:|:---:|\n"
        "|[COCO Caption](https://arxiv.org/pdf/1504.00325v2.pdf)|2016|1.5M|English|"
        "[Project](https://github.com/tylin/coco-caption)|\n"
        "|[CLIP](https://arxiv.org/pdf/2103.00020.pdf)|2021|400M|English|-|\n\n"
        "| Dataset | Paper | Year |\n|---|---|---|\n"
        "| MNIST | [Gradient-based learning applied to document recognition](https://doi.org/10.1109/5.726791) "
        "| 1998 |\n\n"
        "## Pre-training Methods\n\n"
        "* [ICML 2021] CLIP: Learning Transferable Visual Models From Natural Language Supervision "
        "[[Paper](https://arxiv.org/abs/2103.00020)]\n")
    assert [e.data.title for e in parsed.entries] == [
        "Gradient-based learning applied to document recognition",
        "CLIP: Learning Transferable Visual Models From Natural Language Supervision"]
    assert [why for _, why in parsed.skipped] == [
        "a dataset, named in a table of datasets without a paper column, not a paper"] * 2


def test_a_workshop_at_a_known_venue():
    # tjunlp-lab/Awesome-LLMs-Evaluation-Papers "Rep4NLP@ACL 2017.";
    # XiudingCai/Awesome-Mamba-Collection "(RelKD@KDD 2024)"
    found = papers(
        "## Papers\n\n"
        '1. **"Some Paper Title About Representations"**.\n\n'
        "    *Someone Here et al.* Rep4NLP@ACL 2017. [[Paper](https://aclanthology.org/W17-2623.pdf)]\n\n"
        "- (RelKD@KDD 2024) Mamba4Rec: Towards Efficient Sequential Recommendation with Selective State Space Models "
        "[[paper](https://arxiv.org/abs/2403.03900)]\n")
    assert [(t, p.venue, p.year, p.summary) for t, p in found.items()] == [
        ("Some Paper Title About Representations", "Rep4NLP@ACL 2017", 2017, None),
        ("Mamba4Rec: Towards Efficient Sequential Recommendation with Selective State Space Models", "RelKD@KDD 2024",
         2024, None)]


def test_full_names_after_a_bold_titles_full_stop_are_its_authors():
    """``**Title**. Aman Madaan, Niket Tandon. [[paper](..)]``: two full names or more; words
    that do not read as people stay the description."""
    found = papers(
        "## Reasoning\n\n"
        "- **Self-Refine: Iterative Refinement with Self-Feedback**. Aman Madaan, Niket Tandon. "
        "[[paper](https://arxiv.org/abs/2303.17651)]\n"
        "- **Some Title Here**. Vision, Language. [[paper](https://arxiv.org/abs/2303.00001)]\n"
        "- **Some Title Three**. A simple method, that works. [[paper](https://arxiv.org/abs/2303.00003)]\n")
    assert [([a.name for a in p.authors], p.summary) for p in found.values()] == [
        (["Aman Madaan", "Niket Tandon"], None), ([], "Vision, Language."), ([], "A simple method, that works.")]


def test_a_citation_in_parentheses_after_the_title_link():
    # abbottyanginchina/Awesome-Federated-Unlearning
    found = papers(
        "## Papers\n\n"
        "+ [Machine Unlearning of Federated Clusters](https://arxiv.org/pdf/2210.16424.pdf) (Pan et al., ICLR 2023) "
        "[:book:](./citations/pan2022machine.txt)\n"
        "+ [Federated Unlearning and Its Privacy Threats](https://ieeexplore.ieee.org/abstract/document/10148937) "
        "(Fei Wang et al., IEEE Network 2023) [:book:](./citations/wang2023federated.txt)\n"
        "+ [FedME2: Memory Evaluation & Erase Promoting Federated Unlearning in DTMN]"
        "(https://ieeexplore.ieee.org/abstract/document/10234397) (Hui Xia et al., JSAC, 2023)\n")
    assert [([a.name for a in p.authors], p.venue, p.year, p.summary, p.notes) for p in found.values()] == [
        (["Pan"], "ICLR 2023", 2023, None, []),
        (["Fei Wang"], "IEEE Network 2023", 2023, None, []),
        (["Hui Xia"], "JSAC 2023", 2023, None, [])]


def test_a_venue_glued_to_the_title_in_any_case():
    # MenghaoGuo/Awesome-Vision-Attentions
    found = papers(
        "## Attention\n\n"
        "- Beit: Bert pre-training of image transformers(arxiv 2021) [pdf](https://arxiv.org/abs/2106.08254)\n"
        "- Squeeze-and-excitation networks(CVPR2018) [pdf](https://arxiv.org/abs/1709.01507)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Beit: Bert pre-training of image transformers", "arxiv 2021", 2021),
        ("Squeeze-and-excitation networks", "CVPR 2018", 2018)]


def test_preprint_months_two_venues_a_submission_and_a_bold_tag():
    # ttengwang/awesome-vision-language-pretraining-papers: one paper a paragraph; "arXiv 2020/12" is arXiv 2020,
    # as this list's labels (s12*) and every unseen label of a preprint with its month write it
    found = papers(
        "## Analysis\n\n"
        "**In-depth Analysis**, [A Closer Look at the Robustness of Vision-and-Language Pre-trained Models]"
        "(https://arxiv.org/abs/2012.08673), arXiv 2020/12\n\n"
        "[Parameter Efficient Multimodal Transformers for Video Representation Learning]"
        "(https://arxiv.org/pdf/2012.04124.pdf), arXiv 2020/12, ICLR 2021.\n\n"
        "[Cross-Probe BERT for Efficient and Effective Cross-Modal Search]"
        "(https://openreview.net/forum?id=bW9SYKHcZiz), ICLR 2021 submission.\n")
    assert [(t, p.venue, p.year, p.notes, p.summary) for t, p in found.items()] == [
        ("A Closer Look at the Robustness of Vision-and-Language Pre-trained Models", "arXiv 2020", 2020,
         ["In-depth Analysis"], None),
        ("Parameter Efficient Multimodal Transformers for Video Representation Learning", "ICLR 2021", 2021, [], None),
        ("Cross-Probe BERT for Efficient and Effective Cross-Modal Search", "ICLR 2021 submission", 2021, [], None)]


def test_papers_with_an_identifier_among_other_resources():
    # ttengwang/awesome-vision-language-pretraining-papers: surveys beside other reading lists
    parsed = parse(
        "# Other Resources\n\n"
        "* Two recent surveys on pretrained language models\n"
        "  * [A Survey on Contextual Embeddings](https://arxiv.org/abs/2003.07278), arXiv 2020/03\n"
        "* Other repositories of relevant reading list\n"
        "  * [BERT-related Papers](https://github.com/tomohideshibata/BERT-related-papers)\n")
    assert [(e.data.title, e.data.arxiv_id, e.data.year) for e in parsed.entries] == [
        ("A Survey on Contextual Embeddings", "2003.07278", 2020)]
    assert [n for n, _ in parsed.skipped] == [6]  # (1-based) the other list


def test_counts_and_tags_after_the_title_are_notes_not_a_summary():
    # FrederickPi1969/awesome-llm-for-finance
    found = papers(
        "## Surveys\n\n"
        "- [Large Language Models in Finance: A Survey](https://arxiv.org/abs/2311.10723) (2023) - `P0` - "
        "citations: 425 - LLMs in Finance Survey\n"
        "- [A Paper With A Description](https://arxiv.org/abs/2311.10724) (2023) - A survey of 425 methods.\n")
    assert [(p.year, p.summary, p.notes) for p in found.values()] == [
        (2023, None, ["P0", "citations: 425", "LLMs in Finance Survey"]),
        (2023, "A survey of 425 methods.", [])]


def test_a_scholar_citation_after_a_bold_title_gives_venue_and_year():
    # TheShadow29/awesome-grounding: Google Scholar's MLA citations
    found = papers(
        "## Grounding\n\n"
        "1. Hu, Ronghang, Marcus Rohrbach, and Trevor Darrell. **Segmentation from natural language expressions.** "
        "European Conference on Computer Vision. Springer, Cham, 2016. [[Paper]](https://arxiv.org/pdf/1603.06180.pdf)\n"
        "1. Mao, Junhua, et al. **Generation and comprehension of unambiguous object descriptions.** Proceedings of "
        "the IEEE conference on computer vision and pattern recognition. 2016. [[Paper]](https://arxiv.org/abs/1511.02283)\n"
        "1. Gao, Jiyang, et al. **Tall: Temporal activity localization via language query.** arXiv preprint "
        "arXiv:1705.02101 (2017). [[Paper]](https://arxiv.org/abs/1705.02101)\n"
        "- [arXiv, Mar 2024] **VIHE: Virtual In-Hand Eye Transformer** [[Paper](https://arxiv.org/abs/2403.11461)]\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [
        ("European Conference on Computer Vision 2016", 2016, None),
        ("Proceedings of the IEEE conference on computer vision and pattern recognition 2016", 2016, None),
        ("arXiv 2017", 2017, None), ("arXiv 2024", 2024, None)]  # (the year Scholar cites is the preprint's)


def test_a_name_of_several_words_then_a_quoted_title():
    # zubair-irshad/Awesome-Robotics-3D
    found = papers(
        "## Policies\n\n"
        '* **3D Diffuser Actor**: "Policy diffusion with 3d scene representations", *arXiv Feb 2024*. '
        "[[Paper](https://arxiv.org/abs/2402.10885)] [[Webpage](https://3d-diffuser-actor.github.io/)]\n")
    paper = found["Policy diffusion with 3d scene representations"]
    assert (paper.notes, paper.year, paper.summary) == (["3D Diffuser Actor"], 2024, None)


def test_field_bullets_with_named_links_do_not_hide_the_authors():
    # opendilab/awesome-model-based-RL: "ExpEnv: [deepmind control suite](github)" is no paper of its own
    found = papers(
        "## ICLR 2024\n\n"
        "- [MoVie: Visual Model-Based Policy Adaptation for View Generalization]"
        "(https://openreview.net/forum?id=YV1MYtj2AR)\n"
        "  - Sizhe Yang, Yanjie Ze, Huazhe Xu\n"
        "  - Key: view generalization, spatial adaptive encoder\n"
        "  - ExpEnv: [deepmind control suite](https://github.com/deepmind/dm_control), "
        "[adroit](https://github.com/aravindr93/mjrl)\n")
    paper = found["MoVie: Visual Model-Based Policy Adaptation for View Generalization"]
    assert ([a.name for a in paper.authors], paper.venue) == (["Sizhe Yang", "Yanjie Ze", "Huazhe Xu"], "ICLR 2024")


def test_scholar_citations_with_names_given_in_full_a_dataset_name_first_and_a_venue_in_parentheses():
    # TheShadow29/awesome-grounding; Thinklab-SJTU/awesome-ml4co ("*Han, Jesse Michael.*")
    found = papers(
        "## Datasets\n\n"
        "1. **RefClef**: Kazemzadeh, Sahar, et al. **Referitgame: Referring to objects in photographs of natural "
        "scenes.** Proceedings of the 2014 conference on empirical methods in natural language processing (EMNLP). "
        "2014. [[Paper]](http://www.aclweb.org/anthology/D14-1086)\n"
        "1. Song, Young Chol, et al. **Unsupervised Alignment of Actions in Video with Text Descriptions.** "
        "Proceedings of the International Joint Conference on Artificial Intelligence (IJCAI). 2016. "
        "[[Paper]](https://www.ijcai.org/Proceedings/16/Papers/289.pdf)\n")
    refer = found["Referitgame: Referring to objects in photographs of natural scenes"]
    assert (refer.notes, [a.name for a in refer.authors], refer.year) == (["RefClef"], ["Sahar Kazemzadeh"], 2014)
    assert refer.venue == "EMNLP 2014"  # (the short name the meeting's full name gives in brackets)
    song = found["Unsupervised Alignment of Actions in Video with Text Descriptions"]
    assert ([a.name for a in song.authors], song.year) == (["Young Chol Song"], 2016)


def test_a_year_and_venue_prefix_and_a_venue_cell_between_bars():
    # subeeshvasu/Awesome-Learning-with-Label-Noise; hoya012/awesome-anomaly-detection
    found = papers(
        "## Papers\n\n"
        "* 2017-PAKDD - On the Robustness of Decision Tree Learning under Label Noise. "
        "[[Paper]](https://arxiv.org/pdf/1605.06296.pdf)\n"
        "* 2018-ICLR_W - How Do Neural Networks Overcome Label Noise?. [[Paper]](https://openreview.net/pdf?id=ryk0yPJvz)\n"
        "* 2021 - A Title Without Its Venue Here. [[Paper]](https://arxiv.org/pdf/2101.00001.pdf)\n"
        "- Provable self-representation based outlier detection in a union of subspaces | **[CVPR' 17]** | "
        "[`[pdf]`](https://arxiv.org/pdf/1704.03925.pdf)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("On the Robustness of Decision Tree Learning under Label Noise", "PAKDD 2017", 2017),
        ("How Do Neural Networks Overcome Label Noise?", "ICLR-W 2018", 2018),
        ("A Title Without Its Venue Here", None, 2021),
        ("Provable self-representation based outlier detection in a union of subspaces", "CVPR 2017", 2017)]


def test_a_title_link_not_filled_in_yet_is_still_the_title():
    # jokieleung/awesome-visual-question-answering: "[Title]()" then the citation
    parsed = parse(
        "## VQA\n\n"
        "- [Overcoming Language Priors in VQA via Decomposed Linguistic Representations]() - Chenchen Jing et al, "
        "**AAAI 2020**.\n"
        "- [Contents](#contents)\n")
    assert [(e.data.title, e.data.venue, [a.name for a in e.data.authors]) for e in parsed.entries] == [
        ("Overcoming Language Priors in VQA via Decomposed Linguistic Representations", "AAAI 2020", ["Chenchen Jing"])]


def test_a_second_paragraph_with_the_papers_own_links_is_more_of_the_entry():
    # thunlp/PromptPapers: a numbered bold title and its badges, then a paragraph of authors (with
    # equal-contribution marks), the links and the date; the links were kept only as words in a note
    found = papers(
        "## Basics\n\n"
        "16. **NSP-BERT: A Prompt-based Zero-Shot Learner Through an Original Pre-training Task —— Next Sentence"
        " Prediction**  ![](https://img.shields.io/badge/NSPBERT-blue)\n"
        "    \n"
        "    *Yi Sun\\*, Yu Zheng\\*, Chao Hao, Hangping Qiu*, [[pdf](https://arxiv.org/abs/2109.03564)],"
        " [[project](https://github.com/sunyilgdx/NSP-BERT)], 2021.9\n\n"
        "5. **Why Do Pretrained Language Models Help in Downstream Tasks?** Preprint.\n\n"
        "    *Colin Wei Sang Michael Xie Tengyu Ma* [[pdf](https://arxiv.org/pdf/2106.09226.pdf)], 2021.6\n")
    nsp = found["NSP-BERT: A Prompt-based Zero-Shot Learner Through an Original Pre-training Task —— Next Sentence"
                " Prediction"]
    assert (nsp.arxiv_id, [a.name for a in nsp.authors], nsp.links.get("code"), nsp.year) == (
        "2109.03564", ["Yi Sun", "Yu Zheng", "Chao Hao", "Hangping Qiu"], "https://github.com/sunyilgdx/NSP-BERT", 2021)
    why = found["Why Do Pretrained Language Models Help in Downstream Tasks?"]
    # names without commas cannot be told apart: kept as written, as a note, not as a description
    assert (why.arxiv_id, why.authors, why.summary, why.notes) == (
        "2106.09226", [], None, ["Colin Wei Sang Michael Xie Tengyu Ma"])


def test_a_journal_named_after_a_bold_title_without_a_year():
    # thunlp/PromptPapers: where other entries say "Preprint." or "ACL 2021."
    found = papers(
        "## Overview\n\n"
        "4. **Paradigm Shift in Natural Language Processing.** Machine Intelligence Research.\n"
        "   \n"
        "   *Tianxiang Sun, Xiangyang Liu, Xipeng Qiu, Xuanjing Huang* [[pdf](https://arxiv.org/abs/2109.12575)]"
        " [[project](https://txsun1997.github.io/nlp-paradigm-shift/)], 2021.9\n")
    paper = found["Paradigm Shift in Natural Language Processing"]
    assert (paper.venue, paper.year, len(paper.authors), paper.summary) == (
        "Machine Intelligence Research", 2021, 4, None)


def test_a_venue_in_words_with_an_apostrophe_year():
    # hoya012/awesome-anomaly-detection writes journals as it writes "[AICS' 09]"
    found = papers(
        "## One Class\n\n"
        "- Estimating the Support of a High- Dimensional Distribution  | **[Journal of Neural Computation' 01]** |"
        " [`[pdf]`](http://users.cecs.anu.edu.au/~williams/papers/P132.pdf)\n"
        "- A review of novelty detection | **[Signal Processing' 14]** |  [`[link]`]"
        "(https://www.sciencedirect.com/science/article/pii/S016516841300515X)\n"
        "- A Survey of Recent Trends in One Class Classification  | **[AICS' 09]** |  [`[pdf]`](https://a.org/x.pdf)\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [
        ("Journal of Neural Computation 2001", 2001, None), ("Signal Processing 2014", 2014, None),
        ("AICS 2009", 2009, None)]


def test_a_year_venue_prefix_whose_dash_is_glued_to_the_venue():
    # subeeshvasu/Awesome-Learning-with-Label-Noise: "2018-Arxiv- " beside "2017-IEEE-TIFS - "
    found = papers(
        "## 2018\n\n"
        "* 2018-Arxiv- Improving Multi-Person Pose Estimation using Label Correction."
        " [[Paper]](https://arxiv.org/pdf/1811.03331.pdf)\n"
        "* 2017-IEEE-TIFS - A Light CNN for Deep Face Representation with Noisy Labels."
        " [[Paper]](https://arxiv.org/abs/1511.02683)\n")
    assert [(title, p.venue, p.year) for title, p in found.items()] == [
        ("Improving Multi-Person Pose Estimation using Label Correction", "Arxiv 2018", 2018),
        ("A Light CNN for Deep Face Representation with Noisy Labels", "IEEE-TIFS 2017", 2017)]


def test_a_description_over_two_lines_keeps_the_space_where_the_line_broke():
    # EdinburghNLP/awesome-hallucination-detection read "does not correspondto a valid triple"
    found = papers(
        "## Metrics\n\n"
        "- **A Title of Some Paper** [[paper](https://arxiv.org/abs/2101.00001)] defines a span that does not"
        " correspond\n  to a valid triple in a KG.\n")
    assert found["A Title of Some Paper"].summary == (
        "defines a span that does not correspond to a valid triple in a KG.")


def test_a_journal_in_italics_and_a_date_after_the_authors():
    # JXLiu-AI/Awesome-Medical-LLM-in-Top-Journals: 214 entries, grouped by journal under <summary> labels
    # that count their papers
    found = papers(
        "## Papers\n\n<details open>\n<summary><b>Nature Medicine</b>（70）</summary>\n\n"
        "- **[A clinically validated framework for auditing AI chatbot behavior in mental health interactions]"
        "(https://doi.org/10.1038/s41591-026-04577-2)**<br/>Weilnhammer V et al. · *Nature Medicine* · 2026-08-07 🧩\n"
        "\n</details>\n")
    paper = found["A clinically validated framework for auditing AI chatbot behavior in mental health interactions"]
    assert (paper.doi, [a.name for a in paper.authors], paper.venue, paper.year, paper.summary, paper.tags) == (
        "10.1038/s41591-026-04577-2", ["Weilnhammer V"], "Nature Medicine 2026", 2026, None, ["Papers/Nature Medicine"])


def test_a_bold_venue_or_nickname_inside_the_prefix_brackets():
    # richard-peng-xia/awesome-multimodal-in-medical-imaging (192 of 196 items); hoya012/awesome-anomaly-detection
    found = papers(
        "## Report Generation\n\n"
        "- [**ACL 2021**] Cross-modal Memory Networks for Radiology Report Generation"
        " [[pdf]](https://arxiv.org/pdf/2204.13258) [[code]](https://github.com/zhjohnchan/R2GenCMN)\n"
        "- [**ALOCC**]Adversarially Learned One-Class Classifier for Novelty Detection  | **[CVPR' 18]** |"
        "  [`[pdf]`](https://arxiv.org/pdf/1802.09088.pdf)\n")
    assert [(title, p.venue, p.notes) for title, p in found.items()] == [
        ("Cross-modal Memory Networks for Radiology Report Generation", "ACL 2021", []),
        ("Adversarially Learned One-Class Classifier for Novelty Detection", "CVPR 2018", ["ALOCC"])]


def test_a_bold_title_line_and_its_fields_as_bullets():
    # DWCTOD/CVPR2024-Papers-with-Code-Demo (165 papers), as amusi's CVPR lists write them: the bold line was
    # read as a heading and each bullet as a paper titled "论文/Paper"
    found = papers(
        "## 扩散模型(Diffusion Models)\n\n"
        "**DEADiff: An Efficient Stylization Diffusion Model with Disentangled Representations**\n\n"
        "- 论文/Paper: https://arxiv.org/abs/2403.06951\n"
        "- 代码/Code: https://github.com/Tianhao-Qi/DEADiff_code\n\n"
        "**MACE: Mass Concept Erasure in Diffusion Models**\n\n"
        "- Paper: http://arxiv.org/pdf/2403.06135\n"
        "- Code: None\n\n"
        "**A Paper Whose Link Is Not Out Yet**\n\n"
        "- 论文/Paper: None\n"
        "- 代码/Code: None\n")
    assert [(title, p.arxiv_id, p.links.get("code"), p.summary, p.tags) for title, p in found.items()] == [
        ("DEADiff: An Efficient Stylization Diffusion Model with Disentangled Representations", "2403.06951",
         "https://github.com/Tianhao-Qi/DEADiff_code", None, ["扩散模型(Diffusion Models)"]),
        ("MACE: Mass Concept Erasure in Diffusion Models", "2403.06135", None, None, ["扩散模型(Diffusion Models)"]),
        ("A Paper Whose Link Is Not Out Yet", None, None, None, ["扩散模型(Diffusion Models)"])]


def test_a_journal_and_year_that_read_as_one_name_before_the_authors_below():
    # Thinklab-SJTU/awesome-ml4co: "Procedia Manufacturing" was the paper's author, its authors dropped
    found = papers(
        "## Surveys\n\n"
        "3. **Machine Learning Approaches to Learning Heuristics for Combinatorial Optimization Problems.** "
        "Procedia Manufacturing, 2018. [journal](https://www.sciencedirect.com/science/article/pii/S2351978918311351)\n"
        "\n    *Mirshekarian, Sadegh and Sormaz, Dusan.*\n")
    paper = found["Machine Learning Approaches to Learning Heuristics for Combinatorial Optimization Problems"]
    assert ([a.name for a in paper.authors], paper.venue, paper.year) == (
        ["Sadegh Mirshekarian", "Dusan Sormaz"], "Procedia Manufacturing 2018", 2018)


def test_what_follows_the_authors_and_is_no_venue_is_kept_as_a_note():
    # tjunlp-lab/Awesome-LLMs-Evaluation-Papers: "ARC Evals." was read as more authors and dropped
    found = papers(
        "## Agents\n\n"
        '5. **"Evaluating Language-Model Agents on Realistic Autonomous Tasks"**.\n\n'
        "    *Megan Kinniment et al.* ARC Evals. [[Paper](https://evals.alignment.org/Evaluating_LMAs.pdf)]\n")
    paper = found["Evaluating Language-Model Agents on Realistic Autonomous Tasks"]
    assert ([a.name for a in paper.authors], paper.notes, paper.summary) == (["Megan Kinniment"], ["ARC Evals."], None)


def test_a_second_doi_is_kept_under_its_label():
    found = papers(
        "## Journals\n\n"
        "- [A Paper in a Journal](https://doi.org/10.1000/one) [[erratum](https://doi.org/10.1000/two)]\n")
    paper = found["A Paper in a Journal"]
    assert (paper.doi, paper.links) == ("10.1000/one", {"erratum": "https://doi.org/10.1000/two"})


def test_fields_set_off_by_bars_a_tag_first_and_the_authors_and_year_last():
    # DengBoCong/nlp-paper (172 of 176 entries): the tag was the title, the authors and year were description
    found = papers(
        "## 语言模型\n\n"
        "+ [语言模型] | [Efficient Estimation of Word Representations in Vector Space](https://arxiv.org/pdf/1301.3781v3.pdf)"
        " | [阅读笔记](https://zhuanlan.zhihu.com/p/26306795) | Word2vec开山之作之一，专门讲训练中的两个trick |"
        " Tomas Mikolov et al,2013\n")
    paper = found["Efficient Estimation of Word Representations in Vector Space"]
    assert (paper.arxiv_id, [a.name for a in paper.authors], paper.year, paper.summary, paper.notes) == (
        "1301.3781", ["Tomas Mikolov"], 2013, "Word2vec开山之作之一，专门讲训练中的两个trick", ["语言模型"])


def test_an_acl_anthology_citation_authors_and_year_before_the_title_link():
    # THUNLP-MT/MT-Reading-List (398 entries): the authors were the title
    found = papers(
        "## Must Reads\n\n"
        "* Kishore Papineni, Salim Roukos, Todd Ward, and Wei-Jing Zhu. 2002. [BLEU: a Method for Automatic Evaluation"
        " of Machine Translation](http://aclweb.org/anthology/P02-1040). In *Proceedings of ACL 2002*."
        " ([Citation](https://scholar.google.com/scholar?cites=9019091454858686906): 8,507)\n"
        "* Philipp Koehn and Rebecca Knowles. 2017. [Six Challenges for Neural Machine Translation]"
        "(http://www.aclweb.org/anthology/W17-3204). In *Proceedings of the First Workshop on Neural Machine"
        " Translation*.\n"
        "* Peter E. Brown, Stephen A. Della Pietra, Vincent J. Della Pietra, and Robert L. Mercer. 1993. [The"
        " Mathematics of Statistical Machine Translation: Parameter Estimation](http://aclweb.org/anthology/J93-2003)."
        " *Computational Linguistics*.\n")
    assert [(title, len(p.authors), p.venue, p.year, p.summary, p.notes) for title, p in found.items()] == [
        ("BLEU: a Method for Automatic Evaluation of Machine Translation", 4, "ACL 2002", 2002, None,
         ["Citation: 8,507"]),
        ("Six Challenges for Neural Machine Translation", 2, "First Workshop on Neural Machine Translation 2017",
         2017, None, []),
        ("The Mathematics of Statistical Machine Translation: Parameter Estimation", 4,
         "Computational Linguistics 1993", 1993, None, [])]


def test_a_preprint_takes_the_year_of_the_date_the_entry_gives():
    # git-disl/awesome-LLM-game-agent-papers, YunjiaXi/Awesome-Search-Agent-Papers: "*arXiv*" after a date
    found = papers(
        "## Agents\n\n"
        "- [2024/03] **KnowAgent: Knowledge-Augmented Planning for LLM-Based Agents** *arXiv*"
        " [[paper](https://arxiv.org/abs/2403.03101.pdf)]\n\n"
        "| Time | Paper | Venue |\n|---|---|---|\n"
        "| 2025.8  | [You Don't Need Pre-built Graphs for RAG](https://arxiv.org/abs/2508.06105)  |  arXiv |\n")
    assert [(p.venue, p.year) for p in found.values()] == [("arXiv 2024", 2024), ("arXiv 2025", 2025)]


def test_a_nested_citation_gives_the_authors_the_venue_and_the_full_title():
    # autonomousdrivingkr/Awesome-Autonomous-Driving: a name or a short title, then the citation below it
    found = papers(
        "## Classification\n\n"
        "* Microsoft (PReLu/Weight Initialization) [[Paper]](http://arxiv.org/pdf/1502.01852)\n"
        "  * Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun, Delving Deep into Rectifiers: Surpassing Human-Level"
        " Performance on ImageNet Classification, arXiv:1502.01852.\n"
        "* GoogLeNet [[Paper]](http://arxiv.org/pdf/1409.4842)\n"
        "  * Christian Szegedy, Wei Liu, Yangqing Jia, CVPR, 2015.\n"
        "* ParseNet: Looking Wider to See Better\n"
        "  *  Wei Liu, Andrew Rabinovich, Alexander C Berg\n"
        "    [[Paper]](https://arxiv.org/abs/1506.04579). arXiv:1506.04579, 2015.\n")
    assert [(title, p.arxiv_id, len(p.authors), p.venue, p.notes) for title, p in found.items()] == [
        ("Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification", "1502.01852", 4,
         "arXiv", ["Microsoft (PReLu/Weight Initialization)"]),
        ("GoogLeNet", "1409.4842", 3, "CVPR 2015", []),
        ("ParseNet: Looking Wider to See Better", "1506.04579", 3, "arXiv 2015", [])]


def test_a_table_of_results_names_methods_not_papers():
    # hoya012/deep_learning_object_detection: a detector's name, its scores and where it was published
    text = (
        "## performance table\n\n"
        "|   Detector   | VOC07 (mAP@IoU=0.5) | VOC12 (mAP@IoU=0.5) | COCO (mAP) | Published In |\n"
        "|:------------:|:-------------------:|:-------------------:|:----------:|:------------:|\n"
        "|     R-CNN    |         58.5        |          -          |      -     |    CVPR'14   |\n"
        "|    MR-CNN    |     78.2 (07+12)    |     73.9 (07+12)    |      -     |    ICCV'15   |\n")
    assert parse(text).entries == []


def test_an_ampersand_in_a_link_is_an_entity_only_with_its_semicolon():
    # IndexFziQ/GNN4NLP-Papers: "&noteId=" came back as "¬eId=" (html.unescape reads the legacy "&not")
    found = papers(
        "## Graphs\n\n"
        "- Graph Neural Networks for Text [[pdf](https://openreview.net/forum?id=r1lfF2NYvH&noteId=r1lfF2NYvH)]"
        " [[code](https://example.org/get?a=1&amp;b=2)]\n"
        '- <a href="https://openreview.net/forum?id=abc&noteId=abc">Another Paper About Graphs</a>\n')
    assert [(p.url, p.links) for p in found.values()] == [
        ("https://openreview.net/forum?id=r1lfF2NYvH&noteId=r1lfF2NYvH", {"code": "https://example.org/get?a=1&b=2"}),
        ("https://openreview.net/forum?id=abc&noteId=abc", {})]


def test_a_venue_whose_track_is_named_and_a_group_of_authors():
    # wangkai930418/awesome-diffusion-categorized; JXLiu-AI/Awesome-Medical-LLM-in-Top-Journals
    found = papers(
        "## Editing\n\n"
        "**Custom-Edit: Text-Guided Image Editing with Customized Diffusion Models** \\\n"
        "[[CVPR 2023 AI4CC Workshop](https://arxiv.org/abs/2305.15779)]\n\n"
        "- **[Reporting guidelines for chatbot health advice studies](https://doi.org/10.1136/bmj-2024-083305)**<br/>"
        "CHART Collaborative. et al. · *BMJ* · 2025-08-01\n"
        "- **[Alignment of Policy, Practice, and Patient Safety for Trustworthy AI in Radiology]"
        "(https://doi.org/10.1148/ryai.250982)**<br/>Doo FX et al. · *Radiology: Artificial Intelligence*"
        " · 2026-07-01\n")
    assert [(p.venue, p.year, p.authors and p.authors[0].name, p.notes, p.summary) for p in found.values()] == [
        ("CVPR 2023 AI4CC Workshop", 2023, [], [], None),
        ("BMJ 2025", 2025, [], ["CHART Collaborative. et al."], None),
        ("Radiology: Artificial Intelligence 2026", 2026, "Doo FX", [], None)]


def test_cells_between_bars_in_a_list_item_authors_and_a_status():
    # hoya012/deep_learning_object_detection and hoya012/awesome-anomaly-detection: "Title | Authors | Venue |"
    found = papers(
        "## 2017\n\n"
        "- **[YOLO v2]** YOLO9000: Better, Faster, Stronger | Joseph Redmon, Ali Farhadi | **[CVPR' 17]** |"
        "[`[pdf]`](https://arxiv.org/pdf/1612.08242.pdf)\n"
        "- A Systematic Evaluation of Deep Anomaly Detection Methods for Time Series | **Under Review** |"
        " [`[code]`](https://github.com/KDD-OpenSource/DeepADoTS)\n")
    assert [([a.name for a in p.authors], p.venue, p.notes, p.summary) for p in found.values()] == [
        (["Joseph Redmon", "Ali Farhadi"], "CVPR 2017", ["YOLO v2"], None), ([], None, ["Under Review"], None)]


def test_under_tools_an_entry_whose_title_links_arxiv_is_a_paper():
    # yuleiqin/fantastic-data-engineering: "# Tools" holds classifiers cited by their papers, and a repository
    found = papers(
        "# Fantastic Data Engineering\n\n# Tools\n## Popular Classifiers in NLP\n"
        "- [FastText Classifier](https://arxiv.org/pdf/1607.01759) - Bag of Tricks for Efficient Text Classification.\n"
        "- [Data-Juicer](https://github.com/modelscope/data-juicer) - A one-stop data processing system"
        " [[paper](https://arxiv.org/abs/2309.02033)]\n")
    assert [(title, p.arxiv_id) for title, p in found.items()] == [("FastText Classifier", "1607.01759")]


def test_a_nested_pointer_to_the_paper_under_a_title_that_links_its_code():
    # EdinburghNLP/awesome-hallucination-detection: "Paper available [here](arXiv)" was read as a paper of its own
    found = papers(
        "## Surveys\n\n"
        "- [A Survey on Hallucination in Large Language Models: Principles, Taxonomy, Challenges, and Open Questions]"
        "(https://github.com/LuckyyySTA/Awesome-LLM-hallucination)\n"
        "    - Paper available [here](https://arxiv.org/abs/2311.05232)\n"
        "    - Two main categories: *factuality hallucinations* and *faithfulness hallucinations*.\n")
    [(title, paper)] = found.items()
    assert (title, paper.arxiv_id, paper.links.get("code"), paper.notes) == (
        "A Survey on Hallucination in Large Language Models: Principles, Taxonomy, Challenges, and Open Questions",
        "2311.05232", "https://github.com/LuckyyySTA/Awesome-LLM-hallucination",
        ["Two main categories: factuality hallucinations and faithfulness hallucinations."])


def test_a_reference_as_gb_t_7714_writes_it_and_a_mark_before_it():
    # YuyangZhangFTD/awesome-RecSys-papers: "`*`" marks some entries (they vanished); "[C]" a proceedings paper
    found = papers(
        "## 2017\n\n"
        "- `*` Wang, Xiang, et al. \"Item Silk Road: Recommending Items from Information Domains to Social Users.\""
        " arXiv preprint arXiv:1706.03205 (2017).[[pdf]](https://arxiv.org/pdf/1706.03205.pdf)\n"
        "- Xia F, Liu T Y, Wang J, et al. Listwise approach to learning to rank: theory and algorithm[C]//Proceedings"
        " of the 25th international conference on Machine learning. ACM, 2008: 1192-1199.[[pdf]](https://a.org/x.pdf)\n"
        "- `*` Manotumruksa J, Macdonald C, Ounis I. A Personalised Ranking Framework with Multiple Sampling Criteria"
        " for Venue Recommendation[J]. 2017.[[pdf]](http://www.dcs.gla.ac.uk/~craigm/multi-criteria-sampling.pdf)\n")
    assert [(title, [a.name for a in p.authors], p.venue, p.year, p.notes) for title, p in found.items()] == [
        ("Item Silk Road: Recommending Items from Information Domains to Social Users", ["Xiang Wang"], "arXiv 2017",
         2017, ["*"]),
        ("Listwise approach to learning to rank: theory and algorithm", ["F Xia", "T Y Liu", "J Wang"],
         "Proceedings of the 25th international conference on Machine learning 2008", 2008, []),
        ("A Personalised Ranking Framework with Multiple Sampling Criteria for Venue Recommendation",
         ["J Manotumruksa", "C Macdonald", "I Ounis"], None, 2017, ["*"])]


def test_a_name_and_a_colon_before_the_title_link():
    # wenet-e2e/speech-synthesis-paper (97 of 133 entries)
    found = papers(
        "## Voice Conversion\n\n"
        "- Cotatron (combine text information with voice conversion system): [Cotatron: Transcription-Guided Speech"
        " Encoder for Any-to-Many Voice Conversion without Parallel Data](https://arxiv.org/abs/2005.03295)"
        " (Interspeech 2020)\n")
    [(title, paper)] = found.items()
    assert (title, paper.venue, paper.notes) == (
        "Cotatron: Transcription-Guided Speech Encoder for Any-to-Many Voice Conversion without Parallel Data",
        "Interspeech 2020", ["Cotatron (combine text information with voice conversion system)"])


def test_author_lines_that_end_in_a_date_or_a_journal_in_words():
    # linhlpv/awesome-offline-to-online-RL-papers; ewanlee/MARL-Papers; hanjuku-kaso/awesome-offline-rl (whose
    # second citation line under one entry belongs to another paper: kept as a note)
    found = papers(
        "## 2022\n\n"
        "- [MOORe: Model-based Offline-to-Online Reinforcement Learning](https://arxiv.org/abs/2201.10070v1)\n"
        "    - Yihuan Mao, Chao Wang, Bin Wang, Chongjie Zhang. arXiv 2022. 01/2022.\n"
        "* [If multi-agent learning is the answer, what is the question?](http://robotics.stanford.edu/~shoham/x.pdf)"
        " by Shoham Y, Powers R, Grenager T. Artificial Intelligence, 2007.\n"
        "- [Efficient Self-Supervised Data Collection for Offline Robot Learning](https://arxiv.org/abs/2105.04607)\n"
        "  - Shadi Endrawis, Gal Leibovich, Guy Jacob, Gal Novik, Aviv Tamar. ICRA, 2021.\n"
        "  - Kaiqing Zhang, Zhuoran Yang, Han Liu, Tong Zhang, and Tamer Başar. IEEE T AUTOMATIC CONTROL, 2021.\n")
    assert [(len(p.authors), p.venue, p.year, p.notes) for p in found.values()] == [
        (4, "arXiv 2022", 2022, []), (3, "Artificial Intelligence 2007", 2007, []),
        (5, "ICRA 2021", 2021, ["Kaiqing Zhang, Zhuoran Yang, Han Liu, Tong Zhang, and Tamer Başar. IEEE T AUTOMATIC"
                                " CONTROL, 2021."])]


def test_an_underlined_venue_a_venue_named_in_a_prefix_link_and_a_workshop_with_an_apostrophe_year():
    # AIoT-MLSys-Lab/Efficient-LLMs-Survey (368 of 447 items), htqin/awesome-model-quantization,
    # yueliu1999/Awesome-Jailbreak-on-LLMs
    found = papers(
        "## Quantization\n\n"
        "- GPTQ: Accurate Quantization for Generative Pre-trained Transformers, <ins>ICLR, 2023</ins>"
        " [[Paper](https://openreview.net/forum?id=tcbBPnfwxS)] [[Code](https://github.com/IST-DASLab/gptq)]\n"
        "- [[IEEE Trans. Electron Devices](https://ieeexplore.ieee.org/document/9112690)] Design of High Robustness"
        " BNN Inference Accelerator Based on Binary Memristors. [**`bnn`**]\n\n"
        "| Time | Title | Venue |\n|---|---|---|\n"
        "| 2025.01 | **GuardReasoner: Towards Reasoning-based LLM Safeguards** | ICLR Workshop'25 |\n")
    assert [(title, p.venue, p.year) for title, p in found.items()] == [
        ("GPTQ: Accurate Quantization for Generative Pre-trained Transformers", "ICLR 2023", 2023),
        ("Design of High Robustness BNN Inference Accelerator Based on Binary Memristors",
         "IEEE Trans. Electron Devices", None),
        ("GuardReasoner: Towards Reasoning-based LLM Safeguards", "ICLR 2025 Workshop", 2025)]


def test_what_a_citation_adds_after_its_title_that_is_no_description():
    # YuyangZhangFTD/awesome-RecSys-papers, wenet-e2e/speech-synthesis-paper, jinwchoi/awesome-action-recognition,
    # TheShadow29/awesome-grounding: each of these was the entry's description
    found = papers(
        "## Papers\n\n"
        "- Deep Neural Networks for YouTube Recommendations (2016), Paul Covington, Jay Adams, Emre Sargin.\n"
        "  [[pdf]](https://www.researchgate.net/publication/307573656.pdf)\n"
        "- Beutel, Alex, et al. \"Beyond Globally Optimal: Focused Learning for Improved Recommendations.\" Proceedings"
        " of the 26th International Conference on World Wide Web. International World Wide Web Conferences Steering"
        " Committee, 2017.[[pdf]](http://alexbeutel.com/papers/www2017_focused_learning.pdf)\n"
        "- [Non-Attentive Tacotron: Robust and Controllable Neural TTS Synthesis](https://arxiv.org/pdf/2010.04301v1.pdf)"
        " (under review ICLR 2021)\n"
        "* [Fast Action Proposals for Human Action Detection and Search](http://www.cv-foundation.org/x.pdf) - G. Yu"
        " and J. Yuan, CVPR 2015. Note: code for FAP is NOT available online.\n"
        "1. Hu, Ronghang, et al. **Natural language object retrieval.** Proceedings of the IEEE Conference on Computer"
        " Vision and Pattern Recognition. 2016. *Method name: Spatial Context Recurrent\n"
        "ConvNet (SCRC)* [[Paper]](https://arxiv.org/pdf/1511.04164.pdf)\n")
    assert [(len(p.authors), p.venue, p.summary, p.notes) for p in found.values()] == [
        (3, None, None, []),
        (1, "Proceedings of the 26th International Conference on World Wide Web 2017", None, []),
        (0, None, None, ["under review ICLR 2021"]),
        (2, "CVPR 2015", None, ["Note: code for FAP is NOT available online."]),
        (1, "Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition 2016", None,
         ["Method name: Spatial Context Recurrent ConvNet (SCRC)"])]


def test_a_linked_first_author_a_technical_report_and_a_heading_of_datasets():
    # jinwchoi/awesome-action-recognition
    found = papers(
        "# Awesome Action Recognition\n\n## Action Recognition\n### Spatio-Temporal Action Detection\n"
        "* [Online Real time Multiple Spatiotemporal Action Localisation and Prediction](https://arxiv.org/pdf/1611.08563v3"
        ".pdf) - [G. Singh](http://gurkirt.github.io/) et al, ICCV2017.\n"
        "* [The Design and Implementation of ViPER](https://www.cs.umd.edu/grad/scholarlypapers/papers/davidm-viper.pdf)"
        " - D. Mihalcik and D. Doermann, Technical report.\n"
        "### Action Recognition Datasets\n"
        "* [Charades](http://allenai.org/plato/charades/)\n"
        "* [Kinetics](https://deepmind.com/research/kinetics/), [paper](https://arxiv.org/pdf/1705.07750.pdf)\n")
    assert [(title, [a.name for a in p.authors], p.venue, p.summary) for title, p in found.items()] == [
        ("Online Real time Multiple Spatiotemporal Action Localisation and Prediction", ["G. Singh"], "ICCV 2017",
         None),
        ("The Design and Implementation of ViPER", ["D. Mihalcik", "D. Doermann"], "Technical report", None),
        ("Kinetics", [], None, None)]


def test_names_written_family_name_first_with_initials():
    # ewanlee/MARL-Papers: "by Shoham Y, Powers R, Grenager T." is Y Shoham, R Powers, T Grenager, as the
    # development set reads "Zhang, Yonggang"; one name alone ("Zhou Y et al.") is left as written
    found = papers(
        "## Papers\n\n"
        "* [If multi-agent learning is the answer, what is the question?](http://robotics.stanford.edu/~shoham/x.pdf)"
        " by Shoham Y, Powers R, Grenager T. Artificial Intelligence, 2007.\n"
        "- **[A foundation model for generalizable disease detection from retinal images](https://doi.org/10.1038/"
        "s41586-023-06555-x)**<br/>Zhou Y et al. · *Nature* · 2023-09-13\n")
    assert [[a.name for a in p.authors] for p in found.values()] == [["Y Shoham", "R Powers", "T Grenager"], ["Zhou Y"]]


def test_papers_without_links_under_a_heading_named_like_models_and_groups_ending_in_a_stop():
    # Yangyi-Chen/Multimodal-AND-Large-Language-Models: 95 papers vanished ("## Foundation Model" read as a heading
    # of models; "**Common sense.**" read as a paper whose bullets were its notes)
    found = papers(
        "## Reasoning\n\n**Common sense.**\n"
        "- **Improving Commonsense in Vision-Language Models via Knowledge Graph Riddles;** Shuquan Ye et al\n\n"
        "## Foundation Model\n### First Generation: Using region-based features; Before 2020.6;\n"
        "- **ViLT: Vision-and-Language Transformer Without Convolution or Region Supervision;** Wonjae Kim et al;"
        " Get rid of heavy computation of ROI and CNN through utilizing ViT.\n")
    assert [(title, [a.name for a in p.authors], p.summary, p.tags) for title, p in found.items()] == [
        ("Improving Commonsense in Vision-Language Models via Knowledge Graph Riddles", ["Shuquan Ye"], None,
         ["Reasoning/Common sense"]),
        ("ViLT: Vision-and-Language Transformer Without Convolution or Region Supervision", ["Wonjae Kim"],
         "Get rid of heavy computation of ROI and CNN through utilizing ViT.",
         ["Foundation Model/First Generation: Using region-based features; Before 2020.6;"])]


def test_more_venue_forms_from_blind_lists():
    # xcfcode/Summarization-Papers ("KDD19" in a Conference column), WooooDyy/LLM-Agent-Paper-List ("IEEE(ICRA)"),
    # roomylee/awesome-relation-extraction (the venue on a bullet of its own), KimMeen/Awesome-GNN4TS ("(Energy,
    # 2022)"), cure-lab/Awesome-time-series (a "Key Contribution" column)
    found = papers(
        "## Factuality\n\n"
        "| Paper | Conference | Key Contribution |\n|---|---|---|\n"
        "|[Assessing The Factual Accuracy of Generated Text](https://arxiv.org/abs/1905.13322)|KDD19| a metric |\n"
        "|[Some Findings Paper About Summaries](https://arxiv.org/abs/2010.00001)|Findings of EMNLP20| |\n\n"
        "- [2023/02] Code as Policies: Language Model Programs for Embodied Control"
        " [[paper](https://arxiv.org/abs/2209.07753)] *Jacky Liang et al. IEEE(ICRA).*\n"
        "* Convolution Neural Network for Relation Extraction [[paper]](https://link.springer.com/chapter/10.1007/x)\n"
        "\t* ChunYang Liu, WenBo Sun, WenHan Chao and WanXiang Che\n"
        "\t* ADMA 2013\n"
        "- Short-term wind speed forecasting based on spatial-temporal graph transformer networks (Energy, 2022)"
        " [[paper]](https://www.sciencedirect.com/science/article/pii/S0360544222004741)\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [
        ("KDD 2019", 2019, "a metric"), ("EMNLP 2020 Findings", 2020, None), ("IEEE ICRA", 2023, None),
        ("ADMA 2013", 2013, None), ("Energy 2022", 2022, None)]


def test_a_heading_right_after_an_html_block_with_no_blank_line():
    # htqin/awesome-model-quantization: "## Papers" followed "</details>" at once, so CommonMark kept it inside the
    # HTML block, and 310 papers were filed under the survey's "Bibtex" group
    found = papers(
        "## Survey_Papers\n\n<details><summary>Bibtex</summary><pre><code>@misc{gholami2021survey,\n"
        "}</code></pre></details>\n## Papers\n\n### 2022\n\n"
        "- [[ICLR](https://openreview.net/forum?id=7udZAsEzd60)] VC dimension of partially quantized neural networks"
        " in the overparametrized regime.\n")
    assert [p.tags for p in found.values()] == [["Papers/2022"]]


def test_authors_before_the_title_link_without_a_year_and_marks_after_names():
    # THUNLP-MT/MT-Reading-List writes a few citations without their year; htqin/awesome-model-quantization
    # marks names with "*" and "#"
    found = papers(
        "## Papers\n\n"
        "* Ivan Vulić and Anna Korhonen. [On the Role of Seed Lexicons in Learning Bilingual Word Embeddings]"
        "(http://www.aclweb.org/anthology/P16-1024). In *Proceedings of ACL 2016*.\n")
    [(title, paper)] = found.items()
    assert (title, [a.name for a in paper.authors], paper.venue) == (
        "On the Role of Seed Lexicons in Learning Bilingual Word Embeddings", ["Ivan Vulić", "Anna Korhonen"],
        "ACL 2016")
    assert people.parse("Xudong Ma*, Yifu Ding *, Xianglong Liu#") == ["Xudong Ma", "Yifu Ding", "Xianglong Liu"]


def test_a_bracketed_maker_after_the_title_and_a_workshop_with_a_glued_year():
    # Echo-Wxl/Federated-Learning: "[Berkeley]" was the description; "[KDD20 Workshop]" was no venue
    found = papers(
        "## NeurIPS 2020\n\n"
        "* [FedSplit: an algorithmic framework for fast federated optimization](https://papers.nips.cc/paper/2020/"
        "file/4ebd440d99504722d80de606ea8507da-Paper.pdf) [Berkeley]\n"
        "* [FedCD: Improving Performance in non-IID Federated Learning](https://arxiv.org/pdf/2006.09637)"
        " [KDD20 Workshop]\n")
    assert [(p.venue, p.notes, p.summary) for p in found.values()] == [
        ("NeurIPS 2020", ["Berkeley"], None), ("KDD 2020 Workshop", [], None)]


def test_fields_after_semicolons_who_when_and_what_about():
    # Echo-Wxl/Federated-Learning: the maker, the year and keywords were the description
    found = papers(
        "## 2020\n\n"
        "- [Federated Learning with Only Positive Labels](https://arxiv.org/pdf/2004.10342.pdf);Google Research;2020;"
        "label deficiency in multi-class classification\n")
    [paper] = found.values()
    assert (paper.year, paper.notes, paper.summary) == (
        2020, ["Google Research", "label deficiency in multi-class classification"], None)


def test_a_capitalised_venue_with_a_glued_year_and_a_journal_on_a_nested_bullet():
    # xcfcode/Summarization-Papers ("SLT18"); roomylee/awesome-relation-extraction (the journal in words on its
    # own bullet); louieworth/awesome-rlhf ("Meta, 2023." is who made it, kept as a note)
    found = papers(
        "## Papers\n\n"
        "| Paper | Conference |\n|---|---|\n"
        "|[Some Summarisation Paper About Speech](https://arxiv.org/abs/1801.00001)|SLT18|\n\n"
        "* Joint Extraction of Entities and Relations Using Reinforcement Learning and Deep Learning"
        " [[paper]](https://www.hindawi.com/journals/cin/2017/7643065/)\n"
        "\t* Yuntian Feng, Hongjun Zhang, Wenning Hao, and Gang Chen\n"
        "\t* Journal of Computational Intelligence and Neuroscience 2017\n"
        "- [Llama 2: Open Foundation and Fine-Tuned Chat Models](https://arxiv.org/abs/2307.09288)\n"
        "  - Meta, 2023.\n")
    assert [(p.venue, p.year, p.notes) for p in found.values()] == [
        ("SLT 2018", 2018, []), ("Journal of Computational Intelligence and Neuroscience 2017", 2017, []),
        (None, None, ["Meta, 2023."])]


def test_a_venue_tag_and_a_bare_address_on_a_nested_bullet():
    # liudaizong/Awesome-3D-Visual-Grounding (85 of 86 entries): the venue, the year and the arXiv ID were notes
    found = papers(
        "## Papers\n\n"
        "* **Language Conditioned Spatial Relation Reasoning for 3D Object Grounding** |"
        " [Github](https://github.com/cshizhe/vil3dref)\n"
        "  * Shizhe Chen, Pierre-Louis Guhur, Makarand Tapaswi, Cordelia Schmid, Ivan Laptev\n"
        "  * [NeurIPS2022] https://arxiv.org/abs/2211.09646\n"
        "  * Two-stage approach, proposal-then-selection, spatial relation\n")
    [paper] = found.values()
    assert (paper.arxiv_id, paper.venue, paper.year, len(paper.authors), paper.notes) == (
        "2211.09646", "NeurIPS 2022", 2022, 5, ["Two-stage approach, proposal-then-selection, spatial relation"])


def test_a_venue_and_a_two_digit_year_with_a_space_or_the_year_first():
    # feifeiobama/Awesome-Continual-Learning (348 entries), zhijing-jin/CausalNLP_Papers (175 lines)
    found = papers(
        "## Papers\n\n"
        "* (ICLR 19) Learning to Learn without Forgetting by Maximizing Transfer and Minimizing Interference\n"
        "1. (2019 EMNLP) **Weakly Supervised Multilingual Causality Extraction from Wikipedia.**\n")
    assert [(p.venue, p.year) for p in found.values()] == [("ICLR 2019", 2019), ("EMNLP 2019", 2019)]


def test_an_applications_heading_is_a_topic():
    # feifeiobama/Awesome-Continual-Learning: 175 papers under "## Application" vanished, read as apps
    found = papers(
        "# Awesome Continual Learning\n\n## Survey\n\n"
        "* (TPAMI 21) A Continual Learning Survey: Defying Forgetting in Classification Tasks\n\n"
        "## Application\n\n"
        "* (ICCV 23) Random Boxes Are Open-world Object Detectors\n")
    assert [(p.venue, p.tags) for p in found.values()] == [("TPAMI 2021", ["Survey"]), ("ICCV 2023", ["Application"])]


def test_a_venue_in_plain_words_before_the_title_link():
    # huiyang-yi/Awesome-Causality-and-ML-Papers (every entry): the venue was read as the title
    found = papers(
        "## Differentiable causal discovery\n"
        "4. NIPS 2020 [On the Role of Sparsity and DAG Constraints for Learning Linear DAGs]"
        "(https://arxiv.org/abs/2006.10201)(在线性高斯情况下，通过最大似然+软DAG约束结合)\n"
        "16. ICLR [How robust is unsupervised representation learning to distribution shift?]"
        "(https://openreview.net/forum?id=LiXDW7CF94J)(无监督学习算法中学习到的表示)\n"
        "2. Journal of Causal Inference [Invariant Causal Prediction for Nonlinear Models]"
        "(https://arxiv.org/abs/1706.08576)(非线性ICP)\n"
        "3. JASA [Invariant Causal Prediction for Sequential Data](https://arxiv.org/abs/1706.08058)(ICP的时序扩展)\n")
    assert [(p.title.split()[0], p.venue, p.year) for p in found.values()] == [
        ("On", "NIPS 2020", 2020), ("How", "ICLR", None), ("Invariant", "Journal of Causal Inference", None),
        ("Invariant", "JASA", None)]
    assert found["How robust is unsupervised representation learning to distribution shift?"].url == \
        "https://openreview.net/forum?id=LiXDW7CF94J"


def test_words_before_a_title_link_that_name_no_venue_stay_out_of_the_venue():
    found = papers("## Papers\n- Deep Learning [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
                   "- NEW [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239)\n")
    assert [p.venue for p in found.values()] == [None, None]
    assert found["Denoising Diffusion Probabilistic Models"].notes == ["NEW"]  # (a mark in capitals is no venue)


def test_a_year_column_before_the_venue_column_gives_the_venue_its_year():
    # oneTaken/awesome_deep_learning_interpretability: "|Year|Publication|Paper|Citation|code|", 145 rows
    found = papers(
        "|Year|Publication|Paper|Citation|code|\n|:---:|:---:|:---:|:---:|:---:|\n"
        "|2019|NeurIPS|[Towards Automatic Concept-based Explanations](http://papers.nips.cc/paper/9126-towards-"
        "automatic-concept-based-explanations.pdf)|25|[Tensorflow](https://github.com/amiratag/ACE)|\n")
    [paper] = found.values()
    assert (paper.venue, paper.year, paper.links["code"]) == ("NeurIPS 2019", 2019, "https://github.com/amiratag/ACE")


def test_a_year_in_parentheses_before_a_bold_title_is_its_year_not_a_number():
    # zhijing-jin/CausalNLP_Papers: "(2020)", "(2008 LREC)" before the bold title
    found = papers(
        "## Causal Inference\n\n"
        "1. (2020) **DoWhy: An End-to-End Library for Causal Inference.** [[pdf](https://arxiv.org/abs/2011.04216)]\n"
        "1. (2008 LREC) **Causal Relation Extraction.** [[pdf](http://www.lrec-conf.org/proceedings/lrec2008/pdf/87_paper.pdf)]\n"
        "1. (12) **Numbered in parentheses: the number is not a year.** [[pdf](https://example.org/12.pdf)]\n")
    assert [(p.title, p.venue, p.year) for p in found.values()] == [
        ("DoWhy: An End-to-End Library for Causal Inference", None, 2020),
        ("Causal Relation Extraction", "LREC 2008", 2008),
        ("Numbered in parentheses: the number is not a year", None, None)]


AUDIO_LLM = (  # AudioLLMs/Awesome-Audio-LLM: an index of short names, then every paper in full
    "## Table of Contents\n\n### Abbreviations with Links\n"
    "- [SPIRIT LM](https://arxiv.org/pdf/2402.05755)\n"
    "- [LLaST](https://arxiv.org/pdf/2407.15415)\n"
    "- [SLAM-LLM](https://arxiv.org/pdf/2402.08846)\n\n"
    "## Model and Methods\n\n"
    "- `【2024-10】-【SPIRIT LM】-【Meta】-【Type: Model】`\n"
    "  - **SPIRIT LM: Interleaved Spoken and Written Language Model**\n"
    "  - **Author(s):** Tu Anh Nguyen, Benjamin Muller, Bokai Yu\n"
    "  - [![GitHub stars](https://img.shields.io/github/stars/facebookresearch/spiritlm?style=social)]"
    "(https://github.com/facebookresearch/spiritlm)\n"
    "  - [Paper](https://arxiv.org/abs/2402.05755) / [Other Link](https://speechbot.github.io/spiritlm/)\n\n"
    "- `【2024-07】-【LLaST】-【The Chinese University of Hong Kong, Shenzhen; Shanghai AI Laboratory; Nara Institute"
    " of Science and Technology, Japan】-【Type: Model】`\n"
    "  - **LLaST: Improved End-to-end Speech Translation System Leveraged by Large Language Models**\n"
    "  - **Author(s):** Xi Chen, Songyang Zhang, Qibing Bai, Kai Chen, Satoshi Nakamura\n"
    "  - [Paper](https://arxiv.org/pdf/2407.15415)\n\n"
    "- `【2024-02】-【SLAM-LLM】-【Shanghai Jiao Tong University (SJTU)】-【Type: Model】`\n"
    "  - **An Embarrassingly Simple Approach for LLM with Strong ASR Capacity**\n"
    "  - **Author(s):** Authors not specified in the provided information\n"
    "  - [![GitHub stars](https://img.shields.io/github/stars/X-LANCE/SLAM-LLM?style=social)]"
    "(https://github.com/X-LANCE/SLAM-LLM)\n"
    "  - [Paper](https://arxiv.org/pdf/2402.08846)\n")


def test_a_bullet_of_tags_with_the_title_and_its_details_on_the_bullets_under_it():
    parsed = parse(AUDIO_LLM)
    spirit, llast, slam = [e.data for e in parsed.entries]
    assert (spirit.title, [a.name for a in spirit.authors], spirit.year, spirit.arxiv_id, spirit.links) == (
        "SPIRIT LM: Interleaved Spoken and Written Language Model", ["Tu Anh Nguyen", "Benjamin Muller", "Bokai Yu"],
        2024, "2402.05755", {"code": "https://github.com/facebookresearch/spiritlm",
                             "other link": "https://speechbot.github.io/spiritlm/"})
    assert spirit.notes == ["SPIRIT LM", "Meta", "Type: Model"]
    assert (llast.title, len(llast.authors), llast.year) == (
        "LLaST: Improved End-to-end Speech Translation System Leveraged by Large Language Models", 5, 2024)
    # a keyed authors bullet that names nobody is kept as a note, and the paper is still read
    assert (slam.authors, slam.links.get("code"), slam.notes[-1]) == (
        [], "https://github.com/X-LANCE/SLAM-LLM", "Author(s): Authors not specified in the provided information")


def test_an_index_of_short_names_is_not_the_papers_it_points_at():
    parsed = parse(AUDIO_LLM)
    assert [e.data.tags for e in parsed.entries] == [["Model and Methods"]] * 3
    assert parsed.skipped[:3] == [(n, f"an index line: the list writes this paper in full at line {full}")
                                  for n, full in ((4, 10), (5, 16), (6, 21))]
    assert "Table of Contents/Abbreviations with Links" not in parsed.sections


def test_one_paper_listed_in_two_sections_stays_in_both():
    parsed = parse(
        "## Surveys\n"
        "- [A Survey of Large Language Models](https://arxiv.org/abs/2303.18223)\n"
        "## Evaluation\n"
        "- [A Survey of Large Language Models](https://arxiv.org/abs/2303.18223) - covers evaluation too\n")
    assert [e.data.tags for e in parsed.entries] == [["Surveys"], ["Evaluation"]]


def test_a_short_name_in_bold_parentheses_before_the_title_and_a_venue_in_a_code_span():
    # notij/Awesome-Reasoning-LLM (53 entries): the name had been the title and the title the summary
    found = papers(
        "## Paper List\n\n"
        "- **(CoRAG)** Chain-of-Retrieval Augmented Generation ```NeurIPS 2025```     \n"
        "[[Paper](https://arxiv.org/abs/2501.14342)] [[GitHub](https://github.com/microsoft/LMOps/tree/main/corag)]\n"
        "- **(EviNote-RAG)** EviNote-RAG: Enhancing RAG Models via Answer-Supportive Evidence Notes"
        " ```ICLR 2026 UnderReview```     \n[[Paper](https://arxiv.org/abs/2509.00877)]\n")
    corag = found["Chain-of-Retrieval Augmented Generation"]
    assert (corag.venue, corag.year, corag.notes, corag.summary) == ("NeurIPS 2025", 2025, ["CoRAG"], None)
    assert found["EviNote-RAG: Enhancing RAG Models via Answer-Supportive Evidence Notes"].venue == \
        "ICLR 2026 UnderReview"


def test_a_post_a_taxonomy_label_and_a_row_of_benchmarks_are_not_papers():
    parsed = parse(
        "## Alignment Data\n\n"  # GaryYufei/AlignLLMHumanSurvey: blog posts beside papers
        "- Self-Instruct: Aligning Language Model with Self Generated Instructions"
        " [[Paper]](https://arxiv.org/abs/2212.10560)\n"
        "- Free Dolly: Introducing the World's First Truly Open Instruction-Tuned LLM"
        " [[Blog]](https://www.databricks.com/blog/2023/04/12/dolly-first-open-commercially-viable-instruction-tuned-llm)\n"
        "\n## Taxonomy\n\n"  # notij/Awesome-Reasoning-LLM
        "- **Architecture:** Modular (Agent-based) vs. End-to-End Trained\n"
        "\n## Benchmarks and Tasks\n\n"  # zjunlp/Prompt4ReasoningPapers
        "- **Symbolic Reasoning**: [Last Letter Concatenation](https://arxiv.org/abs/2201.11903),"
        " [Coin Flip](https://arxiv.org/abs/2201.11903), Reverse List\n"
        "- **Others**: [BIG-bench](https://doi.org/10.48550/arXiv.2206.04615),"
        " [SCAN](http://proceedings.mlr.press/v80/lake18a.html)\n")
    assert [e.data.title for e in parsed.entries] == [
        "Self-Instruct: Aligning Language Model with Self Generated Instructions"]
    assert dict(parsed.skipped) == {
        4: "a blog post, not a paper (no link to a paper)",
        12: "a label over papers named in short (Last Letter Concatenation, Coin Flip), not an entry",
        13: "a label over papers named in short (BIG-bench, SCAN), not an entry"}


def test_a_bold_title_with_only_a_blog_link_stays_a_paper():
    # the user's own list writes papers in bold, some with only a [[blog]] link (2026 list, line 843)
    found = papers("## Distillation\n\n5. **On-Policy Distillation: Promise, Pitfalls, and Prospects** (2026.06)"
                   " [[blog]](https://louieworth.github.io/blog/opd_reflection/) 总结了OPD的几个问题\n")
    assert list(found) == ["On-Policy Distillation: Promise, Pitfalls, and Prospects"]


def test_a_row_of_links_under_a_tagged_entry_keeps_the_paper_and_names_the_rest():
    # AudioLLMs/Awesome-Audio-LLM: "[Hugging Face Model]" beside "[Paper]" had sent the arXiv link into a note
    parsed = parse(
        "## Model and Methods\n\n"
        "- `【2025-02】-【OSUM】-【ASLP@NPU】-【Type: Model】`\n"
        "  - **OSUM: Advancing Open Speech Understanding Models with Limited Resources in Academia**\n"
        "  - **Author(s):** Xuelong Geng, Kun Wei, Qijie Shao\n"
        "  - [Paper](https://arxiv.org/pdf/2501.13306) / [Hugging Face Model](https://huggingface.co/spaces/ASLP-lab/OSUM)\n")
    [osum] = [e.data for e in parsed.entries]
    assert (osum.arxiv_id, osum.links, osum.notes) == (
        "2501.13306", {"hugging face model": "https://huggingface.co/spaces/ASLP-lab/OSUM"}, ["OSUM", "ASLP@NPU",
                                                                                             "Type: Model"])


def test_a_chinese_table_names_its_title_column_mingzi():
    # mli/paper-reading: "| 已录制 | 年份 | 名字 | 简介 | 引用 |", 89 rows; none was read (the ✅ column was the title)
    found = papers(
        "## 所有论文\n\n| 已录制 | 年份 | 名字 | 简介 | 引用 |\n| ------ | ---- | ---- | ---- | ---- |\n"
        "| | 2021 | [MLP-Mixer](https://arxiv.org/pdf/2105.01601.pdf) | 使用MLP替换self-attention |"
        "[![citation](https://img.shields.io/badge/dynamic/json?label=citation)](https://www.semanticscholar.org/p/1)"
        " |\n"
        "| ✅ | 2018 | [BERT](https://arxiv.org/abs/1810.04805) | Transformer一统NLP的开始 | |\n")
    assert [(p.title, p.arxiv_id, p.year, p.summary) for p in found.values()] == [
        ("MLP-Mixer", "2105.01601", 2021, "使用MLP替换self-attention"),
        ("BERT", "1810.04805", 2018, "Transformer一统NLP的开始")]


def test_a_date_as_the_paper_links_text_gives_the_year():
    # XueFuzhao/awesome-mixture-of-experts (59 lines): under "**arXiv**", the link's text is the day it came out
    found = papers(
        "## Papers\n\n**arXiv**\n\n"
        "- Patcher: Patch Transformers with Mixture of Experts for Precise Medical Image Segmentation"
        " [[5 Jun 2022]](https://arxiv.org/abs/2206.01741)\n"
        "- Mixture-of-Experts with Expert Choice Routing [[NeurIPS 2022]](https://arxiv.org/abs/2202.09368)\n")
    assert [(p.venue, p.year, p.links) for p in found.values()] == [("arXiv 2022", 2022, {}),
                                                                    ("NeurIPS 2022", 2022, {})]


def test_a_year_then_a_journal_in_brackets_before_a_bold_title():
    # OmicsML/awesome-molecule-protein-pretrain-papers (112 lines): the prefix had stayed in the title
    found = papers(
        "## Molecule\n\n"
        "2. [2023 Engineering] **Machine Learning for Chemistry: Basics and Applications**"
        " [[paper]](https://www.sciencedirect.com/science/article/pii/S2095809923002813)\n"
        "20. [2023 Nature Computational Science] **Guided diffusion for inverse molecular design**"
        " [[paper]](https://www.nature.com/articles/s43588-023-00532-0)[[code]](https://gitlab.com/porannegroup/gaudi)\n")
    assert [(p.title, p.venue, p.year) for p in found.values()] == [
        ("Machine Learning for Chemistry: Basics and Applications", "Engineering 2023", 2023),
        ("Guided diffusion for inverse molecular design", "Nature Computational Science 2023", 2023)]


def test_corr_is_kept_as_the_list_writes_it():
    # ZhengZixiang/ATPapers (83 lines): DBLP's name for arXiv, as stated
    found = papers(
        "## Transformer\n\n- **Generating Long Sequences with Sparse Transformers**. *Rewon Child, Scott Gray, Alec"
        " Radford, Ilya Sutskever*. (CoRR 2019) [[paper]](https://arxiv.org/abs/1904.10509)\n")
    assert [(p.venue, p.year, len(p.authors)) for p in found.values()] == [("CoRR 2019", 2019, 4)]


def test_cells_between_bars_in_a_numbered_item():
    # Qinying-Liu/Awesome-Open-Vocabulary-Semantic-Segmentation (156 of 242 lines): the venue cell was the title
    found = papers(
        "## Fully-supervised\n\n"
        "1. <span id = \"1001\">**[LSeg]**</span> | **ICLR'22** | Language-driven Semantic Segmentation |"
        " [`[pdf]`](https://arxiv.org/abs/2201.03546) | [`[code]`](https://github.com/isl-org/lang-seg)\n"
        "32. <span id = \"1003\">**[H-CLIP]**</span> | **Arixv'24.05** | Parameter-efficient Fine-tuning in"
        " Hyperspherical Space for Open-vocabulary Semantic Segmentation | [`[pdf]`](https://arxiv.org/pdf/2405.18840)\n")
    assert [(p.title.split()[0], p.venue, p.year, p.notes, p.summary) for p in found.values()] == [
        ("Language-driven", "ICLR 2022", 2022, ["LSeg"], None), ("Parameter-efficient", "arXiv 2024", 2024, ["H-CLIP"],
                                                                 None)]


def test_the_authors_then_the_venue_in_brackets_after_the_links():
    # wangzheallen/awesome-human-pose-estimation (399 of 618 lines): venue, year and authors were the summary
    found = papers(
        "## 2D Pose estimation\n\n"
        "- [PifPaf: Composite Fields for Human Pose Estimation](https://arxiv.org/abs/1903.06593)  -"
        " [[CODE]](https://github.com/vita-epfl/openpifpaf) - Sven Kreiss, Lorenzo Bertoni, Alexandre Alahi"
        " (CVPR 2019)\n"
        "- [Dense Human Pose Estimation In The Wild](https://arxiv.org/pdf/1802.00434.pdf) -"
        " [[CODE]](https://github.com/facebookresearch/Densepose) - Guler, R.A., Neverova, N., & Kokkinos, I."
        " (CVPR 2018)\n")
    assert [(p.venue, p.year, [a.name for a in p.authors], p.summary) for p in found.values()] == [
        ("CVPR 2019", 2019, ["Sven Kreiss", "Lorenzo Bertoni", "Alexandre Alahi"], None),
        ("CVPR 2018", 2018, ["R.A. Guler", "N. Neverova", "I. Kokkinos"], None)]


def test_a_name_and_colon_in_bold_italics_begin_the_title():
    # AlonzoLeeeooo/awesome-video-generation (95 lines): the title had been the name alone
    found = papers(
        "## Text-to-Video Generation\n\n- **Year 2023**\n  - **NeurIPS**\n"
        "    - Video Diffusion Models [[Paper]](https://arxiv.org/pdf/2204.03458.pdf)\n"
        "  - **ICLR**\n"
        "    - ***Imagen Video:*** High Definition Video Generation with Diffusion Models"
        " [[Paper]](https://arxiv.org/pdf/2210.02303.pdf)\n"
        "    - ***Ground-A-Video:*** Zero-shot Grounded Video Editing using Text-to-image Diffusion Models"
        " [[Paper]](https://arxiv.org/pdf/2310.01107)\n"
        "\n## Datasets used\n\n"
        "- [ECCV 2020] ***SkyTimeLapse:*** DTVNet: Dynamic Time-lapse Video Generation via Single Still Image"
        " [[Paper]](https://arxiv.org/abs/2008.04776)\n")
    assert [(p.title, p.venue, p.tags, p.notes) for p in found.values()] == [
        # a bold venue over one bullet is its group, not a paper titled "NeurIPS"
        ("Video Diffusion Models", "NeurIPS 2023", ["Text-to-Video Generation/Year 2023/NeurIPS"], []),
        ("Imagen Video: High Definition Video Generation with Diffusion Models", "ICLR 2023",
         ["Text-to-Video Generation/Year 2023/ICLR"], []),
        ("Ground-A-Video: Zero-shot Grounded Video Editing using Text-to-image Diffusion Models", "ICLR 2023",
         ["Text-to-Video Generation/Year 2023/ICLR"], []),
        # the name of what it is used for, before a title that names itself, is a note
        ("DTVNet: Dynamic Time-lapse Video Generation via Single Still Image", "ECCV 2020", ["Datasets used"],
         ["SkyTimeLapse"])]


def test_affiliations_under_the_title_are_a_note_and_a_bracketed_preprint_month_is_its_year():
    # danelpeng/Awesome-Continual-Leaning-with-PTMs (70 lines): "[] The University of ..." had been the summary
    found = papers(
        "## Survey\n\n"
        "* [**Mixture of Experts Meets Prompt-Based Continual Learning**](https://arxiv.org/pdf/2405.14124)"
        " [**Arxiv 2024.05**]\n"
        "The University of Texas at Austin, Hanoi University of Science and Technology, VinAI Research\n"
        "* [**Continual Learning with Pre-Trained Models: A Survey**](https://arxiv.org/pdf/2401.16386)"
        " [**IJCAI 2024**]\nNanjing University\n")
    assert [(p.venue, p.year, p.summary, p.authors, p.notes) for p in found.values()] == [
        ("Arxiv 2024", 2024, None, [], ["The University of Texas at Austin, Hanoi University of Science and Technology,"
                                        " VinAI Research"]),
        ("IJCAI 2024", 2024, None, [], ["Nanjing University"])]


def test_a_journal_named_in_words_is_not_an_affiliation():
    # thunlp/PromptPapers: "Machine Intelligence Research." is where it was published
    found = papers("## Overview\n\n4. **Paradigm Shift in Natural Language Processing.**"
                   " Machine Intelligence Research.\n"
                   "   \n   *Tianxiang Sun, Xiangyang Liu, Xipeng Qiu, Xuanjing Huang* [[pdf](https://arxiv.org/abs/"
                   "2109.12575)] [[project](https://txsun1997.github.io/nlp-paradigm-shift/)], 2021.9\n")
    assert [p.venue for p in found.values()] == ["Machine Intelligence Research"]


def test_one_author_in_full_after_the_year():
    # zzw922cn/awesome-speech-recognition-speech-synthesis-papers: the author had been the summary
    found = papers("## ASR\n\n- **Optimizing expected word error rate via sampling for speech recognition**(2017),"
                   " Matt Shannon. [[pdf]](https://arxiv.org/pdf/1706.02776)\n")
    assert [([a.name for a in p.authors], p.year, p.summary) for p in found.values()] == [
        (["Matt Shannon"], 2017, None)]


def test_a_list_inside_a_details_block_with_no_blank_line_is_still_a_list():
    # Jhy1993/Awesome-GNN-Recommendation: 75 of 86 papers follow "<summary> more </summary>" directly, which
    # CommonMark keeps in the HTML block; GitHub shows them as text, the maintainer meant a list
    parsed = parse(
        "# GNN based Recommendation\n\n"
        "1. Rianne van den Berg, Thomas N. Kipf, Max Welling. **Graph Convolutional Matrix Completion.** 2017."
        " [paper](https://arxiv.org/abs/1706.02263)\n"
        "<details> \n<summary> more </summary> \n"
        "7. Shu Wu, Yuyuan Tang, Yanqiao Zhu, Liang Wang, Xing Xie, Tieniu Tan. **Session-based Recommendation with"
        " Graph Neural Networks.** AAAI 2019. [paper](https://arxiv.org/abs/1811.00855)\n"
        "11. Xiang Wang, Xiangnan He, Yixin Cao, Meng Liu, Tat-Seng Chua. **KGAT: Knowledge Graph Attention Network"
        " for Recommendation.** KDD 2019. [paper](https://arxiv.org/pdf/1905.07854)\n"
        "</details>\n")
    assert [(e.data.arxiv_id, e.data.venue, len(e.data.authors)) for e in parsed.entries] == [
        ("1706.02263", None, 3), ("1811.00855", "AAAI 2019", 6), ("1905.07854", "KDD 2019", 5)]
    assert parsed.skipped == []


def test_a_list_in_a_pre_block_stays_verbatim():
    parsed = parse("## Papers\n\n<pre>\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n</pre>\n")
    assert parsed.entries == []


def test_google_scholars_mla_after_the_title_link():
    # nebula-beta/awesome-adversarial-deep-learning (42 lines): who, the preprint and its year had been the summary
    found = papers(
        "## Attack\n\n"
        "- [Generating Natural Adversarial Examples](https://arxiv.org/abs/1710.11342) Zhao, Zhengli, Dheeru Dua,"
        " and Sameer Singh. arXiv preprint arXiv:1710.11342. 2017.\n"
        "* **C&W :** [Towards Evaluating the Robustness of Neural Networks](https://ieeexplore.ieee.org/abstract/"
        "document/7958570).  N. Carlini, D. Wagner. arXiv preprint arXiv:1608.04644, 2016.\n"
        "- **Box-constrained L-BFGS :** [Intriguing properties of neural networks](https://arxiv.org/pdf/1312.6199.pdf)."
        " Szegedy, Christian, et al. ICLR(Poster) 2014.\n")
    assert [(p.venue, p.year, [a.name for a in p.authors], p.notes, p.summary) for p in found.values()] == [
        ("arXiv 2017", 2017, ["Zhengli Zhao", "Dheeru Dua", "Sameer Singh"], [], None),
        ("arXiv 2016", 2016, ["N. Carlini", "D. Wagner"], ["C&W"], None),
        ("ICLR 2014 Poster", 2014, ["Christian Szegedy"], ["Box-constrained L-BFGS"], None)]


def test_an_apa_reference_as_the_title_links_text():
    # tsinghua-fib-lab/GNN-Recommender-Systems (102 rows): the whole reference had been the title
    found = papers(
        "## Social Recommendation\n\n| Model | Paper | Venue | Year | Code |\n| --- | --- | --- | --- | --- |\n"
        "| DiffNet | [Wu, L., Sun, P., Fu, Y., Hong, R., Wang, X., & Wang, M. (2019, July). A neural influence"
        " diffusion"
        " model for social recommendation. In _Proceedings of the 42nd international ACM SIGIR conference on research"
        " and development in information retrieval_ (pp. 235-244).](https://arxiv.org/pdf/1904.10322) | SIGIR | 2019 |"
        " NA |\n"
        "| GCSAN | [Xu, C., Zhao, P., Liu, Y., Sheng, V. S., Xu, J., Zhuang, F., ... & Zhou, X. (2019, August). Graph"
        " Contextualized Self-Attention Network for Session-based Recommendation. In IJCAI (Vol. 19, pp. 3940-3946)."
        "](https://www.ijcai.org/proceedings/2019/0547.pdf) | IJCAI | 2019 | NA |\n")
    diffnet = found["A neural influence diffusion model for social recommendation"]
    assert ([a.name for a in diffnet.authors][:2], diffnet.venue, diffnet.year) == (
        ["L. Wu", "P. Sun"], "SIGIR 2019", 2019)
    assert diffnet.notes == ["In Proceedings of the 42nd international ACM SIGIR conference on research and development"
                             " in information retrieval (pp. 235-244)."]  # (the italics of a link's text are markup)
    gcsan = found["Graph Contextualized Self-Attention Network for Session-based Recommendation"]
    assert [a.name for a in gcsan.authors] == ["C. Xu", "P. Zhao", "Y. Liu", "V. S. Sheng", "J. Xu", "F. Zhuang",
                                               "X. Zhou"]


def test_findings_of_a_venue_in_a_code_span_is_the_venue():
    # ryanzhumich/Contrastive-Learning-NLP-Papers (23 of 125 venues): it had been the summary
    found = papers("## Summarization\n\n1. **Contrastive Aligned Joint Learning for Multilingual Summarization**"
                   " *Danqing Wang, Jiaze Chen* `Findings of ACL 2021`"
                   " [[pdf]](https://aclanthology.org/2021.findings-acl.242.pdf)\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [("ACL 2021 Findings", 2021, None)]


def test_a_benchmark_table_whose_paper_column_holds_only_links():
    # lchen1019/awesome-mllm-benchmarks (133 rows): no row was read; the paper is known by its name
    found = papers(
        "### OCR/Doc/Chart\n\n| Benchmark | Paper | Date | Organization |\n| --- | --- | --- | --- |\n"
        "| **OCRBench**           | [Paper](https://arxiv.org/abs/2305.07895) · [GitHub](https://github.com/Yuliang-Liu/"
        "MultimodalOCR) · [HF](https://huggingface.co/datasets/echo840/OCRBench) | 2023-05 | HUST |\n"
        "| **SEED-Bench-2-Plus** | [HF](https://huggingface.co/datasets/AILab-CVC/SEED-Bench-2-plus) | 2024-04 |"
        " Tencent |\n")
    assert [(t, p.arxiv_id, p.year, p.links.get("code")) for t, p in found.items()] == [
        ("OCRBench", "2305.07895", 2023, "https://github.com/Yuliang-Liu/MultimodalOCR")]  # (a dataset alone is not)


def test_keycaps_and_a_link_back_to_the_contents_are_not_a_headings_name():
    # October2001/Awesome-KV-Cache-Compression ("### 1️⃣ Pruning / Evicting / Sparse", 153 of 163 entries),
    # DefTruth/Awesome-LLM-Inference ("### 📖LLM Algorithmic/Eval Survey ([©️back👆🏻](#paperlist))", 149 rows)
    found = papers(
        "## Method\n\n### 1️⃣ Pruning / Evicting / Sparse\n\n"
        "1. **H2O: Heavy-Hitter Oracle for Efficient Generative Inference of Large Language Models.**"
        " [[pdf]](https://arxiv.org/abs/2306.14048)\n\n"
        "### 📖LLM Algorithmic/Eval Survey ([©️back👆🏻](#paperlist))\n\n"
        "- [Evaluating Large Language Models: A Comprehensive Survey](https://arxiv.org/abs/2310.19736)\n")
    assert [p.tags for p in found.values()] == [["Method/Pruning ∕ Evicting ∕ Sparse"],
                                                ["Method/LLM Algorithmic∕Eval Survey"]]


def test_a_name_in_brackets_before_the_title_and_the_makers_glued_after_it():
    # DefTruth/Awesome-LLM-Inference (148 rows): "[StreamingLLM] ... SINKS(@Meta AI etc)" was all the title
    found = papers(
        "| Date | Title | Paper |\n|---|---|---|\n"
        "|2023.09|[StreamingLLM] EFFICIENT STREAMING LANGUAGE MODELS WITH ATTENTION SINKS(@Meta AI etc)|"
        "[[pdf]](https://arxiv.org/pdf/2309.17453.pdf)|\n"
        "|2022.07|🔥[**Continuous Batching**] Orca: A Distributed Serving System for Transformer-Based Generative"
        " Models(@Seoul National University etc) |[[pdf]](https://www.usenix.org/system/files/osdi22-yu.pdf)|\n"
        "\n## Initial Instruction\n\n"  # eric-ai-lab/awesome-vision-language-navigation: the name begins the title
        "- [RoomNav]: Building Generalizable Agents with a Realistic and Rich 3D Environment, arXiv 2018\n")
    assert [(t, p.notes) for t, p in found.items()] == [
        ("EFFICIENT STREAMING LANGUAGE MODELS WITH ATTENTION SINKS", ["StreamingLLM", "@Meta AI etc"]),
        ("Orca: A Distributed Serving System for Transformer-Based Generative Models",
         ["Continuous Batching", "@Seoul National University etc"]),
        ("[RoomNav]: Building Generalizable Agents with a Realistic and Rich 3D Environment", [])]


def test_a_wide_table_with_a_compact_date_and_a_linked_first_author():
    # JunMa11/SOTA-MedSeg (43 of 75 rows): "20201008" is a date; the first author links their profile
    found = papers(
        "## ADAM 2020\n\n| Date     | First Author    | Title | IoU  | HD   | Remark |\n"
        "|---|---|---|---|---|---|\n"
        "| 20201008 | Jun Ma          | Exploring Large Context for Cerebral Aneurysm Segmentation"
        " [(arxiv)](https://arxiv.org/abs/2012.15136) [(Code)](https://github.com/JunMa11/ADAM2020) | 0.759 | 4.967 |"
        " 2nd Place in MICCAI 2020 |\n"
        "|202004|[Fabian Isensee](https://scholar.google.com.hk/citations?user=PjerEe4AAAAJ)|Automated Design of Deep"
        " Learning Methods for Biomedical Image Segmentation [(arxiv)](https://arxiv.org/abs/1904.08128)| 0.8 | 5 |"
        " |\n")
    assert [(p.year, [a.name for a in p.authors]) for p in found.values()] == [(2020, ["Jun Ma"]),
                                                                             (2020, ["Fabian Isensee"])]


def test_initials_and_particles_in_a_citation_after_the_title_link():
    # junhyukoh/deep-reinforcement-learning-papers (20 of 272 bullets)
    found = papers(
        "## Value\n"
        "  * [Deep Reinforcement Learning with Double Q-learning](http://arxiv.org/abs/1509.06461), H. van Hasselt"
        " et al., *arXiv*, 2015.\n"
        "  * [Deep Recurrent Q-Learning for Partially Observable MDPs](http://arxiv.org/abs/1507.06527),"
        " M. Hausknecht and P. Stone, *arXiv*, 2015.\n")
    assert [([a.name for a in p.authors], p.venue, p.summary) for p in found.values()] == [
        (["H. van Hasselt"], "arXiv 2015", None), (["M. Hausknecht", "P. Stone"], "arXiv 2015", None)]


def test_bullets_without_links_that_say_how_often_they_are_cited():
    # leesangjun1903/Time-series (81 of 81 entries): nothing was imported; a quoted heading over prose is the quote's
    parsed = parse(
        "# Time-series\n\n# Forecasting\n> ### 예측이 기업에 주는 실질적인 이점은 무엇인가?\n"
        "> 현재 및 과거 데이터를 기반으로 예측을 통해"
        " 조직은 목표를 설정할 수 있습니다.\n\n"
        "- Accurate Medium-Range Global Weather Forecasting with 3D Neural Networks | 2023 · 1598회 인용\n"
        "- FEDformer: Frequency Enhanced Decomposed Transformer for Long-term Series Forecasting"
        " | 2022 · 2801회 인용\n")
    assert [(e.data.year, e.data.notes, e.data.tags) for e in parsed.entries] == [
        (2023, ["1598회 인용"], ["Forecasting"]), (2022, ["2801회 인용"], ["Forecasting"])]


def test_a_quoted_heading_alone_is_still_a_heading():
    # danelpeng/Awesome-Continual-Leaning-with-PTMs writes its sections as "> ### Survey"
    found = papers("## Methods\n\n> ### Survey\n\n* [**Continual Learning with Pre-Trained Models: A Survey**]"
                   "(https://arxiv.org/pdf/2401.16386) [**IJCAI 2024**]\n")
    assert [p.tags for p in found.values()] == [["Methods/Survey"]]


def test_family_names_with_a_particle_and_a_month_that_is_a_name():
    # uclanlp/awesome-fairness-papers (28 of 185 entries): "van Cranenburgh, Andreas"; "Stevenson, Mark, 2020"
    # had been read as "Stevenson" and March 2020
    found = papers(
        "## Papers\n\n"
        "1. [These are not the Stereotypes You are Looking For](https://www.aclweb.org/anthology/W17-1602), Koolen,"
        " Corina  and van Cranenburgh, Andreas, 2017\n"
        "10. [Robustness and Reliability of Gender Bias Assessment in Word Embeddings](https://www.aclweb.org/anthology/"
        "2020.aacl-main.76), Zhang, Haiyang  and Sneyd, Alison  and Stevenson, Mark, 2020\n")
    assert [([a.name for a in p.authors], p.year) for p in found.values()] == [
        (["Corina Koolen", "Andreas van Cranenburgh"], 2017),
        (["Haiyang Zhang", "Alison Sneyd", "Mark Stevenson"], 2020)]


def test_a_journal_in_italics_after_in_and_a_keyed_field_in_italics():
    found = papers(
        "## Surveys\n\n"  # qhliu26/awesome-time-series-analysis, qingsongedu/awesome-AI-for-time-series-papers
        "* Anomaly detection for IoT time-series data: A survey, in *IEEE Internet of Things Journal* 2019."
        " [\\[Paper\\]](https://ieeexplore.ieee.org/abstract/document/8926446/)\n"
        "\n## Resources\n\n"  # zhiqiangzhongddu/Awesome-Knowledge-augmented-GML-for-Drug-Discovery (53 entries)
        "1. **UFF.** *Type:* Table. [[Paper]](https://pubs.acs.org/doi/10.1021/ja00051a040)\n")
    survey, uff = found.values()
    assert (survey.title, survey.venue, survey.year) == (
        "Anomaly detection for IoT time-series data: A survey", "IEEE Internet of Things Journal 2019", 2019)
    assert (uff.summary, uff.notes) == (None, ["Type: Table."])


def test_an_acl_citation_on_one_line_with_the_title_in_bold():
    # thunlp/NREPapers (55 lines): all of it had been the title
    found = papers(
        "## Papers\n1. Guodong Zhou, Jian Su, Jie Zhang, and Min Zhang. 2005. **Exploring various knowledge in relation"
        " extraction**. In Proceedings of ACL, pages 427–434. [[paper]](https://www.aclweb.org/anthology/P05-1053)\n"
        "1. Shantanu Kumar. 2017. **A survey of deep learning methods for relation extraction**."
        " [[paper]](https://arxiv.org/pdf/1705.03645.pdf)\n")
    assert [(t, [a.name for a in p.authors], p.venue, p.year) for t, p in found.items()] == [
        ("Exploring various knowledge in relation extraction", ["Guodong Zhou", "Jian Su", "Jie Zhang", "Min Zhang"],
         "ACL 2005", 2005),
        ("A survey of deep learning methods for relation extraction", ["Shantanu Kumar"], None, 2017)]


def test_a_venue_badge_of_a_label_and_a_colour():
    # DEEP-PolyU/Awesome-LLM-based-Text2SQL (95 bullets): "badge/AAAI2025-006400"
    found = papers(
        "## Methods\n"
        "* ![AAAI2025](https://img.shields.io/badge/AAAI2025-006400) MAGIC: Generating Self-Correction Guideline for"
        " In-Context Text-to-SQL [[Paper](https://arxiv.org/pdf/2406.12692)]\n"
        "* ![ACL2024Findings](https://img.shields.io/badge/ACL2024Findings-87CEFA) Before Generation, Align it!"
        " [[Paper](https://arxiv.org/abs/2403.08888)]\n")
    assert [(p.venue, p.year) for p in found.values()] == [("AAAI 2025", 2025), ("ACL 2024 Findings", 2024)]


def test_a_citation_in_full_width_brackets_after_the_title_link():
    # caiyinqiong/Semantic-Retrieval-Models (132 lines)
    found = papers(
        "## Dense Retrieval\n"
        "- [Dense Passage Retrieval for Open-Domain Question Answering](https://arxiv.org/pdf/2004.04906.pdf)"
        "（Karpukhin et al., 2020, EMNLP, **DPR**）\n"
        "- [A Vector Space Model for Automatic Indexing](https://dl.acm.org/doi/pdf/10.1145/361219.361220)"
        "（1975, **VSM**）\n")
    assert [([a.name for a in p.authors], p.venue, p.year, p.notes) for p in found.values()] == [
        (["Karpukhin"], "EMNLP 2020", 2020, ["DPR"]), ([], None, 1975, ["VSM"])]


def test_authors_linked_to_their_pages_inside_an_italic_author_line():
    # weihaox/awesome-neural-rendering (25 of 124 author lines): the list stopped at the first linked name
    parsed = parse(
        "## Texture\n\n**Learning to Generate Textures on Meshes.**<br>\n"
        "*Amit Raj, [Cusuh Ham](https://cusuh.github.io/), Connelly Barnes, Vladimir Kim, Jingwan Lu,"
        " James Hays.*<br>\n"
        "CVPR 2019. [[PDF](http://openaccess.thecvf.com/content_cvprw_2019/papers/Raj_Learning_CVPRW_2019_paper.pdf)]\n"
        "\n**Deep Single-Image Portrait Relighting.**<br>\n"
        "*[Hao Zhou](https://www.cs.umd.edu/~hzhou/), Xiang Yu, David W Jacobs.*<br>\n"
        "ICCV 2019. [[PDF](https://arxiv.org/abs/1908.03535)]\n")
    textures, relighting = [e.data for e in parsed.entries]
    assert [a.name for a in textures.authors] == ["Amit Raj", "Cusuh Ham", "Connelly Barnes", "Vladimir Kim",
                                                  "Jingwan Lu", "James Hays"]
    assert textures.links["cusuh ham"] == "https://cusuh.github.io/"  # (their page, kept)
    assert [a.name for a in relighting.authors] == ["Hao Zhou", "Xiang Yu", "David W Jacobs"]


def test_a_paper_cited_with_its_authors_and_venue_under_a_heading_of_resources():
    # caiyinqiong/Semantic-Retrieval-Models: "## Other Resources" holds papers with ACM links, cited in full
    parsed = parse(
        "## Other Resources\n### Other Tasks\n- **E-commerce Search**\n"
        "  - [Deep Multi-Interest Network for Click-through Rate Prediction](https://dl.acm.org/doi/pdf/10.1145/"
        "3340531.3412092)（Xiao et al., 2020, CIKM, **DMIN**）\n"
        "- [Awesome Information Retrieval](https://github.com/harpribot/awesome-information-retrieval)\n")
    assert [(e.data.title, e.data.venue) for e in parsed.entries] == [
        ("Deep Multi-Interest Network for Click-through Rate Prediction", "CIKM 2020")]


def test_a_bold_line_with_a_colon_after_it_stands_as_a_heading():
    # Jianing-Qiu/Awesome-Healthcare-Foundation-Models: "**Vision Transformers**:" over 46 of its 174 bullets
    found = papers(
        "### General Domain\n\n**CNNs**:\n\n"
        "* Designing Network Design Spaces [[paper]](https://openaccess.thecvf.com/content_CVPR_2020/html/"
        "Radosavovic_Designing_Network_Design_Spaces_CVPR_2020_paper.html)\n\n**Vision Transformers**:\n\n"
        "* Transformer in Transformer [[paper]](https://proceedings.neurips.cc/paper/2021/hash/"
        "854d9fca60b4bd07f9bb215d59ef5561-Abstract.html)\n")
    assert [p.tags for p in found.values()] == [["General Domain/CNNs"], ["General Domain/Vision Transformers"]]


def test_venue_prefixes_with_two_digit_years_under_a_bold_group_label():
    # feifeiobama/Awesome-Person-ReID: "(ACM MM 21)", "(TOMCCAP 17)"; the bullets under "**Identification**" had
    # been that bold line's notes (no links: only their venue prefixes say they are papers)
    found = papers(
        "### Global feature learning\n\n**Identification**\n\n"
        "* (TOMCCAP 17) A Discriminatively Learned CNN Embedding for Person Reidentification\n"
        "* (ACM MM 21) HAT: Hierarchical Aggregation Transformers for Person Re-identification\n"
        "\n| proc.   | title | method |\n| ------- | ----- | ------ |\n"
        "| ICCV 17 | [Cross-view Asymmetric Metric Learning for Unsupervised Person Re-identification]"
        "(http://openaccess.thecvf.com/content_ICCV_2017/papers/Yu_Cross-View_ICCV_2017_paper.pdf) | CAMEL |\n")
    assert [(p.venue, p.year) for p in found.values()] == [("TOMCCAP 2017", 2017), ("ACM MM 2021", 2021),
                                                           ("ICCV 2017", 2017)]


def test_a_title_linking_the_lists_own_notes_at_its_anchor_is_a_paper():
    # kcxain/Awesome-LLM4Code (208 lines): every entry had been "a link to a file of the list's own"
    parsed = parse(
        "## 2025-07\n### 0717-0724\n"
        "- [Investigating Training Data Detection in AI Coders](archive/2025-07/0724.md#Investigating-Training-Data-"
        "Detection-in-AI-Coders)\n"
        "- [See the archive](archive/2025-07/0724.md)\n")
    assert [e.data.title for e in parsed.entries] == ["Investigating Training Data Detection in AI Coders"]
    assert parsed.skipped == [(4, "a link to a file of the list's own, not a paper")]


def test_a_bold_title_cited_with_venue_and_year_under_a_heading_that_sounds_like_models():
    # lupantech/dl4math: "## Large Language Models" had swallowed its section, read as a heading of models
    found = papers("## Large Language Models\n"
                   "- [UnifiedQA] **UNIFIEDQA: Crossing Format Boundaries with a Single QA System**, EMNLP 2020"
                   " [paper]\n"
                   "- [GPT-Neo](https://github.com/EleutherAI/gpt-neo) - a model\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("UNIFIEDQA: Crossing Format Boundaries with a Single QA System", "EMNLP 2020")]
