"""Shapes of real lists found by the thirty-ninth blind labelling round (``bench/unseen-lists/s42a``-
``s42h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers
from paperctl.formats.markdown.reader import parse


def test_a_bold_question_over_prose_and_a_list_of_other_lists_are_not_papers():
    # LouisDo2108/Awesome-Continual-Learning-for-Information-Retrieval: "**Why this is relevant**" heads
    # paragraphs of prose; "### Lists" names other repositories by owner and name
    parsed = parse("### Compatible Representation Learning\n**Why this is relevant**\n\n"
                   "Many real-world systems work by storing a large collection of feature vectors.\n\n"
                   "#### Papers\n- [**ICCV'23**] CTP: Towards Vision-Language Continual Pretraining via Compatible "
                   "Momentum Contrast and Topology Preservation [[Paper](http://arxiv.org/abs/2308.07146)] "
                   "[[Code](https://github.com/KevinLight831/CTP)]\n\n### Lists\n---\n"
                   "- **gabriben/awesome-generative-information-retrieval**. [[Github](https://github.com/gabriben/"
                   "awesome-generative-information-retrieval)]\n\n"
                   "Note: Copy paste from this [post](https://www.linkedin.com/posts/x-activity-7471198591617884161) "
                   "with some modifications.\n")
    assert [(e.data.title, e.data.venue) for e in parsed.entries] == [
        ("CTP: Towards Vision-Language Continual Pretraining via Compatible Momentum Contrast and Topology "
         "Preservation", "ICCV 2023")]
    assert dict(parsed.skipped) == {
        11: "a repository named by its title, not a paper",  # (0-based lines)
        13: "a post, not a paper (no link to a paper)"}


def test_the_month_and_venue_in_brackets_before_the_title_link():
    # zd200572/awesome-bioagent-papers (its every entry): "[2024.05 Nature Machine Intelligence] [Title](..)";
    # "Preprint" on a bioRxiv link is bioRxiv, as on an arXiv link it is arXiv
    found = papers("## Agent papers\n\n"
                   "- [2023.11 Preprint] [Validation of an LLM-based Multi-Agent Framework for Protein Engineering in "
                   "Dry Lab and Wet Lab](https://arxiv.org/abs/2411.06029v1)\n"
                   "- [2023.12 Preprint] [Leveraging large language models for data analysis automation](https://www."
                   "biorxiv.org/content/10.1101/2023.12.11.571140v2.abstract)\n"
                   "- [2024.05 Nature Machine Intelligence] [Augmenting large language models with chemistry tools]"
                   "(https://www.nature.com/articles/s42256-024-00832-8?fromPaywallRec=false)\n")
    assert [(p.venue, p.year, p.notes) for p in found.values()] == [
        ("arXiv 2023", 2023, []), ("bioRxiv 2023", 2023, []), ("Nature Machine Intelligence 2024", 2024, [])]


def test_a_preprint_posted_in_a_month_is_the_preprint_of_that_year():
    # dongzhuoyao/awesome-flow-matching (40 of 82 entries): "Arxiv June 2023.", "Arxiv 2024/05.", "Arxiv 2403."
    # (the user's own list keeps "(Arxiv Feb 2024)" after its titles as written: tests/test_import.py)
    found = papers("**On Kinetic Optimal Probability Paths for Generative Models** \\\n"
                   "*Neta Shaul, Ricky T. Q. Chen, Maximilian Nickel, Matt Le, Yaron Lipman* \\\n"
                   "Arxiv June 2023. [[Paper](https://arxiv.org/abs/2306.06626)] \n\n"
                   "**Probabilistic Forecasting with Stochastic Interpolants and Föllmer Processes** \\\n"
                   "*Yifan Chen, Mark Goldstein, Mengjian Hua, Michael S. Albergo, Nicholas M. Boffi, Eric "
                   "Vanden-Eijnden* \\\n Arxiv 2403. [[Paper](https://arxiv.org/abs/2403.13724)] \n\n"
                   "**Variational Flow Matching for Graph Generation** \\\n"
                   "*Floor Eijkelboom, Grigory Bartosh, Christian Andersson Naesseth, Max Welling, Jan-Willem van de "
                   "Meent* \\\n Arxiv 2024/05. [[Paper](https://arxiv.org/abs/2406.04843)] \n")
    assert [(p.venue, p.year) for p in found.values()] == [("Arxiv 2023", 2023), ("Arxiv 2024", 2024),
                                                           ("Arxiv 2024", 2024)]


def test_springer_natures_cite_this_article_after_the_title_link():
    # DenseAI/awesome-biomedical-machine-learning (42 lines end so): surnames and initials, the journal's short
    # name, volume and pages, the year in brackets, the DOI
    found = papers(
        "- [Overall survival prediction of non-small cell lung cancer by integrating microarray and clinical data "
        "with deep learning](https://www.nature.com/articles/s41598-020-61588-w) Lai, Y., Chen, W., Hsu, T. et al. "
        "Sci Rep 10, 4679 (2020). https://doi.org/10.1038/s41598-020-61588-w\n"
        "- [A machine-learning heuristic to improve gene score prediction of polygenic traits](https://www.nature."
        "com/articles/s41598-017-13056-1) Paré, G., Mao, S. & Deng, W.Q.  Sci Rep 7, 12665 (2017). "
        "https://doi.org/10.1038/s41598-017-13056-1\n")
    survival, heuristic = found.values()
    assert (names(survival), survival.venue, survival.doi, survival.summary) == (
        ["Y. Lai", "W. Chen", "T. Hsu"], "Sci Rep 2020", "10.1038/s41598-020-61588-w", None)
    assert (names(heuristic), heuristic.venue, heuristic.year) == (["G. Paré", "S. Mao", "W.Q. Deng"],
                                                                   "Sci Rep 2017", 2017)


def test_a_bold_title_then_the_acl_anthologys_order_and_a_description():
    # bksaini078/LLM-Powered-Human-Digital-Twins (63 entries): "**Title**. Names. Year. Venue. URL. Why it matters."
    found = papers(
        "- **LLMs Reproduce Human Purchase Intent via Semantic Similarity Elicitation of Likert Ratings**. Benjamin "
        "F. Maier et al. 2025. arXiv preprint. https://arxiv.org/abs/2510.08338. Directly evaluates whether LLMs "
        "can reproduce purchase-intent signals from Likert-style responses.\n"
        "- **Emulating Public Opinion: A Proof-of-Concept of AI-Generated Synthetic Survey Responses for the Chilean "
        "Case**. Bastián González-Bustamante, Nando Verelst, Carla Cisternas. 2025. Working paper / Empiria Lab "
        "Method Series. https://arxiv.org/abs/2509.09871. Applied example of synthetic respondents for "
        "public-opinion research.\n")
    likert, chile = found.values()
    assert (names(likert), likert.venue, likert.arxiv_id, likert.summary) == (
        ["Benjamin F. Maier"], "arXiv 2025", "2510.08338",
        "Directly evaluates whether LLMs can reproduce purchase-intent signals from Likert-style responses.")
    assert (names(chile), chile.venue, chile.summary) == (
        ["Bastián González-Bustamante", "Nando Verelst", "Carla Cisternas"],
        "Working paper / Empiria Lab Method Series 2025",
        "Applied example of synthetic respondents for public-opinion research.")


def test_a_venue_and_the_month_it_came_out_in_brackets_after_a_bold_title():
    # Persdre/awesome-llm-human-simulation (90 of 146 entries): "**Title** (arXiv, 2024.04) [[Paper](..)]"
    found = papers("- **From Persona to Personalization: A Survey on Role-Playing Language Agents** (arXiv, 2024.04) "
                   "[[Paper](https://arxiv.org/pdf/2404.18231)]\n"
                   "- **Can Large Language Models Transform Computational Social Science?** (Computational "
                   "Linguistics, 2024.03) [[Paper](https://direct.mit.edu/coli/article-pdf/doi/10.1162/coli_a_00502/2191886/"
                   "coli_a_00502.pdf)]\n")
    assert [(p.venue, p.year, p.notes) for p in found.values()] == [
        ("arXiv 2024", 2024, []), ("Computational Linguistics 2024", 2024, [])]


def test_the_year_and_month_in_brackets_inside_a_bold_title_link():
    # DocsaidLab's face anti-spoofing roadmap (40 entries): "[**[20.04] Title**](..)", then a line about it
    found = papers("1. [**[12.09] On the Effectiveness of Local Binary Patterns in Face Anti-Spoofing**](https://"
                   "ieeexplore.ieee.org/document/6313548)\n"
                   "   使用 LBP 與其變種特徵，針對平面照片與螢幕重播攻擊進行辨識。\n")
    paper, = found.values()
    assert (paper.title, paper.year, paper.summary) == (
        "On the Effectiveness of Local Binary Patterns in Face Anti-Spoofing", 2012,
        "使用 LBP 與其變種特徵，針對平面照片與螢幕重播攻擊進行辨識。")


def test_a_toolkits_paper_row_and_two_authors_cited_in_brackets():
    # entropy2333/awesome-key-information-extraction: a toolkit's paper under "## Toolkits" is a paper;
    # Johswald/awesome-hypernetworks: "[Title](..) (Savarese & Maire 2019)"
    found = papers("## Toolkits\n\n| Year | Title | Links |\n| ---- | ---- | :--: |\n"
                   "| 2022 | DavarOCR: A Toolbox for OCR and Multi-Modal Document Understanding | [[paper]](https://"
                   "arxiv.org/pdf/2207.06695v1.pdf)[[code]](https://github.com/hikopensource/davar-lab-ocr) |\n\n"
                   "## Adaptive Layers\n\n- [Learning Implicitly Recurrent CNNs Through Parameter Sharing](https://"
                   "arxiv.org/abs/1902.09701) (Savarese & Maire 2019)\n")
    davar, recurrent = found.values()
    assert (davar.title, davar.arxiv_id, davar.year, davar.tags) == (
        "DavarOCR: A Toolbox for OCR and Multi-Modal Document Understanding", "2207.06695", 2022, ["Toolkits"])
    assert (names(recurrent), recurrent.year, recurrent.venue) == (["Savarese", "Maire"], 2019, None)


def test_questions_an_assistant_left_at_the_end_are_not_papers():
    # hardikbha/deepfake-detection-survey: "# Do You Want Me To:" / "1. **Add all these to README?** (I'll ...)"
    parsed = parse("## Papers\n\n- [Unlocking VLM Capabilities for Generalizable Detection](https://arxiv.org/abs/"
                   "2503.14853)\n\n# Do You Want Me To:\n\n1. **Add all these to README?** (I'll organize by "
                   "category)\n2. **Look for more papers from specific venues?** (e.g., AAAI, WACV, ACM MM)\n")
    assert [e.data.title for e in parsed.entries] == ["Unlocking VLM Capabilities for Generalizable Detection"]


def test_a_venue_then_an_initial_and_surname_then_et_al_after_a_comma():
    # junjun-jiang/Hyperspectral-Image-Super-Resolution-Benchmark: "Title, TIP2016, W. Dong, et al."
    paper, = papers("- Hyperspectral image super-resolution via non-negative structured sparse representation, "
                    "TIP2016, W. Dong, et al.\n").values()
    assert (paper.title, names(paper), paper.venue) == (
        "Hyperspectral image super-resolution via non-negative structured sparse representation", ["W. Dong"],
        "TIP 2016")


def test_a_details_label_that_cites_the_paper():
    # tstanislawek/awesome-document-understanding (11 entries): who, where and when in the <summary>, the abstract
    # below it
    paper, = papers(
        "* [Doc2Graph: A Task Agnostic Document Understanding Framework Based on Graph Neural Networks](https://link."
        "springer.com/chapter/10.1007/978-3-031-25069-9_22), \\[[code](https://github.com/andreagemelli/doc2graph)]\n"
        "  <details>\n  <summary> Andrea Gemelli, Sanket Biswas, Enrico Civitelli, Josep Lladós, Simone Marinai "
        "<em>ECCV</em> 2023 </summary>\n    Geometric Deep Learning has recently attracted significant interest.\n"
        "  </details>\n").values()
    assert (names(paper), paper.venue, paper.notes) == (
        ["Andrea Gemelli", "Sanket Biswas", "Enrico Civitelli", "Josep Lladós", "Simone Marinai"], "ECCV 2023",
        ["Geometric Deep Learning has recently attracted significant interest."])


def test_a_bold_name_then_a_title_with_a_comma_among_its_first_words():
    # mazabou/awesome-neurofm: "**POYO**: A Unified, Scalable Framework ... Decoding. NeurIPS 2023 [[paper](..)]"
    paper, = papers("- **POYO**: A Unified, Scalable Framework for Neural Population Decoding. NeurIPS 2023 [[paper]("
                    "https://arxiv.org/abs/2310.16046)] [[project page](https://poyo-brain.github.io/)]\n").values()
    assert (paper.title, paper.venue, paper.notes) == (
        "A Unified, Scalable Framework for Neural Population Decoding", "NeurIPS 2023", ["POYO"])


def test_a_source_column_of_glued_years_and_preprint_versions():
    # WILLOSCAR/Awesome-HCI-LLM (97 of its 102 rows): "Ubicomp23", "arXiv(v1) 2024" in a Source column
    found = papers("| Source | Title (Link) | Authors |\n| --- | --- | --- |\n"
                   "| Ubicomp23 | [PrintShear: Shear Input Based on Fingerprint Deformation](https://dl.acm.org/doi/10."
                   "1145/3596257) |  |\n"
                   "| arXiv(v1) 2024 | [IMUSIC: IMU-based Facial Expression Capture](https://arxiv.org/abs/2402.03944) "
                   "| Youjia Wang, et al. |\n")
    assert [(p.venue, p.year) for p in found.values()] == [("Ubicomp 2023", 2023), ("arXiv 2024", 2024)]


def test_a_heading_indented_into_a_list_item_heads_the_bullets_below_it():
    # DenseAI/awesome-biomedical-machine-learning (10 such headings, about 53 items under them): GitHub draws
    # "    ##### 2.2.1 Cancer Prognosis prediction" as a heading, inside the item above it
    found = papers("### 2.2 Pan-cancer analysis\n\n"
                   "- [Whole-genome deep-learning analysis identifies contribution of noncoding mutations to autism "
                   "risk](https://www.nature.com/articles/s41588-019-0420-0)\n"
                   "    ##### 2.2.1 Cancer Prognosis prediction\n"
                   "    - [Integrating multi-omics data with deep learning for predicting cancer prognosis](https://www."
                   "biorxiv.org/content/10.1101/807214v1)\n")
    autism, prognosis = found.values()
    assert autism.tags == ["2.2 Pan-cancer analysis"]
    assert prognosis.tags == ["2.2 Pan-cancer analysis/2.2.1 Cancer Prognosis prediction"]


def test_surnames_and_initials_then_a_journal_in_sentence_case():
    # DenseAI/awesome-biomedical-machine-learning: a citation as Google Scholar's GB/T export writes it, on the
    # line after the title link too; a family name with Unicode's hyphen kept as written
    found = papers(
        "- [Deep learning sequence-based ab initio prediction of variant effects on expression and disease risk]"
        "(https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6094955/)\n"
        "Zhou J, Theesfeld C L, Yao K, et al. Nature genetics, 2018, 50(8): 1171-1179.\n"
        "- [Polygenic risk scores outperform machine learning methods in predicting coronary artery disease status]"
        "(https://onlinelibrary.wiley.com/doi/full/10.1002/gepi.22279) Gola D, Erdmann J, Müller‐Myhsok B, et al. "
        "Genetic Epidemiology, 2020.\n")
    variants, scores = found.values()
    assert (names(variants), variants.venue, variants.summary) == (
        ["J Zhou", "C L Theesfeld", "K Yao"], "Nature genetics 2018", None)
    assert (names(scores), scores.venue) == (["D Gola", "J Erdmann", "B Müller‐Myhsok"], "Genetic Epidemiology 2020")


def test_an_index_of_titles_each_with_its_venue_and_month():
    # bksaini078/LLM-Powered-Human-Digital-Twins (143 lines): "- Title. Venue, YYYY.MM."; and its fuller entries
    # give the journal's volume and issue after its name, which the venue leaves out
    found = papers("- Can Generative AI Improve Social Science?. PNAS, 2024.03.\n"
                   "- A Mega-Study of Digital Twins Reveals Strengths, Weaknesses and Opportunities for Further "
                   "Improvement. arXiv, 2025.09.\n"
                   "- **Can AI Language Models Replace Human Participants?**. Danica Dillion, Niket Tandon, Yuling "
                   "Gu, and Kurt Gray. 2023. Trends in Cognitive Sciences 27(7). https://doi.org/10.1016/j.tics.2023."
                   "04.008. Foundational context for the debate on LLMs as substitutes for human participants.\n")
    pnas, twins, participants = found.values()
    assert [(pnas.venue, pnas.year), (twins.venue, twins.year)] == [("PNAS 2024", 2024), ("arXiv 2025", 2025)]
    assert (names(participants), participants.venue, participants.doi, participants.summary) == (
        ["Danica Dillion", "Niket Tandon", "Yuling Gu", "Kurt Gray"], "Trends in Cognitive Sciences 2023",
        "10.1016/j.tics.2023.04.008",
        "Foundational context for the debate on LLMs as substitutes for human participants.")


def test_a_note_glued_to_the_end_of_a_title_link():
    # L706077/DNN-Face-Recognition-Papers: "[Title(L-Softmax loss)](arXiv)", "[Title(Tencent AI Lab)](arXiv)"
    found = papers("  - [Large-Margin Softmax Loss for Convolutional Neural Networks(L-Softmax loss)](https://arxiv.org"
                   "/pdf/1612.02295.pdf) [Weiyang Liu al., 2017]\n"
                   "  - [CosFace: Large Margin Cosine Loss for Deep Face Recognition(Tencent AI Lab)](https://arxiv.org"
                   "/pdf/1801.09414.pdf)\n")
    assert [(p.title, p.notes) for p in found.values()] == [
        ("Large-Margin Softmax Loss for Convolutional Neural Networks", ["L-Softmax loss"]),
        ("CosFace: Large Margin Cosine Loss for Deep Face Recognition", ["Tencent AI Lab"])]


def test_the_year_venue_and_first_author_linked_in_one_bracket_before_the_title():
    # chongyangtao/Awesome-Scene-Text-Recognition: "[2016-IJCV, [M. Jaderberg](page)] Title [`paper`](..)"
    paper, = papers("- [2016-IJCV, [M. Jaderberg](http://www.maxjaderberg.com)] Reading Text in the Wild with "
                    "Convolutional Neural Networks  [`paper`](http://arxiv.org/abs/1412.1842)\n").values()
    assert (paper.title, names(paper), paper.venue, paper.arxiv_id) == (
        "Reading Text in the Wild with Convolutional Neural Networks", ["M. Jaderberg"], "IJCV 2016", "1412.1842")
