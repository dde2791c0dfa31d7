"""Shapes of real lists met in session 61, round 147 (``s150``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from paperctl.formats.markdown.reader import parse


def test_a_bold_name_a_quoted_title_names_venue_year_and_a_dagger_then_a_dashed_description():
    """A Chinese list of self-improving agent papers (55 of its 132 entries marked so): "2026.†" marks a preprint,
    as its legend says; "Zhu、Xu 等" names two authors, the enumeration comma between; with no link after the
    citation, the description follows its own dash. "再预测关系、尾实体" stays words (km1994/nlp_paper_study)."""
    parsed = parse(
        "- **Memp** — \"Exploring Agent Procedural Memory\". Fang 等. *ACL Findings* 2026.† "
        "[[论文]](https://arxiv.org/abs/2508.06433) — 将轨迹蒸馏为脚本式流程，支持向更弱模型迁移。\n"
        "- **FS-Researcher** — \"Test-Time Scaling for Long-Horizon Research Tasks with File-System-Based Agents\". "
        "Zhu、Xu 等. *ACL* 2026.† — 以持久文件系统工作区作为深度研究的外部记忆。\n")
    first, second = (e.data for e in parsed.entries)
    assert (first.title, first.venue, first.year, first.summary) == (
        "Exploring Agent Procedural Memory", "ACL 2026 Findings", 2026, "将轨迹蒸馏为脚本式流程，支持向更弱模型迁移。")
    assert (second.title, [a.name for a in second.authors], second.venue, second.summary) == (
        "Test-Time Scaling for Long-Horizon Research Tasks with File-System-Based Agents", ["Zhu", "Xu"],
        "ACL 2026", "以持久文件系统工作区作为深度研究的外部记忆。")
    assert parse("1. 方法1：1. 先预测头实体，2. 再预测关系、尾实体\n").entries == []


def test_a_heading_naming_the_meeting_then_what_its_papers_are_about():
    """Fishsoup0/Autonomous-Driving-Perception (73 of its papers): "# CVPR 2024 Papers Autonomous Driving" over
    bold titles with "- Paper:" and "- Code:" bullets; "High-Quality Papers on 3D Object Detection" names none, and
    a "**Description**:" bullet is the paper's summary."""
    parsed = parse(
        "# A Comprehensive Review of 3D Object Detection in Autonomous Driving\n\n"
        "# CVPR 2024 Papers Autonomous Driving\n\n"
        "**LMDrive: Closed-Loop End-to-End Driving with Large Language Models**\n"
        "- Paper: https://arxiv.org/pdf/2312.07488.pdf\n"
        "- Code: https://github.com/opendilab/LMDrive\n\n"
        "# High-Quality Papers on 3D Object Detection\n\n"
        "1. **Mono3D: Monocular 3D Object Detection for Autonomous Driving**\n"
        "   - **Description**: Introduces Mono3D, a method for predicting 3D object proposals from a single image.\n"
        "   - **Link**: [Mono3D](https://arxiv.org/abs/1608.07711)\n"
        "   - **Year**: 2016\n")
    first, second = (e.data for e in parsed.entries)
    assert (first.arxiv_id, first.venue, first.year) == ("2312.07488", "CVPR 2024", 2024)
    assert (second.arxiv_id, second.venue, second.year) == ("1608.07711", None, 2016)
    assert second.summary == "Introduces Mono3D, a method for predicting 3D object proposals from a single image."


def test_a_reference_column_citing_the_rows_paper_whole():
    """SindiLab/Deep-Learning-in-Spatial-Transcriptomics-Analysis (every row): a Reference column holding the
    paper's whole reference, in one style or another, its title the row's: who wrote it, where and when; its DOI
    kept as the reference's link, not the paper's (one row carries another paper's); a reference that does not
    open with the row's title stays a note."""
    parsed = parse(
        "| Stage/Category | Model (with GitHub Link) | Title of Paper | Language | Year | Reference |\n"
        "|---|---|---|---|---|---|\n"
        "| ***1. Spatial Reconstruction*** | [DEEPsc](https://github.com/fmaseda/DEEPsc) | DEEPsc: A Deep "
        "Learning-Based Map Connecting Single-Cell Transcriptomics and Spatial Imaging Data | MATLAB | 2021 | "
        "Maseda F, Cang Z, Nie Q. 2021. DEEPsc: A Deep Learning-Based Map  Connecting Single-Cell Transcriptomics "
        "and Spatial Imaging Data. Front  Genet 12: 636743. |\n"
        "| ***2. Spot Deconvolution*** | [DSTG](https://github.com/Su-informatics-lab/DSTG) | DSTG: deconvoluting "
        "spatial transcriptomics data through graph-based artificial in- telligence | Python/R | 2021 | Q. Song and "
        "J. Su, “DSTG: deconvoluting spatial transcriptomics data through graph-based artificial in- telligence,” "
        "Briefings in Bioinformatics 22 (2021), https://doi.org/10.1038/s41587-022-01272-8 |\n"
        "| ***2. Spot Deconvolution*** | [DestVI](https://github.com/romain-lopez/DestVI-reproducibility) | DestVI "
        "identifies continuums of cell types in spatial transcriptomics data | Python | 2022 | Lopez, R., Li, B., "
        "Keren-Shaul, H. et al. DestVI identifies continuums of cell types in spatial transcriptomics data. Nat "
        "Biotechnol (2022). https://doi.org/10.1038/s41587-022-01272-8 |\n")
    first, second, third = (e.data for e in parsed.entries)
    assert [a.name for a in first.authors] == ["F Maseda", "Z Cang", "Q Nie"]
    assert [a.name for a in second.authors] == ["Q. Song", "J. Su"]
    assert (second.venue, second.doi, second.links["reference"]) == (
        "Briefings in Bioinformatics 2021", None, "https://doi.org/10.1038/s41587-022-01272-8")
    assert (third.authors, third.doi) == ([], None)
    assert third.notes[-1].startswith("Lopez, R., Li, B., Keren-Shaul, H. et al.")


