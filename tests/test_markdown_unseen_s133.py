"""Shapes of real lists met in session 54's round 130 (``s133``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import names, one


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
