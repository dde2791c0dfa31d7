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
