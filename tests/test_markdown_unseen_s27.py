"""Shapes of real lists found by the twenty-fourth blind labelling round (``bench/unseen-lists/s27a``-``s27i``),
held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def _row(p):
    return p.title, [a.name for a in p.authors], p.venue, p.year


def test_a_method_name_over_its_citation_on_the_bullet_below():
    # nnUyi/DerainZoo (98 entries): the name was the title and the citation a note
    found = papers(
        "### 2021\n\n"
        "* DualGCN [[paper](https://xueyangfu.github.io/paper/2021/AAAI/Preprint.pdf)]"
        "[[code](https://xueyangfu.github.io/paper/2021/AAAI/code.zip)][[web](https://xueyangfu.github.io)]\n"
        "   * Fu, Xueyang etc. Rain Streak Removal via Dual Graph Convolutional Network. (AAAI 2021)\n\n"
        "* ADN [paper][[code](https://github.com/nnUyi/ADN)][[web](https://github.com/nnUyi)]\n"
        "   * Yang, Youzhao etc. A Fast And Eefficient Network for Single Image Deraining. (ICASSP 2021)\n")
    dual, adn = found.values()
    assert _row(dual) == ("Rain Streak Removal via Dual Graph Convolutional Network", ["Xueyang Fu"], "AAAI 2021",
                          2021)
    assert dual.url == "https://xueyangfu.github.io/paper/2021/AAAI/Preprint.pdf"
    assert dual.links["code"] == "https://xueyangfu.github.io/paper/2021/AAAI/code.zip"
    assert dual.notes == ["DualGCN"]
    assert _row(adn)[:3] == ("A Fast And Eefficient Network for Single Image Deraining", ["Youzhao Yang"],
                             "ICASSP 2021")
    assert adn.notes == ["ADN"]  # (not "ADN paper": the label of a link not yet given)


def test_a_family_name_first_before_et_al_or_etc():
    from paperctl.formats.markdown.authors_before import first_author_prefix
    from paperctl.formats.markdown.model import ListEntry

    for text, authors in (("Ran, Wu; Yang, Youzhao et al. Single Image Deraining", ["Wu Ran", "Youzhao Yang"]),
                          ("Rajeev Yasarla et al. Confidence Measure Guided", ["Rajeev Yasarla"]),
                          ("Kim, JH et al. Video deraining and desnowing", ["JH Kim"])):
        entry = ListEntry()
        assert first_author_prefix(text, entry) is not None
        assert entry.authors == authors


def test_a_bold_name_over_an_ieee_reference_and_a_second_reference_under_it():
    # dawnlh/awesome-low-light-image-enhancement (73 bold names): IEEE references, an author linked to their page;
    # a second reference under the same name is a paper of its own
    found = papers(
        "### Learning-based methods\n\n"
        "* **DRBN** [[Pdf]](https://ieeexplore.ieee.org/document/9156559)\n"
        '  * W. Yang, S. Wang, Y. Fang, Y. Wang and J. Liu, "From Fidelity to Perceptual Quality: A Semi-Supervised '
        'Approach for Low-Light Image Enhancement," 2020 IEEE/CVF Conference on Computer Vision and Pattern '
        "Recognition (CVPR), Seattle, WA, USA, 2020, pp. 3060-3069, doi: 10.1109/CVPR42600.2020.00313.\n"
        "- **LIME** [[Web]](https://sites.google.com/view/xjguo/lime) [[Pdf]](http://ieeexplore.ieee.org/document/"
        "7782813/)\n"
        "  - [X. Guo](https://sites.google.com/view/xjguo/homepage), “LIME: A Method for Low-light IMage "
        "Enhancement,” in *Proceedings of the 2016 ACM on Multimedia Conference*, Amsterdam, The Netherlands, 2016\n"
        "  - [X. Guo](https://sites.google.com/view/xjguo/homepage), Y. Li, and H. Ling, “LIME: Low-Light Image "
        "Enhancement via Illumination Map Estimation,” *IEEE Trans. on Image Process.*, vol. 26, no. 2, "
        "pp. 982–993, Feb. 2017\n"
        "- **A Smart System for Low-Light Image Enhancement** [[Pdf]](https://www.mdpi.com/2073-8994/10/12/718/pdf)\n"
        "  - Z. Rahman, M. Aamir, and Q. Dai, “A Smart System for Low-Light Image Enhancement,” *Symmetry*, "
        "vol. 10, no. 12, p. 718, Dec. 2018\n")
    assert [_row(p) for p in found.values()] == [
        ("From Fidelity to Perceptual Quality: A Semi-Supervised Approach for Low-Light Image Enhancement",
         ["W. Yang", "S. Wang", "Y. Fang", "Y. Wang", "J. Liu"], "CVPR 2020", 2020),
        ("LIME: A Method for Low-light IMage Enhancement", ["X. Guo"], "ACM on Multimedia Conference 2016", 2016),
        ("LIME: Low-Light Image Enhancement via Illumination Map Estimation", ["X. Guo", "Y. Li", "H. Ling"],
         "IEEE Trans. on Image Process. 2017", 2017),
        ("A Smart System for Low-Light Image Enhancement", ["Z. Rahman", "M. Aamir", "Q. Dai"], "Symmetry 2018",
         2018)]
    drbn, lime, *_ = found.values()
    assert drbn.url == "https://ieeexplore.ieee.org/document/9156559" and drbn.notes == ["DRBN"]
    assert lime.links["web"] == "https://sites.google.com/view/xjguo/lime" and lime.notes == []


def test_where_an_ieee_reference_appeared():
    from paperctl.formats.markdown.proceedings import ieee_where

    assert ieee_where(", *arXiv:1711.02488 [cs]*, Nov. 2017") == ("arXiv 2017", 2017, "1711.02488")
    assert ieee_where(", *2018 13th IEEE International Conference on Automatic Face & Gesture Recognition*") == (
        "IEEE International Conference on Automatic Face & Gesture Recognition 2018", 2018, None)
    assert ieee_where(", *2020 International Conference on Emerging Trends in Information Technology and "
                      "Engineering (ic-ETITE)*, Vellore, India, 2020") == ("ic-ETITE 2020", 2020, None)
    assert ieee_where(", a description of things, that is, 2019") is None
    assert ieee_where(", May 2020") is None  # (a date alone says no venue)


def test_names_and_where_under_a_title_are_not_a_citation_of_their_own():
    # jason718/awesome-self-supervised-learning, TimeLovercc/Awesome-Graph-Causal-Learning: the authors and the venue
    # on the bullet under a title with its links
    found = papers(
        "## Papers\n\n"
        "- LSTM Self-Supervision for Detailed Behavior Analysis\n"
        "  [[pdf]](http://openaccess.thecvf.com/content_cvpr_2017/papers/Brattoli_LSTM_Self-Supervision_for_CVPR_"
        "2017_paper.pdf)\n"
        "  - Biagio Brattoli*, Uta Büchler*, Anna-Sophia Wahl, Martin E. Schwab, and Björn Ommer. *CVPR 2017*\n")
    (paper,) = found.values()
    assert paper.title == "LSTM Self-Supervision for Detailed Behavior Analysis"
    assert paper.venue == "CVPR 2017" and len(paper.authors) == 5


def test_a_group_name_without_links_over_its_papers_stays_a_group():
    # Yutong-Zhou-cv/Awesome-Text-to-Image: "* 2019" over its papers is their year, not a paper's name
    found = papers(
        "## Papers\n\n"
        "* 2020\n"
        "    * (Neural Networks) **Image manipulation with natural language using Two-sided Attentive Conditional "
        "Generative Adversarial Network**, DaweiZhu et al. [[Paper](https://example.org/nn.pdf)]\n")
    (paper,) = found.values()
    assert paper.venue == "Neural Networks 2020" and paper.notes == []


def test_a_time_column_of_venues_and_a_published_column_over_an_arxiv_label():
    # hzwer/Awesome-Optical-Flow (61 rows): "|ECCV20|" under "Time"; chaofengc/Awesome-Image-Quality-Assessment
    # (64 rows): the "Published" cell, not the "[arXiv]" label of the paper's link, says where it appeared
    found = papers(
        "## Optical Flow\n\n"
        "| Time | Paper | Repo |\n|---|---|---|\n"
        "|ECCV20|[RAFT: Recurrent All Pairs Field Transforms for Optical Flow](https://arxiv.org/pdf/2003.12039.pdf)|"
        "[RAFT](https://github.com/princeton-vl/RAFT)|\n\n"
        "## Quality\n\n"
        "| Paper Link | Method | Type | Published | Code | Keywords |\n|---|---|---|---|---|---|\n"
        "| [arXiv](https://arxiv.org/abs/2003.08932) | GIQA | NR | ECCV2020 | [Official](https://github.com/cientgu/"
        "GIQA) | Generated image |\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("RAFT: Recurrent All Pairs Field Transforms for Optical Flow", "ECCV 2020", 2020),
        ("GIQA", "ECCV 2020", 2020)]


def test_a_year_first_venue_badge_and_keycap_years_in_summary_groups():
    # xiaooochaooo/Awesome-AIGC-Detection (81 entries): "![](https://img.shields.io/badge/25-ICML-blue)" before the
    # title, under "<summary>2️⃣0️⃣2️⃣5️⃣</summary>"
    found = papers(
        "### Image\n<details open>\n  <summary>2\ufe0f\u20e30\ufe0f\u20e32\ufe0f\u20e35\ufe0f\u20e3</summary>\n\n"
        "  - ![](https://img.shields.io/badge/25-ICML-blue) Few-Shot Learner Generalizes Across AI-Generated Image "
        "Detection [[Paper](https://arxiv.org/pdf/2501.08763)]\n"
        "  - ![](https://img.shields.io/badge/23-ICCVW-green) Online Detection of AI-Generated Images "
        "[[Paper](https://example.org/iccvw.pdf)]\n</details>\n")
    assert [(p.venue, p.year, p.tags) for p in found.values()] == [
        ("ICML 2025", 2025, ["Image/2025"]), ("ICCVW 2023", 2023, ["Image/2025"])]


def test_a_heading_that_counts_its_papers_and_keyed_lines_under_a_title():
    # extreme-assistant/Object-Tracking-Paper-Benchmark-Team: "### [CVPR2020(共33篇)](..)" is CVPR 2020 (33 papers in
    # all) and the section as written; "作者｜", "论文｜", "代码｜" and "单位 |" lines give the authors, the links and
    # an affiliation
    found = papers(
        "### [CVPR2020(共33篇)](https://bbs.cvmart.net/topics/2733)<br>\n\n#### 多目标跟踪\n\n"
        "* 2.[Learning a Neural Solver for Multiple Object Tracking](https://arxiv.org/abs/1912.07515)<br>\n"
        "作者｜Guillem Braso, Laura Leal-Taixe<br>\n"
        "单位 | 清华；旷视<br>\n"
        "代码｜https://github.com/dvl-tum/mot\\_neural\\_solver（PyTorch）<br><br>\n")
    (paper,) = found.values()
    assert (paper.venue, [a.name for a in paper.authors], paper.summary) == (
        "CVPR 2020", ["Guillem Braso", "Laura Leal-Taixe"], None)
    assert paper.links["code"] == "https://github.com/dvl-tum/mot_neural_solver"
    assert paper.notes == ["单位 | 清华；旷视", "（PyTorch）"]
    assert paper.tags == ["CVPR2020(共33篇)/多目标跟踪"]  # (the heading as written)


def test_link_less_bullets_with_a_glued_year_and_venue_before_the_title():
    # gyguo/awesome-weakly-supervised-object-localization (48 of 50 paper bullets; none had been found)
    found = papers(
        "# 1. Paper List\n## 2024\n\n"
        "- ***2024TPAMI*** Boosting Weakly Supervised Object Localization and Segmentation With Domain Adaption\n"
        "- **WEND:** ***2023ACM MM*** Rethinking the Localization in Weakly Supervised Object Localization\n"
        "- **SCM:2022ECCV** Weakly Supervised Object Localization via Transformer with Implicit Spatial Calibration\n"
        "- **SLT-Net: 2021CVPR**: Strengthen Learning Tolerance for Weakly Supervised Object Localization\n")
    assert [(t, p.venue, p.notes) for t, p in found.items()] == [
        ("Boosting Weakly Supervised Object Localization and Segmentation With Domain Adaption", "TPAMI 2024", []),
        ("Rethinking the Localization in Weakly Supervised Object Localization", "ACM MM 2023", ["WEND"]),
        ("Weakly Supervised Object Localization via Transformer with Implicit Spatial Calibration", "ECCV 2022",
         ["SCM"]),
        ("Strengthen Learning Tolerance for Weakly Supervised Object Localization", "CVPR 2021", ["SLT-Net"])]


def test_a_bold_nickname_and_names_then_the_quoted_title_on_the_line_below():
    # VividLe/awesome-weakly-supervised-action-localization (37 entries)
    found = papers(
        "## Papers\n\n"
        "* **W-TALC**Sujoy Paul, Sourya Roy, Amit K Roy-Chowdhury.<br />\n"
        '  "W-TALC: Weakly-supervised Temporal Activity Localization and Classification" ECCV 2018.\n'
        "  [[paper](http://openaccess.thecvf.com/content_ECCV_2018/papers/Sujoy_Paul_W-TALC.pdf)]\n")
    (paper,) = found.values()
    assert _row(paper) == ("W-TALC: Weakly-supervised Temporal Activity Localization and Classification",
                           ["Sujoy Paul", "Sourya Roy", "Amit K Roy-Chowdhury"], "ECCV 2018", 2018)
    assert paper.notes == ["W-TALC"]


def test_table_rows_that_name_their_paper_by_a_numbered_reference_below():
    # abbasturkoglu/RGB-T-Tracking-Papers-and-Results (27 rows): the title had been "[" (from "[[Code]]"); the last
    # row, left after a blank line, is read as the rows above it
    found = parse(
        "| **Tracker** | Year | **GTOT50-PR/SR** | Code | Paper |\n|---|---|---|---|---|\n"
        "| mfDiMP [2] | 2019 | -/- | [[Code](https://github.com/zhanglichao/end2end_rgbt_tracking)] | "
        "[[Paper](https://arxiv.org/pdf/1908.11714v1.pdf)] |\n"
        "| MANet [3] | 2019 | 0.894/0.724 | [[Code](https://github.com/Alexadlu/MANet)] | "
        "[[Paper](https://ieeexplore.ieee.org/document/9022360)] |\n"
        "| [4] | 2019 | 0.882/0.707 | [[Code]] | [[Paper](http://dx.doi.org/10.1145/3343031.3350928)] |\n\n"
        "| EANet [27] | 2023 | -/- | [[Code](https://github.com/abbasturkoglu/EANet)] | "
        "[[Paper](https://arxiv.org/abs/2307.01893)] |\n\n"
        "[2] L. Zhang, M. Danelljan, A. Gonzalez-Garcia, J. van de Weijer, and F. S. Khan, “Multi-modal fusion for "
        "end-to-end rgb-t tracking,” pp. 2252–2261, IEEE, 10 2019.\n\n"
        "[3] C. Li, A. Lu, A. Zheng, Z. Tu, and J. Tang, “Multi-adapter rgbt tracking,” 2019 IEEE/CVF International "
        "Conference on Computer Vision Workshop (ICCVW), pp. 2262–2270, 2019.\n\n"
        "[4] Y. Zhu, C. Li, B. Luo, J. Tang, and X. Wang, “Dense feature aggregation and pruning for rgbt tracking,” "
        "Proceedings of the 27th ACM International Conference on Multimedia, 2019.\n\n"
        '[27] Abbas Türkoğlu and Erdem Akagündüz "EANet: enhanced attribute-based RGBT tracker network", Proc. SPIE '
        "13072, Sixteenth International Conference on Machine Vision (ICMV 2023), 1307218 (3 April 2024)\n")
    assert [(e.data.title, e.data.authors[0].name, e.data.notes[:1]) for e in found.entries] == [
        ("Multi-modal fusion for end-to-end rgb-t tracking", "L. Zhang", ["mfDiMP"]),
        ("Multi-adapter rgbt tracking", "C. Li", ["MANet"]),
        ("Dense feature aggregation and pruning for rgbt tracking", "Y. Zhu", []),
        ("EANet: enhanced attribute-based RGBT tracker network", "Abbas Türkoğlu", ["EANet"])]
    mfdimp = found.entries[0].data
    assert mfdimp.arxiv_id == "1908.11714" and mfdimp.links["code"].endswith("end2end_rgbt_tracking")
    assert all("read into that row" in why for _, why in found.skipped)  # (the references: not papers again)


def test_a_full_name_giving_its_short_name_in_brackets_is_that_short_name():
    # the labelling rules keep any other venue as stated: "Advances in Neural Information Processing Systems 2020"
    from paperctl.formats.markdown.proceedings import short_venue

    assert short_venue("Proceedings of the 21st International Conference on Pattern Recognition (ICPR) 2012") \
        == "ICPR 2012"
    assert short_venue("IEEE Transactions on Geoscience and Remote Sensing (TGRS) 2022") == "TGRS 2022"
    assert short_venue("Advances in neural information processing systems 2020") is None
    assert short_venue("Rep4NLP (ACL) 2020") is None  # (a workshop at a meeting: no full name before it)


def test_names_ending_with_a_stop_over_a_quoted_title_and_a_bold_journal():
    # xingchenzhang/RGB-T-fusion-tracking-papers-and-results (44 author lines end with a full stop; 15 bold journals)
    found = papers(
        "## Papers\n\n"
        "- Chenglong Li, Xiaohao Wu, Nan Zhao, Xiaochun Cao, and Jin Tang.  \n"
        '\t  "Fusing Two-Stream Convolutional Neural Networks for RGB-T Object Tracking". Neurocomputing (NEUCOM), '
        "281: 78-85, 2018.\n"
        "- Bin Kang , Dong Liang , Wan Ding, Huiyu Zhou, and Wei-Ping Zhu  \n"
        '\t  "Grayscale-Thermal Tracking via Inverse Sparse Representation-Based Collaborative Encoding." '
        "**IEEE Transactions on Image Processing**, 2019.\n")
    first, second = found.values()
    assert (first.title, len(first.authors)) == (
        "Fusing Two-Stream Convolutional Neural Networks for RGB-T Object Tracking", 5)
    assert (second.venue, second.year) == ("IEEE Transactions on Image Processing 2019", 2019)
