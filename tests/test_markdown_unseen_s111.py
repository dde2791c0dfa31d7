"""Shapes of real lists met in session 48: misses left open from session 47's rounds (``s106``-``s110``) and
those of its own blind rounds (``s111`` on), held with the lists' own lines (the repository is named in each
test)."""

from __future__ import annotations

from markdown_papers import papers


def test_a_title_linking_a_gist_is_a_paper_with_the_owners_notes_on_it():
    """shagunsodhani/papers-I-read: 70 of its papers' titles link the owner's notes on them in gists. A gist is a
    page of notes or a snippet, not a code repository: the papers are read, each gist kept as the paper's link, as
    the owner's blog posts are."""
    found = papers(
        "## List of papers\n\n"
        "* [Conditional Similarity Networks](https://shagunsodhani.com/papers-I-read/Conditional-Similarity-Networks)\n"
        "* [Seeing the Arrow of Time](https://gist.github.com/shagunsodhani/828d8de0034a350d97738bbedadc9373)\n"
        "* [PPDB: The Paraphrase Database](https://gist.github.com/shagunsodhani/fa1f387f084355dfafdf7550b1899af6)\n")
    assert list(found) == ["Conditional Similarity Networks", "Seeing the Arrow of Time",
                           "PPDB: The Paraphrase Database"]
    assert found["Seeing the Arrow of Time"].links == {
        "paper": "https://gist.github.com/shagunsodhani/828d8de0034a350d97738bbedadc9373"}


def test_a_gist_under_a_heading_of_utilities_is_the_script_itself():
    """leihanchen/awesome_gaussian_slam's "Utilities": repositories and a gist, each a tool, no paper."""
    found = papers(
        "### Utilities\n"
        "- [Kapture](https://github.com/naver/kapture) - A unified data format to facilitate visual localization\n"
        "- [Kapture image cropper script](https://gist.github.com/jo-chemla/258e6e40d3d6c2220b29518ff3c17c40) - "
        "Undistorted image cropper script to remove black borders with included conversion instructions\n")
    assert found == {}


def test_a_paper_column_of_links_to_posts_is_still_a_column_of_papers():
    """dair-ai/ML-Papers-Explained (300 rows): every paper's name links the owner's post explaining it. The
    header names the column for papers, and most of its cells link posts: each row is a paper, the post its link."""
    found = papers(
        "## Language Models\n\n"
        "| Paper | Date | Description |\n|---|---|---|\n"
        "| [Transformer](https://ritvik19.medium.com/papers-explained-01-transformer-474bb60a33f7) | June 2017 | "
        "An Encoder Decoder model, that introduced multihead attention mechanism for language translation task. |\n"
        "| [Elmo](https://ritvik19.medium.com/papers-explained-33-elmo-76362a43e4) | February 2018 | Deep "
        "contextualized word representations that captures both intricate aspects of word usage and contextual "
        "variations across language contexts. |\n")
    assert [(t, p.year, p.summary[:40]) for t, p in found.items()] == [
        ("Transformer", 2017, "An Encoder Decoder model, that introduce"),
        ("Elmo", 2018, "Deep contextualized word representations")]


def test_one_post_among_a_paper_columns_arxiv_links_is_a_post():
    """tianshijing/Awesome-Optimizers: one optimizer of many was introduced in a blog post, not a paper."""
    found = papers(
        "| Name | Paper | Year | Notes |\n|---|---|---|---|\n"
        "| RAdam | [On the Variance of the Adaptive Learning Rate and Beyond](https://arxiv.org/abs/1908.03265) | 2019 "
        "| Rectifies variance of the adaptive learning rate; improves stability. |\n"
        "| Ranger | [Ranger: A Hybrid Optimizer for Deep Learning](https://medium.com/@lessw/new-deep-learning-optimizer-"
        "ranger-synergistic-combination-of-radam-lookahead-for-the-best-of-2dc83f79a48d) | 2019 | Combines RAdam and "
        "Lookahead; improves convergence. |\n"
        "| AdaMod | [AdaMod: An Adaptive Momentum Method for Stochastic Gradient Descent]"
        "(https://arxiv.org/abs/1910.12249) | 2019 | Modulates the momentum term adaptively. |\n")
    assert list(found) == ["On the Variance of the Adaptive Learning Rate and Beyond",
                           "AdaMod: An Adaptive Momentum Method for Stochastic Gradient Descent"]


