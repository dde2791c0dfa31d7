"""Shapes of real lists met in session 60 (round 144's leftovers, ``s147``, and round 145, ``s148``), held with the
lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from paperctl.formats.markdown.reader import parse


def test_a_key_paper_cell_cites_first_author_journal_and_year():
    """vaibhav90/awesome-biopharma-foundation-models (41 of its 42 rows): the model's name is the title, the Key
    Paper column cites its paper as "Surname et al., Journal (Year)", the journal abbreviated as PubMed does and
    known to no list of venues."""
    parsed = parse(
        "| Model | Primary Use Case | Architecture | Input Type | Links | Key Paper |\n"
        "|-------|-----------------|--------------|------------|-------|-----------|\n"
        "| **BALM** | Function prediction, structure prediction (BALMFold), embeddings | ESM-based | Unpaired Antibody "
        "Sequences | [GitHub](https://github.com/BEAM-Labs/BALM) | [Jing et al., Brief Bioinform (2024)]"
        "(https://academic.oup.com/bib/article/25/6/bbae481/7801513) |\n"
        "| **IgBLAST** | Germline V(D)J gene alignment and annotation | BLAST Algorithm | FASTA (Nucleotide or "
        "Protein) | [GitHub](https://github.com/ncbi/igblast) | [Ye et al., Nucleic Acids Res (2013)]"
        "(https://academic.oup.com/nar/article/41/W1/W34/1079645) |\n"
        "| **ANARCI** | Applies standardized numbering schemes (Kabat, IMGT, etc.) | Hidden Markov Models (HMMER) | "
        "FASTA (Amino Acid) | [GitHub](https://github.com/oxpig/ANARCI) | [Dunbar & Deane, Bioinformatics (2016)]"
        "(https://academic.oup.com/bioinformatics/article/32/2/298/1743894) |\n"
        "| **AntiBERTy** | Generating embeddings, mask filling, sequence classification | BERT | Unpaired Antibody "
        "Sequences | [GitHub](https://github.com/jeffreyruffolo/AntiBERTy) | [Ruffolo et al., arXiv (2021)]"
        "(https://arxiv.org/abs/2112.07782) |\n")
    got = [(e.data.title, [a.name for a in e.data.authors], e.data.venue, e.data.year) for e in parsed.entries]
    assert got == [("BALM", ["Jing"], "Brief Bioinform 2024", 2024),
                   ("IgBLAST", ["Ye"], "Nucleic Acids Res 2013", 2013),
                   ("ANARCI", ["Dunbar", "Deane"], "Bioinformatics 2016", 2016),
                   ("AntiBERTy", ["Ruffolo"], "arXiv 2021", 2021)]


def test_figure_links_under_a_paper_are_pictures_not_papers():
    """A survey-computer-vision digest (28 bullets): each paper's figures, linked by their Chinese captions to
    the image host, under the paragraph that sums the paper up; guillaume-chevalier/awesome-deep-learning-resources
    links animations (.gif) the same way."""
    parsed = parse(
        "### 综述三\n\n"
        "**A Review and Comparative Study on Probabilistic Object Detection in Autonomous Driving**<br>\n"
        "链接：https://arxiv.org/abs/2011.10671<br>\n\n"
        "近年来，深度学习已成为实际的目标检测方法，并且提出了许多概率目标检测器。\n\n"
        "* [不确定性估计在自动驾驶中的应用及实例参考](https://tva1.sinaimg.cn/large/006C3FgEgy1gmxosf367bj31ci0j6tde.jpg)<br>\n"
        "* [概率目标检测器概述](https://tva1.sinaimg.cn/large/006C3FgEgy1gmxotcn5fsj30vo0tywlv.jpg)<br>\n"
        "- [Gradient descent algorithms in a saddle point](http://sebastianruder.com/content/images/2016/09/"
        "saddle_point_evaluation_optimizers.gif) - Visualize how different optimizers interacts with a saddle "
        "points.\n")
    assert [e.data.arxiv_id for e in parsed.entries] == ["2011.10671"]
    assert parsed.skipped[-1] == (10, "a picture, not a paper")


def test_a_chinese_field_block_keys_its_title_authors_and_link():
    """A survey-computer-vision digest (25 surveys): "标题" (title), "作者" (authors), "链接" (link) keyed over
    lines broken with <br>, the key inside the bold or bold before its colon; the Chinese translation in brackets
    after the title is a note; the affiliation ("单位") too."""
    parsed = parse(
        "### 综述一\n\n"
        "**标题：Deep Domain Adaptive Object Detection: a Survey**（深度域适应目标检测）<br>\n"
        "作者：Wanyi Li, Peng Wang<br>\n"
        "单位：中国科学院自动化研究所<br>\n"
        "链接：https://arxiv.org/abs/2002.06797<br><br>\n\n"
        "### 综述二\n\n"
        "**标题**：A Comprehensive Review for Breast Histopathology Image Analysis Using  Classical and Deep Neural "
        "Networks（使用经典和深层神经网络进行的乳房组织病理学图像分析的全面综述）<br>\n"
        "**作者**：Xiaomin Zhou,  Tao Jiang<br>\n"
        "**链接**：https://arxiv.org/abs/2003.12255<br>\n")
    first, second = (e.data for e in parsed.entries)
    assert (first.title, [a.name for a in first.authors], first.arxiv_id, first.summary) == (
        "Deep Domain Adaptive Object Detection: a Survey", ["Wanyi Li", "Peng Wang"], "2002.06797", None)
    assert (second.title, [a.name for a in second.authors], second.arxiv_id, second.summary) == (
        "A Comprehensive Review for Breast Histopathology Image Analysis Using Classical and Deep Neural Networks",
        ["Xiaomin Zhou", "Tao Jiang"], "2003.12255", None)
    assert "使用经典和深层神经网络进行的乳房组织病理学图像分析的全面综述" in second.notes


def test_covid_19_in_a_title_is_no_venue():
    """A survey-computer-vision digest: "... Novel Coronavirus (COVID-19)" ends a title; a disease, not a meeting
    named COVID in 2019."""
    parsed = parse("- **A Review on Deep Learning Techniques for the Diagnosis of Novel Coronavirus (COVID-19)** "
                   "[[paper]](https://arxiv.org/abs/2008.04815)\n")
    paper = parsed.entries[0].data
    assert (paper.venue, paper.year) == (None, None)
    assert paper.title.endswith("(COVID-19)")


def test_a_chinese_table_of_publication_years_and_contributions():
    """TLDX-XIONG/paper-reading (its 40 rows): "发表时间" (published) holds the year, "贡献" (contribution) the
    owner's one line on what the paper brings."""
    parsed = parse(
        "| 完成 | 发表时间 | 标题 | 封面 | 贡献 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| ✅ | 2016 | [Xception](https://arxiv.org/abs/1610.02357v3) | <img src='Imgs/Xception.png' width=200px> | "
        "在之前模型基础上使用 depthwise separable 替换传统卷积 |\n"
        "| | 2016 | [SqueezeNet](https://arxiv.org/pdf/1602.07360.pdf) | <img src='Imgs/SqueezeNet.png' width=200px> "
        "| |\n")
    got = [(e.data.title, e.data.year, e.data.summary) for e in parsed.entries]
    assert got == [("Xception", 2016, "在之前模型基础上使用 depthwise separable 替换传统卷积"),
                   ("SqueezeNet", 2016, None)]


