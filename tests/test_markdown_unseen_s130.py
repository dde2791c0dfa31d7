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


def test_names_then_a_semicolon_then_the_year_under_a_title_link():
    """OptimalFoundation/awesome-optimizers (9 of its 10 papers): "- [Adam: ...](arXiv)" over "    Diederik P. Kingma,
    Jimmy Ba; 2014": who wrote it, a semicolon, the year."""
    paper = one("- [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980) [:outbox_tray:]() "
                "[:computer:]()\n    Diederik P. Kingma, Jimmy Ba; 2014\n")
    assert (names(paper), paper.year) == (["Diederik P. Kingma", "Jimmy Ba"], 2014)


def test_a_paper_heading_with_a_comma_left_after_its_link():
    """Nikasa1889/awesome-deep-learning-theory: " #### 3. [Title](mlr.press), " is a paper, like the headings around
    it, not a section over the papers after it."""
    parsed = parse(
        "## Papers at ICML 2018\n"
        " #### 3. [Data-Dependent Stability of Stochastic Gradient Descent](http://proceedings.mlr.press/v80/"
        "kuzborskij18a.html), \n  Materials: [pdf](http://proceedings.mlr.press/v80/kuzborskij18a/kuzborskij18a.pdf)\n"
        " - Establish a data-dependent notion of algorithmic stability for SGD\n   \n"
        " #### 4. [Stability and Generalization of Learning Algorithms that Converge to Global Optima](http://"
        "proceedings.mlr.press/v80/charles18a.html)\n")
    assert [(e.data.title, e.data.tags) for e in parsed.entries] == [
        ("Data-Dependent Stability of Stochastic Gradient Descent", ["Papers at ICML 2018"]),
        ("Stability and Generalization of Learning Algorithms that Converge to Global Optima", ["Papers at ICML 2018"])]


def test_a_preprint_cited_then_the_day_it_was_posted_after_a_bar():
    """koukihk/MedCraft: "**Title** *Zhu, Lingting and ...* arXiv preprint arXiv:2403.12852 | 19 Mar 2024 [paper](..)":
    the year is the day's."""
    paper = one("**Generative Enhancement for 3D Medical Images**  *Zhu, Lingting and Codella, Noel* arXiv preprint "
                "arXiv:2403.12852 | 19 Mar 2024 [paper](https://arxiv.org/abs/2403.12852)\n")
    assert (paper.arxiv_id, paper.year) == ("2403.12852", 2024)


def test_a_title_link_over_emoji_keyed_fields():
    """ThreeSR/Awesome-Inference-Time-Scaling (every paper, written by a tool from Semantic Scholar): "🔹 [Title](
    arXiv)" over "- 👤 **Authors:** ...", "- 🗓️ **Date:** ...", "- 📑 **Publisher:** arXiv.org" and the abstract in a
    fold: one paper, not a paper and a bullet of its own for each field."""
    parsed = parse(
        "## 📖 Paper List\n\n"
        "🔹 [Revisiting the Test-Time Scaling of o1-like Models: Do they Truly Possess Test-Time Scaling Capabilities?]"
        "(https://arxiv.org/abs/2502.12215)\n"
        "- 🔗 **arXiv PDF Link:** [Paper Link](https://arxiv.org/pdf/2502.12215)\n"
        "- 👤 **Authors:** Zhiyuan Zeng, Qinyuan Cheng, Zhangyue Yin, Yunhua Zhou, Xipeng Qiu\n"
        "- 🗓️ **Date:** 2025-02-17\n- 📑 **Publisher:** arXiv.org\n- 📝 **Abstract:** \n    <details>\n"
        "    <summary>Expand</summary>\n    The advent of test-time scaling in large language models (LLMs) ...\n"
        "    </details>\n")
    (entry,) = parsed.entries
    paper = entry.data
    assert (paper.title, paper.arxiv_id, paper.venue, paper.year, names(paper)[-1]) == (
        "Revisiting the Test-Time Scaling of o1-like Models: Do they Truly Possess Test-Time Scaling Capabilities?",
        "2502.12215", "arXiv 2025", 2025, "Xipeng Qiu")
    assert any("The advent of test-time scaling" in note for note in paper.notes)  # (the abstract, kept)