# EvaxHe/Awesome-LLM-Agent-Experience-Lifecycle: 135 rows under sections that count their systems in code
LIFECYCLE = (
    "# The Experience Lifecycle of lifelong, self-evolving & memory-augmented LLM agents\n\n"
    "> **TL;DR — experience is the new training data.** Pretraining learns from a fixed corpus and\n"
    "> instruction tuning from human demonstrations.\n\n"
    "## The eight stages\n\n"
    "### <a id=\"s1\"></a>S1 — Acquisition  ·  `19 systems`\n\n"
    "| Year | Title | Venue | What's updated | Key contribution | Code |\n"
    "|---|---|---|---|---|---|\n"
    "| 2025 | [Automating Agent Creation via Agent Debate](https://arxiv.org/html/2503.23781v1) | arXiv 2503.23781 | "
    "Workflow | Debate-driven workflow generation |  |\n"
    "| 2025 | [Absolute Zero: Reasoner with Zero Data](https://arxiv.org/abs/2505.03335) | arXiv | Weights | "
    "Zero-human-data RL training |  |\n")


def test_a_count_in_code_after_a_heading_is_no_part_of_the_sections_name():
    found = papers(LIFECYCLE)
    assert {p.tags[0] for p in found.values()} == {"The eight stages/S1 — Acquisition"}


def test_a_venue_cell_that_gives_the_arxiv_id_gives_the_venue_without_it():
    """``arXiv 2503.23781`` in the Venue column: the paper is on arXiv, under that ID; the year is the Year
    column's, as for the rows that say ``arXiv`` alone."""
    found = papers(LIFECYCLE)
    assert [(p.venue, p.year, p.arxiv_id) for p in found.values()] == [
        ("arXiv 2025", 2025, "2503.23781"), ("arXiv 2025", 2025, "2505.03335")]


def test_the_column_named_for_the_summary_gives_it_and_a_column_that_asks_a_question_a_note():
    found = papers(LIFECYCLE)
    assert [p.summary for p in found.values()] == ["Debate-driven workflow generation", "Zero-human-data RL training"]


def test_a_bold_tldr_is_the_lists_summary_not_a_paper():
    assert "TL;DR — experience is the new training data" not in papers(LIFECYCLE)
    assert len(papers(LIFECYCLE)) == 2


def test_a_venue_heading_with_the_day_it_began_gives_the_venue_and_a_short_title_before_its_arxiv_link_is_a_paper():
    """shot1107/anomaly_detection_papers: 171 papers as headings under 26 venues' headings, each with the day the
    meeting began. A title of two or three words is a paper too when an arXiv link follows it."""
    found = papers(
        "## NeurIPS2021 Dec 6, 2021\n"
        "#### Online false discovery rate control for anomaly detection in time series "
        "[pdf](https://openreview.net/forum?id=NvN_B_ZEY5c)\n\n"
        "## IJCAI2018 Jul 13, 2018\n"
        "#### ANOMALOUS: A Joint Modeling Approach for Anomaly Detection on Attributed Networks "
        "[pdf](https://www.ijcai.org/proceedings/2018/488)\n"
        "#### Contextual Outlier Interpretation [arXiv](https://arxiv.org/abs/1711.10589)\n\n"
        "## ICML2018 Jul 10, 2018\n")
    assert [(t, p.venue, p.arxiv_id) for t, p in found.items()] == [
        ("Online false discovery rate control for anomaly detection in time series", "NeurIPS 2021", None),
        ("ANOMALOUS: A Joint Modeling Approach for Anomaly Detection on Attributed Networks", "IJCAI 2018", None),
        ("Contextual Outlier Interpretation", "IJCAI 2018", "1711.10589")]


