"""What a run of an entry's text says, after its title: the other half of ``entries``.

A run is read as a bracketed group (``(CVPR 2023)``, ``(2024.03.14)``, ``(Pan et al.,
ICLR 2023)``, a method's name in parentheses), then as plain text: an ``arXiv:ID``, a
journal reference (``Nature 521 (2015)``), a citation's tail (authors, venue, year), a
date, a venue in words (``European Conference on Computer Vision. Springer, 2016.``,
``Machine Intelligence Research.``); what none of these explains is the description.
Each rule has the real line that justifies it beside it, and in the tests.
"""

from __future__ import annotations

import re

from ... import identifiers
from . import byline, fields, links, makers, people, proceedings, venue_words, venues, where_they_work
from .after_links import NO_CODE, bar_cells, slashed_cells, venue_then_said, venue_then_topics
from .cite_tails import names_year_venue
from .groups import UNDER_REVIEW, read_group
from .model import ListEntry, apply_tail, offer_venue
from .plain_title import GROUP, NICKNAME
from .references import gbt_where
from .title_marks import cjk_note

_BROKEN_LINK = re.compile(r"\[\[?([^\[\]]{1,20})\]?\]\((?!https?://)[^()]{0,300}\)")
_A_YEAR = venues.FOUR_DIGIT_YEAR
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]*(?:[-+][A-Z0-9]+)*")  # "ICA", "CHROM", "POS", "DeepPhys" not
_BRACKET_TAG = re.compile(r"[A-Z][A-Za-z&.-]{1,20}(?: [A-Z][A-Za-z&.-]{1,20}){0,2}")  # "[MIT]", "[Google Brain]"
_WORD_TAG = re.compile(r"[a-z][\w&.-]{1,20}")  # "[svd][2024.6][preprint]" (MetaDriveScape/Awesome-Generation-Model):
# a tag in lower case, one of a row of them
_LETTER_THEN_YEAR = re.compile(r"\[[A-Z]\]\s?\[(?:19|20)\d\d\]")  # "**[S][2018]**" (Replicable-MARL/MARLlib: a tag of
# its legend's, "**[S]** Information Sharing", then the year; not "Title[J]. Journal", a GB/T reference's kind)
_ET_AL_SEMI = re.compile(r"(.{3,200}?\bet\.? al\.?)\s*;\s*(\S.*)$")
_NOTE_LEAD = re.compile(r"(?:notes?|nb|n\.b\.|remarks?|teams?|affiliations?|institutions?|organi[sz]ations?|"
                        r"机构|单位)\s*[:：]\s*\S", re.IGNORECASE)  # ("Team: UC Berkeley, NYU.": who, not the authors)
# A field of the list's, named: "*Keywords: Image, Video*" (Markus-Pobitzer/Awesome-Story-Visualization, 13 of 40
# entries), "· Task: pose, mesh, dataset" (ryhara/awesome-event-based-hand-pose-estimation, 51 entries), "📁 Tags:
# `evaluation`, `survey`" (xhinini/LLM-Reasoning-Review, every paper: an emoji before the key)
FIELD_KEY = re.compile(r"\s*(?:[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+\s?)?"
                       r"(?:key ?words?|tags?|topics?|tasks?|type|category|categories|modality|domain|dataset)\s*[:：]",
                       re.IGNORECASE)
_FIELD_VALUES = re.compile(r"[^\W\d_][\w /&+-]{0,40}(?:,\s*[^\W\d_][\w /&+-]{0,40}){0,15}")
_NOT_A_VALUE = re.compile(r"\. |http|=")
_OPEN_VENUE = re.compile(r"\s*\(\s*([^()\[\];]{2,60}?)\s*;\s*")
_GROUP_ET_AL = re.compile(r"\bet al\.?$")
_TRAILING_SYMBOLS = re.compile(r"[^\w.)）\]]+$")  # ("Arxiv2024.02" is a venue and a date, as the user's list writes it)
_DASH_VENUE_YEAR = re.compile(r"\s*[—–-]\s+([^()\[\]]{2,40}?\s*\((?:19|20)\d\d\))\.?\s*")
# A run of these alone (" ", " | ", the brackets left of "[[paper](..)] [[code](..)]": half of a list's runs) says
# nothing: every reading in ``read_text`` needs a letter, digit, bracket, colon or full stop, and ``_read_plain``
# drops it; so it is dropped first, outside a description (which keeps every run). (Tested with the rest.)
_SEPARATORS = " \t,;|/-–—•·" + fields.LEFT + fields.RIGHT
_FAMILY_GIVEN_ET_AL = re.compile(r"\s*\.?\s*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), "
                                 r"([A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){0,2}) et al\.?,\s*"
                                 r"([A-Za-z][^\[\]()]{1,120}?),\s*((?:19|20)\d\d)\.?(?=\s|$)")
_QUOTE_CLOSED = re.compile(r"\s*[,.]\s*(?:”|\"(?=\s|$))\s*")  # (not the quote opening ', "IROS, 2022"')


