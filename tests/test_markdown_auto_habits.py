"""--style auto writes a paper anew the way its list writes entries (issue 16).

Beyond the layout the reader records (shape, marker, link labels, venue format),
an entry's own text shows habits the writer keeps (``auto.Habits``): a plain or
bold title, links in the list's order and separated its way, a ``[Code]``
placeholder for a paper without code, how arXiv papers are linked (abstract page
or PDF), and a date after the links. The lines below are real entries, copied
from ../shared/fixtures/real-lists: XiudingCai/Awesome-Mamba-Collection (Theory,
Vision), gongchenghua/Papers-Graphs-with-Heterophily (Heterophily) and
FLHonker/Awesome-Knowledge-Distillation (Distillation).
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from paperctl import Author, Library, PaperData
from paperctl.cli import app
from paperctl.formats.exporting import Selection, render
from paperctl.formats.markdown.writer import MarkdownOptions

runner = CliRunner()

HIDDEN = ("* The Hidden Attention of Mamba Models [[paper](https://arxiv.org/abs/2403.01590)]"
          " [[code](https://github.com/AmeenAli/HiddenMambaAttn)] (2024.03.03)")
ROBUST = ("* Understanding Robustness of Visual State Space Models for Image Classification"
          " [[paper](https://arxiv.org/abs/2403.10935)] (2024.03.16)")
DOC = f"""# Awesome state space models and graphs

## Theory

