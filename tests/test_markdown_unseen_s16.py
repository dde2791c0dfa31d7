"""Shapes of real lists found by the thirteenth blind labelling round (``bench/unseen-lists/s16a``-``s16h``),
held with the lists' own lines (the repository is named in each test). ``test_markdown_unseen_s15.py`` and
the files before it hold the earlier rounds'."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown.reader import parse


def test_a_date_cell_over_two_lines_gives_the_year():
    # zhangxulu1996/awesome-personalization: "2023<br>06-01" (94 of 154 rows) had given no year
    found = papers(
        "| Title | Venue | Date | Code & Paper |\n|---|---|---|---|\n"
        "| ViCo: Plug-and-Play Visual Condition for Personalized Text-to-Image Generation | arXiv | 2023<br>06-01 |"
        " [Code](https://github.com/haoosz/ViCo) <br> [Paper](https://arxiv.org/pdf/2306.00971) |\n")
    assert [(p.year, p.arxiv_id) for p in found.values()] == [(2023, "2306.00971")]


_MOTION = (
    "## Performance Tables\n\n"
    "| ID  | Year | Venue | <div style=\"width: 90pt\">Model<br/> (or Authors)</div>  |"
    " <div>R Precision<br/> Top-1 ↑</div> | <div>FID ↓ </div> | <div>Diversity →</div> | <div>code</div> |\n"
    "| :---: | :---: | :---: | :---: | :---: | :---: | :---: | :---: |\n"
    "| 8 | 2023 | ICLR | [MDM](#1008) | $0.164^{\\pm.004}$ | $0.497^{\\pm.021}$ | $9.191^{\\pm.022}$ |"
    " [`[o-pytorch]`](https://github.com/GuyTevet/motion-diffusion-model) |\n\n"
    "## Metrics\n\n"
    "- **Frechet Inception Distance (FID)** $\\downarrow$ \n"
    "\t- FID is adopted as a principal metric to evaluate the feature distributions between the generated and real"
    " motions.\n\n"
    "## Paper List\n"
    "2. <span id = \"1002\">**[Language2Pose]**</span> | **3DV'19** | Language2Pose: Natural Language Grounded Pose"
    " Forecasting | [`[pdf]`](https://arxiv.org/pdf/1907.01108) | [`[o-pytorch]`](https://github.com/chahuja/"
    "language2pose) |\n"
    "8. <span id = \"1008\">**[MDM]**</span> | **ICLR'23** | MDM: Human Motion Diffusion Model |"
    " [`[pdf]`](https://arxiv.org/pdf/2209.14916) | [`[o-pytorch]`](https://github.com/GuyTevet/"
    "motion-diffusion-model) |\n")


def test_a_results_table_row_linking_the_lists_own_entry_is_not_a_paper():
    # Run542968/Awesome-3D-Human-Motion-Generation: rows of scores ("$0.164^{\pm.004}$") naming a method that
    # links the list's own entry had each become a paper titled by the ID column ("8"); a metric under
    # "## Metrics" that links nothing had become a paper; "3DV'19" had been the title
    parsed = parse(_MOTION)
    assert [(e.data.title, e.data.venue) for e in parsed.entries] == [
        ("Language2Pose: Natural Language Grounded Pose Forecasting", "3DV 2019"),
        ("MDM: Human Motion Diffusion Model", "ICLR 2023")]
    reasons = {line: why for line, why in parsed.skipped}
    assert "a row of a table of results" in reasons[5]


def test_a_column_is_named_before_its_aside_and_a_row_number_is_no_title():
    from paperctl.formats.markdown import tables

    assert tables.role("Model<br/> (or Authors)") == "name"  # had been "authors"
    assert tables.columns(["ID", "Year", "Venue", "Links"]) == ["other", "title", "venue", "links"]
