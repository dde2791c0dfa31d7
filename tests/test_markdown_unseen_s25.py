"""Shapes of real lists found by the twenty-second blind labelling round (``bench/unseen-lists/s25a``-``s25h``),
held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_an_apa_reference_with_bold_authors_and_the_title_in_quotes():
    # FF-GardenFn/mechanistic-interpretability-techniques (133 of 291 lines): the quoted title had run on into the
    # venue, and the arXiv ID written after it had been a note
    found = papers(
        "## Behavior Localization\n\n### Ablation Studies #causality\n"
        '- **Vig, J., & Belinkov, Y. (2019)**. "Analyzing the structure of attention in a transformer language '
        'model." *BlackboxNLP Workshop*. arXiv:1906.04284\n'
        '- **Wang, K., Variengien, A., Conmy, A., Shlegeris, B., & Steinhardt, J. (2022)**. "Interpretability in the '
        'wild: a circuit for indirect object identification in GPT-2 small." *ICLR 2023*. arXiv:2211.00593\n'
        '- **Dar, G., Geva, M., Gupta, A., et al. (2022)**. "Analyzing Transformer Dynamics as Movement Through '
        'Embedding Space" - arXiv:2206.02654, DOI:10.48550/arXiv.2206.02654\n'
        '- **Elhage, N., et al. (2022)**. "Toy Models of Superposition" - *Anthropic*. arXiv:2209.10652, URL: '
        "https://transformer-circuits.pub/2022/toy_model/index.html\n")
    assert [(p.title, p.arxiv_id, p.venue, p.year, len(p.authors)) for p in found.values()] == [
        ("Analyzing the structure of attention in a transformer language model", "1906.04284",
         "BlackboxNLP Workshop 2019", 2019, 2),
        ("Interpretability in the wild: a circuit for indirect object identification in GPT-2 small", "2211.00593",
         "ICLR 2023", 2023, 5),
        ("Analyzing Transformer Dynamics as Movement Through Embedding Space", "2206.02654", "arXiv 2022", 2022, 3),
        ("Toy Models of Superposition", "2209.10652", "Anthropic 2022", 2022, 1)]
    wild = found["Interpretability in the wild: a circuit for indirect object identification in GPT-2 small"]
    assert wild.notes == [] and wild.authors[0].name == "K. Wang"
    assert found["Analyzing Transformer Dynamics as Movement Through Embedding Space"].doi == \
        "10.48550/arxiv.2206.02654"  # (DOIs are kept in lower case)
    assert found["Toy Models of Superposition"].url == "https://transformer-circuits.pub/2022/toy_model/index.html"


def test_hashtag_keywords_in_bold_are_not_papers():
    # FF-GardenFn/mechanistic-interpretability-techniques: its search keywords, above the papers
    found = papers(
        "## Quick Search Keywords\n\nUse Ctrl+F/Cmd+F to search by topic:\n"
        "- **#superposition** - Understanding feature superposition\n"
        "- **#circuits** - Circuit discovery and analysis\n\n"
        "## Papers\n\n"
        '- **Michel, P., Levy, O., & Neubig, G. (2019)**. "Are sixteen heads really better than one?" *NeurIPS*. '
        "arXiv:1905.10650\n")
    assert [(p.title, p.venue) for p in found.values()] == [
        ("Are sixteen heads really better than one?", "NeurIPS 2019")]


def test_an_arxiv_month_label_in_double_brackets_gives_the_venue_and_year():
    # cooperleong00/Awesome-LLM-Interpretability (106 lines): "[[arxiv 2402]](arXiv link)"
    found = papers(
        "## Surveys\n\n"
        "* **Opening the Black Box of Large Language Models: Two Views on Holistic Interpretability** "
        "[[arxiv 2402]](http://arxiv.org/abs/2402.10688)\n"
        "* **Explainability for Large Language Models: A Survey** [[TIST 2024]](https://dl.acm.org/doi/10.1145/3639372)"
        " [[arxiv 2309]](https://arxiv.org/abs/2309.01029)\n")
    assert [(p.arxiv_id, p.venue, p.year) for p in found.values()] == [
        ("2402.10688", "arXiv 2024", 2024), ("2309.01029", "TIST 2024", 2024)]


def test_a_year_in_brackets_before_a_venue_in_brackets_is_the_venues_year():
    # YuweiYin/Overview_of_Artificial_Intelligence: under "### 2010 - 2015", "(2013) (ICCV) Title" had given
    # venue "ICCV" with no year
    found = papers(
        "### 2010 - 2015\n\n"
        "- (2013) (ICCV) HOGgles: Visualizing Object Detection Features\n"
        "- (2014) (ECCV) Visualizing and Understanding Convolutional Networks\n"
        "- (2015) (CVPR) Understanding Deep Image Representations by Inverting Them\n")
    assert [(p.venue, p.year) for p in found.values()] == [("ICCV 2013", 2013), ("ECCV 2014", 2014),
                                                            ("CVPR 2015", 2015)]


def test_names_and_year_then_the_venue_alone_after_a_title_link():
    # datawhalechina/rl-papers (41 of 53 entries): "TP Lillicrap et al 2016, ICLR." had been the summary
    found = papers(
        "## Model Free\n\n"
        "* DDPG: [Continuous control with deep reinforcement learning](https://arxiv.org/pdf/1509.02971.pdf), "
        "TP Lillicrap et al 2016, ICLR.\n"
        "* PPO: [Proximal policy optimization algorithms](https://arxiv.org/pdf/1707.06347.pdf), J Schulman et al "
        "2017.\n")
    assert [(p.title, p.venue, p.year, [a.name for a in p.authors], p.summary) for p in found.values()] == [
        ("Continuous control with deep reinforcement learning", "ICLR 2016", 2016, ["TP Lillicrap"], None),
        ("Proximal policy optimization algorithms", None, 2017, ["J Schulman"], None)]


def test_the_year_then_a_venue_of_any_acronym_and_no_code_after_a_title_link():
    # hlhang9527/Recent-Safe-RL-Papers-with-Code (37 lines): ", 2020 ICLR, no code" had been the summary, and
    # "2019 CDC" (a venue paperctl does not know by name) too
    found = papers(
        "## Papers\n\n"
        "- [CAQL: CONTINUOUS ACTION Q-LEARNING](https://arxiv.org/pdf/1909.12397.pdf), 2020 ICLR, no code\n"
        "- [Safe Reinforcement Learning Using Robust MPC](https://arxiv.org/abs/1906.04005), 2019 CDC, no code\n")
    assert [(p.venue, p.year, p.summary, p.notes) for p in found.values()] == [
        ("ICLR 2020", 2020, None, ["no code"]), ("CDC 2019", 2019, None, ["no code"])]


def test_a_year_in_brackets_opening_a_title_link_is_its_year():
    # Limmen/awesome-rl-for-cybersecurity (111 lines): "[(2021) Title](arXiv)"
    found = papers(
        "## Papers\n\n"
        "* [(2021) Reinforcement Learning for Industrial Control Network Cyber Security Orchestration]"
        "(https://arxiv.org/abs/2106.05332)\n")
    [paper] = found.values()
    assert (paper.title, paper.year) == (
        "Reinforcement Learning for Industrial Control Network Cyber Security Orchestration", 2021)


def test_authors_and_year_in_bold_then_the_title_in_italics_then_where():
    # gentaiscool/code-switching-papers (146 lines of HTML bold and italics): the bold "Winata, et al. (2023)" had
    # been the title, and the title the summary
    found = papers(
        "## Survey\n\n"
        "- <b>Winata, et al. (2023)</b> <i>The Decades Progress on Code-Switching Research in NLP: A Systematic "
        'Survey on Trends and Challenges</i>. ACL Findings <a href="https://arxiv.org/pdf/2212.09660.pdf">[Paper]</a>\n'
        "- <b>Jose, et al. (2020)</b> <i>A Survey of Current Datasets for Code-Switching Research</i>. International "
        "Conference on Advanced Computing and Communication Systems (ICACCS) "
        '<a href="https://ieeexplore.ieee.org/document/9074205">[Paper]</a>\n'
        "- <b>Chandu, et al. (2018)</b> <i>Language Informed Modeling of Code-Switched Text</i>. 3rd Workshop of "
        'Computational Approaches to Linguistic Code-switching, ACL <a href="http://www.aclweb.org/anthology/W18-3211">'
        "[Paper]</a>\n"
        "- <b>Roberto R. Heredia and Jeanette Altarriba. (2001)</b> <i>Bilingual Language Mixing: Why Do Bilinguals "
        "Code-Switch?</i>, SAGE Publications "
        '<a href="https://journals.sagepub.com/doi/pdf/10.1111/1467-8721.00140">[Paper]</a>\n')
    assert [(p.title[:30], p.venue, p.year, [a.name for a in p.authors], p.summary) for p in found.values()] == [
        ("The Decades Progress on Code-S", "ACL 2023 Findings", 2023, ["Winata"], None),
        ("A Survey of Current Datasets f", "ICACCS 2020", 2020, ["Jose"], None),
        ("Language Informed Modeling of ", "3rd Workshop of Computational Approaches to Linguistic Code-switching, "
         "ACL 2018", 2018, ["Chandu"], None),
        ("Bilingual Language Mixing: Why", "SAGE Publications 2001", 2001, ["Roberto R. Heredia", "Jeanette Altarriba"],
         None)]


def test_a_bold_venue_dash_year_with_a_citation_count_before_the_title_link():
    # HCIILAB/Scene-Text-Recognition-Recommendations (134 lines): the bold prefix had been a note, and with no colon
    # after it the entry had been lost
    found = papers(
        "## Methods\n\n"
        "- **AAAI-2022**:[Text Gestalt: Stroke-Aware Scene Text Image Super-Resolution]"
        "(https://arxiv.org/pdf/2112.08171.pdf)\n"
        "- **Neural Computing-2020, 引用数:17**:[Adaptive embedding gate for attention-based scene text recognition]"
        "(https://www.sciencedirect.com/science/article/pii/S0925231219316510)\n"
        "- **ICCV-2021，引用数:1** [Joint Visual Semantic Reasoning: Multi-Stage Decoder for Text Recognition]"
        "(https://openaccess.thecvf.com/content/ICCV2021/html/Bhunia_Joint_Visual_Semantic_Reasoning_Multi-Stage_"
        "Decoder_for_Text_Recognition_ICCV_2021_paper.html)\n"
        "- **arXiv-2021/12/16**:[TRIG: Transformer-Based Text Recognizer with Initial Embedding Guidance]"
        "(https://arxiv.org/abs/2111.08314)\n")
    assert [(p.title[:20], p.venue, p.year, p.notes) for p in found.values()] == [
        ("Text Gestalt: Stroke", "AAAI 2022", 2022, []),
        ("Adaptive embedding g", "Neural Computing 2020", 2020, ["引用数:17"]),
        ("Joint Visual Semanti", "ICCV 2021", 2021, ["引用数:1"]),
        ("TRIG: Transformer-Ba", "arXiv 2021", 2021, [])]


def test_google_scholars_mla_for_a_paper_in_proceedings():
    # Wa1den-jy/Topic-on-Table-Recognition (33 of its 62 references): "In <proceedings>, pp. a-b. Publisher, Year."
    # had been the summary
    found = papers(
        "## Table Detection\n\n"
        '* Gao, Liangcai, Yilun Huang, and Eva Lang. "ICDAR 2019 competition on table detection and recognition '
        '(cTDaR)." In 2019 International Conference on Document Analysis and Recognition (ICDAR), pp. 1510-1515. '
        "IEEE, 2019.  [Paper Link](https://ieeexplore.ieee.org/abstract/document/8978120)\n"
        '* Zhong, Xu, Elaheh ShafieiBavani, and Antonio Jimeno Yepes. "Image-based table recognition: data, model, '
        'and evaluation." In European Conference on Computer Vision, pp. 564-580. Springer, Cham, 2020. '
        "[Paper Link](https://link.springer.com/chapter/10.1007/978-3-030-58589-1_34)\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [
        ("ICDAR 2019", 2019, None), ("European Conference on Computer Vision 2020", 2020, None)]


def test_who_made_it_in_bold_brackets_then_the_date_and_venue_between_bars():
    # harrytea/Awesome-Document-Understanding: "**(Microsoft)** | 22.12.05 | CVPR23 | [Code](..)" had all been the
    # summary
    found = papers(
        "## Papers\n\n"
        "- [Unifying Vision, Text, and Layout for Universal Document Processing](https://arxiv.org/abs/2212.02623) "
        "**(Microsoft)** | 22.12.05 | CVPR23 | [Code](https://github.com/microsoft/i-Code/tree/main/i-Code-Doc)\n"
        "- [DocLLM: A layout-aware generative language model for multimodal document understanding]"
        "(https://arxiv.org/abs/2401.00908) **(JPMorgan AI Research)** | 23.12.31 | arXiv\n")
    assert [(p.venue, p.year, p.summary, p.notes, p.links.get("code")) for p in found.values()] == [
        ("CVPR 2023", 2023, None, ["Microsoft"], "https://github.com/microsoft/i-Code/tree/main/i-Code-Doc"),
        ("arXiv 2023", 2023, None, ["JPMorgan AI Research"], None)]


def test_a_column_of_venues_and_years_is_the_venue_whatever_its_name():
    # awesome-physics/awesome-neural-physics ("Info", 136 rows) and MoyangSensei/AwesomeRobustDWM ("Pub.", 115 rows):
    # every venue and year had been lost
    found = papers(
        "## Fluid\n\n|Name|Info|Link|Label|\n|---|---|---|---|\n"
        "|**Data-driven fluid simulations using regression forests**| TOG 2015| "
        "[Link](https://dl.acm.org/doi/10.1145/2816795.2818129) | ![][~fluid]\n"
        "|**Accelerating eulerian fluid simulation with convolutional networks**| ICML 2017| "
        "[Link](https://github.com/google/FluidNet) | ![][~fluid]\n"
        "|**Data-driven synthesis of smoke flows with CNN-based feature descriptors**| TOG 2017| "
        "[Link](https://ge.in.tum.de/publications/2017-sig-chu/) | ![][~fluid]\n\n"
        "## Driving\n\n| Abbr.      | Pub.     | Full Title | Paper  | Code |\n|:---:|:---:|:---|:---:|:---:|\n"
        "| **SEM2** | NIPS22 | Model-based imitation learning for urban driving | "
        "[[✓](https://arxiv.org/abs/2210.04017)] | ✗ |\n"
        "| **Glad** | ICLR25 | Glad: A Streaming Scene Generator for Autonomous Driving | "
        "[[✓](https://arxiv.org/abs/2503.00045)] | [[✓](https://github.com/xb534/Glad)] |\n"
        "| **Other** | arXiv24 | A World Model for Driving Scenes | [[✓](https://arxiv.org/abs/2405.00001)] | ✗ |\n")
    assert [(p.title[:25], p.venue, p.year) for p in found.values()] == [
        ("Data-driven fluid simulat", "TOG 2015", 2015), ("Accelerating eulerian flu", "ICML 2017", 2017),
        ("Data-driven synthesis of ", "TOG 2017", 2017), ("Model-based imitation lea", "NIPS 2022", 2022),
        ("Glad: A Streaming Scene G", "ICLR 2025", 2025), ("A World Model for Driving", "arXiv 2024", 2024)]


def test_a_results_table_citing_each_methods_venue_gives_no_papers():
    # feifeiobama/Awesome-Person-ReID: "| method | reference | scores |" rows name methods whose papers the list gives
    # elsewhere; a column of venues does not make "ACT" a paper
    found = papers(
        "## Results\n\n| method     | reference | DukeMTMC->Market-1501 | Market-1501->DukeMTMC |\n"
        "| ---------- | --------- | --------------------- | --------------------- |\n"
        "| IDM        | ICCV 21   | 93.2 97.5 82.8        | 83.6 91.5 93.7        |\n"
        "| GLT        | CVPR 21   | 92.2 96.5 79.5        | 82.0 90.2 69.2        |\n"
        "| ACT        | AAAI 20   | 80.5  \\-\\-:\\-  60.6   | 72.4  \\-\\-:\\-  54.5   |\n")
    assert found == {}


def test_authors_folded_in_details_are_read_in_full():
    # Westlake-AGI-Lab/Awesome-Style-Transfer-with-Diffusion-Models (74 of 75 papers): the short list in <summary> and
    # the full one after it had run together ("Yanchen Liu Junyao Gao" as one name)
    found = papers(
        "## Papers\n\n"
        "+ **StyleShot: A Snapshot on Any Style** (1 Jul 2024) <details><summary>Junyao Gao, Yanchen Liu et al."
        "</summary>Junyao Gao, Yanchen Liu, Yanan Sun, Yinhao Tang, Yanhong Zeng, Kai Chen, Cairong Zhao</details>\n"
        "[![Paper](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2407.01414)\n"
        "[![Code](https://img.shields.io/github/stars/open-mmlab/StyleShot.svg?style=social&label=Star)]"
        "(https://github.com/open-mmlab/StyleShot)\n")
    [paper] = found.values()
    assert [a.name for a in paper.authors] == ["Junyao Gao", "Yanchen Liu", "Yanan Sun", "Yinhao Tang",
                                               "Yanhong Zeng", "Kai Chen", "Cairong Zhao"]
    assert (paper.arxiv_id, paper.year, paper.notes) == ("2407.01414", 2024, [])


def test_hashtags_ending_a_heading_are_tags_not_its_name():
    # FF-GardenFn/mechanistic-interpretability-techniques: "### Activation Patching #causality #circuits"
    found = papers(
        "## Behavior Localization\n\n### Activation Patching #causality #circuits\n"
        '- **Michel, P., Levy, O., & Neubig, G. (2019)**. "Are sixteen heads really better than one?" *NeurIPS*. '
        "arXiv:1905.10650\n\n### C# tools\n"
        "- [A Study of Language Tools for Programmers](https://arxiv.org/abs/1905.10651)\n")
    assert [p.tags for p in found.values()] == [["Behavior Localization/Activation Patching"],
                                                    ["Behavior Localization/C# tools"]]


def test_a_description_after_the_italic_title_is_no_venue():
    # the shape of gentaiscool/code-switching-papers, with sentences after the title instead of where it appeared
    found = papers(
        "## Survey\n\n"
        "- <b>Winata, et al. (2023)</b> <i>A Survey of Code-Switching</i>. We review the field. It covers forty "
        'years <a href="https://arxiv.org/pdf/2212.09660.pdf">[Paper]</a>\n'
        "- <b>Shana Poplack (1978)</b> <i>Syntactic structure and social function of code-switching</i>. Vol. 2. "
        "Centro de Estudios Puertorriqueños, City University of New York "
        '<a href="https://www.researchgate.net/publication/317039669">[Paper]</a>\n')
    assert [(p.venue, p.summary) for p in found.values()] == [
        (None, "We review the field. It covers forty years"),
        ("Vol. 2. Centro de Estudios Puertorriqueños, City University of New York 1978", None)]