def test_a_plain_title_then_its_chinese_translation_in_ascii_brackets():
    """extreme-assistant/ECCV2022-Paper-Code-Interpretation (60 of 88 papers): "[N] Title (译名)<br>" over the
    paper's links; the translation is a note, no part of the title; a description in clauses is not taken for
    one."""
    parsed = parse(
        "### Transformer\n"
        "[2] ScalableViT: Rethinking the Context-oriented Generalization of Vision Transformer (ScalableViT：重新思考 "
        "Vision Transformer 面向上下文的泛化)<br>\n"
        "[paper](https://arxiv.org/abs/2203.10790) | [code](https://github.com/yangr116/scalablevit)<br><br>\n\n"
        "[1] Visual Prompt Tuning (视觉提示调整)<br>\n"
        "[paper](https://arxiv.org/abs/2203.12119) | [code](https://github.com/KMnP/vpt)<br><br>\n")
    scalable, prompt = (e.data for e in parsed.entries)
    assert scalable.title == "ScalableViT: Rethinking the Context-oriented Generalization of Vision Transformer"
    assert (prompt.title, prompt.notes, prompt.summary) == ("Visual Prompt Tuning", ["视觉提示调整"], None)


def test_authors_between_semicolons_after_a_title_link():
    """pbiecek/xai_resources (its papers): "[Title](link); Authors; abstract", the names between semicolons."""
    parsed = parse(
        "### 2019\n\n"
        "* [Fair is Better than Sensational:Man is to Doctor as Woman is to Doctor](https://arxiv.org/abs/1905.09866)"
        "; Malvina Nissim, Rik van Noord, Rob van der Goot; Analogies such as man is to king as woman is to X are "
        "often used to illustrate the amazing power of word embeddings.\n"
        "* [On Explainable Machine Learning Misconceptions and A More Human-Centered Machine Learning]"
        "(https://github.com/jphall663/xai_misconceptions/blob/master/xai_misconceptions.pdf); Patrick Hall; Due to "
        "obvious community and commercial demand, explainable machine learning (ML) methods have already been "
        "implemented.\n")
    got = [([a.name for a in e.data.authors], e.data.year) for e in parsed.entries]
    assert got == [(["Malvina Nissim", "Rik van Noord", "Rob van der Goot"], 2019), (["Patrick Hall"], 2019)]


