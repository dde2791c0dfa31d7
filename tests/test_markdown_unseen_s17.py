"""Shapes of real lists found by the fourteenth blind labelling round (``bench/unseen-lists/s17a``-``s17h``),
held with the lists' own lines (the repository is named in each test). ``test_markdown_unseen_s16.py`` and
the files before it hold the earlier rounds'."""

from __future__ import annotations

from markdown_papers import papers


def test_an_apa_reference_as_the_entrys_own_text_after_a_name_or_not():
    # qiliu-ghddi/singlecell_gpt: the names had been the title; Buguemar/xai-for-graphs: "(**PGExplainer**) Luo,
    # D., ... (2020). **Title**." had given no year or venue, and a name with "d’" no authors
    found = papers(
        "- Zhang, S., Fan, R., Liu, Y., Chen, S., Liu, Q., & Zeng, W. (2023). Applications of transformer-based"
        " language models in bioinformatics: a survey. Bioinformatics Advances, 3(1), vbad001."
        " [Paper](https://academic.oup.com/bioinformaticsadvances/article/3/1/vbad001/6984737)\n"
        "- InstructGPT: Ouyang, L., Wu, J., Jiang, X., Almeida, D., Wainwright, C., Mishkin, P., ... & Lowe, R. (2022)."
        " Training language models to follow instructions with human feedback. Advances in Neural Information"
        " Processing Systems, 35, 27730-27744.\n\n"
        "5. (**PGExplainer**) Luo, D., Cheng, W., Xu, D., Yu, W., Zong, B., Chen, H., & Zhang, X. (2020)."
        " **Parameterized explainer for graph neural network**. Advances in neural information processing systems,"
        " 33, 19620-19631. [[Paper]](https://proceedings.neurips.cc/paper/2020/hash/e37b08dd3015330dcbb5d6663667b8b8"
        "-Abstract.html) [[Source Code]](https://github.com/flyingdoog/PGExplainer)\n"
        "1. (**Dedalo**) Tiddi, I., d’Aquin, M., & Motta, E. (2014). **Dedalo: Looking for clusters explanations in a"
        " labyrinth of linked data**. In European semantic web conference (pp. 333-348). Springer, Cham.\n")
    assert [(t, p.venue, p.year, [a.name for a in p.authors][:2], p.notes[:1]) for t, p in found.items()] == [
        ("Applications of transformer-based language models in bioinformatics: a survey",
         "Bioinformatics Advances 2023", 2023, ["S. Zhang", "R. Fan"], ["Bioinformatics Advances, 3(1), vbad001."]),
        ("Training language models to follow instructions with human feedback",
         "Advances in Neural Information Processing Systems 2022", 2022, ["L. Ouyang", "J. Wu"], ["InstructGPT"]),
        ("Parameterized explainer for graph neural network", "Advances in neural information processing systems 2020",
         2020, ["D. Luo", "W. Cheng"], ["PGExplainer"]),
        ("Dedalo: Looking for clusters explanations in a labyrinth of linked data", None, 2014,
         ["I. Tiddi", "M. d’Aquin"], ["Dedalo"])]


def test_a_journal_and_its_year_in_italics_under_the_authors_line():
    # bozhenhhu/A-Review-of-pLMs-and-Methods-for-Protein-Structure-Prediction (102 entries): had been no venue
    found = papers(
        "**DeepDist: real-value inter-residue distance prediction with deep residual convolutional network**[[paper]]"
        "(https://bmcbioinformatics.biomedcentral.com/articles/10.1186/s12859-021-03960-9)  \n"
        "Tianqi Wu, Zhiye Guo, Jie Hou and Jianlin Cheng.   \n*BMC Bioinformatics (2020)*  \n\n"
        "**Adaptive machine learning for protein engineering.**  \nBrian L. Hie, Kevin K. Yang.  \n"
        "*Current Opinion in Structural Biology, February 2022.*   \n"
        "[[10.1016/j.sbi.2021.11.002](https://doi.org/10.1016/j.sbi.2021.11.002)]\n")
    assert [(p.venue, p.year) for p in found.values()] == [("BMC Bioinformatics 2020", 2020),
                                                          ("Current Opinion in Structural Biology 2022", 2022)]


