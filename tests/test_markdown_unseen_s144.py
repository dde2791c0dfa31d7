"""Shapes of real lists met in session 59's round 141 (``s144``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import names, one
from paperctl.formats.markdown.people import parse as people
from paperctl.formats.markdown.reader import parse


def test_a_bold_title_link_runs_on_over_its_badge_and_leaderboard_links():
    """xhinini/LLM-Reasoning-Review (17 of its 26 papers): the bold goes on past the title link, a comma, a GitHub
    logo linking the code, and a leaderboard link; a stray ")" before the closing stars in two."""
    parsed = parse(
        "## Survey\n"
        "- **[Multimodal Chain-of-Thought Reasoning: A Comprehensive Survey](https://arxiv.org/abs/2503.12605), "
        "[<img src=\"https://github.githubassets.com/images/modules/logos_page/GitHub-Mark.png\" width=\"22\" "
        "alt=\"GitHub repo\" />](https://github.com/yaotingwangofficial/Awesome-MCoT)**  \n"
        "  *Yaoting Wang, Shengqiong Wu, Yuecheng Zhang* • *Preprint'25*  \n"
        "  📁 Tags: `evaluation`, `chain-of-thought`, `survey`\n"
        "- **[LiveCodeBench: Holistic and Contamination Free Evaluation of Large Language Models for Code]"
        "(https://arxiv.org/abs/2403.07974), [<img src=\"https://github.githubassets.com/images/modules/logos_page/"
        "GitHub-Mark.png\" width=\"22\" alt=\"GitHub repo\" />](https://github.com/LiveCodeBench/LiveCodeBench), "
        "[[🏆Leaderboard]](https://livecodebench.github.io/leaderboard.html))**\n"
        "  *Naman Jain, King Han, Alex Gu* • *Preprint'24* \n")
    survey, live = (e.data for e in parsed.entries)
    assert (survey.title, survey.arxiv_id, survey.links.get("code"), survey.venue) == (
        "Multimodal Chain-of-Thought Reasoning: A Comprehensive Survey", "2503.12605",
        "https://github.com/yaotingwangofficial/Awesome-MCoT", "arXiv 2025")
    assert survey.summary is None  # (the tags line is a note, an emoji before its key)
    assert (live.title, live.links.get("code"), live.links.get("leaderboard")) == (
        "LiveCodeBench: Holistic and Contamination Free Evaluation of Large Language Models for Code",
        "https://github.com/LiveCodeBench/LiveCodeBench", "https://livecodebench.github.io/leaderboard.html")


def test_a_bold_year_then_a_dash_then_the_venue_in_bold_code():
    """abdelwahed/OT_for_big_data (164 lines): "* **2020** - __`ICML`__ [*Title*](link)": the year, bold, is no
    reference number; the venue after it, in code, takes its year, even one not known alone (`ACM ToG`)."""
    parsed = parse(
        "## Papers\n"
        "* **2020** - __`ICML`__ [*Regularized optimal transport is ground cost adversarial*]"
        "(http://arxiv.org/pdf/2002.03967v3)\n"
        "* **2019** - __`ACM ToG`__ [*Sliced optimal transport sampling*](https://dl.acm.org/doi/10.1145/3306346)\n"
        "* **2020** -  [*Multi-marginal optimal transport using partial information*]"
        "(https://arxiv.org/pdf/2004.06909.pdf)\n")
    got = [(e.data.title, e.data.venue, e.data.year) for e in parsed.entries]
    assert got == [("Regularized optimal transport is ground cost adversarial", "ICML 2020", 2020),
                   ("Sliced optimal transport sampling", "ACM ToG 2019", 2019),
                   ("Multi-marginal optimal transport using partial information", None, 2020)]


def test_a_method_name_with_its_venue_in_the_link_text_of_a_table_row():
    """Luciferjason/Deep-Anomaly-Detection-for-Time-Series-A-Survey (all 59 rows): "[GDN (AAAI 2021)](..)" names the
    method and where its paper appeared; "https://doi:10.1109/..." is the DOI it means."""
    parsed = parse(
        "| Model | Main Architecture | Code |\n"
        "|---|---|---|\n"
        "| [GDN (AAAI 2021)](https://ojs.aaai.org/index.php/AAAI/article/view/16523) | GNN | "
        "[Code](https://github.com/d-ailin/GDN) |\n"
        "| [AQADF (TKDE 2022)](https://doi:10.1109/TKDE.2020.3014806) | LSTM, CNN | — |\n")
    gdn, aqadf = (e.data for e in parsed.entries)
    assert (gdn.title, gdn.venue, gdn.year, gdn.links.get("code")) == (
        "GDN", "AAAI 2021", 2021, "https://github.com/d-ailin/GDN")
    assert (aqadf.title, aqadf.venue, aqadf.doi) == ("AQADF", "TKDE 2022", "10.1109/tkde.2020.3014806")


def test_papers_as_headings_over_a_chinese_link_key():
    """CHIANGEL/Research-Paper-Note (37 papers): "## Title" over "链接：[URL](URL)", keywords and notes; the heading is
    the paper, whatever the link's host."""
    parsed = parse(
        "# Research-Paper-Note\nMy research paper notes.\n\n"
        "## Graph Attention Networks\n\n"
        "链接：[https://arxiv.org/abs/1710.10903](https://arxiv.org/abs/1710.10903)\n\n"
        "关键词：Attention, GAT, Graph\n\n"
        "ICLR2018的工作，比GraphSage迟一年。\n\n"
        "## Collaborative Denoising Auto-Encoders for Top-N Recommender Systems\n\n"
        "链接：[https://dl.acm.org/doi/10.1145/2835776.2835837](https://dl.acm.org/doi/10.1145/2835776.2835837)\n\n"
        "关键词：CDAE, Collaborative Filtering, Auto-Encoder\n")
    got = [(e.data.title, e.data.arxiv_id, e.data.url) for e in parsed.entries]
    assert got == [("Graph Attention Networks", "1710.10903", None),
                   ("Collaborative Denoising Auto-Encoders for Top-N Recommender Systems", None,
                    "https://dl.acm.org/doi/10.1145/2835776.2835837")]