def read_text(text: str, entry: ListEntry, first_line: bool) -> None:
    """Read a run of text after the title: venue, date, arXiv ID, authors, tags or summary."""
    if len(text) > 10_000:  # no venue or date is that long: a description (or a hostile line), as written
        entry.summary_parts.append(text)
        entry.in_summary = True
        return
    if not entry.in_summary and not text.strip(_SEPARATORS):
        return  # (see _SEPARATORS: nothing said)
    cited = _FAMILY_GIVEN_ET_AL.match(text) if not (entry.authors or entry.venue or entry.in_summary) and \
        "et al" in text else None
    if cited and not people.worded(f"{cited.group(2)} {cited.group(1)}"):  # "**Title**. Chib, Pranav Singh et
        entry.authors = [f"{cited.group(2)} {cited.group(1)}"]  # al., IEEE Trans. Intell. Vehicles, 2023." (Firmament8/
        offer_venue(entry, f"{cited.group(3).strip()} {cited.group(4)}", cited.group(3))  # awesome-trajectory-
        entry.date_year = entry.date_year or int(cited.group(4))  # centric-e2e-ad, from BibTeX): the first author,
        text = text[cited.end():]  # family name first, then where and when, as written
        if not text.strip(_SEPARATORS):
            return
    if text[:3].lstrip()[:1] in ",." and not (entry.in_summary or entry.summary_parts) and (
            closed := _QUOTE_CLOSED.match(text)):
        text = text[closed.end():]  # 'Names, “**Lifelong localization in changing environments**,” IJRR 2013' (yue-
        # heu/awesome-lifelong-slam, IEEE's style): the comma inside the quotes that close the title
        if not text.strip(_SEPARATORS):
            return
    found = identifiers.try_normalize_doi(text.strip(" |,;.")) if "10." in text and not entry.doi else None
    if found:
        entry.doi = found  # "| [Title](papers/4JETCWNK-lin-2026-....md) | 10.3390/electronics15030606 |" (sxw228/
        return  # paper-reading-notes, its DOI column): the paper's DOI, written out, its title linking a note
    keyed = _STARRED_KEY.match(text) if not first_line and text.lstrip()[:1] in "*-" else None
    if keyed:  # "<br> * Paper: https://..", "<br> * Approach: RNN+FSA" under "1. Title (Hu et al., ICML 2017)"
        said = text[keyed.end():].strip()  # (dongqi-me/Text-Style-Generation, every paper): a key's link (read as
        if said and keyed.group(1).lower() in _SAID:  # a link), or what the method is, its description
            entry.summary_parts.append(text[keyed.end():])
            entry.in_summary = True
        elif said:
            entry.notes.append(f"{keyed.group(1)}: {said}")
        return
    dated = _WHO_DATE_VENUE.fullmatch(text.strip()) if "," in text and not (entry.in_summary or entry.venue) else None
    spaced = _GLUED_TO_YEAR.sub(" ", dated.group("venue")) if dated else ""
    venue = dated and (venues.parse(dated.group("venue")) or venues.parse(spaced) or venue_words.in_words(spaced))
    if dated and venue and venue[1]:  # "[Title](..), (TU Kaiserslautern, DFKI), 2019-09, ICDAR-2019" (qyhou/curated-
        offer_venue(entry, venue[0], dated.group("venue"))  # table-structure-recognition, all 190 entries): who
        entry.date_year = entry.date_year or venue[1]  # wrote it, when it was posted, where it appeared
        if dated.group("who"):
            entry.notes.append(dated.group("who").strip())
        return
    described = venue_then_topics(text, entry)
    if described is not None:  # "... [Code](..) IEEE TKDE 2021 Early Rumor Detection"
        if described:
            read_text(described, entry, False)
        return
    if first_line and text.rstrip()[-1:] == "." and not (entry.authors or entry.venue or entry.in_summary) \
            and _ordered_citation(text.strip().lstrip(". "), entry):
        return  # "**Title**. Benjamin F. Maier et al. 2025. arXiv preprint. https://.. Evaluates ..."
    opened = _OPEN_VENUE.fullmatch(text) if "(" in text and ";" in text and not entry.in_summary else None
    if opened and (found := venues.parse(opened.group(1))):  # "*Tegon et al.* (NeurIPS 2025; [arXiv:ID](..))"
        offer_venue(entry, found[0], opened.group(1))  # (iroblesrazzaq/awesome-eeg-fm, 130 entries): where it
        entry.date_year = entry.date_year or found[1]  # appeared, then, in the same brackets, the preprint's link
        return
    if not entry.in_summary and _NOTE_LEAD.match(text.lstrip()):
        entry.notes.append(text.strip())  # "Note: SO(3) equivariance; zonal filter": one note, its brackets its own
        return
    keyed = FIELD_KEY.match(text.lstrip(" ·|")) if not entry.in_summary and (":" in text or "：" in text) else None
    value = text.lstrip(" ·|")[keyed.end():].strip() if keyed else ""
    if value and (_FIELD_VALUES.fullmatch(value) or len(value.split()) <= 15 and not _NOT_A_VALUE.search(value)):
        # ("**Task: result prediction(Acc/Rej), numerical score prediction**", xcfcode/What-I-Have-Read: a field,
        # however its value is written; not a sentence, a link or a legend's "CM = Consistency Models")
        entry.notes.append(" ".join(text.strip(" ·|").split()))  # "· Task: pose, mesh, detection, dataset"
        return
    if not entry.in_summary and "code" in text.lower() and (no_code := _NO_CODE_AFTER.search(text)):
        entry.notes.append(no_code.group(1))  # "[CAQL: ...](arXiv), 2020 ICLR, no code" (hlhang9527/Recent-Safe-RL-
        text = text[: no_code.start()]  # Papers-with-Code, 11 lines): a note, after the venue
    credit = _OPEN_CREDIT.fullmatch(text) if "(" in text[:3] and ")" not in text and not entry.in_summary else None
    if credit and not entry.authors and (names := people.parse(credit.group("who"))):
        # "**Tacotron** (Y. Wang et. al., Mar. 2017., Google, [arxiv](..))" (Jackson-Kang/Awesome-DL-based-Text-to-
        entry.authors = names  # speech-Papers-and-Resources, all 31 entries): who, when and where, the link closing
        entry.date_year = entry.date_year or int(credit.group("year"))
        if credit.group("where").strip(" ,."):
            entry.notes.append(credit.group("where").strip(" ,."))
        return
    if not entry.in_summary and not entry.venue and gbt_where(text, entry):
        return
    if "](" in text:  # (exact: every match of _BROKEN_LINK holds "](")
        text = _BROKEN_LINK.sub(lambda m: "" if links.label_word(m.group(1)) else m.group(), text)
    journal = venue_words.journal(text.lstrip(' .,"”')) if not entry.in_summary else None
    if journal is not None:  # the parentheses of "Nature 521 (2015)" are the journal's year, not a group
        start = len(text) - len(text.lstrip(' .,"”'))
        _read_plain(text[: start + journal[2]], entry, first_line)
        text = text[start + journal[2]:]
    dashed = _DASH_VENUE_YEAR.match(text) if "(" in text and not entry.in_summary and not entry.venue else None
    found = venues.parse(dashed.group(1)) if dashed else None
    if found and found[1]:  # "[Title](..) — IEEE/ACM TASLP (2021). Strong masked-prediction speech model."
        offer_venue(entry, found[0], dashed.group(1))  # (Nanboy-Ronan/Awesome-Audio-LLM-Agents, 41 lines)
        entry.date_year = entry.date_year or found[1]
        text = text[dashed.end():]  # type: ignore[union-attr]
    cited = _WHO_ET_AL_WHERE_WHEN.fullmatch(text.strip(" .")) if entry.title and not (
        entry.authors or entry.venue or entry.summary_parts or entry.in_summary) and "al" in text else None
    if cited and (names := people.parse(cited.group(1))):  # "  - Ming-Zher Poh et al, IEEE Transactions on Biomedical
        entry.authors = names  # Engineering (TBME), 2010" under the title link (zx-pan/Awesome-rPPG, 53 entries)
        offer_venue(entry, f"{cited.group(2)} {cited.group(3)}", text.strip(" ."))
        entry.date_year = entry.date_year or int(cited.group(3))
        return
    cited_in = NAME_THEN_YEAR.fullmatch(text.strip(" .")) if entry.authors and entry.title and not (
        entry.venue or entry.summary_parts or entry.in_summary) and "(" in text else None
    if cited_in and (venue_words.in_words(f"{cited_in.group(1)} {cited_in.group(2)}") or venue_words.in_words(
            f"{cited_in.group(1).title()} {cited_in.group(2)}")):  # ("Evolutionary computation (2020)")
        # '... et al. "[**Title**](..)." Optimization Methods and Software (2021).' (GMC-DRL/Awesome-MetaBBO):
        name = cited_in.group(1).rstrip(" ,")  # (its full stop, not an abbreviated name's: "Front. Comput. Neurosci.")
        name = name[:-1] if name.endswith(".") and name.count(".") == 1 else name
        offer_venue(entry, f"{name} {cited_in.group(2)}", text.strip(" ."))  # a journal,
        entry.date_year = entry.date_year or int(cited_in.group(2))  # then its year
        return
    pos = 0
    brackets = "[" in text or "(" in text or "【" in text or "（" in text  # (exact: a group opens with one)
    whole = text.strip(" .,;[" + fields.LEFT + fields.RIGHT) if brackets and not entry.in_summary else ""
    if "(" in whole[1:] and (len(whole) <= 60 and venues.parse(whole) or entry.authors and entry.title and not
                             entry.summary_parts and len(whole) <= 200 and proceedings.written_venue(whole)
                             or ")" in whole[-10:] and len(whole) <= 200 and proceedings.spelled_out(whole)
                             or proceedings.may_be_proceedings(whole) and proceedings.in_proceedings(whole)):
        _read_plain(whole, entry, first_line)  # "ACL (Findings) 2023. [", "Proceedings of ... (ECCV). 2018.": one
        return  # ("IEEE/CVF Computer Vision and Pattern Recognition Conference (CVPR) (2022)")
    named = whole[: whole.find("(")] if "(" in whole else ""  # (names before the bracket: a comma, "and", "&", et al)
    if named and ("," in named or " and " in named or "&" in named or "al" in named) and not entry.authors \
            and not entry.summary_parts and len(whole) <= 600:
        tail = fields.citation_tail(whole.lstrip("-–—| "))
        if tail.explained and tail.authors and tail.venue and tail.year:
            # "[Title](..) - [[CODE]](..) - Sven Kreiss, Lorenzo Bertoni, Alexandre Alahi (CVPR 2019)"
            # (wangzheallen/awesome-human-pose-estimation, 399 lines): the authors, then the venue in brackets
            apply_tail(tail, whole, entry)
            return
    if first_line and _name_then_cited(text, entry):
        return
    for m in GROUP.finditer(text) if brackets else ():
        _read_plain(text[pos : m.start()], entry, first_line)
        group, inner = m.group(), m.group()[1:-1].strip()
        placeholder = group.startswith("[") and links.label_word(inner) and _alone(text, m.start(), m.end()) or \
            _STAR_COUNT.fullmatch(inner) is not None  # ("[59⭐]" after the code's link, jai1215snu/QuantizationModels:
        # how many stars the code had, no description)
        if entry.in_summary:
            if not placeholder:
                entry.summary_parts.append(group)
        elif placeholder:
            pass  # "[Code]" where the list has no code yet
        elif (group[0] == "（" or group[0] == "(" and entry.title_target is None) and not text[m.end():].strip() \
                and cjk_note(inner, entry.title or "", group[0]):  # (in ASCII brackets after a plain title only: a
            # title link's are the list's description of it, yfzhang114/Generalization-Causality)
            entry.notes.append(inner)  # "588.Self supervised 3D hand pose estimation（Oral，手势姿态估计）<br>"
            # (extreme-assistant/CVPR2024-Paper-Code-Interpretation): the list's note in Chinese on what it is about
        elif read_group(inner, group, entry):
            names = _names_after(text[m.end():]) if entry.venue and not entry.authors else None
            if names:  # "**Title**. (2023-ICLR) Zeyu Tang, Yatong Chen, Yang Liu, Kun Zhang." (nuster1128/Awesome-
                entry.authors = names  # Causal-Papers, 41 entries): the venue, then who wrote it
                return
        else:
            if group.startswith("【"):
                entry.notes.append(group)  # a tag, not a summary
            elif group.startswith("(") and _ABBREVIATION.fullmatch(inner) and not entry.summary_parts \
                    and (not text[m.end():].strip() or _BRACKETED_YEAR.fullmatch(text[m.end():].strip())):
                entry.notes.append(inner)  # "[Title](..) (ICA)", "(GREEN)" (zx-pan/Awesome-rPPG, 53 entries): the
                # method's short name, not the description (its citation follows on the bullet below)
            elif group.startswith("[") and (all(map(_BRACKET_TAG.fullmatch, inner.split(", "))) or
                                            _LETTER_THEN_YEAR.match(text, m.start()) or text[m.end():m.end() + 1]
                                            == "[" and _WORD_TAG.fullmatch(inner)) \
                    and not entry.summary_parts and not links.label_word(inner):
                entry.notes.append(inner)  # "[Title](..) [MIT]" (Echo-Wxl/Federated-Learning): who, as a tag;
                # "[Catastrophic Forgetting, Analysis] ICML'24" (Trae1ounG/Awesome-Parametric-Knowledge-in-LLMs)
            else:
                entry.summary_parts.append(group)
                entry.in_summary = True
        pos = m.end()
    _read_plain(text[pos:], entry, first_line)


