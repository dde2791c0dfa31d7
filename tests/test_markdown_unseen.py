"""Shapes of real lists outside the development set (``../shared/fixtures/real-lists``).

Issue 15 is measured on lists we do not have, so the reader was tried on other public
paper lists, and what it read wrong there is held here with their own lines (the
repository is named above each test). Labels follow the development set's rules.
"""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def test_a_date_before_the_title_gives_the_year_and_is_not_title():
    # LqNoob/speech-synthesis-paper-list; zhaochen0110/Awesome_Think_With_Images
    found = papers(
        "## Neural Codec\n\n"
        "- [2021/07] **SoundStream: An End-to-End Neural Audio Codec** [[paper](https://arxiv.org/abs/2107.03312)]"
        "[[code](https://github.com/google/lyra)][[demo](https://google-research.github.io/seanet/soundstream/examples/)]"
        " :heavy_check_mark:\n"
        "- [2024.03] **Some Paper About Speech** [[paper](https://arxiv.org/abs/2403.00001)]\n"
        "- [Mar 2024] **Another Paper About Speech** [[paper](https://arxiv.org/abs/2403.00002)]\n"
        "- (2021/07) **A Third Paper About Speech** [[paper](https://arxiv.org/abs/2107.00003)]\n")
    sound = found["SoundStream: An End-to-End Neural Audio Codec"]
    assert (sound.year, sound.venue, sound.arxiv_id, sound.links["code"]) == (
        2021, None, "2107.03312", "https://github.com/google/lyra")
    assert [(p.title, p.year) for p in found.values()][1:] == [
        ("Some Paper About Speech", 2024), ("Another Paper About Speech", 2024), ("A Third Paper About Speech", 2021)]


def test_a_venue_introduced_by_in_ends_the_title():
    # zeke-xie/deep-learning-dynamics-paper-list
    found = papers(
        "## Saddle points\n\n"
        "- Gradient descent only converges to minimizers. In *COLT 2016*. "
        "[[pdf](http://proceedings.mlr.press/v49/lee16.pdf)]\n"
        "- Gradient descent can take exponential time to escape saddle points. In *NeurIPS 2017*/ "
        "[[pdf](https://proceedings.neurips.cc/paper/2017/file/f79921bbae40a577928b76d2fc3edc2a-Paper.pdf)]\n"
        "- Sharp minima can generalize for deep nets, In Proceedings of ICML 2017. "
        "[[pdf](http://proceedings.mlr.press/v70/dinh17b/dinh17b.pdf)]\n")
    assert [(title, p.venue, p.year, p.summary) for title, p in found.items()] == [
        ("Gradient descent only converges to minimizers", "COLT 2016", 2016, None),
        ("Gradient descent can take exponential time to escape saddle points", "NeurIPS 2017", 2017, None),
        ("Sharp minima can generalize for deep nets", "ICML 2017", 2017, None)]
    assert found["Gradient descent only converges to minimizers"].url == "http://proceedings.mlr.press/v49/lee16.pdf"


def test_a_title_that_begins_with_in_keeps_it():
    """Only a venue after "In" is a venue: "In Defense of ..." is a title's words."""
    found = papers("## Papers\n\n- In Defense of the Triplet Loss for Person Re-Identification. "
                   "[[pdf](https://arxiv.org/abs/1703.07737)]\n")
    assert list(found) == ["In Defense of the Triplet Loss for Person Re-Identification"]


def test_venue_prefixes_named_by_publisher_and_abbreviation_or_in_words():
    # Yorkson-huang/awesome-affective-computing
    found = papers(
        "## Multimodal Emotion Recognition\n\n"
        "- [ACM MM 2023] **Graph to Grid: Learning Deep Representations for MER** | "
        "[[Paper](https://dl.acm.org/doi/10.1145/3581783.3612074)] [[Code](https://github.com/Jinminbox/G2G)]\n"
        "- [Neural Networks 2025] **DialogueLLM: Context and emotion knowledge-tuned LLMs for MERC** | "
        "[[Paper](https://www.sciencedirect.com/science/article/abs/pii/S0893608025007828)]\n")
    assert [(title, p.venue, p.year) for title, p in found.items()] == [
        ("Graph to Grid: Learning Deep Representations for MER", "ACM MM 2023", 2023),
        ("DialogueLLM: Context and emotion knowledge-tuned LLMs for MERC", "Neural Networks 2025", 2025)]
    assert found["Graph to Grid: Learning Deep Representations for MER"].links == {
        "code": "https://github.com/Jinminbox/G2G"}


def test_a_bold_phrase_opening_a_paragraph_of_prose_is_not_a_paper():
    # Yorkson-huang/awesome-affective-computing: its introduction. (A bold paragraph alone is still
    # an entry: the reading-notes style writes a paper known only by its title so.)
    parsed = parse(
        "# Awesome Affective Computing\n\n"
        "## Introduction\n\n"
        "**Affective Computing (AC)** is an interdisciplinary field spanning computer science, psychology, and "
        "cognitive science.\n\n"
        "## Surveys\n\n"
        "- [Arxiv 2025.09] **Multimodal Large Language Models Meet Multimodal Emotion Recognition and Reasoning: "
        "A Survey** | [[Paper](https://arxiv.org/pdf/2509.24322)]\n")
    assert [e.data.arxiv_id for e in parsed.entries] == ["2509.24322"]


def test_a_few_italic_words_after_the_links_are_a_tag_not_authors_or_description():
    # LqNoob/speech-synthesis-paper-list
    found = papers(
        "## Codec\n\n"
        "- [2023/05] **HiFi-Codec: Group-residual Vector quantization for High Fidelity Audio Codec** "
        "[[paper](https://arxiv.org/abs/2305.02765v2)][[code](https://github.com/yangdongchao/AcademiCodec)] "
        "*AcademiCodec* :heavy_check_mark:\n"
        "- [2024/07] **Robust Zero-Shot Text-to-Speech Synthesis with Reverse Inference Optimization** "
        "[[paper](https://arxiv.org/abs/2407.02243)][[demo](https://ripo2024.github.io/)] *Human FeedBack*\n"
        "- [2024/07] **dMel: Speech Tokenization made Simple** [[paper](https://arxiv.org/abs/2407.15835)] "
        "*code comming soon*\n")
    assert [(p.authors, p.summary, p.notes) for p in found.values()] == [
        ([], None, ["AcademiCodec"]), ([], None, ["Human FeedBack"]), ([], None, ["code comming soon"])]
    assert found["HiFi-Codec: Group-residual Vector quantization for High Fidelity Audio Codec"].links == {
        "code": "https://github.com/yangdongchao/AcademiCodec"}


def test_authors_in_italics_on_their_own_line_are_still_authors():
    found = papers("## Diffusion\n\n**Understanding Diffusion Models: A Unified Perspective** \\\n*Calvin Luo* \\\n"
                   "arXiv 2022. [[Paper](https://arxiv.org/abs/2208.11970)]\n")
    assert [a.name for a in found["Understanding Diffusion Models: A Unified Perspective"].authors] == ["Calvin Luo"]


def test_a_dataset_table_with_a_paper_link_gives_papers_by_their_name():
    # Yorkson-huang/awesome-affective-computing: "a dataset row with its own Paper column is a paper"
    found = papers(
        "## Datasets and Benchmarks\n\n"
        "| Source | Dataset Name | Description / Modality | Links |\n"
        "| :--- | :--- | :--- | :--- |\n"
        "| [AAAI 2026] | **EmoVid** | Multimodal Emotion Video Dataset for Video Generation | "
        "[[Paper](https://arxiv.org/pdf/2511.11002)] [[Code](https://zane-zyqiu.github.io/EmoVid/)] |\n"
        "| [Arxiv 2025.11] | **EM2LDL** | Multilingual Speech Corpus for Mixed Emotion Recognition | "
        "[[Paper](https://arxiv.org/abs/2511.20106v1)] [[Code](https://github.com/xingfengli/EM2LDL)] |\n"
        "| [TAC 2025] | **SEED-MYA** | A Novel Myanmar Multimodal Dataset for Enhancing Emotion Recognition | "
        "[[Paper](https://ieeexplore.ieee.org/document/11072296)] |\n")
    assert [(title, p.venue, p.year, p.arxiv_id, p.url) for title, p in found.items()] == [
        ("EmoVid", "AAAI 2026", 2026, "2511.11002", None),
        ("EM2LDL", "Arxiv 2025", 2025, "2511.20106", None),  # (as the labels of s12l write "arXiv 2024.11")
        ("SEED-MYA", "TAC 2025", 2025, None, "https://ieeexplore.ieee.org/document/11072296")]
    assert found["EM2LDL"].summary == "Multilingual Speech Corpus for Mixed Emotion Recognition"
    assert found["EM2LDL"].links == {"code": "https://github.com/xingfengli/EM2LDL"}


