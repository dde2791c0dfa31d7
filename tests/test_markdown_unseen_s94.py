"""Shapes of real lists met in session 45's blind labelling round 91 (``bench/unseen-lists/s94a``-``s94h``) and
the misses left open from session 44's rounds (``s88``-``s93``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse

GLUED = (
    "## Reading List\n\n"
    "* CVPR14_Cross-Scale Cost Aggregation for Stereo Matching.\n"
    "* NeurIPS17_`Attention Is All You Need.`\n"
    "* ICML17_`Axiomatic Attribution for Deep Networks.`\n"
    "* IJCAI17_Image-embodied Knowledge Representation Learning.\n"
    "* Arxiv18_Automatic Differentiation in Machine Learning: a Survey.\n"
    "* Course18_[CSC321 Lecture 10: Automatic Differentiation]"
    "(https://www.cs.toronto.edu/~rgrosse/courses/csc321_2018/slides/lec10.pdf).\n"
    "* Blog18_[The Illustrated Transformer](https://jalammar.github.io/illustrated-transformer/).\n"
    "* BlackBoxNLP19_What Does BERT Look At? An Analysis of BERT's Attention.\n"
    "* EMNLP19_`Language Models as Knowledge Bases.`\n"
)


def test_a_venue_and_year_glued_to_the_title_by_an_underscore():
    """Visual-Query-Semantics/Resources (every entry, no links): ``VenueYY_Title``, as a file is named, the
    title sometimes in code. Before, none of its papers was imported."""
    found = papers(GLUED)
    assert len(found) == 7
    assert [(t, p.venue, p.year) for t, p in found.items() if p.venue[-4:] in ("2017", "2019")] == [
        ("Attention Is All You Need", "NeurIPS 2017", 2017),
        ("Axiomatic Attribution for Deep Networks", "ICML 2017", 2017),
        ("Image-embodied Knowledge Representation Learning", "IJCAI 2017", 2017),
        ("What Does BERT Look At? An Analysis of BERT's Attention", "BlackBoxNLP 2019", 2019),
        ("Language Models as Knowledge Bases", "EMNLP 2019", 2019)]


def test_a_kind_glued_to_the_title_says_what_the_entry_is():
    """The same list's ``Course18_[..](slides.pdf)`` and ``Blog18_[..](..)``: a lecture and a post, not papers.
    Before, the lecture's slides were imported as a paper."""
    assert parse(GLUED).skipped == [(8, "marked as a course, not a paper"), (9, "marked as a blog, not a paper")]


def test_a_one_word_name_after_a_venue_and_underscore_is_not_a_title():
    """km1994/nlp_paper_study's contents: ``- 9.2 CCKS2019_EventEntityExtraction`` names a contest, not a paper."""
    assert not papers("## 比赛\n\n- 9.2 CCKS2019_EventEntityExtraction\n  - 9.1.1 任务描述\n")


def test_a_bold_name_over_its_title_and_bullets_of_links_is_one_paper():
    """chihming/awesome-network-embedding (73 of its 76 entries): a method's name in bold over its title's bullet
    and bullets of links alone (named by language, venue or host). Before, the name was a section and the links
    were read as papers of their own, or not at all."""
    found = papers(
        "# awesome-network-embedding\n\n## Paper References with the implementation(s)\n"
        "- **Decagon**\n  - Decagon, Graph Neural Network for Multirelational Link Prediction \n"
        "  - [[Arxiv]](https://arxiv.org/abs/1802.00543) [[SNAP]](http://snap.stanford.edu/decagon/) [[ISMB 2018]]\n"
        "  - [[Python]](https://github.com/marinkaz/decagon)    \n"
        "- **SDNE**\n  - Structural Deep Network Embedding \n"
        "  - [[KDD 2016]](http://www.kdd.org/kdd2016/papers/files/rfp0191-wangAemb.pdf)\n"
        "  - [[Python]](https://github.com/xiaohan2012/sdne-keras) \n")
    decagon, sdne = found.values()
    assert (decagon.title, decagon.arxiv_id, decagon.venue) == (
        "Decagon, Graph Neural Network for Multirelational Link Prediction", "1802.00543", "ISMB 2018")
    assert (sdne.title, sdne.venue, sdne.url, sdne.links["code"]) == (
        "Structural Deep Network Embedding", "KDD 2016",
        "http://www.kdd.org/kdd2016/papers/files/rfp0191-wangAemb.pdf", "https://github.com/xiaohan2012/sdne-keras")
    assert {p.tags[0] for p in found.values()} == {"Paper References with the implementation(s)"}


