"""Shapes of real lists met in session 58's round 139 (``s142``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import names, one
from paperctl.formats.markdown.reader import parse


def test_a_whole_mla_citation_in_bold_italics_with_its_links_below():
    """tridungduong16/InterpretableMachineLearning-ComprehensiveSurvey (52 papers): "* ***Names. "Title." Venue
    (Year).***" over "- [Paper Link](..)", "- [Source code](..)" and notes; "- **Paper:** ..." under it is the
    list's own words on the paper, not its title."""
    parsed = parse(
        "### Attention mechanism: <a name=\"attention\"></a>\n"
        "* ***Arik, Sercan O., and Tomas Pfister. \"TabNet: Attentive Interpretable Tabular Learning.\" arXiv preprint "
        "arXiv:1908.07442 (2019).***\n"
        "\t- [Paper Link](https://arxiv.org/pdf/1908.07442.pdf)\n"
        "\t- [Source code](https://github.com/google-research/google-research/tree/master/tabnet)\n"
        "\t- TabNet uses sequential attention to choose which features to reason from at each decision step\n"
        "\t- **Paper:**  Instead of using traditional feature engineer techniques, Arik, Sercan O., and Tomas Pfister "
        "adopt raw data as inputs for attention neural network for the flexible representations.  \n"
        "* ***Caruana, Rich, et al. \"Intelligible models for healthcare: Predicting pneumonia risk and hospital "
        "30-day readmission.\" _Proceedings of the 21th ACM SIGKDD international conference on knowledge discovery "
        "and data mining_. 2015.***\n"
        "\t- [Paper Link](http://people.dbmi.columbia.edu/noemie/papers/15kdd.pdf)\n")
    tabnet, caruana = (e.data for e in parsed.entries)
    assert (tabnet.title, names(tabnet), tabnet.arxiv_id, tabnet.venue, tabnet.links.get("code")) == (
        "TabNet: Attentive Interpretable Tabular Learning", ["Sercan O. Arik", "Tomas Pfister"], "1908.07442",
        "arXiv 2019", "https://github.com/google-research/google-research/tree/master/tabnet")
    assert any(n.startswith("Paper: Instead of using traditional feature") for n in tabnet.notes)
    assert (caruana.title, names(caruana), caruana.url, caruana.year) == (
        "Intelligible models for healthcare: Predicting pneumonia risk and hospital 30-day readmission",
        ["Rich Caruana"], "http://people.dbmi.columbia.edu/noemie/papers/15kdd.pdf", 2015)


def test_a_bold_title_with_a_quoted_word_is_no_citation():
    """The user's own list: '**What In-Context Learning "Learns" In-Context: ...**' is a title that quotes a word,
    not names before a quoted title."""
    data = one('8. **What In-Context Learning "Learns" In-Context: Disentangling Task Recognition and Task '
               'Learning** (Findings of ACL 2023) [[paper]](http://arxiv.org/abs/2305.09731)')
    assert data.title.startswith('What In-Context Learning "Learns" In-Context')
    assert (data.authors, data.venue) == ([], "ACL 2023 Findings")