def test_a_quoted_title_after_its_nickname_with_the_venue_after_it():
    # hexdjx/Visual-Tracking-Paper-List: the year is the heading's
    found = papers(
        "## 2019\n"
        "* DiMP: \"Learning Discriminative Model Prediction for Tracking\" ICCV. [[Paper]](http://openaccess.thecvf.com/"
        "content_ICCV_2019/html/Bhat_Learning_Discriminative_Model_Prediction_for_Tracking_ICCV_2019_paper.html) "
        "[[Code]](https://github.com/visionml/pytracking)   \n"
        "  将相关滤波跟踪范式设计成端到端可训练的在线目标分类分支 \n"
        "* \"ATOM: Accurate Tracking by Overlap Maximization\" CVPR. [[Paper]](http://openaccess.thecvf.com/"
        "content_CVPR_2019/html/Danelljan_ATOM_Accurate_Tracking_by_Overlap_Maximization_CVPR_2019_paper.html) "
        "[[Code]](https://github.com/visionml/pytracking)  \n")
    dimp = found["Learning Discriminative Model Prediction for Tracking"]
    assert (dimp.venue, dimp.year, dimp.notes, dimp.links) == (
        "ICCV 2019", 2019, ["DiMP"], {"code": "https://github.com/visionml/pytracking"})
    assert dimp.summary == "将相关滤波跟踪范式设计成端到端可训练的在线目标分类分支"
    assert found["ATOM: Accurate Tracking by Overlap Maximization"].venue == "CVPR 2019"


def test_a_title_link_in_angle_brackets_then_by_authors_and_year():
    # apexrl/RL-Exploration-Paper-Lists
    found = papers(
        "## MAB exploration\n\n"
        "* <[Value-difference based exploration: adaptive control between epsilon-greedy and softmax]"
        "(https://pdfs.semanticscholar.org/acff/a6cd58fa6a686592c465cb8ecda4534c3664.pdf)> by Michel Tokic and "
        "Günther Palm, 2011.\n"
        "* <[Finite-time regret bounds for the multiarmed bandit problem](http://citeseerx.ist.psu.edu/viewdoc/"
        "download?doi=10.1.1.57.4710&rep=rep1&type=pdf)> by Nicolo Cesa-Bianchi and Paul Fischer, 1998.\n")
    assert [(title, [a.name for a in p.authors], p.year, p.summary) for title, p in found.items()] == [
        ("Value-difference based exploration: adaptive control between epsilon-greedy and softmax",
         ["Michel Tokic", "Günther Palm"], 2011, None),
        ("Finite-time regret bounds for the multiarmed bandit problem", ["Nicolo Cesa-Bianchi", "Paul Fischer"],
         1998, None)]
    assert found["Finite-time regret bounds for the multiarmed bandit problem"].url.startswith(
        "http://citeseerx.ist.psu.edu/viewdoc/download")


def test_a_date_badge_gives_the_year():
    # zhaochen0110/Awesome_Think_With_Images
    found = papers(
        "## Think with Images\n\n"
        "- [Visual CoT: Unleashing Chain-of-Thought Reasoning in Multi-Modal Language Models]"
        "(https://arxiv.org/abs/2403.16999) ![](https://img.shields.io/badge/abs-2024.03-red)\n"
        "- [Visual Thoughts: A Unified Perspective of Understanding Multimodal Chain-of-Thought]"
        "(https://arxiv.org/abs/2505.15510) ![](https://img.shields.io/badge/abs-2025.05-red)\n")
    assert [(p.arxiv_id, p.year, p.venue, p.summary) for p in found.values()] == [
        ("2403.16999", 2024, None, None), ("2505.15510", 2025, None, None)]


def test_an_arxiv_link_with_a_slash_typed_twice():
    # jxzhangjhu/Awesome-LLM-Prompt-Optimization
    found = papers("## Papers\n\n**Some Prompt Optimization Paper** \\\narXiv 2023. "
                   "[[Paper](https://arxiv.org/abs//2310.11589)]\n")
    (paper,) = found.values()
    assert (paper.arxiv_id, paper.url, paper.venue) == ("2310.11589", None, "arXiv 2023")


def test_a_bold_title_whose_details_are_nested_bullets():
    # benedekrozemberczki/awesome-graph-classification: the bold item was taken for a heading
    found = papers(
        "## Spectral and Statistical Fingerprints\n\n"
        "- **NetLSD (KDD 2018)**\n"
        "  - Anton Tsitsulin, Davide Mottin, Panagiotis Karras, Alex Bronstein, and Emmanuel Müller\n"
        "  - [[Paper]](https://arxiv.org/abs/1805.10712)\n"
        "  - [[Python Reference]](https://github.com/xgfs/NetLSD)\n"
        "- **Fast Computation of Graph Kernels (NIPS 2006)**\n"
        "  - S. V. N. Vishwanathan, Karsten M. Borgwardt, and Nicol N. Schraudolph\n"
        "  - [[Paper]](http://www.dbs.ifi.lmu.de/~borgward/papers/VisBorSch06.pdf)\n")
    netlsd = found["NetLSD"]
    assert (netlsd.venue, netlsd.year, netlsd.arxiv_id, netlsd.links) == (
        "KDD 2018", 2018, "1805.10712", {"code": "https://github.com/xgfs/NetLSD"})
    assert [a.name for a in netlsd.authors] == [
        "Anton Tsitsulin", "Davide Mottin", "Panagiotis Karras", "Alex Bronstein", "Emmanuel Müller"]
    assert netlsd.tags == ["Spectral and Statistical Fingerprints"]
    kernels = found["Fast Computation of Graph Kernels"]
    assert (kernels.venue, kernels.url) == ("NIPS 2006", "http://www.dbs.ifi.lmu.de/~borgward/papers/VisBorSch06.pdf")


def test_authors_and_venue_on_a_nested_bullet():
    # TimeLovercc/Awesome-Graph-Causal-Learning
    found = papers(
        "## Causal\n\n"
        "- Interpretable and Generalizable Graph Learning via Stochastic Attention Mechanism.\n"
        "  [[pdf]](https://proceedings.mlr.press/v162/miao22a/miao22a.pdf)\n"
        "  [[code]](https://github.com/Graph-COM/GSAT)\n"
        "  - Siqi Miao, Miaoyuan Liu, and Pan Li. *ICML*, 2022.\n")
    (paper,) = found.values()
    assert ([a.name for a in paper.authors], paper.venue, paper.year, paper.notes) == (
        ["Siqi Miao", "Miaoyuan Liu", "Pan Li"], "ICML 2022", 2022, [])


def test_a_group_of_linked_papers_under_a_bold_item_stays_a_group():
    """Nested bullets that are papers of their own are not details of the bold line."""
    found = papers("## Vision\n\n- **Transformers**\n"
                   "  - [An Image is Worth 16x16 Words](https://arxiv.org/abs/2010.11929)\n"
                   "  - [Swin Transformer](https://arxiv.org/abs/2103.14030)\n")
    assert list(found) == ["An Image is Worth 16x16 Words", "Swin Transformer"]
    assert found["Swin Transformer"].tags == ["Vision/Transformers"]


