"""Shapes of real lists met in session 57's round 138 (``s141``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import names, one
from paperctl.formats.markdown.reader import parse


def test_papers_as_headings_with_kramdowns_attributes_and_a_quoted_description():
    """kalyancn4u/kalyancn4u.github.io (a Jekyll post, its 10 papers): "### 🔹 [Title](arXiv){:target="_blank"}" over
    "**Vaswani et al., 2017**" and a quote: its first line the description, "**Why it matters:** ..." a note. The
    attributes are for the site's HTML, no part of the title."""
    parsed = parse("## 🏗️ 1. Foundational Architectures\n\n"
                   "### 🔹 [Attention Is All You Need](https://arxiv.org/abs/1706.03762){:target=\"_blank\"}\n"
                   "**Vaswani et al., 2017**  \n"
                   "> Introduced the **Transformer** — a model that looks at all words at once using *self-attention*, "
                   "replacing slower step-by-step RNNs.  \n"
                   "**Why it matters:** Every major LLM (BERT, GPT, etc.) builds upon this idea.\n\n---\n\n"
                   "### 🔹 [BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding]"
                   "(https://arxiv.org/abs/1810.04805){:target=\"_blank\"}\n**Devlin et al., 2018**  \n"
                   "> Taught models to understand context *both ways* (left-to-right and right-to-left).  \n"
                   "**Why it matters:** Revolutionized NLP by enabling fine-tuning for almost any text task.\n\n---\n\n"
                   "### 🔹 [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685)"
                   "{:target=\"_blank\"}\n**Hu et al., 2021**  \n"
                   "> Fine-tunes large models cheaply by freezing most weights and learning small low-rank updates.  \n"
                   "**Why it matters:** Enables efficient adaptation of huge models on modest hardware.\n")
    first = parsed.entries[0].data
    assert (first.title, first.arxiv_id, names(first), first.year, first.tags) == (
        "Attention Is All You Need", "1706.03762", ["Vaswani"], 2017, ["1. Foundational Architectures"])
    assert first.summary == ("Introduced the Transformer — a model that looks at all words at once using "
                             "self-attention, replacing slower step-by-step RNNs.")
    assert first.notes == ["Why it matters: Every major LLM (BERT, GPT, etc.) builds upon this idea."]
    assert len(parsed.entries) == 3


def test_numbers_in_a_papers_column_are_no_papers():
    """kalyancn4u/kalyancn4u.github.io: "| Phase | Focus | Papers |" / "| 🧱 Foundation | Core architecture |
    1 – 3 |": which of the list's papers a row means; so a count of papers a year (Fishsoup0/awesome-driving-
    generalization: "| 2026 | 9 |")."""
    parsed = parse("## Summary — How to Read This List\n\n| Phase | Focus | Papers |\n|:--|:--|:--|\n"
                   "| 🧱 Foundation | Core architecture & training | 1 – 3 |\n"
                   "| ⚙️ Adaptation | Efficient fine-tuning & inference | 4 – 5 |\n")
    assert parsed.entries == []


def test_a_time_column_of_arxiv_months_and_venues_in_brackets():
    """mheriyanto/awesome-monocular-3d-detectors (every row): "| [**M3D-RPN**](arxiv.org/abs/1907.06038) | 1907
    (ICCV 2019) |" under "Time (Vanue)": the month of its arXiv number, not the year 1907 (nor 2007 for "2007"),
    then where it appeared."""
    parsed = parse("| **Nama** | Time (Vanue)  | **KITTI (Moderate)** |\n| --- | ---  | --- |\n"
                   "| [**Kinematic3D**](https://arxiv.org/abs/2007.09548) | 2007 | **12.72** |\n"
                   "| [**M3D-RPN**](https://arxiv.org/abs/1907.06038) | 1907 (ICCV 2019) | **9.71** |\n"
                   "| [**Mono3D**](https://www.cs.toronto.edu/~urtasun/publications/chen_etal_cvpr16.pdf) | "
                   "1512 (CVPR 2016) | --- |\n")
    got = [(e.data.title, e.data.year, e.data.venue) for e in parsed.entries]
    assert got == [("Kinematic3D", 2020, None), ("M3D-RPN", 2019, "ICCV 2019"), ("Mono3D", 2016, "CVPR 2016")]


def test_where_the_authors_work_then_where_and_when():
    """wendell0218/GVA-Survey (87 lines): under a bold title, "University of California, Berkeley, ACL, 2022" and
    "Australian Institute for Machine Learning, The University of Adelaide, AAAI, 2024": the institutions a note,
    then the venue and its year."""
    parsed = parse("#### Perspective of Interaction\n- **Inferring Rewards from Language in Context**\n\n"
                   "  University of California, Berkeley, ACL, 2022\n"
                   "  [![Paper](https://img.shields.io/badge/Paper-red)](https://arxiv.org/pdf/2204.02515)\n\n"
                   "- **WebVLN: Vision-and-Language Navigation on Websites**\n  \n"
                   "  Australian Institute for Machine Learning, The University of Adelaide, AAAI, 2024\n"
                   "  [![Paper](https://img.shields.io/badge/Paper-red)](https://arxiv.org/pdf/2312.15820)\n")
    got = [(e.data.venue, e.data.year, e.data.notes) for e in parsed.entries]
    assert got == [("ACL 2022", 2022, ["University of California, Berkeley"]),
                   ("AAAI 2024", 2024, ["Australian Institute for Machine Learning, The University of Adelaide"])]