def test_numbered_references_one_a_line_in_one_paragraph():
    """NeuronDance/DeepRL (every section): "[2].[Names. "Title." Venue.](url)" lines with no blank line between,
    the number in brackets and a full stop before the link; each line a paper."""
    parsed = parse(
        "### Overview\n"
        "[2].[Dobrev, Dimiter. \"The Definition of AI in Terms of Multi Agent Systems.\" arXiv preprint "
        "arXiv:1210.0887 (2012).](https://arxiv.org/ftp/arxiv/papers/1210/1210.0887.pdf)\n"
        "[4].[Kapoor, Sanyam. \"Multi-agent reinforcement learning: A report on challenges and approaches.\" arXiv "
        "preprint arXiv:1807.09427 (2018).](https://arxiv.org/abs/1807.09427)<br>\n\n"
        "### Cooperation\n"
        "[3]. [Panait, Liviu, and Sean Luke. \"Cooperative multi-agent learning: The state of the art.\" Autonomous "
        "agents and multi-agent systems 11.3 (2005): 387-434.]( https://cs.gmu.edu/~eclab/papers/panait05.pdf)<br>\n"
        "[7]. [Tampuu, Ardi, et al. \"Multiagent cooperation and competition with deep reinforcement learning.\" PloS "
        "one 12.4 (2017): e0172395. ](https://arxiv.org/abs/1511.08779)<br>\n")
    got = [(e.line, e.data.title, e.data.arxiv_id, names(e.data)) for e in parsed.entries]
    assert got == [
        (2, "The Definition of AI in Terms of Multi Agent Systems", "1210.0887", ["Dimiter Dobrev"]),
        (3, "Multi-agent reinforcement learning: A report on challenges and approaches", "1807.09427",
         ["Sanyam Kapoor"]),
        (6, "Cooperative multi-agent learning: The state of the art", None, ["Liviu Panait", "Sean Luke"]),
        (7, "Multiagent cooperation and competition with deep reinforcement learning", "1511.08779", ["Ardi Tampuu"])]


def test_a_bold_label_with_a_space_before_its_closing_stars():
    """NeuronDance/DeepRL: "**QMIX: **" among "**VDN:**" labels over their papers; the stars stay plain text in
    CommonMark, but the label heads its paper as the others do, and is no paper."""
    parsed = parse("### Algorithm\n**VDN:**\n\n**Value-Decomposition Networks For Cooperative Multi-Agent Learning** "
                   "[ AAMAS  2018 ]( https://arxiv.org/pdf/1706.05296.pdf )\n\n**QMIX: **\n\n"
                   "**Monotonic Value Function Factorisation for Deep Multi-Agent Reinforcement Learning** "
                   "[ ICML 2018 ](https://arxiv.org/pdf/1803.11485.pdf ) \n")
    got = [(e.data.arxiv_id, e.data.venue, e.data.tags) for e in parsed.entries]
    assert got == [("1706.05296", "AAMAS 2018", ["Algorithm/VDN"]), ("1803.11485", "ICML 2018", ["Algorithm/QMIX"])]


def test_no_code_found_then_where_it_was_accepted():
    """chauncygu/Safe-Reinforcement-Learning-Baselines (95 lines): "Title, [Paper](..), Not Find Code, (Accepted
    by ICML 2002)": the list found no code, a note; then the venue, by its short name, a journal's name and year,
    or the short name a meeting's full name gives in brackets."""
    parsed = parse(
        "- Lyapunov design for safe reinforcement learning, [Paper](https://www.jmlr.org/papers/volume3/perkins02a/"
        "perkins02a.pdf), Not Find Code, (Accepted by ICML 2002)\n"
        "- Risk-sensitive reinforcement learning, [Paper](https://link.springer.com/content/pdf/10.1023/"
        "A:1017940631555.pdf), Not Find Code, (Accepted by Machine Learning, 2002)\n"
        "- Safe reinforcement learning for network routing, [Paper](https://example.org/icnp.pdf), Not Find Code "
        "(Accepted by IEEE 28th International Conference on Network Protocols (ICNP) 2020)\n")
    got = [(e.data.venue, e.data.year, e.data.notes[0]) for e in parsed.entries]
    assert got == [("ICML 2002", 2002, "Not Find Code"), ("Machine Learning 2002", 2002, "Not Find Code"),
                   ("ICNP 2020", 2020, "Not Find Code")]