def test_a_venue_and_year_then_a_colon_before_the_title():
    # FelixDJC/Awesome-Graph-Anomaly-Detection
    found = papers(
        "## Survey\n\n"
        "1. TKDE 2021: A Comprehensive Survey on Graph Anomaly Detection with Deep Learning "
        "[[Paper]](https://arxiv.org/abs/2106.07178)\n"
        "5. ICDE 2023: Unsupervised Graph Outlier Detection: Problem, Revisit, New Insight, and Method "
        "[[Paper]](https://arxiv.org/abs/2210.12941) [[Code]](https://github.com/goldenNormal/vgod-github)\n")
    assert [(title, p.venue, p.year) for title, p in found.items()] == [
        ("A Comprehensive Survey on Graph Anomaly Detection with Deep Learning", "TKDE 2021", 2021),
        ("Unsupervised Graph Outlier Detection: Problem, Revisit, New Insight, and Method", "ICDE 2023", 2023)]


def test_a_title_with_a_colon_keeps_it():
    """Only a venue with its year before a colon is a venue: "GPT-4: ..." stays whole."""
    found = papers("## Papers\n\n- GPT-4 Technical Report: Details [[Paper]](https://arxiv.org/abs/2303.08774)\n"
                   "- Mamba: Linear-Time Sequence Modeling with Selective State Spaces "
                   "[[Paper]](https://arxiv.org/abs/2312.00752)\n")
    assert list(found) == ["GPT-4 Technical Report: Details",
                           "Mamba: Linear-Time Sequence Modeling with Selective State Spaces"]


def test_a_venue_in_brackets_inside_the_title_link():
    # kaize0409/awesome-graph-data-augmentaion: "Name | Paper" table
    found = papers(
        "## Node-level\n\n| Name | Paper |\n|---|---|\n"
        "|GAUG|[[AAAI 2021] Data Augmentation for Graph Neural Networks]"
        "(https://www.aaai.org/AAAI21Papers/AAAI-10012.ZhaoT.pdf) [[Code]](https://github.com/zhao-tong/GAug)|\n"
        "|FP|[[arXiv] On the Unreasonable Effectiveness of Feature Propagation in Learning on Graphs with Missing "
        "Node Features](https://arxiv.org/abs/2111.12128)|\n")
    gaug = found["Data Augmentation for Graph Neural Networks"]
    assert (gaug.venue, gaug.year, gaug.links["code"]) == ("AAAI 2021", 2021, "https://github.com/zhao-tong/GAug")
    fp = found["On the Unreasonable Effectiveness of Feature Propagation in Learning on Graphs with Missing "
               "Node Features"]
    assert (fp.venue, fp.arxiv_id) == ("arXiv", "2111.12128")


def test_an_arxiv_link_to_its_ftp_copy():
    # TimeLovercc/Awesome-Graph-Causal-Learning
    found = papers("## Causal\n\n- A Survey of Some Causal Graph Paper.\n"
                   "  [[pdf]](https://arxiv.org/ftp/arxiv/papers/2211/2211.03374.pdf)\n")
    assert [(p.arxiv_id, p.url) for p in found.values()] == [("2211.03374", None)]


def test_a_dataset_table_without_a_paper_column_gives_no_papers():
    # FelixDJC/Awesome-Graph-Anomaly-Detection
    parsed = parse(
        "#### Injected Datasets\n\n"
        "| **Dataset**     | **Nodes** | **Edges** | **Features** | **Anomalies** | **URL**   |\n"
        "|:---------------:|:---------:|:---------:|:--------------:|:-------------:|:----------------------------------:|\n"
        "| **BlogCatalog** | 5196      | 171743    | 8189           | 300           | "
        "[[BlogCatalog]](https://github.com/GRAND-Lab/CoLA/) |\n"
        "| **ACM**         | 16484     | 71980     | 8337           | 600           | "
        "[[ACM]](https://github.com/GRAND-Lab/CoLA/) |\n")
    assert parsed.entries == []
    assert sorted({reason for _, reason in parsed.skipped}) == [
        "under 'Injected Datasets', a heading of datasets, models or projects; links no paper"]


def test_a_bold_question_in_the_preface_is_not_a_paper():
    # TimeLovercc/Awesome-Graph-Causal-Learning
    found = papers(
        "# Awesome Graph Causal Learning\n\n"
        "This repository contains a list of **Graph Causal Learning** resources.\n\n"
        "**Why Causal Learning?**\n"
        ">Causality connotes lawlike necessity, whereas probabilities connote exceptionality.    --Judea Pearl\n\n"
        "## Survey\n\n"
        "- Deep Causal Learning: Representation, Discovery and Inference.\n"
        "  [[pdf]](https://arxiv.org/pdf/2211.03374.pdf)\n")
    assert list(found) == ["Deep Causal Learning: Representation, Discovery and Inference"]


def test_a_citation_after_a_dash_then_the_description_after_the_link():
    # leezythu/Awesome-Harness-Self-Improvement (等 is "et al."); the English form is the same shape
    found = papers(
        "## Self-Improvement\n\n"
        "- **Reflexion** — \"Language Agents with Verbal Reinforcement Learning\". Shinn 等. *NeurIPS* 2023. "
        "[[论文]](https://arxiv.org/abs/2303.11366) — 将反馈转为言语反思，存入记忆。\n"
        "- **Let's Verify Step by Step** — Lightman 等. *ICLR* 2024. [[论文]](https://arxiv.org/abs/2305.20050) "
        "— 过程监督胜过结果监督；发布 PRM800K。\n"
        "- **Self-Refine: Iterative Refinement with Self-Feedback** — Madaan et al. *NeurIPS* 2023. "
        "[[paper]](https://arxiv.org/abs/2303.17651) — The model critiques and rewrites its own output.\n")
    assert [(title, [a.name for a in p.authors], p.venue, p.summary) for title, p in found.items()] == [
        ("Language Agents with Verbal Reinforcement Learning", ["Shinn"], "NeurIPS 2023",
         "将反馈转为言语反思，存入记忆。"),
        ("Let's Verify Step by Step", ["Lightman"], "ICLR 2024", "过程监督胜过结果监督；发布 PRM800K。"),
        ("Self-Refine: Iterative Refinement with Self-Feedback", ["Madaan"], "NeurIPS 2023",
         "The model critiques and rewrites its own output.")]
    assert found["Language Agents with Verbal Reinforcement Learning"].notes == ["Reflexion"]


def test_a_dash_then_a_description_is_still_the_description():
    found = papers("## Agents\n\n- **ReAct: Synergizing Reasoning and Acting** — interleaves reasoning traces "
                   "and actions. [[paper]](https://arxiv.org/abs/2210.03629)\n")
    (paper,) = found.values()
    assert (paper.summary, paper.authors) == ("interleaves reasoning traces and actions.", [])


def test_a_venue_in_brackets_linking_the_paper_then_the_title():
    # yinyunie/3D-Shape-Analysis-Paper-List: every entry had the title "["
    found = papers(
        "## 3D Detection\n\n"
        "- [[Arxiv](https://arxiv.org/abs/2201.06493v1)] AutoAlign: Pixel-Instance Feature Aggregation for "
        "Multi-Modal 3D Object Detection\n"
        "- [[CVPR2021](https://openaccess.thecvf.com/content/CVPR2021/papers/Tian_To_the_Point.pdf)] To the Point: "
        "Efficient 3D Object Detection in the Range Image\n"
        "- [[Arxiv](https://arxiv.org/abs/2112.06375)] Embracing Single Stride 3D Object Detector with Sparse "
        "Transformer [[github](https://github.com/TuSimple/SST)]\n")
    assert [(title, p.venue, p.arxiv_id, p.summary) for title, p in found.items()] == [
        ("AutoAlign: Pixel-Instance Feature Aggregation for Multi-Modal 3D Object Detection", "Arxiv", "2201.06493",
         None),
        ("To the Point: Efficient 3D Object Detection in the Range Image", "CVPR 2021", None, None),
        ("Embracing Single Stride 3D Object Detector with Sparse Transformer", "Arxiv", "2112.06375", None)]
    assert found["Embracing Single Stride 3D Object Detector with Sparse Transformer"].links == {
        "code": "https://github.com/TuSimple/SST"}


