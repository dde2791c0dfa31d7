"""Shapes of real lists met in session 41 (lists of round 67, ``bench/unseen-lists/s70a``-``s70h``, still read
wrong, and the sixty-eighth blind labelling round, ``s71a``-``s71h``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers

# LutingWang/awesome-knowledge-distillation-for-object-detection: a paragraph naming the paper by its short name
# (or by its venue alone) with its links and description, over two plain bullets: its title, then its authors
KD_FOR_DETECTION = (
    "# Awesome Knowledge Distillation for Object Detection\n\n## Vanilla\n\n"
    "*NeurIPS 2017*.\n"
    "[[NeurIPS](https://proceedings.neurips.cc/paper/2017/hash/e1e32e235eee1f970470a3a6658dfdd5-Abstract.html)]\n"
    "\\- A new framework to learn compact and fast object detection networks with improved accuracy using "
    "knowledge distillation and hint learning.\n\n"
    "- Learning Efficient Object Detection Models with Knowledge Distillation\n"
    "- Guobin Chen and Wongun Choi and Xiang Yu and Tony Han and Manmohan Chandraker\n\n"
    "GID. *CVPR 2021*.\n"
    "[[CVF](http://openaccess.thecvf.com/content/CVPR2021/html/Dai_General_Instance_Distillation_for_Object_"
    "Detection_CVPR_2021_paper.html)]\n"
    "[[arXiv](http://arxiv.org/abs/2103.02340)]\n"
    "\\- A novel distillation method for detection tasks based on discriminative instances.\n\n"
    "- General Instance Distillation for Object Detection\n"
    "- Xing Dai and Zeren Jiang and Zhao Wu and Yiping Bao and Zhicheng Wang and Si Liu and Erjin Zhou\n\n"
    "TADF.\n"
    "[[arXiv](http://arxiv.org/abs/2006.13108)]\n"
    "\\- A general distillation framework that adaptively transfers knowledge from teacher to student.\n\n"
    "- Distilling Object Detectors with Task Adaptive Regularization\n"
    "- Ruoyu Sun and Fuhui Tang and Xiaopeng Zhang and Hongkai Xiong and Qi Tian\n")


def test_a_short_name_over_bullets_of_title_and_authors_is_one_paper():
    found = papers(KD_FOR_DETECTION)
    assert list(found) == [
        "Learning Efficient Object Detection Models with Knowledge Distillation",
        "General Instance Distillation for Object Detection",
        "Distilling Object Detectors with Task Adaptive Regularization",
    ]
    first, gid, tadf = found.values()
    assert (first.venue, first.year) == ("NeurIPS 2017", 2017)  # (the venue was all its paragraph named it by)
    assert names(first)[-1] == "Manmohan Chandraker"
    assert first.summary.startswith("A new framework to learn compact")
    assert (gid.venue, gid.arxiv_id, len(names(gid))) == ("CVPR 2021", "2103.02340", 7)
    assert names(tadf) == ["Ruoyu Sun", "Fuhui Tang", "Xiaopeng Zhang", "Hongkai Xiong", "Qi Tian"]
    assert "GID" in gid.notes and tadf.arxiv_id == "2006.13108"


def test_two_bullets_that_are_not_a_title_and_its_authors_stay_apart():
    found = papers("## Models\n\nGID. *CVPR 2021*.\n[[arXiv](http://arxiv.org/abs/2103.02340)]\n\n"
                   "- Fast training on one GPU\n- Works with MMDetection and Detectron2\n")
    assert [p.title for p in found.values()] == ["GID"]
    assert not names(next(iter(found.values())))


# AlexDuvalinho/geometric-gnns: a Source column whose every cell is "[link](arXiv)": where the paper is, no venue
GEOMETRIC_GNNS = (
    "# Geometric-GNNs\n\n"
    "| Model | Year | Family | Tensor type | Body order | Source |\n"
    "| :---  | ---: | ---:   | ---:         | ---: | ---: |\n"
    "|SchNet| 2017| invariant\t| scalar\t| 2 | [link](https://arxiv.org/pdf/1706.08566.pdf) |\n"
    "|DimeNet| 2019| invariant\t| scalar\t| 3 | [link](https://arxiv.org/abs/2003.03123) |\n")


def test_a_link_named_link_in_a_source_column_is_no_venue():
    found = papers(GEOMETRIC_GNNS)
    assert [(p.title, p.arxiv_id, p.year, p.venue) for p in found.values()] == [
        ("SchNet", "1706.08566", 2017, None), ("DimeNet", "2003.03123", 2019, None)]


# xcfcode/What-I-Have-Read (SDP.md): a bold "Task:" field after the links, a note however its value is written
def test_a_bold_task_field_after_the_links_is_a_note_not_the_summary():
    found = papers(
        "# Scientific Document Processing\n\n"
        "* Does My Rebuttal Matter? Insights from a Major NLP Conference `NAACL19` [[pdf]](https://www.aclweb.org/"
        "anthology/N19-1129/) [[code]](https://github.com/UKPLab/naacl2019-does-my-rebuttal-matter) **Task:  whether "
        "a reviewer will increase/decrease/keep her overall score after rebuttal**\n"
        "* A Dataset of Peer Reviews (PeerRead): Collection, Insights and NLP Applications `NAACL18` [[pdf]](https://"
        "arxiv.org/abs/1804.09635) [[data]](https://github.com/allenai/PeerRead) **Task: result prediction(Acc/Rej), "
        "numerical score prediction** \n")
    rebuttal, peerread = found.values()
    assert rebuttal.summary is None and peerread.summary is None
    assert peerread.notes == ["Task: result prediction(Acc/Rej), numerical score prediction"]
    assert (rebuttal.venue, peerread.venue, peerread.arxiv_id) == ("NAACL 2019", "NAACL 2018", "1804.09635")


def test_a_row_with_a_bar_typed_twice_keeps_its_link():
    found = papers(GEOMETRIC_GNNS + "|FAENet|\t2023|\tunconstrained | scalar |\tMany|| [link](https://arxiv.org/abs/"
                                    "2305.05577)|\n")
    assert found["FAENet"].arxiv_id == "2305.05577" and found["FAENet"].year == 2023


def test_a_column_the_header_does_not_name_stays_out_of_the_named_ones():
    found = papers(  # xcfcode/Summarization-Papers: a description after the last named column, in several rows
        "## Dataset\n\n|ID|Name|Domain|Paper|Conference|\n|-|-|-|-|-|\n"
        "|38|Enron|Email|[Building a Dataset for Summarization and Keyword Extraction from Emails](https://www."
        "aclweb.org/anthology/L14-1028/)|2014| 349 emails and threads|\n"
        "|40|BC3|Email|[A publicly available annotated corpus for supervised email summarization](https://www.ufv.ca/"
        "media/assets/aaai08.pdf)||40 email threads (3222 sentences)|\n")
    assert found["A publicly available annotated corpus for supervised email summarization"].venue is None


def test_a_sciencedirect_reader_link_is_the_paper():
    found = papers(GEOMETRIC_GNNS + "|MEGnet|\t2019|\tinvariant||\t\t| [link](https://reader.elsevier.com/reader/sd/"
                                    "pii/S1053811921006777)|\n")
    assert found["MEGnet"].url == "https://reader.elsevier.com/reader/sd/pii/S1053811921006777"


# A list of key computer-vision papers, notes in Traditional Chinese (s71b): a heading naming the paper over bullets
# keyed Title, Author, Venue, Link and "why read"; then reading advice in bold-labelled sentences
KEY_PAPERS = (
    "# Key Papers - 重要論文清單\n\n## 2. Feature Descriptors\n\n"
    "### SIFT\n"
    "- **Title**: Distinctive Image Features from Scale-Invariant Keypoints\n"
    "- **Author**: David Lowe\n"
    "- **Venue**: IJCV, 2004\n"
    "- **Link**: [SpringerLink](https://link.springer.com/article/10.1023/B:VISI.0000029664.99615.94)\n"
    "- **為什麼讀**: 尺度不變特徵的里程碑。\n\n"
    "### Otsu's Method\n"
    "- **Title**: A Threshold Selection Method from Gray-Level Histograms\n"
    "- **Author**: Nobuyuki Otsu\n"
    "- **Venue**: IEEE TSMC, 1979\n"
    "- **Link**: [Purdue](https://engineering.purdue.edu/kak/computervision/ECE661.08/OTSU_paper.pdf)\n\n"
    "---\n\n## Reading Strategy（閱讀策略）\n\n"
    "1. **第一遍**：只讀 Abstract 和 Introduction，了解問題和貢獻\n"
    "2. **第二遍**：看圖表和 Method 概述，理解整體架構\n"
    "4. **第四遍**：讀 Experiments 和 Ablation，理解設計選擇\n")


def test_a_heading_naming_a_paper_over_a_title_bullet_is_that_paper():
    found = papers(KEY_PAPERS)
    assert list(found) == ["Distinctive Image Features from Scale-Invariant Keypoints",
                           "A Threshold Selection Method from Gray-Level Histograms"]
    sift, otsu = found.values()
    assert (names(sift), sift.venue, sift.year, sift.tags) == (["David Lowe"], "IJCV 2004", 2004,
                                                             ["2. Feature Descriptors"])
    assert "SIFT" in sift.notes and sift.url.startswith("https://link.springer.com/")
    assert (names(otsu), otsu.year, otsu.url) == (
        ["Nobuyuki Otsu"], 1979, "https://engineering.purdue.edu/kak/computervision/ECE661.08/OTSU_paper.pdf")


def test_a_year_maker_venue_and_short_name_before_a_linked_title():
    found = papers(  # guyulongcs/Awesome-Deep-Learning-Papers-for-Search-Recommendation-Advertising: its PDFs' names
        "## 0_New_Papers_in_2020\n"
        "* [2020 (Alibaba) (ICML) [OTM] Learning Optimal Tree Models under Beam Search](https://github.com/guyulongcs/"
        "Deep-Learning-for-Search-Recommendation-Advertisements/blob/master/0_New_Papers_in_2020/OTM.pdf) <br />\n"
        "* [2020 (JD) (WSDM) [HUP] Hierarchical User Profiling for E-commerce Recommender Systems](https://github.com/"
        "guyulongcs/Deep-Learning-for-Search-Recommendation-Advertisements/blob/master/0_New_Papers_in_2020/HUP.pdf)"
        " <br />\n"
        "* [2014 (KDD) [DeepWalk]  DeepWalk - online learning of social representations](https://github.com/"
        "guyulongcs/Deep-Learning-for-Search-Recommendation-Advertisements/blob/master/1_Embedding/DeepWalk.pdf)\n")
    assert [(p.title, p.venue, p.year) for p in found.values()] == [
        ("Learning Optimal Tree Models under Beam Search", "ICML 2020", 2020),
        ("Hierarchical User Profiling for E-commerce Recommender Systems", "WSDM 2020", 2020),
        ("DeepWalk - online learning of social representations", "KDD 2014", 2014)]
    otm = found["Learning Optimal Tree Models under Beam Search"]
    assert "Alibaba" in otm.notes and "OTM" in otm.notes


def test_a_year_maker_and_short_name_in_brackets_before_a_pdf_kept_beside_the_list():
    found = papers(  # tangxyw/RecSysPapers: every entry links its PDF in the repository
        "## Rank\n"
        "- [[2017][ZJU][AFM] Attentional Factorization Machines - Learning the Weight of Feature Interactions via "
        "Attention Networks](Rank/%5B2017%5D%5BZJU%5D%5BAFM%5D%20Attentional%20Factorization%20Machines.pdf)\n"
        "- [[2009][BPR] Bayesian Personalized Ranking from Implicit Feedback](Rank/%5B2009%5D%5BBPR%5D%20BPR.pdf)\n")
    assert [(p.title, p.year, p.notes) for p in found.values()] == [
        ("Attentional Factorization Machines - Learning the Weight of Feature Interactions via Attention Networks",
         2017, ["ZJU", "AFM"]),
        ("Bayesian Personalized Ranking from Implicit Feedback", 2009, ["BPR"])]


def test_a_venue_as_the_link_text_before_a_bold_title():
    found = papers(  # KolaKivy/Awesome-Quadruped-with-Manipulator: every paper so
        "## Paper List\n\n### With Whole-Body Control (WBC)\n"
        "- [Science Robotics 2025](https://www.science.org/doi/epdf/10.1126/scirobotics.adu3922) **Learning "
        "coordinated badminton skills for legged manipulators.**\n"
        "- [arXiv 2025.05](https://arxiv.org/abs/2505.20829) **Learning Unified Force and Position Control for Legged "
        "Loco-Manipulation.** [🌐Website](https://unified-force.github.io/)\n"
        "- [ICRA 2025](https://arxiv.org/pdf/2402.11498) **Verifiably Following Complex Robot Instructions with "
        "Foundation Models.** [🌐Website](https://robotlimp.github.io/), [🌟Code](https://github.com/benedictquartey/"
        "robotlimp)\n")
    assert [(p.title, p.venue, p.year) for p in found.values()] == [
        ("Learning coordinated badminton skills for legged manipulators", "Science Robotics 2025", 2025),
        ("Learning Unified Force and Position Control for Legged Loco-Manipulation", "arXiv 2025", 2025),
        ("Verifiably Following Complex Robot Instructions with Foundation Models", "ICRA 2025", 2025)]
    badminton, force, robotlimp = found.values()
    assert badminton.summary is None and force.arxiv_id == "2505.20829"
    assert robotlimp.links["code"] == "https://github.com/benedictquartey/robotlimp"


def test_a_heading_over_a_line_of_its_venue_and_links_is_the_paper():
    found = papers(  # zh-plus/Awesome-VLP-and-Efficient-Transformer: every paper a heading, its venue and links below
        "## Vision Language Models\n\n### Vision-Language Pretraining\n\n"
        "##### LXMERT: Learning Cross-Modality Encoder Representations from Transformers\n\n"
        "EMNLP 2019 [[paper]](https://arxiv.org/abs/1908.07490) [[code]](https://github.com/airsplay/lxmert) *The "
        "University of North Carolina*\n\n"
        "   - Architecture: Two stream\n\n"
        "##### VL-BERT: Pre-training of Generic Visual-Linguistic Representations\n\n"
        "ICLR 2020 [[paper]]((https://arxiv.org/abs/1908.08530)) [[code]](https://github.com/jackroos/VL-BERT) *USTC & "
        "MSRA*\n")
    assert [(p.title, p.arxiv_id, p.venue) for p in found.values()] == [
        ("LXMERT: Learning Cross-Modality Encoder Representations from Transformers", "1908.07490", "EMNLP 2019"),
        ("VL-BERT: Pre-training of Generic Visual-Linguistic Representations", "1908.08530", "ICLR 2020")]
    assert found["LXMERT: Learning Cross-Modality Encoder Representations from Transformers"].tags == [
        "Vision Language Models/Vision-Language Pretraining"]


def test_a_heading_over_bullets_of_its_links_and_who_wrote_it_is_the_paper():
    found = papers(  # MengyangGao/Awesome-Robotics-Embodied-AI: a heading a paper, short name or full title
        "# Embodied AI\n\n## Legged\n\n"
        "### Learning Quadrupedal Locomotion over Challenging Terrain\n\n"
        "- [Website](https://leggedrobotics.github.io/rl-blindloco/) | [Paper](https://www.science.org/doi/10.1126/"
        "scirobotics.abc5986) | [Code](https://github.com/leggedrobotics/legged_gym)\n"
        "- by Joonho Lee (ETH Zurich) et al., 2020\n\n"
        "A landmark RL locomotion paper for quadrupeds.\n\n"
        "## SAM2\n\n"
        "- [Website](https://ai.meta.com/sam2/) | [Paper](https://arxiv.org/abs/2408.00714) | [Code](https://github.com/"
        "facebookresearch/sam2)\n"
        "- by Nikhila Ravi / Meta, 2024\n")
    legged, sam = found.values()
    assert (legged.title, names(legged), legged.year) == (
        "Learning Quadrupedal Locomotion over Challenging Terrain", ["Joonho Lee"], 2020)
    assert legged.url == "https://www.science.org/doi/10.1126/scirobotics.abc5986"
    assert legged.links["code"] == "https://github.com/leggedrobotics/legged_gym"
    assert (sam.title, sam.arxiv_id, sam.year) == ("SAM2", "2408.00714", 2024)


def test_a_section_heading_over_its_first_paper_stays_a_section():
    found = papers(
        "## Books\n\n- [Computational Optimal Transport](https://arxiv.org/abs/1803.00567) [[paper]](https://"
        "optimaltransport.github.io/)\n\n"
        "## Workshop\n\n- IWSLT 2018, [link](https://workshop2018.iwslt.org/index.php), [paper](https://workshop2018."
        "iwslt.org/downloads/Proceedings_IWSLT_2018.pdf)\n\n"
        "## Theoretical Analysis\n\n- StableSSM: Alleviating the Curse of Memory in State-space Models through Stable "
        "Reparameterization [[paper]](https://arxiv.org/abs/2311.14495) (2023.11.24)\n")
    assert "Books" not in found and "Workshop" not in found and "Theoretical Analysis" not in found


def test_a_list_item_folded_in_html_is_one_paper_its_fold_the_summary():
    found = papers(  # zhangleiniu/awesome-scientific-literature-retrieval: every paper so
        "## Local Citation Recommendation\n\n"
        "- <details style=\"display:inline\"><summary><b>(<i>EMNLP'25</i>) CiteBART: Learning to Generate Citations "
        "for Local Citation Recommendation</b> [<a href=\"https://doi.org/10.18653/v1/2025.emnlp-main.89\">link</a>]"
        "</summary> Citation-specific pre-training in an encoder-decoder.</details>\n"
        "- <details style=\"display:inline\"><summary><b>(<i>ACL Findings'24</i>) SymTax: Symbiotic Relationship and "
        "Taxonomy Fusion for Effective Citation Recommendation</b> [<a href=\"https://doi.org/10.18653/v1/2024."
        "findings-acl.533\">link</a>]</summary> A three-stage prefetcher-enricher-reranker architecture.</details>\n")
    cite, symtax = found.values()
    assert (cite.title, cite.venue, cite.doi) == (
        "CiteBART: Learning to Generate Citations for Local Citation Recommendation", "EMNLP 2025",
        "10.18653/v1/2025.emnlp-main.89")
    assert cite.summary == "Citation-specific pre-training in an encoder-decoder."
    assert (symtax.venue, symtax.year) == ("ACL 2024 Findings", 2024)


def test_a_column_of_apa_citations_is_read_as_the_papers():
    found = papers(  # nehSgnaiL/awesome-scientific-figure: a figure, its paper's APA reference, a link to it
        "## Geographic map\n\n| Figure | Citation (APA) | Link |\n|---|---|---|\n"
        "| <img alt=\"Fig. 1\" src=\"./figures/geomap/pnas.1524261113fig01.jpeg\" width=\"1000\"> | "
        "Jiang, S., Yang, Y., "
        "Gupta, S., Veneziano, D., Athavale, S., & González, M. C. (2016). The TimeGeo modeling framework for urban "
        "mobility without travel surveys. *Proceedings of the National Academy of Sciences*, 113(37), E5370-E5378. | "
        "[[paper]](https://doi.org/10.1073/pnas.1524261113) |\n")
    (timegeo,) = found.values()
    assert timegeo.title == "The TimeGeo modeling framework for urban mobility without travel surveys"
    assert (timegeo.year, timegeo.doi, names(timegeo)[0]) == (2016, "10.1073/pnas.1524261113", "S. Jiang")


def test_a_citations_column_of_counts_is_no_title():
    found = papers("| Year | Title | First Author | Venue | Citations |\n|---|---|---|---|---|\n"
                   "| 2017 | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | Vaswani | NeurIPS | "
                   "100000 |\n")
    assert list(found) == ["Attention Is All You Need"]


def test_numbered_references_one_a_line_in_one_paragraph_are_papers():
    found = papers(  # ChenHongruixuan/ChangeDetectionRepository: hard breaks after most lines, not all
        "## Reference\n"
        "[1] F. Bovolo and L. Bruzzone, “A Theoretical Framework for Unsupervised Change Detection Based on Change "
        "Vector Analysis in the Polar Domain,” IEEE Trans. Geosci. Remote Sens., vol. 45, no. 1, pp. 218–236, 2007.  \n"
        "[2] C. Wu, B. Du, and L. Zhang, “Slow feature analysis for change detection in multispectral imagery,” IEEE "
        "Trans. Geosci. Remote Sens., vol. 52, no. 5, pp. 2858–2874, 2014.  \n"
        "[3] L. Zhang, C. Wu, and B. Du, “Automatic radiometric normalization for multitemporal remote sensing imagery "
        "with iterative slow feature analysis,” IEEE Trans. Geosci. Remote Sens., vol. 52, no. 10, pp. 6141–6155, "
        "2014.\n"
        "[4] C. Wu, L. Zhang, and B. Du, “Kernel Slow Feature Analysis for Scene Change Detection,” IEEE Trans. "
        "Geosci. Remote Sens., vol. 55, no. 4, pp. 2367–2384, 2017.  \n"
        "## Q & A\n**For any questions, please [contact us.](mailto:someone@example.com)**\n")
    assert [(p.title[:30], p.year) for p in found.values()] == [
        ("A Theoretical Framework for Un", 2007), ("Slow feature analysis for chan", 2014),
        ("Automatic radiometric normaliz", 2014), ("Kernel Slow Feature Analysis f", 2017)]
    assert names(found["Slow feature analysis for change detection in multispectral imagery"]) == [
        "C. Wu", "B. Du", "L. Zhang"]


def test_an_arxiv_number_of_2014_padded_to_five_digits_is_the_paper():
    found = papers(  # BoosterShadow/awesome-Face_Recognition
        "## Face Detection\n- [Deep Learning Face Representation by Joint Identification-Verification](https://arxiv."
        "org/abs/1406.04773) [2014]\n- [Learning Deep Face Representation](https://arxiv.org/pdf/1507.04023.pdf)\n")
    assert [p.arxiv_id for p in found.values()] == ["1406.4773", "1507.04023"]


def test_names_a_spaced_stop_a_title_link_then_a_gbt_kind_mark():
    found = papers(  # BoosterShadow/awesome-Face_Recognition: every paper so
        "### 2014\n- Bin Yang, Junjie Yan, Zhen Lei, Stan Z. Li .[Aggregate channel features for multi-view face "
        "detection](https://arxiv.org/pdf/1407.04023) .[J] arXiv preprint arXiv:1407.04023.\n")
    (acf,) = found.values()
    assert acf.title == "Aggregate channel features for multi-view face detection"
    assert (names(acf), acf.arxiv_id, acf.venue, acf.summary) == (
        ["Bin Yang", "Junjie Yan", "Zhen Lei", "Stan Z. Li"], "1407.4023", "arXiv 2014", None)  # (its year heading's)


def test_a_sentence_over_the_papers_that_do_what_it_says():
    found = papers(  # zorazrw/awesome-tool-llm: each bullet says what its papers do, the papers indented below it
        "### Knowledge access\n\n"
        "- Collect data from structured knowledge sources, e.g., databases, knowledge graphs, etc.\n  \n"
        "  **LaMDA: Language Models for Dialog Applications** *Thoppilan, Romal, et al.* 2022.01 [[Paper]](https://"
        "arxiv.org/abs/2201.08239)\n  \n"
        "  **TALM: Tool Augmented Language Models** *Parisi, Aaron, Yao Zhao, and Noah Fiedel.* 2022.05 [[Preprint]]"
        "(https://arxiv.org/abs/2205.12255)\n\n"
        "- Self-training with bootstrapped examples from the model itself\n  \n"
        "  **Toolformer: Language Models Can Teach Themselves to Use Tools** *Schick, Timo, et al.* 2024 [Paper]"
        "(https://openreview.net/forum?id=Yacmpz84TH)\n")
    assert list(found) == ["LaMDA: Language Models for Dialog Applications", "TALM: Tool Augmented Language Models",
                           "Toolformer: Language Models Can Teach Themselves to Use Tools"]
    lamda, talm, toolformer = found.values()
    assert (names(talm), talm.arxiv_id, talm.year) == (["Aaron Parisi", "Yao Zhao", "Noah Fiedel"], "2205.12255", 2022)
    assert lamda.summary is None and lamda.notes[0].startswith("Collect data from structured")
    assert toolformer.summary == "Self-training with bootstrapped examples from the model itself"


def test_a_preprint_and_its_year_and_month_written_together_in_a_source_column():
    found = papers(  # LehengTHU/LLM4Rec-Classified-Papers: 17 of 26 rows
        "| Source | Name | Title |\n|---|---|---|\n"
        "| arxiv 202308 | BIGRec | [A Bi-Step Grounding Paradigm for Large Language Models in Recommendation Systems]"
        "(https://arxiv.org/abs/2308.08434) |\n"
        "| RecSys 2023 | TALLRec | [TALLRec: An Effective and Efficient Tuning Framework to Align Large Language "
        "Model with Recommendation](https://arxiv.org/abs/2305.00447) |\n")
    bigrec, tallrec = found.values()
    assert (bigrec.venue.casefold(), bigrec.year) == ("arxiv 2023", 2023)
    assert (tallrec.venue, tallrec.year) == ("RecSys 2023", 2023)


def test_the_first_author_and_where_in_brackets_after_the_title():
    found = papers(  # Purshow/Awesome-LVLM-Hallucination, stdacore/NAS-survey
        "### Mitigating\n\n"
        "4. **Woodpecker**: Hallucination Correction for Multimodal Large Language Models, (Yin et al.)\n"
        "   - [![Static Badge](https://img.shields.io/badge/2310.16045-red?logo=arxiv)](https://arxiv.org/abs/"
        "2310.16045) [![](https://img.shields.io/badge/Woodpecker-black?logo=github)](https://github.com/BradyFU/"
        "Woodpecker)\n"
        "   - [revision] post-hoc correction\n\n"
        "- [SCARLET-NAS: Bridging the gap Between Scalability and Fairness in Neural Architecture Search (Chu et al. "
        "2019)](https://arxiv.org/abs/1908.06022)\n")
    scarlet = found["SCARLET-NAS: Bridging the gap Between Scalability and Fairness in Neural Architecture Search"]
    assert (names(scarlet), scarlet.year) == (["Chu"], 2019)
    woodpecker = found["Hallucination Correction for Multimodal Large Language Models"]  # (the method's name a note,
    # as the labels of Purshow's list have it: tests/test_markdown_unseen_s123.py)
    assert (names(woodpecker), woodpecker.arxiv_id, woodpecker.notes[:1]) == (["Yin"], "2310.16045", ["Woodpecker"])


def test_a_reference_in_springers_basic_style_with_the_year_in_brackets():
    found = papers(  # Hou-WJ/Graph-Pooling-Operators-and-Bioinformatics-Applications: every paper so
        "## Pooling\n"
        "2. **[DCNN]** Atwood J, Towsley D (2016) Diffusion-Convolutional Neural Networks. In: Advances in Neural "
        "Information Processing Systems [**[Paper]**](https://proceedings.neurips.cc/paper_files/paper/2016/hash/"
        "390e982518a50e280d8e2b535462ec1f-Abstract.html) [**[Code]**](https://github.com/jcatw/dcnn)\n\n"
        "25. **[QSGCNN]** Bai L, Jiao Y, Cui L, et al (2021) Learning Graph Convolutional Networks based on Quantum "
        "Vertex Information Propagation. IEEE Trans Knowl Data Eng 1747–1760.  [**[Paper]**](https://doi.org/10.1109/"
        "TKDE.2021.3106804)\n\n"
        "20. **[SSRead]** Lee D, Kim S, Lee S, et al (2021) Learnable Structural Semantic Readout for Graph "
        "Classification. In: 2021 IEEE International Conference on Data Mining (ICDM). IEEE, pp 1180–1185 "
        "[**[Paper]**](https://doi.org/10.1109/ICDM51629.2021.00142)\n")
    dcnn, qsgcnn, ssread = found.values()
    assert (dcnn.title, names(dcnn), dcnn.year) == (
        "Diffusion-Convolutional Neural Networks", ["J Atwood", "D Towsley"], 2016)
    assert dcnn.venue.startswith("Advances in Neural Information Processing Systems")
    assert (qsgcnn.venue, ssread.venue) == ("IEEE Trans Knowl Data Eng 2021", "ICDM 2021")
    assert "DCNN" in dcnn.notes


def test_a_quote_citing_the_bold_title_above_it_gives_its_authors():
    found = papers(  # ljjTYJR/PapersReading (Point_Set_Registration.md): every paper so
        "### Optimization\n\n"
        "- **Point Set Registration via Particle Filtering and Stochastic Dynamics**\n\n"
        "  > Sandhu, Romeil, Samuel Dambreville, and Allen Tannenbaum. \"Point set registration via particle "
        "filtering and stochastic dynamics.\" *IEEE transactions on pattern analysis and machine intelligence* 32.8 "
        "(2009): 1459-1473.\n  >\n  > **Citations:** \n")
    (psr,) = found.values()
    assert names(psr) == ["Romeil Sandhu", "Samuel Dambreville", "Allen Tannenbaum"]
    assert psr.summary is None  # (the citation is no description, nor is its empty label)


def test_a_long_run_of_spaces_reads_as_two():
    found = papers("- Title words here of a paper, (" + " " * 40 + "Liu et al.)  \n  [[paper]](https://arxiv.org/abs/"
                   "2401.00001)\n")
    assert [(p.title, names(p), p.arxiv_id) for p in found.values()] == [
        ("Title words here of a paper", ["Liu"], "2401.00001")]


def test_marks_around_a_word_are_a_placeholder_and_a_title_is_not():
    assert not papers("- **Title** [Conf 2022]\n- ** [[paper]()]\n")
    assert list(papers("- [G. Hinton's Distilling the Knowledge in a Neural Network](https://arxiv.org/abs/"
                       "1503.02531)\n")) == ["G. Hinton's Distilling the Knowledge in a Neural Network"]