def test_a_methods_name_over_who_wrote_it_and_the_title_in_italics():
    """manvic14/Survey_Fairness_Graphs (every method): "- **FairOT**" over "Laclau et al., *Title* (2021)" and
    "Code [[here]](repo)": the title is the italic one, the name a note."""
    parsed = parse("## Pre-processing \n\n- **FairOT**  \nLaclau et al., *All of the Fairness for Edge Prediction "
                   "with Optimal Transport* (2021)  \nCode [[here]](https://github.com/laclauc/FairGraph)\n")
    data = parsed.entries[0].data
    assert (data.title, names(data), data.year, data.notes, data.links.get("code")) == (
        "All of the Fairness for Edge Prediction with Optimal Transport", ["Laclau"], 2021, ["FairOT"],
        "https://github.com/laclauc/FairGraph")


def test_a_bold_title_over_its_venue_alone_in_italics():
    """ASRS-Lab/Awesome-DL-Security-and-Privacy-Papers (16 papers): "- **Title.**" over "  - *AAAI, 2024.*", no
    link: where and when it appeared, which makes it a paper."""
    data = parse("#### 1.7. Federated Learning\n\n- **Beyond Traditional Threats: A Persistent Backdoor Attack on "
                 "Federated Learning.**\n  - *AAAI, 2024.*\n").entries[0].data
    assert (data.title, data.venue, data.year) == (
        "Beyond Traditional Threats: A Persistent Backdoor Attack on Federated Learning", "AAAI 2024", 2024)


def test_names_then_a_meetings_proceedings_in_italics():
    """zhangkunzk/Awesome-LLM-Robustness-papers (25 lines): "- Title." over "[pdf](arXiv)" and "- Names.
    *Proceedings of the 61st Annual Meeting of ... (Volume 1: Long Papers) 2023*": the proceedings as named."""
    data = parse(
        " - Revisiting non-English Text Simplification: A Unified Multilingual Benchmark.\n"
        "    [pdf](https://arxiv.org/pdf/2305.15678)\n"
        "    - Michael Ryan, Tarek Naous, and Wei Xu. *Proceedings of the 61st Annual Meeting of the Association for "
        "Computational Linguistics (Volume 1: Long Papers) 2023*\n").entries[0].data
    assert (names(data), data.year, data.venue) == (
        ["Michael Ryan", "Tarek Naous", "Wei Xu"], 2023,
        "Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics (Volume 1: Long "
        "Papers) 2023")


def test_cells_past_the_header_and_a_venue_in_a_links_column():
    """Habseligkeiten87/awesome-3D4D-spatial-reasoning (138 rows): four cells under a header of three, "| Title |
    [arXiv](..) | `CVPR 2024` | [Code](..) |". GitHub shows three; the list wrote the fourth, the paper's code, and
    the venue in code stands where the header says links."""
    parsed = parse("## Open-Vocabulary 3D Understanding\n\n| Paper | Venue | Links |\n|-------|-------|-------|\n"
                   "| Mosaic3D: Open-Vocabulary 3D Instance Segmentation | [arXiv](https://arxiv.org/abs/2312.08131) | "
                   "`CVPR 2024` | [Code](https://github.com/aim-uofa/mosaic3d) |\n"
                   "| World Models | [arXiv](https://arxiv.org/abs/1803.10122) | `ICML 2018` | "
                   "[Code](https://github.com/hardmaru/world-models) |\n")
    got = [(e.data.arxiv_id, e.data.venue, e.data.links.get("code")) for e in parsed.entries]
    assert got == [("2312.08131", "CVPR 2024", "https://github.com/aim-uofa/mosaic3d"),
                   ("1803.10122", "ICML 2018", "https://github.com/hardmaru/world-models")]


