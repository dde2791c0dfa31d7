"""Shapes of real lists found by the forty-third blind labelling round (``bench/unseen-lists/s46b``-
``s46h``; the library's fetch budget ran out before ``s46a`` had a list), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

import pytest

from markdown_papers import papers
from paperctl.formats.markdown import venues


def test_a_day_and_a_venue_before_the_title_link():
    # jarvisWang0903/Awesome-Domain-Adaptation (28 entries); an empty link is no address but still the title
    found = papers(
        "- 2019/04/01 CVPR-19 Oral [Taking A Closer Look at Domain Shift: Category-level Adversaries for Semantics "
        "Consistent Domain Adaptation](https://arxiv.org/abs/1809.09478) [code](https://github.com/RoyalVane/CLAN)\n"
        "- 2019/02/18 ICLR-19 [SPIGAN: Privileged Adversarial Learning from Simulation]() [code]\n")
    assert [(t[:34], p.venue, p.year) for t, p in found.items()] == [
        ("Taking A Closer Look at Domain Shi", "CVPR 2019 Oral", 2019),
        ("SPIGAN: Privileged Adversarial Lea", "ICLR 2019", 2019)]


def test_a_paper_as_a_heading_over_one_paper_or_code_bullet():
    # Kobaayyy/Awesome-ICCV2021-Low-Level-Vision (80 papers, each a heading over "- Paper：" and "- Code："
    # bullets, one or both, the colon full-width)
    found = papers(
        "# Face\n## EigenGAN: Layer-Wise Eigen-Learning for GANs\n- Paper：https://arxiv.org/abs/2104.12476\n"
        "- Code：https://github.com/LynnHo/EigenGAN-Tensorflow\n"
        "## HeadGAN: One-shot Neural Head Synthesis and Editing\n- Paper：https://arxiv.org/abs/2012.08261\n"
        "## Orthogonal Jacobian Regularization for Unsupervised Disentanglement in Image Generation\n"
        "- Code：https://github.com/csyxwei/OroJaR\n"
        "# Deraining\n## Rain Removal by a Paper Written for the Test\n- Paper：https://arxiv.org/abs/2109.00001\n")
    assert [(t[:20], p.arxiv_id, p.tags) for t, p in found.items()] == [
        ("EigenGAN: Layer-Wise", "2104.12476", ["Face"]), ("HeadGAN: One-shot Ne", "2012.08261", ["Face"]),
        ("Orthogonal Jacobian ", None, ["Face"]), ("Rain Removal by a Pa", "2109.00001", ["Deraining"])]


def test_a_paper_heading_over_its_bullets_a_note_and_an_anchor():
    # Kobaayyy/Awesome-ICCV2021-Low-Level-Vision: a note bullet in Chinese under some papers' link bullets is
    # their description; an HTML anchor before the next category heading ends the bullets; a two-word title
    notes = ["小样本字体生成", "手绘图变动画", "频域损失，补充空域损失的不足"]
    found = papers(
        "# 1.图像生成（Image Generation）\n"
        "## Multiple Heads are Better than One: Few-shot Font Generation with Multiple Localized Experts\n"
        "- Paper：https://arxiv.org/abs/2104.00887\n- Code：https://github.com/clovaai/mxfont\n"
        f"- {notes[0]}\n"
        "## Handwriting Transformers\n- Paper：https://arxiv.org/abs/2104.03964\n"
        "- Code：https://github.com/ankanbhunia/Handwriting-Transformers\n"
        "## The Animation Transformer: Visual Correspondence via Segment Matching\n"
        f"- Paper：https://arxiv.org/abs/2109.02614\n- {notes[1]}\n"
        "## De-Rendering Stylized Texts\n"
        "- Paper：https://openaccess.thecvf.com/content/ICCV2021/html/Shimoda_De-Rendering_Stylized_Texts_ICCV_2021"
        "_paper.html\n- Code：https://github.com/dvlab-research/SCGAN\n\n\n"
        '<a name="4.图像翻译"></a>\n# 4.图像翻译（Image to Image Translation）\n'
        "## Focal Frequency Loss for Image Reconstruction and Synthesis\n- Paper：https://arxiv.org/abs/2012.12821\n"
        f"- Code：https://github.com/EndlessSora/focal-frequency-loss\n- {notes[2]}\n")
    gen, translation = ["1.图像生成（Image Generation）"], ["4.图像翻译（Image to Image Translation）"]
    assert [(t[:24], p.summary, p.tags) for t, p in found.items()] == [
        ("Multiple Heads are Bette", notes[0], gen), ("Handwriting Transformers", None, gen),
        ("The Animation Transforme", notes[1], gen), ("De-Rendering Stylized Te", None, gen),
        ("Focal Frequency Loss for", notes[2], translation)]
    assert found["Handwriting Transformers"].arxiv_id == "2104.03964"


def test_a_month_heading_gives_the_year_and_a_venue_after_the_arxiv_id_is_where_it_appeared():
    # HenryHZY/Awesome-Multimodal-LLM ("## 2023 May"; "**Title**. arXiv:2206.06522. NeurIPS 2022.")
    found = papers("## 2023 May\n\n- **Transfer Visual Prompt Generator across LLMs**. arXiv:2305.01278.\n"
                   "- **LST: Ladder Side-Tuning for Parameter and Memory Efficient Transfer Learning**. "
                   "arXiv:2206.06522. NeurIPS 2022.\n")
    assert [(p.venue, p.year) for p in found.values()] == [("arXiv 2023", 2023), ("NeurIPS 2022", 2022)]


def test_a_journal_named_in_words_after_a_bar_is_no_author():
    # baeseongsu/awesome-machine-learning-for-healthcare (49 rows, 25 journals)
    found = papers(
        "- [Physician Perspectives on Ambient AI Scribes](https://jamanetwork.com/journals/jamanetworkopen/fullarticle/"
        "2831866) | JAMA Network Open, 2025\n"
        "- [Some Paper About Medicine And Models](https://www.nature.com/articles/s41591-024-00001) | Nature Medicine, "
        "2024\n")
    assert [(p.venue, p.authors) for p in found.values()] == [
        ("JAMA Network Open 2025", []), ("Nature Medicine 2024", [])]


@pytest.mark.parametrize("written, venue", [
    ("NeurIPS Datasets and Benchmarks' 24", "NeurIPS 2024 Datasets and Benchmarks"),  # baeseongsu
    ("NeurIPS Datasets and Benchmarks Track 2021", "NeurIPS 2021 Datasets and Benchmarks Track"),  # StevenYuan666
])
def test_a_track_between_the_meeting_and_its_year(written, venue):
    assert venues.parse(written)[0] == venue


def test_a_bold_name_over_its_papers_title_link_and_a_description_in_code():
    # Emnolope/Human-pose-estimation-papers (91 entries): the name had been a paper of its own
    found = papers(
        "### Spring 2019\n\n**ITWHPEUE2DFAI3DR**\n\n"
        "[In the Wild Human Pose Estimation Using Explicit 2D Features and Intermediate 3D Representation]"
        "(https://arxiv.org/pdf/1904.03289v1.pdf) (Apr 2019)\n\n"
        "`It's like a sillouete, but extra. Also some reprojection loss nonsense.`\n\n"
        "**M3DHPEBGAORH**\n\n[Monocular 3D Human Pose Estimation by Generation and Ordinal Ranking]"
        "(https://arxiv.org/pdf/1904.01324v1.pdf) (Apr 2019)\n\n` `\n")
    assert [(t[:30], p.notes, p.summary, p.year) for t, p in found.items()] == [
        ("In the Wild Human Pose Estimat", ["ITWHPEUE2DFAI3DR"],
         "It's like a sillouete, but extra. Also some reprojection loss nonsense.", 2019),
        ("Monocular 3D Human Pose Estima", ["M3DHPEBGAORH"], None, 2019)]
