"""What a bracketed group after an entry's title says: a venue, a date, who wrote it and when.

``runs`` cuts a run of text after the title at its brackets; each group is asked here before it
may begin the description: ``(CVPR 2019)``, ``[2023-ICSE]``, ``(IJCAI, 2023)``, ``(CoCoOp, CVPR2022)``
(a nickname and the venue), ``(Energy, 2022)`` (a journal in words), ``(Akimoto et al. 2019; accepted
at ICML’19)``, ``(under review ICLR 2021)`` (a note: not a venue yet), ``(arXiv:2203.12119)``.
"""

from __future__ import annotations

import re

from . import fields, links, makers, people, preprints, proceedings, venue_words, venues
from .after_links import TRACK_WORD
from .before_title import GROUP_PARTS
from .model import ListEntry, arxiv_written_out, offer_venue
from .plain_title import AKA, CITED_ALONE, CITED_WHO, NICKNAME, journal_in_words, name_dash_venue

_REJECTED = re.compile(r"\b(?:desk[- ])?reject(?:ed)?\b", re.IGNORECASE)
UNDER_REVIEW = re.compile(r"(?:under review|in submission|submitted|to appear|accepted|in press)", re.IGNORECASE)
_NICKNAME = re.compile(NICKNAME)
_A_YEAR = venues.FOUR_DIGIT_YEAR
_FROM_MAKER = re.compile(r"(?:^|[,;]\s*)from\s+([^,;()]{2,50})$")
_WHEN_SAID = re.compile(r"(?<=, )(?:accepted|available(?: online)?|published(?: online)?|online)(?: in)?\s+"
                        r"((?:19|20)\d\d)$", re.IGNORECASE)
# "(arxiv, 11/2023)"; "(arXiv, 2024.04)" (Persdre/awesome-llm-human-simulation, 90 of its 146 entries)
_WHERE_THEN_MONTH = re.compile(r"([^,()]{2,60}?),\s*(?:(?:0?[1-9]|1[0-2])/((?:19|20)\d\d)|((?:19|20)\d\d)[./]"
                               r"(?:0?[1-9]|1[0-2]))")
_CITE_COUNT = re.compile(r"\d[\d,.]*[kK]?\+?\s*(?:[\w-]+\s+)?(?:cites?|citations?|cited)", re.IGNORECASE)
_DAY_THEN_WHERE = re.compile(rf"(?i:{venues.MONTH})\.? \d{{1,2}}, ((?:19|20)\d\d)\.\s+([A-Za-z][\w &.@-]{{1,40}})")
_WHO_WHEN_ACCEPTED = re.compile(rf"(?P<who>{CITED_WHO}),? "
                                r"(?P<year>(?:19|20)\d\d)(?:\s*[;,]\s*(?:accepted|published|appeared) (?:at|in|by|to) "
                                r"(?P<where>[^()]{2,80}))?")


_AWARDED = re.compile(r"(.{2,40}?)\s*[,:;-]?\s+((?i:best|outstanding|distinguished|honou?rable)\b[\w ]{0,40}|"
                      r"[\w ]{0,30}\b(?i:awards?))")


def _cited_then_where(inner: str, written: str, entry: ListEntry) -> bool:
    """``(Zhang & Lapata, EMNLP 2017)``, ``(Sheang and Saggion, INLG 2021)`` after a title link (tsar-workshop/
    tsar-workshop.github.io's resources): who wrote it (two names or more), a comma, where and when. True when the
    group was so, and read."""
    who, _, where = inner.rpartition(",")
    found = venues.parse(where.strip())
    if not found or not found[1] or venues.parse(who.strip()) or makers.institution(who.strip()) or \
            TRACK_WORD.fullmatch(who.strip()):
        return False  # (not "(Oral, CVPR 2023)": the track)
    tail = fields.citation_tail(inner)
    names = tail.authors if tail.explained and len(tail.authors) >= 2 and tail.venue else []
    if not names:  # (one word alone is as often a company's or a lab's: "(Megvii, CVPR 2017)", fengbintu/Neural-
        return False  # Networks-on-Silicon)
    entry.authors = names
    offer_venue(entry, found[0], written)
    entry.date_year = entry.date_year or found[1]
    return True