def test_titles_alone_as_paragraphs_in_a_list_written_so():
    """autodriving-heart/Awesome-3D-Semantic-Segmentation (103 papers, no link): a paragraph each, its title alone.
    A title over a paragraph of its links keeps them (autodriving-heart/Awesome-BEV-Perception)."""
    titles = ["3D Graph Neural Networks for RGBD Semantic Segmentation",
              "Cascaded Feature Network for Semantic Segmentation of RGB-D Images",
              "Depth-aware CNN for RGB-D Segmentation",
              "FuseNet: Incorporating Depth into Semantic Segmentation via Fusion-based CNN Architecture",
              "Incorporating Depth into both CNN and CRF for Indoor Semantic Segmentation",
              "RGB-D Scene Labeling with Multimodal Recurrent Neural Networks"]
    text = "## 二、**3D语义分割** | 3D Semantic Segmentation\n\n### 1.**基于RGB-D的算法汇总** | RGB-D based\n\n" + \
        "\n\n".join(titles) + "\n\nBEVDet: High-performance Multi-camera 3D Object Detection in Bird-Eye-View \n\n" \
        " [project](https://github.com/HuangJunJie2017/BEVDet) \n"
    parsed = parse(text)
    assert [e.data.title for e in parsed.entries][:-1] == titles
    last = parsed.entries[-1].data
    assert (last.title, last.links.get("code")) == (
        "BEVDet: High-performance Multi-camera 3D Object Detection in Bird-Eye-View",
        "https://github.com/HuangJunJie2017/BEVDet")
    assert parse("## Notes\n\nDeep Residual Learning for Image Recognition\n\nSome words about it.\n").entries == []


def test_a_fold_labelled_with_a_papers_title_and_its_keyed_links():
    """becauseofAI/Awesome-3D-CV-CG (every paper): "<details><summary>Title</summary>", an image and the abstract,
    then "code: URL", "paper: URL", "project: URL": the paper, not a group named for it."""
    parsed = parse(
        "### 3D Object Reconstruction from Images and Videos\n<details>\n"
        "<summary>BANMo: Building Animatable 3D Neural Models from Many Casual Videos</summary>\n"
        "<div align=\"center\"><img src=\"images/BANMo.jpeg\"/></div>    \n<div align=\"justify\">\n<p>\n"
        "Prior work for articulated 3D shape reconstruction often relies on specialized sensors. \n  \n"
        "code: https://github.com/facebookresearch/banmo  \npaper: https://arxiv.org/pdf/2112.12761.pdf   \n"
        "project: https://banmo-www.github.io/\n</p>\n</div>\n</details>\n")
    data = parsed.entries[0].data
    assert (data.title, data.arxiv_id, data.links.get("code"), data.tags) == (
        "BANMo: Building Animatable 3D Neural Models from Many Casual Videos", "2112.12761",
        "https://github.com/facebookresearch/banmo", ["3D Object Reconstruction from Images and Videos"])


def test_a_reference_link_left_undefined():
    """SinaMohseni/Awesome-XAI-Evaluation (as saved, its definitions cut off): "[Title][bansal2019case]|--" in a
    table with no outer bars; the title, not the brackets and the reference's name."""
    parsed = parse("## M4: User Mental Model\n\n**Paper**|**Evaluation Method**\n:-----:|:-----:\n"
                   "[A Case for Backward Compatibility for Human-AI Teams][bansal2019case]|--\n"
                   "[Human Evaluation of Models Built for Interpretability][Lage2019human]|User Prediction Accuracy\n")
    assert [e.data.title for e in parsed.entries] == [
        "A Case for Backward Compatibility for Human-AI Teams", "Human Evaluation of Models Built for Interpretability"]


def test_a_title_then_its_year_and_a_stop():
    """gopala-kr/summary (12 of its 29 papers): "**[2]** Title 2015. [[arxiv]](..)" and "Title(2016). [[pdf]](..)":
    the year is no part of the title; "Title TPAMI 2019." names where as well (CaucherWang/ANN-Papers), read as
    before."""
    first = one("**[2]** Neural Machine Translation of Rare Words with Subword Units 2015. "
                "[[arxiv]](https://arxiv.org/pdf/1508.07909.pdf) [[code]](https://github.com/rsennrich/subword-nmt)")
    glued = one("**[9]** Texture Networks: Feed-forward Synthesis of Textures and Stylized Images(2016). "
                "[[pdf]](http://arxiv.org/abs/1603.03417) (texture generation and style transfer)")
    assert (first.title, first.year) == ("Neural Machine Translation of Rare Words with Subword Units", 2015)
    assert (glued.title, glued.year) == ("Texture Networks: Feed-forward Synthesis of Textures and Stylized Images",
                                         2016)


