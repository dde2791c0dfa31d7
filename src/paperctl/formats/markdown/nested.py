"""Entries whose details are nested bullets of ``key: value`` (the sixth shape).

Study-note lists (km1994/nlp_paper_study, mostly Chinese) write a note's name
as the item and the paper in nested bullets::

    - [【关于 MacBERT】 那些你不知道的事](https://github.com/km1994/...)
      - 论文名称：Revisiting Pre-trained Models for Chinese Natural Language Processing
      - 会议：EMNLP 2020
      - 论文地址：https://arxiv.org/abs/2004.13922
      - 论文源码地址：https://github.com/ymcui/MacBERT
      - 动机：...

The keys name the fields (title, venue, paper link, code, authors, year); the
other bullets are the note's content and become the paper's notes, and the
item's own link (the study note) is kept as the link ``notes``. Without a title
key the title is the first bullet that is not a field, when a paper link
stands beside it (``- OpenPrompt： An Open-source Framework for Prompt-learning``),
else the bracketed name of the note when it reads as a title
(``【关于 Perturbed Masking: Parameter-free Probing for ... BERT】``). Code is a
code key's link, else the first repository under another key (``pytorch 版本：``),
never the list's own project link (``项目地址：``) when another is given.
"""

from __future__ import annotations

import re

from . import blocks, fields, inline, links, people, venues
from .after_title import venue_after_comma
from .before_title import venue_colon
from .entries import read
from .field_keys import SUMMARY_KEYS, key_of
from .finishing import WHO_ET_AL_END, finish
from .item_words import texts
from .model import Context, ListEntry, arxiv_written_out
from .quoted import names_then_quote
from .title_marks import angled

_NOTE_NAME = re.compile(r"【\s*(?:关于\s*)?([^【】]{3,200}?)\s*】")


