"""Shapes of real lists met in session 47: the misses left open from session 46's rounds (``s99``-``s105``) and
those of its own blind rounds (``s106`` on), held with the lists' own lines (the repository is named in each
test)."""

from __future__ import annotations

from markdown_papers import papers

# extreme-assistant/CVPR2024-Paper-Code-Interpretation: some 600 papers, each a numbered title and lines keyed in
# Chinese, in paragraphs of up to 60 papers with a line of line breaks between them
BROKEN_PARAGRAPH = (
    "# cvpr2019（Papers/Codes/Project/Paper reading）\n\n"
    "588.Self supervised 3D hand pose estimation（Oral，手势姿态估计）<br>\n"
    "作者：Shile Li, Dongheui Lee<br>\n"
    "论文链接：http://www.vision.ee.ethz.ch/~wanc/papers/cvpr2019.pdf <br>\n"
    "源码链接：https://github.com/melonwan/sphereHand\n"
    "<br><br>\n"
    "587.Point-to-Pose Voting based Hand Pose Estimation using Residual Permutation Equivariant Layer"
    "（手势姿态估计）<br>\n"
    "作者：Shile Li, Dongheui Lee<br>\n"
    "论文链接：https://arxiv.org/pdf/1812.02050.pdf\n"
    "<br><br>\n"
    "585.Disentangling Latent Hands for Image Synthesis and Pose Estimation\n"
    "<br>\n"
    "作者：Linlin Yang, Angela Yao<br>\n"
    "论文链接：https://arxiv.org/abs/1812.01002\n"
    "<br><br>\n"
    "544.A Mutual Learning Method for Salient Object Detection with intertwined Multi-Supervision<br>\n"
    "作者：Runmin Wu, Mengyang Feng, Wenlong Guan<br>\n"
    "论文链接：待定 <br>\n"
    "源码链接：https://github.com/JosephineRabbit/MLMSNet\n"
    "<br><br>\n"
    "487.Machine Vision Guided 3D Medical Image Compression for Efficient Transmission and Accurate Segmentation "
    "in the Clouds<br>\n"
    "作者：Zihao Liu, Xiaowei Xu<br>\n"
    "论文链接：https://arxiv.org/abs/1904.08487<br>\n"
    "项目链接：http://zhiqiangshen.com/projects/INIT/index.html<br>\n"
)


def test_a_line_of_line_breaks_alone_parts_the_papers_of_one_paragraph():
    """Two breaks in a row make the blank line GitHub shows: ``<br><br>`` on a line of its own, or ``<br>`` under
    a line that ends in one. One ``<br>`` under a line that does not (``585.Title`` over ``<br>``) only breaks the
    line. Before, the 60 papers of such a paragraph were one, titled by the first, with the rest as its summary."""
    found = papers(BROKEN_PARAGRAPH)
    assert [(t, p.arxiv_id, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Self supervised 3D hand pose estimation", None, ["Shile Li", "Dongheui Lee"]),
        ("Point-to-Pose Voting based Hand Pose Estimation using Residual Permutation Equivariant Layer",
         "1812.02050", ["Shile Li", "Dongheui Lee"]),
        ("Disentangling Latent Hands for Image Synthesis and Pose Estimation", "1812.01002",
         ["Linlin Yang", "Angela Yao"]),
        ("A Mutual Learning Method for Salient Object Detection with intertwined Multi-Supervision", None,
         ["Runmin Wu", "Mengyang Feng", "Wenlong Guan"]),
        ("Machine Vision Guided 3D Medical Image Compression for Efficient Transmission and Accurate Segmentation "
         "in the Clouds", "1904.08487", ["Zihao Liu", "Xiaowei Xu"])]
    assert all(p.venue == "cvpr 2019" for p in found.values())


def test_lines_keyed_in_chinese_give_the_links_they_name_and_no_description():
    """``论文链接：URL`` (the paper's link), ``源码链接：URL`` (its code), ``项目链接：URL`` (its project page), and
    ``论文链接：待定`` (to be decided: no link yet, kept as a note). Before, they were the paper's summary."""
    found = papers(BROKEN_PARAGRAPH)
    hand = found["Self supervised 3D hand pose estimation"]
    assert (hand.url, hand.links.get("code"), hand.summary) == (
        "http://www.vision.ee.ethz.ch/~wanc/papers/cvpr2019.pdf", "https://github.com/melonwan/sphereHand", None)
    later = found["A Mutual Learning Method for Salient Object Detection with intertwined Multi-Supervision"]
    assert (later.url, later.links.get("code"), later.summary) == (
        None, "https://github.com/JosephineRabbit/MLMSNet", None)
    assert "论文链接：待定" in later.notes
    clouds = found["Machine Vision Guided 3D Medical Image Compression for Efficient Transmission and Accurate "
                   "Segmentation in the Clouds"]
    assert clouds.links.get("project") == "http://zhiqiangshen.com/projects/INIT/index.html"


def test_a_note_in_chinese_in_full_width_brackets_after_a_latin_title_is_not_the_titles():
    """``Title（手势姿态估计）`` (hand pose estimation): what the paper is about, in the list's language; a note.
    Brackets of the title's own stay (``Why (and When) Does It Work?``), and a Chinese title keeps its brackets."""
    found = papers(BROKEN_PARAGRAPH)
    voting = found["Point-to-Pose Voting based Hand Pose Estimation using Residual Permutation Equivariant Layer"]
    assert "手势姿态估计" in voting.notes
    assert "Oral，手势姿态估计" in found["Self supervised 3D hand pose estimation"].notes
    chinese = papers("# 论文\n\n- 基于图神经网络的推荐（综述） [paper](https://arxiv.org/abs/2011.02260)\n")
    assert list(chinese) == ["基于图神经网络的推荐（综述）"]