_STAR_COUNT = re.compile(r"\d[\d.,]*[kK]?\s?[⭐★🌟]|[⭐★🌟]\s?\d[\d.,]*[kK]?")
_NAME_THEN_CITED = re.compile(rf"\s*({NICKNAME}(?: {NICKNAME}){{0,2}})\s+\(([^()]{{4,200}})\)[\s\[]*")


def _name_then_cited(text: str, entry: ListEntry) -> bool:
    """``[Title 📖](arXiv) DM (Zhao & Bilen, WACV 2023) [GitHub 🌐](..)`` (andyj1/Awesome-Multimodal-Dataset-
    Distillation, 46 of 64 papers): the method's short name, a note, then who wrote it and where in brackets.
    True when the text after the title is so."""
    if entry.authors or entry.venue or entry.summary_parts or entry.in_summary or entry.title_target is None \
            or "(" not in text:
        return False
    m = _NAME_THEN_CITED.fullmatch(text)
    if m is None or venues.parse(m.group(1)):
        return False
    tail = fields.citation_tail(m.group(2))
    if not (tail.explained and tail.authors and (tail.venue or tail.year)):
        return False
    entry.notes.append(m.group(1))
    apply_tail(tail, f"({m.group(2)})", entry)
    return True


_STARRED_KEY = re.compile(r"\s*[*-]\s+([A-Za-z][\w ]{1,20}?)\s*[:：]\s*")
_SAID = {"approach", "method", "idea", "main idea", "key idea", "summary", "tl;dr", "tldr", "description"}


