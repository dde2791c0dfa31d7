"""Shapes of real lists met in session 49's blind rounds (``s116`` on), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers


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


def test_a_heading_of_year_and_title_over_its_day_and_address_is_the_paper():
    """luischary/charystudy (every paper): ``### 2021 GTR`` over ``- **2021-12-15**`` and the bare arXiv
    address: the heading is the paper, its year first; the day alone is no paper of its own."""
    found = papers(
        "## NLP -> Embeddings\n\n\n"
        "### 2017 Efficient Natural Language Response Suggestion_for Smart Reply\n"
        "- **2017-01-05**\n- https://arxiv.org/pdf/1705.00652\n"
        "### 2021 GTR\n- **2021-12-15**\n- https://arxiv.org/pdf/2112.07899\n")
    assert [(t, p.year, p.arxiv_id) for t, p in found.items()] == [
        ("Efficient Natural Language Response Suggestion_for Smart Reply", 2017, "1705.00652"),
        ("GTR", 2021, "2112.07899")]


def test_a_preprint_then_where_it_appeared_then_apa_names():
    """yuddim/awesome-3d-multimodal-maps (every paper): the year, the bold title, "arXiv preprint arXiv:ID.", the
    venue it then appeared at, and the authors as APA writes them; links labelled in brackets, ``[(code)](..)``."""
    paper = one(
        "(2024) **Llm-grounder: Open-vocabulary 3d visual grounding with large language model as an agent.** arXiv "
        "preprint arXiv:2309.12311. ICRA 2024. Yang, J., Chen, X., Qian, S., Madaan, N., Iyengar, M., Fouhey, D. F., "
        "& Chai, J. (University of Michigan, New York University) [(paper)](https://arxiv.org/abs/2309.12311) | "
        "[(code)](https://github.com/sled-group/chat-with-nerf) | [(project)](https://chat-with-nerf.github.io)\n")
    assert (paper.arxiv_id, paper.venue, paper.year, names(paper)[:2], paper.links) == (
        "2309.12311", "ICRA 2024", 2024, ["J. Yang", "X. Chen"],
        {"code": "https://github.com/sled-group/chat-with-nerf", "project": "https://chat-with-nerf.github.io"})


def test_a_venue_cell_of_name_year_and_month():
    """colorful-liyu/awesome-3D-editing's Venue column (every row): ``ArXiv, 2023, 09``, where, the year, the
    month."""
    paper = one(
        "| Paper | arXiv | Venue |\n|---|---|---|\n"
        "| [MVDream: Multi-view Diffusion for 3D Generation](https://arxiv.org/abs/2308.16512) | "
        "[![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2308.16512) | "
        "ArXiv, 2023, 08 |\n")
    assert (paper.venue, paper.year) == ("ArXiv 2023", 2023)


def test_a_description_in_a_code_block_under_its_citation():
    """d1pankarmedhi/ai-papers (all 18 papers): Google Scholar's MLA citation, then what the paper does in a code
    block indented under it; a journal whose name holds commas and a slash."""
    found = papers(
        "### Speech to Text\n\n"
        "- Wei, Kun, et al. \"**Conversational speech recognition by learning audio-textual cross-modal contextual "
        "representation.**\" IEEE/ACM Transactions on Audio, Speech, and Language Processing 32 (2024): 2432-2444. "
        "[paper](https://arxiv.org/pdf/2310.14278)\n"
        "- Tan, Xu, et al. \"**A survey on neural speech synthesis.**\" arXiv preprint arXiv:2106.15561 (2021). "
        "[paper](https://arxiv.org/pdf/2106.15561)\n"
        "  ```text\n  Talks about history of text to speech, speech synthesis. Focuses mostly on\n"
        "  TTS based on neural networks.\n  ```\n"
        "- Ren, Yi, et al. \"**Fastspeech 2: Fast and high-quality end-to-end text to speech.**\" arXiv preprint "
        "arXiv:2006.04558 (2020). [paper](https://arxiv.org/pdf/2006.04558v8)\n"
        "  ```text\n  Discusses rapid progress of TTS, describes limitations of previous models.\n  ```\n"
        "- Ledig, Christian, et al. \"**Photo-realistic single image super-resolution using a generative adversarial "
        "network.**\" Proceedings of the IEEE conference on computer vision and pattern recognition. 2017. "
        "[paper](https://arxiv.org/pdf/1609.04802)\n"
        "  ```text\n  It proposes SRGAN, a generative adversarial network for image super-resolution.\n  ```\n")
    assert [(p.venue, p.summary) for p in found.values()] == [
        ("IEEE/ACM Transactions on Audio, Speech, and Language Processing 2024", None),
        ("arXiv 2021", "Talks about history of text to speech, speech synthesis. Focuses mostly on TTS based on "
                       "neural networks."),
        ("arXiv 2020", "Discusses rapid progress of TTS, describes limitations of previous models."),
        ("Proceedings of the IEEE conference on computer vision and pattern recognition 2017",
         "It proposes SRGAN, a generative adversarial network for image super-resolution.")]