def read_fields(head: list[inline.Piece], items: list[blocks.Block], refs: dict[str, str],
                ctx: Context, titled: bool = False, known: str | None = None) -> ListEntry | None:
    """The paper an item's nested ``key: value`` bullets describe, or None when they
    are not fields (notes, or entries of their own). *titled*: *head* is a bold line alone,
    whose bullets, all fields, name a paper even with no link yet (``- Paper: None``). *known*: the title
    of the paper they are under, known already (``## Handwriting Transformers``, a paper's heading)."""
    rows = []
    for item in items:
        first = item.children[0] if item.children and item.children[0].kind == "paragraph" else None
        if first is None:
            continue
        kind, key, value = key_of(first.text)
        rows.append((item, kind, key, value if kind else first.text))
    if any(kind or key.casefold() in SUMMARY_KEYS for _, kind, key, _ in rows):
        rows = [_paper_link_alone(row) for row in rows]  # "- [論文](arXiv)" among "- 発表日: 2023年", "- 概要: ..."
        # (est2mzd/ML_Challenge, every paper): the paper's link, as if keyed (not among bullets with no key, a
        # paper's details: "- COLT 2003.", "- *Names.*", "- [paper](..)", guoji-fu/GNN-Papers)
    kinds = {kind for _, kind, _, _ in rows if kind}
    if not kinds or not ({"title", "paper", "code", "venue"} & kinds or known and "authors" in kinds) or (
            names_then_quote(inline.plain(head))):  # (a whole citation over them, "* ***Arik, Sercan O., and Tomas
        # Pfister. "TabNet: ..." arXiv preprint ...***" over "- **Paper:** Instead of using traditional feature
        # engineering, ...", tridungduong16/InterpretableMachineLearning-ComprehensiveSurvey: notes on it, no fields)
        return None  # (under a paper's heading, "- **Authors**: ..." alone is a field: Mingyue-Cheng/Awesome-Time-
        # Series-Foundation-Model, over "- **Abstract**:" and "- **Key Contributions**:" bullets)
    entry = ListEntry(shape="bullets")
    repos: list[tuple[str, str]] = []  # (kind, url) of repository links, in order
    for item, kind, key, value in rows:
        pieces = inline.scan(value, refs)
        text = " ".join(inline.plain(pieces).split())
        found = [p for p in pieces if p.kind == inline.LINK]
        if kind == "title" and text and entry.title is None and _translated(text, head):
            entry.notes.append(text)  # "- 题目：NeRF-RPN：NeRF中对象检测的通用框架" under the English title: its
            continue  # translation, a note
        if kind == "title" and text and entry.title is None:
            if found and all(links.label_word(p.text) for p in found):  # "- **Paper**: *VideoScore* (Pan et al.,
                text = " ".join("".join(p.text for p in pieces if p.kind == inline.TEXT).split())  # EMNLP 2024)
                cited = WHO_ET_AL_END.search(text)  # [arXiv](..)" (VarnithChordia/visual-generation-evaluation-
                tail = fields.citation_tail(cited.group(2)) if cited else None  # survey, every metric's paper): the
                if cited and tail is not None and text[: cited.start()].strip():  # name, who and where in brackets
                    text, entry.authors, entry.date_year = text[: cited.start()], [cited.group(1)], tail.year
                    entry.venue = entry.venue_written = tail.venue
            entry.title = fields.drop_translation(fields.clean_title(text))
        elif kind == "venue" and text and not entry.venue:
            if found:  # "- Publication: ICLR 2024, [Paper](..), [Code](..)" (yaolu-zjut/Awesome-LLM-Pruning): where,
                text = " ".join("".join(p.text for p in pieces if p.kind == inline.TEXT).split()).strip(" ,;|/")
                if not text and len(found) == 1 and venues.parse(found[0].text.strip()):
                    text = found[0].text.strip()  # "**Conference**: [ICML 2018](arXiv)" (aisagarw/awesome-
                    # explainable-cv): where, linking the paper
            if " · " in text and not venues.parse(text):  # "- **Venue/status**：ICLR 2024 · peer-reviewed"
                text, _, status = text.partition(" · ")  # (Jacintha0511/AI-Agent-Security-Papers, every paper):
                entry.notes.append(status.strip())  # where, then whether it was reviewed, a note
            text = _ACCEPTED_YEAR.sub(r", \1", text)  # ("... (TOSEM), accepted 2026": the year it is to appear)
            parsed = venues.parse(text) if text else None  # then its links
            dated = _NAME_COMMA_YEAR.fullmatch(text) if not parsed and text else None
            if dated:  # "- **Venue**: IEEE Internet of Things Journal, 2023" (Lafitte1573/Awesome-FinTS-Generation)
                parsed = (f"{dated.group(1)} {dated.group(2)}", int(dated.group(2)))
                entry.date_year = entry.date_year or parsed[1]
            entry.venue, entry.venue_written = (parsed[0] if parsed else text or None), value
        elif kind == "authors" and text:
            text = people.pairs_given_first(text)  # ("*Authors*: Bi, Kaifeng, Xie, Lingxi, ... et al.")
            entry.authors = people.parse(text) or [a.strip() for a in re.split(r"[,，、;；]", text) if a.strip()]
            # ("Chen, Yubo  and Xu, Liheng  and ...": BibTeX's order, carrie0307/DL_EventExtractionPapers)
        elif kind == "year" and text:
            entry.date_year = venues.year_of_date(text)
            entry.year_alone = entry.year_alone or bool(venues.FOUR_DIGIT_YEAR.fullmatch(text.strip()))  # ("-
            # **Year**: 1994" beside "- **Conference**: CSCW", darinz/Recommender-Systems: the year alone, the venue's)
            placed = _YEAR_THEN_VENUE.fullmatch(text) if not entry.venue else None
            if placed and (where := venues.parse(f"{placed.group(2)} {placed.group(1)}")):
                entry.venue, entry.venue_written = where[0], text  # "- **Year**: 2022 (NeurIPS)" (Hypogenic-AI/
                # isolate-knowledge-updates-claude): the year, and where the paper appeared that year
        elif kind == "paper" and not found and key.casefold() == "arxiv" and ID_TEXT.fullmatch(text):
            _paper_link(entry, f"https://arxiv.org/abs/{text}")  # "- **arXiv**: 2202.05262": the number alone
            arxiv_written_out(entry)  # (where it is, as written: the bare "arXiv" the rules give an ID written out)
            continue
        elif kind == "citation" and text and _cited(entry, pieces, head):
            continue
        elif kind is None and key.casefold() in SUMMARY_KEYS and not entry.summary_parts and not \
                found and (
                said := " ".join(inline.plain(inline.scan(key_of(value)[2], refs)).split())) and fields.is_summary(
                said) and (inline.plain(head).strip() or titled):  # (or a card's fields, its title a heading's)
            entry.summary_parts = [said]  # "- Summary: This paper introduces ..." under its title (pprp/Awesome-
            entry.notes += texts(item, refs)[1:]  # Efficient-MoE, every paper so): what the paper does, in the
            continue  # list's words (not "- Abstract:", an abstract copied, nor "- 介绍:", notes, as labels have it)
        elif kind is None and not found and not entry.venue and key.casefold() == "publisher" and venues.preprint(
                (said := key_of(value)[2]).removesuffix(".org")):  # "- 📑 **Publisher:** arXiv.org" (Semantic
            entry.venue = entry.venue_written = said  # Scholar's name for it, ThreeSR/Awesome-Inference-Time-Scaling,
            # every paper): where
            continue  # (a publisher that names the authors' institutions stays a note)
        elif kind is None and not found and (not entry.venue or entry.venue_written == "arXiv") and (
                given := keyed_venue(text)):  # (where it appeared, over the preprint a link's label names)
            entry.venue, entry.venue_written = given[0], text  # "- intro: ICCV 2017"
            entry.date_year = entry.date_year or given[1]
        elif kind is None and not found and not entry.venue and (first := venue_first(text)):
            entry.venue, entry.venue_written = first[0], text.partition(",")[0]  # "- intro: CVPR 2017, Attention
            entry.date_year = entry.date_year or first[1]  # mechanism": where, then what
            entry.notes.append(first[2])
        elif kind is None and not found:
            entry.notes += texts(item, refs)
            continue
        for link in found:
            if kind == "data":  # (a repository too: the data's, not the paper's code; named as the key names it)
                entry.links.setdefault(re.sub(r"^link to ", "", links.label(key)), link.href)
                continue
            target = links.classify(link.href)
            if target.kind in (links.LOCAL, links.ANCHOR) and not link.href.lower().endswith(".pdf"):
                continue  # ("- **Docs:** [Read more →](docs/AlphaFold2/)": a page of the list's, no address to keep)
            shown = link.text or next((c.text for c in link.children if c.kind == inline.IMAGE), "")  # (a badge's
            named_code = kind != "code" and links.names_code(shown)  # name: "[![Code](badge)](github)")
            # ("链接：[[arXiv:ID](..)] [[Code](..)]")
            if target.kind == links.CODE and links.is_repository(link.href):
                named_code = named_code or kind == "paper"  # ("  * 地址：https://github.com/ToTheBeginning/PuLID",
                # leeguandong/Awesome-Image-Identity-Preservation: a repository given as the paper's address, its code)
                repos.append(("code" if named_code else kind or "other", link.href))
                if kind == "code" or named_code:
                    continue
            if kind == "paper" and target.kind not in links.PAPER_KINDS and _NOT_PAPER_LABEL.fullmatch(shown.strip()):
                entry.links.setdefault(links.label(shown or key), link.href)  # "*Link:* [Tweet](x.com/..)",
                entry.kind_said = entry.kind_said or "a post, not a paper"  # "*Link:* [Blog Post](..)" (TuchuanLin/
                continue  # Awesome-AI-Scientist's news): what is linked is no paper
            if kind in ("paper", "title", "venue") or target.kind in links.PAPER_KINDS:
                _paper_link(entry, link.href)
                if not entry.venue and target.kind == links.ARXIV and (
                        venues.arxiv_in_text(link.text) or venues.ARXIV_SPACED.fullmatch(link.text.strip()) or (
                            key.casefold() == "arxiv" and ID_TEXT.fullmatch(link.text.strip()))):  # ("- arXiv:
                    # [2601.13801](..)", ArkhamImp/tts-papers-tracker: the ID after its key)
                    entry.venue = entry.venue_written = "arXiv"  # ("[arXiv:2311.13398](..)", "[arXiv 2310.12931]
                    # (..)": where it is, as said)
            elif kind != "code" and target.kind != links.CODE:
                entry.links.setdefault(links.label(key or link.text), link.href)  # (no key: "- [slides](..)")
        entry.notes += [n for n in texts(item, refs)[1:]]
    _code(entry, repos)
    if entry.title is None and known and any(p.kind == inline.LINK for p in head):
        entry.title = known  # (the title the head links, before a note below is taken for one)
    shown = [p for p in head if p.kind != inline.TEXT or p.text.strip()]
    if entry.title is None and len(shown) >= 2 and shown[0].strong and not shown[-1].strong and all(
            p.kind == inline.TEXT for p in shown):  # "- **Title** (Nature 2023)" over "  - *Authors*: ..", "  -
        said = read(head, ctx)  # *Links*: [Paper / DOI](..)" (lihuirui/awesome-scientific-time-series-foundation-
        if said.reason is None and said.title:  # models-survey, every paper): the title, and where and when
            entry.title = said.title
            if said.venue and not entry.venue:
                entry.venue, entry.venue_written = said.venue, said.venue_written
            entry.date_year = entry.date_year or said.year or said.date_year
            entry.arxiv = entry.arxiv or said.arxiv
    if entry.title is None and len(shown) == 1 and shown[0].kind == inline.TEXT and shown[0].strong and len(
            shown[0].text.split()) >= 4 and not fields.has_cjk(shown[0].text) and any(
            kind == "paper" for _, kind, _, _ in rows) and (entry.arxiv or entry.url or entry.code or entry.links):
        entry.title = fields.clean_title(_REFERENCE_NUMBER.sub("", shown[0].text.strip()))  # "* **PuLID: Pure and
        # Lightning ID Customization ...**" over "  * 地址：URL": a bold title over the paper's address, keyed (not
        # "**🏢 Microsoft Causica**" over "- **项目**: ..", a project's name over its fields)
    if entry.title is None:
        entry.title = _fallback_title(entry, head, titled and all(kind for _, kind, _, _ in rows)) or known
    entry.notes = [n for n in entry.notes if n != entry.title]
    note_link = next((p.href for p in head if p.kind == inline.LINK and p.href.startswith("http")), None)
    if note_link and not (entry.arxiv or entry.doi or entry.url) and links.classify(note_link).kind in \
            links.PAPER_KINDS:
        _paper_link(entry, note_link)  # "### [Title](arXiv) (ResNet)" over bullets that link no paper: the paper
    elif note_link and note_link not in entry.links.values() and note_link != entry.code and not (
            entry.arxiv and links.classify(note_link).arxiv == entry.arxiv):  # (nor the arXiv page of its PDF link)
        entry.links["notes"] = note_link
    if entry.title is None:
        return None  # not a paper's fields: the nested items are read as entries of their own
    entry.stated = True
    return finish(entry, ctx)


