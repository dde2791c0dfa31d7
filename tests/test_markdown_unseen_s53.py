"""Shapes of real lists met in session 36 (the lists of round 49, ``bench/unseen-lists/s52a``-``s52h``, still
read wrong, and the fiftieth blind labelling round, ``s53a``-``s53h``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers
from paperctl.formats.markdown import venues


def test_an_arxiv_id_written_out_is_the_venue_arxiv_whatever_year_the_entry_states():
    # weatherml/weatherml.github.io (every paper so): "(2025)" is the paper's year; the link's text, the ID
    # written out, says the venue is arXiv, which the rules keep bare
    paper = one("### New\n\n- **Graph-based Neural Space Weather Forecasting** (2025) - "
                "[arXiv:2509.19605v1](https://arxiv.org/abs/2509.19605v1)\n")
    assert (paper.arxiv_id, paper.venue, paper.year) == ("2509.19605", "arXiv", 2025)


def test_a_preprint_named_with_its_year_keeps_the_year():
    # the rule above is for the ID alone: "Preprint'24" on an arXiv link is arXiv 2024
    paper = one("- [Some Paper Title About Weather](https://arxiv.org/abs/2401.00001) Preprint'24\n")
    assert (paper.venue, paper.year) == ("arXiv 2024", 2024)


def test_a_bold_title_link_with_its_code_link_bold_on_the_next_line():
    # tanfiona/LLM-on-Tabular-Data-Prediction-Table-Understanding-Data-Generation: the two lines are one
    # paragraph; the second is the title's code, not a bold title of "[]"
    found = papers("#### Question Answering\n"
                   "**[PACIFIC: Towards Proactive Conversational Question Answering over Tabular and Textual Data in "
                   "Finance](https://arxiv.org/abs/2210.08817)**\n**[[code](https://github.com/dengyang17/PACIFIC)]**\n\n"
                   "**[Large Language Models are few(1)-shot Table Reasoners](https://aclanthology.org/2023.findings-"
                   "eacl.83/)**\n**[[code](https://github.com/wenhuchen/tablecot)]**\n")
    pacific, reasoners = found.values()
    assert pacific.title.startswith("PACIFIC: Towards Proactive")
    assert (pacific.arxiv_id, pacific.links["code"]) == ("2210.08817", "https://github.com/dengyang17/PACIFIC")
    assert reasoners.title == "Large Language Models are few(1)-shot Table Reasoners"
    assert reasoners.links["code"] == "https://github.com/wenhuchen/tablecot"


GODAAI = (
    "| Name | Tittle | Keywords | Artifact | Paper |\n|---|---|---|---|---|\n"
    "| Codex | Evaluating Large Language Models Trained on Code | Code Generation | - | "
    "[arXiv 21](https://arxiv.org/abs/2107.03374) |\n"
    "| ReAct | ReAct: Synergizing Reasoning and Acting in Language Models | Prompting | [Code](https://react-lm.github.io/)"
    " | [ICLR 23](https://arxiv.org/abs/2210.03629) |\n"
    "| TURL | TURL: Table Understanding through Representation Learning | Table Pre-training | "
    "[Code](https://github.com/sunlab-osu/TURL) | [VLDB 20](https://www.vldb.org/pvldb/vol14/p307-deng.pdf) |\n")


def test_a_column_of_plain_titles_under_a_header_the_reader_does_not_know():
    # godaai/llm-table-survey: "Tittle" (so spelt) holds the titles, Name the method's, Paper only a link named
    # for the venue
    found = papers("## Methods\n\n" + GODAAI)
    assert list(found) == ["Evaluating Large Language Models Trained on Code",
                           "ReAct: Synergizing Reasoning and Acting in Language Models",
                           "TURL: Table Understanding through Representation Learning"]
    react = found["ReAct: Synergizing Reasoning and Acting in Language Models"]
    assert (react.arxiv_id, react.venue, react.year) == ("2210.03629", "ICLR 2023", 2023)


def test_a_task_column_of_short_descriptions_is_no_title_column():
    # nguyennm1024/awesome-moe-multimodal: "Safe motion planning with MoE" says what the model does; the Model
    # column names the paper
    found = papers("### Autonomous Driving\n\n| Model | Task | Venue | Paper |\n|:--|:--|:--|:--|\n"
                   "| SafePathNet | Safe motion planning with MoE | ICRA 2023 | [arXiv](https://arxiv.org/abs/2211.02131)"
                   " |\n| DriveMoE | Vision-Language-Action MoE for AD | arXiv 2025 | [arXiv](https://arxiv.org/abs/"
                   "2505.16278) |\n| ExpertAD | Enhancing AD systems with MoE | arXiv 2025 | [arXiv](https://arxiv.org/"
                   "abs/2511.11740) |\n")
    assert list(found) == ["SafePathNet", "DriveMoE", "ExpertAD"]


def test_a_paper_heading_over_a_line_of_facts_set_apart_by_dots():
    # lyc61c/Awesome-RL-Table-Understanding (every paper so): the date, the venue, tags in code, the code link
    found = papers(
        "## 文本表格理解\n\n### [When LLMs Read Tables Carelessly: Measuring and Reducing Data Referencing Errors]"
        "(https://aclanthology.org/2026.acl-long.762/)\n\n**2026-06-30** · ACL 2026 Main · `TQA / TFV` · "
        "[GitHub](https://github.com/ayyyq/table-referencing) · [证据卡](docs/PAPERS.md#dre-critic)\n\n---\n\n"
        "### [TableGPT-R1: Advancing Tabular Reasoning Through Reinforcement Learning](https://arxiv.org/abs/"
        "2512.20312)\n\n**2025-12-23** · arXiv · `TQA / TFV` · 代码：未核实 · [证据卡](docs/PAPERS.md#tablegpt-r1)\n")
    careless, tablegpt = found.values()
    assert (careless.venue, careless.year) == ("ACL 2026 Main", 2026)
    assert careless.links["code"] == "https://github.com/ayyyq/table-referencing"
    assert "TQA / TFV" in careless.notes
    assert (tablegpt.venue, tablegpt.year, tablegpt.arxiv_id) == ("arXiv 2025", 2025, "2512.20312")
    assert "代码：未核实" in tablegpt.notes  # ("code: not verified", as the list says)


VOS = (
    "## 2023\n\n#### CVPR 2023\n"
    "- $\\fbox{svos}$ $\\fbox{\\colorbox{mistyrose}{{\\color{dimgray}\\textsf{rvos}}}}$  Universal Instance "
    "Perception as Object Discovery and Retrieval [[paper](https://arxiv.org/pdf/2303.06674.pdf)] "
    "[[code](https://github.com/MasterBin-IIAU/UNINEXT)]\n\n"
    "- $\\colorbox{palegreen}{{\\color{dimgray}{Svos}}}$ MobileVOS: Real-Time Video Object Segmentation\n"
    "Contrastive Learning meets Knowledge Distillation [[paper](https://arxiv.org/pdf/2303.07815.pdf)]\n\n"
    "#### IEEE TPAMI\n"
    "- $\\colorbox{mistyrose}{{\\color{dimgray}{Rvos}}}$ Local-Global Context Aware Transformer for "
    "Language-Guided Video Segmentation [[paper]()]\n")


def test_tags_typeset_in_tex_before_the_title_are_notes():
    # gaomingqi/VOS-Review (every paper so): coloured boxes naming the task ("Svos", "Rvos"), not the title's
    uninext, mobilevos, local_global = papers(VOS).values()
    assert uninext.title == "Universal Instance Perception as Object Discovery and Retrieval"
    assert uninext.notes == ["svos", "rvos"]
    assert local_global.notes == ["Rvos"]
    # "$\infty$Bench" is a title's own TeX, not a tag
    assert one("- $\\infty$Bench: Extending Long Context Evaluation Beyond 100K Tokens "
               "[[paper](https://arxiv.org/abs/2402.13718)]\n").title.startswith("$\\infty$Bench")


def test_a_title_wrapped_over_two_lines_before_its_links():
    # gaomingqi/VOS-Review: the editor wrapped the title; its last words and the paper link are on the next line
    mobilevos = papers(VOS)["MobileVOS: Real-Time Video Object Segmentation Contrastive Learning meets Knowledge "
                            "Distillation"]
    assert (mobilevos.arxiv_id, mobilevos.venue) == ("2303.07815", "CVPR 2023")
    # NexaAI/Awesome-LLMs-on-device: a venue on the next line is no part of the title
    tinyllama = one("- Tinyllama: An open-source small language model\narXiv 2024 [[Paper]](https://arxiv.org/abs/"
                    "2401.02385) [[Github]](https://github.com/jzhang38/TinyLlama)\n")
    assert (tinyllama.title, tinyllama.venue) == ("Tinyllama: An open-source small language model", "arXiv 2024")


def test_a_paper_link_left_to_fill_in_still_says_the_entry_is_a_paper():
    # gaomingqi/VOS-Review: "[[paper]()]", the address to come; a title under a venue heading
    local_global = papers(VOS)["Local-Global Context Aware Transformer for Language-Guided Video Segmentation"]
    assert (local_global.venue, local_global.arxiv_id, local_global.url) == ("IEEE TPAMI 2023", None, None)
    # empty links alone are still nothing (cyanymore/Awesome-Image-Colorization, a template's line)
    assert papers("## Papers\n\n[[paper]()] [[Code]()]\n") == {}


def test_a_table_indented_under_a_bold_bullet_is_read_under_it():
    # wangdongdut/Online-Visual-Tracking-SOTA: "* **LaSOT:star2:**" over a leaderboard, each row a tracker and its
    # paper
    found = papers(
        "## Benchmark Results\n\n* **LaSOT:star2:**\n\n"
        "     | Tracker                   | Success Score    | Speed (fps) | Paper/Code |\n"
        "     |:-----------               |:----------------:|:----------------:|:----------------:|\n"
        "     | PrDiMP50 (CVPR20)         | 0.598  |  30 (Unkown GPU)  |   [Paper](https://arxiv.org/pdf/2003.12565.pdf)"
        "/[Code](https://github.com/visionml/pytracking)  |\n"
        "     | D3S (CVPR20)              | 0.489  |  13 (RTX 2080Ti)  |   [Paper](https://arxiv.org/pdf/1911.08862.pdf)"
        "/[Code](https://github.com/alanlukezic/d3s) |\n")
    prdimp, d3s = found.values()
    assert (prdimp.title, prdimp.arxiv_id, prdimp.venue) == ("PrDiMP50", "2003.12565", "CVPR 2020")
    assert prdimp.links["code"] == "https://github.com/visionml/pytracking"
    assert d3s.tags == ["Benchmark Results/LaSOT"]


FER = (
    "## Facial Expression Recognition\n\n### International Conference on Computer Vision (ICCV)\n"
    "- (2017) A Novel Space-Time Representation on the Positive Semidefinite Cone\nfor Facial Expression Recognition "
    "[[paper](https://arxiv.org/pdf/1707.06440.pdf)][:dizzy:]\n"
    "- (2017) (workshop) Facial Expression Recognition using Visual Saliency and Deep Learning "
    "[[paper](https://arxiv.org/pdf/1708.08016.pdf)][:dizzy::dizzy:]\n\n"
    "### IEEE International Conference on Automatic Face & Gesture Recognition (FG)\n"
    "- (2015) Pairwise Linear Regression: An Efficient and Fast Multi-view Facial\nExpression Recognition "
    "[[paper](https://ieeexplore.ieee.org/document/7163101)][:dizzy:]\n\n"
    "### IEEE Trans on Affective Computing \n"
    "- (2018) Emotion Recognition in Simulated Social Interactions [[paper](https://ieeexplore.ieee.org/document/"
    "8319988)]\n\n### ACM MM\n"
    "- (2018) Personalized Multiple Facial Action Unit Recognition through\nGenerative Adversarial Recognition "
    "Network [[paper](https://dl.acm.org/citation.cfm?id=3240613)]\n")


def test_venue_headings_spelled_out_with_the_short_name_in_brackets():
    # EvelynFan/AWESOME-FER: a heading per venue, its words then its short name, or a journal's name as written;
    # the entries' "(2017)" gives the year; "(workshop)" says the venue's workshop; "[:dizzy:]" rates the paper
    found = papers(FER)
    assert [(p.venue, p.year) for p in found.values()] == [
        ("ICCV 2017", 2017), ("ICCV 2017 Workshop", 2017), ("FG 2015", 2015),
        ("IEEE Trans on Affective Computing 2018", 2018), ("ACM MM 2018", 2018)]
    assert list(found)[:3] == [
        "A Novel Space-Time Representation on the Positive Semidefinite Cone for Facial Expression Recognition",
        "Facial Expression Recognition using Visual Saliency and Deep Learning",
        "Pairwise Linear Regression: An Efficient and Fast Multi-view Facial Expression Recognition"]
    assert not any(p.summary for p in found.values())  # (a rating in shortcodes is no description)


def test_a_topic_heading_with_an_abbreviation_is_no_venue():
    # "### Large Language Models (LLMs)" names what the papers are about
    paper = one("### Large Language Models (LLMs)\n- (2023) A Survey of Large Language Models "
                "[[paper](https://arxiv.org/abs/2303.18223)]\n")
    assert paper.venue is None or paper.venue.startswith("arXiv")


def test_acm_and_a_short_name_is_a_venue_as_ieee_and_one_is():
    # guxiao0822/Awesome-Biosignal-Foundation-Model "(ACM SIGKDD, 2024)", KimMeen/Awesome-GNN4TS "(ACM TKDD, 2022)";
    # "**[ACM-BANet]**", a method's name, stays a note (Pilhyeon/Awesome-Weakly-Supervised-Temporal-Action-...)
    assert venues.parse("ACM TKDD, 2022") == ("ACM TKDD 2022", 2022)
    assert venues.parse("ACM MM") == ("ACM MM", None)
    assert venues.parse("ACM-BANet") is None and venues.parse("ACM Trans") is None


ASPIRIN = (
    "* **Structure-based drug design with geometric deep learning**[2023]  \n"
    "  Isert, Clemens, Kenneth Atz, and Gisbert Schneider.  \n"
    "  [Computers in Biology and Medicine (2023)](https://doi.org/10.1016/j.compbiomed.2023.107285) |  "
    "[code](https://github.com/larngroup/FSM-DDTR) \n\n"
    "* **Macrocyclization of linear molecules by deep learning to facilitate macrocyclic drug candidates "
    "discovery**  [2023]   \n Diao, Y., Liu, D., Ge, H. et al.   \n"
    "  [Nat Commun 14, 4552 (2023)](https://doi.org/10.1038/s41467-023-40219-8) |  "
    "[code](https://github.com/yydiao1025/Macformer) \n\n"
    "* **Artificial intelligence in multi-objective drug design**[2023]   \n"
    " Luukkonen, Sohvi, Helle W. van den Maagdenberg, Michael TM Emmerich, and Gerard JP van Westen.  \n"
    "[Current Opinion in Structural Biology 79 (2023)](https://doi.org/10.1016/j.sbi.2023.102537)\n\n"
    "* **Transformer-based molecular generative model for antiviral drug design** [2023]  \n"
    " Cho, Kwang-Hwi; Kim, Jongwan; Lee, Onju.    \n"
    "  [J. Chem. Inf. Model. (2023)](https://doi.org/10.1021/acs.jcim.3c00536) |  "
    "[code](https://github.com/AspirinCode/TransAntivirus) \n")


def test_a_paper_link_whose_text_cites_the_journal():
    # AspirinCode/papers-for-molecular-design-using-DL (84 lines): the DOI link's text is the journal, its volume
    # and pages, its year; the venue is the journal and the year
    found = papers(ASPIRIN)
    assert [p.venue for p in found.values()] == [
        "Computers in Biology and Medicine 2023", "Nat Commun 2023", "Current Opinion in Structural Biology 2023",
        "J. Chem. Inf. Model. 2023"]
    assert [p.year for p in found.values()] == [2023] * 4
    macro = found["Macrocyclization of linear molecules by deep learning to facilitate macrocyclic drug candidates "
                  "discovery"]
    assert names(macro) == ["Y. Diao", "D. Liu", "H. Ge"]  # (initials, then "et al.": who else is not said)


def test_a_title_and_its_year_in_a_link_is_no_journal():
    # a link's text of a title and a year names no venue
    paper = one("- **Some Study of Things** [Attention Is All You Need (2017)](https://doi.org/10.5555/3295222)\n")
    assert paper.venue is None or "Attention" not in paper.venue


def test_a_mark_after_the_venue_and_a_title_that_says_when_the_list_was_updated():
    # pengr/LLM-Synthetic-Data: "# ... (ICML 2025 Update)" names no venue of its papers; "Arxiv 2024.🔥" is the
    # venue, the flame a mark (it had taken the venue with it)
    found = papers(
        "# Live LLM-Synthetic-Data Papers (ICML 2025 Update)\n\n## Pre-training\n"
        "- [Phi-4 Technical Report](https://arxiv.org/pdf/2412.08905) *Microsoft Research.* Arxiv 2024.🔥\n"
        "- [WizardLM: Empowering Large Language Models to Follow Complex Instructions.](https://arxiv.org/abs/"
        "2304.12244) *Can Xu, Qingfeng Sun, Kai Zheng.* ICLR 2024.🔥\n")
    assert [(p.venue, p.year) for p in found.values()] == [("Arxiv 2024", 2024), ("ICLR 2024", 2024)]


def test_the_datasets_and_benchmarks_track_however_it_is_spelt():
    # ZigeW/data_management_LLM "(NeurIPS Dataset and Benchmark track 2023)"; Namkyeong/awesome-molecule-text
    # "[2023 NeurIPS Benchmark & Dataset]": NAME YEAR and the track
    assert venues.parse("NeurIPS Dataset and Benchmark track 2023") == (
        "NeurIPS 2023 Dataset and Benchmark track", 2023)
    assert venues.parse("[2023 NeurIPS Benchmark & Dataset]") == ("NeurIPS 2023 Benchmark & Dataset", 2023)
    paper = one("- The RefinedWeb Dataset for Falcon LLM: Outperforming Curated Corpora with Web Data, and Web Data "
                "Only (NeurIPS Dataset and Benchmark track 2023) [[Paper]](https://www.semanticscholar.org/paper/"
                "7a1e71cb1310c4a873e7a4e54d1a6dab0553adce)\n")
    assert paper.title.endswith("and Web Data Only")


STYLE = (
    "## A Taxonomy of Current Methods\n\n### 1. Image-Optimisation-Based Online Neural Methods\n\n"
    "###  1.1. Parametric Neural Methods with Summary Statistics\n\n"
    ":white_check_mark: [**A Neural Algorithm of Artistic Style**] [[Paper]](https://arxiv.org/pdf/1508.06576.pdf) "
    "*(First Neural Style Transfer Paper)*\n\n:sparkle: **Code:**\n\n"
    "*   [Torch-based](https://github.com/jcjohnson/neural-style)\n"
    "*   [TensorFlow-based](https://github.com/anishathalye/neural-style)\n\n"
    ":white_check_mark: [**Fashion Style Generator**] [[Paper]](https://www.ijcai.org/proceedings/2017/0520.pdf)  "
    "*(IJCAI 2017)*\n\n###  1.2. Non-parametric Neural Methods with MRFs\n\n"
    ":white_check_mark: [**Combining Markov Random Fields and Convolutional Neural Networks for Image Synthesis**] "
    "[[Paper]](https://arxiv.org/pdf/1601.04589.pdf)  *(CVPR 2016)*\n")


def test_a_bracketed_bold_title_and_its_code_in_a_block_below():
    # ycjing/Neural-Style-Transfer-Papers: "[**Title**] [[Paper]](..)", the title bracketed (a short one had been
    # no title at all); "(First Neural Style Transfer Paper)" says what it is, not where; the "**Code:**" bullets
    # below it are its code
    gatys, fashion, mrf = papers(STYLE).values()
    assert (gatys.title, gatys.venue, gatys.notes) == (
        "A Neural Algorithm of Artistic Style", None, ["First Neural Style Transfer Paper"])
    assert gatys.links == {"code": "https://github.com/jcjohnson/neural-style",
                           "tensorflow-based": "https://github.com/anishathalye/neural-style"}
    assert (fashion.title, fashion.venue, fashion.links) == ("Fashion Style Generator", "IJCAI 2017", {})
    # "[**IEEE Access 2021**] [Title](..)" is still a venue before a title link (conghao0905/awesome-brain-decode)
    assert one("[**IEEE Access 2021**] [Perceived Image Decoding from Brain Activity Using Shared Information of "
               "Multi-subject fMRI Data](https://ieeexplore.ieee.org/document/9349437)\n").venue == "IEEE Access 2021"


def test_numbered_headings_at_one_level_nest_by_their_numbers():
    # ycjing/Neural-Style-Transfer-Papers: "### 1." then "###  1.1.", "###  1.2.": sections within section 1
    found = papers(STYLE)
    assert [p.tags for p in found.values()] == [
        ["A Taxonomy of Current Methods/1. Image-Optimisation-Based Online Neural Methods/1.1. Parametric Neural "
         "Methods with Summary Statistics"]] * 2 + [
        ["A Taxonomy of Current Methods/1. Image-Optimisation-Based Online Neural Methods/1.2. Non-parametric "
         "Neural Methods with MRFs"]]


def test_summary_and_pub_bullets_under_a_title():
    # pprp/Awesome-Efficient-MoE (every paper so): "- Pub:" says where it appeared, "- Summary:" what it does; the
    # Chinese "- 摘要:" (its abstract) stays a note
    paper = one("## Sparse Mixture-of-Experts\n\n- Adaptive Mixtures of Local Experts\n\n"
                "  - Link: https://watermark.silverchair.com/neco.1991.3.1.79.pdf\n"
                "  - Author: Robert A. Jacobs, Michael I. Jordan, Stevven J. Nowlan, Geoffrey E. Hinton\n"
                "  - Pub: Neural Computation 1991\n"
                "  - Summary: This paper introduces a supervised learning method for modular networks composed of "
                "multiple expert networks.\n  - 摘要: 本文提出了一种用于模块化网络的新型监督学习方法。\n")
    assert (paper.venue, paper.year) == ("Neural Computation 1991", 1991)
    assert paper.summary == ("This paper introduces a supervised learning method for modular networks composed of "
                             "multiple expert networks.")
    assert paper.notes == ["摘要: 本文提出了一种用于模块化网络的新型监督学习方法。"]


def test_an_abstract_bullet_under_a_paper_heading_stays_a_note():
    # AcWiz/ML-Ocean-Weather-Papers: "- **Abstract**: ..." is the abstract copied, which its labels keep as a note
    paper = one("## Weather Forecasting\n\n### Ensemble Learning for Regional Ocean Forecasting\n\n"
                "- **arXiv**: [2603.06153v1](https://arxiv.org/abs/2603.06153v1)\n- **Date**: 2026-03-06\n"
                "- **Abstract**: Accurate regional ocean forecasting requires models that are both computationally "
                "efficient and capable of representing predictive uncertainty.\n")
    assert paper.summary is None
    assert paper.notes and paper.notes[0].startswith("Abstract: Accurate regional ocean forecasting")


def test_a_year_month_venue_bracket_after_the_title():
    # YerbaPage/Awesome-Repo-Level-Code-Generation (147 lines): "[2025-07-arXiv]", "[2024-04-ICSE]" as "[2025-ICSE]"
    found = papers(
        "- SWE-Exp: Experience-Driven Software Issue Resolution [2025-07-arXiv] [[📄 paper](http://arxiv.org/abs/"
        "2507.23361)] [[🔗 repo](https://github.com/YerbaPage/SWE-Exp)]\n"
        "- Lost in Translation: A Study of Bugs Introduced by Large Language Models while Translating Code "
        "[2024-04-ICSE] [[📄 paper](https://doi.org/10.1145/3597503.3639226)]\n")
    assert [(p.title, p.venue, p.year) for p in found.values()] == [
        ("SWE-Exp: Experience-Driven Software Issue Resolution", "arXiv 2025", 2025),
        ("Lost in Translation: A Study of Bugs Introduced by Large Language Models while Translating Code",
         "ICSE 2024", 2024)]


def test_a_publication_bullet_with_the_links_after_the_venue():
    # yaolu-zjut/Awesome-LLM-Pruning (every paper): "- Publication: ICLR 2024, [Paper](..), [Code](..)"
    paper = one("### Unstructured Pruning\n- [5] A Simple and Effective Pruning Approach for Large Language Models\n"
                "  - Publication: ICLR 2024, [Paper](https://arxiv.org/abs/2306.11695), "
                "[Code](https://github.com/locuslab/wanda)\n")
    assert (paper.venue, paper.year, paper.arxiv_id) == ("ICLR 2024", 2024, "2306.11695")
    assert paper.links["code"] == "https://github.com/locuslab/wanda"


def test_papers_written_as_headings_in_a_quote():
    # bismex/Awesome-person-re-identification (every paper so): a numbered heading, the title quoted in italics,
    # the venue, the labelled links; a heading of news with a link in it is still no paper (AIoT-MLSys-Lab)
    found = papers(
        "## 2. Survey\n\n> #### 1) *\"Beyond Intra-modality: A Survey of Heterogeneous Person Re-identification\"*, "
        "IJCAI 2020 [[paper](https://arxiv.org/abs/1905.10048)] [[github](https://github.com/lightChaserX/Awesome-"
        "Hetero-reID)]\n> #### 2) *\"Person Re-identification: Past, Present and Future\"*, arXiv 2016 "
        "[[paper](https://arxiv.org/pdf/1610.02984.pdf)]\n\n"
        "### ⚡News: Our survey has been officially accepted by Transactions on Machine Learning Research (TMLR) "
        "2024. Camera ready version is available at: [[OpenReview](https://openreview.net/forum?id=bsCCJHbO8A)]\n")
    assert [(p.title, p.venue, p.arxiv_id) for p in found.values()] == [
        ("Beyond Intra-modality: A Survey of Heterogeneous Person Re-identification", "IJCAI 2020", "1905.10048"),
        ("Person Re-identification: Past, Present and Future", "arXiv 2016", "1610.02984")]


def test_a_method_name_in_brackets_before_the_title_and_the_venue_after_it():
    # daodaofr/Awesome-Person-Search: "[DKD] Title (AAAI)" under "#### 2021": AAAI 2021; DKD the method's name
    paper = one("#### 2021\n\n+ [DKD] Diverse Knowledge Distillation for End-to-End Person Search (AAAI) "
                "[[paper](https://arxiv.org/pdf/2012.11187)]\n")
    assert (paper.venue, paper.year, paper.notes) == ("AAAI 2021", 2021, ["DKD"])


def test_a_table_of_two_papers_a_row_side_by_side():
    # yuntaoshou/Graph-Diffusion-Models-A-Comprehensive-Survey (every table): "Methods | Paper | Code" twice over,
    # each paper named by its method and venue, its paper a "[[paper]](..)" link; a half of dashes is none
    found = papers(
        "### De novo molecule design\n| Methods | Paper | Code | Methods | Paper | Code |\n"
        "| :----: | :----: | :----: | :----: | :----: | :----: |\n"
        "| DiGress (ICLR-23) | [[paper]](https://arxiv.org/abs/2209.14734) | [[code]](https://github.com/cvignac/"
        "DiGress) | MiDi (ICLR-23) | [[paper]](https://openreview.net/forum?id=M6Ifac3G4HK) | [[code]](https://github"
        ".com/cvignac/MiDi) |\n"
        "| D3FG | [[paper]](https://doi.org/10.48550/arXiv.2306.13769) | - | - | - | - |\n")
    assert [(p.title, p.venue) for p in found.values()] == [
        ("DiGress", "ICLR 2023"), ("MiDi", "ICLR 2023"), ("D3FG", None)]
    assert found["MiDi"].links["code"] == "https://github.com/cvignac/MiDi"


def test_a_citation_tail_left_over_is_a_note_not_the_summary():
    # acadTags/Awesome-medical-coding-NLP "in BioNLP at ACL 2020.", jiawei-chen/RecDebiasing "FAT/ML 2017.": where
    # and when, cited in words the venue reader does not know; kept as a note, as no description
    paper = one("- [Title of a Medical Coding Paper](https://www.aclweb.org/anthology/2020.bionlp-1.8/), in BioNLP at "
                "ACL 2020.\n")
    assert paper.summary is None
    assert any("BioNLP at ACL 2020" in note for note in paper.notes)
    assert one("- [Fairness Definitions Explained in Recommender Systems](https://example.org/p.pdf). "
               "Short and sweet description of what the paper does for fairness.\n").summary == (
        "Short and sweet description of what the paper does for fairness.")


def test_a_tldr_paragraph_keeps_what_it_displaces():
    # Sen1553/Awesome-Continual-RL: "TL;DR: ..." below the entry is its summary; the citation's tail that had
    # stood in the summary's place ("[J]. arXiv preprint arXiv:2507.09177, 2025.") is kept as a note
    paper = one("### ICML 2025\n- Liu Z, Fu G, Du C, et al. **Continual Reinforcement Learning by Planning with Online "
                "World Models** (Spotlight)[J]. arXiv preprint arXiv:2507.09177, 2025.[[Paper]](https://icml.cc/virtual/"
                "2025/poster/44151)\n\n"
                "    `TL;DR: This paper shows that CRL should learn a unified dynamics rather than training "
                "policies.`\n")
    assert paper.summary == "This paper shows that CRL should learn a unified dynamics rather than training policies."
    assert any("2507.09177" in note for note in paper.notes) or paper.arxiv_id == "2507.09177"


def test_a_survey_track():
    # dengyang17/ProactiveDialogues "(IJCAI 2023 Survey Track)"
    assert venues.parse("IJCAI 2023 Survey Track") == ("IJCAI 2023 Survey Track", 2023)


def test_a_preprint_and_its_month_before_the_authors_line():
    # XinLi-zn/Tracking-detection-papers (every paper): "Title. (arXiv 2021-6)" then the authors on the next line
    paper = one("## arXiv 2021\n+ DEFT: Detection Embeddings for Tracking. (arXiv 2021-2)  \n"
                "Mohamed Chaabane, Peter Zhang, J. Ross Beveridge, Stephen O'Hara.  \n"
                "[[paper](https://arxiv.org/pdf/2102.02267.pdf)] [[code](https://github.com/MedChaabane/DEFT)]\n")
    assert (paper.venue, paper.year, paper.summary) == ("arXiv 2021", 2021, None)
    assert names(paper) == ["Mohamed Chaabane", "Peter Zhang", "J. Ross Beveridge", "Stephen O'Hara"]


def test_names_then_where_and_when_after_by():
    # instadeepai/awesome-marl (its 63 citations): "by Names. Venue Year.", the venue as written, known or not
    found = papers(
        "* [An Overview of Multi-agent Reinforcement Learning](https://link.springer.com/chapter/10.1007/978-3-642-"
        "14435-6_7) by Lucian Busoniu, Robert Babuska and Bart De Schutter. Springer 2010.\n"
        "* [Some Review Paper On Multiagent Learning Here](https://link.springer.com/article/10.1007/s10462-020-"
        "09938-y) by Wei Du and Shifei Ding. Artifcial Intelligence Review 2021.\n")
    overview, review = found.values()
    assert (names(overview), overview.venue, overview.year) == (
        ["Lucian Busoniu", "Robert Babuska", "Bart De Schutter"], "Springer 2010", 2010)
    assert (names(review), review.venue) == (["Wei Du", "Shifei Ding"], "Artifcial Intelligence Review 2021")


def test_a_word_in_brackets_before_the_title_and_a_venue_link_after_it():
    # ErdunGAO/Awesome-Identifiable-Models: "- (TCL) Title. [[NeurIPS16]](pdf)": NeurIPS 2016; TCL the method
    paper = one("- (TCL) Unsupervised Feature Extraction by Time-Contrastive Learning and Nonlinear ICA. "
                "[[NeurIPS16]](https://arxiv.org/pdf/1605.06336.pdf) [[codes]](https://github.com/hirosm/TCL)\n")
    assert (paper.venue, paper.year, paper.notes) == ("NeurIPS 2016", 2016, ["TCL"])


def test_plain_title_headings_with_their_paper_link():
    # rlczddl/awesome-3d-human-reconstruction (445 papers): "##### • Title  [paper](..)  [code](..)"
    found = papers(
        "## Human Reconstruction\n\n"
        "##### • gDNA: Towards Generative Detailed Neural Avatars  [paper](https://arxiv.org/pdf/2201.04123v1.pdf)  "
        "[code](https://github.com/xuchen-ethz/gdna)\n"
        "##### • Animatable Neural Radiance Fields for Human Body Modeling  [paper](https://arxiv.org/pdf/"
        "2105.02872.pdf)\n\n## Survey [paper](https://arxiv.org/abs/2101.00001)\n")
    assert [(p.title, p.arxiv_id) for p in found.values()] == [
        ("gDNA: Towards Generative Detailed Neural Avatars", "2201.04123"),
        ("Animatable Neural Radiance Fields for Human Body Modeling", "2105.02872")]
    assert found["gDNA: Towards Generative Detailed Neural Avatars"].links["code"] == (
        "https://github.com/xuchen-ethz/gdna")


def test_a_title_and_its_venue_as_a_heading_over_its_code_bullets():
    # johnnyasd12/awesome-few-shot-meta-learning (91 papers): "## Title. ICLR 2018", code links and notes below
    found = papers(
        "## Legacy Papers\n\n## Siamese neural networks for one-shot image recognition. 2015\n\n"
        "## (SNAIL) A Simple Neural Attentive Meta-Learner. ICLR 2018\n- episodic training\n"
        "- [code (PyTorch)](https://github.com/eambutu/snail-pytorch)\n"
        "- [code (PyTorch) - 2](https://github.com/sagelywizard/snail)\n")
    siamese, snail = found.values()
    assert (siamese.title, siamese.year, siamese.venue) == (
        "Siamese neural networks for one-shot image recognition", 2015, None)
    assert (snail.title, snail.venue, snail.notes) == (
        "A Simple Neural Attentive Meta-Learner", "ICLR 2018", ["SNAIL", "episodic training"])
    assert snail.links == {"code": "https://github.com/eambutu/snail-pytorch",
                           "code (pytorch) - 2": "https://github.com/sagelywizard/snail"}


def test_a_paper_heading_inside_a_numbered_item_with_its_venue_linked():
    # LeyanOu/awesome-Cross-view (every paper): "1." over "### Title [(ECCV 2024)](springer)", the authors in bold,
    # an abstract folded, a links line
    paper = one(
        "## Geo-localization\n\n1.\n    ### Cross-view image geo-localization with Panorama-BEV Co-Retrieval Network "
        "[(ECCV 2024)](https://link.springer.com/chapter/10.1007/978-3-031-72913-3_5)\n  \n"
        "    **Authors:** Junyan Ye, Zhutao Lv, Weijia Li\n  \n"
        "    [Paper](https://arxiv.org/pdf/2408.05475) | [Code](https://github.com/yejy53/EP-BEV) | "
        "[arXiv](https://arxiv.org/abs/2408.05475)\n")
    assert (paper.title, paper.venue, paper.arxiv_id) == (
        "Cross-view image geo-localization with Panorama-BEV Co-Retrieval Network", "ECCV 2024", "2408.05475")
    assert names(paper) == ["Junyan Ye", "Zhutao Lv", "Weijia Li"]
    assert paper.links["code"] == "https://github.com/yejy53/EP-BEV"


def test_a_subheading_under_one_paper_heading_does_not_hold_the_next_paper():
    # johnnyasd12/awesome-few-shot-meta-learning: "### Abstract" under "## Hypernetworks. ICLR 2017" is that paper's;
    # the next paper heading at level 2 is back in the section above
    found = papers("## Legacy Papers\n\n## Hypernetworks. ICLR 2017\n### Abstract\nSome words here.\n\n"
                   "## (SNAIL) A Simple Neural Attentive Meta-Learner. ICLR 2018\n"
                   "- [code (PyTorch)](https://github.com/eambutu/snail-pytorch)\n")
    assert [p.tags for p in found.values()] == [["Legacy Papers"], ["Legacy Papers"]]


def test_a_short_name_then_a_venue_named_link_then_the_title():
    # DeepReasoning/aihealth (every entry): "- Name: [[Venue](..)] Title. `date`": the title after the link
    found = papers(
        "- PEIR Gross: [[ACL](https://arxiv.org/pdf/1711.08195)] On the Automatic Generation of Medical Imaging "
        "Reports. `2018`\n- Dia-LLaMA: [[Link](https://arxiv.org/pdf/2403.16386)] Dia-LLaMA: Towards Large Language "
        "Model-driven CT Report Generation. `03/2024`\n")
    assert [(p.title, p.notes, p.summary) for p in found.values()] == [
        ("On the Automatic Generation of Medical Imaging Reports", ["PEIR Gross"], None),
        ("Dia-LLaMA: Towards Large Language Model-driven CT Report Generation", ["Dia-LLaMA"], None)]


def test_a_preprint_and_the_day_it_was_posted():
    # pansanity666/Awesome-Avatars (11 entries): "(arXiv 07/08/2023)" after the title link: arXiv 2023
    paper = one("- [AvatarVerse: High-quality & Stable 3D Avatar Creation from Text and Pose](http://arxiv.org/abs/"
                "2308.03610) (arXiv 07/08/2023)\n")
    assert (paper.venue, paper.year) == ("arXiv 2023", 2023)


def test_in_before_the_venue_and_a_track_in_brackets():
    # tongoy/awesome-few-shot-learning (209 papers): "In CVPR, 2022." on a citation's last line; ha-lins/
    # MetaLearning4NLP-Papers: "***ACL 2019[short]***"
    paper = one("[1] **Learning to Affiliate: Mutual Centralized Learning for Few-shot Classification.**\n"
                "Yang Liu, Weifeng Zhang, Chao Xiang.\nIn CVPR, 2022.\n[[paper](https://arxiv.org/abs/2106.05517)]\n")
    assert (paper.venue, paper.year) == ("CVPR 2022", 2022)
    assert venues.parse("ACL 2019[short]") == ("ACL 2019 short", 2019)


def test_a_year_in_code_after_the_title_is_the_venue_s_year():
    # DeepReasoning/aihealth: "[[ACL](..)] Title. `2018`": ACL 2018 (a month's date, `03/2024`, stays the date)
    found = papers(
        "- PEIR Gross: [[ACL](https://arxiv.org/pdf/1711.08195)] On the Automatic Generation of Medical Imaging "
        "Reports. `2018`\n- FFA-IR: [[NeurIPS](https://openreview.net/pdf?id=FgYTwJbjbf)] FFA-IR: Towards an "
        "Explainable and Reliable Medical Report Generation Benchmark. `03/2021`\n")
    assert [(p.venue, p.year) for p in found.values()] == [("ACL 2018", 2018), ("NeurIPS", 2021)]
