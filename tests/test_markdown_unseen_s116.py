"""Shapes of real lists met in session 49's blind rounds (``s116`` on), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_a_title_bullet_over_one_bullet_of_where_and_links_is_one_paper():
    """conditionWang/FLNK (all 108 papers): the title links nothing; the bullet nested under it says where the
    paper appeared and links it. The two bullets are one entry, not a bare title and an untitled link."""
    found = papers(
        "### _Pure Classification_\n"
        "+ Partitioned Variational Inference: A unified framework encompassing federated and continual learning \n"
        "  + (Arxiv 2018) [[paper]](https://arxiv.org/abs/1811.11206)\n"
        "+ **Federated Continual Learning with Weighted Inter-client Transfer**  \n"
        "  + **(ICML 2021)** [[paper]](https://proceedings.mlr.press/v139/yoon21b.html) "
        "[[code]](https://github.com/wyjeong/FedWeIT)\n"
        "+ Concept drift detection and adaptation for federated and continual learning \n"
        "  + (Multimedia Tools and Applications 2021) "
        "[[paper]](https://link.springer.com/article/10.1007/s11042-021-11219-x)\n"
        "+ Non-IID data and Continual Learning processes in Federated Learning: A long road ahead \n"
        "  + (Survey, Information Fusion 2022) "
        "[[paper]](https://www.sciencedirect.com/science/article/pii/S1566253522000884)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Partitioned Variational Inference: A unified framework encompassing federated and continual learning",
         "Arxiv 2018", 2018),
        ("Federated Continual Learning with Weighted Inter-client Transfer", "ICML 2021", 2021),
        ("Concept drift detection and adaptation for federated and continual learning",
         "Multimedia Tools and Applications 2021", 2021),
        ("Non-IID data and Continual Learning processes in Federated Learning: A long road ahead",
         "Information Fusion 2022", 2022)]
    assert found["Partitioned Variational Inference: A unified framework encompassing federated and continual "
                 "learning"].arxiv_id == "1811.11206"
    assert found["Federated Continual Learning with Weighted Inter-client Transfer"].links["code"] == \
        "https://github.com/wyjeong/FedWeIT"


def test_a_nested_bullet_with_its_own_title_link_stays_a_paper_of_its_own():
    """dmarx/anthology-of-modern-ml: a topic's bullet over its paper's citation, whose quoted title is linked;
    the nested bullet is the paper, not the topic's second line."""
    found = papers(
        "* alexnet - Demonstrated importance of network depth (specifically stacking convolutions)\n"
        "  * 2012 - [\"ImageNet Classification with Deep Convolutional Neural Networks\"](https://papers.nips.cc/"
        "paper/2012/file/c399862d3b9d6b76c8436e924a68c45b-Paper.pdf) - Alex Krizhevsky, Ilya Sutskever, "
        "Geoffrey E. Hinton\n")
    assert "ImageNet Classification with Deep Convolutional Neural Networks" in found
    assert not any(title.startswith("alexnet") for title in found)


def test_a_daily_digest_line_gives_day_title_authors_and_links():
    """zhangrunxi/arxiv-daily (the digests cv-arxiv-daily's script writes, every entry): the day it was
    posted, the title in bold, the first author "et.al.", and its links each after a label and a colon."""
    found = papers(
        "## Autonomous Driving\n\n"
        "- 2024-10-30, **EMMA: End-to-End Multimodal Model for Autonomous Driving**, Jyh-Jing Hwang et.al., Paper: "
        "[http://arxiv.org/abs/2410.23262v1](http://arxiv.org/abs/2410.23262v1)\n"
        "- 2024-10-29, **Senna: Bridging Large Vision-Language Models and End-to-End Autonomous Driving**, Bo Jiang "
        "et.al., Paper: [http://arxiv.org/abs/2410.22313v1](http://arxiv.org/abs/2410.22313v1), Code: "
        "**[https://github.com/hustvl/senna](https://github.com/hustvl/senna)**\n")
    emma = found["EMMA: End-to-End Multimodal Model for Autonomous Driving"]
    assert (emma.arxiv_id, emma.year, [a.name for a in emma.authors], emma.summary) == (
        "2410.23262", 2024, ["Jyh-Jing Hwang"], None)
    senna = found["Senna: Bridging Large Vision-Language Models and End-to-End Autonomous Driving"]
    assert ([a.name for a in senna.authors], senna.links["code"]) == (["Bo Jiang"],
                                                                      "https://github.com/hustvl/senna")


