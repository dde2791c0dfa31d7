"""How a Markdown entry is read: the one place for the reader's heuristics.

An entry (a list item, a paragraph, a table row) is read into an ``ListEntry``
model: title, authors, venue (``NAME YEAR [track]``), year, the paper link
(arXiv ID, DOI or URL), code and other named links, summary, notes, status.
Its title and what stands before it are found by ``titles`` (one recogniser per
shape of real lists, with their examples); this module reads the rest, with
``runs`` for what a run of plain text says.

After the title, every run of text is one of: a venue (``(CVPR 2023)``,
``Preprint'24``), a date (``(2024.03.14)``: the year, never the venue's year),
authors (an italic run, or names after a citation's title), an ``arXiv:ID``, a
keyword (a code span, a ``【…】`` tag), or the summary (what is left, if it still
says something). Links are read by ``links``; context (section, year and venue
headings, a heading's status) comes from the reader.

Whether the entry read is a paper, and why not, is ``verdict``'s to say.
"""

from __future__ import annotations

import dataclasses
import re

from . import (
    after_links,
    byline,
    entry_marks,
    fields,
    finishing,
    italics,
    links,
    makers,
    people,
    preprints,
    proceedings,
    quoted_links,
    runs,
    tex_marks,
    venue_words,
    venues,
)
from .after_links import NO_CODE_SAID, no_code_said
from .before_title import COLON_QUOTE, name_line_above
from .below_name import names_then_italic_title, title_below_name, title_line_below_name, title_link_below_name
from .bold_prefixes import name_over_title
from .cite_tails import unlocated
from .entry_tokens import tokens
from .inline import LINK, TEXT, Piece
from .link_names import add_link
from .links_first import repository_above
from .model import (
    Context,
    ListEntry,
    Tok,
    apply_tail,
    by_joined,
    lines_of,
    offer_venue,
    title_wrapped,
)
from .plain_title import is_tag
from .proceedings import PROCEEDINGS_OF, in_italics, venue_line, venue_then_date
from .quoted import quoted_title_first
from .references import names_then_journal, who_when_where
from .titles import read_title_line
from .verdict import TAGS_KEYED

# -- the rest of the entry --------------------------------------------------

_OPEN_TARGET = re.compile(r"\]\(<?\s*$")  # "[label](" whose target did not parse
# (Compiled once rather than looked up in re's cache at every call.)
_OPENS_LINK = re.compile(r"[\[(<]+\s*$")
_CLOSES_LINK = re.compile(r"^\s*[\])>]+")


def _bracketed_journal(inner: str, entry: ListEntry) -> tuple[str, int | None] | None:
    """A journal named in words and its year, in brackets on a line of its own (``(Multimedia Tools and
    Applications 2021)``), maybe after what the paper is (``Survey, ``, kept as a note): the journal and year,
    else None."""
    kind, comma, rest = inner.partition(", ")
    said = rest if comma and len(kind.split()) == 1 and is_tag(kind) else inner
    found = venue_words.in_words(said, least=2)
    if found is not None and said is rest:
        entry.notes.append(kind)
    return found


_BOLD_INSTITUTE = re.compile(r"\(([A-Z][\w&.-]*(?:(?: |, ?)[A-Z][\w&.-]*){0,4})\)")
_LINKS_KEY = re.compile(r"\s*(?:links?|resources?)\s*[:：]\s*", re.IGNORECASE)


