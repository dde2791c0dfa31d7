"""Shapes of real lists found by the fortieth blind labelling round (``bench/unseen-lists/s43a``-
``s43h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers
from paperctl.formats.markdown.reader import parse


def test_when_and_where_in_code_before_a_title_with_tags_in_code():
    # yangluo23/LLM4EDA (28 of its 96 lines): "`(23 May 2023 arxiv)`", "`(ICCAD23 invited)`", "`(ASP-DAC24)`",
    # then tags in code, then the title
    found = papers(
        "1. **Code generation**\n\n"
        "   4. `(23 May 2023 arxiv)` Chipgpt: How far are we from natural language hardware design. [[Paper]("
        "https://arxiv.org/pdf/2305.14019.pdf)]\n"
        "   5. `(ICCAD23 invited)` Verilogeval: Evaluating large language models for verilog code generation. "
        "[[Paper](https://arxiv.org/pdf/2309.07544.pdf)][[Code](https://github.com/NVlabs/verilog-eval)]\n"
        "   9. `(ASP-DAC24)` Rtllm: An open-source benchmark for design rtl generation with large language model. "
        "[[Paper](https://arxiv.org/pdf/2308.05345.pdf)]\n"
        "   4. `(NIPS23)` `Prompt` `Type1` Using Large Language Models for Hyperparameter Optimization. [[Paper]("
        "https://arxiv.org/abs/2312.04528)]\n")
    assert [(p.title, p.venue, p.notes) for p in found.values()] == [
        ("Chipgpt: How far are we from natural language hardware design", "arxiv 2023", []),
        ("Verilogeval: Evaluating large language models for verilog code generation", "ICCAD 2023", []),
        ("Rtllm: An open-source benchmark for design rtl generation with large language model", "ASP-DAC 2024", []),
        ("Using Large Language Models for Hyperparameter Optimization", "NIPS 2023", ["Prompt", "Type1"])]


def test_methods_named_in_bold_in_a_list_that_links_nothing():
    # joelulu/Awesome-Efficient-Diffusion (62 of its 91 lines): "- **LogCD** — description，CVPR 2026"; a term
    # in words stays a term (kimberlyii/Awesome-Video-Understanding's "**Community-maintained** — ...")
    parsed = parse("## 2. Distillation\n\n- **DDIM** — 非马尔可夫少步采样起点\n"
                   "- **LogCD** — local-to-global consistency distillation，CVPR 2026\n\n"
                   "## Why this list\n\n- **Community-maintained** — consistent entries, automated link checks\n")
    assert [(e.data.title, e.data.venue, e.data.summary) for e in parsed.entries] == [
        ("DDIM", None, "非马尔可夫少步采样起点"),
        ("LogCD", "CVPR 2026", "local-to-global consistency distillation")]


def test_a_list_titled_for_one_meeting_gives_its_papers_that_venue():
    # shaoshitong/awesome-papers-in-efficient-diffusion-llm-ar ("# ... in ICML 2024"), GenggengSvan/Jailbreak-
    # Observatory ("# acl2025 - Jailbreak Research Papers", its "**Total Papers:** 59" no paper for it, and "N/A"
    # in its First Author Affiliation column no author)
    found = papers("# Awesome Efficient Diffusion/LLM in ICML 2024\n\n## Quantization\n\n"
                   "- **Accurate LoRA-Finetuning Quantization of LLMs via Information Retention**\n"
                   "  - [Paper](https://openreview.net/pdf?id=jQ92egz5Ym)\n")
    paper, = found.values()
    assert (paper.venue, paper.year) == ("ICML 2024", 2024)
    parsed = parse("# acl2025 - Jailbreak Research Papers\n\n**Total Papers:** 59\n\n## Attack\n\n"
                   "| Title | First Author Affiliation | Track | Link |\n|---|:-:|:-:|:-:|\n"
                   "| Chain of Attack: Hide Your Intention through Multi-Turn Interrogation | N/A | main | "
                   "[🔗](https://aclanthology.org/2025.findings-acl.514/) |\n")
    assert [(e.data.title, e.data.venue, e.data.authors) for e in parsed.entries] == [
        ("Chain of Attack: Hide Your Intention through Multi-Turn Interrogation", "acl 2025", [])]


def test_a_survey_or_a_repository_of_one_paper_gives_no_venue_by_its_title():
    found = papers("# Awesome Graph Prompting (our ICLR 2024 survey)\n\n- [Graph Prompt Learning: A Comprehensive "
                   "Survey and Beyond](https://arxiv.org/abs/2311.16534)\n")
    assert [p.venue for p in found.values()] == [None]


def test_the_authors_alone_on_the_line_above_the_title_link():
    # SimonVandenhende/Awesome-Multi-Task-Learning (46 entries): APA's names, then "*[Title](..)*,", then the venue
    found = papers('- <a name="misra2016cross"></a> Misra, I., Shrivastava, A., Gupta, A., & Hebert, M.\n'
                   "*[Cross-stitch networks for multi-task learning](https://www.cv-foundation.org/openaccess/content_"
                   "cvpr_2016/html/Misra_Cross-Stitch_Networks_for_CVPR_2016_paper.html)*,\n"
                   "CVPR, 2016. [[PyTorch](https://github.com/SimonVandenhende/Multi-Task-Learning-PyTorch)]\n\n"
                   '- <a name="ruder2017survey"></a> Ruder, S.\n*[An overview of multi-task learning in deep neural '
                   "networks](https://arxiv.org/abs/1706.05098)*,\nArXiv, 2017.\n")
    stitch, overview = found.values()
    assert (stitch.title, names(stitch), stitch.venue) == (
        "Cross-stitch networks for multi-task learning", ["I. Misra", "A. Shrivastava", "A. Gupta", "M. Hebert"],
        "CVPR 2016")
    assert (overview.title, names(overview)) == ("An overview of multi-task learning in deep neural networks",
                                                 ["S. Ruder"])


def test_a_core_idea_or_advantages_column_is_the_summary():
    # yizhiwang96/PKU-CSCL-Surveys ("Core Idea", 69 rows), tianshijing/Awesome-Optimizers ("Advantages", 38 rows)
    found = papers("| Name | Venue | Code | Core Idea |\n|---|---|---|---|\n"
                   "| MX-Font | ECCV 2021 | [Link](https://github.com/clovaai/mxfont) | multiple experts to represent "
                   "different local concepts |\n\n"
                   "| Optimizer | Paper | Year | Advantages |\n|---|---|---|---|\n"
                   "| Rprop | [Rprop - A Fast Adaptive Learning Algorithm](http://citeseerx.ist.psu.edu/viewdoc/summary?"
                   "doi=10.1.1.52.4576) | 2000 | Adaptive step sizes per parameter; fast convergence for small "
                   "networks. |\n")
    assert [p.summary for p in found.values()] == [
        "multiple experts to represent different local concepts",
        "Adaptive step sizes per parameter; fast convergence for small networks."]


def test_venues_written_with_a_hyphened_track_or_a_note_in_chinese():
    # yilunzhao/Awsome-Table-Reasoning: "(EMNLP-findings 2021)"; cdhx/KBQA-paper (about 55 entries, no links):
    # "Title(EMNLP2019 南京大学)"; AnjieCheng/awesome-multi-objective-optimization: a journal of six words
    found = papers("* Understanding tables with intermediate pre-training (EMNLP-findings 2021) [[Paper](https://"
                   "aclanthology.org/2020.findings-emnlp.27/)]\n\n## KBQA\n\n"
                   "3. Leveraging frequent query substructures to generate formal queries for complex question "
                   "answering(EMNLP2019 南京大学)\n4. Automated template generation for question answering over "
                   "knowledge graphs(WWW2017 马普所)\n\n## MOO\n\n"
                   "- MOEA/D: A multiobjective evolutionary algorithm based on decomposition [[pdf]](http://web."
                   "xidian.edu.cn/xlwang/files/20150312_174546.pdf)\n"
                   "  - Q Zhang, H Li. *IEEE Transactions on Evolutionary Computation 2007*\n")
    tables, substructures, templates, moead = found.values()
    assert tables.venue == "EMNLP 2021 Findings"
    assert (substructures.title, substructures.venue, substructures.notes) == (
        "Leveraging frequent query substructures to generate formal queries for complex question answering",
        "EMNLP 2019", ["南京大学"])
    assert (templates.venue, templates.notes) == ("WWW 2017", ["马普所"])
    assert (names(moead), moead.venue) == (["Q Zhang", "H Li"], "IEEE Transactions on Evolutionary Computation 2007")


def test_names_then_a_short_title_that_could_be_read_as_a_name():
    # Levintsky/ML-tutorial (25 author-first lines under "## NIPS'19"): the title after the names is short and in
    # capitals, and a name's initial ends no sentence
    found = papers("## NIPS'19\n"
                   "- Matan Atzmon, Niv Haim, Lior Yariv, Ofer Israelov, Haggai Maron, Yaron Lipman. Controlling "
                   "Neural Level Sets\n- Shaojie Bai, J. Zico Kolter, Vladlen Koltun. Deep Equilibrium Models\n")
    sets, equilibrium = found.values()
    assert (sets.title, names(sets)[0], sets.venue) == ("Controlling Neural Level Sets", "Matan Atzmon", "NIPS 2019")
    assert (equilibrium.title, names(equilibrium)) == (
        "Deep Equilibrium Models", ["Shaojie Bai", "J. Zico Kolter", "Vladlen Koltun"])


def test_a_title_linking_nothing_over_its_citation_and_bold_sentences_over_titles():
    # thu-nics/awesome_ai4eda: a title with no link over the italic "Names. Venue Year" bullet; Thinklab-SJTU/
    # Awesome-LLM4EDA: bold sentences saying what a section is about, over the titles
    found = papers("* LSOracle: a Logic Synthesis Framework Driven by AI \n"
                   "  * *Walter Lau Neto, Max Austin, Scott Temple, Luca Amaru, Xifan Tang, Pierre-Emmanuel "
                   "Gaillardon. ICCAD 2019*\n")
    paper, = found.values()
    assert (paper.title, names(paper)[:2], paper.venue) == (
        "LSOracle: a Logic Synthesis Framework Driven by AI", ["Walter Lau Neto", "Max Austin"], "ICCAD 2019")
    parsed = parse("## HDL and Script Generation\n"
                   "- **Given language format specification and requirements, LLMs will generate RTL codes and EDA "
                   "controlling scripts.**\n"
                   "1. ChatEDA: A Large Language Model Powered Autonomous Agent for EDA\n"
                   "2. ChipNeMo: Domain-Adapted LLMs for Chip Design\n"
                   "3. ChipGPT: How far are we from natural language hardware design\n")
    assert [e.data.title for e in parsed.entries] == [
        "ChatEDA: A Large Language Model Powered Autonomous Agent for EDA",
        "ChipNeMo: Domain-Adapted LLMs for Chip Design",
        "ChipGPT: How far are we from natural language hardware design"]


def test_a_topic_in_brackets_before_a_bold_title_and_a_workshop_after_the_meetings_year():
    # tanganke/Mode-Connectivity: "- (Initialisations) **Title.**", a blank line, then "*Names* [[NeurIPS22 OPT]](..)"
    paper, = papers("- (Initialisations) **Random initialisations performing above chance and how to find them.** \n\n"
                    "  *Frederik Benzing, Simon Schug, Robert Meier* [[NeurIPS22 OPT]](https://arxiv.org/pdf/2209.07509"
                    ".pdf)[[codes]](https://github.com/freedbee/permuted_initialisations)\n").values()
    assert (paper.title, paper.notes, paper.venue, paper.year) == (
        "Random initialisations performing above chance and how to find them", ["Initialisations"],
        "NeurIPS 2022 OPT", 2022)


def test_a_publication_column_of_venues_linking_the_paper():
    # yizhiwang96/PKU-CSCL-Surveys: "| Method | Publication | ... |" over "| EEG-to-text | [AAAI 2022](poster) | ..."
    found = papers(" Method  | Publication  | Code | Project | Core Idea | Authors\n"
                   " ---- | ----- | ------  | ------ | ------ | ------ \n"
                   " EEG-to-text | [AAAI 2022](https://aaai-2022.virtualchair.net/poster_aaai5965) | [Link]("
                   "https://github.com/MikeWangWZHL/EEG-To-Text) | - | Open Vocabulary EEG-to-Text & Sentiment "
                   "Classification | [Zhenhailong Wang](https://mikewangwzhl.github.io/)\n"
                   " CLISA | [TAFFC 2022](https://arxiv.org/pdf/2109.09559.pdf) | - | - | Contrastive Learning for "
                   "Cross-Subject Emotion Recognition   | [Xinke Shen](https://scholar.google.com/citations?user=c6hj)\n")
    eeg, clisa = found.values()
    assert (eeg.title, eeg.venue, eeg.url, names(eeg)) == (
        "EEG-to-text", "AAAI 2022", "https://aaai-2022.virtualchair.net/poster_aaai5965", ["Zhenhailong Wang"])
    assert (clisa.title, clisa.venue, clisa.arxiv_id) == ("CLISA", "TAFFC 2022", "2109.09559")


def test_who_made_it_and_where_or_when_in_brackets_at_the_end():
    # byby221b/Awesome-CTR-Scaling: "— [[Paper]](arXiv) (ByteDance, RecSys 2025)", "(JD, 2026)"
    found = papers("- **LONGER**: Scales ultra-long user behavior sequences beyond two-stage retrieval — [[Paper]]("
                   "https://arxiv.org/abs/2505.04421) (ByteDance, RecSys 2025)\n"
                   "- **GenRec**: Preference-oriented generative framework for large-scale recommendation via "
                   "next-token prediction — [[Paper]](https://arxiv.org/abs/2604.14878) (JD, 2026)\n")
    assert [(p.venue, p.year, p.notes) for p in found.values()] == [
        ("RecSys 2025", 2025, ["ByteDance"]), (None, 2026, ["JD"])]


def test_a_bold_question_with_a_modal_verb_is_still_a_title():
    # nguyentthong/Paper-VLP: a bold title that reads like a sentence, but asks
    found = papers("- **Roses are red, violets are blue... but should vqa expect them to?** CVPR 2021\n")
    assert [p.title for p in found.values()] == ["Roses are red, violets are blue... but should vqa expect them to?"]
