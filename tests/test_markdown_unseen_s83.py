"""Shapes of real lists met in session 43's blind labelling rounds 80 and 81 (``bench/unseen-lists/s83a``-``s84h``),
held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_a_paper_heading_over_its_abstract_then_key_value_bullets():
    """hemilkaklotar/fetch-latest-human-pose-papers (every one of its 56 papers): the title as a heading, its
    abstract's first sentence (quoted, or not), then ``- Paper:``, ``- Code:``, ``- Stars:``, ``- Published:``
    bullets. Before, each bullet was read as a paper of its own ('Stars: 78', 'Published: 04 Jul 2022')."""
    def entry(title: str, abstract: str, slug: str, stars: int, published: str) -> str:
        return (f"## {title}\n\n{abstract}\n\n- Paper: [Link](https://paperswithcode.com/paper/{slug})\n"
                f"- Code: [Link](https://paperswithcode.com/paper/{slug})\n- Stars: {stars}\n"
                f"- Published: {published}\n\n---\n\n")
    found = papers(
        "# Human Motion Estimate Papers\n\n"
        + entry("Back to MLP: A Simple Baseline for Human Motion Prediction", "> This paper tackles the problem of "
                "human motion prediction, consisting in forecasting future body poses from historically observed "
                "sequences.", "back-to-mlp-a-simple-baseline-for-human", 78, "04 Jul 2022")
        + entry("GIMO: Gaze-Informed Human Motion Prediction in Context", "> We perform an extensive study of the "
                "benefits of leveraging the eye gaze for ego-centric human motion prediction.",
                "gimo-gaze-informed-human-motion-prediction-in", 12, "20 Apr 2022")
        + entry("STPOTR: Simultaneous Human Trajectory and Pose Prediction Using a Non-Autoregressive Transformer",
                "The proposed architecture divides human motion prediction into two parts: the human trajectory "
                "and the human pose.", "stpotr-simultaneous-human-trajectory-and-pose", 4, "15 Sep 2022"))
    assert [(t[:12], p.year, p.venue, p.tags) for t, p in found.items()] == [
        ("Back to MLP:", 2022, None, []), ("GIMO: Gaze-I", 2022, None, []), ("STPOTR: Simu", 2022, None, [])]
    mlp = found["Back to MLP: A Simple Baseline for Human Motion Prediction"]
    assert mlp.url == "https://paperswithcode.com/paper/back-to-mlp-a-simple-baseline-for-human"
    assert mlp.summary.startswith("This paper tackles the problem of human motion prediction")


def test_a_paper_heading_over_a_keyed_link_and_a_field_with_an_indented_figure():
    """WindyLab/LLM-RL-Papers (all 20 papers): ``### Title`` over ``- Paper Link: [arXiv 2310.12931](..)`` and
    ``- Framework Overview:`` whose figure and caption are indented below it."""
    found = papers(
        "## Papers [sort by time]\n\n***\n\n"
        "### Eureka: Human-Level Reward Design via Coding Large Language Models\n\n"
        "- Paper Link: [arXiv 2310.12931](https://arxiv.org/abs/2310.12931) , [Homepage](https://eureka-research."
        "github.io/)\n\n"
        "- Framework Overview: \n\n"
        '    <img src="./images/Eureka.png" style="zoom:67%;" />\n\n'
        "***\n\n"
        "### Hierarchical Continual Reinforcement Learning via Large Language Model\n\n"
        "- Paper Link: [arXiv 2401.15098](https://arxiv.org/abs/2401.15098)\n\n"
        "- Framework Overview:\n\n"
        '  <img src="images/Hi_Core framework.png" alt="Hi_Core framework" style="zoom:67%;" />\n\n'
        "  \tThe illustration of the proposed framework. The middle section depicts the internal interactions.\n")
    assert [(t, p.arxiv_id, p.venue, p.tags) for t, p in found.items()] == [
        ("Eureka: Human-Level Reward Design via Coding Large Language Models", "2310.12931", "arXiv",
         ["Papers [sort by time]"]),
        ("Hierarchical Continual Reinforcement Learning via Large Language Model", "2401.15098", "arXiv",
         ["Papers [sort by time]"])]


def test_a_bold_name_a_dash_the_title_then_its_venue_in_italics():
    """yat0i811/Text-to-Motion-Research-Survey (180 lines): ``- **MLD** — Title. *CVPR 2023*. [arXiv:ID](..)``:
    the title after the dash, in sentence case or title case, and the venue in emphasis after its full stop."""
    found = papers(
        "#### 2023\n\n"
        "- **MLD** — Executing your Commands via Motion Diffusion in Latent Space. *CVPR 2023*. "
        "[arXiv:2212.04048](https://arxiv.org/abs/2212.04048)\n"
        "- **AttT2M** — Multi-Perspective Attention for Text-Driven Motion. *ICCV 2023*. "
        "[arXiv:2309.00796](https://arxiv.org/abs/2309.00796)\n"
        "- **MCM** — Multi-condition Motion Synthesis Framework. *ICCV 2025*. —\n")
    assert [(t, p.venue, p.year, p.arxiv_id) for t, p in found.items()] == [
        ("MLD: Executing your Commands via Motion Diffusion in Latent Space", "CVPR 2023", 2023, "2212.04048"),
        ("AttT2M: Multi-Perspective Attention for Text-Driven Motion", "ICCV 2023", 2023, "2309.00796"),
        ("MCM: Multi-condition Motion Synthesis Framework", "ICCV 2025", 2025, None)]


def test_a_bold_name_and_a_dash_before_a_description_stay_a_name_and_its_summary():
    """kimberlyii/Awesome-Video-Understanding: ``- **CLIP** — The standard image-text ... backbone ... [📄](..)``:
    no venue after the words, which describe the paper; the name stays its title."""
    found = papers(
        "- **CLIP** — The standard image-text aligned visual backbone behind many early Video-LLMs. "
        "[📄](https://arxiv.org/abs/2103.00020) [💻](https://github.com/openai/CLIP)\n")
    assert [(t, p.summary) for t, p in found.items()] == [
        ("CLIP", "The standard image-text aligned visual backbone behind many early Video-LLMs.")]


def test_a_year_heading_after_a_span_of_years_is_its_sibling():
    """yat0i811/Text-to-Motion-Research-Survey: ``#### 2021–2022`` then ``#### 2023`` under one section;
    CalayZhou/Multispectral-Pedestrian-Detection-Resource: ``### before 2018`` then ``### 2018``."""
    found = papers(
        "## 手法・モデル（年別）\n\n#### 2021–2022\n\n"
        "- **ACTOR** — Action-Conditioned 3D Human Motion Synthesis with Transformer VAE. *ICCV 2021*. "
        "[arXiv:2104.05670](https://arxiv.org/abs/2104.05670)\n\n"
        "#### 2023\n\n"
        "- **MLD** — Executing your Commands via Motion Diffusion in Latent Space. *CVPR 2023*. "
        "[arXiv:2212.04048](https://arxiv.org/abs/2212.04048)\n")
    assert [p.tags for p in found.values()] == [["手法・モデル（年別）/2021–2022"], ["手法・モデル（年別）/2023"]]


