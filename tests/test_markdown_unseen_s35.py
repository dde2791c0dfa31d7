"""Shapes of real lists found by the thirty-second blind labelling round (``bench/unseen-lists/s35a``-
``s35h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def one(text: str):
    found = list(papers(text).values())
    assert len(found) == 1, found
    return found[0]


def test_a_year_before_the_emphasised_title():
    # Eulring/Text-Generation-Papers (every entry): the year, then the title in bold italics
    paper = one("- 2016 ___Tutorial on variational autoencoders___ [[pdf](https://arxiv.org/pdf/1606.05908.pdf)]\n")
    assert (paper.title, paper.year, paper.arxiv_id) == ("Tutorial on variational autoencoders", 2016, "1606.05908")
    paper = one("- 1997 ___Long short-term memory___ [[pdf](http://citeseerx.ist.psu.edu/viewdoc/download?doi="
                "10.1.1.676.4320&rep=rep1&type=pdf)] __(LSTM)__\n")
    assert (paper.title, paper.year) == ("Long short-term memory", 1997)


def test_a_bold_date_then_fields_set_off_by_bars():
    # gokceneraslan/awesome-deepbio (every entry): when, the title, who in italics, where (a link), the code
    paper = one("- **2016-04** | DanQ: a hybrid convolutional and recurrent deep neural network for quantifying the "
                "function of DNA sequences | *Daniel Quang & Xiaohui Xie* | [Nucleic Acids Research]"
                "(https://doi.org/10.1093/nar/gkw226) | [code](https://github.com/uci-cbcl/DanQ)\n")
    assert paper.title.startswith("DanQ: a hybrid convolutional") and paper.year == 2016
    assert [a.name for a in paper.authors] == ["Daniel Quang", "Xiaohui Xie"]
    assert (paper.venue, paper.doi, paper.links["code"]) == (
        "Nucleic Acids Research 2016", "10.1093/nar/gkw226", "https://github.com/uci-cbcl/DanQ")
    paper = one("- **2007-08** | Fast model-based protein homology detection without alignment | *Sepp Hochreiter, "
                "Martin Heusel, and Klaus Obermayer* | [Bioinformatics](https://doi.org/10.1093/bioinformatics/btm247)\n")
    assert (paper.venue, len(paper.authors), paper.summary) == ("Bioinformatics 2007", 3, None)


def test_names_a_colon_then_the_title_quoted_in_italics():
    # bcmi/Awesome-Image-Harmonization (71 entries): "Names: "*Title.*" Venue (Year)"
    paper = one('+ Ke Xu, Gerhard Petrus Hancke, Rynson W.H. Lau: "*Learning Image Harmonization in the Linear Color '
                'Space.*" ICCV (2023) [[paper]](https://openaccess.thecvf.com/content/ICCV2023/papers/Xu_Learning_'
                'Image_Harmonization_in_the_Linear_Color_Space_ICCV_2023_paper.pdf)\n')
    assert (paper.title, paper.venue, paper.year) == (
        "Learning Image Harmonization in the Linear Color Space", "ICCV 2023", 2023)
    assert [a.name for a in paper.authors] == ["Ke Xu", "Gerhard Petrus Hancke", "Rynson W.H. Lau"]
    paper = one('+ Kalyan Sunkavalli, Micah K. Johnson, Wojciech Matusik, Hanspeter Pfister: "*Multi-scale image '
                'harmonization.*" ACM Trans. Graph. 29, 4 (2010) [[pdf]](http://www.kalyans.org/research/2012/'
                'Harmonization_SIG10.pdf)\n')
    assert (paper.title, paper.venue, paper.summary) == ("Multi-scale image harmonization", "ACM Trans. Graph. 2010",
                                                         None)


def test_an_ieee_reference_whose_journal_follows_the_quote_in_italics_keeps_its_title():
    # dawnlh/awesome-low-light-image-enhancement: the quoted title, then the journal in italics
    found = papers("- **CLAHE** [[Pdf]](https://ieeexplore.ieee.org/document/109340?arnumber=109340)\n"
                   "  - S.M. Pizer, and R. E. Johnston, “Contrast limited adaptive histogram equalization: speed and "
                   "effectiveness,”*IEEE Transl. on Consumer Electronics*,1990\n")
    assert list(found) == ["Contrast limited adaptive histogram equalization: speed and effectiveness"]


def test_a_whole_citation_in_one_bracket_then_its_links():
    # gemengtju/Tutorial_Separation (58 of 84 entries): "[Title, Author, Venue Year] [[Paper]](..)"
    paper = one("- [Interrupted and cascaded permutation invariant training for speech separation, Gene-Ping Yang, "
                "ICASSP, 2020][[Paper]](https://arxiv.org/abs/1910.12706)\n")
    assert (paper.title, [a.name for a in paper.authors], paper.venue, paper.arxiv_id) == (
        "Interrupted and cascaded permutation invariant training for speech separation", ["Gene-Ping Yang"],
        "ICASSP 2020", "1910.12706")
    paper = one("- [Filterbank design for end-to-end speech separation, Manuel Pariente et al., ICASSP 2020] "
                "[[Paper]](https://128.84.21.199/abs/1910.10400)\n")
    assert (paper.title, [a.name for a in paper.authors]) == (
        "Filterbank design for end-to-end speech separation", ["Manuel Pariente"])


def test_a_bold_name_before_the_title_in_a_title_cell():
    # PLM2233/Awesome-Medical-Foundation-Models: "**Name**: title" or "**Name** title", in sentence case
    text = ("| Year | Title | Journal | Code |\n|:----:|--------|---------|:---:|\n"
            "| 2025 | **3DINO** A generalizable 3D framework and model for self-supervised learning in medical imaging "
            "| npj Digital Medicine | [✓](https://github.com/AICONSlab/3DINO) |\n"
            "| 2025 | **URFM**: A general Ultrasound Representation Foundation Model for advancing ultrasound image "
            "diagnosis | Iscience | [✓](https://github.com/sonovision-ai/URFM) |\n")
    found = papers(text)
    assert sorted(found) == [
        "3DINO: A generalizable 3D framework and model for self-supervised learning in medical imaging",
        "URFM: A general Ultrasound Representation Foundation Model for advancing ultrasound image diagnosis"]
    assert all(p.summary is None and p.year == 2025 for p in found.values())


def test_titles_linking_the_lists_own_notes_named_for_them():
    # cognitivetech/memetics-research-summaries: each paper links the maintainer's notes, a file named for it
    text = ("## arXiv\n### Generation and Creation\n"
            "- [A Template Is All You Meme](./a-template-is-all-you-meme_2311.06649.md)\n"
            "- [MemeCraft: Contextual and Stance-Driven Multimodal Meme Generation](./MemeCraft-Contextual-and-"
            "Stance-Driven-Multimodal-Meme-Generation.md)\n")
    assert sorted(papers(text)) == ["A Template Is All You Meme",
                                    "MemeCraft: Contextual and Stance-Driven Multimodal Meme Generation"]
    # horseee/Awesome-Efficient-LLM: the list's own pages, named for their topic, are no papers
    assert papers("- [Efficient MOE](efficient_moe.md)\n  - [KV Cache Compression](kv_cache_compression.md)\n") == {}


def test_a_date_column_named_displaydate():
    # arnicas/text-gen-arxiv-papers (57 rows)
    paper = one("| title | authors | categories | displaydate |\n| ----- | ----- | ----- | ----- |\n"
                "| [Sparse Text Generation](http://arxiv.org/abs/2004.02644v3) | Pedro Henrique Martins, Zita Marinho, "
                "André F. T. Martins | cs.CL | 2020-04-06 |\n")
    assert (paper.year, paper.arxiv_id, len(paper.authors)) == (2020, "2004.02644", 3)


def test_a_plain_title_wrapped_before_its_venue_and_links():
    # SeekingDream/Static-to-Dynamic-LLMEval (66 entries): the title over two lines, "<ins>Venue, Year</ins>"
    found = papers("- MMLU-Pro: A More Robust and Challenging\nMulti-Task Language Understanding Benchmark, "
                   "<ins>NeurIPS, 2024</ins> [[Paper](https://arxiv.org/pdf/2406.01574)]\n"
                   "- Capabilities of Large Language Models in Control Engineering:\nA Benchmark Study on GPT-4, "
                   "Claude 3 Opus, and Gemini 1.0 Ultra, <ins>Arxiv, 2024</ins> [[Paper](https://arxiv.org/pdf/"
                   "2404.03647)]\n")
    assert sorted((p.title, p.venue) for p in found.values()) == [  # ("Arxiv", as written)
        ("Capabilities of Large Language Models in Control Engineering: A Benchmark Study on GPT-4, Claude 3 Opus, "
         "and Gemini 1.0 Ultra", "Arxiv 2024"),
        ("MMLU-Pro: A More Robust and Challenging Multi-Task Language Understanding Benchmark", "NeurIPS 2024")]
    # a title over its authors, or over its venue, stays so
    paper = one("- Deep Residual Learning for Image Recognition\n  Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun. "
                "CVPR 2016 [[pdf]](https://arxiv.org/abs/1512.03385)\n")
    assert (paper.title, len(paper.authors)) == ("Deep Residual Learning for Image Recognition", 4)


def test_a_paragraph_that_cites_a_paper_in_a_sentence_is_prose():
    # UcasCore/Awesome-Lane-Detection: a legend above its tables, with a link to the paper it refers to
    text = ('"↓" represents a top-down approach, which first identifies all instances and then predicts the specific '
            'location of each lane. "Max Lanes" means predefined maximum number of lanes in advance, which can be '
            'referred to in [SCNN](https://arxiv.org/abs/1712.06080).\n')
    assert papers(text) == {}


def test_a_tag_in_code_says_what_the_entry_is():
    # Kyubyong/nlp_tasks (248 tagged lines): PAPER, DATA, CHALLENGE, WIKI, PROJECT, TOOLKIT, ...
    found = parse("## Automated Essay Scoring\n"
                  "  * ****`PAPER`**** [Automatic Text Scoring Using Neural Networks](https://arxiv.org/abs/1606.04289)\n"
                  "  * ****`CHALLENGE`**** [Kaggle: The Hewlett Foundation: Automated Essay Scoring]"
                  "(https://www.kaggle.com/c/asap-aes)\n"
                  "  * ****`PROJECT`**** [EASE (Enhanced AI Scoring Engine)](https://github.com/edx/ease)\n")
    assert [e.data.title for e in found.entries] == ["Automatic Text Scoring Using Neural Networks"]
    assert [why for _, why in found.skipped] == ["marked as CHALLENGE, not a paper", "marked as PROJECT, not a paper"]


def test_a_paper_cited_in_full_under_a_news_heading():
    # opendilab/awesome-end-to-end-autonomous-driving: "### NEWs" holds the latest papers, cited as the others
    found = papers("### NEWs\n\n- [Hidden Biases of End-to-End Driving Models](https://arxiv.org/abs/2306.07957)\n"
                   "  \t- Bernhard Jaeger, Kashyap Chitta, Andreas Geiger\n  \t- ICCV 2023\n\n"
                   "- 2024/05: our survey was accepted. [link](https://github.com/OpenDriveLab/x)\n")
    assert list(found) == ["Hidden Biases of End-to-End Driving Models"]
    assert found["Hidden Biases of End-to-End Driving Models"].venue == "ICCV 2023"


def test_the_first_author_in_brackets_after_a_plain_title():
    # chrisnielsen/awesome-ophthalmology (every entry): "YEAR - Title (Name et al.) [(paper)](..) [(code)](..)"
    paper = one("* 2021 - Exploring The Limits Of Data Augmentation For Retinal Vessel Segmentation (Uysal et al.) "
                "[(paper)](https://arxiv.org/pdf/2105.09365v2.pdf) [(code)](https://github.com/onurboyar/Retinal-"
                "Vessel-Segmentation)\n")
    assert (paper.title, [a.name for a in paper.authors], paper.year, paper.summary) == (
        "Exploring The Limits Of Data Augmentation For Retinal Vessel Segmentation", ["Uysal"], 2021, None)
    paper = one("* Learning Theory and Practice (Theory and Practice) [(paper)](https://arxiv.org/pdf/2105.09365)\n")
    assert paper.title == "Learning Theory and Practice (Theory and Practice)" and paper.authors == []


def test_a_venue_and_its_year_in_two_code_spans():
    # IDEA-FinAI/LLM-as-a-Judge (87 of 91 entries)
    paper = one("- **Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena.** `NeurIPS` `2023` "
                "[[paper]](https://arxiv.org/abs/2306.05685)\n")
    assert (paper.venue, paper.year) == ("NeurIPS 2023", 2023)


def test_bold_italic_lines_are_headings_below_a_bold_line():
    # subeeshvasu/Awsome_Deep_Geometry_Learning: "**Voxel-based methods**" over "***Dense Voxels***"
    text = ("**Image-based methods**\n\n+ 2017-CVPR - A point set generation network for 3D object reconstruction. "
            "[[Paper]](https://arxiv.org/abs/1612.00603)\n\n**Voxel-based methods**\n\n***Dense Voxels***\n"
            "+ 2016-ECCV - 3D-R2N2: A Unified Approach for Single and Multi-view 3D Object Reconstruction. "
            "[[Paper]](https://arxiv.org/abs/1604.00449)\n\n***Sparse Voxels***\n"
            "+ 2017-3DV - Hierarchical surface prediction for 3D object reconstruction. "
            "[[Paper]](https://arxiv.org/abs/1704.00710)\n\n**Surface-based representation**\n\n"
            "+ 2018-CVPR - Learning to Estimate 3D Human Pose and Shape from a Single Color Image. "
            "[[Paper]](https://arxiv.org/abs/1805.04092)\n")
    assert [e.data.tags for e in parse(text).entries] == [
        ["Image-based methods"], ["Voxel-based methods/Dense Voxels"], ["Voxel-based methods/Sparse Voxels"],
        ["Surface-based representation"]]


def test_a_journal_in_words_in_brackets_ending_a_bold_title():
    # krantbrity/Single-Image-Reflection-Removal-Papers-and-Code-Collection
    paper = one("**- Polarized Reflection Removal with Dual-Stream Attention Guidance, (Pattern Recognition 2024)**\n")
    assert (paper.title, paper.venue, paper.year) == (
        "Polarized Reflection Removal with Dual-Stream Attention Guidance", "Pattern Recognition 2024", 2024)


def test_a_year_before_the_venue_after_names():
    # Honminden/awesome-hd-map-construction: BibTeX names, then "*2024 ISPRS Annals*" in italics
    paper = one("- [An Indoor-Outdoor Layered HD Map Construction for Autonomous Driving](https://arxiv.org/abs/"
                "2401.00001)\n    -  Gao, Huimin and Zhong, Ruofei and Qi, Xingyu. *2024 ISPRS Annals*\n")
    assert ([a.name for a in paper.authors], paper.venue) == (["Huimin Gao", "Ruofei Zhong", "Xingyu Qi"],
                                                             "ISPRS Annals 2024")


def test_a_labelled_summary_paragraph_under_a_bold_title_and_the_section_after_a_details_group():
    # krantbrity/Single-Image-Reflection-Removal-Papers-and-Code-Collection: "**简介**: ..." under each bold title;
    # a "<summary>" group of results closed by "</details>" holds none of the papers after it
    text = ("## 2025\n\n**- Reversible Decoupling Network for Single Image Reflection Removal (CVPR 2025)**  \n"
            "[arXiv](https://arxiv.org/abs/2410.08063)\n\n<details>\n<summary>RTX 4090 性能表现</summary>\n\n"
            "| Dataset | PSNR |\n|---|---|\n| Real | 25.7138 |\n\n</details>\n\n"
            "**简介**: RDNet采用可逆编码器来保护有价值的信息。\n\n"
            "**- Rethinking Depth Guided Reflection Removal (TMM 2025)**  \n"
            "[PDF](https://ieeexplore.ieee.org/document/10891560)\n\n**简介**: 该论文受人类双目视觉系统启发。\n")
    found = parse(text)
    assert [(e.data.title, e.data.tags) for e in found.entries] == [
        ("Reversible Decoupling Network for Single Image Reflection Removal", ["2025"]),
        ("Rethinking Depth Guided Reflection Removal", ["2025"])]
    assert found.entries[1].data.summary == "该论文受人类双目视觉系统启发。"
    assert found.sections == ["2025"]


def test_tags_inside_an_html_comment_make_no_section():
    # Yutong-Zhou-cv/Awesome-Transformer-in-CV: a template for contributors, commented out
    text = ("## Basic\n\n* **Attention Is All You Need** [[Paper](https://arxiv.org/abs/1706.03762)]\n\n"
            "<!--#comments For fold: <details><summary> <b>Name</b> </summary> ... </details> -->\n")
    assert parse(text).sections == ["Basic"]


def test_a_meeting_named_in_full_after_its_year_with_its_short_name():
    # gokceneraslan/awesome-deepbio: IEEE's own form, the year first, as a link's text in the venue field
    paper = one("- **2016-12** | Deep Motif: Visualizing Genomic Sequence Classifications | *Jack Lanchantin, "
                "Ritambhara Singh, Beilun Wang, Yanjun Qi* | [2016 IEEE International Conference on Bioinformatics "
                "and Biomedicine (BIBM)](https://doi.org/10.1109/BIBM.2016.7822593)\n")
    assert (paper.venue, paper.year) == ("BIBM 2016", 2016)
