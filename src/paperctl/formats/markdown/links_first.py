"""Entries that give their links before their title.

Some lists put what they know of a paper first and its title last, after a
separator (gaomingqi/Awesome-Video-Object-Segmentation, one paper a paragraph)::

    :blue_square: `SVOS` `Feb` &nbsp;-&nbsp; [paper](https://arxiv.org/abs/2502.09660) / code &nbsp;-&nbsp; Towards ...

Read as a plain title, that line has none: its text before the first link is a
code tag. ``read`` finds the shape whole: short code tags (a venue, a month, a
task's abbreviation), then labelled links (``paper``, ``code``, ``dataset``) with
only separators and label words between them, then a dash or bar, then the title
in plain text, up to a code span or a link.
"""

from __future__ import annotations

import re

from . import fields, links, people, venues
from .link_names import add_link
from .model import ListEntry, Tok, offer_venue

_SEPARATORS = re.compile(r"[\s/|,·•]+")  # between two labelled links: "/", "|", ","
_BEFORE_TITLE = re.compile(r"(?:^|\s)[-–—|:]\s+")  # the dash (or bar) after the links
_LABEL_JOIN = re.compile(r"\s*(?:&|\band\b|/|\+|,)\s*")
_SPACE_BEFORE_TITLE = re.compile(r"\s+(?=[A-Z0-9][^\s.]*\s+\S+\s+\S)")
_SHORTCODES = re.compile(r":[a-z0-9_+-]{2,50}:")  # ":orange_square: `RVOS` :red_square: `AVOS`"
_MONTH = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)


