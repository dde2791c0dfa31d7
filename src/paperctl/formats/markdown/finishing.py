"""An entry's last pass, once it is read: its title and summary cleaned of what is not theirs (a tag, a
method's name, who made it, a venue or year at the description's end), what the headings say added (the
year, the venue, the status), and ``verdict`` asked whether it is a paper. ``entries.read`` and the
table reader (``tables``) end with ``finish``.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from ...text import squashed
from . import fields, links, makers, people, plain_title, preprints, titled_by, venue_words, venues, verdict
from .before_title import TAG_PREFIX, year_then_venue
from .model import Context, ListEntry, offer_venue
from .proceedings import short_venue

_TRAILING_YEAR = re.compile(r"\s*(?:19|20)\d\d$")
_NAMED_QUOTE = re.compile(r"([^\"“”:]{1,40}?)\s*[:：]\s*[\"“]([^\"“”]{4,400})[\"”]")

_METRIC = re.compile(r"\b(?:citations?|cited(?: by)?|stars?|forks?|downloads?)\s*[:：]?\s*[\d,.]+[km]?\b", re.I)
_FIELD_CUT = re.compile(r"\s+[-–—|]\s+")


_LAST_FIELD = re.compile(r"(?:\s+[-–—|]\s+(?:[Ii]n\s+)?|\.\s+[Ii]n\s+)([^-–—|.]{2,40}?)[\s.]*$")
# ("，CVPR 2026" after a description, joelulu/Awesome-Efficient-Diffusion)
_COMMA_FIELD = re.compile(r"\s*[，,]\s*([^-–—|.，,]{2,40}?)[\s.]*$")
_BRACKETED_VENUE_END = re.compile(r"\s+\(([^()]{2,40})\)\.?\s*$")
_VENUE_SENTENCE = re.compile(r"(?<=[a-z)]\.)\s+([A-Z][\w&@-]{1,15}(?: [\w&@-]{1,15})?\s?(?:19|20)\d\d)\.?\s*$")


def _venue_ending_summary(entry: ListEntry) -> None:
    """``-[Title](..) - Meta-learning for few- or zero-shot multi-label classification - in EMNLP 2021``,
    ``... Graph Recurrent Neural Networks. In IJCAI 2020.`` (acadTags/Awesome-medical-coding-NLP, every entry):
    the description, then where the paper appeared, set off by a dash or in a sentence of its own: the venue,
    not the description's end."""
    text = fields.tidy("".join(entry.summary_parts))
    m = _LAST_FIELD.search(text)
    found = venues.parse(m.group(1)) if m and m.group(1)[:1] != "(" else None  # ("— (JD, 2026)": who, and when)
    if not (found and found[1]):
        m = _COMMA_FIELD.search(text)
        found = venues.parse(m.group(1)) if m else None
    if not (found and found[1]):
        m = _VENUE_SENTENCE.search(text)  # "... averaging a dense 263 annotations per minute. CVPR 2025."
        found = venues.parse(m.group(1)) if m else None  # (EgocentricVision/EgocentricVision): a last sentence of
        found = found if found and venues.name_known(found[0]) else None  # only where and when
    if not (found and found[1]):
        m = _BRACKETED_VENUE_END.search(text)  # "... film automation in virtual 3D spaces (SIGGRAPH Asia 2024)."
        found = venues.parse(m.group(1)) if m else None  # (PhiloLabs/awesome-video-agents, 14 of its 49
        found = found if found and venues.name_known(found[0]) else None  # descriptions): where, in brackets
    if found and found[1] and fields.is_summary(text[: m.start()]):
        entry.venue, entry.venue_written = found[0], m.group(1)
        entry.summary_parts = [text[: m.start()]]
        return
    dated = _YEAR_ENDS_SUMMARY.search(text) if not entry.date_year else None
    if dated and fields.is_summary(text[: dated.start()]):  # "[Laperriere et al.](..) - Updates the French MEDIA
        entry.date_year = int(dated.group(1))  # SLU dataset ... toolkit (2022)." (y12uc231/Awesome-Multilingual-LLM,
        entry.summary_parts = [text[: dated.start()]]  # 17 entries): the description, then the year in brackets
        return
    segments = _DASHED.split(text)  # "... - Attention-based model, ... - in MLHC 2021 - leaderboard on ...": not last
    for k, segment in enumerate(segments if len(segments) > 1 else ()):
        stated = _IN_VENUE.fullmatch(segment.strip())
        found = venues.parse(stated.group(1)) if stated else None
        if found and found[1]:
            entry.venue, entry.venue_written = found[0], stated.group(1)  # type: ignore[union-attr]
            entry.summary_parts = [" - ".join(segments[:k] + segments[k + 1:])]
            return


def _translation_ending_summary(entry: ListEntry) -> None:
    """``Designs a loss that uses internal features ... for image editing.\\`` over ``(디퓨전 denoising network 내부
    피쳐를 이용한 loss를 설계해 이미지를 편집)`` (sunovivid/Awesome-Diffusion-Guidance, all 14 descriptions): the
    description in English, then its translation in brackets on a line of its own, a note."""
    parts = entry.summary_parts
    last = max((k for k, p in enumerate(parts) if p.strip()), default=0)
    if last < 2 or parts[last - 1].strip() or not _TRANSLATION_END.fullmatch(parts[last].strip()):
        return  # (the translation on a line of its own, a break before it: "(长期公平性)" after the sentence on its
        # line, nuster1128/Awesome-Causal-Papers, is part of it)
    text = fields.tidy("".join(entry.summary_parts)).strip()
    m = _TRANSLATION_END.search(text)
    head = text[: m.start()].rstrip() if m else ""
    if m and len(_LATIN_WORD.findall(head)) >= 4 and not _HANGUL_OR_CJK.search(head) and len(
            _HANGUL_OR_CJK.findall(m.group(1))) >= 4:
        entry.summary_parts = [head]
        entry.notes.append(m.group(1).strip())