def test_numbered_year_headings_over_tables_whose_venue_column_is_misnamed():
    """razanalharith/Concept-Based-Explanation (55 rows): "#### 2.2.2. YEAR 2022" is a year, numbered, not a
    paper; in its tables the venues stand under "Reference" and "Publisher" holds the method's technique (the
    header shifted by one), so the column of venues gives the venue."""
    parsed = parse(
        "###  2.2. Papers List\n\n"
        "#### 2.2.2. YEAR 2022\n\n"
        "|    NO    |       Name        | Reference |              Publisher              |      Main Technologies  "
        "    |   Code   |\n"
        "|----------|-------------------|-----------|-------------------------------------|-----------------------"
        "------|----------|\n"
        "|    1     |       CPM         |   ICML    |         SELF-EXPLANATION            |     Semi-supervised     "
        "    |   Yes    |\n"
        "|    2     |       CARs        |  NeurIPS  |      Concept Activation Regions     |     Fully supervised    "
        "    |   Yes    |\n"
        "|    4     |       CRP         |   arXiv   | Layer-wise Relevance Propagation... |     Semi-supervised     "
        "    |   Yes    |\n")
    got = [(e.data.title, e.data.venue, e.data.year, e.data.tags) for e in parsed.entries]
    assert got == [(name, venue, 2022, ["2.2. Papers List/2.2.2. YEAR 2022"]) for name, venue in (
        ("CPM", "ICML 2022"), ("CARs", "NeurIPS 2022"), ("CRP", "arXiv 2022"))]


def test_a_method_name_and_its_year_heading_a_note_and_the_papers_address():
    """MahedAb/Private-synthetic-data-generation-methods (all 18 headings): "#### DPGAN (2018)" over the owner's
    note, then the paper's address and the code's, each alone on its line; a venue no list knows, misspelt, is
    kept as written; a heading that names a venue over papers' titles and addresses stays a section
    (FutureForMe/Chinese_Medical_Natural_Language_Processing_Resources_and_Papers)."""
    parsed = parse(
        "### Methods that are designed to be differentially private\n\n"
        "#### DPGAN (2018)\n"
        "This is the first work on differentially private GANs. There is however \n"
        "no formal proof of preserving differential privacy (e.g. see issues in Github link).\n\n"
        "https://arxiv.org/pdf/1802.06739.pdf\n\n"
        "https://github.com/illidanlab/dpgan\n\n"
        "#### DPCGAN (CPVR-workshop 2019)\n"
        "This work focuses on conditional GAN.\n\n\n"
        "https://arxiv.org/pdf/2001.09700.pdf\n\n"
        "https://github.com/reihaneh-torkzadehmahani/DP-CGAN\n\n"
        "#### CTGAN\n"
        "Specifically designed to handle tabular data.\n\n"
        "https://arxiv.org/abs/1907.00503\n\n"
        "## EMNLP_2020\n\n"
        "Infusing Disease Knowledge into BERT for Health Question Answering, Medical Inference and Disease Name "
        "Recognition\n \n"
        "论文地址：[https://www.aclweb.org/anthology/2020.emnlp-main.372/](https://www.aclweb.org/anthology/"
        "2020.emnlp-main.372/)\n")
    got = [(e.data.title, e.data.arxiv_id, e.data.venue, e.data.year, e.data.links.get("code"), e.data.tags)
           for e in parsed.entries]
    section = "Methods that are designed to be differentially private"
    assert got[:3] == [
        ("DPGAN", "1802.06739", None, 2018, "https://github.com/illidanlab/dpgan", [section]),
        ("DPCGAN", "2001.09700", "CPVR-workshop 2019", 2019, "https://github.com/reihaneh-torkzadehmahani/DP-CGAN",
         [section]),
        ("CTGAN", "1907.00503", None, None, None, [section])]
    assert all(e.data.title != "EMNLP_2020" for e in parsed.entries)


