"""Shapes of real lists met in session 47: the misses left open from session 46's rounds (``s99``-``s105``) and
those of its own blind rounds (``s106`` on), held with the lists' own lines (the repository is named in each
test)."""

from __future__ import annotations

from markdown_papers import papers

# extreme-assistant/CVPR2024-Paper-Code-Interpretation: some 600 papers, each a numbered title and lines keyed in
# Chinese, in paragraphs of up to 60 papers with a line of line breaks between them
BROKEN_PARAGRAPH = (
    "# cvpr2019（Papers/Codes/Project/Paper reading）\n\n"
    "588.Self supervised 3D hand pose estimation（Oral，手势姿态估计）<br>\n"
    "作者：Shile Li, Dongheui Lee<br>\n"
    "论文链接：http://www.vision.ee.ethz.ch/~wanc/papers/cvpr2019.pdf <br>\n"
    "源码链接：https://github.com/melonwan/sphereHand\n"
    "<br><br>\n"
    "587.Point-to-Pose Voting based Hand Pose Estimation using Residual Permutation Equivariant Layer"
    "（手势姿态估计）<br>\n"
    "作者：Shile Li, Dongheui Lee<br>\n"
    "论文链接：https://arxiv.org/pdf/1812.02050.pdf\n"
    "<br><br>\n"
    "585.Disentangling Latent Hands for Image Synthesis and Pose Estimation\n"
    "<br>\n"
    "作者：Linlin Yang, Angela Yao<br>\n"
    "论文链接：https://arxiv.org/abs/1812.01002\n"
    "<br><br>\n"
    "544.A Mutual Learning Method for Salient Object Detection with intertwined Multi-Supervision<br>\n"
    "作者：Runmin Wu, Mengyang Feng, Wenlong Guan<br>\n"
    "论文链接：待定 <br>\n"
    "源码链接：https://github.com/JosephineRabbit/MLMSNet\n"
    "<br><br>\n"
    "487.Machine Vision Guided 3D Medical Image Compression for Efficient Transmission and Accurate Segmentation "
    "in the Clouds<br>\n"
    "作者：Zihao Liu, Xiaowei Xu<br>\n"
    "论文链接：https://arxiv.org/abs/1904.08487<br>\n"
    "项目链接：http://zhiqiangshen.com/projects/INIT/index.html<br>\n"
)


