"""Who made a paper, not where it appeared: a company or a lab that made a model (``(Microsoft, 2023)``), a
university or an institute where its authors work (``(University of Cambridge, 2023)``, ``(NYU, 2022)``).
``venues`` asks it before it takes a name in brackets for a venue; ``runs`` asks whether a line of names is where
the authors work (``affiliations``) and whether a name before a venue is a company's (``ORGANISATION``); ``model``
asks where a list of authors ends and where they work begins (``workplaces_from``)."""

from __future__ import annotations

import re

# Who made a model, not where it was published: "(Microsoft, 2023)" is a note, as "(2023-01, Microsoft)" is.
_MAKERS = {"google", "google research", "google deepmind", "deepmind", "meta", "meta ai", "facebook", "microsoft",
           "openai", "anthropic", "amazon", "apple", "nvidia", "ibm", "baidu", "alibaba", "tencent", "huawei",
           "bytedance", "salesforce", "stanford", "mit", "berkeley", "cmu", "tsinghua", "peking university",
           "jd", "kuaishou", "meituan", "xiaohongshu", "pinterest", "netflix", "spotify", "linkedin", "snap", "youtube"}


def is_maker(name: str) -> bool:
    """``Meta``, ``OpenAI``, ``Google Research``: who made a model, not a venue."""
    return name.strip().casefold() in _MAKERS


# Where people work: one part of an affiliation list (``runs``) or of an author line's brackets
SEAT = re.compile(r"\b(?:Universit(?:y|ät|é|à|at)|Institut(?:e|o)?|Laborator(?:y|ies)|College|Academy)\b"
                  r"|大学|研究院|研究所")
_PUBLICATION = re.compile(r"\b(?:Journal|Transactions|Proceedings|Review|Letters|Press|Conference|Symposium|"
                          r"Workshop)\b")


def institution(name: str) -> bool:
    """Does *name* name where its authors work, not where the paper appeared (``University of Cambridge``,
    in ``*Potsawee Manakul, ... (University of Cambridge, 2023)*``, yangjunx21/Awesome-LLM-Calibration, 20
    author lines)? Not ``Journal of King Saud University``, nor a university's press."""
    parts = [p for p in _PARTS.split(name.strip()) if p] if len(name) <= 80 else [name]
    return any(is_maker(p) or p.casefold() in _SCHOOLS for p in parts) or bool(SEAT.search(name)) and not \
        _PUBLICATION.search(name)  # ("(Harvard & Google, 2024)", "(NYU, 2022)": yangjunx21/Awesome-LLM-Calibration)


_PARTS = re.compile(r"\s*(?:&|/|,| and )\s*")

# Universities known by a short name, which an author line's brackets give as where the authors work
_SCHOOLS = frozenset("nyu ucla ucb uw usc uiuc ucsd kaist nus ntu hku hkust cuhk sjtu pku zju ustc eth epfl oxford "
                     "cambridge harvard princeton yale columbia cornell toronto mila thu tsinghua ucl hit casia "
                     "ruc buaa".split())  # ("(THU 2016)", "(HIT-Huawei 2017)", "(UCL 2016)": wzhe06/Reco-papers)


# Where the authors work or who made the paper, a word of it (runs: "UCLA, ACL'23_findings, 2023" after a title)
ORGANISATION = re.compile(
    r"\b(?:Universit(?:y|ät|é|à|at|ario|e)|Institut(?:e|o)?|Laborator(?:y|ies)|Labs?|College|School|Academy|Research|"
    r"Inc|Corp(?:oration)?|Cent(?:er|re)|Polytechnic|Technion|ETH|EPFL|MIT|CMU|KAIST|INRIA|Inria|CNRS|A\*STAR|"
    r"Google|DeepMind|Meta|Microsoft|OpenAI|NVIDIA|Adobe|Amazon|Apple|Alibaba|Tencent|ByteDance|Baidu|Huawei|Samsung|"
    r"IBM|Intel|Salesforce|Anthropic|Facebook|DiDi|Didi|LinkedIn|Airbnb|Spotify|Etsy|Pinterest|Taobao|Netflix|Uber|"
    r"Twitter|Yahoo|Criteo|Kuaishou|Meituan|Tecent)\b|大学|研究院|实验室|研究所")  # (the companies: "[Title](..),
# DiDi, KDD, 2019.", AlenUbuntu/Awesome-Recommendation-and-Ranking-Systems, "Tecent" as it misspells one)


# A Chinese lab, company or university, as lists name them before their note of a paper ("ACL2020 微软 长文本机器
# 阅读理解")
CJK_MAKER = re.compile(r"[\u3400-\u9fff]{0,8}(?:大学|研究院|实验室|研究所|科技|公司|集团)|微软|谷歌|清华|北大|中科院|"
                       r"上交|复旦|浙大|南大|哈工大|阿里(?:巴巴)?|腾讯|百度|华为|字节(?:跳动)?|京东|美团|快手|商汤|旷视")


def affiliations(text: str) -> bool:
    """``Mohamed bin Zayed University of AI, Australian National University, Google Research``
    (danelpeng/Awesome-Continual-Leaning-with-PTMs, 70 lines under titles): institutions, who
    wrote the paper, not what it is about. Every part names one in capitalised words."""
    if len(text) > 400 or text.count("(") != text.count(")") or _SENTENCE_END.search(text):
        return False
    parts = [p.strip() for p in _LIST_SEPARATOR.split(text) if p.strip()]
    if len(parts) == 1:  # one alone names a university or an institute ("University of Pisa"), not a journal
        return bool(SEAT.search(text)) and text[:1].isupper()  # ("Machine Intelligence Research.")
    return sum(bool(ORGANISATION.search(p)) for p in parts) * 2 >= len(parts) and all(
        p[:1].isupper() or not p[:1].isascii() for p in parts)


_SENTENCE_END = re.compile(r"[.!?。]\s")
_LIST_SEPARATOR = re.compile(r"[,;，；、]")


# A word that names a place of work, not a person ("Microsoft Research", "YouTuLab Tencent", "Baidu Inc"; not
# "Huawei Shen", a person named for a company)
_WORKPLACE_WORD = re.compile(r"(?:Lab|Labs|Laboratory)\b|\b(?:Research|Inc|Corp|AI|Institute|Institut|University|"
                             r"Universität|College|School|Group|Team|Center|Centre|Academy|Ltd)\b")


def workplaces_from(authors: list[str]) -> int | None:
    """Where the names of *authors* end and where they work begins, when the list ends with institutions alone
    after a name at least (``Jiaya Jia, **YouTuLab Tencent**, **CVPR 2018**``, Icecream-blue-sky/Past-and-present-
    small-object-detection; not "Simon Jenni, Universität Bern, Paolo Favaro": each name, then its place)."""
    last = authors[-1] if authors else ""
    if ". " in last or not (ORGANISATION.search(last) or _WORKPLACE_WORD.search(last) or institution(last)):
        return None  # (most lists of names: the last is a person's, and no place of work ends them)
    placed = [". " not in a and bool(institution(a) or _WORKPLACE_WORD.search(a)) for a in authors]
    loose = [p or ". " not in a and bool(ORGANISATION.search(a)) for p, a in zip(placed, authors, strict=True)]
    work = next((k for k in range(1, len(authors)) if placed[k] and all(loose[k:])), None)  # (then "FAIR Meta")
    return work if work is not None and not loose[work - 1] else None
