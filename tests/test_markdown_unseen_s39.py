"""Shapes of real lists found by the thirty-sixth blind labelling round (``bench/unseen-lists/s39a``-
``s39h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers
from paperctl.formats.markdown import venues


def test_a_year_in_brackets_then_a_full_stop_before_the_title_link():
    # zhaozhiyong19890102/Recommender-System (89 entries): none had been read
    paper = one("- [2019]. [Interaction-aware Factorization Machines for Recommender Systems](https://arxiv.org/pdf/"
                "1902.09757.pdf)\n  - 简介：交互感知的因子分解机\n")
    assert (paper.title, paper.year, paper.arxiv_id) == (
        "Interaction-aware Factorization Machines for Recommender Systems", 2019, "1902.09757")


def test_who_and_where_written_as_the_paper_links_text():
    # neemakot/Fact-Checking-Survey (53 entries): "[[Lu and Li, ACL 2020]](url)"
    found = papers("* GCAN: Graph-aware Co-Attention Networks for Explainable Fake News Detection on Social Media "
                   "[[Lu and Li, ACL 2020]](https://www.aclweb.org/anthology/2020.acl-main.48/)\n"
                   "* All-in-one: Multi-task Learning for Rumour Verification [[Kochkina et al., COLING '18]]"
                   "(https://www.aclweb.org/anthology/C18-1288/) [[DATA]](https://figshare.com/articles/x/6392078)\n")
    gcan, rumour = found.values()
    assert (names(gcan), gcan.venue, gcan.year, gcan.url) == (
        ["Lu", "Li"], "ACL 2020", 2020, "https://www.aclweb.org/anthology/2020.acl-main.48/")
    assert (names(rumour), rumour.venue, rumour.links) == (
        ["Kochkina"], "COLING 2018", {"data": "https://figshare.com/articles/x/6392078"})


def test_an_apa_reference_after_the_name_the_list_knows_it_by():
    # kingsj0405/awesome-face-related-list (27 lines): "[VAE] Kingma, D. P., & Welling, M. (2014). ..."
    paper = one("- [VAE] Kingma, D. P., & Welling, M. (2014). Auto-encoding variational bayes. ICLR. "
                "[arXiv](https://arxiv.org/abs/1312.6114).\n")
    assert (paper.title, names(paper), paper.venue, paper.notes) == (
        "Auto-encoding variational bayes", ["D. P. Kingma", "M. Welling"], "ICLR 2014", ["VAE"])


def test_a_venue_with_the_dates_it_was_received_and_accepted():
    # BaoBao0926/Awesome-Mamba-in-Remote-Sensing (114 rows under a "Venue(received, accepted)" column)
    assert venues.parse("TGRS(24.04.28, 25.01.17)") == ("TGRS 2025", 2025)
    assert venues.parse("arXiv(24.04.12, -)") == ("arXiv 2024", 2024)


def test_a_heading_of_scholars_in_a_field_holds_no_papers():
    # ICTMCG/fake-news-detection: "## Distinguished Scholars in Fake News Detection (虚假新闻检测领域杰出学者)"
    found = papers("## Papers\n- KDD-2021 [Causal Understanding of Fake News Dissemination on Social Media](http://"
                   "www.cs.iit.edu/~kshu/files/kdd_causal.pdf)\n\n"
                   "## Distinguished Scholars in Fake News Detection (虚假新闻检测领域杰出学者)\n"
                   "- [Huan Liu](https://www.public.asu.edu/~huanliu/): Professor, Arizona State University.\n")
    assert list(found) == ["Causal Understanding of Fake News Dissemination on Social Media"]


def test_a_citation_over_lines_and_the_abstracts_sentence_quoted_below():
    # ll0ruc/event-extraction-paper (78 entries): the quote is the summary
    paper = one("### 2016\n\n1. **A Language-Independent Neural Network for Event Detection.**\n"
                "  _Xiaocheng Feng, Lifu Huang, Duyu Tang, Bing Qin, Heng Ji, Ting Liu._\n  ACL 2016.\n"
                "  [paper](https://www.aclweb.org/anthology/P16-2011.pdf)\n  \n"
                "    > We develop a hybrid neural network to capture both sequence and chunk information.\n")
    assert (paper.venue, len(paper.authors), paper.summary, paper.notes) == (
        "ACL 2016", 6, "We develop a hybrid neural network to capture both sequence and chunk information.", [])


def test_et_al_with_its_et_left_out():
    # polarisZhao/awesome-face (17 of its 24 author brackets)
    paper = one("- [Feature Incay for Representation Regularization](https://arxiv.org/abs/1705.10284)"
                "[Yuhui Yuan al., 2017]\n")
    assert (names(paper), paper.year) == (["Yuhui Yuan"], 2017)


def test_a_methods_name_then_its_title_link_in_the_paragraph_below():
    # polarisZhao/awesome-face: "- **CosFace:**", a blank line, the title link indented under it
    paper = one("- **ArcFace:**   [**[code]**](https://github.com/deepinsight/insightface )\n\n"
                "    [ArcFace: Additive Angular Margin Loss for Deep Face Recognition](https://arxiv.org/pdf/"
                "1801.07698.pdf) [Jiankang Deng al., 2018]\n")
    assert (paper.title, paper.notes, names(paper), paper.links) == (
        "ArcFace: Additive Angular Margin Loss for Deep Face Recognition", ["ArcFace"], ["Jiankang Deng"],
        {"code": "https://github.com/deepinsight/insightface"})


def test_a_bold_label_over_paragraphs_each_a_methods_name_and_its_paper():
    # polarisZhao/awesome-face: "- **Deep ID Series**" over "**DeepID2:** [Title](arXiv) [Yi Sun et al., 2014]"
    found = papers("- **Deep ID Series**\n\n"
                   "    **DeepID2:** [Deep Learning Face Representation by Joint Identification-Verification]"
                   "(https://arxiv.org/abs/1406.4773) [Yi Sun et al., 2014]\n\n"
                   "    **DeepID2+:** [Deeply learned face representations are sparse, selective, and robust]"
                   "(https://arxiv.org/abs/1412.1265) [Yi Sun et al., 2014]\n")
    assert [(p.arxiv_id, p.notes) for p in found.values()] == [
        ("1406.4773", ["Deep ID Series", "DeepID2"]), ("1412.1265", ["Deep ID Series", "DeepID2+"])]


def test_a_year_column_holding_the_year_and_the_venue():
    # Qingcsai/awesome-Deepfakes ("Year|Publications", 42 rows)
    found = papers("Year|Publications\n:--:|:-------------:\n"
                   "2019 IEEE BTAS | [Multi-task learning for detecting and segmenting manipulated facial images "
                   "and videos](https://ieeexplore.ieee.org/abstract/document/9185974)\n"
                   "2019 AAAI Oral MMLAB-CUHK | [Talking Face Generation by Adversarially Disentangled Audio-Visual "
                   "Representation](https://arxiv.org/abs/1807.07860)\n")
    assert [(p.venue, p.year) for p in found.values()] == [("IEEE BTAS 2019", 2019), ("AAAI 2019 Oral", 2019)]


def test_a_year_alone_before_the_authors_is_the_venues():
    # algomatic-inc/awesome-ai-agents-guide (47 lines): "- 2024 - Basu et al., Title (ACL)"; a month's date is not
    found = papers("- 2024 - Basu et al., API-BLEND: A Comprehensive Corpora for Training and Benchmarking API LLMs "
                   "(ACL) [[arXiv](https://arxiv.org/abs/2402.15491)]\n"
                   "- 2023.10 - Wu et al., AutoGen: Enabling Next-Gen LLM Applications (COLM) "
                   "[[arXiv](https://arxiv.org/abs/2308.08155)]\n")
    assert [(p.venue, p.year) for p in found.values()] == [("ACL 2024", 2024), ("COLM", 2023)]


def test_a_datasets_track_and_a_comma_written_after_a_space():
    paper = one("*   **SciCode: A Research Coding Benchmark Curated by Scientists**, NeurIPS 2024 Datasets Track "
                "[[paper]](https://arxiv.org/abs/2407.13168)\n")  # Asaf-Yehudai/LLM-Agent-Evaluation-Survey
    assert (paper.venue, paper.summary) == ("NeurIPS 2024 Datasets Track", None)
    paper = one("- Self-Supervised Learning for Recommender Systems: A Survey ,arxiv 2022, [[paper]](https://arxiv.org/"
                "pdf/2203.15876.pdf)\n")  # archersama/awesome-recommend-system-pretraining-papers
    assert (paper.title, paper.venue) == ("Self-Supervised Learning for Recommender Systems: A Survey", "arxiv 2022")


def test_bold_words_within_sentences_make_no_list_of_papers():
    # VectorInstitute/Recommender-Systems-Survey: "1. Balancing **personalization** and **privacy**."
    assert papers("## Challenges in Recommender Systems\nKey challenges:\n1. Balancing **personalization** and "
                  "**privacy**.\n2. Addressing **cold-start** problems.\n") == {}


def test_a_tools_name_in_brackets_and_its_address_is_no_paper():
    # kingsj0405/awesome-face-related-list: "- [dlib] http://dlib.net/face_detector.py.html. [code](..)."
    assert papers("- [dlib] http://dlib.net/face_detector.py.html. [code](http://dlib.net/face_detector.py.html).\n"
                  ) == {}


def test_what_the_paper_brings_in_italics_before_the_title_within_the_bold():
    # SuperBruceJia/Awesome-Mixture-of-Experts (19 of 35 entries)
    paper = one("**_Top-1 Routing and Load Balance Loss_ - Switch Transformers: Scaling to Trillion Parameter Models "
                "with Simple and Efficient Sparsity**\\\n_William Fedus, Barret Zoph, Noam Shazeer_\\\n")
    assert (paper.title, paper.notes, names(paper)) == (
        "Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity",
        ["Top-1 Routing and Load Balance Loss"], ["William Fedus", "Barret Zoph", "Noam Shazeer"])


def test_the_names_end_at_et_al():
    # mingze-yuan/Awesome-LLM-Healthcare: "*Yunxiang Li et al. Cureus.*" had read as one author "Yunxiang Li Cureus"
    paper = one("- [2023/04] **ChatDoctor: A Medical Chat Model** *Yunxiang Li et al. Cureus.* "
                "[[paper](https://www.cureus.com/articles/152858)]\n")
    assert names(paper) == ["Yunxiang Li"]
