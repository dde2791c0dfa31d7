"""What an italic run after an entry's title says, when it is more than text (``entries.read_rest``
asks): a journal (``*Nature*``, ``***Neural Networks***, 2023``, ``*(ICML 2025)*`` closing the entry), a
field of the list's kept as a note (``*Type:* Table.``), the authors (or a journal read as one "name"
before them), a workshop named in words, a tag; a venue set apart after "in" (``in **NeurIPS**, 2019``)."""

from __future__ import annotations

import re

from . import fields, makers, people, proceedings, runs, venue_suffix, venue_words, venues
from .model import ListEntry, Tok, apply_tail, offer_venue


def venue_after_in(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """``“Title,” in **IEEE Trans. Signal Process.**, 2009, [Paper](..)`` (thanhtbt/tensor_tracking_survey, 90
    lines), ``*In ICTAI*, 2024`` (x-zheng16/Awesome-Embodied-AI-Safety, 64 lines): a citation's venue, in bold or
    italics after "in", its year after it. The marks set the venue's name apart, dots and all; "in" is no part of
    it. The tokens left when taken."""
    for i, tok in enumerate(toks):
        if tok.kind != "text" or not (tok.strong or tok.em) or tok.code or i + 1 >= len(toks):
            continue
        named = _IN_FIRST.fullmatch(tok.text)  # "*In ICTAI*"
        before = toks[i - 1] if i else None
        after_in = before is not None and before.kind == "text" and not (before.strong or before.em) and bool(
            _IN_LAST.search(before.text))
        year = _YEAR_NEXT.match(toks[i + 1].text) if toks[i + 1].kind == "text" and (named or after_in) else None
        name = (named.group(1) if named else tok.text).strip(" ,")
        if year is None or not 1 < len(name) <= (160 if name.startswith("Proc") or name.endswith(")") else 80) or \
                not name[:1].isupper():  # (a meeting's whole name, its short one closing it: "in *Proceedings of the
            continue  # IEEE International Conference on Robotics and Automation (ICRA)*, 2024", robot-failures/..)
        found = venues.parse(f"{name} {year.group(1)}") or (f"{name} {year.group(1)}", int(year.group(1)))
        offer_venue(entry, found[0], f"{tok.text}{year.group()}")
        entry.year = entry.year or found[1]
        kept = [*toks[: i - 1], Tok("text", _IN_LAST.sub(" ", before.text))] if after_in else toks[:i]  # type: ignore
        rest = toks[i + 1].text[year.end():]
        return [*kept, *([Tok("text", rest)] if rest.strip(" .,;") else []), *toks[i + 2:]]
    return toks


_IN_FIRST = re.compile(r"\s*[Ii]n\s+([A-Z][^*_]*?)\s*")
# A field's value after its italic key: short, to a full stop, a link or the run's end (not the first 80 characters
# of "*Notes:* Survey/review of deep learning approaches ... from high-resolution ...", cut within a word: osherr1996/
# awesome-monocular-height-estimation's long notes, a description)
_YEAR_KEY = re.compile(r"(?i)\b(?:year|date|published)\b")
_YEAR_ALONE = re.compile(r"\s*((?:19|20)\d\d)\.?\s*")
_FIELD_VALUE = re.compile(r"\s*[^.\[]{1,80}(?:\.|$|(?=\[))")
_IN_LAST = re.compile(r"(?:^|(?<=[\s,.;:]))[Ii]n\s*$")
_YEAR_NEXT = re.compile(r"\s*,?\s*((?:19|20)\d\d)\b")


def _after_separator(toks: list[Tok], i: int) -> bool:
    """Does the italic run *toks[i]* stand after a field separator: a middle dot, or a dash after the
    entry's links (``**Title** (2024) [[Paper]](arXiv) — *ACM Computing Surveys*``, irom-princeton/
    awesome-robotics-video-world-model-papers, 97 lines)?"""
    before = toks[i - 1].text.rstrip() if i else ""
    return before.endswith("·") or before.endswith(("—", "–")) and any(u.kind == "link" for u in toks[:i])


def read(toks: list[Tok], i: int, entry: ListEntry, first_line: bool) -> bool:
    """What an italic run *toks[i]* after the title is, when it is more than text: a journal, a
    field of the list's kept as a note, the authors (or a journal read as one "name" before
    them). True when it was read so."""
    t = toks[i]
    if not entry.authors and t.text.strip(" .,").casefold() in ("anonymous", "anonymous authors"):
        entry.notes.append(t.text.strip(" .,"))  # "*Anonymous*" under a submission's title (gabriben/awesome-
        return True  # generative-information-retrieval): no names yet, and not a description
    if (entry.authors or _after_separator(toks, i)) and not entry.venue \
            and not entry.in_summary and t.text.rstrip()[-1:] not in ":：" and JOURNAL.fullmatch(t.text.strip(" .,·")) \
            and not (
            not entry.authors and people.parse(t.text) and not venue_words.journal_named(t.text.strip(" .,·"))):
        served = _ON_SERVER.fullmatch(t.text.strip(" .,·"))  # "*Theoretical and Computational Chemistry on
        if served:  # ChemRxiv*" (thisisntnathan/memorypalace, every paper): the server, its subject a note
            entry.notes.append(served.group(1))
        offer_venue(entry, served.group(2) if served else t.text.strip(" .,·"), f"*{t.text.strip()}*")  # "Zhou Y
        entry.journal_year = True  # et al. · *Nature* · 2023" (not "*Notes:* ...", a key after the authors:
        # osherr1996/awesome-monocular-height-estimation's table cells)
        year = venues.COMMA_YEAR.match(toks[i + 1].text) if i + 1 < len(toks) and toks[i + 1].kind == "text" \
            else None
        if year and (issue := _VOLUME_PAGES.fullmatch(toks[i + 1].text, year.end())):  # "*Cancer Cell*, 2024, Volume
            entry.date_year = entry.date_year or int(year.group(1))  # 42, Issue 5, Pages 759--779." (Google Scholar's
            entry.notes += [issue.group(1).strip()] if issue.group(1) else []  # export, PriorLabs/PriorLabs.github.io):
            toks[i + 1] = Tok("text", "")  # the journal's year, then where in it, a note
        return True
    if (entry.authors or _after_separator(toks, i)) and not entry.venue and not entry.in_summary and \
            (meeting := _proceedings(t.text, toks[i + 1] if i + 1 < len(toks) else None)):
        offer_venue(entry, meeting[0], f"*{t.text.strip()}*")  # "— Lu et al. — *Proceedings of the 2025
        entry.date_year = entry.date_year or meeting[1]  # Conference on Empirical Methods in Natural Language
        return True  # Processing* (2025)" (Byambaa0325/awesome-climate-information-integrity-in-llms, 48 lines)
    ends = _VENUE_IN_BRACKETS.fullmatch(t.text.strip()) if not entry.venue and not any(
        u.kind != "text" or u.text.strip(" .") for u in toks[i + 1:]) else None
    if ends and (found := venues.parse(ends.group(1))) and found[1]:  # "... — DeBERTa-v3-small router selects
        offer_venue(entry, found[0], f"*{t.text.strip()}*")  # ... threshold. *(ICML 2025)*" (ymoslem/awesome-llm-
        entry.date_year = entry.date_year or found[1]  # routing-cascading, 62 lines): where, closing the entry
        return True
    name = t.text.strip(" .,")
    year = venues.COMMA_YEAR.match(toks[i + 1].text) if i + 1 < len(toks) and toks[i + 1].kind == "text" and not \
        entry.venue and not entry.in_summary and not entry.authors else None
    if year and (venue_words.journal_named(name) or venue_words.in_words(f"{name} {year.group(1)}") and not
                 makers.ORGANISATION.search(name)):  # (not "_Google Team_, 2024": who)
        # "Title, ***Neural Networks***, 2023, [[paper](..)]" (wuuu110/NCO-solvers-for-VRP): a journal, its year
        # ("*Nucl. Fusion*, 2021, 61, p.106010.", YuanhengZhu/awesome-RL-fusion-papers: its short name)
        offer_venue(entry, f"{name} {year.group(1)}", f"*{t.text.strip()}*{year.group()}")
        entry.date_year = entry.date_year or int(year.group(1))
        toks[i + 1] = Tok("text", toks[i + 1].text[year.end():])
        return True
    dated = _JOURNAL_YEAR_IN_ITALICS.fullmatch(t.text.strip(" .,")) if entry.authors and not entry.venue \
        and not entry.in_summary else None
    if dated and (not people.parse(dated.group(1)) or venue_words.journal_named(dated.group(1))):
        year = dated.group(2) or dated.group(3)  # "*Bioinformatics (2017)*" under the authors' line (bozhenhhu/
        offer_venue(entry, f"{dated.group(1)} {year}", f"*{t.text.strip()}*")  # A-Review-of-pLMs-..., 102 entries)
        entry.date_year = entry.date_year or int(year)
        return True
    key = t.text.strip()
    if entry.title and key.endswith(":") and len(key) <= 30 and i + 1 < len(toks) and toks[i + 1].kind == "text" \
            and not toks[i + 1].em and not entry.in_summary:  # "**UFF.** *Type:* Table. [[Paper]](..)": a field
        value = _FIELD_VALUE.match(toks[i + 1].text)  # (zhiqiangzhongddu/Awesome-Knowledge-augmented-
        dated = _YEAR_ALONE.fullmatch(value.group()) if value and _YEAR_KEY.search(key) else None
        if dated:  # "*Publication Year:* 2023" (FireFistisDead/Deepfake-Detection, every paper): its year
            entry.date_year = entry.date_year or int(dated.group(1))
            toks[i + 1] = Tok("text", toks[i + 1].text[value.end():])  # type: ignore[union-attr]
            return True
        if value and value.group().strip():  # GML-for-Drug-Discovery, 53 entries)
            entry.notes.append(f"{key} {value.group().strip()}")
            toks[i + 1] = Tok("text", toks[i + 1].text[value.end():])
            return True
    if entry.title and _KEYED.match(t.text) and not entry.in_summary and (
            runs.FIELD_KEY.match(t.text) or not people.parse(t.text)) and not venue_words.journal(t.text.strip()):
        # ("_Keywords: Image, Video, Audio_": no names; "_Chaos: An Interdisciplinary Journal of Nonlinear Science
        # 31, no. 9 (2021): 093122_", a journal's reference, is read as one)
        entry.notes.append(" ".join(t.text.split()))  # "*Method name: Neural Talk.*" (TheShadow29/awesome-
        entry.note_open = i == len(toks) - 1  # grounding): a field of the list's, not a description
        return True
    if i == 0 and not first_line and entry.note_open:
        entry.notes[-1] += " " + " ".join(t.text.split())  # (the italics go on over the line break)
        entry.note_open = len(toks) == 1
        return True
    entry.note_open = False
    if entry.lone_name and not first_line and not entry.in_summary and people.substantial(
            names := people.parse(t.text)) and len(names) > 1:
        # "**Title.** Procedia Manufacturing, 2018." then "*Mirshekarian, Sadegh and Sormaz, Dusan.*"
        # (Thinklab-SJTU/awesome-ml4co): the one "name" was the journal, these are the authors
        if not entry.venue:
            offer_venue(entry, f"{entry.authors[0]} {entry.date_year}" if entry.date_year else entry.authors[0],
                        entry.authors[0])
        entry.authors, entry.lone_name = names, False
        return True
    meeting = venue_words.meeting_in_words(t.text) if first_line and not entry.venue and not entry.in_summary else None
    if meeting:  # "**Title.** *The 3rd Workshop on Mathematical Reasoning and AI at NeurIPS 2023* [[pdf](..)]"
        offer_venue(entry, meeting[0], f"*{t.text.strip()}*")
        entry.date_year = entry.date_year or meeting[1]
        return True
    if not entry.authors and (not entry.in_summary or (not first_line and i == 0 and len(people.parse(t.text)) > 1)):
        tail = fields.citation_tail(t.text, dated=True)  # (names on a line of their own, after the summary began:
        # the authors, under "cication: [**-1**](None)", metame-ai/awesome-llm-plaza)
        if tail.explained and tail.authors and (tail.venue or tail.year):  # "*Jin et al. Arxiv.*"
            apply_tail(tail, t.text.strip(), entry)
            entry.shape = "citation" if entry.shape in ("bracket", "link-title") else entry.shape
            return True
        names = people.parse(t.text)
        after_links = first_line and any(u.kind == "link" for u in toks[:i])
        if names and people.substantial(names) and not (after_links and len(names) == 1):
            entry.authors = names
            entry.shape = "citation" if entry.shape in ("bracket", "link-title") else entry.shape
            return True
        if after_links and _tag_like(t.text):
            entry.notes.append(t.text.strip())  # "[[code](..)] *AcademiCodec*": a nickname or tag
            return True
        if not first_line and i == 0 and _name_like(t.text):
            entry.notes.append(" ".join(t.text.split()))  # names not read as a list ("*Colin Wei Sang
            return True  # Michael Xie Tengyu Ma*"): kept as written, not a description
    return False


# A journal in italics after the authors: "Weilnhammer V et al. · *Nature Medicine* · 2026-08-07"
# (JXLiu-AI/Awesome-Medical-LLM-in-Top-Journals), as stated.
# "Bioinformatics (2017)", "BIO Web of Conferences 41, 04003 (2021)", "Current Opinion in Structural Biology,
# February 2022": a journal (its volume and pages, perhaps), then its year
_JOURNAL_YEAR_IN_ITALICS = re.compile(r"([A-Za-z][A-Za-z&.:'’ -]{1,100}?)(?:[,\s]+\d[\d, :-]*?)?"
                                      r"(?:\s*\(((?:19|20)\d\d)\)"
                                      rf"|,\s*(?:{venues.MONTH}\s+)?((?:19|20)\d\d))", re.IGNORECASE)
JOURNAL = re.compile(venues.capitalised(0, 7, colon=True))
_ON_SERVER = re.compile(r"(.{3,80}?) on ((?i:chemrxiv|biorxiv|medrxiv|arxiv|techrxiv|psyarxiv|ssrn|research square))")
_MEETING_NAMED = re.compile(r"(?:Proceedings|Findings) of ")
_YEAR_AFTER = re.compile(r"\s*[,(]?\s*((?:19|20)\d\d)\)?")


def _proceedings(text: str, after: Tok | None) -> tuple[str, int] | None:
    """(venue, year) of an italic run that names a meeting's proceedings in words, its year after it:
    ``*Proceedings of the 30th ACM International Conference on Information & Knowledge Management* (2021)``,
    ``*Findings of the Association for Computational Linguistics: EMNLP 2023* (2023)``; a capitalised
    journal's pattern (``JOURNAL``) stops at its digits and length. As ``proceedings.written_venue`` reads it."""
    year = _YEAR_AFTER.match(after.text) if after is not None and after.kind == "text" else None
    name = text.strip(" .,")
    if year is None or not _MEETING_NAMED.match(name) or len(name) > 200:
        return None
    if (acl := _ACL_FINDINGS.fullmatch(name)) and (found := venues.parse(f"Findings of {acl.group(1)}")):
        return found[0], found[1] or int(year.group(1))  # the labelling rules' "EMNLP 2023 Findings"
    return proceedings.written_venue(f"{name} ({year.group(1)})")


_ACL_FINDINGS = re.compile(r"Findings of (?:the )?Association for Computational Linguistics\s*[:,]\s*(.+)")
_VOLUME_PAGES = re.compile(r"[,.\s]*((?:(?:Volume|Vol\.|Issue|No\.|Number|Pages|pp\.)\s*[\w–-]+[,\s]*)*)\.?\s*")
_VENUE_IN_BRACKETS = re.compile(r"[(\[]\s*([^()\[\]]{2,40}?)\s*[)\]]\.?")


_KEYED = re.compile(r"\s*[A-Z][\w-]*(?: [\w-]+){0,2}\s*[:：]\s+\S")  # "Method name: ...", "Key idea: ..."
def _name_like(text: str) -> bool:
    """Capitalised words, as an author line is, with no sentence in them: an italic run that opens a
    later line of a citation (thunlp/PromptPapers), when ``people`` cannot tell the names apart."""
    words = text.replace(",", " ").split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 3 and capitalised >= 0.8 * len(words) and not people.not_a_list(text.replace("*", ""))


def _tag_like(text: str) -> bool:
    """A few words in italics after an entry's links (``*Human FeedBack*``, ``*code coming
    soon*``): a tag or a remark, not its authors, venue or description."""
    words = text.split()
    return 0 < len(words) <= 4 and not re.search(r"[.,;:!?]\s", text + " ") and not venues.parse(text) \
        and venues.year_of_date(text) is None


def journal_after_italics(tail: fields.Tail, toks: list[Tok]) -> fields.Tail:
    """``**Title**, *Amir Behjat, ..., Souma Chowdhury*, Applied Soft Computing, 2020.`` (idrl-lab/PINNpapers,
    about 50 entries): read as one text, the journal is one or more "names" before the year
    (``Computers & Fluids``, ``Theoretical and Applied Fracture Mechanics`` read as two); the italics
    say where the authors end, and the text between them and the year is the venue."""
    italic = [k for k, t in enumerate(toks) if t.em and t.text.strip()]
    if not (tail.year and not tail.venue and len(italic) == 1):
        return tail
    names = people.parse(toks[italic[0]].text.strip(" .,;"))
    if not names or len(tail.authors) <= len(names) or tail.authors[:len(names)] != names:
        return tail
    after = _JOURNAL_YEAR.fullmatch("".join(t.text for t in toks[italic[0] + 1:]).rstrip().removesuffix("["))
    if not after or int(after.group(2)) != tail.year:
        return tail
    return fields.Tail(authors=names, venue=f"{' '.join(after.group(1).split())} {tail.year}", year=tail.year,
                       arxiv=tail.arxiv, explained=tail.explained)


_JOURNAL_YEAR = re.compile(r"\s*,\s*([^\W\d][^()\[\]]*?)\s*,?\s*\(?((?:19|20)\d\d)\)?\s*[.,]?\s*")


def venue_line(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """A line under an entry's title and description that is a venue and its year in italics, then links alone
    (``*Cell Systems, 2023*  [[paper](..)]``, Yijia-Xiao/Protein-LLM-Survey): the venue taken into *entry*, the
    links returned; None when the line is not so."""
    if not toks or toks[0].kind != "text" or not toks[0].em or toks[0].strong or any(
            t.kind == "text" and t.text.strip(" []|,") for t in toks[1:]):
        return None
    written = toks[0].text.strip()
    found = venues.parse(written) or venue_words.in_words(written.replace(",", ""))
    if not found or not found[1]:
        return None
    offer_venue(entry, found[0], written)
    entry.date_year = entry.date_year or found[1]
    return toks[1:]


def opens_title(toks: list[Tok]) -> bool:
    """Is the italic run that opens the entry its title: four words or more that are not names, then a
    comma, a full stop or a dash and more, or the links?"""
    first, nxt = toks[0], toks[1] if len(toks) > 1 else None
    if first.kind != "text" or len(first.text.split()) < 4 or nxt is None or people.parse(first.text.strip(" .,")):
        return False
    if nxt.kind == "text" and not nxt.em and not nxt.strong and not nxt.code and nxt.text[:1].isspace() \
            and _ITALIC_TITLE.fullmatch(first.text.strip()):
        return True  # "* *DiBS: Differentiable Bayesian Structure Learning* makes the non-differentiable score ..."
        # (KaiYan289/RLpapersnote, every entry): an italic title, then a word on it
    return nxt.kind == "link" or (nxt.kind == "text" and not nxt.em and nxt.text.lstrip()[:1] in ",.-–—")


# A title in italics: a capital first, no full stop, colon or comma at its end, no link in it
_ITALIC_TITLE = re.compile(r"[A-Z0-9\"“'‘][^.!?:;,()\[\]]*(?:[:,;][^.!?:;,()\[\]]+)*[^.!?:;,\s]")


def venue_then_year(toks: list[Tok], i: int, entry: ListEntry) -> bool:
    """``**Title** `TAT-QA` <ins>ACL</ins> 2021``, ``<ins>EMNLP-Findings</ins> 2020`` (lfy79001/Awesome-Table-QA,
    45 entries): a venue set off in italics (or underlined), its year written after it, one venue
    (``ACL 2021``, ``EMNLP 2020 Findings``). True when it was read so."""
    t, after = toks[i], toks[i + 1]
    if after.kind != "text" or after.em or after.code or entry.venue or entry.in_summary:
        return False
    year = _YEAR_FIRST.match(after.text)
    name = t.text.strip()
    if not year or len(name) > 60:
        return False
    stated = year.group(1)
    found = venues.track_with_year(name, year.group(1)) if len(name) <= 30 else None
    if found is None and len(name) <= 30:
        alone = venues.parse(name)  # a venue named without a year takes the one after it
        dated = venues.parse(f"{name} {year.group(1)}") if alone is not None and alone[1] is None else None
        found = dated[0] if dated else None
    if not found and venue_suffix.venue_in_italics(name, year.group(1)):
        found = f"{name} {year.group(1)}"  # "*IEEE Access* 2022", "*Security and Communication Networks* 2021"
    if not found:
        return False
    track = _TRACK_AFTER.match(after.text, year.end())
    if track and venues.year_in(found) is not None and not found.endswith(track.group(1)):
        # "*ACM MM* 2021 Workshop:" (Daisy-Zhang/Awesome-Deepfakes-Detection): the track after the year
        found, year = f"{found} {track.group(1)}", track
    written = after.text[:year.end()].rstrip()  # (" 2021 Workshop", ", 2018": as the list spaces them)
    offer_venue(entry, found, f"*{name}*{written}")
    entry.date_year = entry.date_year or int(stated)
    toks[i + 1] = Tok("text", after.text[year.end():], strong=after.strong)
    return True


_YEAR_FIRST = re.compile(r",? ((?:19|20)\d\d)\b")  # ("*ICLR*, 2018.": jvpoulos/causal-ml, 41 rows)
_TRACK_AFTER = re.compile(r" (Workshops?|Findings|Oral|Spotlight|Poster)\b")
