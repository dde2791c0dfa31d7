"""Shapes of real lists found by the twenty-third blind labelling round (``bench/unseen-lists/s26a``-``s26h``),
held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_a_check_mark_then_a_dash_glued_to_an_mla_citation():
    # JeffC0628/awesome-voice-conversion (68 lines): ":heavy_check_mark: -Baas, Matthew, ..." had put the authors and
    # the dash into the title; the first author of an MLA list with two given names ("Li, Yinghao Aaron") had been two
    # people; a meeting named without "In" had been the summary
    found = papers(
        "## Papers\n\n"
        ':heavy_check_mark: -Baas, Matthew, Benjamin van Niekerk, and Herman Kamper. "**Voice Conversion With Just '
        'Nearest Neighbors.**" arXiv preprint arXiv:2305.18975 (2023). [[Paper]](https://arxiv.org/pdf/2305.18975.pdf) '
        "[[Project]](https://github.com/bshall/knn-vc))\n\n"
        ':heavy_check_mark: -Li, Yinghao Aaron, Cong Han, and Nima Mesgarani. "**Styletts-vc: One-shot voice '
        'conversion by knowledge transfer from style-based tts models.**" 2022 IEEE Spoken Language '
        "Technology Workshop (SLT). IEEE, 2023. [[Paper]](https://arxiv.org/abs/2212.14227) [[Project]](https://github.com/yl4579/StyleTTS-VC)\n")
    assert [(p.title[:30], [a.name for a in p.authors], p.venue, p.year) for p in found.values()] == [
        ("Voice Conversion With Just Nea", ["Matthew Baas", "Benjamin van Niekerk", "Herman Kamper"], "arXiv 2023",
         2023),
        ("Styletts-vc: One-shot voice co", ["Yinghao Aaron Li", "Cong Han", "Nima Mesgarani"], "SLT 2022", 2022)]


def test_a_family_name_alone_before_full_names_without_mla_and_stays_a_name():
    # Event-AHU/Medical_Image_Analysis: "Dorfner , Liv Jürgensen, Leonhard Donle, ..." has no ", and" before its last
    # name; "Liv Jürgensen" is a person of her own, not Dorfner's given names
    from paperctl.formats.markdown import people

    assert people.parse("Dorfner , Liv Jürgensen, Leonhard Donle, Fares Al Mohamad") == [
        "Dorfner", "Liv Jürgensen", "Leonhard Donle", "Fares Al Mohamad"]
    assert people.parse("Paliwal, Shubham Singh, D. Vishwanath, Rohit Rahul, and Lovekesh Vig") == [
        "Shubham Singh Paliwal", "D. Vishwanath", "Rohit Rahul", "Lovekesh Vig"]
