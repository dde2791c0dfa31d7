"""Shapes of real lists found by the forty-fourth blind labelling round (``bench/unseen-lists/s47a``-
``s47h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


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
