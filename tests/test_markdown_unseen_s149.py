"""Shapes of real lists met in session 61 (round 144's leftovers, ``s147``, and round 146, ``s149``), held with the
lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from paperctl.formats.markdown.reader import parse


def test_a_model_name_then_its_paper_title_linking_the_model_page():
    """nxsEdson/awesome-3D-human (its body models): the model's name and a colon, then its paper's title linking
    the model's own page, the authors and the venue on lines broken with </br>. The title is the link's text,
    the name a note; a word that says what the link is ("Reference:") stays a label."""
    parsed = parse(
        "## Body Models\n"
        "* SMPL: [SMPL: A Skinned Multi-Person Linear Model](https://smpl.is.tue.mpg.de)</br>\n"
        "Loper, Matthew and Mahmood, Naureen and Romero, Javier and Pons-Moll, Gerard and Black, Michael J.</br>\n"
        "ACM Trans. Graphics, 2015\n\n"
        "* SMPL-X: [Expressive Body Capture: 3D Hands, Face, and Body from a Single Image]"
        "(https://smpl-x.is.tue.mpg.de/)</br>\n"
        "Pavlakos, Georgios and Choutas, Vasileios and Ghorbani, Nima and Bolkart, Timo</br>\n"
        "CVPR 2019\n")
    got = [(e.data.title, e.data.notes, e.data.venue) for e in parsed.entries]
    assert got == [("SMPL: A Skinned Multi-Person Linear Model", ["SMPL"], "ACM Trans. Graphics 2015"),
                   ("Expressive Body Capture: 3D Hands, Face, and Body from a Single Image", ["SMPL-X"], "CVPR 2019")]
    assert [a.name for a in parsed.entries[1].data.authors][:2] == ["Georgios Pavlakos", "Vasileios Choutas"]


def test_a_bold_title_over_bullets_keyed_download_and_year_of_publication():
    """hibayesian/awesome-graph-learning-papers (every paper): the bold title over bold keys; "Download" keys the
    paper's link, "Year of Publication" its year; the affiliation, publisher and keywords stay notes."""
    parsed = parse(
        "## Survey\n"
        "+ **A Comprehensive Survey on Graph Neural Networks**\n"
        "  + **Authors:** Zonghan Wu, Shirui Pan, Fengwen Chen, et al.\n"
        "  + **Affiliation:** University Of Technology Sydney, Monash University\n"
        "  + **Publisher:** IEEE\n"
        "  + **Year of Publication:** 2019\n"
        "  + **Download:** [PDF](https://ieeexplore.ieee.org/document/9046288)\n"
        "  + **Keywords:** Deep Learning, Graph Neural Networks\n")
    [entry] = parsed.entries
    assert (entry.data.title, entry.data.url, entry.data.year) == (
        "A Comprehensive Survey on Graph Neural Networks", "https://ieeexplore.ieee.org/document/9046288", 2019)
    assert [a.name for a in entry.data.authors] == ["Zonghan Wu", "Shirui Pan", "Fengwen Chen"]
    assert "Publisher: IEEE" in entry.data.notes


def test_a_venue_year_and_method_name_in_lenticular_brackets_over_the_title_link():
    """XiaShan1227/GNN-Tutorial (every paper): "【ICLR-2017 GCN】<br>" over the title link: where and when, then
    the method's name, a note."""
    parsed = parse(
        "### GNN论文\n"
        "1.【ICLR-2017 GCN】<br>\n"
        "[Semi-Supervised Classification with Graph Convolutional Networks](https://arxiv.org/abs/1609.02907)\n\n"
        "4.【KDD-2019 Cluster-GCN】<br>\n"
        "[Cluster-GCN: An Efficient Algorithm for Training Deep and Large Graph Convolutional Networks]"
        "(https://arxiv.org/abs/1905.07953)\n")
    got = [(e.data.venue, e.data.year, e.data.notes) for e in parsed.entries]
    assert got == [("ICLR 2017", 2017, ["GCN"]), ("KDD 2019", 2019, ["Cluster-GCN"])]