def test_a_name_before_the_title_link_is_a_nickname():
    # Haulyn5/Audio-Speech-Generation-Paper-List; Shuijing725/awesome-robot-social-navigation
    found = papers(
        "## Speech\n\n"
        "* **VALL-E**: [Neural Codec Language Models are Zero-Shot Text to Speech Synthesizers]"
        "(https://arxiv.org/abs/2301.02111) (2023-01, Microsoft)\n"
        "- (NCLT) [University of Michigan North Campus Long-Term Vision and Lidar Dataset]"
        "(https://robots.engin.umich.edu/nclt/), IJRR 2010.\n"
        "- (L-CAS) [Online Learning for Human Classification in 3D LiDAR-based Tracking]"
        "(https://ieeexplore.ieee.org/document/8202247), IROS 2017\n"
        "- (CVPR 2023) [A Paper With Its Venue Before The Link](https://arxiv.org/abs/2303.00001)\n")
    assert [(title, p.venue, p.notes) for title, p in found.items()] == [
        ("Neural Codec Language Models are Zero-Shot Text to Speech Synthesizers", None, ["VALL-E", "Microsoft"]),
        ("University of Michigan North Campus Long-Term Vision and Lidar Dataset", "IJRR 2010", ["NCLT"]),
        ("Online Learning for Human Classification in 3D LiDAR-based Tracking", "IROS 2017", ["L-CAS"]),
        ("A Paper With Its Venue Before The Link", "CVPR 2023", [])]
    assert found["Neural Codec Language Models are Zero-Shot Text to Speech Synthesizers"].year == 2023


def test_a_date_and_its_maker_in_parentheses_give_the_year_not_a_summary():
    # Haulyn5/Audio-Speech-Generation-Paper-List: "(2023-06, Google)" came first in the summary
    found = papers(
        "## Speech\n\n"
        "* **AudioPaLM**: [AudioPaLM: A Large Language Model That Can Speak and Listen]"
        "(https://arxiv.org/abs/2306.12925) (2023-06, Google) [[Demo](https://google-research.github.io/seanet/"
        "audiopalm/examples/)] A large language model which fuses text-based and speech-based language models.\n")
    paper = found["AudioPaLM: A Large Language Model That Can Speak and Listen"]
    assert (paper.year, paper.notes) == (2023, ["AudioPaLM", "Google"])
    assert paper.summary == "A large language model which fuses text-based and speech-based language models."


def test_sections_written_under_the_contents_heading_hold_their_papers():
    # showlab/Awesome-Robotics-Diffusion: "## Table of Contents", then every section at "###". The contents
    # heading's own lines are no papers; the sections under it are its, as the document nests them (the
    # labellers of uclanlp/awesome-fairness-papers, cedrickchee/awesome-ml-model-compression and
    # WLiK/LLM4Rec-Awesome-Papers, 54 papers, all wrote "Contents / Paper List / Surveys" so)
    parsed = parse(
        "# Awesome Robotics Diffusion\n\n## Table of Contents\n\n- [Benchmarks](#benchmarks)\n"
        "- [Diffusion as Policy](#diffusion-as-policy)\n\n### Benchmarks\n\n"
        "+ [Meta-World: A Benchmark and Evaluation for Multi-Task and Meta Reinforcement Learning]"
        "(https://arxiv.org/abs/1910.10897) (CoRL 2020)\n\n### Diffusion as Policy\n\n"
        "+ [Learning Complex Dexterous Manipulation with Deep Reinforcement Learning and Demonstrations]"
        "(https://arxiv.org/abs/1709.10087) (RSS 2018)\n")
    assert [(e.data.arxiv_id, e.data.venue, e.data.tags) for e in parsed.entries] == [
        ("1910.10897", "CoRL 2020", ["Table of Contents/Benchmarks"]),
        ("1709.10087", "RSS 2018", ["Table of Contents/Diffusion as Policy"])]
    assert parsed.sections == ["Table of Contents", "Table of Contents/Benchmarks",
                               "Table of Contents/Diffusion as Policy"]
    assert [line for line, _ in parsed.skipped] == [5, 6]  # the contents lines


def test_a_subsection_of_tutorials_is_still_not_papers():
    """Only a contents heading ends at its first subheading; "## Tutorials" / "### Videos" stays skipped."""
    parsed = parse("## Papers\n\n- [A Paper On Reading Lists](https://arxiv.org/abs/2401.00001)\n\n"
                   "## Tutorials\n\n### Videos\n\n- [A Talk About Reading Lists](https://www.youtube.com/watch?v=x)\n")
    assert [e.data.arxiv_id for e in parsed.entries] == ["2401.00001"]


def test_a_venue_named_in_words_after_the_title_link():
    # Shuijing725/awesome-robot-social-navigation (and its "## Navigation" is a topic, not site navigation)
    found = papers(
        "## Navigation\n\n"
        "- [Socially aware motion planning with deep reinforcement learning](https://arxiv.org/abs/1703.08862), "
        "Robotics and Autonomous Systems 2013.\n"
        "- [Another paper on crowd motion](https://arxiv.org/abs/1703.08863), Robotica 2015.\n"
        "- [A third paper on crowd motion](https://arxiv.org/abs/1703.08864), T-RO 2011.\n"
        "- [A fourth paper on crowd motion](https://arxiv.org/abs/1703.08866), a simple baseline for 2020.\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [
        ("Robotics and Autonomous Systems 2013", 2013, None), ("Robotica 2015", 2015, None),
        ("T-RO 2011", 2011, None), (None, None, "a simple baseline for 2020.")]


def test_nested_authors_code_and_publisher_bullets_beside_notes():
    # opendilab/awesome-diffusion-model-in-rl
    found = papers(
        "### Arxiv\n\n"
        "- [Diffusion Policies as an Expressive Policy Class for Offline Reinforcement Learning]"
        "(https://arxiv.org/abs/2208.06193)\n"
        "  - Zhendong Wang, Jonathan J Hunt, Mingyuan Zhou\n"
        "  - Publisher:  NeurIPS Deep RL Workshop 2022\n"
        "  - Key: Offline RL, Policy Optimization\n"
        "  - Code: [official](https://github.com/zhendong-wang/diffusion-policies-for-offline-rl), "
        "[unofficial](https://github.com/twitter/diffusion-rl)\n"
        "  - ExpEnv: [MuJoco](https://github.com/openai/mujoco-py), [D4RL](https://github.com/rail-berkeley/d4rl)\n")
    (paper,) = found.values()
    assert [a.name for a in paper.authors] == ["Zhendong Wang", "Jonathan J Hunt", "Mingyuan Zhou"]
    assert (paper.venue, paper.year) == ("NeurIPS Deep RL Workshop 2022", 2022)
    assert paper.links == {"code": "https://github.com/zhendong-wang/diffusion-policies-for-offline-rl"}
    assert paper.notes == ["Key: Offline RL, Policy Optimization",  # (the environments' links kept)
                           "ExpEnv: MuJoco (https://github.com/openai/mujoco-py), D4RL (https://github.com/rail-berkeley/d4rl)"]


def test_papers_nested_under_a_paper_or_after_a_bold_review_are_papers_of_their_own():
    # Shuijing725/awesome-robot-social-navigation: 8 papers were notes of the entry above them
    found = papers(
        "## Planners\n\n"
        "- (TEB) [Time Elastic Band Planner](https://wiki.ros.org/teb_local_planner), paper series 2012-2017.\n"
        "  - (Human-aware TEB) [Human-Aware Navigation Planner for Diverse Human-Robot Contexts]"
        "(https://arxiv.org/abs/2106.09971), IROS 2021.\n\n"
        "## Simulators\n\n"
        "**Review**: [A Review of Software for Crowd Simulation](https://example.org/review.pdf).\n\n"
        "- (HuNavSim) [HuNavSim: A ROS 2 Human Navigation Simulator for Benchmarking]"
        "(https://arxiv.org/pdf/2305.01303), RAL 2023.\n"
        "- (Arena 4.0) [Arena 4.0: A Comprehensive ROS2 Development Platform](https://arxiv.org/abs/2409.12471), "
        "arXiv 2024.\n")
    assert [(p.arxiv_id, p.venue, p.tags) for p in found.values()] == [
        (None, None, ["Planners"]), ("2106.09971", "IROS 2021", ["Planners"]),
        (None, None, ["Simulators"]), ("2305.01303", "RAL 2023", ["Simulators"]),
        ("2409.12471", "arXiv 2024", ["Simulators"])]
    assert found["Time Elastic Band Planner"].notes == ["TEB", "paper series 2012-2017"]  # (when, not what it does)


