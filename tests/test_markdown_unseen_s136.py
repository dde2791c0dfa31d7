"""Shapes of real lists met in session 55's round 133 (``s136``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import one
from paperctl.formats.markdown.reader import parse

BADGE = "[![arXiv](https://img.shields.io/badge/arXiv-{0}-b31b1b.svg)](https://arxiv.org/abs/{0})"


def test_a_linked_venue_before_a_bold_title_with_a_short_name_or_no_year():
    """QiushiSun/NCISurvey: "[[IJCAI2022]](..) `PyCodeGPT` **Title**" (a short name in code between, a note),
    "[[TMLR]](..) **Title**" (a known venue without its year, as written), "[[ICML2020]](..)**Title.**" (no space)."""
    named = one("19. [[IJCAI2022]](https://www.ijcai.org/proceedings/2022/329) `PyCodeGPT` **CERT: Continual "
                "Pre-Training on Sketches for Library-Oriented Code Generation** " + BADGE.format("2206.06888") +
                ", 2022.06\n")
    assert (named.title, named.venue, named.arxiv_id, list(named.notes)) == (
        "CERT: Continual Pre-Training on Sketches for Library-Oriented Code Generation", "IJCAI 2022", "2206.06888",
        ["PyCodeGPT"])
    bare = one("14. [[TMLR]](https://openreview.net/forum?id=KoFOg41haE) **StarCoder: may the source be with you!** "
               + BADGE.format("2305.06161") + ", 2023.05\n")
    assert (bare.title, bare.venue, bare.year) == ("StarCoder: may the source be with you!", "TMLR", 2023)
    glued = one("6. [[ICML2020]](https://proceedings.mlr.press/v119/kanade20a.html)**Learning and Evaluating "
                "Contextual Embedding of Source Code.** " + BADGE.format("2001.00059") + ", 2019.12\n")
    assert (glued.title, glued.venue) == ("Learning and Evaluating Contextual Embedding of Source Code", "ICML 2020")


def test_a_venue_in_code_then_its_year():
    """juyongjiang/CodeLLMSurvey (204 entries): "- **Title**, `ICLR`, 2022": the venue, then its year alone."""
    paper = one("- **CodeT: Code Generation with Generated Tests**, `ICLR`, 2022\n")
    assert (paper.venue, paper.year) == ("ICLR 2022", 2022)


def test_titles_alone_under_the_lists_title_after_a_line_saying_they_are_papers():
    """zh-song/Object-Detection-Papers: "Notes with object detection papers." over a numbered list of titles alone,
    right under the list's own title: they are papers, the short ones too ("Fast R-CNN", "Objects as points"); a
    topic's words joined under "Relevant topics include:" are not."""
    parsed = parse("# Object-Detection-papers\nNotes with object detection papers.\n\n"
                   "1. Yolov3: An incremental improvement\n2. Yolov4: Optimal speed and accuracy of object detection\n"
                   "3. Rich feature hierarchies for accurate object detection and semantic segmentation\n"
                   "4. Fast R-CNN\n5. Faster r-cnn: Towards real-time object detection with region proposal networks\n"
                   "6. Objects as points\n\n\n## Application for mobile devices\n"
                   "1. GhostNet: More Features from Cheap Operations\n")
    assert [e.data.title for e in parsed.entries][:6] == [
        "Yolov3: An incremental improvement", "Yolov4: Optimal speed and accuracy of object detection",
        "Rich feature hierarchies for accurate object detection and semantic segmentation", "Fast R-CNN",
        "Faster r-cnn: Towards real-time object detection with region proposal networks", "Objects as points"]
    topics = parse("# Awesome Hand-Object Interaction\n\n## Scope\n\nRelevant topics include:\n\n"
                   "- Egocentric SLAM, visual odometry, and camera tracking\n"
                   "- Egocentric scene reconstruction and mapping\n- Object reconstruction from first-person video\n\n"
                   "## Papers\n\n- [HOI4D: A 4D Egocentric Dataset](https://arxiv.org/abs/2203.01577)\n")
    assert [e.data.title for e in topics.entries] == ["HOI4D: A 4D Egocentric Dataset"]


