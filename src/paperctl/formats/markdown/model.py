"""The entry model: what one entry of a reading list says, and its parts.

``ListEntry`` holds what the reader found in an entry (title, authors, venue as
written and normalised, year, the paper's identifiers, code and named links,
summary, notes, status, the shape it was written in, and why it is not a paper
when it is not). ``tokens`` turns an entry's inline pieces into text runs and
links, reading badges on the way (they are never text); ``add_link`` files a
link as the paper's identifier, its code, or a named link, by what it points at
and how it is labelled (``links``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...identifiers import is_link_target
from ...models import Author, PaperData
from . import fields, makers, venues


@dataclass
class Context:
    """What the headings above an entry say about it."""

    section: str | None = None
    year: int | None = None  # a year heading's year
    venue: str | None = None  # a venue heading's venue ("CVPR", "arXiv")
    venue_titled: bool = False  # *venue* is the list's title's ("# ... in ICML 2024"), no heading's below it
    status: str | None = None  # a "To read" / "Read" heading
    skip: str | None = None  # why this section holds no papers (news, tutorials...)
    skip_unless_identified: bool = False  # *skip* is a contents heading's: a paper with an identifier is still one
    skip_unless_titled: bool = False  # *skip* is a tools heading's: an entry whose title links arXiv or a DOI is one
    skip_unless_arxiv: bool = False  # *skip* is a tutorials heading's: an entry whose title links arXiv is a paper
    skip_unless_cited: bool = False  # *skip* is a news heading's: one whose title links arXiv or a DOI, cited with
    # its authors and venue, is a paper
    skip_unless_linked: bool = False  # *skip* is a "TODO" heading's: its tasks, or papers to read, each linking the
    # paper and saying where it appeared or who wrote it (sunovivid/Awesome-Diffusion-Guidance, FedML-AI/FedML)
    resources: str | None = None  # under a heading of models or datasets: an entry linking no paper is none
    events: bool = False  # *resources* is a heading of events, people or sites
    links_nothing: bool = False  # the entry is an item of a list none of whose items has a link
    nothing_linked: bool = False  # ... and the whole list (the document) links nothing either
    by_names: bool = False  # the entry is an item of a list whose titles end "by" and who wrote them
    from_bibtex: bool = False  # the list was written from a BibTeX file: LaTeX accents and braces in its text
    read_if_summary: bool = False
    year_groups: bool = False  # year headings are the papers' years (the user's lists): they win


@dataclass(slots=True)
class Tok:
    kind: str  # "text", "link", "break"
    text: str = ""
    href: str = ""
    strong: bool = False
    em: bool = False
    code: bool = False
    title: str = ""  # a link's title (its tooltip)


@dataclass
class ListEntry:
    """One entry as the list states it (the reader's entry model)."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    venue: str | None = None
    venue_written: str | None = None  # the venue exactly as written
    venue_cited: tuple[str, str] | None = None  # a title link's reference's venue, and the note it explains wholly
    venue_free: bool = False  # free text in a bold title's parentheses ("ongoing work"), kept as stated
    venue_assumed: bool = False  # the venue is the list's title's, not the entry's own: no evidence of a paper
    year: int | None = None
    date_year: int | None = None  # the year of a stated date
    arxiv: str | None = None
    version: int | None = None
    doi: str | None = None
    url: str | None = None
    code: str | None = None
    links: dict[str, str] = field(default_factory=dict)
    link_labels: list[str] = field(default_factory=list)
    summary_parts: list[str] = field(default_factory=list)  # raw text, joined as written
    in_summary: bool = False  # has the description begun?
    keyed_summary: str | None = None  # the description given under a key of its own ("**Overview:** ...")
    notes: list[str] = field(default_factory=list)
    status: str | None = None
    shape: str = "bracket"
    bold: bool = False  # the title was bold (the user's lists mark papers that way)
    stated: bool = False  # the list says it is a paper ("论文名称：...")
    bare_title: bool = False  # one of a list of titles alone, which read as papers' titles (``bare_titles``)
    code_labelled: bool = False  # a link labelled code, or a star badge: the code of a paper
    paper_pending: bool = False  # "[[paper]()]": a link to the paper, its address left to fill in
    workshop: bool = False  # "(2017) (workshop) Title": at the venue's workshop, which the heading names
    doubts: list[str] = field(default_factory=list)  # where the reader had to choose, said in the report
    title_target: str | None = None  # kind of the title link (links.ARXIV, CODE...)
    other_hosts: list[str] = field(default_factory=list)
    anchors: int = 0
    label: bool = False  # a bold title with a colon at its end: "**Label:** ...", what follows is under it
    named: list[tuple[str, str]] = field(default_factory=list)  # (arXiv ID or address, name) of links named
    reason: str | None = None  # why this is not a paper
    lone_name: bool = False  # the authors are one "name" a year followed on the title's line: maybe a journal
    note_open: bool = False  # the line ended in an italic note, which the next line's italics go on with
    kind_said: str | None = None  # what a tag before the title says the entry is, when not a paper ("DATA")
    below: str | None = None  # one plain sentence on a bullet under the entry: its summary, where the list
    # describes its papers so (``assembly``), else the note it stays
    journal_year: bool = False  # a citation whose year is its venue's: a venue named without one takes it
    year_alone: bool = False  # a year alone in brackets after the title ("**Title** (2022), ICSE, ..."): as
    # journal_year, but not for the bare "arXiv" an arXiv ID written out gives ("(2025) - [arXiv:ID](..)")
    date_column: bool = False  # a table's Date column gave its year: its venue's too, unless it is an arXiv paper's

    @property
    def summary(self) -> str | None:
        text = fields.tidy("".join(self.summary_parts))
        return text if fields.is_summary(text) else None

    @property
    def weak(self) -> bool:
        """Only its shape says it is a paper (no identifier, venue, authors, code or bold title)."""
        return not (self.certain or self.stated or self.code_labelled or self.venue or self.authors)

    @property
    def certain(self) -> bool:
        """Cannot be preface prose: a bold title or a paper identifier."""
        return self.bold or bool(self.arxiv or self.doi or self.url)

    def data(self, names: bool = False, described: bool = False) -> PaperData:
        """The paper as read. *names*: the list writes a method's short name where a description
        would stand (``assembly``): one such word is a note, not the summary. *described*: the list
        describes its papers on a bullet below each (``assembly``): that bullet is the summary."""
        links_ = {k: v for k, v in self.links.items() if v.strip()}  # (an empty address is no link: the library
        # would refuse the paper for it)
        if self.code and self.code not in links_.values():
            links_ = {"code": self.code, **{k: v for k, v in links_.items() if k != "code"}}
        kept = {k: v for k, v in links_.items() if not is_link_target(v)}  # ("***[Title]***" whose reference is
        links_ = {k: v for k, v in links_.items() if k not in kept}  # "../assets/papers/10.pdf", icmlviz/icmlviz.
        # github.io, every paper: a path out of the list's folder, which the library keeps no link to; the paper
        # is kept, the address a note, as written)
        work = makers.workplaces_from(self.authors) if len(self.authors) > 1 else None  # (however the names were read)
        authors = self.authors[:work] if work is not None else self.authors
        text = fields.tidy("".join(self.summary_parts)) if self.summary_parts else ""
        summary = text if text and fields.is_summary(text) else None
        left = fields.left_unread(text, self.venue) if text and summary is None else None  # (asked before a
        # description below takes the summary's place: what no field took is kept whatever the summary is)
        notes = [n for n in (n.replace(fields.LEFT, "").replace(fields.RIGHT, "") for n in self.notes) if n.strip()]
        # (a paragraph of badges alone leaves an empty one, which the library refuses, and with it the paper:
        # WxxShirley/Awesome-Graph-Prompt, 40 papers; the brackets left around a link taken out are no note's)
        notes += [", ".join(self.authors[work:])] if work is not None else []  # (where they work, after the names)
        if described and summary is None and self.below in notes:
            notes.remove(self.below)  # type: ignore[arg-type]
            summary = self.below
        if self.keyed_summary:  # (what the summary was read from otherwise, a note: "⭐⭐ (Not a concerned area")
            notes += [summary] if summary and summary != self.keyed_summary else []
            summary = self.keyed_summary
        if summary and self.title and summary.casefold() == self.title.casefold():
            summary = None  # "| [Title](arXiv) | `hallucination` | Title |" (enguard-ai/awesome-ai-guardails): a
            # description column that repeats the title says nothing of its own
        if summary and names and fields.method_name(summary):
            notes.append(summary)
            summary = text = None
        if left:
            notes.append(left)  # never dropped: what no field took and is no description
        notes += [f"{k}: {v}" for k, v in kept.items()]
        dated = _DATED_NOTE.match(notes[0]) if notes and self.year is None else None  # "[Title](arXiv)" over
        # "\t- 2015.04, m-CNN，华为诺亚方舟实验室的论文" (Halfish/machine-learning-reference): a note that begins
        # with the date the paper came out
        return PaperData(
            title=self.title, authors=[Author(a) for a in authors], arxiv_id=self.arxiv,
            version=self.version, doi=self.doi, url=self.url, year=int(dated.group(1)) if dated else self.year,
            venue=self.venue,
            summary=summary, status=self.status, notes=notes, links=links_,
        )


_DATED_NOTE = re.compile(r"((?:19|20)\d\d)[./-](?:0?[1-9]|1[0-2])(?:[./-](?:0?[1-9]|[12]\d|3[01]))?(?:$|[,，;\s])")


def _replaces_nickname(entry: ListEntry, venue: str, written: str, dated: bool = True) -> bool:
    """``[CLIP] Learning Transferable Visual Models ... ICML'21``: the bracketed word before the title names no
    venue a list is known to cite, and a known one follows (with its year, where *dated*): the word is a
    nickname, kept as a note, and *venue* the entry's. True when it was so."""
    if venues.year_in(entry.venue or "") is not None or not entry.venue or venues.is_known_name(
            entry.venue.split()[0]) or dated and venues.year_in(venue) is None or not venues.is_known_name(
            venue.split()[0]):
        return False
    entry.notes.append(entry.venue)
    entry.venue, entry.venue_written = venue, written
    return True


def arxiv_written_out(entry: ListEntry) -> None:
    """The paper's arXiv ID written out (``[arXiv:2209.07858]``, ``- **arXiv**: 2202.05262``, ``[2009.09941]``):
    the venue arXiv, bare, as the rules read an ID written out (``finishing`` gives it no year), unless the entry
    names one already."""
    if not entry.venue:
        entry.venue, entry.venue_written, entry.venue_cited = "arXiv", "arXiv", ("arXiv", "")


def offer_venue(entry: ListEntry, venue: str, written: str) -> None:
    """Give *entry* this venue, unless it has one; a different second venue is reported."""
    if not entry.venue:
        entry.venue, entry.venue_written = venue, written
    elif _replaces_nickname(entry, venue, written, dated=entry.shape != "venue-prefix"):
        # ("[DKD] Diverse Knowledge Distillation ... (AAAI)" under "#### 2021", daodaofr/Awesome-Person-Search:
        # a known venue after the title outweighs an unknown word before it, with or without its year)
        entry.shape = "bracket" if entry.shape == "venue-prefix" else entry.shape
    elif venues.preprint(entry.venue) and venues.year_in(entry.venue) is None and venues.year_in(venue) and \
            venue[:1].isalpha() and not venues.preprint(venue.split()[0]):
        # "[[arxiv](arXiv)]" then "<br> _Advances in neural information processing systems 32 (2019)._"
        # (MartinuzziFrancesco/awesome-scientific-machine-learning): the link's label says where its preprint
        # is, the citation where the paper appeared; so "arXiv:1611.07897, EMNLP 2017." (ishandutta2007/awesome-
        # text-summarization): the preprint's ID, then where it appeared
        entry.venue, entry.venue_written = venue, written
    elif venues.year_in(entry.venue) is None and (dated := venues.year_in(venue)) is not None and \
            venues.with_year(entry.venue, dated).casefold() == venue.casefold():
        entry.venue = venues.with_year(entry.venue, dated)  # "[IEEE Sensors Journal] Guo, Zhaoxuan, et al.
        # "**Title.**" IEEE Sensors Journal (2024)." (Event-AHU/OpenEvDET): the same venue, named again with its year
    elif venue.casefold() != entry.venue.casefold() and venues.year_in(venue) and not venues.preprint(
            venue.split()[0]) and not venues.preprint(entry.venue.split()[0]):
        entry.doubts.append(f"two venues, {entry.venue} and {venue}: kept {entry.venue}, the first")


def lines_of(toks: list[Tok]) -> list[list[Tok]]:
    out: list[list[Tok]] = [[]]
    for t in toks:
        if t.kind == "break":
            out.append([])
        else:
            out[-1].append(t)
    return [line for line in out if any(t.kind == "link" or t.text.strip() for t in line)]


def apply_tail(tail: fields.Tail, written: str, entry: ListEntry) -> None:
    """What a citation's tail (``fields.citation_tail``) says, given to *entry*: its venue as
    *written*, its authors where the entry has none, its year."""
    if tail.venue:
        cut = written.rfind("(") if written.endswith(")") else -1  # "Names (CVPR 2019)": as written, the brackets
        bracketed = cut > 0 and (venues.parse(written[cut:]) or ("",))[0] == tail.venue
        offer_venue(entry, tail.venue, written[cut:] if bracketed else written)
    if not entry.authors and tail.authors:
        entry.authors = tail.authors
        work = makers.workplaces_from(tail.authors)
        if work is not None:  # "Lirui Wang, Kevin Zhao*, Xinlei Chen, MIT, UIUC, FAIR Meta, 2025" (yuxiang-gao/
            # awesome-embodied-agent): who, then where they work (a note), then when
            entry.authors, entry.notes = tail.authors[:work], [*entry.notes, ", ".join(tail.authors[work:])]
        # "**Title.** Procedia Manufacturing, 2018.": one "name" and a year may be a journal (see entries)
        entry.lone_name = len(tail.authors) == 1 and bool(tail.year) and not tail.venue and "et al" not in written
    if tail.year:
        entry.date_year = entry.date_year or tail.year
        if not (tail.venue or tail.authors) and entry.venue and venues.year_in(entry.venue) is None and \
                venues.FOUR_DIGIT_YEAR.fullmatch(written.strip(" ,.;")):
            entry.journal_year = True  # "**CodeT: ...**, `ICLR`, 2022" (juyongjiang/CodeLLMSurvey, 204 entries): the
            # venue, then its year alone


def by_joined(lines: list[list[Tok]]) -> list[list[Tok]]:
    """``<[Title](..)> by `` then ``Brian D. Ziebart, Andrew Maas, ..., 2008.`` on the next line
    (apexrl/Imitation-Learning-Paper-Lists): a line that ends with "by" goes on with the next."""
    k = 0
    while k + 1 < len(lines):
        last = lines[k][-1] if lines[k] else None
        if last is None or "by" not in last.text[-4:]:
            k += 1
            continue
        nxt = lines[k + 1][0] if lines[k + 1] else None
        if last is not None and last.kind == "text" and _BY_END.search(last.text) and nxt is not None \
                and nxt.kind == "text" and (nxt.strong, nxt.em, nxt.code) == (last.strong, last.em, last.code):
            joined = Tok("text", last.text.rstrip() + " " + nxt.text, last.href, last.strong, last.em, last.code)
            lines = [*lines[:k], [*lines[k][:-1], joined, *lines[k + 1][1:]], *lines[k + 2:]]
        else:
            k += 1
    return lines


_BY_END = re.compile(r"\bby\s*$")


_WORDS_GLUED_TO_BRACKET = re.compile(r"[a-z][\w'-]*(?: [a-z][\w'-]*){0,3}\[")


def title_wrapped(lines: list[list[Tok]]) -> list[list[Tok]]:
    """``**[2023-arXiv]** Deceptive-NeRF: Enhancing NeRF Reconstruction`` then ``using Pseudo-Observations from
    Diffusion Models, [[paper](..)]`` (GeorgeDu/text-conditioned-3d-generation, its other entries on one line): a
    plain title the source wrapped, its first line linking nothing and ending in no stop, the second going on in
    lower case to the comma before the links. One line."""
    first = lines[0] if len(lines) >= 2 and lines[0] and lines[1] else None
    last, nxt = (first[-1], lines[1][0]) if first else (None, None)
    if last is None or nxt is None or any(t.kind == "link" for t in first) or last.kind != "text" or \
            nxt.kind != "text" or (last.strong, last.em, last.code) != (False, False, False) or \
            (nxt.strong, nxt.em, nxt.code) != (False, False, False) or last.text.rstrip()[-1:] in ".:!?;,)" or \
            not nxt.text[:1].islower() or not (nxt.text.rstrip(" [(").endswith(",") or
                                               _WORDS_GLUED_TO_BRACKET.fullmatch(nxt.text.rstrip())) or \
            len(lines[1]) < 2 or lines[1][1].kind != "link":
        return lines  # (or its last words glued to the bracket of its links: "23. Multiview subspace clustering via
    # tensorial t-product" / "    representation\\[[paper](doi)|[code]]", dugzzuli/A-Survey-of-Multi-view-Clustering)
    joined = Tok("text", last.text.rstrip() + " " + nxt.text)
    return [[*first[:-1], joined, *lines[1][1:]], *lines[2:]]