def test_authors_and_venue_in_one_italic_run():
    # WooooDyy/LLM-Agent-Paper-List, FudanSELab/Agent4SE-Paper-List
    found = papers(
        "## Agents\n\n"
        "* [2024/05] **MARE: Multi-Agents Collaboration Framework for Requirements Engineering.** *Jin et al. Arxiv.* "
        "[[paper](https://arxiv.org/pdf/2405.03256)]\n"
        "- [2023/03] [Self-Refine: Iterative Refinement with Self-Feedback.](https://arxiv.org/abs/2303.17651) "
        "*Aman Madaan et al.arXiv.* [[paper](https://arxiv.org/abs/2303.17651)]\n"
        "- [2022/10] [Some Pretrained Model Paper.](https://arxiv.org/abs/2210.00001) "
        "*Felix Hill(University of Cambridge) et al. arXiv.*\n"
        "- [2023/05] [Another Agent Paper.](https://arxiv.org/abs/2305.00001) *Meriem Beloucif et al. EMNLP.*\n")
    assert [([a.name for a in p.authors], p.venue, p.year, p.summary) for p in found.values()] == [
        (["Jin"], "Arxiv 2024", 2024, None), (["Aman Madaan"], "arXiv 2023", 2023, None),
        (["Felix Hill"], "arXiv 2022", 2022, None),
        (["Meriem Beloucif"], "EMNLP", 2023, None)]  # (a preprint's date is its year; never a conference's)


def test_nested_details_after_an_emoji_date_publisher_and_tldr():
    # OSU-NLP-Group/GUI-Agents-Paper-List
    found = papers(
        "## Benchmarks\n\n"
        "- [GUIDE: A Benchmark for Understanding and Assisting Users in Open-Ended GUI Tasks]"
        "(https://arxiv.org/abs/2603.25864)\n"
        "    - Saelyne Yang, Jaesang Yu, Yi-Hao Peng, Kevin Qinghong Lin, Jae Won Cho\n"
        "    - 📅 Date: March 26, 2026\n"
        "    - 📑 Publisher: CVPR 2026\n"
        "    - 📖 TLDR: A benchmark for evaluating GUI agents' ability to understand and assist users.\n")
    (paper,) = found.values()
    assert (paper.venue, paper.year, len(paper.authors), paper.summary) == (
        "CVPR 2026", 2026, 5, "A benchmark for evaluating GUI agents' ability to understand and assist users.")
    assert paper.notes == []


def test_italic_authors_end_a_plain_title():
    # WooooDyy/LLM-Agent-Paper-List: the 13 entries of "Embodied Action"
    found = papers(
        "## Embodied Action\n\n"
        "- [2023/07] Interactive language: Talking to robots in real time *Corey Lynch et al. IEEE(RAL)* "
        "[[paper](https://arxiv.org/pdf/2210.06407.pdf)]\n"
        "- [2020/04] Experience Grounds Language *Yonatan Bisk et al. EMNLP* [[paper](https://arxiv.org/abs/2004.10151)]\n"
        "- Efficient _Video Classification_ Using Fewer Frames [[paper](https://arxiv.org/abs/1902.10640)]\n")
    assert list(found) == ["Interactive language: Talking to robots in real time", "Experience Grounds Language",
                           "Efficient Video Classification Using Fewer Frames"]
    assert (found["Experience Grounds Language"].venue, found["Experience Grounds Language"].year) == ("EMNLP", 2020)


def test_papers_written_as_headings_with_their_notes_under_them():
    # inspire-group/adv-patch-paper-list; Meirtz/Awesome-LLM-Model-Editing
    parsed = parse(
        "## Image Classification\n\n### Attacks\n\n"
        "#### [Adversarial Patch](https://arxiv.org/abs/1712.09665)\n\n"
        "arXiv 1712; NeurIPS workshop 2017\n\n"
        "1. **The first paper** that explicitly introduces the concept of **adversarial patch** attacks\n"
        "2. Demonstrate a universal **physical** world attack\n\n"
        "#### [LaVAN: Localized and Visible Adversarial Noise](https://arxiv.org/abs/1801.02608)\n\n"
        "arXiv 1801; ICML 2018\n\n"
        "### 2. [Revisiting the Superficial Alignment Hypothesis](https://arxiv.org/pdf/2410.03717)\n"
        "**Summary**: The paper challenges the Superficial Alignment Hypothesis.\n\n"
        "### Defenses\n\n- [Some Defense Paper Title](https://arxiv.org/abs/2002.10733)\n")
    assert [(e.data.title, e.data.arxiv_id, e.data.tags) for e in parsed.entries] == [
        ("Adversarial Patch", "1712.09665", ["Image Classification/Attacks"]),
        ("LaVAN: Localized and Visible Adversarial Noise", "1801.02608", ["Image Classification/Attacks"]),
        ("Revisiting the Superficial Alignment Hypothesis", "2410.03717", ["Image Classification/Attacks"]),
        ("Some Defense Paper Title", "2002.10733", ["Image Classification/Defenses"])]
    assert parsed.entries[0].data.notes == [
        "arXiv 1712; NeurIPS workshop 2017",
        "The first paper that explicitly introduces the concept of adversarial patch attacks",
        "Demonstrate a universal physical world attack"]
    assert (parsed.entries[2].data.summary, parsed.entries[2].data.notes) == (
        "The paper challenges the Superficial Alignment Hypothesis.", [])  # (its own "**Summary**:" says so)


def test_a_heading_that_links_a_repository_or_an_anchor_is_still_a_heading():
    parsed = parse("## [Awesome Vision Lists](https://github.com/lab/awesome-vision)\n\n"
                   "- [A Paper On Vision Lists](https://arxiv.org/abs/2401.00001)\n\n"
                   "## [Language](#language)\n\n- [A Paper On Language Lists](https://arxiv.org/abs/2401.00002)\n")
    assert [e.data.tags for e in parsed.entries] == [["Awesome Vision Lists"], ["Language"]]


def test_a_why_read_it_column_is_the_summary():
    # nick7nlp/Awesome-LLM-On-Policy-Distillation
    found = papers("## Reading\n\n| Paper | Why Read It |\n|---|---|\n"
                   "| [**MiniLLM**](https://arxiv.org/abs/2306.08543) | Shows Reverse-KL beats Forward-KL for "
                   "mode-seeking small students. |\n")
    assert [(p.arxiv_id, p.summary) for p in found.values()] == [
        ("2306.08543", "Shows Reverse-KL beats Forward-KL for mode-seeking small students.")]


def test_prose_that_cites_a_paper_is_not_an_entry():
    # inspire-group/adv-patch-paper-list
    parsed = parse(
        "## Preliminaries\n\n"
        "Example of localized adversarial patch attack (image from [Brown et al.](https://arxiv.org/abs/1712.09665)):\n\n"
        "1. Nevertheless, we are still interested in studying attack detection defense. There is "
        "[an interesting paper](https://arxiv.org/abs/2107.11630) discussing the connection between these two.\n\n"
        "## Attacks\n\n- Adversarial Patch [[paper]](https://arxiv.org/abs/1712.09665)\n")
    assert [e.data.title for e in parsed.entries] == ["Adversarial Patch"]
    assert {reason for _, reason in parsed.skipped} == {"prose citing a paper, not an entry"}