def test_a_paper_heading_over_its_quoted_authors_and_their_affiliations():
    """AIM-SE/PR4Rec (a conference's recommender papers, most with no link): each paper a heading, its
    authors quoted below it, each with where they work. The heading is the paper; the names its authors."""
    found = papers(
        "# RecSys-Papers-from-WWW 2021\n\n## Graph-based\n\n"
        "#### Learning Heterogeneous Temporal Patterns of User Preference for Timely Recommendation\n\n"
        "> Junsu Cho (POSTECH), Dongmin Hyun (POSTECH), Seongku Kang (POSTECH) and Hwanjo Yu (POSTECH).\n\n\n\n"
        "#### Graph Embedding for Recommendation against Attribute Inference Attacks\n\n"
        "> Shijie Zhang (The University of Queensland), Hongzhi Yin (The University of Queensland), Lizhen Cui "
        "(Shandong University) and Xiangliang Zhang (King Abdullah University of Science & Technology).\n\n"
        "* https://arxiv.org/abs/2101.12549\n")
    assert [(t, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Learning Heterogeneous Temporal Patterns of User Preference for Timely Recommendation",
         ["Junsu Cho", "Dongmin Hyun", "Seongku Kang", "Hwanjo Yu"]),
        ("Graph Embedding for Recommendation against Attribute Inference Attacks",
         ["Shijie Zhang", "Hongzhi Yin", "Lizhen Cui", "Xiangliang Zhang"])]
    assert found["Graph Embedding for Recommendation against Attribute Inference Attacks"].arxiv_id == "2101.12549"


def test_a_bold_name_over_its_bold_title_takes_the_title():
    """winterbloooom/awesome-3d-face (every paper): the method's name in bold, linking its page or paper, with
    venue and code; the full title in bold on the next line, then the authors in italics."""
    found = papers(
        "**[AlbedoGAN](https://aashishrai3799.github.io/Towards-Realistic-Generative-3D-Face-Models/)** (2024 WACV) "
        "[[🖥️](https://github.com/aashishrai3799/Towards-Realistic-Generative-3D-Face-Models/)]<br>\n"
        "**Towards Realistic Generative 3D Face Models**<br>\n"
        "*Aashish Rai, Hiresh Gupta, Ayush Pandey*<br>\n<ins> </ins>\n\n"
        "**[SynergyNet](https://arxiv.org/pdf/2110.09772.pdf)** (2021 3DV) ✨ "
        "[[🖥️](https://github.com/choyingw/SynergyNet)]<br>\n"
        "**Synergy between 3DMM and 3D Landmarks for Accurate 3D Facial Geometry**<br>\n"
        "*Cho-Ying Wu, Qiangeng Xu, Ulrich Neumann*<br>\n")
    assert list(found) == ["Towards Realistic Generative 3D Face Models",
                           "Synergy between 3DMM and 3D Landmarks for Accurate 3D Facial Geometry"]
    synergy = found["Synergy between 3DMM and 3D Landmarks for Accurate 3D Facial Geometry"]
    assert (synergy.arxiv_id, synergy.summary, [a.name for a in synergy.authors]) == (
        "2110.09772", None, ["Cho-Ying Wu", "Qiangeng Xu", "Ulrich Neumann"])


