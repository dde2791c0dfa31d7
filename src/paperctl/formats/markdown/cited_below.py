"""A paper's short name on the bullet, its citation on the bullet below.

Lists of methods in image restoration name each paper by its method, with the links, and
cite it in full on a nested bullet (nnUyi/DerainZoo, youngguncho/awesome-dehazing,
dawnlh/awesome-low-light-image-enhancement; about 200 entries in the three)::

    * DualGCN [[paper](https://xueyangfu.github.io/...)][[code](...)][[web](...)]
       * Fu, Xueyang etc. Rain Streak Removal via Dual Graph Convolutional Network. (AAAI 2021)

    - AOD-net [[Code](https://github.com/Boyiliee/AOD-Net), [Paper](http://openaccess.thecvf.com/...)]
        - Li, Boyi, et al. "Aod-net: All-in-one dehazing network." Proceedings of the IEEE ...

    * **DRBN** [[Pdf]](https://ieeexplore.ieee.org/document/9156559)
      * W. Yang, S. Wang, ... and J. Liu, "From Fidelity to Perceptual Quality: ...," 2020 IEEE/CVF ...

The citation gives the title, the authors, where and when; the bullet its links. The
entry is read as the citation followed by the bullet's links, and the name, where it is
not the title, is kept as a note. A second citation under the same name is a paper of its
own (dawnlh's ``LIME`` over the two papers that describe it); other bullets are notes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import blocks, inline, links, people, venues
from .model import ListEntry


def name_over_citation(head: list[inline.Piece], items: list[blocks.Block], refs: dict[str, str],
                       read: Callable[[list[inline.Piece]], ListEntry]
                       ) -> tuple[ListEntry, list[tuple[ListEntry, blocks.Block]], list[blocks.Block]] | None:
    """(the entry, the further citations as entries of their own with their bullets, the other
    bullets) when *head* is a name with links only and the first of *items* cites a paper (or, among
    the first three, the one whose title the name is); else None."""
    name = _name(head)
    if name is None or not items or not any(p.kind == inline.LINK for p in head):
        return None  # (a name with no link: a group's, "* 2019" over its papers)
    ahead = [_citation(item, refs, read) for item in items[:3]]  # (each bullet read once, here or below)
    same = [(k, c) for k, c in enumerate(ahead) if c is not None and _key(c[1].title) == _key(name)]
    at, first = same[0] if same else (0, ahead[0])  # (the citation the name is the title of:
    # "* Learning Hierarchical Features for Scene Labeling [[Paper-ICML12]](..) [[Paper-PAMI13]](..)" over the
    # ICML paper's citation, then the PAMI one's, autonomousdrivingkr/Awesome-Autonomous-Driving)
    if first is None or not _names_it(name, first[1].title or "") or _linked(first[0]):
        return None  # (a citation with its own paper link is an entry of its own: "**Charades-Ego**: [[Website]]"
        # over the papers that made the dataset, TheShadow29/awesome-grounding)
    own = [p for p in head if p.kind in (inline.LINK, inline.IMAGE)]
    entry = read([*first[0], inline.Piece(inline.TEXT, " "), *own])
    if entry.reason is not None or _key(entry.title) != _key(first[1].title):
        return None
    if not _key(entry.title).startswith(_key(name)):  # ("LIME" over "LIME: A Method for ...": said by the title)
        entry.notes.insert(0, name)
    more: list[tuple[ListEntry, blocks.Block]] = []
    others: list[blocks.Block] = []
    for k, item in enumerate(items):
        if k == at:
            continue
        cited = ahead[k] if k < len(ahead) else _citation(item, refs, read)
        if cited is not None and cited[1].reason is None:
            more.append((cited[1], item))
        else:
            others.append(item)
    if len(more) > 1:
        return None  # (three papers cited under a name: a group of papers, not one paper's name)
    return entry, more, others


_LABEL = re.compile(r"\[([^\[\]]{1,20})\]")
_EDGES = re.compile(r"\[[\s,，|/·]*\]|\([\s,，|/·]*\)|^[\[\]【】,，|/·:：\s]+|[\[\]【】,，|/·:：\s]+$")


def _name(head: list[inline.Piece]) -> str | None:
    """The bullet's name, when the rest of it is labelled links (``[[paper](..)][[code](..)]``,
    ``[[Pdf]](..)``) or badges; None when a link names a paper of its own."""
    for p in head:
        if p.kind == inline.LINK and not links.label_word(p.text) and len(p.text.split()) > 1:
            return None
    text = _LABEL.sub(lambda m: " " if links.label_word(m.group(1)) else m.group(), "".join(
        p.text for p in head if p.kind == inline.TEXT))  # ("ADN [paper][[code](..)]": a label with no link yet)
    text = " ".join(_EDGES.sub("", text).split())  # ("R-CNN, UC Berkeley [[Paper]](..)": as written)
    return text if text and len(text) <= 200 else None


def _citation(item: blocks.Block, refs: dict[str, str], read: Callable[[list[inline.Piece]], ListEntry]
              ) -> tuple[list[inline.Piece], ListEntry] | None:
    """(the bullet's pieces, the paper it cites) when the bullet is a citation: the authors, a
    title of three words or more, and where or when it appeared."""
    if not item.children or item.children[0].kind != "paragraph":
        return None
    pieces: list[inline.Piece] = []
    for p in inline.scan(item.children[0].text, refs):
        if p.kind == inline.LINK and _person(p):  # "[X. Ding](homepage), “A Probabilistic ...": a name
            p = inline.Piece(inline.TEXT, p.text)
        if pieces and _plain(p) and _plain(pieces[-1]):
            pieces[-1] = inline.Piece(inline.TEXT, pieces[-1].text + p.text)
        else:
            pieces.append(p)
    entry = read(pieces)
    title = entry.title or ""
    if not (entry.authors and len(title.split()) >= 3 and (entry.venue or entry.year or entry.date_year)):
        return None
    if people.parse(title) or venues.is_known_name(title.split()[0].strip(":,")) or _JOURNAL_FIRST.match(title):
        return None  # ("Biagio Brattoli*, Uta Büchler*, ... Martin E. Schwab, and Björn Ommer. *CVPR 2017*",
        # "Shurui Gui, ... and Shuiwang Ji. *NeurIPS Track on Datasets and Benchmarks*, 2022.": the names and
        # where, under a title, not a paper of its own; "Feras A. Batarseh, Laura Freeman. *Journal of Big Data*"
        # under "- A Survey on AI Assurance. [[paper]](..)", MinghuiChen43/awesome-trustworthy-deep-learning)
    return pieces, entry


def _person(link: inline.Piece) -> bool:
    """Is this link an author's name linking their page (``[X. Guo](https://sites.google.com/...)``)?"""
    return links.classify(link.href).kind not in links.PAPER_KINDS and len(people.parse(link.text)) == 1 \
        and 2 <= len(link.text.split()) <= 4 and not links.label_word(link.text)


def _linked(pieces: list[inline.Piece]) -> bool:
    """Does the bullet link a paper of its own (``[[Paper]](arXiv)``; not an arXiv ID in its words)?"""
    return any(p.kind == inline.LINK and (links.classify(p.href).kind in links.PAPER_KINDS or links.names_paper(p.text))
               for p in pieces)


def _plain(p: inline.Piece) -> bool:
    return p.kind == inline.TEXT and not (p.strong or p.em or p.code)


def _key(text: str | None) -> str:
    return re.sub(r"\W+", "", (text or "").casefold())


_JOURNAL_FIRST = re.compile(r"(?:(?:IEEE|ACM)\s+)?(?:Journal|Transactions|Proceedings|Annals)\s+(?:of|on)\s")


def _names_it(name: str, title: str) -> bool:
    """Is *name* the paper's short name (a few words), or its title or the start of it?"""
    return len(name.split()) <= 6 or _key(title).startswith(_key(name)) or _key(name) in _key(title)