def test_a_column_named_twice_in_chinese_and_an_arxiv_papers_heading_with_a_short_year():
    from paperctl.formats.markdown import columns

    assert columns.columns(["论文", "期刊 / 会议", "年份", "备注"]) == ["title", "venue", "year", "remarks"]
    # mk-runner/Awesome-Radiology-Report-Generation: "**arXiv papers'23**" had given "arXiv papers 2023"
    found = papers("## 2023\n\n**arXiv papers'23**\n\n- MAIRA-1: A specialised large multimodal model for radiology"
                   " report generation [[paper](https://arxiv.org/abs/2311.13668)] [[code]]()\n")
    assert [p.venue for p in found.values()] == ["arXiv 2023"]


def test_dates_in_an_arxiv_link_label_and_a_year_month_prefix():
    # RyanLiu112/Awesome-Process-Reward-Models (64 lines) and Sun-Haoyuan23/Awesome-RL-based-Reasoning-MLLMs (110):
    # no venue or year had been read; "[2505]" had been taken for a reference number; "[2012]" stays a year
    found = papers(
        "- (**SPARE**) SPARE: Single-Pass Annotation with Reference-Guided Evaluation for Automatic Process"
        " Supervision and Reward Modelling [[arXiv 2025.06](https://arxiv.org/abs/2506.15498)]\n"
        "* [2505] [Visionary-R1] [Visionary-R1: Mitigating Shortcuts in Visual Reasoning with Reinforcement"
        " Learning](https://arxiv.org/pdf/2505.14677) [[Code 💻](https://github.com/maifoundations/Visionary-R1)]\n"
        "* [2012] [Some Old Paper About Things](https://example.org/x.pdf)\n")
    assert [(p.venue, p.year) for p in found.values()] == [("arXiv 2025", 2025), (None, 2025), (None, 2012)]


def test_a_venue_at_the_end_of_a_title_links_text_and_a_label_of_initials_before_it():
    # primihub/Awesome-Privacy-Computing (109 lines): "CCS'19" had stayed in the title; "ALSZ13:" had been a venue
    found = papers(
        "- [Efficient two-round OT extension and silent non-interactive secure computation, CCS'19]"
        "(https://eprint.iacr.org/2019/1159.pdf)\n"
        "- ALSZ13: [More Efficient Oblivious Transfer and Extensions for Faster Secure Computation, CCS'13]"
        "(https://eprint.iacr.org/2013/552.pdf), [slide](https://www.cs.cornell.edu/~asharov/slides/ALSZ13.pdf)\n")
    assert [(t, p.venue, p.notes) for t, p in found.items()] == [
        ("Efficient two-round OT extension and silent non-interactive secure computation", "CCS 2019", []),
        ("More Efficient Oblivious Transfer and Extensions for Faster Secure Computation", "CCS 2013", ["ALSZ13"])]


def test_a_citation_bullet_under_a_plain_title_and_authors_in_a_paragraph_of_their_own():
    # Plankson/awesome-explainable-reinforcement-learning (92 entries): the bullet had become a paper titled "D.";
    # jvpoulos/causal-ml (79): the authors' paragraph had been a note
    found = papers(
        "- Particle swarm optimization for generating interpretable fuzzy reinforcement learning policies\n"
        "  - D. Hein, A. Hentschel,T Runkler and S Udluft.  *EAAI 2017*.  [[paper]](https://arxiv.org/pdf/1610.05984)\n\n"
        "1. **GANITE: Estimation of Individualized Treatment Effects using Generative Adversarial Nets**, *ICLR*, 2018."
        " [paper](https://openreview.net/pdf?id=ByKWUeWA-)\n\n    Jinsung Yoon, James Jordon, Mihaela van der Schaar\n")
    assert [(t, p.venue, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Particle swarm optimization for generating interpretable fuzzy reinforcement learning policies",
         "EAAI 2017", ["D. Hein", "A. Hentschel", "T Runkler", "S Udluft"]),
        ("GANITE: Estimation of Individualized Treatment Effects using Generative Adversarial Nets", "ICLR 2018",
         ["Jinsung Yoon", "James Jordon", "Mihaela van der Schaar"])]