def read(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """The tokens after the title, with the entry's title, links and tags set; None (and
    *entry* untouched) when the line is not of this shape."""
    tags: list[str] = []
    i = _tags(toks, 0, tags)
    if i is None:
        return None
    if i == len(toks) or toks[i].kind != "link" or not _label(toks[i].text):
        return None
    found_links = []
    while i < len(toks) and (toks[i].kind == "link" and _label(toks[i].text)
                             or toks[i].kind == "text" and _between_links(toks, i)):
        if toks[i].kind == "link":
            found_links.append(toks[i])
        i += 1
    if i == len(toks) or toks[i].kind != "text" or toks[i].code:
        return None
    text = toks[i].text.replace("\xa0", " ")
    lead = _BEFORE_TITLE.search(text) or (_SPACE_BEFORE_TITLE.match(text) if len(found_links) == 1 and links.id_label(
        found_links[0].text) else None)  # "[\[arXiv:2012.09760\]](arXiv) End-to-End Human Pose and Mesh ..."
    # (xinghaochen/awesome-hand-pose-estimation): the paper's ID as its link's label, the title right after it
    if lead is None or not _only_labels(text[: lead.start()]):
        return None  # (before the dash, only separators and label words: "/ code")
    start = i + 1
    if not text[lead.end():].strip():  # "- `TPAMI` Language-Aware Vision Transformer ...": a tag before the title
        start = _tags(toks, i + 1, tags)
        if start is None:
            return None
    end = start
    while end < len(toks) and toks[end].kind == "text" and not toks[end].code:
        end += 1
    title = fields.clean_title(" ".join([text[lead.end():], *(t.text for t in toks[start:end])]))
    if len(title.split()) < 2 or links.label_word(title):
        return None
    entry.title = title
    for link in found_links:
        add_link(entry, link.text, link.href)
    for tag in tags:
        found = venues.parse(tag)
        if found and not entry.venue:
            offer_venue(entry, found[0], tag)
        elif not found and not _MONTH.match(tag):
            entry.notes.append(tag)
    return toks[end:]


def _tags(toks: list[Tok], i: int, tags: list[str]) -> int | None:
    """Short code spans from token *i* on (``SVOS``, ``Feb``, ``TPAMI``), with emoji and
    separators between them, added to *tags*; the token after them (None: a span too long to
    be a tag)."""
    while i < len(toks) and (toks[i].code or toks[i].kind == "text" and not _SHORTCODES.sub(
            "", toks[i].text).strip(" \xa0-–—|")):
        if toks[i].code:
            text = toks[i].text.strip()
            if len(text) > 30 or len(text.split()) > 3:
                return None
            tags.append(text)
        i += 1
    return i


def _between_links(toks: list[Tok], i: int) -> bool:
    """Is text token *i* only what stands between two labelled links (a separator, or a
    label word without its link: "/ code /")?"""
    if i + 1 >= len(toks) or toks[i + 1].kind != "link" or not _label(toks[i + 1].text):
        return False
    return _only_labels(toks[i].text.replace("\xa0", " "))


def _only_labels(text: str) -> bool:
    """Only separators and label words without their links ("/ code /", " | ")."""
    return all(links.label_word(word) for word in _SEPARATORS.split(text) if word)


def _label(text: str) -> bool:
    """A link's text that names what it links: ``paper``, ``code & dataset``, ``pdf / code``."""
    if links.label_word(text):
        return True
    return len(text) <= 40 and _LABEL_JOIN.search(text) is not None and all(
        links.label_word(w) for w in _LABEL_JOIN.split(text) if w.strip())


def title_after_name(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``- [PolarDETR](https://arxiv.org/abs/2206.10965) Polar Parametrization for Vision-based Surround-View 3D
    Detection.`` (PeterJaq/Awesome-Autonomous-Driving, about 80 lines; also ``[Auto4D](..) - Auto4D: Learning to
    ...`` and a bare address as the link's text): the link names the paper in one word, the title follows in
    plain text up to its full stop. The tokens after the title (*entry*'s title set, the name kept as a note),
    or None when the line is not so."""
    name = toks[0].text.strip()
    if len(toks) > 1 and (joined := _name_colon_title(name, toks, entry)) is not None:
        return joined
    if len(toks) > 1 and (cited := _cited_after_name(name, toks, entry)) is not None:
        return cited
    glued = _GLUED_COLON_TITLE.match(toks[1].text) if len(toks) > 1 and toks[1].kind == "text" and not (
        toks[1].strong or toks[1].em) and len(name.split()) <= 3 else None
    if glued and len(glued.group(1).split()) >= 4:  # "- 📄 [FuturePred](..):Future frame prediction for anomaly
        entry.title = glued.group(1).strip()  # detection–a new baseline, 📰 `CVPR`" (TkTK0302/FM-VAU-Survey, every
        entry.notes.append(name)  # entry): the method's name linked, the title glued to its colon, as the
        rest = toks[1].text[glued.end():]  # paper's own words (in sentence case, which a description after
        return ([Tok("text", rest)] if rest.strip() else []) + toks[2:]  # ": " would be too)
    if name[:1] == "[" and name[-1:] == "]":
        name = name[1:-1].strip()  # "- [[GEOS]](..) Solving Geometry Problems: ... - EMNLP 2015" (formula12/Awesome-
        # Multimodal-Mathematical-Reasoning-Perception-Alignment-Reasoning, 96 lines)
    if len(toks) < 2 or toks[1].kind != "text" or toks[1].strong or toks[1].em or not (
            ONE_NAME.fullmatch(name) or name.startswith(("http://", "https://"))):
        return None
    text = _DASH_LEAD.sub("", toks[1].text, count=1)
    m = _UP_TO_STOP.match(text)
    candidate = m.group(1).strip() if m else ""
    if " | " in candidate:  # ("Title | **[ECCV' 14]** | ...": the title, then fields between bars)
        cut = text.index(" | ")
        candidate, m = text[:cut].strip(), re.match(r".*?(?= \| )", text)
    if text.strip() != toks[1].text.strip() and not candidate.lower().startswith(name.lower()):
        return None  # "[TextBrewer](github) - An Open-Source Knowledge Distillation Toolkit ...": a tool described
    words = candidate.split()
    long = [w for w in words if len(w) >= 4]
    if len(words) < 3 or not candidate[:1].isupper() or sum(w[0].isupper() for w in long) < 0.6 * len(long):
        return None
    if not name.startswith("http") and not candidate.lower().startswith(name.lower()):
        entry.notes.append(name)
    where = _DASHED_VENUE.search(candidate)
    rest = text[m.end():] if m else ""
    if where and venues.parse(where.group(1)) and len(candidate[: where.start()].split()) >= 3:
        candidate, rest = candidate[: where.start()], candidate[where.start():] + rest  # (read as the rest is)
    entry.title = candidate
    return ([Tok("text", rest)] if rest.strip() else []) + toks[2:]


def _cited_after_name(name: str, toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``- [MVLift](project page). Lifting Motion to the 3D World via 2D Diffusion, Li et al. ArXiv 2024.``
    (Foruck/Awesome-Human-Motion, 102 of 103 entries): the paper's name linked, a full stop, then its title, who
    wrote it (the first author's surname and "et al.") and where and when. The tokens after it, or None."""
    after = toks[1]
    m = _CITED_AFTER_STOP.match(after.text) if after.kind == "text" and not (after.strong or after.em) else None
    if not m or len(m.group("title").split()) < 2 or not m.group("others"):
        return None  # (the first author and "et al.": not "[Image Transformer](arXiv). Niki Parmar, ..., Dustin Tran.
        # ICML 2018.", every author named, encounter1997/awesome-vision-transformers-plus)
    if len(name.split()) > 2 and not name.endswith(("et al", "et al.")) and not m.group("title").lower().startswith(
            name.lower()):
        return None  # (a title linked, then its authors: "[Stand-Alone Self-Attention in Vision Models](..).
        # Prajit Ramachandran, ..., Jonathon Shlens. NIPS 2019.", encounter1997/awesome-vision-transformers-plus)
    entry.title = m.group("title").strip()
    entry.authors = [n for n in re.split(r"\s+(?:and|&)\s+", m.group("who")) if n]
    if m.group("where"):
        found = venues.parse(m.group("where"))
        offer_venue(entry, found[0] if found else m.group("where"), m.group("where"))
        entry.date_year = entry.date_year or (found[1] if found else None) or int(m.group("where")[-4:])
    if not entry.title.lower().startswith(name.lower()) and not name.endswith(("et al", "et al.")):
        entry.notes.append(name)  # (the name the list knows it by; not "[Chen et al](..)", who wrote it)
    rest = after.text[m.end():]
    return ([Tok("text", rest)] if rest.strip() else []) + toks[2:]


_GLUED_COLON_TITLE = re.compile(r":(?=[A-Z0-9])([^,\[\]`]{8,300}?)(?=,|\s*$|\s+\[)")
_CITED_AFTER_STOP = re.compile(
    r"\.\s+(?P<title>[A-Z0-9][^\[\]]{8,400}?)[,.]\s+(?P<who>[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?)"
    r"(?P<others>\s+et\s+al)?\.?(?:\s+(?P<where>[A-Za-z][\w&'’ .-]{0,60}?(?:19|20)\d\d))?\.?\s*$")


def _name_colon_title(name: str, toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``- [CaraServe](https://arxiv.org/abs/2401.11240): CPU-Assisted and Rank-Aware LoRA Serving for Generative
    LLM Inference`` (AmberLJC/LLMSys-PaperList, 84 of 136 entries): the paper's name links the paper, and its
    title goes on after a colon in title case: both are the title ("CaraServe: CPU-Assisted ..."). A colon
    before a sentence ("[BERT](..): a model that ...") or a link to no paper is not so (None)."""
    after, colon = toks[1], name.endswith((":", "："))  # ("[RAGCache:](arXiv) Efficient Knowledge Caching ...")
    cried = name.endswith("!") and len(name) > 1  # ("[AttAcc!](github) Unleashing the Power of PIM for ...")
    name = name.rstrip(":：").strip()
    kind = links.classify(toks[0].href).kind
    if after.kind != "text" or after.strong or after.em or not (
            colon or cried or after.text.lstrip().startswith((":", "："))) \
            or len(name.split()) > 5 or (kind not in links.PAPER_KINDS and not (
                (colon or cried) and kind == links.CODE)) \
            or venues.parse(name) or re.match(r"(?:19|20)\d\d", name):  # (not "[2018-ICML Workshop](..): ...")
        return None  # (a name that links its code goes on as the title only where its own punctuation says so:
        # "[Mooncake:](github) A KVCache-centric ...", PDZZXL/Awesome-LLM-Serving; "[TextBrewer](github): An
        # Open-Source Knowledge Distillation Toolkit" is a tool, described)
    text = after.text.lstrip()[0 if colon or cried else 1:]
    cited = fields.citation_tail(text.strip()) if "," in text else None
    if cited is not None and cited.explained and cited.authors and (cited.venue or cited.year):
        return None  # "[Interpersonal Conflicts During Code Review](arXiv): Pavlína Wurzel Gonçalves, Gül Çalikli,
        # Alberto Bacchelli, CoRR abs/2201.05425 (2022)" (mgreiler/awesome-code-review-research): who, not more title
    m = _UP_TO_STOP.match(_BAR.split(text)[0])  # ("... Model Serving| OSDI' 24": no space before the bar)
    candidate = m.group(1).strip() if m else ""
    words = candidate.split()
    long = [w for w in words if len(w) >= 4 and w.lower() not in SMALL_WORDS]
    if len(words) < 3 or not candidate[:1].isupper() or not long or \
            sum(w[0].isupper() for w in long) < 0.75 * len(long):
        return None  # (a sentence: "a model that ...")
    entry.title = f"{name} {candidate}" if cried else f"{name}: {candidate}"
    if kind == links.CODE:
        entry.title_target = None  # (the title is not the link's text: the link is the paper's code)
    rest = text[text.index(candidate) + len(candidate):]
    who = rest.strip()[1:].strip() if rest.strip()[:1] == "|" and len(toks) == 2 else ""
    if who and len(who) <= 30 and not venues.parse(who) and not re.search(r"[\[\](){}<>]", who):
        entry.notes.append(who)  # "... Retrieval-Augmented Generation | PKU": who wrote it, after a bar
        rest = ""
    return ([Tok("text", rest)] if rest.strip() else []) + toks[2:]


# Long words a title leaves in lower case ("... Serving for Generative LLM Inference", "... during ...")
SMALL_WORDS = frozenset({"with", "from", "into", "onto", "over", "than", "that", "this", "upon", "without", "through",
                         "using", "towards", "toward", "under", "across", "beyond", "within", "between", "among",
                         "against", "during", "about", "after", "before"})


def name_then_italic_title(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``- [PKU-Vidar-DVS](https://www.pkuml.org/resources/pku-vidar-dvs.html), *Retinomorphic object detection in
    asynchronous visual streams*, Proc. AAAI Conf. on Artificial Intell. (AAAI), 2022.`` (jianing-li/awesome-
    neuromorphic-object-detection, 18 dataset lines): a dataset or tool named by its link, then the paper that
    gave it, its title in italics, then where it appeared. The title is the italic one; the link stays the
    name's (a repository's is the code). The tokens after the title, or None when the line is not so."""
    if len(toks) < 3 or toks[1].kind != "text" or toks[1].text.strip() not in (",", "-", "–", ":") or not (
            toks[2].kind == "text" and toks[2].em and not toks[2].strong) or not ONE_NAME.fullmatch(
            toks[0].text.strip()):
        return None
    title = toks[2].text.strip().rstrip(".,")
    if len(title.split()) < 4 or not title[:1].isupper():
        return None
    entry.title = title
    add_link(entry, toks[0].text.strip(), toks[0].href)
    entry.notes.append(toks[0].text.strip())
    return toks[3:]


_DASHED_VENUE = re.compile(r"\s+[-–—]\s+([A-Za-z][\w&' ]{1,40}?(?:19|20)\d\d)$")
_BAR = re.compile(r"\s*\|\s*")
ONE_NAME = re.compile(r"[A-Za-z][\w.+-]{1,24}")  # a paper's or a method's name in one word ("PolarDETR", "GNN-EM")
_DASH_LEAD = re.compile(r"^\s*(?:[-–—:]\s+)?")
_UP_TO_STOP = re.compile(r"([^\u3000-\u9fff\uff00-\uffef\[\]]+?)(?:\.(?:\s|$)|(?=[\u3000-\u9fff\uff00-\uffef\[])|\s*$)")


def repository_above(lines: list[list[Tok]], entry: ListEntry) -> list[list[Tok]]:
    """``- [**liuwei16/CSP**](https://github.com/liuwei16/CSP)`` then ``[CVPR-2019] High-level Semantic Feature
    Detection: ... [[paper](..)]`` (xingkongliang/Pedestrian-Detection, 22 entries): a line that is only a link to
    a repository, over a title's line, is the paper's code; the entry is read from the title's line (more than
    the repository's path, "rainofmine/Repulsion_Loss 非官方实现", is a note)."""
    if len(lines) >= 2 and _marks_and_code(lines[0]) and lines[1] and lines[1][0].kind == "text":
        # "- :llama: [:simple-github:](github)" over "    X. Yi, ..., “A safety realignment framework ...” [arXiv, May
        # 14, 2024.](arXiv)" (tanganke/fusion_bench's reading list, 12 entries): marks and the code, then the paper
        add_link(entry, "code", next(t.href for t in lines[0] if t.kind == "link"))
        return lines[1:]
    if len(lines) < 2 or len(lines[0]) != 1 or lines[0][0].kind != "link" or "/" not in lines[0][0].text or \
            not links.is_repository(lines[0][0].href) or lines[1][0].kind != "text" or \
            len(lines[1][0].text.split()) < 3 or people.parse(lines[1][0].text.strip(" .")):
        return lines  # (not "[lm-human-preferences](github)" over the names of its authors)
    add_link(entry, "code", lines[0][0].href)
    if len(lines[0][0].text.split()) > 1:
        entry.notes.append(lines[0][0].text.strip())
    return lines[1:]


def _marks_and_code(line: list[Tok]) -> bool:
    """A line of marks (``:llama:``, ``:star:``, emoji) and one link to a repository named by an icon or a label
    (``[:simple-github:](..)``, ``[code](..)``), nothing else."""
    found = [t for t in line if t.kind == "link"]
    return len(found) == 1 and links.is_repository(found[0].href) and (
        links.label_word(found[0].text) or _MARKS_ONLY.fullmatch(_SHORTCODES.sub("", found[0].text)) is not None) \
        and all(t.kind == "link" or _MARKS_ONLY.fullmatch(_SHORTCODES.sub("", t.text)) for t in line)


_MARKS_ONLY = re.compile(r"[\s*+•·|\u2600-\u27bf\ufe0f\u200d\U0001f000-\U0001faff-]*")


def name_to_anchor(toks: list[Tok]) -> list[Tok] | None:
    """The tokens after a short name linking an anchor of the list (``[[PGCN]](#1195)``), when the title's link
    follows it; else None."""
    if len(toks[0].text.strip("[] ").split()) > 2:
        return None
    rest = toks[1:]
    while rest and rest[0].kind == "text" and not rest[0].text.strip():
        rest = rest[1:]
    if rest and rest[0].kind == "link" and not rest[0].href.startswith("#") and len(rest[0].text.split()) >= 3:
        return rest
    return None