def _paper_link_alone(row: tuple[blocks.Block, str | None, str, str]) -> tuple[blocks.Block, str | None, str, str]:
    item, kind, key, value = row
    alone = _LINK_ALONE.fullmatch(value.strip()) if kind is None and "](" in value else None
    return (item, "paper", key, value) if alone and links.names_paper(alone.group(1)) else row


_LINK_ALONE = re.compile(r"\[([^\[\]]{1,20})\]\([^()\s]+\)")
ID_TEXT = re.compile(r"\d{4}\.\d{4,5}(?:v\d+)?")  # an arXiv ID written alone
_NOT_PAPER_LABEL = re.compile(r"(?i:tweet|thread|blog(?: post)?|post|video|youtube|podcast|news)")
_YEAR_THEN_VENUE = re.compile(r"((?:19|20)\d\d)\s*\(([^()]{2,30})\)")
TAG_LINE = re.compile(r"\s*tags?\s*[:：]\s*`", re.IGNORECASE)


def tagged_venue(text: str) -> tuple[str, int | None] | None:
    """The venue a tag line names among its tags (``tag: `Switch Transformer` | `MoE` | `JMLR23` ``), or None."""
    if not TAG_LINE.match(text):
        return None
    for tag in re.findall(r"`([^`]{2,40})`", text):
        found = venues.parse(tag)
        if found and found[1] and venues.name_known(found[0]):
            return found
    return None


