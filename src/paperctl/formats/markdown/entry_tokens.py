"""An entry's inline pieces as the tokens its readers walk (``tokens``): runs of text with their marks, links, a
badge's meaning read into the entry as it goes (``badges``, ``link_names.add_link``), a title wrapped over two lines
or in italics across a line joined back."""

from __future__ import annotations

import re

from . import badges, fields, links, people, venue_words, venues
from .inline import BREAK, IMAGE, LINK, TEXT, Piece
from .link_names import add_link
from .model import ListEntry, Tok


def tokens(pieces: list[Piece], entry: ListEntry) -> list[Tok]:
    """Flatten inline pieces; badges are read into *entry* and leave no text."""
    out: list[Tok] = []
    joined = -1  # a piece already joined to the one before
    for k, p in enumerate(pieces):
        kind = p.kind
        if kind == TEXT:  # (the most common kind first; fields passed by position: both cheaper)
            if k != joined:
                out.append(Tok("text", p.text, "", p.strong, p.em, p.code))
        elif kind == BREAK and not p.hard and p.em and not p.strong and _wrapped_italic(out, pieces, k):
            # an italic span wrapped over two lines is one run, as a bold title is:
            # "*Zaharaddeen Karami Lawal, Hayati Yassin, Daphne" / "Teck Ching Lai, Azam Che
            # Idris*, Big Data Cogn. Comput., 2022." (PillowTomZA/PINN_Navier_Stokes_papers)
            out[-1] = Tok("text", out[-1].text.rstrip() + " " + pieces[k + 1].text.lstrip(), "", False, True)
            joined = k + 1
        elif kind == BREAK:
            if not p.hard and out and out[-1].strong and k + 1 < len(pieces) and pieces[k + 1].strong:
                out.append(Tok("text", " "))  # a bold title wrapped over two lines
            elif not p.hard and len(out) == 1 and k + 1 < len(pieces) and (_wrapped_title(out[0], pieces[k + 1]) or
                                                                          _title_end(out[0], pieces[k + 1:])):
                out.append(Tok("text", " "))
            else:
                out.append(Tok("break"))
        elif kind == IMAGE:
            _badge(links.badge(p.href, p.text, None), entry)
        elif kind == LINK:
            if not p.text.strip():
                images = [c for c in p.children if c.kind == IMAGE]
                named = badges.badge_name(images[0].href, images[0].text) if len(images) == 1 else None
                if named and links.classify(p.href).kind in links.PAPER_KINDS:
                    out.append(Tok("link", named, p.href.strip()))  # the paper's name on its venue badge, linking
                    entry.venue = entry.venue or badges.badge_venue(images[0].href)  # the paper: its title link
                    entry.venue_written = entry.venue_written or entry.venue
                    continue
                if images:
                    _badge(links.badge(images[0].href, images[0].text, p.href), entry, p.href,
                           links.badge_label(images[0].href, images[0].text))
                    continue
            href = p.href.strip()  # ("[Title](about:blank)", BRTResearch/AIChip_Paper_List, 50 rows: a link left to
            href = "" if href.lower() == "about:blank" else href  # fill in, as "[Title]()" is)
            out.append(Tok("link", " ".join(p.text.split()), href, p.strong, p.em, False, p.title))
        else:
            out.append(Tok("text", p.text, "", p.strong, p.em, p.code))
    return out


def _wrapped_italic(out: list[Tok], pieces: list[Piece], k: int) -> bool:
    """Is the break at *k* inside an italic run of plain text, between its two lines?"""
    before, after = (out[-1] if out else None), (pieces[k + 1] if k + 1 < len(pieces) else None)
    return before is not None and after is not None and before.kind == "text" and after.kind == TEXT \
        and before.em and after.em and not (before.strong or after.strong or before.code or after.code)