def test_latex_accents_and_braces_of_a_list_written_from_bibtex():
    """TLESORT/Automatic_Awesome_Bibliography (a script writes it from its .bib, every line so): "**{Title}**" and
    "by *Lesort, Timoth{\\'e}e, ...*" (Markdown takes the backslash before the accent); math a list writes stays as
    it is. (A list with braces on fewer than three lines keeps them: ``tex_marks.from_bibtex``.)"""
    parsed = parse(
        "- **{Generative Models from the perspective of Continual Learning}**, (2019) "
        "[[paper]](https://hal.archives-ouvertes.fr/hal-01951954)  [[bib]](../bibtex.bib#L475-L487)  by "
        "*Lesort, Timoth{\\'e}e, Caselles-Dupr{\\'e}, Hugo, Garcia-Ortiz, Michael, Goudou, Jean-Fran{\\c c}ois "
        "and Filliat, David*\n"
        "- **{Continual Learning for Robotics}**, (2019) [[paper]](https://arxiv.org/abs/1907.00182)  by "
        "*Lesort, Timoth{\\'e}e and Filliat, David*\n"
        "- **{Continual Reinforcement Learning deployed in Real-life using Policy Distillation and Sim2Real "
        "Transfer}**, (2019) [[paper]](https://arxiv.org/abs/1906.04452)  by "
        "*Traor{\\'e}, Ren{\\'e} and Filliat, David*\n")
    data = parsed.entries[0].data
    assert [e.data.title for e in parsed.entries][1:] == [
        "Continual Learning for Robotics",
        "Continual Reinforcement Learning deployed in Real-life using Policy Distillation and Sim2Real Transfer"]
    assert names(parsed.entries[2].data) == ["René Traoré", "David Filliat"]
    assert one("- **Learning {0} Models** [[paper]](https://arxiv.org/abs/2211.17192)").title == "Learning {0} Models"
    assert data.title == "Generative Models from the perspective of Continual Learning"
    assert names(data) == ["Timothée Lesort", "Hugo Caselles-Dupré", "Michael Garcia-Ortiz", "Jean-François Goudou",
                           "David Filliat"]
    kept = one("1. **Title of a Paper on Sequence Prediction** [[paper]](https://arxiv.org/abs/2301.00001) for "
               "$s_{T+1}=Ws_T$ as it is")
    assert "$s_{T+1}=Ws_T$" in kept.summary


def test_a_venue_keyed_among_a_rows_other_facts():
    """A multi-fidelity optimisation list (9 rows): "| 2 | 2019 | Title | **Conference:** ICML’19, **Cited by:**
    504 | - |" under "其他信息" (other facts): where it appeared."""
    parsed = parse("| #  | 年份  | 题目 | 其他信息 | PDF |\n|----|------|----|----|-----|\n"
                   "| 2  | 2019 | Nas-bench-101: Towards Reproducible Neural Architecture Search | "
                   "**Conference:** ICML’19, **Cited by:** 504 | - |\n")
    data = parsed.entries[0].data
    assert (data.venue, data.year) == ("ICML 2019", 2019)


def test_a_family_name_with_des():
    data = one("- **An Empirical Study of Example Forgetting during Deep Neural Network Learning**, (2019) "
               "[[paper]](https://openreview.net/forum?id=BJlxm30cKm)  by *Mariya Toneva, Alessandro Sordoni, Remi "
               "Tachet des Combes, Adam Trischler, Yoshua Bengio and Geoffrey J. Gordon*")
    assert names(data)[2] == "Remi Tachet des Combes"


