"""Shapes of real lists met in session 46: the misses left open from session 45's rounds (``s94``-``s98``) and
those of its own blind rounds (``s99`` on), held with the lists' own lines (the repository is named in each
test)."""

from __future__ import annotations

from markdown_papers import papers

DATED_BLOCKS = (
    "# awesome-virtual-try-off\n\n"
    "### Papers <sub><sup>(directly related to VTOFF)</sup></sub>\n"
    "<sup>[2020-05-08]</sup> \n"
    "***TileGAN: category-oriented attention-based high-quality tiled clothes generation from dressed person***\\\n"
    "<sup>\n"
    "  [[paper]](https://yuan-gao.net/pdf/NCA2020%20-%20TileGAN.pdf) \n"
    "  targeted vtoff task with a two-stage method.\n"
    "</sup>\n\n"
    "<sup>[2023-08-15]</sup> \n"
    "***SGDiff: A Style Guided Diffusion Model for Fashion Synthesis***\\\n"
    "<sup>\n"
    "  [[paper]](https://arxiv.org/abs/2308.07605)\n"
    "  finetuned GLIDE to generate garment images from \"text\" (garment attributes) + \"style image\".\n"
    "</sup>\n"
)


def test_a_date_on_the_line_above_a_bold_title_gives_the_year():
    """rizavelioglu/awesome-virtual-try-off (every paper, 33): a paragraph of the date it was posted, the title
    in bold italics, then its link and description. Before, the date was read as the title line and none of the
    list's papers was imported."""
    found = papers(DATED_BLOCKS)
    assert [(t, p.year, p.arxiv_id, p.summary) for t, p in found.items()] == [
        ("TileGAN: category-oriented attention-based high-quality tiled clothes generation from dressed person",
         2020, None, "targeted vtoff task with a two-stage method."),
        ("SGDiff: A Style Guided Diffusion Model for Fashion Synthesis", 2023, "2308.07605",
         "finetuned GLIDE to generate garment images from \"text\" (garment attributes) + \"style image\".")]
    assert found["SGDiff: A Style Guided Diffusion Model for Fashion Synthesis"].tags == [
        "Papers (directly related to VTOFF)"]


def test_a_track_in_brackets_in_a_venue_column_goes_after_the_years_column():
    """Jasonlee1995/AI_Papers (36 of its 103 rows): ``CVPR (Oral)`` in the Conference column, the year in its own.
    Before, the venue was ``CVPR (Oral) 2019``; the rules write a track after the year."""
    found = papers(
        "# AI Papers\n\n## 2019\n\n|Year|Conference|Paper|Links|\n|:-:|:-:|:-:|:-:|\n"
        "|2019|CVPR (Oral)|AutoAugment: Learning Augmentation Strategies From Data|"
        "[Paper](https://arxiv.org/abs/1805.09501), [Summary](https://github.com/Jasonlee1995/AI_Papers/issues/5)|\n"
        "|2018|BMVC (Oral)|BAM: Bottleneck Attention Module|[Paper](https://arxiv.org/abs/1807.06514)|\n"
        "|2018|NeurIPS|An Intriguing Failing of Convolutional Neural Networks and the CoordConv Solution|"
        "[Paper](https://arxiv.org/abs/1807.03247)|\n")
    assert [(p.venue, p.year) for p in found.values()] == [
        ("CVPR 2019 Oral", 2019), ("BMVC 2018 Oral", 2018), ("NeurIPS 2018", 2018)]