_ID_BESIDE = re.compile(r"\s*/?\s*(?i:arxiv):\s?\d{4}\.\d{4,5}(?:v\d+)?\s*/?\s*")
_YEAR_TWICE = re.compile(r"((?:19|20)\d\d)\s+(?:19|20)\d\d$")


_ARXIV_ID_ALONE = re.compile(r"(?i:arxiv)\s?:\s?(\d{4}\.\d{4,5})(?:v\d+)?")


def read_group(inner: str, written: str, entry: ListEntry) -> bool:
    """A bracketed group before the summary: a venue or a date. True when it was one."""
    if not inner:
        return True
    if inner[:1].isdigit() and _CITE_COUNT.fullmatch(inner):  # "`Lean` (0 cite) (0 AI4Math cite)" (fzyzcjy/
        entry.notes.append(inner)  # ai_math_paper_list, every entry): how often it is cited, a note
        return True
    cited_id = _ARXIV_ID_ALONE.fullmatch(inner) if "xiv" in inner[:6].lower() else None
    if cited_id:  # "[Title](arXiv) [arXiv:2209.07858] — Early research on ..." (0xSweet/awesome-llm-security-
        entry.arxiv = entry.arxiv or cited_id.group(1)  # alignment, 34 lines): the ID written out
        arxiv_written_out(entry)
        return True
    made = _FROM_MAKER.search(inner) if "from " in inner else None
    if made and (makers.is_maker(made.group(1)) or makers.institution(made.group(1))):
        rest = inner[: made.start()].strip(" ,;")  # "[GPT-4 Technical Report](arXiv) (from OpenAI)", "(PMLR, from
        if not rest or read_group(rest, f"({rest})", entry):  # Google)" (uncbiag/Awesome-Foundation-Models, 33
            entry.notes.append(made.group().strip(" ,;"))  # of its 74 lines): who made it, a note, and where
            return True
    posted = _ID_BESIDE.sub(" ", inner).strip() if "/" in inner and "rxiv:" in inner.lower() else None
    posted = _YEAR_TWICE.sub(r"\1", posted) if posted else None
    if posted and (found := venues.parse(posted)) and found[1]:  # "(ICLR / arXiv:2404.10024 2024)", "(arXiv:
        offer_venue(entry, found[0], written)  # 2312.15796 / Nature 2024 2023)" (lihuirui/awesome-scientific-time-
        entry.date_year = entry.date_year or found[1]  # series-foundation-models-survey): where, beside the preprint
        return True
    if inner[:3] in ("in ", "In ") and venues.preprint(inner[3:].strip()):  # "[Title](arXiv) (in Arxiv)" (LLM-Testing/
        offer_venue(entry, venues.as_arxiv(inner[3:].strip(), None), written)  # LLM4SoftwareTesting, 50 of its 109
        return True  # bullets, beside "(in ICSE 2024)"): where it is, a preprint
    if _ASIDE.match(inner):  # "(e.g., AAAI, WACV, ACM MM)", "(I'll organize by category)": an aside, no venue
        entry.notes.append(inner)
        return True
    aka = AKA.fullmatch(inner) if inner[:1] in "aA" else None
    if aka:  # "(aka: PotentialNet; ACS Cent Sci 2018)": its name, a note; then where it appeared
        entry.notes.append(f"aka: {aka.group(1)}")
        return not aka.group(2) or read_group(aka.group(2), f"({aka.group(2)})", entry)
    if not entry.authors and (entry.venue or entry.date_year) and "al" in inner and (
            who := CITED_ALONE.fullmatch(inner)):  # (not in prose: "... use Randomized Smoothing (Cohen et al) to")
        entry.authors = [re.sub(r"\s+et\.? al\.?$", "", who.group())]  # '"Title", MedIA, 2022 (Song *et al.*).'
        return True  # (JHU-MedImage-Reg/MedImgReg_Survey, 94 papers): its first author, after where and when
    dated = _DAY_THEN_WHERE.fullmatch(inner) if ". " in inner else None
    if dated and (where := dated.group(2).strip()) and (venues.preprint(where) or venues.parse(
            f"{where} {dated.group(1)}")):  # "(Nov 16, 2025. arXiv)" (lavinal712/Awesome-Visual-Tokenizers, 88
        year = int(dated.group(1))  # entries): the day it came out, then where
        offer_venue(entry, venues.placed(where, year)[0], written)
        entry.date_year = entry.date_year or year
        return True
    where, comma, when = inner.partition(", ")
    year = venues.year_of_date(when) if comma and venues.preprint(where) and any(c.isalpha() for c in when) else None
    if year:  # "(arXiv, 23 Oct 2023)" (lyy1994/awesome-data-contamination, its preprints): where, and the day it
        offer_venue(entry, venues.placed(where, year)[0], written)  # was posted
        entry.date_year = entry.date_year or year
        return True
    when, amp, where = inner.partition(" & ")
    found = venues.parse(where) if amp and venues.year_of_date(when) is not None else None
    if found and found[1]:  # "(7 Mar 2023 & CVPR 2023)" (maxin-cn/Awesome-Autoregressive-Visual-Generation-Models,
        offer_venue(entry, found[0], written)  # 31 of its 86 papers): the day it was posted, and where it appeared
        entry.date_year = entry.date_year or found[1]
        return True
    named = name_dash_venue(inner)
    if named:  # "(**SimMIM** - <font>**CVPR**22</font>)": the method's name, then where it appeared
        entry.notes.append(named[0])
        offer_venue(entry, named[1][0], written)
        entry.date_year = entry.date_year or named[1][1]
        return True
    noted = venues.venue_then_note(inner) if " " in inner else None
    if noted:  # "Title(EMNLP2019 南京大学)" (cdhx/KBQA-paper): the venue, and who wrote it
        offer_venue(entry, noted[0][0], written)
        entry.date_year = entry.date_year or noted[0][1]
        entry.notes.append(noted[1])
        return True
    awarded = _AWARDED.fullmatch(inner) if "ward" in inner or "est " in inner else None
    found = venues.parse(awarded.group(1)) if awarded else None
    if found and found[1]:  # "(SIGIR2021 Best Paper Award)" (ShawnChenn/Awesome-Multimodal-Retrieval-and-
        offer_venue(entry, found[0], written)  # Recommendation): the venue, and the award a note
        entry.date_year = entry.date_year or found[1]
        entry.notes.append(awarded.group(2))  # type: ignore[union-attr]
        return True
    if inner.startswith("@") and len(inner) <= 120:
        entry.notes.append(inner)  # "Title(@Peking University etc)" (DefTruth/Awesome-LLM-Inference): who, not what
        return True
    if UNDER_REVIEW.match(inner) or "eject" in inner and _REJECTED.search(inner):
        entry.notes.append(inner)  # "(under review ICLR 2021)" (wenet-e2e/speech-synthesis-paper): not a venue yet;
        # "(ICLR 2024 rejected)" (NOVAglow646/OOD-Generalization-Paper-Reading-Notes): where it was turned down
        return True
    spelled = proceedings.spelled_out(inner) if ")" in inner and written[:1] == "[" else None
    if spelled and spelled[1]:  # "[ACM Transactions on Graphics (TOG) 2021]" (haonanhe/Hand-Object-Interaction)
        offer_venue(entry, spelled[0], inner)
        entry.date_year = entry.date_year or spelled[1]
        return True
    names = people.parse(inner) if written[:1] == "[" and "," in inner and not entry.authors else []
    if len(names) >= 2 and all(len(n.split()) >= 2 for n in names) and people.only_people(names) \
            and people.substantial(names):  # "[[code]](..) [Yan Ma, Yu Qiao, Pengfei Liu]" (yingpengma/Awesome-
        entry.authors = names  # Story-Generation, 80 entries): who wrote it, in brackets after the links
        return True
    posted = venues.arxiv_in_text(inner) if ":" in inner else None
    if posted and posted[1] == 0 and posted[2] == len(inner):  # "**Visual Prompt Tuning,** ECCV 2022
        # (arXiv:2203.12119)." (jianghaojun/Awesome-Parameter-Efficient-Transfer-Learning, 15 entries): the
        # preprint of the paper whose venue is named; it had begun the summary
        entry.arxiv = entry.arxiv or re.sub(r"v\d+$", "", posted[0])
        return True
    preprint = fields.citation_tail(inner, dated=True) if "arXiv:" in inner and not entry.venue else None
    if preprint and preprint.explained and preprint.arxiv and preprint.year and not preprint.authors:
        # "[Admix: ...](arXiv) (arXiv preprint arXiv:2102.00436 2021)" (Trustworthy-AI-Group/TransferAttack,
        # 16 lines): where and when, not the description
        entry.arxiv = entry.arxiv or re.sub(r"v\d+$", "", preprint.arxiv)
        offer_venue(entry, venues.as_arxiv(preprint.venue or "arXiv", preprint.year), written)
        entry.date_year = entry.date_year or preprint.year
        return True
    accepted = _WHO_WHEN_ACCEPTED.fullmatch(inner) if " 19" in inner or " 20" in inner else None
    if accepted and (names := people.parse(accepted.group("who"))):
        # "Title (Akimoto et al. 2019; accepted at ICML’19) <br>" (stdacore/NAS-survey): who, when, and where
        entry.authors = entry.authors or names
        entry.date_year = entry.date_year or int(accepted.group("year"))
        where = (accepted.group("where") or "").strip(" .")
        found = venues.parse(where) if where else None
        if where:
            offer_venue(entry, found[0] if found else where, written)
        return True
    cited = _CITED_GROUP.match(inner) if "al" in inner else None
    if cited and _read_cited(cited, written, entry):
        return True
    pair = _CITED_PAIR.fullmatch(inner) if written[:1] == "(" and not entry.authors else None
    if pair and not venues.parse(inner):  # "(Savarese & Maire 2019)" (Johswald/awesome-hypernetworks): who and when
        entry.authors = [pair.group(1), pair.group(2)]
        entry.date_year = entry.date_year or int(pair.group(3))
        return True
    if "," in inner and written[:1] == "(" and not entry.authors and _cited_then_where(inner, written, entry):
        return True
    if "," in inner:  # "(Neurocomputing, Accepted 2026)", "(..., Available 2025)" (Wonder239239/awesome-polyphonic-
        inner = _WHEN_SAID.sub(r"\1", inner)  # sound-event-detection): the year it was accepted or put online
    dated = _WHERE_THEN_MONTH.fullmatch(inner) if ("/" in inner or "." in inner) and not entry.venue else None
    when = dated.group(2) or dated.group(3) if dated else ""
    if dated and (venues.preprint(dated.group(1)) or venues.parse(f"{dated.group(1)} {when}")
                  or venue_words.in_words(f"{dated.group(1)} {when}")):
        # "(arxiv, 11/2023)", "(Environmental Research Letters, 06/2022)" (taohan10200/Awesome_AI4Earth): where, then
        year = int(when)  # the month and year it came out
        where = dated.group(1)
        offer_venue(entry, venues.as_arxiv(where, year) if venues.preprint(where) else
                    (venues.parse(f"{where} {year}") or (f"{where} {year}",))[0], written)
        entry.date_year = entry.date_year or year
        return True
    parts = [inner, *GROUP_PARTS.split(inner)]  # "(IJCAI, 2023)" whole, else "(CoCoOp, CVPR2022)"
    keyed = [found for part in parts[1:] if (found := cite_key(part))] if len(parts) > 2 else []
    if len(keyed) == 1 and not entry.venue:  # "(diffusion; evans24arxiv)": a tag, and a citation key that says
        who, where, year = keyed[0]  # the first author, the venue and the year (affige/genmusic_demo_list)
        offer_venue(entry, where, written)
        entry.authors = entry.authors or [who]
        entry.notes += [p for p in parts[1:] if p]
        return True
    for part in parts:
        found = venues.parse(part)
        if found and makers.institution(found[0].removesuffix(f" {found[1]}")):
            found = None  # ("(NYU, 2022)" after the authors: where they work)
        if found:
            if not entry.venue:
                offer_venue(entry, found[0], written)
                # "(CoCoOp, CVPR2022)": the other parts (a nickname) are kept as a note
                entry.notes += [p for p in parts[1:] if p and p != part and not links.label_word(p)] \
                    if part != inner else []
            else:
                offer_venue(entry, found[0], written)
            return True
    dashed = venues.year_dash_name(inner) if written[:1] in "[(" else None
    if dashed:  # "Title [2023-ICSE] [[paper](..)]" (iSEngLab/AwesomeLLM4APR), "**Title**. (2023-ICLR) Names."
        offer_venue(entry, dashed[0], written)
        entry.date_year = entry.date_year or dashed[1]
        return True
    posted = preprints.posted_after_title(inner) if not entry.venue and written[:1] == "[" else None
    if posted:  # "[**Arxiv 2024.10**]" (danelpeng/Awesome-Continual-Leaning-with-PTMs): a preprint, and its year;
        # "[JIOT 2024.12]" (zenrran4nlp/Awesome-LLM-Inference-Serving): a journal, and the year of that month.
        # (In parentheses the user's own list writes "(Arxiv 2025.04)": kept as stated, as it always was.)
        offer_venue(entry, posted[0], written)
        entry.date_year = entry.date_year or posted[1]
        return True
    if not entry.venue and written[:1] == "(" and venue_words.journal_alone(inner):
        offer_venue(entry, inner, written)  # "Title (IEEE Transactions on Medical Imaging)[[paper](..)]" (ShawnBIT/
        return True  # UNet-family): where it appeared, its year the heading's
    journal = venues.named_and_dated(inner) if not entry.venue else None
    if journal:  # "(Energy, 2022)", "(Pattern Recognition, 2021)" (KimMeen/Awesome-GNN4TS)
        offer_venue(entry, journal[0], written)
        entry.date_year = entry.date_year or journal[1]
        return True
    worded = journal_in_words(inner) if not entry.venue and written[:1] == "(" else None
    if worded:  # "(Bioinformatics 2015)", "(ACS Cent Sci 2018)" (dengjianyuan/Survey_AI_Drug_Discovery): a journal
        offer_venue(entry, worded[0], written)  # named in words, and its year
        entry.date_year = entry.date_year or worded[1]
        return True
    worded = _journal_in_brackets(inner) if not entry.venue and written[:1] == "[" else None
    if worded:  # "**[Information Sciences 2022]**", "**[2021 ACM computing surveys]**" on the line after a title
        offer_venue(entry, worded[0], written)  # (LightersWang/Awesome-Active-Learning-for-Medical-Image-Analysis)
        entry.date_year = entry.date_year or worded[1]
        return True
    year = venues.year_of_date(inner)
    if year is not None:
        if entry.venue and entry.venue_written == entry.venue and venues.preprint(entry.venue) and inner.isdigit():
            entry.venue = entry.venue_written = f"{entry.venue} {year}"  # "arXiv preprint arXiv:1705.02101 (2017)"
        if entry.date_year is None and _A_YEAR.fullmatch(inner.strip()):
            entry.year_alone = True  # "**Title** (2022), ICSE, E Shi, ..." (yueyueL/ReliableLM4Code, 89 lines): the
            # year alone, the paper's, so its venue's too
        entry.date_year = entry.date_year or year
        return True
    dated = [p for p in parts[1:] if venues.year_of_date(p) is not None]
    others = [p for p in parts[1:] if p and p not in dated]
    if len(dated) == 1 and others and all(len(p) <= 40 for p in others):
        # "(2023-01, Microsoft)" (Haulyn5/Audio-Speech-Generation-Paper-List): when, and who
        # made it; the year, and the maker kept as a note
        entry.date_year = entry.date_year or venues.year_of_date(dated[0])
        entry.notes += others
        return True
    if (entry.bold or entry.venue) and written[0] == "(" and _NICKNAME.fullmatch(inner) \
            and not venues.track(inner) and not (_A_YEAR.search(inner) or venues.preprint(inner)
                                                 or venues.is_known_name(re.split(r"[\d.+-]", inner)[0])):
        entry.notes.append(inner)  # "**Robust Speech Recognition via ...** (Whisper)": the method's name; so after
        # a whole citation: "[Title](..) *Jingtao Zhan et.al.* CIKM 2021. [[code](..)] (**JPQ**)" (ict-bigdatalab/
        # awesome-pretrained-models-for-information-retrieval, 49 lines)
        return True
    if written[0] == "(" and "," in inner and makers.institution(inner) and not venues.parse(inner):
        entry.notes.append(inner.rstrip(". "))  # "**Deep^3: ... Deep Learning.** (UCSD, Rice)" (fengbintu/Neural-
        return True  # Networks-on-Silicon, 80 lines): where its authors work, not where it appeared
    if entry.bold and written[0] == "(" and len(inner.split()) <= 6 and _PRAISE.search(inner) and not any(
            c.isdigit() for c in inner):
        entry.notes.append(inner)  # "*(First Neural Style Transfer Paper)*" (ycjing/Neural-Style-Transfer-Papers):
        return True  # what the list says of the paper, not where it appeared
    posted = preprints.posted_after_title(inner) if not entry.venue and " " in inner else None
    if posted:  # "**[Title](arXiv)** (CVPR2025 2024.12)" (xuboshen/awesome-long-video-understanding): the venue and
        offer_venue(entry, posted[0], written)  # its year, then the month the preprint was posted
        entry.date_year = entry.date_year or posted[1]
        return True
    if entry.bold and not entry.venue and written[0] == "(" and len(inner) <= 80:
        # "**Title** (ongoing work)", "(NeurIPS 2024 Workshop on ...)": a bold title's venue, as stated
        entry.venue, entry.venue_written, entry.venue_free = inner, written, True
        return True
    return False