def test_a_word_saying_what_a_link_is_before_it_makes_it_that_not_a_paper():
    """hhaji/Deep-Learning, a course's readings: ``Blog:``, ``Slide:``, ``NoteBook:`` before a link say what it
    is (119 lines); ``Paper:`` before one says it is a paper."""
    found = papers(
        "## Readings\n\n"
        "* Paper: [On the Origin of Deep Learning](https://arxiv.org/pdf/1702.07800.pdf) by Haohan Wang\n"
        "* Slide: [Introduction](https://www.deeplearningbook.org/slides/01_intro.pdf)  by Ian Goodfellow\n"
        "* Blog: [The Gradient](https://www.khanacademy.org/math/multivariable-calculus/multivariable-derivatives/"
        "partial-derivative-and-gradient-articles/a/the-gradient) by Khanacademy\n"
        "  * Blog & NoteBook: [How to Choose Loss Functions When Training Deep Learning Neural Networks]"
        "(https://machinelearningmastery.com/how-to-choose-loss-functions-when-training-deep-learning-neural-networks/)\n")
    assert list(found) == ["On the Origin of Deep Learning"]


def test_a_venue_in_bold_or_italics_after_in_is_the_venue_dots_and_all():
    """thanhtbt/tensor_tracking_survey (90 lines): ``“Title,” in **IEEE Trans. Signal Process.**, 2009``; the marks
    set the name apart, its abbreviating dots within. x-zheng16/Awesome-Embodied-AI-Safety (64 lines): ``*In
    ICTAI*, 2024``, "in" inside the italics, no part of the venue either."""
    found = papers(
        "* PARAFAC-SDT/-RLS: “Adaptive algorithms to track the PARAFAC decomposition of a third-order tensor,” in "
        "**IEEE Trans. Signal Process.**, 2009, [Paper](https://ieeexplore.ieee.org/document/4799120), "
        "[PDF](https://www.ece.umn.edu/~nikos/AdaptivePARAFAC.pdf)\n"
        "* Singleshot: \"Singleshot: A scalable Tucker tensor decomposition\", in **NeurIPS**, 2019, "
        "[Paper](https://proceedings.neurips.cc/paper/2019/hash/example)\n"
        "- [Multi-view Feature Discrepancy Attack for Single Object Tracking](https://scholar.google.com/scholar?q="
        "Multi-view+Feature+Discrepancy+Attack). Li et al. *In ICASSP*, 2025.\n")
    assert [(p.venue, p.year) for p in found.values()] == [
        ("IEEE Trans. Signal Process. 2009", 2009), ("NeurIPS 2019", 2019), ("ICASSP 2025", 2025)]


def test_a_date_written_with_a_non_breaking_hyphen_gives_its_year():
    """smsnobin77/Awesome-Multimodal-Unlearning (102 rows): ``2023&#8209;11``, the hyphen that does not break."""
    found = papers(
        "| Date | Title | Paper |\n|---|---|---|\n"
        "| 2023&#8209;11 | MultiDelete for Multimodal Machine Unlearning | [![arXiv](https://img.shields.io/badge/"
        "arXiv-B31B1B?logo=arxiv)](https://arxiv.org/pdf/2311.12047) |\n")
    assert [p.year for p in found.values()] == [2023]


def test_a_bold_title_over_its_bold_translation_then_its_fields_below():
    """dogvane/CVPR2023-Papers-with-Code (135 of 140 papers): the English title in bold, its Chinese translation
    in bold on the next line, then ``- Paper:`` and ``- Code:`` bullets after a blank line. The translation is a
    note; before, it was part of the title, and the bullets were notes."""
    found = papers(
        "# CLIP\n\n"
        "**GALIP: Generative Adversarial CLIPs for Text-to-Image Synthesis**\n"
        "**GALIP：用于文本到图像生成的生成对抗网络**\n\n"
        "- Paper: https://arxiv.org/abs/2301.12959\n"
        "- Code: https://github.com/tobran/GALIP\n")
    paper = found["GALIP: Generative Adversarial CLIPs for Text-to-Image Synthesis"]
    assert (paper.arxiv_id, paper.links, paper.notes) == (
        "2301.12959", {"code": "https://github.com/tobran/GALIP"}, ["GALIP：用于文本到图像生成的生成对抗网络"])