def test_a_heading_paper_over_a_note_that_links_it():
    """DachuanZhao/rec_serach_paper (every paper with a link): the title as a heading, the method's name before a
    colon set off by spaces, then the owner's note in Chinese with the paper's link named "链接" (link) in it;
    not a paper titled by the note. A paragraph of prose naming "[paper](..)" is no such note (sebastianruder/NLP-
    progress), nor a paper entry of its own under a section's heading."""
    parsed = parse(
        "## 召回专项：\n"
        "### Deep Neural Networks for YouTube Recommendations\n"
        "提出 softmax loss , 必看。 [链接](https://research.google.com/pubs/archive/45530.pdf)\n"
        "### swing : Large Scale Product Graph Construction for Recommendation in E-commerce\n"
        "经典算法，必看。 [链接](https://arxiv.org/pdf/2010.05525)\n\n"
        "## Medical reports\n\n"
        "### Typical Encoder-Decoder based Approaches\n\n"
        "On the Automatic Generation of Medical Imaging Reports [[paper](https://aclanthology.org/P18-1240/)]\n")
    got = [(e.data.title, e.data.url or e.data.arxiv_id, e.data.tags) for e in parsed.entries]
    assert got == [
        ("Deep Neural Networks for YouTube Recommendations", "https://research.google.com/pubs/archive/45530.pdf",
         ["召回专项"]),
        ("Large Scale Product Graph Construction for Recommendation in E-commerce", "2010.05525", ["召回专项"]),
        ("On the Automatic Generation of Medical Imaging Reports", "https://aclanthology.org/P18-1240/",
         ["Medical reports/Typical Encoder-Decoder based Approaches"])]
    assert parsed.entries[1].data.notes[0] == "swing"


def test_a_heading_over_a_paragraph_that_says_this_paper():
    """daiwk/daiwk.github.io (a digest of 16 papers): each title a heading, a paragraph in Chinese under it opening
    "本文…" ("this paper ..."), no link; a survey's own README saying "In this paper, we present" is no such list."""
    parsed = parse(
        "## Collaborative Memory Network for Recommendation Systems\n\n"
        "本文是圣塔克拉拉大学和 Google 联合发表于 SIGIR 2018 的工作。\n\n"
        "[https://github.com/tebesu/CollaborativeMemoryNetwork](https://github.com/tebesu/CollaborativeMemoryNetwork)\n\n"
        "## Taxonomy at a Glance\n\n"
        "We propose a novel **role-based taxonomy** organized around the four core roles.\n")
    got = [(e.data.title, e.data.links.get("code")) for e in parsed.entries]
    assert got == [("Collaborative Memory Network for Recommendation Systems",
                    "https://github.com/tebesu/CollaborativeMemoryNetwork")]


def test_a_bold_bracketed_title_then_its_venue_and_its_keyed_arxiv_address_as_paragraphs():
    """amusi/daily-paper-computer-vision (every paper): "**《Title》**", a blank line, the venue alone where it was
    accepted, then "arXiv：URL", then the abstract quoted; one paper, not a paper titled "arXiv"."""
    parsed = parse(
        "# Image Classification\n\n"
        "**《Multi-class Classification without Multi-class Labels》**\n\n"
        "ICLR 2019\n\n"
        "arXiv：https://arxiv.org/abs/1901.00544\n\n"
        "> This work presents a new strategy for multi-class classification.\n\n"
        "**《Support Vector Guided Softmax Loss for Face Recognition》**\n\n"
        "arXiv：https://arxiv.org/abs/1812.11317\n")
    got = [(e.data.title, e.data.arxiv_id, e.data.venue, e.data.year) for e in parsed.entries]
    assert got == [("Multi-class Classification without Multi-class Labels", "1901.00544", "ICLR 2019", 2019),
                   ("Support Vector Guided Softmax Loss for Face Recognition", "1812.11317", None, None)]


