"""What a list writes into a title's own text that is not the title: coloured tag boxes typeset in TeX before
it (``$\\colorbox{palegreen}{{\\color{dimgray}{Svos}}}$ Title``), a file's name that says the year, the venue
and the title (``2019-SIGMOD-FITing-Tree_Data-aware-Index``), or its year, maker, venue and short name before it
(``2020 (Alibaba) (ICML) [OTM] Learning Optimal Tree Models under Beam Search``)."""

from __future__ import annotations

import dataclasses
import re

from . import fields, links, people, venues
from .link_names import add_link
from .model import ListEntry, Tok, offer_venue


def slug_title(text: str, entry: ListEntry) -> str:
    """``2019-SIGMOD-FITing-Tree_Data-aware-Index`` (YXWei/Awesome-learned-index, the names of its PDFs): a
    file's name that says the year, the venue and the title, its words joined by underscores; the title,
    the venue and year given to *entry*. Other text as it is."""
    m = _SLUG.fullmatch(text.strip())
    if m is None:
        return text
    year = int(m.group(1))
    found = venues.parse(f"{m.group(2)} {year}")
    offer_venue(entry, found[0] if found else f"{m.group(2)} {year}", text.strip())
    entry.date_year = entry.date_year or year
    return " ".join(m.group(3).replace("_", " ").split())


_SLUG = re.compile(r"((?:19|20)\d\d)-([A-Za-z][A-Za-z0-9&]{1,15})-([^\s_]+(?:_+[^\s_]+)+)")


def dated_groups(text: str, entry: ListEntry) -> str:
    """``2020 (Alibaba) (ICML) [OTM] Learning Optimal Tree Models under Beam Search``, ``2014 (KDD) [DeepWalk]
    DeepWalk - online learning of social representations`` (guyulongcs/Awesome-Deep-Learning-Papers-for-Search-
    Recommendation-Advertising, every link's text, its PDF's name): the year, who made it and where it appeared,
    each in brackets, and the method's short name, before the title. The venue (with that year) and the year
    given to *entry*, the maker and the name kept as notes; the title without them. Other text as it is."""
    m = _DATED_GROUPS.match(text)
    if m is None or len(m.group("title").split()) < 2:
        return text
    year = int(m.group("year"))
    if year > venues.NEXT_YEAR:
        return text
    groups = [g.strip() for g in _GROUP.findall(m.group("groups"))]
    placed = [(g, found) for g in groups if (found := venues.parse(f"{g} {year}")) and found[1] == year]
    if len(placed) > 1:  # ("(JD) (WSDM)": a maker's name in capitals reads as a venue's; the one known is)
        placed = [(g, found) for g, found in placed if venues.is_known_name(g)]
        if len(placed) != 1:
            return text
    if placed:
        offer_venue(entry, placed[0][1][0], f"({placed[0][0]}) {year}")
    entry.date_year = entry.date_year or year
    entry.notes += [g for g in groups if not placed or g != placed[0][0]]
    if m.group("name"):
        entry.notes.append(m.group("name").strip())
    return m.group("title").strip()


_DATED_GROUPS = re.compile(r"(?P<year>(?:19|20)\d\d)\s*(?P<groups>(?:\(\s*[^()\s][^()]{0,30}\)\s*){1,3})\**\s*"
                           r"(?:\[(?P<name>[^\[\]]{1,40})\]\s*)?(?P<title>[^\s(\[].*)")
_GROUP = re.compile(r"\(([^()]*)\)")


_MATH_TAG = re.compile(  # "$\\colorbox{palegreen}{{\\color{dimgray}{Svos}}}$ " (not "$\\infty$Bench")
    r"\s*\$([^$]*\\(?:colorbox|fbox|fcolorbox|boxed|textsf|textbf|text|color)\b[^$]*)\$(?=\s)")
