"""Shapes of real lists met in session 40 (lists of round 64, ``bench/unseen-lists/s67a``-``s67h``, still read
wrong, and the sixty-fifth blind labelling round, ``s68a``-``s68h``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers
from paperctl.formats.markdown.reader import parse

# shunxinguo/Survey-of-Data-Heterogeneous-Federated-Learning: IEEE references, titles unquoted, one a line with a
# hard break after each, under a bold label in the same list item
HETEROGENEOUS_FL = (
    "# Survey of Data Heterogeneous  Federated Learning\n\n## Abstract\nFederated learning (FL) is an efficient "
    "framework.\n\n"
    " - **Class Re-balancing**\\\n"
    "[64] T.-M. H. Hsu, H. Qi, and M. Brown, Federated visual classification with real-world data distribution, in "
    "Proc. 16th Eur. Conf. Comput. Vis., 2020, pp. 76–92.\\\n"
    "[65] Z. Tang et al., Data resampling for federated learning with non-IID labels, in Proc. Internation Joint "
    "Conf. Artif. Intell., 2021, pp. 1–7.\\\n"
    "[66] T. Qi, F. Wu, L. Lyu, Y. Huang, and X. Xie, FedSampling: A better sampling strategy for federated "
    "learning, 2023, arXiv:2306.14245.\\\n"
    "[70] L. Zhang, Y. Wu, L. Chen, L. Fan, and A. Nallanathan, Scoring aided federated learning on long-tailed "
    "data for wireless IoMT based healthcare system, IEEE J. Biomed. Health Informat., vol. 28, no. 6, pp. "
    "3341–3348, Jun. 2024. \\\n\n"
    " - **Knowledge Assistance**\\\n"
    "\t [75] Y. Zeng, L. Liu, L. Liu, L. Shen, S. Liu, and B. Wu, Global balanced experts for federated "
    "long-tailed learning, in Proc. IEEE/CVF Int. Conf. Comput. Vis. (ICCV), Oct. 2023, pp. 4815–4825.\\\n"
    "\t [71] H. Wang, L. Wang, and J. Shen, Logit calibration for non-IID and long-tailed data in federated "
    "learning, in Proc. IEEE Intl. Conf. Parallel Distrib. Process. Appl., Big Data Cloud Comput., Sustain. "
    "Comput. Commun., Social Comput. Netw. (ISPA/BDCloud/SocialCom/SustainCom), Dec. 2022, pp. 782–789.\\\n")


def test_references_one_a_line_under_a_bold_label_are_papers_of_its_group():
    found = papers(HETEROGENEOUS_FL)
    assert list(found) == [
        "Federated visual classification with real-world data distribution",
        "Data resampling for federated learning with non-IID labels",
        "FedSampling: A better sampling strategy for federated learning",
        "Scoring aided federated learning on long-tailed data for wireless IoMT based healthcare system",
        "Global balanced experts for federated long-tailed learning",
        "Logit calibration for non-IID and long-tailed data in federated learning"]
    assert {tuple(p.tags) for p in found.values()} == {("Abstract/Class Re-balancing",),
                                                       ("Abstract/Knowledge Assistance",)}
    hsu = found["Federated visual classification with real-world data distribution"]
    assert names(hsu) == ["T.-M. H. Hsu", "H. Qi", "M. Brown"]
    assert (hsu.venue, hsu.year) == ("Eur. Conf. Comput. Vis. 2020", 2020)
    assert names(found["Data resampling for federated learning with non-IID labels"]) == ["Z. Tang"]
    sampling = found["FedSampling: A better sampling strategy for federated learning"]
    assert (sampling.arxiv_id, sampling.venue, sampling.year) == ("2306.14245", "arXiv 2023", 2023)
    iomt = found["Scoring aided federated learning on long-tailed data for wireless IoMT based healthcare system"]
    assert (iomt.venue, iomt.year) == ("IEEE J. Biomed. Health Informat. 2024", 2024)  # (the journal, its year)
    assert found["Global balanced experts for federated long-tailed learning"].venue == "ICCV 2023"
    logit = found["Logit calibration for non-IID and long-tailed data in federated learning"]
    assert logit.year == 2022 and logit.venue.endswith("(ISPA/BDCloud/SocialCom/SustainCom) 2022")
    assert not any(p.summary for p in found.values())


def test_an_unquoted_ieee_reference_in_a_bullet_gives_its_fields():
    # the same shape one a bullet, with links after it; a title of two words, and one with commas of its own
    deep = one("- Y. LeCun, Y. Bengio, and G. Hinton, Deep learning, Nature, vol. 521, no. 7553, pp. 436–444, "
               "2015.\n")
    assert (deep.title, deep.venue, deep.year) == ("Deep learning", "Nature 2015", 2015)
    assert names(deep) == ["Y. LeCun", "Y. Bengio", "G. Hinton"]
    trends = one("- M. I. Jordan and T. M. Mitchell, Machine learning: Trends, perspectives, and prospects, Science, "
                 "vol. 349, no. 6245, pp. 255–260, 2015. [[pdf]](https://example.org/jordan.pdf)\n")
    assert (trends.title, trends.venue) == ("Machine learning: Trends, perspectives, and prospects", "Science 2015")
    assert names(trends) == ["M. I. Jordan", "T. M. Mitchell"]
    resnet = one("- K. He, X. Zhang, S. Ren, and J. Sun, Deep residual learning for image recognition, in Proc. IEEE "
                 "Conf. Comput. Vis. Pattern Recognit. (CVPR), Jun. 2016, pp. 770–778. [[code]](https://github.com/"
                 "KaimingHe/deep-residual-networks)\n")
    assert (resnet.title, resnet.venue, resnet.year) == ("Deep residual learning for image recognition", "CVPR 2016",
                                                         2016)
    assert resnet.links["code"] == "https://github.com/KaimingHe/deep-residual-networks"


def test_a_heading_naming_the_meeting_of_its_papers_gives_their_venue():
    # bei181/Monocular-Depth-Estimation: "## Papers of CVPR2021" over every paper of the list
    found = papers(
        "# Monocular Depth Estimation\n\n## Papers of CVPR2021  \n\n"
        "**[1] MonoIndoor: Towards Good Practice of Self-Supervised Monocular Depth Estimation for Indoor "
        "Environments**  \n**[paper](https://arxiv.org/abs/2107.12429)**  \n"
        "内容：从深度分解模块和姿态残差估计模块进行室内场景的深度估计。\n\n"
        "## ICCV 2021 papers\n\n- [Self-supervised Monocular Depth Estimation for All Day Images using Domain "
        "Separation](https://arxiv.org/abs/2108.07628)\n\n"
        "## Survey Papers\n\n- [Monocular Depth Estimation Based On Deep Learning: An Overview]"
        "(https://arxiv.org/abs/2003.06620)\n")
    assert [(p.venue, p.year) for p in found.values()] == [("CVPR 2021", 2021), ("ICCV 2021", 2021), (None, None)]


def test_bold_title_lines_with_fields_parted_by_br_are_a_paper_each():
    # MattYoon/awesome-large-audio-models: a paper a line, its year, authors and link after <br>s, no blank line
    # between papers; a <br> alone ends the run
    found = papers(
        "## Popular Large Audio Models\n"
        "**Speechgpt: Empowering large language models with intrinsic cross-modal conversational abilities.** "
        "[2023].<br> *Zhang, Dong, Shimin Li, Xin Zhang, Jun Zhan, Pengyu Wang, Yaqian Zhou, and Xipeng Qiu.*<br>"
        "[[PDF](https://arxiv.org/pdf/2305.11000.pdf)]\n"
        "**AudioLM: A Language Modeling Approach to Audio Generation** [2023].<br>*Zalán Borsos, Raphaël Marinier, "
        "Damien Vincent*<br>[[PDF](https://arxiv.org/abs/2209.03143)]<br>\n"
        "**Listen, Think, and Understand** [2023].<br>*Yuan Gong, Hongyin Luo, Alexander H. Liu, Leonid Karlinsky, "
        "James Glass*<br>[[PDF](https://arxiv.org/abs/2305.10790)]<br>\n"
        "<br>\n")
    assert list(found) == [
        "Speechgpt: Empowering large language models with intrinsic cross-modal conversational abilities",
        "AudioLM: A Language Modeling Approach to Audio Generation", "Listen, Think, and Understand"]
    audiolm = found["AudioLM: A Language Modeling Approach to Audio Generation"]
    assert (audiolm.arxiv_id, audiolm.year) == ("2209.03143", 2023)
    assert names(audiolm) == ["Zalán Borsos", "Raphaël Marinier", "Damien Vincent"]
    assert found["Listen, Think, and Understand"].arxiv_id == "2305.10790"


def test_a_bold_name_over_its_papers_title_in_a_table_cell():
    # LAMDA-NeSy/Awesome-Game-Embodied-Agents: "**[Name](paper)**<br>Full title" in the first column, and a
    # "Research focus" column that says what the paper does
    found = papers(
        "### Surveys\n\n| Survey | Venue | Research focus | Sources |\n| --- | --- | --- | --- |\n"
        "| **[DIAMOND](https://proceedings.neurips.cc/paper_files/paper/2024/hash/6bdde0373d53d4a501249547084bed43-"
        "Abstract-Conference.html)**<br>Diffusion for World Modeling: Visual Details Matter in Atari | NeurIPS 2024 | "
        "Preserves visual detail in diffusion world models for policy learning in Atari. | [Paper](https://"
        "proceedings.neurips.cc/paper_files/paper/2024/hash/6bdde0373d53d4a501249547084bed43-Abstract-Conference."
        "html) · [Code](https://github.com/eloialonso/diamond) |\n"
        "| **[Foundation models for manipulation](https://journals.sagepub.com/doi/10.1177/02783649251390579)**<br>"
        "What foundation models can bring for robot learning in manipulation: A survey | IJRR 2026 | Organizes "
        "foundation models into a modular framework for general manipulation. | [Paper](https://journals.sagepub.com/"
        "doi/10.1177/02783649251390579) |\n")
    diamond = found["Diffusion for World Modeling: Visual Details Matter in Atari"]
    assert diamond.notes == ["DIAMOND"] and diamond.venue == "NeurIPS 2024"
    assert diamond.links["code"] == "https://github.com/eloialonso/diamond"
    assert diamond.summary == "Preserves visual detail in diffusion world models for policy learning in Atari."
    survey = found["What foundation models can bring for robot learning in manipulation: A survey"]
    assert survey.notes == ["Foundation models for manipulation"] and survey.venue == "IJRR 2026"


def test_acm_reference_format_as_link_text_or_in_brackets():
    # cdtbaker/sas-nlp: names, year, title, where, each ended by a full stop, as a link's text or in brackets with
    # a space before the address
    found = papers(
        "* [Giriprasad Sridhara, Emily Hill, Divya Muppaneni, Lori Pollock, and K. Vijay-Shanker. 2010. Towards "
        "automatically generating summary comments for Java methods. In Proceedings of the IEEE/ACM international "
        "conference on Automated software engineering (ASE '10). ACM, New York, NY, USA, 43-52.]"
        "(http://doi.acm.org/10.1145/1858996.1859006)\n\n"
        "* [Rene Witte, Bahar Sateli, Ninus Khamis, and Juergen Rilling. 2011. Intelligent software development "
        "environments: Integrating natural language processing with the Eclipse platform. In Advances in Artificial "
        "Intelligence. Springer Berlin Heidelberg, 408-419] (http://link.springer.com/chapter/10.1007/"
        "978-3-642-21043-3_49)\n\n"
        "* [David Shepherd, Lori Pollock, and Tom Tourwé. 2005. Using language clues to discover crosscutting "
        "concerns. SIGSOFT Softw. Eng. Notes 30, 4 (May 2005), 1-6.](http://doi.acm.org/10.1145/1082983.1083129)\n")
    java = found["Towards automatically generating summary comments for Java methods"]
    assert names(java) == ["Giriprasad Sridhara", "Emily Hill", "Divya Muppaneni", "Lori Pollock", "K. Vijay-Shanker"]
    assert (java.venue, java.year, java.url) == ("ASE 2010", 2010, "http://doi.acm.org/10.1145/1858996.1859006")
    eclipse = found["Intelligent software development environments: Integrating natural language processing with the "
                    "Eclipse platform"]
    assert (eclipse.venue, eclipse.year) == ("Advances in Artificial Intelligence 2011", 2011)
    assert eclipse.url == "http://link.springer.com/chapter/10.1007/978-3-642-21043-3_49"
    assert names(eclipse)[0] == "Rene Witte"
    clues = found["Using language clues to discover crosscutting concerns"]
    assert (clues.venue, clues.year) == ("SIGSOFT Softw. Eng. Notes 2005", 2005)


def test_a_heading_dated_in_brackets_before_its_title_is_a_paper():
    # a study-notes page on image and video quality assessment (bench/unseen-lists/s68b): "（YY.M.D who NAME）Title"
    # headings with the reader's notes below, no links anywhere
    parsed = parse(
        "# 论文整理\n## IQA\n"
        "### （21.8.12谷歌）MUSIQ Multi-scale Image Quality Transformer  \n"
        "指出了CNN-based模型存在输入图像size限制问题，说明了一般的解决方法：  \n\n"
        "### （20.11.27德州大学）Patch-VQ 'Patching Up' the Video Quality Problem  \n"
        "就是带了LSVQ数据集的经典早期文章。  \n\n"
        "### （19.10.5北大 VSFA）  \n问题：VQA有时间滞后效应  \n")
    found = {e.data.title: e.data for e in parsed.entries}
    assert list(found) == ["MUSIQ Multi-scale Image Quality Transformer",
                           "Patch-VQ 'Patching Up' the Video Quality Problem"]
    musiq = found["MUSIQ Multi-scale Image Quality Transformer"]
    assert (musiq.year, musiq.notes[0], musiq.tags) == (2021, "谷歌", ["IQA"])
    assert found["Patch-VQ 'Patching Up' the Video Quality Problem"].year == 2020


def test_surname_et_al_and_a_comma_before_a_title_link():
    # alexzhang13/world-models-papers: "**(Name)** Surname et al., [Title](arXiv), Year." (most of its titles are
    # quoted; these two are not)
    found = papers(
        "* **(CASCADE)** Xu et al., [Learning General World Models in a Handful of Reward-Free Deployments]"
        "(https://arxiv.org/abs/2210.12719), 2022. [[code]](https://github.com/facebookresearch/cascade)\n"
        "* **(DreamerV2)** Hafner et al., [\"Mastering Atari with Discrete World Models\"]"
        "(https://arxiv.org/abs/2010.02193), 2020. [[code]](https://github.com/danijar/dreamerv2)\n")
    cascade = found["Learning General World Models in a Handful of Reward-Free Deployments"]
    assert (names(cascade), cascade.arxiv_id, cascade.year, cascade.notes) == (["Xu"], "2210.12719", 2022,
                                                                             ["CASCADE"])
    assert names(found["Mastering Atari with Discrete World Models"]) == ["Hafner"]


def test_a_datasets_name_over_the_papers_that_made_it():
    # Renovamen/what-if: "- [**AVA**](dataset)" (or "- **PCCD**"), then the paper, an indented paragraph
    parsed = parse(
        "## Datasets\n\n- [**AVA**](https://github.com/mtobeiyf/ava_downloader)\n\n"
        "    **AVA: A Large-Scale Database for Aesthetic Visual Analysis.** *Naila Murray, Luca Marchesotti, Florent "
        "Perronnin.* CVPR 2012. [[IEEE]](https://ieeexplore.ieee.org/document/6247954) [[Paper]]"
        "(http://refbase.cvc.uab.es/files/MMP2012a.pdf)\n\n"
        "- **PCCD**\n\n"
        "    **Aesthetic Critiques Generation for Photos.** *Kuang-Yu Chang, Kung-Hung Lu, and Chu-Song Chen.* ICCV "
        "2017. [[IEEE]](https://ieeexplore.ieee.org/document/8237642)\n")
    found = {e.data.title: (e.line, e.data) for e in parsed.entries}
    assert list(found) == ["AVA: A Large-Scale Database for Aesthetic Visual Analysis",
                           "Aesthetic Critiques Generation for Photos"]
    line, ava = found["AVA: A Large-Scale Database for Aesthetic Visual Analysis"]
    assert (line, ava.venue, ava.notes[0]) == (5, "CVPR 2012", "AVA")
    assert names(ava) == ["Naila Murray", "Luca Marchesotti", "Florent Perronnin"]
    assert found["Aesthetic Critiques Generation for Photos"][1].venue == "ICCV 2017"


def test_a_venue_and_its_year_parted_by_a_slash():
    # emma-sjwang/Reading_list (bench/unseen-lists/s69f): "**[ICCV/2019]** [Title](..)", "[TMI/2020] [Title](..)"
    found = papers(
        "- **[ICCV/2019]** [Prior-aware Neural Network for Partially-SupervisedMulti-Organ Segmentation]"
        "(https://openaccess.thecvf.com/content_ICCV_2019/papers/Zhou_Prior-Aware_Neural_Network_for_Partially-"
        "Supervised_Multi-Organ_Segmentation_ICCV_2019_paper.pdf)\n\n"
        "- [TMI/2020] [Deep Mining External Imperfect Data for ChestX-ray Disease Screening]"
        "(https://arxiv.org/pdf/2006.03796.pdf): 有一部分label是两个数据集之间共享的\n")
    assert [(p.venue, p.year) for p in found.values()] == [("ICCV 2019", 2019), ("TMI 2020", 2020)]


def test_a_bold_name_over_its_title_line_over_its_links():
    # pokerme7777/Compositional-Visual-Reasoning-Survey (bench/unseen-lists/s69d): every entry three lines, the
    # method's name in bold, its paper's title, then "[Venue Year](paper) / [Code](..)"
    found = papers(
        "- **LLaVA-CoT**  \n  LLaVA-CoT: Let Vision Language Models Reason Step-by-Step  \n"
        "  [arXiv 2024](https://arxiv.org/pdf/2411.10440) / [Code](https://github.com/PKU-YuanGroup/LLaVA-CoT)\n\n"
        "- **CCoT**  \n  Compositional Chain-of-Thought Prompting for Large Multimodal Models  \n"
        "  [CVPR 2024](https://arxiv.org/abs/2311.17076) / [Code](https://github.com/chancharikmitra/CCoT)\n\n"
        # (a bold title over its authors is not a name over a title: tczhangzhi/awesome-normalization-techniques)
        "- **Recurrent Batch Normalization**  \n  Tim Cooijmans, Nicolas Ballas, César Laurent, Aaron Courville  \n"
        "  [[arXiv]](https://arxiv.org/abs/1603.09025)\n")
    llava = found["LLaVA-CoT: Let Vision Language Models Reason Step-by-Step"]
    assert (llava.notes, llava.venue, llava.arxiv_id) == (["LLaVA-CoT"], "arXiv 2024", "2411.10440")
    assert found["Compositional Chain-of-Thought Prompting for Large Multimodal Models"].venue == "CVPR 2024"
    assert names(found["Recurrent Batch Normalization"])[:2] == ["Tim Cooijmans", "Nicolas Ballas"]


def test_a_bold_title_over_its_authors_notes_and_a_paper_link_naming_where():
    # everycure-org/awesome-ai-drug-repurposing (bench/unseen-lists/s69a): "Authors:", description bullets, then
    # "[Paper (Nature Medicine, 2024)](..) | [Code](github)" and "Organizations:"
    txgnn = one(
        "* **TxGNN: Zero-Shot Drug Repurposing Foundation Model**\n"
        "  * Authors: Kexin Huang, Payal Chandak, Qianwen Wang, Marinka Zitnik\n"
        "  * Graph neural network foundation model trained on medical knowledge graph covering 17,080 diseases\n"
        "  * [Paper (Nature Medicine, 2024)](https://www.nature.com/articles/s41591-024-03233-x) | [Code]"
        "(https://github.com/mims-harvard/TxGNN) | [Project Page](https://zitniklab.hms.harvard.edu/projects/TxGNN/)\n"
        "  * Organizations: Harvard Medical School, MIMS Harvard, Mount Sinai\n")
    assert txgnn.title == "TxGNN: Zero-Shot Drug Repurposing Foundation Model"
    assert names(txgnn) == ["Kexin Huang", "Payal Chandak", "Qianwen Wang", "Marinka Zitnik"]
    assert (txgnn.url, txgnn.venue, txgnn.year) == ("https://www.nature.com/articles/s41591-024-03233-x",
                                                    "Nature Medicine 2024", 2024)
    assert txgnn.links["code"] == "https://github.com/mims-harvard/TxGNN"
    assert "Organizations: Harvard Medical School, MIMS Harvard, Mount Sinai" in txgnn.notes


def test_a_title_linking_a_file_in_the_lists_folder_of_notes_is_a_paper():
    # sihonglab/rmarl-papers (bench/unseen-lists/s69g): an index of the maintainer's notes, each row a paper's
    # title (numbered) linking notes/<its short name>.md, and its TL;DR
    found = papers(
        "# Robust MARL 论文笔记索引\n\n| # | 笔记 | TL;DR |\n|---|---|---|\n"
        "| 1 | [1. Robust Multi-Agent Reinforcement Learning with Model Uncertainty](notes/1_Robust%20MARL%20with"
        "%20Model%20Uncertainty.md) | 首次将 MARL 的模型不确定性形式化为 robust Markov game |\n"
        "| 2 | [2. Data-Driven Robust Multi-Agent Reinforcement Learning](notes/20_Data-Driven%20Robust%20MARL.md) | "
        "将单智能体 robust Q-learning 推广到去中心化协作 MARL |\n")
    assert list(found) == ["Robust Multi-Agent Reinforcement Learning with Model Uncertainty",
                           "Data-Driven Robust Multi-Agent Reinforcement Learning"]
    assert found["Data-Driven Robust Multi-Agent Reinforcement Learning"].summary.startswith("将单智能体")


def test_a_title_links_text_ending_with_its_first_author_et_al():
    # clandolt/awesome-marl-on-graphs (bench/unseen-lists/s69g): "[(Year) Title, First Author et al.](..)"
    found = papers(
        "- [(2024) Graph Transformers: A Survey, Ahsan Shehzad et al.](https://arxiv.org/abs/2407.09777)\n"
        "- [(2017) Graph Attention Networks, Petar Veličković et al.](https://arxiv.org/abs/1710.10903)\n")
    survey = found["Graph Transformers: A Survey"]
    assert (names(survey), survey.year, survey.arxiv_id) == (["Ahsan Shehzad"], 2024, "2407.09777")
    assert names(found["Graph Attention Networks"]) == ["Petar Veličković"]


def test_a_heading_naming_the_paper_its_bold_paper_line_links():
    # rkuo2000/AI-course (bench/unseen-lists/s69b): "### MotionDirector" over "**Paper:** [Full title](arXiv)<br>";
    # a heading linking the project's page the same, not a section over the headings after it
    parsed = parse(
        "## Text-to-Motion\n\n### MotionDirector\n**Paper:** [MotionDirector: Motion Customization of Text-to-Video "
        "Diffusion Models](https://arxiv.org/abs/2310.08465)<br>\n\n---\n"
        "### [GPT4Motion](https://gpt4motion.github.io/)\n**Paper:** [GPT4Motion: Scripting Physical Motions in "
        "Text-to-Video Generation via Blender-Oriented GPT Planning](https://arxiv.org/abs/2311.12631)<br>\n\n---\n"
        "### Motion Editing\n**Paper:** [Iterative Motion Editing with Natural Language]"
        "(https://arxiv.org/abs/2312.11538)<br>\n")
    found = {e.data.title: e.data for e in parsed.entries}
    director = found["MotionDirector: Motion Customization of Text-to-Video Diffusion Models"]
    assert (director.arxiv_id, director.notes, director.tags) == ("2310.08465", ["MotionDirector"],
                                                                  ["Text-to-Motion"])
    assert found["Iterative Motion Editing with Natural Language"].tags == ["Text-to-Motion"]


def test_a_venue_in_brackets_left_on_the_end_of_a_title_is_its_venue():
    # xiaobai1217/Awesome-Video-Datasets (bench/unseen-lists/s69e): "* **Name**: Title (CVPR 2020) </br>" over the
    # links; bingo-G/Awesome-Visual-Signal-Quality-Assessment: "Title (CVPR2022)"
    paper = one("* **Action Genome**: Actions as Compositions of Spatio-temporal Scene Graphs (CVPR 2020) </br> \n"
                "[[Paper](https://arxiv.org/pdf/1912.06992.pdf)][[Homepage](https://www.actiongenome.org/)]</br>\n"
                "*10K videos, 0.4M objects, 1.7M visual relationships*\n")
    assert (paper.title, paper.venue, paper.year) == (
        "Action Genome: Actions as Compositions of Spatio-temporal Scene Graphs", "CVPR 2020", 2020)


def test_a_comparison_tables_rows_naming_papers_written_in_full_above_are_no_papers():
    # xandery-geek/Awesome-Latent-Visual-Reasoning (bench/unseen-lists/s69d): a catalogue of papers with their short
    # names, then "📊 Comparison Table" rows that name them by those names alone
    parsed = parse(
        "## Papers\n\n| Date | Paper | Abbreviation | Venue | Key Idea |\n|---|---|---|---|---|\n"
        "| 2025-01 | [Efficient Reasoning with Hidden Thinking](https://arxiv.org/abs/2501.19201) | Heima | — | "
        "Hidden thinking tokens |\n"
        "| 2025-03 | [Multimodal Chain of Continuous Thought](https://arxiv.org/abs/2508.12587) | MCOUT | — | "
        "Continuous thought |\n"
        "| 2025-06 | [Latent Visual Reasoning](https://arxiv.org/abs/2509.24251) | LVR | — | Crop regions |\n\n"
        "## 📊 Comparison Table\n\n| Paper | Token Count | Supervision | Training | Base Model | Best Result |\n"
        "|-------|:-----------:|:-----------:|:--------:|:----------:|-------------|\n"
        "| Heima | ~N (1/step) | CoT annotations | Encoder-Decoder distill | Qwen MLLM | 6% tokens |\n"
        "| MCOUT | N iterations | None | SFT | SilVar 1B | MMMU +8.23% |\n"
        "| LVR | Variable | Crop regions | SFT + GRPO_latent | Qwen2.5-VL | MMVP +5% |\n")
    assert [e.data.title for e in parsed.entries] == [
        "Efficient Reasoning with Hidden Thinking", "Multimodal Chain of Continuous Thought", "Latent Visual Reasoning"]
    assert (15, "an index line: the list writes this paper in full at line 7") in parsed.skipped


def test_a_models_name_linking_its_repository_alone_is_no_paper():
    # ZhitianHou/LLMs4LegalAI (bench/unseen-lists/s69h): "1. LawGPT_zh [github](..)" among "N. Title [paper](..)"
    parsed = parse(
        "### 🤖 Legal LLMs\n\n1. LawGPT_zh [github](https://github.com/LiuHC0428/LAW-GPT)\n"
        "2. DISC-LawLLM: Fine-tuning Large Language Models for Intelligent Legal Services [paper]"
        "(https://arxiv.org/abs/2309.11325)\n"
        "14. Hanfei-1.0 [github](https://github.com/siat-nlp/HanFei)\n")
    assert [e.data.title for e in parsed.entries] == [
        "DISC-LawLLM: Fine-tuning Large Language Models for Intelligent Legal Services"]
    assert (3, "a repository named by its title, not a paper") in parsed.skipped


def test_under_a_heading_of_competitions_a_site_linked_as_link_is_no_paper():
    # SKTBrain/awesome-starcraftAI (bench/unseen-lists/s68e): "## Competitions" over "- Name, Year. [[Link]](site)"
    parsed = parse(
        "## Research Papers\n\n- M. Kim, S. Kim, K. Kim, A. Dey, Evaluation of StarCraft Artificial Intelligence "
        "Competition Bots by Experienced Human Players, CHI, 2016. [[Report]](http://www.cs.cmu.edu/~sjunikim/"
        "publications/CHI2016_StarCraft.pdf)\n\n"
        "## Competitions\n- AAAI AIIDE StarCraft AI Competition, 2016. [[Link]](http://www.cs.mun.ca/~dchurchill/"
        "starcraftaicomp/)\n- SSCAIT, Student StarCraft AI Tournament [[Link]](http://sscaitournament.com/)\n")
    assert [e.data.title for e in parsed.entries] == [
        "Evaluation of StarCraft Artificial Intelligence Competition Bots by Experienced Human Players"]


def test_a_templates_placeholder_lines_are_no_papers():
    # ZuyiZhou/Awesome-Interpretable-Cross-modal-Reasoning: "**Title** [Conf 2022]<br> Name. <br> [[Paper]](https://)"
    # left to fill in; mk-runner/Awesome-Radiology-Report-Generation: "- ** [[paper]()] [[code]()]"
    parsed = parse("## Methods\n\n**Title** [Conf 2022]<br>\nName.  <br>\n[[Paper]](https://)\n\n"
                   "- ** [[paper]()] [[code]()]\n"
                   "- **Attention Is All You Need** [[paper]](https://arxiv.org/abs/1706.03762)\n")
    assert [e.data.title for e in parsed.entries] == ["Attention Is All You Need"]
    assert [line for line, why in parsed.skipped if why.startswith("no title: a placeholder")] == [5, 7]


def test_a_meeting_in_words_then_its_short_name_and_year_in_brackets():
    # HiLab-git/DAG4MIA (bench/unseen-lists/s70h): title link, authors, "*<meeting in words>* (**MICCAI** 2022)"
    paper = one(
        "- [Unsupervised Cross-disease Domain Adaptation by Lesion Scale Matching](https://link.springer.com/chapter/"
        "10.1007/978-3-031-16449-1_63)  \nJun Gao, Qicheng Lao, Qingbo Kang, Paul Liu, Le Zhang, Kang Li  \n"
        "*International Conference on Medical Image Computing and Computer Assisted Intervention* (**MICCAI** 2022)\n")
    assert (paper.venue, paper.year) == ("MICCAI 2022", 2022)
    assert names(paper)[:2] == ["Jun Gao", "Qicheng Lao"]


def test_a_bold_title_ending_with_its_year_and_venue_over_a_links_bullet():
    # liuzengyun/Awesome-3D-Detection-with-4D-Radar (bench/unseen-lists/s70c): "1. **Title (24'CVPR)**" over
    # "- **:link:Link:** [paper](..) [code](..)", "- **:school:Affiliation:** ...", "- **:book:Note:** ..."
    paper = one(
        "1. **Towards Robust 3D Object Detection with LiDAR and 4D Radar Fusion in Various Weather Conditions "
        "(24'CVPR)**\n"
        "   - **:link:Link:** [paper](https://openaccess.thecvf.com/content/CVPR2024/html/Chae_Towards_Robust_3D_"
        "Object_Detection_with_LiDAR_and_4D_Radar_CVPR_2024_paper.html)  [code](https://github.com/yujeong-star/"
        "RL_4DR)\n"
        "   - **:school:Affiliation:** KAIST (Yujeong Chae)\n   - **:file_folder:Dataset:** K-Radar\n")
    assert paper.title == ("Towards Robust 3D Object Detection with LiDAR and 4D Radar Fusion in Various Weather "
                           "Conditions")
    assert (paper.venue, paper.year) == ("CVPR 2024", 2024)
    assert paper.url.endswith("_CVPR_2024_paper.html") and paper.links["code"] == "https://github.com/yujeong-star/RL_4DR"