def test_a_method_name_then_its_quoted_title_is_no_author():
    """zh-plus/Awesome-VLP-and-Efficient-Transformer (its X-formers): 'Linear Transformer: "Title"' as a heading,
    then the venue and links on a line of their own, which the paper keeps; "Sakaji et al. (2008): "Title"" still
    names the authors (cui-shaobo/causality-papers)."""
    parsed = parse(
        "##### Linear Transformer: \"Transformers are RNNs: Fast Autoregressive Transformers with Linear "
        "Attention\"\n\n"
        "ICML 2020 [[paper]](https://arxiv.org/abs/2006.16236)  [[code]](https://github.com/lucidrains/linear-"
        "attention-transformer)\n")
    cited = parse(
        "1. Sakaji et al. (2008): \"Extracting Causal Knowledge Using Clue Phrases and Syntactic Patterns\", [paper]"
        "(https://link.springer.com/content/pdf/10.1007/978-3-540-89447-6_12.pdf).\n")
    first, second = parsed.entries[0].data, cited.entries[0].data
    assert (first.title, first.authors, first.arxiv_id, first.notes[0]) == (
        "Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention", [], "2006.16236",
        "Linear Transformer")
    assert first.links["code"] == "https://github.com/lucidrains/linear-attention-transformer"
    assert [a.name for a in second.authors] == ["Sakaji"]


def test_a_one_sentence_summary_column_and_a_venue_not_stated_but_in_brackets():
    """A Chinese table of LLM backdoor papers (54 rows): "一句话总结" (one-sentence summary) is the summary column;
    "未注明（arXiv）" ("not stated (arXiv)") under the acceptance column is where all the same."""
    parsed = parse(
        "| 时间 | 论文名称 | 会议中稿情况 | 论文链接 | 一句话总结 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 2026&#8209;04 | Stealthy Backdoor Attacks against LLMs Based on Natural Style Triggers | 未注明（arXiv） | "
        "[arXiv](https://arxiv.org/abs/2604.21700) | 论文以自然写作风格作为触发信号进行投毒。 |\n")
    [entry] = parsed.entries
    assert (entry.data.venue, entry.data.summary) == ("arXiv 2026", "论文以自然写作风格作为触发信号进行投毒。")


def test_authors_keyed_in_html_bold_inside_sub_tags_under_the_title_line():
    """cocacola-lab/awesome-embodied-rsi (every paper): "  <sub><b>Authors:</b> Names</sub><br>" under the title,
    then the description: the authors, not the start of the summary."""
    parsed = parse(
        "- **Darwin Gödel Machine: Open-Ended Evolution of Self-Improving Agents** (2025-05-29) `L1 Adaptive` `paper`. "
        "[Paper](https://arxiv.org/abs/2505.22954) · [Code](https://github.com/jennyzzt/dgm)<br>\n"
        "  <sub><b>Authors:</b> Jenny Zhang, Shengran Hu, Cong Lu, Robert Lange, Jeff Clune</sub><br>\n"
        "  The Darwin Gödel Machine iteratively modifies and empirically evaluates its own coding-agent codebase.\n")
    [entry] = parsed.entries
    assert [a.name for a in entry.data.authors] == ["Jenny Zhang", "Shengran Hu", "Cong Lu", "Robert Lange",
                                                    "Jeff Clune"]
    assert entry.data.summary.startswith("The Darwin Gödel Machine iteratively")


def test_a_paper_columns_placeholder_label_is_no_title():
    """TX-Leo/Awesome-Robotic-Grasping (49 rows waiting for links): "Paper" written where the paper's link is to
    come is no title; the row with no link at all is no paper. A row that links a paper keeps it."""
    parsed = parse(
        "| Name | Features | 📄Paper | 🌐Project | 📁Github |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| GG-CNN | Generative Grasping CNN | [Paper](https://arxiv.org/pdf/1804.05172.pdf \"Paper\") | Project | "
        "[Github](https://github.com/dougsm/ggcnn \"Github\") |\n"
        "| Contact-GraspNet | | Paper | Project | Github |\n"
        "| | | Paper | Project | Github |\n\n"
        "| | |\n|-|-|\n| Paper |http://arxiv.org/abs/2301.11325|\n")
    assert [(e.data.title, e.data.arxiv_id) for e in parsed.entries] == [("GG-CNN", "1804.05172"),
                                                                           ("Paper", "2301.11325")]