def test_a_fold_labelled_by_a_paper_link_and_its_authors_its_abstract_folded():
    """BaptisteBlouin/EventExtractionPapers (every paper, ~300): ``<details>`` / ``<summary>N. <a href="..">Title</a>
    by<i> Authors </i></summary><blockquote><p>`` abstract ``</p></blockquote></details>`` under year headings.
    Before, no paper of the list was read. The abstract is not taken as the owner's summary."""
    found = papers(
        "## Pattern matching\n\n### 1995\n\n<details>\n"
        '<summary>2. <a href="https://www.aclweb.org/anthology/W95-0112/">Automatically Acquiring Conceptual Patterns '
        'without an Annotated Corpus</a> by<i> Ellen Riloff, Jay Shoen </i></summary><blockquote><p align="justify">\n'
        "Previous work on automated dictionary construction for information extraction has relied on annotated text "
        "corpora.\n</p></blockquote></details>\n")
    assert [(t, p.url, p.year, [a.name for a in p.authors], p.summary, p.tags) for t, p in found.items()] == [
        ("Automatically Acquiring Conceptual Patterns without an Annotated Corpus",
         "https://www.aclweb.org/anthology/W95-0112/", 1995, ["Ellen Riloff", "Jay Shoen"], None,
         ["Pattern matching/1995"])]