def test_papers_under_a_todo_heading_are_papers():
    """sunovivid/Awesome-Diffusion-Guidance (its last 8 papers) and little-women/reading-list: a "TODO" heading
    holds papers to read, not a list's tasks."""
    parsed = parse(
        "## Weight Schedule\n"
        "**Analysis of Classifier-Free Guidance Weight Schedulers** \\\n"
        "[[Paper](https://arxiv.org/abs/2404.13040)]\n\n"
        "---\n# TODO\n"
        "**Gradient Guidance for Diffusion Models: An Optimization Perspective** \\\n"
        "*Guo, Yingqing, Yuan, Hui, Yang, Yukang, Chen, Minshuo, Wang, Mengdi* \\\n"
        "[[Paper](https://arxiv.org/abs/2404.14743)]\n")
    last = parsed.entries[-1].data
    assert (last.title, last.arxiv_id, names(last)) == (
        "Gradient Guidance for Diffusion Models: An Optimization Perspective", "2404.14743",
        ["Yingqing Guo", "Hui Yuan", "Yukang Yang", "Minshuo Chen", "Mengdi Wang"])


def test_names_family_name_first_in_pairs():
    """sunovivid/Awesome-Diffusion-Guidance (22 of its 24 author lines, BibTeX's order with commas for "and"):
    Chinese names in pinyin, and two given names; family names alone stay so."""
    assert people("Um, Soobin, Ye, Jong Chul") == ["Soobin Um", "Jong Chul Ye"]
    assert people("Guo, Yingqing, Yuan, Hui, Yang, Yukang") == ["Yingqing Guo", "Hui Yuan", "Yukang Yang"]
    assert people("Methani, Ganguly, Khapra, Kumar") == ["Methani", "Ganguly", "Khapra", "Kumar"]
    assert people("Wang, Zhang, Li, Liu") == ["Wang", "Zhang", "Li", "Liu"]


