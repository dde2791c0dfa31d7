"""Shapes of real lists found by the twenty-seventh blind labelling round (``bench/unseen-lists/s30a``-
``s30h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.headings import heading_name
from paperctl.formats.markdown.reader import parse


def one(text: str):
    found = list(papers(text).values())
    assert len(found) == 1, found
    return found[0]


def test_et_al_in_italics_ends_a_plain_byline():
    # mqjyl/awesome-scene-graph (95 of 96 entries): "Name _et al_, `Venue Year`." after the title link
    paper = one("* [Scene Graph Generation by Iterative Message Passing](https://arxiv.org/abs/1701.02426) - "
                "Danfei Xu _et al_, `CVPR 2017`.  [[code]](https://github.com/danfeiX/scene-graph-TF-release)\n")
    assert (paper.authors[0].name, paper.venue, paper.summary) == ("Danfei Xu", "CVPR 2017", None)
    assert paper.links == {"code": "https://github.com/danfeiX/scene-graph-TF-release"}


def test_names_then_an_italic_title_link_then_an_abbreviated_venue():
    # jianing-li/awesome-neuromorphic-object-detection (92 lines): IEEE's reference style, the venue's short
    # name in brackets after its abbreviated name
    paper = one("- <a name=\"su2023deep\"></a> Su Q, Chou Y, Hu Y, et al., *[Deep directly-trained spiking neural "
                "networks for object detection](https://openaccess.thecvf.com/content/ICCV2023/html/Su.html)*, "
                "Proc. IEEE Int. Conf. Comput. Vis. (ICCV), 2023\n")
    assert paper.title == "Deep directly-trained spiking neural networks for object detection"
    assert (len(paper.authors), paper.venue, paper.year) == (3, "ICCV 2023", 2023)
    journal = one("- Li D, Tian Y, Li J, *[SODFormer: Streaming object detection with transformer using events and "
                  "frames](https://ieeexplore.ieee.org/abstract/document/10195232/)*, IEEE Trans. Pattern Anal. "
                  "Mach. Intell. (TPAMI), 2023.\n")
    assert (journal.title.startswith("SODFormer"), journal.venue) == (True, "TPAMI 2023")


def test_a_count_after_a_bold_group_name_is_not_its_name():
    # yclinhh/Awesome-Sign-Language and yangyang9912/Awesome-Human-Object-Relationship: "<b>2023</b> · 8
    # papers"; a count inside the name stays, as the labels of hanjianhua44/Awesome-VLA-Papers and
    # weimingwill/awesome-federated-learning keep it
    assert heading_name("<b>2023</b> &nbsp;·&nbsp; 8 papers") == "2023"
    assert heading_name("<strong>Fusion-based</strong> (7 papers)") == "Fusion-based"
    assert heading_name("End-to-End VLA Architecture (16)") == "End-to-End VLA Architecture (16)"
    assert heading_name("NeurIPS 2021 (32 Papers)") == "NeurIPS 2021 (32 Papers)"
    paper = one("## Isolated Sign Language Recognition\n\n<details open>\n"
                "<summary><b>2025</b> &nbsp;·&nbsp; 1 paper</summary>\n\n"
                "| Title | Authors | Venue | Paper |\n|:--|:--|:--|:-:|\n"
                "| Scaling up Multimodal Pre-training for Sign Language Understanding | Zhou et al. | `TPAMI` | — |\n"
                "\n</details>\n")
    assert (paper.venue, paper.tags) == ("TPAMI 2025", ["Isolated Sign Language Recognition/2025"])


def test_rows_that_do_not_fit_their_header_are_read_by_their_cells():
    # HKUST-LongGroup/Awesome-Open-Vocabulary-Detection-and-Segmentation: a five-column header over
    # three-cell rows (26 rows of the list)
    found = papers(
        "|Year|Venue|Keywords|Paper Abbr|Project|\n|:-:|:-:|:-:|-|-|\n"
        "|CVPR'23|[Open-Vocabulary Instance Segmentation via Robust Cross-Modal Pseudo-Labeling](https://arxiv.org/"
        "abs/2111.12698)|[Code](https://github.com/hbdat/cvpr22_cross_modal_pseudo_labeling)|\n"
        "|CVPR'23|[Mask-free OVIS](https://arxiv.org/abs/2303.16891)|[Code](https://github.com/Vibashan/Maskfree-OVIS)|\n"
        "|arXiv'23|[Betrayed by Captions: Joint Caption Grounding and Generation for Open Vocabulary Instance "
        "Segmentation](https://arxiv.org/abs/2301.00805)|[Code](https://github.com/jianzongwu/betrayed-by-captions)|\n")
    assert [(t[:30], p.venue, p.arxiv_id, p.links.get("code")) for t, p in found.items()] == [
        ("Open-Vocabulary Instance Segme", "CVPR 2023", "2111.12698",
         "https://github.com/hbdat/cvpr22_cross_modal_pseudo_labeling"),
        ("Mask-free OVIS", "CVPR 2023", "2303.16891", "https://github.com/Vibashan/Maskfree-OVIS"),
        ("Betrayed by Captions: Joint Ca", "arXiv 2023", "2301.00805",
         "https://github.com/jianzongwu/betrayed-by-captions")]


def test_where_the_authors_work_is_not_a_venue():
    # yangjunx21/Awesome-LLM-Calibration (20 author lines): "(University of Cambridge, 2023)", the venue below
    paper = one("  - **SelfCheckGPT: Zero-Resource Black-Box Hallucination Detection for Generative Large Language "
                "Models**\n\n      - *Potsawee Manakul, Adian Liusie, Mark J. F. Gales (University of Cambridge, "
                "2023)*\n      - `EMNLP 2023`\n      - [[Paper]](https://arxiv.org/abs/2303.08896)\n")
    assert ([a.name for a in paper.authors], paper.venue, paper.notes) == (
        ["Potsawee Manakul", "Adian Liusie", "Mark J. F. Gales"], "EMNLP 2023", ["University of Cambridge"])


def test_a_bold_venue_in_brackets_after_a_plain_title_takes_the_year_heading():
    # haoranD/Awesome-Human-Activity-Recognition (67 of 71 entries); a method's name in bold is not a venue
    found = papers(
        "## Papers\n\n### 2021\n\n"
        "- <a name=\"UNCLUSTER\"></a> Unsupervised Human Activity Representation Learning with Multi-task Deep "
        "Clustering (**IMWUT/ubicomp**) [[paper](https://dl.acm.org/doi/10.1145/3448074)]\n"
        "- <a name=\"DL4SAR\"></a> **[DL4SAR]** Deep Learning for Sensor-based Activity Recognition: A Survey "
        "(**Pattern Recognition Letters**) [[paper](https://www.sciencedirect.com/science/article/pii/"
        "S016786551830045X)]\n"
        "- Language, Camera, Autonomy! Prompt-engineered Robot Control for Rapidly Evolving Deployment (**CLEAR**) "
        "[[paper](https://arxiv.org/abs/2401.00002)]\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("Unsupervised Human Activity Representation Learning with Multi-task Deep Clustering",
         "IMWUT/ubicomp 2021"),
        ("Deep Learning for Sensor-based Activity Recognition: A Survey", "Pattern Recognition Letters 2021"),
        ("Language, Camera, Autonomy! Prompt-engineered Robot Control for Rapidly Evolving Deployment (CLEAR)",
         None)]


def test_a_journal_and_a_two_digit_year_in_code():
    # InfiniteNonsenseFear/Awesome-Neuromorphic-Autonomous-Driving (70 venues in code) and
    # ryhara/awesome-event-based-hand-pose-estimation ("`IEEE Sensors Journal 2026` **Title**")
    paper = one("* Loihi: A neuromorphic manycore processor with on-chip learning. `IEEE Micro 18` "
                "[[Paper](https://doi.org/10.1109/MM.2018.112130359)]\n")
    assert (paper.venue, paper.year) == ("IEEE Micro 2018", 2018)
    before = one("- `IEEE Sensors Journal 2026` **Tracking Fast by Learning From Slow: An Event-based "
                 "Speed-adaptive Hand Tracker** [[arXiv](https://arxiv.org/abs/2401.00001)]\n")
    assert (before.title, before.venue) == (
        "Tracking Fast by Learning From Slow: An Event-based Speed-adaptive Hand Tracker", "IEEE Sensors Journal 2026")


def test_a_short_name_and_a_comma_before_the_title_link():
    # chengguangtang/Visual-Dialogue-Papers (16 of ~45 entries); and "[Title](), et al., CVPR 2021", the
    # names not filled in yet
    found = papers(
        "* DVAN, [Dual Visual Attention Network for Visual Dialog](https://www.ijcai.org/Proceedings/2019/"
        "0693.pdf), Dan Guo et al., IJCAI 2019, [Code](https://github.com/gicheonkang/dan-visdial)\n"
        "* [Kaleido-BERT: Vision-Language Pre-training on Fashion Domain](), et al., CVPR 2021\n")
    assert [(t, p.venue, p.notes) for t, p in found.items()] == [
        ("Dual Visual Attention Network for Visual Dialog", "IJCAI 2019", ["DVAN"]),
        ("Kaleido-BERT: Vision-Language Pre-training on Fashion Domain", "CVPR 2021", [])]


def test_rows_without_a_header_after_rows_that_had_one():
    # (the rows after the second blank line are read with the first table's header, as those before them)
    parsed = parse("|Venue|Paper|\n|-|-|\n|ECCV'22|[Open-world Semantic Segmentation via Contrasting and "
                   "Clustering Vision-Language Embedding](https://arxiv.org/abs/2207.08455)|\n\n"
                   "|BMVC'22|[Open-vocabulary Semantic Segmentation with Frozen Vision-Language Models]"
                   "(https://arxiv.org/abs/2210.15138)|\n\n"
                   "|CVPR'23|[X-Decoder](https://arxiv.org/abs/2212.11270)|\n")
    assert [e.data.venue for e in parsed.entries] == ["ECCV 2022", "BMVC 2022", "CVPR 2023"]


def test_a_named_field_after_the_links_is_a_note_not_the_summary():
    # ryhara/awesome-event-based-hand-pose-estimation (51 entries): "· Task: pose, mesh, dataset"
    paper = one("- `IEEE Access 2026` **EventEgoHands++: Event-based Egocentric 3D Hand Mesh Reconstruction with "
                "Real Dataset**  \n  Ryosei Hara, Wataru Ikeda, Masashi Hatano, Mariko Isogawa  \n"
                "  [[DOI]](https://doi.org/10.1109/ACCESS.2026.3735008) [[arXiv]](https://arxiv.org/abs/2609.17189) "
                "[[Code]](https://github.com/ryhara/EventEgoHandsV2) · Task: pose, mesh, detection, dataset\n")
    assert (paper.venue, paper.summary, paper.notes) == (
        "IEEE Access 2026", None, ["Task: pose, mesh, detection, dataset"])


def test_web_pages_theses_and_contact_notes_are_not_papers():
    # metame-ai/awesome-llm-plaza (a page's title with its site's name), kuanhungchen/awesome-tiny-object-
    # detection ("- Quora" on quora.com), masamasa59/uncertainty-paper ("(PhD Thesis)"), JianhangYao/Awesome-
    # Open-Vocabulary-Object-Detection (a bold contact line)
    parsed = parse(
        "## Survey\n\n"
        "- [The Transformer Family | Lil'Log](https://lilianweng.github.io/posts/2020-04-07-the-transformer-family/)\n"
        "- [Extending Context is Hard | kaiokendev.github.io](https://kaiokendev.github.io/context)\n"
        "* **[How do you do object detection using CNNs on small objects like ping pong balls? - Quora]"
        "(https://www.quora.com/How-do-you-do-object-detection-using-CNNs-on-small-objects)**\n"
        "* Uncertainty in Deep Learning (PhD Thesis)[[Link1]](https://mlg.eng.cam.ac.uk/yarin/thesis/thesis.pdf)\n"
        "- [Deep Residual Learning for Image Recognition - CVPR](https://openaccess.thecvf.com/x.pdf)\n\n"
        "**If there are any errors or omissions, please contact me: someone@163.com**\n")
    assert [e.data.title for e in parsed.entries] == ["Deep Residual Learning for Image Recognition - CVPR"]
    assert sorted({reason for _, reason in parsed.skipped}) == [
        "a web page titled with its site's name, not a paper", "marked as a thesis, not a paper"]


def test_an_abbreviations_full_stop_does_not_end_the_title():
    # myamamoto555/survey: "Abstractive vs. Extractive" is one title, not a title and an author
    paper = one("### 2010\n- The Impact of ASR on Abstractive vs. Extractive Meeting Summaries\n"
                "[[pdf]](http://www.cs.ubc.ca/~gabrielm/inter2010.pdf)\n")
    assert (paper.title, paper.authors) == ("The Impact of ASR on Abstractive vs. Extractive Meeting Summaries", [])


def test_two_meetings_held_as_one():
    # yajingyang/Data-to-text_Generation_Papers (10 lines)
    paper = one("5. **Neural data-to-text generation: A comparison between pipeline and end-to-end architectures** "
                "EMNLP/IJCNLP, 2019 [paper](http://dx.doi.org/10.18653/v1/d19-1052)\n")
    assert (paper.venue, paper.year) == ("EMNLP/IJCNLP 2019", 2019)


def test_names_with_combining_accents_are_read_and_kept_as_written():
    # kuanhungchen/awesome-tiny-object-detection ("Dolla\u0301r") and lwaekfjlk/Personalized-Text-Generation-
    # Papers ("Franc \u0327ois", a space before the mark, as a PDF's copy left it)
    from paperctl.formats.markdown import people

    assert people.parse("Piotr Dolla\u0301r, Christian Wojek, Bernt Schiele") == [
        "Piotr Dolla\u0301r", "Christian Wojek", "Bernt Schiele"]
    paper = one("1. Franc \u0327ois Mairesse and Marilyn Walker \"PERSONAGE: Personality Generation for Dialogue\" "
                "ACL-2007\n")
    assert ([a.name for a in paper.authors], paper.venue) == (
        ["Franc \u0327ois Mairesse", "Marilyn Walker"], "ACL 2007")


def test_a_quoted_title_broken_over_two_lines_is_one_title():
    # iwangjian/Paper-Reading-ConvAI (4 entries)
    paper = one("* **UniLM**: \"Unified Language Model Pre-training for\nNatural Language Understanding and "
                "Generation\". NeurIPS(2019) [[PDF]](http://papers.nips.cc/paper/9464-unified-language-model.pdf) "
                "[[code]](https://github.com/microsoft/unilm)\n")
    assert (paper.title, paper.venue, paper.notes) == (
        "Unified Language Model Pre-training for Natural Language Understanding and Generation", "NeurIPS 2019",
        ["UniLM"])


def test_pipe_rows_with_no_header_are_read_by_their_cells():
    # yangyang9912/Awesome-Human-Object-Relationship's paper tracker (31 rows): the title link, where it
    # appeared, the year; "Preprint" on a DOI is kept as stated (on an arXiv link it is arXiv)
    found = papers(
        "## paper-tracker (uncategorized)\n\n"
        "| [Successful coordination emerges from aligned self-predictions in a dynamic motor interaction]"
        "(https://doi.org/10.1038/s44271-026-00523-7) | Preprint | 2026 |\n"
        "| [What the mental lexicon might be](https://doi.org/10.1075/ml.00029.alm) | Preprint | 2026 |\n"
        "| [Visual hand gesture recognition with deep learning: A comprehensive review of methods]"
        "(https://arxiv.org/abs/2507.04465) | Preprint | 2025 |\n")
    assert [(p.venue, p.year) for p in found.values()] == [
        ("Preprint 2026", 2026), ("Preprint 2026", 2026), ("arXiv 2025", 2025)]
    assert found["What the mental lexicon might be"].doi == "10.1075/ml.00029.alm"


def test_a_short_named_university_and_a_publisher_are_not_the_venue():
    # yangjunx21/Awesome-LLM-Calibration ("(NYU, 2022)", the venue on the line below); masamasa59/uncertainty-
    # paper (Google Scholar's MLA: "International Conference on Machine Learning. PMLR, 2021.")
    paper = one("  - **Title Two Here for Testing**\n\n      - *Z. Ren, J. Z. Liu (NYU, 2022)*\n      - `ICML 2022`\n"
                "      - [[Paper]](https://arxiv.org/abs/2207.05221)\n")
    assert (paper.venue, paper.notes) == ("ICML 2022", ["NYU"])
    cited = one("* Izmailov, Pavel, et al. \"What are Bayesian neural network posteriors really like?.\" International "
                "Conference on Machine Learning. PMLR, 2021. [[Link]](https://arxiv.org/abs/2104.14421)\n")
    assert (cited.venue, cited.year) == ("International Conference on Machine Learning 2021", 2021)


def test_a_dataset_named_by_its_link_then_its_papers_italic_title():
    # jianing-li/awesome-neuromorphic-object-detection (18 dataset lines): the paper is the italic title; the
    # link is the dataset's (a repository's is the code)
    found = papers(
        "- [PKU-Vidar-DVS](https://www.pkuml.org/resources/pku-vidar-dvs.html), *Retinomorphic object detection in "
        "asynchronous visual streams*, Proc. AAAI Conf. on Artificial Intell. (AAAI), 2022.\n"
        "- [DSEC-Det](https://github.com/YN-Yang/SFNet), *Enhancing traffic object detection in variable "
        "illumination with RGB-event fusion*, IEEE Trans. Intell. Transp. Syst. (TITS), 2024.\n")
    assert [(t, p.venue, p.url, p.links.get("code")) for t, p in found.items()] == [
        ("Retinomorphic object detection in asynchronous visual streams", "AAAI 2022", None, None),
        ("Enhancing traffic object detection in variable illumination with RGB-event fusion", "TITS 2024", None,
         "https://github.com/YN-Yang/SFNet")]


def test_affiliation_numbers_after_names_are_not_part_of_them():
    # ChenChengKuan/awesome-text-generation (3 author lines)
    from paperctl.formats.markdown import people

    assert people.parse("Iulian V. Serban1 and Alexander G. Ororbia II2 and Joelle Pineau3 and Aaron Courville1") == [
        "Iulian V. Serban", "Alexander G. Ororbia II", "Joelle Pineau", "Aaron Courville"]


def test_round_28_shapes_a_bracketed_preprint_month_and_numbered_lines_without_a_space():
    # Yorkson-huang/awesome-affective-computing ("[Arxiv 2025.05] **Title**", 95 lines); ssssober/Depth-
    # Estimation ("16.**[Title(cvpr2019)](..)**  ": one paragraph of line breaks, one paper a line)
    paper = one("- [Arxiv 2025.05] **Multimodal Emotion Recognition in Conversations: A Survey of Methods, Trends, "
                "Challenges and Prospects** | [[Paper](https://arxiv.org/pdf/2505.20511)]\n")
    assert (paper.venue, paper.year) == ("Arxiv 2025", 2025)
    found = papers(
        "## 2019  \n"
        "1.**[AnyNet：Anytime Stereo Image Depth Estimation on Mobile Devices(ICRA2019)](https://mileyan.github.io/"
        "AnyNet/)**  \n"
        "2.**[DeepPruner： Learning Efficient Stereo Matching via Differentiable PatchMatch(ICCV2019)](http://"
        "openaccess.thecvf.com/content_ICCV_2019/papers/Duggal_DeepPruner_ICCV_2019_paper.pdf)**  \n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("AnyNet：Anytime Stereo Image Depth Estimation on Mobile Devices", "ICRA 2019"),
        ("DeepPruner： Learning Efficient Stereo Matching via Differentiable PatchMatch", "ICCV 2019")]


def test_a_year_between_the_title_and_the_names_and_a_heading_of_years_before():
    # CalayZhou/Multispectral-Pedestrian-Detection-Resource: "Title, 2015, Names et al." under "### before
    # 2018", which is not the year of its papers
    paper = one("### before 2018\n- Multispectral Pedestrian Detection Benchmark Dataset and Baseline, 2015, "
                "Soonmin Hwang et al.\n[[PDF](https://openaccess.thecvf.com/content_cvpr_2015/papers/Hwang.pdf)]\n")
    assert (paper.title, [a.name for a in paper.authors], paper.year) == (
        "Multispectral Pedestrian Detection Benchmark Dataset and Baseline", ["Soonmin Hwang"], 2015)


def test_a_badge_naming_a_known_venue_without_a_year():
    # yaotingwangofficial/Awesome-MCoT (73 lines): "[![Paper](https://img.shields.io/badge/ACL-191970)]()"
    found = papers(
        "+ [**Beyond Chain-of-Thought, Effective Graph-of-Thought Reasoning in Language Models**](https://arxiv.org/"
        "abs/2305.16582) [![Paper](https://img.shields.io/badge/ACL-191970)]()\n"
        "+ [**Third Title of Some Paper**](https://arxiv.org/abs/2305.16584) [![Python](https://img.shields.io/"
        "badge/Python-3776AB)]()\n")
    assert [p.venue for p in found.values()] == ["ACL", None]


def test_a_chinese_source_column_is_the_venue():
    # YangLock/EventPapersArchive ("| 年份 | 来源 | 名称 | 源码 | 数据集 |", 47 rows)
    paper = one("| 年份 | 来源 | 名称 | 源码 | 数据集 |\n|---|---|---|---|---|\n| 2021 | AAAI | [Span-Based Event "
                "Coreference Resolution](https://www.aaai.org/AAAI21Papers/AAAI-9086.LuJ.pdf) |||\n")
    assert (paper.venue, paper.year) == ("AAAI 2021", 2021)
