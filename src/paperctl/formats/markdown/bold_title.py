"""A title in bold, the commonest first line of a citation-style entry (``titles`` asks it when the first token
is bold): ``**[Are Your LLMs Capable of Stable Reasoning?](..)**``, ``**Title**``, ``**NetLSD (KDD 2018)**``; and a
title in book-title marks (``《Efficient Neural Audio Synthesis》ICML2018``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import links, people, preprints, venue_words, venues
from .after_title import (
    comma_venue,
    italic_venue_in_bold,
    suffixed_title,
)
from .before_link import NAME_PAREN_YEAR, named_and_placed_later
from .before_title import prefixed_title
from .bold_lines import DASH_FIRST, cited_names
from .bold_prefixes import (
    claim_before_title,
    name_dash_title,
    named_title,
    venue_before_bold_title,
)
from .link_names import add_link
from .model import ListEntry, Tok, offer_venue
from .plain_title import title_case
from .title_marks import angled

Reader = Callable[[list[Tok], ListEntry], list[Tok]]


def _strong_run(toks: list[Tok], i: int) -> int:
    """End (exclusive) of the run of bold tokens starting at *i*."""
    j = i
    while j < len(toks) and (toks[j].strong or (toks[j].kind == "text" and not toks[j].text.strip()
                                                 and j + 1 < len(toks) and toks[j + 1].strong)):
        j += 1
    return j


def _links_after_gap(toks: list[Tok], end: int) -> int:
    """*end*, or where a bold title link ends when the bold run goes on, past a space, only with bold links named
    for what they are: "**[Title](arxiv)**" then "**[[code](github)]**" on the next line of the same paragraph
    (tanfiona/LLM-on-Tabular-Data-Prediction-Table-Understanding-Data-Generation, 60 entries); those are the
    title's links, not a bold title of "[]". So when the bold goes on with those links, after a comma: "**[Title](
    arXiv), [<img alt="GitHub repo" ..>](github), [[🏆Leaderboard]](..)**" (xhinini/LLM-Reasoning-Review, 17 of its
    26 papers; a stray ")" before the stars in two)."""
    if end < 2 or toks[0].kind != "link" or toks[1].kind != "text" or toks[1].text.strip(" ,)"):
        return end
    after = toks[2:end]
    if (toks[1].strong or any(t.kind == "link" for t in after)) and all(
            links.label_word(t.text) if t.kind == "link" else not t.text.strip(" []()|,·") for t in after):
        return 1  # (a badge's link is no token: "**[Title](arXiv), [<img ..>](github)**" ends in ", ")
    return end


def text_of(toks: list[Tok]) -> str:
    """The tokens' text, its spaces folded."""
    return " ".join("".join(t.text for t in toks).split())


_YEAR_OR_MONTH = re.compile(r"((?:19|20)\d\d)(?:[./-](?:0?[1-9]|1[0-2]))?")
_GLUED_ON = re.compile(r"-[A-Za-z]")  # (a title's word goes on after it)
_AND = re.compile(r"\s+(?:and|&)\s+")
_BRACKETED_TITLE = re.compile(r"\[([^\[\]]{2,300}?)\s*\(((?:19|20)\d\d)\)\]")
_NAMES_THEN_YEAR = re.compile(r"(.{3,300}?)\s*\(((?:19|20)\d\d)[a-z]?\)\.?")
_COMMA_YEAR = re.compile(r"[,，]\s*((?:19|20)\d\d)\.?$")
BARE_YEAR = re.compile(r"\s*[\[(（]\s*(?:19|20)\d\d\s*[\])）]")


def name_and_year_bracketed(text: str) -> tuple[str, int] | None:
    """``[Whisper (2022)]``, ``[ECAPA-TDNN (2020)]``, bold over ``  大规模弱监督语音识别 [[arXiv](..)]``
    (xiexukang/awesome-speech-resources, every paper): a title (or a model's name) and its year, in square
    brackets; not a venue (``[CVPR (2020)]``). (The title, its year) or None."""
    m = _BRACKETED_TITLE.fullmatch(text.strip())
    return (m.group(1).strip(), int(m.group(2))) if m and not venues.name_known(m.group(1)) else None


