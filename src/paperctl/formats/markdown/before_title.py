"""What an entry's first line says before its title.

A reference number, ``【tag】`` prefixes, a venue, a name (``[StreamingLLM]``) (a bold name or a link word and a
colon before the title link, ``**VALL-E**: [Title](..)``, ``Paper: [Title](..)``, or a venue or labelled link
before it: ``before_link``; the authors before the title: ``authors_before``; a date or a year opening the line:
``dates_first``): ``titles.read_title_line`` takes these off the line, each with what it says, before it looks for
the title. ``name_line_above`` goes first, over the entry's lines (a name in brackets alone above the bold title).
Names and groups in brackets before a bold title (``bracketed_name``, ``brackets_before_bold``) and tags in code
(``code_tag_before_title``) are read here too; whole references (APA, MLA, GB/T) in ``references``.
"""

from __future__ import annotations

import re

from ...text import squashed
from . import fields, links, people, preprints, venue_words, venues
from .dates_first import CAPS_NAME, PAREN, date_prefix
from .model import ListEntry, Tok, apply_tail, offer_venue
from .title_marks import dated_groups

TAG_PREFIX = re.compile(r"^\s*((?:【[^】]*】\s*)+)")
COLON_QUOTE = re.compile(r"\s*[:：]\s*(?=[\"“])")  # '**3D Diffuser Actor**: "Policy diffusion ...", *arXiv*'


_BRACKET_ONLY = re.compile(r"\s*(?:\[([^\[\]]{1,40})\]|\(([^()]{1,40})\))\s*")  # "**[LLaVA]**", "**(CoRAG)**"
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Words that say what an entry is when it is no paper: a tag before it ("[Tutorial]"), a label before its link
# ("Blog: [..](..)", ``before_link.kind_before_link``)
KIND_WORDS = r"tutorials?|blog(?: post)?|video|talk|slides?|book|course|lecture|podcast|demo"
KIND_TAG = re.compile(rf"^\s*[\[(【]\s*({KIND_WORDS}|code|tool|toolkit|library|news)\s*[\])】]", re.IGNORECASE)


TRACK_CLOSE = re.compile(r"\s*(?:Workshops?|Findings?|Oral|Spotlight|Poster|Demo)\s*\]", re.IGNORECASE)
_WORDS_AND_YEAR = re.compile(r"[A-Z][A-Za-z&.'-]*(?: [A-Za-z&.'-]+){0,5} (?:19|20)\d\d")


def bold_in_brackets(toks: list[Tok], text: str, entry: ListEntry) -> list[Tok] | None:
    """``[**ACL 2021**] Cross-modal Memory Networks ...`` (richard-peng-xia/awesome-multimodal-in-medical-imaging):
    the bold inside the brackets is the prefix's, read as ``[ACL 2021] ...``; ``[**Remote sensing 2024**]``
    (iOPENCap/awesome-remote-image-captioning), a journal in words and its year, the venue as stated;
    ``[**ALOCC**]Title`` (hoya012/awesome-anomaly-detection), as ``**[LLaVA]** Title``: a nickname, kept as a
    note. The tokens to read on, or None when *toks* (*text*: the first's) do not start so."""
    if not (text.strip() in ("[", "(") and len(toks) > 2 and toks[1].kind == "text" and (toks[1].strong or toks[1].em)
            and toks[2].kind == "text" and (toks[2].text.startswith("])"[text.strip() == "("]) or (
                text.strip() == "[" and TRACK_CLOSE.match(toks[2].text)))):  # ("[**ICCV'23** Workshop] Title")
        return None
    inner = toks[1].text.strip()
    barred = _YEAR_BAR_NAME.fullmatch(inner)
    if barred:
        dated = f"{barred.group(2).strip()} {barred.group(1)}"
        if barred.group(3):  # "[**2023 | Nature | Precipitation**] Skilful nowcasting ..." (XiongWeiTHU/Awesome-AI-
            entry.notes.append(barred.group(3).strip())  # for-Atmosphere-and-Ocean, 74 lines): what it is about
        if a_venue(dated):  # "[**2020 | ICLR**] Shifted and Squeezed 8-bit ..." (jmluu/Awesome-Efficient-Training)
            return [Tok("text", text.strip() + dated + toks[2].text), *toks[3:]]
        if _WORDS_AND_YEAR.fullmatch(dated):  # "[**2022 | Deep Sea Research Part I**]": a journal in words, where
            offer_venue(entry, dated, f"[**{inner}**]")  # the bar puts the venue
            entry.date_year = entry.date_year or int(barred.group(1))
            return [Tok("text", toks[2].text[1:]), *toks[3:]]
    if text.strip() == "[" and not toks[2].text[1:].strip() and len(toks) > 3 and toks[3].kind == "link" and len(
            inner.split()) >= 2 and links.label_word(toks[3].text.strip("[] ")) and not a_venue(inner) and \
            venues.year_of_date(inner) is None:
        # "[**Fashion Style Generator**] [[Paper]](ijcai) *(IJCAI 2017)*" (ycjing/Neural-Style-Transfer-Papers,
        # every paper so): the bold title, bracketed; its links after it
        return [Tok("text", inner, strong=True), Tok("text", toks[2].text[1:]), *toks[3:]]
    if a_venue(inner) or venues.year_of_date(inner) is not None or not toks[2].text[1:].strip():
        return [Tok("text", text.strip() + toks[1].text + toks[2].text), *toks[3:]]
    apostrophe = _NAME_APOSTROPHE_YEAR.fullmatch(inner)  # "(*arXiv'2024.10*)", "(*Building Simulation'2025*)" (usail-
    name, year = (apostrophe.group(1), int(apostrophe.group(2))) if apostrophe else ("", 0)  # hkust/Awesome-Urban-LLM-
    posted = preprints.posted_as_venue(inner) or (  # Agents, 27 lines): the year in full after an apostrophe
        (venues.as_arxiv(name, year), year) if venues.preprint(name) else venues.dated(name, year) if name else None)
    if posted:  # "(*arXiv 2024.3*) LAMP: ..." (usail-hkust/Awesome-Urban-Foundation-Models, 54 entries): posted then
        offer_venue(entry, posted[0], f"{text.strip()}*{inner}*{toks[2].text[:1]}")
        entry.date_year = entry.date_year or posted[1]
    elif _WORDS_AND_YEAR.fullmatch(inner):
        offer_venue(entry, inner, f"[**{inner}**]")
    else:
        entry.notes.append(inner)
    return [Tok("text", toks[2].text[1:]), *toks[3:]]


