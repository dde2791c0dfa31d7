"""Shapes of real lists met in session 42 (round 73's ``s76e``, still read wrong, and the seventy-fourth blind
labelling round, ``bench/unseen-lists/s77a``-``s77h``), held with the lists' own lines (the repository is named
in each test)."""

from __future__ import annotations

from markdown_papers import names, papers

# Purshow/Awesome-LVLM-Hallucination: a numbered bold name and title, the first author and venue in brackets after
# it; below, a bullet of badges (the arXiv ID, the code), then bullets that describe it
LVLM_HALLUCINATION = (
    "### Mitigating（LVLM）\n\n"
    "1. **LRV-Instruction**: Mitigating Hallucination in Large Multi-Modal Models via Robust Instruction Tuning, "
    "(Liu et al. ICLR2024)\n"
    "   - [![Static Badge](https://img.shields.io/badge/2306.14565-red?logo=arxiv)](http://arxiv.org/abs/2306.14565)"
    "  [![](https://img.shields.io/badge/LRV--Instruction-black?logo=github)](https://github.com/FuxiaoLiu/"
    "LRV-Instruction)\n"
    "   - [dataset] propose an instruction-tuning dataset that includes both positive and negative sample\n"
    "   - _GAIVE_: evaluation approach which uses GPT-4\n"
    "2. **LURE**: Analyzing and Mitigating Object Hallucination in Large Vision-Language Models, (Zhou et al. "
    "ICLR2024)\n"
    "   - [![Static Badge](https://img.shields.io/badge/2310.00754-red?logo=arxiv)](https://arxiv.org/pdf/2310.00754)"
    " [![](https://img.shields.io/badge/LURE-black?logo=github)](https://github.com/YiyangZhou/LURE) \n"
    "   - [post-hoc revision] train a revision model to detect and correct hallucinated objects in the base "
    "model’s response. \n"
    "4. **Woodpecker**: Hallucination Correction for Multimodal Large Language Models, (Yin et al.)\n"
    "   - [![Static Badge](https://img.shields.io/badge/2310.16045-red?logo=arxiv)](https://arxiv.org/abs/2310.16045)"
    " [![](https://img.shields.io/badge/Woodpecker-black?logo=github)](https://github.com/BradyFU/Woodpecker)  "
    "[![Static Badge](https://img.shields.io/badge/demo-yellow)](https://f252626b321420bfb1.gradio.live/)\n"
    "   - [revision] post-hoc correction\n"
    "   - need other pre-trained visual models\n")


def test_a_bold_name_a_title_and_its_first_author_in_brackets_over_a_bullet_of_badges():
    """Each item is a paper (the first author and the venue in brackets no longer make the bold name a label
    with its text), its arXiv ID and code from the badges below it, however many badges there are."""
    found = papers(LVLM_HALLUCINATION)
    assert [(p.arxiv_id, p.venue, names(p), p.links.get("code")) for p in found.values()] == [
        ("2306.14565", "ICLR 2024", ["Liu"], "https://github.com/FuxiaoLiu/LRV-Instruction"),
        ("2310.00754", "ICLR 2024", ["Zhou"], "https://github.com/YiyangZhou/LURE"),
        ("2310.16045", None, ["Yin"], "https://github.com/BradyFU/Woodpecker")]
    assert list(found)[1] == "Analyzing and Mitigating Object Hallucination in Large Vision-Language Models"  # (the
    # name a note, as the list's labels have it: tests/test_markdown_unseen_s123.py)
    assert "need other pre-trained visual models" in found[
        "Hallucination Correction for Multimodal Large Language Models"].notes


def test_a_method_name_between_the_title_link_and_its_authors_and_venue_in_brackets():
    """andyj1/Awesome-Multimodal-Dataset-Distillation (46 of its 64 papers): the short name is a note, the
    brackets say who and where, as they do with no name before them."""
    found = papers(
        "- [Dataset Condensation with Distribution Matching 📖](https://arxiv.org/abs/2110.04181) DM (Zhao & Bilen, "
        "WACV 2023) [GitHub 🌐](https://github.com/VICO-UoE/DatasetCondensation)\n\n"
        "- [Vision-Language Dataset Distillation 📖](https://arxiv.org/abs/2308.07545) Caption Combination (Li et al."
        ", arXiv 2025)\n\n"
        "- [A Label is Worth a Thousand Images in Dataset Distillation 📖](https://arxiv.org/abs/2406.10485) (Qin "
        "et al., NeurIPS 2024) [GitHub 🌐](https://github.com/sunnytqin/no-distillation)\n")
    assert [(names(p), p.venue, p.year, p.notes, p.summary) for p in found.values()] == [
        (["Zhao", "Bilen"], "WACV 2023", 2023, ["DM"], None),
        (["Li"], "arXiv 2025", 2025, ["Caption Combination"], None),
        (["Qin"], "NeurIPS 2024", 2024, [], None)]


