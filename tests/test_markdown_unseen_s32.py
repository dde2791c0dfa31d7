"""Shapes of real lists found by the twenty-eighth and twenty-ninth blind labelling rounds
(``bench/unseen-lists/s31a``-``s31h``, ``s32a``-``s32h``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.badges import badge_venue
from paperctl.formats.markdown.reader import parse


def one(text: str):
    found = list(papers(text).values())
    assert len(found) == 1, found
    return found[0]


def test_italic_authors_wrapped_over_lines_are_one_list():
    # PillowTomZA/PINN_Navier_Stokes_papers: the italic names go on over the line break, one of them
    # turned round ("Perdikaris,\nParis") as BibTeX gives it
    paper = one("6. **Physics-informed neural networks for heat transfer problems**, *Shengze Cai, Zhicheng Wang, "
                "Sifan Wang, Perdikaris,\nParis, George Em Karniadakis*, J. Heat Transfer, 2021. "
                "[[paper](https://doi.org/10.1115/1.4050542)]\n")
    assert [a.name for a in paper.authors] == ["Shengze Cai", "Zhicheng Wang", "Sifan Wang", "Paris Perdikaris",
                                               "George Em Karniadakis"]
    assert (paper.venue, paper.year, paper.notes) == ("J. Heat Transfer 2021", 2021, [])
    wrapped = one("7. **Physics-informed neural network (PINN) evolution and beyond: A\nsystematic literature review "
                  "and bibliometric analysis**, *Zaharaddeen Karami Lawal, Hayati Yassin, Daphne\nTeck Ching Lai, "
                  "Azam Che Idris*, Big Data Cogn. Comput., 2022. [[paper](https://doi.org/10.3390/bdcc6040140)]\n")
    assert [a.name for a in wrapped.authors][2:] == ["Daphne Teck Ching Lai", "Azam Che Idris"]
    assert wrapped.venue == "Big Data Cogn. Comput. 2022"


def test_bibtex_accents_in_names_are_the_letters_they_spell():
    # PillowTomZA/PINN_Navier_Stokes_papers: "Rapha{\"e}l", "{\"O}ner" (Markdown takes the backslash as an escape)
    paper = one("3. **Physics-informed neural networks with hard constraints for\ninverse design**, *Lu Lu, "
                "Rapha{\\\"e}l Pestourie, Wenjie Yao, Wang,\nZhicheng, Francesc Verdugo, Steven G Johnson*, SIAM J. "
                "Sci. Comput., 2021. [[paper](https://epubs.siam.org/doi/10.1137/21M1397908)]\n")
    assert [a.name for a in paper.authors][:2] == ["Lu Lu", "Raphaël Pestourie"]
    assert (paper.venue, paper.year) == ("SIAM J. Sci. Comput. 2021", 2021)
    umlaut = one("2. **Geometry aware physics informed neural network surrogate**, *Jan Oldenburg, Finja Borowski, "
                 "Alper {\"O}ner, Klaus-Peter Schmitz*, Adv. Model. Simul. Eng. Sci., 2022. "
                 "[[paper](https://amses-journal.springeropen.com/articles/10.1186/s40323-022-00221-z)]\n")
    assert [a.name for a in umlaut.authors][2] == "Alper Öner"


def test_a_journal_city_in_brackets_is_not_its_short_name():
    # PillowTomZA/PINN_Navier_Stokes_papers: "Entropy (Basel), 2022" is no venue called "Basel"
    paper = one("7. **Dynamic weight strategy of physics-informed neural networks for\nthe 2D Navier-Stokes "
                "equations**, *Shirong Li, Xinlong Feng*, Entropy (Basel), 2022. "
                "[[paper](https://arxiv.org/abs/2005.05092)]\n")
    assert paper.venue != "Basel 2022"
    assert paper.year == 2022


def test_a_venue_badge_in_words_names_the_venue():
    # yucheol-choi/awesome-quantum-compiler: "badge/Quantum Journal-2024-green.svg" beside "badge/OOPSLA-2013-green"
    assert badge_venue("https://img.shields.io/badge/Quantum Journal-2024-green.svg") == "Quantum Journal 2024"
    assert badge_venue("https://img.shields.io/badge/Physical Review Journals-2024-green.svg") == \
        "Physical Review Journals 2024"
    assert badge_venue("https://img.shields.io/badge/Quantum-2024-green.svg") == "Quantum 2024"
    assert badge_venue("https://img.shields.io/badge/Year-2024-green.svg") is None
    assert badge_venue("https://img.shields.io/badge/Last Updated-2024-blue") is None


def test_names_alone_after_a_title_link_are_its_authors():
    # yucheol-choi/awesome-quantum-compiler (107 of 148 entries): the names, then a venue badge
    paper = one('+ [Scheduling of Operations in Quantum Compiler](https://arxiv.org/pdf/2011.04936) Toshinari Itoko, '
                'Takashi Imamichi <img src="https://img.shields.io/badge/QCE-2020-green.svg" alt="13-pages" '
                'align="top">\n')
    assert [a.name for a in paper.authors] == ["Toshinari Itoko", "Takashi Imamichi"]
    assert (paper.venue, paper.summary) == ("QCE 2020", None)
    one_name = one('+ [Character Complexity: A Novel Measure for Quantum Circuit Analysis](https://arxiv.org/abs/'
                   '2408.09641) Daksh Shami <img src="https://img.shields.io/badge/Arxiv-2024-green.svg" '
                   'alt="13-pages" align="top">\n')
    assert [a.name for a in one_name.authors] == ["Daksh Shami"]
    # what reads as names but names subjects stays the description
    topics = one("- [Graph stuff](https://arxiv.org/abs/2011.04938) Image Classification, Object Detection\n")
    assert (topics.authors, topics.summary) == ([], "Image Classification, Object Detection")


def test_a_spelled_out_venue_line_gives_its_short_name():
    # amber0309/Domain-generalization: "*Long name* (**ABBR**) YEAR." under the author line
    paper = one("- (**MMD-AAE**) [Domain generalization with adversarial feature learning](http://openaccess."
                "thecvf.com/content_cvpr_2018/CameraReady/2932.pdf)  \nLi, Haoliang, Sinno Jialin Pan, Shiqi Wang, "
                "and Alex C. Kot.  \n*Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition* "
                "(**CVPR**) 2018.\n")
    assert (paper.venue, paper.year, paper.notes) == ("CVPR 2018", 2018, ["MMD-AAE"])
    nips = one("- (**X**) [Domain generalization via invariant feature representation](http://proceedings.mlr.press/"
               "v28/muandet13.pdf)  \nMuandet, Krikamol, David Balduzzi.  \n*Advances in neural information "
               "processing systems.* (**NIPS**) 2011.\n")
    assert (nips.venue, nips.year) == ("NIPS 2011", 2011)


def test_a_venue_line_then_where_the_authors_work():
    # wd1511/Awesome-Layout-Generation (59 entries): "CVPRW 2024, CyberAgent <br>"
    paper = one("**Predicting Visual Attention in Graphic Design Documents** <br>\n*Souradeep Chakraborty, Zijun "
                "Wei.* <br>\nCVPRW 2024, CyberAgent <br>\n[[Paper](https://arxiv.org/abs/2407.02253)]<br>\n")
    assert (paper.venue, paper.notes) == ("CVPRW 2024", ["CyberAgent"])
    long = one("**LayoutVAE: Stochastic Scene Layout Generation from a Label Set** <br>\n*Akash Abdu Jyothi, "
               "Thibaut Durand.* <br>\nICCV 2019, Borealis AI & Simon Fraser University & University of British "
               "Columbia <br>\n[[Paper](https://arxiv.org/abs/1907.10719)]<br>\n")
    assert (long.venue, long.year) == ("ICCV 2019", 2019)


def test_a_venue_in_words_glued_to_the_title():
    # cyanymore/Awesome-Image-Colorization (22 of 75 items): "Title(Signal Processing 2021) [Pdf](..)"
    paper = one("8. A DenseUnet for colorization(Signal Processing 2021) [Pdf](https://www.sciencedirect.com/"
                "science/article/pii/S0165168421000669)\n")
    assert (paper.title, paper.venue, paper.year) == ("A DenseUnet for colorization", "Signal Processing 2021", 2021)


def test_a_bold_title_with_a_venue_in_words_before_it():
    # ICTMCG/Awesome-Misinfo-Video-Detection: "**[Soft Computing-2022] Title**" beside "**[MTA-2017] Title**"
    paper = one("12. **[MMSP Workshop-2022] Multimodal Semantic Mismatch Detection in Social Media Posts**. "
                "[[pdf](https://ieeexplore.ieee.org/document/9949263)]\n")
    assert (paper.title, paper.venue) == ("Multimodal Semantic Mismatch Detection in Social Media Posts",
                                          "MMSP Workshop 2022")
    name = one("15. **(DPO) Direct Preference Optimization**. [[pdf](https://arxiv.org/abs/2305.18290)]\n")
    assert name.title == "(DPO) Direct Preference Optimization"


def test_a_bracketed_year_and_journal_line():
    # aita-lab/awesome-multimodal-fusion-emotion-recognition (80 lines): "[*2022*] [Speech Communication]\"
    paper = one("**Survey on bimodal speech emotion recognition from acoustic and linguistic information "
                "fusion.**\\\n*Atmaja, Bagus Tris, Akira Sasou, and Masato Akagi.*\\\n[*2022*] [Speech "
                "Communication]\\\n[[Paper](https://doi.org/10.1016/j.specom.2022.03.002)]\n")
    assert (paper.venue, paper.year, paper.summary) == ("Speech Communication 2022", 2022, None)


def test_bare_titles_under_bracketed_years_and_venues_are_papers():
    # yyysjz1997/Awesome-AudioVision-Multimodal (400 titles, no link): "* [VENUE-YEAR] Title" and "* [YEAR] Title"
    parsed = parse("## Speech separation\n\n* [ICCV-2023] Leveraging Foundation Models for Unsupervised Audio "
                   "Visual Segmentation\n\n* [2021] Visualvoice: Audio-visual speech separation with crossmodal "
                   "consistency\n* [2021] A cappella: Audio-visual singing voice separation\n\n* [2020] Facefilter: "
                   "Audiovisual speech separation using still images\n")
    assert [(e.data.year, e.data.venue) for e in parsed.entries] == [
        (2023, "ICCV 2023"), (2021, None), (2021, None), (2020, None)]


def test_bullet_characters_are_list_markers():
    # USTCAGI/Awesome-Papers-Retrieval-Augmented-Generation (61 lines): "1. **RAG Training**" over "   • [Title](..)"
    parsed = parse("### Advanced RAG Approaches\n\n1. **RAG Training**\n   \n   • [Improving Language Models by "
                   "Retrieving from Trillions of Tokens](https://proceedings.mlr.press/v162/borgeaud22a.html)\n   \n"
                   "   • [CodeGen: An Open Large Language Model for Code with Multi-Turn Program Synthesis]"
                   "(https://arxiv.org/abs/2203.13474)\n\n2. **Memory RAG**\n   \n   • [Memorizing transformers]"
                   "(https://openreview.net/forum?id=TrjbxzRcnf-)\n")
    assert [(e.data.title[:20], e.data.tags) for e in parsed.entries] == [
        ("Improving Language M", ["Advanced RAG Approaches/RAG Training"]),
        ("CodeGen: An Open Lar", ["Advanced RAG Approaches/RAG Training"]),
        ("Memorizing transform", ["Advanced RAG Approaches/Memory RAG"])]


def test_a_venue_line_then_a_dash_and_the_date():
    # gabriben/awesome-generative-information-retrieval (157 lines): "ICLR 24 – Oct 2023 [[paper](..)]"
    def venue(line: str) -> tuple[str | None, int | None]:
        paper = one(f"**Self-RAG: Learning to Retrieve**  \n*Anonymous*  \n{line} [[paper](https://openreview.net/"
                    "forum?id=hSyW5go0v8)]\n")
        assert (paper.authors, paper.summary, paper.notes) == ([], None, ["Anonymous"])
        return paper.venue, paper.year

    assert venue("ICLR 24 – Oct 2023") == ("ICLR 2024", 2024)
    assert venue("arXiv – Aug 2023") == ("arXiv 2023", 2023)
    assert venue("SIGIR Forum – Dec 2023") == ("SIGIR Forum 2023", 2023)
    assert venue("EMNLP 2023 - December 23") == ("EMNLP 2023", 2023)


def test_a_work_column_names_the_paper_its_paper_column_links():
    # animate-x/Awesome-human-motion (67 rows): "| Date | Venue | Work | Project | GitHub | HF Demo | Paper |"
    found = papers("## Human-Object Interaction\n\n| Date | Venue | Work | Project | GitHub | HF Demo | Paper |\n"
                   "| --- | --- | --- | --- | --- | --- | --- |\n"
                   "| 2024-03 | ICLR 2024 | [ComMDM](https://sinmdm.github.io/ComMDM-page/) | [Project](https://"
                   "sinmdm.github.io/ComMDM-page/) | [![Star](https://img.shields.io/github/stars/SinMDM/ComMDM.svg?"
                   "style=social&label=Star)](https://github.com/SinMDM/ComMDM) | - | [Paper](https://arxiv.org/abs/"
                   "2308.02659) |\n"
                   "| 2024-01 | IJCV 2024 | [InterGen](https://tr3e.github.io/intergen-page/) | [Project](https://"
                   "tr3e.github.io/intergen-page/) | [![Star](https://img.shields.io/github/stars/tr3e/InterGen.svg?"
                   "style=social&label=Star)](https://github.com/tr3e/InterGen) | - | [Paper](https://arxiv.org/abs/"
                   "2304.05684) |\n"
                   "| 2023-03 | CVPR 2023 | [OMOMO](https://lijiaman.github.io/projects/omomo/) | [Project](https://"
                   "lijiaman.github.io/projects/omomo/) | - | - | [Paper](https://arxiv.org/abs/2303.15983) |\n")
    assert [(p.title, p.arxiv_id, p.venue) for p in found.values()] == [
        ("ComMDM", "2308.02659", "ICLR 2024"), ("InterGen", "2304.05684", "IJCV 2024"),
        ("OMOMO", "2303.15983", "CVPR 2023")]


def test_authors_the_list_hid_are_a_gap_not_a_name():
    # alon-albalak/data-selection-survey (132 of 241 entries): "Puxin Xu... 9 hidden ... Mike Lewis"
    paper = one("- [LIMA: Less Is More for Alignment](https://openreview.net/forum?id=KBMOKmX2he): 2023<br/>&emsp;"
                "Chunting Zhou and Pengfei Liu and Puxin Xu... 9 hidden ... Mike Lewis and Luke Zettlemoyer and Omer "
                "Levy<br/>\n")
    assert [a.name for a in paper.authors] == ["Chunting Zhou", "Pengfei Liu", "Puxin Xu", "Mike Lewis",
                                               "Luke Zettlemoyer", "Omer Levy"]
    assert (paper.year, paper.summary) == (2023, None)


def test_a_venue_in_brackets_with_its_year_first():
    # i-am-shreya/Eye-Gaze-Survey: "- Names (2020 IEEE TIP)"
    paper = one("* [Gaze Estimation by Exploring Two-Eye Asymmetry.](https://doi.org/10.1109/TIP.2020.2982828)- Yihua "
                "Cheng, Xucong Zhang, Feng Lu and Yoichi Sato (2020 IEEE TIP)\n")
    assert (len(paper.authors), paper.venue, paper.year, paper.summary) == (4, "IEEE TIP 2020", 2020, None)


def test_a_track_or_a_workshop_in_brackets_stays_with_its_venue():
    # yajingyang/Data-to-text_Generation_Papers: "EMNLP (Findings), 2021"; weihaox/GAN-Inversion: a workshop at
    # NeurIPS; xuyu0010/awesome-video-domain-adaptation: "(CVPRW)" says the workshop already
    findings = one("9. **Grouped-Attention for Content-Selection and Content-Plan Generation** EMNLP (Findings), 2021 "
                   "[paper](https://aclanthology.org/2021.findings-emnlp.166/)\n")
    assert (findings.venue, findings.year) == ("EMNLP 2021 Findings", 2021)
    workshop = one("- **Mask-Guided Discovery of Semantic Manifolds in Generative Models.**<br>*Mengyu Yang, David "
                   "Rokeby, Xavier Snelgrove.*<br>Workshop on Machine Learning for Creativity and Design (NeurIPS) "
                   "2020. [[PDF](https://arxiv.org/abs/2105.07273)]\n")
    assert workshop.venue == "NeurIPS 2020 Workshop"
    cvprw = one("- [Temporal Attentive Alignment for Video Domain Adaptation](https://arxiv.org/abs/1905.10861v5) "
                "IEEE/CVF Computer Vision and Pattern Recognition Conference Workshop (CVPRW) (2019)\n")
    assert cvprw.venue == "CVPRW 2019"
    # a venue and its workshop's name, as stated (SXKDZ/awesome-self-supervised-learning-for-graphs)
    assert one("- Spatio-Temporal Deep Graph Infomax [[PDF](https://arxiv.org/abs/1904.06316)]\n"
               "  F. L. Opolka, A. Solomon, C. Cangea, P. Veličković, P. Liò, and R. D. Hjelm\n"
               "  ICLR-W (RLGM) 2019\n").venue != "RLGM 2019"


def test_one_nested_sentence_stays_a_note():
    # 0917Ray/Awesome-Test-Time-Adaptation (26 entries): an italic title over two lines, then one bullet of prose.
    # Its labeller reads the bullet as the description; paperctl's own export writes a note so, and a note must
    # come back a note: the bullet stays a note
    paper = one("- **SPeaR** - *Test-Time Adaptation with Steering Primitives for Realigning\n  Representations*. "
                "arXiv 2026. `Representation steering`\n  [![Paper](https://img.shields.io/badge/Paper-arXiv-b31b1b?"
                "logo=arxiv&logoColor=white)](https://arxiv.org/abs/2609.24111)\n  - Keeps the pretrained network "
                "frozen and adapts lightweight steering\n    modules inserted between stages.\n")
    assert paper.title == "Test-Time Adaptation with Steering Primitives for Realigning Representations"
    assert (paper.venue, paper.summary) == ("arXiv 2026", None)
    assert paper.notes == ["SPeaR", "Representation steering", "Keeps the pretrained network frozen and adapts "
                           "lightweight steering modules inserted between stages."]


def test_a_details_group_over_headings_stands_above_them():
    # RUCAIBox/awesome-llm-pretraining (51 papers): "### 1.5 ..." then "<details><summary>全部技术报告</summary>"
    # over "### LLaMA 系列"; what follows "</details>" is not under the group
    parsed = parse("## 一、技术报告\n\n### 1.5 混合模型\n\n1. **Falcon Mamba: The First Competitive Attention-free 7B "
                   "Language Model**. [[paper](https://arxiv.org/abs/2410.05355)]\n\n<details>\n<summary>全部技术报告"
                   "</summary>\n\n### LLaMA 系列\n\n1. **LLaMA: Open and Efficient Foundation Language Models**. "
                   "[[paper](https://arxiv.org/abs/2302.13971)]\n\n</details>\n\n### 1.6 其他\n\n1. **The Llama 3 "
                   "Herd of Models**. [[paper](https://arxiv.org/abs/2407.21783)]\n")
    assert [e.data.tags for e in parsed.entries] == [
        ["一、技术报告/1.5 混合模型"], ["一、技术报告/全部技术报告/LLaMA 系列"], ["一、技术报告/1.6 其他"]]
    # a group with no heading inside stays under the heading above it (Jhy1993/Awesome-GNN-Recommendation)
    grouped = parse("# Graph Neural Network\n\n1. A. B. **Random Walk Graph Neural Networks**. NeurIPS 2020.[paper]"
                    "(https://arxiv.org/abs/2010.00001)\n<details> \n<summary> more </summary> \n2. C. D. **Learning "
                    "Graph Structure With A Finite-State Automaton Layer**. NeurIPS 2020. [paper](https://arxiv.org/"
                    "abs/2007.04929)\n</details>\n\n# GNN based Recommendation\n\n1. E. F. **Graph Convolutional "
                    "Matrix Completion**. KDD 2018. [paper](https://arxiv.org/abs/1706.02263)\n")
    assert [e.data.tags for e in grouped.entries][1] == ["Graph Neural Network/more"]


def test_a_tool_row_is_not_a_paper():
    # animate-x/Awesome-human-motion: "| 2024-05 | Robot Platform | [Unitree G1 Developer Resources](..) | ... | - |"
    parsed = parse("## Humanoid Simulation\n\n| Date | Venue | Work | Project | GitHub | HF Demo | Paper |\n"
                   "| --- | --- | --- | --- | --- | --- | --- |\n"
                   "| 2025-02 | ArXiv 2025 | [ASAP](https://agile.human2humanoid.com/) | [Project](https://agile."
                   "human2humanoid.com/) | - | - | [Paper](https://arxiv.org/abs/2502.01143) |\n"
                   "| 2024-05 | Robot Platform | [Unitree G1 Developer Resources](https://www.unitree.com/g1/) | "
                   "[Project](https://www.unitree.com/g1/) | - | - | - |\n"
                   "| 2024-03 | NeurIPS 2024 | [HumanoidBench](https://humanoid-bench.github.io/) | [Project](https://"
                   "humanoid-bench.github.io/) | - | - | [Paper](https://arxiv.org/abs/2403.10506) |\n")
    assert [e.data.title for e in parsed.entries] == ["ASAP", "HumanoidBench"]
    assert (6, "a tool, not a paper") in parsed.skipped


def test_a_heading_with_a_venue_over_field_bullets_is_a_paper():
    # xingkongliang/Pedestrian-Detection (32 papers): "### [VENUE-YEAR] Title", an image, then "- arxiv: URL",
    # "- paper: URL" and empty fields; the heading is the paper, in the section above it, with both links
    parsed = parse("# Pedestrian Detection\n\n## 论文\n\n### [Transactions on Multimedia-2017] Scale-Aware Fast R-CNN "
                   "for Pedestrian Detection\n![Alt text| left | 300x0](./Images/1538101749494.png)\n\n\n- arxiv: "
                   "https://arxiv.org/abs/1510.08160\n- paper: https://ieeexplore.ieee.org/abstract/document/8060595/\n"
                   "- project website:\n- slides:\n- github caffe:\n")
    [entry] = parsed.entries
    paper = entry.data
    assert (paper.title, paper.venue, paper.year) == ("Scale-Aware Fast R-CNN for Pedestrian Detection",
                                                      "Transactions on Multimedia 2017", 2017)
    assert (paper.arxiv_id, paper.url, paper.tags) == ("1510.08160", "https://ieeexplore.ieee.org/abstract/document/"
                                                       "8060595/", ["论文"])
    assert not any(why for _, why in parsed.skipped if "arxiv" in why)


def test_a_repository_line_over_the_title_line_is_its_code():
    # xingkongliang/Pedestrian-Detection (22 entries): "- [**owner/repo**](github)" then "[VENUE-YEAR] Title"
    found = papers("## 开放的代码\n\n- [**liuwei16/CSP**](https://github.com/liuwei16/CSP)\n[CVPR-2019] High-level "
                   "Semantic Feature Detection:A New Perspective for Pedestrian Detection [[paper](https://arxiv.org/"
                   "abs/1904.02948)]\n\n- [**rainofmine/Repulsion_Loss 非官方实现**](https://github.com/rainofmine/"
                   "Repulsion_Loss)\n[CVPR-2018] Repulsion Loss: Detecting Pedestrians in a Crowd\n")
    csp, repulsion = found.values()
    assert (csp.title, csp.venue, csp.arxiv_id) == ("High-level Semantic Feature Detection:A New Perspective for "
                                                    "Pedestrian Detection", "CVPR 2019", "1904.02948")
    assert csp.links == {"code": "https://github.com/liuwei16/CSP"}
    assert (repulsion.title, repulsion.notes) == ("Repulsion Loss: Detecting Pedestrians in a Crowd",
                                                  ["rainofmine/Repulsion_Loss 非官方实现"])


def test_a_method_name_before_its_title_link():
    # syrGitHub/Awesome-MoE4TS (tables): "|LeMoLE [Lemole: Llm-enhanced mixture of linear experts ...](arXiv) |"
    found = papers("| Title | Venue   | Month   | Code |\n| ------- | ------- | ------- | ------- |\n"
                   "|Film [Film: Frequency improved legendre memory model for long-term time series forecasting](https://"
                   "proceedings.neurips.cc/paper_files/paper/2022/file/524ef58c-Paper-Conference.pdf) | NeurIPS | 2022 "
                   "| [Code](https://github.com/tianzhou2011/FiLM/) |\n"
                   "|LeMoLE [Lemole: Llm-enhanced mixture of linear experts for time series forecasting](https://arxiv."
                   "org/pdf/2412.00053) | Arxiv | 2024.11 | None |\n")
    assert list(found) == ["Film: Frequency improved legendre memory model for long-term time series forecasting",
                           "Lemole: Llm-enhanced mixture of linear experts for time series forecasting"]
    assert found["Lemole: Llm-enhanced mixture of linear experts for time series forecasting"].notes == ["LeMoLE"]


def test_a_venue_and_date_column_gives_the_date_where_no_venue_is_named():
    # XiayanZhou/Papers-on-Efficient-Diffusion-Models: "| Title | arXiv | Github| WebSite | Pub. & Date" over
    # "Apr., 2024" and "NeurIPS, 2023" cells
    found = papers("| Title | arXiv | Github| WebSite | Pub. & Date\n|:-----:|:-----:|:-----:|:-----:|:-----:|\n"
                   "| [MagicTime: Time-lapse Video Generation Models as Metamorphic Simulators](https://arxiv.org/abs/"
                   "2404.05014) | [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/"
                   "2404.05014) | - | - | Apr., 2024 |\n"
                   "| [Video Probabilistic Diffusion Models in Projected Latent Space](https://arxiv.org/abs/"
                   "2302.07685) | - | - | - | NeurIPS, 2023 |\n")
    magic, video = found.values()
    assert (magic.venue, magic.year) == (None, 2024)
    assert (video.venue, video.year) == ("NeurIPS 2023", 2023)


def test_a_placeholder_doi_identifies_no_paper():
    # aita-lab/awesome-multimodal-fusion-emotion-recognition: nine papers link "https://doi.org/10.1109/ACCESS.2023.xxx",
    # a DOI to fill in; each stays its own paper, and keeps the link as written
    found = papers("**Cmu-moseas: A multimodal language dataset for Spanish, Portuguese, German and French**\\\n"
                   "*Zadeh, A., Cao, Y. S., Hessner, S., Liang, P. P., Poria, S., & Morency, L. P.*\\\n[*2020*] "
                   "[Proceedings of the Conference on Empirical Methods in Natural Language Processing]\\\n"
                   "[[Paper](https://doi.org/10.1109/ACCESS.2023.xxx)]\n\n"
                   "**A database of german emotional speech**\\\n*Burkhardt, F., Paeschke, A., Rolfes, M., "
                   "Sendlmeier, W. F., & Weiss, B.*\\\n[*2005*] [Interspeech]\\\n"
                   "[[Paper](https://doi.org/10.1109/ACCESS.2023.xxx)]\n")
    assert len(found) == 2
    for paper in found.values():
        assert (paper.doi, paper.url) == (None, None)
        assert paper.links == {"paper": "https://doi.org/10.1109/ACCESS.2023.xxx"}
    assert [p.venue for p in found.values()] == [
        "Proceedings of the Conference on Empirical Methods in Natural Language Processing 2020", "Interspeech 2005"]


def test_a_venue_line_of_a_name_a_comma_and_the_year():
    # GeminiLight/awesome-ai-llm4education: "    Learning@Scale, 2024. [`conference`](arXiv)" under the authors;
    # yyysjz1997/Awesome-AudioVision-Multimodal: "[IEEE/ACM TASLP-2023]" before a bare title
    paper = one("8. **AutoTutor meets Large Language Models: A Language Model Tutor with Rich Pedagogy and "
                "Guardrails**\n\n    *Sankalan Pal Chowdhury, Vilém Zouhar, Mrinmaya Sachan*\n\n    Learning@Scale, "
                "2024. [`conference`](https://arxiv.org/abs/2402.09216)\n")
    assert (paper.venue, paper.year, paper.summary) == ("Learning@Scale 2024", 2024, None)
    prefixed = parse("## Speech separation\n\n* [IEEE/ACM TASLP-2023] Audio-visual End-to-end Multi-channel Speech "
                     "Separation, Dereverberation and Recognition\n* [ICCV-2023] AdVerb: Visually Guided Audio "
                     "Dereverberation\n* [ICCV-2023] Position-Aware Audio-Visual Separation for Spatial Audio\n")
    assert [e.data.venue for e in prefixed.entries] == ["IEEE/ACM TASLP 2023", "ICCV 2023", "ICCV 2023"]


def test_a_journal_named_by_the_paper_link():
    # GuangtaoLyu/awesome-motion-prediction (19 entries): "**Title**, Ding et al., [Journal of Intelligent
    # Manufacturing](semanticscholar)" beside "[arXiv](..)"
    paper = one("3. **Dynamic scenario-enhanced diverse human motion prediction network for proactive human–robot "
                "collaboration in customized assembly tasks**, Ding et al., [Journal of Intelligent Manufacturing]"
                "(https://www.semanticscholar.org/paper/9b4fb2082708fd8011e7816fcd0f91b0ab8a3fc9)\n")
    assert (paper.venue, paper.url) == ("Journal of Intelligent Manufacturing", "https://www.semanticscholar.org/"
                                        "paper/9b4fb2082708fd8011e7816fcd0f91b0ab8a3fc9")


def test_numbered_lines_with_an_underscored_title_are_still_one_entry_each():
    # ssssober/Depth-Estimation: "14.**[Sparse_Cost_Volume_for_Efficient_Stereo_Matching(2018)](..)**  " among
    # numbered lines with no space after the number (one paragraph to Markdown): each line is a paper
    found = papers("## 2018  \n1.**[Deep Material-aware Cross-spectral Stereo Matching(cvpr2018)](https://www.ri.cmu."
                   "edu/wp-content/uploads/2019/03/Zhi_Deep_Material-Aware_Cross-Spectral_CVPR_2018_paper.pdf)**  \n"
                   "14.**[Sparse_Cost_Volume_for_Efficient_Stereo_Matching(2018)](https://www.researchgate.net/"
                   "publication/329134120_Sparse_Cost_Volume_for_Efficient_Stereo_Matching)**  \n"
                   "15.**[StereoNet:Guided Hierarchical Refinement for Real-Time Edge-Aware Depth Prediction(ECCV2018)]"
                   "(https://www.researchgate.net/publication/326495585_StereoNet)**  \n")
    assert len(found) == 3
    stereo = found["StereoNet:Guided Hierarchical Refinement for Real-Time Edge-Aware Depth Prediction"]
    assert (stereo.venue, stereo.year) == ("ECCV 2018", 2018)