def _names_after(text: str) -> list[str]:
    """The authors, when *text* (what follows a bracketed venue) is names alone, two or more in full."""
    stripped = text.strip(" .,;")
    if not stripped or len(stripped) > 600 or "(" in stripped or "[" in stripped:
        return []
    tail = fields.citation_tail(stripped)
    names = tail.authors if tail.explained and not (tail.venue or tail.year) else []
    return names if len(names) >= 2 and people.substantial(names) else []


def _alone(text: str, start: int, end: int) -> bool:
    """Does the group text[start:end] stand alone (not inside other brackets)?"""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    j = end
    while j < len(text) and text[j] in " \t":
        j += 1
    before = text[i] if i >= 0 else ""
    after = text[j] if j < len(text) else ""
    return before in ("", ",", ";", "|", "-") and after in ("", ",", ";", "|", "-", "[")


def _ordered_citation(text: str, entry: ListEntry) -> bool:
    """Names, year, venue, each ended by a full stop, then the paper's address and what the list says of it
    (``cite_tails.names_year_venue``; bksaini078/LLM-Powered-Human-Digital-Twins, 63 entries). True when read."""
    ordered = names_year_venue(text)
    if ordered is None:
        return False
    apply_tail(ordered[0], text[: len(text) - len(ordered[1])].strip(" ."), entry)
    rest = _ADDRESS_FIRST.sub("", ordered[1])  # (the paper's address, which the entry's links hold)
    if rest.strip(" ."):
        entry.summary_parts.append(rest.strip())
        entry.in_summary = True
    return True


def _cited_last(text: str, entry: ListEntry, first_line: bool) -> bool:
    """``... | 简述 | Tomas Mikolov et al,2013`` (DengBoCong/nlp-paper): fields set off by bars, the
    last the authors and year; read apart, the rest before it as it reads. True when it was so."""
    head, _, last = text.rpartition("|")
    last = last.strip(" .,;")
    if not last or len(last) > 200 or not _A_YEAR.search(last):
        return False
    tail = fields.citation_tail(last)
    if not (tail.explained and tail.authors and tail.year and not tail.arxiv):
        return False
    if head.strip(" |"):
        _read_plain(head, entry, first_line)
    entry.in_summary = False
    apply_tail(tail, last, entry)
    return True


_CITED_BY = re.compile(r"(?:(?P<year>(?:19|20)\d\d)\s*[·,|/]\s*)?(?P<count>cited by:?\s*\d[\d,]*|"
                       r"\d[\d,]*\s*(?:회 인용|citations?|次引用|次被引|回引用)|ci(?:ta|ca)tions?:\s*-?\d[\d,]*)",
                       re.IGNORECASE)
# ("cication: [**-1**](None)": metame-ai/awesome-llm-plaza's generated lists, their word for citations)


