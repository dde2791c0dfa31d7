"""Shapes of real lists met in session 38 (lists of rounds 53-54, ``bench/unseen-lists/s56a``-``s57h``, still
read wrong, and the fifty-fifth blind labelling round, ``s58a``-``s58h``), held with the lists' own lines (the
repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers

SWT_BENCH = (
    "## 详细介绍\n\n### 4. SWT-Bench\n\n"
    "| 项目 | 信息 |\n|------|------|\n"
    "| **论文** | SWT-Bench: Testing and Validating Real-World Bug-Fixes with Code Agents |\n"
    "| **作者** | Niels Mündler, Mark Müller, Jingxuan He, Martin Vechev |\n"
    "| **机构** | ETH Zurich |\n"
    "| **发表** | NeurIPS 2024 |\n"
    "| **链接** | [arXiv](https://arxiv.org/abs/2406.12952) \\| [Code](https://github.com/nmndl/swtbench) \\| "
    "[Website](https://swtbench.com/) |\n")


def test_a_table_of_one_papers_fields_is_that_paper():
    # pprp/Awesome-SWE-Benchs: under each paper's heading, a two-column table, a field a row ("item | information")
    found = papers(SWT_BENCH)
    assert list(found) == ["SWT-Bench: Testing and Validating Real-World Bug-Fixes with Code Agents"]
    paper = found["SWT-Bench: Testing and Validating Real-World Bug-Fixes with Code Agents"]
    assert (paper.arxiv_id, paper.venue, paper.year) == ("2406.12952", "NeurIPS 2024", 2024)
    assert [a.name for a in paper.authors] == ["Niels Mündler", "Mark Müller", "Jingxuan He", "Martin Vechev"]
    assert paper.links["code"] == "https://github.com/nmndl/swtbench"
    assert paper.notes == ["机构: ETH Zurich"]  # (the institute: no field of its own, kept)


def test_a_two_column_table_of_papers_is_not_taken_for_one_papers_fields():
    # a table whose first column holds titles, which name fields in their words ("authors", "conference",
    # "paper"), is a table of papers
    found = papers(
        "| Paper | Code |\n|---|---|\n"
        "| Paper Title Generation | [code](https://github.com/a/b) |\n"
        "| Learning to Rank Authors by Their Influence | - |\n"
        "| Where to Publish: Conference Recommendation | - |\n")
    assert len(found) == 3


def test_a_year_glued_to_a_venue_before_a_dash_is_where_and_when():
    # Oliiveralien/Inpainting-review: "2019ICCV - " before a method's name linking its code, or before a title
    found = papers(
        "### 2019\n\n"
        "* 2019CVPR - Foreground-aware Image Inpainting\n"
        "* 2019ICCV - [PRVS](https://github.com/jingyuanli001/PRVS-Image-Inpainting)\n"
        "* 2020PR - Multistage Attention Network for Image Inpainting\n")
    assert {title: (p.venue, p.year) for title, p in found.items()} == {
        "Foreground-aware Image Inpainting": ("CVPR 2019", 2019), "PRVS": ("ICCV 2019", 2019),
        "Multistage Attention Network for Image Inpainting": ("PR 2020", 2020)}
    assert found["PRVS"].links["code"] == "https://github.com/jingyuanli001/PRVS-Image-Inpainting"


def test_dblps_citation_gives_the_authors_before_the_colon():
    # NSLab-CUK/NSLab-CUK.github.io: "Names: Title. Venue Year", as dblp writes a reference, no link at all
    found = papers(
        "## Graph Transformers\n\n"
        "- Haiteng Zhao, Shuming Ma, Dongdong Zhang, Zhi-Hong Deng, Furu Wei: Are More Layers Beneficial to Graph "
        "Transformers? ICLR 2023\n"
        "- Md. Shamim Hussain, Mohammed J. Zaki, Dharmashankar Subramanian: Global Self-Attention as a Replacement "
        "for Graph Convolution. KDD 2022\n"
        "- Hannes Stärk, Dominique Beaini, Gabriele Corso, Prudencio Tossou, Christian Dallago, Stephan Günnemann, "
        "Pietro Lió: 3D Infomax improves GNNs for Molecular Property Prediction. ICML 2022: 20479-20502\n")
    layers = found["Are More Layers Beneficial to Graph Transformers?"]
    assert (layers.venue, layers.year) == ("ICLR 2023", 2023)
    assert [a.name for a in layers.authors] == ["Haiteng Zhao", "Shuming Ma", "Dongdong Zhang", "Zhi-Hong Deng",
                                                "Furu Wei"]
    attention = found["Global Self-Attention as a Replacement for Graph Convolution"]
    assert [a.name for a in attention.authors] == ["Md. Shamim Hussain", "Mohammed J. Zaki",
                                                   "Dharmashankar Subramanian"]
    assert found["3D Infomax improves GNNs for Molecular Property Prediction"].venue == "ICML 2022"


def test_a_titles_two_catchy_clauses_before_its_colon_are_not_authors():
    # "Think Small, Act Big: ..." (dangtrunganh/Awesome-Continual-Learning): capitalised words before a colon,
    # but no "Venue Year" after a full stop: the title's own words
    found = papers("- Think Small, Act Big: Primitive Prompt Learning for Lifelong Robot Manipulation (CVPR2025) "
                   "[[paper](https://arxiv.org/abs/2504.00420)]\n")
    paper = found["Think Small, Act Big: Primitive Prompt Learning for Lifelong Robot Manipulation"]
    assert paper.authors == []


def test_a_linked_name_then_the_title_who_and_where_after_a_full_stop():
    # Foruck/Awesome-Human-Motion: "[Name](link). Title, Surname et al. Venue Year." on 102 of its 103 entries
    found = papers(
        "## Motion Generation\n\n"
        "- [FTMoMamba](https://arxiv.org/abs/2411.17532). FTMoMamba: Motion Generation with Frequency and Text "
        "State Space Models, Li et al. ArXiv 2024.\n"
        "- [MVLift](https://lijiaman.github.io/projects/mvlift/). Lifting Motion to the 3D World via 2D Diffusion, "
        "Li et al. ArXiv 2024.\n"
        "- [Large Motion Model](https://mingyuan-zhang.github.io/projects/LMM.html). Large Motion Model for Unified "
        "Multi-Modal Motion Generation, Zhang et al. ECCV 2024.\n")
    mamba = found["FTMoMamba: Motion Generation with Frequency and Text State Space Models"]
    assert (mamba.arxiv_id, mamba.year, [a.name for a in mamba.authors]) == ("2411.17532", 2024, ["Li"])
    lift = found["Lifting Motion to the 3D World via 2D Diffusion"]
    assert lift.notes == ["MVLift"]  # (the name the list knows it by)
    assert found["Large Motion Model for Unified Multi-Modal Motion Generation"].venue == "ECCV 2024"


def test_a_linked_title_then_its_authors_in_full_stays_the_title():
    # encounter1997/awesome-vision-transformers-plus: the link is the title, the names after it its authors
    found = papers(
        "[Stand-Alone Self-Attention in Vision Models](https://papers.nips.cc/paper/2019/file/3416a-Paper.pdf). "
        "Prajit Ramachandran, Niki Parmar, Ashish Vaswani, Irwan Bello, Anselm Levskaya, Jonathon Shlens. NIPS 2019.\n")
    assert list(found) == ["Stand-Alone Self-Attention in Vision Models"]


def test_a_bold_title_ending_with_its_venue_after_a_comma():
    # zju-pi/Knowledge-Distillation-Paper: "**Title, AAAI 2020**", the authors in italics on the bullet below
    found = papers(
        "- **Online Knowledge Distillation with Diverse Peers, AAAI 2020** [[Paper]](https://arxiv.org/abs/1912.00350) "
        "[[Pytorch]](https://github.com/DefangChen/OKDDip-AAAI2020)\n"
        "  - *Defang Chen, Jian-Ping Mei, Can Wang, Yan Feng and Chun Chen.*\n")
    paper = found["Online Knowledge Distillation with Diverse Peers"]
    assert (paper.venue, paper.year, paper.arxiv_id) == ("AAAI 2020", 2020, "1912.00350")
    assert [a.name for a in paper.authors][:2] == ["Defang Chen", "Jian-Ping Mei"]


def test_headings_that_begin_with_the_papers_arxiv_id_or_end_with_notes_are_papers():
    # xinghaochen/awesome-hand-pose-estimation: a heading a paper, its authors in italics on the line below; the
    # arXiv papers' headings begin with the ID linked, others end with notes in italics
    found = papers(
        "## arXiv Papers\n\n"
        "##### • [\\[arXiv:2012.09760\\]](https://arxiv.org/abs/2012.09760) End-to-End Human Pose and Mesh "
        "Reconstruction with Transformers. [\\[PDF\\]](https://arxiv.org/pdf/2012.09760.pdf)\n"
        "_Kevin Lin, Lijuan Wang, Zicheng Liu_\n\n"
        "### 2020 CVPR\n\n"
        "##### • Weakly-Supervised Mesh-Convolutional Hand Reconstruction in the Wild. "
        "[\\[PDF\\]](https://arxiv.org/pdf/2004.01946.pdf) [\\[Project\\]](https://www.arielai.com/mesh_hands/)  "
        "*(Oral)* *([Paper Award Nominees](http://cvpr2020.thecvf.com/node/817))*\n"
        "_Dominik Kulon, Riza Alp Güler_\n")
    mesh = found["End-to-End Human Pose and Mesh Reconstruction with Transformers"]
    assert (mesh.arxiv_id, [a.name for a in mesh.authors]) == ("2012.09760", ["Kevin Lin", "Lijuan Wang",
                                                                              "Zicheng Liu"])
    hand = found["Weakly-Supervised Mesh-Convolutional Hand Reconstruction in the Wild"]
    assert [a.name for a in hand.authors] == ["Dominik Kulon", "Riza Alp Güler"]
    assert hand.notes == ["(Oral)"]  # (and nothing of the brackets around the award's link)


def test_a_month_year_date_column_and_an_overview_column():
    # ahmad-alismail/LLM_based_Synthetic_Data_Generation: "Publication Date" as MM-YYYY, the summary "Overview"
    found = papers(
        "| **Title** | **Publication Date** | **Overview** |\n| --- | --- | --- |\n"
        "| [Synthetic Data Generation Using Large Language Models: Advances in Text and Code]"
        "(https://arxiv.org/abs/2503.14023) | 03-2025 | Reviews recent progress in using LLMs to generate synthetic "
        "text and code, covering methods, evaluation, and challenges. |\n")
    paper = found["Synthetic Data Generation Using Large Language Models: Advances in Text and Code"]
    assert paper.year == 2025
    assert paper.summary.startswith("Reviews recent progress in using LLMs")


def test_a_numbered_list_of_clustering_titles_alone_is_papers():
    # Jeaninezpp/Awesome-Incomplete-multi-view-clustering: titles alone, no link; "clustering" is a titles' word
    found = papers(
        "### Multi-view Subspace Clustering\n"
        "6. Multi-view subspace clustering\n7. Convex multi-view subspace learning\n"
        "8. Multi-view subspace constraints on homographies\n9. Multi-view low-rank sparse subspace clustering\n"
        "10. Generalized latent multi-view subspace clustering\n"
        "12. Robust subspace clustering for multi-view data by exploiting correlation consensus\n")
    assert "Generalized latent multi-view subspace clustering" in found
    assert "Robust subspace clustering for multi-view data by exploiting correlation consensus" in found


def test_chinese_sentences_over_their_english_are_not_titles():
    # huapohen/Awesome-Layout-Generation: the tasks of a field, each said in Chinese, then in English
    assert not papers(
        "Condition-based generation(基于条件的生成):\n"
        "  1. 基于类型+个数的布局生成：即有几个框，框的类型是什么。Layout generation of boxes based on type + number\n"
        "  2. 基于初始化框，进行布局补全。Based on the initialized box, perform layout completion\n"
        "  4. 基于类型、个数、大小的布局生成。Layout generation based on type, number, and size\n")


def test_the_year_then_the_venue_in_brackets_ending_a_plain_title():
    # Jeaninezpp/Awesome-Incomplete-multi-view-clustering: "Title(2019IJCAI)", "Title(2020 Cybernetics)"
    found = papers(
        "10. Spectral perturbation meets incomplete multi-view data(2019IJCAI)\n"
        "[[paper]](https://www.ijcai.org/Proceedings/2019/0510.pdf)\n\n"
        "7. Incomplete multiview spectral clustering with adaptive graph learning(2020 Cybernetics)\n"
        "[[paper]](http://www.yongxu.org/paper/FINALVERSION.pdf)\n")
    assert {t: (p.venue, p.year) for t, p in found.items()} == {
        "Spectral perturbation meets incomplete multi-view data": ("IJCAI 2019", 2019),
        "Incomplete multiview spectral clustering with adaptive graph learning": ("Cybernetics 2020", 2020)}


def test_a_venue_cell_with_its_ccf_rank_after_a_slash():
    # aptx1231/Traffic-Prediction-Open-Code-Summary: "AAAI2019/A", the venue and its rank in the CCF list
    found = papers(
        "| Paper | Publication | Code |\n|---|---|---|\n"
        "| [Attention Based Spatial-Temporal Graph Convolutional Networks for Traffic Flow Forecasting]"
        "(https://ojs.aaai.org/index.php/AAAI/article/view/3881) | AAAI2019/A | [Pytorch](https://github.com/a/b) |\n")
    paper = found["Attention Based Spatial-Temporal Graph Convolutional Networks for Traffic Flow Forecasting"]
    assert (paper.venue, paper.year) == ("AAAI 2019", 2019)
    assert paper.notes == ["rank: A"]


def test_a_line_of_the_venue_and_links_after_a_blank_line_is_the_item_aboves():
    # FeiElysia/awesome-zero-shot-captioning: the bold title linked, a blank line, then its venue and links unindented
    found = papers(
        "### 2023\n\n"
        "- **[Transferable Decoding with Visual Entities for Zero-Shot Image Captioning]"
        "(https://arxiv.org/abs/2307.16525)**\n\n"
        "```ICCV 2023``` [[paper]](https://arxiv.org/abs/2307.16525) [[code]](https://github.com/FeiElysia/ViECap)\n\n"
        "- **[CoBIT: A Contrastive Bi-directional Image-Text Generation Model](https://arxiv.org/abs/2303.13455)**\n\n"
        "```arXiv 2023``` [[paper]](https://arxiv.org/abs/2303.13455)\n")
    decoding = found["Transferable Decoding with Visual Entities for Zero-Shot Image Captioning"]
    assert (decoding.venue, decoding.links["code"]) == ("ICCV 2023", "https://github.com/FeiElysia/ViECap")
    assert found["CoBIT: A Contrastive Bi-directional Image-Text Generation Model"].venue == "arXiv 2023"


def test_a_line_of_marks_and_the_code_over_the_citation_below():
    # tanganke/fusion_bench's reading list: the item's own line holds marks and the code's icon, the paper below
    found = papers(
        "- :llama: [:simple-github:](https://github.com/xinykou/safety_realignment) \n"
        "    X. Yi, S. Zheng, L. Wang, X. Wang, and L. He, “A safety realignment framework via subspace-oriented "
        "model fusion for large language models.” [arXiv, May 14, 2024. doi: 10.48550/arXiv.2405.09055.]"
        "(http://arxiv.org/abs/2405.09055)\n")
    paper = found["A safety realignment framework via subspace-oriented model fusion for large language models"]
    assert paper.arxiv_id == "2405.09055"
    assert paper.links["code"] == "https://github.com/xinykou/safety_realignment"
    assert [a.name for a in paper.authors][:2] == ["X. Yi", "S. Zheng"]


def test_zoteros_ieee_references_of_preprints_give_where_and_when():
    # tanganke/fusion_bench's reading list: Zotero's IEEE style, the preprint's date and ID after the quoted title,
    # or where it appeared as the link's text
    found = papers(
        "- P. Yadav, D. Tam, L. Choshen, C. Raffel, and M. Bansal, “Resolving Interference When Merging Models,” "
        "Jun. 02, 2023, arXiv: arXiv:2306.01708. Available: http://arxiv.org/abs/2306.01708\n"
        "- E. Yang et al., “AdaMerging: Adaptive Model Merging for Multi-Task Learning,” ICLR 2024, arXiv: "
        "arXiv:2310.02575. doi: 10.48550/arXiv.2310.02575.\n"
        "- W. Li, Y. Peng, M. Zhang, L. Ding, H. Hu, and L. Shen, “Deep Model Fusion: A Survey.” [arXiv, Sep. 27, "
        "2023. doi: 10.48550/arXiv.2309.15698.](http://arxiv.org/abs/2309.15698)\n")
    assert {t: (p.venue, p.year, p.arxiv_id, p.summary) for t, p in found.items()} == {
        "Resolving Interference When Merging Models": ("arXiv 2023", 2023, "2306.01708", None),
        "AdaMerging: Adaptive Model Merging for Multi-Task Learning": ("ICLR 2024", 2024, "2310.02575", None),
        "Deep Model Fusion: A Survey": ("arXiv 2023", 2023, "2309.15698", None)}


def test_a_note_bullet_that_begins_with_a_date_gives_the_year():
    # Halfish/machine-learning-reference: the paper linked, its notes in tab-indented bullets, the first its date
    found = papers(
        "- [What Value Do Explicit High Level Concepts Have in Vision to Language Problems?]"
        "(https://arxiv.org/abs/1506.01144)\n\t- 2015.06\n\t- 发现用更抽象的特征会明显提高效果\n\n"
        "- [Multimodal Convolutional Neural Networks for Matching Image and Sentence](https://arxiv.org/abs/1504.06063)\n"
        "\t- 2015.04, m-CNN，华为诺亚方舟实验室的论文\n")
    assert [p.year for p in found.values()] == [2015, 2015]
    assert found["Multimodal Convolutional Neural Networks for Matching Image and Sentence"].notes[0] == \
        "2015.04, m-CNN，华为诺亚方舟实验室的论文"  # (the note kept whole)


def test_a_source_column_of_quoted_titles_holds_the_papers():
    # chenmengdx/awesome-data-synthesis-for-code-llm: a table of datasets, the paper each comes from in "Source"
    found = papers(
        "| Dataset | Venue | Date | Size | Source |\n| --- | --- | --- | --- | --- |\n"
        "| Magicoder | ICML 2024 | 2024 | 75K | \"Magicoder: Source Code Is All You Need\" "
        "[[paper](https://arxiv.org/abs/2312.02120)], [[code](https://github.com/ise-uiuc/magicoder)] |\n"
        "| CodeSeaXDataset | NeurIPS 2024 | 2024 | 20K | \"WaveCoder: Widespread And Versatile Enhanced Code LLM\" "
        "[[paper](https://arxiv.org/abs/2312.14187)], [[code](https://github.com/microsoft/WaveCoder)] |\n")
    wave = found["WaveCoder: Widespread And Versatile Enhanced Code LLM"]
    assert (wave.venue, wave.arxiv_id, wave.notes) == ("NeurIPS 2024", "2312.14187", ["CodeSeaXDataset"])
    assert found["Magicoder: Source Code Is All You Need"].notes == []  # (the title says the name)


def test_an_empty_name_cell_is_no_note():
    # Pandalin98/Awesome-Time-Series-QA-Papers: "-" where a row has no model name
    found = papers(
        "| Name | Paper | Venue |\n|---|---|---|\n"
        "| - | [ChatTime: A Unified Multimodal Time Series Foundation Model](https://arxiv.org/abs/2412.11376) | "
        "AAAI 2025 |\n")
    assert found["ChatTime: A Unified Multimodal Time Series Foundation Model"].notes == []


def test_a_title_cells_first_line_that_says_where_and_when():
    # HuangOwen/Awesome-LLM-Compression: "| ICLR22 <br>[Title](arXiv) <br> authors <br> [Github](..) |" in every row
    found = papers(
        "| Title & Author & Link | Summary |\n| --- | --- |\n"
        "| ICLR22 <br>[GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers]"
        "(https://arxiv.org/abs/2210.17323) <br> Elias Frantar, Saleh Ashkboos, Torsten Hoefler, Dan Alistarh <br> "
        "[Github](https://github.com/IST-DASLab/gptq) | The first one-shot quantization of 175B models. |\n")
    gptq = found["GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers"]
    assert (gptq.venue, gptq.year, gptq.arxiv_id) == ("ICLR 2022", 2022, "2210.17323")
    assert [a.name for a in gptq.authors][0] == "Elias Frantar"


def test_a_bullet_under_a_paper_heading_that_says_where_and_when():
    # hanwei0912/Adversarial-Reading: "### [Title](pdf)" over "- 2015 CVPR", the method's name, a note
    found = papers(
        "### [Seed, expand and constrain: Three principles for weakly-supervised image segmentation]"
        "(https://arxiv.org/abs/1603.06098)\n- 2016 ECCV\n- SEC\n- no Saliency\n\n"
        "### [STC: A Simple to Complex Framework for Weakly-Supervised Semantic Segmentation]"
        "(https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=7775087)\n- 2017 IEEE TPAMI\n- saliency\n")
    seed = found["Seed, expand and constrain: Three principles for weakly-supervised image segmentation"]
    assert (seed.venue, seed.year, seed.notes) == ("ECCV 2016", 2016, ["SEC", "no Saliency"])
    stc = found["STC: A Simple to Complex Framework for Weakly-Supervised Semantic Segmentation"]
    assert (stc.venue, stc.year) == ("IEEE TPAMI 2017", 2017)


def test_a_paper_heading_after_a_section_with_headings_of_its_own_ends_it():
    # Justin-Yuan/Papers (scene graphs): "### Datasets" over "#### Visual Genome" / "[link](site)", then each paper
    # a heading of the same level over "[link](pdf)" and its notes
    found = papers(
        "### Datasets \n\n#### Visual Genome \n[link](https://visualgenome.org/)\n\n---\n\n"
        "### Image Retrieval using Scene Graphs\n"
        "[link](https://hci.stanford.edu/publications/2015/scenegraphs/JohnsonCVPR2015.pdf)\n\n"
        "#### Intro \n\n- scene graph and scene graph grounding \n")
    assert list(found) == ["Image Retrieval using Scene Graphs"]
    paper = found["Image Retrieval using Scene Graphs"]
    assert paper.url == "https://hci.stanford.edu/publications/2015/scenegraphs/JohnsonCVPR2015.pdf"
    assert paper.tags == []  # (not under "Datasets")


def test_a_marked_bold_year_and_a_title_glued_to_the_names_colon():
    # TkTK0302/FM-VAU-Survey: "🗓️ **2018**" over the year's papers, each "[Name](..):Title, 📰 `VENUE`"
    found = papers(
        "#### 1.1.4 Hybrid\n\n🗓️ **2018**\n\n"
        "- 📄 [FuturePred](https://openaccess.thecvf.com/content_cvpr_2018/html/Liu_Future_Frame_Prediction_CVPR_2018_"
        "paper.html):Future frame prediction for anomaly detection–a new baseline, 📰 `CVPR`  "
        "[code](https://github.com/StevenLiuWen/ano_pred_cvpr2018)\n")
    paper = found["Future frame prediction for anomaly detection–a new baseline"]
    assert (paper.year, paper.notes, paper.summary) == (2018, ["FuturePred"], None)
    assert paper.tags == ["1.1.4 Hybrid/2018"]


def test_a_venue_with_its_year_then_the_preprints_month_in_brackets():
    # xuboshen/awesome-long-video-understanding: "**[Title](arXiv)** (CVPR2025 2024.12)"
    found = papers("*   **[Apollo: An Exploration of Video Understanding in Large Multimodal Models]"
                   "(http://arxiv.org/abs/2412.10360v1)** (CVPR2025 2024.12)\n")
    paper = found["Apollo: An Exploration of Video Understanding in Large Multimodal Models"]
    assert (paper.venue, paper.year) == ("CVPR 2025", 2025)


def test_google_scholars_line_under_a_result():
    # FatemehJamshidi1993/Papers-on-Image-Inpainting: "[N] Initials Surname, ... - Venue, Year - Title [[paper]](..)"
    found = papers(
        "[1] S Ilan, A Shamir - Computer Graphics Forum, 2015 - A Survey on Data‐Driven Video Completion "
        "[[paper]](https://onlinelibrary.wiley.com/doi/pdf/10.1111/cgf.12518)\n\n"
        "[5] S Zarif, I Faye, D Rohaya - International Journal of Pattern …, 2015 - Image completion: Survey and "
        "comparative study [[paper]](https://www.worldscientific.com/doi/pdf/10.1142/S0218001415540014)\n")
    video = found["A Survey on Data‐Driven Video Completion"]
    assert (video.venue, video.year, [a.name for a in video.authors]) == (
        "Computer Graphics Forum 2015", 2015, ["S Ilan", "A Shamir"])
    assert found["Image completion: Survey and comparative study"].venue == "International Journal of Pattern … 2015"


def test_a_link_in_a_note_bullet_keeps_its_address():
    # Halfish/machine-learning-reference: "\t- [Project Demo](http://..)" under the paper: the note keeps the address
    found = papers(
        "- [Multimodal Convolutional Neural Networks for Matching Image and Sentence](https://arxiv.org/abs/1504.06063)\n"
        "\t- 2015.04, m-CNN\n\t- [Project Demo](http://mcnn.noahlab.com.hk/project.html)\n")
    paper = found["Multimodal Convolutional Neural Networks for Matching Image and Sentence"]
    assert "Project Demo (http://mcnn.noahlab.com.hk/project.html)" in paper.notes


def test_a_bold_date_then_the_title_in_code_and_where_it_was_accepted():
    # Tencent/TFace: "**`2021.3`**: `Title` accepted by **CVPR2021**. [[paper](..)]", some with no link at all
    found = papers(
        "#### Paper List:\n\n"
        "**`2021.3`**: `Consistent Instance False Positive Improves Fairness in Face Recognition` accepted by "
        "**CVPR2021**. [[paper](https://arxiv.org/abs/2106.05519)]\n\n"
        "**`2021.12`**:  `Dual Contrastive Learning for General Face Forgery Detection` accepted by **AAAI2022**\n")
    fair = found["Consistent Instance False Positive Improves Fairness in Face Recognition"]
    assert (fair.venue, fair.year, fair.arxiv_id, fair.summary) == ("CVPR 2021", 2021, "2106.05519", None)
    assert found["Dual Contrastive Learning for General Face Forgery Detection"].venue == "AAAI 2022"
