"""What stands before a title in bold, read off the line: a bold venue (or a method's name and venue) before the
title (``**AAAI-2022**:[Title](..)``, ``**ICCV-2021，引用数:1** [Title](..)``, ``**SCM:2022ECCV** Title``), and
within a bold title, a claim or a venue before it (``**_Top-1 Routing ..._ - Switch Transformers: ...**``,
``**(CVPR25)Arc2Avatar: ...**``), or a bold name before the title that follows it (``**D4RL**: Datasets for
...``, ``**G-Eval** - "G-Eval: ..." (2023)``). (The bold title itself is ``titles``'s.)"""

from __future__ import annotations

import re

from ...text import squashed
from . import fields, links, people, venues
from .before_link import title_link
from .before_title import KIND_TAG
from .dates_first import PAREN, date_prefix
from .finishing import WHO_ET_AL_END
from .link_names import add_link
from .model import ListEntry, Tok, offer_venue
from .plain_title import NICKNAME, title_case

# "**Neural Computing-2020, 引用数:17**:" (HCIILAB/Scene-Text-Recognition-Recommendations, 134 lines): a venue, a
# dash, its year (or the day it was posted), then how often it is cited
_VENUE_DASH_YEAR = re.compile(r"(?P<name>[^\W\d_][^:：,，]{0,60}?)\s*-\s*(?P<year>(?:19|20)\d\d)(?:[/.-]\d{1,2}){0,2}"
                              r"(?:\s*[,，]\s*(?P<cited>(?:引用数|cited by)\s*[:：]?\s*\d+))?\s*[:：]?", re.IGNORECASE)


def bold_venue_label(toks: list[Tok], text: str, entry: ListEntry) -> list[Tok] | None:
    """A bold venue and year before the title link (``_VENUE_DASH_YEAR``): the venue, and the citation count
    kept as a note. The tokens from the title link, or None."""
    if not toks[0].strong or len(toks) < 2 or entry.venue or "-" not in text:
        return None
    after = 2 if toks[1].kind == "text" and not toks[1].text.strip(" :：") and len(toks) > 2 else 1
    m = _VENUE_DASH_YEAR.fullmatch(text.strip()) if title_link(toks[after]) else None
    if not m:
        return None
    offer_venue(entry, venues.dated(m.group("name"), int(m.group("year")))[0], text.strip())
    if m.group("cited"):
        entry.notes.append(m.group("cited"))
    entry.shape = "venue-prefix" if entry.shape == "bracket" else entry.shape
    return toks[after:]