def test_a_bold_group_over_short_title_links_stays_a_group():
    """USTCAGI/Awesome-Papers-Retrieval-Augmented-Generation: ``4. **RAG for Image**`` over bullets each linking
    a paper, some titles two words long (``[Instance-conditioned gan](arXiv)``): three papers, not one."""
    found = papers(
        "## Papers\n\n4. **RAG for Image**\n\n"
        "   • [Retrievegan: Image synthesis via differentiable patch retrieval](https://arxiv.org/abs/2007.08513)\n\n"
        "   • [Instance-conditioned gan](https://arxiv.org/abs/2109.05070)\n\n"
        "   • [Memory-driven text-to-image generation](https://arxiv.org/abs/2208.07022)\n")
    assert [p.arxiv_id for p in found.values()] == ["2007.08513", "2109.05070", "2208.07022"]


def test_names_and_a_colon_before_a_title_with_its_venue_and_year_after_commas():
    """mhagiwara/100-nlp-papers (all 60 entries, no links): ``Names: Title, Venue Year.`` with the first author
    and "et al.", two names joined by "and", or one name; a journal between commas before the year. Before,
    the names stayed in the title, and an entry with a year but no venue was not imported at all."""
    found = papers(
        "## Clustering & Word Embeddings\n\n"
        "* Peter F Brown, et al.: Class-Based n-gram Models of Natural Language, 1992.\n\n"
        "* Quoc V. Le and Tomas Mikolov: Distributed Representations of Sentences and Documents, 2014.\n\n"
        "* Ryan Kiros, et al.: Skip-Thought Vectors, 2015.\n\n"
        "## Language Modeling\n\n"
        "* Yoshua Bengio, et al.: A Neural Probabilistic Language Model, J. of Machine Learning Research, 2003.\n\n"
        "* Oriol Vinyals, Quoc Le: A Neural Conversation Model, 2015.\n\n"
        "* Dekai Wu: Inversion Transduction Grammars and the Bilingual Parsing of Parallel Corpora, "
        "Computational Linguistics, 1997.\n")
    assert [(t, [a.name for a in p.authors], p.venue, p.year) for t, p in found.items()] == [
        ("Class-Based n-gram Models of Natural Language", ["Peter F Brown"], None, 1992),
        ("Distributed Representations of Sentences and Documents", ["Quoc V. Le", "Tomas Mikolov"], None, 2014),
        ("Skip-Thought Vectors", ["Ryan Kiros"], None, 2015),
        ("A Neural Probabilistic Language Model", ["Yoshua Bengio"], "J. of Machine Learning Research 2003", 2003),
        ("A Neural Conversation Model", ["Oriol Vinyals", "Quoc Le"], None, 2015),
        ("Inversion Transduction Grammars and the Bilingual Parsing of Parallel Corpora", ["Dekai Wu"],
         "Computational Linguistics 1997", 1997)]


def test_a_title_and_subtitle_before_a_colon_are_not_names():
    """Titles whose first part reads as two capitalised words: FLHonker/Awesome-Knowledge-Distillation's
    ``Snapshot Distillation: ... Generation. Yang, Chenglin et al. CVPR 2019`` (a sentence ends before the
    venue), Sahandfer/EMPaper's ``Empathetic Conversational Systems: A Review ..., 2022.`` and ``Control Globally,
    Understand Locally: ...`` and chenshen03/Deepfakes-Detection-Papers' ``Manipulated Face Detector: ...,
    arXiv 2020`` (words of a title, not names)."""
    found = papers(
        "## Papers\n\n"
        "18. Snapshot Distillation: Teacher-Student Optimization in One Generation. Yang, Chenglin et al. CVPR 2019\n"
        "- Empathetic Conversational Systems: A Review of Current Advances, Gaps, and Opportunities, 2022. "
        "[[paper]](https://arxiv.org/abs/2206.05017)\n"
        "- ` IJCAI22` Control Globally, Understand Locally: A Global-to-Local Hierarchical Graph Network for "
        "Emotional Support Conversation, 2022. [[paper]](https://arxiv.org/abs/2204.12749)\n"
        "- Manipulated Face Detector: Joint Spatial and Frequency Domain Attention Network, arXiv 2020\n")
    titles = list(found)
    assert titles[3] == "Manipulated Face Detector: Joint Spatial and Frequency Domain Attention Network"
    assert titles[0].startswith("Snapshot Distillation: Teacher-Student")
    assert titles[1].startswith("Empathetic Conversational Systems: A Review")
    assert titles[2].startswith("Control Globally, Understand Locally:")


