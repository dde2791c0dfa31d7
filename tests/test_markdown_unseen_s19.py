"""Shapes of real lists found by the sixteenth blind labelling round (``bench/unseen-lists/s19a``-``s19h``) and
by the junk summaries left in earlier rounds' lists, held with the lists' own lines (the repository is named
in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def test_keyword_tags_after_the_links_are_notes_not_the_summary():
    # ZumingHuang/awesome-ocr-resources (every entry): "\[text-detection\]\[text-recognition\]" had been the summary
    found = papers(
        "## 2018\n\n"
        "**Verisimilar Image Synthesis for Accurate Detection and Recognition of Texts in Scenes**  \n"
        "Fangneng Zhan, Shijian Lu, Chuhui Xue  \n"
        "\\[[ECCV](https://arxiv.org/abs/1807.03021)\\]\\[text-detection\\]\\[text-recognition\\]\n")
    paper = found["Verisimilar Image Synthesis for Accurate Detection and Recognition of Texts in Scenes"]
    assert (paper.summary, paper.venue, paper.arxiv_id) == (None, "ECCV 2018", "1807.03021")
    assert paper.notes == ["text-detection", "text-recognition"]  # (its tags, one note each)


HFUT = (
    "- (AAAI 2020) [Neural cognitive diagnosis for intelligent education systems]"
    "(https://ojs.aaai.org/index.php/AAAI/article/view/6080) NCDM+(CNCD-Q)\n"
    "- (ITS 2008) [Comparing two IRT models for conjunctive skills](https://dl.acm.org/doi/10.1007/978-3-540-69132-7_111)"
    " AFM\n"
    "- (2009) [Performance Factors Analysis --A New Alternative to Knowledge Tracing]"
    "(https://dl.acm.org/doi/10.5555/1659450.1659529) PFA\n"
    "- (SIGIR 2022) [Assessing Student's Dynamic Knowledge State by Exploring the Question Difficulty Effect]"
    "(https://dl.acm.org/doi/10.1145/3477495.3531939) DIMKT\n"
    "- (CIKM 2020) [RKT: Relation-Aware Self-Attention for Knowledge Tracing]"
    "(https://arxiv.org/pdf/2008.12736.pdf) RKT\n"
    "- (ICDM 2018) [Prerequisite-Driven Deep Knowledge Tracing](https://ieeexplore.ieee.org/abstract/document/8594828)"
    " P-DKTC\n")


def test_a_list_that_names_the_method_after_every_title_keeps_the_names_as_notes():
    # HFUT-LEC/awesome-student-cognitive-modeling (118 of 160 entries): the method's name had been the summary
    found = papers(HFUT)
    assert [(p.summary, p.notes) for p in found.values()] == [
        (None, ["NCDM+(CNCD-Q)"]), (None, ["AFM"]), (None, ["PFA"]), (None, ["DIMKT"]), (None, ["RKT"]),
        (None, ["P-DKTC"])]
    assert found["Neural cognitive diagnosis for intelligent education systems"].venue == "AAAI 2020"


def test_one_name_after_a_title_in_a_list_that_describes_its_papers_stays_the_summary():
    # the user's own list: "[[paper]](..) LLaVA" is the entry's description, among others that are sentences
    found = papers(
        "1. **Visual Instruction Tuning** (NeurIPS 2023) [[paper]](https://arxiv.org/abs/2304.08485) LLaVA\n"
        "2. **Language Models are Few-Shot Learners** [[paper]](https://arxiv.org/abs/2005.14165) GPT-3 shows"
        " in-context learning at scale\n"
        "3. **Attention Is All You Need** [[paper]](https://arxiv.org/abs/1706.03762) Transformer, the architecture\n")
    assert [p.summary for p in found.values()] == [
        "LLaVA", "GPT-3 shows in-context learning at scale", "Transformer, the architecture"]


def test_a_workshop_named_in_words_in_italics_is_the_venue_and_the_italic_names_below_the_authors():
    # RZFan525/AI4FormalMathReasoning: the workshop and the authors' line had been one summary
    found = papers(
        "1. **Temperature-scaled large language models for Lean proofstep prediction.** *The 3rd Workshop on"
        " Mathematical Reasoning and AI at NeurIPS 2023* [[pdf](https://mathai2023.github.io/papers/25.pdf)]\n\n"
        "    *Fabian Gloeckle, Baptiste Roziere, Amaury Hayat, Gabriel Synnaeve*\n")
    paper = found["Temperature-scaled large language models for Lean proofstep prediction"]
    assert (paper.venue, paper.year, paper.summary) == (
        "The 3rd Workshop on Mathematical Reasoning and AI at NeurIPS 2023", 2023, None)
    assert [a.name for a in paper.authors] == [
        "Fabian Gloeckle", "Baptiste Roziere", "Amaury Hayat", "Gabriel Synnaeve"]


def test_a_citations_fields_each_in_brackets_author_title_venue():
    # CharlesKangZhou/awesome-anomaly-detection-in-medical-images (30 lines): "[Baur" had been the title, and
    # three papers were merged into others by such titles
    found = papers(
        "- [Baur _et. al._] [Scale-Space Autoencoders for Unsupervised Anomaly Segmentation in Brain MRI] [MICCAI'20]"
        " [[google scholar]](https://scholar.google.com/scholar?q=Scale-Space) [[pdf]](https://arxiv.org/abs/2006.12852)\n"
        "- [Alex _et. al._] [Generative adversarial networks for brain lesion detection] [Medical Imaging 2017: Image"
        " Processing] [[pdf]](https://www.spiedigitallibrary.org/conference-proceedings-of-spie/10133/1/x.full)\n"
        "- [Chen _et. al._] [Deep generative models in the real-world: An open challenge from medical imaging]"
        " [arxiv, 2018] [[pdf]](https://arxiv.org/abs/1806.05452)\n"
        "- [SALAD: Self-Supervised Aggregation Learning for Anomaly Detection on X-Rays] [MICCAI'20]\n")
    assert [(t, p.venue, p.year, [a.name for a in p.authors], p.arxiv_id) for t, p in found.items()] == [
        ("Scale-Space Autoencoders for Unsupervised Anomaly Segmentation in Brain MRI", "MICCAI 2020", 2020, ["Baur"],
         "2006.12852"),
        ("Generative adversarial networks for brain lesion detection", "Medical Imaging 2017: Image Processing", 2017,
         ["Alex"], None),
        ("Deep generative models in the real-world: An open challenge from medical imaging", "arxiv 2018", 2018,
         ["Chen"], "1806.05452"),
        ("SALAD: Self-Supervised Aggregation Learning for Anomaly Detection on X-Rays", "MICCAI 2020", 2020, [], None)]


def test_a_chemists_reference_on_the_line_below_gives_the_authors_and_the_journal():
    # sherrylixuecheng/awesome-ai4chem (44 entries): the journal had been read as one more author, and no venue
    found = papers(
        "7. [Combining machine learning and computational chemistry for predictive insights into chemical systems]"
        "(https://pubs.acs.org/doi/10.1021/acs.chemrev.1c00107)\n"
        "    J. A. Keith, V. Vassilev-Galindo, B. Cheng, & A. Tkatchenko, Chemical Reviews **121**(16),"
        " 9816–9872 (2021)\n"
        "2. [Learning retrosynthetic planning through simulated experience.]"
        "(https://pubs.acs.org/doi/full/10.1021/acscentsci.9b00055)\n"
        "    John S. Schreck, Connor W. Coley, & Kyle J. M. Bishop, ACS Central Science **5**(6), 970-981 (2019)"
        " [Reinforcement learning]\n")
    assert [(p.venue, p.year, [a.name for a in p.authors], p.notes) for p in found.values()] == [
        ("Chemical Reviews 2021", 2021, ["J. A. Keith", "V. Vassilev-Galindo", "B. Cheng", "A. Tkatchenko"], []),
        ("ACS Central Science 2019", 2019, ["John S. Schreck", "Connor W. Coley", "Kyle J. M. Bishop"],
         ["[Reinforcement learning]"])]


def test_an_html_link_never_closed_links_the_rest_of_the_line():
    # chakravarthi589/Video-Question-Answering_Resources (76 lines): "<a href=..>[Paper]" with no "</a>" had
    # been no link, and 34 of its papers were left out as having no evidence
    found = papers(
        "## 2024\n\n"
        "- Short Film Dataset (SFD): A Benchmark for Story-Level Video Understanding "
        "<a href=\"https://arxiv.org/abs/2406.10221\"  target=\"_blank\">[Paper]\n"
        "- Zero-Shot Video Question Answering via Frozen Bidirectional Language Models (**NeurIPS**) "
        "<a href=\"https://proceedings.neurips.cc/paper/2022/file/00d1f03b87a401b1c7957e0cc785d0bc-Paper.pdf\""
        " target=\"_blank\">[Paper]\n")
    assert [(t, p.arxiv_id, p.url, p.venue) for t, p in found.items()] == [
        ("Short Film Dataset (SFD): A Benchmark for Story-Level Video Understanding", "2406.10221", None, None),
        ("Zero-Shot Video Question Answering via Frozen Bidirectional Language Models", None,
         "https://proceedings.neurips.cc/paper/2022/file/00d1f03b87a401b1c7957e0cc785d0bc-Paper.pdf", "NeurIPS 2024")]


def test_a_venue_in_a_cell_between_bars_and_in_an_intro_bullet_under_a_bold_title():
    # YvesXu/panoptic-segmentation-paper-list (21 lines): "| TCSVT'20 |" had been a note; amusi/awesome-object-detection
    # (48 of its intro bullets): "- intro: CVPR 2017" had been a note
    found = papers(
        "- SpatialFlow: Bridging All Tasks for Panoptic Segmentation | TCSVT'20 |[[paper]](https://ieeexplore.ieee.org/"
        "stamp/stamp.jsp?tp=&arnumber=9180262) [[code]](https://github.com/chensnathan/SpatialFlow)\n\n"
        "**Speed/accuracy trade-offs for modern convolutional object detectors**\n\n"
        "- intro: CVPR 2017\n- arxiv: <https://arxiv.org/abs/1611.10012>\n\n"
        "**Accurate Single Stage Detector Using Recurrent Rolling Convolution**\n\n"
        "- intro: CVPR 2017. SenseTime\n- arxiv: <https://arxiv.org/abs/1704.05776>\n")
    assert [(t, p.venue, p.year, p.notes) for t, p in found.items()] == [
        ("SpatialFlow: Bridging All Tasks for Panoptic Segmentation", "TCSVT 2020", 2020, []),
        ("Speed/accuracy trade-offs for modern convolutional object detectors", "CVPR 2017", 2017, []),
        ("Accurate Single Stage Detector Using Recurrent Rolling Convolution", None, None,
         ["intro: CVPR 2017. SenseTime"])]


def test_a_label_bullet_over_citation_paragraphs_gives_a_paper_a_paragraph():
    # quchangle1/LLM-Tool-Survey (66 of 125 citations): "BLEU" had been the title, the citations its summary
    found = papers(
        "- Response Generation\n"
        "  - BLEU\n    \n"
        "    **Bleu: a Method for Automatic Evaluation of Machine Translation**, ACL 2002. "
        "[[Paper]](https://aclanthology.org/P02-1040/)\n"
        "  - Machine Translator\n    \n"
        "    **Toolformer: Language Models Can Teach Themselves to Use Tools**, NeurIPS 2023. "
        "[[Paper]](https://arxiv.org/abs/2302.04761)\n    \n"
        "    **Tool Learning with Foundation Models**, Preprint 2023. [[Paper]](http://arxiv.org/abs/2304.08354)\n")
    assert [(t, p.venue, p.notes) for t, p in found.items()] == [
        ("Bleu: a Method for Automatic Evaluation of Machine Translation", "ACL 2002", ["BLEU"]),
        ("Toolformer: Language Models Can Teach Themselves to Use Tools", "NeurIPS 2023", ["Machine Translator"]),
        ("Tool Learning with Foundation Models", "arXiv 2023", ["Machine Translator"])]


def test_an_arxiv_preprint_citation_in_brackets_and_a_security_venue_badge():
    # Trustworthy-AI-Group/TransferAttack (16 lines): the bracket and the authors below had been the summary;
    # Lilice-r/LLM-Watermark-Papers: "S&P%202025" badges had given no venue
    found = papers(
        "+ [Admix: Enhancing the Transferability of Adversarial Attacks](https://arxiv.org/abs/2102.00436)"
        " (arXiv preprint arXiv:2102.00436 2021)\n\n"
        "\tXiaosen Wang, Xuanran He, Jingdong Wang, Kun He.\n\n"
        "- **SoK: Watermarking for AI-Generated Content** [[paper]](https://arxiv.org/pdf/2411.18479)"
        " ![](https://img.shields.io/badge/S&P%202025-orange)\n")
    assert [(t, p.venue, p.year, len(p.authors), p.summary) for t, p in found.items()] == [
        ("Admix: Enhancing the Transferability of Adversarial Attacks", "arXiv 2021", 2021, 4, None),
        ("SoK: Watermarking for AI-Generated Content", "S&P 2025", 2025, 0, None)]


def test_a_gbt_reference_after_a_bold_title_and_its_tldr_paragraph():
    # Sen1553/Awesome-Continual-RL (36 entries): "[J]. arXiv preprint arXiv:2506.21872, 2025." had been the summary,
    # and the TL;DR paragraph a note
    found = papers(
        "- Pan C, Yang X, Li Y, et al. **A Survey of Continual Reinforcement Learning**[J]. arXiv preprint"
        " arXiv:2506.21872, 2025.[[Paper]](https://arxiv.org/abs/2506.21872)\n\n"
        "    `TL;DR: This paper provides an up-to-date and comprehensive survey of CRL.`\n\n"
        "- Meng Y, Bing Z, Yao X, et al. **Preserving and combining knowledge in robotic lifelong reinforcement"
        " learning**[J]. Nature Machine Intelligence, 2025: 1-14.[[Paper]](https://www.nature.com/articles/"
        "s42256-025-00983-2)\n")
    assert [(p.venue, p.year, p.summary, p.notes) for p in found.values()] == [
        ("arXiv 2025", 2025, "This paper provides an up-to-date and comprehensive survey of CRL.", []),
        ("Nature Machine Intelligence 2025", 2025, None, [])]


def test_bare_titles_under_a_venue_heading_and_a_bold_topic_line_are_papers():
    # forence/Awesome-Visual-Captioning (15 lines): "**Image Captioning**" had been a paper, its titles its notes
    found = papers(
        "### ACMMM-2021\n**Image Captioning**\n"
        "- Distributed Attention for Grounded Image Captioning   \n"
        "- Semi-Autoregressive Image Captioning   \n\n"
        "**Video Captioning**\n"
        "- State-aware Video Procedural Captioning [[paper]](https://dl.acm.org/doi/pdf/10.1145/3474085.3475322)\n")
    assert [(t, p.venue, p.tags) for t, p in found.items()] == [
        ("Distributed Attention for Grounded Image Captioning", "ACMMM 2021", ["ACMMM-2021/Image Captioning"]),
        ("Semi-Autoregressive Image Captioning", "ACMMM 2021", ["ACMMM-2021/Image Captioning"]),
        ("State-aware Video Procedural Captioning", "ACMMM 2021", ["ACMMM-2021/Video Captioning"])]


def test_a_bold_line_over_bullets_of_notes_stays_a_paper_with_notes():
    # the user's reading notes: a bold title, then bullets that are notes (not titles under a venue heading)
    found = papers(
        "**Attention Is All You Need** [paper](https://arxiv.org/abs/1706.03762)\n"
        "- Self-attention replaces recurrence entirely\n- Multi-head attention lets the model attend jointly\n")
    assert [(t, p.summary) for t, p in found.items()] == [
        ("Attention Is All You Need", "Self-attention replaces recurrence entirely")]


def test_a_year_month_lead_and_a_bracketed_venue_or_year_ending_a_title_link():
    # A-suozhang/awesome-quantization-and-fixed-point-training (31 links): "1810-" had been left in the title,
    # "(NIPS 2019)" too; HangLi216/Continual_Learning: "(2021)" ending the link text had given no year
    found = papers(
        "* [1810-Post training 4-bit quantization of convolutional networks for rapid-deployment(NIPS 2019)]"
        "(https://arxiv.org/abs/1810.05723)\n"
        "* [1906-Data-Free Quantization through weiht equailization & Bias Correction](https://arxiv.org/abs/1906.04721)\n"
        "- [Class-incremental learning: survey and performance evaluation on image classification. (2021)]"
        "(https://arxiv.org/abs/2010.15277)\n"
        "- [Deep Learning (Adaptive Computation and Machine Learning series)](https://example.org/dl.pdf)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Post training 4-bit quantization of convolutional networks for rapid-deployment", "NIPS 2019", 2019),
        ("Data-Free Quantization through weiht equailization & Bias Correction", None, 2019),
        ("Class-incremental learning: survey and performance evaluation on image classification", None, 2021),
        ("Deep Learning (Adaptive Computation and Machine Learning series)", None, None)]


def test_documentation_a_workshops_page_and_an_authors_blog_post_are_not_papers():
    # chakravarthi589/Video-Question-Answering_Resources, TianhaoFu/Awesome-3D-Object-Detection (12 workshop
    # lines), zhangxjohn/LLM-Agent-Benchmark-List: each had been imported as a paper
    parsed = parse(
        "3. **[LLAMA Docs](https://docs.llama-api.com/quickstart)**\n"
        "- [ICCV 2021 Workshop on Autonomous Vehicle Vision (AVVision)](https://avvision.xyz/iccv21/), "
        "[note](https://openaccess.thecvf.com/content/ICCV2021W/AVVision/papers/x.pdf)\n"
        "- [2023/11] **基于LLM Agent评估研究** *龚旭东* [[project page](https://zhuanlan.zhihu.com/p/669325175)]\n"
        "- [2023/10] **AgentBench: Evaluating LLMs as Agents** *Xiao Liu* [[paper](https://arxiv.org/abs/2308.03688)]\n")
    assert [e.data.title for e in parsed.entries] == ["AgentBench: Evaluating LLMs as Agents"]
    assert [why.split(",")[0] for _, why in parsed.skipped] == [
        "a link to docs.llama-api.com", "a workshop's or challenge's page", "a post on zhuanlan.zhihu.com"]


def test_a_venue_in_words_on_a_paper_badge_and_in_venue_between_dashes():
    # lingxitong/Awesome-Computational-Pathology (18 entries): a journal's abbreviation on the paper badge had
    # given no venue; acadTags/Awesome-medical-coding-NLP: "- in MLHC 2021 -" before a link had stayed in the summary
    found = papers(
        "- **Digital Pathology and Artificial Intelligence**. [![Paper](https://img.shields.io/badge/Paper-Lancet%20"
        "Oncol%202019-1f77b4.svg)](https://www.thelancet.com/journals/lanonc/article/PIIS1470-2045)\n\n"
        "-[Read, Attend, and Code: Pushing the Limits of Medical Codes Prediction from Clinical Notes by Machines]"
        "(https://arxiv.org/abs/2107.10650) - Attention-based model, human-level coding results - in MLHC 2021 - "
        "[leaderboard on paper with code](https://paperswithcode.com/sota/medical-code-prediction)\n")
    assert [(p.venue, p.year) for p in found.values()] == [("Lancet Oncol 2019", 2019), ("MLHC 2021", 2021)]


def test_tags_before_a_quoted_citation_and_an_arxiv_month_in_italic_brackets():
    # JosieHong/awesome-mass-spectrometry-ml, alina-mj/Awesome-Anomaly-Detection: "[Molformer] Wu, Fang, ..." had
    # been the title; usail-hkust/Awesome-Urban-Foundation-Models (54 entries): "(*arXiv 2024.3*)" had been a note
    found = papers(
        "- [AAAI 2023] [Molformer] Wu, Fang, Dragomir Radev, and Stan Z. Li. \"Molformer: Motif-based transformer on"
        " 3d heterogeneous molecular graphs.\" Proceedings of the AAAI Conference on Artificial Intelligence. Vol. 37."
        " No. 4. 2023. [[paper]](https://arxiv.org/abs/2110.01191)\n"
        "- [survey] Zhu, Sijie, Chen Chen, and Waqas Sultani. \"Video Anomaly Detection for Smart Surveillance.\""
        " arXiv preprint arXiv:2004.00222 (2020) | [paper](https://arxiv.org/abs/2004.00222)\n"
        "- (*arXiv 2024.3*) LAMP: A Language Model on the Map [[paper](https://arxiv.org/abs/2403.09059)]\n")
    assert [(t, p.venue, [a.name for a in p.authors], p.summary, p.notes[:1]) for t, p in found.items()] == [
        ("Molformer: Motif-based transformer on 3d heterogeneous molecular graphs", "AAAI 2023",
         ["Fang Wu", "Dragomir Radev", "Stan Z. Li"], None, ["Molformer"]),
        ("Video Anomaly Detection for Smart Surveillance", "arXiv 2020", ["Sijie Zhu", "Chen Chen", "Waqas Sultani"],
         None, ["survey"]),
        ("LAMP: A Language Model on the Map", "arXiv 2024", [], None, [])]


def test_an_apa_reference_in_a_link_naming_a_journal_with_its_volume_and_pages():
    # yataobian/awesome-ebm (15 entries): "Advances in Neural Information Processing Systems, 33, 6637-6647." had
    # been only a note
    found = papers(
        "- [ ] [Du, Y., Li, S., & Mordatch, I. (2020). \\\n"
        " Compositional visual generation with energy based models. Advances in Neural Information Processing"
        " Systems, 33, 6637-6647.](https://proceedings.neurips.cc/paper_files/paper/2020/hash/49856ed4-Abstract.html)\n")
    paper = found["Compositional visual generation with energy based models"]
    assert (paper.venue, paper.year, [a.name for a in paper.authors]) == (
        "Advances in Neural Information Processing Systems 2020", 2020, ["Y. Du", "S. Li", "I. Mordatch"])


def test_a_journal_whose_name_starts_in_lower_case():
    # kdmsit/Awesome-Crystal-GNNs (5 entries), WanyuGroup/AI-for-crystal-materials: "npj Computational Materials
    # 2022." had been the summary, or left in the title
    found = papers(
        "**(ALIGNN-d) Efficient and interpretable graph network representation for angle-dependent properties** \\\n"
        "*Tim Hsu, Tuan Anh Pham* \\\n"
        "npj Computational Materials  2022. [[Paper](https://www.nature.com/articles/s41524-022-00841-4)]\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [("npj Computational Materials 2022", 2022, None)]


def test_a_year_and_month_before_a_plain_title():
    # TianhaoFu/Awesome-3D-Object-Detection, ZJU-REAL/Awesome-GUI-Agents: "2021.04 " had been the title's start
    found = papers(
        "- 2021.04 Point-cloud based 3D object detection and classification methods for self-driving applications:"
        " A survey and taxonomy [paper](https://www.sciencedirect.com/science/article/pii/S1566253520304097)\n")
    assert [(t, p.year) for t, p in found.items()] == [
        ("Point-cloud based 3D object detection and classification methods for self-driving applications: A survey"
         " and taxonomy", 2021)]


def test_a_bare_paper_address_below_a_bold_title_is_its_link():
    # amusi/awesome-object-detection (18 entries): "<https://arxiv.org/abs/..>" had been a paper titled by its URL
    found = papers(
        "## ESSD\n\n**Tiny SSD: A Tiny Single-shot Detection Deep Convolutional Neural Network for Real-time Embedded"
        " Object Detection**\n\n<https://arxiv.org/abs/1802.06488>\n\n"
        "**Attention Is All You Need** [paper](https://arxiv.org/abs/1706.03762)\n\n<https://example.org/slides>\n")
    assert [(t, p.arxiv_id) for t, p in found.items()] == [
        ("Tiny SSD: A Tiny Single-shot Detection Deep Convolutional Neural Network for Real-time Embedded Object"
         " Detection", "1802.06488"),
        ("Attention Is All You Need", "1706.03762")]
