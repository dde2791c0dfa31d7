"""Shapes of real lists met in session 55's round 132 (``s135``), held with the lists' own lines (the repository is
named in each test)."""

from __future__ import annotations

from markdown_papers import names, one
from paperctl.formats.markdown.reader import parse


def test_a_bibtex2html_table_of_references():
    """tensorflow/lingvo's PUBLICATIONS.md (50 references): bibtex2html's HTML table, a row each, the reference's
    number in one cell and the reference (IEEE style, its entities and a [pdf] link) in the other; no header."""
    row = ('<tr valign="top">\n<td align="right" class="bibtexnumber">\n[<a name="{key}">{n}</a>]\n</td>\n'
           '<td class="bibtexitem">\n{ref}\n</td>\n</tr>\n\n\n')
    parsed = parse(
        "## Speech recognition\n\n<table>\n\n" + row.format(
            key="chiu2018monotonic", n=9, ref="C.&nbsp;C. Chiu and C.&nbsp;Raffel, &ldquo;Monotonic Chunkwise "
            "Attention,&rdquo; in <em>Proc.\n  International Conference on Learning Representations (ICLR)</em>, 2018."
            '\n[&nbsp;<a href="https://arxiv.org/abs/1712.05382">pdf</a>&nbsp;]\n') + row.format(
            key="sainath2018improving", n=8, ref="T.&nbsp;N. Sainath and C.&nbsp;C. Chiu, &ldquo;Improving the "
            "Performance of Online Neural Transducer Models,&rdquo;\n  in <em>Proc. IEEE International Conference on "
            "Acoustics, Speech, and\n  Signal Processing (ICASSP)</em>, 2018.\n"
            '[&nbsp;<a href="https://arxiv.org/abs/1712.01807">pdf</a>&nbsp;]\n') + "</table>\n")
    papers = [e.data for e in parsed.entries]
    assert [(p.title, names(p), p.arxiv_id, p.year) for p in papers] == [
        ("Monotonic Chunkwise Attention", ["C. C. Chiu", "C. Raffel"], "1712.05382", 2018),
        ("Improving the Performance of Online Neural Transducer Models", ["T. N. Sainath", "C. C. Chiu"],
         "1712.01807", 2018)]
    assert [e.line for e in parsed.entries] == [5, 18]  # (each row's first line, <tr>)


def test_a_bullet_naming_the_title_links_below_it():
    """hymie122/RAG-Survey (236 papers under 51 such bullets): "  - Query-based RAG" over paragraphs each a paper's
    title linked: each paragraph is a paper, in the section above."""
    parsed = parse("### RAG Foundations\n\n  - Query-based RAG\n    \n"
                   "    [REALM: Retrieval-Augmented Language Model Pre-Training](https://arxiv.org/abs/2002.08909)\n"
                   "    \n"
                   "    [KILT: a Benchmark for Knowledge Intensive Language Tasks](https://arxiv.org/abs/2009.02252)\n\n"
                   "    [Instance-conditioned gan](https://proceedings.neurips.cc/paper/2021/file/e7ac-Paper.pdf)\n")
    assert [(e.data.title, e.data.tags) for e in parsed.entries] == [
        ("REALM: Retrieval-Augmented Language Model Pre-Training", ["RAG Foundations"]),
        ("KILT: a Benchmark for Knowledge Intensive Language Tasks", ["RAG Foundations"]),
        ("Instance-conditioned gan", ["RAG Foundations"])]


def test_the_authors_code_in_a_paragraph_under_the_bullet():
    """npxiaoying/Social-Recommendation (every paper): "* Title [WSDM,2019]" over "  Author's code: URL": the
    paper's code (the line stays a note); "[IEEE Access 2017]", a journal in words, is its venue."""
    parsed = parse("* Social Attentional Memory Network: Modeling Aspect- and Friend-level Differences in "
                   "Recommendation [WSDM,2019]\n\n  Author's code: https://github.com/chenchongthu/SAMN\n\n"
                   "* A Social Recommender Based on Factorization and Distance Metric Learning [IEEE Access 2017]\n")
    first, second = (e.data for e in parsed.entries)
    assert (first.venue, first.links.get("code")) == ("WSDM 2019", "https://github.com/chenchongthu/SAMN")
    assert (second.title, second.venue) == (
        "A Social Recommender Based on Factorization and Distance Metric Learning", "IEEE Access 2017")


def test_who_made_it_in_brackets_is_a_note():
    """uncbiag/Awesome-Foundation-Models (33 of its 74 lines): "[Title](arXiv) (from OpenAI)", "(ICML 2021, from
    Google)": who made it, a note, not the description; where it appeared, its venue."""
    parsed = parse("* [GPT-4 Technical Report](https://arxiv.org/pdf/2303.08774.pdf) (from OpenAI)\n"
                   "* [ALIGN: Scaling Up Visual and Vision-Language Representation Learning With Noisy Text "
                   "Supervision](http://proceedings.mlr.press/v139/jia21b/jia21b.pdf) (ICML 2021, from Google)\n")
    assert [(e.data.summary, e.data.venue, list(e.data.notes)) for e in parsed.entries] == [
        (None, None, ["from OpenAI"]), (None, "ICML 2021", ["from Google"])]


