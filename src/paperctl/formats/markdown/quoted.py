"""An MLA citation with its title in quotes, read before the entry's title is looked for: after a bold
nickname (``**G-Eval** - "G-Eval: NLG Evaluation using GPT-4 ..." (2023)``), or below its names' own line
(``Names`` / ``"Title." Venue, Year.``). ``entries`` asks ``quoted_title_first`` of an entry's lines;
``titles`` asks ``quoted_title`` of a line whose title is in quotes after its authors (``LeCun, Yann, et al.
"**Deep learning**." Nature 521 (2015)``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import fields, people, venue_words, venues
from .after_title import where_after_quote
from .before_title import COLON_QUOTE
from .model import ListEntry, Tok, offer_venue


def quoted_title_first(lines: list[list[Tok]], entry: ListEntry) -> list[list[Tok]]:
    """An MLA citation (``Authors. "Title." Venue``, which the rest of the reader knows) after
    a bold nickname, or with its names on a line of their own: the lines as that citation.

    ``+ **CPM**: Mengye Ren, ..., and Richard Zemel. "Wandering within a world: ..." ICLR(2021).``
    (indussky8/awesome-few-shot-learning, ~50 entries): the nickname is a note, not the title.
    ``* Yujie Wu, Lei Deng, ..., Luping Shi <br />`` then ``**TDSNN** "Direct Training for Spiking
    Neural Networks: ...".`` (XDUSPONGE/SNN_benchmark, 61 entries): the names are the authors,
    the quoted line the title."""
    if not any(_has_quote(line) for line in lines[:2]):  # (most entries: no quote where either would have one)
        return lines
    lines = _quote_over_break(lines)
    return _nicknamed_citation(lines, entry) or _names_above_quote(lines, entry) or lines


def _quote_over_break(lines: list[list[Tok]]) -> list[list[Tok]]:
    """``* **UniLM**: "Unified Language Model Pre-training for`` then ``Natural Language Understanding and
    Generation". NeurIPS(2019) [[PDF]](..)`` (iwangjian/Paper-Reading-ConvAI, 4 entries): a quoted title the
    source broke over two lines is one line, as Markdown renders it."""
    if len(lines) < 2 or not lines[0] or not lines[1]:
        return lines
    last, first = lines[0][-1], lines[1][0]
    if last.kind != "text" or first.kind != "text" or last.text.count('"') % 2 == 0 or '"' not in first.text \
            or (last.strong, last.em, last.code) != (first.strong, first.em, first.code):
        return lines
    joined = Tok("text", last.text.rstrip() + " " + first.text.lstrip(), last.href, last.strong, last.em, last.code)
    return [[*lines[0][:-1], joined, *lines[1][1:]], *lines[2:]]


def _nicknamed_citation(lines: list[list[Tok]], entry: ListEntry) -> list[list[Tok]] | None:
    """``**CPM**: Names. "Title." Venue``: the lines without the nickname, which becomes a note."""
    nick, rest = _nickname(lines[0])
    text = _plain_text(rest)
    quote = QUOTED.search(text) if nick is not None else None
    below = _plain_text(lines[1]).lstrip() if quote is None and nick is not None and len(lines) > 1 and len(
        rest) == 1 else ""
    if below and QUOTED.match(below) and people.substantial(people.parse(text.strip(" .,;:"))):
        # "* **WSBM:**Phuc Xuan Nguyen, Deva Ramanan, Charless C. Fowlkes.<br />" then '"Weakly-supervised Action
        # Localization with Background Modeling"ICCV 2019.' (VividLe/awesome-weakly-supervised-action-localization,
        # 37 entries): the names on the nickname's line, the quoted title below them
        entry.notes.append(nick)  # type: ignore[arg-type]
        line = lines[1][0]
        return [[Tok("text", text.strip(" :：").rstrip(".") + ". " + line.text.lstrip(), "", line.strong, line.em),
                 *lines[1][1:]], *lines[2:]]
    if quote is None or COLON_QUOTE.match(text):  # (a quote right after the colon: entries._dashed_citation's,
        return None  # '**3D Diffuser Actor**: "Policy diffusion ...", *arXiv*')
    before = text[: quote.start()].strip(" .,;:")
    if before and not people.parse(before):
        return None
    entry.notes.append(nick)  # type: ignore[arg-type]
    return [_without_lead(rest), *lines[1:]]


def _names_above_quote(lines: list[list[Tok]], entry: ListEntry) -> list[list[Tok]] | None:
    """A line of names, then (after a bold nickname, perhaps) the quoted title, wrapped or not:
    the two as one ``Names. "Title".`` line."""
    first, venue = _after_venue(lines[0]) if len(lines) >= 2 else (None, None)
    if len(lines) < 2 or any(t.kind != "text" or t.strong or t.code for t in first or lines[0]):
        return None
    names_text = _plain_text(first or lines[0]).strip(" ,;")
    nick, rest = _nickname(lines[1])
    after = lines[2:]
    if after and len(rest) == 1 and rest[0].kind == "text" and _OPEN_QUOTE.fullmatch(rest[0].text.strip()) \
            and after[0] and after[0][0].kind == "text" and not after[0][0].strong:
        # (the quoted title wrapped over two lines: '"Effective AER Object ... Maximization' / 'Learning in ...')
        rest = [Tok("text", rest[0].text.rstrip() + " " + after[0][0].text.lstrip()), *after[0][1:]]
        after = after[1:]
    if names_text.endswith(".") and "," in names_text and people.substantial(people.parse(names_text[:-1])):
        names_text = names_text[:-1]  # "- Chenglong Li, Xiaohao Wu, ..., and Jin Tang.  " over '"Title". Venue, 2018.'
        # (xingchenzhang/RGB-T-fusion-tracking-papers-and-results, 44 entries): the names' line ends with a stop
    if not (QUOTED.match(_plain_text(rest).lstrip()) and names_text and not names_text.endswith(".")):
        return None
    names = people.parse(names_text)
    if not names or not people.substantial(names):
        return None
    if nick is not None:
        entry.notes.append(nick)
    if venue is not None:
        offer_venue(entry, venue, f"[{lines[0][1].text.strip()}]")
    rest = _without_lead(rest)
    return [[Tok("text", names_text + ". " + rest[0].text, "", rest[0].strong, rest[0].em), *rest[1:]], *after]


def _after_venue(line: list[Tok]) -> tuple[list[Tok] | None, str | None]:
    """``[**BMVC 2021**] Jiafeng Mao, Qing Yu, Yoko Yamakata, Kiyoharu Aizawa.`` over the quoted title
    (cxliu0/Noisy-Labels-in-Computer-Vision, 28 entries): a bold venue in brackets before the names; the
    line's tokens after it and the venue (else None, None)."""
    if len(line) < 3 or line[0].kind != "text" or line[0].text.strip() != "[" or not line[1].strong \
            or line[2].kind != "text" or not line[2].text.startswith("]"):
        return None, None
    found = venues.parse(line[1].text.strip())
    return ([Tok("text", line[2].text[1:]), *line[3:]], found[0]) if found else (None, None)