NOTES_LIST = (
    "# MachineLearning-Papers_Survey\n\n## ■ 構成\n\n### ◎ 基礎系（基礎モデル）\n\n"
    "- Deep Neural Network\n"
    "    - [[Neural-ODE] Neural Ordinary Differential Equations]"
    "(https://github.com/Yagami360/MachineLearning-Papers_Survey/issues/21)\n"
    "    - [Augmented Neural ODEs](https://github.com/Yagami360/MachineLearning-Papers_Survey/issues/37)\n"
    "- VAE\n"
    "    - [[VAE] Auto-Encoding Variational Bayes](https://github.com/Yagami360/My_NoteBook/blob/master/"
    "%E6%83%85%E5%A0%B1%E5%B7%A5%E5%AD%A6/NN_Note.md#VAE)\n"
    "    - [[VQ-VAE] Neural Discrete Representation Learning]"
    "(https://github.com/Yagami360/MachineLearning-Papers_Survey/issues/23)\n\n"
    "## ■ 参考サイト\n\n### ◎ 論文サイト\n- [arXiv](https://arxiv.org/)\n"
    "- [Google Scholer](https://scholar.google.co.jp/schhp?hl=ja&as_sdt=0,5)\n"
)


def test_a_paper_title_linking_its_readers_note_in_an_issue_is_the_paper():
    """Yagami360/machine-learning-papers-survey (every paper): a paper's title links the owner's note on it, a
    GitHub issue or a section of a notebook file; the method's name in brackets inside the link is a note. Before,
    the issue link was read as the paper's code and the entry as a repository (not imported), or the name as its
    venue ('VAE')."""
    found = papers(NOTES_LIST)
    assert [(t, p.venue, p.links.get("code"), p.url) for t, p in found.items()] == [
        ("Neural Ordinary Differential Equations", None, None, None),
        ("Augmented Neural ODEs", None, None, None),
        ("Auto-Encoding Variational Bayes", None, None, None),
        ("Neural Discrete Representation Learning", None, None, None)]
    assert found["Augmented Neural ODEs"].links == {
        "paper": "https://github.com/Yagami360/MachineLearning-Papers_Survey/issues/37"}


def test_a_paper_sites_home_page_is_not_a_paper_link():
    """The same list's ``### ◎ 論文サイト`` (paper sites) over ``- [arXiv](https://arxiv.org/)``: arXiv's home page
    names no paper. Before, the heading was imported as a paper with it as its link."""
    assert "論文サイト" not in papers(NOTES_LIST)


def test_a_link_named_as_the_code_to_an_issue_stays_the_code():
    """KyranFang/Awesome-Data-Agent-Paper: ``[Repo](https://github.com/WuJian1995/MMQA/issues/2)`` in a row: the
    list names it the repository, so it is the code, wherever on GitHub it points."""
    row = ("| Name | Type | Year | Links |\n|---|---|---|---|\n| MMQA: Evaluating LLMs with Multi-Table Multi-Hop "
           "Complex Questions | Reasoning | 2025 | [Link](https://openreview.net/pdf?id=GGlpykXDCa)  "
           "[Repo](https://github.com/WuJian1995/MMQA/issues/2)|\n")
    paper = next(iter(papers("## Papers\n\n" + row).values()))
    assert paper.links["code"] == "https://github.com/WuJian1995/MMQA/issues/2"


def test_a_bare_web_address_is_not_a_paper():
    """mrgloom/awesome-semantic-segmentation: a paper's bullet over bullets of bare addresses (its page, an issue
    of a framework, its ports). Before, each address was imported as a paper titled with itself; a journal's page
    with the DOI in its address still is one (KaiYan289/RLpapersnote)."""
    found = papers(
        "## Medical image segmentation\n\n- U-Net: Convolutional Networks for Biomedical Image Segmentation\n"
        "  + http://lmb.informatik.uni-freiburg.de/people/ronneber/u-net/\n"
        "  + https://github.com/dmlc/mxnet/issues/1514\n"
        "  + https://github.com/orobix/retina-unet\n\n## Surveys\n\n"
        "* *http://www.engineering.org.cn/ch/10.1016/j.eng.2019.08.016* A Chinese survey on causal inference.\n")
    assert not any(t.startswith("https://github.com") or "freiburg" in t for t in found)
    assert "http://www.engineering.org.cn/ch/10.1016/j.eng.2019.08.016" in found


