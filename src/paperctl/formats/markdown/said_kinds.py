"""What an entry says it is beside its title, when that is no paper (the labelling rules and every list's labeller
count theses, slides, talks and repositories as no papers; ``verdict`` asks ``said_kind``).

A thesis says so in the title's brackets (``Uncertainty in Deep Learning (PhD Thesis)``), before it (``(2020 Thesis)
**Title**``), or beside it: where it "appeared", a link's name, the file's name, a note. The title's own words do not
count ("What Does the Knowledge Neuron Thesis Have to Do with Knowledge?", an arXiv paper), nor does a paper on arXiv.
Slides or a talk say so in the only link's name (``Title [[Slide]](pdf)``); a repository in the venue written like a
citation's (``*GitHub 2024.*``).
"""

from __future__ import annotations

import re

from .model import ListEntry


def said_kind(entry: ListEntry) -> str | None:
    """Why *entry*, by what it says of itself, is no paper; None when it says nothing so."""
    if said_thesis(entry):
        return "marked as a thesis, not a paper"
    if entry.title_target is None and entry.link_labels and not (entry.arxiv or entry.doi or entry.bold or entry.venue
                                                                 or entry.authors or entry.code) and all(
            _TALK_LABEL.fullmatch(label.strip().lower()) for label in entry.link_labels):
        # "- Toward Highly Available, Intelligent Cloud and ML Systems [[Slide]](..pdf)" (HuaizhengZhang/AI-System-
        return "a link to slides or a talk, not a paper"  # School): its only link says what it is
    if entry.venue and _REPOSITORY_VENUE.match(entry.venue) and entry.shape != "table" and not (
            entry.arxiv or entry.doi or entry.url):  # (a table's "GitHub" column names where the code of a paper
        # is, EvaxHe/Awesome-LLM-Agent-Experience-Lifecycle's labeller has it: not said by the entry itself)
        # '- <u>LangGraph</u>: **"LangGraph: Build Resilient Language Agents as Graphs"**. *LangChain team.* GitHub
        return "cited as a repository, not a paper"  # 2024. [[代码](github)]' (Gloriaameng/LLM-Agent-Harness-Survey;
        # not "| [Mooncake: ...](github.com/../Mooncake-v1.pdf) | .. | GitHub |": a paper, its PDF kept there)
    return None


_TALK_LABEL = re.compile(r"slides?|talk|keynote|video|poster|recording|lecture")
_REPOSITORY_VENUE = re.compile(r"(?:github|gitlab|hugging ?face)(?:\s+(?:19|20)\d\d)?$", re.IGNORECASE)


def said_thesis(entry: ListEntry) -> bool:
    """Is *entry* marked as a thesis (``_THESIS`` in its title, venue or notes, or ``_beside_title``)?"""
    if "hesis" in f"{entry.title}{entry.venue}{entry.notes}" and any(
            map(_THESIS.search, [entry.title or "", entry.venue or "", *entry.notes])):
        return True  # "Uncertainty in Deep Learning (PhD Thesis)[[Link1]](..)" (masamasa59/uncertainty-paper),
        # "(2020 Thesis) **Narrative Generation to Support ...**" (zhijing-jin/CausalNLP_Papers)
    return not entry.arxiv and _beside_title(entry)


def _beside_title(entry: ListEntry) -> bool:
    """Does what an entry says beside its title call it a thesis: where it appeared (``**KIT Dissertation Paper**``,
    ``[[MIT Thesis 2022](dspace)]``), a link's name (``[[Thesis](..)]``), the paper's file (``Dissertation-finalized
    .pdf``, ``DavidChurchill_phd_thesis.pdf``), or a note or description naming its degree (``Master's thesis,
    University of Toronto 2009.``)? Not the title's own words ("What Does the Knowledge Neuron Thesis Have to Do
    with ...", an arXiv paper) nor a code repository's name (``cs-bachelor-thesis``)."""
    address = entry.url or entry.links.get("paper", "")
    bracket = _LAST_BRACKET.search(entry.title or "") if (entry.title or "").endswith(")") else None
    named = [entry.venue or "", *entry.link_labels, *(k for k in entry.links if k != "code"),
             address.rsplit("/", 1)[-1].replace("_", " ").replace("-", " ") if address.lower().endswith(".pdf") else "",
             bracket.group(1) if bracket else "",  # ("Neural Reading Comprehension and Beyond (Danqi Chen's PhD
             *(n for n in entry.notes if len(n.split()) <= 5)]  # thesis 2019)"; "**KIT Dissertation Paper**", a cell)
    return any(_THESIS_NAMED.search(t) for t in named if "hes" in t or "isser" in t) or any(
        _DEGREE_THESIS.search(t) for t in [entry.summary or "", *entry.notes] if "hes" in t or "isser" in t)


_LAST_BRACKET = re.compile(r"\(([^()]{3,60})\)$")
_THESIS_NAMED = re.compile(r"\b(?:thesis|dissertation)\b", re.IGNORECASE)
_DEGREE_THESIS = re.compile(r"(?:\bph\.?\s?d\.?|\bmaster['’]?s?|\bbachelor['’]?s?|\bdoctoral)\s+"
                            r"(?:thesis|dissertation)\b|^(?:thesis|dissertation)\b", re.IGNORECASE)
_THESIS = re.compile(r"[\[(（]\s*(?:(?:19|20)\d\d[,\s]+)?(?:ph\.?\s?d\.?|master'?s?|doctoral|bachelor'?s?)?"
                     r"\s*(?:thesis|dissertation)\s*[\])）]|^(?:(?:19|20)\d\d\s+)?(?:ph\.?\s?d\.?\s+|master'?s?\s+)?thesis"
                     r"(?:\s+(?:19|20)\d\d)?$", re.IGNORECASE)  # ("[2021, Master Thesis]": SupeRuier/awesome-active-
# learning; "*Phd Thesis* 2010": qhliu26/awesome-time-series-anomaly-detection, as its label has it)