_BARE_URL = re.compile(r"<?(https?://[^\s<>]+)>?")
KEYED_URL = re.compile(r"(?:\*\*|__)?(?:[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+\s?)?"
                       r"(?:paper(?: link| url)?|pdf|link|arxiv|url|链接|论文链接|论文地址)(?:\*\*|__)?\s{0,3}[:：]"
                       r"(?:\*\*|__)?\s{0,3}"
                       r"(?:\[[^\[\]]{0,100}\]\((https?://[^\s()<>]+)\)|<?(https?://[^\s<>]+)>?)|\[(?:paper|pdf|link|"
                       r"arxiv)\]\((https?://[^\s()<>]+)\)", re.IGNORECASE)  # (and "[link](..)" alone: Justin-Yuan/
# Papers' scene graph notes, a paper a heading, its link on the line below; the key in bold, an emoji before it:
# "**📜 Paper**: https://huggingface.co/papers/2507.18071", huggingface/trl's paper index; "链接：[URL](URL)", "link",
# under every paper's heading in CHIANGEL/Research-Paper-Note)


def bare_url(text: str) -> str | None:
    """The address a paragraph holds alone (``<https://..>`` or ``https://..``), or named as the paper's
    (``paper link: [here](https://..)``, ``PDF: https://..``), or None."""
    text = text.strip()
    if m := _BARE_URL.fullmatch(text):
        return m.group(1)
    m = KEYED_URL.fullmatch(text)
    return (m.group(1) or m.group(2)) if m else None


def authors_line(text: str) -> list[str] | None:
    """The names of an ``**Authors**: ...`` line, or None when it is no such line."""
    kind, _, value = key_of(text)
    value = inline.plain(inline.scan(value)) if value.lstrip()[:1] in "*_" else value  # ("**Authors**: *Michael
    # Bereket, Theofanis Karaletsos*", hzxwonder/Conference-Paper: the names in italics)
    return people.parse(value) or people.affiliated_names(value) or None if kind == "authors" and value else None


def said_field(text: str) -> tuple[str, str] | None:
    """(kind, value) of a paragraph that is one bold-keyed field (``**Source:** arxiv • 2026-02-12``,
    ``**Summary:** ...``: kind "summary" for a key that says what the paper does), else None."""
    if not text.lstrip().startswith(("**", "__")):
        return None
    kind, key, value = key_of(text)
    kind = "summary" if key.casefold() in _SAID_KEYS else kind
    if kind == "summary" and _CODE_TAGS.fullmatch(value.strip()):
        kind = "tags"  # ("**Contribution:** `🔍 RAG Architecture`", puneet-chandna/awesome-LLM-papers: a tag, in code)
    return (kind, value.strip()) if kind and value.strip() else None


_CODE_TAGS = re.compile(r"`[^`]{1,60}`(?:\s*[,|]?\s*`[^`]{1,60}`)*[^\w`]{0,8}")