_PRAISE = re.compile(r"\b(?:first|papers?|seminal|classic|original|must[- ]read)\b", re.IGNORECASE)
# "(e.g., AAAI, WACV, ACM MM)", "(I'll organize by category)" (hardikbha/deepfake-detection-survey): an aside
_ASIDE = re.compile(r"(?:e\.g\.|i\.e\.|I['’]ll\b|I will\b)", re.IGNORECASE)


def _journal_in_brackets(inner: str) -> tuple[str, int] | None:
    """A journal in words and its year, in square brackets, as stated (the year first, before a name that
    begins with initials, goes last); None for anything else."""
    found = venue_words.in_words(inner, least=2)
    if found and found[1]:
        return found[0], found[1]
    first = _YEAR_THEN_JOURNAL.fullmatch(inner)
    return (f"{first.group(2)} {first.group(1)}", int(first.group(1))) if first else None


_YEAR_THEN_JOURNAL = re.compile(r"((?:19|20)\d\d) ([A-Z]{2,}[\w&.-]*(?: [\w&.-]+){1,5})")
# "(Pan et al., ICLR 2023)", "(Fei Wang et al., IEEE Network 2023)", "(Hui Xia et al., JSAC, 2023)"
_CITED_GROUP = re.compile(r"(?P<who>[^,()]{2,80}?\b(?:et\.?\s*|(?<=[a-z] ))al\.?)\s*(?:,\s*|\s(?=(?:19|20)\d\d\b))"
                          r"(?P<where>[^()]{2,80})|(?P<names>[A-Z][^()]{2,120}?,\s*et\.?\s*al\.)\s+(?P<after>[A-Z][^()]{1,60})")
