"""Shapes of real lists met in session 44's blind labelling round 85 (``bench/unseen-lists/s88a``-``s88h``) and
the misses left open from round 84 (``s87``), held with the lists' own lines (the repository is named in each
test)."""

from __future__ import annotations

from markdown_papers import papers


def test_a_paragraph_row_of_cells_gives_the_venue_of_its_marked_cell():
    """xinchengshuai/Awesome-Image-Editing (124 of its 125 papers): each paper an indented paragraph of cells set
    off by bars, the venue behind a book mark (``📖 CVPR 2023``), a method's formula in the next cell. Before, the
    row after the title was the summary and no paper had a venue."""
    found = papers(
        "## Object Manipulation and Attribute Manipulation:\n### 1. Training-Free Approaches \n"
        "  [📄 UniTune: Text-Driven Image Editing by Fine Tuning a Diffusion Model on a Single Image]"
        "(https://arxiv.org/abs/2210.09477) | 📖 TOG 2023 | 🔀 $F_{inv}^T+F_{edit}^{Norm}$ | [🌐 Code]() \n   \n"
        "  [📄 Highly Personalized Text Embedding for Image Manipulation by Stable Diffusion]"
        "(https://arxiv.org/abs/2303.08767) | 📖 Arxiv 2023 | 🔀 $F_{inv}^T+F_{edit}^{Norm}$| [🌐 Code]"
        "(https://github.com/HiPer0/HiPer) \n")
    assert [(p.venue, p.year, p.summary) for p in found.values()] == [("TOG 2023", 2023, None),
                                                                      ("Arxiv 2023", 2023, None)]
    hiper = found["Highly Personalized Text Embedding for Image Manipulation by Stable Diffusion"]
    assert (hiper.arxiv_id, hiper.links["code"]) == ("2303.08767", "https://github.com/HiPer0/HiPer")


def test_cells_without_a_dated_venue_still_read_as_one_citation():
    """hibayesian/awesome-automl-papers: ``+ 2019 | Title | Names, et al. | arXiv | [PDF](..)``: the venue's cell
    has no year (the first cell has it), so the cells are read together, as before."""
    found = papers("## Surveys\n\n+ 2019 | AutoML: A Survey of the State-of-the-Art | Xin He, et al. | arXiv | "
                   "[`PDF`](https://arxiv.org/pdf/1908.00709.pdf)\n")
    assert [(p.venue, p.year) for p in found.values()] == [("arXiv 2019", 2019)]


def test_a_paper_heading_over_bold_keyed_lines_reads_each_line_as_its_field():
    """rux001/Awesome-Post-Training-Data-Selection (all 19 papers): ``### Title`` over one paragraph of
    ``**Authors:**``, ``**Venue:**``, ``**Paper:**`` and ``**Summary:**`` lines. Before, the whole paragraph was
    the summary."""
    found = papers(
        "## Instruction Tuning\n\n"
        "### Superfiltering: Weak-to-Strong Data Filtering for Fast Instruction-Tuning\n"
        "**Authors:** Ming Li, Yong Zhang, Shwai He, Zhitao Li, Hongyu Zhao, Jianzong Wang, Ning Cheng, Tianyi Zhou  \n"
        "**Venue:** ACL 2024  \n**Paper:** [Link](https://aclanthology.org/2024.acl-long.769.pdf)  \n"
        "**Summary:** Proposes a weak-to-strong filtering approach for efficient instruction tuning data selection "
        "based on smaller model and larger model consistency.\n")
    (paper,) = found.values()
    assert (paper.venue, paper.year, paper.url, [a.name for a in paper.authors[:2]], len(paper.authors)) == (
        "ACL 2024", 2024, "https://aclanthology.org/2024.acl-long.769.pdf", ["Ming Li", "Yong Zhang"], 8)
    assert paper.summary.startswith("Proposes a weak-to-strong filtering approach")


