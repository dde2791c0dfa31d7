"""Shapes of real lists met in session 52's blind round (``s126``), held with the lists' own lines (the repository
is named in each test)."""

from __future__ import annotations

from markdown_papers import names, one, papers


def test_google_scholars_vancouver_citation():
    """Vezarachan/awesome-uncertainty-meets-explainability (every entry): "Surname AB, ... Title. Venue. 2021 Dec
    6;34:9391-404.", a meeting's name after a glued "In", an arXiv preprint's ID then the day it was posted."""
    found = papers(
        "## Uncertainty in explainability\n"
        "- Slack D, Hilgard A, Singh S, Lakkaraju H. Reliable post hoc explanations: Modeling uncertainty in "
        "explainability. Advances in neural information processing systems. 2021 Dec 6;34:9391-404. [link](https://"
        "proceedings.neurips.cc/paper_files/paper/2021/hash/4e246a381baf2ce038b3b0f82c7d6fb4-Abstract.html) ◼️\n"
        "- Marx C, Park Y, Hasson H, Wang Y, Ermon S, Huan L. But are you sure? an uncertainty-aware perspective on "
        "explainable ai. InInternational conference on artificial intelligence and statistics 2023 Apr 11 (pp. "
        "7375-7391). PMLR. [link](https://proceedings.mlr.press/v206/marx23a.html) 📖\n"
        "- Bykov K, Höhne MM, Müller KR, Nakajima S, Kloft M. How Much Can I Trust You?--Quantifying Uncertainties in "
        "Explaining Neural Networks. arXiv preprint arXiv:2006.09000. 2020 Jun 16. [link](https://arxiv.org/abs/"
        "2006.09000) ◼️\n"
        "- Cheng X, Wang T, Zhu D, Ma J. Uncertainty explanation of artificial intelligence models by SHAP. "
        "Knowledge-Based Systems. 2026 Jan 31:115437. [link](https://www.sciencedirect.com/science/article/pii/"
        "S0950705126001802)\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Reliable post hoc explanations: Modeling uncertainty in explainability",
         "Advances in neural information processing systems 2021", 2021),
        ("But are you sure? an uncertainty-aware perspective on explainable ai",
         "International conference on artificial intelligence and statistics 2023", 2023),
        ("How Much Can I Trust You?--Quantifying Uncertainties in Explaining Neural Networks", "arXiv 2020", 2020),
        ("Uncertainty explanation of artificial intelligence models by SHAP", "Knowledge-Based Systems 2026", 2026)]
    assert [names(p)[-1] for p in found.values()] == ["H Lakkaraju", "L Huan", "M Kloft", "J Ma"]


def test_a_date_it_was_submitted_in_brackets_before_the_title():
    """zya3d/Awesome-3D-Occupancy-Prediction (75 of its 86 papers): "[Submitted 29 November, 2023] Title", under a
    heading "CVPR 2024 (Accepted Papers)" whose venue and year the papers take."""
    found = papers(
        "### 2024\n#### CVPR 2024 (Accepted Papers)\n"
        "* [Submitted 29 November, 2023] SelfOcc: Self-Supervised Vision-Based 3D Occupancy Prediction "
        "[[paper](https://arxiv.org/pdf/2311.12754.pdf)] [[code](https://github.com/huang-yh/SelfOcc)]\n"
        "#### Arxiv\n"
        "* [Submitted 13 March, 2024] MonoOcc: Digging into Monocular Semantic Occupancy Prediction "
        "[[paper](https://arxiv.org/pdf/2403.08766.pdf)]\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("SelfOcc: Self-Supervised Vision-Based 3D Occupancy Prediction", "CVPR 2024", 2024),
        ("MonoOcc: Digging into Monocular Semantic Occupancy Prediction", "arXiv 2024", 2024)]