def test_where_the_authors_work_in_bold_after_their_names():
    """Icecream-blue-sky/Past-and-present-small-object-detection (8 of its 24 author lines): "- Shu Liu, ..., Jiaya
    Jia, **YouTuLab Tencent**,  **CVPR 2018**.": the lab a note, not an author. A person named for a company stays
    a person ("Huawei Shen")."""
    paper = one("- **Path Aggregation Network for Instance Segmentation** [[Paper]](https://arxiv.org/abs/1803.01534)\n"
                "  - Shu Liu, Lu Qi, Haifang Qin, Jianping Shi, Jiaya Jia, **YouTuLab Tencent**,  **CVPR 2018**.\n")
    assert (names(paper), paper.venue) == (["Shu Liu", "Lu Qi", "Haifang Qin", "Jianping Shi", "Jiaya Jia"],
                                           "CVPR 2018")
    assert "YouTuLab Tencent" in paper.notes
    person = one("- **A Title of Some Paper on Graphs** [[Paper]](https://arxiv.org/abs/2401.00001)\n"
                 "  - Wanli Yang, Fei Sun, Huawei Shen, **ICLR 2024**.\n")
    assert names(person) == ["Wanli Yang", "Fei Sun", "Huawei Shen"]


def test_a_link_named_by_who_and_when_then_the_quoted_title():
    """EvidenceOS/awesome-health-ai-evaluation (7 lines): '- [Vayena et al. (2018)](doi) — "Machine learning in
    medicine: addressing ethical challenges"': the title is quoted after the link, which names who and when."""
    paper = one('- [Vayena et al. (2018)](https://doi.org/10.1038/s41591-018-0246-6) — "Machine learning in medicine: '
                'addressing ethical challenges"\n')
    assert (paper.title, names(paper), paper.year, paper.summary) == (
        "Machine learning in medicine: addressing ethical challenges", ["Vayena"], 2018, None)


def test_one_author_then_a_known_venue_in_brackets_after_the_title():
    """gopala-kr/DRL-Agents and aikorea/awesome-rl (19 and 17 lines): "Title (Konidaris, AAAI 2011) [[Paper]](..)":
    the first author's surname, then the venue and year. "(Part I, 2020)" stays the title's; "(Google, ICML 2020)"
    names who made it, a note."""
    parsed = parse("  - Autonomous Skill Acquisition on a Mobile Manipulator (Konidaris, AAAI 2011) "
                   "[[Paper]](http://cs.brown.edu/~gdk/pubs/ssa_mobile.pdf)\n"
                   "  - A Title of Some Length (Part I, 2020) [[Paper]](http://example.org/c.pdf)\n"
                   "  - Another Title of Work (Google, ICML 2020) [[Paper]](http://example.org/d.pdf)\n")
    got = [(e.data.title, names(e.data), e.data.venue, e.data.notes) for e in parsed.entries]
    assert got == [("Autonomous Skill Acquisition on a Mobile Manipulator", ["Konidaris"], "AAAI 2011", []),
                   ("A Title of Some Length (Part I, 2020)", [], None, []),
                   ("Another Title of Work", [], "ICML 2020", ["Google"])]


def test_a_journal_in_words_between_the_title_and_its_year():
    """gopala-kr/DRL-Agents (12 lines): "Between MDPs and Semi-MDPs: ..., Artificial Intelligence, 1999. [[Paper]]":
    the journal, not the title's; not "..., Objects, Relations and Physics, 2016", the title's own words."""
    paper = one("   - Between MDPs and Semi-MDPs: A Framework for Temporal Abstraction in Reinforcement Learning, "
                "Artificial Intelligence, 1999. [[Paper]](http://www-anw.cs.umass.edu/~barto/courses/cs687/"
                "Sutton-Precup-Singh-AIJ99.pdf)\n")
    assert (paper.title, paper.venue, paper.year) == (
        "Between MDPs and Semi-MDPs: A Framework for Temporal Abstraction in Reinforcement Learning",
        "Artificial Intelligence 1999", 1999)
    own = one("- Interaction Networks for Learning about Objects, Relations and Physics, 2016. "
              "[[Paper]](https://arxiv.org/abs/1612.00222)\n")
    assert (own.title, own.venue) == ("Interaction Networks for Learning about Objects, Relations and Physics", None)
