"""Shapes of real lists met in session 39 (lists of round 58, ``bench/unseen-lists/s61a``-``s61h``, still read
wrong, and the fifty-ninth blind labelling round, ``s62a``-``s62h``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse

HATESPEECHDATA = (
    "## List of datasets\n\n### Arabic\n"
    "#### Abusive Language Detection on Arabic Social Media (Twitter)\n"
    "* Link to publication: [https://www.aclweb.org/anthology/W17-3008](https://www.aclweb.org/anthology/W17-3008)\n"
    "* Link to data: [http://alt.qcri.org/~hmubarak/offensive/TweetClassification-Summary.xlsx]"
    "(http://alt.qcri.org/~hmubarak/offensive/TweetClassification-Summary.xlsx)\n"
    "* Task description: Ternary (Obscene, Offensive but not obscene, Clean) \n"
    "* Size of dataset: 1,100 \n"
    "* Reference: Mubarak, H., Darwish, K. and Magdy, W., 2017. Abusive Language Detection on Arabic Social Media. "
    "In: Proceedings of the First Workshop on Abusive Language Online. Vancouver, Canada: Association for "
    "Computational Linguistics, pp.52-56. \n \n"
    "#### Multilingual and Multi-Aspect Hate Speech Analysis (Arabic)\n"
    "* Link to publication: [https://arxiv.org/abs/1908.11049](https://arxiv.org/abs/1908.11049)\n"
    "* Link to data: [https://github.com/HKUST-KnowComp/MLMA_hate_speech]"
    "(https://github.com/HKUST-KnowComp/MLMA_hate_speech) \n"
    "* Language: Arabic \n"
    "* Reference: Ousidhoum, N., Lin, Z., Zhang, H., Song, Y. and Yeung, D., 2019. Multilingual and Multi-Aspect "
    "Hate Speech Analysis. ArXiv,. \n\n"
    "#### Human-in-the-Loop for Data Collection: a Multi-Target Counter Narrative Dataset to Fight Online Hate "
    "Speech\n"
    "* Link to publication: [https://aclanthology.org/2021.acl-long.250.pdf]"
    "(https://aclanthology.org/2021.acl-long.250.pdf)\n"
    "* Link to data: [https://github.com/marcoguerini/CONAN](https://github.com/marcoguerini/CONAN)\n"
    "* Language: English \n"
    "* Reference: Margherita Fanton, Helena Bonaldi, Serra Sinem Tekiroğlu, Marco Guerini Human-in-the-Loop for "
    "Data Collection: a Multi-Target Counter Narrative Dataset to Fight Online Hate Speech In Proceedings of the "
    "59th Annual Meeting of the Association for Computational Linguistics: Long Papers.\n")


def test_a_datasets_heading_over_its_fields_and_reference_is_its_paper():
    # leondz/hatespeechdata: each dataset a heading over "Link to publication", "Link to data", its facts and a
    # "Reference" (Google Scholar's Harvard), under "## List of datasets"
    found = papers(HATESPEECHDATA)
    assert list(found) == [
        "Abusive Language Detection on Arabic Social Media", "Multilingual and Multi-Aspect Hate Speech Analysis",
        "Human-in-the-Loop for Data Collection: a Multi-Target Counter Narrative Dataset to Fight Online Hate Speech"]
    twitter = found["Abusive Language Detection on Arabic Social Media"]
    assert twitter.url == "https://www.aclweb.org/anthology/W17-3008"
    assert (twitter.venue, twitter.year) == ("Workshop on Abusive Language Online 2017", 2017)
    assert [a.name for a in twitter.authors] == ["H. Mubarak", "K. Darwish", "W. Magdy"]
    assert twitter.links["data"].endswith("TweetClassification-Summary.xlsx")
    assert twitter.notes[0] == "Twitter"  # (the heading's "(Twitter)": which of the list's two datasets, a note)
    assert "Size of dataset: 1,100" in twitter.notes
    assert any(n.startswith("In: Proceedings of the First Workshop") for n in twitter.notes)  # (its pages kept)
    multilingual = found["Multilingual and Multi-Aspect Hate Speech Analysis"]
    assert (multilingual.arxiv_id, multilingual.year) == ("1908.11049", 2019)
    assert multilingual.links["data"] == "https://github.com/HKUST-KnowComp/MLMA_hate_speech"
    assert "code" not in multilingual.links  # (the data's repository, not the paper's code)
    conan = found["Human-in-the-Loop for Data Collection: a Multi-Target Counter Narrative Dataset to Fight Online "
                  "Hate Speech"]
    assert conan.url == "https://aclanthology.org/2021.acl-long.250.pdf"


def test_google_scholars_harvard_reference_gives_authors_year_and_title():
    # tamlhp/awesome-machine-unlearning: a quoted reference under its linked title
    found = papers(
        "- Nguyen, T.T., Huynh, T.T., Ren, Z., Nguyen, P.L., Liew, A.W.C., Yin, H. and Nguyen, Q.V.H., 2022. A "
        "Survey of Machine Unlearning. arXiv preprint arXiv:2209.02299.\n")
    paper = found["A Survey of Machine Unlearning"]
    assert (paper.arxiv_id, paper.year) == ("2209.02299", 2022)
    assert [a.name for a in paper.authors][:2] == ["T.T. Nguyen", "T.T. Huynh"]


def test_field_bullets_nested_under_items_are_not_one_papers_fields():
    # cs-liangchen-work/EAE_paper: a section heading over items "ACL2020: Title", each with "Authors:" and "url:"
    # bullets nested under it: the items are the papers, the heading their section
    found = papers(
        "### Others span-based\n\n"
        "- ACL2020: Multi-Sentence Argument Linking\n\n"
        "  - Authors: Seth Ebner, Patrick Xia, Ryan Culkin, Kyle Rawlins, Benjamin Van Durme\n"
        "  - url: https://www.aclweb.org/anthology/2020.acl-main.718/\n\n"
        "- ACL2020: A Two-Step Approach for Implicit Event Argument Detection\n\n"
        "  - Authors: Zhisong Zhang, Xiang Kong, Zhengzhong Liu, Xuezhe Ma and Eduard Hovy\n"
        "  - url: https://www.aclweb.org/anthology/2020.acl-main.667/\n")
    assert list(found) == ["Multi-Sentence Argument Linking",
                           "A Two-Step Approach for Implicit Event Argument Detection"]
    assert found["Multi-Sentence Argument Linking"].venue == "ACL 2020"


def test_a_bold_year_dash_venue_before_a_title_is_when_and_where():
    # GeorgeDu/text-conditioned-3d-generation: every paper a paragraph "**[2023-arXiv]** Title, [[paper](..)]",
    # one title wrapped onto a second line before its links
    found = papers(
        "### 1.1 Text-conditioned 3D Object Generation\n\n"
        "**[2023-arXiv]** MVDream: Multi-view Diffusion for 3D Generation, [[paper](https://arxiv.org/pdf/"
        "2308.16512.pdf)] [[project](https://mv-dream.github.io/)]\n\n"
        "**[2023-arXiv]** Deceptive-NeRF: Enhancing NeRF Reconstruction\n"
        "using Pseudo-Observations from Diffusion Models, [[paper](https://arxiv.org/pdf/2305.15171.pdf)]\n\n"
        "**[2022-CVPR]** Zero-Shot Text-Guided Object Generation with Dream Fields, [[paper](https://arxiv.org/abs/"
        "2112.01455)]\n")
    assert {t: (p.venue, p.year) for t, p in found.items()} == {
        "MVDream: Multi-view Diffusion for 3D Generation": ("arXiv 2023", 2023),
        "Deceptive-NeRF: Enhancing NeRF Reconstruction using Pseudo-Observations from Diffusion Models":
            ("arXiv 2023", 2023),
        "Zero-Shot Text-Guided Object Generation with Dream Fields": ("CVPR 2022", 2022)}
    assert all(p.summary is None for p in found.values())
    assert found["MVDream: Multi-view Diffusion for 3D Generation"].notes == []  # (the prefix is no note now)


def test_a_heading_title_then_who_where_and_when_in_brackets_is_the_paper():
    # daviddao/deep-autonomous-driving-papers: every paper a heading, its authors' initials first, then venue and
    # year in brackets, a star after the ones to read; its notes quoted below
    found = papers(
        "### 1.2 Behaviour Reflex (Supervised End-to-End Learning)\n\n"
        "#### ALVINN, An Autonomous Land Vehicle in a Neural Network (DA Pomerleau 1988) :star:\n\n"
        "> First seminal work of a neural network for autonomous driving.\n\n"
        "#### Off-Road Obstacle Avoidance through End-to-End Learning (Y LeCun, U Mueller, J Ben, E, Cosatto, "
        "B Flepp 2005) :star:\n\n"
        "### 1.3 Direct Perception\n\n"
        "#### DeepDriving: Learning Affordance for Direct Perception in Autonomous Driving (C Chen, A Seff, "
        "A Kornhauser, J Xiao in ICCV2015) :star:\n\n"
        "#### Watch This: Scalable Cost-Function Learning for Path Planning in Urban Environments (M Wulfmeier, "
        "DZ Wang, I Posner, IROS16 Best Student Paper)\n\n"
        "## 2 Theory\n\n"
        "#### Maximum Entropy Deep Inverse Reinforcement Learning (M Wulfmeier, P Ondruska, I Posner, NIPS RL "
        "Workshop 2015)\n")
    alvinn = found["ALVINN, An Autonomous Land Vehicle in a Neural Network"]
    assert ([a.name for a in alvinn.authors], alvinn.year, alvinn.venue) == (["DA Pomerleau"], 1988, None)
    assert alvinn.notes == [":star:", "First seminal work of a neural network for autonomous driving."]
    assert alvinn.tags == ["1.2 Behaviour Reflex (Supervised End-to-End Learning)"]
    dave = found["Off-Road Obstacle Avoidance through End-to-End Learning"]
    assert [a.name for a in dave.authors] == ["Y LeCun", "U Mueller", "J Ben", "E Cosatto", "B Flepp"]
    assert found["DeepDriving: Learning Affordance for Direct Perception in Autonomous Driving"].venue == "ICCV 2015"
    watch = found["Watch This: Scalable Cost-Function Learning for Path Planning in Urban Environments"]
    assert (watch.venue, watch.notes) == ("IROS 2016", ["Best Student Paper"])
    assert found["Maximum Entropy Deep Inverse Reinforcement Learning"].venue == "NIPS 2015 RL Workshop"


def test_a_venue_after_the_links_then_topic_words():
    # CurryTang/awesome-fake-news-detection: "Title [Paper](..) [Code](..) Venue Year [track] topics"
    found = papers(
        "- CED: Credible Early Detection of Social Media Rumors [Paper](http://114.215.64.60:8094/~chm/publications/"
        "tkde2019_CED.pdf) [Code](https://github.com/thunlp/CED) IEEE TKDE 2021 Early Rumor Detection\n"
        "- Compare to The Knowledge: Graph Neural Fake News Detection with External Knowledge [Paper](https://"
        "aclanthology.org/2021.acl-long.62.pdf) [Code](https://github.com/BUPT-GAMMA/CompareNet_FakeNewsDetection) "
        "ACL 2021 main Knowledge-aware fake news detection\n"
        "- Towards Fine-Grained Reasoning for Fake News Detection [Paper](https://arxiv.org/abs/2110.15064) AAAI "
        "2022 \n")
    ced = found["CED: Credible Early Detection of Social Media Rumors"]
    assert (ced.venue, ced.year, ced.summary, ced.notes) == ("IEEE TKDE 2021", 2021, None, ["Early Rumor Detection"])
    compare = found["Compare to The Knowledge: Graph Neural Fake News Detection with External Knowledge"]
    assert (compare.venue, compare.notes) == ("ACL 2021 main", ["Knowledge-aware fake news detection"])
    assert found["Towards Fine-Grained Reasoning for Fake News Detection"].venue == "AAAI 2022"


def test_a_date_cell_of_a_preprints_day_and_where_it_appeared_since():
    # Ruixxxx/Awesome-Vision-Mamba-Models: "| Arxiv 24.02.08 (ECCV 2024 Oral) |", "| Arxiv 24.04.15|"; its news
    # lines link papers too, and are no papers
    found = papers(
        "[NEWS.2024/05/02] **🎉🎉🎉Congratulations to [Vision Mamba](https://arxiv.org/abs/2401.09417) on being "
        "accepted in ICML 2024.**\n\n"
        "## Visual Mamba Backbone Networks\n\n"
        "| Date      | Paper | Link |\n| :-------- | :---- | :-------- |\n"
        "| Arxiv 24.01.17 (ICML 2024) | Vision Mamba: Efficient Visual Representation Learning with Bidirectional "
        "State Space Model | [Link](https://arxiv.org/pdf/2401.09417) |\n"
        "| Arxiv 24.04.15|State Space Model for New-Generation Network Alternative to Transformers: A Survey | "
        "[Link](https://arxiv.org/pdf/2404.09516) |\n")
    assert {t: (p.venue, p.year) for t, p in found.items()} == {
        "Vision Mamba: Efficient Visual Representation Learning with Bidirectional State Space Model":
            ("ICML 2024", 2024),
        "State Space Model for New-Generation Network Alternative to Transformers: A Survey": ("Arxiv 2024", 2024)}


def test_a_month_and_year_in_brackets_is_when_not_where():
    # lx6c78/Vision-Mamba-A-Comprehensive-Survey-and-Taxonomy: "**Title.** [November, 2024] [CVPR, 2025]<br/>"
    found = papers(
        "- **EfficientViM: Efficient Vision Mamba with Hidden State Mixer based State Space Duality.** [November, "
        "2024] [CVPR, 2025]<br/>\n  *Sanghyeok Lee, Joonmyung Choi, Hyunwoo J. Kim.*<br/>\n"
        "  [[Paper](https://arxiv.org/abs/2411.15241)]\n\n"
        "- **MambaQuant: Quantizing the Mamba Family with Variance Aligned Rotation Methods.** [January, 2025] "
        "[ArXiv, 2025]<br/>\n  [[Paper](https://arxiv.org/abs/2501.13484)]\n")
    assert {t: (p.venue, p.year) for t, p in found.items()} == {
        "EfficientViM: Efficient Vision Mamba with Hidden State Mixer based State Space Duality": ("CVPR 2025", 2025),
        "MambaQuant: Quantizing the Mamba Family with Variance Aligned Rotation Methods": ("ArXiv 2025", 2025)}


def test_a_name_and_bibtex_key_in_code_before_the_title():
    # urban-mobility-generation/Language-Modeling-for-Urban-Mobility: "Name (`key`) Title. Venue, Year. [[paper]]"
    found = papers(
        "- **Causal Attention**\n"
        "  - MobTCast (`xue2021mobtcast`) MobTCast: Leveraging auxiliary trajectory forecasting for human mobility "
        "prediction. NeurIPS, 2021. [[paper]](https://arxiv.org/abs/2110.01401) \n"
        "  - CTLE (`lin2021pre`) Pre-training context and time aware location embeddings from spatial-temporal "
        "trajectories for user next location prediction. AAAI, 2021. [[paper]](https://ojs.aaai.org/index.php/AAAI/"
        "article/view/16548) \n"
        "  - Yang et al. (`yang2024applying`) Applying masked language model for transport mode choice behavior "
        "prediction. TR-A, 2024. [[paper]](https://www.sciencedirect.com/science/article/abs/pii/S0965856424001228)\n")
    mob = found["MobTCast: Leveraging auxiliary trajectory forecasting for human mobility prediction"]
    assert (mob.venue, mob.year, mob.notes) == ("NeurIPS 2021", 2021, ["xue2021mobtcast"])
    ctle = found["Pre-training context and time aware location embeddings from spatial-temporal trajectories for "
                 "user next location prediction"]
    assert (ctle.venue, ctle.notes) == ("AAAI 2021", ["CTLE", "lin2021pre"])
    yang = found["Applying masked language model for transport mode choice behavior prediction"]
    assert ([a.name for a in yang.authors], yang.venue) == (["Yang"], "TR-A 2024")


def test_names_in_full_width_commas_then_a_bold_title_and_its_journal():
    # shliu-academic/POI-Recommend-Survey-Paper: "N. Names. **Title**. Journal Year. [[Paper]](..)"
    found = papers(
        "8. Jiyong Zhang， Xin Liu， Xiaofei Zhou， Xiaowen Chu. **Leveraging graph neural networks for "
        "point-of-interest recommendations**. Neurocomputing 2021. [[Paper]](https://doi.org/10.1016/"
        "j.neucom.2021.07.063)\n"
        "4. Xixi Li, Ruimin Hu, Zheng Wang. **Next-point-of-interest recommendation based on joint mining of "
        "regularity and randomness**. Knowledge-Based Systems 2022. [[paper]](https://doi.org/10.1016/"
        "j.knosys.2022.109848)\n")
    gnn = found["Leveraging graph neural networks for point-of-interest recommendations"]
    assert [a.name for a in gnn.authors] == ["Jiyong Zhang", "Xin Liu", "Xiaofei Zhou", "Xiaowen Chu"]
    kbs = found["Next-point-of-interest recommendation based on joint mining of regularity and randomness"]
    assert (kbs.venue, kbs.year, kbs.notes) == ("Knowledge-Based Systems 2022", 2022, [])


def test_full_names_then_a_title_linking_a_folder_of_notes():
    # saiamrit/fake-detection: "- Names [Title](github.com/<the list>/tree/master/<a folder of notes>)", no stop
    # between the names and the title; a repository's own link with names is still no paper
    found = papers(
        "## Face Anti-Spoofing Papers\n\n"
        "- Yaojie Liu, Amin Jourabloo, Xiaoming Liu [Learning Deep Models for Face Anti-Spoofing: Binary or "
        "Auxiliary  Supervision](https://github.com/saiamrit/fake-detection/tree/master/Face%20Anti-spoofing/"
        "Learning%20Deep%20models)\n\n"
        "- Huiling Hao, Mingtao Pei [Face Liveness Detection Based on Client Identity Using Siamese Network]"
        "(https://github.com/saiamrit/fake-detection/tree/master/Face%20Anti-spoofing/Face%20Liveness)\n\n"
        "## Tools\n\n"
        "- [PaLM + RLHF - Pytorch](https://github.com/lucidrains/PaLM-rlhf-pytorch) Phil Wang, Yachine Zahidi\n")
    assert list(found) == ["Learning Deep Models for Face Anti-Spoofing: Binary or Auxiliary Supervision",
                           "Face Liveness Detection Based on Client Identity Using Siamese Network"]
    assert [a.name for a in found["Face Liveness Detection Based on Client Identity Using Siamese Network"].authors] \
        == ["Huiling Hao", "Mingtao Pei"]


def test_a_heading_of_a_methods_name_then_its_papers_title_linked():
    # yuanxu9710/MSA: "### TFN: [Title (EMNLP2017)](doi)" under "### Experiments has been implemented:"
    found = papers(
        "# Paper List\n\n### Experiments has been implemented:\n\n"
        "### TFN: [Tensor Fusion Network for Multimodal Sentiment Analysis (EMNLP2017)](https://doi.org/10.18653/v1/"
        "d17-1115)\n"
        "### MulT: [Multimodal Transformer for Unaligned Multimodal Language Sequences (ACL2019)](https://doi.org/"
        "10.18653/v1/p19-1656)\n")
    tfn = found["Tensor Fusion Network for Multimodal Sentiment Analysis"]
    assert (tfn.doi, tfn.venue, tfn.year, tfn.notes) == ("10.18653/v1/d17-1115", "EMNLP 2017", 2017, ["TFN"])
    assert found["Multimodal Transformer for Unaligned Multimodal Language Sequences"].venue == "ACL 2019"


def test_one_full_name_before_a_title_link_and_an_award_after_it():
    # davidshq/awesome-search-engines: "- Amifa Raj. [Fair Ranking Metrics](..). 9/2022."; ShawnChenn/Awesome-
    # Multimodal-Retrieval-and-Recommendation: "[Title](..) (SIGIR2020 Best Paper Award) <br/> Wait for content
    # update..."
    found = papers(
        "## 2022\n"
        "- Amifa Raj. [Fair Ranking Metrics](https://dl.acm.org/doi/10.1145/3523227.3547430). 9/2022.\n"
        "- Rodrygo L. T. Santos. [Explicit webs earch result diversification](https://www.researchgate.net/"
        "publication/262272502). 6/2013.\n\n"
        "## Article\n"
        "* [Controlling Fairness and Bias in Dynamic Learning-to-Rank](http://www.cs.cornell.edu/people/tj/"
        "publications/morik_etal_20a.pdf) (SIGIR2020 Best Paper Award) <br/> Wait for content update...\n")
    assert [a.name for a in found["Fair Ranking Metrics"].authors] == ["Amifa Raj"]
    assert [a.name for a in found["Explicit webs earch result diversification"].authors] == ["Rodrygo L. T. Santos"]
    fair = found["Controlling Fairness and Bias in Dynamic Learning-to-Rank"]
    assert (fair.venue, fair.year, fair.summary) == ("SIGIR 2020", 2020, None)
    assert fair.notes == ["Best Paper Award", "Wait for content update"]


def test_a_bold_linked_name_its_badge_then_the_title_after_a_dash():
    # vignywang/Awesome-Local-Feature-Matching: "- **[Name](link)** ![VENUE YEAR](badge) — Title [[paper]](..)"
    found = papers(
        "### 2026\n\n"
        "- **[LoMa](https://arxiv.org/abs/2604.04931)** ![ECCV 2026](https://img.shields.io/badge/ECCV-2026-16A34A"
        "?style=flat-square) — Local Feature Matching Revisited [[paper]](https://arxiv.org/abs/2604.04931) "
        "[[code]](https://github.com/davnords/LoMa)\n")
    loma = found["Local Feature Matching Revisited"]
    assert (loma.arxiv_id, loma.venue, loma.summary, loma.notes) == ("2604.04931", "ECCV 2026", None, ["LoMa"])
    assert loma.links["code"] == "https://github.com/davnords/LoMa"


def test_the_preprint_linked_first_then_a_bold_name_the_title_its_author_and_venue_linked():
    # Rsweater/Awesome-Lane-Detection: "([Arxiv YYMM](arXiv)) **Name:** Title. [First Author](dblp) et al.
    # [VENUE](..). [Code](..)"; arXiv the venue where none is named
    found = papers(
        "([Arxiv 2008](https://arxiv.org/abs/2008.13719)) **RESA:** Recurrent Feature-Shift Aggregator for Lane "
        "Detection. [Tu Zheng](https://dblp.uni-trier.de/pid/229/4199.html) et al. [AAAI 2021](https://ojs.aaai.org/"
        "index.php/AAAI/article/view/16469). [Code](https://github.com/ZJULearning/resa)\n\n"
        "([Arxiv 2301](https://arxiv.org/abs/2301.06910)) **BSNet:** Lane Detection via Draw B-spline Curves Nearby. "
        "[Haoxin Chen](https://dblp.uni-trier.de/pid/1.html) et al. [Code](https://github.com/Gy920/BSNet)\n")
    resa = found["RESA: Recurrent Feature-Shift Aggregator for Lane Detection"]
    assert (resa.arxiv_id, resa.venue, resa.year) == ("2008.13719", "AAAI 2021", 2021)
    assert [a.name for a in resa.authors] == ["Tu Zheng"]
    bsnet = found["BSNet: Lane Detection via Draw B-spline Curves Nearby"]
    assert (bsnet.arxiv_id, bsnet.venue, bsnet.year) == ("2301.06910", "arXiv 2023", 2023)


def test_an_html_table_under_an_html_heading_in_the_same_block():
    # sadimanna/awesome-topics: '<h3 class="year-heading">2024</h3>' and the year's '<table>' in one HTML block
    found = papers(
        "## NeurIPS <a id=\"venue-neurips\"></a>\n\n"
        "<a id=\"neurips-2024\"></a>\n<h3 class=\"year-heading\">2024</h3>\n<table class=\"paper-table\">\n"
        "<colgroup>\n<col style=\"width: 60%\">\n<col style=\"width: 15%\">\n</colgroup>\n"
        "<thead><tr>\n<th>Title</th>\n<th> Venue</th>\n<th> Year </th>\n<th>Link</th>\n</tr></thead>\n<tbody>\n"
        "<tr>\n<td>Hybrid Mamba for Few-Shot Segmentation.</td>\n<td>NeurIPS</td>\n<td>2024</td>\n"
        "<td><a href=\"http://papers.nips.cc/paper_files/paper/2024/hash/86fe62e3b315d2578721562d9fd1a433-Abstract-"
        "Conference.html\">Link</a></td>\n</tr>\n</tbody></table>\n")
    mamba = found["Hybrid Mamba for Few-Shot Segmentation"]
    assert (mamba.venue, mamba.year, mamba.tags) == ("NeurIPS 2024", 2024, ["NeurIPS/2024"])


def test_a_bibtex_exports_names_and_year_then_a_title_in_underscores():
    # m0re4u/paper-database: "- Surname, Given and ... (2020): __Title__ Find at: [LINK](..)"
    found = papers(
        "- Xie, Ning and Ras, Gabrielle and van Gerven, Marcel and Doran, Derek (2020): __Explainable deep learning: "
        "A field guide for the uninitiated__ Find at: [LINK](https://arxiv.org/pdf/2004.14545)\n")
    paper = found["Explainable deep learning: A field guide for the uninitiated"]
    assert (paper.arxiv_id, paper.year, paper.summary) == ("2004.14545", 2020, None)
    assert [a.name for a in paper.authors] == ["Ning Xie", "Gabrielle Ras", "Marcel van Gerven", "Derek Doran"]


def test_a_title_then_its_first_author_et_al_then_venue_and_address():
    # SVAIGBA/paper_list (project_debater): "N. Title, Surname et al, Venue Year, https://.."
    found = papers(
        "1. Stance Classification of Context-Dependent Claims, Bar-Haim et al, EACL 2017, https://www.aclweb.org/"
        "anthology/E17-1024.pdf\n"
        "2. Fast End-to-End Wikification, Shnayderman et al, https://arxiv.org/pdf/1908.06785\n")
    stance = found["Stance Classification of Context-Dependent Claims"]
    assert ([a.name for a in stance.authors], stance.venue) == (["Bar-Haim"], "EACL 2017")
    assert [a.name for a in found["Fast End-to-End Wikification"].authors] == ["Shnayderman"]


def test_headings_of_apis_and_of_several_kinds_of_resources_hold_no_papers_without_a_papers_link():
    # laugustyniak/awesome-sentiment-analysis: "## Lexicons, Datasets, Word embeddings, and other resources" and
    # "## API", their items a thing's own page; a paper linked there still is one
    found = papers(
        "## Lexicons, Datasets, Word embeddings, and other resources\n\n"
        "* [SemEval2014](http://alt.qcri.org/semeval2014/index.php?id=tasks)\n\n"
        "* [Stanford Sentiment Treebank](http://nlp.stanford.edu/sentiment/code.html) [paper](http://nlp.stanford.edu"
        "/~socherr/EMNLP2013_RNTN.pdf) - Sentiment dataset with fine-grained sentiment annotations.\n\n"
        "## API\n\n"
        "* [AlchemyAPI - IBM Watson](https://www.ibm.com/watson/developercloud/)\n\n"
        "* [Amazon Comprehend](https://aws.amazon.com/comprehend/)\n")
    assert list(found) == ["Stanford Sentiment Treebank"]


def test_a_venues_heading_with_its_deadlines_month_and_a_name_bar_title_link():
    # Bob130/Human-Pose-Estimation-Papers: "## [[ECCV 2016]](url) - 201603" over its papers; ganevgv/dp-generative-
    # models: "* MST | [Title](arXiv) (McKenna et al., 2021) | [code](..)"
    found = papers(
        "## [[ECCV 2016]](http://www.eccv2016.org/) - 201603\n### 2D Pose\n"
        "- Stacked Hourglass Networks for Human Pose Estimation [[paper]](https://arxiv.org/abs/1603.06937)\n\n"
        "## Methods\n\n"
        "* MST | [Winning the NIST Contest: A Scalable and General Approach to Differentially Private Synthetic Data]"
        "(https://arxiv.org/abs/2108.04978) (McKenna et al., 2021) | [code](https://github.com/ryan112358/private-pgm)"
        "\n")
    hourglass = found["Stacked Hourglass Networks for Human Pose Estimation"]
    assert (hourglass.venue, hourglass.year) == ("ECCV 2016", 2016)
    mst = found["Winning the NIST Contest: A Scalable and General Approach to Differentially Private Synthetic Data"]
    assert (mst.notes, [a.name for a in mst.authors], mst.year) == (["MST"], ["McKenna"], 2021)


def test_two_authors_then_venue_in_brackets_after_a_title_link():
    # tsar-workshop/tsar-workshop.github.io: "[Title](..) (Zhang & Lapata, EMNLP 2017)"; one word alone there is as
    # often a lab's name, and stays a note
    found = papers(
        "- [Sentence Simplification with Deep Reinforcement Learning](https://aclanthology.org/D17-1062) (Zhang & "
        "Lapata, EMNLP 2017)\n"
        "- [A survey of Research on Text Simplification](https://doi.org/10.1075/itl.165.2.06sid) (Siddharthan, "
        "ITL 2014)\n")
    dress = found["Sentence Simplification with Deep Reinforcement Learning"]
    assert ([a.name for a in dress.authors], dress.venue) == (["Zhang", "Lapata"], "EMNLP 2017")
    survey = found["A survey of Research on Text Simplification"]
    assert (survey.authors, survey.venue, survey.notes) == ([], "ITL 2014", ["Siddharthan"])


def test_starred_key_lines_under_a_numbered_citation():
    # dongqi-me/Text-Style-Generation: "<br> * Paper: URL", "<br> * Code: URL", "<br> * Approach: ..." below
    found = papers(
        "1. Toward Controlled Generation of Text (Hu et al., ICML 2017)\n"
        "    <br> * Paper: http://proceedings.mlr.press/v70/hu17e.html\n"
        "    <br> * Code: https://github.com/asyml/texar\n"
        "    <br> * Approach: VAE+holistic feature discriminator\n")
    paper = found["Toward Controlled Generation of Text"]
    assert (paper.url, paper.summary) == ("http://proceedings.mlr.press/v70/hu17e.html",
                                          "VAE+holistic feature discriminator")
    assert paper.links["code"] == "https://github.com/asyml/texar"


def test_a_table_row_cited_with_a_year_letter_under_a_heading_that_names_a_field():
    # OSU-MLB/awesome-continual-learning-robotics-embodied-ai: "| SDP [Wang et al., 2025b] | .. | CoRL’24 |", and
    # "### Navigation" (the robots', not the list's) over such rows
    found = papers(
        "### Navigation\n\n"
        "| Paper | CL Technique | Setting | Benchmark | Code | Venue |\n| :--- | :--- | :--- | :--- | :---: | :---: |\n"
        "| VLNCL [Li et al., 2025] | ML + ER | 🌍 | R2R |  | IROS’25 |\n"
        "| SDP [Wang et al., 2025b] | MoE + PE | 📦🎯 | Mimicgen | [💻](https://github.com/AnthonyHuo/SDP) "
        "| CoRL’24 |\n")
    assert {t: ([a.name for a in p.authors], p.venue) for t, p in found.items()} == {
        "VLNCL": (["Li"], "IROS 2025"), "SDP": (["Wang"], "CoRL 2024")}


def test_a_sentence_that_cites_a_paper_is_no_entry_and_takes_no_title():
    # Angzz/awesome-panoptic-segmentation: prose that links a paper ("from [UPSNet](arXiv).") above the entry that
    # lists it; the entry keeps its own title
    found = papers(
        "### Structure Overview\n\nfrom [UPSNet](https://arxiv.org/pdf/1901.03784.pdf).\n\n"
        "## Papers\n\n"
        "* Yuwen Xiong, Renjie Liao <br /> \"UPSNet: A Unified Panoptic Segmentation Network\" CVPR (2019) "
        "[[paper](https://arxiv.org/pdf/1901.03784.pdf)]\n")
    assert list(found) == ["UPSNet: A Unified Panoptic Segmentation Network"]


def test_a_title_glued_to_its_venue_and_first_author():
    # mendy-2013/Review-on-deep-learning-based-single-image-rain-removal: "Title.(CVPR2020),Jiang et al.[url]"
    found = papers(
        "  *   Multi-Scale Progressive Fusion Network for Single Image Deraining.(CVPR2020),Jiang et al.[https://"
        "github.com/kuijiang0802/MSPFN]\n")
    paper = found["Multi-Scale Progressive Fusion Network for Single Image Deraining"]
    assert ([a.name for a in paper.authors], paper.venue, paper.links["code"]) == (
        ["Jiang"], "CVPR 2020", "https://github.com/kuijiang0802/MSPFN")


def test_a_numbered_heading_over_its_authors_line_is_a_paper_not_a_section():
    # minnie-lin/World-Simulator: "#### 6. Title" over "Names (Lab)" and the abstract folded, then the table that
    # links the same papers; the table stays under the section above the headings
    found = [e.data for e in parse(
        "### 💡 Human ArXiv Papers\n\n"
        "#### 6. SimAvatar: Simulation-Ready Avatars with Layered Hair and Clothing\n"
        "Xueting Li, Ye Yuan, Shalini De Mello, Gilles Daviet, Jonathan Leaf, Miles Macklin, Jan Kautz, Umar Iqbal "
        "(NVIDIA)\n<details span>\n<summary><b>Abstract</b></summary>\nWe introduce SimAvatar.\n</details>\n\n"
        "| Year | Title | ArXiv Time | Paper |\n|---|---|---|---|\n"
        "| 2024 | **SimAvatar: Simulation-Ready Avatars with Layered Hair and Clothing**  | 19 Dec 2024 | "
        "[Link](https://arxiv.org/abs/2412.09545) |\n").entries]
    heading, row = found  # (the same paper twice: the import merges them by their title)
    assert [a.name for a in heading.authors][:2] == ["Xueting Li", "Ye Yuan"]
    assert row.arxiv_id == "2412.09545"
    assert heading.tags == row.tags == ["Human ArXiv Papers"]


def test_a_summary_group_named_in_bold_then_counted_and_described():
    # REAL-Lab-NU/Awesome-Self-Evolving-Scientific-Agents: "<summary><b>Name</b> (21) · <i>what it holds</i></summary>"
    found = papers(
        "<details>\n<summary><b>💡 Knowledge</b> (21) · <i>agents that distill rules, mechanisms, and hypotheses</i>"
        "</summary>\n\n"
        "- (*arXiv'26*) **AI-Newton**: Concept-Driven Physical Law Discovery [[📝 Paper](https://arxiv.org/abs/"
        "2504.01538)]\n\n</details>\n")
    assert [p.tags for p in found.values()] == [["Knowledge"]]


def test_a_number_in_brackets_and_a_stop_before_a_bold_italic_title():
    # jiangnanboy/paper_read_note: "(1). ***Title(VENUE2023)*** [笔记地址](notes/README.md)", paragraphs
    found = papers(
        "#### 1.table structure recognition\n"
        "(1). ***An End-to-End Multi-Task Learning Model for Image-based Table Recognition(VISIGRAPP2023)*** "
        "[笔记地址](cv/table_structure_recognition/1/README.md)\n\n"
        "(2). ***Divide Rows and Conquer Cells Towards Structure Recognition for Large Tables(IJCAI-23)*** "
        "[笔记地址](cv/table_structure_recognition/2/README.md)\n")
    assert {t: p.venue for t, p in found.items()} == {
        "An End-to-End Multi-Task Learning Model for Image-based Table Recognition": "VISIGRAPP 2023",
        "Divide Rows and Conquer Cells Towards Structure Recognition for Large Tables": "IJCAI 2023"}


def test_a_heading_that_is_a_title_and_its_venue_in_brackets():
    # XinshaoAmosWang/Deep-Metric-Embedding: "#### Title (ICCV 2017)", most with nothing under them; a heading
    # naming its year alone in brackets stays a section
    found = papers(
        "## paper list from 2014 to now (2019)\n\n"
        "#### No Fuss Distance Metric Learning using Proxies (ICCV 2017)\n\n\n"
        "#### Heated-up Softmax Embedding (ICLR 2019 Submission)\n\n"
        "#### Sampling Matters in Deep Embedding Learning (ICCV 2017)\n"
        "* Paper: http://openaccess.thecvf.com/content_ICCV_2017/papers/Wu_Sampling_Matters_in_ICCV_2017_paper.pdf\n")
    assert {t: (p.venue, p.year) for t, p in found.items()} == {
        "No Fuss Distance Metric Learning using Proxies": ("ICCV 2017", 2017),
        "Heated-up Softmax Embedding": ("ICLR 2019 Submission", 2019),
        "Sampling Matters in Deep Embedding Learning": ("ICCV 2017", 2017)}
    sampling = found["Sampling Matters in Deep Embedding Learning"]
    assert sampling.url.endswith("Wu_Sampling_Matters_in_ICCV_2017_paper.pdf")


def test_an_html_paragraph_that_is_one_entry():
    # IDEA-Research/awesome-detection-transformer: every paper a "<p>" of a bold title, its authors, its venue and
    # its links, a line each
    found = papers(
        "## Object Detection\n\n<p>\n"
        "<font size=3><b>AdaMixer: A Fast-Converging Query-Based Object Detector.</b></font>\n<br>\n"
        "<font size=2>Ziteng Gao, Limin Wang, Bing Han, Sheng Guo.</font>\n<br>\n<font size=2>CVPR 2022.</font>\n"
        "<a href='https://arxiv.org/abs/2203.16507'>[paper]</a> <a href='https://github.com/MCG-NJU/AdaMixer'>"
        "[code]</a>    \n</p>\n")
    paper = found["AdaMixer: A Fast-Converging Query-Based Object Detector"]
    assert (paper.arxiv_id, paper.venue, paper.links["code"]) == (
        "2203.16507", "CVPR 2022", "https://github.com/MCG-NJU/AdaMixer")
    assert [a.name for a in paper.authors] == ["Ziteng Gao", "Limin Wang", "Bing Han", "Sheng Guo"]


def test_a_j_c_column_is_the_venue():
    # albarqouni/Deep-Learning-for-Medical-Applications: "| Technique | ... | Paper Title | DB | J/C | Year |"
    found = papers(
        "| Technique | Modality | Area | Paper Title | DB | J/C | Year |\n|---|---|---|---|---|---|---|\n"
        "| AE | MRI | Brain | Unsupervised Deep Learning for Brain Tumour Segmentation [[pdf]](https://example.org/a.pdf)"
        " | BRATS | MICCAI | 2017 |\n")
    paper = found["Unsupervised Deep Learning for Brain Tumour Segmentation"]
    assert (paper.venue, paper.year) == ("MICCAI 2017", 2017)


def test_the_first_of_several_h1_sections_straight_over_its_papers_is_no_title():
    # jaealways/must-read-paper-NLP-daily (2023/WMT.md): "# Research Papers" over its papers, then six more H1s
    found = papers(
        "# Research Papers\t\n"
        "- [ ] Document-Level Language Models for Machine Translation\n"
        "Frithjof Petrick, Christian Herold, Pavel Petrushkov, Shahram Khadivi and Hermann Ney\n\n"
        "# Shared Task Overview Papers\t\n"
        "- [ ] Findings of the WMT 2023 Shared Task on Quality Estimation\n"
        "Frederic Blain, Chrysoula Zerva, Ricardo Rei and Nuno M. Guerreiro\n\n"
        "# Test Suites\t\n"
        "- [ ] Test Suites Task: Evaluation of Gender Fairness in MT with MuST-SHE and INES\n"
        "Beatrice Savoldi, Marco Gaido, Matteo Negri and Luisa Bentivogli\n")
    assert found["Document-Level Language Models for Machine Translation"].tags == ["Research Papers"]
    assert found["Findings of the WMT 2023 Shared Task on Quality Estimation"].tags == ["Shared Task Overview Papers"]


def test_who_and_when_then_the_description_after_a_name_link():
    # natnew/awesome-ai-scientists: "- [Name](link) - Rein et al., 2023. What it is."
    found = papers(
        "- [GPQA](https://arxiv.org/abs/2311.12022) - Rein et al., 2023. Graduate-level Google-proof questions "
        "across biology, physics, and chemistry.\n"
        "- [The ethics of using AI in scientific research](https://link.springer.com/article/10.1007/s43681-023-"
        "00271-x) - Resnik & Hosseini, 2024. Actionable recommendations for responsible AI use in science.\n")
    gpqa = found["GPQA"]
    assert ([a.name for a in gpqa.authors], gpqa.year) == (["Rein"], 2023)
    assert gpqa.summary.startswith("Graduate-level")
    assert [a.name for a in found["The ethics of using AI in scientific research"].authors] == ["Resnik", "Hosseini"]


def test_one_or_two_bare_titles_in_a_document_of_bare_titles():
    # TianhaoFu/Awesome-3D-Semantic-Segmentation: method headings over bare titles, some over one or two of them
    point_based = "".join(f"- {t}\n" for t in (
        "PointNet: Deep learning on point sets for 3D classification and segmentation",
        "PointNet++: Deep hierarchical feature learning on point sets in a metric space",
        "PointSIFT: A SIFT-like network module for 3D point cloud semantic segmentation",
        "RandLA-Net: Efficient semantic segmentation of large-scale point clouds",
        "LSANet: Feature learning on point sets by local spatial attention",
        "PointCNN: Convolution on x-transformed points",
        "A-CNN: Annularly convolutional neural networks on point clouds",
        "KPConv: Flexible and deformable convolution for point clouds",
        "PointAtrousNet: Point atrous convolution for point cloud analysis",
        "DAR-Net: Dynamic aggregation network for semantic scene segmentation",
        "ShellNet: Efficient point cloud convolutional neural networks using concentric shells statistics",
        "Point-voxel cnn for efficient 3D deep learning",
        "Recurrent slice networks for 3D segmentation of point clouds",
        "Exploring spatial context for 3D semantic segmentation of point clouds",
        "Tangent convolutions for dense prediction in 3D",
        "Dilated point convolutions: On the receptive field of point convolutions",
        "PyramNet: Point cloud pyramid attention network and graph embedding module for classification",
        "Know what your neighbors do: 3D semantic segmentation of point clouds"))
    found = papers(
        "##### Point-wise shared MLP\n" + point_based +
        "##### Lattice Convolution\n"
        "- SplatNet: Sparse lattice networks for point cloud processing\n"
        "- LatticeNet: Fast point cloud segmentation using permutohedral lattices\n")
    assert found["SplatNet: Sparse lattice networks for point cloud processing"].tags == ["Lattice Convolution"]
    assert len(found) == 20


def test_a_year_glued_to_a_hyphenated_venue_before_the_title():
    # YuemingJin/Reading-for-Surgical-Vision: "* [2020RA-L] Title" over its notes in code
    found = papers(
        "* [2020RA-L] Towards Better Surgical Instrument Segmentation in Endoscopic Vision: Multi-Angle Feature "
        "Aggregation and Contour Supervision\n"
        "* [2019MICCAI] Incorporating Temporal Prior from Motion Flow for Instrument Segmentation in Minimally "
        "Invasive Surgery Video\n")
    assert sorted(p.venue for p in found.values()) == ["MICCAI 2019", "RA-L 2020"]
