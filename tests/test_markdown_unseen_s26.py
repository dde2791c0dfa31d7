"""Shapes of real lists found by the twenty-third blind labelling round (``bench/unseen-lists/s26a``-``s26h``),
held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_a_check_mark_then_a_dash_glued_to_an_mla_citation():
    # JeffC0628/awesome-voice-conversion (68 lines): ":heavy_check_mark: -Baas, Matthew, ..." had put the authors and
    # the dash into the title; the first author of an MLA list with two given names ("Li, Yinghao Aaron") had been two
    # people; a meeting named without "In" had been the summary
    found = papers(
        "## Papers\n\n"
        ':heavy_check_mark: -Baas, Matthew, Benjamin van Niekerk, and Herman Kamper. "**Voice Conversion With Just '
        'Nearest Neighbors.**" arXiv preprint arXiv:2305.18975 (2023). [[Paper]](https://arxiv.org/pdf/2305.18975.pdf) '
        "[[Project]](https://github.com/bshall/knn-vc))\n\n"
        ':heavy_check_mark: -Li, Yinghao Aaron, Cong Han, and Nima Mesgarani. "**Styletts-vc: One-shot voice '
        'conversion by knowledge transfer from style-based tts models.**" 2022 IEEE Spoken Language '
        "Technology Workshop (SLT). IEEE, 2023. [[Paper]](https://arxiv.org/abs/2212.14227) [[Project]](https://github.com/yl4579/StyleTTS-VC)\n")
    assert [(p.title[:30], [a.name for a in p.authors], p.venue, p.year) for p in found.values()] == [
        ("Voice Conversion With Just Nea", ["Matthew Baas", "Benjamin van Niekerk", "Herman Kamper"], "arXiv 2023",
         2023),
        ("Styletts-vc: One-shot voice co", ["Yinghao Aaron Li", "Cong Han", "Nima Mesgarani"], "SLT 2022", 2022)]


def test_a_family_name_alone_before_full_names_without_mla_and_stays_a_name():
    # Event-AHU/Medical_Image_Analysis: "Dorfner , Liv Jürgensen, Leonhard Donle, ..." has no ", and" before its last
    # name; "Liv Jürgensen" is a person of her own, not Dorfner's given names
    from paperctl.formats.markdown import people

    assert people.parse("Dorfner , Liv Jürgensen, Leonhard Donle, Fares Al Mohamad") == [
        "Dorfner", "Liv Jürgensen", "Leonhard Donle", "Fares Al Mohamad"]
    assert people.parse("Paliwal, Shubham Singh, D. Vishwanath, Rohit Rahul, and Lovekesh Vig") == [
        "Shubham Singh Paliwal", "D. Vishwanath", "Rohit Rahul", "Lovekesh Vig"]


def test_a_check_mark_then_a_spaced_dash_and_google_scholars_icassp_name():
    # JeffC0628/awesome-voice-conversion: ":heavy_check_mark: - Nguyen, Bac, ..." and "ICASSP 2022-2022 IEEE
    # International Conference on Acoustics, Speech and Signal Processing (ICASSP). IEEE, 2022."
    found = papers(
        "## Papers\n\n"
        ':heavy_check_mark: - Nguyen, Bac, and Fabien Cardinaux. "**Nvc-net: End-to-end adversarial voice '
        'conversion.**" ICASSP 2022-2022 IEEE International Conference on Acoustics, Speech and Signal Processing '
        "(ICASSP). IEEE, 2022. [[Paper]](https://arxiv.org/abs/2106.00992)\n")
    [paper] = found.values()
    assert (paper.title, [a.name for a in paper.authors], paper.venue, paper.year) == (
        "Nvc-net: End-to-end adversarial voice conversion", ["Bac Nguyen", "Fabien Cardinaux"], "ICASSP 2022", 2022)


def test_who_when_and_where_in_brackets_closed_after_the_link():
    # Jackson-Kang/Awesome-DL-based-Text-to-speech-Papers-and-Resources (all 31 entries): the bracket had been the
    # summary
    found = papers(
        "## Autoregressive\n\n"
        "* **Tacotron** (Y. Wang et. al., Mar. 2017., Google, [arxiv](https://arxiv.org/pdf/1703.10135.pdf))\n"
        "* **Char2Wav** (J. Soleto et. al., Feb. 2017., Motreal., "
        "[paper](https://mila.quebec/wp-content/uploads/2017/02/end-end-speech.pdf))\n")
    assert [(p.title, [a.name for a in p.authors], p.year, p.notes, p.summary) for p in found.values()] == [
        ("Tacotron", ["Y. Wang"], 2017, ["Google"], None), ("Char2Wav", ["J. Soleto"], 2017, ["Motreal"], None)]


def test_a_paper_column_of_paper_links_and_a_first_column_of_names():
    # ML4Sustain/Awesome-RS-Reasoning-Models (139 rows): the "Paper" column holds "[Paper](..)" alone, the first its
    # model's name; every row had been "no title". "2025 · arXiv" is a year and where it appeared
    found = papers(
        "## Reasoning Models\n\n"
        "| Resource | Year / Venue | Paper | Weights / Data | Official code | Stars |\n"
        "| :---: | :---: | :---: | :---: | :---: | :---: |\n"
        "| **SegEarth-R1** | 2025 · arXiv | [Paper](https://arxiv.org/abs/2504.09644) | — | — | — |\n"
        "| **TerraScope** | 2026 · CVPR | [Paper](https://arxiv.org/abs/2603.19039) | — | — | — |\n"
        "| **RemoteCLIP** | 2024 · TGRS | [Paper](https://doi.org/10.1109/TGRS.2024.3390838) | — | "
        "[Code](https://github.com/ChenDelong1999/RemoteCLIP) | 390 |\n")
    assert [(p.title, p.arxiv_id, p.doi, p.venue, p.year) for p in found.values()] == [
        ("SegEarth-R1", "2504.09644", None, "arXiv 2025", 2025), ("TerraScope", "2603.19039", None, "CVPR 2026", 2026),
        ("RemoteCLIP", None, "10.1109/tgrs.2024.3390838", "TGRS 2024", 2024)]  # (DOIs are kept in lower case)


def test_a_bold_title_tagged_with_its_section_then_venue_authors_and_a_tldr_line():
    # nuster1128/Awesome-Causal-Papers (41 entries): the tag had stayed in the title, "(2023-ICLR)" had been the
    # venue as written, the authors and "TLDR:" the summary
    found = papers(
        "### Causal Inference\n\n"
        "**[Causal Inference] Tier Balancing: Towards Dynamic Fairness over Underlying Causal Factors**. (2023-ICLR) "
        "Zeyu Tang, Yatong Chen, Yang Liu, Kun Zhang. \n"
        "**TLDR**: We formulate and investigate a long-term fairness notion. (长期公平性) \n")
    [paper] = found.values()
    assert (paper.title, paper.venue, paper.year, [a.name for a in paper.authors], paper.summary, paper.notes) == (
        "Tier Balancing: Towards Dynamic Fairness over Underlying Causal Factors", "ICLR 2023", 2023,
        ["Zeyu Tang", "Yatong Chen", "Yang Liu", "Kun Zhang"],
        "We formulate and investigate a long-term fairness notion. (长期公平性)", ["Causal Inference"])


def test_a_title_then_its_venue_and_year_then_names_et_al():
    # junjun-jiang/Hyperspectral-Image-Super-Resolution-Benchmark (104 lines): "Title, CVPR2015, N. Akhtar et al." had
    # been cut at the initial, the venue and year lost
    found = papers(
        "## Single Image\n\n"
        "- Bayesian sparse representation for hyperspectral image super resolution, CVPR2015, N. Akhtar et al.\n"
        "- Hyperspectral Image Spatial Super-Resolution via 3D Full Convolutional Neural Network, Remote Sensing, "
        "2017, Saohui Mei et al. [[PDF](https://www.mdpi.com/2072-4292/9/11/1139)]\n")
    assert [(p.title, p.venue, p.year, [a.name for a in p.authors]) for p in found.values()] == [
        ("Bayesian sparse representation for hyperspectral image super resolution", "CVPR 2015", 2015, ["N. Akhtar"]),
        ("Hyperspectral Image Spatial Super-Resolution via 3D Full Convolutional Neural Network", "Remote Sensing 2017",
         2017, ["Saohui Mei"])]


def test_a_nested_bullet_giving_the_month_and_where_it_appeared():
    # Chen-Yang-Liu/Awesome-Change-Captioning (one a paper): "- (2024. 09) Arxiv" under the title and its authors had
    # been a note
    found = papers(
        "## Methods\n\n"
        "- **CDChat: A Large Multimodal Model for Remote Sensing Change Description** "
        "[[paper]](https://arxiv.org/abs/2409.16261) [[code]](https://github.com/techmn/cdchat)\n"
        "  - Mubashir Noman, Noor Ahsan, Muzammal Naseer\n"
        "  - (2024. 09) Arxiv\n\n"
        "- **Inter-Temporal Interaction and Symmetric Difference Learning for Remote Sensing Image Change Captioning** "
        "[[paper]](https://ieeexplore.ieee.org/abstract/document/10689474)\n"
        "  - Yunpeng Li; Xiangrong Zhang; Xina Cheng; Puhua Chen; Licheng Jiao\n"
        "  - (2024. 09) IEEE Transactions on Geoscience and Remote Sensing\n")
    assert [(p.venue, p.year, len(p.authors), p.notes) for p in found.values()] == [
        ("Arxiv 2024", 2024, 3, []), ("IEEE Transactions on Geoscience and Remote Sensing 2024", 2024, 5, [])]


def test_who_when_and_where_accepted_in_brackets_after_a_plain_title():
    # stdacore/NAS-survey (17 lines): "(Akimoto et al. 2019; accepted at ICML’19)" had stayed in the title; not
    # "(Multimedia Tools and Applications, 2021)", a journal (KimMeen/Awesome-GNN4TS)
    found = papers(
        "## One-shot\n\n"
        "* Adaptive Stochastic Natural Gradient Method for One-Shot Neural Architecture Search (Akimoto et al. 2019; "
        "accepted at ICML’19) <br>\nhttps://arxiv.org/abs/1905.08537\n\n"
        "* Searching for A Robust Neural Architecture in Four GPU Hours (Dong and Yang 2019, accepted at CVPR’19) "
        "<br>\nhttps://arxiv.org/abs/1910.04465\n\n"
        "* Demand prediction for a public bike sharing program based on spatio-temporal graph convolutional networks "
        "(Multimedia Tools and Applications, 2021) [[paper]](https://link.springer.com/article/10.1007/s11042-020-10145-9)"
        "\n")
    assert [(p.title[:30], p.venue, p.year, [a.name for a in p.authors], p.summary) for p in found.values()] == [
        ("Adaptive Stochastic Natural Gr", "ICML 2019", 2019, ["Akimoto"], None),
        ("Searching for A Robust Neural ", "CVPR 2019", 2019, ["Dong", "Yang"], None),
        ("Demand prediction for a public", "Multimedia Tools and Applications 2021", 2021, [], None)]


def test_a_year_field_first_gives_a_bare_venue_its_year():
    # jwkanggist/automl-papers-in-practice (16 of 24 bullets): "- 2018 | Title | Authors | ICML | [PDF]" gave "ICML"
    found = papers(
        "## Noisy Label Problem\n\n"
        "- 2018 | Mentornet:Learning data-driven curriculum for very deep neural networks on corrupted labels | "
        "Lu Jiang, et al. | ICML | [`PDF`](https://arxiv.org/pdf/1712.05055.pdf)\n")
    [paper] = found.values()
    assert (paper.venue, paper.year, [a.name for a in paper.authors]) == ("ICML 2018", 2018, ["Lu Jiang"])


def test_a_journal_named_with_and_after_a_bold_title_is_no_pair_of_authors():
    # Thinklab-SJTU/awesome-hpo: "Sustainable Cities and Society, 2020." had been two authors
    found = papers(
        "## Surveys\n\n"
        "9. **A survey on hyperparameters optimization algorithms of forecasting models in smart grid** Sustainable "
        "Cities and Society, 2020. [paper](https://www.researchgate.net/publication/341464056)\n")
    [paper] = found.values()
    assert (paper.venue, paper.year, paper.authors) == ("Sustainable Cities and Society 2020", 2020, [])


def test_a_venue_and_its_full_year_after_an_apostrophe_in_italic_brackets():
    # usail-hkust/Awesome-Urban-LLM-Agents (27 lines): "(*arXiv'2024.10*)" and "(*Building Simulation'2025*)" had been
    # notes
    found = papers(
        "## Agents\n\n"
        "- (*arXiv'2024.10*) TrajAgent: An Agent Framework for Unified Trajectory Modelling "
        "[[paper](https://arxiv.org/abs/2410.20445v1)]\n"
        "- (*Building Simulation'2025*) Large language models for building energy applications: Opportunities and "
        "challenges [[paper](https://link.springer.com/article/10.1007/s12273-025-1235-9)]\n")
    assert [(p.venue, p.year, p.notes) for p in found.values()] == [
        ("arXiv 2024", 2024, []), ("Building Simulation 2025", 2025, [])]


def test_a_venue_and_two_digit_year_opening_a_title_linking_its_code():
    # chingswy/HumanPoseMemo (38 lines): "[CVPR, 19. Title](github)" had been "a link to a repository"
    found = papers(
        "## With code\n\n"
        "  - [CVPR, 19. Learning 3D Human Dynamics from Video](https://github.com/akanazawa/human_dynamics)\n"
        "  - [ICCV, 19. SPIN - SMPL oPtimization IN the loop](https://github.com/nkolot/SPIN)\n")
    assert [(p.title, p.venue, p.year, p.links.get("code")) for p in found.values()] == [
        ("Learning 3D Human Dynamics from Video", "CVPR 2019", 2019, "https://github.com/akanazawa/human_dynamics"),
        ("SPIN - SMPL oPtimization IN the loop", "ICCV 2019", 2019, "https://github.com/nkolot/SPIN")]


def test_an_apa_title_ending_with_an_acronym_and_no_bracket_left_in_the_note():
    # acl-org/ethics-reading-list: "The glass ceiling in NLP." had run on into the proceedings (a title could not end
    # with a capital, lest it end at an initial); the "[" of "[[paper](..)]" had ended the note kept of the rest
    found = papers(
        "## 2018\n\n"
        "* Schluter, N. (2018). The glass ceiling in NLP. In Proceedings of the 2018 Conference on Empirical Methods "
        "in Natural Language Processing (pp. 2793-2798). doi:10.18653/v1/D18-1301 "
        "[[paper](https://www.aclweb.org/anthology/D18-1301)]\n"
        "* Aka, O., Burke, K., & Mitchell, M. (2021). Measuring Model Biases in the Absence of Ground Truth. "
        "DOI:10.1145/3461702.3462557. AIES '21: AAAI/ACM Conference on AI, Ethics, and Society. "
        "[[paper](https://arxiv.org/abs/2103.03417)]\n")
    assert [(p.title, p.year, p.doi) for p in found.values()] == [
        ("The glass ceiling in NLP", 2018, "10.18653/v1/d18-1301"),
        ("Measuring Model Biases in the Absence of Ground Truth", 2021, "10.1145/3461702.3462557")]
    assert not any(note.endswith("[") for p in found.values() for note in p.notes)
