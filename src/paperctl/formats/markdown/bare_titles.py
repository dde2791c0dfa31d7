"""A list of titles alone: whether a list's items are papers' titles that link nothing (and what may be nested under
such a title, its venue and reading notes, not papers of its own); ``reader`` asks before it reads a list's items,
and ``verdict.paper_title`` says what reads as a paper's title."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import links
from .blocks import Block
from .verdict import heads, paper_title, title_like


def mostly_bare_titles(items: list[Block]) -> bool:
    """Are most of these list items titles alone that read as papers' (``paper_title``), three at
    least, with nothing nested under them (an item over a list of papers is their topic)?"""
    bare = _bare_titles(items)
    return bare >= 3 and bare * 2 >= len(heads(items))


def few_bare_titles(items: list[Block]) -> bool:
    """Is each of these one to three list items a title alone that reads as a paper's? In a document whose
    items link their papers, they are papers too (``* (2023) EXPRESSO: A Benchmark and ...`` under
    "## Evaluation", kuan2jiu99/Awesome-Speech-Generation: papers whose links the list has not given yet)."""
    return len(items) <= 3 and 0 < _bare_titles(items) == len(items)


def _bare_titles(items: list[Block]) -> int:
    return sum(1 for i in items if i.children and i.children[0].kind == "paragraph" and (
        len(i.children) == 1 or notes_under_title(i.children[1:])) and "](" not in i.children[0].text
        and paper_title(_bare_title(i.children[0].text)))


def notes_under_title(blocks: list[Block]) -> bool:
    """Is what is nested under an item its notes, not papers: one list, none of whose items links anything but
    code or reads as a paper's title? ``- TAPEX: TABLE PRE-TRAINING VIA LEARNING A NEURAL SQL EXECUTOR`` over ``-
    ICLR`` and a ``<details>`` fold of reading notes, ``- TURL: ...`` over ``- Proceedings of the VLDB Endowment
    [[code]](..)`` (xueyongfu11/awesome-deep-learning-resource, every paper); not a topic over its papers, linked
    (``- PANet, CVPR 2018, [[paper]](..)``) or titled."""
    return len(blocks) == 1 and blocks[0].kind == "list" and all(
        not any(_links_more_than_code(b.text) for b in item.children) and not (
            item.children and item.children[0].kind == "paragraph" and paper_title(item.children[0].text))
        for item in blocks[0].children)


_TARGET = re.compile(r"\]\(\s*<?([^()\s<>]*)")


def _links_more_than_code(text: str) -> bool:
    return "](" in text and not all(links.is_repository(href) for href in _TARGET.findall(text))


def _bare_title(text: str) -> str:
    """An item's title alone: its text, or the italic title it begins with (``* *DiBS: Differentiable
    Bayesian Structure Learning* makes the non-differentiable score ... differentiable.``, KaiYan289/
    RLpapersnote: titles in italics, each with its year or a note, no link)."""
    text = _PREFIX.sub("", text, 1)
    if text[:1] == "[" and text.rstrip()[-1:] == "]" and text.count("[") == 1:  # "- [DiffusionNFT: Online Diffusion
        text = text.strip()[1:-1]  # Reinforcement with Forward Process]" (XiaZhengmi/awesome-diffusion-reviews, 14
        # lines): a title in the brackets of a link never given
    italic = _ITALIC_HEAD.match(text)
    return italic.group(1) if italic else text


_ITALIC_HEAD = re.compile(r"\*([^*\s][^*\n]*[^*\s])\*(?!\*)")


def mostly_linked(lines: list[str]) -> bool:
    """Does a document link a paper for most of its list items (ten at least), or are most of them, twenty at
    least, titles alone that read as papers' (TianhaoFu/Awesome-3D-Semantic-Segmentation: its short lists too,
    "- SplatNet: Sparse lattice networks for point cloud processing" alone under its method's heading)?"""
    items = [line for line in lines if _ITEM.match(line)]
    if len(items) >= 10 and sum(1 for line in lines if "](http" in line or "<http" in line) * 2 >= len(items):
        return True
    return len(items) >= 20 and sum(1 for line in items if "](" not in line and paper_title(_ITEM.sub(
        "", line, count=1).strip())) * 2 >= len(items)


_ITEM = re.compile(r"\s*(?:[-*+]|\d{1,3}[.)])\s")


# A venue or date in brackets before a bare title: "* [ICCV-2023] Leveraging Foundation Models for ...", "* [2021]
# Visualvoice: Audio-visual speech separation ..." (yyysjz1997/Awesome-AudioVision-Multimodal, 400 titles, no link)
_PREFIX = re.compile(r"(?:\[[^\[\]]{1,30}\]|\((?:19|20)\d\d\))\s*(?=[A-Z0-9])")  # (and "(2023) ")


def paragraph_titles(items: list[Block]) -> set[int]:
    """Which of these blocks (in a document that writes its papers as paragraphs of their titles alone:
    ``writes_title_paragraphs``) are such titles: ``### 1.**基于RGB-D的算法汇总** | RGB-D based`` over ``3D Graph
    Neural Networks for RGBD Semantic Segmentation``, ``Cascaded Feature Network for Semantic Segmentation of RGB-D
    Images`` and more, a blank line between (autodriving-heart/Awesome-3D-Semantic-Segmentation, 103 papers, no link
    at all). Each is one line that reads as a paper's title (``paper_title``), no link, no emphasis; beside one, a
    title whose words name no field ("Spherical Kernel for Efficient Graph Convolution on 3D Point Clouds")."""
    found = {k for k, b in enumerate(items) if b.kind == "paragraph" and _title_paragraph(b.text, paper_title)}
    return found | {k for k, b in enumerate(items) if k not in found and b.kind == "paragraph" and (
        k - 1 in found or k + 1 in found) and _title_paragraph(b.text, _plain_title)}


def writes_title_paragraphs(lines: list[str]) -> bool:
    """Does the document write its papers as paragraphs of their titles alone: six such lines at least, each
    between blank lines, and half or more of its lines so set apart? Decided from the whole document's lines, so
    that a list read in parts (``parts``) decides as it would read whole."""
    titles = alone = 0
    fenced = False
    for k, line in enumerate(lines):
        text = line.strip()
        if text[:3] in ("```", "~~~"):
            fenced = not fenced
            continue
        if fenced or not text or text[0] in "#-*+>|<[!" or _NUMBERED.match(text) or (
                k and lines[k - 1].strip()) or (k + 1 < len(lines) and lines[k + 1].strip()):
            continue
        alone += 1
        titles += _title_paragraph(text, paper_title)
    return titles >= 6 and titles * 2 >= alone


_NUMBERED = re.compile(r"\d{1,4}[.)]\s")


def _title_paragraph(text: str, titled: Callable[[str], bool]) -> bool:
    text = text.strip()
    return "\n" not in text and not any(c in text for c in "[]()<>*_`|#") and titled(text)


def _plain_title(text: str) -> bool:
    return len(text.split()) >= 4 and title_like(text)