_TEX_COMMAND = re.compile(r"\\(?:color|colorbox)\{[A-Za-z]+\}|\\[A-Za-z]+|[{}]")  # (a colour's name is no tag)


def math_tags(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    r"""``$\colorbox{palegreen}{{\color{dimgray}{Svos}}}$ Two-shot Video Object Segmentation [[paper](..)]``
    (gaomingqi/VOS-Review, every paper so): coloured boxes typeset in TeX before the title, tags of the
    paper's task; their words kept as notes, the boxes out of the title."""
    if not toks or toks[0].kind != "text" or toks[0].code:
        return toks
    head, end, tags = toks[0].text, 0, []
    while (m := _MATH_TAG.match(head, end)) is not None:
        tags.append(" ".join(_TEX_COMMAND.sub(" ", m.group(1)).split()))
        end = m.end()
    if not end or not head[end:].strip():
        return toks
    entry.notes += [tag for tag in tags if tag]
    return [Tok("text", head[end:].lstrip(), strong=toks[0].strong, em=toks[0].em), *toks[1:]]


def name_and_key(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``MobTCast (`xue2021mobtcast`) MobTCast: Leveraging auxiliary trajectory forecasting ... NeurIPS, 2021.``,
    ``Yang et al. (`yang2024applying`) Applying masked language model ...`` (urban-mobility-generation/Language-
    Modeling-for-Urban-Mobility, every paper): the list's name for the paper and its BibTeX key in code, before
    the title; both kept as notes (the name unless the title begins with it; "Yang et al.", the authors). The
    tokens from the title, or
    None when the entry does not begin so."""
    if len(toks) < 3 or not toks[1].code or toks[2].kind != "text" or toks[0].code or toks[0].strong:
        return None
    named, key, after = _NAME_OPEN.fullmatch(toks[0].text), toks[1].text.strip(), toks[2].text
    if named is None or not _BIBTEX_KEY.fullmatch(key) or not after.startswith(")") or len(after[1:].split()) < 2:
        return None
    rest = after[1:].lstrip()
    name = named.group(1)
    cited = people.parse(name) if not entry.authors and _ET_AL.search(name) else []
    if cited:  # "Yang et al.": who wrote it, as authors are cited
        entry.authors = cited
    entry.notes += ([] if cited or rest.casefold().startswith(name.casefold()) else [name]) + [key]
    return [Tok("text", rest), *toks[3:]]


_ET_AL = re.compile(r"\bet\.? al\.?$")
_NAME_OPEN = re.compile(r"\s*([^\s()`][^()`]{0,40}?)\s*\(\s*")
_BIBTEX_KEY = re.compile(r"[a-z][a-z-]*\d{4}[a-z0-9_:-]*")  # "xue2021mobtcast", "mobilitygpt2024"


def posted_first(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``([Arxiv 2008](https://arxiv.org/abs/2008.13719)) **RESA:** Recurrent Feature-Shift Aggregator for Lane
    Detection. [Tu Zheng](dblp) et al. [AAAI 2021](..)`` (Rsweater/Awesome-Lane-Detection, every paper): the
    preprint linked first, in brackets, its label the month it was posted; its link is the paper's, and arXiv
    its venue until the entry names where it appeared. The tokens after it, or None when the entry is not so."""
    if len(toks) < 3 or toks[0].kind != "text" or toks[0].text.strip() != "(" or toks[1].kind != "link" or \
            toks[2].kind != "text" or not toks[2].text.startswith(")") or not _POSTED.fullmatch(toks[1].text.strip()):
        return None
    target = links.classify(toks[1].href)
    if target.kind != links.ARXIV or not target.arxiv:
        return None
    add_link(entry, "arXiv", toks[1].href)
    entry.venue, entry.venue_written = "arXiv", f"[{toks[1].text.strip()}]"  # (a venue the entry names replaces it)
    entry.date_year = entry.date_year or 2000 + int(target.arxiv[:2])  # (the ID's year: "Arxiv 1817" is mistyped)
    return [Tok("text", toks[2].text[1:]), *toks[3:]]


_POSTED = re.compile(r"(?i:arxiv)\s?\d{4}")


def dated_first(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``**2026-09-09** — Ryan Lum, Yongfeng Zhang — [Title](arXiv)`` (NY1024/AgentSafety-Papers, a list a bot
    writes, every paper): the day it was posted in bold, who wrote it, then the title linked. The date is never
    the title. The tokens from the title's link, or None when the entry does not begin so."""
    if len(toks) < 3 or not toks[0].strong or toks[0].code or toks[1].kind != "text" or toks[1].strong or \
            toks[2].kind != "link" or toks[2].strong or len(toks[2].text.split()) < 2:
        return None
    year = venues.year_of_date(toks[0].text.strip(" []()"))
    between = _DASHED_NAMES.fullmatch(toks[1].text)
    if year is None or between is None or not venues.DATE.match(toks[0].text.strip(" []()")):
        return None
    names = people.parse(between.group(1)) if between.group(1) else []
    if between.group(1) and not (names and people.only_people(names)):
        return None
    entry.date_year = entry.date_year or year
    entry.authors = entry.authors or names
    return toks[2:]


_DASHED_NAMES = re.compile(r"\s*[—–-]\s*(?:([^\[\]()—–]{2,600}?)\s*[—–-]\s*)?")


_ANGLED = re.compile(r"\s*《([^《》]{8,400})》\s*")


def angled(text: str) -> tuple[str, str] | None:
    """``《Efficient Neural Audio Synthesis》ICML2018`` (a Chinese reading list on speech synthesis, every paper so):
    a title in book-title marks at the start, and what follows it; None when *text* does not begin so."""
    m = _ANGLED.match(text)
    return (" ".join(m.group(1).split()), text[m.end():]) if m else None


_YEAR_DOT = re.compile(r"\s*((?:19|20)\d\d)\.\s*")  # "- 2021.[Chen H, Qi Z, Shi Z. Remote Sensing ...](github)"


def dotted_year(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """``- 2021.[Chen H, Qi Z, Shi Z. Remote Sensing Image Change Detection with Transformers](github)``
    (wenhwu/awesome-remote-sensing-change-detection, 69 lines): the year and a full stop right before the
    title link, the year the list files the paper under (not a list's numbering, "2021.")."""
    dated = _DATE_BEFORE_LINK.fullmatch(toks[0].text) if len(toks) > 1 and toks[0].kind == "text" and toks[
        1].kind == "link" and len(toks[1].text.split()) >= 2 and not links.label_word(toks[1].text) else None
    year = int(dated.group(1)) if dated and dated.group(1) else 2000 + int(dated.group(2)) if dated else None
    if dated and year <= venues.NEXT_YEAR:  # "- 2024.11 [Title](arXiv) 苹果提出..." (PromptExpert/blogs' MLLM papers,
        entry.date_year = entry.date_year or year  # 57 of 64 lines), "* 25.03 [VisRL: ...](arXiv)" (lwpyh/Awesome-
        return toks[1:]  # MLLM-Reasoning-Collection): when it came out
    if len(toks) > 1 and toks[0].kind == "text" and toks[1].kind == "link" and _YEAR_DOT.fullmatch(toks[0].text):
        entry.date_year = entry.date_year or int(toks[0].text.strip()[:4])
        return toks[1:]
    return toks


_DATE_BEFORE_LINK = re.compile(r"\s*(?:((?:19|20)\d\d)[./-](?:0?[1-9]|1[0-2])(?:[./-](?:0?[1-9]|[12]\d|3[01]))?"
                               r"|(1[5-9]|2\d)[./-](?:0[1-9]|1[0-2]))\s*[:：]?\s*")


def bold_name_in_brackets(toks: list[Tok]) -> list[Tok]:
    """``- [**iFCN**, CVPR2016] Deep Interactive Object Selection. [[Paper](..)]`` (Shaosifan/Interactive-
    Segmentation-Papers, 8 of its 12 papers): a method's name in bold inside the bracket before the title, which
    says where it appeared; read as the bracket is without the bold (``[iFCN, CVPR2016] Title``)."""
    if len(toks) < 3 or toks[0].strong or toks[0].kind != "text" or not toks[0].text.rstrip().endswith("[") or \
            not toks[1].strong or toks[1].kind != "text" or len(toks[1].text.split()) > 3 or toks[2].kind != "text" \
            or toks[2].strong or not _THEN_WHERE.match(toks[2].text):
        return toks
    return [Tok("text", toks[0].text + toks[1].text + toks[2].text, em=toks[0].em), *toks[3:]]


def bold_name_in_italic_title(toks: list[Tok]) -> list[Tok]:
    """``***FastCorrect**: Fast Error Correction with Edit Alignment for ...*, Yichong Leng, ..., **NeurIPS 2021**.``
    (microsoft/NeuralSpeech's references, 7 of its 10): the method's name in bold within the title in italics, its
    colon after the bold; read as the italic title it is (``*FastCorrect: Fast Error Correction ...*``)."""
    k = 1 if toks and not toks[0].strong and toks[0].kind == "text" and _NUMBER_FIRST.fullmatch(toks[0].text) else 0
    if len(toks) < k + 2:
        return toks
    name, said = toks[k], toks[k + 1]  # (after its number: "[1] ")
    if not (name.strong and name.em and name.kind == "text") or len(name.text.split()) > 4 or not (
            said.em and not said.strong and said.kind == "text") or said.text[:1] not in (":", "：") or len(
            said.text.split()) < 3:
        return toks
    return [*toks[:k], Tok("text", name.text + said.text, em=True), *toks[k + 2:]]


_NUMBER_FIRST = re.compile(r"\s*(?:\[\d{1,4}\]|\d{1,4}[.)])?\s*")


def name_year_then_italic_title(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``- **PointNet** (2017): *PointNet: Deep Learning on Point Sets for ...* ([link](arXiv))``, ``- **2020**:
    *Point Cloud Processing for 3D Perception: A Survey* - Comprehensive survey ...`` (pulinduvidmal/-Awesome-Point-
    Cloud-): a method's name (a note) or the year in bold, its year in brackets perhaps, a colon, then the title in
    italics. The tokens from the title on (else None)."""
    head = toks[0].text.strip()
    m = _YEAR_COLON.fullmatch(toks[1].text) if toks[1].kind == "text" and not toks[1].strong else None
    if m is None or not (toks[2].em and not toks[2].strong and toks[2].kind == "text") or len(
            toks[2].text.split()) < 3 or toks[0].kind != "text" or not 0 < len(head.split()) <= 3:
        return None
    year = int(head) if venues.FOUR_DIGIT_YEAR.fullmatch(head) else int(m.group(1)) if m.group(1) else None
    if year is None and not m.group(1):
        return None  # ("**Name**: *Title*" with no year: read as it was)
    if not venues.FOUR_DIGIT_YEAR.fullmatch(head):
        entry.notes.append(head)
    entry.date_year = entry.date_year or year
    return toks[2:]


_YEAR_COLON = re.compile(r"\s*(?:\(((?:19|20)\d\d)\))?\s*[:：]\s*")


def name_colon_citation(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``- **Stable Audio**: Evans, Zach, C. J. Carr, ..., and Jordi Pons. ["Fast Timing-Conditioned Latent Audio
    Diffusion."](arXiv), 2024.`` (electricshadok/wiskers, every paper): the method's name in bold, a colon, then
    the paper cited, its quoted title linked. The name a note; the citation's tokens (else None)."""
    name = toks[0].text.strip()
    quoted = next((t for t in toks[2:] if t.kind == "link"), None)
    if toks[0].kind != "text" or len(name.split()) > 3 or quoted is None or not _QUOTED_TITLE.fullmatch(
            quoted.text.strip()) or len(quoted.text.split()) < 3 or not toks[1].text.lstrip()[1:].strip():
        return None
    entry.notes.append(name)
    return [Tok("text", toks[1].text.lstrip()[1:].lstrip()), *toks[2:]]


def bold_name_then_bold_title(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """``1. **JE**: **"A Joint Embedding Method for Entity Alignment of Knowledge Bases".**`` (THU-KEG/Entity_
    Alignment_Papers, 32 of its 34 papers; ``1. : **"Title".**`` where the name is left out): the method's name in
    bold, a colon, then the title in bold (its quotes the title's marks); the name a note. The tokens from the
    title on (*toks* where the line is not so)."""
    k = 1 if toks and toks[0].strong and toks[0].kind == "text" and len(toks[0].text.split()) <= 3 else 0
    if len(toks) < k + 2 or toks[k].kind != "text" or toks[k].strong or toks[k].text.strip() not in (":", "：") or \
            not (toks[k + 1].strong and toks[k + 1].kind == "text") or len(toks[k + 1].text.split()) < 3 or any(
                t.kind == "text" and any(c.isalpha() for c in t.text) for t in toks[k + 2:]):
        return toks  # (the bold title ends its line: not "**2️⃣ Historical Perspective**: **Traces the complete
        # evolution** from early GANs ...", sjtuplayer/Awesome-Video-Foundations, a bold phrase in a sentence)
    if k:
        entry.notes.append(toks[0].text.strip())
    title = _QUOTED_TITLE.fullmatch(toks[k + 1].text.strip())
    return [dataclasses.replace(toks[k + 1], text=title.group(1)) if title else toks[k + 1], *toks[k + 2:]]


_QUOTED_TITLE = re.compile(r"[\"“](.{4,400}?)[\"”][.,]?")  # '"Title".'
_THEN_WHERE = re.compile(r"\s*,\s*[^\[\]]{2,40}\]\s*\S")


# A whole title in brackets (three words or more, no bracket inside), alone or before a space
_BRACKETED_TITLE = re.compile(r"\[(\s*[^\[\]\s]+(?:\s+[^\[\]\s]+){2,}\s*)\]"
                              r"(?=[\s,]|$)")  # "[Manipulation]", "[Whole-Body Control]"
_VENUE_INSIDE = re.compile(r"(.{6,}?),\s*([^,]{2,30})")  # "Title, WACV2019": the title, then where and when


def cjk_note(inner: str, title: str, bracket: str = "（") -> bool:
    """Is *inner*, in brackets after *title*, a note in Chinese on a title in Latin letters? ``Point-to-Pose Voting
    based Hand Pose Estimation ...（手势姿态估计）`` (extreme-assistant/CVPR2024-Paper-Code-Interpretation, most of its
    600 papers), ``Visual Prompt Tuning (视觉提示调整)`` (its ECCV2022 list, 60 of 88): what the paper is about, or
    the title translated, in the list's language; not the title's. In ASCII brackets only the title translated,
    one phrase: not ``(CUHK，减轻模型幻觉，...)``, the list's description of it in clauses (yujie-ren/LLM-
    Hallucination-Papers), nor ``(AAAI2020 东南大学陈永锐)``, where and who (cdhx/KBQA-paper)."""
    if bracket == "(" and (_CLAUSES.search(inner) or not inner.strip() or venues.parse(inner.split()[0]) is not None):
        return False
    return len(inner) <= 60 and fields.has_cjk(inner) and len(fields.LATIN_WORD.findall(title)) >= 3 and not \
        fields.has_cjk(title)


_CLAUSES = re.compile(r"[，。；、,;]")


def _not_a_title(rest: str) -> bool:
    """Is *rest*, what follows words in brackets, not the title they would tag (``[Mixture of Experts] MoE-Mamba:
    Efficient ...``)? Nothing, a venue or a date, or a separator before more (``- P. Bedi``, ``, 2019``)."""
    return not rest or rest[:1] in "-–—,:;.(|" or venues.parse(rest.rstrip(". ")) is not None or \
        venues.year_of_date(rest.rstrip(". ")) is not None


def bracketed_title(text: str) -> tuple[str, str] | None:
    """``[Learning Conditioned Graph Structures for Interpretable Visual Question Answering] NeuIPS2018``
    (ExeCuteRunrunrun/Multi-Modal-Dialogue-System-Paperlist, 164 lines): a title in the brackets of a link yet to be
    given, alone or before where and when. (The title, the rest of *text*), or None."""
    m = _BRACKETED_TITLE.match(text)
    if m is None or not _not_a_title(text[m.end():].strip()):
        return None
    placed = _VENUE_INSIDE.fullmatch(m.group(1).strip()) if "," in m.group(1) else None
    found = venues.parse(placed.group(2)) if placed else None
    if placed and found and found[1] and len(placed.group(1).split()) >= 3:  # "- [3D Human Pose Estimation with
        return placed.group(1).strip(), f", {placed.group(2)}{text[m.end():]}"  # 2D Marginal Heatmaps, WACV2019],
        # [[code](..)]" (yxxxqqq/Human-Pose): where and when inside the brackets too, after a comma
    return m.group(1).strip(), text[m.end():]


def numbered_link_first(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """``* [[20]](pdf)  Mean Teacher Convolution System for DCASE 2018 Task 4`` (ecanoc/SelectiveHearing, a paper's
    references): the reference's number linking the paper, then its title in plain text: the title's line from
    the title on, the paper's link kept."""
    if len(toks) < 2 or toks[0].kind != "link" or not _REFERENCE_NUMBER.fullmatch(toks[0].text) or toks[1].kind != \
            "text" or len(toks[1].text.split()) < 4 or any(t.kind == "link" for t in toks[2:3]):
        return toks
    add_link(entry, "paper", toks[0].href)
    entry.notes.append(toks[0].text.strip("[] "))
    return [Tok("text", toks[1].text.lstrip(), strong=toks[1].strong, em=toks[1].em), *toks[2:]]


_REFERENCE_NUMBER = re.compile(r"\s*\[\d{1,3}\]\s*")


def tag_before_linked_venue(line: list[Tok], entry: ListEntry) -> list[Tok]:
    """``[__`V`__][[CVPR](arXiv)] Title.`` (jai1215snu/QuantizationModels, every paper): the list's mark in brackets
    (a note), then where the paper appeared, linking it, in brackets of its own: the line from those on."""
    first = line[0] if line and line[0].kind == "text" else None
    if first is None or len(line) < 3 or line[1].kind == "text" and line[2].kind != "link" or not venues.parse(
            (line[2] if line[1].kind == "text" else line[1]).text.strip()):
        return line  # (not "[arXiv'21.06] [[**AttnFlow**](arXiv)] Title": where and when, then the method's name)
    if first.code and first.text[:1] == "[" and first.text[-1:] == "]" and len(first.text) <= 14 and \
            line[1].kind == "text" and line[1].text.strip() == "[" and line[2].kind == "link":
        entry.notes.append(first.text[1:-1].strip())
        return line[1:]
    tagged = _TAG_THEN_OPEN.fullmatch(first.text) if first.text[-1:] == "[" and line[1].kind == "link" else None
    if tagged and not venues.parse(tagged.group(1)) and venues.year_of_date(tagged.group(1)) is None:
        entry.notes.append(tagged.group(1).strip())
        return [Tok("text", "["), *line[1:]]
    return line


_TAG_THEN_OPEN = re.compile(r"\s*\[([^\[\]]{1,12})\]\s*\[\s*")
