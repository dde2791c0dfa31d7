"""Shapes of real lists met in session 53's blind round (``s127``), held with the lists' own lines (the repository
is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers


def test_a_numbered_paper_heading_over_bold_keyed_fields_with_a_bare_arxiv_number():
    """Hypogenic-AI/isolate-knowledge-updates-claude (its core papers): "### 1. Title" over "- **Authors**:",
    "- **Year**: 2022 (NeurIPS)", "- **arXiv**: 2202.05262" and "- **Why relevant**:" bullets. The heading is the
    paper, the number alone its arXiv ID (venue arXiv, bare, where no other is given), the year's bracket where it
    appeared, and why it is relevant its summary; not four papers titled by their keys."""
    found = papers(
        "## Core Papers (Essential Reading)\n\n"
        "### 1. ROME: Locating and Editing Factual Associations in GPT\n"
        "- **File**: `2202.05262_Locating_and_Editing_Factual_Associations_in_GPT.pdf`\n"
        "- **Authors**: Kevin Meng, David Bau, Alex Andonian, Yonatan Belinkov\n"
        "- **Year**: 2022 (NeurIPS)\n"
        "- **arXiv**: 2202.05262\n"
        "- **Why relevant**: Foundational paper introducing ROME method for localized fact editing.\n\n"
        "### 3. Model Editing at Scale leads to Gradual and Catastrophic Forgetting\n"
        "- **File**: `2401.07453_Model_Editing_at_Scale_leads_to_Gradual_and_Catast.pdf`\n"
        "- **Authors**: Akshat Gupta, Anurag Rao, Gopala Anumanchipalli\n"
        "- **Year**: 2024\n"
        "- **arXiv**: 2401.07453\n"
        "- **Why relevant**: CRITICAL - Shows that edits are NOT as local as believed.\n")
    assert [(t, p.arxiv_id, p.venue, p.year, p.summary) for t, p in found.items()] == [
        ("ROME: Locating and Editing Factual Associations in GPT", "2202.05262", "NeurIPS 2022", 2022,
         "Foundational paper introducing ROME method for localized fact editing."),
        ("Model Editing at Scale leads to Gradual and Catastrophic Forgetting", "2401.07453", "arXiv", 2024,
         "CRITICAL - Shows that edits are NOT as local as believed.")]
    assert names(found["ROME: Locating and Editing Factual Associations in GPT"]) == [
        "Kevin Meng", "David Bau", "Alex Andonian", "Yonatan Belinkov"]


def test_a_table_file_column_of_pdfs_named_by_their_arxiv_number():
    """Hypogenic-AI/isolate-knowledge-updates-claude (every table row): "| `2403.14236_A_Unified_Framework_for_Model_
    Editing.pdf` | A Unified Framework for Model Editing | 2024 | ... |", the files arXiv names, kept as fetched."""
    found = papers(
        "### Knowledge Editing Methods\n\n"
        "| File | Title | Year | Key Contribution |\n|------|-------|------|------------------|\n"
        "| `2403.14236_A_Unified_Framework_for_Model_Editing.pdf` | A Unified Framework for Model Editing | 2024 | "
        "Unified view of ROME/MEMIT methods |\n"
        "| `2403.07175_Rebuilding_ROME__Resolving_Model_Collapse_during_.pdf` | Rebuilding ROME | 2024 | Addresses "
        "model collapse in sequential editing |\n")
    assert [(t, p.arxiv_id, p.year) for t, p in found.items()] == [
        ("A Unified Framework for Model Editing", "2403.14236", 2024), ("Rebuilding ROME", "2403.07175", 2024)]


def test_a_bold_bracket_of_the_month_posted_a_bar_and_where_it_appeared():
    """wpwpwpyo/Model-Edit (20 of its 28 papers): "【PPA】Title **(2022.04|Findings of ACL 2022)** [[paper](..)]", the
    bracket read as when and where, not kept in the title; a month alone, "**(2022.10)**", gives the year."""
    found = papers(
        "### 基于全局优化\n\n"
        "【PPA】Plug-and-Play Adaptation for Continuously-updated QA **(2022.04|Findings of ACL 2022)** [[paper](https://"
        "arxiv.org/abs/2204.12785)]\n\n"
        "【GRACE】Aging with GRACE: Lifelong Model Editing with Discrete Key-Value Adaptors **(2022.11|NeurIPS 2023)** "
        "[[paper](https://arxiv.org/abs/2211.11031)]\n\n"
        "【MEMIT】Mass-Editing Memory in a Transformer **(2022.10)** [[paper](https://arxiv.org/abs/2210.07229)]\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Plug-and-Play Adaptation for Continuously-updated QA", "ACL 2022 Findings", 2022),
        ("Aging with GRACE: Lifelong Model Editing with Discrete Key-Value Adaptors", "NeurIPS 2023", 2023),
        ("Mass-Editing Memory in a Transformer", None, 2022)]


def test_paper_headings_each_over_a_line_of_tags():
    """AcademicDissect's paper collections (every paper): "## Title" over "- **Tags:** Multimodal Learning, ...". Each
    heading is a paper, its tags a note; the tags line is no paper of its own."""
    found = papers(
        "# **Scene Graph Generation - Full Paper Collection**\n\n"
        "## MM-OR: A Large Multimodal Operating Room Dataset for Semantic Understanding of High Intensity Surgical "
        "Environments\n"
        "- **Tags:** Multimodal Learning, Semantic Segmentation, Scene Graph Generation, Panoptic Segmentation\n"
        "## Synthetic Visual Genome\n"
        "- **Tags:** Vision-Language Models (VLMs), Scene Graph Generation, Self-Distillation, Instruction Tuning\n")
    assert list(found) == [
        "MM-OR: A Large Multimodal Operating Room Dataset for Semantic Understanding of High Intensity Surgical "
        "Environments", "Synthetic Visual Genome"]
    assert found["Synthetic Visual Genome"].tags == []
    assert any(n.startswith("Tags: Vision-Language Models") for n in found["Synthetic Visual Genome"].notes)


def test_who_and_when_in_bold_then_the_title_over_fields_and_a_bibtex_block():
    """Brain2nd/MofNeuroSim (every paper): "**Schuman et al. (2017)** - Title" over "- **URL**:", "- **关键内容**:"
    ("key content") and a BibTeX block. The title is after the dash; the block's fuller title and names are the same
    paper's (its title starts as the list's short one), so they give the authors in full and where it appeared."""
    found = papers(
        "### 1.1 综合性综述\n\n"
        "**Neftci et al. (2019)** - Surrogate Gradient Learning in Spiking Neural Networks\n"
        "- **URL**: https://arxiv.org/abs/1901.09948\n"
        "- **引用次数**: 2040+\n"
        "- **关键内容**: 逐步阐明训练脉冲神经网络时通常遇到的问题\n"
        "- **BibTeX**:\n"
        "```bibtex\n@article{neftci2019surrogate,\n"
        "  title={Surrogate gradient learning in spiking neural networks: Bringing the power of gradient-based "
        "optimization to spiking neural networks},\n"
        "  author={Neftci, Emre O and Mostafa, Hesham and Zenke, Friedemann},\n"
        "  journal={IEEE Signal Processing Magazine},\n  year={2019},\n}\n```\n\n"
        "**Kudithipudi et al. (2025)** - Neuromorphic computing at scale\n"
        "- **URL**: https://www.nature.com/articles/s41586-024-08253-8\n"
        "- **BibTeX**:\n"
        "```bibtex\n@article{kudithipudi2025neuromorphic,\n  title={Neuromorphic computing at scale},\n"
        "  author={Kudithipudi, Dhireesha and others},\n  journal={Nature},\n  year={2025},\n}\n```\n")
    paper = found["Surrogate Gradient Learning in Spiking Neural Networks"]
    assert (paper.arxiv_id, paper.venue, paper.year, paper.summary) == (
        "1901.09948", "IEEE Signal Processing Magazine 2019", 2019, "逐步阐明训练脉冲神经网络时通常遇到的问题")
    assert names(paper) == ["Emre O Neftci", "Hesham Mostafa", "Friedemann Zenke"]
    assert names(found["Neuromorphic computing at scale"]) == ["Dhireesha Kudithipudi"]  # (BibTeX's "others": et al.)