def test_a_known_venue_and_year_then_a_dash_before_a_plain_title():
    """AndrewZhou924/Awesome-model-inversion-attack (46 papers): ``CCS 2015 - Title.`` over its links; not
    dennybritz/deeplearning-papernotes' "AVEC 2016 - Depression, Mood, and Emotion Recognition Workshop and
    Challenge", a title that begins with a name and a year no list cites as a venue."""
    found = papers(
        "### General domain\n\n"
        "USENIX Security 2014 - Privacy in Pharmacogenetics: An End-to-End Case Study of Personalized Warfarin "
        "Dosing.\n[[paper]](https://www.usenix.org/system/files/conference/usenixsecurity14/sec14-paper-fredrikson-"
        "privacy.pdf)\n\n"
        "CCS 2015 - Model Inversion Attacks that Exploit Confidence Information and Basic Countermeasures.\n"
        "[[paper]](https://dl.acm.org/doi/pdf/10.1145/2810103.2813677)\n\n"
        "- AVEC 2016 - Depression, Mood, and Emotion Recognition Workshop and Challenge "
        "[[arXiv](https://arxiv.org/abs/1605.01600)]\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("Privacy in Pharmacogenetics: An End-to-End Case Study of Personalized Warfarin Dosing",
         "USENIX Security 2014"),
        ("Model Inversion Attacks that Exploit Confidence Information and Basic Countermeasures", "CCS 2015"),
        ("AVEC 2016 - Depression, Mood, and Emotion Recognition Workshop and Challenge", "arXiv")]


def test_a_paper_behind_a_librarys_proxy_is_the_paper_it_shows():
    """KordingLab/awesome-computational-primatology (19 rows), altamiracorp/awesome-xai, WM-SEMERU/dl4se: links
    through a university library's proxy (``link-springer-com.proxy.library.upenn.edu``) are the publisher's
    pages, the paper's links as written."""
    found = papers(
        "| Year | Paper | Topic | Animal |\n|---|---|---|---|\n"
        "| 2025 | [Luo et al.](https://www-tandfonline-com.proxy.library.upenn.edu/doi/full/10.1080/10888705.2025."
        "2542844#abstract) | PD, BR | Gibbon |\n"
        "| 2025 | [Fuchs et al.](https://link-springer-com.proxy.library.upenn.edu/article/10.1007/s11263-025-02484-6) "
        "| BR | Chimp |\n")
    assert [(p.url, p.year) for p in found.values()] == [
        ("https://www-tandfonline-com.proxy.library.upenn.edu/doi/full/10.1080/10888705.2025.2542844#abstract", 2025),
        ("https://link-springer-com.proxy.library.upenn.edu/article/10.1007/s11263-025-02484-6", 2025)]


def test_a_paragraph_of_prose_indented_under_an_item_is_its_description():
    """apexrl/awesome-rl-for-legged-locomotion: every paper's item, then a paragraph indented under it that says
    what the paper does: its summary, as a bullet of prose below an entry is (where three entries or more are
    described so, and none on its own line)."""
    found = papers(
        "## Quadruped Locomotion\n\n"
        "+ [RMA: Rapid Motor Adaptation for Legged Robots](https://arxiv.org/abs/2107.04034). *RSS*, 2021.\n\n"
        "    Employs a teacher–student approach plus a learned adaptation module. Without exteroceptive sensors, a "
        "quadruped can traverse a wide range of terrain.\n\n"
        "+ [Learning Agile Robotic Locomotion Skills by Imitating Animals](https://arxiv.org/abs/2004.00784). *RSS*, "
        "2020.\n\n"
        "    Uses motion-retargeting and DeepMimic-style objectives to teach a Unitree quadruped natural, animal-like "
        "gaits.\n\n"
        "+ [Sim-to-Real: Learning Agile Locomotion for Quadruped Robots](https://arxiv.org/abs/1804.10332). *RSS*, "
        "2018.\n\n"
        "    One of the earliest RL-based sim-to-real successes, using Ghost Robotics' Minitaur.\n")
    assert [(p.venue, p.summary[:30]) for p in found.values()] == [
        ("RSS 2021", "Employs a teacher–student appr"), ("RSS 2020", "Uses motion-retargeting and De"),
        ("RSS 2018", "One of the earliest RL-based s")]