def read_rest(toks: list[Tok], entry: ListEntry, first_line: bool) -> None:
    """Read the tokens after the title (or a further line of the entry)."""
    toks = italics.venue_after_in(toks, entry) if len(toks) > 1 and not entry.venue else toks
    if any(t.kind == "text" and "xiv" in t.text.lower() for t in toks):  # (most runs name no arXiv ID)
        toks = [dataclasses.replace(t, text=fields.colon_arxiv(t.text)) if t.kind == "text" else t for t in toks]
    if any(t.kind == "text" and "ode" in t.text and not t.code and NO_CODE_SAID.search(t.text) for t in toks):
        toks = no_code_said(toks, entry)  # "..., [Paper](..), Not Find Code, (Accepted by ICML 2002)"
    if any(t.kind == "text" and "et.al" in t.text for t in toks):  # "Jyh-Jing Hwang et.al." (cv-arxiv-daily's
        toks = [dataclasses.replace(t, text=t.text.replace("et.al", "et al")) if t.kind == "text" else t
                for t in toks]  # digests): "et al." as most lists write it
    if first_line and any(t.strong for t in toks) and any("|" in t.text for t in toks if t.kind == "text"):
        toks = byline.name_before_bars(toks)
    if first_line and len(toks) > 2:
        toks = byline.affiliation_after_year(toks, entry)
    if not first_line and title_below_name(toks, entry):
        return
    if not first_line and entry.in_summary and not entry.venue and (
            rest := italics.venue_line(toks, entry)) is not None:
        toks = rest  # "*Cell Systems, 2023*  [[paper](..)]" under the title and its description (Yijia-Xiao/Protein-
        # LLM-Survey, every paper so): where and when, then the links; no more of the description
    if not first_line and title_line_below_name(toks, entry):
        return
    if toks and toks[-1].kind == "text" and not toks[-1].code and (
            end := toks[-1].text.rstrip()[-1:]) and (end == ":" or not end.isascii()):
        marked = fields.without_trailing_marks(toks[-1].text)  # "CVPR, 2018  :star:" (lhyfst/3d-detection-papers,
        if marked.rstrip(" ,;.")[-4:].isdigit():  # 16 lines): a mark after the year (not marks in a description);
            # "*Authors.* Arxiv 2024.🔥" after the title link (pengr/LLM-Synthetic-Data, 16 entries)
            toks = [*toks[:-1], dataclasses.replace(toks[-1], text=marked)]
    if not first_line and (after := title_link_below_name(toks, entry) or names_then_italic_title(toks, entry)) \
            is not None:
        toks = after
    if not first_line and not entry.authors and (byline.linked_author_line(toks, entry) or byline.names_with_one_bold(
            toks, entry)):
        return
    if not first_line and not entry.in_summary and byline.keyed_line(toks, entry):
        return
    if not first_line and not entry.summary_parts and byline.coded_line(toks, entry):
        return
    if not first_line and not (entry.authors or entry.summary_parts or entry.date_year) and (
            named := byline.surnames_then_year(toks, entry)) is not None:
        toks = named  # "Bengio 2003. Seminal paper on word vectors." under the title link
    if not first_line and toks and toks[0].kind == "text" and TAGS_KEYED.match(toks[0].text) and all(
            t.kind == "text" for t in toks):  # "  Keywords: dit, efficient, dynamics, video diffusion" under the
        entry.notes.append(" ".join("".join(t.text for t in toks).split()))  # title (longxiang-ai/awesome-video-
        return  # diffusions, every paper): its topics, a note, not its description
    if not first_line and toks and all(t.kind == "text" for t in toks) and _LINKS_KEY.fullmatch(
            "".join(t.text for t in toks)):
        return  # "  Links: [![PDF](badge)](arXiv pdf)": the word before the links (the badge read already)
    if not first_line and toks and toks[0].kind == "text" and not toks[0].code and len(toks) > 1 and (
            key := runs.FIELD_KEY.fullmatch(toks[0].text.strip())) and all(
            t.code or (t.kind == "text" and not t.text.strip(" ,;|")) for t in toks[1:]):
        # "Tags: `4D reconstruction`, `hand-object interaction`, ..." (faccoco/awesome-hand-object-interaction, every
        entry.notes.append(f"{key.group().strip()} {', '.join(t.text.strip() for t in toks[1:] if t.code)}")  # entry)
        return
    spelled = venue_line(" ".join("".join(t.text for t in toks).split())) if not (
        first_line or entry.venue or entry.in_summary) and len(toks) > 1 and all(
        t.kind == "text" and not t.code for t in toks) else None
    if spelled:  # "*Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition* (**CVPR**) 2018."
        offer_venue(entry, spelled[0], "".join(t.text for t in toks).strip())  # (amber0309/Domain-generalization,
        entry.date_year = entry.date_year or spelled[1]  # under the author line): a venue line in styles of its own
        return
    cited = names_then_journal(toks, entry) if not (first_line or entry.authors or entry.venue) else None
    if cited is not None:
        toks = cited  # "J. A. Keith, ..., & A. Tkatchenko, Chemical Reviews **121**(16), 9816–9872 (2021)"
    if not first_line and toks and toks[0].kind == "text" and (len(toks) == 1 or toks[1].kind == "link") \
            and not entry.venue:
        written = toks[0].text.strip().rstrip("[").rstrip().rstrip(".").strip()
        head, _, who = written.partition(", ")
        dated = venues.parse(head) if who and not venues.parse(written) and not toks[0].em else None
        if dated and dated[1] and (not (also := venues.parse(who)) or venues.preprint(also[0].split()[0])):
            # "CVPRW 2024, CyberAgent <br>" (wd1511/Awesome-Layout-
            entry.notes.append(who)  # Generation, 59 entries): the venue, then what more (where the authors work)
            written = head
        if written[:3] in ("In ", "in ") and venues.parse(written[3:].strip(" .")):  # "In CVPR, 2022." (tongoy/
            written = written[3:].strip()  # awesome-few-shot-learning: a citation's last line, "In" before where)
        journal = _bracketed_journal(written[1:-1], entry) if written[:1] == "(" and written.endswith(")") and \
            not venues.parse(written) else None  # "(Multimedia Tools and Applications 2021) [[paper]](..)",
        if journal is not None:  # "(Survey, Information Fusion 2022)" (conditionWang/FLNK, under the title)
            entry.venue, entry.venue_written, entry.date_year = journal[0], written, entry.date_year or journal[1]
            written, toks = "", [Tok("text", "[" if toks[0].text.rstrip().endswith("[") else ""), *toks[1:]]
        words = written.split()
        posted = venue_then_date(written) if not toks[0].em else None  # ("ICLR 24 – Oct 2023 [[paper](..)]")
        if posted or words and not toks[0].em and (venues.parse(written) or venues.parse(" ".join(words[:2]))
                                                   or venues.parse(words[0])) and len(written) <= 80:
            # a citation's venue line, "NeurIPS 2017 (Oral). [[paper](..)]": the venue is all of it
            found = posted or venues.parse(written)
            if not found and (journal := venue_words.journal(written)):  # ("IEEE Spectrum, 52(12):44-49, 2015.":
                found = journal[:2]  # the journal and year, not its volume and pages)
            located = unlocated(written) if not found and entry.date_year else written  # ("IEEE Transactions on
            if located != written:  # Image Processing, 22(12), 4996-5009." under an APA reference's title, its year
                found = (f"{located.rstrip(' .,')} {entry.date_year}", entry.date_year)  # read above: sachin-
            entry.venue, entry.venue_written = (found[0] if found else written), written  # deshik-10/IRST_LIBRARY)
            entry.date_year = entry.date_year or (found[1] if posted else None)
            toks = [Tok("text", "[" if toks[0].text.rstrip().endswith("[") else ""), *toks[1:]]
    if first_line and not entry.in_summary:
        toks = _dashed_citation(toks, entry)
    if any(t.kind == "link" for t in toks) and any(t.kind == "text" and t.text.rstrip()[-1:] in ":：" for t in toks):
        toks = _labels_before_links(toks)
    toks = byline.linked_names(_bold_in_brackets(_mark_link_brackets(byline.plain_et_al(toks))), entry)
    if sum(t.code for t in toks) >= 2:
        toks = _coded_venue_year(toks)
    tagged = not first_line and any(t.code for t in toks) and all(
        t.kind == "link" or t.code or not t.text.strip(" |·,;") for t in toks)  # ("[`paper`](..) [`code`](..)
    # `TGRS'21` `change detection` `513★`" under the description, PrasannaPulakurthi/awesome-remote-sensing-
    # architectures, 96 lines: the entry's links and tags, not more of the description)
    said = entry.in_summary and not tagged
    broken = False  # inside "[label](" whose target did not parse: what follows is its text, not links
    for i, t in enumerate(toks):
        if t.kind == "text" and ("nline]" in t.text or t.text.rstrip().endswith(("Available:", "doi:"))):  # an IEEE
            # reference's "[Online]. Available: URL" (or "Available: <URL>", "doi: [ID](..)", stephen-huan/dueling-
            # bandit): the
            t = Tok("text", _ONLINE.sub(" ", t.text), "", t.strong, t.em, t.code)  # words before its link
        if t.kind == "text" and not t.em and i + 1 < len(toks) and toks[i + 1].em and not entry.in_summary \
                and not entry.authors and _BY_ALONE.fullmatch(t.text):
            continue  # "**Title**, <br> by *Yangjun Wu and Han Wang* [[bib]](..)" (bahuia/Awesome_Text_to_SQL,
            # its entries written by a tool): "by", then the names in italics, read below
        if t.kind == "text" and not t.em and i + 1 < len(toks) and toks[i + 1].em and not entry.in_summary \
                and not entry.authors and "by" in t.text and (by := _BY_LAST.search(t.text)) \
                and people.parse(toks[i + 1].text):  # "[**Title**](..) , (2022) by *R. Mochaourab, ..., C. R.
            t = Tok("text", t.text[: by.start()])  # Rojas*" (JHoelli/Awesome-Time-Series-Explainability, 48 lines):
            # the year, then who wrote it in italics, read below
        if t.kind == "text" and not t.em and i + 1 < len(toks) and toks[i + 1].em and not entry.in_summary \
                and _IN_BEFORE.search(t.text) and in_italics(t.text, toks[i + 1].text):
            t = Tok("text", _IN_BEFORE.sub("", t.text))  # "... In *Proceedings of ACL 2002*.": read below
        elif t.em and i and not entry.in_summary and not entry.venue and toks[i - 1].text.rstrip().endswith(
                ("In", "in")) and _IN_BEFORE.search(toks[i - 1].text) and in_italics(toks[i - 1].text, t.text):
            _proceedings_in(t.text, entry)
            continue
        if t.kind == "text" and not t.code:
            broken = ("](" in t.text and _OPEN_TARGET.search(t.text) is not None) or (broken and ")" not in t.text)
            if not entry.in_summary and "·" in t.text[:4] and after_links.dotted_byline(t.text, entry):
                continue  # "<a><img badges></a> · Names et al. · 🔓 OA"
            if entry.in_summary and i and toks[i - 1].kind == "link" and after_links.fields_after_links(
                    t.text, entry, empty=bool(links.label_word(toks[i - 1].text))):
                continue
            if i and toks[i - 1].strong and entry.notes and toks[i - 1].text.strip() == f"({entry.notes[-1]})" \
                    and after_links.fields_after_links(t.text, entry, empty=False):
                continue  # "**(Microsoft)** | 22.12.05 | CVPR23 | [Code](..)": its date and venue between bars
        if t.kind == "link" and broken:
            entry.summary_parts.append(t.text)
            continue
        if t.kind == "link" and not entry.authors and i + 1 < len(toks) and toks[i + 1].kind == "text" \
                and _ET_AL_AFTER.match(toks[i + 1].text) and " " in t.text.strip() and people.looks_like_name(t.text):
            # "[G. Singh](homepage) et al, ICCV2017." (jinwchoi/awesome-action-recognition): the first author, linked
            add_link(entry, t.text, t.href)
            toks[i + 1] = Tok("text", t.text + toks[i + 1].text)
            continue
        if t.kind == "link" and t.title and not entry.venue and (found := _venue_titled(t)):
            offer_venue(entry, found[0], f'"{t.title}"')  # "[[paper]](http://openaccess.thecvf.com/... "CVPR2019")"
            entry.date_year = entry.date_year or found[1]  # (becauseofAI/awesome-face, 40 of 43 lines): the paper
            # link's title says where it appeared
        if t.kind == "link" and not entry.authors and (t.text[:1] == "(" or i and toks[i - 1].text.endswith(
                ("(", fields.LEFT))) \
                and (cited := _CITED_PAREN.fullmatch(t.text.strip())):  # "Title([Cunha et al.2018](ieee))", "Title
            entry.authors = [n.strip() for n in re.split(r"\s+(?:and|&)\s+", cited.group(1))]  # [(Kuwata et al.2015)]
            entry.date_year = entry.date_year or int(cited.group(2))  # (ieee)" (px39n/Awesome-Precision-Agriculture,
            add_link(entry, "paper", t.href)  # its tables): who wrote it and when, as the paper link's text
            continue
        if t.kind == "link" and not entry.authors and t.text[:1] == "[" and _cited_link(t.text, entry):
            add_link(entry, "paper", t.href)  # "Title [[Lu and Li, ACL 2020]](aclweb)" (neemakot/Fact-Checking-
            continue  # Survey, 53 entries): who and where, as the link's text
        if t.kind == "link":
            if entry.in_summary and not links.label_word(t.text) and not _bracketed(toks, i):
                entry.summary_parts.append(t.text)  # a link inside the description: its text is prose
            add_link(entry, t.text, t.href)
            count = _COUNT_AFTER.match(toks[i + 1].text) if i + 1 < len(toks) and toks[i + 1].kind == "text" else None
            if count:  # "([Citation](scholar): 8,507)" (THUNLP-MT/MT-Reading-List): a count, kept as a note
                entry.notes.append(f"{t.text.strip()}: {count.group(1)}")
                toks[i + 1] = Tok("text", toks[i + 1].text[count.end():])
            continue
        if t.code and tagged and _STARS.fullmatch(t.text):
            continue  # "`513★`": a count of the code's stars on the day the list was written
        if t.code:
            year = venues.year_of_date(t.text)
            venue = venues.parse(t.text) if year is None and not said and len(t.text) <= 40 else None
            if venue is None and year is None and not said and len(t.text) <= 40:
                venue = preprints.posted_as_venue(t.text)  # "**`arXiv 2024.5`**" (LMD0311/Awesome-World-Model)
            findings = _FINDINGS_OF.fullmatch(t.text.strip()) if venue is None and not said else None
            if findings:  # "`Findings of ACL 2021`" (ryanzhumich/Contrastive-Learning-NLP-Papers): as stated, as
                venue = (t.text.strip(), int(findings.group(1)))  # the user's own list writes it in brackets
            worded = venue_words.in_words(_TWO_DIGIT_YEAR.sub(_in_full, t.text.strip())) if venue is None and \
                year is None and not said and len(t.text) <= 60 else None  # ("`IEEE Micro 18`",
            # InfiniteNonsenseFear/Awesome-Neuromorphic-Autonomous-Driving, 70 venues in code: "`RA-L 24`",
            # "`Proceedings of the IEEE 21`")
            if worded and worded[1] and not makers.is_maker(worded[0].rsplit(" ", 1)[0]):
                venue = worded  # "```IEEE Access 2024```" (JimengShi/DL-Foundation-Models-Weather): a journal
            if venue is not None:  # "[[paper](..)] `JMLR 2024`"
                offer_venue(entry, venue[0], f"`{t.text}`")
                entry.date_year = entry.date_year or venue[1]
            elif year is not None and not said:
                entry.date_year = entry.date_year or year
                entry.journal_year = entry.journal_year or bool(venues.FOUR_DIGIT_YEAR.fullmatch(t.text.strip()))
                # ("[[NeurIPS](..)] Title. `2021`", DeepReasoning/aihealth: a year alone, not a month's date, is the
                # paper's, its venue's year)
            elif len(t.text.split()) > 3 or said:
                entry.summary_parts.append(t.text)
                entry.in_summary = True
            elif t.text.strip():
                entry.notes.append(t.text.strip())  # "`P0`", "`Uber`": a tag of the list's, kept
            continue
        if t.strong and t.kind == "text" and entry.authors and not entry.venue and not entry.in_summary and i \
                and toks[i - 1].kind == "text" and not toks[i - 1].text.strip(' ."”,') \
                and italics.JOURNAL.fullmatch(t.text.strip(" .,")) \
                and (len(t.text.split()) >= 2 or venue_words.journal_named(t.text.strip(" .,"))):
            offer_venue(entry, t.text.strip(" .,"), f"**{t.text.strip()}**")  # '"Title." **IEEE Transactions on
            entry.journal_year = True  # Image Processing**, 2019.' (xingchenzhang/RGB-T-fusion-tracking-papers-and-
            continue  # results, 15 bold journals): the journal in bold, its year after it
        if t.strong and t.kind == "text" and not entry.in_summary and "(" in t.text and (
                who := _BOLD_INSTITUTE.fullmatch(t.text.strip())) and not venues.parse(who.group(1)):
            entry.notes.append(who.group(1))  # "[Title](arXiv) **(JPMorgan AI Research)** | 23.12.31 | arXiv"
            continue  # (harrytea/Awesome-Document-Understanding): who made it, in bold brackets
        if t.em and i + 1 < len(toks) and italics.venue_then_year(toks, i, entry):
            continue
        if t.em and italics.read(toks, i, entry, first_line):
            continue
        if not t.em:
            entry.note_open = False
        if t.strong and first_line and not entry.summary_parts and len(t.text.split()) <= 3 and _between_bars(toks, i):
            entry.notes.append(t.text.strip())  # "Title, IJCNLP 2019 | **COMER** | [[Code](..)]": a name in a cell
            continue
        runs.read_text(t.text, entry, first_line)


