"""Shapes of real lists found by the thirty-third blind labelling round (``bench/unseen-lists/s36a``-
``s36h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers


def test_who_where_and_when_after_a_colon_as_dblp_writes_them():
    # mgreiler/awesome-code-review-research (10 of 21 entries): the pages after the year and a colon
    paper = one("- [Expectations, outcomes, and challenges of modern code review](https://sback.it/publications/"
                "icse2013.pdf): Alberto Bacchelli, Christian Bird, ICSE 2013: 712-721\n")
    assert (paper.title, paper.venue, paper.year, paper.summary) == (
        "Expectations, outcomes, and challenges of modern code review", "ICSE 2013", 2013, None)
    assert names(paper) == ["Alberto Bacchelli", "Christian Bird"]
    paper = one("- [Interpersonal Conflicts During Code Review](https://arxiv.org/abs/2201.05425): Pavlína Wurzel "
                "Gonçalves, Gül Çalikli, Alberto Bacchelli, CoRR abs/2201.05425 (2022)\n")
    assert (paper.title, paper.venue, paper.arxiv_id) == (
        "Interpersonal Conflicts During Code Review", "CoRR 2022", "2201.05425")
    assert names(paper)[0] == "Pavlína Wurzel Gonçalves"


def test_a_description_after_the_colon_stays_the_summary():
    paper = one("- [Test-Driven Code Review: An Empirical Study](https://sback.it/publications/icse2019a.pdf): "
                "Research that shows the benefit of reviewing test code.\n")
    assert (paper.summary, paper.authors) == ("Research that shows the benefit of reviewing test code.", [])


def test_names_in_bibtex_order_joined_by_and():
    # mgreiler/awesome-code-review-research: "Last, First and Last, First"
    from paperctl.formats.markdown import people

    assert people.parse("Paul, Rajshakhar and Turzo, Asif K. and Bosu, Amiangshu") == [
        "Rajshakhar Paul", "Asif K. Turzo", "Amiangshu Bosu"]
    assert people.parse("Hasan, Masum and Islam, Mohammad Rafid Ul and Rahman, AJM") == [
        "Masum Hasan", "Mohammad Rafid Ul Islam", "AJM Rahman"]


def test_by_names_in_a_year():
    # soulios/MolecularGeometricDL (38 lines): "by Gilmer et al. in 2017", then emoji
    paper = one("- [Neural Message Passing for Quantum Chemistry](https://proceedings.mlr.press/v70/gilmer17a.html) by "
                "Gilmer et al. in 2017🔥🔥🔥\n")
    assert (names(paper), paper.year, paper.summary) == (["Gilmer"], 2017, None)


def test_a_bold_name_a_comma_then_the_title():
    # kkakkkka/awesome-code-as-x: the method's name, a comma, the title, its arXiv badge
    paper = one("- **GIF-MCTS**, Generating Code World Models with Large Language Models Guided by Monte Carlo Tree "
                "Search. [![arXiv](https://img.shields.io/badge/arXiv-2405.15383-b31b1b.svg)](https://arxiv.org/abs/"
                "2405.15383)\n")
    assert paper.title == "Generating Code World Models with Large Language Models Guided by Monte Carlo Tree Search"
    assert (paper.arxiv_id, paper.notes) == ("2405.15383", ["GIF-MCTS"])
    # and with a colon, the name is the title's own: "VoxPoser: Composable ..."
    paper = one("- **VoxPoser**: Composable 3D Value Maps for Robotic Manipulation with Language Models. [![arXiv]"
                "(https://img.shields.io/badge/arXiv-2307.05973-b31b1b.svg)](https://arxiv.org/abs/2307.05973)\n")
    assert (paper.title, paper.summary) == (
        "VoxPoser: Composable 3D Value Maps for Robotic Manipulation with Language Models", None)


def test_a_bold_name_then_authors_is_not_a_title():
    paper = one("- **GAN**, Ian Goodfellow, Jean Pouget-Abadie, Mehdi Mirza [[paper]](https://arxiv.org/abs/1406.2661)\n")
    assert paper.title == "GAN" and names(paper) == ["Ian Goodfellow", "Jean Pouget-Abadie", "Mehdi Mirza"]


def test_a_name_in_code_then_the_title_link_then_who_when_where():
    # qyhou/curated-table-structure-recognition (141 of 190 entries)
    paper = one("- `ETT` [End to End Table Transformer](https://link.springer.com/chapter/10.1007/978-3-031-70533-5_20)"
                ", (Samsung), 2024-09, ICDAR-2024\n")
    assert (paper.title, paper.venue, paper.year, paper.summary) == (
        "End to End Table Transformer", "ICDAR 2024", 2024, None)
    assert paper.notes == ["ETT", "Samsung"]
    paper = one("- [Multi-Type-TD-TSR](https://arxiv.org/abs/2105.11021), (Fraunhofer Institute, uni-bonn), 2021-12, "
                "Bioinformatics.2022\n")
    assert (paper.venue, paper.year) == ("Bioinformatics 2022", 2022)


def test_the_full_title_and_authors_keyed_in_paragraphs_under_a_short_name():
    # AI4Wireless/LAM4PHY_6G (85 entries)
    paper = one("- **[LLM4XCE](https://arxiv.org/abs/2512.08955)** (Nov 2025):LLM for XL-MIMO channel estimation.\n"
                " \n  Paper Title: `LLM4XCE: Large Language Models for Extremely Large-Scale Massive MIMO Channel "
                "Estimation`\n\n  Paper Authors: `Renbin Li, Shuangshuang Li, Peihao Dong`\n")
    assert paper.title == "LLM4XCE: Large Language Models for Extremely Large-Scale Massive MIMO Channel Estimation"
    assert names(paper) == ["Renbin Li", "Shuangshuang Li", "Peihao Dong"]
    assert (paper.arxiv_id, paper.summary, paper.notes) == (
        "2512.08955", "LLM for XL-MIMO channel estimation.", ["LLM4XCE"])


def test_the_first_of_several_top_headings_named_papers_is_a_section():
    # ML4Comm-Netw/Paper-with-Code-of-Wireless-communication-Based-on-DL: "# 论文/Paper", then "# 数据集/Database"
    found = papers("Some words about the list.\n\n# 论文/Paper\n\n| Paper | Code |\n| --- | --- |\n"
                   "|Deep Architectures for Modulation Recognition|[qieaaa / Deep-Architectures-for-Modulation-"
                   "Recognition](https://github.com/qieaaa/Deep-Architectures-for-Modulation-Recognition)|\n\n"
                   "# 数据集/Database\n\n- [RadioML](https://www.deepsig.ai/datasets) a dataset\n")
    paper = found["Deep Architectures for Modulation Recognition"]
    assert paper.tags == ["论文∕Paper"]
    assert paper.links["code"] == "https://github.com/qieaaa/Deep-Architectures-for-Modulation-Recognition"


def test_a_venue_spelled_out_then_its_year_in_brackets():
    # Marsrocky/Awesome-WiFi-CSI-Sensing (100 dated lines, 60 with no short name)
    paper = one("* [Intelligent Wi-Fi Based Child Presence Detection System](https://ieeexplore.ieee.org/document/"
                "9747420) IEEE International Conference on Acoustics, Speech and Signal Processing (ICASSP) (2022)\n")
    assert (paper.venue, paper.year, paper.summary) == ("ICASSP 2022", 2022, None)
    paper = one("* [Device-free Occupancy Sensing Platform using WiFi-enabled IoT Devices for Smart Homes](https://"
                "ieeexplore.ieee.org/abstract/document/8391737) IEEE Internet of Things Journal (2018)\n")
    assert (paper.venue, paper.year) == ("IEEE Internet of Things Journal 2018", 2018)
    paper = one("* [Non-Intrusive Biometric Identification for Personalized Computing Using Wireless Big Data](https://"
                "ieeexplore.ieee.org/document/8560141) | [[Github]](https://github.com/mobinets/wifiwalker) (MATLAB) "
                "(2018)\n")
    assert (paper.year, paper.notes, paper.summary) == (2018, ["MATLAB"], None)


def test_names_and_a_year_in_brackets_are_not_a_venue():
    # jdnklau/fm-ml: the authors, then the year, on the line under the quoted title
    paper = one('- "PaMpeR: Proof Method Recommendation System for Isabelle/HOL"\n  Nagashima & He (2018)\n'
                "  [[pdf](https://arxiv.org/pdf/1806.07239)]\n")
    assert (names(paper), paper.venue, paper.year) == (["Nagashima", "He"], None, 2018)


def test_names_alone_after_the_date_and_a_colon():
    # AI4Wireless/LAM4PHY_6G (its Overview entries)
    paper = one("- **[Towards Wireless Native Big AI Model: The Mission and Approach Differ From Large Language "
                "Model](https://arxiv.org/abs/2412.09041)** (Dec 2024): Zirui Chen, Zhaoyang Zhang, Chenyu Liu, "
                "Ziqing Xing.\n")
    assert (names(paper), paper.year, paper.summary) == (
        ["Zirui Chen", "Zhaoyang Zhang", "Chenyu Liu", "Ziqing Xing"], 2024, None)


def test_family_names_alone_then_a_dash_and_the_venue():
    # vibhum-phd/awesome-chart-axis-hallucination (21 lines)
    paper = one("- **PlotQA: Reasoning over Scientific Plots**\n  Methani, Ganguly, Khapra, Kumar — WACV 2020\n"
                "  [Paper (CVF Open Access)](https://openaccess.thecvf.com/content_WACV_2020/html/Methani_PlotQA_"
                "Reasoning_over_Scientific_Plots_WACV_2020_paper.html)\n")
    assert (names(paper), paper.venue) == (["Methani", "Ganguly", "Khapra", "Kumar"], "WACV 2020")
    paper = one("- **ChartQA: A Benchmark for Question Answering about Charts with Visual and Logical Reasoning**\n"
                "  Masry, Long, Tan, Joty, Hoque — Findings of ACL 2022\n"
                "  [Paper (ACL Anthology)](https://aclanthology.org/2022.findings-acl.177/)\n")
    assert (paper.venue, paper.year, len(paper.authors)) == ("ACL 2022 Findings", 2022, 5)


def test_a_journal_a_comma_and_its_year_before_a_bold_title():
    # Ji-Cather/generative-graphs-survey: "**(Venue Year) Title [Paper](..)**", once with a comma
    paper = one("- **(IEEE Access, 2021) Deep Graph Generators: A Survey [Paper](https://ieeexplore.ieee.org/abstract/"
                "document/9490655/)**\n")
    assert (paper.title, paper.venue, paper.year) == ("Deep Graph Generators: A Survey", "IEEE Access 2021", 2021)


def test_a_release_year_column_gives_the_venue_its_year():
    # ChenqiKONG/Awesome-Image-Forensics: "| Title | Release year | Venue | ..." under "## Year 2017-2020"
    paper = one("## Year 2017-2020\n| Title | Release year | Venue | Modality | Code |\n|:--|:--:|:--:|:--:|:--:|\n"
                "|[Adversarial Learning for Constrained Image Splicing Detection and Localization Based on Atrous "
                "Convolution](https://ieeexplore.ieee.org/abstract/document/8658131)|2019|T-IFS|RGB|[github](https://"
                "github.com/example/splicing)|\n")
    assert (paper.venue, paper.year) == ("T-IFS 2019", 2019)


def test_a_short_name_glued_to_its_year_after_a_word():
    from paperctl.formats.markdown import venues

    # jiwei0921/SOD-CNNs-based-code-summary- (11 lines): "IEEE TNNLS19"
    assert venues.parse("IEEE TNNLS19") == ("IEEE TNNLS 2019", 2019)
    assert venues.parse("CVPR19") == ("CVPR 2019", 2019)
    assert venues.parse("Some Title With Words 19") is None


def test_a_journal_in_words_in_a_bold_code_prefix():
    # xxwtiancai/Awesome-Video-Coding-Papers: "**`[Pattern Recognition 2024]`**" before the bold title link
    paper = one("- **`[Pattern Recognition 2024]`** [**IBVC: Interpolation-driven B-frame video compression**]"
                "(https://www.sciencedirect.com/science/article/pii/S0031320324002516) [CODE](https://github.com/"
                "ruhig6/IBVC)\n")
    assert (paper.venue, paper.year, paper.links["code"]) == (
        "Pattern Recognition 2024", 2024, "https://github.com/ruhig6/IBVC")


def test_a_key_idea_and_the_links_on_bullets_below_the_entry():
    # xxwtiancai/Awesome-Video-Coding-Papers (22 key ideas, 16 code links): the code link had been lost to a note
    paper = one("- **`[ICCV 2023]`** [**EVC: Enhanced Neural Video Compression with Per-Pixel Flow-Guided "
                "Alignment**](https://arxiv.org/abs/2303.08362), Hu et al.  \n"
                "  - *Key Idea*: Optical flow-guided alignment for inter-frame coding.  \n"
                "  - [Code](https://github.com/microsoft/evc) | [Bibtex](./refs.bib#L6-L10)\n")
    assert (paper.summary, paper.links["code"], paper.venue) == (
        "Optical flow-guided alignment for inter-frame coding.", "https://github.com/microsoft/evc", "ICCV 2023")


def test_a_name_of_three_words_a_colon_and_the_title_before_two_badges():
    # kkakkkka/awesome-code-as-x
    paper = one("- **Code World Model**: Coding Agent as World Brain. [![arXiv](https://img.shields.io/badge/arXiv-"
                "2608.25927-b31b1b.svg)](https://arxiv.org/abs/2608.25927) [![Website](https://img.shields.io/badge/"
                "Website-Link-blue)](https://buaacyw.github.io/cwm/)\n")
    assert (paper.title, paper.arxiv_id, paper.summary) == (
        "Code World Model: Coding Agent as World Brain", "2608.25927", None)


def test_a_journal_spelled_out_with_its_short_name_in_brackets_after_a_plain_title():
    # haonanhe/Hand-Object-Interaction (5 lines)
    paper = one("1. Single Depth View Based Real-Time Reconstruction of Hand-Object Interactions. [ACM Transactions on "
                "Graphics (TOG) 2021] [[Paper]](https://dl.acm.org/doi/pdf/10.1145/3451341)\n")
    assert (paper.title, paper.venue, paper.year, paper.summary) == (
        "Single Depth View Based Real-Time Reconstruction of Hand-Object Interactions", "TOG 2021", 2021, None)


def test_a_workshop_held_at_a_meeting_and_a_tags_line_in_code():
    # faccoco/awesome-hand-object-interaction (every entry: title, names and venue, link, tags, abstract)
    paper = one("- **Bringing a Personal Point of View: Evaluating Dynamic 3D Gaussian Splatting for Egocentric Scene "
                "Reconstruction**  \n  Jan Warchocki, Xi Wang, Jonas Kulhanek, and Jan van Gemert. EgoVis Workshop at "
                "CVPR, 2026.  \n  [[paper](https://arxiv.org/abs/2604.23803)]  \n"
                "  Tags: `3D Gaussian Splatting`, `dynamic reconstruction`, `egocentric video`\n")
    assert (paper.venue, paper.year, len(paper.authors), paper.summary) == (
        "EgoVis Workshop at CVPR 2026", 2026, 4, None)
    assert paper.notes == ["Tags: 3D Gaussian Splatting, dynamic reconstruction, egocentric video"]


def test_a_topic_tag_in_chinese_inside_the_title_link():
    # zixi-liu/Fraud-Detection-Papers
    paper = one("- [[注意力机制] Attention is All You Need](https://arxiv.org/pdf/1706.03762.pdf)\n")
    assert (paper.title, paper.notes) == ("Attention is All You Need", ["注意力机制"])