DESCRIBED = (
    "# Awesome Data Selection\n\n## 2020 – 2018\n\n"
    "### Selection via Proxy: Efficient Data Selection for Deep Learning (2020)\n"
    "Uses smaller or cheaper surrogate models to approximate sample importance. These proxies estimate influence, "
    "difficulty, or gradient impact before expensive large-scale training.\n\n"
    "[📄 PDF Anotado](annotated_papers/(2020)%20selection%20via%20proxy.pdf)\n\n"
    "### Accelerating Deep Learning by Focusing on the Biggest Losers (2019)\n"
    "Dynamically reweights or resamples training examples during optimization based on loss, gradients, or "
    "uncertainty, prioritizing high-loss samples to improve convergence speed.\n\n"
    "[📄 PDF Anotado](annotated_papers/(2019)%20accelerating%20deep%20learning%20by%20focusing%20on%20the%20b.pdf)\n\n"
    "### Not All Samples Are Created Equal: Deep Learning with Importance Sampling (2019)\n"
    "Samples training data proportionally to gradient magnitude or variance contribution to improve stochastic "
    "optimization efficiency, demonstrating that not all samples contribute equally to learning.\n\n"
    "[📄 PDF Anotado](annotated_papers/(2019)%20not%20all%20samples%20are%20created%20equal.pdf)\n")


def test_a_heading_over_its_description_then_a_line_linking_its_pdf_is_a_paper():
    """gtironi/awesome-data-selection (all of its papers): ``### Title (2020)``, a paragraph saying what it does,
    then a link to the annotated PDF kept beside the list. Before, no paper of the list was read."""
    found = papers(DESCRIBED)
    assert [(t[:20], p.year, p.summary[:24], p.tags) for t, p in found.items()] == [
        ("Selection via Proxy:", 2020, "Uses smaller or cheaper ", ["2020 – 2018"]),
        ("Accelerating Deep Le", 2019, "Dynamically reweights or", ["2020 – 2018"]),
        ("Not All Samples Are ", 2019, "Samples training data pr", ["2020 – 2018"])]
    assert found["Selection via Proxy: Efficient Data Selection for Deep Learning"].links == {
        "pdf": "annotated_papers/(2020)%20selection%20via%20proxy.pdf"}


def test_a_pdf_beside_the_list_with_a_year_in_brackets_survives_import_and_export(tmp_path):
    from typer.testing import CliRunner

    from paperctl.cli import app

    listed = tmp_path / "README.md"
    listed.write_text(DESCRIBED, encoding="utf-8")
    db = str(tmp_path / "library.db")
    runner = CliRunner()
    assert runner.invoke(app, ["--db", db, "import", str(listed)]).exit_code == 0
    exported = runner.invoke(app, ["--db", db, "export", "--md"]).stdout
    assert "(<annotated_papers/(2020)%20selection%20via%20proxy.pdf>)" in exported
    again = tmp_path / "again.md"
    again.write_text(exported, encoding="utf-8")
    assert papers(exported)["Selection via Proxy: Efficient Data Selection for Deep Learning"].links == {
        "pdf": "annotated_papers/(2020)%20selection%20via%20proxy.pdf"}


def test_a_short_name_and_a_dash_before_the_title_link_is_a_note():
    """hindupuravinash/the-gan-zoo (all of its ~500 entries): ``* AffGAN - [Title](arXiv)``; a name may begin with
    a digit (``3D-GAN``). Before, the name was the title."""
    found = papers(
        "# The GAN Zoo\n\n"
        "* AffGAN - [Amortised MAP Inference for Image Super-resolution](https://arxiv.org/abs/1610.04490)\n"
        "* 3D-GAN - [Learning a Probabilistic Latent Space of Object Shapes via 3D Generative-Adversarial Modeling]"
        "(https://arxiv.org/abs/1610.07584)\n")
    assert [(t[:30], p.arxiv_id, p.notes) for t, p in found.items()] == [
        ("Amortised MAP Inference for Im", "1610.04490", ["AffGAN"]),
        ("Learning a Probabilistic Laten", "1610.07584", ["3D-GAN"])]


