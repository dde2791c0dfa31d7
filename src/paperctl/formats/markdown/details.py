"""A paper written as an item over nested bullets that are not ``key: value`` fields (``nested``'s):
its details (authors, ``[[Paper]]`` and ``Code:`` bullets under its title: ``details``), its title and
fields under a tag line (``title_below``), a venue or year grouping the papers under it (``venue_group``),
its title cited in a bullet below (``adopt_cited_title``), and a name, or its authors, over the bullet that
is the paper (``name_over_title``, ``authors_over_title``). ``items`` asks them in its order."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import (
    blocks,
    bold_lines,
    fields,
    folds,
    inline,
    links,
    makers,
    people,
    proceedings,
    runs,
    venue_words,
    venues,
    verdict,
)
from .field_keys import KEY_VALUE, PAPER_POINTER
from .grouping import describes, holds_entries
from .item_words import item_notes, item_text
from .link_names import add_link
from .model import ListEntry
from .nested import keyed_venue


def details(items: list[blocks.Block], refs: dict[str, str], known: bool = False
            ) -> tuple[list[list[inline.Piece]], list[blocks.Block]] | None:
    """Nested bullets that give details of the item above them: (the details, as further
    lines of it; the other bullets, its notes), or None when there are none, or when a
    bullet is a paper of its own. A detail is a labelled link alone (``[[Paper]](..)``,
    ``[[Python Reference]](..)``), a citation line (authors, venue, year: read as plain
    text, so that ``*ICML*, 2022`` is one venue), or a ``Code:`` or ``Publisher:`` bullet.
    Lists write a paper so (benedekrozemberczki/awesome-graph-classification,
    TimeLovercc/Awesome-Graph-Causal-Learning, opendilab/awesome-diffusion-model-in-rl)::

        - **NetLSD (KDD 2018)**
          - Anton Tsitsulin, Davide Mottin, Panagiotis Karras, Alex Bronstein, and Emmanuel Müller
          - [[Paper]](https://arxiv.org/abs/1805.10712)
          - [[Python Reference]](https://github.com/xgfs/NetLSD)

        - [Planning with Diffusion for Flexible Behavior Synthesis](https://arxiv.org/abs/2205.09991)
          - Michael Janner, Yilun Du, Joshua B. Tenenbaum, Sergey Levine
          - Key: Offline RL, Model-based RL
          - Code: [official](https://github.com/jannerm/diffuser)
    """
    lines: list[list[inline.Piece]] = []
    others: list[blocks.Block] = []
    said = known  # a detail only an entry's details say: its authors, a "Code:" or "Publisher:" bullet
    # (*known*: the item above says it is an entry, and these bullets are its own)
    cited = False  # a citation line (authors, venue) was read: a second one is another paper's, kept as a note
    described: list[list[inline.Piece]] = []  # "TL;DR:" and "Summary:" bullets
    for item in items:
        if len(item.children) > 1 and item.children[0].kind == "paragraph" and _KEY_ALONE.fullmatch(
                item.children[0].text) and said:
            others.append(item)  # "- Summary：" over its own bullets, after the entry's authors (Thinklab-SJTU/
            continue  # Awesome-LLM4AD, every paper): notes
        if not item.children:
            continue  # an empty bullet ending the details ("\t-", kaliaanup/Named-Entity-Recognition-Literature)
        if len(item.children) == 1 and item.children[0].kind == "html" and folds.FOLD.fullmatch(item.children[0].text):
            others.append(item)  # "- <details> <summary>Abstract (click me)</summary> ... </details>" between the
            continue  # "- Authors:" and "- Links:" bullets (mengdi-li/awesome-RLAIF, every paper): a fold, a note
        if len(item.children) != 1 or item.children[0].kind != "paragraph":
            return None
        pieces = inline.scan(item.children[0].text, refs)
        detail = _detail(pieces)
        citation = detail is not None and any(p.kind == inline.TEXT and p.text.strip() for p in detail[0]) and \
            bool(fields.citation_tail(inline.plain(detail[0])).authors)
        if citation and cited:
            others.append(item)
            continue
        cited = cited or citation
        if detail is None:
            if any(p.kind == inline.LINK and len(p.text.split()) >= 3 and not links.label_word(p.text)
                   and links.classify(p.href).kind not in ((links.CODE, links.OTHER) if known else (links.CODE,))
                   for p in pieces):  # ("[Hugging Face Model](..)" under a known entry: its link)
                return None  # a paper of its own under this one (not "ExpEnv: [deepmind control suite](github)")
            others.append(item)
            code = _code_among_notes(pieces)
            if code is not None:  # "- Approach: PO-Tree CRF [Code](github)" (kaliaanup/Named-Entity-Recognition-
                lines.append([code])  # Literature, every code link it has): a note, and the code it names
        elif _described(pieces):
            described.append(detail[0])
            said = said or detail[1]
        else:
            lines.append(detail[0])
            said = said or detail[1]
    lines += described  # (the description last: "📖 TLDR: ..." over "📅 Date: Jun 18, 2024 / NeurIPS D&B 2024",
    # wx0303/Agent-Safety-Paper, every paper: what follows a description is read as more of it)
    # Bullets of other kinds beside the details are notes, once a detail says it is an entry's.
    # Two paper links are two papers, not one paper's details.
    papers = sum(1 for line in lines for p in line if p.kind == inline.LINK and p.text == "paper")
    return (lines, others) if lines and (said or not others) and papers <= 1 else None


_LINKS_KEY = re.compile(r"\s*(?::[a-z_]+:\s*)?links?\s*[:：]\s*", re.IGNORECASE)
_LABEL_PLACED = re.compile(r"\s*(paper|pdf|article)\s*[(（]([^()（）]{2,80}?,?\s*(?:19|20)\d\d)[)）]\s*", re.IGNORECASE)
_DETAIL_KEY = re.compile(r"[\W_]*?(authors?|author\(s\)|code|codes|github|repo|repository|implementation|publisher|"
                         r"proceedings|article|published in|venue|conference|journal|paper|pdf|arxiv|tl;?dr|"
                         r"summary|english|date|published|publish date|publication date|release date|intro)\s*[:：]\s*",
                         re.IGNORECASE)  # (after an emoji: "📑 Publisher: CVPR 2026", "📖 TLDR: ...")


def venue_group(head: list[inline.Piece], items: list[blocks.Block], refs: dict[str, str]) -> bool:
    """``- **NeurIPS**`` over one bullet, ``- Video Diffusion Models [[Paper]](..)``
    (AlonzoLeeeooo/awesome-video-generation, 16 groups of one): a bold venue or year alone
    groups the papers under it, even one; it is not a paper titled "NeurIPS" with details."""
    text = inline.plain(head).strip()
    return bold_lines.pseudo_heading(head) and bool(venues.parse(text) or venues.year_of_date(text) is not None) \
        and holds_entries(items, refs)


_TAG_HEADER = re.compile(r"\s*(?:【[^【】]{1,300}】\s*(?:[-–—|/·]\s*)?)+")


def title_below(head: list[inline.Piece], items: list[blocks.Block], refs: dict[str, str]
                ) -> tuple[list[inline.Piece], list[str], list[blocks.Block]] | None:
    """A bullet of tags only, and the paper's title in bold on the first bullet under it,
    its details on the others (AudioLLMs/Awesome-Audio-LLM, every entry)::

        - `【2024-10】-【SPIRIT LM】-【Meta】-【Type: Model】`
          - **SPIRIT LM: Interleaved Spoken and Written Language Model**
          - **Author(s):** Tu Anh Nguyen, Benjamin Muller, ...
          - [![GitHub stars](https://img.shields.io/github/stars/facebookresearch/spiritlm?style=social)](..)
          - [Paper](https://arxiv.org/abs/2402.05755) / [Other Link](https://speechbot.github.io/spiritlm/)

    (the entry's lines, as one item's; the tags; the other bullets, its notes), or None."""
    if not items or any(p.kind != inline.TEXT for p in head) or not _TAG_HEADER.fullmatch(inline.plain(head)):
        return None
    first = items[0].children[0] if len(items[0].children) == 1 and items[0].children[0].kind == "paragraph" else None
    title = inline.scan(first.text, refs) if first is not None else []
    if not (title and title[0].strong and len(inline.plain(title[:1]).split()) >= 3):
        return None
    found = details(items[1:], refs, known=True)
    if found is None:
        return None
    lines = [*title, *(p for line in found[0] for p in (inline.Piece(inline.BREAK), *line))]
    return lines, re.findall(r"【([^【】]+)】", inline.plain(head)), found[1]


def name_over_title_and_links(head: list[inline.Piece], items: list[blocks.Block], refs: dict[str, str]
                              ) -> list[inline.Piece] | None:
    """A method's short name in bold over the bullets of its one paper: the title (linked or not, perhaps with
    where it appeared), then bullets of links alone (chihming/awesome-network-embedding, 73 of its 76 entries)::

        - **SDNE**
          - Structural Deep Network Embedding
          - [[KDD 2016]](http://www.kdd.org/kdd2016/papers/files/rfp0191-wangAemb.pdf)
          - [[Python]](https://github.com/xiaohan2012/sdne-keras)

    The paper's lines, as one item's (the title's, then the links'), or None. (A name over papers, each a
    bullet with its own title, is a group: ``reader``'s.)"""
    if len(head) != 1 or head[0].kind != inline.TEXT or not head[0].strong or not 0 < len(head[0].text.split()) <= 3 \
            or len(items) < 2 or any(len(it.children) != 1 or it.children[0].kind != "paragraph" for it in items):
        return None
    lines = [inline.scan(it.children[0].text, refs) for it in items]
    first = inline.plain(lines[0])
    if len(first.split()) < 3 or not all(map(_links_alone, lines[1:])) or _links_alone(lines[0]) and \
            all(len(p.text.split()) < 3 for p in lines[0] if p.kind == inline.LINK) or _names(first):
        return None  # (a title may be a link; not "- Anton Tsitsulin, Davide Mottin, ...", the authors: ``details``)
    return [*lines[0], *(p for line in lines[1:] for p in (inline.Piece(inline.BREAK), *line))]


def _names(text: str) -> bool:
    """Does *text* read as authors' names (not ``SINE: Scalable Incomplete Network Embedding, ICDM'18``)?"""
    return not any(ch.isdigit() for ch in text) and len(people.parse(text)) >= 2


def _link_label(link: inline.Piece) -> bool:
    """A link named as one of a paper's links: ``Arxiv``, ``KDD 2016``, ``ICLR 2018 OpenReview (rejected)``,
    ``Python``, ``SNAP`` (not ``Instance-conditioned gan``, a title linking its paper, nor ``如何编写好的提示``)."""
    text = re.sub(r"\s*\([^()]{1,20}\)$", "", link.text.strip(" []"))
    if links.label_word(text) or (found := venues.parse(text)) is not None and found[1] is not None:
        return True
    words = text.split()
    if 2 <= len(words) <= 4 and links.label_word(words[-1]) and (found := venues.parse(" ".join(words[:-1]))) and \
            found[1]:  # "[[ICLR 2018 OpenReview]](openreview)": where and when, and the site it links
        return True
    return len(words) <= 2 and len(text) <= 20 and not fields.CJK.search(text) and \
        links.classify(link.href).kind not in links.PAPER_KINDS


def _links_alone(pieces: list[inline.Piece]) -> bool:
    """Links named in a word or three, and nothing between them but brackets, separators and where the paper
    appeared: ``[[Arxiv]](..) [[SNAP]](..) [[ISMB 2018]]`` (not a title link)."""
    return any(p.kind == inline.LINK for p in pieces) and all(
        p.kind == inline.LINK and _link_label(p) or p.kind == inline.TEXT and (
            not (t := p.text.strip(" []()|·,;")) or (
            found := venues.parse(t)) is not None and found[1] is not None) for p in pieces)


def tagged(entry: ListEntry, tags: list[str], others: list[blocks.Block], refs: dict[str, str]) -> ListEntry:
    """*entry* (``title_below``'s) with its header's tags: a date is its year (``【2024-10】``),
    the others are notes, as written; and the other bullets, as notes."""
    if entry.reason is not None:
        return entry
    for tag in tags:
        year = venues.year_of_date(tag.strip())
        if year is not None and not entry.year and not entry.date_year:
            entry.year = entry.date_year = year
        elif year is None:
            entry.notes.append(tag.strip())
    entry.notes += [n for item in others for n in item_notes(item, refs, first=True)]
    return entry


def _papers_linked(visible: list[inline.Piece]) -> int:
    """How many of *visible*'s links are a paper's (not "[[Sup. Material]](..pdf)", sdsy888/Awesome-Object-Tracking:
    a file beside the paper's)."""
    return sum(links.classify(p.href).kind in links.PAPER_KINDS and not _COMPANION.match(links.label(p.text))
               for p in visible if p.kind == inline.LINK)


_COMPANION = re.compile(r"supp|sup\.|supplement|appendix|poster|slides?\b")


def _detail(pieces: list[inline.Piece]) -> tuple[list[inline.Piece], bool] | None:
    """One nested bullet as a line of its entry, when it is a detail (see ``details``), and
    whether only an entry's details say it (authors, a keyed bullet; not a labelled link)."""
    line = _detail_line(pieces)
    return (line, line is not pieces) if line is not None else None


def _detail_line(pieces: list[inline.Piece]) -> list[inline.Piece] | None:
    keyed = _LINKS_KEY.fullmatch(pieces[0].text) if pieces and pieces[0].kind == inline.TEXT else None
    if keyed and len(pieces) > 1:  # "- **:link:Link:** [paper](..)  [code](github)" (liuzengyun/Awesome-3D-Detection-
        return _detail_line(pieces[1:])  # with-4D-Radar): the entry's links, under a key that says so
    placed = [m for p in pieces if p.kind == inline.LINK and (m := _LABEL_PLACED.fullmatch(p.text))]
    if len(placed) == 1:  # "[Paper (Nature Medicine, 2024)](..) | [Code](github)" (everycure-org/awesome-ai-drug-
        # repurposing, under each bold title): the paper's link, and where and when it appeared after the links
        pieces = [inline.Piece(inline.LINK, placed[0].group(1), p.href) if p.kind == inline.LINK and p.text ==
                  placed[0].string else p for p in pieces] + [inline.Piece(inline.TEXT, f" {placed[0].group(2)}")]
        line = _detail_line(pieces[:-1])
        return line + pieces[-1:] if line is not None else None
    visible = [p for p in pieces if p.kind != inline.TEXT or p.text.strip(" []|/·•,")]
    if visible and all(p.kind == inline.LINK and _label(p) for p in visible) and _papers_linked(visible) <= 1:
        return pieces  # "[[Paper]](..)", or a row of badges: "<a href=arXiv><img ..></a> <a href=github>..."
    if visible and all(p.kind == inline.LINK for p in visible) and any(_label(p) for p in visible) and all(
            _label(p) or links.classify(p.href).kind not in links.PAPER_KINDS for p in visible) and _papers_linked(
            visible) <= 1:
        return pieces  # "[Paper](arXiv) / [Hugging Face Model](..)": a row of links, one of them the paper's
    text = " ".join(inline.plain(pieces).split())
    found = [p for p in visible if p.kind == inline.LINK]
    if len(found) == 1 and found[0].text.strip() == found[0].href.strip() and len(visible) == 2 \
            and visible[0].kind == inline.TEXT and venues.parse(visible[0].text.strip()):
        # "[NeurIPS2022] https://arxiv.org/abs/2211.09646" (liudaizong/Awesome-3D-Visual-Grounding): where, and
        # the paper's address
        return [inline.Piece(inline.TEXT, visible[0].text), inline.Piece(inline.LINK, "paper", found[0].href)]
    if len(found) == 1 and found[0].text.strip() == found[0].href.strip() and len(visible) == 2 \
            and visible[0].kind == inline.TEXT and links.classify(found[0].href).kind in links.PAPER_KINDS \
            and (year := venues.year_of_date(visible[0].text.strip(" []()"))) is not None:
        # "[2024.04.04] https://arxiv.org/abs/2404.03411" (isXinLiu/Awesome-MLLM-Safety, 59 entries): when, and
        # the paper's address
        return [inline.Piece(inline.TEXT, str(year)), inline.Piece(inline.LINK, "paper", found[0].href)]
    if len(visible) == 1 and found and found[0].text.strip() == found[0].href.strip() and links.classify(
            found[0].href).kind in links.PAPER_KINDS:  # "* <http://arxiv.org/abs/2301.10226>" under "* Title" and
        return [inline.Piece(inline.LINK, "paper", found[0].href)]  # "* ICML 2023" (plll4zzx/Awesome-LLM-Watermark)
    if len(found) == 1 and links.classify(found[0].href).kind in links.PAPER_KINDS and PAPER_POINTER.fullmatch(
            " ".join(inline.plain([p for p in visible if p.kind != inline.LINK]).split()) + " " + found[0].text):
        return [inline.Piece(inline.LINK, "paper", found[0].href)]  # "Paper available [here](arXiv)"
    key = _DETAIL_KEY.match(text)
    if key:
        kind = key.group(1).lower()
        found = [p for p in pieces if p.kind == inline.LINK]
        if kind in ("paper", "pdf", "arxiv") and found:
            # "Paper: [pdf](..)"; not "Paper: [CAKE: Cascading and Adaptive KV Cache ...](..)": a paper of its own
            return [inline.Piece(inline.LINK, "paper", found[0].href)] if _label(found[0]) else None
        repos = [p for p in found if links.is_repository(p.href)]
        if repos:  # "Code: [official](https://github.com/..), [unofficial](..)": the first repository
            return [inline.Piece(inline.LINK, "code", repos[0].href)] if kind not in ("paper", "pdf", "arxiv") \
                else None
        value = text[key.end():].strip()
        if found or not value:
            return None
        if kind.startswith("author"):  # "**Author(s):** Tu Anh Nguyen, Benjamin Muller, ..."
            return [inline.Piece(inline.TEXT, value)] if people.substantial(people.parse(value)) else None
        if kind in ("tldr", "tl;dr", "summary", "english"):
            return [inline.Piece(inline.TEXT, value)]  # the entry's description, on a line of its own ("English:
            # ..." over "中文：...", jindongwang/transferlearning: the description twice, the English one kept)
        if kind == "intro":  # "- intro: ICCV 2017": the venue, when it is all the line says (``keyed_venue``)
            return [inline.Piece(inline.TEXT, value)] if keyed_venue(text) else None
        if kind in ("date", "published") or kind.endswith(" date"):
            when, _, where = value.partition(" / ")
            found = venues.parse(where.strip()) if where else None
            if found and found[1]:  # "📅 Date: Jun 18, 2024 / NeurIPS D&B 2024" (wx0303/Agent-Safety-Paper, every
                return [inline.Piece(inline.TEXT, where.strip())]  # paper): when it was posted, then where it appeared
            year = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", value)  # "📅 Date: March 26, 2026"
            return [inline.Piece(inline.TEXT, year.group())] if year else None
        if venues.parse(value) or venue_words.in_words(value):
            return [inline.Piece(inline.TEXT, value)]  # "Publisher: NeurIPS Deep RL Workshop 2022"
        dated = runs.NAME_THEN_YEAR.fullmatch(value.rstrip(".")) if kind in (
            "proceedings", "article", "journal", "conference") else None
        if dated:  # "- Proceedings: Proceedings of The 25th International Conference on Artificial Intelligence and
            # Statistics (2022)", "- Article: Data Mining and Knowledge Discovery (2022)" (daikikatsuragawa/awesome-
            # counterfactual-explanations, every entry): where, as the list names it, and when
            return [inline.Piece(inline.TEXT, f"{dated.group(1)} {dated.group(2)}")]
        return None
    found = [p for p in pieces if p.kind in (inline.LINK, inline.IMAGE)]
    if found and all(p.kind == inline.LINK and _label(p) for p in found) and sum(
            links.classify(p.href).kind in links.PAPER_KINDS for p in found) <= 1:
        # "Hengshuang Zhao, Jianping Shi, Jiaya Jia [[Paper]](arXiv). In CVPR, 2017." (autonomousdrivingkr/
        # Awesome-Autonomous-Driving): the authors, the paper's link and where: a citation line
        first = pieces.index(found[0])
        before = " ".join(inline.plain(pieces[:first]).split()).strip(" .,[]()")
        after = " ".join(inline.plain([p for p in pieces[first:] if p.kind == inline.TEXT]).split()).strip(" .,[]()")
        tail = fields.citation_tail(after) if after else fields.Tail(explained=True)
        names = people.parse(before) if before else []
        if not people.substantial(names) and before:  # "D. Hein, A. Hentschel,T Runkler and S Udluft.  *EAAI 2017*.
            cited = fields.citation_tail(before)  # [[paper]](arXiv)" (Plankson/awesome-explainable-reinforcement-
            names = cited.authors if cited.explained else []  # learning, 92 entries): the venue before the link
        return pieces if people.substantial(names) and tail.explained else None
    if found or KEY_VALUE.match(text):
        return None  # ("Key: Offline RL, Policy Optimization": a field of another kind, a note)
    tail = fields.citation_tail(text)
    if tail.explained and tail.authors:
        return [inline.Piece(inline.TEXT, text)]
    worded = venue_words.in_words(text.strip(" ."))
    if ((found := venues.parse(text.strip(" ."))) and found[1]) or (worded and not makers.is_maker(
            worded[0].rsplit(" ", 1)[0])):
        return [inline.Piece(inline.TEXT, text)]  # "\t* ADMA 2013" under the title and its authors (roomylee's list)
    dated = _DATED_VENUE.fullmatch(text)
    if dated:  # "- (2024. 09) IEEE Transactions on Geoscience and Remote Sensing" under the title and its authors
        year, where = dated.group(1), dated.group(2).strip(" .")  # (Chen-Yang-Liu/Awesome-Change-Captioning)
        return [inline.Piece(inline.TEXT, where if venues.year_in(where) else f"{where} {year}")]
    cited = cited_title(text)
    return [inline.Piece(inline.TEXT, cited[0])] if cited else None


_KEY_ALONE = re.compile(r"[^:：\n]{1,24}[:：]\s*")
_DATED_VENUE = re.compile(r"\(((?:19|20)\d\d)(?:\s*[./-]\s*\d{1,2}){0,2}\)\s*([A-Za-z0-9][^()\[\]]{1,150})")


def cited_title(text: str) -> tuple[str, str] | None:
    """``Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun, Deep Residual Learning for Image Recognition,
    arXiv:1512.03385.`` (autonomousdrivingkr/Awesome-Autonomous-Driving, under ``* Microsoft (Deep
    Residual Learning) [[Paper]](..)``): the authors, the title, then where and when, set off by
    commas. (the authors and what follows the title, as a citation's tail; the title), or None."""
    parts = [p.strip() for p in text.strip().rstrip(".").split(", ")]
    if len(parts) < 3 or len(text) > 600:
        return None
    end = len(parts)
    while end > 1 and _says_where(parts[end - 1]):
        end -= 1
    if end == len(parts):
        return None  # (nothing says where: not a citation)
    for k in range(end, 0, -1):
        names = people.parse(", ".join(parts[:k]))
        title = ", ".join(parts[k:end])
        if names and len(names) >= k and (k == end or (len(title.split()) >= 3 and ". " not in title)):
            return ", ".join(parts[:k] + parts[end:]), title  # (". ": "..., Qun Liu. arXiv, 2023", no title)
    return None


def _says_where(part: str) -> bool:
    """A part of a citation after its title: a venue, an arXiv ID, a year, "In ..."."""
    return bool(venues.parse(part) or venues.arxiv_in_text(part) or venues.FOUR_DIGIT_YEAR.fullmatch(part)
                or proceedings.in_venue(part) or venue_words.in_a_series(part) and ". " not in part)  # ("IEEE
    # Transactions on Biomedical Engineering (TBME)", zx-pan/Awesome-rPPG; not "et al. IEEE Transactions ... 2023.")


def adopt_cited_title(entry: ListEntry, items: list[blocks.Block], refs: dict[str, str]) -> None:
    """A nested citation's title (``cited_title``) where the item gave a name or part of it
    (``Microsoft (PReLu/Weight Initialization)``, ``Batch Normalization``): the paper's title,
    and what the item said kept as a note; any other title a citation gives, a note."""
    for item in items:
        text = item_text(item, refs)
        cited = cited_title(text) if item.children and "](" not in item.children[0].text else None
        title = cited[1] if cited else ""
        if not title or not entry.title or title.casefold() == entry.title.casefold():
            continue
        own = entry.title
        if title.casefold().startswith(own.casefold()) or "(" in own or len(own.split()) <= 2:
            entry.title = title
            if not title.casefold().startswith(own.casefold()):
                entry.notes.insert(0, own)
        else:
            entry.notes.append(title)


def _described(pieces: list[inline.Piece]) -> bool:
    """Is the bullet keyed as the entry's description ("📖 TLDR: ...", "Summary: ...")?"""
    key = _DETAIL_KEY.match(" ".join(inline.plain(pieces).split())) if pieces else None
    return key is not None and key.group(1).lower() in ("tldr", "tl;dr", "summary", "english")


def _code_among_notes(pieces: list[inline.Piece]) -> inline.Piece | None:
    """The one link of a bullet of notes, when it is labelled as code and is a repository's."""
    found = [p for p in pieces if p.kind == inline.LINK]
    if len(found) != 1 or not links.is_repository(found[0].href) or not _CODE_LABEL.match(found[0].text.strip(" []")):
        return None
    return inline.Piece(inline.LINK, "code", found[0].href)


_CODE_LABEL = re.compile(r"(?:code|github|implementation)\b", re.IGNORECASE)


def _label(link: inline.Piece) -> bool:
    """Does the link's text name what it links (``Paper``, ``Code``), not a title of its own?"""
    return bool(links.label_word(link.text)) or (links.is_repository(link.href) and bool(
        re.search(r"\b(?:code|reference|implementation|repo|github)\b", link.text, re.IGNORECASE)))


_NAME_COLON = re.compile(r"\s*([^:：]{1,40}?)\s*[:：]\s*(.+?)\s*\.?\s*")


def _one_bullet_below(head: list[inline.Piece], children: list[blocks.Block],
                      paragraph: bool = False) -> blocks.Block | None:
    """The paragraph of the one bullet nested under an item whose first paragraph (*head*) is plain text that
    starts in bold (``name_over_title``, ``authors_over_title``), or (*paragraph*) its one paragraph more
    (``* **Vimeo25M**``, a blank line, ``  [arxiv 2023.09] LAVIE: ... [[PDF](arXiv)]``, yzhang2016/video-
    generation-survey); None when the item is not so."""
    paragraphs = [c for c in children[1:] if c.kind == "paragraph"]
    if paragraph and len(paragraphs) == 1 and all(c.kind in ("paragraph", "html") for c in children[1:]) and head and \
            head[0].strong and all(p.kind == inline.TEXT for p in head):
        return paragraphs[0]
    lists = [c for c in children[1:] if c.kind == "list"]
    if len(lists) != 1 or len(lists[0].children) != 1 or any(c.kind not in ("list", "html") for c in children[1:]) \
            or not head or not head[0].strong or any(p.kind != inline.TEXT for p in head):
        return None
    below = lists[0].children[0].children
    if not below or below[0].kind != "paragraph" or any(c.kind != "html" for c in below[1:]):
        return None
    return below[0]


def name_over_title(head: list[inline.Piece], children: list[blocks.Block], refs: dict[str, str],
                    read: Callable[[list[inline.Piece]], ListEntry]) -> ListEntry | None:
    """A dataset's or method's name in bold, perhaps with where it appeared, over one nested bullet that is
    its paper: ``+ **Tanks and Temples** [ACM ToG2017]`` / ``  + Tanks and Temples: Benchmarking Large-Scale
    Scene Reconstruction [[paper](..)] [[website](..)]`` (XYZ-qiyh/Awesome-Learning-MVS, 6 datasets): the
    paper (read by *read*), the name a note, the venue the name's line gives; None when not so."""
    below = _one_bullet_below(head, children, paragraph=True)
    if below is None:
        return None
    name, rest = head[0].text.strip(), "".join(p.text for p in head[1:]).strip()
    bracket = _WHERE.fullmatch(rest)
    where = venues.parse(bracket.group(1).split(",")[0]) if bracket else None
    aside = _ASIDE.fullmatch(rest) if rest and not where else None  # ("**Vimeo25M** (not open-source)")
    if not 0 < len(name.split()) <= 4 or (rest and not (where or aside)):
        return None
    entry = read(inline.scan(below.text, refs))
    if entry.reason is not None or not (entry.arxiv or entry.doi or entry.url or {"paper", "pdf"} & set(entry.links)) \
            or len((entry.title or "").split()) < 4 or below in children and (
                name.endswith(".") or entry.authors or people.parse(entry.title or "")):
        return None  # (not "19. **STaR: Bootstrapping Reasoning With Reasoning.**" over "*Eric Zelikman, ...*.
        # [[abs](arXiv)], 2022.3", zjunlp/Prompt4ReasoningPapers: a title over its authors)
    entry.notes[:0] = [name, *([aside.group(1)] if aside else [])]
    if where and not entry.venue:
        entry.venue, entry.venue_written, entry.date_year = where[0], rest, entry.date_year or where[1]
    return entry


_WHERE = re.compile(r"\[([^\[\]]{2,60})\]")
_ASIDE = re.compile(r"\(([^()]{2,40})\)")


def authors_over_title(head: list[inline.Piece], children: list[blocks.Block], refs: dict[str, str],
                       read: Callable[[list[inline.Piece]], ListEntry]) -> ListEntry | None:
    """A method's name in bold and its authors, over one nested bullet that is the paper: ``* **AdaMixup**:
    Hongyu Guo, Yongyi Mao, Richong Zhang.`` / ``   - MixUp as Locally Linear Out-Of-Manifold Regularization.
    [[AAAI'2019](arXiv)]`` (Westlake-AI/openmixup, 64 entries): the paper (read by *read*), with those
    authors and the name as a note; None when the item (*head*, its first paragraph's, and *children*) is
    not so."""
    below = _one_bullet_below(head, children)
    m = _NAME_COLON.fullmatch("".join(p.text for p in head)) if below is not None else None
    names = people.parse(m.group(2)) if m and not any(ch.isdigit() for ch in m.group(2)) else []
    if below is None or not m or not names or not all(len(name.split()) >= 2 for name in names):
        return None
    entry = read(inline.scan(below.text, refs))
    if entry.reason is not None or entry.authors:
        return None
    entry.authors, entry.notes = names, [m.group(1).strip("* "), *entry.notes]
    return entry


def _url_at_end(text: str) -> tuple[str, str] | None:
    """(what comes before, the address) when *text* ends with a web address (``EMNLP 2023 Findings, 2022-10-07,
    https://..``); None else. (Cut at the last space, not matched by a pattern: a line of many addresses joined
    would have one try them all.)"""
    head, _, last = text.rstrip(" .").rpartition(" ")
    url = last.strip("<>")
    return (head.rstrip(" ,;"), url) if url.startswith(("http://", "https://")) else None


def title_over_facts(head: list[inline.Piece], children: list[blocks.Block], refs: dict[str, str],
                     read: Callable[[list[inline.Piece]], ListEntry]) -> ListEntry | None:
    """A bold title alone over two to four bullets of what it is, unkeyed: where and when with its address
    (``- EMNLP 2023 Findings, 2022-10-07, https://aclanthology.org/..``), who wrote it (``- Ofir Press, Muru Zhang,
    ...``), what it does (``- This paper proposes self-ask, ...``) (RUC-NLPIR/RAG-Reading-List, every paper): the
    paper (its title read by *read*); None when the item (*head* and the bullets of *children*) is not so."""
    sub = [c for c in children[1:] if c.kind == "list"]
    if len(sub) != 1 or len(children) != 2 or not bold_lines.bold_alone(head) or not 2 <= len(sub[0].children) <= 4:
        return None
    if any(len(item.children) != 1 for item in sub[0].children):
        return None
    texts = [" ".join(item_text(item, refs).split()) for item in sub[0].children]
    where = next(((*found, text) for text in texts if (found := _url_at_end(text)) is not None
                  and links.classify(found[1]).kind in links.PAPER_KINDS), None)
    if where is None:
        return None
    entry = read(head)
    if entry.reason not in (None, verdict.NO_EVIDENCE) or len((entry.title or "").split()) < 3:
        return None
    entry.reason = None
    add_link(entry, "paper", where[1])
    kept = []  # (what the line says besides the venue: the day it was posted, kept as a note)
    for part in re.split(r"\s*,\s*", where[0]):
        found = venues.parse(part)
        if found and not entry.venue:  # (the entry is read: its year set as ``finishing`` would have it)
            entry.venue, entry.venue_written = found[0], part
            entry.year = found[1] or entry.year
            continue
        if (year := venues.year_of_date(part)) is not None and not entry.year:
            entry.year = year
        kept += [part] if part.strip() else []
    entry.notes += [", ".join(kept)] if kept else []
    for text in texts:
        if text == where[2]:
            continue
        names = people.parse(text) if not entry.authors else []
        if len(names) >= 2 and people.only_people(names):
            entry.authors = names
        elif not entry.summary_parts and describes(text):
            entry.summary_parts = [text]
        else:
            entry.notes.append(text)
    return entry


def title_over_where(head: list[inline.Piece], children: list[blocks.Block], refs: dict[str, str],
                     read: Callable[[list[inline.Piece]], ListEntry]) -> ListEntry | None:
    """``+ Federated and continual learning for classification tasks in a society of devices`` over one bullet
    ``  + (Arxiv 2020) [[paper]](arXiv)`` (conditionWang/FLNK, every one of its 108 papers): a title that links
    nothing, over a single bullet that links one paper and names no title of its own (where it appeared, its
    links): the entry's second line, read so (two papers' badges are neither's). None when the item (*head* and
    the bullets of *children*) is not so."""
    sub = [c for c in children[1:] if c.kind == "list"]
    if len(sub) != 1 or len(children) != 2 or len(sub[0].children) != 1 or any(
            p.kind == inline.LINK for p in head):
        return None
    below = sub[0].children[0]
    if len(below.children) != 1 or below.children[0].kind != "paragraph":
        return None
    pieces = inline.scan(below.children[0].text, refs)
    papers = {p.href for p in pieces if p.kind == inline.LINK and links.classify(p.href).kind in links.PAPER_KINDS}
    where = pieces[0].em and _ENDS_WITH_YEAR.search(pieces[0].text) if pieces and pieces[0].kind == inline.TEXT \
        else False  # ("*IEEE signal processing magazine 2017* [[paper]](..)": where, in italics, and when)
    if len(papers) != 1 or any(p.kind == inline.LINK and len(p.text.split()) >= 3 and not links.label_word(p.text)
                               for p in pieces) or not where and _titled(read(pieces).title):
        return None  # (a paper of its own, nested under a topic: its title linked, or written)
    entry = read([*head, inline.Piece(inline.BREAK), *pieces])
    return entry if entry.reason is None and len((entry.title or "").split()) >= 3 else None


def _titled(title: str | None) -> bool:
    """Is *title* one, not a bracket of where and what (``(Survey, Information Fusion 2022)``) read as one?"""
    return title is not None and not _ONE_BRACKET.fullmatch(title) and not (
        (found := venues.parse(title)) and found[1])  # (nor "*NeurIPS 2020* [[paper]](..)", ys-zong/awesome-self-
    # supervised-multimodal-learning, 138 entries: where and when, in italics)


_ENDS_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d\W*$")
_ONE_BRACKET = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
