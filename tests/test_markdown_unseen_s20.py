"""Shapes of real lists found by the seventeenth blind labelling round (``bench/unseen-lists/s20a``-``s20h``),
held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def test_a_venue_and_its_year_after_an_apostrophe_before_a_plain_title():
    # downeykking/graph-papers (50 of its 67 task-list entries): "TNNLS'22" had stayed in the title, with no venue
    found = papers(
        "## 4. Self-supervised Learning -- Contrastive\n\n"
        "- [ ] TNNLS'22 Prototypical Graph Contrastive Learning [[Paper](https://arxiv.org/abs/2106.09645)] "
        "[[Code](https://github.com/ha-lins/PGCL)] [Link] \n"
        "- [x] Dataset@NIPS'21 An Empirical Study of Graph Contrastive Learning "
        "[[Paper](https://arxiv.org/abs/2109.01116)] [Code] [Link]\n"
        "- [x] NeurIPS'13  Word2vec: Distributed Representations of Words and Phrases and their Compositionality "
        "[[Paper](https://arxiv.org/abs/1310.4546)] [[Code](https://github.com/brijml/mikolov_word2vec)]\n")
    assert [(p.title, p.venue, p.year, p.status) for p in found.values()] == [
        ("Prototypical Graph Contrastive Learning", "TNNLS 2022", 2022, "unread"),
        ("An Empirical Study of Graph Contrastive Learning", "NIPS 2021 Dataset", 2021, "read"),
        ("Word2vec: Distributed Representations of Words and Phrases and their Compositionality", "NeurIPS 2013",
         2013, "read")]


def test_an_apostrophe_in_a_title_is_not_a_venue():
    found = papers("- Rock'n'roll 22 Ways to Train a Network [[Paper](https://arxiv.org/abs/1809.10341)]\n")
    assert [(p.title, p.venue) for p in found.values()] == [("Rock'n'roll 22 Ways to Train a Network", None)]


def test_a_plain_title_then_a_known_venue_and_year_set_off_by_a_space_and_a_note_in_lenticular_brackets():
    # RUCAIBox/Top-conference-paper-list (a page a conference, 90 of 112 entries, no links): nothing was read
    found = papers(
        "### Collaborative Filtering\n\n"
        "- Privacy Preserving Collaborative Filtering by Distributed Mediation RecSys 2021【隐私保护式协同过滤】\n"
        "- Next-item Recommendations in Short Sessions RecSys 2021 【短会话中的下一个物品推荐】\n"
        # TianhaoFu-style survey lists too (ninglixu/Awesome-PointCloudRegistration): "Title TGRS 2024"
        "- Deep Semantic Graph Matching for Large-Scale Outdoor Point Cloud Registration TGRS 2024\n")
    assert [(p.title, p.venue, p.year, p.notes, p.summary) for p in found.values()] == [
        ("Privacy Preserving Collaborative Filtering by Distributed Mediation", "RecSys 2021", 2021,
         ["【隐私保护式协同过滤】"], None),
        ("Next-item Recommendations in Short Sessions", "RecSys 2021", 2021, ["【短会话中的下一个物品推荐】"], None),
        ("Deep Semantic Graph Matching for Large-Scale Outdoor Point Cloud Registration", "TGRS 2024", 2024, [], None)]


def test_a_sentence_that_names_a_venue_is_not_a_title_before_it():
    # qhliu26/awesome-time-series-analysis's news: "Add papers from ICLR 2025" is no paper titled "Add papers"
    found = papers("## Papers\n\n- Add papers from ICLR 2025\n- Attention Is All You Need NeurIPS 2017\n")
    assert [(p.title, p.venue) for p in found.values()] == [("Attention Is All You Need", "NeurIPS 2017")]


def test_a_table_headed_in_chinese_with_a_row_number_column_and_a_title_in_code():
    # kldcr/NE-IE_Paper (143 rows): the row number had been the title, the year and venue columns unread
    found = papers(
        "## 相关论文(2017)\n"
        "||论文题目|作者|发表年份|期刊或会议|论文链接|代码链接|注释|引用|\n"
        "|-|------|----|-------|----------|-------|----|---|---|\n"
        "|1|Deep recurrent generative decoder for abstractive text summarization||2017|EMNLP|"
        "[paper](http://aclweb.org/anthology/D17-1222)|[code](https://github.com/toru34/li_emnlp_2017)||\n"
        "|2|`A Unified Model for Extractive and Abstractive Summarization using Inconsistency Loss` ||2018|ACL|"
        "[paper](http://aclweb.org/anthology/P18-1013)|[code](https://github.com/HsuWanTing/unified-summarization)|引用3|\n"
        "|3|Learning-based single-document summarization with compression and anaphoricity constraints|"
        "Greg Durrett，Taylor Berg-Kirkpatrick|2016|ACL|[paper](https://arxiv.org/abs/1603.08887)||句子压缩|46|\n")
    assert [(p.title, p.venue, p.year, p.links.get("code")) for p in found.values()] == [
        ("Deep recurrent generative decoder for abstractive text summarization", "EMNLP 2017", 2017,
         "https://github.com/toru34/li_emnlp_2017"),
        ("A Unified Model for Extractive and Abstractive Summarization using Inconsistency Loss", "ACL 2018", 2018,
         "https://github.com/HsuWanTing/unified-summarization"),
        ("Learning-based single-document summarization with compression and anaphoricity constraints", "ACL 2016",
         2016, None)]
    last = found["Learning-based single-document summarization with compression and anaphoricity constraints"]
    assert [a.name for a in last.authors] == ["Greg Durrett", "Taylor Berg-Kirkpatrick"]
    assert last.notes == ["句子压缩"]


def test_a_venue_with_its_year_and_a_colon_before_a_bold_title_over_field_bullets():
    # carrie0307/DL_EventExtractionPapers (about 90 entries): "ACL2015:" had stayed in the title, and the
    # authors, written in BibTeX's order, had been cut at every comma
    found = papers(
        "## 2015\n"
        "* ACL2015: **Event Extraction via Dynamic Multi-Pooling Convolutional Neural Networks**\n"
        "    * Author: Chen, Yubo  and Xu, Liheng  and Liu, Kang  and Zeng, Daojian  and Zhao, Jun\n"
        "    * url: [https://www.aclweb.org/anthology/P15-1017](https://www.aclweb.org/anthology/P15-1017)\n"
        "    * DataSet: [ACE2005](https://catalog.ldc.upenn.edu/LDC2006T06)\n")
    paper = found["Event Extraction via Dynamic Multi-Pooling Convolutional Neural Networks"]
    assert (paper.venue, paper.year, paper.url) == ("ACL 2015", 2015, "https://www.aclweb.org/anthology/P15-1017")
    assert [a.name for a in paper.authors] == ["Yubo Chen", "Liheng Xu", "Kang Liu", "Daojian Zeng", "Jun Zhao"]


def test_two_digits_of_the_year_then_the_venue_in_brackets_before_the_title():
    # LitterBrother-Xiao/Overview-of-Non-autoregressive-Applications (195 entries): "[22ICLR]" had stayed in the title
    found = papers(
        "## Neural machine translation\n\n"
        "- [22ICLR] STEP-UNROLLED DENOISING AUTOENCODERS FOR TEXT GENERATION. "
        "[Paper](https://arxiv.org/pdf/2112.06749.pdf) & [Code](https://github.com/vvvm23/sundae)\n"
        "- [21INTERSPEECH] Mask CTC: Non-Autoregressive End-to-End ASR with CTC and Mask Predict. "
        "[Paper](https://arxiv.org/pdf/2005.08700.pdf) & [Code](https://github.com/espnet/espnet)\n")
    assert [(p.title, p.venue, p.year, p.arxiv_id) for p in found.values()] == [
        ("STEP-UNROLLED DENOISING AUTOENCODERS FOR TEXT GENERATION", "ICLR 2022", 2022, "2112.06749"),
        ("Mask CTC: Non-Autoregressive End-to-End ASR with CTC and Mask Predict", "INTERSPEECH 2021", 2021,
         "2005.08700")]


def test_a_year_column_of_two_digits_or_of_a_venue_and_its_year():
    # hwan0806/awesome-LiDAR-Visual-SLAM (93 rows: "|21|`IROS`|"), Songlin-Dong/Awesome-Embodied-Continual-Learning
    # ("| NeurIPS2023 |" under "Year"): the venue had had no year, or there had been neither
    found = papers(
        "## LiDAR Only\n\n|Year|Venue|Paper Title|Repository|\n|:-:|:-:|-|-|\n"
        "|21|`IROS`|[F-LOAM : Fast LiDAR Odometry and Mapping](https://arxiv.org/pdf/2107.00822)|"
        "[![Github stars](https://img.shields.io/github/stars/wh200720041/floam.svg)](https://github.com/wh200720041/floam)|\n"
        "\n## Benchmarks\n\n| Name | Task | Year | Paper | Code |\n|------|------|------|-------|------|\n"
        "| **CORA** | General CRL benchmark | arXiv2022 | [paper](https://arxiv.org/abs/2110.10067) | "
        "[code](https://github.com/AGI-Labs/continual_rl) |\n")
    assert [(p.title, p.venue, p.year) for p in found.values()] == [
        ("F-LOAM : Fast LiDAR Odometry and Mapping", "IROS 2021", 2021), ("CORA", "arXiv 2022", 2022)]


def test_authors_title_venue_and_year_each_after_a_comma():
    # aikorea/awesome-rl (about 36 entries): the authors and the venue had been read into the title
    found = papers(
        "## Surveys\n\n"
        " - S. S. Keerthi and B. Ravindran, A Tutorial Survey of Reinforcement Learning, Sadhana, 1994. "
        "[[Paper]](http://www.cse.iitm.ac.in/~ravi/papers/keerthi.rl-survey.pdf)\n"
        " - Jens Kober, J. Andrew Bagnell, Jan Peters, Reinforcement Learning in Robotics, A Survey, IJRR, 2013. "
        "[[Paper]](http://www.ias.tu-darmstadt.de/uploads/Publications/Kober_IJRR_2013.pdf)\n"
        " - Marvin Minsky, Steps toward Artificial Intelligence, Proceedings of the IRE, 1961. "
        "[[Paper]](http://example.org/Minsky60steps.pdf) (discusses issues in RL such as credit assignment)\n")
    assert [(p.title, [a.name for a in p.authors], p.venue, p.year) for p in found.values()] == [
        ("A Tutorial Survey of Reinforcement Learning", ["S. S. Keerthi", "B. Ravindran"], "Sadhana 1994", 1994),
        ("Reinforcement Learning in Robotics, A Survey", ["Jens Kober", "J. Andrew Bagnell", "Jan Peters"], "IJRR 2013",
         2013),
        ("Steps toward Artificial Intelligence", ["Marvin Minsky"], "Proceedings of the IRE 1961", 1961)]


def test_a_title_with_commas_and_no_authors_before_it_is_not_cut_into_names():
    found = papers("- Attention, Learn to Solve Routing Problems, ICLR, 2019. [[Paper]](https://arxiv.org/abs/1803.08475)\n")
    assert [(p.title, p.authors) for p in found.values()] == [("Attention, Learn to Solve Routing Problems", [])]


def test_a_repository_listed_by_its_own_name_is_not_a_paper():
    # WenzheLiu-Speech/awesome-speech-enhancement (most of its 86 bullets): repositories had been imported as papers
    text = ("## speech enhancement\n"
            "* segan_pytorch [[Code]](https://github.com/santi-pdp/segan_pytorch)\n"
            "* TCNSE [[Code]](https://github.com/ykoyama58/tcnse)\n"
            "* nara_wpe:Different implementations of \"Weighted Prediction Error\" for speech dereverberation "
            "[[Code]](https://github.com/fgnt/nara_wpe)\n"
            "* Conv-TasNet: Surpassing Ideal Time-Frequency Masking for Speech Separation \n"
            "[[Code]](https://github.com/kaituoxu/Conv-TasNet)\n")
    found = papers(text)
    assert list(found) == ["Conv-TasNet: Surpassing Ideal Time-Frequency Masking for Speech Separation"]
    assert sum(why == "a repository named by its title, not a paper" for _, why in parse(text).skipped) == 3


def test_the_month_it_was_posted_between_the_authors_and_the_venue():
    # hengran/dense-retrieval-paper (14 lines): "Lee Xiong et al., 2020.10 ICLR2021" had been the summary
    found = papers(
        "# dense-retrieval\n## encoder-only\n"
        "   2. [Approximate nearest neighbor negative contrastive learning for dense text retrieval]"
        "(https://arxiv.org/pdf/2007.00808). Lee Xiong et al., 2020.10 ICLR2021\n")
    paper = found["Approximate nearest neighbor negative contrastive learning for dense text retrieval"]
    assert (paper.venue, paper.year, [a.name for a in paper.authors], paper.summary) == (
        "ICLR 2021", 2021, ["Lee Xiong"], None)


def test_italic_keywords_are_a_note_not_authors():
    # Markus-Pobitzer/Awesome-Story-Visualization (13 of 40 entries): "Image, Video" had been read as one "Video Image"
    found = papers(
        "## Papers\n"
        "- **[AniME: Adaptive Multi-Agent Planning for Long Animation Generation](https://arxiv.org/abs/2508.18781)**"
        " `arXiv` [![arXiv](https://img.shields.io/badge/arXiv-Paper-b31b1b.svg)](https://arxiv.org/abs/2508.18781)"
        " <br> _Keywords: Image, Video, Audio, Agentic_\n")
    paper = found["AniME: Adaptive Multi-Agent Planning for Long Animation Generation"]
    assert (paper.authors, paper.notes, paper.venue) == ([], ["Keywords: Image, Video, Audio, Agentic"], "arXiv")


def test_a_journal_in_words_and_its_year_in_bold_brackets_below_the_title():
    # LightersWang/Awesome-Active-Learning-for-Medical-Image-Analysis (12 of 151 venue lines): a note, or the summary
    found = papers(
        "### Surveys\n"
        "A survey of deep active learning  \n"
        "**[2021 ACM computing surveys]** **[[PDF]](https://dl.acm.org/doi/abs/10.1145/3472291)**\n\n"
        "### Information Sciences\n"
        "Cold-Start Active Learning for Image Classification  \n"
        "**[Information Sciences 2022]** **[[PDF]](https://www.sciencedirect.com/science/article/pii/S0020025522011768)**\n")
    assert [(p.title, p.venue, p.year, p.summary, p.notes) for p in found.values()] == [
        ("A survey of deep active learning", "ACM computing surveys 2021", 2021, None, []),
        ("Cold-Start Active Learning for Image Classification", "Information Sciences 2022", 2022, None, [])]


def test_a_venue_named_alone_then_its_year_after_a_full_stop():
    # ninglixu/Awesome-PointCloudRegistration (6 lines), TheShadow29/awesome-grounding ("ICCV. 2017."): no year
    found = papers(
        "## Non-rigid\n\n"
        "- Feature preserving non-rigid iterative weighted closest point and semi-curvature registration. TIP. 2022\n"
        "- Stein ICP for Uncertainty Estimation in Point Cloud Matching. ICRA. 2022\n")
    assert [(p.venue, p.year) for p in found.values()] == [("TIP 2022", 2022), ("ICRA 2022", 2022)]