def _set_apart(text: str, stripped: str, entry: ListEntry, first_line: bool) -> bool:
    """Runs a citation sets apart that say who or what, not the description: "Names et al; note",
    "Note: ...", a cell between bars (names, "Under Review"), a group of authors, fields after
    semicolons. True when read."""
    cited = _CITED_BY.fullmatch(stripped) if first_line and not entry.summary_parts else None
    if cited:  # "- FEDformer: ... | 2022 · 2801회 인용" (leesangjun1903/Time-series, 81 of 81 entries, no links)
        if cited.group("year"):
            entry.date_year = entry.date_year or int(cited.group("year"))
        entry.notes.append(stripped[cited.start("count"):])  # how often it is cited: said of a paper
        entry.stated = True
        return True
    if first_line and not entry.summary_parts and text.lstrip().startswith(";") and text.count(";") >= 2:
        # "[Title](..);Google Research;2020;label deficiency in multi-class classification"
        # (Echo-Wxl/Federated-Learning): who, when, what about, each a field
        for field in (f.strip() for f in text.split(";")):
            year = venues.year_of_date(field) if field else None
            names = people.parse(field) if field and not entry.authors and year is None and len(field) <= 400 else []
            if year is not None:
                entry.date_year = entry.date_year or year
            elif names and people.substantial(names) and people.only_people(names):
                entry.authors = names  # "[Title](arXiv); Malvina Nissim, Rik van Noord, Rob van der Goot; Analogies
                # such as ..." (pbiecek/xai_resources, its papers): who wrote it, then the abstract
            elif field:
                entry.notes.append(field)
        return True
    named = stripped.partition(";")[0] if not first_line and not entry.authors and not entry.summary_parts and \
        "; " in stripped and text[:1] != " " else ""
    rest = stripped.partition(";")[2].strip() if named else ""
    names = people.parse(named) if ", " in named and len(named) <= 400 and len(rest.split()) >= 8 else []
    if len(names) >= 2 and people.only_people(names):  # "[Title](arXiv)" over "Scott M. Lundberg, Gabriel Erion,
        entry.authors = names  # ...; Tree-based machine learning models ..." (pbiecek/xai_resources, as its other
        entry.notes.append(rest)  # papers say it after a semicolon on the title's
        return True  # line): who wrote it, then the abstract
    semi = _ET_AL_SEMI.match(stripped) if not entry.authors and "et" in stripped and ";" in stripped else None
    if semi and (names := people.parse(semi.group(1))):
        entry.authors = names  # "**ViLT: ...;** Wonjae Kim et al; Get rid of heavy computation of ROI ..."
        _read_plain(semi.group(2), entry, first_line)
        return True
    if first_line and not entry.summary_parts and not entry.authors and "|" in stripped and byline.cited_bars(
            stripped, entry):
        return True  # "[Title](..) Peng et al. | ACM TOIS | 2025"
    where = _WHO_VENUE_YEAR.fullmatch(stripped) if not entry.venue and not entry.summary_parts else None
    found = _made_where_when(where) if where else None
    if where and found:  # "UCLA, ACL'23_findings, 2023 [[Paper](..)]" under
        entry.notes.append(where.group(1))  # a bold title (IAAR-Shanghai/CTGSurvey, 81 lines): who, where, when
        offer_venue(entry, found[0], where.group(2))
        entry.date_year = entry.date_year or int(where.group(3))
        return True
    if not entry.summary_parts and makers.affiliations(stripped):
        entry.notes.append(stripped)  # "The University of Texas at Austin, VinAI Research" under the title: who
        return True
    if _NOTE_LEAD.match(stripped) and not entry.in_summary:
        entry.notes.append(stripped)  # "Note: code for FAP is NOT available online." (jinwchoi's list)
        return True
    cell = text.strip().rstrip("[" + fields.LEFT).rstrip()  # (before a link's bracket: "| ch | [[Dataset](..)]")
    if first_line and not entry.summary_parts and cell[:1] == "|" and cell[-1:] == "|":  # a cell between bars
        if UNDER_REVIEW.fullmatch(stripped):
            entry.notes.append(stripped)  # "| **Under Review** |" (hoya012/awesome-anomaly-detection): not a venue
            return True
        names = people.parse(stripped) if not entry.authors else []
        if len(names) >= 2 or (names and "et al" in stripped):
            entry.authors = names  # "**[YOLO v2]** YOLO9000: Better, Faster, Stronger | Joseph Redmon, Ali Farhadi |"
            return True
        found = venues.parse(stripped) if not entry.venue and len(stripped) <= 30 else None
        if found and found[1]:  # "- SpatialFlow: Bridging All Tasks ... | TCSVT'20 |[[paper]](..)" (YvesXu/
            offer_venue(entry, found[0], stripped)  # panoptic-segmentation-paper-list, 21 lines): the venue's cell
            entry.date_year = entry.date_year or found[1]
            return True
        if stripped and len(stripped) <= 30 and len(stripped.split()) <= 3:
            entry.notes.append(stripped)  # "Title, EMNLP 2018 | AirDialogue | en | [[Dataset](..)]" (yukyunglee/
            return True  # Awesome-Dialogue-State-Tracking): a short field between bars, not the description
    if not entry.authors and not entry.summary_parts and _GROUP_ET_AL.search(stripped) and len(stripped) <= 80 \
            and not fields.citation_tail(stripped).explained and not _by_people(stripped):  # (not "by Marc Peter
        # Deisenroth et al. https://..": read below)
        entry.notes.append(stripped)  # "CHART Collaborative. et al. · *BMJ*": a group, not people, and no description
        return True
    return False


def _made_where_when(where: re.Match[str]) -> tuple[str, int] | None:
    """The venue and year of ``_WHO_VENUE_YEAR``'s match when who is an organisation (``UCLA``, ``Alibaba``;
    one word before a known venue's name: "Zalando, RecSys, 2019.", a company, not an author); a known venue
    named alone takes the year ("[Title](..), Alibaba, WWW, 2020.", AlenUbuntu/Awesome-Recommendation-and-
    Ranking-Systems, 112 lines)."""
    who, name, year = where.group(1), where.group(2).strip(), int(where.group(3))
    known = venues.is_known_name(name)
    if not (makers.ORGANISATION.search(who) or who.isupper() or " " not in who.strip() and known):
        return None
    found = venues.parse(where.group(2))
    if found and not found[1] and known:
        found = venues.placed(name, year)
    return found if found and found[1] else None  # type: ignore[return-value]


def _dashed_author(text: str, stripped: str, tail: fields.Tail, entry: ListEntry) -> bool:
    """``3. [Fast R-CNN](arXiv) - Ross Girshick`` (Deep-Scratch/Essential-Deep-learning-papers, 13 of its 36 papers,
    beside "- Shaoqing Ren et al."): one name in full after a dash, the paper's author, and nothing else."""
    name = tail.authors[0] if len(tail.authors) == 1 else ""
    return bool(name) and text.lstrip()[:1] in "-–—" and not entry.summary_parts \
        and _LONE_NAME.fullmatch(stripped) is not None and people.only_people(tail.authors) \
        and not people.worded(name) and not set(name.casefold().split()) & set((entry.title or "").casefold().split())
    # (not "- Condensed Nearest Neighbor", "- Exponential Integrator": a method, named by the title's own words)


_LONE_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}")