def test_an_english_description_with_its_translation_in_brackets():
    """sunovivid/Awesome-Diffusion-Guidance (all 14 descriptions): the English sentence is the summary, the Korean
    one in brackets below it a note."""
    data = one("**Diffusion Self-Guidance for Controllable Image Generation** \\\n"
               "*Epstein, Dave, Jabri, Allan, Poole, Ben* \\\n"
               "[[Paper](https://arxiv.org/abs/2306.00986)] \\\n"
               "Designs a loss that uses internal features of the diffusion denoising network for image editing.\\\n"
               "(디퓨전 denoising network 내부 피쳐를 이용한 loss를 설계해 이미지를 편집)\n")
    assert data.summary == "Designs a loss that uses internal features of the diffusion denoising network for image " \
        "editing."
    assert "디퓨전 denoising network 내부 피쳐를 이용한 loss를 설계해 이미지를 편집" in data.notes


def test_ieee_references_with_the_meeting_or_journal_spelled_out():
    """robot-failures/awesome-robot-failure-management (41 of its 59 references): the venue in italics, its short
    name in brackets closing it, then volume, pages and the month; "Available:" before the link."""
    parsed = parse(
        "1. S. Thoduka, N. Hochgeschwender, J. Gall, and P. G. Ploger, \"A Multimodal Handover Failure Detection "
        "Dataset and Baselines,\" in *Proceedings of the IEEE International Conference on Robotics and Automation "
        "(ICRA)*, 2024, pp. 17013-17019. Available: [https://doi.org/10.1109/ICRA57147.2024.10610143]"
        "(https://doi.org/10.1109/ICRA57147.2024.10610143)\n"
        "1. A. C. Ak, E. E. Aksoy and S. Sariel, \"Learning Failure Prevention Skills for Safe Robot Manipulation,\" "
        "*IEEE Robotics and Automation Letters (RA-L)*, vol. 8, no. 12, pp. 7994-8001, Dec. 2023. Available: "
        "[https://doi.org/10.1109/LRA.2023.3324587](https://doi.org/10.1109/LRA.2023.3324587)\n"
        "1. Z. Liu, A. Bahety, and S. Song, \"REFLECT: Summarizing Robot Experiences for Failure Explanation and "
        "Correction,\" in *Conference on Robot Learning (CoRL)*, 2023. Available: "
        "[https://proceedings.mlr.press/v229/liu23g.html](https://proceedings.mlr.press/v229/liu23g.html)\n")
    got = [(e.data.venue, e.data.year, e.data.summary) for e in parsed.entries]
    assert got == [("ICRA 2024", 2024, None), ("RA-L 2023", 2023, None), ("CoRL 2023", 2023, None)]


def test_a_table_column_named_pub_date_gives_the_year():
    """m-k-S/awesome-machine-learning-atomistic-simulation (all 132 rows): "| Title & Link | Author(s) | Pub. Date |";
    a note above the table linking an arXiv search is no paper."""
    parsed = parse(
        "### Gaussian Approximation Potentials (GAP)\n"
        "(Many applications paper omitted; please [see here](https://arxiv.org/search/?query=%22Gaussian+"
        "Approximation+Potential%22&searchtype=all&source=header) for a more comprehensive list)\n\n"
        "| Title & Link | Author(s) | Pub. Date |\n| ------------ | --------- | --------- |\n"
        "| [Gaussian Approximation Potentials: the accuracy of quantum mechanics, without the electrons]"
        "(https://arxiv.org/abs/0910.1019) | Bartok, Payne, Kondor, Csanyi | Oct 2009 |\n")
    assert [(e.data.arxiv_id, e.data.year) for e in parsed.entries] == [("0910.1019", 2009)]


def test_a_preprint_servers_subject_line_and_a_doi_link_with_a_query():
    """thisisntnathan/memorypalace (41 of its 42 papers): "*Theoretical and Computational Chemistry on ChemRxiv*" is
    where, ChemRxiv, its subject a note; the resolver's query after the DOI is no part of it."""
    data = one("- [PharmacoForge: Pharmacophore Generation with Diffusion Models](https://dx.doi.org/10.26434/"
               "chemrxiv-2025-dz765-v2?rft_dat=source%3Ddrss)  \n"
               "Emma Flynn, Riya Shah, Ian Dunn, Rishal Aggarwal, David Koes  \n"
               "*Theoretical and Computational Chemistry on ChemRxiv*  \n"
               "2025-08-10  \n")
    assert (data.venue, data.doi) == ("ChemRxiv 2025", "10.26434/chemrxiv-2025-dz765-v2")
    assert "Theoretical and Computational Chemistry" in data.notes