def test_a_bold_title_then_italic_authors_then_where_and_links_three_paragraphs():
    """TongjiFinLab/awesome-financial-time-series-forecasting (each of its 43 papers): the title in bold, the names in
    italics and "ICLR 2024. [[Paper](..)] | [[Codes](..)]" (or "$2024$.", or the links alone), each a paragraph: one
    paper, not a second titled by its venue."""
    found = papers(
        "## LLM-based Financial Time Series Forecasting Models\n\n"
        "**TIME-LLM: TIME SERIES FORECASTING BY REPROGRAMMING LARGE LANGUAGE MODELS**\n\n"
        "*Ming Jin, Shiyu Wang, Lintao Ma*\n\n"
        "ICLR 2024. [[Paper](https://arxiv.org/abs/2310.01728)] | [[Codes](https://github.com/KimMeen/Time-LLM)]\n\n"
        "**CFGPT: Chinese Financial Assistant with Large Language Model**\n\n"
        "*Jiangtong Li, Yuxuan Bian, Guoxuan Wang*\n\n"
        "$2024$. [[Paper](https://arxiv.org/pdf/2309.10654)] | [[Codes](https://github.com/TongjiFinLab/CFBenchmark)]\n\n"
        "**DiffsFormer: A Diffusion Transformer on Stock Factor Augmentation**\n\n"
        "*Yuan Gao, Haokun Chen, Xiang Wang*\n\n"
        "[[Paper](https://arxiv.org/abs/2402.06656)]\n")
    assert [(t, p.arxiv_id, p.venue, p.year, p.links.get("code"), len(p.authors)) for t, p in found.items()] == [
        ("TIME-LLM: TIME SERIES FORECASTING BY REPROGRAMMING LARGE LANGUAGE MODELS", "2310.01728", "ICLR 2024", 2024,
         "https://github.com/KimMeen/Time-LLM", 3),
        ("CFGPT: Chinese Financial Assistant with Large Language Model", "2309.10654", None, 2024,
         "https://github.com/TongjiFinLab/CFBenchmark", 3),
        ("DiffsFormer: A Diffusion Transformer on Stock Factor Augmentation", "2402.06656", None, None, None, 3)]