def test_google_scholars_mla_journal_and_its_new_publisher_order():
    """d1pankarmedhi/ai-papers: Google Scholar's MLA, a journal with its volume, issue and pages after a long
    name; a conference, then "Cham: Springer International Publishing", the place first, as it writes it now."""
    found = papers(
        "- Wang, Zhihao, Jian Chen, and Steven CH Hoi. \"**Deep learning for image super-resolution: A survey.**\" "
        "IEEE transactions on pattern analysis and machine intelligence 43.10 (2020): 3365-3387. "
        "[paper](https://arxiv.org/pdf/1902.06068)\n"
        "- Dong, Chao, Chen Change Loy, and Xiaoou Tang. \"**Accelerating the super-resolution convolutional "
        "neural network.**\" European conference on computer vision. Cham: Springer International Publishing, 2016. "
        "[paper](https://arxiv.org/pdf/1608.00367)\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [
        ("IEEE transactions on pattern analysis and machine intelligence 2020", 2020, None),
        ("European conference on computer vision 2016", 2016, None)]


def test_a_bold_bracketed_name_and_year_over_its_description():
    """xiexukang/awesome-speech-resources (every paper): the title, or the model's name, and its year in square
    brackets in bold; what it is on the line below, with its arXiv link. A model's acronym is no venue."""
    found = papers(
        "### 论文\n"
        "- **[Whisper (2022)]**  \n  大规模弱监督语音识别 [[arXiv](https://arxiv.org/abs/2212.04356)]\n"
        "- **[ECAPA-TDNN (2020)]**  \n  通道注意力机制改进的声纹模型 [[arXiv](https://arxiv.org/abs/2005.07143)]\n")
    assert [(t, p.year, p.summary) for t, p in found.items()] == [
        ("Whisper", 2022, "大规模弱监督语音识别"), ("ECAPA-TDNN", 2020, "通道注意力机制改进的声纹模型")]


def test_a_paper_heading_opened_by_its_paper_link_and_a_colon():
    """Sugeradi985/Awesome-SAR-Detection (every dataset): ``#### [[Paper]](..): Title`` under the dataset's
    heading, beside ``#### [[GitHub]](..)``, a heading that is only a link named for what it is (no section)."""
    found = papers(
        "# Awesome-SAR-Detection\n\n# Datasets\n\n## HRSID\n#### [[GitHub]](https://github.com/chaozhong2010/HRSID)\n"
        "#### [[Paper]](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9127939): HRSID: A High-Resolution "
        "SAR Images Dataset for Ship Detection and Instance Segmentation\n\nSome words on it.\n")
    paper = found["HRSID: A High-Resolution SAR Images Dataset for Ship Detection and Instance Segmentation"]
    assert (paper.url, paper.tags) == ("https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9127939",
                                       ["Datasets/HRSID"])


def test_a_one_letter_tag_before_the_year_in_brackets():
    """Replicable-MARL/MARLlib (76 papers): ``**[S][2018]**`` after the title link, the list's tag (its legend:
    "**[S]** Information Sharing") and the year."""
    found = papers(
        "- [Learning attentional communication for multi-agent cooperation](https://proceedings.neurips.cc/paper/"
        "2018/file/6a8018b3a00b69c008601b8becae392b-Paper.pdf) **[S][2018]**\n"
        "- [Multi-agent actor-critic for mixed cooperative-competitive environments]"
        "(https://arxiv.org/abs/1706.02275) **[C][2017]**\n")
    assert [(p.year, p.summary) for p in found.values()] == [(2018, None), (2017, None)]


def test_bold_terms_explained_after_an_arrow_are_no_papers():
    """BearCleverProud/AwesomeWSI's preface: a bold term, an arrow, what it covers; and a quoted line opening
    with an emoji and a bold phrase that a sentence goes on from."""
    found = papers(
        "### Hierarchical Taxonomy for PFMs\n\n"
        "- **🔧 Model Scope** → Extractor-centric, Aggregator-centric, Hybrid-centric approaches  \n"
        "- **⚙️ Model Pretraining** → Input modalities, base methods, magnification/resolution specifications  \n"
        "- **🏗️ Model Design** → Model architectures, parameter counts, scale categories (XS to G)  \n\n"
        "> 🔍 **Essential for developers** to understand PFM architectures, computational requirements, and "
        "implementation specifications.\n")
    assert found == {}