def test_a_quote_of_titles_each_with_its_arxiv_badge_is_a_paper_a_line():
    """d-andelions/awesome-LLM-Driven-Collective-Intelligence (every paper): ``> Title [![arXiv](badge)](arXiv)
    <br>`` lines in one quote. Before, the first line was the paper and the others its summary."""
    found = papers(
        "## Memory\n\n"
        "> Training language models with memory augmentation [![arXiv](https://img.shields.io/badge/arXiv-2205.12674"
        "-009688.svg)](https://arxiv.org/abs/2205.12674) <br>\n"
        "> Augmenting language models with longterm memory [![arXiv](https://img.shields.io/badge/arXiv-2306.07174-"
        "009688.svg)](https://arxiv.org/abs/2306.07174) <br>\n")
    assert [(t, p.arxiv_id, p.summary) for t, p in found.items()] == [
        ("Training language models with memory augmentation", "2205.12674", None),
        ("Augmenting language models with longterm memory", "2306.07174", None)]


def test_numbered_references_whose_titles_are_links_are_a_paper_a_line():
    """opendilab/awesome-exploration-rl and awesome-model-based-RL (their taxonomy's references): ``>[1]
    [Go-Explore](nature.com): Adrien Ecoffet et al, 2021  `` and more lines, one quote."""
    found = papers(
        "## Exploration\n\n"
        ">[1] [Go-Explore](https://www.nature.com/articles/s41586-020-03157-9): Adrien Ecoffet et al, 2021  \n"
        "[2] [NoisyNet](https://openreview.net/pdf?id=rywHCPkAW), Meire Fortunato et al, 2018  \n"
        "[6] [ICM](https://arxiv.org/abs/1705.05363): Deepak Pathak et al, 2018  \n")
    assert [(t, p.year, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Go-Explore", 2021, ["Adrien Ecoffet"]), ("NoisyNet", 2018, ["Meire Fortunato"]),
        ("ICM", 2018, ["Deepak Pathak"])]
    assert found["ICM"].arxiv_id == "1705.05363"


def test_lines_of_titles_each_with_venue_and_paper_link_are_a_paper_a_line():
    """RManLuo/Awesome-LLM-KG (its sections of pre-training papers): ``Title (ACL, 2019) [[paper]](..)`` lines with
    no break marks between them, one paragraph."""
    found = papers(
        "### KG-enhanced LLM Pre-training\n"
        "ERNIE: Enhanced Language Representation with Informative Entities (ACL, 2019) [[paper]]"
        "(https://aclanthology.org/P19-1139.pdf)\n"
        "E-bert: A phrase and product knowledge enhanced language model for e-commerce (Arxiv, 2020) [[paper]]"
        "(https://arxiv.org/pdf/2009.02835.pdf)\n")
    assert [(t[:6], p.venue, p.year) for t, p in found.items()] == [
        ("ERNIE:", "ACL 2019", 2019), ("E-bert", "Arxiv 2020", 2020)]


def test_a_heading_of_a_year_and_what_it_brought_gives_its_papers_that_year():
    """ntiwari78/awesome-slm-papers (over 150 of its 171 papers): ``## 📅 2022: Scaling Laws Change Everything``;
    MinghuiChen43/awesome-trustworthy-deep-learning: ``### Survey: 2022``. A paper's own year still wins."""
    found = papers(
        "# Awesome SLM Papers\n\n## 📅 2022: Scaling Laws Change Everything\n\n"
        "- **[Training Compute-Optimal Large Language Models](https://arxiv.org/abs/2203.15556)** - Hoffmann et al.\n\n"
        "## Survey\n\n### Survey: 2021\n\n- A Survey on AI Assurance. [[paper]](https://arxiv.org/abs/2111.07505)\n"
        "  - Feras A. Batarseh, Laura Freeman. *Journal of Big Data*\n\n"
        "### Survey: 2020\n\n- Scaling Laws for Neural Language Models (2019). [[paper]](https://arxiv.org/abs/2001.08361)\n")
    assert [(t, p.year) for t, p in found.items()] == [
        ("Training Compute-Optimal Large Language Models", 2022), ("A Survey on AI Assurance", 2021),
        ("Scaling Laws for Neural Language Models", 2019)]


def test_an_arxiv_date_with_its_day_before_the_title_gives_the_year():
    """yyyujintang/Awesome-Mamba-Papers (43 of its 46 papers): ``(Arxiv 24.01.17) Title [Paper](arXiv) [Code](..)``,
    each a paragraph. Before, the venue was 'Arxiv 24.01.17' and no year."""
    found = papers(
        "## Mamba\n\n"
        " (Arxiv 24.01.17) Vision Mamba: Efficient Visual Representation Learning with Bidirectional State Space Model "
        "[Paper](https://arxiv.org/abs/2401.09417) [Code](https://github.com/hustvl/Vim)\n")
    (vim,) = found.values()
    assert (vim.title[:12], vim.venue, vim.year, vim.arxiv_id) == ("Vision Mamba", "Arxiv 2024", 2024, "2401.09417")


ATTENTION_HEADS = (
    "## Paper List\n\n<strong>Year 2024</strong>\n<table style=\"width: 100%;\">\n  <tr>\n"
    "    <td><strong>Date</strong></td>\n    <td><strong>Paper & Summary</strong></td>\n"
    "    <td><strong>Tags</strong></td>\n    <td><strong>Links</strong></td>\n  </tr>\n  <tr>\n"
    "    <td rowspan=\"2\" style=\"width: 15%;\">2024-12-10</td>\n"
    "    <td style=\"width: 55%;\"><strong>Algorithmic Phase Transitions in Language Models: A Mechanistic Case Study "
    "of Arithmetic</strong></td>\n"
    "    <td style=\"width: 15%;\"><img src=\"https://img.shields.io/badge/Arithmetic_Head-blue\" "
    "alt=\"Arithmetic Head Badge\"></td>\n    <td style=\"width: 15%;\">\n"
    "      <a href=\"https://arxiv.org/abs/2412.07386\"><img src=\"https://img.shields.io/badge/arXiv-Paper-%23D2691E?"
    "logo=arxiv\" alt=\"Paper Badge\"></a>\n    </td>\n  </tr>\n  <tr>\n    <td colspan=\"3\">\n"
    "      • Introduces \"algorithmic stability\" and \"algorithmic phase transitions\".<br>\n"
    "      • Analyzes Gemma-2-2b on two-operand arithmetic.\n    </td>\n  </tr>\n")


def test_an_html_table_row_below_a_papers_row_says_more_of_it():
    """IAAR-Shanghai/Awesome-Attention-Heads (every paper): the date spans two rows, the paper's row and one cell
    across the rest below it, its findings. Before, the findings were read as a paper of their own."""
    found = papers(ATTENTION_HEADS + "</table>\n")
    (paper,) = found.values()
    assert (paper.arxiv_id, paper.year) == ("2412.07386", 2024)
    assert paper.summary.startswith('Introduces "algorithmic stability"')
    assert "Analyzes Gemma-2-2b" in paper.summary


def test_an_html_table_left_open_at_the_end_of_the_list_is_read_to_the_end():
    """A browser closes a table the list leaves open at its end (the first pages of IAAR-Shanghai/Awesome-Attention-
    Heads, cut inside its table)."""
    assert [p.arxiv_id for p in papers(ATTENTION_HEADS).values()] == ["2412.07386"]


def test_an_icon_before_a_nested_bullet_is_not_its_text():
    """sigbir/awesome-medical-image-registration (every paper): a bold title over ``:newspaper: [Venue Year]``,
    ``:computer: [datasets]`` and ``:link: [[Paper](..)][[GitHub](..)]`` bullets; duyanxi/awesome-4DGS: ``⭐ Key
    idea: ...`` under its title. Before, the icons hid the venue, the links and the description."""
    found = papers(
        "## Paper & Code Collection\n\n"
        "*  **Learning Physics-Inspired Regularization for Medical Image Registration with Hypernetworks**, "
        "Reithmeir et al.\n    *  :newspaper: [SPIE MI 2024]\n    *  :computer: [*Lung CT*, *NLST*]\n"
        "    *  :link: [[Paper](https://arxiv.org/pdf/2311.08239)][[GitHub](https://github.com/annareithmeir/"
        "elastic-regularization-hypermorph)]\n\n"
        "- **4D Gaussian Splatting for Real-Time Dynamic Scene Rendering (2024)** [[paper](https://arxiv.org/abs/"
        "2310.08528)] [[project](https://guanjunwu.github.io/4dgs/)]\n"
        "  - ⭐ Key idea: models dynamic scenes with explicit 3D Gaussians plus decomposed 4D neural voxels.\n"
        "  - 🧩 Category: Representation\n")
    hyper, gaussians = found.values()
    assert (hyper.venue, hyper.year, hyper.arxiv_id, hyper.links["code"]) == (
        "SPIE MI 2024", 2024, "2311.08239", "https://github.com/annareithmeir/elastic-regularization-hypermorph")
    assert gaussians.summary == "models dynamic scenes with explicit 3D Gaussians plus decomposed 4D neural voxels."


def test_a_venue_and_year_then_a_bold_name_before_the_titles_colon():
    """YanjieZe/Paper-List (about 170 entries): ``- ICML 2023, **QRL**: Title, [Website](..)``, ``- arXiv 2023.10,
    **EquivAct**: Title, [Website](..)``. Before, the venue stayed in the title, or the entry was not read."""
    found = papers(
        "## Robotics\n\n"
        "- ICML 2023, **QRL**: Optimal Goal-Reaching Reinforcement Learning via Quasimetric Learning, [Website]"
        "(https://www.tongzhouwang.info/quasimetric_rl/)\n"
        "- arXiv 2023.10, **EquivAct**: SIM(3)-Equivariant Visuomotor Policies beyond Rigid Object Manipulation, "
        "[Website](https://equivact.github.io/)\n")
    assert [(t[:12], p.venue, p.year) for t, p in found.items()] == [
        ("QRL: Optimal", "ICML 2023", 2023), ("EquivAct: SI", "arXiv 2023", 2023)]


def test_an_arxiv_id_written_after_a_stop_is_the_papers():
    """zchuz/CoT-Reasoning-Survey (119 of its 210 papers): ``**Title**, arxiv.2303.17580
    [[paper](semanticscholar)]``."""
    (paper,) = papers(
        "- **HuggingGPT: Solving AI Tasks with ChatGPT and its Friends in Hugging Face**, arxiv.2303.17580 "
        "[[paper](https://api.semanticscholar.org/CorpusID:257833781)]\n").values()
    assert (paper.arxiv_id, paper.venue) == ("2303.17580", "arXiv")


def test_a_bullet_of_who_and_where_under_a_title_is_more_of_the_entry():
    """wyu97/KENLG-Reading (all 72 papers): a title (bold, or linked) over one tab-indented bullet, ``Ilya Sutskever
    (Google) et al, In NeurIPS 2014. [\\[pdf\\]](..)``. Before, the bullet was a paper titled with its authors."""
    found = papers(
        "## Basic NLG papers and codes\n\n"
        "- <img src=\"images/hot.png\" width=\"20\" align=center> **[Seq2Seq] Sequence to Sequence Learning with "
        "Neural Networks**\n\t- Ilya Sutskever (Google) et al, In NeurIPS 2014. "
        "[\\[pdf\\]](https://arxiv.org/pdf/1409.3215.pdf)\n"
        "- <img src=\"images/code.png\" width=\"20\" align=center> [Dialogue System] [Global-to-local Memory Pointer "
        "Networks for Task-Oriented Dialogue](https://arxiv.org/abs/1901.04713)\n"
        "\t- Chien-Sheng Wu (Hong Kong University of Science and Technology) et al, In ICLR 2019. "
        "[\\[code](https://github.com/jasonwu0731/GLMP)\\](pytorch)\n")
    assert [(t[:20], p.arxiv_id, p.venue, p.year, [a.name for a in p.authors]) for t, p in found.items()] == [
        ("Sequence to Sequence", "1409.3215", "NeurIPS 2014", 2014, ["Ilya Sutskever"]),
        ("Global-to-local Memo", "1901.04713", "ICLR 2019", 2019, ["Chien-Sheng Wu"])]
    assert found["Global-to-local Memory Pointer Networks for Task-Oriented Dialogue"].links["code"] == \
        "https://github.com/jasonwu0731/GLMP"


def test_a_paper_heading_over_who_and_where_then_keyed_link_bullets_without_colons():
    """ljrprocc/Awesome-Text-Detection (every paper): ``#### Title`` (a full stop after it, or not) over ``D Deng,
    H Liu, X Li, D Cai, AAAI 2018.``, then ``- Paper [Link](..)``, ``- Code [Link](..)`` (or ``- Code Link``, none
    yet) and ``- 简述：..``. Before, 'Paper' was read as a paper's title, the heading as a section."""
    found = papers(
        "### 2. Bottom-Up 方法\n\n"
        "#### PixelLink: Detecting scene text via instance segmentation\n\nD Deng, H Liu, X Li, D Cai, AAAI 2018.\n\n"
        "- Paper [Link](https://www.aaai.org/ocs/index.php/AAAI/AAAI18/paper/download/16469/16260)\n"
        "- Code [Link](https://github.com/ZJULearning/pixel_link)\n- 简述：基于实例分割的回归文本区域的方法。\n\n"
        "#### Mask textspotter:An end-to-end trainable neural network for spotting text with arbitrary shapes.\n\n"
        "P Lyu, M Liao, C Yao, W Wu, ECCV 2018\n\n"
        "- Paper [Link](http://openaccess.thecvf.com/content_ECCV_2018/papers/Pengyuan_Lyu_Mask_TextSpotter_An_ECCV_"
        "2018_paper.pdf)\n- Code Link\n")
    assert [(t[:14], p.venue, p.year, len(p.authors), p.tags) for t, p in found.items()] == [
        ("PixelLink: Det", "AAAI 2018", 2018, 4, ["2. Bottom-Up 方法"]),
        ("Mask textspott", "ECCV 2018", 2018, 4, ["2. Bottom-Up 方法"])]
    assert found["PixelLink: Detecting scene text via instance segmentation"].links["code"] == \
        "https://github.com/ZJULearning/pixel_link"


def test_in_a_meetings_proceedings_abbreviated_after_a_quoted_title():
    """DongKeon/Awesome-Speaker-Diarization (86 lines): ``- **DIVE**: "Title", in *Proc. ICASSP*, 2022. (Google)
    [[Paper](arXiv)]``. 'Proc. IEEE' stays the journal it names."""
    found = papers(
        "## EEND\n\n"
        "- **DIVE**: \"DIVE: End-to-end Speech Diarization via Iterative Speaker Embedding\", in *Proc. ICASSP*, 2022. "
        "(Google) [[Paper](https://arxiv.org/abs/2105.13802)]\n"
        "- **EEND-GLA (1)**: \"Towards Neural Diarization for Unlimited Numbers of Speakers Using Global and Local "
        "Attractors\", in *Proc. ASRU*, 2021. (Hitachi) [[Paper](https://arxiv.org/abs/2107.01545)]\n")
    assert [(p.venue, p.year) for p in found.values()] == [("ICASSP 2022", 2022), ("ASRU 2021", 2021)]
    from paperctl.formats.markdown import venues

    assert venues.parse("Proc. IEEE 2014") != ("IEEE 2014", 2014)


def test_a_venue_in_brackets_first_in_a_type_column_is_where_the_paper_appeared():
    """STiL-Team/Security-in-Recommendation-System (56 of its 92 rows): ``| Type | Paper names | Link |`` over
    ``|(CCS'21) Black-box|Title|[paper](..)|`` and ``|(TNNLS'22)|Title|..|``; a footnote's mark may come first."""
    found = papers(
        "## Attack\n\n| Type | Paper names | Link |\n| ------ | ------ | ------|\n"
        "|(CCS'21) Black-box|Reverse Attack: Black-box Attacks on Collaborative Recommendation|"
        "[paper](https://dl.acm.org/doi/abs/10.1145/3460120.3484805)|\n"
        "|<sup>4</sup>(Information Sciences'21) GAN|Ready for Emerging Threats to Recommender Systems? A Graph "
        "Convolution-based Generative Shilling Attack|[paper](https://arxiv.org/abs/2107.10457)|\n")
    assert [(p.venue, p.year, p.notes) for p in found.values()] == [
        ("CCS 2021", 2021, ["Black-box"]), ("Information Sciences 2021", 2021, ["GAN"])]
