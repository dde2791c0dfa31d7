"""Who made a paper, not where it appeared: a company or a lab that made a model (``(Microsoft, 2023)``), a
university or an institute where its authors work (``(University of Cambridge, 2023)``, ``(NYU, 2022)``).
``venues`` asks it before it takes a name in brackets for a venue."""

from __future__ import annotations

import re

# Who made a model, not where it was published: "(Microsoft, 2023)" is a note, as "(2023-01, Microsoft)" is.
_MAKERS = {"google", "google research", "google deepmind", "deepmind", "meta", "meta ai", "facebook", "microsoft",
           "openai", "anthropic", "amazon", "apple", "nvidia", "ibm", "baidu", "alibaba", "tencent", "huawei",
           "bytedance", "salesforce", "stanford", "mit", "berkeley", "cmu", "tsinghua", "peking university",
           "jd", "kuaishou", "meituan", "xiaohongshu", "pinterest", "netflix", "spotify", "linkedin", "snap"}


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
    parts = [p for p in re.split(r"\s*(?:&|/|,| and )\s*", name.strip()) if p] if len(name) <= 80 else [name]
    return any(is_maker(p) or p.casefold() in _SCHOOLS for p in parts) or bool(SEAT.search(name)) and not \
        _PUBLICATION.search(name)  # ("(Harvard & Google, 2024)", "(NYU, 2022)": yangjunx21/Awesome-LLM-Calibration)


# Universities known by a short name, which an author line's brackets give as where the authors work
_SCHOOLS = frozenset("nyu ucla ucb uw usc uiuc ucsd kaist nus ntu hku hkust cuhk sjtu pku zju ustc eth epfl oxford "
                     "cambridge harvard princeton yale columbia cornell toronto mila".split())