def test_a_name_a_dash_then_where_and_when_heads_its_paper():
    """guozihang/awesome-video-copy-localization: "## TransVCL — AAAI 2023" over the method's diagram and a note
    is the paper; "## 📜 Recent Papers from Top Conferences — CVPR 2025" over linked items is a section
    (EgocentricVision/EgocentricVision)."""
    parsed = parse(
        "# Datasets & Benchmarks\n\n"
        "Benchmarks for segment-level video copy detection.\n\n"
        "# Core Video Copy Localization\n\n"
        "## TransVCL — AAAI 2023\n\n"
        "```text\nFrame Features\n   ↓\nCopied Segment\n```\n\n"
        "**Modified:** Feature enhancement + similarity construction.\n\n---\n\n"
        "## Fast Partial Video Copy Detection — WACV 2022\n\n"
        "**Modified:** Candidate retrieval.\n\n"
        "## 📜 Recent Papers from Top Conferences — CVPR 2025\n\n"
        "A curated collection of the most relevant papers.\n\n"
        "- [Challenges and Trends in Egocentric Vision: A Survey](https://arxiv.org/abs/2503.15275) - Xiang Li, "
        "Heqian Qiu\n")
    got = [(e.data.title, e.data.venue, e.data.year, e.data.tags) for e in parsed.entries]
    assert got[:2] == [("TransVCL", "AAAI 2023", 2023, ["Core Video Copy Localization"]),
                       ("Fast Partial Video Copy Detection", "WACV 2022", 2022, ["Core Video Copy Localization"])]
    assert got[2][0] == "Challenges and Trends in Egocentric Vision: A Survey"
    assert got[2][3] == ["Core Video Copy Localization/Recent Papers from Top Conferences — CVPR 2025"]


def test_a_title_and_venue_in_the_brackets_of_a_link_never_given():
    """yxxxqqq/Human-Pose: "- [Title, WACV2019], [[code](..)]", the title and where in brackets that link
    nothing, then the code; a venue first in brackets before a bold title stays a venue prefix (AI-in-Health/
    MedLLMsPracticalGuide)."""
    parsed = parse(
        "- [3D Human Pose Estimation with 2D Marginal Heatmaps, WACV2019], [[code](https://github.com/anibali/"
        "margipose)]\n"
        "- [Monocular 3D Human Pose Estimation In The Wild Using Improved CNN Supervision, 3DV2017]\n"
        "- [npj Digital Medicine, 2023] **GatorTronGPT: A Study of Generative Large Language Model for Medical "
        "Research and Healthcare** [[Paper]](https://arxiv.org/abs/2305.13523)\n")
    got = [(e.data.title, e.data.venue, e.data.year, e.data.links.get("code")) for e in parsed.entries]
    assert got[:2] == [
        ("3D Human Pose Estimation with 2D Marginal Heatmaps", "WACV 2019", 2019,
         "https://github.com/anibali/margipose"),
        ("Monocular 3D Human Pose Estimation In The Wild Using Improved CNN Supervision", "3DV 2017", 2017, None)]
    assert got[2][1] == "npj Digital Medicine 2023"