def test_a_venue_keyed_above_a_row_of_named_links_under_a_paper_heading():
    """ingra14m/Awesome-Inverse-Rendering: "**Publication**: CVPR 2024" above "[📄 Paper]() | [🌐 Project Page](..) |
    [💻 Code](..)" under the paper's heading; the links, an emoji by each name, do not lose where it appeared."""
    parsed = parse(
        "## NeuS-based Inverse Rendering\n\n"
        "### 4. Inverse Rendering of Glossy Objects via the Neural Plenoptic Function and Radiance Fields (NeP)\n\n"
        "**Authors**: Haoyuan Wang, Wenbo Hu, Lei Zhu, Rynson W.H. Lau\n\n"
        "**Publication**: CVPR 2024\n\n"
        "[📄 Paper]() | [🌐 Project Page](https://www.whyy.site/paper/nep) | "
        "[💻 Code](https://github.com/onpix/NeP) \n")
    data = parsed.entries[-1].data
    assert (data.venue, data.links.get("code"), data.links.get("project page")) == (
        "CVPR 2024", "https://github.com/onpix/NeP", "https://www.whyy.site/paper/nep")


def test_tasks_under_a_todo_heading_are_no_papers():
    """mawady/msc-retinalrecog: "- [x] Update presentation [[link](drive)]" under "## ToDo List", a week's bullet
    above it; and FedML-AI/FedML: "(ICML 2019) "Title"" over the paper's address under "**Todo**", a paper."""
    parsed = parse(
        "## ToDo List\n"
        "- W24Y2022\n"
        "  - [x] Update presentation [[link](https://drive.google.com/file/d/1OGX0bOEpyr/view?usp=sharing)]\n"
        "  - [x] Image preprocessing (APTOS2019 and MESSIDOR)\n\n"
        "## Attack\n**Todo**\n"
        "1. (ICML 2019) \"Analyzing Federated Learning through an Adversarial Lens\" \n"
        "http://proceedings.mlr.press/v97/bhagoji19a/bhagoji19a.pdf\n")
    got = [(e.data.title, e.data.venue) for e in parsed.entries]
    assert got == [("Analyzing Federated Learning through an Adversarial Lens", "ICML 2019")]


def test_a_benchmark_name_in_round_brackets_before_a_heading_title_is_no_venue():
    """HKUST-LongGroup/Awesome-MLLM-Benchmarks (every paper): "### 1. (EQBEN) Title" over "**Date: 2023.03.25**"
    (key and value both in bold), its abstract folded and "[📄 Paper](arXiv) | [💻 Code](..)"."""
    parsed = parse(
        "## Understanding Benchmarks:\n"
        "### 1. (EQBEN) Equivariant Similarity for Vision-Language Foundation Models\n"
        "**Date: 2023.03.25**\n\n"
        "**Affiliation**: Nanyang Technological University\n"
        "<details span>\n<summary><b>Abstract</b></summary>\nThe capability to process multiple images.\n</details>\n\n"
        "  [📄 Paper](https://arxiv.org/pdf/2303.14465) | [💻 Code](https://github.com/Wangt-CN/EqBen)\n")
    data = parsed.entries[0].data
    assert (data.title, data.arxiv_id, data.venue, data.year, data.links.get("code")) == (
        "Equivariant Similarity for Vision-Language Foundation Models", "2303.14465", None, 2023,
        "https://github.com/Wangt-CN/EqBen")
    assert "EQBEN" in data.notes


def test_a_method_name_or_year_then_a_journal_in_brackets_before_the_title():
    """MianchuWang/RetrosynthesisML (every paper): "* (MEEA*, Commun Chem) Title." under a year heading: the method's
    name, then the journal's short name; "(2024, WIREs Comput Mol Sci)": the year, then the journal."""
    parsed = parse(
        "## Reviews\n\n"
        "* (2024, WIREs Comput Mol Sci) Recent advances in deep learning for retrosynthesis.\n"
        "  [[Page](./Literature/zhong2024recent.markdown)]\n\n"
        "## Literature\n\n### 2024\n"
        "* (MEEA*, Commun Chem) Efficient retrosynthetic planning with MCTS exploration enhanced A* search.\n"
        "[[Page](./Literature/zhao2024efficient.markdown)]\n"
        "  - A* search with exploration from MCTS.\n")
    review, meea = (e.data for e in parsed.entries)
    assert (review.title, review.venue, review.year) == (
        "Recent advances in deep learning for retrosynthesis", "WIREs Comput Mol Sci 2024", 2024)
    assert (meea.title, meea.venue) == (
        "Efficient retrosynthetic planning with MCTS exploration enhanced A* search", "Commun Chem 2024")
    assert "MEEA*" in meea.notes


