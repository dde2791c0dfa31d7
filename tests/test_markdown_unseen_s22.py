"""Shapes of real lists found by the nineteenth blind labelling round (``bench/unseen-lists/s22a``-``s22h``),
held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_bold_titles_one_a_line_in_one_paragraph_are_one_paper_each():
    # irom-princeton/awesome-robotics-video-world-model-papers (322 lines, hard line breaks): 24 papers of ~300
    # had been imported, each swallowing the rest of its paragraph as its summary
    found = papers(
        "## Surveys\n\n"
        "**A Comprehensive Survey on World Models for Embodied AI** (2025) "
        "[[Paper]](https://arxiv.org/abs/2510.16732)  \n"
        "**Understanding World or Predicting Future? A Comprehensive Survey of World Models** (2025) "
        "[[Paper]](https://arxiv.org/abs/2411.14499) — *ACM Computing Surveys*  \n"
        "**World Models for Autonomous Driving: An Initial Survey** (2024) [[Paper]](https://arxiv.org/abs/2403.02622)"
        " — *IEEE Transactions on Intelligent Vehicles*  \n"
        "**Genie: Generative Interactive Environments** (2024) [[Paper]](https://arxiv.org/abs/2402.15391) — *ICML*\n")
    assert [(p.title, p.arxiv_id, p.venue, p.year, p.summary) for p in found.values()] == [
        ("A Comprehensive Survey on World Models for Embodied AI", "2510.16732", None, 2025, None),
        ("Understanding World or Predicting Future? A Comprehensive Survey of World Models", "2411.14499",
         "ACM Computing Surveys 2025", 2025, None),
        ("World Models for Autonomous Driving: An Initial Survey", "2403.02622",
         "IEEE Transactions on Intelligent Vehicles 2024", 2024, None),
        ("Genie: Generative Interactive Environments", "2402.15391", "ICML 2024", 2024, None)]


def test_a_bold_citation_over_lines_is_still_one_paper():
    # the shape the rule above must leave alone: only the first line is bold, and it links nothing
    found = papers("## Papers\n\n**Understanding Diffusion Models: A Unified Perspective** \\\n*Calvin Luo* \\\n"
                   "arXiv 2022. [[Paper](https://arxiv.org/abs/2208.11970)] \\\n25 Aug 2022\n")
    assert list(found) == ["Understanding Diffusion Models: A Unified Perspective"]


def test_a_journal_in_italics_at_the_end_of_a_line_with_no_authors_is_the_venue():
    # JXLiu-AI/Awesome-Medical-LLM-in-Top-Journals: "Nature Medicine" had been read as the one author
    found = papers("## Journals\n\n- **[Autonomous pathology research using agentic AI shows potential in oncology]"
                   "(https://doi.org/10.1038/s41591-026-04403-9)**<br/> · *Nature Medicine* · 2026-06-01 🔬🎗️\n")
    paper = found["Autonomous pathology research using agentic AI shows potential in oncology"]
    assert (paper.authors, paper.venue, paper.year) == ([], "Nature Medicine 2026", 2026)


def test_rows_after_a_commented_out_row_are_rows_of_the_table_above():
    # enkiwang/Dataset-distillation-papers (26 rows): the comment ends the table, and the rows after it had been
    # one paragraph, read as one "paper"; a link back to the top is not part of the section's name
    found = papers(
        "## Quick links\n**Papers sorted by year:** | [2022](#Papers-in-2022-back-to-top) |\n\n"
        "## 2022\n### Papers in 2022 [[Back-to-top](#Dataset-distillation-papers)]\n"
        "| Author | Title | Venue |\n|:---:|:---:|:---:|\n"
        "| Yihan Wu et al |[**Towards Robust Dataset Learning**](https://arxiv.org/pdf/2211.10752.pdf) "
        "| arXiv, Nov., 2022\n"
        "<!-- | Justin Cui et al |[**Memory-efficient Trajectory Matching**](https://openreview.net/pdf?id=dN) "
        "| OpenReview, Sept., 2022 | -->\n"
        "| Guang Li et al |[**Dataset Distillation for Medical Dataset Sharing**](https://arxiv.org/pdf/2209.14603.pdf)"
        " | arXiv, Sept., 2022 |\n"
        "| Ping Liu et al |[**Meta Knowledge Condensation for Federated Learning**](https://arxiv.org/abs/2209.14851) "
        "| arXiv, Sept., 2022 |\n")
    assert [(p.title, p.arxiv_id, p.venue, p.tags) for p in found.values()] == [
        ("Towards Robust Dataset Learning", "2211.10752", "arXiv 2022", ["2022/Papers in 2022"]),
        ("Dataset Distillation for Medical Dataset Sharing", "2209.14603", "arXiv 2022", ["2022/Papers in 2022"]),
        ("Meta Knowledge Condensation for Federated Learning", "2209.14851", "arXiv 2022", ["2022/Papers in 2022"])]


def test_a_table_with_no_rule_under_its_header_is_read_by_that_header():
    # fengtt42/Awesome-World-Models-for-Aerial-Navigation (11 rows): the rows had been one paragraph
    found = papers(
        "## Aerial World Models\n\n| Date | Venue | Paper | Links |\n"
        "| 2026-06 | arXiv |  MAD: Mapping-Aware World Models for Agile Quadrotor Flight | "
        "[Paper](https://arxiv.org/abs/2606.04534) |\n"
        "| 2026-06 | arXiv | AirDreamer: Generalist Drone Navigation with World Models | "
        "[Paper](https://arxiv.org/abs/2606.03252) |\n")
    assert [(p.title, p.arxiv_id, p.venue) for p in found.values()] == [
        ("MAD: Mapping-Aware World Models for Agile Quadrotor Flight", "2606.04534", "arXiv 2026"),
        ("AirDreamer: Generalist Drone Navigation with World Models", "2606.03252", "arXiv 2026")]


def test_pipe_rows_that_name_no_columns_stay_a_paragraph():
    # a paragraph of bars whose first row is already a paper's is no table of ours to guess a header for
    found = papers("## Papers\n\n| [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) "
                   "| CVPR 2016 |\n| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | NeurIPS 2017 |\n")
    assert len(found) <= 1


def test_a_method_and_its_scores_under_a_title_column_are_results_not_papers():
    # YvesXu/panoptic-segmentation-paper-list: "OCFusion(ResNet-50)" had been a paper, of venue "ResNet 2050"
    found = papers("## Benchmarks\n\n|title|PQ|PQ^Th^|PQ^St^|\n|-|-|-|-|\n|OCFusion(ResNet-50)|60.2|54.0|64.7|\n"
                   "|Real-Time Panoptic Segmentation(ResNet-50)|58.8|52.1|63.7|\n\n"
                   "|title|PQ|PQ^Th^|PQ^St^|\n|-|-|-|-|-|\n|OCFusion|-|-|-|\n|Panoptic-DeepLab(Xception-71)|40.3|33.5|49.3|\n")
    assert found == {}


def test_the_first_author_the_year_and_where_after_a_dash_and_a_bar():
    # lmh0921/QueryExpansion-PLM-LLM-Survey-paperList (79 entries): all of it had been the summary
    found = papers(
        "## Papers\n\n"
        "- **Expanding queries for code search using semantically related api class-names** — Zhang, Feng, 2017 | "
        "IEEE Transactions on Software Engineering. [[Paper](https://doi.org/10.1109/TSE.2017.2750682)]\n"
        "- **Aligned Query Expansion: Efficient Query Expansion for Information Retrieval through LLM Alignment** — "
        "Yang, Adam, 2025 | arXiv preprint arXiv:2507.11042. [[Paper](https://doi.org/10.48550/arXiv.2507.11042)]\n")
    assert [([a.name for a in p.authors], p.venue, p.year, p.summary) for p in found.values()] == [
        (["Feng Zhang"], "IEEE Transactions on Software Engineering 2017", 2017, None),
        (["Adam Yang"], "arXiv 2025", 2025, None)]


def test_a_year_and_a_venue_between_bars_in_bold_brackets_before_the_title():
    # jmluu/Awesome-Efficient-Training (179 lines): "2020 | ICLR" had been a note, and no venue read
    found = papers("## Papers\n\n-  [**2020 | ICLR**] Shifted and Squeezed 8-bit Floating Point format for "
                   "Low-Precision Training of Deep Neural Networks [[paper](https://arxiv.org/abs/2001.05674)]\n")
    paper = found["Shifted and Squeezed 8-bit Floating Point format for Low-Precision Training of Deep Neural Networks"]
    assert (paper.venue, paper.year, paper.notes) == ("ICLR 2020", 2020, [])


def test_a_venue_its_year_and_month_then_a_comma_before_a_plain_title():
    # operator22th/awesome-world-models-for-robots (73 of 85 items): the prefix had been part of the title
    found = papers(
        "## Papers\n\n- RSS 2024, HRP: Human Affordances for Robotic Pre-Training. [Paper](https://arxiv.org/abs/2407.18911).\n"
        "- arXiv 2024, 03, HumanoidBench: Simulated Humanoid Benchmark for Whole-Body Locomotion and Manipulation "
        "[Paper](https://arxiv.org/abs/2403.10506)\n"
        "- Summer 2024, we wrote about world models. [Post](https://arxiv.org/abs/2407.18915)\n")
    assert [(p.title, p.venue, p.year) for p in found.values()][:2] == [
        ("HRP: Human Affordances for Robotic Pre-Training", "RSS 2024", 2024),
        ("HumanoidBench: Simulated Humanoid Benchmark for Whole-Body Locomotion and Manipulation", "arXiv 2024", 2024)]
    assert all(p.venue is None for p in found.values() if p.title.startswith("Summer"))


def test_a_publish_column_names_the_venue_with_two_digits_of_its_year():
    # pprp/awesome-attention-mechanism-in-cv (63 of 76 rows): "CVPR19" had been no venue and no year
    found = papers(
        "## Attention\n\n| Paper | Publish | Link |\n| --- | --- | --- |\n"
        "| [Global Second-order Pooling Convolutional Networks](https://cs.jhu.edu/~alanlab/Pubs20/li2020neural.pdf) "
        "| CVPR19      | [GSoPNet](https://github.com/ZilinGao/Global-Second-order-Pooling-Convolutional-Networks) |\n")
    paper = found["Global Second-order Pooling Convolutional Networks"]
    assert (paper.venue, paper.year) == ("CVPR 2019", 2019)


def test_an_authors_line_indented_less_than_a_two_digit_item_is_still_that_item():
    # ZJULegalAI/LegalAI-Research-with-LLMs (28 of 85 entries): items 10 and up had lost their authors line,
    # which was read as a "paper" titled "JSAI-isAI 2024 [C]"; a GB/T kind after a name says it is the venue
    found = papers(
        "## 2024\n\n"
        "9. **Learning Interpretable Legal Case Retrieval via Knowledge-Guided Case Reformulation**.\n\n"
        "   *Deng C, Mao K, Dou Z*. EMNLP 2024 [C]. [[pdf](<https://arxiv.org/pdf/2406.19760>)]\n\n"
        "10. **Leverage Knowledge Graph and Large Language Model for Law Article Recommendation: A Case Study of "
        "Chinese Criminal Law**.\n\n"
        "   *Chen Y, Chen M, Zhu Y, et al*. arXiv [EB/OL]. [[pdf](<https://arxiv.org/pdf/2410.04949>)]\n\n"
        "11. **LegalReasoner: A Multi-Stage Framework for Legal Judgment Prediction**.\n\n"
        "   *Wang X, Zhang X, Hoo V, et al*. IEEE Access [J]. [[pdf](<https://ieeexplore.ieee.org/iel8/1.pdf>)]\n\n"
        "13. **CAPTAIN at COLIEE 2024: Large Language Model for Legal Text Retrieval and Entailment**.\n\n"
        "   *Nguyen P, Nguyen C, Nguyen H, et al*. JSAI-isAI 2024 [C]. "
        "[[pdf](<https://link.springer.com/content/pdf/10.1007/978-981-97-3076-6.pdf>)]\n")
    assert [(len(p.authors), p.venue, p.summary) for p in found.values()] == [
        (3, "EMNLP 2024", None), (3, "arXiv 2024", None), (3, "IEEE Access 2024", None),
        (3, "JSAI-isAI 2024", None)]


def test_a_bold_line_indented_under_a_list_stays_the_heading_of_the_items_below_it():
    # PeterJaq/Awesome-Autonomous-Driving: "  **Occupancy**" between two lists is no part of the item above
    found = papers(
        "## Vision\n\n  - [Up to 31](https://arxiv.org/abs/2203.06717) Revisiting Large Kernel Design in CNNs.\n\n"
        "  **Occupancy**\n  - [A Comprehensive Review of Occupancy](https://arxiv.org/abs/2303.01212) A summary.\n")
    assert found["A Comprehensive Review of Occupancy"].tags == ["Vision/Occupancy"]


def test_a_date_or_a_venue_between_middle_dots_after_the_links_is_not_the_summary():
    # zz1358m/Awesome-Gradient-Free-LLMOpt (51 entries): the date and the venue had run on into the summary
    found = papers(
        "## Papers\n\n"
        "- **Evolutionary System 2 Reasoning: An Empirical Proof** — ERO evolves the reasoning of a model. "
        "[paper](https://arxiv.org/abs/2512.05760) · code not located · 2025-12\n"
        "- **Zeroth-Order Fine-Tuning of LLMs with Low-Rank Structures** — Low-rank zeroth-order gradients. "
        "[paper](https://arxiv.org/abs/2410.07698) · [code](https://github.com/optsuite/LOZO) · ICLR 2025\n")
    assert [(p.summary, p.venue, p.year) for p in found.values()] == [
        ("ERO evolves the reasoning of a model.", None, 2025),
        ("Low-rank zeroth-order gradients.", "ICLR 2025", 2025)]


def test_words_after_a_middle_dot_that_are_no_field_stay_in_the_summary():
    found = papers("## Papers\n\n- **Some Title of a Paper** — A summary. [paper](https://arxiv.org/abs/2410.07699) "
                   "· and then more words of prose\n")
    assert found["Some Title of a Paper"].summary == "A summary. · and then more words of prose"


def test_a_preprint_and_its_month_in_bold_code_is_the_venue():
    # LMD0311/Awesome-World-Model (44 lines): "arXiv 2024.5" had been a note, and no venue
    found = papers("## Papers\n\n- [**DriveSim**] Probing Multimodal LLMs as World Models for Driving. "
                   "**`arXiv 2024.5`** [[Paper](https://arxiv.org/abs/2405.05956)]\n")
    paper = found["Probing Multimodal LLMs as World Models for Driving"]
    assert (paper.venue, paper.year, paper.notes) == ("arXiv 2024", 2024, ["DriveSim"])


def test_venues_a_list_names_in_brackets_after_the_title_or_in_a_venue_column():
    # gjy3035/Awesome-Crowd-Counting "(**T-PAMI**)", BMC-SDNU/Cross-Modal-Retrieval "(ICMR)" had stayed in the
    # title; woongja/audio-deepfake-detection-papers' Venue column calls arXiv "arXiv.org"
    found = papers(
        "## 2020\n\n- **[KDMG]** Kernel-based Density Map Generation for Dense Object Counting (**T-PAMI**) "
        "[[paper](https://ieeexplore.ieee.org/document/9189836)]\n"
        "- **DSAH:Deep Semantic-Alignment Hashing for Unsupervised Cross-Modal Retrieval(ICMR)**"
        "[[PDF]](https://dl.acm.org/doi/10.1145/3372278.3390673)\n\n## Anti-spoofing\n\n"
        "| Year | Title | Venue |\n|---|---|---|\n| 2026 | [LJ-Spoof: A Generatively Varied Corpus for Audio "
        "Anti-Spoofing](https://arxiv.org/abs/2601.07958) | arXiv.org |\n")
    assert [(p.title, p.venue) for p in found.values()] == [
        ("Kernel-based Density Map Generation for Dense Object Counting", "T-PAMI 2020"),
        ("DSAH:Deep Semantic-Alignment Hashing for Unsupervised Cross-Modal Retrieval", "ICMR 2020"),
        ("LJ-Spoof: A Generatively Varied Corpus for Audio Anti-Spoofing", "arXiv 2026")]


def test_the_year_a_journal_accepted_a_paper_is_its_year_there():
    # Wonder239239/awesome-polyphonic-sound-event-detection: "Accepted 2026" had been kept in the venue, or a note
    found = papers("## Papers\n\n- **[Dual Consistency Training](https://arxiv.org/abs/2301.00001)**(Neurocomputing, "
                   "Accepted 2026) -[Code](https://github.com/a/b)\n")
    assert (found["Dual Consistency Training"].venue, found["Dual Consistency Training"].year) == (
        "Neurocomputing 2026", 2026)


def test_a_method_and_its_authors_over_the_one_bullet_that_is_its_paper():
    # Westlake-AI/openmixup (64 entries): the authors on the bullet above the title had been dropped
    found = papers(
        "## Sample Mixup\n\n* **AdaMixup**: Hongyu Guo, Yongyi Mao, Richong Zhang.\n"
        "   - MixUp as Locally Linear Out-Of-Manifold Regularization. [[AAAI'2019](https://arxiv.org/abs/1809.02499)]\n"
        '   <p align="center"><img width="85%" src="https://user-images.githubusercontent.com/1/2.png" /></p>\n')
    paper = found["MixUp as Locally Linear Out-Of-Manifold Regularization"]
    assert ([a.name for a in paper.authors], paper.notes, paper.venue) == (
        ["Hongyu Guo", "Yongyi Mao", "Richong Zhang"], ["AdaMixup"], "AAAI 2019")


def test_a_bold_line_linking_only_posts_or_a_model_page_is_not_a_paper():
    # Manchester921/Awesome-Image-Retrieval (~190 lines): blog posts among its papers had been imported as papers
    found = papers(
        "## 实例检索\n\n"
        "- **2018 · 微信** — SIFT 与 CNN 的碰撞：实例检索十年综述 — [上篇](https://mp.weixin.qq.com/s/sM78DCOK3fuG2JrP2QaSZA)"
        " · [下篇](https://mp.weixin.qq.com/s/yzVMDEpwbXVS0y-CwWSBEA)\n"
        "- **2019 · DCL** — 破坏-重建学习 — [CSDN](https://blog.csdn.net/zsx1713366249/article/details/92370490)\n"
        "- **2024 · Nomic Embed Vision** — 开源视觉嵌入模型 — [HuggingFace](https://huggingface.co/nomic-ai/nomic-embed-vision-v1)\n"
        "- **2023 · EfficientViT** — Microsoft 高效 ViT — [arXiv:2305.07027](https://arxiv.org/abs/2305.07027)\n"
        # luanshiyinyang/awesome-multiple-object-tracking: a paper link through zhihu's redirect is a paper's (and,
        # since session 58, the arXiv paper the redirect leads to)
        "- **FFT: Multiple Object Tracking by Flowing and Fusing** "
        "[[paper]](https://link.zhihu.com/?target=https%3A//arxiv.org/pdf/2001.11180)\n")
    assert [p.arxiv_id for p in found.values()] == ["2305.07027", "2001.11180"]


def test_a_method_name_in_brackets_after_a_whole_citation_is_a_note():
    # ict-bigdatalab/awesome-pretrained-models-for-information-retrieval (49 lines): "(**JPQ**)" had been the summary,
    # and "SIGIR 2015.(**DeepTR**)" no venue
    found = papers(
        "## Papers\n\n- [Jointly Optimizing Query Encoder and Product Quantization](https://arxiv.org/abs/2108.00644) "
        "*Jingtao Zhan et.al.* CIKM 2021. [[code](https://github.com/jingtaozhan/JPQ)] (**JPQ**)\n"
        "- [Learning to Reweight Terms with Distributed Representations.](https://dl.acm.org/doi/pdf/10.1145/2766462."
        "2767700) *Guoqing Zheng, Jamie Callan* SIGIR 2015.(**DeepTR**)\n")
    assert [(p.venue, p.notes, p.summary) for p in found.values()] == [
        ("CIKM 2021", ["JPQ"], None), ("SIGIR 2015", ["DeepTR"], None)]


def test_bold_title_lines_with_a_post_among_them_are_still_one_paper_a_line():
    # irom-princeton/awesome-robotics-video-world-model-papers: a "[[Blog]]" line had ended the rule above, and
    # the paragraph had been one entry
    found = papers(
        "## Interactive\n\n"
        "**Genie: Generative Interactive Environments** (2024) [[Paper]](https://arxiv.org/abs/2402.15391) — *ICML*  \n"
        "**Genie 2: A Large-Scale Foundation World Model** (2024) [[Blog]](https://deepmind.google/discover/blog/genie-2/)"
        " — *Google DeepMind*  \n"
        "**GameGen-X: Interactive Open-World Game Video Generation** (2024) [[Paper]](https://arxiv.org/abs/2411.00769)\n")
    assert [p.arxiv_id for p in found.values()] == ["2402.15391", None, "2411.00769"]