def source_venue(value: str) -> tuple[str, int | None] | None:
    """The venue and year a ``Source:`` field gives: ``CVPR 2024``, ``arxiv • 2026-02-12`` (a digest's
    name of where it appeared, then the date: ``arXiv 2026``); None when it names no venue."""
    if found := venues.parse(value):
        return found[0], found[1]
    name, *rest = [p for p in re.split(r"\s*[•·|,;]\s*", value.strip()) if p]
    year = next((y for p in rest if (y := venues.year_of_date(p))), None)
    name = "arXiv" if name.casefold() == "arxiv" else name
    if found := venues.parse(f"{name} {year}" if year else name):
        return found[0], found[1] or year
    return None


def keyed_links(pieces: list[inline.Piece]) -> list[tuple[str | None, str, str]] | None:
    """(field kind, key, address) of each link in a paragraph that is keyed links alone (``📄 Paper: [EasyRAG](..)
    || 💻 Code: [Github Repository](..) || 🤗 Hugging Face: [..](..)``), else None."""
    found: list[tuple[str | None, str, str]] = []
    key = None
    said = ""  # the text since the last link ("**URL**: " is two runs: the bold key, then its colon)
    for p in [*pieces, inline.Piece(inline.BREAK)]:
        if p.kind == inline.TEXT:
            said += p.text
            continue
        if words := said.strip(" |\n\t"):
            m = _LINK_KEY.fullmatch(words)
            if m is None:
                return None
            key = m.group(1)
        said = ""
        if p.kind == inline.LINK and key is not None:
            kind, _, _ = key_of(f"{key}: x")
            found.append((kind, key, p.href))
            key = None
        elif p.kind not in (inline.BREAK, inline.LINK):
            return None
    return found or None


_LINK_KEY = re.compile(r"\|*\s*\W{0,4}\s*([A-Za-z][\w ]{0,20}?)\s*[:：]")
_QUALIFIED = re.compile(r"(.{8,}?)\s*\(([^()]{1,40})\)")
def keyed_item(head: blocks.Block, refs: dict[str, str], ctx: Context) -> ListEntry | None:
    """``- **DeepSeek-V3 Technical Report**`` over ``  **Paper**: [Link](arXiv)``, ``  **Summary**: ...`` and
    ``  **Tags**: #language-model ...``, lines of the item's one paragraph (cycloarcane/Gathered-Paper-Resources,
    every paper): the title, then its fields one a line, read as nested ``key: value`` bullets are; else None."""
    lines = head.text.split("\n")
    if len(lines) < 3 or not all(_BOLD_KEYED_LINE.match(line) for line in lines[1:]):
        return None
    items = [blocks.Block("item", head.start + k, head.start + k + 1, children=[blocks.Block(
        "paragraph", head.start + k, head.start + k + 1, text=line.strip().removesuffix("\\").strip())])
        for k, line in enumerate(lines[1:], 1)]
    return read_fields(inline.scan(lines[0], refs), items, refs, ctx, titled=True)


_BOLD_KEYED_LINE = re.compile(r"\s*(?:\*\*|__)[^*_\n:：]{1,25}(?:(?:\*\*|__)\s*[:：]|[:：]\s*(?:\*\*|__))")


def adopt_links(entry: ListEntry, given: ListEntry) -> None:
    """*given*'s identifiers, links, code and notes (what a heading's field bullets say: ``### [CVPR-2019]
    Title`` over ``- arxiv: URL``, ``- paper: URL``, ``- github caffe:``, xingkongliang/Pedestrian-Detection,
    32 papers) into *entry*."""
    qualified = _QUALIFIED.fullmatch(entry.title or "") if given.title and given.title != entry.title else None
    if qualified and given.title and qualified.group(1).casefold() == given.title.casefold():
        heading, entry.title = entry.title, qualified.group(1)  # "#### Abusive Language Detection on Arabic Social
        entry.notes.insert(0, qualified.group(2))  # Media (Twitter)" over its reference, which names the paper
        given.notes = [n for n in given.notes if n != heading]  # without "(Twitter)": the dataset's part of it, a note
    if given.title and entry.title and len(entry.title.split()) <= 4 <= len(given.title.split()) and \
            len(entry.title) < len(given.title) and entry.title.casefold() != given.title.casefold():
        entry.notes.append(entry.title)  # "### SIFT" over "- **Title**: Distinctive Image Features from ...": the
        entry.title = given.title  # name the list gives it, a note; the title its bullet gives
    entry.arxiv, entry.version = entry.arxiv or given.arxiv, entry.version or given.version
    entry.doi, entry.url, entry.code = entry.doi or given.doi, entry.url or given.url, entry.code or given.code
    for label, href in given.links.items():
        entry.links.setdefault(label, href)
    entry.notes += [n for n in given.notes if n not in entry.notes]
    entry.authors = entry.authors or given.authors  # ("- **Authors**: ...", "- **Date**: 2024-12-06")
    entry.year = entry.year or given.year
    entry.year_alone = entry.year_alone or given.year_alone
    if not entry.venue and given.venue:  # ("- **Venue**: ...", "- **🔗 链接**：[[arXiv:ID](..)]")
        entry.venue, entry.venue_written = given.venue, given.venue_written
        entry.venue_cited = entry.venue_cited or given.venue_cited  # ("- **arXiv**: 2206.06520": arXiv, bare)
    if not entry.summary_parts and given.summary_parts:  # ("- **요약**: ...", aiot-cau/urp-summer-2025, every paper)
        entry.summary_parts = list(given.summary_parts)


