"""The keys of ``key: value`` bullets, and the field each names.

Lists that give a paper's details as keyed bullets or lines (``- 论文地址：https://arxiv.org/..``,
``- **Authors**: ..``, ``*Links*: [Paper / DOI](..)``, ``- Paper [Link](..)``) name the same fields with many
words, in many languages. ``KEYS`` gathers them, with the list each word came from; ``key_of`` reads one line
into (field kind, key as written, value). Used by the nested bullets of an item (``nested``), the lines under a
paper's heading (``heading_fields``, ``paper_headings``, ``under_heading``), folds (``details``) and sibling
lines (``sibling_fields``).
"""

from __future__ import annotations

import re

from . import venues

KEYS: dict[str, tuple[str, ...]] = {
    "title": ("论文名称", "论文标题", "论文题目", "论文", "题目", "标题", "名称", "title", "paper", "papertitle",
              "papername", "论文名", "タイトル"),
    "venue": ("会议", "来源", "发表", "发表于", "期刊", "论文会议", "会议名称", "venue", "conference", "journal",
              "published", "source", "publication", "收录", "pub", "학회", "저널", "학회/저널", "게재", "学会", "会議"),
    "paper": ("论文地址", "论文链接", "链接", "地址", "paperlink", "paperurl", "pdf", "arxiv", "link", "url",
              "原文", "原文链接", "论文下载", "paper地址", "论文pdf", "linktopublication", "linktopaper", "arxiv链接",
              "arxivlink", "arxivpdflink", "pdflink", "links", "arxivid", "download",
              "論文"),  # ("*Links*: [Paper / DOI](..) | [![Code](badge)](..)")
    "code": ("代码", "代码链接", "代码地址", "论文代码", "源码", "论文源码", "论文源码地址", "源码地址", "github",
             "github地址", "论文github地址", "code", "codelink", "repo", "repository", "开源代码", "githut地址",
             "官方代码", "sourcecode", "コード"),
    "authors": ("作者", "authors", "author", "저자", "著者"),
    "year": ("年份", "year", "date", "日期", "发表时间", "publishdate", "publicationdate", "releasedate", "submitdate",
             "発表日", "発表年", "yearofpublication"),  # (Japanese: est2mzd/ML_Challenge's "発表日: 2023年", when it
    # was published; "**Year of Publication:** 2019", hibayesian/awesome-graph-learning-papers)
    "project": ("项目地址", "项目", "project", "projectpage", "主页", "homepage"),
    "citation": ("reference", "citation", "cite", "引用"),
    "data": ("data", "dataset", "linktodata", "数据", "数据集"),
}
_KEY_OF = {k: kind for kind, keys in KEYS.items() for k in keys}
_SYMBOLS = re.compile("^[\u200d\ufe0f\U0001f300-\U0001faff\u2600-\u27bf]+")  # emoji (and their joiner) before a key
_TASK_BOX = re.compile(r"\s*\[[ xX]\]\s+")
KEY_VALUE = re.compile(r"^\s*([^:：]{1,24}?)\s*[:：]\s*(.*)$", re.DOTALL)
SUMMARY_KEYS = ("summary", "tl;dr", "tldr", "简述", "요약", "why relevant", "why selected", "overview", "关键内容",
                "关键特点", "概要", "description")
# ("Why selected", Jacintha0511/AI-Agent-Security-Papers: the list's one line on the paper; "**Description**:",
# Fishsoup0/Autonomous-Driving-Perception, 22 papers)
# ("简述", "in brief": ljrprocc/Awesome-Text-Detection; "요약", aiot-cau/urp-summer-2025; "Why relevant", what the
# paper does for the owner's work: Hypogenic-AI/isolate-knowledge-updates-claude, under each paper's heading;
# "关键内容", "key content", Brain2nd/MofNeuroSim; "关键特点", "key features", the abstract's start: oowsxq/SummerQuest-
# 2025's generated lists, under "ArXiv链接", the arXiv link; "概要", "overview" in Japanese: est2mzd/ML_Challenge)
KEY_LINK = re.compile(r"\s*(\w[\w ]{0,20}?)\s+(\[[^\[\]]{1,20}\]\([^()\s]+\))\s*$")  # a key, no colon, its link
_BOLD_KEY = re.compile(r"^(\s*)(?:\*\*|__|\*|_)([^*_:：]{1,24}(?:[:：](?:\*\*|__|\*|_)|(?:\*\*|__|\*|_)\s*[:：]))")
# (in italics too: "  - *Authors*: Bi, Kaifeng, ...", "  - *Links*: [Paper / DOI](..)", lihuirui/awesome-scientific-
# time-series-foundation-models-survey, under every paper)
_CODE_KEY = re.compile(r"^(\s*)`([^`:：]{1,24})`(?=\s*[:：])")
_WHOLE_BOLD = re.compile(r"(\*\*|__)([^*_:：]{1,24}[:：][^*_]{1,200}?)\1")
_URL_SEPARATOR = re.compile(r"\s+[/|]\s+|,\s+")