_OPEN_QUOTE = re.compile(r"[\"“][^\"“”]{8,300}")


def _nickname(line: list[Tok]) -> tuple[str | None, list[Tok]]:
    """A short bold name opening *line* (``**TDSNN**``, ``**CPM**:``) and the tokens after it."""
    k = next((i for i, t in enumerate(line) if t.kind != "text" or t.text.strip()), None)
    if k is None or line[k].kind != "text" or not line[k].strong or line[k].code:
        return None, line
    name = line[k].text.strip(" :：")
    if len(name) > 30 or len(name.split()) > 3 or QUOTED.search(name) or not re.search(r"[^\W\d]", name):
        # ("**[1]** LeCun, Yann, ...": a reference's number, not a name)
        return None, line
    return name, line[k + 1:]


def _has_quote(line: list[Tok]) -> bool:
    return any(t.kind == "text" and ('"' in t.text or "“" in t.text) for t in line)


def _plain_text(line: list[Tok]) -> str:
    """The text of *line* up to its first link."""
    out = []
    for t in line:
        if t.kind != "text":
            break
        out.append(t.text)
    return "".join(out)


def _without_lead(line: list[Tok]) -> list[Tok]:
    """*line* without the colon or dash that set it off from a nickname."""
    if line and line[0].kind == "text":
        return [Tok("text", line[0].text.lstrip(" :：-–—"), line[0].href, line[0].strong, line[0].em, line[0].code),
                *line[1:]]
    return line


QUOTED = re.compile(r"[\"“]([^\"”]{4,400})[\"”]")  # (a title in quotes, after its names: titles asks too)
_NICKNAMED_QUOTE = re.compile(r"\s*(?:(?P<nick>[^\s\"“”:]{1,30}):\s*)?[\"“](?P<title>[^\"“”]{4,400})[\"”](?P<rest>.*)$",
                              re.DOTALL)
_NAME_BEFORE = re.compile(r"\s*([^\s\"“”:][^\"“”:]{0,40}?)\s*[:：]\s*")  # "Latent Hatred: " before a bold title



def names_then_quote(text: str) -> bool:
    """Does *text* begin as an MLA citation: names, then a title in quotes (``Arik, Sercan O., and Tomas Pfister.
    "TabNet: Attentive Interpretable Tabular Learning." arXiv preprint ...``)?"""
    if '"' not in text and "“" not in text:
        return False
    m = QUOTED.search(text)
    names = text[:m.start()].rstrip() if m else ""
    return m is not None and names.endswith((".", ",")) and len(m.group(1).split()) >= 3 and bool(
        people.parse(names.strip(" .,")))  # (not '**What In-Context Learning "Learns" In-Context: ...**', a title)