def _wrapped_title(first: Tok, after: Piece) -> bool:
    """A plain title wrapped over two lines, the first ending or the second going on with a joining word:
    ``- Encoding Crowd Interaction with Deep Neural Network`` / ``  for Pedestrian Trajectory
    Prediction, 2018 CVPR, [[Paper]](..)`` (xuehaouwa/Awesome-Trajectory-Prediction)."""
    plain = first.kind == "text" and after.kind == TEXT and not any(
        t.strong or t.em or t.code for t in (first, after))
    if not plain or first.text.rstrip().endswith((".", ",", ";", "!", "?", ")", "]")):
        return False
    if _JOINING_WORD.match(after.text) or _JOINING_END.search(first.text):
        return True
    # "- Capabilities of Large Language Models in Control Engineering:" / "A Benchmark Study on GPT-4, ...,
    # <ins>Arxiv, 2024</ins> [[Paper](..)]", "- MMLU-Pro: A More Robust and Challenging" / "Multi-Task Language
    # Understanding Benchmark, <ins>NeurIPS, 2024</ins>" (SeekingDream/Static-to-Dynamic-LLMEval, 66 entries):
    # a subtitle, or the title's last words in capitals up to a comma, are no names
    lead = _LEAD_WORDS.match(after.text)
    words = lead.group(1).split() if lead else []
    head = first.text.strip()
    if not words or not words[0][0].isupper() or any(c in head for c in ",\"“”") or not (
            head.endswith(":") and len(head.split()) >= 2 or (3 <= len(head.split()) <= 8 and len(words) >= 2 and all(
                w[0].isupper() or not w[0].isalpha() or w.lower() in _SMALL for w in words))):
        return False
    if venues.parse(head.rstrip(":").strip()) or venues.parse(lead.group(1)) or venue_words.in_words(  # type: ignore[union-attr]
            lead.group(1)):  # type: ignore[union-attr]
        return False  # ("SIGMOD 2000:" over "LOF: Identifying ...", a title over "ACL Findings '23 [**Paper**](..)")
    return bool(people.TITLE_WORDS.search(lead.group(1))) or not people.parse(  # type: ignore[union-attr]
        lead.group(1)) and fields.names_venue_year(after.text.strip()) is None  # type: ignore[union-attr]


_LEAD_WORDS = re.compile(r"\s*([^,\[<(]{2,120}?)\s*(?:,|\[|<|\(|$)")
_SMALL = frozenset(("a", "an", "the", "of", "for", "and", "in", "on", "with", "to", "via", "from", "by", "at", "as"))
_JOINS = r"for|of|and|with|via|using|to|from|towards?|through|without|across|under|on"
def _title_end(first: Tok, rest: list[Piece]) -> bool:
    """A plain title wrapped over two lines, the second only its last few words and the paper's links:
    ``MobileVOS: Real-Time Video Object Segmentation`` / ``Contrastive Learning meets Knowledge Distillation
    [[paper](..)]`` (gaomingqi/VOS-Review, where the editor wrapped them); not a venue and year, names or a
    sentence there (``arXiv 2024 [[Paper]](..)``)."""
    after = rest[0]
    if first.kind != "text" or first.strong or first.em or first.code or len(first.text.split()) < 3 or \
            first.text.rstrip()[-1:] in ".,;:!?)]" or after.kind != TEXT or after.strong or after.em or after.code:
        return False
    words = after.text.strip().rstrip("[【 ")
    if not 1 <= len(words.split()) <= 10 or re.search(r"[,;.()\[\]]|\d{4}", words) or len(rest) < 2 or any(
            p.kind != LINK and fields.without_trailing_marks(p.text).strip(" []|/·,") or p.kind == LINK and not
            links.label_word(p.text)
            for p in rest[1:]):
        return False
    return not (venues.parse(words) or venue_words.in_words(words) or people.parse(words) and not
                people.TITLE_WORDS.search(words))  # ("Expression Recognition" is no one's name)


_JOINING_WORD = re.compile(rf"\s*(?:{_JOINS})\s")
_JOINING_END = re.compile(rf"\s(?:{_JOINS}|in|the|a|an)\s*$")
# ("Supersizing Self-supervision: Learning to Grasp from 50K Tries and" / "700 Robot Hours. [[pdf]](..)")


def _badge(badge: links.Badge, entry: ListEntry, href: str | None = None, label: str = "") -> None:
    """What a badge says, into *entry*; a linked badge that says nothing else is a link named by its label."""
    if badge.kind == "code":
        entry.code_labelled = True
    if badge.kind == "code" and not entry.code:
        entry.code = badge.value
    elif badge.kind == "paper" and href:
        add_link(entry, "paper", href, badge=True)
        if badge.venue and not entry.venue:
            entry.venue = entry.venue_written = badge.venue
    elif badge.kind == "venue" and not entry.venue and _NO_VENUE.match(badge.value):
        entry.date_year = entry.date_year or venues.year_in(badge.value)  # "![](badge/None-2018-skyblue)" (aliemo/
        # transfomers-silicon-research): no venue, its year
    elif badge.kind == "venue" and not entry.venue:
        entry.venue = entry.venue_written = badge.value
    elif badge.kind == "date":
        entry.date_year = entry.date_year or int(badge.value)
        entry.journal_year = entry.journal_year or badge.own
    elif badge.kind == "none" and href and label:  # "<a href='github.com/vis-nlp/OpenCQA'><img src='.../badge/
        add_link(entry, label, href, badge=True)  # Dataset-red'></a>" (khuangaf/Awesome-Chart-Understanding)


_NO_VENUE = re.compile(r"(?i:none|n/?a|unknown|tbd|-)\s+(?:19|20)\d\d$")