_YEAR_BAR_NAME = re.compile(r"((?:19|20)\d\d)\s*\|\s*([A-Za-z][\w&' .-]{1,50}?)(?:\s*\|\s*([^|]{2,40}))?")


def bracketed_name(toks: list[Tok], text: str) -> str | None:
    """The name in brackets that *toks* start with (their first token's text *text*) when a title
    follows it: bold itself (``**[LLaVA]** Visual Instruction Tuning``), or plain before a bold
    title (``\\[Euclid/Geoperception] **Euclid: Supercharging ...**``, majianz/dl4gps, 60 lines).
    None when the brackets hold a venue (``[ICASSP 2024] **Title**``), a date or a kind of thing."""
    bracket = _BRACKET_ONLY.fullmatch(text)
    if not bracket or len(toks) < 2:
        return None
    name = bracket.group(1) or bracket.group(2)
    if not toks[0].strong and not (toks[1].strong and len(toks[1].text.split()) >= 3):
        return None
    if venues.parse(name) or venues.year_of_date(name) is not None or KIND_TAG.match(text) or \
            venues.year_dash_name(name):  # ("**[2023-arXiv]** Title": when and where, ``venue_prefix``'s)
        return None
    if not toks[0].strong and (not bracket.group(1) or "," in name or _ANY_YEAR.search(name)
                               or venue_prefix(text, toks[1].text, [])[0]):
        # "[2023 Engineering] **Title**": a venue; "(Vivid, beginner-friendly) **Yoshua Bengio's Primer ...**"
        # (zhijing-jin/CausalNLP_Papers): a description
        return None
    return name


_ANGLED = re.compile(r"(?:<<|«)\s*([^<>«»]{1,40}?)\s*(?:>>|»)")


def name_line_above(lines: list[list[Tok]], entry: ListEntry) -> list[list[Tok]]:
    """``76. \\[M3CoT]`` then ``**M3CoT: A Novel Benchmark ...**, ACL 2024`` then the links (majianz/dl4gps,
    49 entries): a name in brackets alone on the first line, the bold title below it; or a citation
    key linking the list's own reference. The name is a note; the entry is read from the title's line."""
    if len(lines) >= 2 and lines[1] and _key_alone(lines[0]):  # "[[Zhao2016a](#zhao2016a)]" then the title
        entry.notes.append(lines[0][1].text.strip())  # (arranger1044/awesome-spn, 92 entries)
        return lines[1:]
    if len(lines) < 2 or len(lines[0]) != 1 or lines[0][0].kind != "text" or not lines[1]:
        return lines
    dated = date_prefix(lines[0][0].text) if lines[1][0].strong or lines[1][0].em else None
    if dated is not None and not dated[1].strip():  # "<sup>[2023-08-15]</sup>" over "***SGDiff: ...***\\", then
        entry.date_year = entry.date_year or dated[0]  # "<sup>[[paper]](arXiv)" and its description (rizavelioglu/
        return lines[1:]  # awesome-virtual-try-off, every paper): when it was posted, on a line of its own
    names = _names_alone(lines[0][0], lines[1])
    if names:  # "- <a name="misra2016cross"></a> Misra, I., Shrivastava, A., Gupta, A., & Hebert, M." over
        entry.authors = entry.authors or names  # "*[Cross-stitch networks for multi-task learning](..)*," and
        return lines[1:]  # "CVPR, 2016. [[PyTorch](..)]" (SimonVandenhende/Awesome-Multi-Task-Learning, 46 entries)
    angled = _ANGLED.fullmatch(lines[0][0].text.strip(" \\")) if lines[1][0].strong else None
    if angled:  # "<< FOUND >> \" over "**Unsupervised Object Localization: ...**, CVPR 2023" (valeoai/Awesome-
        entry.notes.append(angled.group(1))  # Unsupervised-Object-Localization, 30 entries): the method's name
        return lines[1:]
    name = bracketed_name([lines[0][0], lines[1][0]], fields.strip_lead(lines[0][0].text)[0])
    if name is None or lines[0][0].strong:
        return lines
    entry.notes.append(name)
    return lines[1:]