def test_a_topic_a_colon_then_the_paper_linked_by_its_name():
    """microsoft/muzic (every paper): "+ Symbolic Music Understanding: [MusicBERT](arXiv pdf)": the name is the title,
    the topic a note; not "* Deep Equilibrium Models: [NeurIPS19](arXiv)" (Zymrael/awesome-neural-ode), a title and
    where it appeared."""
    found = papers("* Music Understanding\n  + Symbolic Music Understanding: [MusicBERT](https://arxiv.org/pdf/"
                   "2106.05630.pdf)\n  + Automatic Lyrics Transcription: [PDAugment](https://arxiv.org/pdf/"
                   "2109.07940.pdf) \n")
    assert [(t, p.notes) for t, p in found.items()] == [
        ("MusicBERT", ["Symbolic Music Understanding"]), ("PDAugment", ["Automatic Lyrics Transcription"])]
    placed = one("* Deep Equilibrium Models: [NeurIPS19](https://arxiv.org/abs/1909.01377)\n")
    assert (placed.title, placed.venue) == ("Deep Equilibrium Models", "NeurIPS 2019")


def test_a_table_cell_citing_who_and_the_reference_then_the_name():
    """Pyrexiaa/awesome-graph-world-models (81 of its 87 rows, an HTML table): "<td>Pfaff et al. <a href="#ref11">
    [11]</a> : MeshGraphNets</td>": who wrote it, the list's reference, then the method's name, the title."""
    paper = one(
        "<table>\n  <thead>\n    <tr>\n      <th>Paper</th>\n      <th>Year</th>\n      <th>Venue</th>\n"
        "    </tr>\n  </thead>\n  <tbody>\n  <tr>\n"
        "    <td>Pfaff et al. <a href=\"#ref11\">[11]</a> : MeshGraphNets</td>\n"
        "    <td>2021</td>\n    <td>ICLR</td>\n  </tr>\n  </tbody>\n</table>\n")
    assert (paper.title, names(paper), paper.venue) == ("MeshGraphNets", ["Pfaff"], "ICLR 2021")


def test_a_reference_wrapped_over_lines_is_read_whole():
    """usuyama/awesome-o1's bibliography (42 references, Zotero's Chicago author-date, wrapped at the page's width):
    the lines of one reference are one line; its subject class after arXiv is no part of the venue."""
    paper = one(
        "Cobbe, Karl, Vineet Kosaraju, Mohammad Bavarian, Mark Chen, Heewoo Jun,\n"
        "Lukasz Kaiser, Matthias Plappert, et al. 2021. “Training Verifiers to\n"
        "Solve Math Word Problems.” *arXiv \\[Cs.LG\\]*.\n<http://arxiv.org/abs/2110.14168>.\n")
    assert (paper.title, names(paper)[:2], paper.venue, paper.year) == (
        "Training Verifiers to Solve Math Word Problems", ["Karl Cobbe", "Vineet Kosaraju"], "arXiv 2021", 2021)


def test_a_short_name_linked_then_the_title_in_brackets():
    """Eleanor825/Machine-Learning-Knowledge-Base: "* (08 May 2015) [DeepBox](arXiv) (DeepBox: Learning Objectness
    with Convolutional Networks)": the title in the brackets, the name a note."""
    paper = one("* (08 May 2015) [DeepBox](https://arxiv.org/abs/1505.02146) (DeepBox: Learning Objectness with "
                "Convolutional Networks)\n")
    assert (paper.title, paper.notes, paper.summary) == (
        "DeepBox: Learning Objectness with Convolutional Networks", ["DeepBox"], None)