def test_a_heading_written_after_a_bullets_mark_is_one_below_its_level():
    """zzzx1224/Beyond-model-adaptation-at-test-time-Papers (9 such headings over 108 of its 122 papers): "### -
    Model Fine-tuning" under "### Model adaptation" is its subsection, the mark no part of its name; the next
    heading written without one closes both."""
    parsed = parse(
        "# Papers of Test-time adaptation\n\n"
        "## What to adapt\n\n"
        "### Model adaptation\n\n"
        "### - Model Fine-tuning\n"
        "- [Tent: Fully Test-time Adaptation by Entropy Minimization](https://arxiv.org/abs/2006.10726), ICLR 2021.\n\n"
        "### - Prototype-based methods\n"
        "- [Test-Time Classifier Adjustment Module](https://openreview.net/forum?id=e_yvNqkJKAW), NeurIPS 2021.\n\n"
        "### Sample adaptation\n\n"
        "### - Normalization-based methods\n"
        "- [Revisiting Batch Normalization For Practical Domain Adaptation](https://arxiv.org/abs/1603.04779), "
        "ICLRW 2017.\n")
    assert [e.data.tags for e in parsed.entries] == [
        ["What to adapt/Model adaptation/Model Fine-tuning"],
        ["What to adapt/Model adaptation/Prototype-based methods"],
        ["What to adapt/Sample adaptation/Normalization-based methods"]]


def test_folds_under_a_paper_heading_cite_it_and_sum_it_up():
    """S-K-KU/references (every paper): under "#### Title" and its paper link, a fold labelled "citation" holds
    the IEEE reference (who, where, when) and one labelled "summary" the owner's line on it."""
    parsed = parse(
        "## Fake News Propagation\n"
        "#### The spread of true and false news online\n\n"
        "[[Paper]](https://www.science.org/doi/10.1126/science.aap9559)\n\n"
        "<details>\n<summary>citation</summary>\n"
        "- Soroush Vosoughi, Deb Roy, and Sinan Aral, \"The spread of true and false news online,\" Science, "
        "vol.359, issue 6380, pp.1146-1151, 2018.\n"
        "</details>\n<details>\n<summary>summary</summary>\n"
        "- \"Fake news involves more users and forms a deeper cascade of spread from one user to another than real "
        "news.\" Must read.\n"
        "</details>  \n")
    paper = parsed.entries[0].data
    assert ([a.name for a in paper.authors], paper.venue, paper.year) == (
        ["Soroush Vosoughi", "Deb Roy", "Sinan Aral"], "Science 2018", 2018)
    assert paper.summary.startswith("\"Fake news involves more users")


def test_an_ieee_reference_to_an_arxiv_preprint_and_its_year():
    """S-K-KU/references, icoxfog417/awesome-text-summarization: '"Title," arXiv preprint arXiv:1902.06673, 2019.'
    is the preprint posted in 2019, not a venue named after its ID (nor the year 1902)."""
    parsed = parse(
        "- Federico Monti, Fabrizio Frasca, Davide Eynard, Damon Mannion, and Michael M. Bronstein, \"Fake news "
        "detection on social media using geometric deep learning,\" arXiv preprint arXiv:1902.06673, 2019.\n")
    paper = parsed.entries[0].data
    assert (paper.title, paper.venue, paper.year, paper.arxiv_id) == (
        "Fake news detection on social media using geometric deep learning", "arXiv 2019", 2019, "1902.06673")


def test_an_abstract_fold_among_a_papers_detail_bullets():
    """mengdi-li/awesome-RLAIF (every paper): "- Authors:", then a bullet that folds the abstract, then "- Links:";
    the fold is a note, and the bullets around it still give the authors and the code."""
    parsed = parse(
        "#### 2023\n"
        "- [Reward Design with Language Models](https://arxiv.org/abs/2303.00001)\n"
        "  - Authors: Minae Kwon, Sang Michael Xie, Kalesha Bullard, Dorsa Sadigh\n"
        "  - <details> <summary>Abstract (click me)</summary> Reward design in reinforcement learning (RL) is "
        "challenging since specifying human notions of desired behavior may be difficult. </details>\n"
        "  - Links: [code and prompts](https://github.com/minaek/reward_design_with_llms)\n")
    paper = parsed.entries[0].data
    assert ([a.name for a in paper.authors], paper.links.get("code"), paper.summary) == (
        ["Minae Kwon", "Sang Michael Xie", "Kalesha Bullard", "Dorsa Sadigh"],
        "https://github.com/minaek/reward_design_with_llms", None)