def test_a_fold_labelled_with_a_title_and_its_bracketed_links_is_the_paper():
    """chawins/llm-sp (every paper, ~300): ``<details><summary>Title (2023) [<a href=arXiv>Paper</a>] [<a
    href=github>Code</a>] ⭐ 💸</summary>``, its abstract quoted in the fold. Before, only a fold whose label began
    with the title's link was read, and a year in brackets was cut out of the label as if it numbered it: none of
    the list's papers was imported."""
    found = papers(
        "# LLM Security & Privacy\n\n## Vulnerabilities\n\n### Jailbreak\n\n"
        '<details><summary>Tree of Attacks: Jailbreaking Black-Box LLMs Automatically (2023) [<a href="https://'
        'arxiv.org/abs/2312.02119">Paper</a>] [<a href="https://github.com/ricommunity/tap">Code</a>] ⭐ 🏭 💸'
        "</summary>\n\n\n“TAP **utilizes an LLM to iteratively refine candidate** (attack) prompts.”\n\n</details>\n\n"
        "<details><summary>2023 papers</summary>\n\n- notes\n\n</details>\n")
    assert [(t, p.arxiv_id, p.year, p.links.get("code"), p.summary, p.tags) for t, p in found.items()] == [
        ("Tree of Attacks: Jailbreaking Black-Box LLMs Automatically", "2312.02119", 2023,
         "https://github.com/ricommunity/tap", None, ["Vulnerabilities/Jailbreak"])]


def test_a_daily_bots_table_glues_et_al_to_the_name():
    """cosword/meta-paper-daily (a daily arXiv bot's table, 58 of 98 rows ``Yanget.al``). Before, the author was
    ``Ziyi Zhanget.al``. A code link ending in a stop keeps it, as the list wrote it (labels of four other lists keep
    it so; the stop may be the sentence's, but it is the user's text)."""
    found = papers(
        "## source-free\n\n|Publish Date|Title|Authors|PDF|Code|Comments|\n|---|---|---|---|---|---|\n"
        "|**2022-11-11**|**Divide and Contrast: Source-free Domain Adaptation via Adaptive Contrastive Learning**|"
        "Ziyi Zhanget.al|[paper](https://arxiv.org/abs/2211.06612)|[code](https://github.com/ZyeZhang/DaC.git.)|-|\n"
        "|**2021-04-08**|**Episodic Transformer for Vision-and-Language Navigation**|Alexander Pashevich et.al|"
        "[paper](https://arxiv.org/abs/2105.06453)|[code](https://github.com/alexpashevich/E.T.)|-|\n")
    assert [([a.name for a in p.authors], p.links["code"]) for p in found.values()] == [
        (["Ziyi Zhang"], "https://github.com/ZyeZhang/DaC.git."),
        (["Alexander Pashevich"], "https://github.com/alexpashevich/E.T.")]


def test_a_venue_heading_linking_its_proceedings_and_giving_its_dates_is_the_venue():
    """kaisugi/entity-related-papers (226 bullets under 8 such headings): ``### [COLING 2020](aclweb events page)
    (2020/12/08 ~ 2020/12/13)``. Before, a linked venue heading was read as a paper titled 'TACL 2020', and the days
    the meeting was held kept the heading from naming the venue of the papers under it."""
    found = papers(
        "# entity-related-papers\n\n### [TACL 2020](https://www.aclweb.org/anthology/events/tacl-2020/)\n\n#### NER\n"
        "- [Nested Named Entity Recognition via Second-best Sequence Learning and Decoding]"
        "(https://www.aclweb.org/anthology/2020.tacl-1.39/)\n\n"
        "### [COLING 2020](https://www.aclweb.org/anthology/events/coling-2020/) (2020/12/08 ~ 2020/12/13)\n\n"
        "#### NER\n"
        "- [Named Entity Recognition for Chinese biomedical patents]"
        "(https://www.aclweb.org/anthology/2020.coling-main.54/)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Nested Named Entity Recognition via Second-best Sequence Learning and Decoding", "TACL 2020", 2020),
        ("Named Entity Recognition for Chinese biomedical patents", "COLING 2020", 2020)]