def test_a_year_venue_and_short_name_glued_to_the_title_by_underscores():
    """jindongli-Ai/LLM-Discrete-Tokenization-Survey (all 139 entries): ``N. YEAR_VENUE_NAME_Title.`` over
    ``[[Venue]](..)`` and ``[[arXiv]](..)`` lines. Before, the prefix stayed in the title and the venue came from
    a link's label, with no year."""
    found = papers(
        "### 2.1 Vinalla Vector Quantization (VQ)\n\n"
        "7. 2021_CVPR_VQGAN_Taming Transformers for High-Resolution Image Synthesis.\n"
        "    [[CVPR]](https://openaccess.thecvf.com/content/CVPR2021/papers/Esser_Taming_Transformers_for_"
        "High-Resolution_Image_Synthesis_CVPR_2021_paper.pdf)\n"
        "    [[arXiv]](https://arxiv.org/abs/2012.09841)\n\n"
        "8. 2022_arXiv_HC-VQ_Homology-constrained vector quantization entropy regularizer.\n"
        "    [[arXiv]](https://arxiv.org/abs/2211.14363)\n\n"
        "3. 2018_arXiv_Theory and Experiments on Vector Quantized Autoencoders.\n"
        "    [[arXiv]](https://arxiv.org/abs/1805.11063)\n")
    assert [(t, p.venue, p.year, p.arxiv_id) for t, p in found.items()] == [
        ("Taming Transformers for High-Resolution Image Synthesis", "CVPR 2021", 2021, "2012.09841"),
        ("Homology-constrained vector quantization entropy regularizer", "arXiv 2022", 2022, "2211.14363"),
        ("Theory and Experiments on Vector Quantized Autoencoders", "arXiv 2018", 2018, "1805.11063")]


def test_the_day_a_paper_came_out_then_where_in_brackets_after_its_title():
    """lavinal712/Awesome-Visual-Tokenizers (88 entries): ``+ [Title](arXiv pdf) (Nov 16, 2025. arXiv)``. Before,
    the bracket was the summary, and the paper had no venue or year."""
    (paper,) = papers("### Continuous\n\n+ [Denoising Vision Transformer Autoencoder with Spectral "
                      "Self-Regularization](https://arxiv.org/pdf/2511.12633) (Nov 16, 2025. arXiv)\n").values()
    assert (paper.venue, paper.year, paper.summary) == ("arXiv 2025", 2025, None)


def test_a_year_escaped_so_as_not_to_number_the_item_is_the_papers_year():
    """liugangcode/awesome-tokenization (147 entries): ``- 2018\\. Taku Kudo. [Title](..). *ACL*.``: the year
    first (its stop escaped), who wrote it, the title link, the venue in italics. Before, the year was taken
    for the item's number and dropped."""
    found = papers(
        "## 1.1 Text and Code\n\n"
        "- 2018\\. Taku Kudo. [Subword Regularization: Improving Neural Network Translation Models with Multiple "
        "Subword Candidates](https://aclanthology.org/P18-1007/). *ACL*.\n"
        "- 2000\\. N. Jesper Larsson and Alistair Moffat. [Off-line Dictionary-Based Compression]"
        "(https://doi.org/10.1109/5.892708). *Proceedings of the IEEE*.\n")
    assert [(p.venue, p.year, [a.name for a in p.authors]) for p in found.values()] == [
        ("ACL 2018", 2018, ["Taku Kudo"]),
        ("Proceedings of the IEEE 2000", 2000, ["N. Jesper Larsson", "Alistair Moffat"])]