def _names_alone(first: Tok, below: list[Tok]) -> list[str]:
    """The authors, when the first line is their names alone (``Misra, I., ..., & Hebert, M.``, two or more,
    every one a person's) and the line below begins with the title's link."""
    title = next((t for t in below if t.kind != "text" or t.text.strip()), None)
    if title is None or title.kind != "link" or len(title.text.split()) < 3 or first.strong or first.code:
        return []
    written = first.text.strip().rstrip(",;")
    names = people.parse(written)
    if len(names) == 1 and _SURNAME_INITIALS.fullmatch(written):
        return names  # "Ruder, S." alone
    return names if len(names) >= 2 and people.only_people(names) and people.substantial(names) else []


_SURNAME_INITIALS = re.compile(r"[A-Z][\w'’-]+, (?:[A-Z]\.\s?){1,3}")


def _key_alone(line: list[Tok]) -> bool:
    """A line that is only a citation key in brackets linking the list's own reference."""
    return len(line) == 3 and line[0].text.strip() == "[" and line[1].kind == "link" and \
        line[1].href.startswith("#") and bool(line[1].text.strip()) and line[2].text.strip() == "]"





def _drop_chars(toks: list[Tok], n: int) -> list[Tok]:
    """*toks* without their first *n* characters of text."""
    out = list(toks)
    while out and n > 0 and out[0].kind == "text":
        t = out[0]
        if len(t.text) <= n:
            n -= len(t.text)
            out.pop(0)
        else:
            out[0] = Tok("text", t.text[n:], strong=t.strong, em=t.em, code=t.code)
            n = 0
    return out


def venue_colon(text: str) -> tuple[str, str, int] | None:
    """``ICDE 2023: Unsupervised Graph Outlier Detection: ...``, ``ACL2015: **Event Extraction ...**``: a venue
    with its year, then a colon, at the start of *text*: (the venue, as written, where what follows begins)."""
    colon = _VENUE_COLON.match(text[:80])  # (a venue prefix is short: never a scan of a long line)
    found = venues.parse(colon.group(1)) if colon else None
    return (found[0], colon.group(1), colon.end()) if found and found[1] else None


_VENUE_COLON = re.compile(r"\s*([^:：\[\]()]{3,40}?)\s*[:：]\s+")


def coded_title(toks: list[Tok]) -> list[Tok]:
    """``- `Neural Architecture Search with Reinforcement Learning` [[pdf]](arXiv)`` (leili666/awesome-architecture-
    search): a title written in code, before the links, is the title; a short code span is a tag (``- `SVOS` ...``),
    and so is one in brackets (``- `(25 May 2023 arxiv)` `Type1` Title``, yangluo23/LLM4EDA: when it was posted)."""
    if not toks or not toks[0].code or len(toks[0].text.split()) < 4 or toks[0].text.lstrip()[:1] in "([" or \
            venues.parse(toks[0].text) or \
            venue_words.in_words(toks[0].text) or (  # (nor a journal and its year: "`IEEE Sensors Journal 2026`
            # **Title**")
            len(toks) > 1 and toks[1].kind != "link" and toks[1].text.strip()[:1] not in ("", "[", "(", "-", "–")):
        return toks
    return [Tok("text", toks[0].text.strip()), *toks[1:]]