def test_a_sentence_that_links_its_own_survey_is_not_an_entry():
    # nick7nlp/Awesome-LLM-On-Policy-Distillation: "Version evolution of our" became a paper's title
    parsed = parse(
        "## Survey Version History\n\n"
        "> Version evolution of our [survey paper](https://arxiv.org/abs/2604.00626).\n\n"
        "## Papers\n\n- Survey Paper On Distillation [[paper](https://arxiv.org/abs/2604.00626)]\n"
        "- Distillation of the Survey [paper](https://arxiv.org/abs/2604.00627)\n")
    assert [e.data.title for e in parsed.entries] == ["Survey Paper On Distillation", "Distillation of the Survey"]
    assert parsed.skipped == [(3, "prose citing a paper, not an entry")]


def test_a_bold_label_over_papers_named_in_short_is_not_a_paper():
    """A highlights line seen while auditing unseen knowledge-distillation lists (session 8):
    the bold text with its colon is a label, the links name papers the list gives in full
    below. Read as an entry, the label became the title of the first paper, and the full
    entry of that paper later in the list was merged under it."""
    parsed = parse(
        "## Highlights\n\n"
        '**"If you only read 3 papers":** [GKD](https://arxiv.org/abs/2306.13649) + '
        "[MiniLLM](https://arxiv.org/abs/2306.08543) + [DistiLLM](https://arxiv.org/abs/2402.03898)\n\n"
        "## Papers\n\n"
        "- **On-Policy Distillation of Language Models: Learning from Self-Generated Mistakes** "
        "[[paper](https://arxiv.org/abs/2306.13649)] ICLR 2024\n")
    assert [(e.data.title, e.data.arxiv_id) for e in parsed.entries] == [
        ("On-Policy Distillation of Language Models: Learning from Self-Generated Mistakes", "2306.13649")]
    assert parsed.skipped == [(3, "a label over papers named in short (GKD, MiniLLM, DistiLLM), not an entry")]
    assert parsed.sections == ["Papers"]


def test_a_bold_title_with_a_colon_and_its_own_links_is_still_a_paper():
    found = papers(
        "## Papers\n\n"
        "- **Direct Preference Optimization:** [[paper](https://arxiv.org/abs/2305.18290)] "
        "[[code](https://github.com/eric-mitchell/direct-preference-optimization)]\n"
        "- **Scaling Laws for Reward Model Overoptimization** [GKD](https://arxiv.org/abs/2210.10760) "
        "[follow-up](https://arxiv.org/abs/2306.13649)\n")
    assert [(p.title, p.arxiv_id) for p in found.values()] == [
        ("Direct Preference Optimization", "2305.18290"),
        ("Scaling Laws for Reward Model Overoptimization", "2210.10760")]


def test_ieee_style_references_give_venue_and_year_not_a_summary():
    """References pasted from a paper's bibliography, IEEE style: the venue comes with volume,
    number and pages, and an "[Online]. Available:" before the link; a list means the venue and
    the year, and none of it is a description."""
    found = papers(
        "## Detection\n\n"
        '1. J. Redmon, S. Divvala, R. Girshick, and A. Farhadi, "You Only Look Once: Unified, Real-Time '
        'Object Detection," in Proc. IEEE CVPR, 2016, pp. 779–788. [[pdf](https://arxiv.org/abs/1506.02640)]\n'
        '2. T.-Y. Lin, P. Goyal, R. Girshick, K. He, and P. Dollár, "Focal Loss for Dense Object Detection," '
        "IEEE Trans. Pattern Anal. Mach. Intell., vol. 42, no. 2, pp. 318–327, 2020. [Online]. Available: "
        "https://arxiv.org/abs/1708.02002\n")
    assert [(t, p.venue, p.year, p.summary, p.arxiv_id, [a.name for a in p.authors][:2])
            for t, p in found.items()] == [
        ("You Only Look Once: Unified, Real-Time Object Detection", "IEEE CVPR 2016", 2016, None, "1506.02640",
         ["J. Redmon", "S. Divvala"]),
        ("Focal Loss for Dense Object Detection", "IEEE Trans. Pattern Anal. Mach. Intell. 2020", 2020, None,
         "1708.02002", ["T.-Y. Lin", "P. Goyal"])]


def test_a_journal_is_told_from_authors_before_a_year():
    from paperctl.formats.markdown import fields

    assert [(t.venue, t.authors) for t in map(fields.citation_tail, [
        "Pattern Recognition Letters, 2020", "Journal of Machine Learning Research, 2020",
        "Jaeyeon Jang & Chang Ouk Kim. IEEE 2021", "Eric P. Xing, 2020"])] == [
        ("Pattern Recognition Letters 2020", []), ("Journal of Machine Learning Research 2020", []),
        ("IEEE 2021", ["Jaeyeon Jang", "Chang Ouk Kim"]), (None, ["Eric P. Xing"])]