def test_a_line_of_line_breaks_alone_parts_the_papers_of_one_paragraph():
    """Two breaks in a row make the blank line GitHub shows: ``<br><br>`` on a line of its own, or ``<br>`` under
    a line that ends in one. One ``<br>`` under a line that does not (``585.Title`` over ``<br>``) only breaks the
    line. Before, the 60 papers of such a paragraph were one, titled by the first, with the rest as its summary."""
    found = papers(BROKEN_PARAGRAPH)
    assert [(t, p.arxiv_id, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Self supervised 3D hand pose estimation", None, ["Shile Li", "Dongheui Lee"]),
        ("Point-to-Pose Voting based Hand Pose Estimation using Residual Permutation Equivariant Layer",
         "1812.02050", ["Shile Li", "Dongheui Lee"]),
        ("Disentangling Latent Hands for Image Synthesis and Pose Estimation", "1812.01002",
         ["Linlin Yang", "Angela Yao"]),
        ("A Mutual Learning Method for Salient Object Detection with intertwined Multi-Supervision", None,
         ["Runmin Wu", "Mengyang Feng", "Wenlong Guan"]),
        ("Machine Vision Guided 3D Medical Image Compression for Efficient Transmission and Accurate Segmentation "
         "in the Clouds", "1904.08487", ["Zihao Liu", "Xiaowei Xu"])]
    assert all(p.venue == "cvpr 2019" for p in found.values())


def test_lines_keyed_in_chinese_give_the_links_they_name_and_no_description():
    """``论文链接：URL`` (the paper's link), ``源码链接：URL`` (its code), ``项目链接：URL`` (its project page), and
    ``论文链接：待定`` (to be decided: no link yet, kept as a note). Before, they were the paper's summary."""
    found = papers(BROKEN_PARAGRAPH)
    hand = found["Self supervised 3D hand pose estimation"]
    assert (hand.url, hand.links.get("code"), hand.summary) == (
        "http://www.vision.ee.ethz.ch/~wanc/papers/cvpr2019.pdf", "https://github.com/melonwan/sphereHand", None)
    later = found["A Mutual Learning Method for Salient Object Detection with intertwined Multi-Supervision"]
    assert (later.url, later.links.get("code"), later.summary) == (
        None, "https://github.com/JosephineRabbit/MLMSNet", None)
    assert "论文链接：待定" in later.notes
    clouds = found["Machine Vision Guided 3D Medical Image Compression for Efficient Transmission and Accurate "
                   "Segmentation in the Clouds"]
    assert clouds.links.get("project") == "http://zhiqiangshen.com/projects/INIT/index.html"


def test_a_note_in_chinese_in_full_width_brackets_after_a_latin_title_is_not_the_titles():
    """``Title（手势姿态估计）`` (hand pose estimation): what the paper is about, in the list's language; a note.
    Brackets of the title's own stay (``Why (and When) Does It Work?``), and a Chinese title keeps its brackets."""
    found = papers(BROKEN_PARAGRAPH)
    voting = found["Point-to-Pose Voting based Hand Pose Estimation using Residual Permutation Equivariant Layer"]
    assert "手势姿态估计" in voting.notes
    assert "Oral，手势姿态估计" in found["Self supervised 3D hand pose estimation"].notes
    chinese = papers("# 论文\n\n- 基于图神经网络的推荐（综述） [paper](https://arxiv.org/abs/2011.02260)\n")
    assert list(chinese) == ["基于图神经网络的推荐（综述）"]


def test_a_title_in_brackets_with_no_link_yet_is_the_title_and_what_follows_says_where():
    """ExeCuteRunrunrun/Multi-Modal-Dialogue-System-Paperlist (164 of its lines): ``[Title] CVPR2017``, brackets
    of a link yet to be given. Before, the title kept them, and the papers under its ``Dataset & Challenges``
    heading were left out as linking no paper. Words in brackets before a title stay a tag
    (``[Mixture of Experts] MoE-Mamba: ...``, radarFudan/Awesome-state-space-models)."""
    found = papers(
        "# Multi-Modal-Dialgoue-System-Paperlist\n\n## Dataset & Challenges\n\n### Images\n\n"
        "- Further Papers (too many)\n"
        "    - [Learning Conditioned Graph Structures for Interpretable Visual Question Answering] NeuIPS2018\n"
        "    - [Graph-Structured Representations for Visual Question Answering] CVPR2017\n"
        "- [Mixture of Experts] MoE-Mamba: Efficient Selective State Space Models with Mixture of Experts "
        "[[paper]](https://arxiv.org/abs/2401.04081)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Learning Conditioned Graph Structures for Interpretable Visual Question Answering", "NeuIPS 2018", 2018),
        ("Graph-Structured Representations for Visual Question Answering", "CVPR 2017", 2017),
        ("[Mixture of Experts] MoE-Mamba: Efficient Selective State Space Models with Mixture of Experts", None,
         None)]  # (the tag not taken for the title; kept as written, as before)


def test_a_known_venue_right_after_a_title_link_then_the_description():
    """The same list (76 lines): ``[Title](..) ICCV2019, explicit relations ...``, ``[Title](..) CVPR2020
    object-level graph: ...``: where and when, then what the list says of the paper. A venue and year not glued
    need a comma, colon or dash before the description; an unknown name is no venue (``Section 2019, ...``)."""
    found = papers(
        "# List\n\n"
        "- [Relation-Aware Graph Attention Network for Visual Question Answering](http://arxiv.org/pdf/1903.12314)"
        " ICCV2019, explicit relations of geometric positions and semantic interactions between objects\n"
        "- [Hierarchical Graph Attention Network for Visual Relationship Detection](https://openaccess.thecvf.com/"
        "content_CVPR_2020/papers/Mi_Hierarchical_CVPR_2020_paper.pdf) CVPR2020 object-level graph: (1) woman "
        "(sit on) bench\n"
        "- [Kernel Methods for Learning Languages Across Sections](https://arxiv.org/abs/1905.00001) Section 2019, "
        "on kernels\n")
    assert [(p.venue, p.summary) for p in found.values()] == [
        ("ICCV 2019", "explicit relations of geometric positions and semantic interactions between objects"),
        ("CVPR 2020", "object-level graph: (1) woman (sit on) bench"),
        (None, "Section 2019, on kernels")]