def test_a_heading_linking_its_paper_then_when_it_was_posted():
    """Bisonai/awesome-edge-machine-learning (every paper): ``## [Title](arXiv), 2019/07`` over the authors' line
    and the abstract. Before, the date after the link made the heading a section, and no paper was imported."""
    (paper,) = papers(
        "# Efficient Architectures\n\n"
        "## [MixNet: Mixed Depthwise Convolutional Kernels](https://arxiv.org/abs/1907.09595), 2019/07\n"
        "Mingxing Tan, Quoc V. Le\n\n"
        "Depthwise convolution is becoming increasingly popular in modern efficient ConvNets, but its kernel size "
        "is often overlooked.\n").values()
    assert (paper.title, paper.arxiv_id, paper.year, [a.name for a in paper.authors]) == (
        "MixNet: Mixed Depthwise Convolutional Kernels", "1907.09595", 2019, ["Mingxing Tan", "Quoc V. Le"])


def test_initials_a_bold_surname_and_et_al_before_the_title_link():
    """AndreWeiner/machine-learning-applied-to-cfd (all 74 papers): ``S. L. **Brunton** et al.: [Title (2019)](..)``
    over attribute bullets. Before, the first initial was the title, and papers of one first author merged."""
    found = papers(
        "## Articles\n\n"
        "S. L. **Brunton** et al.: [Machine Learning for Fluid Mechanics (2019)](https://arxiv.org/abs/1905.11075)\n"
        "- Aim: review article ML + fluid dynamics;\n- ML frameworks: -\n\n"
        "S. L. **Brunton** et al.: [Discovering governing equations from data by sparse identification of "
        "nonlinear dynamical systems (2016)](https://www.pnas.org/content/113/15/3932)\n- Aim: sparse regression\n")
    assert [(t, p.year, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Machine Learning for Fluid Mechanics", 2019, ["S. L. Brunton"]),
        ("Discovering governing equations from data by sparse identification of nonlinear dynamical systems", 2016,
         ["S. L. Brunton"])]


def test_a_venue_a_comma_and_its_years_last_digits_after_a_bold_title():
    """Thinklab-SJTU/EDA-AI (33 of its 34 papers): ``3. **Title**. MLCAD, 22. [paper](..)`` over the authors in
    italics; zubair-irshad/Awesome-Implicit-NeRF-Robotics' ``*ICLR, 23*``. Before, neither venue nor year. (Not a
    volume after a venue with its year: ``TIP2007, 16(2), 545-553.``)"""
    (paper,) = papers(
        "## Placement\n\n3. **Placement Optimization via PPA-Directed Graph Clustering**. MLCAD, 22. "
        "[paper](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9900089)\n\n"
        "    *Yi-Chen Lu; Tian Yang; Sung Kyu Lim; Haoxing Ren*\n").values()
    assert (paper.venue, paper.year) == ("MLCAD 2022", 2022)


def test_a_title_then_its_year_then_where_and_who_after_commas():
    """Qingfeng-Yao/Reading_List (every entry): ``Title, 2018, ECCV, [[pdf](..)]``, with the first author or where
    the authors work after the venue, or in its place. Before, all of it was the title."""
    found = papers(
        "## Papers\n"
        "- CBAM: Convolutional Block Attention Module, 2018, ECCV, [[pdf](https://arxiv.org/abs/1807.06521)]\n"
        "- Convolutional Neural Networks for Sentence Classification, 2014, EMNLP, Yoon Kim, "
        "[[pdf](https://arxiv.org/abs/1408.5882)]\n"
        "- Hashing for Similarity Search: A Survey, 2014, Microsoft, [[pdf](https://arxiv.org/abs/1408.2927)]\n")
    assert [(t, p.venue, p.year, [a.name for a in p.authors], p.notes) for t, p in found.items()] == [
        ("CBAM: Convolutional Block Attention Module", "ECCV 2018", 2018, [], []),
        ("Convolutional Neural Networks for Sentence Classification", "EMNLP 2014", 2014, ["Yoon Kim"], []),
        ("Hashing for Similarity Search: A Survey", None, 2014, [], ["Microsoft"])]


def test_a_bold_method_name_and_year_linking_the_paper_before_a_title_placed_after_it():
    """demoleiwang/awesome-Recommendation-System (48 papers): ``* **[[SURGE'21]](arXiv)** Title. SIGIR 2021.``: the
    method's name and year, not a venue, since the venue is written after the title; a word of the title in bold
    (``**Sparse**-Interest Network``) is not the title. Before, 'SURGE 2021' was the venue, the arXiv link lost."""
    found = papers(
        "#### SIGIR 2021 (8)\n\n"
        "* **[[SURGE'21]](https://arxiv.org/pdf/2106.14226.pdf)** Sequential Recommendation with Graph Neural "
        "Networks. SIGIR 2021. [[code](https://github.com/tsinghua-fib-lab/SIGIR21-SURGE)]\n\n"
        "* **Sparse**-Interest Network for Sequential Recommendation. WSDM 2021. [[code](https://github.com/a/b)]\n")
    assert [(t, p.venue, p.arxiv_id) for t, p in found.items()] == [
        ("Sequential Recommendation with Graph Neural Networks", "SIGIR 2021", "2106.14226"),
        ("Sparse-Interest Network for Sequential Recommendation", "WSDM 2021", None)]


def test_arxiv_an_apostrophe_and_the_year_and_month_in_a_venue_cell():
    """mc-lan/Awesome-MLLM-Segmentation (34 of its 68 rows): ``| **ArXiv'2403** | Title | [pdf](..)`` beside rows
    with ``**CVPR'24**``. Before, the cell was the title and the title the summary."""
    found = papers(
        "## Papers\n\n"
        "16. <span id = \"1016\">**[LaVASeg]**</span> | **ArXiv'2403** | Empowering Segmentation Ability to "
        "Multi-modal Large Language Models | [`[pdf]`](https://arxiv.org/abs/2403.14141)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Empowering Segmentation Ability to Multi-modal Large Language Models", "ArXiv 2024", 2024)]


