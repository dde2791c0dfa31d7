"""Shapes of real lists met in session 54's blind round (``s130``), held with the lists' own lines (the repository
is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers
from paperctl.formats.markdown.reader import parse


def test_a_bold_short_name_linked_then_its_venue_after_a_comma():
    """PJLab-ADG/OpenPCSeg's road map (every paper): "> - [ ] **[KPConv](arXiv), ICCV 2019.** <sup>[Code]</sup>":
    the name is the title, what follows the comma where and when."""
    found = papers(
        "> - [ ] **[KPConv](https://arxiv.org/abs/1904.08889), ICCV 2019.** <sup>[**`[Code]`**](https://github.com/"
        "HuguesTHOMAS/KPConv)</sup>\n"
        "> - [ ] **[Panoptic-PHNet](https://arxiv.org/abs/2205.07002), CVPR, 2022.**\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("KPConv", "ICCV 2019", 2019), ("Panoptic-PHNet", "CVPR 2022", 2022)]


def test_a_pages_front_matter_is_no_section():
    """pytorch/botorch's docs/papers.md: "---", "id: papers", "title: Papers using BoTorch", "---" is the site's
    settings, which CommonMark reads as a heading; the papers below have no section."""
    parsed = parse(
        "---\nid: papers\ntitle: Papers using BoTorch\n---\n\n"
        "- [Bayesian Optimization over Permutation Spaces](https://arxiv.org/abs/2112.01049). Aryan Deshwal, Syrine "
        "Belakaria, Janardhan Rao Doppa, Dae Hyun Kim. AAAI 2021.\n")
    (entry,) = parsed.entries
    assert (entry.data.title, entry.data.venue, entry.data.tags, entry.line) == (
        "Bayesian Optimization over Permutation Spaces", "AAAI 2021", [], 6)


def test_a_year_heading_with_its_count_of_papers():
    """RobertLuobo/ReadingPaper_Daily: "#### 量化 2020-(14)" (quantisation, 2020, its 14 papers) over "1. Title
    `ICLR`": the heading gives the venue its year."""
    paper = one("#### 量化 2020-(14)\n\n1.  Precision Gating Improving Neural Network Efficiency with Dynamic "
                "Dual-Precision Activations       `ICLR`     \n")
    assert (paper.venue, paper.year) == ("ICLR 2020", 2020)


def test_papers_as_headings_over_keyed_bullets_some_with_no_link():
    """oowsxq/SummerQuest-2025 (a generated list, 99 papers): "### Title" over "- ArXiv链接: URL" (or "链接不可用",
    link unavailable, 17 of them), "- 关键特点: ..." (key features, the abstract's start), "- 相关技术: TTS"."""
    found = papers(
        "## 播客生成相关\n\n"
        "### SpeakStream: Streaming Text-to-Speech with Interleaved Data\n"
        "- ArXiv链接: https://arxiv.org/abs/2505.19206\n"
        "- 关键特点: The latency bottleneck of traditional text-to-speech (TTS) systems fundamentally hinders ...\n"
        "- 相关技术: TTS\n\n"
        "### Conversational AI Video Assistant\n"
        "- ArXiv链接: 链接不可用\n"
        "- 关键特点: This research paper introduces a Conversational AI Video Assistant developed to enhance ...\n"
        "- 相关技术: TTS\n")
    assert [(t, p.arxiv_id, p.abstract or None, p.tags) for t, p in found.items()] == [
        ("SpeakStream: Streaming Text-to-Speech with Interleaved Data", "2505.19206", None, ["播客生成相关"]),
        ("Conversational AI Video Assistant", None, None, ["播客生成相关"])]
    assert all(p.summary.startswith(("The latency", "This research")) for p in found.values())


def test_an_identifier_column_gives_the_arxiv_id():
    """will-rice/tts-papers (a generated index, every row): "| 2026-09-24T17:50:40+00:00 | arxiv:2609.30227v1 |
    [Title](papers/notes.md) | arxiv |": the title links the owner's notes, the Identifier column the paper."""
    paper = one(
        "| Published | Identifier | Title | Source |\n| --- | --- | --- | --- |\n"
        "| 2026-09-24T17:50:40+00:00 | arxiv:2609.30227v1 | [To Trust or Not to Trust: Retrieval-Augmented Fact "
        "Checking in Speech](papers/arxiv-2609-30227v1--36c7fc8ae986.md) | arxiv |\n")
    assert paper.arxiv_id == "2609.30227"