def test_a_bibtex_author_left_to_fill_in_is_no_one():
    """MinhaoXiong/Awesome-Humanoid-Manipulation (14 of its 17 papers): "*Authors.*" under the title and
    "author={Authors}" in the BibTeX fold: nobody's name yet."""
    parsed = parse(
        "- **[1] VIRAL: Visual Sim-to-Real at Scale for Humanoid Loco-Manipulation**, arXiv 2025.\n\n"
        "  *Authors.*\n\n"
        "  [[Paper](https://arxiv.org/abs/2511.15200)]\n\n"
        "  <details> <summary>BibTex</summary>\n\n"
        "  ```bibtex\n"
        "  @article{viral2025,\n"
        "    title={VIRAL: Visual Sim-to-Real at Scale for Humanoid Loco-Manipulation},\n"
        "    author={Authors},\n"
        "    journal={arXiv preprint arXiv:2511.15200},\n"
        "    year={2025}\n"
        "  }\n"
        "  ```\n"
        "  </details>\n")
    [entry] = parsed.entries
    assert (entry.data.arxiv_id, entry.data.authors) == ("2511.15200", [])


def test_a_publishers_badge_names_where_in_it():
    """justin-marian/awesome-medical-rag (47 of its rows): "badge/ACL-COLING-red" is COLING, "badge/ACL-ACL%202023"
    is ACL 2023; "badge/IEEE-Xplore" names a library, no venue."""
    parsed = parse(
        "| Topic | Full Title | Resources |\n| :--- | :--- | :--- |\n"
        "| **RAG** | <small>MedExpQA: Multilingual Benchmarking of Large Language Models for Medical Question "
        "Answering</small> | [![ACL](https://img.shields.io/badge/ACL-COLING-red)](https://aclanthology.org/"
        "2024.lrec-main.1/) |\n"
        "| **QA** | <small>DrBERT: A Robust Pre-trained Model in French for Biomedical and Clinical domains</small> | "
        "[![ACL](https://img.shields.io/badge/ACL-ACL%202023-red)](https://aclanthology.org/2023.acl-long.896/) |\n"
        "| **Survey** | <small>A Survey of Large Language Models in Medicine</small> | "
        "[![IEEE](https://img.shields.io/badge/IEEE-Xplore-blue)](https://ieeexplore.ieee.org/document/10000000) |\n")
    assert [e.data.venue for e in parsed.entries] == ["COLING", "ACL 2023", None]


def test_a_korean_table_of_original_titles_and_journals():
    """Seongbuming/tts-papers: "원제" (original title), "별칭" (alias) linking the owner's review, "연도" (year),
    "학술지" (journal)."""
    parsed = parse(
        "| 별칭 | 원제 | 연도 | 학술지 구분 | 학술지 | 대상언어 |\n|-|-|-|-|-|-|\n"
        "| [Tacotron](./papers/Tacotron.md) | TACOTRON: TOWARDS END-TO-END SPEECH SYNTHESIS | 2017 | preprint | arxiv "
        "| 영어 |\n")
    [entry] = parsed.entries
    assert (entry.data.title, entry.data.year, entry.data.venue) == (
        "TACOTRON: TOWARDS END-TO-END SPEECH SYNTHESIS", 2017, "arxiv 2017")


def test_a_year_cell_linking_the_venues_page():
    """Aidenzich/road-to-master: "['22](aaai.org/...)" in the Year column is the year 2022, its link a page of
    the venue's, kept as such, never the paper's address."""
    parsed = parse(
        "| Title | Venue | Year | Code |\n|-|-|-|-|\n"
        "| [PSA-GAN: Progressive self attention GANs for synthetic time series](https://www.amazon.science/"
        "publications/psa-gan) | ICLR | ['22](https://aaai.org/Conferences/AAAI-21/aaai21call/#) | "
        "[code](https://github.com/awslabs/gluon-ts/tree/dev/src) |\n")
    [entry] = parsed.entries
    assert (entry.data.venue, entry.data.year, entry.data.url) == ("ICLR 2022", 2022, None)
    assert entry.data.links["paper"] == "https://www.amazon.science/publications/psa-gan"
    assert entry.data.links["year"] == "https://aaai.org/Conferences/AAAI-21/aaai21call/#"


