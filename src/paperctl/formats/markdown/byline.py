"""An entry's byline: who wrote the paper, where the list writes the names beside other things.

The author lines ``fields.citation_tail`` cannot read as one text: names linked to their pages
(inside an italic list, or a line of their own after an "Author" label), one person's full
name before fields set off by bars, and ``Surname et al. | VENUE | YEAR`` after a title link. Each
reader says which real list showed its shape.
"""

from __future__ import annotations

import re

from . import blocks, fields, inline, people, venue_words, venues
from .link_names import add_link
from .model import ListEntry, Tok, offer_venue

_ET_AL = re.compile(r"\s*et\.? al\.?\s*")


def plain_et_al(toks: list[Tok]) -> list[Tok]:
    """``[Title](..) - Danfei Xu _et al_, `CVPR 2017`.`` (mqjyl/awesome-scene-graph, 95 of its 96
    entries): "et al." set in italics, as typesetting has it, between plain names and what follows,
    is read as the plain text it ends: one byline."""
    if not any(t.em for t in toks):
        return toks  # (most lines)
    out = list(toks)
    for i in range(len(out) - 1, 0, -1):
        before, t = out[i - 1], out[i]
        if t.em and t.kind == "text" and not (t.strong or t.code) and _ET_AL.fullmatch(t.text) \
                and before.kind == "text" and not (before.em or before.strong or before.code) \
                and before.text.strip() and before.text.rstrip()[-1:].isalpha():
            after = out[i + 1] if i + 1 < len(out) else None
            joined = before.text.rstrip() + " " + t.text.strip()
            if after is not None and after.kind == "text" and not (after.em or after.strong or after.code):
                out[i - 1:i + 2] = [Tok("text", joined + after.text)]
            else:
                out[i - 1:i + 1] = [Tok("text", joined + (" " if t.text[-1:].isspace() else ""))]
    return out