def test_bare_titles_over_their_venue_and_reading_notes():
    """xueyongfu11/awesome-deep-learning-resource (every paper): a title that links nothing, over "- ICLR" (or a
    journal, and its code) and a fold of the owner's notes, among titles written so."""
    found = papers(
        "# Paper\n\n## table pre-train\n\n"
        "- TAPEX: TABLE PRE-TRAINING VIA LEARNING A NEURAL SQL EXECUTOR\n  - ICLR  \n  - <details>\n"
        "    <summary>阅读笔记: </summary>\n"
        "    1. 提出了一种基于神经网络SQL执行器的表格预训练模型  <br>\n    </details>\n\n"
        "- TURL: Table Understanding through Representation Learning\n"
        "  - Proceedings of the VLDB Endowment  [[code]](https://github.com/sunlab-osu/TURL)\n\n"
        "- Numerical Tuple Extraction from Tables with Pre-training\n  - KDD \n")
    assert [(t, p.venue, p.links.get("code")) for t, p in found.items()] == [
        ("TAPEX: TABLE PRE-TRAINING VIA LEARNING A NEURAL SQL EXECUTOR", "ICLR", None),
        ("TURL: Table Understanding through Representation Learning", "Proceedings of the VLDB Endowment",
         "https://github.com/sunlab-osu/TURL"),
        ("Numerical Tuple Extraction from Tables with Pre-training", "KDD", None)]


def test_a_topic_over_linked_papers_is_still_a_topic():
    """ZidaSong/Deep-learning-with-Python: "- Methods Using Pyramidal Features as a Basis" over "- PANet, CVPR 2018,
    [[paper]](..)": the bullets below are the papers, the title-like line above them their topic."""
    found = papers(
        "- Methods Using Pyramidal Features as a Basis\n"
        "  - PANet, CVPR 2018, [[paper]](http://openaccess.thecvf.com/content_cvpr_2018/papers/Liu_Path_Aggregation_"
        "Network_CVPR_2018_paper.pdf)\n"
        "  - Libra FPN, CVPR 2019, [[paper]](http://openaccess.thecvf.com/content_CVPR_2019/papers/Pang_Libra_R-CNN_"
        "Towards_Balanced_Learning_for_Object_Detection_CVPR_2019_paper.pdf)\n"
        "- Methods Using Backbone Features as a Basis\n"
        "  - STDN, CVPR 2018, [[paper]](http://openaccess.thecvf.com/content_cvpr_2018/CameraReady/1376.pdf)\n")
    assert list(found) == ["PANet", "Libra FPN", "STDN"]


def test_a_bare_title_whose_paper_address_is_written_below():
    """patrickcgray/awesome-deep-ecology: "* Title" over its authors and "* https://arxiv.org/abs/1703.05830 or
    http://www.pnas.org/...": the arXiv address is the paper's link."""
    found = papers(
        "* Automatically identifying, counting, and describing wild animals in camera-trap images with deep learning\n"
        "  * Mohammed Sadegh Norouzzadeh, Anh Nguyen, Margaret Kosmala, Ali Swanson, Meredith Palmer\n"
        "  * https://arxiv.org/abs/1703.05830 or http://www.pnas.org/content/115/25/E5716\n"
        "* Machine learning to classify animal species in camera trap images: applications in ecology \n"
        "  * Tabak et al. https://www.biorxiv.org/content/early/2018/06/14/346809\n"
        "* Recognition in Terra Incognita\n  * Sara Beery, Grant Van Horn, and Pietro Perona\n"
        "  * https://arxiv.org/pdf/1807.04975.pdf\n")
    assert [p.arxiv_id for p in found.values()] == ["1703.05830", None, "1807.04975"]
    assert found["Machine learning to classify animal species in camera trap images: applications in ecology"].url \
        == "https://www.biorxiv.org/content/early/2018/06/14/346809"


