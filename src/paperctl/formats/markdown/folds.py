"""An HTML block inside an entry, as a list folds what it says of a paper: ``<details><summary>Abstract</summary>
...</details>`` (a note), a label that cites the paper (who, where, when) over its abstract, a label of a few
authors over all of them."""

from __future__ import annotations

import re
from html import unescape

from . import fields, people, venues

HTML_TAG = re.compile(r"<[^<>]{0,300}>")
FOLD = re.compile(r"\s*<details\b(?:(?!<details\b).)*</details>\s*", re.DOTALL | re.IGNORECASE)  # one fold, whole


def html_words(html: str) -> str:
    """The words of an HTML fragment: its tags left out, its character references read, one space between."""
    return " ".join(unescape(HTML_TAG.sub(" ", html)).split())
_SUMMARY = re.compile(r"<summary\b[^<>]{0,300}>(.{0,200}?)</summary>", re.IGNORECASE | re.DOTALL)


def html_text(html: str) -> str:
    """The words of an HTML block inside an entry (``<details><summary>Abstract</summary>
    Believable proxies ...</details>``), as a note: the text without its tags, after the
    ``<summary>`` label (kept before it, "BibTeX: ...", unless it says abstract); "" when
    there are only tags (the block that opens a ``<details>`` whose text follows) or it is
    no ``<details>``."""
    if "<details" not in html.lower():
        return ""  # (an image, a line break, a link in HTML: not words of the entry's)
    label = _SUMMARY.search(html)
    body = html[label.end():] if label else html
    text = html_words(body)
    name = html_words(label.group(1)) if label else ""
    if not text:
        return ""
    return text if not name or re.fullmatch(r"(?:abstract|tl;?dr|summary|摘要)\W*", name, re.IGNORECASE) \
        else f"{name}: {text}"


def label_and_body(html: str) -> tuple[str, str] | None:
    """(the words of a ``<details>`` fold's ``<summary>`` label, the words after it), or None for an HTML block that
    is no labelled fold."""
    label = _SUMMARY.search(html) if "<details" in html.lower() else None
    return (html_words(label.group(1)), html_words(html[label.end():])) if label else None


def said_summary(html: str) -> str | None:
    """``<details><summary>TL;DR</summary> Post-training using SFT on 1000 samples leads to ...</details>`` under a
    title (Daham-Mustaf/llm-reasoning-papers, every paper): what the list says of the paper, folded under a label
    that says so (not an abstract, the paper's own words); None for any other fold."""
    label = _SUMMARY.search(html) if "<details" in html.lower() else None
    if label is None or not _SAID_LABEL.fullmatch(html_words(label.group(1))):
        return None
    return html_words(html[label.end():]) or None


_SAID_LABEL = re.compile(r"(?:tl;?\s?dr|summary|one[- ]line summary|key idea|简介|总结)\W*", re.IGNORECASE)


def cited_summary(html: str) -> tuple[str, str] | None:
    """``<details><summary> Andrea Gemelli, ..., Simone Marinai <em>ECCV</em> 2023 </summary> Geometric Deep
    Learning has ...</details>`` (tstanislawek/awesome-document-understanding, 11 entries): a ``<details>`` whose
    label cites the paper, who wrote it, where and when. (The label's words, the abstract's), or None."""
    label = _SUMMARY.search(html) if "<details" in html.lower() else None
    if label is None:
        return None
    name = html_words(label.group(1))
    tail = fields.citation_tail(name) if "," in name else None
    if tail is None or not (tail.explained and tail.authors and (tail.venue or tail.year)):
        return None
    return name, html_words(html[label.end():])


def authors_summary(html: str) -> tuple[str | None, list[str]] | None:
    """``<details><summary>[ECCV 2024] Shenhao Zhu, Junming Leo Chen, et al.</summary> Shenhao Zhu, Junming Leo
    Chen, Zuozhuo Dai, ...</details>`` under a title (mayuelala/Awesome-Controllable-Video-Generation, 28 of 53
    entries): who wrote it, folded, and where it appeared before them. (The venue as written or None, the names
    unfolded), or None."""
    label = _SUMMARY.search(html) if "<details" in html.lower() else None
    if label is None:
        return None
    name = html_words(label.group(1))
    body = html_words(html[label.end():])
    where = re.match(r"\[([^\[\]]{2,40})\]\s*", name)
    folded = name[where.end():] if where else name
    names = people.parse(body) if body and "," in body else []
    if not names or not people.only_people(names) or folded.split(",")[0].strip() not in body:
        return None
    return (where.group(1) if where and venues.parse(where.group(1)) else None), names