# ("(Ding Y, Xu Y, Zhang S X, et al. ICASSP, 2020)", xyxCalvin/awesome-speaker-diarization: names with their
# initials after, "et al.", then where and when)
# ("(Xu et al. 2021)": windmaple/awesome-AutoML, 149 lines; no comma before a year; "[Yuhui Yuan al., 2017]",
# polarisZhao/awesome-face, 17 lines: no "et")
_CITED_PAIR = re.compile(r"([A-Z][\w'’-]+) (?:&|and) ([A-Z][\w'’-]+),? ((?:19|20)\d\d)")
_STATED_VENUE = re.compile(r"(?P<name>[A-Z][\w&.@-]*(?:\s+[\w&.@-]+){0,5}?),?\s+(?P<year>(?:19|20)\d\d)")


def _read_cited(cited: re.Match, written: str, entry: ListEntry) -> bool:
    """A group that cites the paper (federated-unlearning lists): who wrote it, then where and
    when; a venue this module does not know is kept as the list states it. True when read."""
    names = people.parse(cited.group("who") or cited.group("names"))
    where = (cited.group("where") or cited.group("after")).strip(" .")
    found = venues.parse(where)
    parts = [p.strip(" *") for p in GROUP_PARTS.split(where)] if not found else []
    if len(parts) >= 2 and venues.year_of_date(parts[0]) is not None:
        # "（Karpukhin et al., 2020, EMNLP, **DPR**）" (caiyinqiong/Semantic-Retrieval-Models, 132 lines): the year,
        # then where, then the method's name (a note)
        found = venues.parse(f"{parts[1]} {parts[0]}")
        if found and names:
            entry.notes += [p for p in parts[2:] if p]
    stated = _STATED_VENUE.fullmatch(where) if not found else None
    year = venues.year_of_date(where) if not (found or stated) else None
    if not names or not (found or stated or year):
        return False
    entry.authors = entry.authors or names
    if found or stated:
        venue = found or (f"{stated.group('name')} {stated.group('year')}", int(stated.group("year")))
        offer_venue(entry, venue[0], written)
        year = venue[1]
    entry.date_year = entry.date_year or year
    return True


