"""Shapes of real lists met in session 56's round 136 (``s139``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import one
from paperctl.formats.markdown.reader import parse


def test_a_list_of_four_items_that_is_one_paper():
    """nikitadurasov/papers (every paper): under a "[date][paperN]" line, "* Title [[pdf]](..)", "* Names", "*
    `05-12-2019, ICML 2020`" (the day the owner read it, then where) and "* [[tag]](#tag)": one paper."""
    parsed = parse("# Papers\n\n### Uncertainty Estimation\n\n[waiting][paper3]\n"
                   "* Neural Tangents: Fast and Easy Infinite Neural Networks in Python "
                   "[[pdf]](https://arxiv.org/abs/1912.02803)\n"
                   "* Roman Novak, Lechao Xiao, Jiri Hron, Jaehoon Lee\n* `05-12-2019, ICML 2020`\n"
                   "* [[Bayesian Methods]](#bayesian-methods) [[Gaussian Processes]](#gaussian-processes)\n\n"
                   "[waiting][paper6]\n* BatchEnsemble: an Alternative Approach to Efficient Ensemble and Lifelong "
                   "Learning\n* Yeming Wen, Dustin Tran, Jimmy Ba\n* `ICLR 2020`\n"
                   "* [[Uncertatinty Estimation]](#uncertainty-estimation)\n")
    tangents, batch = (e.data for e in parsed.entries)
    assert (tangents.title, tangents.arxiv_id, tangents.venue, [a.name for a in tangents.authors]) == (
        "Neural Tangents: Fast and Easy Infinite Neural Networks in Python", "1912.02803", "ICML 2020",
        ["Roman Novak", "Lechao Xiao", "Jiri Hron", "Jaehoon Lee"])
    assert (batch.title, batch.venue, [a.name for a in batch.authors]) == (
        "BatchEnsemble: an Alternative Approach to Efficient Ensemble and Lifelong Learning", "ICLR 2020",
        ["Yeming Wen", "Dustin Tran", "Jimmy Ba"])


def test_who_presents_the_paper_before_its_citation():
    """geometric-intelligence/ece594n (a course's reading list, 17 of its 23 papers): "- [X] Daniel Ralston -- Cohen
    and Welling. Group Equivariant neural networks. (2016).": the presenter a note, then the paper."""
    paper = one("- [X] Daniel Ralston -- Cohen and Welling. Group Equivariant neural networks. (2016).\n")
    assert (paper.title, [a.name for a in paper.authors], paper.year, paper.status) == (
        "Group Equivariant neural networks", ["Cohen", "Welling"], 2016, "read")
    assert "presented by Daniel Ralston" in paper.notes


def test_a_link_the_library_keeps_no_address_of_costs_no_paper():
    """icmlviz/icmlviz.github.io (every paper): "***[Title]***" over its authors, its reference defined as
    "../assets/papers/10.pdf", a path out of the list's folder: the paper is kept, the address a note."""
    parsed = parse("***[Visualizing Dynamics: from t-SNE to SEMI-MDPs]***\nNir Ben Zrihem, Tom Zahavy, Shie Mannor\n\n"
                   "***[Visual Tools for Debugging Neural Language Models]***\nXin Rong, Eytan Adar\n\n"
                   "[Visualizing Dynamics: from t-SNE to SEMI-MDPs]: ../assets/papers/10.pdf\n"
                   "[Visual Tools for Debugging Neural Language Models]: ../assets/papers/11.pdf\n")
    first = parsed.entries[0].data
    assert (first.title, [a.name for a in first.authors], first.links) == (
        "Visualizing Dynamics: from t-SNE to SEMI-MDPs", ["Nir Ben Zrihem", "Tom Zahavy", "Shie Mannor"], {})
    assert "pdf: ../assets/papers/10.pdf" in first.notes


def test_titles_alone_each_with_its_year_after_a_comma():
    """odu-cs725-infovis/public ("Previous Class Presentations"): "* Title, 2015" bullets, none linked: papers,
    those whose titles have no field's word too."""
    parsed = parse("# CS 725\n\n## Previous Class Presentations\n\nPresented in 2020\n\n"
                   "* Four Experiments on the Perception of Bar Charts, 2014\n"
                   "* Automatic Selection of Partitioning Variables for Small Multiple Displays, 2015\n"
                   "* The Connected Scatterplot for Presenting Paired Time Series, 2016\n"
                   "* Comparison of Radial and Linear charts for Visualizing Daily Patterns, 2019\n")
    assert [(e.data.title, e.data.year) for e in parsed.entries] == [
        ("Four Experiments on the Perception of Bar Charts", 2014),
        ("Automatic Selection of Partitioning Variables for Small Multiple Displays", 2015),
        ("The Connected Scatterplot for Presenting Paired Time Series", 2016),
        ("Comparison of Radial and Linear charts for Visualizing Daily Patterns", 2019)]


def test_a_year_glued_to_the_title_by_a_hyphen_and_a_year_and_journal_in_code():
    """ZHOUYI1023/awesome-radar-perception (44 bullets): "* 2017-Title __`FUSION`__; [Paper](..)"; zhangyuanyang21/
    Awesome-Deep-Multi-view-Clustering: "- `[2024 Inf. Sci.]` **Title**" (not "[2021 NeurIPS Oral]", its track
    last as before)."""
    radar = one("* 2017-Radar Reflection Characteristics of Vehicles for Contour and Feature Estimation __`FUSION`__; "
                "[Paper](https://ieeexplore.ieee.org/abstract/document/8126352)\n")
    assert (radar.title, radar.year) == (
        "Radar Reflection Characteristics of Vehicles for Contour and Feature Estimation", 2017)
    journal = one("- `[2024 Inf. Sci.]` **Incomplete Multi-view Clustering via Diffusion Completion**\n")
    assert (journal.venue, journal.year) == ("Inf. Sci. 2024", 2024)
    assert one("- `[2021 NeurIPS Oral]` **Learning with Noisy Correspondence for Cross-modal Matching**\n"
               ).venue == "NeurIPS 2021 Oral"


def test_an_ieee_reference_wrapped_over_lines_in_a_numbered_item():
    """stephen-huan/dueling-bandit (every reference): "3. S. Agrawal and N. Goyal, "Analysis of Thompson Sampling" /
    "   for the multi-armed bandit problem." arXiv, Apr." / "   2012. Available: <https://arxiv.org/abs/..>": the
    lines are one reference; "Available:" and "doi:" before the address are no description."""
    parsed = parse("# dueling-bandit\n\n3. S. Agrawal and N. Goyal, \"Analysis of Thompson Sampling\n"
                   "   for the multi-armed bandit problem.\" arXiv, Apr.\n"
                   "   2012. Available: <https://arxiv.org/abs/1111.1797>\n\n"
                   "4. M. Falahatgar, A. Orlitsky, V. Pichapati, and A. T. Suresh, \"Maximum\n"
                   "   Selection and Ranking under Noisy Comparisons.\" arXiv, May 2017. doi:\n"
                   "   [10.48550/arXiv.1705.05366](https://doi.org/10.48550/arXiv.1705.05366).\n")
    thompson, ranking = (e.data for e in parsed.entries)
    assert (thompson.title, [a.name for a in thompson.authors], thompson.venue, thompson.summary) == (
        "Analysis of Thompson Sampling for the multi-armed bandit problem", ["S. Agrawal", "N. Goyal"], "arXiv 2012",
        None)
    assert (ranking.title, ranking.arxiv_id, ranking.summary) == (
        "Maximum Selection and Ranking under Noisy Comparisons", "1705.05366", None)


def test_a_reference_in_mdpis_style():
    """HannaYakusevych/Time_series_forecasting: "2. Li, C.; Ding, Z.; ...; Zhang, G. Title. Energies 2017, 10,
    1525.": names parted by semicolons, the title, then the journal, its year, volume and article number."""
    parsed = parse("# Forecasting\n\n1. Voronin, Sergey, and Jarmo Partanen. \"Forecasting electricity price and "
                   "demand using a hybrid approach.\" International Journal of Energy Research 38.5 (2014): 626-637.\n"
                   "2. Li, C.; Ding, Z.; Zhao, D.; Yi, J.; Zhang, G. Building Energy Consumption Prediction: An "
                   "Extreme Deep Learning Approach. Energies 2017, 10, 1525.\n")
    mdpi = parsed.entries[1].data
    assert (mdpi.title, mdpi.venue, mdpi.year) == (
        "Building Energy Consumption Prediction: An Extreme Deep Learning Approach", "Energies 2017", 2017)
    assert [a.name for a in mdpi.authors] == ["C. Li", "Z. Ding", "D. Zhao", "J. Yi", "G. Zhang"]


def test_a_title_wrapped_onto_the_next_line_its_last_word_glued_to_the_links_bracket():
    """dugzzuli/A-Survey-of-Multi-view-Clustering-Approaches (24 items in its first pages): "23. Multiview subspace
    clustering via tensorial t-product" / "    representation\\[[paper](doi)|[code]]": the title goes on."""
    paper = one("23. Multiview subspace clustering via tensorial t-product\n"
                "    representation\\[[paper](https://doi.org/10.1109/TNNLS.2018.2851444)|[code]]\n")
    assert (paper.title, paper.doi, paper.summary) == (
        "Multiview subspace clustering via tensorial t-product representation", "10.1109/tnnls.2018.2851444", None)


def test_proceedings_named_in_italics_after_the_authors():
    """Byambaa0325/awesome-climate-information-integrity-in-llms (48 lines): "— Names et al. — *Proceedings of the
    2025 Conference on ...* (2025)": where the paper appeared, as stated, with its year; the description below is
    the summary. ACL's Findings are named as the labelling rules write them."""
    paper = one("- **[Title of a Paper](http://dx.doi.org/10.18653/v1/2023.emnlp-main.975)** — Schimanski et al. — "
                "*Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing* (2023)  \n"
                "Fine-tunes ClimateBERT for policy-commitment claims.\n")
    assert (paper.venue, paper.year, [a.name for a in paper.authors], paper.summary) == (
        "Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing 2023", 2023,
        ["Schimanski"], "Fine-tunes ClimateBERT for policy-commitment claims.")
    findings = one("- **[Arabic Mini-ClimateGPT](http://dx.doi.org/10.18653/v1/2023.findings-emnlp.941)** — "
                   "Mullappilly et al. — *Findings of the Association for Computational Linguistics: EMNLP 2023* "
                   "(2023)  \nArabic Mini-ClimateGPT: fine-tuned Arabic climate LLM.\n")
    assert (findings.venue, findings.summary) == ("EMNLP 2023 Findings",
                                                  "Arabic Mini-ClimateGPT: fine-tuned Arabic climate LLM.")


def test_the_lists_own_star_after_a_title_is_a_note():
    """The same list: "⭐ marks high QA scores and the foundational studies (curator's pick)", after the title and
    before the authors, or alone before the description's line: a note, neither the summary's start nor a name."""
    starred = one("- **[Learn and Unlearn](http://dx.doi.org/10.18653/v1/2025.emnlp-main.516)** ⭐ — Lu et al. — "
                  "*Proceedings of the 2025 Conference on Empirical Methods in Natural Language Processing* (2025)  \n"
                  "Learn & Unlearn: SFT + machine unlearning for multilingual LLMs.\n")
    assert ([a.name for a in starred.authors], starred.year, starred.notes) == (["Lu"], 2025, ["⭐"])
    alone = one("- **[Adapting While Learning](https://arxiv.org/abs/2411.00412)** ⭐  \n"
                "Adapting While Learning: domain grounding via continual fine-tuning.\n")
    assert (alone.summary, alone.notes) == ("Adapting While Learning: domain grounding via continual fine-tuning.",
                                            ["⭐"])
