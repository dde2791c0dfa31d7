"""Shapes of real lists met in session 58's round 139 (``s142``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import names, one
from paperctl.formats.markdown.reader import parse


def test_a_whole_mla_citation_in_bold_italics_with_its_links_below():
    """tridungduong16/InterpretableMachineLearning-ComprehensiveSurvey (52 papers): "* ***Names. "Title." Venue
    (Year).***" over "- [Paper Link](..)", "- [Source code](..)" and notes; "- **Paper:** ..." under it is the
    list's own words on the paper, not its title."""
    parsed = parse(
        "### Attention mechanism: <a name=\"attention\"></a>\n"
        "* ***Arik, Sercan O., and Tomas Pfister. \"TabNet: Attentive Interpretable Tabular Learning.\" arXiv preprint "
        "arXiv:1908.07442 (2019).***\n"
        "\t- [Paper Link](https://arxiv.org/pdf/1908.07442.pdf)\n"
        "\t- [Source code](https://github.com/google-research/google-research/tree/master/tabnet)\n"
        "\t- TabNet uses sequential attention to choose which features to reason from at each decision step\n"
        "\t- **Paper:**  Instead of using traditional feature engineer techniques, Arik, Sercan O., and Tomas Pfister "
        "adopt raw data as inputs for attention neural network for the flexible representations.  \n"
        "* ***Caruana, Rich, et al. \"Intelligible models for healthcare: Predicting pneumonia risk and hospital "
        "30-day readmission.\" _Proceedings of the 21th ACM SIGKDD international conference on knowledge discovery "
        "and data mining_. 2015.***\n"
        "\t- [Paper Link](http://people.dbmi.columbia.edu/noemie/papers/15kdd.pdf)\n")
    tabnet, caruana = (e.data for e in parsed.entries)
    assert (tabnet.title, names(tabnet), tabnet.arxiv_id, tabnet.venue, tabnet.links.get("code")) == (
        "TabNet: Attentive Interpretable Tabular Learning", ["Sercan O. Arik", "Tomas Pfister"], "1908.07442",
        "arXiv 2019", "https://github.com/google-research/google-research/tree/master/tabnet")
    assert any(n.startswith("Paper: Instead of using traditional feature") for n in tabnet.notes)
    assert (caruana.title, names(caruana), caruana.url, caruana.year) == (
        "Intelligible models for healthcare: Predicting pneumonia risk and hospital 30-day readmission",
        ["Rich Caruana"], "http://people.dbmi.columbia.edu/noemie/papers/15kdd.pdf", 2015)


def test_a_bold_title_with_a_quoted_word_is_no_citation():
    """The user's own list: '**What In-Context Learning "Learns" In-Context: ...**' is a title that quotes a word,
    not names before a quoted title."""
    data = one('8. **What In-Context Learning "Learns" In-Context: Disentangling Task Recognition and Task '
               'Learning** (Findings of ACL 2023) [[paper]](http://arxiv.org/abs/2305.09731)')
    assert data.title.startswith('What In-Context Learning "Learns" In-Context')
    assert (data.authors, data.venue) == ([], "ACL 2023 Findings")


def test_numbered_references_one_a_line_in_one_paragraph():
    """NeuronDance/DeepRL (every section): "[2].[Names. "Title." Venue.](url)" lines with no blank line between,
    the number in brackets and a full stop before the link; each line a paper."""
    parsed = parse(
        "### Overview\n"
        "[2].[Dobrev, Dimiter. \"The Definition of AI in Terms of Multi Agent Systems.\" arXiv preprint "
        "arXiv:1210.0887 (2012).](https://arxiv.org/ftp/arxiv/papers/1210/1210.0887.pdf)\n"
        "[4].[Kapoor, Sanyam. \"Multi-agent reinforcement learning: A report on challenges and approaches.\" arXiv "
        "preprint arXiv:1807.09427 (2018).](https://arxiv.org/abs/1807.09427)<br>\n\n"
        "### Cooperation\n"
        "[3]. [Panait, Liviu, and Sean Luke. \"Cooperative multi-agent learning: The state of the art.\" Autonomous "
        "agents and multi-agent systems 11.3 (2005): 387-434.]( https://cs.gmu.edu/~eclab/papers/panait05.pdf)<br>\n"
        "[7]. [Tampuu, Ardi, et al. \"Multiagent cooperation and competition with deep reinforcement learning.\" PloS "
        "one 12.4 (2017): e0172395. ](https://arxiv.org/abs/1511.08779)<br>\n")
    got = [(e.line, e.data.title, e.data.arxiv_id, names(e.data)) for e in parsed.entries]
    assert got == [
        (2, "The Definition of AI in Terms of Multi Agent Systems", "1210.0887", ["Dimiter Dobrev"]),
        (3, "Multi-agent reinforcement learning: A report on challenges and approaches", "1807.09427",
         ["Sanyam Kapoor"]),
        (6, "Cooperative multi-agent learning: The state of the art", None, ["Liviu Panait", "Sean Luke"]),
        (7, "Multiagent cooperation and competition with deep reinforcement learning", "1511.08779", ["Ardi Tampuu"])]