def test_titles_alone_each_with_its_year_in_a_list_linking_nothing():
    """w20chen/agent-paper-reading-list (every paper, none linked): "10. Software-Defined Agentic Serving (2026)" among
    titles with their venue or year; none is preface for linking nothing."""
    parsed = parse("# Paper Reading List for LLM Agent Scheduling\n\n## Scheduling for LLM Agents ⭐️\n\n"
                   "1. Parrot: Efficient Serving of LLM-based Applications with Semantic Variable (OSDI 2024)\n"
                   "2. Autellix: An Efficient Serving Engine for LLM Agents as General Programs (2025)\n"
                   "3. Software-Defined Agentic Serving (2026)\n"
                   "4. Gradientsys: A Multi-Agent LLM Scheduler with ReAct Orchestration (2025)\n")
    assert [(e.data.title, e.data.year) for e in parsed.entries] == [
        ("Parrot: Efficient Serving of LLM-based Applications with Semantic Variable", 2024),
        ("Autellix: An Efficient Serving Engine for LLM Agents as General Programs", 2025),
        ("Software-Defined Agentic Serving", 2026),
        ("Gradientsys: A Multi-Agent LLM Scheduler with ReAct Orchestration", 2025)]


def test_a_papers_name_over_its_venue_title_and_code():
    """hzy1721/ai-notes (every paper): "1. DESIRE" over "- CVPR-17", "- DESIRE: Distant Future Prediction ...",
    "- https://github.com/..": the name, kept as a note, then the paper's title, its venue and its code."""
    paper = one("1. DESIRE\n   - CVPR-17\n   - DESIRE: Distant Future Prediction in Dynamic Scenes with Interacting "
                "Agents\n   - https://github.com/tdavchev/DESIRE\n")
    assert (paper.title, paper.venue, paper.links.get("code"), list(paper.notes)) == (
        "DESIRE: Distant Future Prediction in Dynamic Scenes with Interacting Agents", "CVPR 2017",
        "https://github.com/tdavchev/DESIRE", ["DESIRE"])


def test_a_gbt_kind_mark_and_where_inside_a_title_link():
    """wangxb96/Awesome-EdgeAI (82 of its 86 rows): "| [Title[C] ECCV, 2020.](springer) | Megvii Inc (Face++) |":
    the title, GB/T 7714's mark of its kind, then where and when, all in the link's text."""
    parsed = parse("| Paper | Affiliation | Code |\n| --- | --- | --- |\n"
                   "| [Single path one-shot neural architecture search with uniform sampling[C] ECCV, 2020.]"
                   "(https://linkspringer.53yu.com/chapter/10.1007/978-3-030-58517-4_32) | Megvii Inc (Face++) | "
                   "[Code](https://github.com/megvii-model/ShuffleNet-Series/tree/master/OneShot) |\n"
                   "| [SqueezeNet: AlexNet-level accuracy with 50x fewer parameters[J]. arXiv, 2016.]"
                   "(https://arxiv.org/abs/1602.07360) | DeepScale | |\n")
    assert [(e.data.title, e.data.venue, e.data.year) for e in parsed.entries] == [
        ("Single path one-shot neural architecture search with uniform sampling", "ECCV 2020", 2020),
        ("SqueezeNet: AlexNet-level accuracy with 50x fewer parameters", "arXiv 2016", 2016)]


def test_the_first_author_family_name_first_then_where_and_when():
    """Firmament8/awesome-trajectory-centric-e2e-ad (written from BibTeX, 56 of its 57 lines on a page): "**Title**.
    Chib, Pranav Singh et al., IEEE Trans. Intell. Vehicles, 2023.": the first author, family name first, then
    where (as written) and when."""
    paper = one("- **Recent advancements in end-to-end autonomous driving using deep learning: A survey**. Chib, "
                "Pranav Singh et al., IEEE Trans. Intell. Vehicles, 2023. [search only](https://scholar.google.com/"
                "scholar?q=Recent+advancements) `bib:chib2023recent`\n")
    assert ([a.name for a in paper.authors], paper.venue, paper.year) == (
        ["Pranav Singh Chib"], "IEEE Trans. Intell. Vehicles 2023", 2023)