def test_a_venue_and_year_then_a_colon_within_a_papers_heading_link():
    """guixianjin/Some-research-on-noisy-labels (35 of its 36 paper headings): "#### 2. [CVPR-17: Title](url)", the
    link left empty for some ("[ECCV-18: Title]()"), which is a paper still, not a section over the next."""
    found = papers(
        "## 1. Clothing1M dataset\n\n"
        "#### 1. [CVPR-15: Learning from Massive Noisy Labeled Data for Image Classification]()\n\n"
        "#### 2. [CVPR-17: Making Deep Neural Networks Robust to Label Noise: A Loss Correction Approach](https://"
        "arxiv.org/pdf/1609.03683.pdf)\n![some result](https://github.com/o/r/blob/master/cvpr17_result.PNG)\n\n"
        "#### 8. [CVPR-19：Probabilistic End-to-End Noise Correction for Learning with Noisy Labels](https://arxiv.org/"
        "pdf/1903.07788.pdf)\n")
    assert [(t, p.venue, p.tags) for t, p in found.items()] == [
        ("Learning from Massive Noisy Labeled Data for Image Classification", "CVPR 2015", ["1. Clothing1M dataset"]),
        ("Making Deep Neural Networks Robust to Label Noise: A Loss Correction Approach", "CVPR 2017",
         ["1. Clothing1M dataset"]),
        ("Probabilistic End-to-End Noise Correction for Learning with Noisy Labels", "CVPR 2019",
         ["1. Clothing1M dataset"])]


def test_a_method_named_before_a_colon_is_no_venue():
    found = papers("## Models\n- [GPT-4: Technical Report](https://arxiv.org/abs/2303.08774)\n"
                   "- [Llama 2: Open Foundation and Fine-Tuned Chat Models](https://arxiv.org/abs/2307.09288)\n")
    assert [(t, p.venue) for t, p in found.items()] == [
        ("GPT-4: Technical Report", None), ("Llama 2: Open Foundation and Fine-Tuned Chat Models", None)]


def test_a_papers_heading_with_a_venue_badge_over_its_links():
    """henu77/Awesome-Monocular-Depth-Estimation (every paper): "### [Title](arXiv) ![Static Badge](shields.io/badge/
    ICLR-FF0000)", its links on the paragraph below, under a year's heading."""
    paper = one(
        "## 2025\n\n### [Lotus: Diffusion-based Visual Foundation Model for High-quality Dense Prediction](https://"
        "arxiv.org/pdf/2409.18124) ![Static Badge](https://img.shields.io/badge/ICLR-FF0000)\n\n"
        "[Code](https://github.com/EnVision-Research/Lotus) | [Project](https://lotus3d.github.io/) |  [Depth Demo]"
        "(https://huggingface.co/spaces/haodongli/Lotus_Depth)\n")
    assert (paper.title, paper.arxiv_id, paper.venue, paper.links.get("code")) == (
        "Lotus: Diffusion-based Visual Foundation Model for High-quality Dense Prediction", "2409.18124",
        "ICLR 2025", "https://github.com/EnVision-Research/Lotus")


def test_a_code_fence_never_closed_ends_before_the_next_heading():
    """osherr1996/awesome-monocular-height-estimation: a mermaid chart's fence, never closed, then "## Papers" and
    the whole list's table; CommonMark reads all of it as code, its writer meant the chart alone. The table's
    title cells carry "*Authors:*" and "*Notes:*" keys, which are no venue."""
    found = papers(
        "```mermaid\npie showData\n    title Paper distribution by section\n    \"Surveys\" : 1\n\n## Papers\n\n"
        "| Section | Title | Year | Venue | Link | Code |\n|---|---|---:|---|---|---|\n"
        "| Surveys | **The Use of Deep Learning Methods for Object Height Estimation in High Resolution Satellite "
        "Images**<br>*Authors:* Szymon Glinka; Jarosław Bajer; Damian Wierzbicki.<br>*Notes:* Survey/review of deep "
        "learning approaches for object/building height from high-resolution satellite imagery. | 2023 | Sensors | "
        "https://doi.org/10.3390/s23198162 | unspecified |\n")
    paper = found["The Use of Deep Learning Methods for Object Height Estimation in High Resolution Satellite Images"]
    assert (paper.venue, paper.doi, names(paper)) == (
        "Sensors 2023", "10.3390/s23198162", ["Szymon Glinka", "Jarosław Bajer", "Damian Wierzbicki"])
    assert "high-resolution satellite imagery" in paper.summary  # (whole: not cut within a word)


def test_a_closed_fence_holding_a_heading_stays_code():
    found = papers("## Papers\n\n```markdown\n\n## Not a section\n- [A Paper in Code](https://arxiv.org/abs/2101."
                   "00001)\n```\n\n- [A Real Paper on Fences](https://arxiv.org/abs/2101.00002)\n")
    assert list(found) == ["A Real Paper on Fences"]


