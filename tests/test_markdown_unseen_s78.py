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


def test_a_rule_across_the_page_ends_a_bold_line_s_group_of_papers():
    """Mocciteen/RLHF-paper: "**理论：**" over bold entries, then "---" and more entries: those are in the section
    above, not the bold line's group; a rule right under a bold year ("**2019**" / "___", LibCity/Bigscity-LibCity-
    PaperList) is its underline, and the papers below are the year's."""
    found = papers(
        "#### RLHF\n\n**理论：**\n\n"
        "**Is RLHF More Difficult than Standard RL? A Theoretical Perspective** NeurIPS2023 [paper](https://arxiv.org/"
        "pdf/2306.14111)\n\n---\n\nRLHF基础上进行相关改进\n\n"
        "**Confronting Reward Model Overoptimization with Constrained RLHF** ICLR2024 [paper](https://arxiv.org/pdf/"
        "2310.04373)\n\n**2019**\n___\n"
        "1. **Joint Representation Learning for Multi-Modal Transportation Recommendation.** *Liu H, Li T.* AAAI 2019."
        " [link](https://ojs.aaai.org/index.php/AAAI/article/view/3894)\n")
    assert [p.tags for p in found.values()] == [["RLHF/理论"], ["RLHF"], ["RLHF/2019"]]
