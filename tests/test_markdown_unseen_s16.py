"""Shapes of real lists found by the thirteenth blind labelling round (``bench/unseen-lists/s16a``-``s16h``),
held with the lists' own lines (the repository is named in each test). ``test_markdown_unseen_s15.py`` and
the files before it hold the earlier rounds'."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def test_a_date_cell_over_two_lines_gives_the_year():
    # zhangxulu1996/awesome-personalization: "2023<br>06-01" (94 of 154 rows) had given no year
    found = papers(
        "| Title | Venue | Date | Code & Paper |\n|---|---|---|---|\n"
        "| ViCo: Plug-and-Play Visual Condition for Personalized Text-to-Image Generation | arXiv | 2023<br>06-01 |"
        " [Code](https://github.com/haoosz/ViCo) <br> [Paper](https://arxiv.org/pdf/2306.00971) |\n")
    assert [(p.year, p.arxiv_id) for p in found.values()] == [(2023, "2306.00971")]


_MOTION = (
    "## Performance Tables\n\n"
    "| ID  | Year | Venue | <div style=\"width: 90pt\">Model<br/> (or Authors)</div>  |"
    " <div>R Precision<br/> Top-1 ↑</div> | <div>FID ↓ </div> | <div>Diversity →</div> | <div>code</div> |\n"
    "| :---: | :---: | :---: | :---: | :---: | :---: | :---: | :---: |\n"
    "| 8 | 2023 | ICLR | [MDM](#1008) | $0.164^{\\pm.004}$ | $0.497^{\\pm.021}$ | $9.191^{\\pm.022}$ |"
    " [`[o-pytorch]`](https://github.com/GuyTevet/motion-diffusion-model) |\n\n"
    "## Metrics\n\n"
    "- **Frechet Inception Distance (FID)** $\\downarrow$ \n"
    "\t- FID is adopted as a principal metric to evaluate the feature distributions between the generated and real"
    " motions.\n\n"
    "## Paper List\n"
    "2. <span id = \"1002\">**[Language2Pose]**</span> | **3DV'19** | Language2Pose: Natural Language Grounded Pose"
    " Forecasting | [`[pdf]`](https://arxiv.org/pdf/1907.01108) | [`[o-pytorch]`](https://github.com/chahuja/"
    "language2pose) |\n"
    "8. <span id = \"1008\">**[MDM]**</span> | **ICLR'23** | MDM: Human Motion Diffusion Model |"
    " [`[pdf]`](https://arxiv.org/pdf/2209.14916) | [`[o-pytorch]`](https://github.com/GuyTevet/"
    "motion-diffusion-model) |\n")


def test_a_results_table_row_linking_the_lists_own_entry_is_not_a_paper():
    # Run542968/Awesome-3D-Human-Motion-Generation: rows of scores ("$0.164^{\pm.004}$") naming a method that
    # links the list's own entry had each become a paper titled by the ID column ("8"); a metric under
    # "## Metrics" that links nothing had become a paper; "3DV'19" had been the title
    parsed = parse(_MOTION)
    assert [(e.data.title, e.data.venue) for e in parsed.entries] == [
        ("Language2Pose: Natural Language Grounded Pose Forecasting", "3DV 2019"),
        ("MDM: Human Motion Diffusion Model", "ICLR 2023")]
    reasons = {line: why for line, why in parsed.skipped}
    assert "a row of a table of results" in reasons[5]


def test_a_column_is_named_before_its_aside_and_a_row_number_is_no_title():
    from paperctl.formats.markdown import columns

    assert columns.role("Model<br/> (or Authors)") == "name"  # had been "authors"
    assert columns.columns(["ID", "Year", "Venue", "Links"]) == ["other", "title", "venue", "links"]


def test_a_title_linked_to_a_chemistry_publisher_is_the_paper_and_a_publication_column_of_title_links_holds_titles():
    # ur-whitelab/LLMs-in-science: "Publication" (a venue's name elsewhere) holds the title links here, and the
    # Name column the models; rows linking pubs.acs.org had been left out, the others titled by the model's name
    found = papers(
        "|   Date    |     Name        | Publication | Repositories |\n| :---: | :--- | :--- | :---: |\n"
        "| `2023.06` | TransAntivirus  | [Transformer-Based Molecular Generative Model for Antiviral Drug Design]"
        "(https://pubs.acs.org/doi/10.1021/acs.jcim.3c00536)|  |\n"
        "| `2024.02` | BioT5+ | [BioT5+: Towards Generalized Biological Understanding with IUPAC Integration and"
        " Multi-task Tuning](https://arxiv.org/abs/2402.17810) | |\n")
    assert [(t, p.url, p.arxiv_id, p.year) for t, p in found.items()] == [
        ("Transformer-Based Molecular Generative Model for Antiviral Drug Design",
         "https://pubs.acs.org/doi/10.1021/acs.jcim.3c00536", None, 2023),
        ("BioT5+: Towards Generalized Biological Understanding with IUPAC Integration and Multi-task Tuning", None,
         "2402.17810", 2024)]


def test_a_name_in_brackets_before_a_bold_title_is_a_note_on_its_line_or_the_line_above():
    # majianz/dl4gps: "\[SP-1]" had been the venue, "\[Euclid/Geoperception]" part of the title, and a name alone
    # on the item's first line ("76. \[M3CoT]") the whole title, the real title then the summary
    text = ("# 2024\n\n"
            "45. \\[SP-1] **Slow Perception: Let's Perceive Geometric Figures Step-by-Step**, arXiv:2412.20631"
            " \\[[paper](https://arxiv.org/abs/2412.20631)]\n\n"
            "53. \\[Euclid/Geoperception] **Euclid: Supercharging Multimodal LLMs With Synthetic High-Fidelity Visual"
            " Descriptions**, arXiv:2412.08737 \\[[paper](https://arxiv.org/abs/2412.08737)]\n\n"
            "76. \\[M3CoT]\n"
            "    **M3CoT: A Novel Benchmark for Multi-Domain Multi-Step Multi-Modal Chain-of-Thought**, ACL 2024\n"
            "    \\[[paper](https://aclanthology.org/2024.acl-long.446/)] \\:large\\_blue\\_circle:\n\n"
            "2. [2023 Engineering] **Machine Learning for Chemistry: Basics and Applications** [[paper]]"
            "(https://www.sciencedirect.com/science/article/pii/S2095809923002813)\n")
    parsed = parse(text)
    assert [(e.data.title, e.data.venue, e.data.notes, e.layout.section) for e in parsed.entries] == [
        ("Slow Perception: Let's Perceive Geometric Figures Step-by-Step", "arXiv 2024", ["SP-1"], "2024"),
        ("Euclid: Supercharging Multimodal LLMs With Synthetic High-Fidelity Visual Descriptions", "arXiv 2024",
         ["Euclid/Geoperception"], "2024"),
        ("M3CoT: A Novel Benchmark for Multi-Domain Multi-Step Multi-Modal Chain-of-Thought", "ACL 2024", ["M3CoT"],
         "2024"),
        ("Machine Learning for Chemistry: Basics and Applications", "Engineering 2023", [], "2024")]


def test_venues_written_year_first_with_an_apostrophe_as_an_arxiv_month_or_with_a_month_in_brackets():
    # hwalsuklee/awesome-deep-text-detection-recognition's Conf. column ("'17-CVPR", 88 rows) had been kept as
    # written with no year; marlin-codes/awesome-lora-adapter's "[arXiv 2308](arXiv 2308.03303)" (78 entries) and
    # zhengxuJosh/Awesome-RAG-Vision's "Arxiv 2025 (Mar)" (52 rows) had given no venue or kept the month
    found = papers(
        "| Conf. | Date | Title | Highlight |\n|---|---|---|---|\n"
        "'17-CVPR\t| 17/07/21\t| [Multi-scale FCN with Cascaded Instance Aware Segmentation for Arbitrary Oriented"
        " Word Spotting in the Wild](http://openaccess.thecvf.com/content_cvpr_2017/papers/He_Multi-Scale_FCN_With_"
        "CVPR_2017_paper.pdf)\t|\t0.85 |\n\n"
        "1. LoRA-FA: Memory-efficient low-rank adaptation for large language models fine-tuning |"
        " [arXiv 2308](https://arxiv.org/pdf/2308.03303.pdf)\n\n"
        "| Title | Authors | Venue | Paper |\n|---|---|---|---|\n"
        "| MDocAgent: A Multi-Modal Multi-Agent Framework for Document Understanding | Han *et al.* | Arxiv 2025 (Mar)"
        " | [paper](https://arxiv.org/pdf/2503.13964) |\n")
    assert [(p.venue, p.year) for p in found.values()] == [("CVPR 2017", 2017), ("arXiv 2023", 2023),
                                                          ("Arxiv 2025", 2025)]


def test_a_journal_named_in_words_in_brackets_before_a_bold_title_is_the_venue_and_a_description_is_not_a_name():
    # gongchenghua/Papers-Graphs-with-Heterophily: the journal had stayed in the title; zhijing-jin/CausalNLP_Papers:
    # "(Vivid, beginner-friendly)" describes a talk, which stays out of the library (it links a video)
    found = papers(
        "## 2024\n\n"
        "- [Expert Systems with Applications] **KNN-GNN: A powerful graph neural network enhanced by aggregating"
        " K-nearest neighbors in common subspace** [[Paper]](https://www.sciencedirect.com/science/article/pii/"
        "S0957417424010832)\n\n"
        "### 1.1 Talks/Tutorial/etc\n\n"
        "1. (Vivid, beginner-friendly) **Yoshua Bengio's Primer on the Future of Causality&NLP.** [[Video@ELLIS NLP"
        " Workshop](https://www.youtube.com/watch?v=u3IR6sSwwjg)]\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("KNN-GNN: A powerful graph neural network enhanced by aggregating K-nearest neighbors in common subspace",
         "Expert Systems with Applications 2024")]


def test_authors_and_venue_in_brackets_before_a_bold_title_after_a_name_in_code():
    # shuolucs/Awesome-Out-Of-Distribution-Detection (197 lines): every such entry had been left out ("no title"),
    # or read with its brackets in the title
    found = papers(
        "- `SSOD` \\[Sen Pei]\\[ICLR 2024]**Image background serves as good proxy for out-of-distribution data**"
        "[[PDF](https://arxiv.org/abs/2307.00519)]\n"
        "- `...` [Zou et al.]\\[arxiv 2024]**SimLabel: Consistency-Guided OOD Detection with Pretrained Vision-Language"
        " Models**[[PDF](https://openreview.net/forum?id=Aw1w5sL6ru)]\n")
    assert [(t, p.venue, p.year, [a.name for a in p.authors], p.notes) for t, p in found.items()] == [
        ("Image background serves as good proxy for out-of-distribution data", "ICLR 2024", 2024, ["Sen Pei"],
         ["SSOD"]),
        ("SimLabel: Consistency-Guided OOD Detection with Pretrained Vision-Language Models", "arxiv 2024", 2024,
         ["Zou"], [])]


def test_a_citation_key_after_the_title_link_gives_first_author_venue_and_year():
    # affige/genmusic_demo_list (284 lines): "(diffusion; evans24arxiv)" had been the summary
    found = papers(
        "* [Stable audio 2](https://arxiv.org/abs/2404.10301) (diffusion; evans24arxiv):"
        " https://stability-ai.github.io/stable-audio-2-demo/\n"
        "* [Piano Genie](https://nips2018creativity.github.io/doc/pianogenie.pdf) (RNN; donahue18nips-creativity):"
        " https://piano-genie.glitch.me/\n")
    assert [(t, p.venue, p.year, [a.name for a in p.authors], p.summary) for t, p in found.items()] == [
        ("Stable audio 2", "arXiv 2024", 2024, ["Evans"], None),
        ("Piano Genie", "NIPS 2018 Creativity", 2018, ["Donahue"], None)]
    assert found["Stable audio 2"].notes == ["diffusion", "evans24arxiv"]  # what the list wrote is kept


def test_a_year_bullet_dates_the_entries_below_it_and_bold_tags_in_code_before_the_title_are_notes():
    # hogyun2/awesome-lidar-place-recognition: "**`Learning`** **`RAL`**" had been the title, and the year
    # bullet above was never read
    parsed = parse(
        "## LiDAR Place Recognition Methods\n\n- 2024\n\n"
        "  - **`Learning`** **`RAL`** P-GAT : Pose-Graph Attentional Network for Lidar Place Recognition "
        " [`pdf`](https://arxiv.org/abs/2309.00168) [`code`](https://github.com/csiro-robotics/P-GAT)\n\n"
        "- 2023\n\n"
        "  - **`Learning`** **`ICCV`** BEVPlace: Learning LiDAR-based Place Recognition using Bird's Eye View Images"
        " [`pdf`](https://arxiv.org/abs/2302.14325)\n")
    assert [(e.data.title, e.data.venue, e.data.year, e.data.notes, e.layout.section) for e in parsed.entries] == [
        ("P-GAT : Pose-Graph Attentional Network for Lidar Place Recognition", "RAL 2024", 2024, ["Learning"],
         "LiDAR Place Recognition Methods"),
        ("BEVPlace: Learning LiDAR-based Place Recognition using Bird's Eye View Images", "ICCV 2023", 2023,
         ["Learning"], "LiDAR Place Recognition Methods")]


def test_journal_after_a_known_journal_name_is_part_of_its_name():
    from paperctl.formats.markdown import venues

    assert venues.parse("TMI Journal, 2022") == ("TMI Journal 2022", 2022)  # (xmindflow's "[TMI Journal, 2022]")


def test_the_arxiv_id_in_brackets_after_a_venue_and_a_month_after_a_venues_year_are_no_summary():
    # jianghaojun/Awesome-Parameter-Efficient-Transfer-Learning: "(arXiv:2203.12119)." had begun the summary, which
    # then took in the authors' line too; zhengxuJosh/Awesome-RAG-Vision: "EMNLP 2024 (Sep)" had kept its month;
    # zwq2018/Awesome-Agent-Memory-Papers: "**EMNLP25, Main**" had been no venue
    found = papers(
        "- **Visual Prompt Tuning,** ECCV 2022 (arXiv:2203.12119). ![](https://img.shields.io/badge/VPT-blue)\n\n"
        "  *Menglin Jia, Luming Tang, Bor-Chun Chen, Claire Cardie, Serge Belongie, Bharath Hariharan, Ser-Nam Lim.*"
        " [[Paper](https://arxiv.org/abs/2203.12119)][[Code](https://github.com/kmnp/vpt)]\n")
    paper = found["Visual Prompt Tuning"]
    assert (paper.venue, paper.arxiv_id, len(paper.authors), paper.summary) == ("ECCV 2022", "2203.12119", 7, None)
    from paperctl.formats.markdown import venues

    assert venues.parse("EMNLP 2024 (Sep)") == ("EMNLP 2024", 2024)
    assert venues.parse("EMNLP25, Main") == ("EMNLP 2025 Main", 2025)