def _coded_venue_year(toks: list[Tok]) -> list[Tok]:
    """``**Title.** `NeurIPS` `2023` [[paper]](..)`` (IDEA-FinAI/LLM-as-a-Judge, 87 of its 91 entries): a
    venue and its year in code spans side by side are one venue, ``NeurIPS 2023``."""
    out = list(toks)
    for i in range(len(out) - 2, -1, -1):
        t, gap = out[i], out[i + 1]
        k = i + 2 if gap.kind == "text" and not gap.code and not gap.text.strip() and i + 2 < len(out) else i + 1
        year = out[k]
        if t.code and year.code and k > i and venues.FOUR_DIGIT_YEAR.fullmatch(year.text.strip()) and (
                found := venues.parse(t.text.strip())) and found[1] is None and not venues.preprint(found[0]):
            out[i:k + 1] = [Tok("text", f"{t.text.strip()} {year.text.strip()}", code=True)]
    return out


def _venue_titled(link: Tok) -> tuple[str, int] | None:
    """The venue and year a paper link's title (its tooltip) names, or None."""
    found = venues.parse(link.title) if len(link.title) <= 40 else None
    paper = links.names_paper(link.text) or links.classify(link.href).kind in links.PAPER_KINDS
    return (found[0], found[1]) if found and found[1] and paper else None