def test_a_papers_link_named_by_who_made_it_under_a_name_column():
    """ishandutta2007/Awesome-VAE (every row): "| Variant | Key Mechanism | Year | Research Paper |", the paper's
    link named "DeepMind" or "NIPS 2015": the variant's name is the paper's, the lab a note, the meeting its venue."""
    found = papers(
        "## 1. Discrete & Token-Based VAEs\n\n| Variant | Key Mechanism | Year | Research Paper |\n"
        "| :--- | :--- | :--- | :--- |\n"
        "| **[VQ-VAE](variants/vq-vae.md)** | Discrete codebook mapping to prevent blurriness | 2017 | "
        "[DeepMind](https://arxiv.org/abs/1711.00937) |\n"
        "| **[Gumbel-Softmax VAE](variants/gumbel-softmax-vae.md)** | Differentiable categorical relaxation trick | "
        "2016 | [Google Brain](https://arxiv.org/abs/1611.01144) |\n"
        "| **[Ladder VAE](variants/ladder-vae.md)** | Top-down inference | 2016 | [NIPS 2016](https://arxiv.org/abs/"
        "1602.02282) |\n")
    assert [(t, p.arxiv_id, p.venue, p.notes, p.summary) for t, p in found.items()] == [
        ("VQ-VAE", "1711.00937", None, ["DeepMind"], "Discrete codebook mapping to prevent blurriness"),
        ("Gumbel-Softmax VAE", "1611.01144", None, ["Google Brain"], "Differentiable categorical relaxation trick"),
        ("Ladder VAE", "1602.02282", "NIPS 2016", [], "Top-down inference")]


def test_google_scholars_mla_names_a_meeting_in_lower_case():
    """SeongokRyu/Bayesian-deep-learning: '"Title." international conference on machine learning. 2016.', and a
    first author's family name joined by a hyphen ("Hernández-Lobato, José Miguel, et al.")."""
    found = papers(
        "## Dropout\n"
        "* Gal, Yarin, and Zoubin Ghahramani. \"Dropout as a Bayesian approximation: Representing model uncertainty "
        "in deep learning.\" international conference on machine learning. 2016.\n"
        "* Hernández-Lobato, José Miguel, et al. \"Black-box α-divergence minimization.\" (2016).\n")
    paper = found["Dropout as a Bayesian approximation: Representing model uncertainty in deep learning"]
    assert (paper.venue, paper.year) == ("international conference on machine learning 2016", 2016)
    assert names(found["Black-box α-divergence minimization"]) == ["José Miguel Hernández-Lobato"]


def test_fields_set_off_by_slashes_after_the_title():
    """gongyan1/SafeBEV (its 67 papers, "•" lines): "Title / [paper](..) / [project](..) / CVPR 2021 / CaDDN"."""
    found = papers(
        "#### Depth distributions methods.\n"
        "• Categorical Depth Distribution Network for Monocular 3D Object Detection / [paper](https://arxiv.org/abs/"
        "2103.01100) / [project](https://github.com/TRAILab/CaDDN/) / CVPR 2021 / CaDDN  \n"
        "• Automatic dense visual semantic mapping from street-level imagery / [paper](https://ieeexplore.ieee.org/"
        "document/6385958) / IROS 2012  \n")
    assert [(t, p.venue, p.summary) for t, p in found.items()] == [
        ("Categorical Depth Distribution Network for Monocular 3D Object Detection", "CVPR 2021", None),
        ("Automatic dense visual semantic mapping from street-level imagery", "IROS 2012", None)]


def test_an_italic_key_that_names_the_year():
    """FireFistisDead/Deepfake-Detection (every paper): "*Publication Year:* 2023" under the title and authors."""
    paper = one(
        "## Recent Research Papers\n\n1. **Audio Deepfake Detection: A Survey**  \n"
        "   *Authors:* Jiangyan Yi, Chenglong Wang, Jianhua Tao  \n   *Publication Year:* 2023  \n"
        "   [Link to paper](https://arxiv.org/abs/2308.14970)\n")
    assert (paper.year, paper.venue, names(paper)) == (2023, None, ["Jiangyan Yi", "Chenglong Wang", "Jianhua Tao"])


def test_a_heading_linking_nothing_over_papers_is_their_section():
    """BobXWu/learning-from-rewards-llm-papers: "### [Training with Scalar Rewards]()" over its papers."""
    found = papers(
        "## Training with Rewards\n\n### [Training with Scalar Rewards]()\n\n"
        "- **Proximal policy optimization algorithms**. arXiv, 2017. [paper](https://arxiv.org/pdf/1707.06347)\n")
    assert [(t, p.tags) for t, p in found.items()] == [
        ("Proximal policy optimization algorithms", ["Training with Rewards/Training with Scalar Rewards"])]