def linked_names(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """``*Amit Raj, [Cusuh Ham](https://cusuh.github.io/), Connelly Barnes, James Hays.*``
    (weihaox/awesome-neural-rendering, 25 of 124 author lines): an author linked to their page
    inside an italic author list is one of the authors; the list is read as one run of italics,
    and the page kept as a link."""
    if not any(t.kind == "link" and t.em for t in toks):
        return toks
    out: list[Tok] = []
    for i, t in enumerate(toks):
        before = toks[i - 1] if i else None
        after = toks[i + 1] if i + 1 < len(toks) else None
        listed = (before is not None and before.kind == "text" and before.em and before.text.rstrip().endswith(",")) \
            or (after is not None and after.kind == "text" and after.em and after.text.lstrip().startswith(","))
        if t.kind == "link" and t.em and listed and len(t.text.split()) >= 2 and people.looks_like_name(t.text):
            add_link(entry, t.text, t.href)
            t = Tok("text", t.text, em=True)
        if t.kind == "text" and t.em and not t.code and out and out[-1].kind == "text" and out[-1].em \
                and not out[-1].code:
            out[-1] = Tok("text", out[-1].text + t.text, em=True)
        else:
            out.append(t)
    return out


def first_author_before_bar(rest: str, opened: bool, after: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``**Self-critical sequence training for image captioning.**  Steven  J  Rennie. |reinforcement
    learning-based strategy| [[pdf]](..)`` (SjokerLily/awesome-image-captioning, 79 of 145 lines): one
    person's full name, then fields between bars; the name is the (first) author, the rest is read
    as before. The tokens left to read, or None."""
    bar = rest.find("|")
    head = rest[:bar].strip(" .,;") if bar > 0 else ""
    names = people.parse(head) if head and len(head) <= 60 else []
    if len(names) != 1 or len(names[0].split()) < 2 or not people.looks_like_name(head):
        return None
    entry.authors = [" ".join(names[0].split())]
    return [Tok("text", rest[bar:] + ("[" if opened else "")), *after]


def linked_author_line(toks: list[Tok], entry: ListEntry) -> bool:
    """``**[Author]** [Wenjing Wang](page), [Chen Wei](page), Jianhua Wu`` (lcybuzz/Low-Level-Vision-Paper-
    Record, 58 entries): a line of names, some linked to their pages, under the title, perhaps after an
    "Author" label. The names are the authors, in order, and each page is kept as a link."""
    k = 0
    while k < len(toks) and toks[k].kind == "text" and (not toks[k].text.strip() or (
            toks[k].strong and _AUTHOR_LABEL.fullmatch(toks[k].text.strip()))):
        k += 1
    rest = toks[k:]
    linked = [t for t in rest if t.kind == "link"]
    if not linked or not all(people.looks_like_name(t.text) and len(t.text.split()) >= 2 for t in linked) \
            or any(t.kind == "text" and (t.strong or t.code) for t in rest):
        return False
    names = people.parse("".join(t.text for t in rest).strip(" ,;."))
    if len(names) < len(linked) or len(names) < 2 and k == 0:
        return False
    entry.authors = names
    for t in linked:
        add_link(entry, t.text, t.href)
    return True


def names_with_one_bold(toks: list[Tok], entry: ListEntry) -> bool:
    """``**Haitao Yuan**, Sai Wang, Zhifeng Bao, Shangguang Wang. <br>`` under a title (yuanhaitao's publications,
    every one; a researcher's page bolds its owner's name): a line of people's names, one or two of them in bold,
    no link; all of them its authors. True when the line was so, and read."""
    if not any(t.strong for t in toks) or any(t.kind != "text" or t.em or t.code for t in toks):
        return False
    text = _SUPERSCRIPT.sub("", "".join(t.text for t in toks)).strip().rstrip(".")
    if "," not in text or ":" in text or "：" in text or not all(
            len(people.parse(_SUPERSCRIPT.sub("", t.text).strip(" ,."))) == 1 for t in toks if t.strong):
        return False  # (each bold run one person: not "**Targets:** Memory, Knowledge, Skills")
    names = names_only(text)
    if not names:
        return False
    entry.authors = names
    return True


def names_only(text: str, substantial: bool = False) -> list[str]:
    """The people *text* names, two or more and nothing else (and *substantial*: ``people.substantial``); else []."""
    names = people.parse(text)
    if len(names) < 2 or not people.only_people(names) or substantial and not people.substantial(names):
        return []
    return names


_SUPERSCRIPT = re.compile(r"<sup>[^<>]{0,10}</sup>|[#*†‡]+(?=[,.\s]|$)")
_AUTHOR_LABEL = re.compile(r"\[?authors?\]?\s*[:：]?", re.IGNORECASE)


_KEYED_LINE = re.compile(r"\s*((?:论文|代码|源码|项目)(?:链接|地址|主页)?|主页|单位|机构|作者|链接|paper|code|project|"
                         r"affiliations?|(?:paper )?authors?|author\(s\)|venue|conference|published in)\s*[:：｜|]\s*"
                         r"(.*?)\s*", re.IGNORECASE)
_KEY_LABELS = {"论": "paper", "代": "code", "源": "code", "项": "project", "主": "project", "链": "paper"}  # (by the
# key's first character: "论文链接", "源码链接", "项目主页"; "链接", "link", the paper's)
# What a keyed line says in place of its link, not yet there: "论文链接：待更新" (to be updated), "待定"
_NOT_YET = re.compile(r"待更新|待定|暂无|无|tbd|coming soon|to be (?:updated|released)", re.IGNORECASE)
TITLE_KEY = re.compile(r"\s*(?:paper\s+)?title\s*[:：]\s*", re.IGNORECASE)
_VENUE_KEY = re.compile(r"\s*(?:venue|published in|publication|conference|journal)\s*[:：]\s*", re.IGNORECASE)
_SUMMARY_KEY = re.compile(r"\s*(?:overview|summary|tl;?\s?dr)\s*[:：]\s*", re.IGNORECASE)
_AUTHORS_KEY = re.compile(r"\s*(?:paper\s+)?authors?(?:\(s\))?\s*[:：]\s*", re.IGNORECASE)
_KEYED_QUOTE_LINE = re.compile(r"[ \t]*(?:<[^<>]{1,40}>|\*\*|__)*[^\W\d][\w() ]{0,30}(?:\*\*|__)?\s*[:：]")


def keyed(text: str) -> bool:
    """Does *text* begin with a key and its colon (``Organization(s): ...``)?"""
    return _KEYED_QUOTE_LINE.match(text) is not None


def keyed_lines(text: str) -> list[str]:
    """*text*, a quote's paragraph, as its lines when two or more of them are keyed (``<font>**Author(s)**:</font>
    Names \\`` over ``**Organization(s)**: ...``, zhangyifei01/Unsupervised-Visual-Representation-Learning); else
    whole."""
    lines = text.split("\n") if "\n" in text else []
    if sum(bool(_KEYED_QUOTE_LINE.match(line)) for line in lines) < 2:
        return [text]
    return [line.rstrip().removesuffix("\\") for line in lines]


def keyed_paragraphs(entry: ListEntry, paragraphs: list[str]) -> list[str]:
    """``Paper Title: LLM4XCE: Large Language Models for Extremely Large-Scale Massive MIMO Channel Estimation``
    and ``Paper Authors: Renbin Li, Shuangshuang Li, Peihao Dong``, paragraphs of the item under ``- **[LLM4XCE](
    arXiv)** (Nov 2025):LLM for XL-MIMO channel estimation.`` (AI4Wireless/LAM4PHY_6G, 85 entries): the title in
    full, under the short name the entry leads with (a note now), and the authors. The paragraphs left, notes."""
    left, aside = [], []  # (aside: keyed lines that said nothing readable; notes, after the rest)
    for text in paragraphs:
        key = TITLE_KEY.match(text)
        said = text[key.end():].strip(" .") if key else ""
        if key and entry.title and len(entry.title.split()) <= 3 and len(said.split()) >= 3:
            entry.notes.append(entry.title)
            entry.title = said
            continue
        key = _AUTHORS_KEY.match(text)
        names = people.parse(text[key.end():].strip(" .")) if key and not entry.authors else []
        if names:
            entry.authors = names
            continue
        if key and _NO_NAMES.fullmatch(text[key.end():].strip(" .")):  # "- Authors: Various" (Shurui8860/DexPilot)
            aside.append(text)
            continue
        if not key and not entry.authors and (alone := SURNAME_ET_AL.fullmatch(text)):  # "Song et al.", a paragraph
            entry.authors = [alone.group(1)]  # of the item under "* [2024/10] **Title.** [[arXiv](..)]"
            continue  # (Haoyi-Zhang/Agent4SE_SLR, every entry): who wrote it, the first alone
        key = _SUMMARY_KEY.match(text)
        said = text[key.end():].strip() if key and not entry.keyed_summary else ""
        if said and fields.is_summary(said):  # "**Overview:** The first tool to detect and localize ..." under
            entry.keyed_summary = said  # "1.  👍 **Title (2019 ICSE)**", its links, "⭐⭐" and a remark
            continue  # (shiningrain/MyReadingList, every paper): the list says which is the paper's description
        key = _VENUE_KEY.match(text)
        said = text[key.end():].strip(" .") if key and not entry.venue else ""
        # "- Venue: RSS 2023, IJRR 2024": the first it was published at
        found = _first_venue(said) if said else None
        if found and found[1]:  # "- Venue: CoRL 2022" under a bold title (Shurui8860/DexPilot, 52 entries)
            if found[0]:
                offer_venue(entry, found[0], said)
            else:  # "- Venue: Major robotics conference 2024": its year only
                aside.append(text)
            entry.date_year = entry.date_year or found[1]
            entry.year = entry.year or found[1]  # (read after the entry was finished: ``reader.bullets``)
            continue
        left.append(text)
    return left + aside


SURNAME_ET_AL = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) et al\.?")
_NO_NAMES = re.compile(r"(?:various|unknown|anonymous|n/?a|tbd|none|-+)", re.IGNORECASE)
_VENUE_LIST_SEP = re.compile(r"\s*[,;/]\s*")
_YEAR_AT_END = re.compile(r"\b((?:19|20)\d\d)$")


def _first_venue(said: str) -> tuple[str | None, int | None] | None:
    """The venue and year a ``Venue:`` line names first (None, year: a year after words that name no venue)."""
    for part in (said, _VENUE_LIST_SEP.split(said, 1)[0]):  # (the whole, then its first, when it names several)
        found = venues.parse(part) or venue_words.in_words(part)
        if found and found[1]:
            return found
    year = _YEAR_AT_END.search(said)
    return (None, int(year.group(1))) if year else None


def keyed_line(toks: list[Tok], entry: ListEntry) -> bool:
    """A line of the entry that names what it gives: ``作者｜Xinshuo Weng, Yongxin Wang, ...``, ``论文｜https://
    arxiv.org/abs/1906.06618``, ``代码｜<repository>（PyTorch）``, ``单位 | 清华；旷视`` (extreme-assistant/Object-
    Tracking-Paper-Benchmark-Team, 180 lines): the authors, the link under the key's name, an affiliation as a
    note; True when the line was so."""
    if len(toks) > 1 and toks[0].kind == "text" and not toks[0].text.strip():
        toks = toks[1:]  # (the line's indent: "  <sub><b>Authors:</b> Names</sub><br>", under the title line)
    if len(toks) > 1 and toks[0].strong and toks[0].kind == "text" and toks[0].text.rstrip()[-1:] in (":", "：") \
            and len(toks[0].text) <= 12 and toks[1].kind == "text" and not toks[1].strong:
        toks = [Tok("text", toks[0].text + toks[1].text), *toks[2:]]  # "<b>Authors:</b> Li Chen, ..." (cocacola-lab/
        # awesome-embodied-rsi, every paper): the key and its colon in bold
    if len(toks) > 1 and toks[0].strong and toks[0].kind == "text" and toks[1].kind == "text" and not toks[
            1].strong and toks[1].text.lstrip()[:1] in (":", "：") and len(toks[0].text) <= 12:
        toks = [Tok("text", toks[0].text + toks[1].text), *toks[2:]]  # "**作者**：Xiaomin Zhou,  Tao Jiang<br>" (a
        # survey-computer-vision digest): the key in bold, its colon after it
    m = _KEYED_LINE.fullmatch(toks[0].text) if toks and toks[0].kind == "text" and not toks[0].strong else None
    if m is None:
        return False
    key = m.group(1).lower().removeprefix("paper ")
    # (the value in code: "Paper Authors: `Renbin Li, Shuangshuang Li, Peihao Dong`", AI4Wireless/LAM4PHY_6G)
    said = m.group(2) if len(toks) == 1 else m.group(2) + "".join(t.text for t in toks[1:]) if all(
        t.kind == "text" and not t.strong for t in toks) else None
    if key in ("作者", "author", "authors", "author(s)"):
        names = people.parse(said.strip(" .,;`")) if said is not None and not entry.authors else []
        entry.authors = names or entry.authors
        return bool(names)
    if key in ("venue", "conference", "published in"):  # "Venue: CVPR2023" under the title and the italic names
        found = venues.parse(said.strip(" .,;")) if said is not None and not entry.venue else None  # (mrpositron/
        if found and found[1]:  # motion-generation-papers, every paper)
            entry.venue, entry.venue_written = found[0], said.strip()
            entry.date_year = entry.date_year or found[1]
        return bool(found and found[1])
    rest = " ".join("".join(t.text for t in toks[2:] if t.kind == "text").split())
    if key in ("单位", "机构") or key.startswith("affiliation"):
        if len(toks) > 1 or not m.group(2):
            return False
        entry.notes.append(" ".join(toks[0].text.split()))
        return True
    if len(toks) == 1 and m.group(2) and _NOT_YET.fullmatch(m.group(2)) and key[:1] in _KEY_LABELS:
        entry.notes.append(" ".join(toks[0].text.split()))  # "论文链接：待更新" (extreme-assistant/CVPR2024-Paper-
        return True  # Code-Interpretation): no link yet, kept as the note it is, not the paper's description
    if m.group(2) or len(toks) < 2 or toks[1].kind != "link" or any(t.kind == "link" for t in toks[2:]):
        return False
    add_link(entry, _KEY_LABELS.get(key[:1], key), toks[1].href)
    if rest.strip("（）() "):
        entry.notes.append(rest)  # "（PyTorch）"
    return True


# "[Title](..) **RETURN**: Ning et al. | arXiv:2504.02458 | 2025", "[Title](..) Peng et al. | ACM TOIS | 2025"
# (WANGBohaO-jpg/Awesome-Trustworthy-LLM4Rec-Papers, every paper): a method's name, who, where and when
_CITED_BARS = re.compile(r"(?:(?P<name>[A-Za-z][\w+.-]{0,30})\s*[:：]\s*)?(?P<who>[^|:：]{2,60}?\bet\.? al\.?)\s*\|"
                         r"\s*(?P<where>[^|]{2,60}?)\s*\|\s*(?P<year>(?:19|20)\d\d)\.?")


def name_before_bars(toks: list[Tok]) -> list[Tok]:
    """*toks* with a bold name before bars that cite the paper (``**RETURN**: Ning et al. | arXiv:ID | 2025``) made
    plain text, for ``_CITED_BARS`` to read whole (the bold name had begun the description)."""
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if t.strong and t.kind == "text" and nxt.kind == "text" and not nxt.strong and nxt.text.lstrip()[:1] in (
                ":", "：") and _CITED_BARS.fullmatch((t.text + nxt.text).strip()):
            return [*toks[:i], Tok("text", t.text + nxt.text), *toks[i + 2:]]
    return toks


def cited_bars(text: str, entry: ListEntry) -> bool:
    """Read who, where and when between bars (``_CITED_BARS``) into *entry*; True when *text* said them."""
    m = _CITED_BARS.fullmatch(text)
    if m is None:
        return False
    names = people.parse(m.group("who"))
    if not names:
        return False
    year, where = int(m.group("year")), m.group("where")
    posted = venues.arxiv_in_text(where) if ":" in where else None
    if posted and posted[1] == 0:
        entry.arxiv = entry.arxiv or re.sub(r"v\d+$", "", posted[0])
        where = "arXiv"
    found = venues.parse(f"{where} {year}")
    offer_venue(entry, found[0] if found else venues.with_year(where, year), m.group("where"))
    entry.authors, entry.date_year = names, entry.date_year or year
    if m.group("name"):
        entry.notes.append(m.group("name"))
    return True


_WHERE_AND_YEAR = re.compile(r"([A-Za-z][\w&.'/ -]{1,60}?),? ((?:19|20)\d\d)")


def names_then_where(text: str, entry: ListEntry) -> bool:
    """``by Wei Du and Shifei Ding. Artifcial Intelligence Review 2021.``, ``by ... De Schutter. Springer 2010.``
    (instadeepai/awesome-marl, its 63 citations): who wrote it, a full stop, where and when, the venue as written
    whether the reader knows it or not. True when *text* (after "by") was so, and read into *entry*."""
    head, stop, rest = text.partition(". ")
    where = _WHERE_AND_YEAR.fullmatch(rest.strip().rstrip(".")) if stop else None
    names = people.parse(head) if where and len(where.group(1).split()) <= 8 else []
    if not names or not people.substantial(names):
        return False
    found = venues.parse(where.group(0)) or venue_words.in_words(where.group(0))  # type: ignore[union-attr]
    entry.authors = names
    offer_venue(entry, found[0] if found else f"{where.group(1)} {where.group(2)}", rest.strip())  # type: ignore
    entry.date_year = entry.date_year or int(where.group(2))  # type: ignore[union-attr]
    return True


def cited_bullet(entry: ListEntry, sublists: list[blocks.Block], refs: dict[str, str]) -> bool:
    """The one bullet under an item's title that says who wrote it and where, ``- Ilya Sutskever (Google) et al,
    In NeurIPS 2014. [[pdf]](arXiv)`` (tab-indented) under ``- **[Seq2Seq] Sequence to Sequence Learning with
    Neural Networks**``
    (wyu97/KENLG-Reading, every one of its 72 papers; before, each was read as a paper titled with its authors):
    the first author, where they work (a note), the venue and the bullet's links, taken into *entry*. False, *entry*
    untouched, when the item has no such bullet alone under it."""
    if len(sublists) != 1 or sublists[0].kind != "list" or len(sublists[0].children) != 1:
        return False
    item = sublists[0].children[0]
    if len(item.children) != 1 or item.children[0].kind != "paragraph":
        return False
    pieces = inline.scan(item.children[0].text, refs)
    first = pieces[0].text if pieces and pieces[0].kind == inline.TEXT else ""
    m = _BYLINE_WHERE.match(first)
    names = people.parse(m.group("who")) if m else []
    found = venues.parse(m.group("venue")) if m else None
    if not names or not found or not found[1]:
        return False
    entry.authors = entry.authors or names
    if m.group("at"):  # type: ignore[union-attr]
        entry.notes.append(m.group("at"))  # type: ignore[union-attr]
    offer_venue(entry, found[0], m.group("venue"))  # type: ignore[union-attr]
    entry.date_year = entry.date_year or found[1]
    for p in pieces:
        if p.kind == inline.LINK and p.href.strip():
            add_link(entry, p.text.strip("[]\\ "), p.href)
    return True


# "Ilya Sutskever (Google) et al, In NeurIPS 2014. [", "Chien-Sheng Wu (Hong Kong University of ...) et al, In ICLR
# 2019. [": the first author, where they work, "et al", where the paper appeared
_BYLINE_WHERE = re.compile(r"\s*(?P<who>[A-Z][\w'’-]*(?:[ .-]+[A-Z][\w'’-]*){1,3})\s*(?:\((?P<at>[^()\[\]]{1,100})\))?"
                           r"\s*et\.?\s*al\.?,?\s*(?:[Ii]n\s+)?(?P<venue>[^\[\]]{2,60}?)\s*\.?\s*\\?\[?\s*$")


_YEAR_OPENS = re.compile(r"(?:19|20)\d\d\s*\($")


def affiliation_after_year(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """``"Title", CVPR, 2020 (*CUHK + Intel*). [[Paper](..)]`` (cmhungsteve/Awesome-Transformer-Attention, 53 of the
    57 papers of its first page): where its authors work, in italics in brackets after the year, a note; the tokens
    without it."""
    for i in range(len(toks) - 2):
        t, inner, after = toks[i], toks[i + 1], toks[i + 2]
        if t.kind == "text" and inner.kind == "text" and inner.em and not inner.strong and after.kind == "text" \
                and after.text.lstrip().startswith(")") and _YEAR_OPENS.search(t.text.rstrip()):
            entry.notes.append(inner.text.strip())
            merged = Tok("text", t.text.rstrip()[:-1].rstrip() + after.text.lstrip()[1:], "", t.strong, t.em, t.code)
            return [*toks[:i], merged, *toks[i + 3:]]
    return toks


# Family names alone, then the year: "Bengio 2003. Seminal paper on word vectors.", "Pennington, Socher, Manning.
# 2014. Creates word vectors ...", "Bojanowski, Grave, Joulin, Mikolov 2016" (andrewt3000/DL4NLP, the line under
# each title link)
_SURNAME = r"[A-Z][a-zà-ÿ'’-]+(?:-[A-Z][a-zà-ÿ'’-]+)?"
_SURNAMES_YEAR = re.compile(rf"({_SURNAME}(?:(?:,\s*|,?\s+and\s+|\s*&\s*){_SURNAME}){{0,9}})\.?,?\s+((?:19|20)\d\d)"
                            r"(?:\.\s+|\.?\s*$)")


_SAID = re.compile(r"[A-Z][a-z]+\s+\w+")  # a sentence begun: "Seminal paper on word vectors."


def surnames_then_year(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """A line under the title that starts with who wrote the paper, by family names alone, and when: the authors
    and the year read, the tokens left to read (what the list says of the paper); None when it does not."""
    first = toks[0] if toks and toks[0].kind == "text" and not (toks[0].em or toks[0].strong or toks[0].code) \
        else None
    m = _SURNAMES_YEAR.match(first.text.lstrip()) if first is not None else None
    if m is None:
        return None
    names = re.split(r",\s*|,?\s+and\s+|\s*&\s*", m.group(1))
    rest = first.text.lstrip()[m.end():]
    joined = re.split(r"\s+and\s+|\s*&\s*", m.group(1))
    if len(names) == 1 and not _SAID.match(rest) or len(names) > 1 and "," not in m.group(1) or any(
            "," in part for part in joined[1:]):
        return None  # (one word and a year, then nothing said: "Bioinformatics 2024. [[Paper](..)]", a journal as
        # likely; nor "Probability and Statistics 2012"; nor "Li, Chenfeng and Hu, Dezhong": family, given, in pairs)
    if any(venues.name_known(n) or re.fullmatch(venues.MONTH, n, re.IGNORECASE) for n in names) or \
            people.not_a_list(m.group(1)):
        return None  # ("Nature 2015.", "March 2016": where or when, not who)
    entry.authors = names
    entry.date_year = entry.date_year or int(m.group(2))
    return [Tok("text", rest), *toks[1:]] if rest.strip() or len(toks) > 1 else []


def coded_line(toks: list[Tok], entry: ListEntry) -> bool:
    """A line under the title that is one code span: ```` ```Antii Rasmus, Tapani Raiko, Harri Valpola, ICLR
    2015``` ```` (who wrote it, where and when) or ```` ```10/06/2016, CV, DL, ladder-networks``` ```` (the day the
    owner read it and its topics, a note) (kumarkrishna/paper-spray, all 69 papers). True when read so."""
    shown = [t for t in toks if t.kind != "text" or t.text.strip()]
    if len(shown) != 1 or not shown[0].code or shown[0].kind != "text":
        return False
    said = " ".join(shown[0].text.split())
    if _DATED_TAGS.fullmatch(said):
        entry.notes.append(said)
        return True
    tail = fields.citation_tail(said) if not entry.authors and ", " in said else None
    if tail is None or not (tail.explained and tail.authors and (tail.venue or tail.year)):
        return False
    entry.authors = tail.authors
    if tail.venue and not entry.venue:
        offer_venue(entry, tail.venue, said)
    entry.date_year = entry.date_year or tail.year
    return True


_DATED_TAGS = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d(?:,\s*[\w.+-]+(?: [\w.+-]+)?)+")