def test_unicodes_hyphen_among_plain_ones_in_a_list_of_names():
    """MHQQysh/awesome-interpretability: "Junyi Li, ..., Jian‐Yun Nie, Ji-Rong Wen" (U+2010 in one name, "-" in
    another): every name read, each hyphen as written."""
    data = parse("| Paper | Authors |\n|---|---|\n| [A Survey of Large Language Models](https://arxiv.org/abs/"
                 "2303.18223) | Junyi Li, Jie Chen, Jian\u2010Yun Nie, Ji-Rong Wen |\n").entries[0].data
    assert names(data) == ["Junyi Li", "Jie Chen", "Jian\u2010Yun Nie", "Ji-Rong Wen"]


def test_tags_in_brackets_before_a_citation_are_no_undefined_reference():
    """JosieHong/awesome-mass-spectrometry-ml: "[Anal. Chem. 2021][GNN-RT] Names. "Title." ..." is a venue and a
    name in brackets, then the citation; only a bracket pair that is all there is reads as a link left undefined."""
    data = one('- [Anal. Chem. 2021][GNN-RT] Yang, Qiong, et al. "Prediction of liquid chromatographic retention '
               'time with graph neural networks to assist in small molecule identification." Analytical Chemistry '
               '93.4 (2021): 2200-2206. [[paper]](https://pubs.acs.org/doi/10.1021/acs.analchem.0c04071)')
    assert data.title.startswith("Prediction of liquid chromatographic retention time")
    assert names(data) == ["Qiong Yang"]


# Round 140 (s143)

def test_a_day_then_a_meetings_papers_as_the_heading():
    """shinjiwlab/shinjiwlab.github.io's reading group (every week): "### 2023.1.17 NeurIPS 2022 Paper List" over
    the papers it read: the day it met, then the meeting whose papers they are."""
    parsed = parse("### 2023.1.17 NeurIPS 2022 Paper List\n\n- [HierSpeech: Bridging the Gap between Text and Speech "
                   "by Hierarchical Variational Inference](https://openreview.net/forum?id=awdyRVnfQKX)\n")
    data = parsed.entries[0].data
    assert (data.venue, data.year, data.tags) == ("NeurIPS 2022", 2022, ["2023.1.17 NeurIPS 2022 Paper List"])


def test_a_zhihu_redirect_is_the_page_it_leads_to():
    """lokinko/Federated-Learning, yuto3o/RPR-KnowledgeGraphReason: links copied from Zhihu's pages go through
    "link.zhihu.com/?target=..."; the paper is the target."""
    data = one("* [Federated Learning with Non-IID Data](https://link.zhihu.com/?target=https%3A//arxiv.org/pdf/"
               "1907.09693v3.pdf)")
    assert data.arxiv_id == "1907.09693"


def test_japanese_fields_under_a_bold_numbered_title():
    """est2mzd/ML_Challenge (every paper): "1. **Title**" over "- 発表日: 2023年" (published), "- 概要: ..."
    (overview), "- [論文](arXiv)" (paper), "- [解説](notes.md)": the paper, its year, its description and link; the
    slip "hhttps://" in a link is the address it means."""
    parsed = parse("## 1-10\n1. **Towards Knowledge-driven Autonomous Driving**\n   - 発表日: 2023年12月\n"
                   "   - 概要: データ駆動型から知識駆動型の自動運転への移行を提案。\n"
                   "   - [論文](https://ar5iv.labs.arxiv.org/html/2312.04316)\n"
                   "   - [解説](./Explanations/001_Knwoledge_Base.md)\n\n"
                   "3. **LidarAugment: Searching for Scalable 3D LiDAR Data Augmentations**\n   - 発表日: 2023年\n"
                   "   - 概要: 3D LiDARデータの拡張に関する新しい手法を提案。\n"
                   "   - [論文](hhttps://arxiv.org/abs/2210.13488)\n")
    first, third = (e.data for e in parsed.entries)
    assert (first.title, first.year, first.summary, first.tags) == (
        "Towards Knowledge-driven Autonomous Driving", 2023,
        "データ駆動型から知識駆動型の自動運転への移行を提案。", ["1-10"])
    assert (third.title, third.arxiv_id) == ("LidarAugment: Searching for Scalable 3D LiDAR Data Augmentations",
                                             "2210.13488")