def card(block: blocks.Block, refs: dict[str, str], ctx: Context) -> ListEntry | None:
    """A list of ``key: value`` bullets and nothing else, one of them the paper's (``- **Paper:** [Highly accurate
    protein structure prediction with AlphaFold](nature..) (Nature, 2021)``, ``- **Code:** https://github.com/..``,
    ``- **Approach:** DL``), under a group's name (``<details><summary>AlphaFold2</summary>``, MaybeBio/Awesome-
    Protein-ContactMap-Prediction, every tool): one paper's card, its fields; else None."""
    firsts = [it.children[0].text if it.children and it.children[0].kind == "paragraph" else ""
              for it in block.children]
    if len(firsts) < 2 or any(not text.lstrip().startswith(("**", "__")) for text in firsts):
        return None
    keyed = [key_of(text) for text in firsts]
    if any(not key for _, key, _ in keyed) or sum(kind in ("paper", "title") for kind, _, _ in keyed) != 1:
        return None
    paper = next(inline.scan(value, refs) for kind, _, value in keyed if kind in ("paper", "title"))
    link = next((p for p in paper if p.kind == inline.LINK and len(p.text.split()) >= 3), None)
    if link is None:
        return None  # (the paper named by its title, linked)
    title = " ".join(link.text.split())
    entry = read_fields([], block.children, refs, ctx, titled=True, known=title)
    if entry is not None and entry.title != title:  # ("... with AlphaFold (Nature, 2021)": the paper's row, whole)
        where = venues.parse((entry.title or "")[len(title):].strip()) if (entry.title or "").startswith(title) \
            else None
        if where and not entry.venue:
            entry.venue, entry.venue_written = where[0], (entry.title or "")[len(title):].strip()
            entry.date_year = entry.year = entry.year or where[1]
        entry.title = title
    return entry


def note_items(items: list[blocks.Block], refs: dict[str, str]) -> list[blocks.Block]:
    """The items among *items* that are no ``key: value`` field and link nothing: notes."""
    return [item for item in items if item.children and item.children[0].kind == "paragraph"
            and key_of(item.children[0].text)[0] is None
            and not any(p.kind == inline.LINK for p in inline.scan(item.children[0].text, refs))]


def _paper_link(entry: ListEntry, href: str) -> None:
    target = links.classify(href)
    if target.kind == links.ARXIV and not entry.arxiv:
        entry.arxiv, entry.version = target.arxiv, target.version
    elif target.kind == links.DOI and not entry.doi:
        entry.doi = target.doi  # (and its address, as a DOI link in a line gives it, where no other is the paper's)
        entry.url = entry.url or (href if href.startswith(("https://", "http://")) else None)
    elif target.kind in (links.PAPER, links.OTHER) and (not entry.url or entry.doi and entry.url.endswith(entry.doi)):
        entry.url = href  # (beside an arXiv ID too: "- arxiv: URL", "- paper: ieeexplore URL"; a PDF beside the DOI)
    elif href not in (entry.url, *entry.links.values()):
        entry.links.setdefault("paper", href)  # (a second paper link is kept, never dropped)


def _cited(entry: ListEntry, pieces: list[inline.Piece], head: list[inline.Piece]) -> bool:
    """``- **Reference:** Y. Zhan, J. Yu, ..., “Comprehensive distance-preserving autoencoders for cross-modal
    retrieval,” in ACM MM, 2018, pp. 1137–1145.`` under a method's name (cross-modal-retrieval/cross-modal-
    retrieval, 43 entries): the title, authors, venue and year the citation gives, where the other bullets
    give none, and the name above (*head*) as a note; True when it was read so."""
    cited = read(pieces, Context())
    if cited.reason is not None or not cited.authors or len((cited.title or "").split()) < 3 or (
            entry.title and entry.title.casefold() != cited.title.casefold()):  # ("- **Paper:** its title", above)
        return False
    entry.title, entry.authors = entry.title or cited.title, cited.authors
    entry.venue, entry.venue_written = entry.venue or cited.venue, entry.venue_written or cited.venue_written
    entry.date_year = entry.date_year or cited.date_year or (venues.year_in(cited.venue) if cited.venue else None)
    entry.notes += cited.notes  # (its volume and pages, where it does not say where it appeared in words we know)
    name = re.sub(r"^\d{1,3}[.)]\s*", "", " ".join(inline.plain(head).split()))  # ("**2. CDPAE**")
    if name and not entry.title.casefold().startswith(name.casefold()):
        entry.notes.insert(0, name)
    return True