def test_a_workshop_at_a_meeting_is_kept_as_written():
    """The Awesome Prior-Data Fitted Networks list (29 rows): "| TRL @ NeurIPS 2024 |": the workshop, "@", the
    meeting and its year, as the list writes it (not turned into "at")."""
    paper = one(
        "| Venue | Title | Code |\n| --- | --- | --- |\n"
        "| TRL @ NeurIPS 2024      | [GAMformer: Bridging Tabular Foundation Models and Interpretable Machine "
        "Learning](https://openreview.net/forum?id=5Taa8ZaZ5o) | —     |\n")
    assert (paper.venue, paper.year) == ("TRL @ NeurIPS 2024", 2024)


def test_an_author_column_of_a_lowercase_surname_et_al():
    """HuangZhe885/papper-3D-detection: "| chen et al." in the Author column: the name as written, less et al."""
    paper = one(
        "Title | Pub. | Author\n--------- | ------------- | -------------\n"
        "MV3D :[ Multi-View 3D Object Detection Network for Autonomous Driving](https://ieeexplore.ieee.org/document/"
        "8100174)| CVPR 2017  |  chen et al.\n")
    assert (paper.title, names(paper), paper.venue) == (
        "Multi-View 3D Object Detection Network for Autonomous Driving", ["chen"], "CVPR 2017")


def test_a_name_colon_then_its_title_linked_elsewhere_than_a_paper():
    """HuangZhe885/papper-3D-detection: "Data2vec: [A General Framework for Self-supervised Learning in Speech, Vision
    and Language](ai.facebook.com/research/..)" in the Title column: the colon says the title follows."""
    paper = one(
        "Title | Pub. | Author\n--------- | ------------- | -------------\n"
        "Data2vec: [A General Framework for Self-supervised Learning in Speech, Vision and Language](https://ai."
        "facebook.com/research/data2vec-a-general-framework-for-self-supervised-learning-in-speech-vision-and-"
        "language)|  2022| MetaAI\n")
    assert (paper.title, paper.notes, paper.year) == (
        "A General Framework for Self-supervised Learning in Speech, Vision and Language", ["Data2vec"], 2022)


def test_a_paper_heading_cited_with_its_authors_links_a_blog():
    """Martin36/Automated-Fact-Checking-Resources: "### [The State of Automated Factchecking (Babakar et al 2016)](
    fullfact.org/blog/..)" among paper headings cited so: a paper too, not a section over the papers after it."""
    parsed = parse(
        "## Papers \n\n"
        "### [The State of Automated Factchecking (Babakar et al 2016)](https://fullfact.org/blog/2016/aug/"
        "automated-factchecking/)\n\n"
        "### [Automated Fact Checking: Task formulations, methods and future directions (Thorne et al 2018)](https://"
        "www.aclweb.org/anthology/C18-1283/)\n")
    assert [(e.data.title, names(e.data), e.data.year, e.data.tags) for e in parsed.entries] == [
        ("The State of Automated Factchecking", ["Babakar"], 2016, ["Papers"]),
        ("Automated Fact Checking: Task formulations, methods and future directions", ["Thorne"], 2018, ["Papers"])]


def test_a_scholar_export_of_family_names_and_the_journal_in_detail():
    """PriorLabs/PriorLabs.github.io (a Google Scholar export, 46 papers): family names alone ("..., others" for the
    rest), then "*Cancer Cell*, 2024, Volume 42, Issue 5, Pages 759--779.": the journal and its year; where in it,
    a note."""
    paper = one(
        "**Comprehensive peripheral blood immunoprofiling reveals five immunotypes with immunotherapy response "
        "characteristics in patients with cancer**\n"
        "   Dyikanov, Zaitsev, Vasileva, Wang, Sokolov, Bolshakov, Frank, Turova, Golubeva, Gantseva, others  \n"
        "   *Cancer Cell*, 2024, Volume 42, Issue 5, Pages 759--779.\n")
    assert names(paper) == ["Dyikanov", "Zaitsev", "Vasileva", "Wang", "Sokolov", "Bolshakov", "Frank", "Turova",
                            "Golubeva", "Gantseva"]
    assert (paper.venue, paper.year, paper.summary, paper.notes) == (
        "Cancer Cell 2024", 2024, None, ["Volume 42, Issue 5, Pages 759--779"])
    odd = one("**Forecastpfn: Synthetically-trained zero-shot forecasting**\n"
              "   Dooley, Khurana, Mohapatra, Naidu, White  \n"
              "   *Advances in Neural Information Processing Systems*, 2024, Volume 36.\n")
    assert names(odd) == ["Dooley", "Khurana", "Mohapatra", "Naidu", "White"]