def test_theses_said_so_beside_their_titles_are_no_papers():
    """The labelling rules count theses as no papers: a link named "[[MIT Thesis 2022](..)]" (WangWenhao0716/Awesome-
    Diffusion-Replication), a PDF named "Dissertation-finalized.pdf" (andakai/awesome-papers), "[[Thesis](..)]",
    a PhD thesis in the title's brackets; a title that says "Thesis" on arXiv is a paper."""
    parsed = parse(
        "## Papers\n"
        "**Dataset Deduplication with Datamodels**\\\n[[MIT Thesis 2022](https://dspace.mit.edu/handle/1721.1/144905)]\n\n"
        "- [Others] Language Agents From Next-Token Prediction to Digital Automation [paper](https://ysymyth.github.io/"
        "papers/Dissertation-finalized.pdf) [video](https://www.bilibili.com/video/BV1zz421m7gV/)\n"
        "- Visually aided changes detection in 3D lidar based reconstruction 2015 [[Thesis](https://www.politesi."
        "polimi.it/bitstream/10589/112343/3/thesis.pdf)]\n"
        "- Neural Reading Comprehension and Beyond (Danqi Chen's PhD thesis 2019) [[paper]](https://purl.stanford."
        "edu/gd576xb1833)\n"
        "- [What Does the Knowledge Neuron Thesis Have to Do with Knowledge?](https://arxiv.org/abs/2405.02421)\n")
    assert [e.data.arxiv_id for e in parsed.entries] == ["2405.02421"]
    assert sum("thesis" in why for why in dict(parsed.skipped).values()) == 4


# Round 142 (s145)


def test_a_venue_and_two_digit_year_naming_the_paper_link_and_html_heading_rows():
    """mini-sora/minisora (81 lines; 24 heading rows): "[**CVPR 24 Paper**](arXiv)" names where the paper appeared;
    "| <h3>..</h3> | |" rows (the first the table's header) are headings, nested by level."""
    parsed = parse(
        "## 相关工作\n\n"
        "| <h3 id=\"video-generation\">Video Generation</h3> | |\n| :------------- | :------------- |\n"
        "| 17) **GenTron:** Diffusion Transformers for Image and Video Generation | [**CVPR 24 Paper**]"
        "(http://arxiv.org/abs/2312.04557), [Project](https://www.shoufachen.com/gentron_website/)|\n"
        "| <h3 id=\"dataset\">Dataset</h3> | |\n| <h4>视频增强方法</h4> |  |\n| <h5>基础变换</h5> | |\n"
        "| <h6>模拟鱼眼畸变增强</h6> ||\n"
        "| 1) **MagicVideo**: Efficient Video Generation With Latent Diffusion Models | "
        "[**Paper**](https://arxiv.org/abs/2211.11018) |\n")
    gentron, magic = (e.data for e in parsed.entries)
    assert (gentron.venue, gentron.year, gentron.tags) == ("CVPR 2024", 2024, ["相关工作/Video Generation"])
    assert magic.tags == ["相关工作/Dataset/视频增强方法/基础变换/模拟鱼眼畸变增强"]


def test_a_title_then_an_em_dash_then_where_it_appeared():
    """Mowbray-R-V/Graph-based-RL4CO (26 lines): "3. Title — Journal in words, Year", a title and its journal after
    a dash, in a list that links nothing."""
    parsed = parse(
        "# GNN scalability\n\n"
        "1. GNN acceleration for large scale graphs — Beyond Message Passing: Neural Graph Pattern Machine, ICML 2025\n"
        "2. Acceleration algorithms in GNNs: A survey — IEEE Transactions on Knowledge and Data Engineering, 2025\n"
        "3. A comprehensive survey on distributed training of graph neural networks — ACM Computing Surveys\n")
    got = [(e.data.title, e.data.venue) for e in parsed.entries][1:]
    assert got == [
        ("Acceleration algorithms in GNNs: A survey", "IEEE Transactions on Knowledge and Data Engineering 2025"),
        ("A comprehensive survey on distributed training of graph neural networks", "ACM Computing Surveys")]