def test_a_last_sentence_of_only_a_known_venue_and_year_is_where_the_paper_appeared():
    """EgocentricVision/EgocentricVision: ``[Title] - a description ... per minute. CVPR 2025.``"""
    found = papers(
        "# EgocentricVision\n\n"
        "- [HD-EPIC: A Highly-Detailed Egocentric Video Dataset] - HD-EPIC is a massive multimodal dataset featuring "
        "41 hours of unscripted kitchen video. CVPR 2025. [[paper]](https://openaccess.thecvf.com//content/CVPR2025/"
        "papers/Perrett_HD-EPIC_A_Highly-Detailed_Egocentric_Video_Dataset_CVPR_2025_paper.pdf)\n")
    paper = found["HD-EPIC: A Highly-Detailed Egocentric Video Dataset"]
    assert (paper.venue, paper.year, paper.summary) == (
        "CVPR 2025", 2025, "HD-EPIC is a massive multimodal dataset featuring 41 hours of unscripted kitchen video.")


def test_a_paper_heading_over_chinese_keyed_bullets_one_holding_nested_items():
    """alg-bug-engineer/agent-skills-collections (every paper): ``### Title`` over ``- **作者**:``, ``- **会议**:``,
    ``- **链接**:`` bullets, and ``- **核心贡献**:`` (core contributions) over nested items of its own. Before, the
    nested items ended the fields, and every bullet was read as a paper of its own (``链接``, ``会议``...)."""
    found = papers(
        "# 📖 Agent Skills 学术论文\n\n## 🏆 经典论文\n\n"
        "### ReAct: Synergizing Reasoning and Acting in Language Models\n"
        "- **作者**: Shunyu Yao, Jeffrey Zhao, Dian Yu, et al.\n"
        "- **会议**: ICLR 2023\n"
        "- **链接**: [arXiv:2210.03629](https://arxiv.org/abs/2210.03629)\n"
        "- **引用**: 5000+\n"
        "- **核心贡献**:\n"
        "  - 提出推理（Reasoning）和行动（Acting）结合的框架\n"
        "  - 通过思维链推理生成行动轨迹\n"
        "  - 在知识库和 QA 任务上取得显著提升\n"
        "- **关键词**: ReAct, Chain-of-Thought, Reasoning, Acting\n"
        "- **代码**: [GitHub](https://github.com/ysymyth/ReAct)\n")
    assert [(t, p.arxiv_id, p.venue, p.links.get("code")) for t, p in found.items()] == [
        ("ReAct: Synergizing Reasoning and Acting in Language Models", "2210.03629", "ICLR 2023",
         "https://github.com/ysymyth/ReAct")]
    assert [a.name for a in found["ReAct: Synergizing Reasoning and Acting in Language Models"].authors][:2] == [
        "Shunyu Yao", "Jeffrey Zhao"]


