"""Shapes of real lists found by the forty-first blind labelling round (``bench/unseen-lists/s44a``-
``s44h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

import pytest

from markdown_papers import names, one, papers
from paperctl.formats.markdown import venues
from paperctl.formats.markdown.reader import parse


def test_a_bold_title_over_bullets_of_names_affiliations_date_and_address():
    # isXinLiu/Awesome-MLLM-Safety (59 entries): "[2024.04.03] https://arxiv.org/abs/2404.03027" under the
    # names and affiliations; a title with no link of its own is no heading of the bullets under it
    found = papers(
        "## Evaluation\n\n"
        "* **JailBreakV-28K: A Benchmark for Assessing the Robustness of MultiModal Large Language Models against "
        "Jailbreak Attacks** | [Github](https://github.com/EddyLuo1232/JailBreakV_28K)\n"
        "  * Weidi Luo, Siyuan Ma, Xiaogeng Liu, Xiaoyu Guo, Chaowei Xiao\n"
        "  * The Ohio State University | University of Wisconsin-Madison\n"
        "  * [2024.04.03] https://arxiv.org/abs/2404.03027\n"
        "  * Benchmark\n"
        "* **Uncovering Bias in Large Vision-Language Models with Counterfactuals**\n"
        "  * Phillip Howard, Anahita Bhiwandiwalla, Kathleen C. Fraser, Svetlana Kiritchenko\n"
        "  * Intel Labs | National Research Council Canada\n"
        "  * [2024.03.29] https://arxiv.org/abs/2404.00166\n"
        "  * Analysis\n")
    assert [(p.arxiv_id, p.year, p.tags, len(p.authors)) for p in found.values()] == [
        ("2404.03027", 2024, ["Evaluation"], 5), ("2404.00166", 2024, ["Evaluation"], 4)]


def test_a_date_with_an_ordinal_day_then_the_venue_in_brackets():
    # liuyang-ict/awesome-visual-transformers (65 of its 88 entries): "[12th Jun. 2017] [NeurIPS, 2017]."
    found = papers(
        "# Original Transformer\n"
        "**Attention Is All You Need.** [12th Jun. 2017] [NeurIPS, 2017].<br>\n"
        "*Ashish Vaswani, Noam Shazeer, Niki Parmar.*<br>\n"
        " [[PDF](https://arxiv.org/abs/1706.03762)] [[Github](https://github.com/tensorflow/tensor2tensor)]\n\n"
        "**LocalViT: Bringing Locality to Vision Transformers.** [12nd Apr. 2021].<br>\n"
        "*Yawei Li, Kai Zhang.*<br>\n [[PDF](https://arxiv.org/abs/2104.05707)]\n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [
        ("NeurIPS 2017", 2017, None), (None, 2021, None)]


def test_a_method_name_then_its_paper_title_in_brackets():
    # NielsRogge/Vision-Transformer-papers (45 lines): "Swin Transformer (Hierarchical Vision ...): URL"; a
    # short name after a title ("(CoaT)") and a topic ("(GANs)") are not titles
    found = papers(
        "## Architectural changes\n\n"
        "* Swin Transformer (Hierarchical Vision Transformer using Shifted Windows): https://arxiv.org/abs/2103.14030\n"
        "* EsViT (Efficient self-supervised Vision Transformers): https://arxiv.org/abs/2106.09785\n"
        "* Co-Scale Conv-Attentional Image Transformers (CoaT): https://arxiv.org/abs/2104.06399\n"
        "* ViTGAN (GANs): https://arxiv.org/abs/2107.04589\n")
    assert [(p.title, p.notes) for p in found.values()] == [
        ("Hierarchical Vision Transformer using Shifted Windows", ["Swin Transformer"]),
        ("Efficient self-supervised Vision Transformers", ["EsViT"]),
        ("Co-Scale Conv-Attentional Image Transformers (CoaT)", []),
        ("ViTGAN (GANs)", [])]


def test_a_book_with_its_authors_in_brackets_is_not_a_name_over_a_title():
    paper = one("- Deep Learning (Ian Goodfellow and Yoshua Bengio) [[pdf](https://example.org/dl.pdf)]\n")
    assert paper.title == "Deep Learning (Ian Goodfellow and Yoshua Bengio)"


def test_names_after_et_al_are_the_last_authors():
    # soraw-ai/Awesome-Text-to-Video-Generation (31 of its 40 author lines): the first authors, "et al.", the
    # last; "Team:" is who they work for, and "arXiv, 2023.12" a preprint posted then
    paper = one(
        "- **VideoFactory: Swap Attention in Spatiotemporal Diffusions for Text-to-Video Generation** <br>\n"
        "  Team: Peking University, Microsoft Research. <br>\n"
        "  *Wenjing Wang, Huan Yang, Zixi Tuo, et al., Jiaying Liu* <br>\n"
        "  arxiv, 2023.12[[Paper](https://arxiv.org/abs/2312.14125)], [[PDF](https://arxiv.org/pdf/2312.14125.pdf)]"
        " <br>\n")
    assert names(paper) == ["Wenjing Wang", "Huan Yang", "Zixi Tuo", "Jiaying Liu"]
    assert (paper.venue, paper.summary, paper.notes) == (
        "arxiv 2023", None, ["Team: Peking University, Microsoft Research."])


def test_a_year_and_a_middle_dot_before_a_bold_name():
    # Manchester921/Awesome-Image-Retrieval (108 lines): "- **2024 · ViTamin** — ... — [arXiv:2403.18553](..)";
    # the arXiv ID as a link's text says the venue, unless the entry states one; bare, as the rules have it and
    # this list's labels keep it (the year is the entry's)
    found = papers(
        "- **2024 · ViTamin** — 高效 ViT，部署友好 — [arXiv:2403.18553](https://arxiv.org/abs/2403.18553)\n"
        "- **Constitutional AI: Harmlessness from AI Feedback** - [arXiv:2212.08073](https://arxiv.org/abs/2212.08073)"
        " *(ICLR 2023)*\n")
    assert [(p.title, p.venue, p.year) for p in found.values()] == [
        ("ViTamin", "arXiv", 2024),
        ("Constitutional AI: Harmlessness from AI Feedback", "ICLR 2023", 2023)]


def test_a_date_in_italics_then_a_venue_with_an_apostrophe_before_its_year():
    # yhLeeee/Awesome-LLMs-in-Graph-tasks (45 entries): "* (_2023.10_) [Arxiv' 2023] **Title** [[Paper](..)]"
    paper = one("* (_2023.05_) [NeurIPS' 2023] **Can Language Models Solve Graph Problems in Natural Language?** "
                "[[Paper](https://arxiv.org/abs/2305.10037)] [[Code](https://github.com/Arthur-Heng/NLGraph)]\n")
    assert (paper.title, paper.venue, paper.year) == (
        "Can Language Models Solve Graph Problems in Natural Language?", "NeurIPS 2023", 2023)


def test_a_summary_label_is_a_section_even_where_it_names_a_control():
    # tAnGjIa520/awesome-RLVR (six <details> blocks over all its 101 entries): its labeller left "Click to expand /
    # collapse" out of the section; two earlier rounds' labellers kept "Toggle" and "Click to Expand" (opendilab/
    # awesome-model-based-RL, tianshijing/Awesome-Optimizers, 32 labels), as the rules count a <summary>
    found = papers("## Papers\n\n### 2025\n\n<details open><summary>Click to expand / collapse</summary>\n\n"
                   "- [ViCrit: A Verifiable Reinforcement Learning Proxy Task for Visual Perception in VLMs]"
                   "(https://arxiv.org/abs/2506.10128)\n\n</details>\n")
    assert [p.tags for p in found.values()] == [["Papers/2025/Click to expand ∕ collapse"]]


def test_a_field_name_over_the_lists_own_survey_is_no_title():
    # VectorInstitute/Recommender-Systems-Survey: its survey's authors and arXiv link in a blockquote
    parsed = parse("# Survey\n\n>**Authors**: [Shaina Raza](https://scholar.google.com/citations?user=chcz7RMAAAAJ), "
                   "[Mizanur Rahman](https://scholar.google.com/citations?user=SzJtFg8AAAAJ) <br>\n"
                   ">**arXiv Link**: [arXiv:2407.13699v1](https://arxiv.org/abs/2407.13699) <br>\n")
    assert parsed.entries == []
    assert parsed.skipped == [(3, "a field's name, not a title"), (4, "a field's name, not a title")]


def test_a_bold_sentence_over_the_papers_is_neither_a_paper_nor_a_section():
    # wentianli/awesome-video-editing (8 lines, one under each heading)
    parsed = parse("### Spatial Editing\n**To crop the video based on actionness, aesthetics, etc.**\n"
                   "- `[arxiv 2024]` Reframe Anything: LLM Agent for Open World Video Reframing "
                   "[[paper]](https://arxiv.org/abs/2403.06070)\n")
    assert [(e.data.title, e.data.tags) for e in parsed.entries] == [
        ("Reframe Anything: LLM Agent for Open World Video Reframing", ["Spatial Editing"])]
    assert (2, "a bold sentence about the papers below it, not a paper") in parsed.skipped


def test_an_author_date_reference_with_no_link():
    # XuZikang/Awesome-MedIA-Fairness (every entry): names, the year, the title, where it appeared
    found = papers(
        "### Unfairness Existence\n"
        "1. Stanley EA, Wilms M, Mouches P, Forkert ND. 2022. Fairness-related performance and explainability "
        "effects in deep learning models for brain image analysis. Journal of Medical Imaging 9(6):061102\n"
        "2. Zong Y, Yang Y, Hospedales T. 2022. Medfair: Benchmarking fairness for medical imaging. arXiv preprint "
        "arXiv:2210.01725\n"
        "3. Kinyanjui NM, Odonga T, Cintas C, Codella NC, Panda R, et al. 2020. Fairness of classifiers across skin "
        "tones in dermatology. In International Conference on Medical Image Computing and Computer-Assisted "
        "Intervention, pp. 320–329. Springer\n")
    assert [(p.title[:30].strip(), p.venue, p.year, p.arxiv_id, names(p)[:2]) for p in found.values()] == [
        ("Fairness-related performance a", "Journal of Medical Imaging 2022", 2022, None, ["EA Stanley", "M Wilms"]),
        ("Medfair: Benchmarking fairness", "arXiv 2022", 2022, "2210.01725", ["Y Zong", "Y Yang"]),
        ("Fairness of classifiers across", "International Conference on Medical Image Computing and Computer-"
         "Assisted Intervention 2020", 2020, None, ["NM Kinyanjui", "T Odonga"])]


@pytest.mark.parametrize("written, venue", [
    ("CVPR Workshop 2021", "CVPR 2021 Workshop"),  # bertjiazheng/Awesome-CAD's Venue column
    ("ICML workshop 2024", "ICML 2024 workshop"),  # (the track as written)
    ("NeurIPS Datasets and Benchmarks 2021", "NeurIPS 2021 Datasets and Benchmarks"),
    ("ICDAR Competition 2021", "ICDAR 2021 Competition"),
    ("NLLP Workshop 2023", None),  # a workshop's own name: no known meeting, no venue of parse's
])
def test_a_known_meetings_track_before_its_year_goes_after_it(written, venue):
    found = venues.parse(written)
    assert (found[0] if found else None) == venue


def test_an_author_date_reference_with_a_quoted_title_or_a_meetings_place():
    # Wa1den-jy/Topic-on-Table-Recognition (MDPI's form, the title quoted), YuyangZhangFTD/awesome-RecSys-papers
    # (ACM's, "In WSDM'18, February 5–9, 2018, Marina Del Rey, CA, USA")
    found = papers(
        "- Kazdar, Takwa, Wided Souidene Mseddi, Moulay A. Akhloufi, Ala Agrebi, Marwa Jmal, and Rabah Attia. 2023. "
        "\"DCTable: A Dilated CNN with Optimizing Anchors for Accurate Table Detection\" Journal of Imaging 9, no. 3: "
        "62. [Paper Link](https://doi.org/10.3390/jimaging9030062)\n"
        "- Longqi Yang, Eugene Bagdasaryan, Joshua Gruenstein, Cheng-Kang Hsieh, and Deborah Estrin. 2018. OpenRec: "
        "A Modular Framework for Extensible and Adaptable Recommendation Algorithms. In WSDM’18, February 5–9, 2018, "
        "Marina Del Rey, CA, USA\n")
    assert [(t, p.venue, names(p)[0]) for t, p in found.items()] == [
        ("DCTable: A Dilated CNN with Optimizing Anchors for Accurate Table Detection", "Journal of Imaging 2023",
         "Takwa Kazdar"),
        ("OpenRec: A Modular Framework for Extensible and Adaptable Recommendation Algorithms", "WSDM 2018",
         "Longqi Yang")]


def test_the_first_author_et_al_before_the_title_in_its_link():
    # FudanDISC/SocialAgent (183 lines): "- [9 Jan 2024] [Tu et al., *CharacterEval: ...*](arXiv)"
    paper = one("- [9 Jan 2024] [Tu et al., *CharacterEval: A Chinese Benchmark for Role-Playing Conversational Agent "
                "Evaluation*](https://arxiv.org/abs/2401.01275)\n")
    assert (paper.title, names(paper), paper.year) == (
        "CharacterEval: A Chinese Benchmark for Role-Playing Conversational Agent Evaluation", ["Tu"], 2024)


def test_a_model_table_whose_paper_column_names_where_it_appeared():
    # Aakash-Tripathi/Awesome-Medical-Multimodal-Models-and-Datasets (27 of its 70 rows): the Model column is
    # the title, the Paper column's link text the venue; a row with no paper there is no paper
    parsed = parse(
        "## Pathology Foundation Models\n\n| Model | Modalities | Year | Paper | Code |\n|---|---|---|---|---|\n"
        "| **UNI** | H&E WSI | 2024 | [Nature Medicine](https://www.nature.com/articles/s41591-024-02857-3) | "
        "[GitHub](https://github.com/mahmoodlab/UNI) |\n"
        "| **UNI 2** | H&E + IHC | 2025 | (model card) | [GitHub](https://github.com/mahmoodlab/UNI) |\n"
        "| **TITAN** | WSI + reports | 2024 | [arXiv:2411.19666](https://arxiv.org/abs/2411.19666) | "
        "[GitHub](https://github.com/mahmoodlab/TITAN) |\n"
        "| **Evo** | DNA/RNA/protein | 2024 | [Science](https://doi.org/10.1126/science.ado9336) | "
        "[GitHub](https://github.com/evo-design/evo) |\n")
    assert [(e.data.title, e.data.venue) for e in parsed.entries] == [
        ("UNI", "Nature Medicine 2024"), ("TITAN", "arXiv 2024"), ("Evo", "Science 2024")]
    assert (6, "no paper in its row's Paper column") in parsed.skipped


def test_posted_then_published_names_where_it_was_published():
    # PKU-Fgx/RLVR-Survey: "*Trung Quoc Luong, ..., Hang Li.* **arXiv / ACL 2024**"
    assert venues.parse("arXiv / ACL 2024") == ("ACL 2024", 2024)


def test_a_mark_after_a_date_in_a_date_column():
    # ZihanChen1995/awesome-llm-social-simulation: "| **DynamiX** | [[Paper](arXiv)] | — | 2025.12 🔥 |"
    assert venues.year_of_date("2025.12 🔥") == 2025


def test_an_author_date_reference_whose_meeting_names_its_year_and_a_family_name_of_two_words():
    # XuZikang/Awesome-MedIA-Fairness: "In BIOCOMPUTING 2021: Proceedings of ...", "Mariscal Harana J", "De Sa C"
    found = papers(
        "1.  Seyyed-Kalantari L, Liu G, McDermott M, Chen IY, Ghassemi M. 2020. CheXclusion: Fairness gaps in deep "
        "chest X-ray classifiers. In BIOCOMPUTING 2021: Proceedings of the Pacific Symposium, pp. 232–243. World "
        "Scientific\n"
        "2. Forde JZ, Cooper AF, Kwegyir-Aggrey K, De Sa C, Littman M. 2021. Model selection’s disparate impact in "
        "real-world deep learning applications. arXiv preprint arXiv:2104.00606\n")
    assert [(p.venue, p.year, names(p)[-2:]) for p in found.values()] == [
        ("BIOCOMPUTING 2021", 2021, ["IY Chen", "M Ghassemi"]), ("arXiv 2021", 2021, ["C De Sa", "M Littman"])]
    assert venues.parse("NeurIPS Datasets and Benchmarks, 2023") == ("NeurIPS 2023 Datasets and Benchmarks", 2023)