def test_a_papers_fields_written_as_headings_under_its_title_heading():
    """Paper2Chinese/CVPR-2025-reading-papers-with-code (27 papers): "#### Title" over "#### Link：[URL](URL)" and
    "#### Code：[URL](URL)": the paper and its links, not three headings."""
    parsed = parse("# 视觉语言模型(LLM)\n\n#### PyramidDrop: Accelerating Your Large Vision-Language Models via "
                   "Pyramid Visual Redundancy Reduction\n"
                   "#### Link：[https://arxiv.org/pdf/2410.17247](https://arxiv.org/pdf/2410.17247)\n"
                   "#### Code：[https://github.com/Cooperx521/PyramidDrop](https://github.com/Cooperx521/PyramidDrop)"
                   "\n\n# 多模态\n\n#### Optimus-2: Multimodal Minecraft Agent with Goal-Observation-Action "
                   "Conditioned Policy\n"
                   "#### Link：[https://arxiv.org/pdf/2502.19902](https://arxiv.org/pdf/2502.19902)\n")
    got = [(e.data.arxiv_id, e.data.links.get("code"), e.data.tags) for e in parsed.entries]
    assert got == [("2410.17247", "https://github.com/Cooperx521/PyramidDrop", ["视觉语言模型(LLM)"]),
                   ("2502.19902", None, ["多模态"])]


def test_a_paper_written_as_its_address_its_title_on_the_bullet_below():
    """grwlf/topics (its notes on program induction, every paper): "* URL" over "- Title", "- 2020 June 11, Names",
    "- Describes *X*", "- GitHub URL". A heading over one paper's two addresses stays that paper
    (jcochanc/Causal-Papers-Code)."""
    parsed = parse("Program Synthesis and Program Induction\n---------------------------------------\n\n"
                   "* https://arxiv.org/abs/2003.09040\n  - TF-Coder: Program Synthesis for Tensor Manipulations\n"
                   "  - 2020, Kensen Shi\n  - Describes *TF-Coder*\n"
                   "  - GitHub https://github.com/google-research/tensorflow-coder\n\n"
                   "* https://arxiv.org/abs/2007.03132\n  - Learning to learn generative programs with Memoised "
                   "Wake-Sleep\n  - 2020, Hewitt\n  - Supposedely describes Generative Probabilistic Regex\n")
    got = [(e.data.title, e.data.arxiv_id, names(e.data), e.data.year, e.data.links.get("code")) for e in
           parsed.entries]
    assert got == [("TF-Coder: Program Synthesis for Tensor Manipulations", "2003.09040", ["Kensen Shi"], 2020,
                    "https://github.com/google-research/tensorflow-coder"),
                   ("Learning to learn generative programs with Memoised Wake-Sleep", "2007.03132", ["Hewitt"], 2020,
                    None)]
    one_paper = parse("### Difference-in-Differences with multiple time periods\n"
                      "- https://www.sciencedirect.com/science/article/abs/pii/S0304407620303948\n"
                      "- https://arxiv.org/abs/1803.09015\n")
    assert [e.data.title for e in one_paper.entries] == ["Difference-in-Differences with multiple time periods"]