def test_a_bold_short_name_then_the_quoted_full_title_in_italics():
    """ADu2021/awesome-action-conditioned-video-gen (10 of its 51 papers): "**Is Sora a World Simulator?** —
    *"Is Sora a World Simulator? A Comprehensive Survey ..."*": the bold words shorten the title quoted after
    them, a note; written whole twice, once."""
    parsed = parse(
        "- **Is Sora a World Simulator?** — *\"Is Sora a World Simulator? A Comprehensive Survey on General World "
        "Models and Beyond\"*. `arXiv 2024` [![arXiv](https://img.shields.io/badge/arXiv-2405.03520-b31b1b)]"
        "(https://arxiv.org/abs/2405.03520)  \n"
        "  <sub>Surveys general world models spanning video generation and autonomous driving.</sub>\n"
        "- **A Survey of Interactive Generative Video** — *\"A Survey of Interactive Generative Video\"*. `arXiv 2025` "
        "[![arXiv](https://img.shields.io/badge/arXiv-2504.21853-b31b1b)](https://arxiv.org/abs/2504.21853)\n")
    sora, video = (e.data for e in parsed.entries)
    assert (sora.title, sora.notes[:1], sora.venue) == (
        "Is Sora a World Simulator? A Comprehensive Survey on General World Models and Beyond",
        ["Is Sora a World Simulator?"], "arXiv 2024")
    assert (video.title, video.notes, video.summary) == ("A Survey of Interactive Generative Video", [], None)


def test_lines_of_code_under_a_title_give_its_authors_and_the_day_it_was_read():
    """kumarkrishna/paper-spray (all 69 papers): under an HTML title link, a code line of the day the owner read it
    and its topics (a note), then a code line of who wrote it, where and when."""
    parsed = parse(
        "## Papers\n"
        "* <a href=\"https://arxiv.org/pdf/1412.7210.pdf\">Denoising Autoencoder with Modulated Lateral Connections "
        "learns Invariant Representations of Natural Images</a>  \n"
        "```10/06/2016, CV, DL, ladder-networks```  \n"
        "```Antii Rasmus, Tapani Raiko, Harri Valpola, ICLR 2015```  \n"
        "* <a href=\"https://arxiv.org/pdf/1502.03044v3.pdf\">Show, Attend and Tell: Neural Image Caption Generation "
        "with Visual Attention</a>  \n"
        "```17/06/2016, CV, NLP, DL, attention```  \n"
        "```Kelvin Xu et al, JMLR 2015```  \n")
    got = [([a.name for a in e.data.authors], e.data.venue, e.data.summary, e.data.notes) for e in parsed.entries]
    assert got == [(["Antii Rasmus", "Tapani Raiko", "Harri Valpola"], "ICLR 2015", None,
                    ["10/06/2016, CV, DL, ladder-networks"]),
                   (["Kelvin Xu"], "JMLR 2015", None, ["17/06/2016, CV, NLP, DL, attention"])]


def test_names_then_a_semicolon_on_the_line_under_a_title_link():
    """pbiecek/xai_resources: where the names do not follow the title link on its line, they open the next one,
    then a semicolon and the abstract (a note); names alone after a semicolon are not taken for it
    (thisisntnathan/memorypalace's "Surname, Given; ..." authors)."""
    parsed = parse(
        "* [Explainable AI for Trees: From Local Explanations to Global Understanding](https://arxiv.org/abs/"
        "1905.04610)\n"
        "Scott M. Lundberg, Gabriel Erion, Hugh Chen, Alex DeGrave; Tree-based machine learning models such as "
        "random forests, decision trees, and gradient boosted trees are popular non-linear predictive models.\n")
    paper = parsed.entries[0].data
    assert ([a.name for a in paper.authors], paper.summary) == (
        ["Scott M. Lundberg", "Gabriel Erion", "Hugh Chen", "Alex DeGrave"], None)
    assert paper.notes[0].startswith("Tree-based machine learning models")