def _urls_only(value: str) -> bool:
    """Two addresses or more and nothing else, parted by `` / ``, `` | `` or a comma (split, not one pattern:
    "https://a/https://a/..." would let one backtrack through every way to cut it)."""
    parts = _URL_SEPARATOR.split(value.strip()) if "://" in value else []
    return len(parts) >= 2 and all(URL_ONLY.fullmatch(part) for part in parts)

URL_ONLY = re.compile(r"<?https?://\S+>?|\[[^\[\]]*\]\([^()\s]+\)")
PAPER_POINTER = re.compile(r"(?:the\s+)?(?:paper|pdf|arxiv|preprint)(?:\s+(?:is\s+)?available)?(?:\s+(?:at|on|from))?"
                      r"\s*[:：]?\s*(?:here|link|this link|arxiv|pdf)\.?", re.IGNORECASE)


def _unbolded(m: re.Match[str]) -> str:
    """A bold key without its stars, its colon within (``**Paper:**``) or after them (``**arXiv**:``)."""
    return m.group(2).replace("*", "").replace("_", "").rstrip()


def key_of(text: str) -> tuple[str | None, str, str]:
    """(field kind, key as written, value) of a ``key: value`` bullet."""
    if text.lstrip()[:1] == "[" and (box := _TASK_BOX.match(text)):  # " - [x] 论文地址: [..](arXiv)" (codecat0/CV,
        text = text[box.end():]  # every paper): a box ticked when the owner has done what the bullet names
    first = text.lstrip()[:1]
    if not first.isascii() and (marked := _SYMBOLS.match(text.lstrip())) and text.lstrip()[marked.end():].lstrip(
            )[:2] in ("**", "__"):  # "- 👤 **Authors:** ..." (ThreeSR/Awesome-Inference-Time-Scaling, every paper)
        text = text.lstrip()[marked.end():].lstrip()
        first = text[:1]
    if first in "*_" and (whole := _WHOLE_BOLD.fullmatch(text.strip())):
        text = whole.group(2)  # "**Date: 2023.03.25**" (HKUST-LongGroup/Awesome-MLLM-Benchmarks): the key and value
        first = text[:1]  # both in bold
    if first == "`":
        text = _CODE_KEY.sub(r"\1\2", text)  # "`Publication`: NeurIPS 2019" (GeminiLight/ml4co-survey, every paper)
    linked = KEY_LINK.match(text) if "](" in text and first.isalpha() else None
    if linked and linked.group(1).lower() in _KEY_OF:
        m = linked  # "- Paper [Link](..)", "- Code [Link](..)" (ljrprocc/Awesome-Text-Detection): a key, its link
    else:
        m = KEY_VALUE.match(_BOLD_KEY.sub(_unbolded, text) if first in "*_" else text)  # "**Paper:** https://.."
    if not m or "](" in m.group(1):  # (not "[video](https": a link's address, its scheme's colon)
        return None, "", text
    key = _SYMBOLS.sub("", re.sub(r"\s+", "", m.group(1)).lower())  # ("🧑‍🔬 作者", "🔗 链接": Awesome3DGS)
    kind = _KEY_OF.get(key) or next((_KEY_OF[k] for k in key.split("/") if k in _KEY_OF), None)  # "论文/Paper"
    value = m.group(2).strip()
    if kind == "title" and (URL_ONLY.fullmatch(value) or value.lower() in ("none", "n/a", "-", "tbd", "todo")
                            or _urls_only(value)):  # ("Paper: https://.. / https://arxiv.org/abs/..")
        kind = "paper"  # "Paper: https://arxiv.org/abs/2403.06951": the paper's link, not its title
    elif kind == "venue" and URL_ONLY.fullmatch(value):
        kind = "other"  # "**Source:** https://github.com/..." (cross-modal-retrieval/cross-modal-retrieval): a link
    elif kind == "venue" and venues.year_of_date(value) is not None:
        kind = "year"  # "- Published: 04 Jul 2022" (hemilkaklotar/fetch-latest-human-pose-papers): a date, no venue
    elif kind == "data" and not URL_ONLY.fullmatch(value):
        kind = None  # ("- Dataset: ImageNet", a note; "- Link to data: [..](..)", the data's address)
    return kind, m.group(1).strip(), value