def test_a_bold_label_with_a_space_before_its_closing_stars():
    """NeuronDance/DeepRL: "**QMIX: **" among "**VDN:**" labels over their papers; the stars stay plain text in
    CommonMark, but the label heads its paper as the others do, and is no paper."""
    parsed = parse("### Algorithm\n**VDN:**\n\n**Value-Decomposition Networks For Cooperative Multi-Agent Learning** "
                   "[ AAMAS  2018 ]( https://arxiv.org/pdf/1706.05296.pdf )\n\n**QMIX: **\n\n"
                   "**Monotonic Value Function Factorisation for Deep Multi-Agent Reinforcement Learning** "
                   "[ ICML 2018 ](https://arxiv.org/pdf/1803.11485.pdf ) \n")
    got = [(e.data.arxiv_id, e.data.venue, e.data.tags) for e in parsed.entries]
    assert got == [("1706.05296", "AAMAS 2018", ["Algorithm/VDN"]), ("1803.11485", "ICML 2018", ["Algorithm/QMIX"])]


def test_no_code_found_then_where_it_was_accepted():
    """chauncygu/Safe-Reinforcement-Learning-Baselines (95 lines): "Title, [Paper](..), Not Find Code, (Accepted
    by ICML 2002)": the list found no code, a note; then the venue, by its short name, a journal's name and year,
    or the short name a meeting's full name gives in brackets."""
    parsed = parse(
        "- Lyapunov design for safe reinforcement learning, [Paper](https://www.jmlr.org/papers/volume3/perkins02a/"
        "perkins02a.pdf), Not Find Code, (Accepted by ICML 2002)\n"
        "- Risk-sensitive reinforcement learning, [Paper](https://link.springer.com/content/pdf/10.1023/"
        "A:1017940631555.pdf), Not Find Code, (Accepted by Machine Learning, 2002)\n"
        "- Safe reinforcement learning for network routing, [Paper](https://example.org/icnp.pdf), Not Find Code "
        "(Accepted by IEEE 28th International Conference on Network Protocols (ICNP) 2020)\n")
    got = [(e.data.venue, e.data.year, e.data.notes[0]) for e in parsed.entries]
    assert got == [("ICML 2002", 2002, "Not Find Code"), ("Machine Learning 2002", 2002, "Not Find Code"),
                   ("ICNP 2020", 2020, "Not Find Code")]


def test_a_methods_name_over_who_wrote_it_and_the_title_in_italics():
    """manvic14/Survey_Fairness_Graphs (every method): "- **FairOT**" over "Laclau et al., *Title* (2021)" and
    "Code [[here]](repo)": the title is the italic one, the name a note."""
    parsed = parse("## Pre-processing \n\n- **FairOT**  \nLaclau et al., *All of the Fairness for Edge Prediction "
                   "with Optimal Transport* (2021)  \nCode [[here]](https://github.com/laclauc/FairGraph)\n")
    data = parsed.entries[0].data
    assert (data.title, names(data), data.year, data.notes, data.links.get("code")) == (
        "All of the Fairness for Edge Prediction with Optimal Transport", ["Laclau"], 2021, ["FairOT"],
        "https://github.com/laclauc/FairGraph")


def test_a_bold_title_over_its_venue_alone_in_italics():
    """ASRS-Lab/Awesome-DL-Security-and-Privacy-Papers (16 papers): "- **Title.**" over "  - *AAAI, 2024.*", no
    link: where and when it appeared, which makes it a paper."""
    data = parse("#### 1.7. Federated Learning\n\n- **Beyond Traditional Threats: A Persistent Backdoor Attack on "
                 "Federated Learning.**\n  - *AAAI, 2024.*\n").entries[0].data
    assert (data.title, data.venue, data.year) == (
        "Beyond Traditional Threats: A Persistent Backdoor Attack on Federated Learning", "AAAI 2024", 2024)


def test_names_then_a_meetings_proceedings_in_italics():
    """zhangkunzk/Awesome-LLM-Robustness-papers (25 lines): "- Title." over "[pdf](arXiv)" and "- Names.
    *Proceedings of the 61st Annual Meeting of ... (Volume 1: Long Papers) 2023*": the proceedings as named."""
    data = parse(
        " - Revisiting non-English Text Simplification: A Unified Multilingual Benchmark.\n"
        "    [pdf](https://arxiv.org/pdf/2305.15678)\n"
        "    - Michael Ryan, Tarek Naous, and Wei Xu. *Proceedings of the 61st Annual Meeting of the Association for "
        "Computational Linguistics (Volume 1: Long Papers) 2023*\n").entries[0].data
    assert (names(data), data.year, data.venue) == (
        ["Michael Ryan", "Tarek Naous", "Wei Xu"], 2023,
        "Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics (Volume 1: Long "
        "Papers) 2023")
