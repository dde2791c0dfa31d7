"""Shapes of real lists met in session 62, round 148 (``s151``) and what was left of earlier rounds, held with the
lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from paperctl.formats.markdown.reader import parse


def test_a_journals_short_name_on_the_papers_doi_below_the_title_is_the_venue_of_that_year():
    """zhaisilong/awesome-peptide (120 such lines) and AspirinCode's lists: below the bold title and the authors,
    the journal's short name ("JCIM", "Nat Rev Bioeng", "Nature", "Nat Mach Intell (2025)") links the paper's DOI:
    the journal, in the year the entry dates it. Not a publisher ("[ELSEVIER](doi)"), a supplement ("[SI](doi)"),
    nor capitalised words that could be another title (uzh-rpg/event-based_vision_resources: "also published as
    *[Giving Machines Humanlike Eyes](doi)*")."""
    parsed = parse(
        "**Target-Specific De Novo Peptide Binder Design with DiffPepBuilder**<br>\n"
        "Fanhao Wang, Yuzhe Wang, Laiyi Feng, Changsheng Zhang, and Luhua Lai<br>\n"
        "[**2024**-9-4] >> [JCIM](https://doi.org/10.1021/acs.jcim.4c00975) • high • "
        "[GitHub](https://github.com/YuzheWangPKU/DiffPepBuilder)\n\n"
        "**BindCraft: one-shot design of functional protein binders**<br>\n"
        "Martin Pacesa, Lennart Nickel, Sergey Ovchinnikov, Bruno E. Correia<br>\n"
        "[**2025**-8-27] >> [Nature](https://doi.org/10.1038/s41586-025-09429-6)\n\n"
        "**Benchmarking AlphaFold2 on peptide structure prediction**  \n"
        "Eli Fritz McDonald, Taylor Jones, Lars Plate, Jens Meiler, Alican Gulsevin  \n"
        "[**2024**-1-5] >> [Structure](https://doi.org/10.1016/j.str.2022.11.012) • "
        "[SI](https://doi.org/10.1016/j.str.2022.11.012)\n")
    electrolyte = parse(
        "* **A predictive machine learning force-field framework for liquid electrolyte development** [2025]  \n"
        "Gong, S., Zhang, Y., Mu, Z. et al.  \n"
        "[Nat Mach Intell (2025)](https://doi.org/10.1038/s42256-025-01009-7) | "
        "[code](https://github.com/bytedance/bamboo)\n").entries[0].data
    jcim, nature, structure = (e.data for e in parsed.entries)
    assert (jcim.venue, jcim.year, jcim.doi) == ("JCIM 2024", 2024, "10.1021/acs.jcim.4c00975")
    assert (nature.venue, nature.year) == ("Nature 2025", 2025)
    assert structure.venue is None
    assert (electrolyte.venue, electrolyte.year) == ("Nat Mach Intell 2025", 2025)
    cited = parse(
        "- <a name=\"Posch15ieee\"></a>Posch, C., Benosman, R., Etienne-Cummings, R.,  \n"
        "*[How Neuromorphic Image Sensors Steal Tricks From the Human Eye](https://spectrum.ieee.org/biomedical/"
        "devices/how-neuromorphic-image-sensors-steal-tricks-from-the-human-eye)*, also published as "
        "*[Giving Machines Humanlike Eyes](https://doi.org/10.1109/MSPEC.2015.7335800)*,  \n"
        "IEEE Spectrum, 52(12):44-49, 2015.\n").entries[0].data
    assert cited.venue != "Giving Machines Humanlike Eyes" and cited.year == 2015


def test_a_heading_linking_its_title_then_when_and_where_in_italics_is_a_paper():
    """wxhzyr/Awesome-Fed-Reasonning-LLM (every paper, 30): "#### [Title](link) *Sep 2024 NeurIPS Workshop*" over
    the authors: the month and year, then the venue ("*Sep 23 KDD*", "*Oct 2023*" alone, "*Mon 2024*" with the month
    left to fill in); its section headings carry "{#anchor}" ids, which are no part of their names."""
    parsed = parse(
        "# Awesome Fed Reasoning in Large Language Models\n\n"
        "## Training Signal from Raw Data {#training-signal-from-raw-data}\n\n"
        "###  Federated Supervised Pre-Training {#federated-supervised-pre-training}\n\n"
        "#### [Ferret: Federated Full-Parameter Tuning at Scale for Large Language Models]"
        "(https://arxiv.org/abs/2409.06277) *Sep 2024 NeurIPS Workshop*\n\n"
        "Yao Shu, Wenyang Hu, See-Kiong Ng, Bryan Kian Hsiang Low, Fei Richard Yu\n\n"
        "#### [FedKDD: A Federated Platform](https://dl.acm.org/doi/abs/10.1145/3637528.3671573) *Sep 23 KDD*\n\n"
        "Zhen Qin, Daoyuan Chen\n\n"
        "#### [Federated Data-Efficient Instruction Tuning for Large Language Models]"
        "(https://arxiv.org/abs/2410.10926) *Mon 2024*\n\n"
        "Zhen Qin, Zhaomin Wu, Bingsheng He, Shuiguang Deng\n")
    ferret, kdd, dated = (e.data for e in parsed.entries)
    assert (ferret.arxiv_id, ferret.venue, ferret.year, ferret.summary) == (
        "2409.06277", "NeurIPS 2024 Workshop", 2024, None)
    assert [a.name for a in ferret.authors][:2] == ["Yao Shu", "Wenyang Hu"]
    assert ferret.tags == ["Training Signal from Raw Data/Federated Supervised Pre-Training"]
    assert (kdd.venue, kdd.year) == ("KDD 2023", 2023)
    assert (dated.venue, dated.year, dated.summary) == (None, 2024, None)


def test_a_paragraph_of_a_tag_and_a_title_linking_the_papers_pdf_in_the_repository_is_a_paper():
    """GillHuang-Xtler/flPapers (every paper, a paragraph of notes below each): "[IN9] [Title](./Incentives/9-....
    pdf)", the paper kept in the list's repository; not "[View the taxonomy PDF](taxonomy.pdf)" (yobsanb/awesome-
    evolutionary-multiobjective-nas), nor "H. Vincent Poor" in the first cell of a table of research groups."""
    parsed = parse(
        "## Related Works\n\n"
        "[IN9] [A Crowdsourcing Framework for On-Device Federated Learning](./Incentives/9-A-Crowdsourcing-"
        "Framework-for-On-Device-Federated-Learning.pdf)\n\n"
        "This work handles the communication efficiency of clients implementing an uncoordinated computation "
        "strategy while model aggregation.\n\n"
        "[View the taxonomy PDF](taxonomy.pdf)\n\n"
        "## Famous Groups\n\n"
        "| Name | Topic | Topic |\n|---|---|---|\n"
        "| Heng Huang | Optimization |  |\n"
        "| H. Vincent Poor | Wireless| Security|\n")
    assert [e.data.title for e in parsed.entries] == ["A Crowdsourcing Framework for On-Device Federated Learning"]
    paper = parsed.entries[0].data
    assert paper.links["pdf"].endswith("9-A-Crowdsourcing-Framework-for-On-Device-Federated-Learning.pdf")
    assert paper.tags == ["Related Works"]


def test_a_venue_in_italics_a_paragraph_of_its_own_under_a_heading_paper():
    """xiaxia-wang/Daily-Reading (every paper): the day it was read, the heading linking the paper, the authors in
    italics, then "*IJCAI 2023*" alone, then the owner's notes."""
    parsed = parse(
        "*2023-06-02*\n\n"
        "#### [Graph Propagation Transformer for Graph Representation Learning](https://arxiv.org/pdf/2305.11424.pdf)"
        "\n\n*Zhe Chen, Hao Tan, Tao Wang, Tianrun Shen*\n\n"
        "*IJCAI 2023*\n\n"
        "This paper proposes a transformer-based architecture for graph representation learning.\n")
    paper = parsed.entries[0].data
    assert (paper.arxiv_id, paper.venue, paper.year) == ("2305.11424", "IJCAI 2023", 2023)
    assert "IJCAI 2023" not in paper.notes


def test_a_title_then_its_authors_between_commas_then_where_and_when():
    """bifeng/nlp_paper_colletion (24 bullets): "Title, Name, Name, ..., VENUE YEAR [arxiv](..)": the title, who
    wrote it (full names, one between each comma and the next), then where; not a subtitle's list ("...
    Recommendation: Personalization, Provider Fairness, Fake News", nancheng58/Awesome-LLM4RS-Papers), nor a
    first name read after "by" (robi56/Deep-Learning-for-Recommendation-Systems, where the list's habit of "by"
    reads the names)."""
    parsed = parse(
        "+ TextBugger: Generating Adversarial Text Against Real-world Applications, Jinfeng Li, Shouling Ji, "
        "Tianyu Du, Bo Li, Ting Wang, NDSS 2019 [arxiv](https://arxiv.org/abs/1812.05271)\n"
        "- Analysis Methods in Neural Language Processing: A Survey, Yonatan Belinkov, James Glass, 2019 TACL. "
        "[arxiv](https://arxiv.org/abs/1812.08951) | [code](https://github.com/boknilev/nlp-analysis-methods)\n"
        "- A Preliminary Study of ChatGPT on News Recommendation: Personalization, Provider Fairness, Fake News, "
        "arXiv 2023 [paper](https://arxiv.org/abs/2306.10702)\n"
        "1. Convolutional Matrix Factorization for Document Context-Aware Recommendation by Donghyun Kim, Chanyoung "
        "Park, Jinoh Oh, Seungyong Lee, Hwanjo Yu, RecSys 2016.<br>\n")
    bugger, survey, study, matrix = (e.data for e in parsed.entries)
    assert (bugger.title, [a.name for a in bugger.authors], bugger.venue) == (
        "TextBugger: Generating Adversarial Text Against Real-world Applications",
        ["Jinfeng Li", "Shouling Ji", "Tianyu Du", "Bo Li", "Ting Wang"], "NDSS 2019")
    assert (survey.title, [a.name for a in survey.authors], survey.venue) == (
        "Analysis Methods in Neural Language Processing: A Survey", ["Yonatan Belinkov", "James Glass"], "TACL 2019")
    assert study.title.endswith("Personalization, Provider Fairness, Fake News") and not study.authors
    assert not matrix.title.endswith("by Donghyun Kim") and "Chanyoung Park" not in [a.name for a in matrix.authors]


def test_the_arxiv_id_written_in_brackets_after_the_title_link_is_the_venue_arxiv():
    """0xSweet/awesome-llm-security-alignment (34 lines): "[Title](arXiv) [arXiv:2209.07858] — description": the ID
    written out, which the rules read as the venue arXiv, bare; its own venue tag otherwise ("[OWASP 2025]")."""
    parsed = parse(
        "- 🧪 [Red Teaming Language Models to Reduce Harms](https://arxiv.org/abs/2209.07858) [arXiv:2209.07858] "
        "— Early research on red teaming methods for LLMs.\n")
    paper = parsed.entries[0].data
    assert (paper.arxiv_id, paper.venue, paper.summary) == (
        "2209.07858", "arXiv", "Early research on red teaming methods for LLMs.")


def test_a_year_and_a_space_before_the_title_is_the_papers_year():
    """dingfuzhou/3DVision (27 lines): "  - 2021 FCAF3D: Fully Convolutional Anchor-Free 3D Object Detection;
    [[Paper]](arXiv) [[Code]](..)": the year, then the title (no bar or dash between them)."""
    parsed = parse(
        "- 2021 FCAF3D: Fully Convolutional Anchor-Free 3D Object Detection; [[Paper]](https://arxiv.org/pdf/"
        "2112.00322.pdf) [[Code]]( https://github.com/samsunglabs/fcaf3d)\n"
        "- 2021 Improved Pillar with Fine-grained Feature for 3D Object Detection; "
        "[[Paper]](https://arxiv.org/pdf/2110.06049.pdf)\n")
    fcaf, pillar = (e.data for e in parsed.entries)
    assert (fcaf.title, fcaf.year, fcaf.arxiv_id) == (
        "FCAF3D: Fully Convolutional Anchor-Free 3D Object Detection", 2021, "2112.00322")
    assert (pillar.title, pillar.year) == ("Improved Pillar with Fine-grained Feature for 3D Object Detection", 2021)


def test_a_preprint_and_the_day_it_was_posted_in_brackets_is_arxiv_that_year():
    """abhineet123/Deep-Learning-for-Tracking-and-Detection, weihaox's lists: "(arxiv 30 May 2017)", "arxiv, 19 Mar
    2020" under the title: the preprint and the day it was posted, the venue arXiv in that year."""
    parsed = parse(
        "- **End-to-end Active Object Tracking via Reinforcement Learning**\n"
        "(arxiv 30 May 2017) (Peking University, Tencent AI Lab)\n"
        "([pdf](single_object_tracking/RL/End-to-end.pdf), [arxiv](https://arxiv.org/abs/1705.10561))\n")
    paper = parsed.entries[0].data
    assert (paper.arxiv_id, paper.venue.lower(), paper.year) == ("1705.10561", "arxiv 2017", 2017)


def test_sections_written_under_a_citation_heading_hold_the_lists_papers():
    """LiQiiiii/Awesome-VLA-Safety (61 rows): "## Citation" over the list's BibTeX, then "### Quick Links",
    "### Training-Time Attacks", "#### Input-Centric Backdoors" one level too deep, over tables of its papers (a
    star badge, the title linked, "<br>", the authors family name first); a line under the citation heading
    alone is still the citation's."""
    parsed = parse(
        "# Awesome VLA Safety\n\n"
        "## Citation\n\n"
        "- [Our survey of VLA safety](https://arxiv.org/abs/2601.00001)\n\n"
        "### Training-Time Attacks\n\n"
        "#### Input-Centric Backdoors\n"
        "| Title & Authors | Introduction | Links |\n"
        "|:--|  :----: | :---:|\n"
        "|[![Star](https://img.shields.io/github/stars/Zxy-MLlab/BadVLA.svg?style=social&label=Star)]"
        "(https://github.com/Zxy-MLlab/BadVLA)<br>[BadVLA: Towards Backdoor Attacks on Vision-Language-Action "
        "Models via Objective-Decoupled Optimization](https://arxiv.org/pdf/2505.16640) <br> Zhou, Xueyang and "
        "Tie, Guiyao |<img width=\"1002\" alt=\"image\" src=\"https://example.org/a.png\"> |"
        "[Paper](https://arxiv.org/pdf/2505.16640)|\n")
    assert [e.data.title for e in parsed.entries] == [
        "BadVLA: Towards Backdoor Attacks on Vision-Language-Action Models via Objective-Decoupled Optimization"]
    paper = parsed.entries[0].data
    assert paper.arxiv_id == "2505.16640" and paper.tags[0].endswith("Training-Time Attacks/Input-Centric Backdoors")
    assert [a.name for a in paper.authors] == ["Xueyang Zhou", "Guiyao Tie"]


def test_a_quoted_title_heading_over_bullets_of_its_authors_year_and_venue_is_a_paper():
    """darinz/Recommender-Systems (every paper, 20): '### 1. "GroupLens: ..."' over "- **Authors**:", "- **Year**:",
    "- **Conference**:" bullets, no link: the paper, its venue in that year; "- **arXiv**: 2206.06520" beside "-
    **Year**: 2022" is arXiv, bare, as an ID written out is (Hypogenic-AI/isolate-knowledge-updates-claude)."""
    parsed = parse(
        "## Foundational Papers\n\n"
        "### 1. \"GroupLens: An Open Architecture for Collaborative Filtering of Netnews\"\n"
        "- **Authors**: Resnick, P., Iacovou, N., Suchak, M., Bergstrom, P., & Riedl, J.\n"
        "- **Year**: 1994\n"
        "- **Conference**: CSCW\n"
        "- **Impact**: Introduced collaborative filtering and the GroupLens system\n\n"
        "### 2. Memory-Based Model Editing at Scale (MEMIT predecessor)\n"
        "- **Authors**: Eric Mitchell, Charles Lin, et al.\n"
        "- **Year**: 2022\n"
        "- **arXiv**: 2206.06520\n")
    grouplens, memit = (e.data for e in parsed.entries)
    assert (grouplens.title, grouplens.venue, grouplens.year) == (
        "GroupLens: An Open Architecture for Collaborative Filtering of Netnews", "CSCW 1994", 1994)
    assert [a.name for a in grouplens.authors][:2] == ["P. Resnick", "N. Iacovou"]
    assert (memit.arxiv_id, memit.venue, memit.year) == ("2206.06520", "arXiv", 2022)


def test_a_mark_in_brackets_then_the_venue_linking_the_paper_in_brackets_then_the_title():
    """jai1215snu/QuantizationModels (every paper): "[__`V`__][[CVPR](arXiv)] Title. [**`qnn`**] [[code](..)]
    [59⭐]" under "### 2022": the list's mark, where it appeared (linking the paper), the title, a tag, the code and
    its stars; not "[arXiv'21.06] [[**AttnFlow**](arXiv)] Title" (zhangzjn/awesome-face-generation), where and
    when, then the method's name linking the paper."""
    parsed = parse(
        "### 2022\n"
        "- [__`V`__][[CVPR](https://arxiv.org/abs/2111.14826)] Nonuniform-to-Uniform Quantization: Towards Accurate "
        "Quantization via Generalized Straight-Through Estimation. [**`qnn`**] "
        "[[code](https://github.com/liuzechun/Nonuniform-to-Uniform-Quantization)] [59⭐]\n"
        "- [arXiv'21.06] [[**AttnFlow**](https://arxiv.org/pdf/2106.03959.pdf)] Generative Flows with Invertible "
        "Attentions\n")
    quantization, flow = (e.data for e in parsed.entries)
    assert (quantization.arxiv_id, quantization.venue, quantization.year) == ("2111.14826", "CVPR 2022", 2022)
    assert quantization.title.startswith("Nonuniform-to-Uniform Quantization") and quantization.summary is None
    assert (flow.title, flow.venue) == ("Generative Flows with Invertible Attentions", "arXiv 2021")


def test_a_title_then_by_and_who_wrote_it():
    """ysyisyourbrother/awesome-on-device-AI (35 lines): "[ICML'22] Title. by Patil et al. [[paper](..)]", "by Ji
    Lin, Song Han et al.": the title, then its authors; "by USTC & Microsoft" names who made it, a note."""
    parsed = parse(
        "- [ICML'22] POET: Training Neural Networks on Tiny Devices with Integrated Rematerialization and Paging. "
        "by Patil et al. [[paper](https://proceedings.mlr.press/v162/patil22b/patil22b.pdf)]\n"
        "- [NeruIPS'22] On-Device Training Under 256KB Memory. by Ji Lin, Song Han et al. "
        "[[paper](https://arxiv.org/pdf/2206.15472.pdf)]\n"
        "- [MobiSys'23] NN-Stretch: Automatic Neural Network Branching for Parallel Inference on Heterogeneous "
        "Multi-Processors. by USTC & Microsoft. [[paper](https://www.microsoft.com/en-us/research/nn-stretch.pdf)]\n")
    poet, training, stretch = (e.data for e in parsed.entries)
    assert (poet.title, [a.name for a in poet.authors], poet.venue) == (
        "POET: Training Neural Networks on Tiny Devices with Integrated Rematerialization and Paging", ["Patil"],
        "ICML 2022")
    assert (training.title, [a.name for a in training.authors]) == (
        "On-Device Training Under 256KB Memory", ["Ji Lin", "Song Han"])
    assert stretch.title.endswith("Heterogeneous Multi-Processors") and not stretch.authors
    assert "by USTC & Microsoft" in stretch.notes


def test_a_heading_over_a_link_named_for_the_site_its_paper_is_on():
    """sagr4019/ResearchProject (every paper): "### Learning a Static Analyzer from Data" over "[arxiv.org](
    https://arxiv.org/pdf/1611.01752.pdf)": the heading is the paper's title, the link its paper's, named for its
    site (no title)."""
    parsed = parse(
        "# Papers\n\n"
        "### Learning a Static Analyzer from Data\n\n"
        "[arxiv.org](https://arxiv.org/pdf/1611.01752.pdf)\n\n"
        "### Finding and correcting syntax errors using recurrent neural networks\n\n"
        "[peerj.com](https://peerj.com/preprints/3123.pdf)\n")
    analyzer, syntax = (e.data for e in parsed.entries)
    assert (analyzer.title, analyzer.arxiv_id) == ("Learning a Static Analyzer from Data", "1611.01752")
    assert (syntax.title, syntax.url) == (
        "Finding and correcting syntax errors using recurrent neural networks", "https://peerj.com/preprints/3123.pdf")


def test_a_reference_number_linking_the_paper_then_its_title():
    """ecanoc/SelectiveHearing (a paper's references): "* [[20]](pdf)  Mean Teacher Convolution System for DCASE
    2018 Task 4", the reference's number linking the paper, then its title; "* [[21]]" alone is no paper."""
    parsed = parse(
        "## Sound Events\n"
        "* [[19]](http://dcase.community/documents/workshop2018/proceedings/DCASE2018Workshop_Serizel_22.pdf) "
        "Large-scale weakly labeled semi-supervised sound event detection in domestic environments \n"
        "[Website](http://dcase.community/challenge2018/task-large-scale-weakly-labeled)\n"
        "* [[20]](http://dcase.community/documents/challenge2018/technical_reports/DCASE2018_Lu_19.pdf)  Mean Teacher "
        "Convolution System for DCASE 2018 Task 4 \n"
        "* [[21]]\n")
    first, second = (e.data for e in parsed.entries)
    assert (first.title, first.url) == (
        "Large-scale weakly labeled semi-supervised sound event detection in domestic environments",
        "http://dcase.community/documents/workshop2018/proceedings/DCASE2018Workshop_Serizel_22.pdf")
    assert second.title == "Mean Teacher Convolution System for DCASE 2018 Task 4"


def test_a_title_linking_its_arxiv_id_is_no_contact_note_whatever_its_characters():
    """The round trip's fuzzing found it: "[Learning 0@0.AA Models](arXiv)" holds an address's shape by chance; a
    title that links its paper is a paper, not "please contact me: a@b.com"."""
    parsed = parse("| Title | Summary |\n| --- | --- |\n"
                   "| [Learning 0@0.AA Models](https://arxiv.org/abs/2211.17192) | Shows that 000 works |\n")
    assert [(e.data.title, e.data.arxiv_id) for e in parsed.entries] == [("Learning 0@0.AA Models", "2211.17192")]


def test_a_notes_cell_is_the_description_however_long_its_links_address_and_leaves_no_brackets():
    """elpsykongloo/FD-SLMs: a Notes column's sentence ends "([arXiv](https://arxiv.org/abs/..?utm_source=..))": the
    description is as long as it reads (its link's address is no length of it), and the brackets around the link
    taken out go with it; "calls f() first" keeps its brackets."""
    parsed = parse(
        "| Year | Paper/Project | Links | Notes |\n|---|---|---|---|\n"
        "| 2025 | **Speculative End‑Turn Detector for Efficient Speech Chatbot Assistant** | "
        "[arXiv:2503.23439](https://arxiv.org/abs/2503.23439) | Paper introduces an ETD dataset and a two‑stage "
        "(lightweight GRU on‑device + wav2vec server) speculative framework; repo provides dataset details, but "
        "trained weights are not provided. ([arXiv](https://arxiv.org/abs/2503.23439?utm_source=chatgpt.com)) |\n"
        "| 2024 | **Freeze‑Omni: A Smart and Low‑Latency Speech‑to‑Speech Dialogue Model** | "
        "[arXiv:2411.01941](https://arxiv.org/abs/2411.01941) | Its server calls f() first. |\n")
    first, second = (e.data for e in parsed.entries)
    assert first.summary == ("Paper introduces an ETD dataset and a two‑stage (lightweight GRU on‑device + wav2vec "
                             "server) speculative framework; repo provides dataset details, but trained weights are "
                             "not provided.")
    assert second.summary == "Its server calls f() first."


def test_where_and_when_glued_to_the_methods_short_name_after_the_title():
    """houguanqun/Low-Dose-CT-denoising: "Title (LC-NLM)(MICCAI 2016) [[PDF]](..)": the short name is the title's,
    the bracket glued to it where and when the paper appeared (annahung31/LLM-paper-list: "(from Apple)(NeurIPS'23)").
    """
    parsed = parse(
        "- Efficient Low-Dose CT Denoising by Locally-Consistent Non-Local Means (LC-NLM)(MICCAI 2016) "
        "[[PDF]](https://link.springer.com/chapter/10.1007/978-3-319-46726-9_49)\n")
    paper = parsed.entries[0].data
    assert (paper.title, paper.venue, paper.year) == (
        "Efficient Low-Dose CT Denoising by Locally-Consistent Non-Local Means (LC-NLM)", "MICCAI 2016", 2016)