{HIDDEN}
{ROBUST}
* (ACL 2025) Mamba Knockout for Unraveling Factual Information Flow [[paper](https://arxiv.org/abs/2505.24244)] (2025.05.30)

## Vision

- MambaUIE&SR: Unraveling the Ocean's Secrets with Only 2.8 FLOPs [[paper](https://arxiv.org/abs/2404.13884)] [[code](https://github.com/1024AILab/MambaUIE)] (2024.04.22)

## Heterophily

- [NIPS 2024] **On the Impact of Feature Heterophily on Link Prediction with Graph Neural Networks** [[Paper](https://arxiv.org/abs/2409.17475)], [Code]
- [IJCAI 2024] **LG-GNN: Local-Global Adaptive Graph Neural Network for Modeling Both Homophily and Heterophily** [[Paper](https://www.ijcai.org/proceedings/2024/0278.pdf)], [Code]

## Distillation

23. DearKD: Data-Efficient Early Knowledge Distillation for Vision Transformers [paper](https://arxiv.org/pdf/2204.12997.pdf)
24. Knowledge Distillation with the Reused Teacher Classifier [paper](https://arxiv.org/pdf/2203.14001.pdf)
"""  # noqa: E501  (real entries, as long as they are)


@pytest.fixture
def db(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(DOC, encoding="utf-8")
    path = tmp_path / "lib.db"
    result = runner.invoke(app, ["--db", str(path), "import", str(readme)])
    assert result.exit_code == 0, result.stderr
    return path


def export(db, **options) -> str:
    with Library(db) as lib:
        return render(lib, "md", Selection(), options=MarkdownOptions(style="auto", **options))


def test_every_entry_written_anew_from_the_library_is_the_entry_as_read(db):
    """No byte copy (as_read=False, what bench/reexport_lists.py measures): the writer
    alone gives each of these real entries back."""
    assert export(db, as_read=False) == DOC


def test_a_changed_paper_keeps_its_title_links_and_date_as_written(db):
    with Library(db) as lib:
        lib.set_summary("2403.10935", "robust to patches & noise")
    lines = export(db).splitlines()
    assert lines[5] == ROBUST + " robust to patches & noise"  # a bare "&" stays bare
    assert [line for line in lines if line not in DOC.splitlines()] == [lines[5]]


def test_papers_added_since_take_their_sections_habits(db):
    with Library(db) as lib:
        lib.add(PaperData(title="Parallelizing Linear Transformers with the Delta Rule over Sequence Length",
                          arxiv_id="2406.06484", published="2024-06-10", year=2024, tags=["Theory"],
                          links={"code": "https://github.com/sustcsonglin/flash-linear-attention"}))
        lib.add(PaperData(title="Simple Truncated SVD based Model for Node Classification on Heterophilic Graphs",
                          arxiv_id="2106.12807", venue="KDD 2021", tags=["Heterophily"]))
        lib.add(PaperData(title="Distilling the Knowledge in a Neural Network", arxiv_id="1503.02531",
                          authors=[Author("Geoffrey Hinton")], tags=["Distillation"]))
    added = [line for line in export(db).splitlines() if line not in DOC.splitlines()]
    assert added == [
        # plain title, [[paper]] then [[code]], the published date as the section writes dates
        "* Parallelizing Linear Transformers with the Delta Rule over Sequence Length"
        " [[paper](https://arxiv.org/abs/2406.06484)] [[code](https://github.com/sustcsonglin/flash-linear-attention)]"
        " (2024.06.10)",
        # links separated by ", ", and "[Code]" where there is none, as every entry of the section
        "- [KDD 2021] **Simple Truncated SVD based Model for Node Classification on Heterophilic Graphs**"
        " [[Paper](https://arxiv.org/abs/2106.12807)], [Code]",
        # numbered on, the arXiv PDF linked as the section links papers
        "25. Distilling the Knowledge in a Neural Network [paper](https://arxiv.org/pdf/1503.02531.pdf)",
    ]


def test_links_are_written_in_the_order_the_entry_wrote_them(tmp_path):
    line = ("* (ICML 2024) Transformers are SSMs: Generalized Models and Efficient Algorithms with Structured State"
            " Space Duality [[paper](https://arxiv.org/abs/2405.21060)] [[poster](https://icml.cc/virtual/2024/"
            "poster/32613)] [[code](https://github.com/state-spaces/mamba)] (2024.05.31)")
    readme = tmp_path / "README.md"
    readme.write_text(f"# Mamba\n\n## Theory\n\n{line}\n", encoding="utf-8")
    db = tmp_path / "lib.db"
    assert runner.invoke(app, ["--db", str(db), "import", str(readme)]).exit_code == 0
    with Library(db) as lib:
        assert list(lib.get("2405.21060").links) == ["code", "poster"]  # the library's own order
    assert f"\n{line}\n" in export(db, as_read=False)


@pytest.mark.parametrize("text, written", [
    ("MambaUIE&SR", "MambaUIE&SR"),  # a bare "&" starts no entity: left as real lists write it
    ("flash_linear_attention", "flash_linear_attention"),  # inside a word "_" cannot emphasise
    ("R&D; &amp; &#38;", "R\\&D; \\&amp; \\&#38;"),  # these would be read as entities
    ("_emph_ and __strong__ x_ _y", "\\_emph\\_ and \\_\\_strong\\_\\_ x\\_ \\_y"),
])
def test_text_is_escaped_only_where_markdown_would_read_syntax(text, written):
    import html

    from markdown_it import MarkdownIt

    from paperctl.formats.markdown.escaping import escape

    assert escape(text) == written
    rendered = MarkdownIt("commonmark").renderInline(written)
    assert "<" not in rendered and html.unescape(rendered) == text  # renders as written


def test_each_link_keeps_its_label_and_form_as_the_entry_wrote_it(tmp_path):
    """FLHonker/Awesome-Knowledge-Distillation labels a paper's link "Video" and writes two
    links with nothing between them; a changed paper keeps both."""
    line = ("21. Explore, Filter and Distill: Distilled Reinforcement Learning in Recommendation [CIKM 2021]"
            " [[Video]](https://dl.acm.org/doi/abs/10.1145/3459637.3481917)[[Code]](https://github.com/modriczhang/"
            "DRL-Rec)")
    readme = tmp_path / "README.md"
    readme.write_text(f"# Knowledge distillation\n\n## Recommendation\n\n{line}\n", encoding="utf-8")
    db = tmp_path / "lib.db"
    assert runner.invoke(app, ["--db", str(db), "import", str(readme)]).exit_code == 0
    assert f"\n{line}\n" in export(db, as_read=False)


CITATIONS = """# Awesome LLM reasoning

## Technique

1. **[Multimodal Chain-of-Thought Reasoning: A Comprehensive Survey.](https://arxiv.org/abs/2503.12605)** [[code](https://github.com/yaotingwangofficial/Awesome-MCoT)]

    *Yaoting Wang, Shengqiong Wu, Yuecheng Zhang, William Wang, Ziwei Liu, Jiebo Luo, Hao Fei.* Preprint'25

1. **[GLoRe: When, Where, and How to Improve LLM Reasoning via Global and Local Refinements.](https://arxiv.org/abs/2402.10963)**

    *Alex Havrilla, Sharath Raparthy, Christoforus Nalmpantis, Jane Dwivedi-Yu, Maksym Zhuravinskyi, Eric Hambro, Roberta Railneau.* ICML'24
"""  # noqa: E501  (atfortes/Awesome-LLM-Reasoning, as written)


def test_citations_with_a_linked_title_and_an_indented_authors_line_come_back(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(CITATIONS, encoding="utf-8")
    db = tmp_path / "lib.db"
    assert runner.invoke(app, ["--db", str(db), "import", str(readme)]).exit_code == 0
    assert export(db, as_read=False) == CITATIONS
    with Library(db) as lib:
        lib.add(PaperData(title="Chain-of-Thought Reasoning Without Prompting", arxiv_id="2402.10200",
                          authors=[Author("Xuezhi Wang"), Author("Denny Zhou")], venue="arXiv 2024",
                          tags=["Technique"]))
        lib.add(PaperData(title="Tree of Thoughts: Deliberate Problem Solving with Large Language Models",
                          arxiv_id="2305.10601", authors=[Author("Shunyu Yao")], venue="NeurIPS 2023",
                          tags=["Technique"]))
    # The section writes venues as "Preprint'25" (most of its entries): an arXiv paper so, another
    # venue with its own name in the same form.
    assert export(db).endswith(
        "ICML'24\n\n1. **[Chain-of-Thought Reasoning Without Prompting.](https://arxiv.org/abs/2402.10200)**\n\n"
        "    *Xuezhi Wang, Denny Zhou.* Preprint'24\n\n"
        "1. **[Tree of Thoughts: Deliberate Problem Solving with Large Language Models.]"
        "(https://arxiv.org/abs/2305.10601)**\n\n    *Shunyu Yao.* NeurIPS'23\n")


# Awesome-Efficient-LLM's table: a "Title & Authors" cell with badges, an image column no field
# fills, a "Links" cell, and a comment past the header; each row spaced its own way.
TABLE_ROWS = [
    '| [![Star](https://img.shields.io/github/stars/horseee/LLM-Pruner.svg?style=social&label=Star)](https://github.com/horseee/LLM-Pruner) [![Publish](https://img.shields.io/badge/Conference-NeurIPS\'23-blue)]() [![Type](https://img.shields.io/badge/Structural-C2A4A6)]() <br> :star: [LLM-Pruner: On the Structural Pruning of Large Language Models](https://arxiv.org/abs/2305.11627) <br> Xinyin Ma, Gongfan Fang, Xinchao Wang | <img width="561" alt="image" src="figures/llm_pruner.png">| [Github](https://github.com/horseee/LLM-Pruner) [paper](https://arxiv.org/abs/2305.11627)| [//]: #Recommend',  # noqa: E501
    '|[SlimGPT: Layer-wise Structured Pruning for Large Language Models](https://arxiv.org/abs/2412.18110) <br> Gui Ling, Ziyang Wang, Yuliang Yan, Qingwen Liu |<img width="302" alt="image" src="https://arxiv.org/html/2412.18110v1/x1.png"> |[Paper](https://arxiv.org/abs/2412.18110)|[//]: #12/30',  # noqa: E501
    '|[![Star](https://img.shields.io/github/stars/OpenGVLab/OmniQuant.svg?style=social&label=Star)](https://github.com/OpenGVLab/OmniQuant)[![Publish](https://img.shields.io/badge/Conference-ICLR\'24-blue)]()<br> :star: [OmniQuant: Omnidirectionally Calibrated Quantization for Large Language Models](https://arxiv.org/abs/2308.13137) <br> Wenqi Shao, Mengzhao Chen, Zhaoyang Zhang, Peng Xu, Lirui Zhao, Zhiqian Li, Kaipeng Zhang, Peng Gao, Yu Qiao, Ping Luo |<img width="1002" alt="image" src="figures/omniquant.png"> |[Github](https://github.com/OpenGVLab/OmniQuant) <br> [Paper](https://arxiv.org/abs/2308.13137)| [//]: #Recommend',  # noqa: E501
]
TABLE = ("# Awesome-Efficient-LLM\n\n### Network Pruning / Sparsity\n\n| Title & Authors | Introduction | Links |\n"
         "|:--|  :----: | :---:|\n" + "\n".join(TABLE_ROWS) + "\n")


def test_table_rows_come_back_cell_by_cell(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(TABLE, encoding="utf-8")
    db = tmp_path / "lib.db"
    assert runner.invoke(app, ["--db", str(db), "import", str(readme)]).exit_code == 0
    assert export(db, as_read=False) == TABLE
    with Library(db) as lib:
        lib.set_venue("2308.13137", "ICLR 2024 Spotlight")  # no column shows the venue: the row stays
        lib.add(PaperData(title="Wanda: A Simple and Effective Pruning Approach for Large Language Models",
                          arxiv_id="2306.11695", authors=[Author("Mingjie Sun"), Author("Zhuang Liu")],
                          links={"code": "https://github.com/locuslab/wanda"}, tags=["Network Pruning ∕ Sparsity"]))
    text = export(db)
    assert text.startswith(TABLE)
    # A new row: title and authors, the image column empty, links labelled in the section's order.
    assert text[len(TABLE):] == ("| [Wanda: A Simple and Effective Pruning Approach for Large Language Models]"
                                 "(https://arxiv.org/abs/2306.11695) <br> Mingjie Sun, Zhuang Liu |  |"
                                 " [Github](https://github.com/locuslab/wanda) [paper](https://arxiv.org/abs/2306.11695)"
                                 " |\n")


@pytest.mark.parametrize("line", [
    # the user's LLM/MLLM list as of 2026-08-20 (../shared/fixtures/paper-lists): a tag before the
    # title, inside the bold (the reader keeps it as a note), and the venue after the links
    "1. **【🔧SFT】Forest Before Trees: Latent Superposition for Efficient Visual Reasoning**"
    " [[paper]](http://arxiv.org/abs/2601.06803) (Arxiv 2026.01) 方法很简洁：将SFT的next-token label（比如位置t）"
    "替换为soft label（位置t开始到结尾T的每个位置的logits的沿窗口的softmax）。",
    "15. **Dense Connector for MLLMs** [[paper]](https://arxiv.org/abs/2405.13800) (NeurIPS 2024)",
    # two spaces before the links (XiudingCai/Awesome-Mamba-Collection)
    "* (ICML 2024) Can Mamba Learn How to Learn? A Comparative Study on In-Context Learning Tasks"
    "  [[paper](https://arxiv.org/abs/2402.04248)] (2024.02.06)",
    # arXiv linked through its export mirror (the same list)
    "- Multi-Scale Representation Learning for Image Restoration with State-Space Model"
    " [[paper](https://export.arxiv.org/abs/2408.10145)] (2024.08.19)",
])
def test_a_real_entry_written_anew_is_the_entry_as_read(tmp_path, line):
    readme = tmp_path / "README.md"
    readme.write_text(f"# Mamba\n\n## Papers\n\n{line}\n", encoding="utf-8")
    db = tmp_path / "lib.db"
    assert runner.invoke(app, ["--db", str(db), "import", str(readme)]).exit_code == 0
    assert f"\n{line}\n" in export(db, as_read=False)


@pytest.mark.parametrize("name", ["reading-notes.md", "llm-mllm-paper-list.2024-12-26.md"])
def test_the_users_own_lists_are_written_anew_in_their_own_shape(tmp_path, name):
    """The reader files every bold-title entry as a citation; the user's two lists (shipped in
    data/) are one-line numbered entries and bold titles with "* summary" bullets, and a paper
    written anew must look like them, not like a three-line citation."""
    from pathlib import Path

    source = Path(__file__).resolve().parents[1] / "data" / name
    db = tmp_path / "lib.db"
    assert runner.invoke(app, ["--db", str(db), "import", str(source)]).exit_code == 0
    written = export(db, as_read=False).splitlines()
    entries = [line for line in source.read_text(encoding="utf-8").splitlines()
               if line.startswith(("**", "1. **", "2. **", "3. **"))]
    kept = [line for line in entries if line in written]
    assert entries[0] in written
    # most of them; the rest are papers listed twice, a link the library holds in another form
    # (``[[paper]](arXiv:2305.19420)``) and such (bench/reexport_lists.py says which)
    assert len(entries) > 20 and len(kept) / len(entries) > 0.7, [e for e in entries if e not in kept][:5]
    assert not any(line.endswith(" \\") for line in written)  # no citation line breaks


def test_a_venue_of_two_words_under_a_year_heading_is_written_once(tmp_path):
    """gongchenghua/Papers-Graphs-with-Heterophily: "[Neural Networks]" under "## Year 2024" is the
    venue "Neural Networks 2024", its format recorded as "[{name} Networks]"."""
    line = ("- [Neural Networks] **DPGCL: Dual pass filtering based graph contrastive learning**"
            " [[Paper](https://www.sciencedirect.com/science/article/pii/S0893608024004416)], [Code]")
    readme = tmp_path / "README.md"
    readme.write_text(f"# Graphs\n\n## Year 2024\n\n{line}\n", encoding="utf-8")
    db = tmp_path / "lib.db"
    assert runner.invoke(app, ["--db", str(db), "import", str(readme)]).exit_code == 0
    with Library(db) as lib:
        assert lib.papers()[0].venue == "Neural Networks 2024"
    assert f"\n{line}\n" in export(db, as_read=False)
