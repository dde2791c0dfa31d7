"""Shapes of real lists met in session 37 (lists of round 52, ``bench/unseen-lists/s55a``-``s55h``, still
read wrong, and the fifty-third blind labelling round, ``s56a``-``s56h``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse

KAIYAN = (
    "* *Masked Gradient-Based Causal Structure Learning* (2019)\n\n"
    "* *DAGs with No Curl: Efficient DAG Structure Learning* (2020)\n\n"
    "* *DiBS: Differentiable Bayesian Structure Learning* makes the non-differentiable score in score based "
    "method differentiable.\n\n"
    "* *Ordering-Based Causal Discovery with Reinforcement Learning* (2021) order-basewd w/ RL.\n\n"
    "* *https://qbnets.wordpress.com* Quantum Bayesian Networks.\n")


def test_a_list_of_italic_titles_with_no_links_gives_its_papers_and_their_notes():
    # KaiYan289/RLpapersnote: each paper an italic title, then its year or a word on it; no link at all
    found = papers(KAIYAN)
    assert list(found) == [
        "Masked Gradient-Based Causal Structure Learning", "DAGs with No Curl: Efficient DAG Structure Learning",
        "DiBS: Differentiable Bayesian Structure Learning",
        "Ordering-Based Causal Discovery with Reinforcement Learning"]
    dibs = found["DiBS: Differentiable Bayesian Structure Learning"]
    assert dibs.summary == "makes the non-differentiable score in score based method differentiable."
    ordering = found["Ordering-Based Causal Discovery with Reinforcement Learning"]
    assert (ordering.year, ordering.summary) == (2021, "order-basewd w/ RL.")


def test_an_italic_sentence_is_not_taken_for_a_title():
    # an italic line that ends as a sentence is what it says, not a paper's title
    assert not papers("* *Note that these papers are not peer-reviewed.* Read with care.\n"
                      "* *More papers will be added over the coming weeks.* Stay tuned.\n"
                      "* *See the survey below for the whole field.* It is long.\n")


def test_a_bibtex_styles_lettered_year_is_the_year_and_the_preprint_takes_it():
    # t-harden/LLM4AutoML: references as a BibTeX style prints them, "2023d" telling apart one author's papers
    # of 2023; the preprint cited with its year is arXiv 2023 (the ID alone would be arXiv, bare)
    found = papers(
        "- Shujian Zhang, Chengyue Gong, Lemeng Wu, Xingchao Liu, and Mingyuan Zhou. Automl-gpt: Automatic machine "
        "learning with gpt. arXiv preprint arXiv:2305.02499, 2023d. [_[paper]_](https://arxiv.org/abs/2305.02499)\n"
        "- Tennison Liu, Nicolás Astorga, Nabeel Seedat, and Mihaela van der Schaar. Large language models to enhance "
        "bayesian optimization, 2024b. URL https://arxiv.org/abs/2402.03921. "
        "[_[paper]_](https://arxiv.org/abs/2402.03921)\n")
    automl = found["Automl-gpt: Automatic machine learning with gpt"]
    assert (automl.arxiv_id, automl.venue, automl.year) == ("2305.02499", "arXiv 2023", 2023)
    assert [a.name for a in automl.authors][:2] == ["Shujian Zhang", "Chengyue Gong"]
    bayesian = found["Large language models to enhance bayesian optimization"]
    assert (bayesian.arxiv_id, bayesian.year) == ("2402.03921", 2024)


PZHREN = (
    "| Title | Venue | Type | Idea |\n| :--- | :--- | ---- | --- |\n"
    "| [Neural Architecture Search with Reinforcement Learning](./17-iclr-Neural Architecture Search with "
    "Reinforcement Learning.pdf) [笔记](#NEURAL ARCHITECTURE SEARCH WITH REINFORCEMENT LEARNING (ICLR'17)) | ICLR'17 "
    "| RL | 将模型的框架视为一系列变长的string |\n"
    "| [Genetic CNN](./17-ICCV-Genetic CNN.pdf) [笔记](#Genetic CNN(ICCV'17)) | ICCV'17 | EA | 对网络的结构进行编码 |\n"
    "| [Densely Connected Search Space for More Flexible Neural Architecture Search](Densely Connected Search Space "
    "for More Flexible Neural Architecture Search.pdf) | CVPR'20 | G | 重构搜索空间 |\n")


def test_links_to_pdfs_whose_paths_hold_spaces_are_the_papers_links():
    # pzhren/Awesome-NAS (22 of 34 rows): GitHub shows such a link as written, but its writer meant the link
    found = papers(PZHREN)
    assert list(found) == ["Neural Architecture Search with Reinforcement Learning", "Genetic CNN",
                           "Densely Connected Search Space for More Flexible Neural Architecture Search"]
    genetic = found["Genetic CNN"]
    assert (genetic.links["pdf"], genetic.venue, genetic.summary) == ("./17-ICCV-Genetic CNN.pdf", "ICCV 2017",
                                                                "对网络的结构进行编码")
    assert found["Neural Architecture Search with Reinforcement Learning"].links["pdf"] == \
        "./17-iclr-Neural Architecture Search with Reinforcement Learning.pdf"


def test_a_pdf_path_with_spaces_survives_export_and_import_again(tmp_path):
    from typer.testing import CliRunner

    from paperctl.cli import app

    listed = tmp_path / "README.md"
    listed.write_text(PZHREN, encoding="utf-8")
    runner = CliRunner()
    first, second = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    assert runner.invoke(app, ["--db", first, "import", str(listed)]).exit_code == 0
    exported = runner.invoke(app, ["--db", first, "export", "--md"]).stdout
    assert "(<./17-ICCV-Genetic CNN.pdf>)" in exported  # (a destination with a space, as CommonMark writes one)
    (tmp_path / "out.md").write_text(exported, encoding="utf-8")
    assert runner.invoke(app, ["--db", second, "import", str(tmp_path / "out.md")]).exit_code == 0
    urls = runner.invoke(app, ["--db", second, "list", "--json"]).stdout
    assert "./17-ICCV-Genetic CNN.pdf" in urls and "./17-iclr-Neural Architecture Search with Reinforcement " \
        "Learning.pdf" in urls


def test_a_year_bar_venue_prefix_gives_journals_in_words_and_keeps_the_topic_as_a_note():
    # XiongWeiTHU/Awesome-AI-for-Atmosphere-and-Ocean (74 entries): "[**YEAR | VENUE**]" or "[**YEAR | VENUE |
    # TOPIC**]"; the bar puts the venue second, known by name or not; its arXiv misspelt once ("ArVix")
    found = papers(
        "-  [**2023 | Nature | Precipitation**] Skilful nowcasting of extreme precipitation with NowcastNet "
        "[[paper](https://www.nature.com/articles/s41586-023-06184-4)][[code](https://codeocean.com/capsule/3935105/"
        "tree/v1)]\n"
        "-  [**2022 | Deep Sea Research Part I**] Deep blue AI: A new bridge from data to knowledge "
        "[[paper](https://www.sciencedirect.com/science/article/pii/S0967063722001303)]\n"
        "-  [**2020 | ArVix**] Machine-Learned Preconditioners for Linear Solvers in Geophysical Fluid Flows "
        "[[paper](https://arxiv.org/abs/2010.02866)]\n")
    nowcast = found["Skilful nowcasting of extreme precipitation with NowcastNet"]
    assert (nowcast.venue, nowcast.year, nowcast.notes) == ("Nature 2023", 2023, ["Precipitation"])
    blue = found["Deep blue AI: A new bridge from data to knowledge"]
    assert (blue.venue, blue.year) == ("Deep Sea Research Part I 2022", 2022)
    flows = found["Machine-Learned Preconditioners for Linear Solvers in Geophysical Fluid Flows"]
    assert (flows.venue, flows.arxiv_id) == ("arXiv 2020", "2010.02866")


def test_a_bold_venue_in_brackets_after_a_plain_title_is_where_and_when_named_in_words_too():
    # haoran-zha/Awesome-Spiking-Neural-Networks-Hub (80 entries): "Title (**Venue Year**) 🧠. \[[paper](..)\]";
    # about 31 of them journals in words, one that reads like an initial and a name
    found = papers(
        "- A Quantitative Description of Membrane Current and Its Application to Conduction and Excitation in Nerve "
        "(**J. Physiology 1952**) 🧠. \\[[paper](https://doi.org/10.1113/jphysiol.1952.sp004764)\\]\n"
        "- Networks of Spiking Neurons: The Third Generation of Neural Network Models (**Neural Networks 1997**) 🧠. "
        "\\[[paper](https://doi.org/10.1016/S0893-6080(97)00011-7)\\]\n"
        "- Conversion of Continuous-Valued Deep Networks to Efficient Event-Driven Networks (**Front. Neurosci. 2017**)"
        ". \\[[paper](https://doi.org/10.3389/fnins.2017.00682)\\]\\[[code](https://github.com/NeuromorphicProcessor"
        "Project/snn_toolbox)\\]\n")
    assert [(p.venue, p.year) for p in found.values()] == [
        ("J. Physiology 1952", 1952), ("Neural Networks 1997", 1997), ("Front. Neurosci. 2017", 2017)]
    assert list(found)[1] == "Networks of Spiking Neurons: The Third Generation of Neural Network Models"
    assert list(found)[2] == "Conversion of Continuous-Valued Deep Networks to Efficient Event-Driven Networks"


NOBA = (
    "## Survey Documentation\n[Survey Documentation](https://github.com/Noba1anc3/Document-Analysis-Recognition/blob/"
    "master/Survey.md)\n\n"
    "## LayoutLM: Pre-training of Text and Layout for Document Image Understanding @ KDD 2020\nQuality : ⭐⭐⭐  \n"
    "[Paper Link](https://arxiv.org/pdf/1912.13318)  \n[Paper Documentation](https://github.com/Noba1anc3/Document-"
    "Analysis-Recognition/blob/master/LayoutLM.md)  \n[Contribution]()\n\n"
    "## Publaynet: Largest Dataset Ever for Document Layout Analysis @ ICDAR 2019 Awards Best Paper Award\n"
    "Quality : ⭐⭐  \n[Paper Link](https://arxiv.org/pdf/1908.07836)  \n"
    "[Implementation](https://github.com/Noba1anc3/Publaynet)\n\n"
    "## Learning to Extract Semantic Structure from Documents Using Multimodal Fully Convolutional Neural Networks "
    "@ CVPR 2017\nQuality : ⭐⭐⭐  \n[Paper Link](https://arxiv.org/pdf/1706.02337)  \n"
    "[Paper Documentation](https://github.com/Noba1anc3/MFCN/wiki/MFCNN-Paper-Documentation)  \n"
    "[Implementation](https://github.com/Noba1anc3/MFCNN)\n")


def test_paper_headings_with_the_venue_after_an_at_sign_over_lines_of_labelled_links():
    # Noba1anc3/Document-Analysis-Recognition: "## Title @ Venue Year", then a rating and one link a line; the
    # heading above them holds a link but no paper, and is no section of theirs
    found = papers(NOBA)
    layout, publaynet, mfcn = found.values()
    assert layout.title == "LayoutLM: Pre-training of Text and Layout for Document Image Understanding"
    assert (layout.venue, layout.arxiv_id, layout.notes, layout.tags) == ("KDD 2020", "1912.13318",
                                                                          ["Quality : ⭐⭐⭐"], [])
    assert layout.links["paper documentation"].endswith("/LayoutLM.md")
    assert (publaynet.venue, publaynet.links["code"]) == ("ICDAR 2019", "https://github.com/Noba1anc3/Publaynet")
    assert "Awards Best Paper Award" in publaynet.notes
    assert mfcn.links["code"] == "https://github.com/Noba1anc3/MFCNN"  # (its implementation, not its wiki)


def test_a_date_heading_over_nothing_still_holds_the_paper_headings_that_follow_at_its_level():
    # Meirtz/Awesome-LLM-Model-Editing: "### 2024-10-18" then "### 1. [Title](arXiv)": the papers of that day
    found = papers("## Daily Updates\n\n### 2024-10-18\n\n### 1. [Exploring Prompt Engineering: A Systematic Review "
                   "with SWOT Analysis](https://arxiv.org/pdf/2410.12843)\n\n**Summary**: The paper presents a "
                   "systematic review.\n")
    assert [p.tags for p in found.values()] == [["Daily Updates/2024-10-18"]]


SCUT = (
    "# End-to-End Methods\n\n## Donut🍩\n\n*Kim et al. OCR-free Document Understanding Transformer. ECCV, 2022.*\n\n"
    "<p>\n  <img alt=\"year\" src=\"https://img.shields.io/badge/Year-2022-orange\"></img>\n"
    "  <a href=\"https://arxiv.org/abs/2111.15664\">\n"
    "    <img alt=\"Paper Link\" src=\"https://img.shields.io/badge/PaperLink-arXiv-brightgreen\"></img>\n  </a>\n"
    "  <a href=\"https://github.com/clovaai/donut\">\n"
    "    <img alt=\"Code 1\" src=\"https://img.shields.io/badge/Code-Official-blue\"></img>\n  </a>\n</p>\n\n"
    "- **Highlights**: Pure End-to-End; Structured IE\n")


def test_a_block_of_html_badges_below_an_entry_gives_its_paper_and_code_links():
    # SCUT-DLVCLab/Document-AI-Recommendations (every paper): the citation in italics, then its links as badges
    # in HTML; nothing of them is left unread
    parsed = parse(SCUT)
    (donut,) = [e.data for e in parsed.entries]
    assert (donut.title, donut.venue, donut.arxiv_id) == ("OCR-free Document Understanding Transformer",
                                                          "ECCV 2022", "2111.15664")
    assert donut.links["code"] == "https://github.com/clovaai/donut"
    assert not parsed.skipped


def test_a_products_name_in_bold_linking_its_site_and_chat_is_no_paper():
    # yzhang2016/video-generation-survey, "## Models to play with": products, their sites and Discord servers
    assert not papers("* **Pika Lab** [[Page](https://www.pika.art/)], [[Discord](http://discord.gg/pika)]\n\n"
                      "* **Moonvalley** [[Page](https://moonvalley.ai/)], [[Discord](https://discord.gg/vk3aaH7r)]\n\n"
                      "* **Leonard Ai** [[Page](https://leonardo.ai/)]\n")


def test_a_datasets_name_in_bold_over_a_paragraph_citing_its_paper():
    # yzhang2016/video-generation-survey, "## Databases": the dataset's name, then its paper on a paragraph of the
    # item; the paper is the entry, the name (and what is said of it) notes
    found = papers("## Databases\n\n* **Vimeo25M** (not open-source)\n  \n  [arxiv 2023.09] LAVIE: HIGH-QUALITY VIDEO "
                   "GENERATION WITH CASCADED LATENT DIFFUSION MODELS [[PDF](https://arxiv.org/pdf/2309.15103.pdf)]\n\n"
                   "* **HowTo100M**\n\n  [ICCV 2019] Learning a Text-Video Embedding by Watching Hundred Million "
                   "Narrated Video Clips \\[[PDF](https://arxiv.org/pdf/1906.03327.pdf), [Project](https://www.di.ens.fr/willow/"
                   "research/howto100m/) \\]\n")
    lavie, howto = found.values()
    assert (lavie.title, lavie.arxiv_id, lavie.notes) == (
        "LAVIE: HIGH-QUALITY VIDEO GENERATION WITH CASCADED LATENT DIFFUSION MODELS", "2309.15103",
        ["Vimeo25M", "not open-source"])
    assert (howto.venue, howto.notes[0]) == ("ICCV 2019", "HowTo100M")


def test_a_bold_title_over_its_authors_in_italics_keeps_its_title():
    # zjunlp/Prompt4ReasoningPapers: not a name over its paper; the title, then who wrote it
    found = papers("19. **STaR: Bootstrapping Reasoning With Reasoning.**\n\n     *Eric Zelikman, Yuhuai Wu, Noah D. "
                   "Goodman*. [[abs](https://arxiv.org/abs/2203.14465)], 2022.3\n\n"
                   "20. **Language Model Cascades.**\n\n     *David Dohan, Winnie Xu*. [[abs](https://arxiv.org/abs/"
                   "2207.10342)], 2022.7\n")
    assert list(found) == ["STaR: Bootstrapping Reasoning With Reasoning", "Language Model Cascades"]


def test_citations_over_three_lines_with_hyphenated_initials_and_volume_issue_pages():
    # uzh-rpg/event-based_vision_resources: names surname first (initials hyphenated or run together), the title
    # linked in italics, then the journal with its volume, issue and pages in the colon style
    found = papers(
        "- <a name=\"Liu10conb\"></a>Liu, S.-C. and Delbruck, T.,  \n*[Neuromorphic sensory systems](https://doi.org/"
        "10.1016/j.conb.2010.03.007)*,  \nCurrent Opinion in Neurobiology, 20:3(288-295), 2010.\n"
        "- <a name=\"SerranoGotarredona99tcas\"></a> Serrano-Gotarredona, T. , Andreou, A.G. , Linares-Barranco, B.,  "
        "\n*[AER Image Filtering Architecture for Vision Processing Systems](https://doi.org/10.1109/81.788808)*,  \n"
        "IEEE Trans. Circuits Syst. I, Fundam. Theory Appl., 46(9):1064-1071, 1999.\n"
        "- Posch, C., Benosman, R., Etienne-Cummings, R.,  \n*[How Neuromorphic Image Sensors Steal Tricks From the "
        "Human Eye](https://doi.org/10.1109/MSPEC.2015.7335800)*,  \nIEEE Spectrum, 52(12):44-49, 2015.\n"
        "- Posch, C., Serrano-Gotarredona, T., Linares-Barranco, B., Delbruck, T.,  \n*[Retinomorphic Event-Based "
        "Vision Sensors: Bioinspired Cameras With Spiking Output](https://doi.org/10.1109/JPROC.2014.2346153),*  \n"
        "Proc. IEEE (2014), 102(10):1470-1484.\n")
    liu, aer, spectrum, retina = found.values()
    assert (liu.title, [a.name for a in liu.authors], liu.venue) == (
        "Neuromorphic sensory systems", ["S.-C. Liu", "T. Delbruck"], "Current Opinion in Neurobiology 2010")
    assert [a.name for a in aer.authors] == ["T. Serrano-Gotarredona", "A.G. Andreou", "B. Linares-Barranco"]
    assert aer.venue == "IEEE Trans. Circuits Syst. I, Fundam. Theory Appl. 1999"
    assert (spectrum.venue, retina.venue, retina.year) == ("IEEE Spectrum 2015", "Proc. IEEE 2014", 2014)


def test_a_heading_of_year_then_venue_gives_its_bare_titles_both():
    # smilewsw/image-text-localization-recognition: "##### 2018-CVPR" over titles, bare or bold, with no link
    found = papers("### 1.1 Text Recognition\n\n##### 2018-CVPR\n\n- Edit Probability for Scene Text Recognition\n"
                   "- **AON: Towards Arbitrarily-Oriented Text Recognition**\n\n##### 2017-ICCV\n\n"
                   "- **Focusing Attention: Towards Accurate Text Recognition in Natural Images**\n")
    assert [(p.venue, p.year) for p in found.values()] == [("CVPR 2018", 2018)] * 2 + [("ICCV 2017", 2017)]
    assert found["Edit Probability for Scene Text Recognition"].tags == ["1.1 Text Recognition/2018-CVPR"]


def test_a_link_after_a_headings_name_is_no_part_of_the_section():
    # westlake-repl/Recommendation-Systems-without-Explicit-ID-Features-A-Literature-Review: "### Freezing LLM
    # [[link]](github)" over 11 papers: their section is "Freezing LLM"
    found = papers("## LLM\n\n### Freezing LLM [[link]](https://github.com/WLiK/LLM4Rec)\n\n"
                   "- Some Great Paper Title About Recommendation, arxiv 2022/04, "
                   "[[paper](https://arxiv.org/abs/2204.00001)]\n")
    assert [p.tags for p in found.values()] == [["LLM/Freezing LLM"]]


def test_a_column_headed_by_a_question_is_each_papers_summary():
    # tsinghua-fib-lab/LLM-Agent-for-Recommendation-and-Search (38 rows): "What agents can do (ability)"
    found = papers("| **Role of agent** | **Paper** | **What agents can do (ability)** |\n|---|---|---|\n"
                   "| Decomposer | Laser: Llm agent with state-space exploration for web navigation [[paper]](https://"
                   "arxiv.org/abs/2309.08172) | Use state-space exploration for web navigation tasks |\n")
    (laser,) = found.values()
    assert (laser.arxiv_id, laser.summary) == ("2309.08172", "Use state-space exploration for web navigation tasks")


def test_a_bold_numbered_title_with_its_venue_in_italics_over_its_link_bullets():
    # xiaoqiang-lu/Research (every paper): "**N. Title, _Venue Year_**", then "- Paper:" and "- Code:" bullets and
    # a BibTeX block, whose authors become the paper's once its title is read without the venue
    found = papers(
        "**1. MAttNet: Modular Attention Network for Referring Expression Comprehension, _CVPR 2018_**\n"
        "- Paper: https://openaccess.thecvf.com/content_cvpr_2018/papers/Yu_MAttNet_Modular_Attention_CVPR_2018_"
        "paper.pdf\n- Code: https://github.com/lichengunc/MAttNet\n```\n@inproceedings{mattnet,\n  title={Mattnet: "
        "Modular attention network for referring expression comprehension},\n  author={Yu, Licheng and Lin, Zhe},\n"
        "  booktitle=CVPR,\n  year={2018}\n}\n```\n")
    (mattnet,) = found.values()
    assert (mattnet.title, mattnet.venue, mattnet.year) == (
        "MAttNet: Modular Attention Network for Referring Expression Comprehension", "CVPR 2018", 2018)
    assert mattnet.links["code"] == "https://github.com/lichengunc/MAttNet"
    assert [a.name for a in mattnet.authors] == ["Licheng Yu", "Zhe Lin"]


MRNERF = (
    "## Avatars:\n## 2023:\n### 4. GART: Gaussian Articulated Template Models \n**Authors**: Jiahui Lei, Yufu Wang, "
    "Georgios Pavlakos, Lingjie Liu, Kostas Daniilidis \n<details span>\n<summary><b>Abstract</b></summary>\n"
    "We introduce Gaussian Articulated Template Model GART, an explicit representation.\n</details>\n\n"
    "  [📄 Paper](https://arxiv.org/pdf/2311.16099.pdf) | [🌐 Project Page](https://www.cis.upenn.edu/~leijh/projects/"
    "gart/) | [💻 Code](https://github.com/JiahuiLei/GART)\n\n"
    "### 5. Human Gaussian Splatting: Real-time Rendering of Animatable Avatars \n**Authors**: Arthur Moreau, Jifei "
    "Song \n<details span>\n<summary><b>Abstract</b></summary>\nThis work addresses real-time rendering.\n"
    "</details>\n\n  [📄 Paper](https://arxiv.org/pdf/2311.17113.pdf)\n")


def test_papers_as_numbered_headings_over_their_authors_and_a_line_of_named_links():
    # MrNeRF/awesome-3D-gaussian-splatting (every paper): the heading is the title, "**Authors**:" its authors,
    # the folded abstract no part of the entry's fields, "[📄 Paper](..)" its link
    found = papers(MRNERF)
    gart, human = found.values()
    assert (gart.title, gart.arxiv_id, gart.links["code"]) == (
        "GART: Gaussian Articulated Template Models", "2311.16099", "https://github.com/JiahuiLei/GART")
    assert [a.name for a in gart.authors][:2] == ["Jiahui Lei", "Yufu Wang"]
    assert gart.tags == ["Avatars/2023"]
    assert (human.title, human.arxiv_id) == ("Human Gaussian Splatting: Real-time Rendering of Animatable Avatars",
                                             "2311.17113")


def test_a_venue_in_italics_on_the_line_after_a_description_is_the_venue_not_more_description():
    # Yijia-Xiao/Protein-LLM-Survey (every paper): bold title, a line of description, then "*Venue, Year*" and links
    found = papers(
        "- **ProGen2: Exploring the Boundaries of Protein Language Models**  \n  An extended version of ProGen with a "
        "larger model (6.4B parameters) and training dataset.  \n  *Cell Systems, 2023*  [[paper](https://www.cell."
        "com/cell-systems/fulltext/S2405-4712(23)00272-7)]\n")
    (progen,) = found.values()
    assert (progen.venue, progen.year) == ("Cell Systems 2023", 2023)
    assert progen.summary == "An extended version of ProGen with a larger model (6.4B parameters) and training dataset."


def test_a_datasets_description_over_its_download_link_is_no_papers_title():
    # Charmve/awesome-scene-text-detection, "## 1. Datasets" (13 such items): the name, then "**Introduction:**"
    # (what the dataset holds) and "**Link:**" (where to download it): no paper
    assert not papers("## 1. Datasets\n\n### 1.2 Arbitrary-Quadrilateral-Text Datasets\n\n- MSRA-TD500：\n"
                      "  - **Introduction:** It contains 500 images in total. It provides text-line-level annotation "
                      "rather than word.\n  - **Link:** [MSRA-TD500-download](http://pages.ucsd.edu/~ztu/Download_"
                      "front.htm)\n\n- MLT 2017：\n  - **Introduction:** It contains 10000 natural images in total. It "
                      "provides word-level annotation.\n  - **Link:** [MLT-download](http://rrc.cvc.uab.es/?ch=8)\n")


def test_bold_statements_in_a_list_that_links_nothing_are_no_papers():
    # memoryunreal/awesome-whole-body-control, "### Main Trends (2024–2026)": claims in bold, then what backs them
    assert not papers(
        "### Main Trends\n\n- **AMASS-driven WBC tracking is the dominant recipe.** ExBody → ExBody2 → H2O share the "
        "same backbone: large-scale human MoCap.\n- **Behavioral foundation models are emerging.** FB-CPR / Meta "
        "Motivo, BFM-Zero, MaskedMimic provide universal motion priors.\n- **Whole-body teleoperation is the data "
        "engine.** Open-TeleVision, OpenWBT, CLONE scale demonstration collection.\n")


def test_references_in_natures_style_with_no_link_are_papers_with_names_journal_and_year():
    # chenxingqiang/alphafold2-docs (the AlphaFold2 paper's references as ticked task items): surname and
    # initials, "&" before the last name or "et al.", the title, the journal abbreviated, volume, pages, (year)
    found = papers(
        "- [x] 2. Bai, X.-C., McMullan, G. & Scheres, S. H. W. How cryo-EM is revolutionizing structural biology. "
        "Trends Biochem. Sci. 40, 49–57 (2015).\n\n"
        "- [x] 4. Wüthrich, K. The way to NMR structures of proteins. Nat. Struct. Biol. 8, 923–925 (2001).\n\n"
        "- [ ] 9. Senior, A. W. et al. Improved protein structure prediction using potentials from deep learning. "
        "Nature 577, 706–710 (2020).\n")
    cryo, nmr, senior = found.values()
    assert cryo.title == "How cryo-EM is revolutionizing structural biology"
    assert [a.name for a in cryo.authors] == ["X.-C. Bai", "G. McMullan", "S. H. W. Scheres"]
    assert (cryo.venue, cryo.year, cryo.status) == ("Trends Biochem. Sci. 2015", 2015, "read")
    assert (nmr.venue, [a.name for a in nmr.authors]) == ("Nat. Struct. Biol. 2001", ["K. Wüthrich"])
    assert (senior.venue, senior.year, senior.status) == ("Nature 2020", 2020, "unread")


def test_who_title_and_year_set_apart_by_slashes_with_a_mark_that_it_was_read():
    # adrienchaton/CharTransformer_playground (98 entries, no link): "Surname / Title / Year", then "/ **read**"
    found = papers("## General NLP\n\n* Miyato / Adversarial training methods for semi-supervised text "
                   "classification / 2016\n* Devlin / BERT: Pre-training of Deep Bidirectional Transformers for "
                   "Language Understanding / 2019 / **read**\n")
    miyato, bert = found.values()
    assert (miyato.title, [a.name for a in miyato.authors], miyato.year, miyato.status) == (
        "Adversarial training methods for semi-supervised text classification", ["Miyato"], 2016, None)
    assert (bert.title, bert.year, bert.status) == (
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", 2019, "read")


def test_an_arxiv_id_in_brackets_before_the_title_is_the_venue_arxiv_even_under_a_year():
    # mileistone/study_resources (scene text recognition): "[ECCV2020]" or, for a preprint, its bare arXiv ID
    found = papers("### 2020\n\n- [2009.09941] [PP-OCR: A Practical Ultra Lightweight OCR System](https://arxiv.org/"
                   "abs/2009.09941)\n- [ECCV2020] [Some Scene Text Recognition Method With Attention](https://arxiv.org/"
                   "abs/2007.00001)\n")
    ocr, eccv = found.values()
    assert (ocr.arxiv_id, ocr.venue, ocr.year) == ("2009.09941", "arXiv", 2020)
    assert eccv.venue == "ECCV 2020"


def test_a_venue_after_a_full_width_comma_or_with_its_month_glued_on():
    # westlake-repl/Recommendation-Systems-without-Explicit-ID-Features-A-Literature-Review: "Title, venue YYYY/MM,"
    # written once with a full-width comma, once as "KDD2022,2022/06"
    found = papers(
        "- CTR-BERT: Cost-effective knowledge distillation for billion-parameter teacher models，arxiv 2022/04,  "
        "[[paper]](https://neurips2021-nlp.github.io/papers/20/CameraReady/camera_ready_final.pdf)\n"
        "- Towards Universal Sequence Representation Learning for Recommender Systems, KDD2022,2022/06, "
        "[[paper]](https://arxiv.org/pdf/2206.05941.pdf)\n")
    ctr, unisrec = found.values()
    assert (ctr.title, ctr.year) == (
        "CTR-BERT: Cost-effective knowledge distillation for billion-parameter teacher models", 2022)
    assert ctr.venue.lower() == "arxiv 2022"
    assert (unisrec.title, unisrec.venue) == (
        "Towards Universal Sequence Representation Learning for Recommender Systems", "KDD 2022")


def test_year_dash_venue_brackets_after_a_title_name_journals_tracks_and_a_misspelt_arxiv():
    # iSEngLab/AwesomeLLM4APR (141 entries "Title [2023-ICSE] [[paper](..)]"): a journal of one word, a venue and its
    # track, arXiv misspelt
    found = papers(
        "1. Some Program Repair Title With Language Models [2024-Electronics] [[paper](https://www.mdpi.com/2079-9292/"
        "13/1/1)]\n2. Another Program Repair Title With Language Models [2024-SIGCSE TS] [[paper](https://dl.acm.org/"
        "doi/10.1145/3626252.3630800)]\n3. A Third Program Repair Title With Language Models [2022-arixv] "
        "[[paper](https://arxiv.org/abs/2201.00001)]\n")
    assert [(p.venue, p.year) for p in found.values()] == [
        ("Electronics 2024", 2024), ("SIGCSE TS 2024", 2024), ("arXiv 2022", 2022)]
    assert all(p.title.endswith("With Language Models") for p in found.values())


def test_a_journal_in_words_in_italics_after_a_titles_full_stop():
    # biaofuxmu/Awesome-Sign-Language-Translation: "Title. *Venue Year*. [[paper]](..)", a journal in words once
    (paper,) = papers(
        "- An Improved Sign Language Translation Model with Explainable Adaptations for Processing Long Sign "
        "Sentences. *Computational Intelligence and Neuroscience 2020*. [[paper]](https://www.hindawi.com/journals/cin/2020/"
        "8816125/).\n").values()
    assert paper.title.endswith("Processing Long Sign Sentences")
    assert (paper.venue, paper.year) == ("Computational Intelligence and Neuroscience 2020", 2020)