def test_a_citation_that_begins_with_its_authors_gives_them_and_the_title():
    """``Authors. Title. Venue Year.``, the order of most bibliography styles (initials end
    sentences too); the title no longer begins with the author list."""
    found = papers(
        "## Vision\n\n"
        "- S. Ren, K. He, R. Girshick, and J. Sun. Faster R-CNN: Towards Real-Time Object Detection with "
        "Region Proposal Networks. NeurIPS 2015. [[arXiv](https://arxiv.org/abs/1506.01497)]\n"
        "- Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun. Deep Residual Learning for Image Recognition. "
        "CVPR 2016. [[paper](https://arxiv.org/abs/1512.03385)]\n"
        "- Ashish Vaswani, Noam Shazeer, Niki Parmar, et al. Attention Is All You Need. In NeurIPS, 2017. "
        "[[pdf](https://arxiv.org/abs/1706.03762)]\n")
    assert [(t, p.venue, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks", "NeurIPS 2015",
         ["S. Ren", "K. He", "R. Girshick", "J. Sun"]),
        ("Deep Residual Learning for Image Recognition", "CVPR 2016",
         ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"]),
        ("Attention Is All You Need", "NeurIPS 2017", ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"])]


def test_a_bold_titles_citation_after_its_full_stop_gives_authors_venue_and_year():
    """``**Title**. Authors. *Venue*, Year. [[PDF](..)]``: the citation read as one text
    whatever its italics, as after a dash; it was the summary, ". Long Ouyang, ...".
    A venue in a code span after the links is the venue too."""
    found = papers(
        "## Alignment\n\n"
        "* **Training language models to follow instructions with human feedback**. Long Ouyang, Jeff Wu. "
        "*NeurIPS*, 2022. [[PDF](https://arxiv.org/pdf/2203.02155)]\n"
        "- **Scaling Instruction-Finetuned Language Models** [[paper](https://arxiv.org/abs/2210.11416)] "
        "`JMLR 2024`\n"
        "- **Self-Instruct: Aligning Language Models with Self-Generated Instructions**. A list of seed tasks, "
        "then generated ones. [[paper](https://arxiv.org/abs/2212.10560)]\n")
    assert [(t, p.venue, p.year, [a.name for a in p.authors], p.summary, p.arxiv_id) for t, p in found.items()] == [
        ("Training language models to follow instructions with human feedback", "NeurIPS 2022", 2022,
         ["Long Ouyang", "Jeff Wu"], None, "2203.02155"),
        ("Scaling Instruction-Finetuned Language Models", "JMLR 2024", 2024, [], None, "2210.11416"),
        ("Self-Instruct: Aligning Language Models with Self-Generated Instructions", None, None, [],
         "A list of seed tasks, then generated ones.", "2212.10560")]


def test_a_labelled_link_before_the_title_is_a_link_not_the_title():
    """``[[Paper](..)] Title``: the title was "[" and the real title the summary."""
    found = papers(
        "## Link first\n\n"
        "- [[Paper](https://arxiv.org/abs/2005.14165)] Language Models are Few-Shot Learners\n"
        "- [[arXiv](https://arxiv.org/abs/2001.08361)] [[Code](https://github.com/openai/scaling)] "
        "Scaling Laws for Neural Language Models\n")
    assert [(t, p.arxiv_id, p.summary, p.links.get("code")) for t, p in found.items()] == [
        ("Language Models are Few-Shot Learners", "2005.14165", None, None),
        ("Scaling Laws for Neural Language Models", "2001.08361", None, "https://github.com/openai/scaling")]


def test_an_items_own_text_over_key_value_bullets_is_the_title():
    """A title with its details in ``Key: value`` bullets below it: the authors, venue,
    paper and code were read, but with no title key the paper was dropped (and its bullet
    of links skipped as "no title")."""
    parsed = parse(
        "## Reasoning\n\n"
        "- Chain-of-Thought Prompting Elicits Reasoning in Large Language Models\n"
        "  - Authors: Jason Wei, Xuezhi Wang\n"
        "  - Venue: NeurIPS 2022\n"
        "  - [Paper](https://arxiv.org/abs/2201.11903) | [Code](https://github.com/google/cot)\n")
    assert parsed.skipped == []
    [paper] = [e.data for e in parsed.entries]
    assert (paper.title, [a.name for a in paper.authors], paper.venue, paper.arxiv_id, paper.links.get("code")) == (
        "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models", ["Jason Wei", "Xuezhi Wang"],
        "NeurIPS 2022", "2201.11903", "https://github.com/google/cot")


def test_a_citation_line_under_a_paper_heading_gives_authors_and_venue():
    """A paper written as a heading, its citation on the next line and its description
    after: the citation was a note like the description."""
    parsed = parse(
        "## Papers\n\n"
        "### [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "*Ashish Vaswani, Noam Shazeer, Niki Parmar* — NeurIPS 2017\n\n"
        "Introduces the Transformer, based solely on attention.\n")
    [paper] = [e.data for e in parsed.entries]
    assert (paper.title, [a.name for a in paper.authors], paper.venue, paper.year, paper.notes) == (
        "Attention Is All You Need", ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"], "NeurIPS 2017", 2017,
        ["Introduces the Transformer, based solely on attention."])


def test_an_arxiv_badge_in_a_paper_column_is_the_paper_link():
    """``Date | Title | Paper | Code`` with ``[![arXiv](badge)](arXiv link)`` in the Paper
    column: the badge was read, and its paper link then thrown away with the cell's scratch."""
    found = papers(
        "## Reasoning\n\n"
        "| Date | Title | Paper | Code |\n|:---:|:---|:---:|:---:|\n"
        "| 2023-05 | **Tree of Thoughts: Deliberate Problem Solving with Large Language Models** | "
        "[![arXiv](https://img.shields.io/badge/arXiv-2305.10601-b31b1b.svg)](https://arxiv.org/abs/2305.10601) | "
        "[![Star](https://img.shields.io/github/stars/princeton-nlp/tree-of-thought-llm.svg?style=social)]"
        "(https://github.com/princeton-nlp/tree-of-thought-llm) |\n")
    [(title, paper)] = found.items()
    assert (title, paper.arxiv_id, paper.year, paper.venue, paper.links.get("code")) == (
        "Tree of Thoughts: Deliberate Problem Solving with Large Language Models", "2305.10601", 2023, None,
        "https://github.com/princeton-nlp/tree-of-thought-llm")


def test_a_venue_then_the_authors_after_a_title_link_is_no_summary():
    found = papers(
        "## Agents\n\n"
        "- [Self-Refine: Iterative Refinement with Self-Feedback](https://arxiv.org/abs/2303.17651), NeurIPS 2023, "
        "Aman Madaan, Niket Tandon\n")
    [(title, paper)] = found.items()
    assert (paper.venue, paper.year, [a.name for a in paper.authors], paper.summary) == (
        "NeurIPS 2023", 2023, ["Aman Madaan", "Niket Tandon"], None)


def test_an_abstract_in_details_under_an_entry_is_kept_as_a_note():
    """``<details><summary>Abstract</summary>...</details>`` on the line under an entry is an
    HTML block of the item, which was dropped; on lines of its own, its text was a note."""
    found = papers(
        "## Agents\n\n"
        "- **Generative Agents: Interactive Simulacra of Human Behavior** (UIST 2023) "
        "[[paper](https://arxiv.org/abs/2304.03442)]\n"
        "  <details><summary>Abstract</summary>Believable proxies of human behavior can empower "
        "interactive applications.</details>\n"
        "- **ReAct: Synergizing Reasoning and Acting in Language Models** [[paper](https://arxiv.org/abs/2210.03629)]\n"
        "  <details><summary>BibTeX</summary>@inproceedings{yao2023react}</details>\n"
        "  <img src=\"https://example.com/figure.png\" width=\"300\">\n")
    assert [(t, p.notes) for t, p in found.items()] == [
        ("Generative Agents: Interactive Simulacra of Human Behavior",
         ["Believable proxies of human behavior can empower interactive applications."]),
        ("ReAct: Synergizing Reasoning and Acting in Language Models", ["BibTeX: @inproceedings{yao2023react}"])]


def test_under_models_and_datasets_only_what_links_a_paper_is_one():
    """Lists put dataset and model papers under "## Datasets" and "## Models"; what links
    only a homepage there is the dataset or the model itself."""
    parsed = parse(
        "## Models\n\n"
        "- [Llama 3](https://ai.meta.com/blog/meta-llama-3/) - Meta's open model.\n"
        "- [Mistral 7B](https://arxiv.org/abs/2310.06825) - A 7-billion-parameter language model.\n\n"
        "## Datasets\n\n"
        "- [The Pile](https://pile.eleuther.ai/) - An 800GB dataset of diverse text.\n"
        "- [RedPajama: an Open Dataset for Training Large Language Models](https://arxiv.org/abs/2411.12372)\n\n"
        "## Papers\n\n"
        "- [A Survey of Large Language Models](https://example.org/llm-survey) - what a homepage names\n")
    assert [e.data.title for e in parsed.entries] == [
        "Mistral 7B", "RedPajama: an Open Dataset for Training Large Language Models",
        "A Survey of Large Language Models"]
    assert parsed.skipped == [(3, "under 'Models', a heading of datasets, models or projects; links no paper"),
                              (8, "under 'Datasets', a heading of datasets, models or projects; links no paper")]


def test_a_details_group_named_by_a_year_gives_its_papers_the_year():
    """``<details><summary>2024</summary>`` groups a section's papers by year, as a year
    heading does; the group was a section level, but gave no year."""
    found = papers(
        "<h2>Text-to-Video</h2>\n\n<details open>\n<summary>2024</summary>\n\n"
        "- **Lumiere: A Space-Time Diffusion Model for Video Generation** [[arXiv][lumiere]]\n\n"
        "</details>\n\n[lumiere]: https://arxiv.org/abs/2401.12945\n")
    [(title, paper)] = found.items()
    assert (paper.year, paper.venue, paper.arxiv_id, paper.tags) == (
        2024, "arXiv 2024", "2401.12945", ["Text-to-Video/2024"])


def test_a_link_word_label_a_bar_date_and_a_parenthesised_citation_are_not_the_title():
    """``Paper: [Title](..)`` was titled "Paper"; ``2023.03 | **Title** | ...`` lost "2023." as
    an item number and was titled "03"; ``Title (Bubeck et al., 2023)`` kept the citation in
    the title."""
    found = papers(
        "## Mixed\n\n"
        "- Paper: [Language Models are Unsupervised Multitask Learners](https://cdn.openai.com/"
        "better-language-models/language_models_are_unsupervised_multitask_learners.pdf)\n"
        "- 2023.03 | **GPT-4 Technical Report** | [paper](https://arxiv.org/abs/2303.08774)\n"
        "- Sparks of Artificial General Intelligence: Early experiments with GPT-4 (Bubeck et al., 2023) "
        "[arXiv](https://arxiv.org/abs/2303.12712)\n"
        "1. Revisiting the Superficial Alignment Hypothesis (Part II, 2024) [paper](https://arxiv.org/abs/2410.03717)\n")
    assert [(t, p.year, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Language Models are Unsupervised Multitask Learners", None, []),
        ("GPT-4 Technical Report", 2023, []),
        ("Sparks of Artificial General Intelligence: Early experiments with GPT-4", 2023, ["Bubeck"]),
        ("Revisiting the Superficial Alignment Hypothesis (Part II, 2024)", None, [])]


def test_a_section_number_and_authors_then_venue_after_a_dash():
    """``1.1 **Title**``: the whole number goes (it left "1 " in the title); ``[Title](..) -
    Authors - Venue Year``: the venue after a dash (the tail was the summary)."""
    found = papers(
        "## Diffusion\n\n"
        "1.1 **Score-Based Generative Modeling through Stochastic Differential Equations** "
        "[[paper](https://arxiv.org/abs/2011.13456)] ICLR 2021\n\n"
        "- [Classifier-Free Diffusion Guidance](https://arxiv.org/abs/2207.12598) - Jonathan Ho, Tim Salimans - "
        "NeurIPS Workshop 2021\n")
    assert [(t, p.venue, [a.name for a in p.authors], p.summary) for t, p in found.items()] == [
        ("Score-Based Generative Modeling through Stochastic Differential Equations", "ICLR 2021", [], None),
        ("Classifier-Free Diffusion Guidance", "NeurIPS 2021 Workshop", ["Jonathan Ho", "Tim Salimans"], None)]


def test_a_bracketed_nickname_before_the_title_is_not_its_venue():
    """``[CLIP] Title ... ICML'21``: an all-capitals word in brackets may be a venue
    (``[TNNLS] Title``) or the method's name; when a venue a list is known to cite follows
    with its year, the word was the name (it was the venue, and ICML 2021 a doubt)."""
    found = papers(
        "## Vision-language\n\n"
        "- 🌟 [CLIP] Learning Transferable Visual Models From Natural Language Supervision "
        "[paper](https://arxiv.org/abs/2103.00020) ICML'21\n"
        "- [TNNLS] Graph Neural Networks with Heterophily [paper](https://arxiv.org/abs/2009.13566)\n")
    assert [(t, p.venue, p.year, p.notes) for t, p in found.items()] == [
        ("Learning Transferable Visual Models From Natural Language Supervision", "ICML 2021", 2021, ["CLIP"]),
        ("Graph Neural Networks with Heterophily", "TNNLS", None, [])]


def test_an_italic_venue_after_a_comma_and_a_name_in_parentheses_are_not_the_title_or_venue():
    """``Title, *NeurIPS 2020* - [paper](..)`` kept the venue in its title; ``**Title** (Whisper),
    Radford et al., 2022`` made "Whisper 2022" the venue. "(Arxiv2024.02)" in the user's own
    list stays its venue as written, and "In *COLT 2016*" after a full stop is read as before."""
    found = papers(
        "## Speech\n\n"
        "- wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations, *NeurIPS 2020* - "
        "[paper](https://arxiv.org/abs/2006.11477)\n"
        "- **Robust Speech Recognition via Large-Scale Weak Supervision** (Whisper), Radford et al., 2022 "
        "[[paper](https://arxiv.org/abs/2212.04356)]\n"
        "- **Stepwise Self-Consistent Mathematical Reasoning with Large Language Models** (Arxiv2024.02) "
        "[[paper]](http://arxiv.org/abs/2402.17786)\n"
        "- Gradient descent only converges to minimizers. In *COLT 2016*. "
        "[[pdf](http://proceedings.mlr.press/v49/lee16.pdf)]\n")
    assert [(t, p.venue, p.year, [a.name for a in p.authors], p.notes) for t, p in found.items()] == [
        ("wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations", "NeurIPS 2020", 2020,
         [], []),
        ("Robust Speech Recognition via Large-Scale Weak Supervision", None, 2022, ["Radford"], ["Whisper"]),
        ("Stepwise Self-Consistent Mathematical Reasoning with Large Language Models", "Arxiv2024.02", 2024, [], []),
        ("Gradient descent only converges to minimizers", "COLT 2016", 2016, [], [])]


def test_a_bold_name_and_its_title_case_words_are_one_title_and_et_al_after_a_dash():
    """``**D4RL**: Datasets for Deep ... [[paper]]`` was titled "D4RL" with the rest of its
    title as summary; the bold name is an abbreviation prefix, which the labelling rules leave out
    of the title (``plain_title.name_before_plain_title``), and a note. ``**ReAct**: a method ...``
    keeps its description. ``(NeurIPS 2021) - Chen et al.`` kept the authors as the summary."""
    found = papers(
        "## Offline RL\n\n"
        "* **D4RL**: Datasets for Deep Data-Driven Reinforcement Learning [[paper](https://arxiv.org/abs/2004.07219)]\n"
        "* **ReAct**: a method that interleaves reasoning traces and actions [[paper](https://arxiv.org/abs/2210.03629)]\n"
        "* [Decision Transformer: Reinforcement Learning via Sequence Modeling](https://arxiv.org/abs/2106.01345) "
        "(NeurIPS 2021) - Chen et al.\n")
    assert [(t, p.summary, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Datasets for Deep Data-Driven Reinforcement Learning", None, []),
        ("ReAct", "a method that interleaves reasoning traces and actions", []),
        ("Decision Transformer: Reinforcement Learning via Sequence Modeling", None, ["Chen"])]


def test_a_journal_reference_and_a_stop_inside_the_bold_end_the_title():
    """``Title, Neurocomputing 2024, 570: 127144.``: the volume and article number after the
    journal kept it all in the title; ``**Title.** Authors. *IEEE TNNLS 2020*.``: with the
    full stop inside the bold, the citation was the summary."""
    found = papers(
        "## Graphs\n\n"
        "- Title With A Journal Reference, Neurocomputing 2024, 570: 127144. "
        "[paper](https://doi.org/10.1016/j.neucom.2024.127144)\n"
        "1. **A Comprehensive Survey on Graph Neural Networks.** Zonghan Wu, Shirui Pan. *IEEE TNNLS 2020*. "
        "[[pdf](https://arxiv.org/pdf/1901.00596.pdf)]\n")
    assert [(t, p.venue, p.year, [a.name for a in p.authors], p.summary) for t, p in found.items()] == [
        ("Title With A Journal Reference", "Neurocomputing 2024", 2024, [], None),
        ("A Comprehensive Survey on Graph Neural Networks", "IEEE TNNLS 2020", 2020, ["Zonghan Wu", "Shirui Pan"],
         None)]


def test_a_bold_name_then_a_dash_and_a_citation_in_parentheses_without_a_comma():
    """``**ELECTRA** - Pre-training Text Encoders ... - ICLR 2020 - [paper]``: the name and its
    words are the title, the venue after them; ``Title (Liu et al. 2019)`` was cut at "al."."""
    found = papers(
        "## Pretraining\n\n"
        "- **ELECTRA** - Pre-training Text Encoders as Discriminators Rather Than Generators - ICLR 2020 - "
        "[paper](https://arxiv.org/abs/2003.10555)\n"
        "- RoBERTa: A Robustly Optimized BERT Pretraining Approach (Liu et al. 2019) "
        "[[paper]](https://arxiv.org/abs/1907.11692)\n")
    assert [(t, p.venue, p.year, [a.name for a in p.authors], p.summary) for t, p in found.items()] == [
        ("ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators", "ICLR 2020", 2020, [], None),
        ("RoBERTa: A Robustly Optimized BERT Pretraining Approach", None, 2019, ["Liu"], None)]


def test_a_name_and_a_long_dash_before_a_plain_title_is_a_note():
    """``T5 — Exploring the Limits of ...``: the method's name, then the paper's title."""
    found = papers(
        "## Pretraining\n\n"
        "- T5 — Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer, JMLR 2020 "
        "[[pdf](https://arxiv.org/abs/1910.10683)]\n"
        "- GPT-2 — a model that writes text [[pdf](https://example.org/gpt2.pdf)]\n")
    assert [(t, p.venue, p.notes) for t, p in found.items()] == [
        ("Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", "JMLR 2020", ["T5"]),
        ("GPT-2 — a model that writes text", None, [])]
