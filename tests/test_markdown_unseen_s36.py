"""Shapes of real lists found by the thirty-third blind labelling round (``bench/unseen-lists/s36a``-
``s36h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def one(text: str):
    found = list(papers(text).values())
    assert len(found) == 1, found
    return found[0]


def names(paper) -> list[str]:
    return [a.name for a in paper.authors]


def test_who_where_and_when_after_a_colon_as_dblp_writes_them():
    # mgreiler/awesome-code-review-research (10 of 21 entries): the pages after the year and a colon
    paper = one("- [Expectations, outcomes, and challenges of modern code review](https://sback.it/publications/"
                "icse2013.pdf): Alberto Bacchelli, Christian Bird, ICSE 2013: 712-721\n")
    assert (paper.title, paper.venue, paper.year, paper.summary) == (
        "Expectations, outcomes, and challenges of modern code review", "ICSE 2013", 2013, None)
    assert names(paper) == ["Alberto Bacchelli", "Christian Bird"]
    paper = one("- [Interpersonal Conflicts During Code Review](https://arxiv.org/abs/2201.05425): Pavlína Wurzel "
                "Gonçalves, Gül Çalikli, Alberto Bacchelli, CoRR abs/2201.05425 (2022)\n")
    assert (paper.title, paper.venue, paper.arxiv_id) == (
        "Interpersonal Conflicts During Code Review", "CoRR 2022", "2201.05425")
    assert names(paper)[0] == "Pavlína Wurzel Gonçalves"


def test_a_description_after_the_colon_stays_the_summary():
    paper = one("- [Test-Driven Code Review: An Empirical Study](https://sback.it/publications/icse2019a.pdf): "
                "Research that shows the benefit of reviewing test code.\n")
    assert (paper.summary, paper.authors) == ("Research that shows the benefit of reviewing test code.", [])


def test_names_in_bibtex_order_joined_by_and():
    # mgreiler/awesome-code-review-research: "Last, First and Last, First"
    from paperctl.formats.markdown import people

    assert people.parse("Paul, Rajshakhar and Turzo, Asif K. and Bosu, Amiangshu") == [
        "Rajshakhar Paul", "Asif K. Turzo", "Amiangshu Bosu"]
    assert people.parse("Hasan, Masum and Islam, Mohammad Rafid Ul and Rahman, AJM") == [
        "Masum Hasan", "Mohammad Rafid Ul Islam", "AJM Rahman"]


def test_by_names_in_a_year():
    # soulios/MolecularGeometricDL (38 lines): "by Gilmer et al. in 2017", then emoji
    paper = one("- [Neural Message Passing for Quantum Chemistry](https://proceedings.mlr.press/v70/gilmer17a.html) by "
                "Gilmer et al. in 2017🔥🔥🔥\n")
    assert (names(paper), paper.year, paper.summary) == (["Gilmer"], 2017, None)


def test_a_bold_name_a_comma_then_the_title():
    # kkakkkka/awesome-code-as-x: the method's name, a comma, the title, its arXiv badge
    paper = one("- **GIF-MCTS**, Generating Code World Models with Large Language Models Guided by Monte Carlo Tree "
                "Search. [![arXiv](https://img.shields.io/badge/arXiv-2405.15383-b31b1b.svg)](https://arxiv.org/abs/"
                "2405.15383)\n")
    assert paper.title == "Generating Code World Models with Large Language Models Guided by Monte Carlo Tree Search"
    assert (paper.arxiv_id, paper.notes) == ("2405.15383", ["GIF-MCTS"])
    # and with a colon, the name is the title's own: "VoxPoser: Composable ..."
    paper = one("- **VoxPoser**: Composable 3D Value Maps for Robotic Manipulation with Language Models. [![arXiv]"
                "(https://img.shields.io/badge/arXiv-2307.05973-b31b1b.svg)](https://arxiv.org/abs/2307.05973)\n")
    assert (paper.title, paper.summary) == (
        "VoxPoser: Composable 3D Value Maps for Robotic Manipulation with Language Models", None)


def test_a_bold_name_then_authors_is_not_a_title():
    paper = one("- **GAN**, Ian Goodfellow, Jean Pouget-Abadie, Mehdi Mirza [[paper]](https://arxiv.org/abs/1406.2661)\n")
    assert paper.title == "GAN" and names(paper) == ["Ian Goodfellow", "Jean Pouget-Abadie", "Mehdi Mirza"]


def test_a_name_in_code_then_the_title_link_then_who_when_where():
    # qyhou/curated-table-structure-recognition (141 of 190 entries)
    paper = one("- `ETT` [End to End Table Transformer](https://link.springer.com/chapter/10.1007/978-3-031-70533-5_20)"
                ", (Samsung), 2024-09, ICDAR-2024\n")
    assert (paper.title, paper.venue, paper.year, paper.summary) == (
        "End to End Table Transformer", "ICDAR 2024", 2024, None)
    assert paper.notes == ["ETT", "Samsung"]
    paper = one("- [Multi-Type-TD-TSR](https://arxiv.org/abs/2105.11021), (Fraunhofer Institute, uni-bonn), 2021-12, "
                "Bioinformatics.2022\n")
    assert (paper.venue, paper.year) == ("Bioinformatics 2022", 2022)


def test_the_full_title_and_authors_keyed_in_paragraphs_under_a_short_name():
    # AI4Wireless/LAM4PHY_6G (85 entries)
    paper = one("- **[LLM4XCE](https://arxiv.org/abs/2512.08955)** (Nov 2025):LLM for XL-MIMO channel estimation.\n"
                " \n  Paper Title: `LLM4XCE: Large Language Models for Extremely Large-Scale Massive MIMO Channel "
                "Estimation`\n\n  Paper Authors: `Renbin Li, Shuangshuang Li, Peihao Dong`\n")
    assert paper.title == "LLM4XCE: Large Language Models for Extremely Large-Scale Massive MIMO Channel Estimation"
    assert names(paper) == ["Renbin Li", "Shuangshuang Li", "Peihao Dong"]
    assert (paper.arxiv_id, paper.summary, paper.notes) == (
        "2512.08955", "LLM for XL-MIMO channel estimation.", ["LLM4XCE"])