def test_a_year_and_venue_column_and_a_memo_column():
    """chrisjihee/SLM-Math-papers: "Year / Venue" cells, the year first, and a note in the "메모" (memo)
    column, the only description the row has."""
    found = papers(
        "## 1. Math SLM / reasoning frontier\n\n"
        "| Paper | Year / Venue | Link | 메모 |\n|---|---|---|---|\n"
        "| rStar-Math | 2025 / ICML | https://proceedings.mlr.press/v267/guan25f.html | small-model math frontier, "
        "MCTS + PPM + self-evolution |\n"
        "| DeepSeekMath | 2024 / arXiv | https://arxiv.org/abs/2402.03300 | math pretraining + GRPO + SC |\n"
        "| Thought of Search | 2025 / ACL Findings | https://aclanthology.org/2025.findings-acl.1/ | search |\n")
    assert [(p.venue, p.year) for p in found.values()] == [
        ("ICML 2025", 2025), ("arXiv 2024", 2024), ("ACL 2025 Findings", 2025)]
    assert found["DeepSeekMath"].summary == "math pretraining + GRPO + SC"


def test_a_year_before_a_slash_is_a_venue_s_only_with_a_known_name_after_it():
    """"2025/TeLoGraF..." (JatinThakur2/Neurosymbolic-AI-Papers) is a year and a paper's name, not a venue;
    "[MIA/2020]" (emma-sjwang/Reading_list) is one, its name first."""
    from paperctl.formats.markdown import venues

    assert venues.parse("2025 / NAACL") == ("NAACL 2025", 2025)
    assert venues.parse("MIA/2020") == ("MIA 2020", 2020)
    assert venues.parse("2025/TeLoGraF") is None
    assert venues.parse("2019/2020") is None


def test_a_bold_word_alone_over_bold_entries_is_their_heading():
    """Mocciteen/ICL-paper: "**selection**", "**CoT**" over paragraphs that are papers, each a bold numbered
    title, its venue and link: a heading of the papers below it, not a paper known by its title."""
    found = papers(
        "# In Context Learning\n\n#### **Influence Factors for ICL**\n\n**selection**\n\n"
        "**1.What Makes Good In-Context Examples for GPT-3?** ACL2022 [paper](https://aclanthology.org/2022.deelio-"
        "1.10.pdf)\n\n"
        "**2.Demystifying prompts in language models via perplexity estimation** ACL2023 [paper](https://aclanthology"
        ".org/2023.findings-emnlp.679.pdf)\n\n\n**CoT**\n\n"
        "**1.Chain-of-Thought Prompting Elicits Reasoning in Large Language Models** NeurIPS2022 [paper](https://"
        "openreview.net/pdf?id=_VjQlMeSB_J)\n")
    assert [(t, p.tags) for t, p in found.items()] == [
        ("What Makes Good In-Context Examples for GPT-3?", ["Influence Factors for ICL/selection"]),
        ("Demystifying prompts in language models via perplexity estimation", ["Influence Factors for ICL/selection"]),
        ("Chain-of-Thought Prompting Elicits Reasoning in Large Language Models", ["Influence Factors for ICL/CoT"])]


def test_a_bold_title_of_more_words_over_bold_entries_is_still_a_paper():
    """The heading rule above is for a few words: a paper's bold title alone, known by its title, over the
    next bold entry stays a paper."""
    found = papers(
        "**Attention Is All You Need**\n\n"
        "**BERT: Pre-training of deep bidirectional transformers** NAACL 2019 [paper](https://arxiv.org/abs/1810.04805)\n")
    assert list(found) == ["Attention Is All You Need", "BERT: Pre-training of deep bidirectional transformers"]


