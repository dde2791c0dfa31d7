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


def test_titles_ending_by_who_wrote_them_in_a_list_written_so():
    """robi56/Deep-Learning-for-Recommendation-Systems (21 of its 22 papers): "N. Title by Name. <br>" over
    "Source: URL". One name after "by" tells nothing alone ("Learning to See by Moving"); a list most of whose items
    end so does. The year after the name is the paper's; "Source:" names the paper's link, not a description."""
    parsed = parse(
        "## Papers\n"
        "2. A Neural Autoregressive Approach to Collaborative Filtering by Yin Zheng et all.<br>\n"
        "Source: http://proceedings.mlr.press/v48/zheng16.pdf\n"
        "3. Collaborative Recurrent Neural Networks for Dynamic Recommender Systems by Young-Jun Ko. ACML 2016 <br>\n"
        "Source: http://proceedings.mlr.press/v63/ko101.pdf\n"
        "4. Hybrid Recommender System based on Autoencoders by Florian Strub . 2016 <br>\n"
        "Source: https://arxiv.org/pdf/1606.07659.pdf\n"
        "11. Ask the GRU: Multi-task Learning for Deep Text Recommendations by T Bansal. <br> \n"
        "Source: https://arxiv.org/pdf/1609.02116.pdf\n")
    papers = [e.data for e in parsed.entries]
    assert [(p.title, names(p), p.year, p.summary) for p in papers] == [
        ("A Neural Autoregressive Approach to Collaborative Filtering", ["Yin Zheng"], None, None),
        ("Collaborative Recurrent Neural Networks for Dynamic Recommender Systems", ["Young-Jun Ko"], 2016, None),
        ("Hybrid Recommender System based on Autoencoders", ["Florian Strub"], 2016, None),
        ("Ask the GRU: Multi-task Learning for Deep Text Recommendations", ["T Bansal"], None, None)]
    assert papers[0].url == "http://proceedings.mlr.press/v48/zheng16.pdf"


def test_a_title_saying_how_by_stays_whole_in_a_list_not_written_so():
    """jason718/awesome-self-supervised-learning: "- Learning Features by Watching Objects Move." among titles that
    do not name who wrote them: "by" says how, and the title is kept whole."""
    parsed = parse(
        "- [Learning Features by Watching Objects Move](https://arxiv.org/abs/1612.06370)\n"
        "- [Colorful Image Colorization](https://arxiv.org/abs/1603.08511)\n"
        "- [Unsupervised Learning of Visual Representations using Videos](https://arxiv.org/abs/1505.00687)\n"
        "- [Learning to See by Moving](https://arxiv.org/abs/1505.01596)\n")
    assert [(e.data.title, names(e.data)) for e in parsed.entries][0] == (
        "Learning Features by Watching Objects Move", [])