_NAME_ALONE = re.compile(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}")  # "Linear Transformer"; not "Sakaji et al. (2008)"
_TAGS_FIRST = re.compile(r"(?:\s*\[[^\[\]]{1,40}\])+\s*")


def quoted_title(toks: list[Tok], entry: ListEntry,
                 bold: Callable[[list[Tok], ListEntry], list[Tok]]) -> list[Tok] | None:
    """``LeCun, Yann, et al. "**Deep learning**." Nature 521 (2015)``: authors, then the quoted title (*bold*: how
    the reader reads a bold title, ``titles``'s). The tokens after it, or None."""
    head = toks[0].text
    quote = max(head.rfind('"'), head.rfind("“"))
    quoted = len(toks) > 1 and (quote > 0 and not head[quote + 1:].strip() or toks[1].text.lstrip()[:1] in '"“')
    if quoted and toks[1].strong and toks[1].kind == "text" and _NAME_BEFORE.fullmatch(head[:quote] if quote > 0
                                                                                         else head):
        # 'Latent Hatred: "**Latent Hatred: A Benchmark ...**".', 'Moral Foundations Twitter Corpus: **"..."**':
        # a name for the paper, then its title (tjunlp-lab/Awesome-LLMs-Evaluation-Papers)
        entry.notes.append(_NAME_BEFORE.fullmatch(head[:quote] if quote > 0 else head).group(1))
        rest = bold(toks[1:], entry)
        if rest and rest[0].kind == "text":
            rest[0] = Tok("text", rest[0].text.lstrip('.”" '))
        return rest
    if quote > 0 and len(toks) > 1 and (toks[1].strong or toks[1].em and toks[1].kind == "text"
                                        and not head[quote + 1:].strip()):
        # ('Min Lu, Lingtao Zhang, Yongmin Liu: "*Background-lead self-attention for image harmonization.*" JEI
        # (2022)', bcmi/Awesome-Image-Harmonization, 71 entries: names, a colon, the title quoted in italics)
        names = people.parse(head[:quote].strip(" .,:"))
        if names:
            entry.authors = names
            if toks[1].strong:
                rest = bold(toks[1:], entry)
            else:
                entry.title, rest = fields.clean_title(toks[1].text.strip().rstrip(".")), toks[2:]
            entry.shape = "citation"
            if rest and rest[0].kind == "text":
                rest[0] = Tok("text", rest[0].text.lstrip('.”" '))
            return rest
    m = QUOTED.search(head)
    if m and m.start() > 0:
        tags = _TAGS_FIRST.match(head, 0, m.start())  # "[Molformer] Wu, Fang, ... and Stan Z. Li. "Title."" after
        before = head[tags.end() if tags else 0: m.start()]
        names = people.parse(before.strip(" .,"))  # "[AAAI 2023]" (JosieHong/awesome-mass-spectrometry-ml)
        if len(names) == 1 and before.rstrip().endswith((":", "：")) and _NAME_ALONE.fullmatch(before.strip(" :：")):
            names = []  # ('Linear Transformer: "Transformers are RNNs: ..."', zh-plus/Awesome-VLP-and-Efficient-
            # Transformer: the method's name, then its paper's title; not 'Min Lu, Lingtao Zhang: "..."', authors)
        if names:  # ("[survey] Zhu, Sijie, ...", alina-mj)
            entry.authors, entry.title, entry.shape = names, m.group(1), "citation"
            for tag in re.findall(r"\[([^\[\]]+)\]", tags.group()) if tags else []:
                if (found := venues.parse(tag) or venue_words.in_words(tag)) and found[1]:
                    offer_venue(entry, found[0], f"[{tag}]")
                else:
                    entry.notes.append(tag)
            rest = [Tok("text", head[m.end():].lstrip(". ")), *toks[1:]]
            ieee = m.group(1).rstrip().endswith(",") or head[m.end():].lstrip().startswith(",") or (
                not head[m.end():].strip(" .") and len(toks) > 1 and toks[1].kind == "link")  # ("“Title.” [arXiv,
            # Aug. 14, 2024.](arXiv)": where, as the link's text)
            return where_after_quote(rest, entry) if ieee else rest  # ('“Title,” *Venue*, vol. 1, ...')
    m = _NICKNAMED_QUOTE.match(head)
    if m and len(m.group("rest")) <= 40:  # "DiMP: "Learning Discriminative Model ..." ICCV. [[Paper]](..)"
        entry.title = m.group("title").strip()
        if m.group("nick"):
            entry.notes.append(m.group("nick"))
        return [Tok("text", m.group("rest")), *toks[1:]]
    return None