def test_a_title_over_its_names_and_links_with_a_supplementary_pdf():
    """sdsy888/Awesome-Object-Tracking (12 papers): the links bullet holds the paper's PDF and its supplementary
    material's, one paper still; a note file named by the title's first words is a note on it
    (speech-paper-reading/speech-paper-reading); "[Title[NIPS:2015]](note)" (IamJunhaHwang/Papers)."""
    parsed = parse(
        "### ICCV 2017\n"
        "- Need for Speed: A Benchmark for Higher Frame Rate Object Tracking\n"
        "  - Hamed Kiani, Ashton Fagg, Chen Huang, Deva Ramanan, and Simon Lucey\n"
        "  - [[Paper]](http://www.hamedkiani.com/uploads/5/1/8/8/51882963/435.pdf) [[Sup. Material]](http://www."
        "hamedkiani.com/uploads/5/1/8/8/51882963/435_sup.pdf) [[Project page]](http://ci2cv.net/nfs/index.html)\n")
    data = parsed.entries[0].data
    assert (names(data)[:2], data.url, data.venue) == (
        ["Hamed Kiani", "Ashton Fagg"], "http://www.hamedkiani.com/uploads/5/1/8/8/51882963/435.pdf", "ICCV 2017")
    notes = parse(
        "## Papers\n"
        "- 2020.12.22 [One Model, Many Languages: Meta-learning for Multilingual Text-to-Speech](https://github.com/"
        "speech-paper-reading/speech-paper-reading/blob/main/notes/One-model-many-languages.md)\n"
        "- [Attention Is All You Need[NIPS:2017]](https://github.com/DAILAB-CBNU/Papers/blob/main/Language_Model/"
        "Attention%20Is%20All%20You%20Need.md)\n")
    got = [(e.data.title, e.data.venue, "notes" in e.data.links) for e in notes.entries]
    assert got == [("One Model, Many Languages: Meta-learning for Multilingual Text-to-Speech", None, True),
                   ("Attention Is All You Need", "NIPS 2017", True)]


def test_slides_and_repositories_said_so_are_no_papers():
    """HuaizhengZhang/AI-System-School: "Title [[Slide]](pdf)", its only link slides; Gloriaameng/LLM-Agent-Harness-
    Survey: a repository cited with "GitHub 2024" as where it appeared."""
    parsed = parse(
        "## Talks and papers\n"
        "- Toward Highly Available, Intelligent Cloud and ML Systems [[Slide]](http://sysnetome.com/Talks/cguo.pdf)\n"
        "- <u>DeepAgents</u>: **\"DeepAgents: Multi-Agent Framework for Deep Learning\"**. *GitHub 2024.* "
        "[[代码](https://github.com/deepagents/deepagents)]\n"
        "- Opportunities and Challenges Of Machine Learning Accelerators In Production [[Paper]](https://www.usenix."
        "org/system/files/opml19papers-ananthanarayanan.pdf)\n")
    assert [e.data.title for e in parsed.entries] == [
        "Opportunities and Challenges Of Machine Learning Accelerators In Production"]


# Round 143 (s146)


def test_a_bold_name_a_short_title_and_where_in_bold_in_a_list_that_links_nothing():
    """hustzxd/QuanOview (35 of its 55 items): "7.  **TWNs**: Ternary weight networks. **NIPS2016** ucas": the
    method's name, the title, where and when in bold, then who made it; "Title. **ICLR2018** alibaba" too."""
    parsed = parse(
        "### 2015-2016\n\n"
        "2.  **DoReFa-Net**: Training low bit-width convolutional neural networks with low bit-width gradients. "
        "**2016**\n"
        "4.  **BNN**: Binarized Neural Networks. **NIPS2016**\n"
        "7.  **TWNs**: Ternary weight networks. **NIPS2016** ucas\n"
        "21. Alternating multi-bit quantization for recurrent neural networks. **ICLR2018** alibaba\n")
    got = [(e.data.title, e.data.venue, e.data.year) for e in parsed.entries]
    assert got == [
        ("Training low bit-width convolutional neural networks with low bit-width gradients", None, 2016),
        ("Binarized Neural Networks", "NIPS 2016", 2016), ("Ternary weight networks", "NIPS 2016", 2016),
        ("Alternating multi-bit quantization for recurrent neural networks", "ICLR 2018", 2018)]
    assert parsed.entries[2].data.notes == ["TWNs", "ucas"]