def _code(entry: ListEntry, repos: list[tuple[str, str]]) -> None:
    for wanted in ("code", "other", "project"):
        for kind, url in repos:
            if kind == wanted and not entry.code:
                entry.code = url
    for kind, url in repos:
        if url != entry.code and kind == "project":
            entry.links.setdefault("project", url)


_REFERENCE_NUMBER = re.compile(r"^\[\d{1,4}\]\s+")


def numbered_title(pieces: list[inline.Piece]) -> bool:
    """A paragraph that is a numbered title alone (``[1] NeRF-RPN: A general framework for object detection in
    NeRFs``), no link, no markup: a title whose fields may follow as bullets."""
    visible = [p for p in pieces if p.kind != inline.TEXT or p.text.strip()]
    if len(visible) != 1 or visible[0].kind != inline.TEXT or visible[0].strong or visible[0].em:
        return False
    m = _REFERENCE_NUMBER.match(visible[0].text.strip())
    return m is not None and len(re.findall(r"[A-Za-z]{2,}", visible[0].text.strip()[m.end():])) >= 3


def _translated(text: str, head: list[inline.Piece]) -> bool:
    """Is *text* in Chinese (or Japanese), under a title in Latin letters (a translation of it)?"""
    own = _REFERENCE_NUMBER.sub("", " ".join(inline.plain(head).split()))
    return len(_CJK.findall(text)) >= 4 and len(re.findall(r"[A-Za-z]{2,}", own)) >= 3 and not _CJK.search(own)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _italic_byline(head: list[inline.Piece]) -> tuple[str, list[str], fields.Tail] | None:
    """``Title. *Authors*. Venue (Year)``: the title, the names in italics, and what the text after them says
    (``fields.citation_tail``); None where the italics after the title's full stop name no one."""
    for i, piece in enumerate(head):
        if i and piece.kind == inline.TEXT and piece.em and not piece.strong and inline.plain(head[:i]).rstrip(
                ).endswith(".") and (names := people.parse(piece.text.strip())):
            title = " ".join(inline.plain(head[:i]).split()).rstrip(".")
            return title, names, fields.citation_tail(inline.plain(head[i + 1:]).strip(" .,"))
    return None


def _fallback_title(entry: ListEntry, head: list[inline.Piece], sure: bool = False) -> str | None:
    identified = entry.arxiv or entry.doi or entry.url or sure
    own = " ".join(inline.plain(head).split()) if not any(p.kind == inline.LINK for p in head) else ""
    own = _REFERENCE_NUMBER.sub("", own)  # ("**[2] Spatio-Temporal LSTM ...**" over "- intro: ...", "- arxiv: ..."
    # XiaoCode-er/Skeleton-Based-Action-Recognition-Papers: the paper's number in the list, not its title's)
    tail = next((p for p in reversed(head) if p.kind == inline.TEXT and p.text.strip()), None)
    cut = venue_after_comma(own, tail.text) if tail is not None and tail.em and not entry.venue else None
    if cut is not None:  # "**1. MAttNet: ..., _CVPR 2018_**" over "- Paper: URL", "- Code: URL"
        own, (entry.venue, entry.date_year) = cut[0], cut[1]
        entry.venue_written = tail.text.strip()  # type: ignore[union-attr]
    cited = _italic_byline(head) if own and not entry.authors else None
    if cited is not None:  # "1. Title. *Kaiming He, Xiangyu Zhang, ...*. arXiv1603.05027 (2016)" over "* **url**:",
        own, entry.authors, tail = cited  # "* **comment**:" bullets (musa-atlihan/msatlihan.github.io's reading
        if tail.venue and not entry.venue:  # list): the title, who wrote it in italics, then where and when
            entry.venue, entry.venue_written = tail.venue, tail.venue
        entry.date_year = entry.date_year or tail.year
        if tail.arxiv and not (entry.arxiv or entry.doi or entry.url):
            _paper_link(entry, f"https://arxiv.org/abs/{tail.arxiv}")
    prefix = venue_colon(own)
    if prefix and not entry.venue:  # "* ACL2015: **Event Extraction via ...**" over "* Author: ..."
        entry.venue, entry.venue_written, own = prefix[0], prefix[1], own[prefix[2]:]
    marked = angled(own) if "》" in own else None
    if marked and (found := venues.parse(marked[1].strip())) and not entry.venue:  # "- 《Title》ICML2018" over
        entry.venue, entry.venue_written, own = found[0], marked[1].strip(), marked[0]  # "  - 论文：URL"
        entry.date_year = entry.date_year or found[1]
    bold = bool(own) and all(p.strong for p in head if p.kind == inline.TEXT and p.text.strip())
    if identified and (len(re.findall(r"[A-Za-z]{2,}", own)) >= 3 or bold and _short_title(own)) and \
            not own.endswith((":", "：")):  # ("1. **Pointer Networks**" over its fields: a bold title, if short)
        # "- Chain-of-Thought Prompting Elicits ..." over "- Authors: ...", "- Venue: ...",
        # "- [Paper](arXiv)": the item's own text, with no link of its own, is the title
        return fields.drop_translation(fields.clean_title(own))
    candidates = [n for n in entry.notes[:1] if len(re.findall(r"[A-Za-z]{2,}", n)) >= 3 and not (
        key_of(n)[1] and n.rstrip().endswith("."))]  # (not "Introduction: It contains 500 images in total. ...", a
    # dataset's description over its download link: Charmve/awesome-scene-text-detection)
    if identified and candidates:
        return fields.drop_translation(fields.clean_title(candidates[0]))
    m = _NOTE_NAME.search(inline.plain(head))
    if identified and m and len(re.findall(r"[A-Za-z]{2,}", m.group(1))) >= 3:
        return fields.clean_title(m.group(1))
    return None


