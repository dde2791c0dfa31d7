"""Shapes of real lists met in session 42's seventy-ninth blind labelling round (``bench/unseen-lists/s82a``-
``s82h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_where_its_authors_work_in_italics_after_the_venue_and_year():
    """cmhungsteve/Awesome-Transformer-Attention (53 of 57 papers on its first page): '* **SAN**: "Title", CVPR, 2020
    (*CUHK + Intel*). [[Paper](..)]': the venue and year, then where its authors work, a note."""
    found = papers(
        '* **SAN**: "Exploring Self-attention for Image Recognition", CVPR, 2020 (*CUHK + Intel*). [[Paper](https://'
        'arxiv.org/abs/2004.13621)][[PyTorch](https://github.com/hszhao/SAN)]\n'
        '* **ViT**: "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", ICLR, 2021 '
        '(*Google*). [[Paper](https://arxiv.org/abs/2010.11929)]\n')
    assert [(p.venue, p.year, p.notes, p.summary) for p in found.values()] == [
        ("CVPR 2020", 2020, ["SAN", "CUHK + Intel"], None), ("ICLR 2021", 2021, ["ViT", "Google"], None)]


def test_a_year_and_venue_in_brackets_glued_to_the_end_of_a_title():
    """iSEngLab/AwesomeLLM4SE (72 of its 97 new papers): "30. 🔥Title[2024-IWSPA]", no link, no space."""
    found = papers(
        "30. 🔥Evaluating the Effectiveness of Deep Learning Models for Program Analysis[2024-IWSPA]\n"
        "31. ACES: Generating Diverse Programming Puzzles[2024-NeurIPS]\n")
    assert [(t, p.venue, p.year) for t, p in found.items()] == [
        ("Evaluating the Effectiveness of Deep Learning Models for Program Analysis", "IWSPA 2024", 2024),
        ("ACES: Generating Diverse Programming Puzzles", "NeurIPS 2024", 2024)]


def test_a_bold_title_over_bullets_of_where_and_when_its_authors_and_what_it_does():
    """RUC-NLPIR/RAG-Reading-List (every paper): "1. **Title**" over "- VENUE, DATE, URL", "- Names" and "- what
    it does"."""
    paper = papers(
        "### Text only\n"
        "1. **Measuring and Narrowing the Compositionality Gap in Language Models**\n"
        "   - EMNLP 2023 Findings, 2022-10-07, https://aclanthology.org/2023.findings-emnlp.378/\n"
        "   - Ofir Press, Muru Zhang, Sewon Min, Ludwig Schmidt, Noah Smith, Mike Lewis\n"
        "   - This paper proposes self-ask, an elicitive prompting strategy that ask the LLM itself to generate the "
        "decomposition of a complex query.\n"
    )["Measuring and Narrowing the Compositionality Gap in Language Models"]
    assert (paper.venue, paper.year, paper.url, [a.name for a in paper.authors][:2], paper.tags) == (
        "EMNLP 2023 Findings", 2023, "https://aclanthology.org/2023.findings-emnlp.378/", ["Ofir Press", "Muru Zhang"],
        ["Text only"])
    assert paper.summary.startswith("This paper proposes self-ask")


def test_the_first_author_and_year_then_a_comma_before_the_title_link():
    """benb111/awesome-small-molecule-ml (45 papers): "* Hu et al, 2019. [Title](..)", "* Walters and Barzilay,
    2020. [Title](..)": who and when, then the title; not "Hu et al" as the title."""
    found = papers(
        "* Hu et al, 2019. [Strategies for Pre-training Graph Neural Networks](https://arxiv.org/abs/1905.12265). "
        "[[Code](https://github.com/snap-stanford/pretrain-gnns)]\n"
        "* Walters and Barzilay, 2020. [Applications of Deep Learning in Molecule Generation and Molecular Property "
        "Prediction](https://pubs.acs.org/doi/10.1021/acs.accounts.0c00699)\n")
    assert [(t, [a.name for a in p.authors], p.year) for t, p in found.items()] == [
        ("Strategies for Pre-training Graph Neural Networks", ["Hu"], 2019),
        ("Applications of Deep Learning in Molecule Generation and Molecular Property Prediction",
         ["Walters", "Barzilay"], 2020)]


def test_what_the_where_and_when_bullet_says_besides_the_venue_is_kept():
    """The day it was posted, on the RUC-NLPIR line that gives the venue, is not dropped: a note."""
    paper = papers(
        "1. **In-Context Retrieval-Augmented Language Models**\n"
        "   - arXiv, 2023-08-01, https://arxiv.org/abs/2302.00083\n"
        "   - Ori Ram, Yoav Levine, Itay Dalmedigos\n")["In-Context Retrieval-Augmented Language Models"]
    assert (paper.arxiv_id, paper.year, paper.notes) == ("2302.00083", 2023, ["2023-08-01"])