def test_a_known_venue_after_a_stop_or_a_dash_in_a_title_link_is_its_venue():
    """vis-opt-group/BLO (46 lines): ``Names. [Title. ICML 2017.](arXiv)``; changwookjun/nlp-paper: ``[Title - ICML
    2019)](arXiv)``. Before, the venue stayed in the title. Not a citation's name and year ('[Sinno et al.
    TIP'19](pdf)', vztu/BVQA_Benchmark), which is no title."""
    found = papers(
        "## Gradient-based\n\n"
        "- Chelsea Finn, Pieter Abbeel, Sergey Levine. [Model-Agnostic Meta-Learning for Fast Adaptation of Deep "
        "Networks. ICML 2017.](https://arxiv.org/abs/1703.03400)\n"
        "- Luca Franceschi, Paolo Frasconi. [Bilevel Programming for Hyperparameter Optimization and Meta-Learning. "
        "arXiv 2018.](https://arxiv.org/abs/1806.04910)\n"
        "* [MASS: Masked Sequence to Sequence Pre-training for Language Generation - ICML 2019)]"
        "(https://arxiv.org/abs/1905.02450)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks", "ICML 2017", 2017),
        ("Bilevel Programming for Hyperparameter Optimization and Meta-Learning", "arXiv 2018", 2018),
        ("MASS: Masked Sequence to Sequence Pre-training for Language Generation", "ICML 2019", 2019)]
    assert "Sinno et al" not in papers("## VQA\n\n- [Sinno et al. TIP'19](https://arxiv.org/pdf/1803.01761.pdf)\n")


def test_a_year_and_venue_in_brackets_linking_the_proceedings_before_a_bold_title():
    """JSLiam94/Paper-List-for-Prototypical-Learning and ic1fy/Paper-List-for-Multi-Agent-Communication-Topology
    (every paper of both): ``[[2017-NIPS]](proceedings) **Title** [:octocat:](github)``. Before, no title was found
    (none imported), or the bracket was the title and the title the summary."""
    found = papers(
        "## A. 通信拓扑\n\n"
        "- [[2017-NIPS]](https://proceedings.neurips.cc/paper/2017/file/cb8da6767461f2812ae4290eac7cbc42-Paper.pdf) "
        "**Prototypical networks for few-shot learning** [:octocat:](https://github.com/jakesnell/prototypical-networks)\n"
        "- [[2024-Findings of EMNLP]](https://aclanthology.org/2024.findings-emnlp.427/) **Improving Multi-Agent "
        "Debate with Sparse Communication Topology** [PDF](https://arxiv.org/pdf/2406.11776)\n")
    assert [(t, p.venue, p.url, p.arxiv_id, p.links.get("code"), p.summary) for t, p in found.items()] == [
        ("Prototypical networks for few-shot learning", "NIPS 2017",
         "https://proceedings.neurips.cc/paper/2017/file/cb8da6767461f2812ae4290eac7cbc42-Paper.pdf", None,
         "https://github.com/jakesnell/prototypical-networks", None),
        ("Improving Multi-Agent Debate with Sparse Communication Topology", "EMNLP 2024 Findings",
         "https://aclanthology.org/2024.findings-emnlp.427/", "2406.11776", None, None)]


def test_a_preprints_link_named_with_the_day_it_was_posted_gives_arxiv_and_the_year():
    """zhaoxin94/awesome-domain-adaptation (45 lines): ``[[arXiv 2 Apr 2019]](arXiv)``; kuc2477/dl-papers (every
    paper): ``[[arxiv, 14.12]](arXiv)``. Before, no venue and no year."""
    found = papers(
        "## Papers\n\n- Easy Transfer Learning By Exploiting Intra-domain Structures "
        "[[arXiv 2 Apr 2019]](https://arxiv.org/abs/1904.01376v1)\n"
        "- *Striving for Simplicity: The All Convolutional Net* [[arxiv, 14.12]](http://arxiv.org/abs/1412.6806)\n")
    assert [(p.venue, p.year) for p in found.values()] == [("arXiv 2019", 2019), ("arxiv 2014", 2014)]