def _short_title(text: str) -> bool:
    """A short bold line that reads as a title: one to three words, capitalised, not a label or a field's key."""
    words = text.split()
    return 1 <= len(words) <= 3 and text[:1].isupper() and not text.rstrip().endswith((":", "：")) and \
        key_of(text)[0] is None and not links.label_word(text)


_VENUE_KEY = re.compile(r"(?:[^\w\s]{1,3}\s?)?(?:intro|venue|conference|journal|published in|publisher|notes?)"
                        r"\s*[:：]\s*(.+)",
                        re.IGNORECASE)  # ("- **📝 Note**: 🔥 (S&P 2024)": SaFoLab-WISC/Awesome-T2I-safety-Papers)
_MARKS_AROUND = re.compile(r"^[\s\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]*[(（\[]([^()（）\[\]]+)[)）\]]\s*$")


# (Not ``venues.named_and_dated``, which must tell a journal from prose in a bracket after a title and so takes
# capitalised words only: a Venue field says its value is a venue, "Expert Systems with Applications, 2020".)
_NAME_COMMA_YEAR = re.compile(r"([A-Z][^,]{1,80}?),\s*((?:19|20)\d\d)\.?")
_ACCEPTED_YEAR = re.compile(r",?\s+(?:accepted|to appear),?\s+((?:19|20)\d\d)\.?$", re.IGNORECASE)


def keyed_venue(text: str) -> tuple[str, int] | None:
    """The venue a field bullet under a bold title gives when it is all the bullet says: ``- intro: ICCV
    2017`` (amusi/awesome-object-detection, 48 of its 104 ``intro:`` bullets; the others say who or
    what, and stay notes). (venue, year), or None."""
    m = _VENUE_KEY.fullmatch(text.strip())
    found = venues.parse(_MARKS_AROUND.sub(r"\1", m.group(1).rstrip(". "))) if m else None
    return (found[0], found[1]) if found and found[1] else None


def venue_first(text: str) -> tuple[str, int, str] | None:
    """``- intro: T-PAMI 2017, Spatio-Temporal LSTM`` (XiaoCode-er/Skeleton-Based-Action-Recognition-Papers, 17 of
    its 20 ``intro:`` bullets): the venue and its year first, then what the paper is (a note). (venue, year, the
    rest), or None."""
    m = _VENUE_KEY.fullmatch(text.strip())
    head, _, rest = m.group(1).partition(", ") if m else ("", "", "")
    found = venues.parse(head.rstrip(". ")) if rest.strip() else None
    return (found[0], found[1], rest.strip()) if found and found[1] else None


_BOLD_KEY_ITEM = re.compile(r"\s*(?:[-*+]|\d{1,3}[.)])\s+(\*\*|__)([^*_:：]{1,30}?)\s*(?:[:：]\1|\1\s*[:：])")
_SAID_KEYS = {"tl;dr", "tldr", "summary", "abstract", "description", "idea", "key idea", "main idea", "contribution",
              "contributions", "overview", "简介", "摘要", "概述", "介绍", "总结"}


def all_fields(items: list[blocks.Block], lines: list[str]) -> bool:
    """Are the bullets under a bold title all fields with bold keys, none of which says what the paper
    does (``- **Data**: SummEval, ...``, ``- **Model**: GPT-4``, ``- **Method**: ...``: siyaqi/Awesome-Hallu-
    Eval, 70 entries)? Then the first is no summary: they are notes, every one."""
    keys = [m.group(2).strip().casefold() if (m := _BOLD_KEY_ITEM.match(lines[item.start])) else None
            for item in items]
    return len(keys) >= 3 and all(k is not None and k not in _SAID_KEYS for k in keys)