def test_a_bold_name_inside_the_bracket_that_says_where_a_paper_appeared():
    """Shaosifan/Interactive-Segmentation-Papers (8 of its 12 papers): ``- [**iFCN**, CVPR2016] Title.``, read as
    ``[iFCN, CVPR2016] Title`` is. Before, the bracket stayed in the title and the venue was lost."""
    (paper,) = papers(
        "## 2016\n- [**iFCN**, CVPR2016] Deep Interactive Object Selection. [[Paper](https://openaccess.thecvf.com/"
        "content_cvpr_2016/papers/Xu_Deep_Interactive_Object_CVPR_2016_paper.pdf)]   \n").values()
    assert (paper.title, paper.venue, paper.year) == ("Deep Interactive Object Selection", "CVPR 2016", 2016)


def test_a_heading_ending_with_a_comma_and_a_year_gives_its_papers_that_year():
    """Fatflower/ArXiv_weekly_paper (all 59 papers): ``## Recommended Papers for Week 4, 2024``. Before, no year."""
    (paper,) = papers(
        "# ArXiv_weekly_paper\n\n## Recommended Papers for Week 4, 2024\n\n"
        "2. [Removal and Selection: Improving RGB-Infrared Object Detection via Coarse-to-Fine Fusion]"
        "(https://arxiv.org/abs/2401.10731)\n").values()
    assert paper.year == 2024


def test_a_heading_naming_the_method_in_code_then_the_title_over_field_bullets():
    """Lafitte1573/Awesome-FinTS-Generation (every paper): ``###### `ALN` — Title`` over ``- **Authors**:``,
    ``- **Venue**: Journal, 2023``, ``- **Link**: <doi>`` bullets. Before, the heading was a section and each
    bullet a paper of its own."""
    (paper,) = papers(
        "##### A1.2 Ensemble forecasters\n\n"
        "###### `ALN` — Adversarial Learning Networks for FinTech Applications Using Heterogeneous Data Sources\n\n"
        "- **Authors**: Parus Khuwaja, Sunder Ali Khowaja, Kapal Dev\n"
        "- **Venue**: IEEE Internet of Things Journal, 2023\n"
        "- **Link**: <https://doi.org/10.1109/jiot.2021.3100742>\n"
        "- **Task**: Stock price prediction\n").values()
    assert (paper.title, paper.venue, paper.year, paper.doi, len(paper.authors), paper.tags) == (
        "Adversarial Learning Networks for FinTech Applications Using Heterogeneous Data Sources",
        "IEEE Internet of Things Journal 2023", 2023, "10.1109/jiot.2021.3100742", 3, ["A1.2 Ensemble forecasters"])