def _by_people(text: str) -> bool:
    """``by Marc Peter Deisenroth et al. https://..``: "by", then names of people only (not "by Tsinghua
    University et al.", a group)."""
    by = _BY.match(text)
    names = people.parse(_BARE_URL_END.sub("", text[by.end():])) if by else []
    return bool(names) and people.only_people(names)




_WHO_ET_AL_WHERE_WHEN = re.compile(r"([^,()]{3,60}? et\.? al\.?),\s*([A-Z][^\[\]]{2,150}?),\s*((?:19|20)\d\d)")
NAME_THEN_YEAR = re.compile(r"([A-Z][^()\[\]]{2,200}?)\s*\(((?:19|20)\d\d)\)")  # "Optimization Methods and
# Software (2021)", "Proceedings of The 25th International Conference on ... (2022)": where, then when
_WHO_VENUE_YEAR = re.compile(r"([^\W\d_][\w&.' -]{1,40}),\s*([^,]{2,40}),\s*((?:19|20)\d\d)\.?")
_INITIALLED = re.compile(r"(?:[A-Z]\.\s?)+[A-Z]")  # "M. Hausknecht", "A. A. Rusu": a name that begins with initials
_BY = re.compile(r"by\s+(?=[^\W\d_])", re.IGNORECASE)
_DATE_THEN_VENUE = re.compile(rf"((?:{venues.MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{venues.MONTH}),?\s+(?:19|20)\d\d|"
                              r"(?:19|20)\d\d-\d\d-\d\d)\s*,\s*([A-Za-z][\w&@-]{1,20}(?: [A-Z][\w&@-]{0,20}){0,2})\.?",
                              re.IGNORECASE)
_VENUE_COLON_TRACK = re.compile(r"([A-Za-z][\w&-]{1,15} (?:19|20)\d\d):\s+([A-Z][\w&-]*(?: [\w&-]+){0,6})\s*\.?")
_YEAR_THEN_VENUE = re.compile(r"((?:19|20)\d\d)\s*,\s*([A-Za-z][\w&@-]{1,20}(?: [A-Z][\w&@-]{0,20}){0,2})\.?")
_WHO_DATE_VENUE = re.compile(r",?\s*(?:\((?P<who>[^()]{1,80})\)\s*,\s*)?(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])"
                             r"(?:[-./]\d{1,2})?\s*,\s*(?P<venue>[^,()\[\]]{2,40}?)\.?")
_GLUED_TO_YEAR = re.compile(r"[._-](?=(?:19|20)\d\d$)")  # "Bioinformatics.2022", "ICLR_Workshop-2018"
_BRACKETED_YEAR = re.compile(r"\((?:19|20)\d\d\)\.?")  # ("[[Github]](..) (MATLAB) (2018)": a note, then the year)
_BARE_URL_END = re.compile(r"\s+<?https?://\S+$")
_IN_YEAR = re.compile(r"\s+in\s+((?:19|20)\d\d)$")
_CREDIT_YEAR = re.compile(r"([^\W\d_][\w'’ &-]{1,50}?)[.,]\s*((?:19|20)\d\d)\.?")


_MARKS = re.compile(r"([⭐🌟★]\ufe0f?(?:[ \t]*[⭐🌟★]\ufe0f?)*)[ \t]*(?:$|[—–|·]|-[ \t])")  # not "⭐ 3", a count


