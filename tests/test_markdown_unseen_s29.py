"""Non-papers of the unseen lists (every round's imported non-papers, grouped by shape) and shapes of real
lists found by the twenty-sixth blind labelling round (``bench/unseen-lists/s29a``-``s29h``), held with the
lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def titles(text: str) -> list[str]:
    return [e.data.title for e in parse(text).entries]


def test_workshops_people_and_venues_that_link_no_paper_are_none():
    # gentaiscool/code-switching-papers' "## Workshops", zhijing-jin/CausalNLP_Papers' "### 4.6 People
    # Directory", saltudelft/ml4se's "## Venues", TianhaoFu/Awesome-3D-Object-Detection's "Famous Research
    # Group/Scholar": events, people and sites (had been imported as papers)
    parsed = parse(
        "## Workshops\n\n"
        "- First Workshop on Computational Approaches to Code-switching, EMNLP 2014 <a href=\"http://emnlp2014.org/"
        "workshops/CodeSwitch/call.html\">[Website]</a>\n"
        "- [Social Robot Navigation: Advances and Evaluation](https://seanavbench.interactive-machines.com/), "
        "ICRA 2022.\n"
        "\n"
        "### 4.6 People Directory\n\n"
        "- **Kun Zhang** (CMU; former: MPI Tübingen), US.\n\n"
        "## Famous Research Group/Scholar\n\n"
        "- [Philipp Krähenbühl@UT Austin](https://scholar.google.com/citations?user=dzOd2hgAAAAJ)\n\n"
        "## Venues\n\n"
        "- [ICSE](https://www.icse-conferences.org/), the International Conference on Software Engineering\n")
    assert parsed.entries == []
    assert parsed.skipped[0][1] == "under 'Workshops', a heading of events, people or sites; links no paper"


def test_a_title_cited_with_its_venue_under_a_datasets_heading_is_a_paper():
    # Shuijing725/awesome-robot-social-navigation: a benchmark's paper linking its repository, with its journal
    # and year, is a paper; a dataset named by a bold word and a badge is not (lingxitong/Awesome-
    # Computational-Pathology), nor a workshop named with its meeting (above)
    assert titles(
        "## Datasets and Benchmarks\n\n"
        "- [SocNavBench: A Grounded Simulation Testing Framework for Evaluating Social Navigation](https://github.com"
        "/CMU-TBD/SocNavBench), THRI 2022.\n"
        "- **CAMELYON16** — lymph node metastasis detection. [![Dataset](https://img.shields.io/badge/Dataset-"
        "CAMELYON16-orange.svg)](https://camelyon16.grand-challenge.org/Data/)\n") == [
        "SocNavBench: A Grounded Simulation Testing Framework for Evaluating Social Navigation"]


def test_theses_books_and_posts_named_together_are_no_papers():
    # qhliu26/awesome-time-series-analysis' "### Books and PhD Thesis", nanahou/Awesome-Speech-Enhancement's
    # "Book or thesis", HeQinWill/awesome-WeatherAI's "## Blog Posts & News", saltudelft/ml4se's "## PhD Theses"
    assert titles(
        "### Books and PhD Thesis\n\n"
        "* Forecasting: Principles and Practice. [\\[Link\\]](https://otexts.com/fpp2/)\n\n"
        "### Book or thesis\n\n"
        "* Deep learning: method and applications, 2016 [[link]](https://www.microsoft.com/en-us/research/"
        "DeepLearning-NowPublishing-Vol7-SIG-039.pdf)\n\n"
        "## Blog Posts & News\n\n"
        "- [The rise of machine learning in weather forecasting](https://www.ecmwf.int/en/about/media-centre/"
        "science-blog/2023/rise-machine-learning-weather-forecasting) - ECMWF, 2023\n\n"
        "## PhD Theses\n\n"
        "- [Learning Natural Coding Conventions](https://miltos.allamanis.com/publicationfiles/allamanis2017"
        "dissertation/allamanis2017dissertation.pdf), Miltiadis Allamanis, 2017\n") == []


def test_a_tutorial_on_arxiv_is_a_paper_and_a_workshop_beside_it_is_not():
    # nightrome/really-awesome-gan's "# Tutorials & Workshops & Blogs"
    assert titles(
        "# Really Awesome GAN\n\n## Tutorials & Workshops & Blogs\n\n"
        "- NIPS 2016 Tutorial: Generative Adversarial Networks [[arXiv]](https://arxiv.org/abs/1701.00160)\n"
        "- NIPS 2016 Workshop on Adversarial Training [[Web]](https://sites.google.com/site/nips2016adversarial/)\n"
    ) == ["NIPS 2016 Tutorial: Generative Adversarial Networks"]


def test_bold_terms_in_a_list_that_links_nothing_are_not_papers():
    # kimberlyii/Awesome-Video-Understanding's "## Highlights", RenzeLou/awesome-instruction-learning's
    # introduction, yunqi-meng/GUIAgent-paperlist's reading guide: had been imported as papers (the guide names
    # papers the list links in full elsewhere; where a document links nothing at all, a method's name in bold is
    # its paper: tests/test_markdown_unseen_s43.py)
    assert titles(
        "## Benchmarks\n\n- [OSWorld: Benchmarking Multimodal Agents for Open-Ended Tasks in Real Computer "
        "Environments](https://arxiv.org/abs/2404.07972)\n\n"
        "## Highlights\n\n"
        "- **Community-maintained** — consistent entries, automated link checks, and a lightweight PR template.\n"
        "- 👉 **One model, all tasks.** An ideal AI system should be able to universally understand new tasks 💫.\n"
        "- **Prospecting** future directions for continual learning in generative models.\n"
        "- **OSWorld** — Desktop benchmark standard\n") == [
            "OSWorld: Benchmarking Multimodal Agents for Open-Ended Tasks in Real Computer Environments"]


def test_a_bold_method_name_over_its_citation_is_a_paper_in_a_list_that_links_nothing():
    # SHI-Yu-Zhe/Single-Object-Visual-Tracking_A-Paper-List (no links at all), JeffC0628/awesome-voice-conversion
    assert titles(
        "## Trackers\n\n"
        "- **GOTURN** David Held, Sebastian Thrun, Silvio Savarese, \"Learning to Track at 100 FPS with Deep\n"
        "  Regression Networks\", ECCV, 2016.\n"
        "- **CDVAE-VC** Unsupervised Representation Disentanglement Using Cross Domain Features and Adversarial "
        "Learning in Variational Autoencoder Based Voice Conversion\n") == [
            # (the quoted title, broken over two lines, is the title, as the list's labels give it)
            "Learning to Track at 100 FPS with Deep Regression Networks", "CDVAE-VC"]


def test_a_method_name_in_code_before_its_bold_title():
    # zhengli97/Awesome-Prompt-Adapter-Learning-for-VLMs (96 entries; 11 of 16 sampled had been lost)
    found = papers(
        "## Visual Prompting\n\n"
        "- `ViP-LLaVA` **Making Large Multimodal Models Understand Arbitrary Visual Prompts.** CVPR 2024.   \n"
        "[[Paper](https://arxiv.org/abs/2312.00784)] [[Code](https://github.com/WisconsinAIVision/ViP-LLaVA)] "
        "![](https://img.shields.io/badge/Image-orange)\n")
    (paper,) = found.values()
    assert (paper.title, paper.venue, paper.arxiv_id, paper.notes) == (
        "Making Large Multimodal Models Understand Arbitrary Visual Prompts", "CVPR 2024", "2312.00784",
        ["ViP-LLaVA"])


def test_a_bold_name_a_colon_then_a_plain_title_its_venue_comma_year_and_affiliation():
    # BWLONG/Awesome-Prompt-Learning-CV (121 lines of "**Name**:", 52 of ", Venue, Year (*Affiliation*)")
    found = papers(
        "## Papers\n\n"
        "* **CSP**: Learning to Compose Soft Prompts for Compositional Zero-Shot Learning, ICLR, 2023 (*Brown "
        "University*). [[Paper](https://arxiv.org/abs/2204.03574)][[PyTorch](https://github.com/BatsResearch/csp)]\n"
        "* **?**: Prompt Tuning with Soft Context Sharing for Vision-Language Models, arXiv, 2022 (*CAS*). "
        "[[Paper](https://arxiv.org/abs/2208.13474)]\n")
    assert [(p.title, p.venue, p.notes) for p in found.values()] == [
        ("Learning to Compose Soft Prompts for Compositional Zero-Shot Learning", "ICLR 2023",
         ["CSP", "Brown University"]),
        ("Prompt Tuning with Soft Context Sharing for Vision-Language Models", "arXiv 2022", ["CAS"])]


def test_a_bold_name_and_a_description_after_a_colon_keep_the_name():
    # byby221b/Awesome-CTR-Scaling: a method described after the colon, not titled
    found = papers(
        "## Models\n\n"
        "- **CHIME**: Compressive framework for holistic interest modeling; LLM-based encoding + residual VQ — "
        "[[Paper]](https://arxiv.org/abs/2504.06780) (Kuaishou, 2025)\n")
    assert [p.title for p in found.values()] == ["CHIME"]


def test_a_venue_in_brackets_opening_a_bold_title():
    # CzJamesZhao/awesome-3dgs-avatar (59 rows): "**(CVPR25)Title**", "**(ICCV25 Hightlight)Title**" in a table
    found = papers(
        "## Head Avatars\n\n"
        "| Title | Input | Driving | Core Method | Resources |\n|---|---|---|---|---|\n"
        "| **(CVPR25)AvatarArtist: Open-Domain 4D Avatarization** | | | | [![PDF](https://img.shields.io/badge/PDF-"
        "arXiv-b31b1b.svg)](https://arxiv.org/pdf/2503.19906) |\n")
    (paper,) = found.values()
    assert (paper.title, paper.venue, paper.year) == ("AvatarArtist: Open-Domain 4D Avatarization", "CVPR 2025", 2025)


def test_a_bold_name_and_venue_then_the_title():
    # hnuzhy/CV_DL_Gather (101 lines): "**VAT (TPAMI2018)** Title", "(arxiv2017.08)" a preprint's month
    found = papers(
        "## Semi-Supervised Learning\n\n"
        "* **VAT (TPAMI2018)** Virtual Adversarial Training: A Regularization Method for Supervised and Semi-"
        "Supervised Learning [[paper link](https://ieeexplore.ieee.org/document/8417973)][[arxiv link](https://"
        "arxiv.org/abs/1704.03976)]\n"
        "* 👍**Cutout (arxiv2017.08)** Improved Regularization of Convolutional Neural Networks with Cutout "
        "[[arxiv link](https://arxiv.org/abs/1708.04552)]\n")
    assert [(p.title, p.venue, p.notes) for p in found.values()] == [
        ("Virtual Adversarial Training: A Regularization Method for Supervised and Semi-Supervised Learning",
         "TPAMI 2018", ["VAT"]),
        ("Improved Regularization of Convolutional Neural Networks with Cutout", "arxiv 2017", ["Cutout"])]


def test_a_year_closing_a_bold_title_is_its_year_but_not_a_titles_own():
    # duyanxi/awesome-4DGS (45 lines); jvpoulos/causal-ml's "A Reply to Ogburn et al. (2019)" is the title
    found = papers(
        "## Papers\n\n"
        "- **Instant4D: 4D Gaussian Splatting in Minutes (2025)** [[paper](https://arxiv.org/abs/2510.01119)] "
        "[[project](https://instant4d.github.io/)]\n"
        "1. **The Blessings of Multiple Causes: A Reply to Ogburn et al. (2019)**, *arXiv*, 2019. [paper](https://"
        "arxiv.org/abs/1910.07320)\n")
    assert [(p.title, p.year) for p in found.values()] == [
        ("Instant4D: 4D Gaussian Splatting in Minutes", 2025),
        ("The Blessings of Multiple Causes: A Reply to Ogburn et al. (2019)", 2019)]


def test_a_preprint_or_a_venue_with_its_month_after_a_bold_title():
    # luban-agi/Awesome-Tool-Learning (38 of 43 entries "Preprint 2023.02", a few "KDD 2023.06"): the labels
    # write arXiv and the year, as every unseen label of a dated preprint does; the user's own "(Arxiv 2025.08)"
    # inside the bold is kept as written (the test of the seeds holds it)
    found = papers(
        "## Tool Learning\n\n"
        "- **Toolformer: Language Models Can Teach Themselves to Use Tools** Preprint 2023.02 <br />\n"
        "*Timo Schick, Jane Dwivedi-Yu, Roberto Dessì, Roberta Raileanu, Maria Lomeli, Luke Zettlemoyer, Nicola "
        "Cancedda, Thomas Scialom* [[pdf](https://arxiv.org/abs/2302.04761)]\n\n"
        "- **WebGLM: Towards An Efficient Web-Enhanced Question Answering System with Human Preferences** KDD "
        "2023.06 <br />\n*Xiao Liu, Hanyu Lai, Hao Yu, Yifan Xu, Aohan Zeng, Zhengxiao Du, Peng Zhang, Yuxiao Dong, "
        "Jie Tang* [[pdf](https://arxiv.org/abs/2306.07906)]\n")
    assert [(p.venue, p.year) for p in found.values()] == [("arXiv 2023", 2023), ("KDD 2023", 2023)]


def test_a_venue_and_year_in_square_brackets_after_the_title():
    # SupeRuier/awesome-active-learning (160 lines; 4 of 9 sampled bare-title papers had been lost)
    found = papers(
        "## Papers\n\n"
        "- Active Deep Learning to Tune Down the Noise in Labels [2018, KDD]\n"
        "- [Active Curriculum Learning [2021, InterNLP]](https://aclanthology.org/2021.internlp-1.pdf#page=52)\n")
    assert [(p.title, p.venue, p.year) for p in found.values()] == [
        ("Active Deep Learning to Tune Down the Noise in Labels", "KDD 2018", 2018),
        ("Active Curriculum Learning", "InterNLP 2021", 2021)]


def test_a_bold_venue_and_the_names_over_the_quoted_title():
    # cxliu0/Noisy-Labels-in-Computer-Vision (28 entries): the title had been the names' line
    found = papers(
        "## Object Detection\n\n"
        "* [**BMVC 2021**] Jiafeng Mao, Qing Yu, Yoko Yamakata, Kiyoharu Aizawa.  \n"
        "  \"Noisy Annotation Refinement for Object Detection\" [[paper]](https://www.bmvc2021-virtualconference.com"
        "/assets/papers/0778.pdf)\n")
    (paper,) = found.values()
    assert (paper.title, paper.venue, [a.name for a in paper.authors]) == (
        "Noisy Annotation Refinement for Object Detection", "BMVC 2021",
        ["Jiafeng Mao", "Qing Yu", "Yoko Yamakata", "Kiyoharu Aizawa"])


def test_names_then_the_title_then_the_venue_all_with_commas():
    # hbulpf/hnbd_ailab (51 lines): "Names, Title, Venue Year.   [ url ]" and "..., arXiv:ID, Year."
    found = papers(
        "## 论文\n\n"
        "1. Justin Johnson, Bharath Hariharan, Laurens van der Maaten, Li Fei-Fei, C. Lawrence Zitnick, Ross "
        "Girshick, CLEVR: A Diagnostic Dataset for Compositional Language and Elementary Visual Reasoning, CVPR "
        "2017.  [ http://vision.stanford.edu/pdf/johnson2017cvpr.pdf ]\n"
        "1. Justin Johnson, Bharath Hariharan, Laurens van der Maaten, Judy Hoffman, Li Fei-Fei, C. Lawrence "
        "Zitnick, Ross Girshick, Inferring and Executing Programs for Visual Reasoning, arXiv:1705.03633, 2017.   "
        "[ https://arxiv.org/abs/1705.03633 ]\n")
    assert [(p.title, p.venue, len(p.authors)) for p in found.values()] == [
        ("CLEVR: A Diagnostic Dataset for Compositional Language and Elementary Visual Reasoning", "CVPR 2017", 6),
        ("Inferring and Executing Programs for Visual Reasoning", "arXiv 2017", 7)]


def test_a_posting_month_in_bold_then_the_bold_title_link_and_its_bold_venue():
    # ZhenyuSun-Walker/Awesome-Text-to-3D-Plus (40 lines): the month had been the title
    found = papers(
        "## 2022\n\n"
        "- **2022.09** - **[DreamFusion: Text-to-3D using 2D Diffusion](https://arxiv.org/abs/2209.14988)** **(ICLR "
        "2023) :** This paper introduces a method for generating 3D objects using 2D diffusion models.\n")
    (paper,) = found.values()
    assert (paper.title, paper.venue, paper.summary) == (
        "DreamFusion: Text-to-3D using 2D Diffusion", "ICLR 2023",
        "This paper introduces a method for generating 3D objects using 2D diffusion models.")


def test_a_bold_term_explained_by_the_bullets_below_it_in_a_list_that_links_nothing():
    # duyanxi/awesome-4DGS's "Practical stack" (had been imported as papers); a name over its citation stays
    assert titles(
        "## Practical stack around 4DGS\n\n"
        "- **Compression / deployment layer**\n"
        "  - For real systems, dynamic Gaussian models increasingly need quantization, pruning, caching, and "
        "streamable residual updates.\n") == []


def test_a_results_row_with_its_code_link_is_not_a_paper():
    # zhengli97/Awesome-Prompt-Adapter-Learning-for-VLMs' "Experimental Comparison" (35 rows, labelled not papers)
    assert titles(
        "### Experimental Comparison\n\n"
        "| Methods     | Pub        | ImageNet | -A    | -V2   | -R    | -S    | Avg. (main)  | Code |\n"
        "|-------------|------------|----------| ---   | ---   |  ---  |  ---  |  :---:  | ---  |\n"
        "| TPT         | NeurIPS 22 | 68.98    | 54.77 | 63.45 | 77.06 | 47.94 | 60.81 | [Link](https://github.com/"
        "azshue/TPT) |\n") == []
