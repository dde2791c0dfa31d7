"""Shapes of real lists met in session 35 (the lists of earlier rounds still read wrong, and the forty-
seventh blind labelling round, ``bench/unseen-lists/s50a``-``s50h``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers
from paperctl import Library
from paperctl.formats.exporting import Selection, render
from paperctl.formats.importing import import_text
from paperctl.formats.markdown import venues
from paperctl.formats.markdown.writer import MarkdownOptions

VIP3D = (
    "#### ViP3D: End-to-end visual trajectory prediction via 3d agent queries\n\n"
    "paper link: [here](http://openaccess.thecvf.com/content/CVPR2023/papers/Gu_ViP3D_End-to-End_Visual_Trajectory_"
    "Prediction_via_3D_Agent_Queries_CVPR_2023_paper.pdf)\n\n"
    "citation: \n```bibtex\n@inproceedings{gu2023vip3d,\n"
    "  title={ViP3D: End-to-end visual trajectory prediction via 3d agent queries},\n"
    "  author={Gu, Junru and Hu, Chenxu and Zhang, Tianyuan and Chen, Xuanyao and Wang, Yilun and Wang, Yue and "
    "Zhao, Hang},\n"
    "  booktitle={Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition},\n"
    "  pages={5496--5506},\n  year={2023}\n}\n```\n    \n"
    "#### Self-Supervised Traffic Advisors: Distributed, Multi-view Traffic Prediction for Smart Cities\n\n"
    "paper link: [here](https://arxiv.org/pdf/2204.06171)\n\ncitation:\n\n```bibtex\n@misc{sun2022selfsupervised,\n"
    "      title={Self-Supervised Traffic Advisors: Distributed, Multi-view Traffic Prediction for Smart Cities}, \n"
    "      author={Jiankai Sun and Shreyas Kousik and David Fridovich-Keil and Mac Schwager},\n"
    "      year={2022},\n      eprint={2204.06171},\n      archivePrefix={arXiv},\n"
    "      primaryClass={id='cs.RO' full_name='Robotics' is_active=True alt_name=None in_archive='cs'}\n}\n```\n")


def test_a_paper_heading_over_its_paper_link_and_its_bibtex():
    # Strivin0311/ads-learning (every paper so): the heading is the title, "paper link: [here](..)" its paper,
    # the fenced BibTeX its authors, venue and year; "citation:" is no note
    found = papers("# Trajectory Prediction\n\n## Papers\n\n" + VIP3D)
    vip3d, advisors = found.values()
    assert vip3d.title == "ViP3D: End-to-end visual trajectory prediction via 3d agent queries"
    assert vip3d.url.endswith("/CVPR2023/papers/Gu_ViP3D_End-to-End_Visual_Trajectory_Prediction_via_3D_Agent_"
                              "Queries_CVPR_2023_paper.pdf")
    assert names(vip3d) == ["Junru Gu", "Chenxu Hu", "Tianyuan Zhang", "Xuanyao Chen", "Yilun Wang",
                            "Yue Wang", "Hang Zhao"]
    assert (vip3d.venue, vip3d.year, vip3d.notes, vip3d.tags) == (
        "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition 2023", 2023, [], ["Papers"])
    assert (advisors.arxiv_id, advisors.venue, advisors.year) == ("2204.06171", "arXiv 2022", 2022)
    assert names(advisors) == ["Jiankai Sun", "Shreyas Kousik", "David Fridovich-Keil", "Mac Schwager"]


def test_what_the_entry_says_wins_over_its_bibtex():
    # rhett-chen/Robotic-grasping-papers (77 papers so): the bracketed venue is the entry's, the BibTeX's long
    # booktitle is not; the BibTeX gives the authors the line does not
    found = papers(
        "## 2.1 Visual grounding\n\n**[CVPR2022]** 3D-SPS: Single-Stage 3D Visual Grounding via Referred Point "
        "Progressive Selection, [[Paper](https://arxiv.org/pdf/2204.06272.pdf)], [[Code](https://github.com/fjhzhixi/"
        "3D-SPS)].\n\n*Keywords: input point cloud, RGB, normal vectors and language text; single-stage method.*\n\n"
        "```latex\n@InProceedings{Luo_2022_CVPR,\n    author    = {Luo, Junyu and Fu, Jiahui and Kong, Xianghao and "
        "Gao, Chen and Ren, Haibing and Shen, Hao and Xia, Huaxia and Liu, Si},\n    title     = {3D-SPS: Single-"
        "Stage 3D Visual Grounding via Referred Point Progressive Selection},\n    booktitle = {Proceedings of the "
        "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)},\n    month     = {June},\n"
        "    year      = {2022},\n    pages     = {16454-16463}\n}\n```\n")
    (paper,) = found.values()
    assert (paper.arxiv_id, paper.venue, paper.year, paper.links["code"]) == (
        "2204.06272", "CVPR 2022", 2022, "https://github.com/fjhzhixi/3D-SPS")
    assert names(paper)[:3] == ["Junyu Luo", "Jiahui Fu", "Xianghao Kong"] and len(paper.authors) == 8


def test_a_bibtex_block_of_another_paper_gives_nothing():
    # the list's "cite our survey" block after its last paper (AIoT-MLSys-Lab/Efficient-LLMs-Survey and many
    # more): its title is not the paper's, so the paper takes none of its authors
    found = papers(
        "## Papers\n\n- [Fast Inference from Transformers via Speculative Decoding](https://arxiv.org/abs/2211.17192)"
        "\n\n## Citation\n\n```bibtex\n@article{wan2023efficient,\n  title={Efficient Large Language Models: A "
        "Survey},\n  author={Wan, Zhongwei and Wang, Xin},\n  journal={Transactions on Machine Learning Research},\n"
        "  year={2024}\n}\n```\n")
    (paper,) = found.values()
    assert (paper.authors, paper.venue, paper.year) == ([], None, None)


def test_fields_read_from_a_bibtex_block_come_back_after_export(tmp_path):
    with Library(tmp_path / "a.db") as lib:
        import_text(lib, "# Trajectory Prediction\n\n## Papers\n\n" + VIP3D, "md", "ads-learning.md")
        before = {p.title: (p.author_names, p.venue, p.year, p.url, p.arxiv_id) for p in lib.papers()}
        text = render(lib, "md", Selection(), options=MarkdownOptions(style="auto"))  # (the list as read)
    assert "@inproceedings{gu2023vip3d," in text
    with Library(tmp_path / "b.db") as other:
        import_text(other, text, "md", "again.md")
        after = {p.title: (p.author_names, p.venue, p.year, p.url, p.arxiv_id) for p in other.papers()}
    assert after == before and len(before) == 2


def test_a_numbered_paper_heading_over_fields_keyed_with_emoji():
    # Awesome3DGS/3D-Gaussian-Splatting-Papers (84 papers so): "[7]" is the paper's number, the emoji-keyed
    # bullets its authors (作者), affiliations (单位), links (链接) and note (说明); the link named Code is its code
    found = papers(
        "# 3D Gaussian Splatting Papers\n\n"
        "#### [7] Real-time Photorealistic Dynamic Scene Representation and Rendering with 4D Gaussian Splatting\n"
        "- **🧑\u200d🔬 作者**：Zeyu Yang, Hongye Yang, Zijie Pan, Xiatian Zhu, Li Zhang\n"
        "- **🏫 单位**：Fudan University ⟐ University of Surrey\n"
        "- **🔗 链接**：[[arXiv:2310.10642](https://arxiv.org/abs/2310.10642)] [[OpenReview](https://openreview.net/"
        "forum?id=WhgB5sispV)] [[Code](https://github.com/fudan-zvg/4d-gaussian-splatting)]\n"
        "- **📝 说明**：ICLR2024 投稿， OpenReview Ratings: 8, 6, 6\n\n"
        "#### [8] Dynamic Gaussian Splatting from Markerless Motion Capture can Reconstruct Infants Movements\n"
        "- **🧑\u200d🔬 作者**：R. James Cotton, Colleen Peyton\n"
        "- **🏫 单位**：Shirley Ryan AbilityLab ⟐ Northwestern University\n"
        "- **🔗 链接**：[[arXiv:2310.19441](https://arxiv.org/abs/2310.19441)] [Code]\n- **📝 说明**：✏️\n")
    assert [(t[:30], p.arxiv_id, p.venue, p.links.get("code")) for t, p in found.items()] == [
        ("Real-time Photorealistic Dynam", "2310.10642", "arXiv", "https://github.com/fudan-zvg/4d-gaussian-splatting"),
        ("Dynamic Gaussian Splatting fro", "2310.19441", "arXiv", None)]
    first, second = found.values()
    assert names(first) == ["Zeyu Yang", "Hongye Yang", "Zijie Pan", "Xiatian Zhu", "Li Zhang"]
    assert names(second) == ["R. James Cotton", "Colleen Peyton"]
    assert "单位：Fudan University ⟐ University of Surrey" in " ".join(first.notes)  # (kept, as a note)


def test_a_digest_heading_over_bold_keyed_fields():
    # TH-Koln-Bartnik/llm-edu-digest (every paper so): "**Source:** arxiv • 2026-02-12" is where and when,
    # "**Summary:**" the summary, the links below the paper's
    found = papers(
        "# LLM Education Literature Digest\n\n*Generated: 2026-02-16 07:21:08 UTC*\n\n"
        "## 2. Open TutorAI: An Open-source Platform for Personalized and Immersive Learning with Generative AI\n\n"
        "**Authors:** Mohamed El Hajji, Tarek Ait Baha, Aicha Dakir, Hammou Fadili, Youssef Es-Saady\n\n"
        "**Source:** arxiv • 2026-02-06\n\n"
        "**Summary:** Recent advances in artificial intelligence have created new possibilities for making education "
        "more scalable, adaptive, and learner-centered.\n\n"
        "**Links:**\n- Landing page: http://arxiv.org/abs/2602.07176v1\n- PDF: https://arxiv.org/pdf/2602.07176v1\n\n"
        "*Relevance score: 18.0*\n\n---\n")
    (paper,) = found.values()
    assert (paper.arxiv_id, paper.venue, paper.year) == ("2602.07176", "arXiv 2026", 2026)
    assert paper.title.startswith("Open TutorAI: An Open-source Platform")
    assert names(paper) == ["Mohamed El Hajji", "Tarek Ait Baha", "Aicha Dakir", "Hammou Fadili", "Youssef Es-Saady"]
    assert paper.summary.startswith("Recent advances in artificial intelligence have created new possibilities")


def test_titles_with_their_years_under_bold_topic_lines():
    # Sahandfer/Riiid-Answer-Correctness-Prediction (Papers.md): each bold line is a topic, each item a paper
    # cited by its title and year, with no link
    found = papers(
        "## Papers\n\n**Graph**\n\n1. GIKT: A Graph-based Interaction Model for Knowledge Tracing (2020)\n"
        "2. HGKT : Introducing Problem Schema with Hierarchical Exercise Graph for Knowledge Tracing (2020)\n\n"
        "**Deep/Bayesian**\n\n1. Deep Knowledge Tracing with Side Information (2019)\n"
        "2. Deep Knowledge Tracing (2015)\n3. How Deep is Knowledge Tracing? (2016)\n")
    assert [(t, p.year, p.tags) for t, p in found.items()] == [
        ("GIKT: A Graph-based Interaction Model for Knowledge Tracing", 2020, ["Papers/Graph"]),
        ("HGKT : Introducing Problem Schema with Hierarchical Exercise Graph for Knowledge Tracing", 2020,
         ["Papers/Graph"]),
        ("Deep Knowledge Tracing with Side Information", 2019, ["Papers/Deep∕Bayesian"]),
        ("Deep Knowledge Tracing", 2015, ["Papers/Deep∕Bayesian"]),
        ("How Deep is Knowledge Tracing?", 2016, ["Papers/Deep∕Bayesian"])]


def test_names_with_years_of_things_that_are_not_titles_are_no_papers():
    # a list of tools with the year each came out is no list of papers: its names are not titles
    found = papers("## Tools\n\n**Editors**\n\n- emacs (1976)\n- vim (1991)\n- gedit (1999)\n")
    assert found == {}


def test_an_html_table_with_group_rows_across_it_and_a_publication_time():
    # 11xiaoyi11/IQA-Survey: a cell across the whole row names the rows below it; "Introduction" is the row's
    # description and "Earliest publication time" when it came out
    found = papers(
        "## Image Quality Assessment Methods\n\n<table>\n    <tr>\n        <td>Metrics</td>\n"
        "        <td>Introduction</td>\n        <td>Paper name</td>\n        <td>Citation number</td>\n"
        "        <td>Earliest publication time</td>\n    </tr>\n    <tr>\n"
        '        <td colspan="5"  align="center">HVS-Based Method</td>\n    </tr>\n    <tr>\n'
        "        <td>multi-scale SSIM (MS-SSIM)</td>\n        <td>为了将SSIM用于不同分辨率的图像，提出了MS-SSIM</td>\n"
        "        <td>Multiscale structural similarity for image quality assessment</td>\n        <td>8043</td>\n"
        "        <td>2004.05</td>\n    </tr>\n    <tr>\n"
        '        <td colspan="5" align="center">NSS-Based Method</td>\n    </tr>\n    <tr>\n'
        "        <td>BRISQUE</td>\n        <td>空间域的自然场景统计</td>\n"
        "        <td>No-reference image quality assessment in the spatial domain</td>\n        <td>5000</td>\n"
        "        <td>2012.12</td>\n    </tr>\n</table>\n")
    assert [(t, p.year, p.summary, p.tags) for t, p in found.items()] == [
        ("Multiscale structural similarity for image quality assessment", 2004,
         "为了将SSIM用于不同分辨率的图像，提出了MS-SSIM", ["Image Quality Assessment Methods/HVS-Based Method"]),
        ("No-reference image quality assessment in the spatial domain", 2012, "空间域的自然场景统计",
         ["Image Quality Assessment Methods/NSS-Based Method"])]


def test_a_date_column_gives_a_preprint_server_its_year_and_no_meeting_its_year():
    # juntaic7/Awesome-Single-Cell-Foundation-Models: a bioRxiv link dated 2023-09-26 is bioRxiv 2023;
    # xd-liu/Awesome-Vision-Large-Language-Models: a paper's date is when it was posted (Honeybee, CVPR 2024, posted
    # 2023-12), and "Google" is who made it, not where it appeared
    found = papers(
        "## General\n\n| Model | Date | Paper | Code | Resources | Notes |\n|---|---|---|---|---|---|\n"
        "| Universal Cell Embeddings (UCE) | 2023-11-28 | [bioRxiv](https://www.biorxiv.org/content/10.1101/2023.11.28."
        "568918v1) | [GitHub](https://github.com/snap-stanford/UCE) | [Virtual Cells](https://virtualcellmodels."
        "cziscience.com/model/uce) | Zero-shot cell embedding model. |\n"
        "| GeneCompass | 2023-09-26 | [bioRxiv](https://www.biorxiv.org/content/10.1101/2023.09.26.559542v1) | "
        "[GitHub](https://github.com/xCompass-AI/GeneCompass) |  | Knowledge-informed cross-species foundation model "
        "pretrained on human and mouse single-cell transcriptomes. |\n"
        "| scMulan | 2024-01-25 | [bioRxiv](https://www.biorxiv.org/content/10.1101/2024.01.25.577152v1) | [GitHub]"
        "(https://github.com/SuperBianC/scMulan) |  | Multitask generative pretrained language model for cell "
        "annotation, integration, and conditional generation. |\n\n"
        "## Models\n\n| Title | Venue | Date | Code |\n|---|---|---|---|\n"
        "| [**Honeybee: Locality-enhanced Projector for Multimodal LLM**](https://arxiv.org/abs/2312.06742) | CVPR "
        "| 2023-12 | [Github](https://github.com/kakaobrain/honeybee) |\n"
        "| [**Gemini: A Family of Highly Capable Multimodal Models**](https://storage.googleapis.com/deepmind-media/"
        "gemini/gemini_1_report.pdf) | Google | 2023-12 | - |\n")
    assert [(t[:12], p.venue, p.year) for t, p in found.items()] == [
        ("Universal Ce", "bioRxiv 2023", 2023), ("GeneCompass", "bioRxiv 2023", 2023),
        ("scMulan", "bioRxiv 2024", 2024), ("Honeybee: Lo", "CVPR", 2023),
        ("Gemini: A Fa", "Google", 2023)]


def test_a_workshop_named_after_its_meeting_and_year():
    # wwweiwei/awesome-self-supervised-learning-for-tabular-data; hemingkx/SpeculativeDecodingPapers' badge
    # "ENLSP_at_NIPS2023"; a method's name after a venue prefix is the title's, not a workshop (downeykking/
    # graph-papers: "KDD'22 GraphMAE: ...")
    assert venues.parse("NeurIPS'22 Workshop on TRL") == ("NeurIPS 2022 Workshop on TRL", 2022)
    assert venues.parse("NeurIPS'23 TRL Workshop") == ("NeurIPS 2023 TRL Workshop", 2023)
    assert venues.parse("ENLSP at NIPS2024") == ("ENLSP at NIPS 2024", 2024)
    assert venues.parse("KDD'22 GraphMAE") is None
    found = papers(
        "## Contrastive Learning\n\n* STab: Self-supervised Learning for Tabular Data (NeurIPS'22 Workshop on TRL) "
        "[[Paper]](https://openreview.net/pdf?id=EfR55bFcrcI)\n"
        "- [x] KDD'22 GraphMAE: Self-Supervised Masked Graph Autoencoders [[Paper](https://arxiv.org/abs/2205.10803)] "
        "[[Code](https://github.com/thudm/graphmae)]\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("STab: Self-supervised Learning for Tabular Data", "NeurIPS 2022 Workshop on TRL", 2022),
        ("GraphMAE: Self-Supervised Masked Graph Autoencoders", "KDD 2022", 2022)]


def test_a_findings_line_under_a_venue_heading_is_its_track():
    # Geralt-Targaryen/Awesome-Speculative-Decoding: "### EMNLP 2025", then "**Main**" and "**Findings**"
    found = papers(
        "## Bibliography by Venues\n\n### EMNLP 2025\n\n**Main**\n\n"
        "- \"QSpec: Speculative Decoding with Complementary Quantization Schemes\" [2024-10] "
        "[[paper](https://arxiv.org/abs/2410.11305)]\n\n**Findings**\n\n"
        "- \"Mamba Drafters for Speculative Decoding\" [2025-06] [[paper](https://arxiv.org/abs/2506.01206)]\n")
    assert [(t, p.venue, p.tags) for t, p in found.items()] == [
        ("QSpec: Speculative Decoding with Complementary Quantization Schemes", "EMNLP 2025",
         ["Bibliography by Venues/EMNLP 2025/Main"]),
        ("Mamba Drafters for Speculative Decoding", "EMNLP 2025 Findings",
         ["Bibliography by Venues/EMNLP 2025/Findings"])]


def test_a_quoted_bold_line_heads_the_list_below_it():
    # LAMDA-Tabular/Tabular-Survey: "> **Clustering**" over its papers, as an unquoted bold line would be
    found = papers(
        "## Extensions\n\n> **Clustering**\n\n- [Interpretable Deep Clustering for Tabular Data](https://proceedings."
        "mlr.press/v235/svirsky24a.html)\n- [Tabledc: Deep clustering for tabular data](https://arxiv.org/abs/"
        "2405.17723)\n\n> **Tabular Generation**\n\n- [Tabddpm: Modelling tabular data with diffusion models]"
        "(https://arxiv.org/abs/2209.15421)\n")
    assert [(t[:20], p.tags) for t, p in found.items()] == [
        ("Interpretable Deep C", ["Extensions/Clustering"]), ("Tabledc: Deep cluste", ["Extensions/Clustering"]),
        ("Tabddpm: Modelling t", ["Extensions/Tabular Generation"])]


def test_a_journal_named_in_words_and_an_alias_in_brackets_after_the_title():
    # dengjianyuan/Survey_AI_Drug_Discovery: "(Bioinformatics 2015)"; "(aka: PotentialNet; ACS Cent Sci 2018)", the
    # method's name and where it appeared; a name that begins with "aka" is no alias (abbottyanginchina/Awesome-
    # Federated-Unlearning: "(Akash Dhasade et al., Arxiv 2023)")
    found = papers(
        "## Others\n\n- <b>PDBbind</b> --- PDB-wide collection of binding data: current status of the PDBbind "
        "database (Bioinformatics 2015)  [[Paper]](https://academic.oup.com/bioinformatics/article/31/3/405/2365195)\n"
        "- PotentialNet for Molecular Property Prediction (aka: PotentialNet; ACS Cent Sci 2018) [[Paper]](https://"
        "pubs.acs.org/doi/10.1021/acscentsci.8b00507) (Techs - GNN: GCNN + Multi-Task Learning)\n"
        "+ [QuickDrop: Efficient Federated Unlearning by Integrated Dataset Distillation](https://arxiv.org/pdf/"
        "2311.15603.pdf) (Akash Dhasade et al., Arxiv 2023)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("PDB-wide collection of binding data: current status of the PDBbind database", "Bioinformatics 2015", 2015),
        ("PotentialNet for Molecular Property Prediction", "ACS Cent Sci 2018", 2018),
        ("QuickDrop: Efficient Federated Unlearning by Integrated Dataset Distillation", "Arxiv 2023", 2023)]
    assert "aka: PotentialNet" in list(found.values())[1].notes
    assert names(list(found.values())[2]) == ["Akash Dhasade"]


def test_numbered_bold_titles_over_fields_keyed_in_code():
    # GeminiLight/ml4co-survey (57 papers so): "`Publication`: NeurIPS 2019", "`Link`: [arXiv](..)"
    found = papers(
        "## Analysis\n\n1. **Learning to Branch**\n   - `Publication`: ICML 2018\n   - `Keyword`: Branch\n"
        "   - `Link`: [arXiv](https://arxiv.org/abs/1803.10150)\n"
        "1. **On Learning Paradigms for the Travelling Salesman Problem**\n"
        "   - `Publication`: NeurIPS 2019 (Workshop)\n   - `Keyword`: RL vs SL\n   - `Link`: [arXiv](https://arxiv.org/abs/1910.07210)\n"
        "1. **A Review of Combinatorial Optimization with Graph Neural Networks**\n   - `Publication`: BigDIA 2019\n"
        "   - `Keyword`: GNN\n   - `Link`: [paper](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8802843)\n")
    assert [(t, p.arxiv_id, p.venue, p.year, p.notes, p.tags) for t, p in found.items()] == [
        ("Learning to Branch", "1803.10150", "ICML 2018", 2018, ["Keyword: Branch"], ["Analysis"]),
        ("On Learning Paradigms for the Travelling Salesman Problem", "1910.07210", "NeurIPS 2019 (Workshop)", 2019,
         ["Keyword: RL vs SL"], ["Analysis"]),
        ("A Review of Combinatorial Optimization with Graph Neural Networks", None, "BigDIA 2019", 2019,
         ["Keyword: GNN"], ["Analysis"])]
    assert list(found.values())[2].url == "https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8802843"


def test_who_where_and_when_between_bars_after_a_title_link():
    # WANGBohaO-jpg/Awesome-Trustworthy-LLM4Rec-Papers (every paper so): a method's name in bold perhaps, then
    # "Surname et al. | VENUE | YEAR"; an arXiv ID where the venue stands is the paper's and says arXiv
    found = papers(
        "## Robustness\n\n- [Retrieval-Augmented Purifier for Robust LLM-Empowered Recommendation](https://arxiv.org/"
        "abs/2504.02458) **RETURN**: Ning et al. | arXiv:2504.02458 | 2025\n"
        "- [Shilling attacks and fake reviews injection: Principles, models, and datasets](https://scholar.google.com/"
        "scholar?q=Shilling+attacks) Nawara et al. | IEEE TCSS | 2024\n"
        "- [Denoising alignment with large language model for recommendation](https://scholar.google.com/scholar?q="
        "Denoising+alignment) **DALR**: Peng et al. | ACM TOIS | 2025\n")
    assert [(t[:22], p.arxiv_id, p.venue, p.year, names(p), p.notes, p.summary) for t, p in found.items()] == [
        ("Retrieval-Augmented Pu", "2504.02458", "arXiv 2025", 2025, ["Ning"], ["RETURN"], None),
        ("Shilling attacks and f", None, "IEEE TCSS 2024", 2024, ["Nawara"], [], None),
        ("Denoising alignment wi", None, "ACM TOIS 2025", 2025, ["Peng"], ["DALR"], None)]


RAGPEDIA = (
    "# List of RAG Tools and Benchmarks\n---\n\n## [3] **FunnelRAG**\n\n"
    '<sub><i style="font-size: 1.3em; color: gray;">Authors: Xinping Zhao, Yan Zhong, Zetian Sun, Xinshuo Hu</i>'
    "</sub>\n\nThis paper presents a progressive retrieval paradigm with coarse-to-fine granularity for RAG, termed "
    "FunnelRAG.\n\n📄 Paper: [FunnelRAG](https://arxiv.org/abs/2410.10293) || \n💻 Code: [Github Repository]()\n\n"
    "---\n\n## [2] **Vision-based RAG**\n\n"
    '<sub><i style="font-size: 1.3em; color: gray;">Authors: Shi Yu, Chaoyue Tang</i></sub>\n\n'
    "This paper presents VisRAG, which embeds documents using a Vision Language Model (VLM) as an image for "
    "retrieval.\n\n📄 Paper: [Vision-based RAG](https://arxiv.org/abs/2410.10594) || \n"
    "💻 Code: [Github Repository](https://github.com/OpenBMB/VisRAG) ||\n"
    "🤗 Hugging Face: [Hugginface Model](https://huggingface.co/openbmb/VisRAG-Ret)\n\n---\n")


def test_a_heading_naming_a_paper_over_its_authors_description_and_keyed_links(tmp_path):
    # raselmeya94/RAGpedia (every paper so): the heading is the paper's name; "<sub><i>Authors: ...</i></sub>" who
    # wrote it; "📄 Paper:", "💻 Code:" its links (an empty one, "[Github Repository]()", is no link)
    found = papers(RAGPEDIA)
    assert [(t, p.arxiv_id, names(p)[:2], p.links.get("code")) for t, p in found.items()] == [
        ("FunnelRAG", "2410.10293", ["Xinping Zhao", "Yan Zhong"], None),
        ("Vision-based RAG", "2410.10594", ["Shi Yu", "Chaoyue Tang"], "https://github.com/OpenBMB/VisRAG")]
    kept = [found["FunnelRAG"].summary or "", *found["FunnelRAG"].notes]  # (the summary, where the whole list
    assert any(t.startswith("This paper presents a progressive retrieval") for t in kept)  # describes its papers so)
    assert found["Vision-based RAG"].links["hugging face"] == "https://huggingface.co/openbmb/VisRAG-Ret"
    with Library(tmp_path / "lib.db") as lib:  # (both kept: an empty address costs no paper)
        import_text(lib, RAGPEDIA, "md", "RAG-LIST.md")
        assert sorted(p.title for p in lib.papers()) == ["FunnelRAG", "Vision-based RAG"]


def test_ieee_references_numbered_with_a_linked_or_plain_quoted_title():
    # Duoduo-Qian/Medical-image-registration-Resources: "[N]" paragraphs; the quoted title linked, or not; "et al."
    # in italics as typesetting has it; a numbered reference of who and when alone is a paper too
    found = papers(
        "## 5.1 Survey papers\n\n[1]    A. Sotiras, C. Davatzikos, and N. Paragios, [“Deformable medical image "
        "registration: A survey,”]( https://ieeexplore.ieee.org/document/6522524 ) *IEEE Trans. Med. Imaging*, vol. "
        "32, no. 7, pp. 1153–1190, 2013.\n\n[3]    G. Haskins, U. Kruger, and P. Yan, “Deep Learning in Medical "
        "Image Registration: A Survey,” 2019.\n\n[5]    S. Miao *et al.*, “Dilated FCN for multi-agent 2D/3D "
        "medical image registration,” *32nd AAAI Conf. Artif. Intell. AAAI 2018*, pp. 4694–4701, 2018.\n")
    assert [(t, names(p), p.year) for t, p in found.items()] == [
        ("Deformable medical image registration: A survey", ["A. Sotiras", "C. Davatzikos", "N. Paragios"], 2013),
        ("Deep Learning in Medical Image Registration: A Survey", ["G. Haskins", "U. Kruger", "P. Yan"], 2019),
        ("Dilated FCN for multi-agent 2D/3D medical image registration", ["S. Miao"], 2018)]
    survey = found["Deformable medical image registration: A survey"]
    assert survey.url == "https://ieeexplore.ieee.org/document/6522524"


def test_who_in_brackets_after_where_and_when_and_not_in_prose():
    # JHU-MedImage-Reg/MedImgReg_Survey (94 papers so); AI-secure/Certified-Robustness-SoK-Oldver's prose cites
    # "(Cohen et al)" and is no paper
    found = papers(
        "## Registration\n\n* \"Cross-modal attention for multi-modal image registration\", MedIA, 2022 "
        "(Song *et al.*). [[Paper](https://www.sciencedirect.com/science/article/pii/S1361841522002407)][[GitHub](https://github.com/"
        "DIAL-RPI/Attention-Reg)]\n\nAll above approaches use Randomized Smoothing (Cohen et al) to derive "
        "certification, with wrong probability at 0.1%.\n")
    (paper,) = found.values()
    assert (paper.title, names(paper), paper.venue) == (
        "Cross-modal attention for multi-modal image registration", ["Song"], "MedIA 2022")


def test_a_table_whose_paper_column_holds_bare_addresses_names_its_rows_by_the_framework_column():
    # YHPeter/Awesome-RAG-Evaluation: "| Category | Framework | Webpage | Paper |", the Paper cell an address alone
    found = papers(
        "## Reference Framework\n\n| Category | Framework | Webpage | Paper |\n|---|---|---|---|\n"
        "| Tool | TruEra RAG Triad | https://www.trulens.org/trulens_eval/getting_started/core_concepts/rag_triad/ "
        "| - |\n| Benchmark | RECALL | - | https://arxiv.org/abs/2311.08147 |\n"
        "| Benchmark | ARES | https://github.com/stanford-futuredata/ARES | https://arxiv.org/abs/2311.09476 |\n")
    assert [(t, p.arxiv_id) for t, p in found.items()] == [("RECALL", "2311.08147"), ("ARES", "2311.09476")]


def test_authors_folded_in_details_under_the_title_with_the_venue_before_them():
    # mayuelala/Awesome-Controllable-Video-Generation (28 of 53 entries so): the date the title line gives is the
    # preprint's; "[ECCV 2024]" in the folded label is where it appeared
    found = papers(
        "## Human Animation\n\n+ **Champ: Controllable and Consistent Human Image Animation with 3D Parametric "
        "Guidance** (21 Mar 2024)\n   <details><summary>[ECCV 2024] Shenhao Zhu, Junming Leo Chen, et al.</summary>  \n"
        "        Shenhao Zhu, Junming Leo Chen, Zuozhuo Dai, Qingkun Su </details>  \n\n"
        "   [![Paper](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2403.14781)\n")
    (paper,) = found.values()
    assert (paper.arxiv_id, paper.venue, paper.year) == ("2403.14781", "ECCV 2024", 2024)
    assert names(paper) == ["Shenhao Zhu", "Junming Leo Chen", "Zuozhuo Dai", "Qingkun Su"]


def test_a_short_bold_title_over_its_field_bullets():
    # GeminiLight/ml4co-survey: "1. **Pointer Networks**"; amusi/awesome-object-detection: "**Fast R-CNN**" over
    # "- arxiv: <..>" (both had taken a field's text, or the word "arxiv", for the title)
    found = papers(
        "## RNN/Attention-based\n\n1. **Pointer Networks**\n   - `Publication`: NeurIPS 2015\n"
        "   - `CO-problem`: Finding planar convex hulls, computing Delaunay triangulations, TSP\n"
        "   - `Link`: [arXiv](https://arxiv.org/abs/1506.03134)\n\n## Fast R-CNN\n\n**Fast R-CNN**\n\n"
        "- arxiv: <http://arxiv.org/abs/1504.08083>\n- github: <https://github.com/rbgirshick/fast-rcnn>\n")
    assert [(t, p.arxiv_id) for t, p in found.items()] == [("Pointer Networks", "1506.03134"),
                                                           ("Fast R-CNN", "1504.08083")]


def test_a_name_in_square_brackets_opening_a_bold_title():
    # iminolee/Awesome-Vision-and-Language-Navigation: "[Matterport3D dataset]" names it, kept as a note;
    # ICTMCG/Awesome-Misinfo-Video-Detection: "[IP&M-2022]" is where and when; gongchenghua/Papers-Graphs-with-
    # Heterophily: "[Tutorial]" says what the entry is, and it stays no paper
    found = papers(
        "## Datasets\n\n- **[Matterport3D dataset] Learning from RGB-D Data in Indoor Environments** <br>\n"
        "   *Angel Chang, Angela Dai, Thomas Funkhouser* <br>\n   3DV, 2017. [[Paper]](https://arxiv.org/pdf/"
        "1709.06158)\n\n6. **[IP&M-2022] Characterizing multi-domain false news and underlying user effects on "
        "Chinese Weibo**.\n\n   *Qiang Sheng, Juan Cao*.  [[pdf](https://arxiv.org/pdf/2205.03068)]\n")
    assert [(t, p.venue, p.notes) for t, p in found.items()] == [
        ("Learning from RGB-D Data in Indoor Environments", "3DV 2017", ["Matterport3D dataset"]),
        ("Characterizing multi-domain false news and underlying user effects on Chinese Weibo", "IP&M 2022", [])]


def test_a_link_named_for_a_preprint_server_says_where_the_paper_is():
    # hussius/deeplearning-biology: "[[bioRxiv preprint](..)]" beside "[[github](..)]"
    assert venues.parse("bioRxiv preprint") == ("bioRxiv", None)
    paper = list(papers(
        "## Reviews\n\n**A Deep Learning Model for Predicting Tumor Suppressor Genes and Oncogenes from PDB "
        "Structure** "
        "[[github](https://github.com/tavanaei/Cancer-Suppressor-Gene-Deep-Learning)][[bioRxiv preprint](https://"
        "www.biorxiv.org/content/early/2017/10/22/177378)]\n").values())[0]
    assert (paper.venue, paper.url) == ("bioRxiv", "https://www.biorxiv.org/content/early/2017/10/22/177378")


def test_the_day_a_paper_was_posted_before_its_title_link():
    # noooop/Reading_List (awesome_multimodal_retrieval.md, every entry): "Thu, 27 Jun 2024" had become the title
    found = papers(
        "## Papers\n\n- Thu, 27 Jun 2024 [ColPali: Efficient Document Retrieval with Vision Language Models](https://"
        "arxiv.org/abs/2407.01449)\n- Mon, 23 Jun 2025 [jina-embeddings-v4: Universal Embeddings for Multimodal "
        "Multilingual Retrieval](https://arxiv.org/abs/2506.18902)\n")
    assert [(t[:24], p.year) for t, p in found.items()] == [("ColPali: Efficient Docum", 2024),
                                                            ("jina-embeddings-v4: Univ", 2025)]


def test_a_paper_heading_over_a_tag_line_then_its_paper_link():
    # Strivin0311/llms-learning (dev/modeling/lm/transformer/sparse.md, every paper so): a tag line first, a short
    # title named a paper by the "paper link:" below it; a venue among the tags is the paper's
    found = papers(
        "# Sparse Transformer Language Modeling\n\n#### DeepSeek-V3 Technical Report\n\n"
        "tag: `DeepSeek-V3` | `DeepSeek`\n\npaper link: [here](https://arxiv.org/pdf/2412.19437)\n\n"
        "code link: [here](https://github.com/deepseek-ai/DeepSeek-V3)\n\n"
        "#### Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity\n\n"
        "tag: `Switch Transformer` | `MoE` | `JMLR23`\n\npaper link: [here](https://arxiv.org/pdf/2101.03961)\n")
    assert [(t[:28], p.arxiv_id, p.venue, p.links.get("code")) for t, p in found.items()] == [
        ("DeepSeek-V3 Technical Report", "2412.19437", None, "https://github.com/deepseek-ai/DeepSeek-V3"),
        ("Switch Transformers: Scaling", "2101.03961", "JMLR 2023", None)]


def test_an_iso_timestamp_is_a_date_not_a_venue():
    # will-rice/speech-enhancement-papers: a "Published" column of ISO 8601 timestamps (it had become the venue)
    assert venues.year_of_date("2026-09-24T14:25:00+00:00") == 2026
    found = papers(
        "## Papers\n\n| Published | Identifier | Title | Source |\n|---|---|---|---|\n"
        "| 2026-09-24T14:25:00+00:00 | arxiv:2609.29867v1 | [Does per-frame early exit pay? A compute-matched study of "
        "dynamic depth for on-device speech enhancement](https://arxiv.org/abs/2609.29867v1) | arXiv |\n"
        "| 2026-09-24T14:24:43+00:00 | arxiv:2609.29866v1 | [Beyond Model Size: Redesigning LiSenNet for embedded "
        "speech enhancement](https://arxiv.org/abs/2609.29866v1) | arXiv |\n")
    assert [(p.arxiv_id, p.year, "T14" in (p.venue or "")) for p in found.values()] == [
        ("2609.29867", 2026, False), ("2609.29866", 2026, False)]


def test_a_year_dash_venue_prefix_with_its_rank():
    # eosphoros-ai/Awesome-Text2SQL: "(2022-NAACL, CCF-B)" before the title: the year, the venue and its CCF rank
    found = papers(
        "## Classic Models\n\n- (2022-NAACL, CCF-B) **SeaD**: End-to-end Text-to-SQL Generation with Schema-aware "
        "Denoising [[paper](https://arxiv.org/abs/2105.07911)]\n")
    (paper,) = found.values()
    assert (paper.title, paper.venue, paper.year) == (
        "End-to-end Text-to-SQL Generation with Schema-aware Denoising", "NAACL 2022", 2022)
    assert "CCF-B" in paper.notes