def leading_tags(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """``【**🚀RL**】**Title**``: tags before the title are kept as a note."""
    k = 0
    while k < len(toks) and toks[k].kind == "text":
        k += 1
    head = "".join(t.text for t in toks[:k])
    m = TAG_PREFIX.match(head) if "【" in head else None  # (exact: a tag opens with one)
    if not m or not head[m.end():].strip() and k == len(toks):
        return toks
    tag = m.group(1).strip()
    found = venues.parse(tag) if tag.count("【") == 1 else None
    dated = venues.year_of_date(tag[1:-1]) if tag.count("【") == 1 and not found else None
    if found and not entry.venue:
        entry.venue, entry.venue_written, entry.shape = found[0], tag, "venue-prefix"  # "【CVPR 2023】Title"
    elif dated is not None:
        entry.date_year = entry.date_year or dated  # "【202407】Title" (franciscoliu/Awesome-GenAI-Unlearning, 95
        # lines): when it came out
    else:
        entry.notes.insert(0, tag)
    return _drop_chars(toks, m.end())


_BRACKET_RUN = re.compile(r"\s*(?:\[[^\[\]]{1,80}\]\s*){1,4}")


def brackets_before_bold(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``\\`SSOD\\` \\[Sen Pei]\\[ICLR 2024]**Image background serves as ...**[[PDF](..)]``
    (shuolucs/Awesome-Out-Of-Distribution-Detection, 197 lines): a name in code, perhaps, then groups in
    brackets, then the bold title. Each group is the venue, the authors (names, ``Zou et al.``) or a
    note. The tokens from the title on, or None when *toks* are not so."""
    k = 1 if toks and toks[0].code and len(toks[0].text.split()) <= 4 else 0
    if len(toks) < k + 2 or toks[k].code or toks[k].strong or not toks[k + 1].strong \
            or len(toks[k + 1].text.split()) < 3 or not _BRACKET_RUN.fullmatch(toks[k].text):
        return None
    groups = re.findall(r"\[([^\[\]]+)\]", toks[k].text)
    cited = fields.citation_tail(groups[0]) if len(groups) == 1 and " al" in groups[0] else None
    cited = cited if cited and cited.explained and cited.authors and cited.venue else None
    if not k and len(groups) < 2 and cited is None:
        return None  # one group alone: ``bracketed_name`` and ``venue_prefix`` read it
    notes = [toks[0].text.strip()] if k and toks[0].text.strip() not in ("...", "…") else []
    for group in groups:
        found = venues.parse(group) or preprints.posted_as_venue(group)
        names = people.parse(group) if not found else []
        if cited is not None:  # "\`TTT\` [Sun et al., Proc. ICML 2020] **Title**" (tim-learn/awesome-test-time-
            apply_tail(cited, group, entry)  # adaptation, every paper so): who, and where, in one group
        elif found and not entry.venue:
            entry.venue, entry.venue_written = found[0], f"[{group}]"
        elif names and not entry.authors:
            entry.authors = names
        else:
            notes.append(group)
    entry.notes += notes
    return toks[k + 1:]


_WHO_THEN_DASH = re.compile(r"\s*(?:\(([^()]{2,80})\))?\s*[-–—:]\s*")


def name_then_italic_title(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``**PCT** (Guo et al.) - *PCT: Point Cloud Transformer*. Computational Visual Media 2021. [Paper](..)``
    (weijiawang96's 3D list, 109 lines): a bold name, who wrote it perhaps, a dash, the title in italics.
    The name is a note; the tokens after the title, or None."""
    if len(toks) < 3 or not toks[0].strong or toks[0].em or toks[1].strong or toks[1].em or not toks[2].em or \
            toks[2].strong or len(toks[2].text.split()) < 3:
        return None
    if len(toks[0].text.split()) > 3 and not (toks[2].text.lstrip()[:1] in '"“' and len(toks[0].text.split()) <= 10
                                               and len(toks[2].text.split()) >= len(toks[0].text.split())):
        return None  # (a longer name where the title in italics is quoted in full after it: "**Is Sora a World
        # Simulator?** — *"Is Sora a World Simulator? A Comprehensive Survey on ..."*", ADu2021/awesome-action-
        # conditioned-video-gen, 10 of its 51 papers)
    who = _WHO_THEN_DASH.fullmatch(toks[1].text)
    if not who:
        return None
    names = people.parse(who.group(1)) if who.group(1) else []
    if who.group(1) and not names:
        return None
    entry.title = toks[2].text.strip().rstrip(".")
    if squashed(toks[0].text) != squashed(entry.title):  # (not the title again, bold: "**A Survey of Interactive
        entry.notes.append(toks[0].text.strip())  # Generative Video** — *"A Survey of Interactive Generative Video"*")
    entry.authors = entry.authors or names
    after = toks[3].text.strip(" .,") if len(toks) > 3 and toks[3].kind == "text" and not toks[3].em else ""
    where = (venues.parse(after) or venue_words.in_words(after)) if after else None
    if where and where[1]:  # ". Computational Visual Media 2021. ": a journal in words, not a name and a venue
        offer_venue(entry, where[0], after)
        return toks[4:]
    return toks[3:]


def code_tag_before_title(toks: list[Tok], text: str) -> bool:
    """``**`Learning`** **`RAL`** P-GAT : Pose-Graph Attentional Network ...`` (hogyun2/awesome-lidar-place-
    recognition, 58 entries): a bold tag in code (*text*, not a venue) before another such tag or a plain
    title, a note; the venue tag after it is read as a venue."""
    nxt = next((t for t in toks[1:] if t.kind != "text" or t.text.strip()), None) if toks[0].code else None
    return nxt is not None and len(text.split()) <= 3 and not (venues.parse(text) or venue_words.in_words(text)) \
        and nxt.kind == "text" and (
        (toks[0].strong and (nxt.code or (not nxt.strong and len(nxt.text.split()) >= 3)))
        or (not toks[0].strong and nxt.strong and not nxt.code and len(nxt.text.split()) >= 2))
    # ("- `ViP-LLaVA` **Making Large Multimodal Models Understand Arbitrary Visual Prompts.** CVPR 2024.",
    # zhengli97/Awesome-Prompt-Adapter-Learning-for-VLMs, 96 entries: the method's name, then its bold title)


GROUP_PARTS = re.compile(r"\s*[,;，]\s*")  # "(CoCoOp, CVPR2022)": the parts of a group


def venue_prefix(text: str, following: str, nicknames: list[str], year_before: bool = False) -> tuple[
        str | None, str | None, str]:
    """A bracketed venue at the start of *text*: (venue, as written, rest of text).
    A bracketed word the title repeats is a nickname and is dropped; a method's name the
    title does not repeat (``[StreamingLLM]``) goes into *nicknames*, for the notes. *year_before*: the paper's year
    came in brackets just before (``- (2015) (AAS) Title``: then a name in brackets is where it appeared)."""
    m = PAREN.match(text)
    if not m:
        return None, None, text
    inner = next(g for g in m.groups() if g is not None).strip()
    rest = text[m.end():]
    if m.group(1) is not None and not rest.strip(" ,[") and "," in inner and len(inner.rpartition(",")[0].split(
            )) >= 3 and (not following.strip() or links.label_word(following.strip(" []"))):
        return None, None, text  # "- [3D Human Pose Estimation with 2D Marginal Heatmaps, WACV2019], [[code](..)]"
        # (yxxxqqq/Human-Pose): the title and where, the brackets of a link never given, no venue before a title
    title_start = (rest.strip() or following).lstrip("* ")
    parts = [inner, *GROUP_PARTS.split(inner)]
    if "|" in inner:  # "[2024.10|🌿 CCF-A ECCV] Title" (Mengqi97/Awesome-Embodied-Planning, every paper): the month,
        # then the list's mark and the venue's CCF rank, which its legend explains (notes), then the venue's name
        parts = [inner, *(q.strip() for p in _BAR.split(inner) for q in _RANKED.fullmatch(p).groups() if q.strip())]
    posted = preprints.posted_as_venue(inner) if m.group(1) is not None else None
    if posted:  # "[Arxiv 2025.05] **Title**" (Yorkson-huang/awesome-affective-computing, 95 lines): posted in 2025,
        return posted[0], m.group().strip(), rest  # the month left out as the labels leave it (not "(Arxiv 2025.08)")
    dated = venues.named_and_dated(inner) if "," in inner and not venues.parse(inner) else None
    if dated:  # "**(IEEE Access, 2021) Deep Graph Generators: A Survey [Paper](..)**" (Ji-Cather/generative-graphs-
        return dated[0], m.group().strip(), rest  # survey): a journal, a comma, its year
    for part in parts:
        yy_first = _YY_NAME.fullmatch(part)  # "[22ICLR] STEP-UNROLLED DENOISING ..." (LitterBrother-Xiao/Overview-of-
        found = venues.parse(f"{yy_first.group(2)}'{yy_first.group(1)}" if yy_first else part) or (  # Non-auto-
            venues.year_dash_name(part))  # regressive-Applications, 195 entries): the year's last two digits, then
        # the venue; "(2022-NAACL, CCF-B) **SeaD**: ..." (eosphoros-ai/Awesome-Text2SQL): the year, a dash, the
        # venue, and its rank (kept as a note); "**[2023-arXiv]** Title, [[paper](..)]" (GeorgeDu/text-conditioned-
        # 3d-generation, 161 entries)
        if found:
            year = next((p for p in parts[1:] if _YEAR_ALONE.fullmatch(p)), None) if not found[1] else None
            dated = venues.parse(f"{part} {year}") if year else None  # "(2017, Arxiv) **Title**" (jxzhangjhu/
            found = dated if dated and dated[1] else found  # Robustness-and-Uncertainty): the year, then where
            nicknames[:] = [p for p in parts[1:] if p and p != part and not (dated and p == year)] \
                if part != inner else []  # "Mamba-2"
            return found[0], m.group().strip(), rest
    if title_start.lower().startswith(inner.lower()) or not inner or "&" in inner and squashed(
            title_start).startswith(squashed(inner)):  # ("[Wide&Deep] Wide & Deep Learning for Recommender Systems",
        return None, None, rest  # wzhe06/Reco-papers) **[DeiT III]** DeiT III: ...
    posted = _ARXIV_KEY.fullmatch(inner)
    if posted:  # "[arXiv:2405.19654] **Unlocking the Power of ...**" (Event-AHU/Medical_Image_Analysis, 21 entries;
        nicknames[:] = [inner]  # Event-AHU/OpenEvDET): a preprint, venue arXiv as the rules write `arXiv:ID` alone
        return "arXiv", m.group().strip(), rest  # (the ID is read from the note, as before; its year is no venue's)
    if _AUTHOR_YEAR_KEY.fullmatch(inner) and len(rest.split()) >= 3:  # "[Ji2024] ANAH: Analytical Annotation ..."
        nicknames[:] = [inner]  # (mala-lab/Awesome-LLM-LVLM-Hallucination-Detection-and-Mitigation, 89 lines): a
        return None, None, rest  # citation key, the first author's name and the year, kept as a note
    journal = journal_and_year(inner)
    if journal:  # "[Neural Networks 2025] **DialogueLLM: ...**": a journal named in words; "[NeuroImage 2021]"
        return journal[0], m.group().strip(), rest
    year_first = year_then_venue(inner)
    if year_first:  # "[2023 Nature Computational Science] **Title**", "[2019 JCIM]" (OmicsML/awesome-molecule-...)
        return year_first[0], m.group().strip(), rest
    words = inner.split()
    if not CAPS_NAME.fullmatch(inner) and _NICK_PREFIX.fullmatch(inner) and \
            len(rest.split()) >= 3 and not venues.is_known_name(words[0]) and rest.lstrip()[:1] not in ":：":
        # (not "[RoomNav]: Building Generalizable Agents ...": the name begins the title there)
        nicknames[:] = [inner]  # "[StreamingLLM] EFFICIENT STREAMING ..." (DefTruth/Awesome-LLM-Inference): a name
        return None, None, rest
    if CAPS_NAME.fullmatch(inner) and not venues.is_known_name(inner) and _initials_of(inner, title_start):
        nicknames[:] = [inner]  # "[FFM] Field-aware Factorization Machines for CTR Prediction" (zhihuizheng/
        return None, None, rest  # Recommendation-Papers): the title's initials, its short name, not a venue
    if m.group(2) is not None and not year_before and CAPS_NAME.fullmatch(inner) and not venues.is_known_name(
            inner) and not (inner[-1:] == "W" and venues.is_known_name(inner[:-1])) and len(rest.split()) >= 3:
        nicknames[:] = [inner]  # "### 1. (EQBEN) Equivariant Similarity for ..." (HKUST-LongGroup/Awesome-MLLM-
        return None, None, rest  # Benchmarks, every paper): a name no venue has ("(ICCVW)" a known one's workshop),
        # in round brackets with no year, is the method's (in square ones, "[TASLP]", a venue's, as lists write them)
    named = _NAME_COMMA_WHERE.fullmatch(inner) if "," in inner and len(rest.split()) >= 3 else None
    if named:  # "* (MEEA*, Commun Chem) Efficient retrosynthetic planning ...", "(2024, WIREs Comput Mol Sci)" (Mianchu
        # Wang/RetrosynthesisML, every paper): the method's name (or the year), then the journal's short name
        if _YEAR_ALONE.fullmatch(named.group(1).strip()):
            return f"{named.group(2)} {named.group(1).strip()}", m.group().strip(), rest
        nicknames[:] = [named.group(1).strip()]
        return named.group(2), m.group().strip(), rest
    dated = venues.parse(inner.rpartition(" ")[0]) if len(words) >= 2 and _NAMED_LAST.fullmatch(words[-1]) else None
    if dated and dated[1]:  # "1.【ICLR-2017 GCN】<br>" over the title link (XiaShan1227/GNN-Tutorial, every paper):
        nicknames[:] = [words[-1]]  # where and when, then the method's name, a note
        return dated[0], m.group().strip(), rest
    if (CAPS_NAME.fullmatch(inner) or (1 < len(words) <= 5 and all(w[0].isupper() for w in words))
            or venues.is_known_name(words[0]) or venue_words.journal_named(inner)):
        return re.sub(r"-((?:19|20)\d\d)$", r" \1", inner), m.group().strip(), rest  # ("[IEEE/ACM TASLP-2023]")
    return None, None, text


_BAR = re.compile(r"\s*\|\s*")
_NAMED_LAST = re.compile(r"(?=[^A-Z]*[A-Z][^A-Z]*[A-Z])[A-Za-z][\w.+-]{1,24}")  # "GCN", "GraphSAGE", "Cluster-GCN"
_NAME_COMMA_WHERE = re.compile(r"([^,\s][^,]{0,29}),\s*([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){1,5})")
_RANKED = re.compile(r"((?:[^\w\s(\[]\ufe0f?\s*)*(?:CCF-[A-C](?=\s))?)\s*(.*)", re.DOTALL)  # "🌿 CCF-A ", "⭐ "
_VENUE_COMMA_YY = re.compile(r"([A-Z][A-Za-z]{1,11}), (\d\d)\. (?=\S+ \S)")  # (chingswy/HumanPoseMemo, 38 lines)
_NAME_APOSTROPHE_YEAR = re.compile(r"([A-Za-z][\w &-]{1,40}?)['’]((?:19|20)\d\d)(?:\.?(?:0[1-9]|1[0-2]))?")
_ARXIV_KEY = re.compile(r"(?i:arxiv)\s?:\s?(\d\d)(?:0[1-9]|1[0-2])\.\d{4,5}(?:v\d+)?")
_AUTHOR_YEAR_KEY = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?(?:[A-Z][a-z]+)?(?:19|20)\d\d[a-z]?")
_ONE_WORD_YEAR = re.compile(r"[A-Z][a-z]+[A-Z]?[a-z]+ (?:19|20)\d\d")  # (conghao0905/awesome-brain-decode)


def _initials_of(name: str, title: str) -> bool:
    """Is *name* the first letters of the title's first words (``ESMM``: "Entire Space Multi-Task Model ...")?"""
    letters = [w[0].upper() for w in title.split()[: len(name)] if w[:1].isalpha()]
    return len(name) >= 2 and "".join(letters) == name


def journal_and_year(text: str) -> tuple[str, int] | None:
    """A journal named in words and its year, as a bracket before a title names one: two words at least
    (``Neural Networks 2025``, ``Cerebral Cortex 2022``), or one written as a journal's (``NeuroImage 2021``);
    the year after a dash too, as the list's other prefixes write it (``[Soft Computing-2022]``, ``[MMSP
    Workshop-2022]`` beside ``[MTA-2017]``, ICTMCG/Awesome-Misinfo-Video-Detection)."""
    if text[-5:-4] == "-":
        text = text[:-5] + " " + text[-4:]
    return venue_words.in_words(text, least=2) or (
        venue_words.in_words(text) if _ONE_WORD_YEAR.fullmatch(text) else None)


def year_then_venue(text: str) -> tuple[str, int] | None:
    """``2023 Nature Computational Science``, ``2019 JCIM`` (OmicsML/awesome-molecule-protein-pretrain-papers),
    ``2024.05 Nature Machine Intelligence`` (zd200572/awesome-bioagent-papers, its every entry, in brackets before
    the title link): the year (and month) it came out, then where; the venue with that year."""
    found = venues.parse(text)  # ("2017 EMNLP Workshop": EMNLP 2017 Workshop, as the rules write a track)
    if found and found[1]:
        return found[0], found[1]
    m = _YEAR_NAME.fullmatch(text)
    return (f"{m.group(2)} {m.group(1)}", int(m.group(1))) if m else None


_YY_NAME = re.compile(r"(\d\d)([A-Za-z][A-Za-z&-]{1,15})")
_YEAR_NAME = re.compile(r"((?:19|20)\d\d)(?:[./-](?:0?[1-9]|1[0-2]))?\s+"
                        r"([A-Z][\w&.-]*(?: (?:[A-Z][\w&.-]*|of|on|and|for|in|&)){0,6})")


_NICK_PREFIX = re.compile(r"[A-Z][a-z]*[A-Z][\w.+-]*|[A-Z][\w.+-]*-[\w.+-]+")  # "StreamingLLM", "FP8-Quantization"


def a_venue(text: str) -> bool:
    """A venue as a prefix says one: with its year, or a venue known by name (``[TNNLS]``)."""
    found = venues.parse(text)
    return bool(found and (found[1] or venues.is_known_name(text.split()[0]) or venues.preprint(text)))


_BRACKETS_AHEAD = re.compile(r"(?:\[[^\[\]]{1,40}\]\s*){2,4}")
_BRACKETED = re.compile(r"\[([^\[\]]{1,40})\]")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_YY_MM_BRACKET = re.compile(r"\[(\d\d)\.(?:0[1-9]|1[0-2])\]\s*")
_YYMM_LEAD = re.compile(r"(\d\d)(0[1-9]|1[0-2])-(?=[A-Za-z])")


def _yymm_lead(text: str, entry: ListEntry) -> str:
    """``[1810-Post training 4-bit quantization ...](arXiv)``: the year and month the list files the
    paper under (its arXiv number's), before the title (A-suozhang/awesome-quantization-and-fixed-point-
    training, 31 links): the year, as a stated date; the title without it."""
    m = _YYMM_LEAD.match(text)
    if not m or len(text[m.end():].split()) < 2:
        return text
    year = 2000 + int(m.group(1))
    if year > venues.NEXT_YEAR:
        return text
    entry.date_year = entry.date_year or year
    return text[m.end():]


def prefixed_title(text: str, entry: ListEntry) -> str:
    """A title link's text without the venue it starts with (``[AAAI 2021] Data Augmentation
    for Graph Neural Networks``, ``[arXiv] On the ...``), which becomes the entry's venue."""
    if text[:1].isdigit():
        return _yymm_lead(text, entry) if text[2:4].isdigit() and text[4:5] == "-" else dated_groups(text, entry)
    short = _VENUE_COMMA_YY.match(text) if text[:1].isupper() else None
    if short and (found := venues.parse(f"{short.group(1)}'{short.group(2)}")) and found[1]:
        offer_venue(entry, found[0], short.group().strip())  # "[CVPR, 19. SMPL-X: A new joint ...](github)"
        return text[short.end():]
    if text[:1] not in "[(【（":
        return text
    posted = _YY_MM_BRACKET.match(text)
    if posted and len(text[posted.end():].split()) >= 2 and (year := 2000 + int(posted.group(1))) <= venues.NEXT_YEAR:
        entry.date_year = entry.date_year or year  # "[**[20.04] Single-Side Domain Generalization for Face Anti-
        return text[posted.end():]  # Spoofing**](arXiv)" (DocsaidLab's roadmap, 40 entries): the year and month
    brackets = _BRACKETS_AHEAD.match(text)
    if brackets and len(text[brackets.end():].split()) >= 3:  # "[DSIN][IJCAI 19][Alibaba] Deep Session Interest
        parts = _BRACKETED.findall(brackets.group())  # Network for ..." (imsheridan/DeepRec, 34 lines): the one
        dated = [(p, found) for p in parts if (found := venues.parse(p)) and found[1]]  # with a year is the venue,
        if len(dated) == 1:  # the name and the maker are notes
            offer_venue(entry, dated[0][1][0], f"[{dated[0][0]}]")
            entry.notes += [p.strip() for p in parts if p != dated[0][0] and p.strip()]
            return text[brackets.end():].strip()
        years = [p for p in parts if _YEAR_ALONE.fullmatch(p.strip())] if not dated else []
        if len(years) == 1 and int(years[0]) <= venues.NEXT_YEAR:  # "[2017][ZJU][AFM] Attentional Factorization
            entry.date_year = entry.date_year or int(years[0])  # Machines ..." (tangxyw/RecSysPapers, its PDFs' names,
            entry.notes += [p.strip() for p in parts if p != years[0] and p.strip()]  # every entry): the year the
            return text[brackets.end():].strip()  # list files it under, then who made it and its short name
    nicknames: list[str] = []
    venue, written, rest = venue_prefix(text, "", nicknames)
    if venue and rest.strip() and (venues.year_in(venue) or venues.name_known(venue) or venues.preprint(venue)):
        offer_venue(entry, venue, written or venue)
        entry.notes += nicknames
        return rest.strip()
    if len(rest.split()) >= 2 and rest != text:  # "[[VAE] Auto-Encoding Variational Bayes](..)", "[[ResNet] Deep
        entry.notes += [venue] if venue else nicknames  # Residual Learning for Image Recognition](..)" (Yagami360/
        return rest.strip()  # machine-learning-papers-survey, 33 titles): the method's name, not a venue, a note
    return text


def tag_before_words(toks: list[Tok], text: str) -> bool:
    """``- `(NIPS23)` `Prompt` `Type1` Using Large Language Models for ...`` (yangluo23/LLM4EDA): a short tag in
    code (*text*), then another, or the plain words of a title (four or more); not a venue, which is read as one."""
    nxt = next((t for t in toks[1:] if t.kind != "text" or t.text.strip()), None)
    return nxt is not None and nxt.kind == "text" and not nxt.strong and 0 < len(text.split()) <= 3 and \
        not nxt.text.lstrip().startswith((":", "：")) and not (  # (not "`aeon`: A toolkit for ...", its name)
        venues.parse(text) or coded_where(text) or venue_words.in_words(text.strip().strip("[]"))) and (
        nxt.code or len(nxt.text.split()) >= 4)  # (nor "`[Trans. Graph. 2020]` One Shot 3D Photography")


def coded_where(text: str) -> tuple[str, int | None] | None:
    """``(23 May 2023 arxiv)``, ``(8 Jul arxiv)``, ``(ICCAD23 invited)`` in code before the title (yangluo23/LLM4EDA,
    28 of its 96 lines, beside ``(ICCAD23)``): when a preprint was posted (arXiv, that year), or a venue and a word
    about the paper there (the venue). None for other text."""
    inner = text.strip()[1:-1].strip() if text.strip()[:1] == "(" and text.strip()[-1:] == ")" else ""
    posted = _POSTED_ON.fullmatch(inner)
    if posted:
        year = int(posted.group(1)) if posted.group(1) else None
        return venues.as_arxiv(posted.group(2), year), year
    head, _, said = inner.rpartition(" ")
    found = venues.parse(head) if head and said.isalpha() and said.islower() else None
    return found if found and found[1] else None


_POSTED_ON = re.compile(rf"(?:\d{{1,2}} )?(?i:{venues.MONTH})\.?(?: ((?:19|20)\d\d))? (arxiv|preprint)", re.IGNORECASE)


def uncoded_date(toks: list[Tok]) -> list[Tok]:
    """``[`2018-12`] *Title*, ...`` (thu-lawyer/awesome-legal-nlp): a date in code within brackets, as plain
    text (a date prefix the lead's loop reads)."""
    if len(toks) > 2 and toks[0].kind == "text" and toks[0].text.strip() == "[" and toks[1].code and \
            toks[2].kind == "text" and toks[2].text.startswith("]") and venues.year_of_date(toks[1].text) is not None:
        return [Tok("text", f"[{toks[1].text}{toks[2].text}"), *toks[3:]]
    return toks
