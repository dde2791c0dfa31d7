"""Shapes of real lists found by the fifteenth blind labelling round (``bench/unseen-lists/s18a``-``s18h``, a short
round), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_bullets_with_no_space_a_venue_ending_the_description_and_a_paper_badge_naming_the_venue():
    # acadTags/Awesome-medical-coding-NLP (every entry): "-[Title](..)" lines had given the title "-", and
    # "- in EMNLP 2021" had ended the summary; lingxitong/Awesome-Computational-Pathology: the paper badge's
    # "CMIG 2011" had been dropped
    found = papers(
        "## 2021\n\n"
        "-[Meta-LMTC: Meta-Learning for Large-Scale Multi-Label Text Classification](https://aclanthology.org/"
        "2021.emnlp-main.679/) - Meta-learning for few- or zero-shot multi-label classification - in EMNLP 2021\n"
        "-[Effective Convolutional Attention Network for Multi-label Clinical Document Classification]"
        "(https://aclanthology.org/2021.emnlp-main.481/) - Convolutional attention network - in EMNLP 2021\n\n"
        "- **Computational Pathology: Challenges and Promises**. [![Paper](https://img.shields.io/badge/Paper-CMIG"
        "%202011-1f77b4.svg)](https://www.sciencedirect.com/science/article/pii/S0895611110001023)\n")
    assert [(t, p.venue, p.summary) for t, p in found.items()] == [
        ("Meta-LMTC: Meta-Learning for Large-Scale Multi-Label Text Classification", "EMNLP 2021",
         "Meta-learning for few- or zero-shot multi-label classification"),
        ("Effective Convolutional Attention Network for Multi-label Clinical Document Classification", "EMNLP 2021",
         "Convolutional attention network"),
        ("Computational Pathology: Challenges and Promises", "CMIG 2011", None)]


def test_an_arxiv_id_in_a_tables_venue_column_is_venue_arxiv_and_the_papers_id():
    # dev-sungman/Awesome-Self-Supervised-Papers (20 of 60 rows): the venue had been "arXiv:2002.05709", year 2002
    found = papers(
        "| Conference/Journal | Paper | Top-1 |\n|---|---|---|\n"
        "| arXiv:2002.05709     | [A Simple Framework for Contrastive Learning of Visual Representations (SimCLR)]"
        "(https://arxiv.org/pdf/2002.05709.pdf) | 69.3 % |\n")
    assert [(p.venue, p.year, p.arxiv_id) for p in found.values()] == [("arXiv", None, "2002.05709")]


def test_a_tag_before_an_angle_bracketed_title_link_and_authors_after_by_on_the_next_line():
    # apexrl/Imitation-Learning-Paper-Lists: "[DAgger] <" had been the title, "J. Andrew Bagnell, 2011" a venue
    # ("Andrew Bagnell 2011"), and names after a "by" ending the line the summary
    found = papers(
        "* [DAgger] <[A Reduction of Imitation Learning and Structured Prediction to No-Regret Online Learning]"
        "(https://arxiv.org/abs/1011.0686)> by Stephane Ross, Geoffrey J. Gordon, J. Andrew Bagnell, 2011.\n"
        "* <[Maximum Entropy Inverse Reinforcement Learning](https://www.aaai.org/Papers/AAAI/2008/AAAI08-227.pdf)>"
        " by \nBrian D. Ziebart, Andrew Maas, J.Andrew Bagnell, and Anind K. Dey, 2008.\n"
        "* [Multi-agent reinforcement learning: a critical survey](http://example.org/a.pdf) by Shoham Y, Powers R,"
        " Grenager T. Artificial Intelligence, 2007.\n")
    assert [(t, p.venue, p.year, [a.name for a in p.authors], p.summary) for t, p in found.items()] == [
        ("A Reduction of Imitation Learning and Structured Prediction to No-Regret Online Learning", None, 2011,
         ["Stephane Ross", "Geoffrey J. Gordon", "J. Andrew Bagnell"], None),
        ("Maximum Entropy Inverse Reinforcement Learning", None, 2008,
         ["Brian D. Ziebart", "Andrew Maas", "J.Andrew Bagnell", "Anind K. Dey"], None),
        ("Multi-agent reinforcement learning: a critical survey", "Artificial Intelligence 2007", 2007,
         ["Y Shoham", "R Powers", "T Grenager"], None)]


def test_a_workshop_written_in_lower_case_takes_its_year_before_the_track():
    # WLiK/LLM4Rec-Awesome-Papers: "NeurIPS workshop" with a Year column had been "NeurIPS workshop 2021"
    from paperctl.formats.markdown import venues

    assert venues.with_year("NeurIPS workshop", 2021) == "NeurIPS 2021 workshop"


def test_a_sentence_naming_the_venue_at_the_end_of_the_description():
    # acadTags/Awesome-medical-coding-NLP: "... Graph Convolutional Networks. In ACL 2020." had ended the summary
    found = papers(
        "-[HyperCore: Hyperbolic and Co-graph Representation for Automatic ICD Coding](https://www.aclweb.org/"
        "anthology/2020.acl-main.282/) - Hyperbolic embedding + Graph Convolutional Networks. In ACL 2020.\n")
    assert [(p.venue, p.summary) for p in found.values()] == [
        ("ACL 2020", "Hyperbolic embedding + Graph Convolutional Networks")]