_CITE_KEY = re.compile(r"([a-z][a-z'-]{1,30}?)(\d\d)([a-z]{2,12})(?:-([a-z]{2,12}))?")
_CANONICAL = {}
for _name in reversed(venues.KNOWN):  # (the first spelling of a name is its own: "Interspeech" after "INTERSPEECH")
    _CANONICAL[_name.casefold()] = _name
_CANONICAL["arxiv"] = "arXiv"


def cite_key(text: str) -> tuple[str, str, int] | None:
    """``evans24arxiv``, ``donahue18nips-creativity``: a BibTeX-style citation key of first author, two-digit
    year and a known venue (affige/genmusic_demo_list, ``(diffusion; evans24arxiv)`` on 284 lines): (the
    family name, the venue as ``NAME YEAR [track]``, the year); None for any other word."""
    m = _CITE_KEY.fullmatch(text.strip()) if len(text) <= 60 else None
    if not m or m.group(3) not in _CANONICAL:
        return None
    year = venues.full_year(m.group(2))
    if year > venues.NEXT_YEAR:
        return None
    track = f" {m.group(4).capitalize() if len(m.group(4)) > 3 else m.group(4).upper()}" if m.group(4) else ""
    return m.group(1).capitalize(), f"{_CANONICAL[m.group(3)]} {year}{track}", year