def test_a_dated_line_naming_the_journal_abbreviated_on_the_papers_doi_then_tags():
    """zhaisilong/awesome-peptide (49 lines): the bold title, the authors, then "[**2025**-1-1] >> [Chem. Sci.](doi)
    • [GitHub](..) • RL/[Molecular AI](..)/AstraZeneca": when it came out (its year in bold), the journal in ISO 4
    abbreviation linking the paper's DOI, and tags joined by bullets and slashes (notes, no description); "the
    paraphrase / distractor / reordering perturbations." stays a description (Starscream-11813/awesome-AI4Math)."""
    parsed = parse(
        "**PepINVENT: Generative peptide design beyond the natural amino acids**<br>\n"
        "Gökçe Geylan, Jon Paul Janet, Alessandro Tibo<br>\n"
        "[**2025**-1-1] >> [Chem. Sci.](https://doi.org/10.1039/d4sc07642g) • [GitHub](https://github.com/"
        "MolecularAI/PepINVENT/) • RL/[Molecular AI](https://github.com/molecularai)/AstraZeneca\n")
    described = parse(
        "- **[MathQA paraphrased](https://arxiv.org/abs/2103.07191)** — Patel, Bhattamishra, Goyal. NAACL, 2021. — "
        "paraphrase / distractor / reordering perturbations.\n")
    first, second = parsed.entries[0].data, described.entries[0].data
    assert (first.doi, first.venue, first.year, first.summary) == ("10.1039/d4sc07642g", "Chem. Sci. 2025", 2025, None)
    assert first.notes == ["RL/Molecular AI/AstraZeneca"]
    assert second.summary == "paraphrase / distractor / reordering perturbations."


def test_a_comment_column_describes_the_paper_but_an_arxiv_comment_is_a_note():
    """DrYu0815/Survey (62 rows): "Comment", the last column of a table with no summary column, is the paper's
    description; a daily arXiv table's Comments column (LbsTempest/Daily-ArXiv-Subscription) holds arXiv's
    comments, notes, where one that says where the paper was accepted gives its venue."""
    described = parse(
        "| Name | Paper | Venue | Code | Comment |\n|---|---|---|---|---|\n"
        "| AndroidLab | [AndroidLab: Large Language Models for Android UI Navigation](https://arxiv.org/abs/2312.05892)"
        " (Yan et al., 2023) | arXiv | [Code](https://github.com/cooelf/AndroidLab) | Benchmarking and improving "
        "LLM-based Android UI navigation |\n")
    commented = parse(
        "| Title | Authors | Date | Comments |\n|---|---|---|---|\n"
        "| **[LipSody: Lip-to-Speech Synthesis with Enhanced Prosody Consistency](https://arxiv.org/abs/2602.01908v1)**"
        " |  | 2026-02-02 | This paper has been accepted to ICASSP 2026 |\n")
    assert described.entries[0].data.summary == "Benchmarking and improving LLM-based Android UI navigation"
    paper = commented.entries[0].data
    assert (paper.summary, paper.venue, paper.notes) == (
        None, "ICASSP 2026", ["This paper has been accepted to ICASSP 2026"])


def test_titles_in_the_brackets_of_links_never_given_under_accepted_papers_of_a_meeting():
    """XiaZhengmi/awesome-diffusion-reviews (14 lines): "- [Title]" alone, bullets under "## Based on accepted
    papers in ICLR 2026": papers whose links the list has not given, at that meeting."""
    parsed = parse(
        "# Awesome Diffusion Reviews\n\n"
        "## Based on accepted papers in ICLR 2026\n"
        "### Diffusion + Reinforcement Learning (Huge Trend)\n"
        "- [DiffusionNFT: Online Diffusion Reinforcement with Forward Process]\n"
        "- [Exploratory Diffusion Model for Unsupervised RL]\n"
        "- [Diffusion Fine-Tuning via Reparameterized Policy Gradient]\n")
    assert [(e.data.title, e.data.venue) for e in parsed.entries] == [
        ("DiffusionNFT: Online Diffusion Reinforcement with Forward Process", "ICLR 2026"),
        ("Exploratory Diffusion Model for Unsupervised RL", "ICLR 2026"),
        ("Diffusion Fine-Tuning via Reparameterized Policy Gradient", "ICLR 2026")]


def test_a_chinese_reading_table_of_bold_titles_and_a_read_column():
    """chairc/daily-learning (13 rows): "文章名称" (article name) heads the title column, bold titles linking no
    paper, only the owner's notes folder; "阅读" (read) says with ✔ that the owner has read it."""
    parsed = parse(
        "## 论文阅读列表\n\n"
        "| 编号 | 文章名称 | 分类 | 链接 | 阅读 | 上传 |\n"
        "| :--: | --- | :--- | :--: | :--: | :--: |\n"
        "|  1   | **ImageNet Classification with Deep Convolutional Neural Networks** | CNN | "
        "[🎫](./CNN/ImageNet%20Classification%20with%20Deep%20Convolutional%20Neural%20Networks) |  ✔   |  ✔   |\n"
        "|  7   | **YOLO9000: Better, Faster, Stronger** | YOLO |  |  ✔   |  ❌   |\n")
    assert [(e.data.title, e.data.status) for e in parsed.entries] == [
        ("ImageNet Classification with Deep Convolutional Neural Networks", "read"),
        ("YOLO9000: Better, Faster, Stronger", "read")]
