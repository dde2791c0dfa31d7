"""A table of Chinese headers from session 42's seventy-sixth blind labelling round (``bench/unseen-lists/s79d``),
held with the list's own lines."""

from __future__ import annotations

from markdown_papers import names, papers


def test_a_table_of_chinese_headers_and_identifiers_written_as_text():
    """A materials-science catalogue (repository unknown, every row): "| 模型名称 | 论文标题 | 第一作者 | 年份 |
    ArXiv/DOI | 发表venue | 简述 |" (model name, paper title, first author, year, the identifier as text, venue,
    brief)."""
    found = papers(
        "## 原子级力场\n"
        "| 模型名称 | 论文标题 | 第一作者 | 年份 | ArXiv/DOI | 发表venue | 简述 |\n"
        "|---------|---------|---------|------|-----------|----------|------|\n"
        "| MACE | MACE: Higher Order Equivariant Message Passing Neural Networks for Fast and Accurate Force Fields | "
        "Ilyes Batatia | 2022 | arXiv:2206.07697 | NeurIPS 2022 | 高阶等变消息传递神经网络框架。 |\n"
        "| CHGNet | CHGNet as a Pretrained Universal Neural Network Potential for Charge-Informed Atomistic "
        "Modelling | Bowen Deng | 2023 | doi:10.1038/s42256-023-00716-3 | Nature Machine Intelligence | "
        "预训练通用图神经网络势。 |\n")
    assert [(p.arxiv_id, p.doi, p.venue, names(p), p.summary) for p in found.values()] == [
        ("2206.07697", None, "NeurIPS 2022", ["Ilyes Batatia"], "高阶等变消息传递神经网络框架。"),
        (None, "10.1038/s42256-023-00716-3", "Nature Machine Intelligence 2023", ["Bowen Deng"],
         "预训练通用图神经网络势。")]
