"""Shapes of real lists met in session 49's second blind round (``s117``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers


def test_a_paper_heading_over_bold_keyed_authors_and_url_paragraphs():
    """hzxwonder/Conference-Paper (every paper of its NeurIPS 2023 lists): the heading is the paper, then a
    paragraph a field: the authors in italics, the conference, the address."""
    paper = one(
        "## [0] Modelling Cellular Perturbations with the Sparse Additive Mechanism Shift Variational Autoencoder\n\n"
        "**Authors**: *Michael Bereket, Theofanis Karaletsos*\n\n**Conference**: *nips 2023*\n\n"
        "**URL**: [http://papers.nips.cc/paper_files/paper/2023/hash/0001ca33ba34ce0351e4612b744b3936-Abstract-"
        "Conference.html](http://papers.nips.cc/paper_files/paper/2023/hash/0001ca33ba34ce0351e4612b744b3936-"
        "Abstract-Conference.html)\n")
    assert (names(paper), paper.venue, paper.url) == (
        ["Michael Bereket", "Theofanis Karaletsos"], "nips 2023",
        "http://papers.nips.cc/paper_files/paper/2023/hash/0001ca33ba34ce0351e4612b744b3936-Abstract-Conference.html")


def test_a_workshop_heading_under_a_venue_is_its_track_and_a_reject_heading_no_venue():
    """finlay-liu/awesome-collections: bare titles under ``# ICLR2017``, its ``## Workshop`` papers and its
    ``## Reject`` ones; a workshop heading under a venue is no heading of events."""
    found = papers(
        "# ICLR2017\n- On Detecting Adversarial Perturbations\n\n"
        "## Workshop\n- Adversarial Attacks on Neural Network Policies\n\n"
        "## Reject\n- Simple Black-Box Adversarial Perturbations for Deep Networks\n"
        "- Adversarial examples for generative models\n"
        "- Evaluation of Defensive Methods for DNNs against Multiple Adversarial Evasion Models\n\n"
        "# ICLR2018\n- Stochastic Activation Pruning for Robust Adversarial Defense\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("On Detecting Adversarial Perturbations", "ICLR 2017", 2017),
        ("Adversarial Attacks on Neural Network Policies", "ICLR 2017 Workshop", 2017),
        ("Simple Black-Box Adversarial Perturbations for Deep Networks", None, 2017),
        ("Adversarial examples for generative models", None, 2017),
        ("Evaluation of Defensive Methods for DNNs against Multiple Adversarial Evasion Models", None, 2017),
        ("Stochastic Activation Pruning for Robust Adversarial Defense", "ICLR 2018", 2018)]


def test_a_surname_and_plus_is_the_first_author_et_al():
    """AkihikoWatanabe/paper_notes (126 bullets): ``Title, Surname+, Venue'YY, [paper](..)``, "+" after the
    surname as Japanese notes write "et al.", a journal in words with its year's two digits."""
    found = papers(
        "- Pointing the unknown words, Gulcehre+, ACL'16, [paper](http://www.aclweb.org/anthology/P16-1014)\n"
        "- A literature review and classification of recommender systems research, Park+, Expert Systems with "
        "Applications'12, [paper](http://www.sciencedirect.com/science/article/pii/S0957417412002825)\n")
    assert [(t, names(p), p.venue, p.year) for t, p in found.items()] == [
        ("Pointing the unknown words", ["Gulcehre"], "ACL 2016", 2016),
        ("A literature review and classification of recommender systems research", ["Park"],
         "Expert Systems with Applications 2012", 2012)]


def test_bold_names_over_citations_one_a_line_in_one_paragraph():
    """SpyderXu/multi-object-tracking-paper-list (every entry): a method's name in bold and a colon, then its
    citation, one a line parted by ``<br>``, a quoted title broken over two lines."""
    found = papers(
        "## Evaluation Metric\n"
        "**CLEAR MOT** : Bernardin, K. & Stiefelhagen, R. \"Evaluating Multiple Object Tracking Performance: The "
        "CLEAR MOT Metric\" [[paper]](https://cvhci.anthropomatik.kit.edu/images/stories/msmmi/papers/"
        "eurasip2008.pdf)<br>\n"
        "**IDF1** : Ristani, E., Solera, F., Zou, R., Cucchiara, R. & Tomasi, C. \"Performance Measures and a Data "
        "Set for Multi-Target, Multi-Camera Tracking\" [[paper]](https://users.cs.duke.edu/~ristani/bmtt2016/"
        "ristani2016MTMC.pdf)<br>\n"
        "## Open Source\n"
        "**MDP** : Yu Xiang, Alexandre Alahi, and Silvio Savarese \"Learning to Track: Online Multi-Object Tracking "
        "by Decision Making\n\" [[paper]](http://openaccess.thecvf.com/content_iccv_2015/papers/Xiang_Learning_to_"
        "Track_ICCV_2015_paper.pdf) [[code]](http://cvgl.stanford.edu/projects/MDP_tracking/) <br>\n"
        "**KSP** : J. Berclaz, F. Fleuret, E. Türetken and P. Fua \"Multiple Object Tracking using K-Shortest Paths "
        "Optimization\" [[paper]](https://cvlab.epfl.ch/files/BerclazFTF11.pdf) <br>\n")
    assert [(t, names(p)[:2]) for t, p in found.items()] == [
        ("Evaluating Multiple Object Tracking Performance: The CLEAR MOT Metric", ["K. Bernardin", "R. Stiefelhagen"]),
        ("Performance Measures and a Data Set for Multi-Target, Multi-Camera Tracking", ["E. Ristani", "F. Solera"]),
        ("Learning to Track: Online Multi-Object Tracking by Decision Making", ["Yu Xiang", "Alexandre Alahi"]),
        ("Multiple Object Tracking using K-Shortest Paths Optimization", ["J. Berclaz", "F. Fleuret"])]


