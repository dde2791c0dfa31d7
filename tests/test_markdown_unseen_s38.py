"""Shapes of real lists found by the thirty-fifth blind labelling round (``bench/unseen-lists/s38a``-
``s38h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

import pytest

from markdown_papers import names, one, papers
from paperctl.formats.markdown import venues


@pytest.mark.parametrize("written, venue", [
    ("arxiv(23.09)", "arxiv 2023"),  # lorraine021/Awesome-MLLM-Hallucination (49 of 63 rows): posted in September 2023
    ("EMNLP Findings 2023", "EMNLP 2023 Findings"),  # VIPL-SLP/awesome-sign-language-processing: NAME YEAR track
    ("Findings of ACL 2024", "ACL 2024 Findings"),  # zhongjingyu1/Awesome-Train-Free-MLLM-LVLM-...-Mitigation
    ("CVPRW 2025 / arXiv 2024", "CVPRW 2025"),  # (the same list): where it appeared, then where it was posted
    ("EMNLP_2022", "EMNLP 2022"),  # FutureForMe/Chinese_Medical_Natural_Language_Processing_Resources_and_Papers
    ("ICML Workshop 2019", "ICML 2019 Workshop"),  # a known meeting's workshop: NAME YEAR track (28 labels of 43)
])
def test_venues_written_in_these_ways(written, venue):
    assert venues.parse(written)[0] == venue


def test_a_venue_column_with_two_venues_gives_the_first():
    paper = one("| Paper | Venue | Type | Paper | Code |\n|---|---|---|---|---|\n"
                "| **IBD: Alleviating Hallucinations in LVLMs via Image-Biased Decoding** | CVPRW 2025 / arXiv 2024 "
                "| CD / image-biased decoding | [Paper](https://arxiv.org/abs/2402.18476) | — |\n")
    assert (paper.venue, paper.year, paper.arxiv_id) == ("CVPRW 2025", 2025, "2402.18476")


def test_a_venue_and_year_heading_written_with_an_underscore():
    # FutureForMe/Chinese_Medical_..._Papers: "## EMNLP_2022" over topic headings in Chinese, bold title links
    paper = one("# Medical NLP Paper\n\n## EMNLP_2022\n\n### 数据集\n\n**[BioNLI: Generating a Biomedical NLI Dataset "
                "Using Lexico-semantic Constraints for Adversarial Examples](https://aclanthology.org/2022.findings-"
                "emnlp.374.pdf)**\n\nBioNLI：使用 Lexico-semantic Constraints 为对抗样本生成生物医学 NLI 数据集\n")
    assert (paper.venue, paper.year, paper.tags) == ("EMNLP 2022", 2022, ["EMNLP_2022/数据集"])


def test_an_italic_title_after_a_date_in_code():
    # thu-lawyer/awesome-legal-nlp (60 lines): "[`2018-12`] *Title*, I. Chalkidis et al. [[pdf]](..)"
    paper = one("- [`2018-12`] *Deep learning in law: early adaptation and legal word embeddings trained on large "
                "corpora*, I. Chalkidis et al. [[pdf]](https://link.springer.com/content/pdf/10.1007/s10506-018-"
                "9238-9.pdf)\n")
    assert (paper.title, names(paper), paper.year, paper.summary) == (
        "Deep learning in law: early adaptation and legal word embeddings trained on large corpora", ["I. Chalkidis"],
        2018, None)
    assert paper.url == "https://link.springer.com/content/pdf/10.1007/s10506-018-9238-9.pdf"


def test_italic_authors_before_a_title_are_not_read_as_one():
    paper = one("- *Ada Lovelace, Alan Turing*. Reading lists as data. NeurIPS 2024 "
                "[[paper](https://arxiv.org/abs/2401.00001)]\n")
    assert names(paper) == ["Ada Lovelace", "Alan Turing"] and paper.title == "Reading lists as data"


def test_a_venue_prefixed_paragraph_over_bullets_of_notes_is_a_paper():
    # yawenzeng/Awesome-Cross-Modal-Video-Moment-Retrieval (44 entries, no links at all)
    found = papers("# Moment Retrieval\n\n# 2018:5\n\n[MM 2018] Cross-modal Moment Localization in Videos  \n"
                   "* 动机：强调时间语态问题，即句子中的“先”“前”往往被忽视，需要更细致的理解。\n"
                   "* 方法：尝试结合上下文，用文本给视频加attention。\n\n"
                   "[SIGIR 2018] Attentive Moment Retrieval in Videos  \n"
                   "* 方法：尝试结合上下文，用视频给文本加attention。\n\n"
                   "Some prose that explains the task, over a bullet.\n* 方法：nothing\n")
    assert list(found) == ["Cross-modal Moment Localization in Videos", "Attentive Moment Retrieval in Videos"]
    paper = found["Cross-modal Moment Localization in Videos"]
    assert (paper.venue, paper.year, paper.summary, paper.tags) == ("MM 2018", 2018, None, ["2018:5"])
    assert paper.notes == ["动机：强调时间语态问题，即句子中的“先”“前”往往被忽视，需要更细致的理解。",
                           "方法：尝试结合上下文，用文本给视频加attention。"]


def test_a_method_name_over_paper_source_and_reference_bullets():
    # cross-modal-retrieval/cross-modal-retrieval (43 entries): the citation gives the title, the bullets the links
    paper = one("## Unsupervised real-value retrieval\n**2. CDPAE**  \n"
                "- **Paper:** https://dl.acm.org/doi/abs/10.1145/3240508.3240607\n"
                "- **Source:** https://github.com/Atmegal/Comprehensive-Distance-Preserving-Autoencoders-for-Cross-"
                "Modal-Retrieval\n"
                "- **Reference:** Y. Zhan, J. Yu, Z. Yu, R. Zhang, D. Tao, and Q. Tian, “Comprehensive distance-"
                "preserving autoencoders for cross-modal retrieval,” in ACM MM, 2018, pp. 1137–1145.\n")
    assert (paper.title, paper.venue, paper.year, paper.url) == (
        "Comprehensive distance-preserving autoencoders for cross-modal retrieval", "ACM MM 2018", 2018,
        "https://dl.acm.org/doi/abs/10.1145/3240508.3240607")
    assert names(paper) == ["Y. Zhan", "J. Yu", "Z. Yu", "R. Zhang", "D. Tao", "Q. Tian"]
    assert paper.links["code"].startswith("https://github.com/Atmegal/Comprehensive-Distance-Preserving-")
    assert paper.notes == ["CDPAE"] and paper.tags == ["Unsupervised real-value retrieval"]


def test_a_year_and_month_in_brackets_and_who_wrote_it_in_brackets_after():
    # bruno686/Awesome-RL-based-LLM-Reasoning (26 entries): "[2305]" is May 2023; "(OpenAI)" is who, not what
    paper = one("* [2305] [Let's verify step by step](https://arxiv.org/pdf/2305.20050) (OpenAI)\n")
    assert (paper.year, paper.summary, paper.notes) == (2023, None, ["OpenAI"])
    paper = one("* [2502] [On the Emergence of Thinking in LLMs I: Searching for the Right Intuition ](https://www."
                "alphaxiv.org/abs/2502.06773) (Reinforcement Learning via Self-Play) (MIT)\n")
    assert (paper.year, paper.summary, paper.notes) == (2025, "Reinforcement Learning via Self-Play", ["MIT"])
    paper = one("3. JASA [Invariant Causal Prediction for Sequential Data](https://arxiv.org/abs/1706.08058)"
                "(ICP的时序扩展)\n")  # huiyang-yi/Awesome-Causality-and-ML-Papers: a note in Chinese is a summary
    assert paper.summary == "(ICP的时序扩展)"


def test_a_name_then_the_title_in_quotes_over_bullets_of_fields():
    # siyaqi/Awesome-Hallu-Eval (70 entries): the year after the quoted title; the bold-keyed bullets are notes,
    # none of them a summary
    paper = one('**G-Eval** - "G-Eval: NLG Evaluation using GPT-4 with Better Human Alignment" (2023)\n'
                "- **Data**: SummEval, Topical-Chat, QAGS datasets\n- **Model**: GPT-4\n"
                "- **Method**: COT and Form-filling approaches\n- **Evaluation Metrics**: Weighted Scores\n")
    assert (paper.title, paper.year, paper.summary) == (
        "G-Eval: NLG Evaluation using GPT-4 with Better Human Alignment", 2023, None)
    assert paper.notes[:3] == ["G-Eval", "Data: SummEval, Topical-Chat, QAGS datasets", "Model: GPT-4"]


def test_a_bold_title_its_translation_and_its_link_two_paragraphs_below():
    # FutureForMe/Chinese_Medical_..._Papers (65 entries)
    paper = one("## EMNLP_2021\n\n**BERT might be Overkill: A Tiny but Effective Biomedical Entity Linker based on "
                "Residual Convolutional Neural Networks**\n\n"
                "BERT 可能有点矫枉过正：基于残差卷积神经网络的微小但有效的生物医学实体链接器\n\n"
                "论文地址：[https://aclanthology.org/2021.findings-emnlp.140/](https://aclanthology.org/2021.findings-"
                "emnlp.140/)\n")
    assert (paper.url, paper.venue, paper.summary) == (
        "https://aclanthology.org/2021.findings-emnlp.140/", "EMNLP 2021", None)
    assert paper.notes == ["BERT 可能有点矫枉过正：基于残差卷积神经网络的微小但有效的生物医学实体链接器"]


def test_an_author_line_with_a_full_width_comma_an_affiliation_number_and_a_spaced_accent():
    # TerenceCYJ/VP-SLAM-SC-papers (a title line, then an indented line of names, venue and year)
    found = papers("## Visual Positioning\n"
                   "- Are Large-Scale 3D Models Really Necessary for Accurate Visual Localization?[[Paper](http://"
                   "people.inf.ethz.ch/sattlert/publications/Sattler2017CVPR.pdf)]\n"
                   "    - Torsten Sattler, Akihiko Torii, Josef Sivic, Marc Pollefeys, Hajime Taira, Masatoshi "
                   "Okutomi, Tomas Pajdla, CVPR，2017\n"
                   "- Hybrid Camera Pose Estimation [[Paper](http://openaccess.thecvf.com/content_cvpr_2018/"
                   "CameraReady/2462.pdf)]\n"
                   "    -  Federico Camposeco, Andrea Cohen, Marc Pollefeys1, Torsten Sattler, CVPR, 2018\n")
    paper = found["Are Large-Scale 3D Models Really Necessary for Accurate Visual Localization?"]
    assert (paper.venue, paper.year, len(paper.authors)) == ("CVPR 2017", 2017, 7)
    assert names(found["Hybrid Camera Pose Estimation"])[2] == "Marc Pollefeys"
    from paperctl.formats.markdown import people
    assert people.parse("Daniel Maurer1, Nico Marniok, Bastian Goldluecke, Andr´es Bruhn")[3] == "Andr´es Bruhn"


def test_a_bold_start_of_the_title_then_the_rest_and_the_venue_in_emphasis():
    # huguyuehuhu/Awesome-Group-Activity-Recognition: "**Beyond Joints:** Learning ... (***TIP 2018***)"
    paper = one("- **Beyond Joints:** Learning Representations from Primitive Geometries for Skeleton-based Action "
                "Recognition and Detection (***TIP 2018***) [[paper](https://ieeexplore.ieee.org/document/8360391)] "
                "[[Github](https://github.com/hongsong-wang/Beyond-Joints)]\n")
    assert (paper.title, paper.venue, paper.summary) == (
        "Beyond Joints: Learning Representations from Primitive Geometries for Skeleton-based Action Recognition "
        "and Detection", "TIP 2018", None)


def test_a_paper_bullet_that_gives_the_title_and_a_reference_that_cites_it():
    # cross-modal-retrieval/cross-modal-retrieval: "- **Paper:** Probabilistic embeddings ..." (no link)
    paper = one("**7. PCME**  \n- **Paper:** Probabilistic embeddings for cross-modal retrieval\n"
                "- **Source:** https://github.com/VL-Group/2022-NeurIPS-DAA\n"
                "- **Reference:** S. Chun, S. J. Oh, R. S. de Rezende, Y. Kalantidis, and D. Larlus, “Probabilistic "
                "embeddings for cross-modal retrieval,” in IEEE CVPR, 2021, pp. 8415–8424.\n")
    assert (paper.venue, paper.year, names(paper)[2]) == ("IEEE CVPR 2021", 2021, "R. S. de Rezende")


def test_a_bullet_naming_a_group_of_the_entries_nested_under_it():
    # ZidaSong/Deep-learning-with-Python (41 entries under 18 such bullets): entries of their own, in the section
    # above; the bullet is no section, as a bullet is no heading
    found = papers("## 1.1. Foreground-Background Class Imbalance\n- Soft Sampling Methods  \n"
                   "   - Focal Loss, ICCV 2017, [[paper]](http://openaccess.thecvf.com/content_ICCV_2017/papers/Lin_"
                   "Focal_Loss_for_ICCV_2017_paper.pdf)\n"
                   "   - Gradient Harmonizing Mechanism, AAAI 2019, [[paper]](https://aaai.org/ojs/index.php/AAAI/"
                   "article/view/4877)\n")
    assert [(p.title, p.venue, p.tags) for p in found.values()] == [
        ("Focal Loss", "ICCV 2017", ["1.1. Foreground-Background Class Imbalance"]),
        ("Gradient Harmonizing Mechanism", "AAAI 2019", ["1.1. Foreground-Background Class Imbalance"])]
