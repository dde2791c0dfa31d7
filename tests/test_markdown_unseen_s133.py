"""Shapes of real lists met in session 54's round 130 (``s133``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import names, one
from paperctl.formats.markdown.reader import parse


def test_an_apa_reference_written_a_part_a_line():
    """sachin-deshik-10/IRST_LIBRARY's bibliography (every one of its 75 references): "1. **Reed, I. S., & Yu, X.
    (1990)**" over "*Title*", then the journal with its volume and pages, then the DOI: who and when in bold, the
    title in italics, the journal (its year the reference's)."""
    paper = one(
        "1. **Reed, I. S., & Yu, X. (1990)**  \n"
        "   *Adaptive multiple-band CFAR detection of an optical pattern with unknown spectral distribution*  \n"
        "   IEEE Transactions on Acoustics, Speech, and Signal Processing, 38(10), 1760-1770.  \n"
        "   DOI: [10.1109/29.60107](https://doi.org/10.1109/29.60107)\n")
    assert (paper.title, names(paper), paper.year, paper.venue, paper.doi) == (
        "Adaptive multiple-band CFAR detection of an optical pattern with unknown spectral distribution",
        ["I. S. Reed", "X. Yu"], 1990, "IEEE Transactions on Acoustics, Speech, and Signal Processing 1990",
        "10.1109/29.60107")


def test_a_contest_named_alone_is_no_paper_but_a_paper_titled_after_one_is():
    """chrieke/awesome-satellite-imagery-datasets (its early list of competitions): "- [**Airbus Ship Detection
    Challenge**](kaggle.com/c/..) *(Airbus, Sep 2018)*" is a contest's page, left out and said so; "The Hateful Memes
    Challenge: Detecting Hate Speech in Multimodal Memes" (Yangyi-Chen/Multimodal-AND-Large-Language-Models) is a
    paper."""
    parsed = parse(
        "- [**Airbus Ship Detection Challenge**](https://www.kaggle.com/c/airbus-ship-detection) *(Airbus, Sep 2018)*"
        "   \n  Ship detection, 192k images\n"
        "- [The Hateful Memes Challenge: Detecting Hate Speech in Multimodal Memes](https://arxiv.org/abs/2005.04790)\n")
    assert [e.data.title for e in parsed.entries] == [
        "The Hateful Memes Challenge: Detecting Hate Speech in Multimodal Memes"]
    assert parsed.skipped == [(1, "a competition, not a paper")]  # (line 1, as a user reads it)
