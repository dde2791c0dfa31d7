"""Shapes of real lists found by the thirtieth blind labelling round (``bench/unseen-lists/s33a``-
``s33h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers
from paperctl.formats.markdown import venues
from paperctl.formats.markdown.reader import parse


def one(text: str):
    found = list(papers(text).values())
    assert len(found) == 1, found
    return found[0]


def test_venue_and_year_as_comma_fields_before_the_links():
    # fuzhenxin/Style-Transfer-in-Text (66 lines), wuuu110/NCO-solvers-for-VRP (123 "&bull;" lines, the venue in
    # bold italics), FeiLiu36/LLM4Opt (the month the preprint came out)
    paper = one("- Text Style Transfer: A Review and Experiment Evaluation, arXiv, 2020, "
                "[[paper]](https://arxiv.org/pdf/2010.12742.pdf)\n")
    assert (paper.title, paper.venue, paper.year) == ("Text Style Transfer: A Review and Experiment Evaluation",
                                                      "arXiv 2020", 2020)
    paper = one("&bull; Attention, Learn to Solve Routing Problems!, ***ICLR***, 2019, "
                "[[paper](https://openreview.net/pdf?id=ByxBFsRqYm)]\n")
    assert (paper.title, paper.venue) == ("Attention, Learn to Solve Routing Problems!", "ICLR 2019")
    paper = one("&bull; Neural Combinatorial Optimization with Reinforcement Learning, ***ICLR(workshop)***, 2017, "
                "[[paper](https://openreview.net/pdf?id=Bk9mxlSFx)]\n")
    assert (paper.title, paper.venue) == ("Neural Combinatorial Optimization with Reinforcement Learning",
                                          "ICLR 2017 workshop")
    paper = one("&bull; Memory-efficient Transformer-based network model for Traveling Salesman Problem, "
                "***Neural Networks***, 2023, [[paper](https://www.sciencedirect.com/science/article/pii/"
                "S0893608023000771)]\n")
    assert (paper.venue, paper.authors) == ("Neural Networks 2023", [])
    paper = one("&bull; Learning to Delegate for Large-scale Vehicle Routing ***NeurIPS***, 2021, "
                "[[paper](https://openreview.net/pdf?id=rm8x4cXkhz)]\n")
    assert (paper.title, paper.venue) == ("Learning to Delegate for Large-scale Vehicle Routing", "NeurIPS 2021")
    paper = one("+ When Large Language Model Meets Optimization, Arxiv, May 2024, [code], "
                "[paper](http://www.arxiv.org/pdf/2405.10098)\n")
    assert (paper.title, paper.venue) == ("When Large Language Model Meets Optimization", "Arxiv 2024")


def test_a_year_alone_after_a_comma_is_still_the_year_not_a_venue():
    # Sahandfer/EMPaper: the title's own "Cognition, Affection and Behavior" are no authors
    paper = one("- CAB: Empathetic Dialogue Generation with Cognition, Affection and Behavior, 2023. "
                "[[paper]](https://arxiv.org/abs/2302.01935) [[code]](https://github.com/geri-emp/CAB)\n")
    assert (paper.title, paper.year, paper.authors) == (
        "CAB: Empathetic Dialogue Generation with Cognition, Affection and Behavior", 2023, [])


def test_first_author_et_al_and_year_after_the_title():
    # anebz/papers (64 entries): "Title, Lample et al., 2016 [[Paper](..)]"
    paper = one("4. Neural Architectures for Named Entity Recognition, Lample et al., 2016 "
                "[[Paper](https://www.aclweb.org/anthology/N16-1030)] [[Notes](1606.1030.md)] [\\#nlp](#nlp)\n")
    assert (paper.title, [a.name for a in paper.authors], paper.year) == (
        "Neural Architectures for Named Entity Recognition", ["Lample"], 2016)


def test_an_italic_venue_in_brackets_closing_the_entry():
    # ymoslem/awesome-llm-routing-cascading (62 lines): the description, then where it appeared
    paper = one("- **[BEST-Route](https://openreview.net/forum?id=tFBIbCVXkG)** ([code](https://github.com/microsoft/"
                "best-route-llm)) — DeBERTa-v3-small multi-head router selects both the model and a best-of-*n* "
                "sampling budget under a user-set cost/accuracy threshold. *(ICML 2025)*\n")
    assert (paper.venue, paper.year) == ("ICML 2025", 2025)
    assert paper.summary.endswith("cost/accuracy threshold.")


def test_affiliation_venue_and_year_under_a_bold_title():
    # IAAR-Shanghai/CTGSurvey (81 lines): who, where (its track after an underscore), when
    paper = one("- **Controlled Text Generation with Hidden Representation Transformations**  \n"
                "  UCLA, ACL'23_findings, 2023 [[Paper](https://aclanthology.org/2023.findings-acl.602/)]\n")
    assert (paper.venue, paper.year, paper.notes, paper.authors) == ("ACL 2023 Findings", 2023, ["UCLA"], [])
    assert venues.parse("ACL'23_short") == ("ACL 2023 Short", 2023)
    assert venues.parse("CVPR_W 2019") is None  # (no track word after the underscore)


def test_a_name_linking_the_paper_then_its_title_after_a_colon():
    # AmberLJC/LLMSys-PaperList (84 of 136 entries): "CaraServe" is the start of the paper's own title
    paper = one("- [CaraServe](https://arxiv.org/abs/2401.11240): CPU-Assisted and Rank-Aware LoRA Serving for "
                "Generative LLM Inference\n")
    assert paper.title == "CaraServe: CPU-Assisted and Rank-Aware LoRA Serving for Generative LLM Inference"
    paper = one("- [Inference without Interference](https://arxiv.org/abs/2401.11181): Disaggregate LLM Inference "
                "for Mixed Downstream Workloads | OSDI' 24\n")
    assert (paper.title, paper.venue) == (
        "Inference without Interference: Disaggregate LLM Inference for Mixed Downstream Workloads", "OSDI 2024")
    described = one("- [BERT](https://arxiv.org/abs/1810.04805): a model that reads both ways.\n")
    assert (described.title, described.summary) == ("BERT", "a model that reads both ways.")
    workshop = one("- [2018-ICML Workshop](https://openreview.net/group?id=ICML.cc/2018/ECA): Efficient Credit "
                   "Assignment in Deep Learning and Reinforcement Learning\n")  # (MingSun-Tse/Efficient-Deep-Learning)
    assert workshop.title == "2018-ICML Workshop"


def test_authors_in_brackets_after_the_links():
    # yingpengma/Awesome-Story-Generation (80 entries); a bracket of tags is not names
    paper = one("- `ACL-2024` **MoPS: Modular Story Premise Synthesis for Open-Ended Automatic Story Generation** "
                "[[paper]](https://arxiv.org/abs/2406.05690)  [[code]](https://github.com/GAIR-NLP/MoPS) "
                "[Yan Ma, Yu Qiao, Pengfei Liu] [![](https://img.shields.io/badge/citation-5-blue)]()\n")
    assert [a.name for a in paper.authors] == ["Yan Ma", "Yu Qiao", "Pengfei Liu"]
    assert (paper.venue, paper.summary) == ("ACL 2024", None)
    tagged = one("- **Title of a Paper on Forgetting** [[paper]](https://arxiv.org/abs/2406.05690) "
                 "[Catastrophic Forgetting, Analysis]\n")
    assert tagged.authors == []


def test_names_then_the_title_link_in_quotes_then_the_journal():
    # GMC-DRL/Awesome-MetaBBO (101 table cells): Google Scholar's MLA with the title linked
    paper = one('- Hansen, Nikolaus, et al. "[**COCO: A platform for comparing continuous optimizers in a black-box '
                'setting**](https://www.tandfonline.com/doi/abs/10.1080/10556788.2020.1808977)." Optimization Methods '
                'and Software (2021).\n')
    assert (paper.title, [a.name for a in paper.authors]) == (
        "COCO: A platform for comparing continuous optimizers in a black-box setting", ["Nikolaus Hansen"])
    assert (paper.venue, paper.year, paper.summary) == ("Optimization Methods and Software 2021", 2021, None)
    table = papers("|Benchmark|Paper|Code Resource|Optimization Type|\n|:-:|:-:|:-:|:-:|\n"
                   '|EVOBBO|Muñoz, Mario A., and Kate Smith-Miles. "[**Generating new space-filling test instances '
                   'for continuous black-box optimization**](https://direct.mit.edu/evco/article-abstract/28/3/379/'
                   '94997)." Evolutionary computation (2020).|[andremun/EVOBBO_Instances](https://github.com/andremun/'
                   'EVOBBO_Instances)|COP|\n')
    paper = one_of(table)
    assert paper.title == "Generating new space-filling test instances for continuous black-box optimization"
    assert [a.name for a in paper.authors] == ["Mario A. Muñoz", "Kate Smith-Miles"]
    assert (paper.venue, paper.links.get("code")) == ("Evolutionary computation 2020",
                                                 "https://github.com/andremun/EVOBBO_Instances")


def one_of(found: dict):
    assert len(found) == 1, found
    return next(iter(found.values()))


def test_a_published_cell_of_links_named_by_where():
    # Weepingchestnut/Awesome-Video-Super-Resolution (22 rows): the venue is the link that names one with its year
    found = papers("| Paper | Model | Code | Published |\n|---|---|---|---|\n"
                   "| Real-Time Video Super-Resolution With Spatio-Temporal Networks and Motion Compensation 🔥 | "
                   "VESPCN | [PyTorch](https://github.com/JuheonYi/VESPCN-PyTorch) | [CVPR2017](https://openaccess."
                   "thecvf.com/content_cvpr_2017/html/Caballero_Real-Time_Video_Super-Resolution_CVPR_2017_paper.html"
                   "), [arXiv](http://arxiv.org/abs/1611.05250v2) |\n")
    paper = one_of(found)
    assert (paper.venue, paper.year, paper.arxiv_id) == ("CVPR 2017", 2017, "1611.05250")


def test_a_preprint_with_its_year_and_month_glued_on():
    # duguodong7/Awesome-Knowledge-Fusion (59 rows): "**ArXiv**24.08", "ArXiv 20.04"
    assert venues.parse("ArXiv24.08") == ("ArXiv 2024", 2024)
    assert venues.parse("arXiv 20.04") == ("arXiv 2020", 2020)
    assert venues.parse("arxiv 2401.00001") is None  # (an arXiv ID, not a date)


def test_a_long_journal_name_and_its_year_in_brackets():
    # xmindflow/Awesome-Implicit-Neural-Representations-in-Medical-imaging (22 lines): "[date] [Journal, Year]"
    paper = one("**NeRP: Implicit Neural Representation Learning with Prior Embedding for Sparsely Sampled Image "
                "Reconstruction.** [24th Aug., 2021] [IEEE Transactions on Neural Networks and Learning Systems, 2022]"
                "<br>\nLiyue Shen, John Pauly, Lei Xing<br>\n[[Paper](https://arxiv.org/abs/2108.10991)]\n")
    assert (paper.venue, paper.year) == ("IEEE Transactions on Neural Networks and Learning Systems 2022", 2022)
    assert [a.name for a in paper.authors] == ["Liyue Shen", "John Pauly", "Lei Xing"]


def test_when_the_list_was_updated_and_who_keeps_it_are_not_papers():
    # hughplay/Visual-Reasoning-Papers
    parsed = parse("# Visual Reasoning Papers\n\n- Last update time: 2022-10-27.\n"
                   "- Maintainer: [Xin Hong](https://hongxin2019.github.io)\n\n## Survey Papers\n\n"
                   "- [A Survey of Visual Reasoning](https://arxiv.org/abs/2101.00001)\n")
    assert [e.data.title for e in parsed.entries] == ["A Survey of Visual Reasoning"]
    assert (4, "a note about the list, not a paper") in parsed.skipped  # (the line with a link is reported)


def test_keywords_in_brackets_then_the_venue_under_the_title():
    # Trae1ounG/Awesome-Parametric-Knowledge-in-LLMs (16 lines): a paragraph of its own under the item
    paper = one("1. **[What will my model forget? Forecasting forgotten examples in language model refinement]"
                "(http://arxiv.org/abs/2402.01865)**\n\n    [Catastrophic Forgetting, Forecasting Forgetting, "
                "Analysis] ICML'24 Spotlight\n")
    assert (paper.venue, paper.notes, paper.summary) == (
        "ICML 2024 Spotlight", ["Catastrophic Forgetting, Forecasting Forgetting, Analysis"], None)


def test_a_colon_inside_the_name_link_and_who_after_a_bar():
    # AmberLJC/LLMSys-PaperList: "[RAGCache:](arXiv) Efficient ... | PKU"
    paper = one("- [RAGCache:](https://arxiv.org/abs/2404.12457) Efficient Knowledge Caching for Retrieval-Augmented "
                "Generation | PKU\n")
    assert (paper.title, paper.notes, paper.summary) == (
        "RAGCache: Efficient Knowledge Caching for Retrieval-Augmented Generation", ["PKU"], None)


def test_a_web_address_written_without_its_scheme():
    # vsitzmann/awesome-implicit-representations: the paper was left out as "a file of the list's own"
    paper = one("* [Light Field Networks: Neural Scene Representations with Single-Evaluation Rendering]"
                "(vsitzmann.github.io/lfns/) (Sitzmann et al. 2021) proposes light field networks.\n")
    assert paper.title.startswith("Light Field Networks")
    assert "https://vsitzmann.github.io/lfns/" in paper.links.values()  # (the library keeps web addresses whole)
    assert papers("- [Notes](notes/1606.md)\n- [arXiv.org](arXiv.org)\n") == {}  # (files, and a bare site name)
