"""Shapes of real lists found by the forty-fifth blind labelling round (``bench/unseen-lists/s48a``-
``s48h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers
from paperctl.formats.markdown import html_tables
from paperctl.formats.markdown.reader import parse


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


def test_a_table_in_html_one_cell_a_line_its_links_left_open():
    # seungha164/A-Narrative-Review-of-Foundation-Models-for-Medical-Image-Segmentation (63 studies): blank lines
    # between rows end CommonMark's HTML block, the table is read whole; "<a href=..>MedFormer</td>" never closes
    found = papers(
        "### Survey: Foundation Models in Medical Image Segmentation\n\n"
        '<table border="2" cellspacing="0" cellpadding="6"><thead>\n  <tr>\n    <th class="tg-cly1">Method   </th>\n'
        '    <th class="tg-cly1">Dimension</th>\n    <th class="tg-cly1">Year</th>\n  </tr></thead>\n<tbody>\n\n'
        '  <tr>\n    <td class="tg-0lax"><a href="https://arxiv.org/pdf/2203.00131">MedFormer</td>\n'
        '    <td class="tg-0lax">3D</td>\n    <td class="tg-0lax">2023.02</td>\n  </tr>\n\n'
        '  <tr>\n    <td class="tg-0lax"><a href="https://www.nature.com/articles/s41467-024-44824-z">MedSAM</td>\n'
        '    <td class="tg-0lax">2D</td>\n    <td class="tg-0lax">2023.04</td>\n  </tr>\n</tbody></table>\n'
        "## After\n\n- [A Paper After the Table About Something](https://arxiv.org/abs/2401.00001)\n")
    assert [(t, p.arxiv_id, p.url, p.year, p.tags) for t, p in found.items()] == [
        ("MedFormer", "2203.00131", None, 2023, ["Survey: Foundation Models in Medical Image Segmentation"]),
        ("MedSAM", None, "https://www.nature.com/articles/s41467-024-44824-z", 2023,
         ["Survey: Foundation Models in Medical Image Segmentation"]),
        ("A Paper After the Table About Something", "2401.00001", None, None, ["After"])]


def test_an_html_tables_spans_and_its_headers_second_row():
    # MarkMoHR/Awesome-Sketch-Based-Applications ('rowspan=3"', a slip); Vencent-Won (a second header row)
    lines = [
        "<table>", "<tr><td><strong>Type</strong></td><td><strong>Paper</strong></td><td>Source</td></tr>",
        '<tr><td rowspan=2"><strong>Pixelwise</strong></td><td><a href="https://x.org/a">Fast Sketch '
        "Segmentation</a></td><td>CGA 2019</td></tr>",
        '<tr><td><a href="https://x.org/b">SPFusionNet</a> (scene-level)</td><td>ICME 2019</td></tr>',
        "</table>"]
    table = html_tables.read(lines, 0)
    assert table is not None and table.end == 5
    assert table.header == ["**Type**", "**Paper**", "Source"]
    assert [cells for _, cells in table.rows] == [
        ["**Pixelwise**", "[Fast Sketch Segmentation](https://x.org/a)", "CGA 2019"],
        ["**Pixelwise**", "[SPFusionNet](https://x.org/b) (scene-level)", "ICME 2019"]]
    second = ["<table>", '<tr><td rowspan="2">Method</td><td rowspan="2">Venue</td><td colspan="2">Tox21</td></tr>',
              "<tr><td>1-shot</td><td>10-shot</td></tr>",
              "<tr><td>CPRG</td><td>IJCNN</td><td>78.27</td><td>-</td></tr>", "</table>"]
    assert [cells for _, cells in html_tables.read(second, 0).rows] == [["CPRG", "IJCNN", "78.27", "-"]]
    assert html_tables.read(["<table>", "<tr><td>never closed</td></tr>"], 0) is None


def test_a_bold_name_then_a_link_citing_its_paper_by_who_and_when():
    # cui-shaobo/causality-papers (34 datasets, each cited so, in a table of datasets whose rows are their papers)
    found = papers(
        "| Dataset | Annotation Unit | Commonsense Types |\n|---|---|---|\n"
        "| **CauseEffectPairs** [Mooij et al., 2016](https://jmlr.org/papers/volume17/14-518/14-518.pdf) | Variable "
        "| General |\n| **AltLex** [Hidey & McKeown, 2016](https://aclanthology.org/P16-1135) | Sentence | General |\n")
    assert [(t, names(p), p.year, p.url) for t, p in found.items()] == [
        ("CauseEffectPairs", ["Mooij"], 2016, "https://jmlr.org/papers/volume17/14-518/14-518.pdf"),
        ("AltLex", ["Hidey", "McKeown"], 2016, "https://aclanthology.org/P16-1135")]


def test_who_and_when_in_bold_then_the_title_in_quotes():
    # cui-shaobo/causality-papers
    found = papers(
        '3. **Ning et al. (2018):** "Joint Reasoning for Temporal and Causal Relations", [paper] '
        "(https://arxiv.org/abs/1808.09506). \n"
        '6. **Cui et al. (2024):** "CESAR: A Weighted Approach to Measuring Causal Strength in Text."\n')
    assert [(t, names(p), p.year) for t, p in found.items()] == [
        ("Joint Reasoning for Temporal and Causal Relations", ["Ning"], 2018),
        ("CESAR: A Weighted Approach to Measuring Causal Strength in Text", ["Cui"], 2024)]


def test_a_bold_html_line_as_a_heading_and_a_databases_name_before_its_paper():
    # dengjianyuan/Survey_AI_Drug_Discovery: '<a name="aidd" />' over "<b>1.2 ...</b>"; "- <b>DUD</b> --- Title"
    found = papers(
        "### 1. Reviews and Perspectives\n\n<a name=\"aidd\" />\n<b>1.2 Drug Discovery in the AI Era</b>\n\n"
        "- The rise of deep learning in drug discovery (Drug Discov Today 2018) [[Paper]](https://www.sciencedirect"
        ".com/science/article/pii/S1359644617303598)\n\n"
        "- <b>DUD</b> --- Benchmarking Sets for Molecular Docking (J Med Chem 2006) [[Paper]](https://pubs.acs.org/doi/"
        "10.1021/jm0608356) [[Website]](http://dud.docking.org/)\n")
    assert [(t, p.venue, p.tags, p.notes) for t, p in found.items()] == [
        ("The rise of deep learning in drug discovery", "Drug Discov Today 2018",
         ["1. Reviews and Perspectives/1.2 Drug Discovery in the AI Era"], []),
        ("Benchmarking Sets for Molecular Docking", "J Med Chem 2006",
         ["1. Reviews and Perspectives/1.2 Drug Discovery in the AI Era"], ["DUD"])]


def test_a_lexicon_of_terms_is_no_papers():
    # syhw/wer_are_we ("## Lexicon" over " * WER: word error rate", 24 terms)
    parsed = parse("## Results\n\n- [Some Paper About Speech Recognition](https://arxiv.org/abs/1512.02595)\n\n"
                   "## Lexicon\n * WER: word error rate\n * HMM: hidden markov model\n"
                   " * MFCC: [Mel frequency cepstral coefficients](http://snippyhollow.github.io/blog/2014/09/25/x/)\n")
    assert [e.data.title for e in parsed.entries] == ["Some Paper About Speech Recognition"]


def test_a_chinese_heading_of_datasets_holds_no_papers_but_those_it_links():
    # Hardy-Uint/awesome-pointcloud-processing ("## 点云数据集", point-cloud datasets); shamrock7/awesome-virtual-
    # try-on ("虚拟试穿数据集"): a dataset's page is the dataset, a paper's link a paper
    parsed = parse("## 点云数据集\n\n- [Domain Adaptation for point clouds](https://github.com/canqin001/PointDAN) "
                   "PointDA-10 Dataset\n- [StreetTryOn](https://github.com/cuiaiyu/street-tryon-benchmark)\n"
                   "- [PartNet: A Large-scale Benchmark for Fine-grained 3D Object Understanding](https://arxiv.org/"
                   "abs/1812.02713)\n")
    assert [e.data.title[:8] for e in parsed.entries] == ["PartNet:"]