def test_a_paper_heading_after_a_reading_mark_and_its_authors_bullet():
    """langmanbusi/Myzone (17 of its 39 paper headings): ``#### ✅｜[(2018 CVPR)Title](arXiv)``, the mark saying
    the paper is read, then a bullet of who wrote it. Before, the mark hid the paper (its authors' bullet was
    imported in its place)."""
    found = papers(
        "# Papers and Resourse\n\n## Event camera\n\n"
        "#### ✅｜[(2018 RSS)EV-FlowNet:Self-Supervised Optical Flow Estimation for Event-based Cameras]"
        "(https://arxiv.org/pdf/1802.06898.pdf)\n"
        "- Alex Zihao Zhu, Liangzhe Yuan, Kenneth Chaney, Kostas Daniilidis\n"
        "- [code](https://github.com/daniilidis-group/EV-FlowNet)\n\n"
        "#### [(CVPR 2020)EV-SegNet: Semantic Segmentation for Event-based Cameras](https://arxiv.org/abs/1811.12039)\n"
        "- Inigo Alonso, Ana C. Murillo\n")
    assert [(t, p.venue, p.status, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("EV-FlowNet:Self-Supervised Optical Flow Estimation for Event-based Cameras", "RSS 2018", "read",
         ["Alex Zihao Zhu", "Liangzhe Yuan", "Kenneth Chaney", "Kostas Daniilidis"]),
        ("EV-SegNet: Semantic Segmentation for Event-based Cameras", "CVPR 2020", None,
         ["Inigo Alonso", "Ana C. Murillo"])]


def test_headings_that_name_the_one_paper_under_them_are_no_sections():
    """huayong/dl-vision-papers (its 32 papers): ``##### GeoNet`` over ``[GeoNet: ...](arXiv)&nbsp;[2018 CVPR]``, each
    a paper's short name over it; its papers sit in ``#### SFM``. lcybuzz's records write ``### **SDS**`` over
    ``**[Paper]** Simultaneous Detection and Segmentation``: the initials. Before, each name was a section."""
    found = papers(
        "#### Contents\n- [SFM](#sfm)\n\n#### SFM\n\n"
        "##### SfMLearner++\n[SfMLearner++: Learning Monocular Depth & Ego-Motion using Meaningful Geometric "
        "Constraints](https://arxiv.org/abs/1812.08370)&nbsp;[2019 WACV]\n\n"
        "##### GeoNet\n[GeoNet: Unsupervised Learning of Dense Depth, Optical Flow and Camera Pose]"
        "(https://arxiv.org/abs/1803.02276)&nbsp;[2018 CVPR]\n\n"
        "##### BA-Net\n[BA-Net: Dense Bundle Adjustment Network](https://arxiv.org/abs/1806.04807)"
        "&nbsp;[2018 arXiv]\n\n"
        "##### SfMLearner\n[Unsupervised Learning of Depth and Ego-Motion from Video](https://arxiv.org/abs/1704.07813)"
        "&nbsp;[2017 CVPR]\n")
    assert {t[:12]: p.tags for t, p in found.items()} == {
        "SfMLearner++": ["SFM"], "GeoNet: Unsu": ["SFM"], "BA-Net: Dens": ["SFM"], "Unsupervised": ["SFM"]}
    assert found["Unsupervised Learning of Depth and Ego-Motion from Video"].notes[:1] == ["SfMLearner"]


def test_headings_of_topics_that_hold_a_paper_each_stay_sections():
    """kaisugi/entity-related-papers: ``### NER`` under each venue, one paper under some of them, many under others;
    "NER" spells "Named Entity Recognition" in its titles, but a topic holding several papers is a section."""
    found = papers(
        "# entity-related-papers\n\n## TACL 2020\n\n### NER\n\n"
        "- [Named Entity Recognition as Dependency Parsing](https://arxiv.org/abs/2005.07150)\n\n"
        "### EL\n\n- [Entity Linking in 100 Languages](https://arxiv.org/abs/2011.02690)\n\n"
        "## COLING 2020\n\n### NER\n\n"
        "- [Named Entity Recognition for Chinese biomedical patents]"
        "(https://www.aclweb.org/anthology/2020.coling-main.54/)\n"
        "- [Exhaustive Entity Recognition for Coptic](https://www.aclweb.org/anthology/2020.coling-main.66/)\n\n"
        "### EL\n\n- [Entity Linking for Ancient Greek](https://www.aclweb.org/anthology/2020.coling-main.71/)\n"
        "- [Evaluating Entity Linking Systems](https://www.aclweb.org/anthology/2020.coling-main.72/)\n")
    assert found["Named Entity Recognition as Dependency Parsing"].tags == ["TACL 2020/NER"]
    assert found["Entity Linking in 100 Languages"].tags == ["TACL 2020/EL"]


def test_venues_with_the_month_they_came_out():
    """``**[Arxiv, 2024.12]** Title`` (ChaofanTao/Autoregressive-Models-in-Vision-Survey, 74 of its 149 tagged
    entries), ``arXiv 201912 - [Title](..)`` (ZeroWangZY/federated-learning), ``(7 Mar 2023 & CVPR 2023)`` after a
    title link (maxin-cn/Awesome-Autoregressive-Visual-Generation-Models, 31 of its 86 papers). A method's name
    before a dash stays no venue (``* AffGAN - [Title](..)``, hindupuravinash/the-gan-zoo)."""
    found = papers(
        "# Papers\n\n## Tokenizer\n\n"
        "- **[Arxiv, 2024.12]** TokenFlow: Unified Image Tokenizer for Multimodal Understanding and Generation "
        "[Paper](https://arxiv.org/abs/2412.03069)\n"
        "- arXiv 201912 - [Advances and Open Problems in Federated Learning](https://arxiv.org/abs/1912.04977) "
        "58位学者联名综述\n"
        "+ [MOSO: Decomposing MOtion, Scene and Object for Video Prediction](https://arxiv.org/abs/2303.03684) "
        "(7 Mar 2023 & CVPR 2023)\n"
        "* AffGAN - [Amortised MAP Inference for Image Super-resolution](https://arxiv.org/abs/1610.04490)\n")
    assert [(p.venue, p.year) for p in found.values()] == [
        ("Arxiv 2024", 2024), ("arXiv 2019", 2019), ("CVPR 2023", 2023), (None, None)]


def test_a_list_title_naming_one_meeting_with_the_years_last_digits():
    """``# [ICLR'24] Learning on Graphs`` (XiaoxinHe/iclr2024_learning_on_graphs, 128 rows): its papers' venue, as
    ``# ICLR 2024 ...`` gives it; not a title naming two (``# ECCV‘24 & CVPR'24 Papers``, chzh9311/hands_notes)."""
    table = ("| Title | Authors | Link |\n|---|---|---|\n"
             "| Graph Neural Networks for Link Prediction | A Smith, B Jones | "
             "[poster](https://iclr.cc/virtual/2024/poster/17580) |\n")
    assert [p.venue for p in papers("# [ICLR'24] Learning on Graphs\n\n" + table).values()] == ["ICLR 2024"]
    assert [p.venue for p in papers("# ECCV‘24 & CVPR'24 Papers\n\n" + table).values()] == [None]


def test_a_paper_heading_linking_its_paper_then_its_short_name_over_korean_fields():
    """aiot-cau/urp-summer-2025 (every paper): ``### 1. [Title](arXiv) (ResNet)`` over ``- **저자**:`` (authors),
    ``- **학회/저널**:`` (venue) and ``- **요약**:`` (summary) bullets. Before, each bullet was a paper of its own;
    and a heading's link was kept a second time as a ``notes`` link where its bullets linked no paper."""
    found = papers(
        "# AI 추천 논문 목록\n\n## 📷 이미지 분야\n\n"
        "### 1. [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) (ResNet)\n"
        "- **저자**: K. He, X. Zhang, S. Ren, J. Sun\n"
        "- **학회/저널**: CVPR 2016\n"
        "- **요약**: Skip connection을 도입하여 매우 깊은 신경망 학습을 가능하게 만든 획기적인 구조로, 이후의 많은 CNN "
        "모델의 기반이 됨.\n")
    paper = found["Deep Residual Learning for Image Recognition"]
    assert (paper.arxiv_id, paper.venue, [a.name for a in paper.authors], paper.links) == (
        "1512.03385", "CVPR 2016", ["K. He", "X. Zhang", "S. Ren", "J. Sun"], {})
    assert paper.summary.startswith("Skip connection을 도입하여")


def test_bold_numbered_paper_headings_over_bold_keyed_paragraphs():
    """daksim/NewAdversarialAttackPaper (a daily feed, every paper): ``## **1. Title**`` over the arXiv category,
    a comment, ``**SubmitDate**: 2022-06-16    [paper-pdf](arXiv)`` and ``**Authors**: ...``. Before, the
    keyed paragraphs were imported as papers (``SubmitDate``), and the bold line saying when the list was updated
    is none."""
    found = papers(
        "# Latest Adversarial Attack Papers\n**update at 2022-06-18 06:31:30**\n\n"
        "## **1. Boosting the Adversarial Transferability of Surrogate Model with Dark Knowledge**\n\ncs.LG\n\n"
        "26 pages, 5 figures\n\n**SubmitDate**: 2022-06-16    [paper-pdf](http://arxiv.org/pdf/2206.08316v1)\n\n"
        "**Authors**: Dingcheng Yang, Zihao Xiao, Wenjian Yu\n\n"
        "**Abstracts**: Deep neural networks (DNNs) for image classification are known to be vulnerable.\n")
    assert [(t, p.arxiv_id, p.year, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Boosting the Adversarial Transferability of Surrogate Model with Dark Knowledge", "2206.08316", 2022,
         ["Dingcheng Yang", "Zihao Xiao", "Wenjian Yu"])]


def test_a_bold_title_item_over_bold_keyed_lines_of_its_own_paragraph():
    """cycloarcane/Gathered-Paper-Resources (every paper) and aisagarw/awesome-explainable-cv: ``- **Title**`` over
    ``  **Paper**: [Link](arXiv)``, ``  **Summary**: ...`` lines of the same paragraph, and a venue that links the
    paper (``**Conference**: [ICML 2018](arXiv)``). Before, the heading above was read as the paper (its fields the
    items'), or the keyed lines ran into the title and the summary."""
    found = papers(
        "# Gathered Paper Resources\n\n### Language Models & Architecture\n"
        "- **DeepSeek-V3 Technical Report**\n"
        "  **Paper**: [Link](https://arxiv.org/abs/2412.19437v1)  \n"
        "  **Summary**: DeepSeek-V3 is a Mixture-of-Experts (MoE) language model comprising 671 billion parameters.\n"
        "  **Tags**: #language-model #Mixture-of-Experts #AI\n\n"
        "- **\"Interpretability Beyond Feature Attribution: Quantitative Testing with Concept Activation "
        "Vectors\"**  \n"
        "    **Authors**: _Been Kim, Martin Wattenberg, Justin Gilmer_ <br>\n"
        "    **Conference**: [ICML 2018](https://arxiv.org/pdf/1711.11279) <br>\n"
        "    **Summary**: _Uses directional derivatives to quantify the degree to which a concept is important._\n")
    assert [(t, p.arxiv_id, p.venue, p.tags) for t, p in found.items()] == [
        ("DeepSeek-V3 Technical Report", "2412.19437", None, ["Language Models & Architecture"]),
        ("Interpretability Beyond Feature Attribution: Quantitative Testing with Concept Activation Vectors",
         "1711.11279", "ICML 2018", ["Language Models & Architecture"])]
    assert found["DeepSeek-V3 Technical Report"].summary.startswith("DeepSeek-V3 is a Mixture-of-Experts")


def test_a_publication_page_bolds_its_owners_name():
    """yuanhaitao/yuanhaitao.github.io (every publication): the authors' line with the owner's name in bold. Before,
    the bold name alone was the authors. A bold key before names stays no author (``**Targets:** Memory, Skills``).
    (Its venue line, ``***VLDB 2023, CCF-A***``, is still read as the summary: the grade must stay a note, as
    ``test_a_venue_and_its_rank_as_the_papers_links_text`` holds.)"""
    found = papers(
        "# Publications\n\n"
        "1.  *Automatic Road Extraction with Multi-Source Data Revisited: Completeness, Smoothness and "
        "Discrimination.* [[Paper](https://www.vldb.org/pvldb/vol16/p3004-yuan.pdf)] <br>\n"
        "Yanan Li, **Haitao Yuan<sup>#</sup>**, Zhe Fu, Xiao Ma<sup>#</sup>, Mengwei Xu. <br>\n"
        "***VLDB 2023, CCF-A***. \n")
    paper = found["Automatic Road Extraction with Multi-Source Data Revisited: Completeness, Smoothness and "
                   "Discrimination"]
    assert [a.name for a in paper.authors] == ["Yanan Li", "Haitao Yuan", "Zhe Fu", "Xiao Ma", "Mengwei Xu"]


def test_a_meeting_then_the_month_it_was_held():
    """GT-RIPL/Awesome-LLM-Robotics (26 lines): ``*CoRL, Sep 2022*`` is CoRL 2022; a preprint's month is kept as the
    list writes it (the user's own ``(Arxiv Jan 2024)``)."""
    found = papers(
        "# Awesome LLM Robotics\n\n"
        " * **Perceiver-Actor**:\"A Multi-Task Transformer for Robotic Manipulation\", *CoRL, Sep 2022*. "
        "[[Paper](https://arxiv.org/abs/2209.05451)]\n")
    assert [(p.venue, p.year) for p in found.values()] == [("CoRL 2022", 2022)]