def test_a_venue_in_code_whose_brackets_stand_outside_it():
    """Chengkai-Huang/CRSpapers (every paper): "- [`arXiv 2020`] Title. Names [[pdf]](..)"."""
    data = one("- [`arXiv 2020`] A Survey on Conversational Recommender Systems. Dietmar Jannach, Ahtsham Manzoor, "
               "Wanling Cai & Li Chen [[pdf](https://arxiv.org/pdf/2004.00646v1.pdf)]")
    assert (data.title, data.venue, names(data)[:2]) == (
        "A Survey on Conversational Recommender Systems", "arXiv 2020", ["Dietmar Jannach", "Ahtsham Manzoor"])


def test_a_venue_tag_opening_a_highlights_cell():
    """han-xudong/awesome-robot-vision (77 of its 91 rows): "| [SAM-6D](github) | [CVPR 2024] Leverages ... |"."""
    parsed = parse(
        "| Name | Highlights | References |\n|---|---|---|\n"
        "| [SAM-6D](https://github.com/JiehongLin/SAM-6D) | [CVPR 2024] Leverages Segment Anything Model for instance "
        "segmentation and 6D pose estimation of novel objects. | [GitHub](https://github.com/JiehongLin/SAM-6D) · "
        "[arXiv](https://arxiv.org/abs/2311.15707) |\n")
    data = parsed.entries[0].data
    assert (data.venue, data.year, data.arxiv_id) == ("CVPR 2024", 2024, "2311.15707")
    assert data.summary.startswith("Leverages Segment Anything Model")


def test_fields_set_apart_by_bars_under_a_paper_heading_and_a_reading_term_heading():
    """Wzh10032/Awesome-Agent (every paper): "**Published**: Mar 06, 2023 | **Updated**: .. | **Arxiv ID**: [..](..)"
    is the paper's fields, no description; julienroyd/Papernotes: "### Winter 2020" is when the notes were written,
    not the papers' year."""
    parsed = parse(
        "## Image Super-Resolution\n\n"
        "### [Combination of Single and Multi-frame Image Super-resolution: An Analytical Perspective](http://arxiv."
        "org/pdf/2303.03212v1)\n\n"
        "**Authors**: Mohammad Mahdi Afrasiabi, Reshad Hosseini, Aliazam Abbasfar\n\n"
        "**Published**: Mar 06, 2023 | **Updated**: Mar 06, 2023 | **Arxiv ID**: [2303.03212v1](http://arxiv.org/pdf/"
        "2303.03212v1)\n")
    data = parsed.entries[0].data
    assert (data.arxiv_id, data.year, data.summary) == ("2303.03212", 2023, None)
    termed = parse("### Winter 2020\n* [Generative Adversarial Nets (GANs)](notes/GANs/GANs.md) &mdash; *Goodfellow et "
                   "al.* [[NeurIPS](http://papers.nips.cc/paper/5423-generative-adversarial-nets)]\n")
    assert (termed.entries[0].data.venue, termed.entries[0].data.year) == ("NeurIPS", None)


def test_papers_as_numbered_headings_inside_bullets():
    """hekesai/kesai-awesome-model-compressing (22 papers): "* #### Fine-grained Pruning" over "  ##### 2、[Title](
    arXiv)  [github](..)  （2016）": the numbered headings are papers, the bullet's heading their section."""
    parsed = parse(
        "### Part 2-2 ：Pruning\n\n* #### Fine-grained Pruning\n\n"
        "  ##### 2、[Dynamic Network Surgery for Efficient DNNs](http://arxiv.org/abs/1608.04493)  [github](https://"
        "github.com/yiwenguo/Dynamic-Network-Surgery)  （2016）\n\n"
        "  ##### 3、[The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks](https://arxiv.org/abs/"
        "1803.03635)  [github](https://github.com/google-research/lottery-ticket-hypothesis)  （2019）\n")
    got = [(e.data.title, e.data.arxiv_id, e.data.links.get("code"), e.data.tags) for e in parsed.entries]
    assert got == [
        ("Dynamic Network Surgery for Efficient DNNs", "1608.04493", "https://github.com/yiwenguo/Dynamic-Network-"
         "Surgery", ["Part 2-2 ：Pruning/Fine-grained Pruning"]),
        ("The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks", "1803.03635", "https://github.com/"
         "google-research/lottery-ticket-hypothesis", ["Part 2-2 ：Pruning/Fine-grained Pruning"])]


