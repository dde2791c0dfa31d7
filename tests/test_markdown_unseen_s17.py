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
    from paperctl.formats.markdown import tables

    assert tables.columns(["论文", "期刊 / 会议", "年份", "备注"]) == ["title", "venue", "year", "remarks"]
    # mk-runner/Awesome-Radiology-Report-Generation: "**arXiv papers'23**" had given "arXiv papers 2023"
    found = papers("## 2023\n\n**arXiv papers'23**\n\n- MAIRA-1: A specialised large multimodal model for radiology"
                   " report generation [[paper](https://arxiv.org/abs/2311.13668)] [[code]]()\n")
    assert [p.venue for p in found.values()] == ["arXiv 2023"]