def test_citation_counts_are_notes_and_a_workshop_may_be_named_after_its_track():
    """fzyzcjy/ai_math_paper_list (every entry): ``**Title** [[pdf]](..) `NeurIPS 2024 Workshop MATH-AI` `Lean`
    (0 cite) (0 AI4Math cite)``. Before, '0 cite' was the venue or the counts the summary, and the workshop named
    after 'Workshop' was no venue."""
    (paper,) = papers(
        "## Lean\n\n3. **ABEL: Sample Efficient Online Reinforcement Learning for Neural Theorem Proving** "
        "[[pdf]](https://openreview.net/forum?id=kk3mSjVCUO) `NeurIPS 2024 Workshop MATH-AI` `Lean` (0 cite) "
        "(0 AI4Math cite) \n").values()
    assert (paper.venue, paper.year, paper.summary) == ("NeurIPS 2024 Workshop MATH-AI", 2024, None)


def test_one_author_a_full_name_before_a_bold_title_and_a_dated_citation():
    """floodsung/Meta-Learning-Papers (5 of its 45 entries): ``**[11]** Sebastian Thrun. **Title**. In Learning to
    learn, pp. 181–209. Springer, 1998.`` Before, one name alone before the bold title made no entry at all."""
    (paper,) = papers(
        "## Papers\n\n**[11]** Sebastian Thrun. **Lifelong learning algorithms**. In Learning to learn, pp. 181–209. "
        "Springer, 1998.\n").values()
    assert (paper.title, [a.name for a in paper.authors], paper.year) == (
        "Lifelong learning algorithms", ["Sebastian Thrun"], 1998)


def test_a_bold_name_over_a_title_with_its_venue_and_links_named_by_venue_and_site():
    """chihming/awesome-network-embedding: a title line ending with its venue (``SINE: ..., ICDM'18``, which reads
    as two names to a names reader) and a link named by venue, year and site (``[[ICLR 2018 OpenReview
    (rejected)]]``). Before session 45's mend, such items were sections again."""
    found = papers(
        "## Paper References with the implementation(s)\n"
        "- **SINE**\n  - SINE: Scalable Incomplete Network Embedding, ICDM'18\n"
        "  - [[paper]](https://github.com/benedekrozemberczki/SINE/blob/master/paper.pdf)\n"
        "  - [[Python PyTorch]](https://github.com/benedekrozemberczki/SINE/)\n"
        "- **AGNN**\n  - Attention-based Graph Neural Network for semi-supervised learning\n"
        "  - [[ICLR 2018 OpenReview (rejected)]](https://openreview.net/forum?id=rJg4YGWRb)\n"
        "  - [[Python]](https://github.com/dawnranger/pytorch-AGNN)\n")
    assert [(t, p.venue, p.tags) for t, p in found.items()] == [
        ("SINE: Scalable Incomplete Network Embedding", "ICDM 2018", ["Paper References with the implementation(s)"]),
        ("Attention-based Graph Neural Network for semi-supervised learning", None,
         ["Paper References with the implementation(s)"])]
    assert found["Attention-based Graph Neural Network for semi-supervised learning"].links["code"] == \
        "https://github.com/dawnranger/pytorch-AGNN"


def test_a_table_headed_in_korean_is_read_by_its_columns():
    """TaeSeongkwon0521/awesome-brain-decoding (65 rows): ``| 연도 | 이름 | 유형 | 설명 | 링크 |`` (year, name, type,
    description, link). Before, the year cell was the title; rows linking nothing yet were lost."""
    found = papers(
        "## 데이터셋 및 벤치마크\n\n| 연도 | 이름 | 유형 | 설명 | 링크 |\n|---|---|---|---|---|\n"
        "| 2023 | **Algonauts Project 2023 Challenge** | Benchmark | NSD 기반 시각 자극에 대한 brain response "
        "prediction 챌린지 | [Paper](https://arxiv.org/abs/2301.03198) |\n")
    assert [(t, p.year, p.arxiv_id, p.summary) for t, p in found.items()] == [
        ("Algonauts Project 2023 Challenge", 2023, "2301.03198",
         "NSD 기반 시각 자극에 대한 brain response prediction 챌린지")]