_TRANSLATION_END = re.compile(r"[(（]([^()（）]{4,400})[)）]$")
_HANGUL_OR_CJK = re.compile(r"[぀-ヿ㐀-鿿가-힯]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_YEAR_ENDS_SUMMARY = re.compile(r"\s+\(((?:19|20)\d\d)\)\.?$")
_YY_THEN_NAME = re.compile(r"(\d\d)['’]([A-Za-z][\w&-]{1,15})")
WHO_ET_AL_END = re.compile(r"[,，]?\s*\(\s*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\s+et\.?\s+al\.?,?\s*"
                            r"([^()]{0,30}?)\s*\)$")
_PLACED_END = re.compile(r"\s+\(([^()]{3,40})\)$")  # "Title (CVPR 2020)": where and when, left on the title
_OPEN_BRACKET_END = re.compile(r"[.,]?\s+\(([^()]{3,80})$")
_WIDE_BRACKET_END = re.compile(r"\s*（([^（）]*(?:\([^()]*\)[^（）]*)*)）$")
_GLUED_NOTE = re.compile(r"(?<=[a-z])\(([A-Z][^()]{1,40})\)$")
# A journal's abbreviated name and its year: "Knowl. Based Syst., 2023"
_ABBREVIATED_DATED = re.compile(r"(?=[^()]*[a-z]\.)[A-Z][A-Za-z.&]*(?:\s[A-Z][A-Za-z.&]*){1,5},?\s(?:19|20)\d\d")
# "19-ICCV-", "19-AAAI-oral-", "19-CVPR-precognition workshop ", "18-CVPR Trajnet Workshop -" before a title
_YY_VENUE_FIRST = re.compile(r"(\d\d)-([A-Za-z][A-Za-z&]{1,12})(?:-(?i:(oral|poster|spotlight)-)|"
                             r"(-[a-z][\w-]* workshop | [A-Z][\w-]* Workshop\s*-)|-)(?=\S)")
_JOINING_END = re.compile(r"\b(?:at|in|on|of|for|and|to|with)$", re.IGNORECASE)
_PRIMED_VENUE_END = re.compile(r"(?<=\S)[ ,]+([A-Za-z][\w&-]{1,15}['’](?:19|20)?\d\d)$")  # " CVPR'2025", " ICML'21"
_COMMA_YEAR_END = re.compile(r"[,，]\s*((?:19|20)\d\d)$")
# Who made it and when, perhaps with an award after: "Microsoft 2016", "Ali 2016 Winners"
_WHO_AND_YEAR = re.compile(r"([A-Z][\w&.,'’ -]{0,30}?)\s+((?:19|20)\d\d)(?:\s+[A-Z][\w -]{0,25})?")
_NAME_TWICE = re.compile(r"([^:\"“]{2,40}):\s+([^:\"“]{2,40}):\s+\S")


_QUOTED_TITLE = re.compile(r"[\"“]([^\"“”]{10,300})[\"”]\.?")
_CITED_AS_TITLE = re.compile(r"([A-Z][\w'’-]+) et al\.?")
_CITED_BEFORE_TITLE = re.compile(r"([A-Z][\w'’-]+) et al\.?,\s+(?=\S)")
_DASHED = re.compile(r"\s+[-–—]\s+")
_IN_VENUE = re.compile(r"[Ii]n\s+([^-–—|.]{2,40}?)\.?")


def _metrics_as_notes(entry: ListEntry) -> None:
    """``- [Title](..) (2023) - `P0` - citations: 425 - LLMs in Finance Survey``
    (FrederickPi1969/awesome-llm-for-finance): after a count, the fields set off by dashes are
    the list's own bookkeeping, kept as notes, not the entry's description."""
    segments = [s.strip() for s in _FIELD_CUT.split(fields.tidy("".join(entry.summary_parts))) if s.strip()]
    if any(_METRIC.fullmatch(s) for s in segments):
        entry.notes += segments
        entry.summary_parts = []


def _tags_only(said: str) -> bool:
    """Is *said* only tags, two or more, joined by bullets or slashes: words, three at most each, no sentence?"""
    parts = [p for p in _TAG_JOIN.split(said) if p]
    return ("•" in said or len(parts) >= 3 and " /" not in said and "/ " not in said and all(
        p[:1].isupper() for p in parts)) and len(parts) >= 2 and all(
        _TAG.fullmatch(p) and len(p) >= 2 and any(c.isalpha() for c in p) for p in parts)  # (not "11/07/2024",
    # "N/A", nor "paraphrase / distractor / reordering perturbations.", "RNN-based fusion/label fine-tuning/RL
    # models", descriptions)


_TAG_JOIN = re.compile(r"\s*[•/]\s*")
_TAG = re.compile(r"[A-Za-z0-9&+-](?:[\w&+-]|\.(?=\w))*(?: [A-Za-z0-9&+-](?:[\w&+-]|\.(?=\w))*){0,2}")
_WHO = re.compile(r"(?:^|\s)\(((?:[A-Z0-9][A-Za-z0-9.-]*|&)(?:[ ,/]+(?:[A-Z0-9][A-Za-z0-9.-]*|&)){0,3})\)$")  # "(MIT)"
_BRACKETED = re.compile(r"\([^()]+\)")
_NAME_ALONE = re.compile(r"\[[^\[\]\s]{1,40}\]")
_CJK_TAG = re.compile(r"\[([\u4e00-\u9fff]{1,12})\]\s*(?=[A-Za-z])")
_SECTION_TAG = re.compile(r"\[([^\[\]]{2,60})\]\s*(?=\S)")
_YEAR_FIRST = re.compile(r"\(((?:19|20)\d\d)\)\s+(?=\S)")


def _title_after_named_link(entry: ListEntry) -> None:
    """``- PEIR Gross: [[ACL](arXiv)] On the Automatic Generation of Medical Imaging Reports. `2018` ``
    (DeepReasoning/aihealth, every entry): a short name and a colon, the paper's link named for its venue or
    "Link", then one sentence of four words or more: the title; the name a note."""
    said = fields.tidy("".join(entry.summary_parts)).strip()
    if said.endswith(".") and ". " not in said and len(said.split()) >= 4 and said[:1].isupper() and \
            not people.parse(said.rstrip(".")) and not re.search(r"\b(?:you|your|we|our|I)\b", said):
        entry.notes.insert(0, entry.title.rstrip(": "))  # type: ignore[union-attr]
        entry.title, entry.summary_parts = said[:-1], []


_NAME_COLON_VENUE = re.compile(r"((?=[^\s:]*[A-Z])[^\s:]\S{0,20}(?: \S{1,20})?):\s+(\S.{1,30})")  # (not "intro: ICCV
# 2017", a key)


def _abbreviated_and_dated(inner: str) -> tuple[str, int] | None:
    """``Knowl. Based Syst., 2023`` in brackets after a title (RManLuo/Awesome-LLM-KG): a journal's abbreviated
    name and its year; ``Arxiv. Aug. 2023`` (ZigeW/data_management_LLM): a preprint and the month it was posted.
    (venue, year), or None."""
    if not _ABBREVIATED_DATED.fullmatch(inner):
        return None
    name, year = inner.split()[0].rstrip(".,"), int(inner[-4:])
    return (venues.as_arxiv(name, year), year) if venues.preprint(name) else venue_words.in_words(
        inner.replace(",", ""))


def _venue_coded_first(entry: ListEntry) -> None:
    """``19-ICCV-The Trajectron: ...``, ``19-AAAI-oral-TrafficPredict: ...``, ``18-CVPR Trajnet Workshop -Title``
    (ChaofanTao/autonomous_driving_papers, every paper): the year's last two digits, where, how, then the title."""
    prefixed = _YY_VENUE_FIRST.match(entry.title or "")
    if not prefixed or not venues.name_known(prefixed.group(2)) or len(entry.title[prefixed.end():].split()) < 2:
        return
    year = venues.full_year(prefixed.group(1))
    track = f" {prefixed.group(3).capitalize()}" if prefixed.group(3) else " Workshop" if prefixed.group(4) else ""
    offer_venue(entry, f"{venues.dated(prefixed.group(2), year)[0]}{track}", prefixed.group())
    entry.date_year = entry.date_year or year
    entry.title = entry.title[prefixed.end():]


def _venue_primed_last(entry: ListEntry) -> None:
    """``❌[Heterogeneous CVPR'2025](pdf)``, ``✅[MS-CLR arxiv'2025](arXiv)`` (Yingfei-Wu/Awesome-Self-supervised-
    Skeleton-based-Action-Recognition, all its papers): the method's name, then where and when, in the link. A
    venue's short name only: not "... in Human–Computer Interaction'11", nor "..., 4D-VISION workshop at
    ECCV'2020", a phrase's end."""
    primed = _PRIMED_VENUE_END.search(entry.title or "")
    found = venues.parse(primed.group(1)) if primed else None
    if not (found and found[1] and (venues.name_known(found[0]) or found[0].split()[0].isupper() or venues.preprint(
            found[0].split()[0])) and not _JOINING_END.search(entry.title[: primed.start()])):  # type: ignore
        return
    name = venues.as_arxiv(found[0], found[1]) if venues.preprint(found[0].split()[0]) else found[0]
    offer_venue(entry, name, primed.group(1))  # type: ignore[union-attr]
    entry.date_year = entry.date_year or found[1]
    entry.title = entry.title[: primed.start()].rstrip(" ,")  # type: ignore[union-attr,index]



def _venue_colon_first(entry: ListEntry, colon: re.Match[str]) -> None:
    """``[CVPR-17: Making Deep Neural Networks Robust to Label Noise: ...](arXiv)`` (guixianjin/Some-research-on-
    noisy-labels, 35 of its 36 paper headings), ``[CVPR 2017: Title](..)``: where and when, a colon, the title, all
    in the link. A venue with its year only ("NeRF: ...", "GPT-4: ..." are a method's name)."""
    found = venues.parse(colon.group(1))
    if not (found and found[1] and venues.name_known(found[0])) or len(colon.string[colon.end():].split()) < 2:
        return
    offer_venue(entry, found[0], colon.group(1))
    entry.date_year = entry.date_year or found[1]
    entry.title = colon.string[colon.end():]


# "CVPR-17: ", "CVPR 2017: ", "CVPR-19：": where and when, then a colon, before a title (``_venue_colon_first``;
# ``paper_headings``: a paper's heading whose link was left empty)
VENUE_COLON_FIRST = re.compile(r"([A-Za-z][\w&]{1,12}(?:[ '’-]|[ -]W[ -])?(?:19|20)?\d\d)\s*(?::\s+|：\s*)(?=\S)")


def _made_by(name: str) -> bool:
    """``Microsoft``, ``Alibaba``, ``NUS``: a company or a school, who made a paper (see ``makers``)."""
    return makers.institution(name) or bool(makers.ORGANISATION.fullmatch(name))  # (institution asks is_maker)


def _name_over_citation(entry: ListEntry) -> None:
    """``- **GAN**: Ian Goodfellow, ..., and Yoshua Bengio. Generative adversarial nets. In NIPS, 2014.``
    (zchen0211/ML-tutorial, 12 lines): a method's name in bold, then who wrote the paper, its title, and where
    (read already); the title the citation's, the name a note."""
    said = fields.tidy("".join(entry.summary_parts)).strip().lstrip(":： ").rstrip(".")
    parts = said.split(". ")
    for k in range(len(parts) - 2, 0, -1):  # (the longest run of names first: "Gulrajani, I., Ahmed, F., ...")
        after = ". ".join(parts[k + 1:])
        if len(after) > 160:
            return  # (where and when is short: no citation's tail grows so long, and names before it are not read)
        tail = fields.citation_tail(after)
        if not (tail.explained and (tail.venue or tail.year)) or len(parts[k].split()) < 3 or any(
                c in parts[k] for c in '"“”[]'):
            continue  # (a title after the names, where and when after it)
        names = people.parse(". ".join(parts[:k]))
        if len(names) >= 2 and people.only_people(names) and not people.parse(parts[k]):
            entry.notes.insert(0, entry.title)  # type: ignore[arg-type]
            entry.title, entry.authors, entry.summary_parts = parts[k].rstrip("."), names, []
            if tail.venue and not entry.venue:
                offer_venue(entry, tail.venue if venues.year_in(tail.venue) or not tail.year else
                            f"{tail.venue} {tail.year}", after)
            entry.date_year = entry.date_year or tail.year
            return


def _file_named(entry: ListEntry) -> None:
    """``[FFM] Field-aware Factorization Machines for CTR Prediction (Criteo 2016).pdf`` (zhihuizheng/
    Recommendation-Papers, its 261 papers): the name of the PDF file the owner keeps of the paper, the paper's
    title (after its short name) and, in brackets, where its authors work and when it came out."""
    title = entry.title[:-4].rstrip()  # type: ignore[index]
    placed = _WHO_WHEN_END.search(title)
    if placed and len(title[: placed.start()].split()) >= 3:
        entry.notes.append(placed.group(1))  # ("(Alibaba 2018)", "(HIT-Huawei 2017)": who, not where)
        entry.date_year = entry.date_year or int(placed.group(2))
        title = title[: placed.start()].rstrip()
    entry.title, entry.stated = title, True


_WHO_WHEN_END = re.compile(r"\s*\(([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)\s+((?:19|20)\d\d)\)$")


def _title_after_name(entry: ListEntry) -> None:
    """``* (08 May 2015) [DeepBox](arXiv) (DeepBox: Learning Objectness with Convolutional Networks)`` (Eleanor825/
    Machine-Learning-Knowledge-Base, 9 of its dated bullets): the method's name links the paper, its title follows
    in brackets, all the description there is; the title, and the name a note."""
    said = fields.tidy("".join(entry.summary_parts)).strip()
    inner = said[1:-1].strip() if said[:1] == "(" and said[-1:] == ")" and said.count("(") == 1 else ""
    if len(inner.split()) >= 3 and verdict.title_like(inner) and not venues.parse(inner) and not people.parse(inner):
        entry.notes.insert(0, entry.title)  # type: ignore[arg-type]
        entry.title, entry.summary_parts = inner, []


def _year_and_venue_first(entry: ListEntry) -> None:
    """``[**2021 Nature Nanotechnology**](nature.com/..) - The current landscape of nucleic acid therapeutics``,
    ``_**2018 BMC Genomics**_, SiRNA silencing efficacy prediction ...`` (lulab/gitbook-docs, 42 entries): the year
    and the journal in bold where the title would be, the title after them; read as such."""
    dated = year_then_venue(" ".join(entry.title.replace("*", " ").replace("_", " ").split()))  # type: ignore[union-attr]
    said = fields.tidy("".join(entry.summary_parts)).strip().rstrip(".")
    if dated and dated[1] and 3 <= len(said.split()) <= 30 and ". " not in said and verdict.title_like(said) and \
            not re.search(rf"(?i)\b{venues.MONTH}\b", entry.title) and not people.parse(said):  # (not "2019 July"
        # over "Chris Donahue et alia.", AI-Guru/music-generation-research: when, and who)
        offer_venue(entry, dated[0], entry.title)  # type: ignore[arg-type]
        entry.date_year = entry.date_year or dated[1]
        entry.title, entry.summary_parts = said, []


def finish(entry: ListEntry, ctx: Context) -> ListEntry:
    """Clean the fields, add what the headings say, and decide whether it is a paper."""
    tags = TAG_PREFIX.match(entry.title) if entry.title and "【" in entry.title else None  # (exact: it needs one)
    if tags and entry.title and entry.title[tags.end():].strip():
        entry.notes.insert(0, tags.group(1).strip())  # "【🔧SFT】Title": a tag, kept as a note
        entry.title = entry.title[tags.end():]
    kind = verdict.kind_tag(entry.title or "")
    if entry.title and entry.title.endswith(":") and entry.title_target is None and entry.summary_parts and \
            len(entry.title.split()) <= 4 and entry.link_labels:
        _title_after_named_link(entry)
    entry.title = fields.clean_title(entry.title or "") or None
    if ctx.by_names and not entry.authors and entry.title and " by " in entry.title:
        titled_by.take_names(entry)  # "Title by Young-Jun Ko. ACML 2016 <br>" in a list whose titles all end so
    if entry.title and entry.title[0] == "[" and _NAME_ALONE.fullmatch(entry.title):  # "- [dlib] http://dlib.net/
        entry.notes.insert(0, entry.title[1:-1])  # face_detector.py.html." (kingsj0405/awesome-face-related-list): a
        entry.title = None  # tool's name in brackets and its address, no title
    opened = _OPEN_BRACKET_END.search(entry.title) if entry.title and "(" in entry.title else None
    if opened and makers.ORGANISATION.search(opened.group(1)) and len(entry.title[: opened.start()].split()) >= 3:
        entry.notes.append(people.ET_AL.sub("", opened.group(1)).strip(" ,"))  # "- TernGrad: Ternary Gradients ...
        entry.title = entry.title[: opened.start()].rstrip()  # . (Duke University, etc, [github link](..))" (Ewenwan/
        # MVision): where its authors work, in brackets that the link inside left open after the title
    worked = _WIDE_BRACKET_END.search(entry.title) if entry.title and entry.title[-1:] == "）" else None
    if worked and makers.ORGANISATION.search(worked.group(1)) and len(entry.title[: worked.start()].split()) >= 3:
        entry.notes.append(worked.group(1))  # "Recent Advances in Deep Learning Based Dialogue Systems Survey（Nanyang
        entry.title = entry.title[: worked.start()].rstrip()  # Technological University）" (MPX0222/Research-Paper-
        # Space, every entry): where its authors work, in full-width brackets after the title
        if (when := _COMMA_YEAR_END.search(worked.group(1))) and not entry.date_year:
            entry.date_year = int(when.group(1))  # ("（Jilin University & Microsoft, 2023）": and when)
    glued = _GLUED_NOTE.search(entry.title) if entry.title and entry.title[-1:] == ")" else None
    dated = _WHO_AND_YEAR.fullmatch(glued.group(1)) if glued else None
    if glued and len(entry.title[: glued.start()].split()) >= (2 if dated else 4):  # "[Large-Margin Softmax Loss
        entry.notes.append(glued.group(1))  # for Convolutional Neural Networks(L-Softmax loss)](arXiv)", "...
        entry.title = entry.title[: glued.start()]  # Recognition(Tencent AI Lab)" (L706077/DNN-Face-Recognition-
        # Papers): a note glued on
        if dated:  # "[[FM] Factorization Machines(Steffen 2010)](pdf)" (buracagyang/RecSys_paper): who, and when
            entry.date_year = entry.date_year or int(dated.group(2))
    placed = _PLACED_END.search(entry.title) if entry.title and entry.title[-1:] == ")" and (
        entry.venue is None) else None
    yy_first = _YY_THEN_NAME.fullmatch(placed.group(1)) if placed else None  # ("Title (24'CVPR)", liuzengyun/Awesome-
    found = venues.parse(f"{yy_first.group(2)}'{yy_first.group(1)}" if yy_first else placed.group(1)) if placed \
        else None  # 3D-Detection-with-4D-Radar: the year's last two digits, then the venue)
    found = found or (_abbreviated_and_dated(placed.group(1)) if placed else None)
    if found and found[1] and len(entry.title[: placed.start()].split()) >= 3:  # type: ignore[union-attr]
        offer_venue(entry, found[0], placed.group().strip())  # type: ignore[union-attr]  # "**Action Genome**:
        entry.date_year = entry.date_year or found[1]  # Actions as Compositions of ... (CVPR 2020) </br>" (xiaobai1217/
        entry.title = entry.title[: placed.start()].rstrip()  # type: ignore[union-attr]  # Awesome-Video-Datasets)
    elif placed and (made := _WHO_AND_YEAR.fullmatch(placed.group(1))) and _made_by(made.group(1)) and len(
            entry.title[: placed.start()].split()) >= 2:  # "[[Item2Vec] Item2Vec-Neural Item Embedding for
        entry.notes.append(placed.group(1))  # Collaborative Filtering (Microsoft 2016)](pdf)" (buracagyang/RecSys_
        entry.date_year = entry.date_year or int(made.group(2))  # paper, 26 of its 40): the company that made it
        entry.title = entry.title[: placed.start()].rstrip()  # and when, not where it appeared
    if entry.title and entry.title[:1].isdigit() and entry.venue is None:
        _venue_coded_first(entry)
    if entry.title and entry.title[-1:].isdigit() and ("'" in entry.title or "’" in entry.title) and not entry.venue:
        _venue_primed_last(entry)
    if entry.title and entry.venue is None and (colon := VENUE_COLON_FIRST.match(entry.title)):
        _venue_colon_first(entry, colon)
    if entry.title and entry.title[-4:].lower() == ".pdf" and entry.title_target is None and " " in entry.title:
        _file_named(entry)
    if entry.bold and entry.title and not entry.authors and entry.summary_parts and len(entry.title.split()) <= 2:
        _name_over_citation(entry)
    if entry.title and entry.title[:2] in ("19", "20") and entry.venue is None and entry.summary_parts:
        _year_and_venue_first(entry)
    if entry.title and entry.title_target in links.PAPER_KINDS and len(entry.title.split()) <= 3 and \
            entry.summary_parts:
        _title_after_name(entry)
    named = _NAME_COLON_VENUE.fullmatch(entry.title) if entry.title and entry.venue is None and ": " in entry.title \
        and entry.title[-1:].isdigit() else None
    if named and (found := venues.parse(named.group(2))) and found[1]:  # "| SCSR: TIP2010, Jianchao Yang et al. |
        offer_venue(entry, found[0], named.group(2))  # [paper](..) |" (it-hao/Super-Resolution, its methods before
        entry.date_year = entry.date_year or found[1]  # deep learning): the method's name, where and when, no title
        entry.title = named.group(1)
    who = WHO_ET_AL_END.search(entry.title) if entry.title and entry.title[-1:] == ")" and " al" in entry.title \
        else None
    if who and not entry.authors and len(entry.title[: who.start()].split()) >= 3:  # "**Woodpecker**: Hallucination
        entry.authors = [who.group(1)]  # Correction for ..., (Yin et al.)", "... Instruction Tuning, (Liu et al.
        where = venues.parse(who.group(2)) if who.group(2) else None  # ICLR2024)" (Purshow/Awesome-LVLM-Hallucination):
        if where and where[1] and entry.venue is None:  # the first author, and where, in brackets after the title
            offer_venue(entry, where[0], who.group(2))
            entry.date_year = entry.date_year or where[1]
        elif venues.FOUR_DIGIT_YEAR.fullmatch(who.group(2)):  # ("(Chu et al. 2019)": when)
            entry.date_year = entry.date_year or int(who.group(2))
        entry.title = entry.title[: who.start()].rstrip(" ,，")
    cited = _CITED_AS_TITLE.fullmatch(entry.title) if entry.title and entry.title.endswith(("al", "al.")) else None
    if cited and not entry.authors and entry.title_target is not None:  # "- [Joshi et al.](doi): Introduces ..."
        entry.authors = [cited.group(1)]  # (y12uc231/Awesome-Multilingual-LLM, 17 entries): the paper's link named
        # by its first author, as the list cites it
    titled = _QUOTED_TITLE.fullmatch(fields.tidy("".join(entry.summary_parts)).strip()) if cited and \
        entry.summary_parts else None
    if titled and len(titled.group(1).split()) >= 3:  # '- [Vayena et al. (2018)](doi) — "Machine learning in
        entry.authors = entry.authors or [cited.group(1)]  # medicine: addressing ethical challenges"' (EvidenceOS/
        entry.title, entry.summary_parts = titled.group(1).strip(" ."), []  # awesome-health-ai-evaluation): who and
        # when name the link, the title is quoted after it
    cited_first = _CITED_BEFORE_TITLE.match(entry.title) if entry.title and " al" in entry.title else None
    if cited_first and not entry.authors and entry.title_target is not None and len(entry.title[
            cited_first.end():].split()) >= 3:  # "[Tu et al., *CharacterEval: A Chinese Benchmark ...*](arXiv)"
        entry.authors = [cited_first.group(1)]  # (FudanDISC/SocialAgent, 183 lines): the first author, then the title
        entry.title = entry.title[cited_first.end():]
    twice = _NAME_TWICE.match(entry.title) if entry.title and entry.title.count(":") >= 2 else None
    if twice and squashed(twice.group(1)) == squashed(twice.group(2)):  # "Parallel-WaveNet: Parallel WaveNet: Fast
        entry.notes.append(twice.group(1))  # High-Fidelity Speech Synthesis" (TouchSky-Lab/Awesome-Text-to-Speech-
        entry.title = entry.title[twice.end(1):].lstrip(": ")  # TTS): the list's name for it, then the title's own
    named = _NAMED_QUOTE.fullmatch(entry.title) if entry.title and entry.title[-1:] in '"”' else None
    if named:  # '**Social chemistry 101: "Social chemistry 101: Learning to reason ..."**': a name, the title
        entry.notes.append(named.group(1))
        entry.title = named.group(2)
    cjk = _CJK_TAG.match(entry.title) if entry.title and entry.title[0] == "[" else None
    if cjk and len(entry.title[cjk.end():].split()) >= 3:  # "[[注意力机制] Attention is All You Need](arXiv)"
        entry.notes.insert(0, cjk.group(1))  # (zixi-liu/Fraud-Detection-Papers): a topic tag in Chinese
        entry.title = entry.title[cjk.end():]
    tagged = _SECTION_TAG.match(entry.title) if entry.title and entry.title[0] == "[" and ctx.section else None
    if tagged and ctx.section and tagged.group(1).casefold() == ctx.section.casefold().split("/")[-1].strip():
        entry.notes.insert(0, tagged.group(1))  # "**[Causal Inference] Tier Balancing: ...**" under "### Causal
        entry.title = entry.title[tagged.end():]  # Inference" (nuster1128/Awesome-Causal-Papers): the section's tag
    year_first = _YEAR_FIRST.match(entry.title) if entry.title and entry.title[0] == "(" else None
    if year_first:  # "[(2021) Reinforcement Learning for Industrial Control ...](arXiv)" (Limmen/awesome-rl-for-
        entry.date_year = entry.date_year or int(year_first.group(1))  # cybersecurity, 111 lines): its year
        entry.journal_year = True
        entry.title = entry.title[year_first.end():]
    if entry.bold and entry.summary_parts and entry.title and len(entry.title.split()) <= 2:
        _title_in_brackets_after_name(entry)
    if entry.summary_parts and any(_METRIC.search(part) for part in entry.summary_parts):
        _metrics_as_notes(entry)
    if entry.summary_parts and ("/" in (joined := "".join(entry.summary_parts)) or "•" in joined) and _tags_only(
            said := fields.tidy(joined).strip()):
        entry.notes.append(said)  # "high • RL/[Molecular AI](..)/AstraZeneca" (zhaisilong/awesome-peptide): tags
        entry.summary_parts = []  # joined by bullets and slashes, its rating, the method's kind, the group; notes
    if entry.summary_parts and not entry.venue:
        _venue_ending_summary(entry)
    if entry.summary_parts and "".join(entry.summary_parts).rstrip().endswith((")", "）")):
        _translation_ending_summary(entry)
    said = fields.tidy("".join(entry.summary_parts)).strip() if entry.summary_parts else ""
    if said.endswith(")") and (who := _WHO.search(said)):  # "[Let's verify step by step](arXiv) (OpenAI)", "(PKU &
        maker, _, when = who.group(1).rpartition(", " if ", " in who.group(1) else " ")  # Deepseek)" (bruno686/
        # Awesome-RL-based-LLM-Reasoning): who (or "(THU 2024)", where they work and when, no comma between)
        maker = maker if ", " in who.group(1) or all(makers.institution(w) for w in maker.split("-")) else ""
        year = int(when) if maker and venues.FOUR_DIGIT_YEAR.fullmatch(when) else None  # wrote it, not what it
        where = venues.parse(when) if maker and year is None else None  # says; "(JD, 2026)", "(ByteDance, RecSys
        if where and where[1]:  # 2025)" (byby221b/Awesome-CTR-Scaling): who, and when or where
            year = where[1]
            if not entry.venue:
                entry.venue, entry.venue_written = where[0], when
        entry.date_year = entry.date_year or year
        entry.journal_year = entry.journal_year or bool(year)  # ("| Title (THU 2024) | | [ACL](arXiv) |": ACL 2024)
        entry.notes.append(maker if year else who.group(1))
        said = said[: who.start()].strip()  # what it says before that, in brackets or not
        entry.summary_parts = [said[1:-1] if _BRACKETED.fullmatch(said) else said] if said else []
    if kind and entry.title:
        entry.title = kind.group() + " " + entry.title[kind.end():].strip()
    keyed = _VENUE_YEAR_NAME.fullmatch(entry.notes[0]) if entry.notes and not entry.venue else None
    if keyed and (found := venues.parse(f"{keyed.group(1)} {keyed.group(2)}")) and found[1]:
        entry.venue, entry.venue_written = found[0], entry.notes[0]  # "**(*CVPR2020_MPL*) Title.**" (Paranioar/
        entry.date_year = entry.date_year or found[1]  # Awesome_Matching_Pretraining_Transfering, 194 entries): a key
        # of where, when and the method's name, kept as the note it is
    marked = _KIND_MARKED.search(entry.title) if entry.title and "]" in entry.title and not entry.venue else None
    tail = fields.citation_tail(marked.group("where")) if marked and len(entry.title[: marked.start()].split()) >= 3 \
        else None
    if tail and tail.explained and tail.venue and not tail.authors:  # "[Single path one-shot neural architecture
        offer_venue(entry, tail.venue, marked.group("where"))  # search with uniform sampling[C] ECCV, 2020.](springer)"
        entry.date_year = entry.date_year or tail.year  # (wangxb96/Awesome-EdgeAI, 82 of its 86 rows): the title, its
        entry.title = entry.title[: marked.start()].rstrip()  # GB/T kind mark, then where and when
    if entry.date_year is None and entry.notes:
        dated = next((m for m in map(_DATE_TAG.fullmatch, entry.notes) if m), None)  # "[Title](#anchor) `[SD]`
        entry.date_year = int(dated.group(1)) if dated else None  # `[2024.08]` [[paper]](arXiv)" (MetaDriveScape/
        # Awesome-Generation-Model, every paper): a tag saying when it came out (kept as the note it is)
    if not entry.venue and entry.venue_cited:  # (a table's Venue column, read after the title cell, comes first)
        entry.venue, written = entry.venue_cited
        entry.venue_written = written or entry.venue
        if written in entry.notes:
            entry.notes.remove(written)  # ("In NeurIPS 2022.": the venue now says it all)
    if entry.venue and ctx.venue and _labelled_preprint(entry) and venues.is_known_name(ctx.venue.split()[0]):
        entry.venue = None  # "**[arXiv](..)**" under "## ECCV 2022": the link says where it is, the heading what it is
    if entry.venue and entry.arxiv and _ARXIV_ID_VENUE.fullmatch(entry.venue):
        entry.venue = "arXiv"  # "[[arXiv 1703.01210]EmotioNet Challenge ....pdf](arXiv)" (zhanglaplace/PaperPaper,
        # 29 of its 51 lines): the paper's arXiv ID written out, which the rules read as the venue arXiv
    if entry.venue:
        entry.venue = preprints.posted_in_month(entry.venue, words=not (entry.venue_written or "").startswith(
            "(")) or entry.venue  # ("Arxiv June 2023": "Arxiv 2023"; not "(Arxiv Feb 2024)", as written)
        if entry.venue_written == "arXiv" and entry.venue == "arXiv" and entry.venue_cited == ("arXiv", ""):
            pass  # "**Title** (2025) - [arXiv:2509.08802v1](..)": the ID written out is the venue arXiv, bare, as
            # the rules say and the labels of three lists keep it (weatherml, and two lists' "2024 · Name" bullets)
        elif venues.preprint(base := _TRAILING_YEAR.sub("", entry.venue)):
            year = venues.year_in(entry.venue) or ctx.year or entry.date_year  # ("Preprint" on a DOI: as stated,
            entry.venue = venues.as_arxiv(entry.venue, year) if entry.arxiv or base.lower().startswith(  # as 13 of
                ("arxiv", "corr")) else venues.with_year(_server(entry) or base, year)  # the 15 labels of one say)
        elif ctx.year and not ctx.year_groups and venues.year_in(entry.venue) is None and not entry.venue_free \
                and entry.date_year in (None, ctx.year):
            entry.venue = venues.with_year(entry.venue, ctx.year)  # "[TNNLS]" under "## Year 2024"
    elif ctx.venue:
        entry.venue_assumed = ctx.venue_titled
        entry.venue = venues.with_year(ctx.venue, ctx.year) if not venues.preprint(ctx.venue) else \
            venues.as_arxiv(ctx.venue, ctx.year or entry.date_year)  # ("**arXiv**" / "- Title [[5 Jun 2022]](..)")
    if entry.venue and entry.date_year and venues.year_in(entry.venue) is None and (
            entry.journal_year or entry.year_alone and not _bare_arxiv(entry) or entry.date_column and not entry.arxiv
            and venues.PREPRINT_SERVER.fullmatch(entry.venue.strip())):
        entry.venue = venues.with_year(entry.venue, entry.date_year)  # "*Nature Medicine* · 2026-08-07"; "| GeneCompass
        # | 2023-09-26 | [bioRxiv](biorxiv) |" (juntaic7/Awesome-Single-Cell-Foundation-Models), "|AISTATS|2020.04|"
        # a preprint server's, when it was posted there; a Date column beside a meeting or a journal says when
        # the paper was posted or came out, not that venue's year ("| CVPR | 2023-12 |", xd-liu, ki-lw; "| AAAI |
        # 2022-11 |" for AAAI-23, qianlima-lab/awesome-lifelong-llm-agent: the labels of eight lists keep such a
        # venue bare, those of four give it the date's year)
    if entry.venue and entry.workshop and "workshop" not in entry.venue.lower():
        entry.venue = f"{entry.venue} Workshop"  # ("ICCV 2017 Workshop": the venue a heading names, and its year)
    if entry.venue and len(entry.venue) > 20:
        entry.venue = short_venue(entry.venue) or entry.venue  # "Proceedings of the IEEE/CVF Conference on ... 2022"
    if ctx.year_groups:
        entry.year = ctx.year  # the list's own year grouping, whatever the venue says
    else:
        entry.year = venues.year_in(entry.venue) or entry.year or entry.date_year or ctx.year
    if entry.year and not 1900 <= entry.year <= 2100:
        entry.year = None
    if not entry.status:
        entry.status = ctx.status or (("read" if entry.summary else "unread") if ctx.read_if_summary else None)
    if entry.title_target == links.CODE and entry.code and entry.title and _notes_on(entry.title, entry.code):
        entry.links.setdefault("notes", entry.code)  # "[Progressive Neural Networks](github.com/Caselles/paper_notes/
        entry.code, entry.title_target = None, links.OTHER  # blob/master/read_papers/progressive_neural_networks.md)"
        # (Caselles/paper_notes, 47 papers): the owner's notes on the paper, a file named for its title; no code
    entry.reason = verdict.not_a_paper(entry, ctx)
    return entry


def _notes_on(title: str, href: str) -> bool:
    """Is *href* a Markdown file in a repository whose name spells *title* (three words or more)?"""
    m = _MARKDOWN_FILE.search(href)
    if m is None or fields.has_cjk(title) or title.casefold().startswith("awesome") or title.endswith(".md") or \
            title[:4].isdigit():  # (not "2015-10-09-segmentation.md", a file's name; nor another awesome list)
        return False
    words = re.findall(r"[a-z0-9]+", title.casefold())
    spelled = re.findall(r"[a-z0-9]+", unquote(m.group(1)).casefold())  # ("Feature%20Alignment%20and%20...md")
    named = set(spelled)
    return len(words) >= 3 and (sum(w in named for w in words) >= 0.8 * len(words) or len(spelled) >= 3 and words[
        : len(spelled)] == spelled)  # (or its first words: "notes/One-model-many-languages.md" for "One Model, Many
    # Languages: Meta-learning for Multilingual Text-to-Speech", speech-paper-reading/speech-paper-reading)


_KIND_MARKED = re.compile(rf"\s*\[{fields.GBT_KINDS}\](?://|\.)?\s+(?P<where>[^\[\]]{{2,200}}?)[.\s]*$")
_ARXIV_ID_VENUE = re.compile(r"(?i:arxiv)[:\s]\s*\d{4}\.\d{4,5}(?:v\d+)?")
_DATE_TAG = re.compile(r"\[\s*((?:19|20)\d\d)[./-](?:0?[1-9]|1[0-2])(?:[./-](?:0?[1-9]|[12]\d|3[01]))?\s*\]")
_MARKDOWN_FILE = re.compile(r"/blob/[^?#]*/([^/?#]+)\.md$", re.IGNORECASE)


def _server(entry: ListEntry) -> str | None:
    """``bioRxiv`` for "Preprint" on a link to biorxiv.org (mazabou/awesome-neurofm, zd200572/awesome-bioagent-
    papers), as "Preprint" on an arXiv link is arXiv; None elsewhere."""
    if entry.venue and entry.venue.split()[0].lower() == "preprint":
        host = links.host(entry.url or entry.links.get("paper", ""))
        return _SERVERS.get(host.removeprefix("www."))
    return None


_SERVERS = {"biorxiv.org": "bioRxiv", "medrxiv.org": "medRxiv", "chemrxiv.org": "ChemRxiv"}
_VENUE_YEAR_NAME = re.compile(r"([A-Za-z][A-Za-z&]{1,11})((?:19|20)\d\d)_([\w.+-]{1,30})")


def _bare_arxiv(entry: ListEntry) -> bool:
    """Is the venue the bare "arXiv" an arXiv ID written out gives (``[arXiv:2509.08802v1](..)``), which the rules
    keep bare whatever year the entry gives (weatherml/weatherml.github.io: "**Title** (2025) - [arXiv:ID](..)")?"""
    return entry.venue == "arXiv" and entry.venue_written == "arXiv" and entry.venue_cited == ("arXiv", "")


def _labelled_preprint(entry: ListEntry) -> bool:
    """Is the entry's venue only a link's label naming a preprint server (``[arXiv](..)``, no year)?
    (colorfulfuture/Awesome-Trajectory-Motion-Prediction-Papers: every paper under its venue heading.)"""
    return bool(entry.venue and venues.preprint(entry.venue) and venues.year_in(entry.venue) is None
                and (entry.venue_written or "").startswith("["))


def _title_in_brackets_after_name(entry: ListEntry) -> None:
    """``**[17] PointNet** (PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation)
    [[scholar](..)]`` (hiddenzpf/awesome-collaborative-3d-detection, ~100 lines): a method's name in bold,
    then all its paper's title in brackets. The title taken, the name kept as a note."""
    said = fields.tidy("".join(entry.summary_parts)).strip()
    if said[:1] == "(" and said[-1:] == ")" and said.count("(") == 1 and entry.title and \
            plain_title.names_a_title(entry.title, said[1:-1].strip()):
        entry.notes.insert(0, entry.title)
        entry.title, entry.summary_parts = said[1:-1].strip(), []


# -- whole entries --------------------------------------------------------------

