"""Shapes of real lists met in session 48: misses left open from session 47's rounds (``s106``-``s110``) and
those of its own blind rounds (``s111`` on), held with the lists' own lines (the repository is named in each
test)."""

from __future__ import annotations

from markdown_papers import papers


def test_a_title_linking_a_gist_is_a_paper_with_the_owners_notes_on_it():
    """shagunsodhani/papers-I-read: 70 of its papers' titles link the owner's notes on them in gists. A gist is a
    page of notes or a snippet, not a code repository: the papers are read, each gist kept as the paper's link, as
    the owner's blog posts are."""
    found = papers(
        "## List of papers\n\n"
        "* [Conditional Similarity Networks](https://shagunsodhani.com/papers-I-read/Conditional-Similarity-Networks)\n"
        "* [Seeing the Arrow of Time](https://gist.github.com/shagunsodhani/828d8de0034a350d97738bbedadc9373)\n"
        "* [PPDB: The Paraphrase Database](https://gist.github.com/shagunsodhani/fa1f387f084355dfafdf7550b1899af6)\n")
    assert list(found) == ["Conditional Similarity Networks", "Seeing the Arrow of Time",
                           "PPDB: The Paraphrase Database"]
    assert found["Seeing the Arrow of Time"].links == {
        "paper": "https://gist.github.com/shagunsodhani/828d8de0034a350d97738bbedadc9373"}


def test_a_gist_under_a_heading_of_utilities_is_the_script_itself():
    """leihanchen/awesome_gaussian_slam's "Utilities": repositories and a gist, each a tool, no paper."""
    found = papers(
        "### Utilities\n"
        "- [Kapture](https://github.com/naver/kapture) - A unified data format to facilitate visual localization\n"
        "- [Kapture image cropper script](https://gist.github.com/jo-chemla/258e6e40d3d6c2220b29518ff3c17c40) - "
        "Undistorted image cropper script to remove black borders with included conversion instructions\n")
    assert found == {}
