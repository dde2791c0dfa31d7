"""Shapes of real lists met in session 42's seventy-fifth blind labelling round (``bench/unseen-lists/s78a``-
``s78h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers


def test_a_name_in_code_then_who_and_where_in_brackets_before_the_bold_title():
    """tim-learn/awesome-test-time-adaptation (every paper so): "`TTT` [Sun et al., Proc. ICML 2020] **Title**":
    the first author and the venue ("Proc." is no one's name), the method's name a note."""
    found = papers(
        "- `GeOS` [D'Innocente et al., Arxiv 2019] **Learning to generalize one sample at a time with "
        "self-supervision** [[PDF]](https://arxiv.org/abs/1910.03915) [[G-Scholar]](https://scholar.google.com/"
        "scholar?cluster=3203292870958646989&hl=en)\n"
        "- `TTT` [Sun et al., Proc. ICML 2020] **Test-time training with self-supervision for generalization under "
        "distribution shifts** [[PDF]](http://proceedings.mlr.press/v119/sun20b.html) [[CODE-1]](https://github.com/"
        "yueatsprograms/ttt_cifar_release)\n"
        "- `PredBN` [Nado et al., Proc. ICML Workshops 2020] **Evaluating prediction-time batch normalization for "
        "robustness under covariate shift** [[PDF]](https://arxiv.org/abs/2006.10963)\n")
    assert [(names(p), p.venue, p.year, p.notes) for p in found.values()] == [
        (["D'Innocente"], "Arxiv 2019", 2019, ["GeOS"]),
        (["Sun"], "ICML 2020", 2020, ["TTT"]),
        (["Nado"], "ICML 2020 Workshops", 2020, ["PredBN"])]


def test_where_a_paper_was_rejected_is_a_note_not_its_venue():
    """NOVAglow646/OOD-Generalization-Paper-Reading-Notes: "**Title** (ICLR 2024 rejected)"."""
    paper = papers(
        "1. **Ask Your Distribution Shift if Pre-Training is Right for You** (ICLR 2024 rejected) [[paper]]"
        "(https://arxiv.org/abs/2403.00194)\n")["Ask Your Distribution Shift if Pre-Training is Right for You"]
    assert (paper.venue, paper.notes) == (None, ["ICLR 2024 rejected"])