def test_a_workshops_papers_named_in_the_lists_title_and_abstracts_kept_as_notes():
    """abikaki/DCASE-Workshop-Papers: "# DCASE-2023-Workshop Papers" over a table whose Abstract column folds each
    paper's abstract in "<details><summary>Show</summary>": the venue of every paper; the abstract a note, not
    the list's description of the paper (chenyiting1003/Awesome-CLIP's labels have it so too)."""
    parsed = parse("# DCASE-2023-Workshop Papers\n\n| **ID** | **Title** | **Repo** | **PDF** | **Abstract** |\n"
                   "| ------ | ----------| :------: |:-------:|---------|\n"
                   "| 1 | Sound Event Classification with Object-Based Labels | :heavy_minus_sign: | "
                   "[![DCASE](https://img.shields.io/badge/pdf-DCASE-395C5.svg)](https://dcase.community/documents/"
                   "workshop2023/proceedings/DCASE2023Workshop_Afolaranmi_71.pdf) | <details><summary id=\"toggle\">"
                   "Show</summary> Availability of audio-visual datasets has made possible the use of deep learning. "
                   "</details> |\n")
    data = parsed.entries[0].data
    assert (data.venue, data.year, data.summary) == ("DCASE 2023", 2023, None)
    assert data.notes == ["Availability of audio-visual datasets has made possible the use of deep learning."]


def test_a_methods_name_linking_the_owners_note_then_the_title_and_fields_between_bars():
    """TerenceWangh/notebook (17 lines): "* [SPP-Net](detection/SPPNet.md) Title | **[ECCV' 14]** | [[arXiv:ID](..)]":
    the name links the owner's note on the paper, a note; the title follows it, then where and the paper's link."""
    parsed = parse("## 1. 目标检测部分\n\n* [SPP-Net](detection/SPPNet.md) Spatial Pyramid Pooling in Deep "
                   "Convolutional Networks for Visual Recognition | **[ECCV' 14]** | [[arXiv:1406.4729](https://arxiv.org/abs/"
                   "1406.4729)]\n* [CPF](detection/CPF.md) Contextual Priming and Feedback for Faster R-CNN | "
                   "**[ECCV' 16]**\n")
    got = [(e.data.title, e.data.arxiv_id, e.data.venue, e.data.notes) for e in parsed.entries]
    assert got == [("Spatial Pyramid Pooling in Deep Convolutional Networks for Visual Recognition", "1406.4729",
                    "ECCV 2014", ["SPP-Net"]),
                   ("Contextual Priming and Feedback for Faster R-CNN", None, "ECCV 2016", ["CPF"])]


def test_references_as_pubmed_cites_them_numbered_with_no_link():
    """jmorapclc/koos_model's references (23 of its 42 papers): "3. Aswiga RV, Shanthi AP. Title. J Digit Imaging.
    2022;35(3):564-580. doi:10.1007/..." with no link: the title ends at its stop; the journal's short name and year
    are the venue, the DOI the paper's."""
    data = one("3. Aswiga RV, Shanthi AP. A Multilevel Transfer Learning Technique and LSTM Framework for Generating "
               "Medical Captions for Limited CT and DBT Images. J Digit Imaging. 2022;35(3):564-580. "
               "doi:10.1007/s10278-021-00567-7")
    assert (data.title, names(data), data.venue, data.year, data.doi) == (
        "A Multilevel Transfer Learning Technique and LSTM Framework for Generating Medical Captions for Limited CT "
        "and DBT Images", ["RV Aswiga", "AP Shanthi"], "J Digit Imaging 2022", 2022, "10.1007/s10278-021-00567-7")


def test_the_year_then_where_in_brackets_before_a_bold_title():
    """jxzhangjhu/Robustness-and-Uncertainty: "1. (2017, Arxiv) **Title**"; Feifannaner/awesome-human-action-
    recognition: "(2014, NIPS)". The year and the venue are one venue, not a venue and a note."""
    parsed = parse("## Active learning\n\n1. (2017, Arxiv) **Deep active learning for named entity recognition**\n"
                   "2. (2014, NIPS) **Two-Stream Convolutional Networks for Action Recognition in Videos**\n")
    got = [(e.data.venue, e.data.year, e.data.notes) for e in parsed.entries]
    assert got == [("Arxiv 2017", 2017, []), ("NIPS 2014", 2014, [])]  # (as the list writes them)