def test_a_fold_labelled_by_a_contents_link_is_a_group_not_a_paper():
    """GAIR-NLP/cognition-engineering: ``<summary><a href="#1-test-time-scaling-method">1. Test-Time Scaling
    Method: Parallel Sampling</a></summary>`` folds the contents; it names a group, not a paper."""
    found = papers(
        '<details>\n<summary><a href="#1-test-time-scaling-method-parallel-sampling">1. Test-Time Scaling Method: '
        "Parallel Sampling</a></summary>\n\n- [Self-Consistency Improves Chain of Thought Reasoning in Language "
        "Models](https://arxiv.org/abs/2203.11171)\n\n</details>\n")
    assert list(found) == ["Self-Consistency Improves Chain of Thought Reasoning in Language Models"]


def test_the_day_it_was_posted_then_where_after_a_bold_title():
    """maklachur/Mamba-in-Computer-Vision (119 of its 125 papers): ``**Title** - May 23, 2024, arXiv [[Paper]](..)``."""
    found = papers(
        "- **FractalVMamba: Scalable Visual State Space Model with Fractal Scanning** - May 23, 2024, arXiv "
        "[[Paper](https://arxiv.org/abs/2405.14480)]\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [("arXiv 2024", 2024, None)]


def test_a_paper_source_column_names_the_venue():
    """Fujia1998/ISL4MIS: ``| Date | Paper source | Title | Code |``, the venue in the second column."""
    found = papers(
        "| Date    | Paper source | Title | Code |\n| ------- | --- | --- | --- |\n"
        "| 2022.09 | MICCAI | [Online Easy Example Mining for Weakly-supervised Gland Segmentation from Histology "
        "Images](https://arxiv.org/abs/2206.06665) | [PyTorch](https://github.com/xmed-lab/OEEM) |\n")
    assert [(p.venue, p.year) for p in found.values()] == [("MICCAI", 2022)]


def test_a_venue_column_beside_a_full_reference_in_the_title_cell_names_where():
    """tamlhp/awesome-recsys-poisoning (every row): the title cell links a whole reference, the Venue and Year
    columns say where and when, in the list's own short names."""
    found = papers(
        "| **Name** | **Paper** | **Venue** | **Year** | **Code** |\n| --- | --- | --- | --- | --- |\n"
        "| MA-1 | [Shyong K Lam and John Riedl. 2004. Shilling recommender systems for fun and profit. In Proceedings "
        "of the 13th international conference on World Wide Web. 393–402.](https://dl.acm.org/doi/10.1145/988672."
        "988726) | WWW | 2004 | [Python](#) |\n")
    assert [(t, p.venue, p.year, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Shilling recommender systems for fun and profit", "WWW 2004", 2004, ["Shyong K Lam", "John Riedl"])]


def test_authors_and_publish_date_bullets_under_a_linked_title_with_a_summary_of_bullets():
    """Thinklab-SJTU/Awesome-LLM4AD (every paper of a 301,000-character list): the title linked, its authors
    unkeyed on the first bullet, then ``Publisher:``, ``Publish Date:``, ``Task:``, ``Datasets:`` and a
    ``Summary：`` over bullets of its own (notes, not a one-line summary)."""
    found = papers(
        "- [InDRiVE: Reward-Free World-Model Pretraining for Autonomous Driving via Latent Disagreement]"
        "(https://arxiv.org/abs/2512.18850)\n"
        "  - Feeza Khan Khanzada, Jaerock Kwon\n"
        "  - Publisher: University of Michigan-Dearborn\n"
        "  - Publish Date: 2025.12.21\n"
        "  - Task: Planning\n"
        "  - Datasets: [CARLA](https://carla.org/)\n"
        "  - Summary：\n"
        "    - InDRiVE, a DreamerV3-style model-based reinforcement learning agent for autonomous driving.\n"
        "    - The framework uses disagreement as a proxy for epistemic uncertainty.\n")
    paper = found["InDRiVE: Reward-Free World-Model Pretraining for Autonomous Driving via Latent Disagreement"]
    assert (paper.arxiv_id, paper.year, paper.venue, [a.name for a in paper.authors], paper.summary) == (
        "2512.18850", 2025, None, ["Feeza Khan Khanzada", "Jaerock Kwon"], None)


def test_a_numbered_title_over_fields_its_translation_a_note_and_the_meeting_in_the_lists_title():
    """lif314/awesome-NeRF-papers (every paper): ``# NeRFs-CVPR2023``, then ``[1] Title`` over ``- 题目：`` (its
    title in Chinese), ``- 分类：``, ``- Code: URL`` and ``- Paper: arXiv URL`` bullets. Before, each paper was
    titled 'Paper'."""
    found = papers(
        "# NeRFs-CVPR2023\n\n---\n\n"
        "[1] NeRF-RPN: A general framework for object detection in NeRFs\n\n"
        "- 题目：NeRF-RPN：NeRF中对象检测的通用框架\n"
        "- 分类：目标检测\n\n"
        "- Code: https://github.com/lyclyc52/NeRF_RPN\n\n"
        "- Paper: https://arxiv.org/abs/2211.11646\n")
    paper = found["NeRF-RPN: A general framework for object detection in NeRFs"]
    assert (paper.arxiv_id, paper.links.get("code"), paper.venue, paper.year) == (
        "2211.11646", "https://github.com/lyclyc52/NeRF_RPN", "CVPR 2023", 2023)
    assert "NeRF-RPN：NeRF中对象检测的通用框架" in paper.notes


def test_a_paper_heading_whose_note_names_the_venue_and_whose_link_is_a_proceedings_pdf():
    """SaFoLab-WISC/Awesome-T2I-safety-Papers: ``#### [N] Title`` over emoji-keyed bullets; ``- **📝 Note**: 🔥
    (S&P 2024)`` names where it appeared (over the preprint its ``[arXiv:ID]`` link's label names), and a
    ``**🔗 Link**`` whose paper is a CVPR PDF after the code still makes the heading a paper."""
    found = papers(
        "## Jailbreak Attack on Text-to-Image Models\n\n"
        "#### [0] SneakyPrompt: Jailbreaking Text-to-image Generative Models \n"
        "- **🧑‍🔬 Author**: Yuchen Yang, Bo Hui, Haolin Yuan, Neil Gong, Yinzhi Cao\n"
        "- **🔗 Link**: [[Code](https://github.com/Yuchen413/text2image_safety)] [[arXiv:2305.12082](https://arxiv."
        "org/abs/2305.12082)]\n"
        "- **📝 Note**: 🔥 (S&P 2024)\n\n"
        "#### [2] RIATIG: Reliable and Imperceptible Adversarial Text-to-Image Generation With Natural Prompts\n"
        "- **🧑‍🔬 Author**: Han Liu, Yuhao Wu, Shixuan Zhai, Bo Yuan, Ning Zhang\n"
        "- **🔗 Link**: [[Code](https://github.com/WUSTL-CSPL/RIATIG)] [[CVPR:2023](https://openaccess.thecvf.com/"
        "content/CVPR2023/papers/Liu_RIATIG_CVPR_2023_paper.pdf)]\n"
        "- **📝 Note**: 🔥 (CVPR2023)\n")
    assert [(t[:12], p.venue, p.year, p.tags) for t, p in found.items()] == [
        ("SneakyPrompt", "S&P 2024", 2024, ["Jailbreak Attack on Text-to-Image Models"]),
        ("RIATIG: Reli", "CVPR 2023", 2023, ["Jailbreak Attack on Text-to-Image Models"])]


def test_in_an_arxiv_preprint_and_its_year_after_the_authors_in_italics():
    """XiongweiWu/Awesome-Object-Detection (21 of its 109 entries): ``, in: arXiv preprint arXiv:ID, 2017.``, as
    its others write ``, in: ICCV, 2017.``."""
    found = papers(
        "1. **Dssd: Deconvolutional single shot detector**, *C.-Y. Fu, W. Liu, A. Ranga, A. Tyagi, A. C. Berg*, in: "
        "arXiv preprint arXiv:1701.06659, 2017. [[OpenAccess](https://arxiv.org/abs/1701.06659)], [[Caffe](https://"
        "github.com/zchrissirhcz/caffe-dssd)], `DSSD`\n")
    assert [(p.venue, p.year, p.arxiv_id) for p in found.values()] == [("arXiv 2017", 2017, "1701.06659")]


def test_the_day_it_was_posted_in_bold_then_who_then_the_title_linked():
    """NY1024/AgentSafety-Papers (a list a bot writes, every paper, ~500): ``- **2026-09-09** — Names — [Title](arXiv)``
    over a folded abstract, under ``*Group* — 6 papers``. Before, the date was the title and the group's line a
    paper."""
    found = papers(
        "### 📂 prompt-injection\n*提示注入攻击 / Prompt Injection Attacks* — 6 papers\n\n"
        "- **2026-09-09** — Ryan Lum, Yongfeng Zhang — [Kernel-Managed Shared Memory for System-Wide Personalization]"
        "(http://arxiv.org/abs/2609.10144v1)\n"
        "  <details><summary>📄 Abstract</summary>\n"
        "  AI systems become more useful when they can adapt to the people using them.\n"
        "  </details>\n")
    assert [(t, p.arxiv_id, p.year, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Kernel-Managed Shared Memory for System-Wide Personalization", "2609.10144", 2026,
         ["Ryan Lum", "Yongfeng Zhang"])]


def test_a_bold_date_before_a_bold_title_link_is_still_read_as_before():
    """ZhenyuSun-Walker/Awesome-Text-to-3D-Plus: ``- **2021.06** - **[Title](arXiv)** **(CVPR 2022) :** what it
    does``: the title is the bold link's, the venue its own."""
    found = papers(
        "- **2021.06** - **[Text2Mesh: Text-Driven Neural Stylization for Meshes](https://arxiv.org/abs/2112.03221)** "
        "**(CVPR 2022) :** This work develops intuitive controls for editing the style of 3D objects.\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("Text2Mesh: Text-Driven Neural Stylization for Meshes", "CVPR 2022")]


def test_an_html_list_of_papers_under_a_bold_venue_line():
    """mwan0027/ReadingList (every paper): ``<strong>[AAAI 2020](aaai.org)</strong>`` over ``<ul>`` whose ``<li>``
    items are a title and ``<a href>`` links, a title going on over the next line. Before, no paper was read, and
    the venue lines were imported as papers."""
    found = papers(
        "## Knowledge Distillation\n\n"
        "<strong>[ACL 2020](https://www.aclweb.org/anthology/events/acl-2020/)</strong>\n"
        "<ul>\n"
        '<li>Distilling Knowledge Learned in BERT for Text Generation<a href="https://www.aclweb.org/anthology/2020.'
        'acl-main.705.pdf">[paper]</a><a href="https://github.com/ChenRocks/Distill-BERT-Textgen">[code]</a>\n'
        "<li>Structure-Level Knowledge Distillation For\n"
        'Multilingual Sequence Labeling<a href="https://www.aclweb.org/anthology/2020.acl-main.304.pdf">[paper]</a>\n'
        '<!-- <li>A Commented Out Paper About Distillation<a href="https://arxiv.org/abs/2001.00001">[paper]</a> -->\n'
        "\n</ul>\n")
    assert [(t, p.venue, p.links.get("code"), p.tags) for t, p in found.items()] == [
        ("Distilling Knowledge Learned in BERT for Text Generation", "ACL 2020",
         "https://github.com/ChenRocks/Distill-BERT-Textgen", ["Knowledge Distillation/ACL 2020"]),
        ("Structure-Level Knowledge Distillation For Multilingual Sequence Labeling", "ACL 2020", None,
         ["Knowledge Distillation/ACL 2020"])]


def test_news_under_a_heading_written_with_marks_around_it():
    """Charmve/awesome-scene-text-detection: ``## ✨ News! ✨`` over an HTML list of dated news; none is a paper."""
    found = papers(
        "## ✨ News! ✨\n<ul>\n"
        '\t<li><font size="4"><b>2020.11.04:</b> 21 papers was updated from <a href="http://cvpr2020.thecvf.com/">'
        "CVPR 2020</a>!</font></li>\n</ul>\n\n"
        "## Papers\n\n- [Real-time Scene Text Detection with Differentiable Binarization](https://arxiv.org/abs/"
        "1911.08947)\n")
    assert list(found) == ["Real-time Scene Text Detection with Differentiable Binarization"]


def test_a_paper_heading_its_date_its_abstract_folded_then_a_row_of_links():
    """HKUST-LongGroup/Awesome-MLLM-Benchmarks (every paper): ``### 3. (OwlEval) Title`` over ``**Date**:``,
    ``**Affiliation**:``, the abstract in ``<details>``, then ``[📄 Paper](arXiv) | [🌐 Project Page](..) | [💻 Code]
    (github)``: the row of links is the paper's, the date its year."""
    found = papers(
        "## Understanding Benchmarks\n\n"
        "### 3. (OwlEval) mPLUG-Owl: Modularization Empowers Large Language Models with Multimodality\n"
        "**Date**: 2023.04.27\n\n**Affiliation**: DAMO Academy\n"
        "<details span>\n<summary><b>Abstract</b></summary>\n"
        "Large language models (LLMs) have demonstrated impressive zero-shot abilities.\n</details>\n\n"
        "[📄 Paper](https://arxiv.org/pdf/2304.14178) | [🌐 Project Page](https://www.modelscope.cn/studios/damo/"
        "mPLUG-Owl) | [💻 Code](https://github.com/X-PLUG/mPLUG-Owl)\n")
    paper = found["mPLUG-Owl: Modularization Empowers Large Language Models with Multimodality"]
    assert (paper.arxiv_id, paper.year, paper.links.get("code"), paper.tags) == (
        "2304.14178", 2023, "https://github.com/X-PLUG/mPLUG-Owl", ["Understanding Benchmarks"])


def test_a_venue_and_year_then_its_track_after_a_colon():
    """sangyx/deep-finance (45 of its 61 papers): ``**Title**. IJCAI 2020: AI in FinTech . [paper](..)``; and
    thuml/awesome-multi-task-learning's ``EMNLP 2020: Systems Demonstrations.``: the venue, its year, the track."""
    found = papers(
        "17. **Modeling the Stock Relation with Graph Network for Overnight Stock Movement Prediction**. IJCAI 2020: "
        "AI in FinTech . [paper](https://www.ijcai.org/Proceedings/2020/0626.pdf)\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [("IJCAI 2020 AI in FinTech", 2020, None)]