def test_numbered_headings_of_titles_and_their_years_over_notes_are_papers():
    """Clayygou/Long-tailed-Learning (29 papers, no link among them): "#### N. Title（Year）" over a note in
    Chinese, under its section; a heading that only ends with a year in brackets, not numbered, stays one."""
    found = papers(
        "# Long-tailed-Learning\n## Ensemble Learning(Mixture-of-Experts)\n"
        "#### 2. Learning From Multiple Experts: Self-paced Knowledge Distillation for Long-tailed Classification"
        "（2020）\n\n首先作者提出了评价“长尾性”的4个指标。\n\n"
        "#### 3. Nested Collaborative Learning for Long-Tailed Visual Recognition（2022）\n\n"
        "在表征学习中加入了自监督训练。\n"
        "## Contrastive Learning\n#### 1. Balanced Contrastive Learning for Long-Tailed Visual Recognition (2023)\n\n"
        "提出了平衡的有监督对比学习方法。\n"
        "## paper list from 2014 to now (2019)\n\n- [Deep Residual Learning for Image Recognition](https://arxiv.org/"
        "abs/1512.03385)\n")
    assert [(t, p.year, p.tags) for t, p in found.items()] == [
        ("Learning From Multiple Experts: Self-paced Knowledge Distillation for Long-tailed Classification", 2020,
         ["Ensemble Learning(Mixture-of-Experts)"]),
        ("Nested Collaborative Learning for Long-Tailed Visual Recognition", 2022,
         ["Ensemble Learning(Mixture-of-Experts)"]),
        ("Balanced Contrastive Learning for Long-Tailed Visual Recognition", 2023, ["Contrastive Learning"]),
        ("Deep Residual Learning for Image Recognition", None, ["paper list from 2014 to now (2019)"])]


def test_a_name_column_beside_a_summary_column_of_titles():
    """kozistr/Awesome-GANs: "*Name* | *Summary* | *Paper* | *Code*", the Summary column holding each paper's
    title, the Paper column only "[[arXiv]]": the title is the summary cell's, the name a note."""
    found = papers(
        "*Name* | *Summary* | *Paper* | *Code*\n:---: | :---: | :---: | :---:\n"
        "**ACGAN**        | *Auxiliary Classifier Generative Adversarial Networks* | [[arXiv]](https://arxiv.org/abs/"
        "1610.09585) | [[code]](https://github.com/kozistr/Awesome-GANs/blob/master/ACGAN)\n"
        "**AdaGAN**       | *Boosting Generative Models* | [[arXiv]](https://arxiv.org/abs/1701.02386) |\n"
        "**DCGAN**        | *Deep Convolutional Generative Adversarial Networks* | [[arXiv]](https://arxiv.org/abs/"
        "1511.06434) | [[code]](https://github.com/kozistr/Awesome-GANs/blob/master/DCGAN)\n")
    assert [(t, p.arxiv_id, p.notes, p.summary) for t, p in found.items()] == [
        ("Auxiliary Classifier Generative Adversarial Networks", "1610.09585", ["ACGAN"], None),
        ("Boosting Generative Models", "1701.02386", ["AdaGAN"], None),
        ("Deep Convolutional Generative Adversarial Networks", "1511.06434", ["DCGAN"], None)]


def test_an_intro_bullet_giving_the_venue_then_what_the_paper_is():
    """XiaoCode-er/Skeleton-Based-Action-Recognition-Papers: a bold numbered title over "- intro: T-PAMI 2017,
    Spatio-Temporal LSTM", "- arxiv: URL", "- github: URL": the venue, then a note; the number is not the title's."""
    paper = papers(
        "**[2] Spatio-Temporal LSTM with Trust Gates for 3D Human Action Recognition**\n"
        "- intro: T-PAMI 2017, Spatio-Temporal LSTM\n"
        "- arxiv: [https://arxiv.org/abs/1607.07043](https://arxiv.org/abs/1607.07043)\n"
        "- github: [https://github.com/kinect59/Spatio-Temporal-LSTM](https://github.com/kinect59/Spatio-Temporal-"
        "LSTM)\n")["Spatio-Temporal LSTM with Trust Gates for 3D Human Action Recognition"]
    assert (paper.venue, paper.year, paper.arxiv_id, paper.notes) == (
        "T-PAMI 2017", 2017, "1607.07043", ["Spatio-Temporal LSTM"])


def test_a_bold_title_link_with_its_year_inside_the_bold():
    """autistic-symposium/quantum-computing-toolkit (50 entries): "* **[title](link) (2018)**": the link's text is
    the title (in lower case, as written), the bracket its year; a venue there is its venue."""
    found = papers(
        "* **[bayesian deep learning on a quantum computer](https://arxiv.org/abs/1806.11463) (2018)**\n"
        "* **[Quantum Convolutional Neural Networks](https://arxiv.org/abs/1810.03787) (Nature Physics 2019)**\n")
    assert [(t, p.arxiv_id, p.year, p.venue) for t, p in found.items()] == [
        ("bayesian deep learning on a quantum computer", "1806.11463", 2018, None),
        ("Quantum Convolutional Neural Networks", "1810.03787", 2019, "Nature Physics 2019")]
