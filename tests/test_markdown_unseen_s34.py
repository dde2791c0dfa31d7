"""Shapes of real lists found by the thirty-first blind labelling round (``bench/unseen-lists/s34a``-
``s34h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def one(text: str):
    found = list(papers(text).values())
    assert len(found) == 1, found
    return found[0]


def test_a_method_name_in_brackets_then_its_citation_on_the_bullet_below():
    # zx-pan/Awesome-rPPG (53 entries): "(ICA)" is the method's name, the bullet below who, where and when
    paper = one("- [Advancements in Noncontact, Multiparameter Physiological Measurements Using a Webcam]"
                "(https://ieeexplore.ieee.org/document/5599853) (ICA)\n"
                "  - Ming-Zher Poh et al, IEEE Transactions on Biomedical Engineering (TBME), 2010\n")
    assert ([a.name for a in paper.authors], paper.year, paper.notes) == (["Ming-Zher Poh"], 2010, ["ICA"])
    assert paper.venue and paper.venue.endswith("2010") and paper.summary is None
    paper = one("- [Remote plethysmographic imaging using ambient light](https://www.osapublishing.org/oe/abstract."
                "cfm?uri=oe-16-26-21434) (GREEN)\n  - Wim Verkruysse et al, Optics Express, 2008\n")
    assert ([a.name for a in paper.authors], paper.venue) == (["Wim Verkruysse"], "Optics Express 2008")


def test_a_method_name_over_the_bold_title_in_angle_brackets():
    # valeoai/Awesome-Unsupervised-Object-Localization (30 entries)
    paper = one("<< FOUND >> \\\n**Unsupervised Object Localization: Observing the Background to Discover Objects**, "
                "CVPR 2023\n<a href=\"https://arxiv.org/abs/2212.07834\">[paper]</a> "
                "<a href=\"https://github.com/valeoai/FOUND\">[code]</a>\n")
    assert (paper.title, paper.venue, paper.notes) == (
        "Unsupervised Object Localization: Observing the Background to Discover Objects", "CVPR 2023", ["FOUND"])


def test_proceedings_and_article_bullets_under_the_title_link():
    # daikikatsuragawa/awesome-counterfactual-explanations (every entry)
    paper = one("- [Counterfactual explanations and how to find them: literature review and benchmarking]"
                "(https://dl.acm.org/doi/abs/10.1145/3510457.3513081)\n  - Author: Riccardo Guidotti\n"
                "  - Article: Data Mining and Knowledge Discovery (2022)\n")
    assert (paper.venue, paper.year, [a.name for a in paper.authors]) == (
        "Data Mining and Knowledge Discovery 2022", 2022, ["Riccardo Guidotti"])


def test_a_month_and_year_before_the_title():
    # allanj/repo-level-codegen-papers (33 lines); a date then prose under News is still news
    paper = one("4. 10/2024: **[RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems]"
                "(https://arxiv.org/abs/2306.03091)**\n")
    assert (paper.title, paper.year, paper.notes) == (
        "RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems", 2024, [])
    assert papers("## News\n\n- 2024/07/30: FuXi-S2S published in Nature Communications "
                  "[[link]](https://www.nature.com/articles/s41467-024-50714-1));\n") == {}


def test_a_bold_year_line_and_notes_in_chinese_after_a_full_width_colon():
    # PolarisRisingWar/HGNN_Collection (9 year lines over 71 entries, 52 with a note)
    parsed = parse("# 异质图神经网络\n\n## 论文\n\n**2022年**  \n通用节点嵌入：\n"
                   "1. (AAAI) Robust Heterogeneous Graph Neural Networks against Adversarial Attacks\n"
                   "2. (Appl. Sci.) MBHAN: Motif-Based Heterogeneous Graph Attention Network：基于motif\n")
    got = [(e.data.title, e.data.venue, e.data.year, e.data.summary, e.layout.section) for e in parsed.entries]
    assert got == [
        ("Robust Heterogeneous Graph Neural Networks against Adversarial Attacks", "AAAI 2022", 2022, None,
         "论文/2022年"),
        ("MBHAN: Motif-Based Heterogeneous Graph Attention Network", "Appl. Sci. 2022", 2022, "基于motif",
         "论文/2022年")]


def test_titles_alone_in_a_list_of_robotics_papers():
    # Taeyoung96/IROS-2022-SLAM-paper-list (162 titles, no links): the field's own words say "title"
    found = papers("## Visual-inertial odometry\n"
                   "- FEJ-VIRO: A Consistent First-Estimate Jacobian Visual-Inertial-Ranging Odometry  \n"
                   "- Scalable and Modular Ultra-Wideband Aided Inertial Navigation  \n"
                   "- Thermal Inertial SLAM for the Environments with Challenging Illumination  \n"
                   "- Visual-Inertial SLAM with Tightly-Coupled Dropout-Tolerant GPS Fusion  \n")
    assert len(found) == 4


def test_a_paragraph_of_badges_alone_under_an_item_leaves_no_empty_note(tmp_path):
    # WxxShirley/Awesome-Graph-Prompt (40 papers): the library refused the empty note, and with it the paper
    from paperctl.formats.importing import import_file
    from paperctl.library import Library

    listing = tmp_path / "list.md"
    listing.write_text("## Papers\n\n12. **ULTRA-DP:Unifying Graph Pre-training with Multi-task Graph Dual Prompt**.\n"
                       "    In **arXiv**, [[Paper](https://arxiv.org/abs/2310.14845)].\n\n"
                       "    ![](https://img.shields.io/badge/Encoder%3AGNN-green)  "
                       "![](https://img.shields.io/badge/Prompt%20as%20Tokens-red)\n", encoding="utf-8")
    with Library(tmp_path / "library.db") as lib:
        report = import_file(lib, listing)
        assert report.problems == []
        [paper] = lib.papers()
        assert (paper.arxiv_id, paper.notes) == ("2310.14845", [])


def test_a_dataset_name_in_bold_over_the_bullet_that_is_its_paper():
    # XYZ-qiyh/Awesome-Learning-MVS (6 datasets): the paper is the nested bullet; the name a note, its venue kept
    paper = one("+ **ETH3D** [CVPR2017]\n  + A Multi-View Stereo Benchmark with High-Resolution Images and "
                "Multi-Camera Videos [[paper](https://www.eth3d.net/data/schoeps2017cvpr.pdf)] "
                "[[website](https://www.eth3d.net/)]\n")
    assert (paper.title, paper.venue, paper.notes[0]) == (
        "A Multi-View Stereo Benchmark with High-Resolution Images and Multi-Camera Videos", "CVPR 2017", "ETH3D")
    assert paper.url == "https://www.eth3d.net/data/schoeps2017cvpr.pdf"


ALLANJ = (
    "3. 12/2024: **[FullStack Bench: Evaluating LLMs as Full Stack Coders](https://arxiv.org/pdf/2412.00535)**\n"
    "    * Benchmark for full-stack programming in many domains, and also release sandbox tool to evaluate.\n"
    "4. 10/2024: **[RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems]"
    "(https://arxiv.org/abs/2306.03091)**\n    * Data mostly extracted from GitHub, task designed as retrieval and "
    "completion, etc. Using matching accuracy as evaluation metric.\n"
    "5. 10/2024: **[EvoCodeBench: An Evolving Code Generation Benchmark with Domain-Specific Evaluations]"
    "(https://arxiv.org/abs/2410.22821)**\n    - A dynamically evolving code generation benchmark designed to "
    "address data leakage.\n")


def test_the_prose_bullet_under_each_paper_of_a_list_that_describes_them_so_is_the_summary():
    # allanj/repo-level-codegen-papers (every entry): a date, the bold title link, one line saying what it is
    found = papers(ALLANJ)
    paper = found["RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems"]
    assert (paper.arxiv_id, paper.year) == ("2306.03091", 2024)
    assert paper.summary.startswith("Data mostly extracted from GitHub") and paper.notes == []
    assert all(p.summary and not p.notes for p in found.values())


def test_notes_below_papers_stay_notes_where_the_list_writes_summaries_on_the_line():
    # paperctl's own export: the summary after the links, notes below, under papers with or without one
    text = ALLANJ.replace("Full Stack Coders](https://arxiv.org/pdf/2412.00535)**",
                          "Full Stack Coders](https://arxiv.org/pdf/2412.00535)** A full-stack benchmark.")
    found = papers(text)
    assert found["FullStack Bench: Evaluating LLMs as Full Stack Coders"].summary == "A full-stack benchmark."
    paper = found["RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems"]
    assert paper.summary is None and paper.notes[0].startswith("Data mostly extracted")


def test_several_bullets_a_citation_below_or_a_name_over_a_sentence_are_no_summary():
    paper = one("- [RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems]"
                "(https://arxiv.org/abs/2306.03091)\n  - Data mostly extracted from GitHub repositories.\n"
                "  - Uses matching accuracy as the evaluation metric.\n")
    assert paper.summary is None and len(paper.notes) == 2
    # linhlpv/awesome-offline-to-online-RL-papers: who and where, in words no field reads, stay a note
    cited = ALLANJ.replace("Benchmark for full-stack programming in many domains, and also release sandbox tool to "
                           "evaluate.", "Vanamala Venkataswamy, Jake Grigsby, Andrew Grimshaw. arXiv. 12/2022.")
    assert papers(cited)["FullStack Bench: Evaluating LLMs as Full Stack Coders"].summary is None
    # duyanxi/awesome-4DGS: a bold name over one sentence, linking nothing, is a tool of the stack, no paper
    assert papers("## Practical stack around 4DGS\n\n- **3DGS base renderer**\n  - Most 4DGS systems still inherit "
                  "kernels, rasterization logic, and optimization tricks from the original code ecosystem.\n") == {}


def test_by_then_the_names_in_italics_over_lines():
    # bahuia/Awesome_Text_to_SQL (a list written by a tool from a .bib): "by", the BibTeX names, a [[bib]] link
    paper = one("- [**Schema-Aware Multi-Task Learning for Complex Text-to-SQL**](https://doi.org/10.48550/arXiv."
                "2403.09706) , <br> by *Yangjun Wu and\nHan Wang* [[bib]](https://github.com/bahuia/Awesome_Text_to_SQL"
                "/blob/master/./bibtex.bib#L29-L56) <br>\n")
    assert [a.name for a in paper.authors] == ["Yangjun Wu", "Han Wang"]
    assert paper.summary is None and "code" not in paper.links  # (how to cite it is not its code)


def test_bold_group_rows_of_a_table_and_a_bold_line_before_the_headings():
    # ConanCui/Paper-List: "**Table of Contents**" heads only its contents; a bold row names the rows below it
    text = ("# Awesome paper list\n\n**Table of Contents**\n\n- [daily read](#daily-read)\n\n## Recomendation\n\n"
            "| Title | **Conference** | **Author** |\n| :--: | :--: | :--: |\n"
            "|    **<font color=red>Large Scale Recommendation</font>**     |   |   |\n"
            "| [Deep Interest Network for Click-Through Rate Prediction](https://arxiv.org/abs/1706.06978) | KDD 2018 "
            "| Guorui Zhou, Kun Gai, et al |\n\n## Graph\n\n- [Graph Attention Networks](https://arxiv.org/abs/1710.10903)\n")
    found = parse(text)
    assert [(e.data.title, e.data.tags) for e in found.entries] == [
        ("Deep Interest Network for Click-Through Rate Prediction", ["Recomendation/Large Scale Recommendation"]),
        ("Graph Attention Networks", ["Graph"])]


def test_a_plain_title_over_two_lines_of_a_cell_when_a_column_holds_the_authors():
    # ConanCui/Paper-List: "文章题目" (the article's title) is the title column; its <br/> only wraps it
    paper = one("| 日期 | 文章题目 | 作者 | 会议 |\n| :--: | :-- | -- | :--: |\n"
                "|  | Robust Graph Convolutional Networks Against Adversarial<br/>Attacks |  |  KDD 2019 |\n")
    assert (paper.title, paper.venue) == ("Robust Graph Convolutional Networks Against Adversarial Attacks", "KDD 2019")