def _between_bars(toks: list[Tok], i: int) -> bool:
    """Is *toks[i]* a cell of its own: a bar before it, and a bar or nothing but links after it?"""
    before = toks[i - 1].text.rstrip() if i and toks[i - 1].kind == "text" else ""
    after = toks[i + 1].text.lstrip() if i + 1 < len(toks) and toks[i + 1].kind == "text" else ""
    return before.endswith("|") and (after.startswith("|") or i + 1 == len(toks))


_STARS = re.compile(r"\s*[⭐★🌟]?\s*\d[\d.,]*[kK]?\s*(?:[⭐★🌟]|stars?)?\s*")
_TWO_DIGIT_YEAR = re.compile(r"(?<= )(\d\d)$")


def _in_full(m: re.Match[str]) -> str:
    return str(venues.full_year(m.group(1)))
_FINDINGS_OF = re.compile(r"Findings of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2},? ((?:19|20)\d\d)")


_CITED_LINK = re.compile(r"\[([A-Z][\w'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’-]+)?),\s+([^\[\]]{2,40}?)\]")


def _cited_link(text: str, entry: ListEntry) -> bool:
    """``[Kochkina et al., COLING '18]``, ``[Kotonya and Toni, EMNLP 2020]``, ``[Derczynski et al., 2017]``:
    a link's text naming who wrote the paper and where or when; read into *entry*, True when it was so."""
    m = _CITED_LINK.fullmatch(text.strip())
    found = venues.parse(m.group(2)) if m else None
    year = found[1] if found else venues.year_of_date(m.group(2)) if m else None
    if m is None or year is None:
        return False
    if found and found[0] != str(year):
        offer_venue(entry, found[0], m.group(2))
    entry.date_year = entry.date_year or year
    entry.authors = [name.strip() for name in re.split(r"\s+(?:and|&)\s+", re.sub(r"\s+et\s+al\.?$", "", m.group(1)))]
    return True


