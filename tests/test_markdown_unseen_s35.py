"""Shapes of real lists found by the thirty-second blind labelling round (``bench/unseen-lists/s35a``-
``s35h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def one(text: str):
    found = list(papers(text).values())
    assert len(found) == 1, found
    return found[0]


def test_a_year_before_the_emphasised_title():
    # Eulring/Text-Generation-Papers (every entry): the year, then the title in bold italics
    paper = one("- 2016 ___Tutorial on variational autoencoders___ [[pdf](https://arxiv.org/pdf/1606.05908.pdf)]\n")
    assert (paper.title, paper.year, paper.arxiv_id) == ("Tutorial on variational autoencoders", 2016, "1606.05908")
    paper = one("- 1997 ___Long short-term memory___ [[pdf](http://citeseerx.ist.psu.edu/viewdoc/download?doi="
                "10.1.1.676.4320&rep=rep1&type=pdf)] __(LSTM)__\n")
    assert (paper.title, paper.year) == ("Long short-term memory", 1997)


def test_a_bold_date_then_fields_set_off_by_bars():
    # gokceneraslan/awesome-deepbio (every entry): when, the title, who in italics, where (a link), the code
    paper = one("- **2016-04** | DanQ: a hybrid convolutional and recurrent deep neural network for quantifying the "
                "function of DNA sequences | *Daniel Quang & Xiaohui Xie* | [Nucleic Acids Research]"
                "(https://doi.org/10.1093/nar/gkw226) | [code](https://github.com/uci-cbcl/DanQ)\n")
    assert paper.title.startswith("DanQ: a hybrid convolutional") and paper.year == 2016
    assert [a.name for a in paper.authors] == ["Daniel Quang", "Xiaohui Xie"]
    assert (paper.venue, paper.doi, paper.links["code"]) == (
        "Nucleic Acids Research 2016", "10.1093/nar/gkw226", "https://github.com/uci-cbcl/DanQ")
    paper = one("- **2007-08** | Fast model-based protein homology detection without alignment | *Sepp Hochreiter, "
                "Martin Heusel, and Klaus Obermayer* | [Bioinformatics](https://doi.org/10.1093/bioinformatics/btm247)\n")
    assert (paper.venue, len(paper.authors), paper.summary) == ("Bioinformatics 2007", 3, None)