def test_a_name_then_an_italic_title_and_a_venue_before_a_dash():
    # weijiawang96's point-cloud list (109 lines): the name had been the title and "(Guo et al.)" the venue;
    # minar09/awesome-virtual-try-on (54 of 141): ", IEEE T-VCG 2013 -" had stayed in the title
    found = papers(
        "- **PCT** (Guo et al.) - *PCT: Point Cloud Transformer*. Computational Visual Media 2021."
        " [Paper](https://doi.org/10.1007/s41095-021-0229-5)\n"
        "- Virtual Try-On through Image-Based Rendering, IEEE T-VCG 2013 - [Paper](https://ieeexplore.ieee.org/"
        "document/6487501)\n")
    assert [(t, p.venue, [a.name for a in p.authors], p.notes) for t, p in found.items()] == [
        ("PCT: Point Cloud Transformer", "Computational Visual Media 2021", ["Guo"], ["PCT"]),
        ("Virtual Try-On through Image-Based Rendering", "IEEE T-VCG 2013", [], [])]


def test_a_paper_column_of_short_citations_beside_a_model_column():
    # qiliu-ghddi/singlecell_gpt: "Theodoris et al. Nature 2023" had been the title; automl/awesome-transformer-
    # search: "arxiv [June'21]" had been kept as the venue, with no year
    found = papers(
        "| **Model** | **Paper** | **Training Data** |\n| --- | --- | --- |\n"
        "| **scGPT** | Cui et al. bioRxiv 2023 | 33 million normal human cells |\n"
        "| **Gene****F****ormer** | Theodoris et al. Nature 2023 | Genecorpus-30M |\n\n"
        "| Paper | Venue | Affiliation |\n| --- | --- | --- |\n"
        "| [ViTAS: Vision Transformer Architecture Search](https://arxiv.org/pdf/2106.13700.pdf) | arxiv [June'21] |"
        " SenseTime |\n")
    assert [(t, p.venue, p.year, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("scGPT", "bioRxiv 2023", 2023, ["Cui"]), ("GeneFormer", "Nature 2023", 2023, ["Theodoris"]),
        ("ViTAS: Vision Transformer Architecture Search", "arxiv 2021", 2021, [])]


def test_a_rank_in_full_width_brackets_after_a_venue_in_its_column_is_a_note():
    # xyyy820/3d-medical-report-generation-papers (50 rows): "IEEE JBHI（一区）" had been the venue as written
    found = papers(
        "| 论文 | 期刊 / 会议 | 年份 | 备注 |\n|---|---|---|---|\n"
        "| **MvKeTR**：Chest CT Report Generation With Multi-View Perception and Knowledge Enhancement |"
        " IEEE JBHI（一区） | 2025 | DOI: [10.1109/JBHI.2025.3581289](https://doi.org/10.1109/jbhi.2025.3581289) |\n")
    assert [(p.venue, p.year, p.notes[:1]) for p in found.values()] == [("IEEE JBHI 2025", 2025, ["一区"])]


def test_a_paper_column_of_linked_short_citations_beside_a_benchmark_column():
    # anishh15/Awesome-SLM-as-a-Judge (12 rows): "Li et al., 2024" had been the title
    found = papers(
        "| Benchmark | Description | Paper |\n|---|---|---|\n"
        "| **MT-Bench** | 80 multi-turn questions, 8 categories, pairwise + single-scoring |"
        " [Zheng et al., 2023](https://arxiv.org/abs/2306.05685) |\n"
        "| **GSM-Plus** | Robustness evaluation of LLMs as mathematical problem solvers |"
        " [Li et al., 2024](https://arxiv.org/abs/2402.19255) |\n")
    assert [(t, p.arxiv_id, p.year, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("MT-Bench", "2306.05685", 2023, ["Zheng"]), ("GSM-Plus", "2402.19255", 2024, ["Li"])]
