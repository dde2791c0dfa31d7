"""Shapes of real lists found by the eleventh blind labelling round (``bench/unseen-lists/s15a``-``s15d``)
and by the leftovers of earlier rounds, held with the lists' own lines (the repository is named in
each test). ``test_markdown_unseen_s14.py`` and ``test_markdown_unseen_lists.py`` hold the earlier rounds'."""

from __future__ import annotations

from markdown_papers import papers


def test_a_journal_whose_name_has_and_or_an_ampersand_after_italic_authors():
    # idrl-lab/PINNpapers: "Computers & Fluids" and "Theoretical and Applied Fracture Mechanics" had been
    # read as two more authors each, and the entry had no venue
    found = papers(
        "10. **RPINNs: Rectified-physics informed neural networks for solving stationary partial differential"
        " equations**,  *Pai Peng, Jiangong Pan, Hui Xu, Xinlong Feng*,  Computers & Fluids, 2022. [[paper]"
        "(https://doi.org/10.1016/j.compfluid.2022.105583)]\n"
        "3. **Transfer learning enhanced physics informed neural network for phase-field modeling of fracture**,"
        " *Somdatta Goswami, Cosmin Anitescu, Souvik Chakraborty, Timon Rabczuk*, Theoretical and Applied"
        " Fracture Mechanics, 2020. [[paper](https://www.sciencedirect.com/science/article/abs/pii/"
        "S016784421930357X)]\n")
    assert [(p.venue, p.year, [a.name for a in p.authors]) for p in found.values()] == [
        ("Computers & Fluids 2022", 2022, ["Pai Peng", "Jiangong Pan", "Hui Xu", "Xinlong Feng"]),
        ("Theoretical and Applied Fracture Mechanics 2020", 2020,
         ["Somdatta Goswami", "Cosmin Anitescu", "Souvik Chakraborty", "Timon Rabczuk"])]