def bracketed_bold_venue(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """A venue and its year in bold and in brackets, a colon, then the title link: ``1. [**ACL 2022**]:
    [Nested Named Entity Recognition as ...](..)`` (kaliaanup/Named-Entity-Recognition-Literature, its every
    entry), ``**[EMNLP 2020]**: [Title](..)``. The venue read; the tokens from the title link, or None."""
    if len(toks) > 3 and toks[0].kind == "text" and toks[0].text.strip() == "[" and toks[1].strong \
            and toks[1].kind == "text" and toks[2].kind == "text" and toks[2].text[:1] == "]":
        inner, between, at = toks[1].text, toks[2].text[1:], 3
    elif len(toks) > 2 and toks[0].strong and toks[0].kind == "text" and toks[1].kind == "text" \
            and (m := _IN_BRACKETS.fullmatch(toks[0].text)):
        inner, between, at = m.group(1), toks[1].text, 2
    else:
        return None
    found = venues.parse(inner.strip()) if between.strip() in ("", ":", "：") and title_link(toks[at]) else None
    if not (found and found[1]) or entry.venue:
        return None
    offer_venue(entry, found[0], f"[{inner.strip()}]")
    entry.shape = "venue-prefix" if entry.shape == "bracket" else entry.shape
    return toks[at:]


_IN_BRACKETS = re.compile(r"\s*\[([^\[\]]{2,40})\]\s*")
_NAME_AND_VENUE = re.compile(r"\s*([^\s:：*][^:：*]{0,30}?)\s*[:：]\s*(\S[^:：]{1,20}?)?\s*")


def name_and_venue(toks: list[Tok], text: str, entry: ListEntry) -> bool:
    """A method's name and where it appeared, in bold before a plain title: ``**SCM:2022ECCV** Title``,
    ``**SLT-Net: 2021CVPR**: Title``, ``**WEND:** ***2023ACM MM*** Title`` (gyguo/awesome-weakly-supervised-
    object-localization, 10 entries): the name a note, the venue read, *toks* without them. True when so."""
    m = _NAME_AND_VENUE.fullmatch(text)
    if m is None:
        return False
    after = [t for t in toks[1:3] if t.text.strip()]
    if m.group(2) is None:  # "**WEND:**", then the venue in bold on its own
        found = venues.parse(after[0].text.strip()) if after and after[0].strong and after[0].kind == "text" else None
        if not (found and found[1]):
            return False
        entry.notes.append(m.group(1))
        toks.pop(0)
        return True
    found = venues.parse(m.group(2))
    if not (found and found[1]) or not after or after[0].kind != "text" or after[0].strong:
        return False
    entry.notes.append(m.group(1))
    offer_venue(entry, found[0], text.strip())
    entry.date_year = entry.date_year or found[1]
    toks.pop(0)
    toks[0] = Tok("text", toks[0].text.lstrip(" :：-–"), "", toks[0].strong, toks[0].em, toks[0].code)
    return True


_QUOTED_AFTER_NAME = re.compile(r'["“]([^"”]{8,300})["”]\s*(?:\(((?:19|20)\d\d)\))?\.?')
_NAME_LEAD = re.compile(r":|：|\s+[-–—]\s+")  # "**D4RL**: Datasets ...", "**ELECTRA** - Pre-training ..."


def claim_before_title(run: list[Tok], text: str, entry: ListEntry) -> str:
    """``**_Top-1 Routing and Load Balance Loss_ - Switch Transformers: Scaling to Trillion Parameter Models
    ...**`` (SuperBruceJia/Awesome-Mixture-of-Experts, 19 of 35 entries): what the paper brings, in italics
    and set off by a dash, before the title within the bold; a note. The title without it."""
    first = run[0] if run else None
    if first is None or first.kind != "text" or not first.em or not text.startswith(first.text.strip()):
        return text
    rest = text[len(first.text.strip()):].lstrip()
    if rest[:2] not in ("- ", "– ", "— ") or len(rest[2:].split()) < 3:
        return text
    entry.notes.append(first.text.strip())
    return rest[2:].strip()


def venue_before_bold_title(text: str, entry: ListEntry) -> str:
    """``**(CVPR25)Arc2Avatar: Generating Expressive 3D Avatars ...**``, ``**(ICCV25 Hightlight)Title**``
    (CzJamesZhao/awesome-3dgs-avatar, 59 rows): a venue in brackets opening a bold title is its venue (the
    first word when the whole is not one: a presentation after it); the title without it."""
    if text[:1] not in "([" and (mark := links.EMOJI_ONLY.match(text)) and text[mark.end():mark.end() + 1] in "([":
        text = text[mark.end():]  # "**📑(25.09)Between a Rock and a Hard Place: ...**" (qwrdxer/llm-safety-papers)
    dated = date_prefix(text) if text[:1] in "([" else None
    if dated and len(dated[1].split()) >= 3:  # (that one: the year and month it was posted, before the title)
        entry.date_year = entry.date_year or dated[0]
        return dated[1].strip()
    m = PAREN.match(text) if text[:1] in "([" else None
    inner = next((g for g in m.groups() if g is not None), "").strip() if m else ""
    found = (venues.parse(inner) or venues.parse(inner.split()[0])) if inner else None
    if len(text[m.end():].split()) < 3 if m else True:
        return text
    if (not found or not found[1]) and text[:1] == "[" and 1 <= len(inner.split()) <= 4 and not venues.parse(inner) \
            and not KIND_TAG.match(text):  # (not "[Tutorial]", what the entry is: ``verdict`` reads it)
        dashed = _NAME_DASH_YEAR.fullmatch(inner)
        if dashed:  # "**[IP&M-2022] Characterizing ...**" (ICTMCG/Awesome-Misinfo-Video-Detection): where and when
            offer_venue(entry, f"{dashed.group(1)} {dashed.group(2)}", m.group().strip())
            entry.date_year = entry.date_year or int(dashed.group(2))
        else:  # "**[Matterport3D dataset] Learning from RGB-D Data in Indoor Environments**" (iminolee/Awesome-
            entry.notes.append(inner)  # Vision-and-Language-Navigation): a name, not the title's
        return text[m.end():].strip()
    if not found or not found[1]:
        return text
    offer_venue(entry, found[0], m.group().strip())
    return text[m.end():].strip()


_NAME_DASH_YEAR = re.compile(r"([A-Za-z][\w&.]{1,15})-((?:19|20)\d\d)")
_WHOLE_PAREN = re.compile(r"[(（]([^()（）]{6,300})[)）]")
_SENTENCE_TITLE = re.compile(r"(?!(?:A|An|The|This|These|It|We|Our|Its|Uses?|Proposes?)\b)"
                             r"[A-Z][\w-]*(?: [\w/,:()-]+){4,40}")  # (not "A method that ...": a description)


def named_title(toks: list[Tok], end: int, entry: ListEntry) -> list[Tok] | None:
    """``**D4RL**: Datasets for Deep Data-Driven Reinforcement Learning [[paper](..)]``: a bold
    name, a colon (or a dash) and words in title case are one title, as the paper writes it
    (after ``**ReAct**: a method that ...``, the words are a description), before the links or
    a comma and the authors in italics. The tokens after it."""
    name = entry.title or ""
    inside = name.endswith((":", "：")) and end < len(toks) and toks[end].kind == "text"
    # ("- ***Imagen Video:*** High Definition Video Generation with Diffusion Models [[Paper]](..)",
    # AlonzoLeeeooo/awesome-video-generation, 95 lines: the colon inside the bold)
    lead = _NAME_LEAD.match(toks[end].text) if end < len(toks) and toks[end].kind == "text" and not inside else None
    comma = lead is None and not inside and end < len(toks) and toks[end].kind == "text" and not toks[end].strong \
        and toks[end].text.startswith(", ") and re.fullmatch(NICKNAME, name) is not None and not venues.parse(name)
    # ("**GIF-MCTS**, Generating Code World Models with Large Language Models ... [![arXiv](..)](..)", kkakkkka/
    # awesome-code-as-x, about 15 lines: the method's name, a comma, the title; not "**GAN**, Ian Goodfellow, ...")
    lead = re.match(",", toks[end].text) if comma else lead
    name = name.rstrip(":：").rstrip() if inside else name
    celled = entry.shape == "table" and end + 1 == len(toks)  # ("| 2025 | **URFM**: A general Ultrasound ... |",
    # "| 2025 | **3DINO** A generalizable 3D framework ... |", PLM2233/Awesome-Medical-Foundation-Models: a
    # title cell holds the title, whatever its case, and the name before it may stand without a colon)
    badges = all(t.kind == "link" or not t.text.strip() for t in toks[end + 1:])
    colon = lead is not None and ":" in lead.group() or inside  # ("**Code World Model**: Coding Agent as World
    # Brain. [![arXiv](..)](..) [![Website](..)](..)", kkakkkka/awesome-code-as-x: a name of three words, its badges)
    if len(name) > 24 or len(name.split()) > (3 if colon and badges else 2) or (
            lead is None and not inside and not celled) or toks[end].strong:
        return None
    opened = toks[end].text.rstrip().endswith("[")
    text = toks[end].text[lead.end() if lead else 0:].rstrip().rstrip("[").strip()
    quoted = _QUOTED_AFTER_NAME.fullmatch(text) if lead is not None and text[:1] in '"“' else None
    if quoted:  # '**G-Eval** - "G-Eval: NLG Evaluation using GPT-4 with Better Human Alignment" (2023)' over its
        entry.title = quoted.group(1).strip()  # fields (siyaqi/Awesome-Hallu-Eval, 70 entries): the name, then the
        entry.notes.append(name)  # title in quotes, and its year
        entry.date_year = entry.date_year or (int(quoted.group(2)) if quoted.group(2) else None)
        return ([Tok("text", " [")] if opened else []) + toks[end + 1:]
    # "**Drag-A-Video**: Non-rigid Video Editing with Point-based Interaction, *Teng et al.*": the
    # authors in italics after a comma
    cited = text.endswith(",") and end + 1 < len(toks) and toks[end + 1].kind == "text" and toks[end + 1].em
    if cited:
        text = text[:-1].rstrip()
    words_text = re.split(r"\s[-–—|]\s", text)[0].strip()  # ("... Generators - ICLR 2020 -": the venue after)
    after = text[len(words_text):]
    if words_text.endswith(".") and not words_text.endswith("..") and (badges or colon and ". " not in words_text):
        words_text = words_text[:-1]  # (its full stop before the badges: "... with Language Models. [![arXiv](..)]";
        # before the authors: "**RESA:** Recurrent Feature-Shift Aggregator for Lane Detection. [Tu Zheng](dblp) et
        # al. [AAAI 2021](..)", Rsweater/Awesome-Lane-Detection)
    if comma and (people.parse(words_text) or len(words_text.split()) < 4 or fields.citation_tail(words_text).authors):
        return None
    wrapped = _WHOLE_PAREN.fullmatch(text.strip()) if celled and not comma else None
    if wrapped and len(wrapped.group(1).split()) >= 2 and wrapped.group(1).isascii():  # "| **MV3D** (Multi-View 3D
        # Object Detection Network for Autonomous Driving) | CVPR2017 |" (Hub-Tian/Awesome-3D-Detectors, every row):
        # the method's name, then the paper's title in brackets (not "**MEPNet**（医学实体均衡提示网络，...）", a note
        # in Chinese, xyyy820/3d-medical-report-generation-papers)
        entry.title = wrapped.group(1).strip()
        entry.notes.append(name.strip())
        return toks[end + 1:]
    tailed = False
    if inside and ". " in words_text:  # "- **LLaMA2 :** Llama 2: Open foundation and fine-tuned chat models. 2023.
        head, tail = fields.split_citation(words_text.rstrip())  # [Paper](..)" (adlnlp/FinLLMs, 18 lines): the
        if tail is not None and (tail.venue or tail.year) and not tail.authors:  # title, then its venue and year,
            words_text, after, tailed = head.rstrip("."), words_text[len(head):] + after, True  # in any case
    # (before the authors, the words are the title's even in lower case: "**FLATTEN**: optical FLow-guided ...")
    celled = celled and words_text[:1].isalpha() and words_text[:1].isascii() and (lead is None or ":" in lead.group())
    # (not "**promptfoo** - LLM red teaming framework ...": a tool, described; nor a name over a Chinese note)
    who = WHO_ET_AL_END.search(words_text) if words_text.endswith(")") and " al" in words_text else None
    who = who if who and len(words_text[: who.start()].split()) >= 3 else None
    # ("**LURE**: Analyzing and Mitigating ... Models, (Zhou et al. ICLR2024)", Purshow/Awesome-LVLM-Hallucination:
    # the first author and where, in brackets after the title, which ``finishing`` reads)
    worded = title_case(words_text[: who.start()] if who else words_text) or (
        cited or celled or tailed) and len(words_text.split()) >= 3 and not re.search(
        r"[.!?;]\s", words_text)
    nxt = next((t for t in toks[end + 1:] if t.kind != "text" or t.text.strip()), None)
    if comma and not worded and nxt is None and text.rstrip().endswith(".") and _SENTENCE_TITLE.fullmatch(words_text):
        worded = True  # "- **NOLC**, Infrared small target detection based on non-convex optimization with Lp-norm
        # constraint." over its authors' bullet (Tianfang-Zhang/awesome-infrared-small-targets, 82 entries): a
        # journal's title, in sentence case, alone on its line after the name
    dated = nxt is not None and nxt.kind == "text" and (nxt.strong or nxt.em) and words_text.endswith("(") and bool(
        venues.parse(nxt.text.strip()))  # "**Beyond Joints:** Learning Representations ... (***TIP 2018***) [[paper]
    if dated:  # (..)]" (huguyuehuhu/Awesome-Group-Activity-Recognition): the venue in emphasis after the title
        words_text, after = words_text[:-1].rstrip(), " (" + after
        worded = worded or title_case(words_text)
    placed = not dated and nxt is not None and nxt.kind == "text" and nxt.em and not nxt.strong and (
        words_text.endswith(".") and not words_text.endswith("..")) and venues.year_in(nxt.text) is not None and bool(
        venues.parse(nxt.text.strip().rstrip(".")))  # "- **MLD** — Executing your Commands via Motion Diffusion in
    if placed:  # Latent Space. *CVPR 2023*. [arXiv:2212.04048](..)" (yat0i811/Text-to-Motion-Research-Survey, 180
        words_text = words_text[:-1]  # lines): the title, a full stop, then where it was published in emphasis
        worded = worded or len(words_text.split()) >= 3 and not re.search(r"[.!?;]\s", words_text)
    if not worded or (nxt is not None and nxt.kind != "link" and not cited and not dated and not placed):
        return None
    if comma:
        entry.title = words_text
        entry.notes.append(name)
    elif inside and (re.match(rf"{NICKNAME}(?: \d{{1,2}})?:\s", words_text) or squashed(words_text).startswith(
            squashed(name))):  # "***SkyTimeLapse:*** DTVNet: Dynamic Time-lapse ...", "**LLaMA2 :** Llama 2: Open
        entry.title = words_text  # foundation ...", "**GPT-4 :** GPT-4 Technical Report": the name says what the
        entry.notes.append(name)  # paper is used for here, or says it again; the title names itself
    else:  # (kept whole: hand labels of 35 lists part it as often as they keep it, by the paper's own title)
        entry.title = f"{name}: {words_text}"
    rest = after + (" [" if opened else "")
    return ([Tok("text", rest)] if rest.strip() else []) + toks[end + 1:]


def literal_bold(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """``**Title [nickname](link) **``: CommonMark does not read it as bold; the title is
    still what the two markers enclose."""
    title: list[str] = []
    rest: list[Tok] = []
    closed = False
    first = Tok("text", toks[0].text.lstrip()[2:])
    for t in [first, *toks[1:]]:
        if closed:
            rest.append(t)
        elif t.kind == "link":
            add_link(entry, t.text, t.href)
        elif "**" in t.text:
            before, after = t.text.split("**", 1)
            title.append(before)
            rest.append(Tok("text", after))
            closed = True
        else:
            title.append(t.text)
    entry.title = " ".join("".join(title).split())
    entry.bold = True
    entry.shape = "citation" if entry.shape == "bracket" else entry.shape
    return rest


def dated_code_title(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``**`2022.9`**: `DuetFace: Collaborative Privacy-Preserving Face Recognition ...` accepted by **ACMMM2022**.
    [[paper](..)]`` (Tencent/TFace, every paper): when, in bold code, then the title in code, then where it was
    accepted. The tokens after them, or None when the line does not begin so."""
    if len(toks) < 3 or not (toks[0].strong and toks[0].code) or toks[1].kind != "text" or \
            toks[1].text.strip() != ":" or not toks[2].code or len(toks[2].text.split()) < 3:
        return None
    year = venues.year_of_date(toks[0].text)
    if year is None:
        return None
    entry.date_year = entry.date_year or year
    entry.title, entry.bold = toks[2].text.strip(), True  # (set apart as a bold title is: no prose)
    rest = toks[3:]
    found = venues.parse(rest[1].text) if len(rest) >= 2 and rest[0].kind == "text" and rest[1].strong and \
        _ACCEPTED.fullmatch(rest[0].text) else None
    if found:  # "accepted by **CVPR2021**"
        offer_venue(entry, found[0], rest[1].text.strip())
        entry.date_year = found[1] or entry.date_year
        rest = rest[2:]
        if rest and rest[0].kind == "text":
            rest[0] = Tok("text", rest[0].text.lstrip(". "))
    return rest


_ACCEPTED = re.compile(r"\s*(?:accepted|published|appears?|to appear)\s+(?:by|at|in|to)\s*", re.IGNORECASE)


def name_dash_title(toks: list[Tok], end: int, entry: ListEntry) -> list[Tok] | None:
    """``- **[LoMa](arXiv)** ![ECCV 2026](badge) — Local Feature Matching Revisited [[paper]](..) [[code]](..)``
    (vignywang/Awesome-Local-Feature-Matching, every paper): a method's name linked in bold, its badges (read
    already), then after a dash the title in title case, before the links. The name is a note; the tokens after
    the title, or None when the entry is not so."""
    name = entry.title or ""
    k = end
    while k < len(toks) and toks[k].kind == "text" and not toks[k].text.strip():
        k += 1
    if len(name) > 24 or len(name.split()) > 2 or k + 1 >= len(toks) or toks[k].kind != "text" or toks[k].strong \
            or toks[k + 1].kind != "link":
        return None
    m = _DASH_WORDS.fullmatch(toks[k].text)
    if m is None or not title_case(m.group(1)) or len(m.group(1).split()) < 3:
        return None
    entry.notes.append(name)
    entry.title = m.group(1)
    return ([Tok("text", " [")] if m.group(2) else []) + toks[k + 1:]


_DASH_WORDS = re.compile(r"\s*[—–-]\s+([^\[\]]{8,300}?)\s*(\[?)\s*")


def title_under_name(name: list[Tok], below: list[Tok]) -> bool:
    """Is *name* a short name in bold (linked or not) and the line *below* it its paper's title: plain words,
    more of them than the name's, capitalised, no venue, date or names? ``**[DIAMOND](..)**<br>Diffusion for
    World Modeling: Visual Details Matter in Atari`` in a table's cell (LAMDA-NeSy/Awesome-Game-Embodied-Agents),
    ``- **LLaVA-CoT**`` over ``LLaVA-CoT: Let Vision Language Models Reason Step-by-Step`` (pokerme7777/
    Compositional-Visual-Reasoning-Survey)."""
    shown = [t for t in name if t.kind != "text" or t.text.strip()]
    named = " ".join("".join(t.text for t in shown).split()).split()
    text = " ".join("".join(t.text for t in below).split())
    words = text.split()
    return bool(shown) and all(t.strong for t in shown) and 0 < len(named) <= 6 and all(
        t.kind == "text" and not (t.strong or t.em or t.code) for t in below) and len(words) >= 3 and len(
        words) > len(named) and text[:1].isupper() and not text.endswith(".") and venues.parse(text) is None \
        and venues.year_of_date(text) is None and not ((names := people.parse(text)) and people.only_people(names)) \
        and not _NAMES_FIRST.match(text) and not _YEAR_END.search(text)  # (not who wrote the bold title: "Tim
    # Cooijmans, Nicolas Ballas, ...", "Methani, Ganguly, Khapra, Kumar — WACV 2020")


_NAMES_FIRST = re.compile(r"[A-Z][^\s,]*(?: [^\s,]+){1,2}, [A-Z][^\s,]*(?: [^\s,]+){1,2},")  # two full names
_YEAR_END = re.compile(r"\b(?:19|20)\d\d\W*$")


def name_over_title(lines: list[list[Tok]], entry: ListEntry) -> list[list[Tok]]:
    """A bold name alone on the entry's first line, its paper's title on the second, its links on the third
    (``title_under_name``; pokerme7777/Compositional-Visual-Reasoning-Survey, every entry): the name a note,
    the title the second line; the lines from the links on are read as the entry's."""
    if len(lines) < 3 or not any(t.kind == "link" for t in lines[2]) or not title_under_name(lines[0], lines[1]):
        return lines
    entry.notes.append(" ".join("".join(t.text for t in lines[0]).split()))
    entry.title = " ".join("".join(t.text for t in lines[1]).split())
    return lines[2:]


def venue_then_bold_name(toks: list[Tok], text: str, entry: ListEntry) -> list[Tok] | None:
    """``- ICML 2023, **QRL**: Optimal Goal-Reaching Reinforcement Learning via ..., [Website](..)``, ``- arXiv
    2023.10, **EquivAct**: SIM(3)-Equivariant ...`` (YanjieZe/Paper-List, about 170 entries): the venue and year,
    a comma, then the method's name in bold before the title's colon, read as the same line unbolded reads
    (``ICLR 2021, DDIM: Denoising Diffusion Implicit Models``). The tokens from the name on (else None)."""
    if len(toks) < 3 or toks[0].kind != "text" or toks[0].strong or toks[0].em or toks[0].code or not \
            text.rstrip().endswith(",") or not toks[1].strong or toks[1].kind != "text" or len(
            toks[1].text.split()) > 3 or toks[2].kind != "text" or toks[2].strong or toks[2].text[:1] not in ":：":
        return None
    written = text.strip().rstrip(",").strip()
    found = venues.parse(written)
    if not found or not found[1]:
        return None
    offer_venue(entry, found[0], written)
    entry.date_year = entry.date_year or found[1]
    return [Tok("text", toks[1].text + toks[2].text), *toks[3:]]
