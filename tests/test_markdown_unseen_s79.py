"""Shapes of real lists met in session 42's seventy-sixth blind labelling round (``bench/unseen-lists/s79a``-
``s79h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import names, papers


def test_an_arxiv_time_column_gives_the_year():
    """baichuanzhou/Awesome-Vision-Language-Pretraining-Glossary: "| Model Name | Arxiv Time | Paper | Code |"."""
    found = papers(
        "| Model Name | Arxiv Time | Paper | Code | Comment |\n|---|---|---|---|---|\n"
        "| ViLBERT    \t| Aug 6 2019  \t| [paper](https://arxiv.org/abs/1908.02265) \t| [official](https://github.com/"
        "facebookresearch/vilbert-multi-task) \t|  |\n"
        "| ALIGN | Feb 11 2021 | [paper](https://arxiv.org/abs/2102.05918) | | Impressive image-text retrieval "
        "ability. |\n")
    assert [(t, p.year) for t, p in found.items()] == [("ViLBERT", 2019), ("ALIGN", 2021)]


def test_a_first_author_with_a_plus_and_where_as_the_paper_link():
    """InabaTatsuro/papers (every paper): "Title [[Huang+, ICLR19](arXiv)][[#10](its issue)]": "+" for the
    others, then the venue (or the year and month) the paper link names; the list's own issue on it is no code."""
    found = papers(
        "Music Transformer [[Huang+, ICLR19](https://arxiv.org/abs/1809.04281)][[#10](https://github.com/InabaTatsuro/"
        "papers/issues/10)]\n\n"
        "Museformer [[Yu+ NeurIPS22](https://arxiv.org/abs/2210.10349)][[#11](https://github.com/InabaTatsuro/papers/"
        "issues/11)]\n\n"
        "Graph-based Polyphonic Multitrack Music Generation [[Cosenza+, 23/7](https://arxiv.org/abs/2307.14928)]\n")
    assert [(names(p), p.venue, p.year, p.links.get("code")) for p in found.values()] == [
        (["Huang"], "ICLR 2019", 2019, None), (["Yu"], "NeurIPS 2022", 2022, None), (["Cosenza"], None, 2023, None)]
    assert found["Music Transformer"].links["#10"] == "https://github.com/InabaTatsuro/papers/issues/10"


def test_a_title_column_of_names_linking_papers_beside_a_description_column_of_titles():
    """xiaohuoer/multiObjectTrackingPapers: "| Year | Title | Intro | Description | Code" over "| 2023 | [SUSHI](arXiv)
    | ![](..) | Unifying Short and Long-Term Tracking with Graph Hierarchies | [[Github](..)]|": the titles are the
    Description column's, the names notes. A Dataset Name column beside descriptions (Yorkson-huang/awesome-
    affective-computing) keeps its names as titles: its header names no title column."""
    found = papers(
        "| Year | Title | Intro | Description  | Code\n|:----:|:----:|:----:|:----:|:----:|\n"
        "| 2023 | [SUSHI](https://arxiv.org/abs/2212.03038) | ![](assets/teaser.png) | Unifying Short and Long-Term "
        "Tracking with Graph Hierarchies | [[Github](https://github.com/dvl-tum/SUSHI)]|\n"
        "| 2023 | [MOTRv2](https://arxiv.org/abs/2211.09791) | ![](assets/motrv2_main.jpg) | MOTRv2: Bootstrapping "
        "End-to-End Multi-Object Tracking by Pretrained Object Detectors | [[Github](https://github.com/megvii-research/"
        "MOTRv2)]|\n"
        "| 2023 | [OC-SORT](https://arxiv.org/abs/2203.14360) | ![](assets/teaser.png) | Observation-Centric SORT: "
        "Rethinking SORT for Robust Multi-Object Tracking| [[Github](https://github.com/noahcao/OC_SORT)]|\n")
    assert [(t, p.arxiv_id, p.notes) for t, p in found.items()] == [
        ("Unifying Short and Long-Term Tracking with Graph Hierarchies", "2212.03038", ["SUSHI"]),
        ("MOTRv2: Bootstrapping End-to-End Multi-Object Tracking by Pretrained Object Detectors", "2211.09791", []),
        ("Observation-Centric SORT: Rethinking SORT for Robust Multi-Object Tracking", "2203.14360", ["OC-SORT"])]
    datasets = papers(
        "| Source | Dataset Name | Description / Modality | Links |\n| :--- | :--- | :--- | :--- |\n"
        "| [AAAI 2026] | **EmoVid** | Multimodal Emotion Video Dataset for Video Generation | [[Paper](https://arxiv.org/"
        "pdf/2511.11002)] |\n"
        "| [Arxiv 2025] | **Smile Face, Sad Eyes** | Multimodal Dataset of Eye and Facial Behaviors | [[Paper]"
        "(https://arxiv.org/abs/2512.16485)] |\n"
        "| [ACM MM 2024] | **EmoTalk3D** | High-Fidelity Free-View Synthesis of Emotional 3D Talking Head | [[Paper]"
        "(https://arxiv.org/abs/2408.00297)] |\n")
    assert list(datasets) == ["EmoVid", "Smile Face, Sad Eyes", "EmoTalk3D"]