def test_a_mark_and_a_bold_name_with_a_colon_name_a_group():
    """Aitorzan3/Awesome-Self-Supervised-Time-Series-Anomaly-Detection: "🔍 **Self-Supervised Learning**:" over its
    papers names their group, as a bold line alone does; "📜 **Title**" over its fields is a paper."""
    parsed = parse("## Theoretical Background\n\n🔍 **Self-Supervised Learning**:\n\n\n"
                   "- [Self-supervised learning: Generative or contrastive (2020)](https://arxiv.org/pdf/2006.08218)\n"
                   "- [A survey on contrastive self-supervised learning (2020)](https://arxiv.org/pdf/2011.00362)\n")
    assert [e.data.tags for e in parsed.entries] == [["Theoretical Background/Self-Supervised Learning"]] * 2
    paper = one("4. 📜 **Scaling Self-Supervised Learning for Histopathology with Masked Image Modeling**\n"
                "   - 📖 Preprint: MedRxiv, 2023\n"
                "   - 📄 [PDF](https://www.medrxiv.org/content/10.1101/2023.07.21.23292757v3)\n")
    assert paper.title == "Scaling Self-Supervised Learning for Histopathology with Masked Image Modeling"


def test_rows_whose_arxiv_id_is_left_to_fill_in_stay_apart():
    """Alululululululu/awesome-stable-diffusion-papers (38 rows): "| [QLora](https://arxiv.org/abs/xxxxxxx) | | |":
    a paper whose ID the list has yet to give. The address is kept as its link, never as its URL, which would make
    every such row one paper (and the short rows an index of the first)."""
    parsed = parse("| Title | Venue | Year |\n| --- | --- | --- |\n"
                   "| [GLIGEN: Open-Set Grounded Text-to-Image Generation](https://arxiv.org/abs/xxxxxxx) | CVPR "
                   "| 2023 |\n"
                   "| [Lora](https://arxiv.org/abs/xxxxxxx) | | |\n| [QLora](https://arxiv.org/abs/xxxxxxx) | | |\n"
                   "| [AdaLora](https://arxiv.org/abs/xxxxxxx) | | |\n")
    assert [(e.data.title, e.data.url) for e in parsed.entries] == [
        ("GLIGEN: Open-Set Grounded Text-to-Image Generation", None), ("Lora", None), ("QLora", None),
        ("AdaLora", None)]
    assert parsed.entries[1].data.links == {"paper": "https://arxiv.org/abs/xxxxxxx"}


def test_a_table_row_linking_the_lists_note_with_its_venue_is_a_paper():
    """guoxun/LLM4Rec-Papers: "| [OneSug](one-series/OneSug.md) | AAAI 2026 | ... | 核心亮点 |": a paper named in short,
    its title linking the list's own note on it, where it appeared beside it; the highlights column its summary."""
    parsed = parse("| 论文 | arXiv/会议 | 场景 | 核心亮点 |\n|------|-----------|------|---------|\n"
                   "| [OneSug](one-series/OneSug.md) | AAAI 2026 | 搜索推荐 | 全量部署 6 个月，延迟降低 43.2% |\n")
    paper = parsed.entries[0].data
    assert (paper.title, paper.venue, paper.summary) == ("OneSug", "AAAI 2026", "全量部署 6 个月，延迟降低 43.2%")


def test_a_few_words_in_italics_over_a_table_name_its_rows():
    """zhengxuJosh/Omni-Seg (its three tables): "*Panoramicmic images semantic segmentation*" right over a table of
    papers names their group, as a bold line would; "*Table 1. ML methods for Crop Yield Prediction*" (px39n/Awesome-
    Precision-Agriculture) is a caption, not a group's name."""
    table = ("| Year | Pub | Paper |\n| :----: | :----: | :---- |\n"
             "| 2017 | Arxiv | [Joint 2D-3D-Semantic Data for Indoor Scene Understanding]"
             "(https://arxiv.org/pdf/1702.01105.pdf) |\n")
    named = parse("## Papers\n\n*Panoramicmic images semantic segmentation*\n" + table)
    assert named.entries[0].data.tags == ["Papers/Panoramicmic images semantic segmentation"]
    captioned = parse("## Papers\n\n*Table 1. ML methods for Crop Yield Prediction*\n" + table)
    assert captioned.entries[0].data.tags == ["Papers"]


def test_a_table_of_benchmark_results_holds_no_paper():
    """layumi/Seg-Uncertainty, "### Benchmark results": methods' scores in a table, each method named in short with
    its code; linking no paper, none is one (and each row is said so)."""
    parsed = parse("### Benchmark results\n\n**GTA5 → Cityscapes (19 classes)**\n\n"
                   "| Year | Method | Venue | Backbone | mIoU | Code |\n| :-- | :-- | :-- | :-- | --: | :-- |\n"
                   "| 2018 | AdaptSegNet | CVPR | DeepLab-v2 | 42.4 | "
                   "[code](https://github.com/wasidennis/AdaptSegNet) |\n"
                   "| 2019 | ADVENT | CVPR | DeepLab-v2 | 45.5 | [code](https://github.com/valeoai/ADVENT) |\n")
    assert parsed.entries == []
    assert [n for n, _ in parsed.skipped] == [7, 8]
