"""Shapes of real lists found by the forty-fifth blind labelling round (``bench/unseen-lists/s48a``-
``s48h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers


def test_a_short_name_linking_the_lists_note_before_the_title_link():
    # Alvin-Zeng/Awesome-Temporal-Action-Localization (every entry: an HTML anchor, the method's name linking it)
    found = papers(
        "### 2019\n\n- <span id = \"2195\">[[PGCN]](#1195)</span> [**Graph Convolutional Networks for Temporal Action "
        "Localization**](http://openaccess.thecvf.com/content_ICCV_2019/papers/Zeng_Graph_Convolutional_Networks_"
        "for_Temporal_Action_Localization_ICCV_2019_paper.pdf) - Runhao Zeng et al, `ICCV 2019`. "
        "[[code]](<https://github.com/Alvin-Zeng/PGCN>)\n")
    paper = found["Graph Convolutional Networks for Temporal Action Localization"]
    assert (paper.venue, names(paper), paper.notes, paper.links["code"]) == (
        "ICCV 2019", ["Runhao Zeng"], ["PGCN"], "https://github.com/Alvin-Zeng/PGCN")


def test_of_two_title_columns_the_one_of_titles_holds_them():
    # samzabdiel/XAI: "| Title | Paper Title |", the first the method's short name in bold
    found = papers(
        "| Title | Paper Title | Source Link | Code | Tags |\n| --- | --- | --- | --- | --- |\n"
        "| **CAM** | Learning Deep Features for Discriminative Localization | [CVPR2016](https://arxiv.org/pdf/1512."
        "04150.pdf) | [PyTorch](https://github.com/zhoubolei/CAM) | `Visualization` |\n"
        "| **LIME** | Why Should I Trust You?: Explaining the Predictions of Any Classifier | [KDD2016](https://www."
        "kdd.org/kdd2016/papers/files/rfp0573-ribeiroA.pdf) | [PyTorch](https://github.com/marcotcr/lime) | `tag` |\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("Learning Deep Features for Discriminative Localization", "CVPR 2016"),
        ("Why Should I Trust You?: Explaining the Predictions of Any Classifier", "KDD 2016")]


def test_an_italic_citation_a_paragraph_below_a_bold_title_link():
    # chendl02/Awesome-LLM-Causal-Reasoning (29 papers, each so)
    found = papers(
        "## LLMs as Reasoning Engines\n\n**[C2P: Featuring Large Language Models with Causal Reasoning](https://"
        "arxiv.org/abs/2407.18069)**\n\n*Abdolmahdi Bagheri, Matin Alinejad, Kevin Bello, Alireza Akhondi-Asl.* "
        "Preprint'24\n\n**[Large Language Model Cascades with Mixture of Thoughts Representations for Cost-efficient "
        "Reasoning.](https://arxiv.org/abs/2310.03094)** \n\n*Murong Yue, Jie Zhao, Min Zhang, Liang Du, Ziyu Yao.*"
        "  ICLR'2024\n")
    assert [(names(p)[0], p.venue) for p in found.values()] == [
        ("Abdolmahdi Bagheri", "arXiv 2024"), ("Murong Yue", "ICLR 2024")]


def test_citations_nested_under_bold_groups_and_plain_labels():
    # mrjunjieli/awesome_speaker: APA citations, no links, under "* **Uncertainty**" or a label ("* A-softmax:"),
    # or after a method's name ("* r-vector Zeinali, H., ..."); the groups are no papers
    found = papers(
        "# Speaker Recognition/Verification:\n* **Uncertainty** \n"
        "   * Lee, K. A., Wang, Q., & Koshinaka, T. (2021). Xi-vector embedding for speaker recognition. IEEE Signal "
        "Processing Letters, 28, 1385-1389.\n"
        "   * r-vector Zeinali, H., Wang, S., Silnova, A., Matějka, P., & Plchot, O. (2019). But system description "
        "to voxceleb speaker recognition challenge 2019. arXiv preprint arXiv:1910.12592.\n"
        "* **softmax**\n   * A-softmax: \n"
        "      * Liu, W., Wen, Y., Yu, Z., Li, M., Raj, B., & Song, L. (2017). Sphereface: Deep hypersphere embedding "
        "for face recognition. In Proceedings of the IEEE conference on computer vision and pattern recognition "
        "(pp. 212-220).\n")
    assert [(t[:34], p.year, p.tags) for t, p in found.items()] == [
        ("Xi-vector embedding for speaker re", 2021, ["Uncertainty"]),
        ("But system description to voxceleb", 2019, ["Uncertainty"]),
        ("Sphereface: Deep hypersphere embed", 2017, ["softmax"])]