# Round 144 (s147)


def test_gbt_references_marked_as_theses_are_no_papers():
    """LincanLi98/Spatio-Temporal-Urban-Computing-Papers: "* 李易容. 结合OD矩阵的城市地铁客流量预测研究[D].南京大学,
    2020.": GB/T 7714's [D] marks a thesis (and [M] a book); [J] a paper."""
    parsed = parse(
        "## Urban Flow Prediction\n"
        "* DCRNN [Diffusion Convolutional Recurrent Neural Networks: Data-Driven Traffic Forecasting](https://arxiv."
        "org/abs/1707.01926) - ICLR2018\n\n"
        "* 李易容. 结合OD矩阵的城市地铁客流量预测研究[D].南京大学,2020.\n\n"
        "* 赵晓斐. 基于时空大数据分析的城市职住空间及通勤行为研究[D].清华大学,2019.\n")
    assert [e.data.arxiv_id for e in parsed.entries] == ["1707.01926"]


def test_names_with_initials_et_al_then_where_in_brackets_after_a_title_link():
    """xyxCalvin/awesome-speaker-diarization: "(Ding Y, Xu Y, Zhang S X, et al. ICASSP, 2020)" after the title link."""
    data = one("* [Self-supervised learning for audio-visual speaker diarization](https://ieeexplore.ieee.org/abstract/"
               "document/9054376) (Ding Y, Xu Y, Zhang S X, et al. ICASSP, 2020) An audio-visual methods for speaker "
               "diarization, based one contrast learning.")
    assert (data.venue, data.year, len(data.authors)) == ("ICASSP 2020", 2020, 3)


def test_a_paper_heading_over_bullets_keyed_in_bold_after_an_emoji():
    """ChengpengLi1003/Awesome-Long-Chain-of-Thought-Reasoning-with-tools (every paper): "### Title" over "  * 📄
    **Paper:** [URL](URL)" and "  * 💻 **Code:** [URL](URL)"."""
    parsed = parse(
        "## Hint-based & Fine-tuning Methods\n\n### START: Self-taught Reasoner with Tools\n\n"
        "  * 📄 **Paper:** [https://arxiv.org/abs/2503.04625](https://arxiv.org/abs/2503.04625)\n"
        "  * 💻 **Code:** [https://github.com/ChengpengLi1003/CoRT](https://github.com/ChengpengLi1003/CoRT)\n")
    data = parsed.entries[0].data
    assert (data.title, data.arxiv_id, data.links.get("code"), data.tags) == (
        "START: Self-taught Reasoner with Tools", "2503.04625", "https://github.com/ChengpengLi1003/CoRT",
        ["Hint-based & Fine-tuning Methods"])


def test_a_bold_title_over_the_papers_address_keyed_in_chinese():
    """leeguandong/Awesome-Image-Identity-Preservation (every paper): "* **Title**" over "  * 地址：URL ![](stars)" and
    "  * 架构图：": the title, its repository given as its address (its code); a project's name over its fields is
    not a paper so."""
    parsed = parse(
        "#### 1.1 Flux模型\n\n"
        "* **PuLID: Pure and Lightning ID Customization via Contrastive Alignment**\n  \n"
        "  * 地址：https://github.com/ToTheBeginning/PuLID ![](https://img.shields.io/github/stars/ToTheBeginning/"
        "PuLID.svg)\n"
        "  * 架构图：\n")
    data = parsed.entries[0].data
    assert (data.title, data.links.get("code")) == (
        "PuLID: Pure and Lightning ID Customization via Contrastive Alignment", "https://github.com/ToTheBeginning/PuLID")