def angled_title(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``《Efficient Neural Audio Synthesis》ICML2018``: the title in book-title marks (``title_marks.angled``), then
    where it appeared. The tokens after it, or None."""
    marked = angled(toks[0].text) if toks[0].kind == "text" and "》" in toks[0].text and not toks[0].code \
        else None
    if marked is None:
        return None
    entry.title, rest = marked
    return ([Tok("text", " " + rest)] if rest.strip() else []) + toks[1:]


def bold_title(toks: list[Tok], entry: ListEntry, again: Reader) -> list[Tok]:
    """A title in bold (``**Title**``, ``**[Title](url)**``), or a bold venue or name before it; the tokens after
    the title. *again* reads a first line anew (``titles.read_title_line``): when the bold is not the title."""
    end = _links_after_gap(toks, _strong_run(toks, 0))
    run = toks[:end]
    cut = next((i for i, t in enumerate(run) if t.kind == "link"), 0)
    if cut and links.label_word(run[cut].text) and all(t.kind == "text" for t in run[:cut]) and len(
            text_of(run[:cut]).split()) >= 3:  # "* **Title [[paper](arXiv)] [VLDB 2020]**" (OpenMined/PyVertical's
        # reading list): the bold runs on past the title over its links and venue, which are read as after it
        head = run[cut - 1].text.rstrip()
        opener = head[-1] if head[-1:] in "[(" else ""
        title = [*run[: cut - 1], Tok("text", head[: len(head) - len(opener)], strong=True)]
        rest = [Tok("text", opener)] if opener else []
        return bold_title([*title, *rest, *(Tok(t.kind, t.text, t.href, False, t.em, t.code, t.title)
                                           for t in run[cut:]), *toks[end:]], entry, again)
    if end < len(toks) and toks[end].kind == "text" and all(t.kind == "text" for t in run) and len(
            text_of(run).split()) <= 2 and (_GLUED_ON.match(toks[end].text) or _AND.fullmatch(toks[end].text) and len(
                toks) > end + 1 and toks[end + 1].strong):  # ("**Adversarial** and **Contrastive** Variational ...")
        k = next((i for i, t in enumerate(toks) if t.kind != "text"), len(toks))  # "**Sparse**-Interest Network for
        plain = Tok("text", "".join(t.text for t in toks[:k]))  # Sequential Recommendation. WSDM 2021." (demoleiwang/
        return again([plain, *toks[k:]], entry)  # awesome-Recommendation-System, 11 of 48): a word of
        # the title in bold, not the title
    text = text_of([t for t in run if t.kind == "text"]) if any(t.kind == "text" and t.text.strip() for t in run) \
        else text_of([Tok("text", t.text) for t in run])
    named = name_and_year_bracketed(text) if all(t.kind == "text" for t in run) else None
    if named:
        entry.title, entry.bold = named[0], True
        entry.date_year = entry.date_year or named[1]
        entry.shape = "citation" if entry.shape == "bracket" else entry.shape
        return toks[end:]
    listed = _NAMES_THEN_YEAR.fullmatch(text.strip()) if end == len(toks) and all(
        t.kind == "text" for t in run) and not entry.authors else None
    names = people.parse(listed.group(1)) if listed and ("," in listed.group(1) or "&" in listed.group(1)) else []
    if names:  # "1. **Reed, I. S., & Yu, X. (1990)**" over "*Title*", "IEEE Transactions on ..., 38(10), 1760-1770."
        entry.authors, entry.date_year = names, int(listed.group(2))  # (an APA reference a line a part: sachin-
        return []  # deshik-10/IRST_LIBRARY's bibliography, every entry): who and when; the title on the next line
    cited = cited_names(text) if all(t.kind == "text" for t in run) and end < len(toks) else None
    dashed = DASH_FIRST.match(toks[end].text) if cited and toks[end].kind == "text" else None
    if cited and dashed and len(toks[end].text[dashed.end():].split()) >= 2:
        # "**Schuman et al. (2017)** - A Survey of Neuromorphic Computing and Neural Networks in Hardware" (Brain2nd/
        # MofNeuroSim, every paper, its fields and BibTeX below): who wrote it and when, a dash, then the title
        entry.authors, year = cited
        entry.date_year = entry.date_year or year
        return again([Tok("text", toks[end].text[dashed.end():]), *toks[end + 1:]], entry)
    found = venues.parse(text)
    if found and (named := NAME_PAREN_YEAR.fullmatch(text.strip())) and not venues.is_known_name(named.group(1)):
        found = None  # "**ComBat (2007).** [[Article1]](..)" (dzyim/single-cell-models): a method's name and its year
    following = text_of([t for t in toks[end:] if t.kind == "text"]) + " ".join(
        t.text for t in toks[end:] if t.kind == "link" and not links.label_word(t.text))
    if found and len(text) < 40 and len(following.strip(" ,.:-–—")) >= 3:
        # "**CVPR 2023** Title ...": a venue, not the title (a bold venue with nothing after is the title)
        if len(run) == 1 and run[0].kind == "link" and named_and_placed_later(text, following):
            entry.notes.append(text.strip(" []"))  # "**[[SURGE'21]](arXiv)** Sequential Recommendation with Graph
            add_link(entry, "paper", run[0].href)  # Neural Networks. SIGIR 2021." (demoleiwang/awesome-Recommendation-
            # System, 48 papers): the method's name and year linking the paper; where it appeared, after the title
        else:
            entry.venue, entry.venue_written = found[0], text
        rest = toks[end:]
        if rest and rest[0].kind == "text":
            rest[0] = Tok("text", rest[0].text, strong=rest[0].strong)
        return again(rest, entry) if rest else []
    entry.bold = True
    entry.shape = "citation" if entry.shape == "bracket" else entry.shape
    after = toks[end].text.lstrip() if end < len(toks) and toks[end].kind == "text" else ""
    entry.label = text.rstrip().endswith((":", "：")) or after.startswith((":", "："))
    only_links = [t for t in run if t.kind == "link"]
    extra = " ".join(t.text for t in run if t.kind == "text").strip(" .")  # "**[title](arXiv) (2018)**" (autistic-
    year = BARE_YEAR.fullmatch(extra) if extra else None  # symposium/quantum-computing-toolkit, 50 entries): the
    placed = venues.parse(extra) if extra[:1] in "([（" and not year else None  # link's title, and its year or venue
    if extra[:1] == "," and not year and (placed := venues.parse(extra[1:].strip())):  # "**[KPConv](arXiv), ICCV
        extra = extra[1:].strip()  # 2019.**" (PJLab-ADG/OpenPCSeg's road map, every paper): the venue after a comma
    if len(only_links) == 1 and (not extra or year or placed):
        if year:
            entry.date_year = entry.date_year or int(venues.FOUR_DIGIT_YEAR.search(extra).group())  # type: ignore
        elif placed:
            offer_venue(entry, placed[0], extra)
            entry.date_year = entry.date_year or placed[1]
        link = only_links[0]
        entry.title = suffixed_title(prefixed_title(link.text, entry), entry)  # ("**[Title(ICRA2019)](..)**")
        entry.title_target = links.classify(link.href).kind
        add_link(entry, link.text, link.href, title=True)
        dashed = name_dash_title(toks, end, entry)
        if dashed is not None:
            return dashed
    else:
        entry.title = venue_before_bold_title(claim_before_title(run, text, entry), entry)
        italic_venue_in_bold(run, entry)
        if entry.venue is None and entry.title and (cut := comma_venue(entry.title, entry)) is not None:
            entry.title = cut  # "**Online Knowledge Distillation with Diverse Peers, AAAI 2020**"
        elif entry.title and (dated := _COMMA_YEAR.search(entry.title)) and len(
                entry.title[:dated.start()].split()) >= 3 and not entry.title[:dated.start()].endswith(("al", "al.")):
            # (not "... the GDPR. Wachter et. al., 2017": who wrote it, then when, a citation's)
            entry.title = entry.title[:dated.start()]  # "**Bidirectional LSTM-CRF Models for Sequence Tagging, 2015**"
            entry.date_year = entry.date_year or int(dated.group(1))  # (pangsinidjfi/KG_papers): its year
        text = text[:-1] if text.endswith(").") else text  # ("**limma (2003).**", dzyim/single-cell-models)
        opening = text.rfind("(", max(0, len(text) - 43)) if text.endswith(")") else -1
        inner = text[opening + 1 : -1] if opening > 0 else ""
        venue = venues.parse(inner) or (preprints.posted_as_venue(re.sub(r"(?<=[a-z])(?=\d)", " ", inner)) if re.match(
            r"[a-z]+\d", inner) else None) or (venue_words.in_words(inner, least=2) if text[:opening].rstrip().endswith(
                ",") else None) if inner and "(" not in inner else None  # ("(arxiv2017.08)": posted in
        # August 2017, hnuzhy/CV_DL_Gather; not "(Arxiv 2025.08)", which the user's own list keeps as written)
        if venue and text[:opening].strip():  # "**NetLSD (KDD 2018)**": the venue in the bold, after the title
            entry.title = text[:opening].rstrip().rstrip(",")  # ("**- Title, (Pattern Recognition 2024)**")
            offer_venue(entry, venue[0], inner)
            rest = toks[end:]
            if len(entry.title.split()) <= 2 and rest and rest[0].kind == "text" and not rest[0].strong \
                    and title_case(rest[0].text.strip().split(" [")[0]) and len(rest[0].text.split()) >= 4:
                # "* **VAT (TPAMI2018)** Virtual Adversarial Training: A Regularization Method for ... [[paper
                # link](..)]" (hnuzhy/CV_DL_Gather, 101 lines): the method's name and venue, then its title
                entry.notes.append(entry.title)
                entry.title, entry.bold = None, False
                return again(rest, entry)
        elif inner and (dated := _YEAR_OR_MONTH.fullmatch(inner.strip())) and text[:opening].strip() and not \
                text[:opening].rstrip().endswith("al."):  # (not "A Reply to Ogburn et al. (2019)", a title's own)
            entry.title = text[:opening].rstrip()  # "**Instant4D: 4D Gaussian Splatting in Minutes (2025)**"
            entry.date_year = entry.date_year or int(dated.group(1))  # (duyanxi/awesome-4DGS, 45 lines): its year;
            # "**SimPO: ... Reward (2024.5)**" (KbsdJames/Awesome-LLM-Preference-Learning, 99 entries): its month
        for t in only_links:
            add_link(entry, t.text, t.href)
        named = named_title(toks, end, entry)
        if named is not None:
            return named
    return toks[end:]