def test_where_the_authors_work_in_brackets_left_open_by_a_link():
    """Ewenwan/MVision's paper list: "- TernGrad: ... Deep Learning. (Duke University, etc, [github link](..))": the
    link inside the brackets ends the title's text; what the brackets say is a note."""
    found = papers(
        "### **NIPS 2017**\n"
        "- Towards Accurate Binary Convolutional Neural Network. (DJI)\n"
        "- TernGrad: Ternary Gradients to Reduce Communication in Distributed Deep Learning. (Duke University, etc, "
        "[github link](https://github.com/wenwei202/terngrad))\n")
    paper = found["TernGrad: Ternary Gradients to Reduce Communication in Distributed Deep Learning"]
    assert (paper.notes, paper.venue, paper.links.get("code")) == (
        ["Duke University"], "NIPS 2017", "https://github.com/wenwei202/terngrad")


def test_a_paper_link_column_naming_the_paper_each_row_cites():
    """ishandutta2007/Awesome-Sparse-Attention (every table): "| Variant | Mechanism & Pros | Year First Used | Paper
    Link |" over "| **Global / Anchor Token Attention** | ... | 2020 | [Longformer](arXiv) |": the paper is the one
    linked, by its name; the row's own name a note. Not "[Paper 📄](..)" (ZhuYun97/Awesome-Visual-Reasoning-
    Datasets), a label, where the row's name is the title."""
    paper = one(
        "| Variant | Mechanism & Pros | Year First Used | Paper Link |\n| :--- | :--- | :--- | :--- |\n"
        "| **Global / Anchor Token Attention** | *Mechanism:* Designates a small set of critical tokens. | 2020 | "
        "[Longformer](https://arxiv.org/abs/2004.05150) |\n")
    assert (paper.title, paper.arxiv_id, paper.year, paper.notes) == (
        "Longformer", "2004.05150", 2020, ["Global / Anchor Token Attention"])
    labelled = one(
        "| Name | Data Size | Description | Paper Link 📄 |\n| --- | --- | --- | --- |\n"
        "| **GeoQA** | 5.8k | Geometry problem-solving with diagram understanding. | [Paper 📄](https://arxiv.org/abs/"
        "2105.14517) |\n")
    assert (labelled.title, labelled.arxiv_id) == ("GeoQA", "2105.14517")


def test_an_ieee_reference_says_where_and_on_which_days_the_meeting_was_held():
    """gerazov/prosodeep: '..., "Title," in Proceedings of Interspeech, Hyderabad, India, 02 – 07 Sep, 2018.': the
    meeting, then its place and days, then its year; the venue is the meeting and its year."""
    found = papers(
        "- `[wsfc]` Gerazov Branislav, Gérard Bailly, and Yi Xu, “A Weighted Superposition of Functional Contours "
        "model for modelling contextual prominence of elementary prosodic contours,” in Proceedings of Interspeech, "
        "Hyderabad, India, 02 – 07 Sep, 2018. \\[[pdf](https://www.isca-speech.org/archive/Interspeech_2018/pdfs/"
        "1286.pdf)\\]\n"
        "- `[pysfc]` Gerazov Branislav and Gérard Bailly, “PySFC – A System for Prosody Analysis based on the "
        "Superposition of Functional Contours Prosody Model,” in Speech Prosody, Poznan, Poland, 13 – 16 June, 2018. "
        "\\[[pdf](https://hal.archives-ouvertes.fr/hal-01821214/document)\\]\n")
    assert [(p.venue, p.year) for p in found.values()] == [("Interspeech 2018", 2018), ("Speech Prosody 2018", 2018)]