def _read_plain(text: str, entry: ListEntry, first_line: bool) -> None:
    if "|" in text and _cited_last(text, entry, first_line):
        return
    if first_line and text.count("|") >= 3 and not (entry.in_summary or entry.summary_parts) and (
            cells := bar_cells(text)):  # "[📄 Title](arXiv) | 📖 CVPR 2023 | 🔀 $F_{inv}^T$ | [🌐 Code](..)"
        for cell in cells:  # (xinchengshuai/Awesome-Image-Editing, 124 papers): a row of cells without a
            _read_plain(f"| {cell} |", entry, first_line)  # table, each a field of its own
        return
    if first_line and text.lstrip()[:1] == "/" and not (entry.in_summary or entry.summary_parts) and (
            cells := slashed_cells(text)):  # "Title / [paper](..) / [project](..) / CVPR 2021 / CaDDN" (gongyan1/
        for cell in cells:  # SafeBEV, its 67 papers): fields set off by slashes, each read as a cell of its own
            _read_plain(f"| {cell} |", entry, first_line)
        return
    if entry.in_summary:
        entry.summary_parts.append(text)
        return
    stripped = " ".join(text.split()).strip(" ,;|-–—•·" + fields.LEFT + fields.RIGHT)
    if not stripped or not stripped.strip("."):  # (". " between the title and a bracket: nothing said)
        return
    if not stripped.strip("[]()【】"):
        if stripped:
            entry.summary_parts.append(text)  # a bracket of the user's own (broken markup): kept
        return
    if first_line and stripped[:1] in "⭐🌟★" and not entry.summary_parts and (marks := _MARKS.match(stripped)):
        entry.notes.append(marks.group(1))  # "**[Title](doi)** ⭐ — Lu et al. — *Venue* (2025)" (Byambaa0325/awesome-
        _read_plain(stripped[marks.end():], entry, first_line)  # climate-information-integrity-in-llms: "⭐ marks
        return  # ... the foundational studies (curator's pick)", 22 lines): the list's mark, a note
    if stripped.strip("[ ") != stripped.strip(" ") and not entry.in_summary:
        stripped = stripped.strip("[] ")  # "arXiv 2022. [" before "[Paper](..)]"
    if stripped[:2] == ". " and (stripped[2:3].isupper() or stripped[2:5] == "by "):  # "**Title**. Knowledge-Based
        stripped = stripped[2:]  # Systems 2022.": the stop after the title, then where (or ". by Andreas C. Damianou")
    if stripped[:1] in (":", "：") and first_line and not entry.authors and not entry.summary_parts:
        cited = fields.citation_tail(stripped[1:].strip())
        if cited.explained and cited.authors and (cited.venue or cited.year or (
                len(cited.authors) >= 2 and (entry.date_year or entry.venue) and people.only_people(cited.authors))):
            # ("**[Title](arXiv)** (Dec 2024): Zirui Chen, Zhaoyang Zhang, Chenyu Liu, Ziqing Xing.", AI4Wireless/
            # LAM4PHY_6G: the names alone after the date)
            # "[Title](..): Alberto Bacchelli, Christian Bird, ICSE 2013: 712-721" (mgreiler/awesome-code-review-
            # research, 10 of its 21 entries; others give a description after the colon): who, where, when
            apply_tail(cited, stripped[1:].strip(), entry)
            return
    cited = fields.citation_tail(stripped) if not entry.authors and "arxiv" in stripped.lower() else None
    if cited is not None and cited.explained and cited.authors and cited.arxiv:
        # "Zhao, Zhengli, Dheeru Dua, and Sameer Singh. arXiv preprint arXiv:1710.11342. 2017." (Google Scholar's
        # MLA after the title link, nebula-beta/awesome-adversarial-deep-learning): who, the preprint, its year
        entry.arxiv = entry.arxiv or cited.arxiv
        apply_tail(cited, "arXiv" if cited.venue == "arXiv" else stripped, entry)  # (as written: the ID says it)
        return
    tracked = _VENUE_COLON_TRACK.fullmatch(stripped) if ": " in stripped and not entry.venue else None
    if tracked and (found := venues.parse(tracked.group(1))) and found[1]:  # "**Title**. IJCAI 2020: AI in FinTech ."
        offer_venue(entry, f"{found[0]} {tracked.group(2)}", stripped)  # (sangyx/deep-finance, 45 of 61 entries): a
        entry.date_year = entry.date_year or found[1]  # venue and year, then the track or workshop after a colon
        return
    when_where = _YEAR_THEN_VENUE.fullmatch(stripped) if stripped[:2] in ("19", "20") and not entry.venue else None
    when_where = when_where or (_DATE_THEN_VENUE.fullmatch(stripped) if not entry.venue and stripped[:1].isalnum()
                                else None)  # "**Title** - May 23, 2024, arXiv [[Paper](..)]" (maklachur/Mamba-in-
    # Computer-Vision, 119 of its 125 papers): the day it was posted, then where
    if when_where and (venues.is_known_name(when_where.group(2)) or venues.preprint(when_where.group(2))) and (
            year := venues.year_of_date(when_where.group(1))):
        name = when_where.group(2)  # "**Title** , 2023 , EMNLP [[paper](..)]"
        offer_venue(entry, venues.as_arxiv(name, year) if venues.preprint(name) else venues.dated(name, year)[0],
                    stripped)  # (huangcanan/Awesome-Large-Speech-Model)
        entry.date_year = entry.date_year or year
        return
    if "xiv " in stripped[:6].lower() and venues.ARXIV_SPACED.fullmatch(stripped):  # "ArXiv 2108.07846v2" after the
        stripped = "arXiv:" + stripped.split()[1]  # title link (xuyu0010/awesome-video-domain-adaptation)
    found = venues.arxiv_in_text(stripped)
    if found:
        arxiv, start, end = found
        if not entry.arxiv:
            entry.arxiv = re.sub(r"v\d+$", "", arxiv)
        cited = fields.citation_tail(stripped) if not entry.venue and "preprint" in stripped[:start].lower() else None
        if cited is not None and cited.explained and not cited.authors and cited.venue == "arXiv" and cited.year:
            entry.venue, entry.venue_written = "arXiv", stripped  # ", in: arXiv preprint arXiv:1701.06659, 2017."
            entry.date_year = entry.date_year or cited.year  # after the authors (XiongweiWu/Awesome-Object-
            return  # Detection, 21 of 109 entries): the preprint, and its year
        stripped = (stripped[:start] + " " + stripped[end:]).strip(" .,;")
        published = venues.parse(stripped) if stripped and not entry.venue else None
        if published and published[1] and not venues.preprint(published[0].rsplit(" ", 1)[0]):
            offer_venue(entry, published[0], stripped)  # "arXiv:2206.06522. NeurIPS 2022." (HenryHZY/Awesome-
            entry.date_year = entry.date_year or published[1]  # Multimodal-LLM): posted, then published there
            return
        if not entry.venue:
            entry.venue = entry.venue_written = "arXiv"
        if not stripped or (venues.preprint(stripped) and not entry.summary_parts):
            return  # ("arXiv preprint arXiv:1705.02101": the words around the ID say no more)
    journal = venue_words.journal(stripped)
    if journal is not None:  # "Nature 521.7553 (2015): 436-444."
        offer_venue(entry, journal[0], stripped[: journal[2]].strip())
        entry.date_year = entry.date_year or journal[1]
        _read_plain(stripped[journal[2]:], entry, first_line)
        return
    if _set_apart(text, stripped, entry, first_line):
        return
    by = _BY.match(stripped)
    if by and not entry.authors:  # "by Georg Ostrovski, Marc G Bellemare, and Rémi Munos, 2018."
        # ("by Gilmer et al. in 2017🔥🔥🔥", soulios/MolecularGeometricDL, 38 lines: the year after "in")
        said = _BARE_URL_END.sub("", stripped[by.end():])  # ("by Marc Peter Deisenroth et al. https://..pdf")
        tail = fields.citation_tail(_IN_YEAR.sub(r", \1", _TRAILING_SYMBOLS.sub("", said)))
        if tail.explained and tail.authors:
            apply_tail(tail, stripped, entry)
            return
        if byline.names_then_where(stripped[by.end():], entry):
            return
        credit = _CREDIT_YEAR.fullmatch(stripped[by.end():])
        if credit:  # "by Vitaly's group. 2018", "by Facebook AI Research. 2019" (Guyanqi/Awesome-Privacy): a
            entry.notes.append(stripped[: by.end() + credit.end(1)])  # group, not people: a note, and the year
            entry.date_year = entry.date_year or int(credit.group(2))
            return
    tail = fields.citation_tail(stripped)
    placed = where_they_work.after_tail(stripped) or where_they_work.before_tail(stripped) if not tail.explained \
        and "," in stripped else None
    if placed is not None:  # ", Christy Y. Li et al, NIPS 2018, CMU[(pdf)](..)": who, where and when, where they work
        tail, stripped = placed[0], placed[1]
        entry.notes.append(placed[2])
    if not tail.explained:
        lead, rest = fields.leading_tail(stripped)
        if lead is not None:  # "Kirillov et al., ICCV 2023. Promptable segmentation foundation model."
            apply_tail(lead, stripped[: len(stripped) - len(rest)].strip(), entry)
            _read_plain(rest, entry, first_line)
            return
        if first_line and venue_then_said(text, stripped, entry):
            return
    if tail.explained and tail.authors and entry.authors and not (tail.venue or tail.year) \
            and tail.authors != entry.authors and not entry.in_summary:
        if len(tail.authors) > len(entry.authors) and tail.authors[: len(entry.authors)] == entry.authors:
            entry.authors = tail.authors  # "<summary>Junyao Gao, Yanchen Liu et al.</summary>Junyao Gao, Yanchen
            return  # Liu, Yanan Sun, ...": the names in full, after the first of them (Westlake-AGI-Lab's list)
        entry.notes.append(stripped)  # "*Megan Kinniment et al.* ARC Evals.": more names, an organisation: kept
        return
    if tail.explained and (tail.venue or tail.year or (tail.authors and (not first_line or "et al" in stripped or (
            people.substantial(tail.authors)
            and (entry.date_year or entry.venue or all(_INITIALLED.match(a) for a in tail.authors))
            and not entry.summary_parts and text.lstrip()[:1] == ",") or _dashed_author(text, stripped, tail, entry)))):
        # ("Deep Neural Networks for YouTube Recommendations (2016), Paul Covington, Jay Adams, Emre Sargin.";
        # "**Optimizing expected word error rate ...**(2017), Matt Shannon.": one author, named in full;
        # "[Title](..), M. Hausknecht and P. Stone, *arXiv*, 2015." (junhyukoh/deep-reinforcement-learning-papers))
        apply_tail(tail, stripped, entry)
        return
    if tail.explained and tail.authors and not (tail.venue or tail.year) and _names_after_title_link(tail, entry,
                                                                                                  first_line):
        entry.authors = tail.authors
        return
    year = venues.year_of_date(stripped)
    if year is None and stripped[-1:] and not stripped[-1].isalnum():
        year = venues.year_of_date(_TRAILING_SYMBOLS.sub("", stripped))  # "2026-08-07 🧩": the date, then an emoji
    if year is not None:
        entry.date_year = entry.date_year or year
        return
    cited = proceedings.written_venue(stripped) if entry.authors and entry.title and not entry.summary_parts else None
    if cited:  # "Hu, Ronghang, et al. **Title.** European Conference on Computer Vision. Springer, Cham, 2016."
        offer_venue(entry, cited[0], stripped)
        entry.date_year = entry.date_year or cited[1]
        return
    named = venue_words.in_words(stripped) if entry.title and not entry.summary_parts else None
    if named:  # "[Title](..), Robotics and Autonomous Systems 2013."
        offer_venue(entry, named[0], stripped)
        entry.date_year = entry.date_year or named[1]
        return
    if first_line and entry.title and not entry.summary_parts and not entry.venue and _JOURNAL_NAMED.fullmatch(
            text.strip()) and _JOURNAL_WORD.search(text):
        offer_venue(entry, stripped.rstrip("."), stripped)  # "**Title.** Machine Intelligence Research."
        return
    if not entry.summary_parts and _EMPTY_VENUE.fullmatch(stripped):  # "In . [[2204.05068](arXiv)]" (lzhbrian/
        return  # Awesome-BEV-Papers, 32 lines): a venue the list left blank, not a description
    entry.summary_parts.append(text)
    entry.in_summary = fields.is_summary(stripped)


