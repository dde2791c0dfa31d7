"""Shapes of real lists found by the eighteenth blind labelling round (``bench/unseen-lists/s21a``-``s21h``),
held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_a_date_in_words_and_a_dash_before_the_title_link_then_by_and_the_authors():
    # janosh/awesome-normalizing-flows (65 entries): the title had been "May 21", and "et. al." no authors
    found = papers(
        "## Publications\n\n"
        "1. Apr 1, 2011 - [Iterative Gaussianization: from ICA to Random Rotations](https://arxiv.org/abs/1602.00229)"
        " by Laparra et. al.\n\n"
        "4. May 21, 2015 - [Variational Inference with Normalizing Flows](https://arxiv.org/abs/1505.05770) by Danilo "
        "Rezende, Shakir Mohamed.\n")
    assert [(p.title, [a.name for a in p.authors], p.year, p.summary) for p in found.values()] == [
        ("Iterative Gaussianization: from ICA to Random Rotations", ["Laparra"], 2011, None),
        ("Variational Inference with Normalizing Flows", ["Danilo Rezende", "Shakir Mohamed"], 2015, None)]