_CITED_PAREN = re.compile(r"\(?([A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|(?=\s+et\.?\s+al)))(?:\s+et\.?\s+al\.?)?"
                          r",?\s*((?:19|20)\d\d)[a-z]?\)?")  # (who: "et al." or two names; not "[ICCV 2023]")
_ET_AL_AFTER = re.compile(r"\s*,?\s*et\.? al\b")
_COUNT_AFTER = re.compile(r"\s*[:：]\s*(\d[\d,.]*[kKmM]?)(?!\w)")
_BY_ALONE = re.compile(r"[\s,;]*by\s+", re.IGNORECASE)
_BY_LAST = re.compile(r"(?<=[\s,;)])by\s+$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"(?:^|(?<=[\s.,]))[Ii]n\s*$")  # (", in *Proc. ICASSP*, 2022.": ``in_italics``)


def _proceedings_in(written: str, entry: ListEntry) -> None:
    """``In *Proceedings of ACL 2002*``, ``In *Proceedings of the First Workshop on Neural Machine
    Translation*`` (THUNLP-MT/MT-Reading-List): the venue, without "Proceedings of"; one named
    without a year takes the citation's (``journal_year``)."""
    text = written.strip(" .,;")
    found = proceedings.in_venue("In " + text)
    offer_venue(entry, found[0] if found else PROCEEDINGS_OF.sub("", text), f"In *{written.strip()}*")
    entry.journal_year = True


def _dashed_citation(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """``**Title** — Smith et al. *ICLR* 2024. [[paper]](..) — A one-line description.``: the
    citation after a dash (or after a bold title's full stop or comma), before the first
    link, read as one text whatever its italics (a quoted title first, after a bold
    nickname: ``**Reflexion** — "Language Agents ...".``). The tokens left to read."""
    k = 0
    while k < len(toks) and toks[k].kind == "text" and not toks[k].code:
        k += 1
    text = "".join(t.text for t in toks[:k])
    m = _DASH_LEAD.match(text) or (_STOP_LEAD.match(text) or COLON_QUOTE.match(text) if entry.bold else None) or (
        _SPACE_LEAD.match(text) if entry.bold and (entry.title or "").rstrip().endswith(".") else None)
    if not m or k == 0:
        return toks
    rest = text[m.end():]
    described = _YEAR_THEN_DASH.search(rest) if k == len(toks) and ("—" in rest or "–" in rest) else None
    after: list[Tok] = []  # (what the citation is followed by, when no link ends it)
    if described:  # '**FS-Researcher** — "Title". Zhu、Xu 等. *ACL* 2026. — 以持久文件系统…' (no link): where and when,
        after, rest = [Tok("text", rest[described.end(1):])], rest[: described.end(1)]  # then what it does, after a
        # dash of its own
    quoted = _LEAD_QUOTE.match(rest)
    nickname = None
    if quoted and entry.bold and entry.title and len(entry.title.split()) <= 3:
        nickname, rest = entry.title, rest[quoted.end():]
    opened = rest.rstrip().endswith("[")  # "... 2022. [[PDF](..)]": the bracket opened around the link
    if opened:
        rest = rest.rstrip()[:-1]
    parted = _dash_parted(rest) if entry.bold and ("—" in rest or "–" in rest) else None
    if parted is not None:  # "**Title** — Kim, Choi, Kim — *NeurIPS 2022* — Extends NAMs to ... [[paper]](..)"
        entry.authors, (entry.venue, entry.date_year), said = parted  # (suanlab/Awesome-Neural-Additive-Models, 80
        entry.venue_written = entry.venue  # of its 85 bullets): who, where, then what it does, a dash between each
        return [Tok("text", said + (" [" if opened else " "))] + toks[k:] + after
    tail = who_when_where(rest) if "|" in rest else None
    tail = tail or fields.citation_tail(rest, dated=True)
    if not (tail.explained and (tail.venue or tail.year) and (tail.authors or nickname)):
        if not entry.bold:
            return toks
        # "**Self-Refine: ...**. Aman Madaan, Niket Tandon. [[paper](..)]": full names alone
        if after:
            return toks  # (read otherwise, the description with it)
        names = people.parse(rest.strip(" .,;")) if len(rest) <= 300 and not _A_DIGIT.search(rest) else []
        if len(names) < 2 or not all(len(name.split()) >= 2 for name in names):
            return byline.first_author_before_bar(rest, opened, toks[k:], entry) or toks
        tail = fields.Tail(authors=names, explained=True)
    if nickname is not None and quoted is not None:
        entry.notes.append(nickname)
        entry.title = quoted.group(1)
    if after and tail.venue and (volume := _VOLUME_IN.fullmatch(tail.venue)):
        tail = dataclasses.replace(tail, venue=f"{volume.group(1)} {volume.group(2)}")  # ("*Nature 625, 2024.*")
    apply_tail(italics.journal_after_italics(tail, toks[:k]), rest.strip(), entry)
    return ([Tok("text", "[")] if opened else []) + toks[k:] + after


def _dash_parted(rest: str) -> tuple[list[str], tuple[str, int | None], str] | None:
    """(surnames, (venue, year), what follows) of ``Kim, Choi, Kim — *NeurIPS 2022* — Extends NAMs ...``, the
    text after a bold title's dash, when its parts are names, then a venue and its year, each part parted from the
    next by a dash; else None."""
    parts = _PARTING_DASH.split(rest.strip(), maxsplit=2)
    if len(parts) < 2 or not _SURNAMES.fullmatch(parts[0].strip()):
        return None
    found = venues.parse(parts[1].strip(" *_."))
    if not found or not found[1]:
        return None
    names = [n.strip() for n in parts[0].replace(" et al.", "").replace(" et al", "").split(",") if n.strip()]
    return names, found, parts[2].strip() if len(parts) > 2 else ""


_PARTING_DASH = re.compile(r"\s+[—–]\s+")
_SURNAME_WORDS = r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3}"
_SURNAMES = re.compile(rf"{_SURNAME_WORDS}(?:,\s*{_SURNAME_WORDS})*(?:,? et al\.?)?")
_DASH_LEAD = re.compile(r"\s*[—–]\s+|\s+-\s+")
_A_DIGIT = re.compile(r"\d")
_SPACE_LEAD = re.compile(r"\s+")  # "**Title.** Zonghan Wu, Shirui Pan. *IEEE TNNLS 2020*.": the stop in the bold
_STOP_LEAD = re.compile(r"\s*[.,]\s+")  # "**Title**. Long Ouyang, Jeff Wu. *NeurIPS*, 2022. [[PDF](..)]"
_ONLINE = re.compile(r"\s*(?:\[online\]\.?\s*(?:available\s*:?)?|\b(?:Available|doi):\s*$)\s*", re.IGNORECASE)
_LEAD_QUOTE = re.compile(r"[\"“]([^\"“”]{4,300})[\"”]\.?\s*")


def _mark_link_brackets(toks: list[Tok]) -> list[Tok]:
    """The ``[`` before and ``]`` after a link (``[[paper](..)]``) are the link's: marked, so that
    what is left of them once the link is taken out is dropped, and other brackets are kept."""
    out = list(toks)
    for i, t in enumerate(out):
        if t.kind != "text" or t.code:
            continue
        text = t.text
        if i + 1 < len(out) and out[i + 1].kind == "link":
            m = _OPENS_LINK.search(text)  # (not "[code](": a link whose target did not parse)
            if m and not (m.group()[0] == "(" and text[: m.start()].endswith("]")):  # ("][[code](..)]": marked)
                text = text[: m.start()] + fields.leftover(m.group())
        if i > 0 and out[i - 1].kind == "link":
            m = _CLOSES_LINK.match(text)  # ("<[Title](..)>": angle brackets around a link too)
            if m:
                text = fields.leftover(m.group()) + text[m.end():]
        if text != t.text:
            out[i] = Tok("text", text, strong=t.strong, em=t.em)
    return out


def _labels_before_links(toks: list[Tok]) -> list[Tok]:
    """``Jyh-Jing Hwang et.al., Paper: [http://arxiv.org/abs/2410.23262v1](..), Code: **[https://github.com/..](..)**``
    (the daily digests cv-arxiv-daily's script writes, zhangrunxi/arxiv-daily): a link's label said before it, a
    word and a colon, where the link shows its address. The label is the link's, not more of the text before it
    (the names)."""
    out = list(toks)
    for i in range(len(out) - 1):
        t, link = out[i], out[i + 1]
        m = _LABEL_COLON.search(t.text) if t.kind == "text" and not t.code and link.kind == "link" and \
            link.text.strip().startswith(("http://", "https://")) else None
        if m and links.label_word(m.group(1)) and not t.text[: m.start()].rstrip().endswith(("*", "-", "+", "•")):
            # (not "<br> * Paper: https://..": a key's own line, ``runs`` reads it so)
            out[i] = dataclasses.replace(t, text=t.text[: m.start()] + " ")
            out[i + 1] = dataclasses.replace(link, text=m.group(1))
    return out


_LABEL_COLON = re.compile(r"(?:^|[,;|]?\s+)([A-Za-z][A-Za-z ]{1,20}?)\s*[:：]\s*$")
_PAIRS = (("[", "]"), ("（", "）"), ("(", ")"))  # ("(" only around a venue: "(**M4C**)" is a bold name,
# "Dan Hendrycks and Kevin Gimpel. (**ICLR, 2017**)." iCGY96/awesome_OpenSetRecognition_list, a citation's venue)


def _bold_in_brackets(toks: list[Tok]) -> list[Tok]:
    """``[**ICCV 2023**]`` after the title (danelpeng/Awesome-Continual-Leaning-with-PTMs) read as
    ``[ICCV 2023]``, one group: its brackets are not text left over (they had begun the summary)."""
    if not any(t.strong for t in toks):
        return toks  # (most lines: nothing to join)
    out = list(toks)
    for i in range(len(out) - 2, 0, -1):
        if i + 1 >= len(out):
            continue  # (a merge just after took these)
        before, bold, after = out[i - 1], out[i], out[i + 1]
        if bold.strong and bold.kind == "text" and not bold.code and before.kind == "text" and after.kind == "text" \
                and not before.strong and not after.strong and any(
                    before.text.count(o) > before.text.count(c) and after.text.startswith(c) and (
                        o != "(" or _venue_and_year(bold.text.replace(",", "")) or _last_name(out, i))
                    for o, c in _PAIRS):
            # ("（Karpukhin et al., 2020, EMNLP, **DPR**）", caiyinqiong/Semantic-Retrieval-Models: one group too)
            out[i - 1:i + 2] = [Tok("text", before.text + bold.text + after.text, em=before.em)]
    return out


def _last_name(toks: list[Tok], i: int) -> bool:
    """Is the bold *toks[i]* a method's name in brackets ending the entry (``... CIKM 2021. [[code](..)] (**JPQ**)``,
    ict-bigdatalab/awesome-pretrained-models-for-information-retrieval)? One group, read as a name."""
    return i + 2 == len(toks) and not toks[i + 1].text[1:].strip() and " " not in toks[i].text.strip()


def _venue_and_year(text: str) -> bool:
    return bool(venues.parse(text) or venue_words.in_words(text, least=2))


def _bracketed(toks: list[Tok], i: int) -> bool:
    """Is the link at *i* written as ``[[label](url)]`` or ``[[label]](url)``?"""
    before = toks[i - 1].text if i > 0 and toks[i - 1].kind == "text" else ""
    return before.rstrip().endswith(("[", fields.LEFT)) or toks[i].text.startswith("[")


# -- finishing ------------------------------------------------------------------

_VOLUME_IN = re.compile(r"(.+?) \d{1,4} ((?:19|20)\d\d)")  # a journal, its volume, the year
_YEAR_THEN_DASH = re.compile(r"((?:19|20)\d\d\.?)\s+[—–]\s+")
def read(pieces: list[Piece], ctx: Context) -> ListEntry:
    """Read one entry (a list item's text, a paragraph) into the entry model."""
    entry = ListEntry()
    if any(p.kind == TEXT and not p.code and tex_marks.may_hold(p.text) for p in pieces):
        pieces = [dataclasses.replace(p, text=tex_marks.plain(p.text, braces=ctx.from_bibtex))
                  if p.kind == TEXT and not p.code else p for p in pieces]  # ("by *Lesort, Timoth{\'e}e, ...*": a
        # list written from BibTeX, its accents)
    if any(p.kind == LINK and p.text[:1] in quoted_links.QUOTES for p in pieces):
        pieces = quoted_links.quoted_title_unlinked(pieces)
    elif any(p.kind == TEXT and p.text[-1:] in "“\"" for p in pieces[:-2]):
        pieces = quoted_links.link_in_quotes(pieces)
    pieces = entry_marks.plain(pieces)
    lines = repository_above(title_wrapped(by_joined(lines_of(tokens(pieces, entry)))), entry)
    for line in quoted_title_first(name_over_title(name_line_above(lines, entry), entry), entry):
        if entry.title is None:
            rest = read_title_line(line, entry)
            read_rest(_subtitle_quoted(rest, entry), entry, first_line=True)
        else:
            if entry.summary_parts and not entry.summary_parts[-1][-1:].isspace():
                entry.summary_parts.append(" ")  # (a description over two lines: a space where the line broke)
            read_rest(line, entry, first_line=False)
    return finishing.finish(entry, ctx)


def _subtitle_quoted(rest: list[Tok], entry: ListEntry) -> list[Tok]:
    """``- [Kosmos](arXiv), "An AI Scientist for Autonomous Discovery". ![arXiv](badge)`` (Omni-Scientist/Awesome-AI-
    Scientist, every paper): a system's name linking its paper, then the rest of the paper's title quoted; the
    title is both, "Name: subtitle", or the quoted text alone where it names the system or has a colon of its own
    ("Accelerating scientific discovery with Co-Scientist"). The tokens after the quote."""
    if not (rest and rest[0].kind == "text" and entry.title_target and entry.title and len(entry.title.split()) <= 3):
        return rest
    m = _QUOTED_AFTER_NAME.match(rest[0].text)
    if not m:
        return rest
    quoted = m.group(1).strip()
    whole = entry.title.casefold() in quoted.casefold() or ":" in quoted
    if whole:
        entry.notes.append(entry.title)
    entry.title = quoted if whole else f"{entry.title}: {quoted}"
    left = rest[0].text[m.end():]
    return ([Tok("text", left)] if left.strip() else []) + rest[1:]


_QUOTED_AFTER_NAME = re.compile(r"\s*,\s*[\"“]([^\"“”]{8,300})[\"”]\s*\.?")
