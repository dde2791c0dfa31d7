"""Shapes of real lists found by the forty-fourth blind labelling round (``bench/unseen-lists/s47a``-
``s47h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

import pytest

from markdown_papers import papers
from paperctl.formats.markdown import links, venues


def test_a_column_of_title_links_beside_a_paper_column_of_link_labels():
    # archinetai/audio-ai-timeline: "Release [Samples]" links each title to its demo page, "Paper" holds only
    # "[arXiv](..)" or "[PDF](..)"; the title column is the one of titles, the Paper column their links
    found = papers(
        "## 2023\n\n| Date  | Release [Samples] | Paper | Code | Trained Model |\n| --- | --- | --- | --- | --- |\n"
        "| 09.02 | ERNIE-Music: Text-to-Waveform Music Generation with Diffusion Models | "
        "[arXiv](https://arxiv.org/abs/2302.04456) | - | - |\n"
        "| 04.02 | [Multi-Source Diffusion Models for Simultaneous Music Generation and Separation]"
        "(https://gladia-research-group.github.io/multi-source-diffusion-models/) | [arXiv](https://arxiv.org/abs/2302."
        "02257) | [GitHub](https://github.com/gladia-research-group/multi-source-diffusion-models) | - |\n"
        "| 29.01 | [Make-An-Audio: Text-To-Audio Generation with Prompt-Enhanced Diffusion Models](https://text-to-"
        "audio.github.io/) | [PDF](https://text-to-audio.github.io/paper.pdf) | - | - |\n"
        "| 26.01 | [MusicLM: Generating Music From Text](https://google-research.github.io/seanet/musiclm/examples/) | "
        "[arXiv](https://arxiv.org/abs/2301.11325) | [GitHub (unofficial)](https://github.com/lucidrains/musiclm-"
        "pytorch) | - |\n")
    assert [(t[:24], p.arxiv_id, p.url, p.links.get("code")) for t, p in found.items()] == [
        ("ERNIE-Music: Text-to-Wav", "2302.04456", None, None),
        ("Multi-Source Diffusion M", "2302.02257", None, "https://github.com/gladia-research-group/multi-source-"
         "diffusion-models"),
        ("Make-An-Audio: Text-To-A", None, "https://text-to-audio.github.io/paper.pdf", None),
        ("MusicLM: Generating Musi", "2301.11325", None, "https://github.com/lucidrains/musiclm-pytorch")]


def test_where_and_when_as_the_paper_links_text_then_the_title():
    # YanjieZe/awesome-humanoid-robot-learning (300 entries, every one so; one links a project page, "website")
    found = papers(
        "- [arXiv 2025.12](https://arxiv.org/abs/2512.01061), Opening the Sim-to-Real Door for Humanoid Pixel-to-"
        "Action Policy Transfer\n"
        "- [CoRL 2025](https://arxiv.org/abs/2505.03738), Visual Imitation Enables Contextual Humanoid Control, "
        "[website](https://videomimic.github.io/)\n"
        "- [website 2025.11](https://nvlabs.github.io/SONIC/), SONIC: Supersizing Motion Tracking for Natural "
        "Humanoid Whole-Body Control\n")
    assert [(t[:32], p.arxiv_id, p.venue, p.year) for t, p in found.items()] == [
        ("Opening the Sim-to-Real Door for", "2512.01061", "arXiv 2025", 2025),
        ("Visual Imitation Enables Context", "2505.03738", "CoRL 2025", 2025),
        ("SONIC: Supersizing Motion Tracki", None, None, 2025)]


def test_a_dated_preprint_in_brackets_linking_the_paper_before_the_title():
    # IRMVLab/awesome-robot-learning-from-human-videos ("[[arXiv 2025.11](..)]" as "[[CVPR](..)]" already was)
    found = papers(
        "- 🤖 [[arXiv 2026.02](https://arxiv.org/abs/2602.04600)] Act, Sense, Act: Learning Non-Markovian Active "
        "Perception Strategies from Large-Scale Egocentric Human Data [Code] [[Page](https://jern-li.github.io/asa/)] "
        "[`Task intents`]\n")
    assert [(t[:32], p.arxiv_id, p.venue, p.summary) for t, p in found.items()] == [
        ("Act, Sense, Act: Learning Non-Ma", "2602.04600", "arXiv 2026", None)]


@pytest.mark.parametrize("written, venue", [
    ("arXiv 2025.12", ("arXiv 2025", 2025)), ("CoRL 2025-09", ("CoRL 2025", 2025)),
    ("arXiv 2025.13", None),  # no month
    ("Science, 2011.07", None),  # (a citation's tail: "Computer and Information Science, 2011.07", bksaini078)
])
def test_a_venue_and_the_month_it_appeared(written, venue):
    assert venues.parse(written) == venue


def test_a_title_linking_the_lists_own_page_on_it_and_the_venue_linking_its_page():
    # wcphkust/LLM-PLSE-paper (80 entries): each paper a page of the list's, each venue too; its bullets below
    found = papers(
        "# Program Synthesis\n\n- [A Pair Programming Framework for Code Generation via Multi-Plan Exploration and "
        "Feedback-Driven Refinement](../venues/ASE2024/paper_21.md), ([ASE2024](../venues/ASE2024/README.md))\n\n"
        "  - **Abstract**: Large language models (LLMs) have achieved impressive performance on code generation.\n"
        "  - **Labels**: [code generation](../../labels/code_generation.md)\n\n"
        "- [Code Generation Notes](../notes/code_generation.md)\n")  # (a page of the list's: no paper)
    assert [(t[:32], p.venue, p.year) for t, p in found.items()] == [
        ("A Pair Programming Framework for", "ASE 2024", 2024)]


@pytest.mark.parametrize("href, kind, address", [
    ("(https://arxiv.org/pdf/1511.03575.pdf)", "arxiv", "https://arxiv.org/pdf/1511.03575.pdf"),  # Echo-Wxl
    ("\\https://ieeexplore.ieee.org/abstract/document/10246361", "paper",  # linchangyi1/Awesome-Touch
     "https://ieeexplore.ieee.org/abstract/document/10246361"),
    ("https:/www.aclweb.org/W04-1013", "paper", "https://www.aclweb.org/W04-1013"),  # DingyiYang
    ("papers/paper_21.md", "local", "papers/paper_21.md"),
    ('https://arxiv.org/pdf/1706.02275.pdf">Multi-Agent', "local",  # (TimeBreaker/Multi-Agent-Reinforcement-
     'https://arxiv.org/pdf/1706.02275.pdf">Multi-Agent'),  # Learning-papers: an HTML tag's remains, no address)
])
def test_a_web_address_written_with_a_slip_is_the_one_it_means(href, kind, address):
    target = links.classify(href)
    assert (target.kind, target.href) == (kind, address)