def test_a_labs_name_linking_its_home_page_before_the_title_is_a_note():
    """wu-dd/Advances-in-Partial-and-Complementary-Label-Learning (43 lines): ``[[**SEU PALM Lab**]](lab's site)
    Title. [[Paper]](..)[[Code]](..)``, under a venue's heading. Before, every such entry was titled '[SEU PALM
    Lab]' (and all but one merged as one paper). A dataset's description after such a name stays no title."""
    found = papers(
        "## Papers & Code in 2023\n\n### AAAI'24\n\n"
        "- [[**SEU PALM Lab**]](http://palm.seu.edu.cn/)  Disentangled partial label learning.\n"
        "- [[**SEU PALM Lab**]](http://palm.seu.edu.cn/) Progressive Identification of True Labels for Partial-Label "
        "Learning. [[Paper]](https://proceedings.mlr.press/v119/lv20a.html)[[Code]](https://github.com/Lvcrezia77/"
        "PRODEN)\n")
    assert [(t, p.venue, p.links.get("seu palm lab")) for t, p in found.items()] == [
        ("Disentangled partial label learning", "AAAI 2024", "http://palm.seu.edu.cn/"),
        ("Progressive Identification of True Labels for Partial-Label Learning", "AAAI 2024", "http://palm.seu.edu.cn/")]


def test_a_venue_spelled_out_with_its_name_and_year_in_brackets_heads_its_papers():
    """weijiaheng/Advances-in-Label-Noise-Learning (9 of its 11 venue headings, 91 of its 123 papers): ``###
    International Conference on Machine Learning (ICML 2020)``, ``### IEEE Conference on Computer Vision and
    Pattern Recognition (CVPR 2021) -- Updating``. Before, the first was read as a paper titled with the venue's
    name (and every paper under it as its notes: none imported), the second named no venue."""
    found = papers(
        "## Papers & Code (2020)\n-----\n### International Conference on Machine Learning (ICML 2020)\n"
        "* Peer Loss Functions: Learning from Noisy Labels without Knowing Noise Rates. "
        "[[Paper]](http://proceedings.mlr.press/v119/liu20e)[[Code 1]](https://github.com/weijiaheng/Multi-class-Peer-"
        "Loss-functions)\n\n### IEEE Conference on Computer Vision and Pattern Recognition (CVPR 2021) -- Updating\n"
        "* SimPLE: Similar Pseudo Label Exploitation for Semi-Supervised Classification. "
        "[[Paper]](https://arxiv.org/abs/2103.16725)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Peer Loss Functions: Learning from Noisy Labels without Knowing Noise Rates", "ICML 2020", 2020),
        ("SimPLE: Similar Pseudo Label Exploitation for Semi-Supervised Classification", "CVPR 2021", 2021)]


def test_numbered_titles_with_their_venue_or_year_in_brackets_are_papers():
    """w20chen/agent-paper-reading-list (69 of its 106 numbered lines): titles alone, no link, each with ``(OSDI
    2022)`` or ``(2024)`` after it, a few with nothing. Before, only those naming a venue were imported."""
    titles = [f"{n}. {t}" for n, t in enumerate([
        "Orca: A Distributed Serving System for Transformer-Based Generative Models (OSDI 2022)",
        "Fast Distributed Inference Serving for Large Language Models (2024)",
        "Efficient LLM Scheduling by Learning to Rank (NeurIPS 2024)",
        "Mooncake: A KVCache-centric Disaggregated Architecture for LLM Serving (2024)",
        "Optimal Scheduling Algorithms for LLM Inference: Theory and Practice (2025)",
        "Aladdin: Joint Placement and Scaling for SLO-Aware LLM Serving (2024)",
        "FlashInfer: Efficient and Customizable Attention Engine for LLM Inference Serving",
        "Jenga: Effective Memory Management for Serving LLM with Heterogeneity (2025)"], 1)]
    found = papers("# Paper Reading List for LLM Agent Scheduling\n\n## LLM Serving ⭐️\n\n" + "\n".join(titles) + "\n")
    assert len(found) == 8
    assert found["Fast Distributed Inference Serving for Large Language Models"].year == 2024