def test_a_bold_title_then_surnames_venue_and_description_parted_by_dashes():
    """suanlab/Awesome-Neural-Additive-Models (80 of its 85 bullets): "**Title** — Kim, Choi, Kim — *NeurIPS 2022* —
    what it does [[paper]](..) [[code]](..)"."""
    paper = one(
        "- **Improving Neural Additive Models with Bayesian Principles (LA-NAM)** — Bouchiat, Immer, Yèche, Rätsch, "
        "Fortuin — *ICML 2024* — Augments NAMs with Laplace approximation for credible intervals. [[paper]](https://"
        "arxiv.org/abs/2305.16905) [[code]](https://github.com/fortuinlab/LA-NAM)\n")
    assert (paper.title, paper.arxiv_id, paper.venue, paper.year, paper.summary) == (
        "Improving Neural Additive Models with Bayesian Principles (LA-NAM)", "2305.16905", "ICML 2024", 2024,
        "Augments NAMs with Laplace approximation for credible intervals.")
    assert names(paper) == ["Bouchiat", "Immer", "Yèche", "Rätsch", "Fortuin"]


def test_a_reference_column_of_who_and_when_beside_the_title():
    """YangLinyi/FinNLP-Progress (64 of its 65 rows): "| Reference | Paper | ... | Venue |" over "| Ding et al.(2014) |
    [Title](aclweb) | ... | EMNLP-14 |": the first author (or two) and the year."""
    found = papers(
        "| Reference | Paper | Model | Venue |\n|-|-|-|-|\n"
        "|Ding et al.(2014) | [Using Structured Events to Predict Stock Price Movement: An Empirical Investigation]("
        "https://www.aclweb.org/anthology/D14-1148/) | Linear model | EMNLP-14 |\n"
        "| Kelly (1956) | [A New Interpretation of Information Rate.](https://ieeexplore.ieee.org/document/6771227) | "
        "\\ | \\ |\n"
        "| Xu and Cohen (2018) | [Stock Movement Prediction from Tweets and Historical Prices](https://www.aclweb.org/"
        "anthology/P18-1183/) | StockNet | ACL-18 |\n")
    assert [(names(p), p.year) for p in found.values()] == [
        (["Ding"], 2014), (["Kelly"], 1956), (["Xu", "Cohen"], 2018)]


def test_a_focus_bullet_under_the_paper_is_its_summary():
    """Leefinance/Quantitative-finance-papers-using-deep-learning: "  + Focus: It proposes ..." (or "_Focus_:",
    its lines wrapped) under "- **Title** (2018), K. Nakagawa et al. [[pdf]](..)": what the paper does."""
    paper = one(
        "- **Deep Factor Model** (2018), K. Nakagawa et al. [[pdf]](https://arxiv.org/pdf/1810.01278.pdf)\n"
        "  + Focus: It proposes to represent a return model and risk model in a unified manner with deep learning.\n")
    assert (paper.title, paper.year, paper.summary) == (
        "Deep Factor Model", 2018,
        "It proposes to represent a return model and risk model in a unified manner with deep learning.")


def test_a_plain_title_then_a_comma_and_its_year_glued():
    """xuqi220/PaperList (every paper, paragraphs): "Title,2023. [[paper](..)]", "Title,2023.[[paper](..)]"."""
    found = papers(
        "### LLM in Law\n\n"
        "DISC-LawLLM: Fine-tuning Large Language Models for Intelligent Legal Services,2023. [[paper](https://arxiv.org/"
        "abs/2309.11325)]\n\n"
        "Lawyer LLaMA Technical Report,2023.[[paper](https://arxiv.org/abs/2305.15062)]\n")
    assert [(t, p.year) for t, p in found.items()] == [
        ("DISC-LawLLM: Fine-tuning Large Language Models for Intelligent Legal Services", 2023),
        ("Lawyer LLaMA Technical Report", 2023)]


def test_a_track_written_between_a_known_meeting_and_its_year():
    """yuewang-cuhk/awesome-vision-language-pretraining-papers: "..., ACL SRW 2020" is ACL 2020 SRW, as the labelling
    rules write NAME YEAR [track]."""
    paper = one("**Adaptive Analysis**, [Adaptive Transformers for Learning Multimodal Representations](https://arxiv.org/"
                "abs/2005.07486), ACL SRW 2020\n")
    assert (paper.title, paper.venue) == (
        "Adaptive Transformers for Learning Multimodal Representations", "ACL 2020 SRW")