def test_a_notes_column_of_two_word_sentences_is_the_summary():
    """justin-marian/awesome-medical-rag (33 of its 101 rows): "Textbook augmentation." in the Notes column of a
    table with no summary column, the paper's description however short."""
    parsed = parse(
        "| Topic | Full Title | Resources | Notes |\n| :--- | :--- | :--- | :--- |\n"
        "| **Textbook Aug** | <small>Augmenting Black-box LLMs with Medical Textbooks for Biomedical Question "
        "Answering</small> | [![arXiv](https://img.shields.io/badge/arXiv-2309.02233-b31b1b.svg)]"
        "(https://arxiv.org/abs/2309.02233) | Textbook augmentation. |\n")
    assert parsed.entries[0].data.summary == "Textbook augmentation."


def test_a_heading_papers_chinese_description_names_where_it_was_published():
    """daiwk/daiwk.github.io: "本文是电子科大发表于 KDD 2018 的工作。…" ("this paper is UESTC's work published at
    KDD 2018"): the description is the summary, as the list describes each paper (its Latin words capitalised,
    "KDD", are no run of names), and says where."""
    parsed = parse(
        "## STAMP: Short-Term Attention/Memory Priority Model for Session-based Recommendation\n\n"
        "本文是电子科大发表于 KDD 2018 的工作。论文提出了一种短期注意力/记忆优先的网络模型。\n\n"
        "## Content-Based Citation Recommendation\n\n"
        "本文提出了一种基于文章表示学习的方法，在为学术论文进行引文推荐任务上取得了较大成效。\n\n"
        "## Explainable Recommendation: A Survey and New Perspectives\n\n"
        "本文是对“可解释性推荐系统”相关以及最新研究的调研总结。\n")
    entry = parsed.entries[0]
    assert (entry.data.venue, entry.data.year) == ("KDD 2018", 2018)
    assert entry.data.summary.startswith("本文是电子科大发表于 KDD 2018 的工作")


def test_a_bold_bracketed_title_then_an_award_and_the_code_as_paragraphs():
    """amusi/daily-paper-computer-vision: "ICVGIP 2018 Best Pape" under the title (where, then a note), and
    "github：URL" under "arXiv：URL" (the code)."""
    parsed = parse(
        "**《Epipolar Geometry based Learning of Multi-view Depth and Ego-Motion from Monocular Sequences》**\n\n"
        "ICVGIP 2018 Best Pape\n\n"
        "arXiv：https://arxiv.org/abs/1812.11922\n\n"
        "**《Image Super-Resolution via RL-CSC: When Residual Learning Meets Convolutional Sparse Coding》**\n\n"
        "arXiv：https://arxiv.org/abs/1812.11950\n\n"
        "github：https://github.com/axzml/RL-CSC\n")
    first, second = (e.data for e in parsed.entries)
    assert (first.venue, first.arxiv_id, first.notes) == ("ICVGIP 2018", "1812.11922", ["Best Pape"])
    assert (second.arxiv_id, second.links["code"]) == ("1812.11950", "https://github.com/axzml/RL-CSC")


def test_a_name_then_a_title_that_repeats_it_linking_the_owners_notes():
    """leoncuhk/recsys-papers (its XAI papers): "DeepLift：[DeepLift: Title](github notes) Authors, ICML 2019
    [[arXiv](..)]": the link's text, which repeats the name, is the title, whatever it links to."""
    parsed = parse(
        "* DeepLift：[DeepLift: Learning Important Features Through Propagating Activation Differences](https://"
        "github.com/keyurfaldu/AIgrads/blob/master/summary/deeplift.md) Avanti Shrikumar et al, ICML 2019 "
        "[[arXiv](https://arxiv.org/pdf/1704.02685.pdf)]\n")
    [entry] = parsed.entries
    assert (entry.data.title, entry.data.arxiv_id, entry.data.venue) == (
        "DeepLift: Learning Important Features Through Propagating Activation Differences", "1704.02685", "ICML 2019")
