"""Shapes of real lists found by the seventeenth blind labelling round (``bench/unseen-lists/s20a``-``s20h``),
held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_a_venue_and_its_year_after_an_apostrophe_before_a_plain_title():
    # downeykking/graph-papers (50 of its 67 task-list entries): "TNNLS'22" had stayed in the title, with no venue
    found = papers(
        "## 4. Self-supervised Learning -- Contrastive\n\n"
        "- [ ] TNNLS'22 Prototypical Graph Contrastive Learning [[Paper](https://arxiv.org/abs/2106.09645)] "
        "[[Code](https://github.com/ha-lins/PGCL)] [Link] \n"
        "- [x] Dataset@NIPS'21 An Empirical Study of Graph Contrastive Learning "
        "[[Paper](https://arxiv.org/abs/2109.01116)] [Code] [Link]\n"
        "- [x] NeurIPS'13  Word2vec: Distributed Representations of Words and Phrases and their Compositionality "
        "[[Paper](https://arxiv.org/abs/1310.4546)] [[Code](https://github.com/brijml/mikolov_word2vec)]\n")
    assert [(p.title, p.venue, p.year, p.status) for p in found.values()] == [
        ("Prototypical Graph Contrastive Learning", "TNNLS 2022", 2022, "unread"),
        ("An Empirical Study of Graph Contrastive Learning", "NIPS 2021 Dataset", 2021, "read"),
        ("Word2vec: Distributed Representations of Words and Phrases and their Compositionality", "NeurIPS 2013",
         2013, "read")]


def test_an_apostrophe_in_a_title_is_not_a_venue():
    found = papers("- Rock'n'roll 22 Ways to Train a Network [[Paper](https://arxiv.org/abs/1809.10341)]\n")
    assert [(p.title, p.venue) for p in found.values()] == [("Rock'n'roll 22 Ways to Train a Network", None)]