def test_a_mark_before_a_bold_group_name_and_its_count_after():
    """x-zheng16/Awesome-Embodied-AI-Safety: ``<summary>👁️ <b>Perception</b> (199 papers)</summary>``; the name is
    the bold, as without the mark."""
    found = papers(
        "<details>\n<summary>👁️ <b>Perception</b> (199 papers)</summary>\n\n"
        "- [Multi-view Feature Discrepancy Attack for Single Object Tracking](https://arxiv.org/abs/2401.00001). Li "
        "et al. *In ICASSP*, 2025.\n\n</details>\n")
    assert [p.tags for p in found.values()] == [["Perception"]]


def test_an_arxiv_id_cited_without_its_colon():
    """musa-atlihan/msatlihan.github.io's reading list (all 12 papers): ``Title. *Authors*. arXiv1603.05027
    (2016)`` over ``* **url**:`` and ``* **comment**:`` bullets; Openning07/awesome-curriculum-learning: ``Title.
    *arxiv 2101.10382*``. The ID is the paper's; the names in italics after the title's full stop its authors."""
    found = papers(
        "1. Identity Mappings in Deep Residual Networks. *Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun*. "
        "arXiv1603.05027 (2016)\n"
        "    * **url**: [https://arxiv.org/abs/1603.05027](https://arxiv.org/abs/1603.05027)\n\n"
        "2. Very Deep Convolutional Networks for Large-Scale Image Recognition. *Karen Simonyan, Andrew Zisserman*. "
        "arXiv 1409.1556 (2014)\n")
    assert [(p.arxiv_id, p.venue, p.year, len(p.authors)) for p in found.values()] == [
        ("1603.05027", "arXiv 2016", 2016, 4), ("1409.1556", "arXiv 2014", 2014, 2)]


def test_an_authors_bullet_alone_under_a_papers_heading_gives_its_authors():
    """Mingyue-Cheng/Awesome-Time-Series-Foundation-Model: ``### **[Title](arXiv)**`` over ``- **Authors**:``,
    ``- **Abstract**:`` and ``- **Key Contributions**:`` bullets, no link among them."""
    found = papers(
        "## Universal Forecasting Transformers\n\n"
        "### **[MOIRAI: Unified Training of Universal Time Series Forecasting Transformers](https://arxiv.org/abs/"
        "2402.02592)**\n"
        "- **Authors**: Gerald Woo, Chenghao Liu, Akshat Kumar, et al.\n"
        "- **Abstract**: MOIRAI is a universal time series forecasting framework based on a masked encoder.\n")
    paper = found["MOIRAI: Unified Training of Universal Time Series Forecasting Transformers"]
    assert (paper.arxiv_id, [a.name for a in paper.authors]) == (
        "2402.02592", ["Gerald Woo", "Chenghao Liu", "Akshat Kumar"])


def test_a_known_venue_and_year_then_a_comma_before_a_plain_title():
    """rohjunha/paper-list (every paper): ``nips2016, Value Iteration Networks [[pdf]](..)``; YanjieZe/Paper-List:
    ``ICML 2022, The primacy bias in deep reinforcement learning, [arXiv](..)``."""
    found = papers(
        "# Papers to read\n"
        "* nips2016, Value Iteration Networks [[pdf]](https://arxiv.org/pdf/1602.02867v2.pdf)\n"
        "* ICML 2022, The primacy bias in deep reinforcement learning, [arXiv](https://arxiv.org/abs/2205.07802)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Value Iteration Networks", "nips 2016", 2016),
        ("The primacy bias in deep reinforcement learning", "ICML 2022", 2022)]