_ADDRESS_FIRST = re.compile(r"^\s*https?://\S+?[.,]?(?=\s|$)")
_EMPTY_VENUE = re.compile(r"In\s*[.,]?")


def _names_after_title_link(tail: fields.Tail, entry: ListEntry, first_line: bool) -> bool:
    """``+ [Scheduling of Operations in Quantum Compiler](arxiv.org/pdf/2011.04936) Toshinari Itoko, Takashi
    Imamichi <img src=".../badge/QCE-2020-green.svg">`` (yucheol-choi/awesome-quantum-compiler: about 40 of
    its 148 entries, the rest end in "et al"): names alone after the title link are its authors, when they
    can only be people, and two of them or one beside a venue or year the entry states elsewhere (a badge);
    after a venue before the title too (``- [ICLR19][Title](arXiv) - Jinghui Chen, Jinfeng Yi, Quanquan Gu``,
    xiahaifeng1995/adversarial-robustness, its every entry)."""
    return first_line and entry.shape in ("link-title", "venue-prefix") and not entry.authors \
        and not entry.summary_parts \
        and people.substantial(tail.authors) and people.only_people(tail.authors) \
        and (len(tail.authors) >= 2 or bool(entry.venue or entry.date_year))


# A journal named after a bold title, in capitalised words and a full stop, with no year: where
# the list's other entries say "Preprint." or "ACL 2021." (thunlp/PromptPapers: "**Paradigm Shift
# in Natural Language Processing.** Machine Intelligence Research."). A description is a sentence.
_JOURNAL_NAMED = re.compile(venues.capitalised(1, 7) + r"\.")
_JOURNAL_WORD = re.compile(r"\b(?:Research|Journal|Transactions|Letters|Review|Proceedings|Magazine|Intelligence|"
                           r"Computing|Processing|Recognition|Networks|Systems|Sciences?|Robotics|Medicine|"
                           r"Engineering|Informatics)\b")


_OPEN_CREDIT = re.compile(r"\s*\((?P<who>[^()]{2,200}?\bet\.?\s*al\.?),\s*(?:[A-Z][a-z]{2,8}\.?\s+)?"
                          r"(?P<year>(?:19|20)\d\d)\.?,?(?P<where>[^()\[\]]{0,80}?)[,\s]*")
_NO_CODE_AFTER = re.compile(rf",\s*((?:{NO_CODE.pattern}))\s*[.;]?\s*$", re.IGNORECASE)