def test_a_doi_column_beside_titles_linking_note_cards():
    """sxw228/paper-reading-notes (144 rows): each title links the owner's reading card in the repository; the
    DOI column, where it is filled, names the paper."""
    found = papers(
        "## 全部精读卡（375）\n\n| 年份 | Zotero key | 论文 | DOI |\n|---:|---|---|---|\n"
        "| 2026 | `WGUS4P5R` | [A General FPGA-Based Accelerated Solver for Electromagnetic Transient Simulations]"
        "(papers/WGUS4P5R-liang-2026-general-fpga-solver.md) | 10.3390/electronics15030606 |\n")
    paper = found["A General FPGA-Based Accelerated Solver for Electromagnetic Transient Simulations"]
    assert (paper.doi, paper.year) == ("10.3390/electronics15030606", 2026)


def test_a_repositorys_address_alone_on_a_bullet_among_notes_is_the_code():
    """ZhenZHAO/awesome-video-moment-retrieval (46 of 122 papers): the paper's repository on a bullet of its
    own under the entry, beside a note."""
    paper = one(
        "- **CBLN:** [Context-aware biaffine localizing network for temporal sentence grounding](https://arxiv.org/"
        "abs/2103.11555). *in CVPR 2021*. \n  - https://github.com/liudaizong/CBLN\n  - Daizong liu, code ??\n")
    assert (paper.venue, paper.links["code"]) == ("CVPR 2021", "https://github.com/liudaizong/CBLN")


def test_a_preprints_id_then_where_it_appeared_and_a_demonstration_track():
    """ishandutta2007/awesome-text-summarization ("arXiv:ID, EMNLP 2017."; about 15 of its 89 citations) and
    www-Ye/openQA-reading-list ("NAACL 2019 (demonstration)." before the title)."""
    found = papers(
        "2. Zhe Gan, Yunchen Pu, Ricardo Henao, Chunyuan Li, Xiaodong He, Lawrence Carin. [Learning Generic Sentence "
        "Representations Using Convolutional Neural Networks](https://arxiv.org/abs/1611.07897). arXiv:1611.07897, "
        "EMNLP 2017.\n\n"
        "1. NAACL 2019 (demonstration). [End-to-end Open-domain Question Answering with BERTserini](https://arxiv.org/"
        "pdf/1902.01718.pdf). Wei Yang, Yuqing Xie, Aileen Lin, Xingyu Li, Luchen Tan, Kun Xiong, Ming Li, Jimmy "
        "Lin.\n")
    assert [(t, p.arxiv_id, p.venue, names(p)[:1]) for t, p in found.items()] == [
        ("Learning Generic Sentence Representations Using Convolutional Neural Networks", "1611.07897",
         "EMNLP 2017", ["Zhe Gan"]),
        ("End-to-end Open-domain Question Answering with BERTserini", "1902.01718", "NAACL 2019 (demonstration)",
         ["Wei Yang"])]


def test_a_talk_said_before_its_title_is_no_paper():
    """JasonBenn/deep-learning-paper-notes: talks among the papers, "Talk:" before each."""
    found = papers(
        "#### 2017-06\n* Talk: Learning State Representations [[notes](learning-state-representations.md)]\n"
        "* Attention Is All You Need [[link](https://arxiv.org/abs/1706.03762)]\n"
        "* SLiDE: Self-supervised LiDAR De-snowing through Reconstruction Difficulty [[link](https://arxiv.org/abs/"
        "2208.04043)]\n")
    assert list(found) == ["Attention Is All You Need",
                           "SLiDE: Self-supervised LiDAR De-snowing through Reconstruction Difficulty"]


def test_keywords_and_a_links_label_under_a_bold_title_are_no_description():
    """longxiang-ai/awesome-video-diffusions (every paper): the bold title link, then "Authors:", "Links:" over
    a PDF badge and "Keywords:" lines."""
    paper = one(
        "- **[Control-DINO: Feature Space Conditioning for Controllable Image-to-Video Diffusion](https://arxiv.org/"
        "abs/2604.01761v1)**  \n  Authors: Edoardo A. Dominici, Thomas Deixelberger, Konstantinos Vardis, Markus "
        "Steinberger  \n  Links: [![PDF](https://img.shields.io/badge/PDF-arXiv-b31b1b.svg)](https://arxiv.org/pdf/"
        "2604.01761v1.pdf)  \n  Keywords: controllable, dit, architecture, novel view  \n")
    assert (paper.arxiv_id, names(paper)[:2], paper.summary) == (
        "2604.01761", ["Edoardo A. Dominici", "Thomas Deixelberger"], None)
    assert "Keywords: controllable, dit, architecture, novel view" in paper.notes
