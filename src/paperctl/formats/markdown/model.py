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
from . import badges, fields, links, makers, people, preprints, venue_words, venues
from .inline import BREAK, IMAGE, LINK, TEXT, Piece


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


# -- pieces to tokens ---------------------------------------------------------

def tokens(pieces: list[Piece], entry: ListEntry) -> list[Tok]:
    """Flatten inline pieces; badges are read into *entry* and leave no text."""
    out: list[Tok] = []
    joined = -1  # a piece already joined to the one before
    for k, p in enumerate(pieces):
        kind = p.kind
        if kind == TEXT:  # (the most common kind first; fields passed by position: both cheaper)
            if k != joined:
                out.append(Tok("text", p.text, "", p.strong, p.em, p.code))
        elif kind == BREAK and not p.hard and p.em and not p.strong and _wrapped_italic(out, pieces, k):
            # an italic span wrapped over two lines is one run, as a bold title is:
            # "*Zaharaddeen Karami Lawal, Hayati Yassin, Daphne" / "Teck Ching Lai, Azam Che
            # Idris*, Big Data Cogn. Comput., 2022." (PillowTomZA/PINN_Navier_Stokes_papers)
            out[-1] = Tok("text", out[-1].text.rstrip() + " " + pieces[k + 1].text.lstrip(), "", False, True)
            joined = k + 1
        elif kind == BREAK:
            if not p.hard and out and out[-1].strong and k + 1 < len(pieces) and pieces[k + 1].strong:
                out.append(Tok("text", " "))  # a bold title wrapped over two lines
            elif not p.hard and len(out) == 1 and k + 1 < len(pieces) and (_wrapped_title(out[0], pieces[k + 1]) or
                                                                          _title_end(out[0], pieces[k + 1:])):
                out.append(Tok("text", " "))
            else:
                out.append(Tok("break"))
        elif kind == IMAGE:
            _badge(links.badge(p.href, p.text, None), entry)
        elif kind == LINK:
            if not p.text.strip():
                images = [c for c in p.children if c.kind == IMAGE]
                named = badges.badge_name(images[0].href, images[0].text) if len(images) == 1 else None
                if named and links.classify(p.href).kind in links.PAPER_KINDS:
                    out.append(Tok("link", named, p.href.strip()))  # the paper's name on its venue badge, linking
                    entry.venue = entry.venue or badges.badge_venue(images[0].href)  # the paper: its title link
                    entry.venue_written = entry.venue_written or entry.venue
                    continue
                if images:
                    _badge(links.badge(images[0].href, images[0].text, p.href), entry, p.href,
                           links.badge_label(images[0].href, images[0].text))
                    continue
            href = p.href.strip()  # ("[Title](about:blank)", BRTResearch/AIChip_Paper_List, 50 rows: a link left to
            href = "" if href.lower() == "about:blank" else href  # fill in, as "[Title]()" is)
            out.append(Tok("link", " ".join(p.text.split()), href, p.strong, p.em, False, p.title))
        else:
            out.append(Tok("text", p.text, "", p.strong, p.em, p.code))
    return out


def _wrapped_italic(out: list[Tok], pieces: list[Piece], k: int) -> bool:
    """Is the break at *k* inside an italic run of plain text, between its two lines?"""
    before, after = (out[-1] if out else None), (pieces[k + 1] if k + 1 < len(pieces) else None)
    return before is not None and after is not None and before.kind == "text" and after.kind == TEXT \
        and before.em and after.em and not (before.strong or after.strong or before.code or after.code)


def _wrapped_title(first: Tok, after: Piece) -> bool:
    """A plain title wrapped over two lines, the first ending or the second going on with a joining word:
    ``- Encoding Crowd Interaction with Deep Neural Network`` / ``  for Pedestrian Trajectory
    Prediction, 2018 CVPR, [[Paper]](..)`` (xuehaouwa/Awesome-Trajectory-Prediction)."""
    plain = first.kind == "text" and after.kind == TEXT and not any(
        t.strong or t.em or t.code for t in (first, after))
    if not plain or first.text.rstrip().endswith((".", ",", ";", "!", "?", ")", "]")):
        return False
    if _JOINING_WORD.match(after.text) or _JOINING_END.search(first.text):
        return True
    # "- Capabilities of Large Language Models in Control Engineering:" / "A Benchmark Study on GPT-4, ...,
    # <ins>Arxiv, 2024</ins> [[Paper](..)]", "- MMLU-Pro: A More Robust and Challenging" / "Multi-Task Language
    # Understanding Benchmark, <ins>NeurIPS, 2024</ins>" (SeekingDream/Static-to-Dynamic-LLMEval, 66 entries):
    # a subtitle, or the title's last words in capitals up to a comma, are no names
    lead = _LEAD_WORDS.match(after.text)
    words = lead.group(1).split() if lead else []
    head = first.text.strip()
    if not words or not words[0][0].isupper() or any(c in head for c in ",\"“”") or not (
            head.endswith(":") and len(head.split()) >= 2 or (3 <= len(head.split()) <= 8 and len(words) >= 2 and all(
                w[0].isupper() or not w[0].isalpha() or w.lower() in _SMALL for w in words))):
        return False
    if venues.parse(head.rstrip(":").strip()) or venues.parse(lead.group(1)) or venue_words.in_words(  # type: ignore[union-attr]
            lead.group(1)):  # type: ignore[union-attr]
        return False  # ("SIGMOD 2000:" over "LOF: Identifying ...", a title over "ACL Findings '23 [**Paper**](..)")
    return bool(people.TITLE_WORDS.search(lead.group(1))) or not people.parse(  # type: ignore[union-attr]
        lead.group(1)) and fields.names_venue_year(after.text.strip()) is None  # type: ignore[union-attr]


_LEAD_WORDS = re.compile(r"\s*([^,\[<(]{2,120}?)\s*(?:,|\[|<|\(|$)")
_SMALL = frozenset(("a", "an", "the", "of", "for", "and", "in", "on", "with", "to", "via", "from", "by", "at", "as"))
_JOINS = r"for|of|and|with|via|using|to|from|towards?|through|without|across|under|on"
_CITED_JOURNAL = re.compile(r"(?P<name>[A-Z][A-Za-z&.' -]{1,60}?)(?P<volume>\s+\d{1,5}(?:\s*\(\d{1,5}\))?(?:,\s*"
                            r"[\w–-]{1,15})?)?\s*\((?P<year>(?:19|20)\d\d)\)\.?")
_ABBREVIATED = re.compile(r"(?:[A-Z][a-z]{0,7}\. ?){2,}")  # "J. Chem. Inf. Model."


def _journal_reference(text: str) -> tuple[str, int] | None:
    """A paper link's text that cites the journal (AspirinCode/papers-for-molecular-design-using-DL, 84 lines):
    ``Current Opinion in Structural Biology 79 (2023)``, ``Nat Commun 14, 4552 (2023)``, ``J. Chem. Inf. Model.
    (2023)``: the journal and its year (its volume and pages left out, as a reference's are). A name with no
    volume must read as a journal's (not ``Attention Is All You Need (2017)``, a title)."""
    m = _CITED_JOURNAL.fullmatch(text)
    if m is None:
        return None
    name, year = m.group("name").strip(), int(m.group("year"))
    if not m.group("volume") and not (venue_words.journal_named(name) or _ABBREVIATED.fullmatch(name)):
        return None
    return f"{name} {year}", year


def _title_end(first: Tok, rest: list[Piece]) -> bool:
    """A plain title wrapped over two lines, the second only its last few words and the paper's links:
    ``MobileVOS: Real-Time Video Object Segmentation`` / ``Contrastive Learning meets Knowledge Distillation
    [[paper](..)]`` (gaomingqi/VOS-Review, where the editor wrapped them); not a venue and year, names or a
    sentence there (``arXiv 2024 [[Paper]](..)``)."""
    after = rest[0]
    if first.kind != "text" or first.strong or first.em or first.code or len(first.text.split()) < 3 or \
            first.text.rstrip()[-1:] in ".,;:!?)]" or after.kind != TEXT or after.strong or after.em or after.code:
        return False
    words = after.text.strip().rstrip("[【 ")
    if not 1 <= len(words.split()) <= 10 or re.search(r"[,;.()\[\]]|\d{4}", words) or len(rest) < 2 or any(
            p.kind != LINK and fields.without_trailing_marks(p.text).strip(" []|/·,") or p.kind == LINK and not
            links.label_word(p.text)
            for p in rest[1:]):
        return False
    return not (venues.parse(words) or venue_words.in_words(words) or people.parse(words) and not
                people.TITLE_WORDS.search(words))  # ("Expression Recognition" is no one's name)


_JOINING_WORD = re.compile(rf"\s*(?:{_JOINS})\s")
_JOINING_END = re.compile(rf"\s(?:{_JOINS}|in|the|a|an)\s*$")
# ("Supersizing Self-supervision: Learning to Grasp from 50K Tries and" / "700 Robot Hours. [[pdf]](..)")


def _badge(badge: links.Badge, entry: ListEntry, href: str | None = None, label: str = "") -> None:
    """What a badge says, into *entry*; a linked badge that says nothing else is a link named by its label."""
    if badge.kind == "code":
        entry.code_labelled = True
    if badge.kind == "code" and not entry.code:
        entry.code = badge.value
    elif badge.kind == "paper" and href:
        add_link(entry, "paper", href, badge=True)
        if badge.venue and not entry.venue:
            entry.venue = entry.venue_written = badge.venue
    elif badge.kind == "venue" and not entry.venue and _NO_VENUE.match(badge.value):
        entry.date_year = entry.date_year or venues.year_in(badge.value)  # "![](badge/None-2018-skyblue)" (aliemo/
        # transfomers-silicon-research): no venue, its year
    elif badge.kind == "venue" and not entry.venue:
        entry.venue = entry.venue_written = badge.value
    elif badge.kind == "date":
        entry.date_year = entry.date_year or int(badge.value)
        entry.journal_year = entry.journal_year or badge.own
    elif badge.kind == "none" and href and label:  # "<a href='github.com/vis-nlp/OpenCQA'><img src='.../badge/
        add_link(entry, label, href, badge=True)  # Dataset-red'></a>" (khuangaf/Awesome-Chart-Understanding)


_NO_VENUE = re.compile(r"(?i:none|n/?a|unknown|tbd|-)\s+(?:19|20)\d\d$")
_DATE_TEXT = re.compile(  # a link's text that is a date: "5 Jun 2022", "Feb 2023", "2022-06-05", "[2023.02]", "[2024]"
    r"\[?\s*(?:(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:\d{1,2},?\s+)?"
    r"(?:19|20)\d\d|(?:19|20)\d\d(?:[./-]\d{1,2}(?:[./-]\d{1,2})?)?)\s*\]?", re.IGNORECASE)  # (a year alone:
# "DualAnoDiff: ... [[2024]](arXiv)[[code]](..)", M-3LAB/awesome-anomaly-synthesis)


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


# -- links ------------------------------------------------------------------

# "[arXiv:2403.18553](..)": an arXiv ID as a link's text
_ARXIV_ID_TEXT = re.compile(r"\[?arXiv\s*[:：]?\s*\d{4}\.\d{4,5}(?:v\d+)?\]?", re.IGNORECASE)
_RANKED = re.compile(r"([^,]{2,30}),\s*((?:CCF|CORE)[\s-]?[A-C]\*?|[A-C]\*?[\s-]?(?:class|rank))", re.IGNORECASE)


_NAME_DASH_YEAR = re.compile(r"([A-Z][A-Za-z&]+(?: [A-Z][A-Za-z&]+){0,3})-((?:19|20)\d\d)")
_NAME_PLUS = re.compile(r"([A-Z][\w'’-]+)\+,?\s*(\S.{0,30})")
_YY_MONTH = re.compile(r"(\d\d)(?:/(?:1[0-2]|0?[1-9]))?")


def _plus_where(text: str) -> tuple[str | None, int | None] | None:
    """``ICLR19``, ``23/7``, ``19``: where (and when) or when, after a first author's "Name+"."""
    found = venues.parse(text)
    if found and found[1]:
        return found
    dated = _YY_MONTH.fullmatch(text.strip())
    return (None, venues.full_year(dated.group(1))) if dated else None


def _named_venue_label(text: str, kind: str) -> tuple[str, int] | None:
    """A link's label that names a venue in words and its year, where venues.parse knows no such name:
    ``[Sensors-2020](mdpi.com/..)``, ``[Eurographics-2019](pdf)`` beside ``[CVPR-2023](..)`` (rebeccaeexu/Awesome-
    High-Dynamic-Range-Imaging's Paper column: a name, a dash, the year); ``[[Control Engineering Practice 2024](
    sciencedirect)]`` (HazeDT/Awesome-Explainable-IFD-Library, beside ``[[TIM 2025](..)]``), linking the paper
    itself. Not "[Project Page 2022]": what the link is."""
    dashed = _NAME_DASH_YEAR.fullmatch(text)
    if dashed:
        return venue_words.in_words(f"{dashed.group(1)} {dashed.group(2)}")
    name = text[:-4].strip()
    if kind == links.OTHER or len(name.split()) < 2 or links.label_word(name) or _LINK_KIND_WORD.search(name):
        return None
    return venue_words.in_words(text, least=2)


_LINK_KIND_WORD = re.compile(r"\b(?:code|data|demo|video|slides?|page|project|blog|post|talk|poster|website|"
                             r"supplementary|appendix|github|paper|pdf|arxiv)\b", re.IGNORECASE)


_VENUE_THEN_PAPER = re.compile(r"(.{2,40}?)\s+[Pp]aper")
_PAPER_THEN_VENUE = re.compile(r"(?i:paper)(?:\s+[-–—|]\s+|\s*[:,]\s*|\s*\()([^()]{3,30}?)\)?")  # (not "[Paper-
# PAMI13]" beside "[Paper-ICML12]", kjw0612/awesome-deep-vision: two papers' links, each named for its own)


def add_link(entry: ListEntry, text: str, href: str, badge: bool = False, title: bool = False) -> None:
    if not href.strip():  # "[[pdf]]() [[code]]()" (nguyentthong/Paper-VLP, 33 entries): a link left to fill in,
        entry.paper_pending = entry.paper_pending or links.label(text) in ("paper", "pdf")  # no link (not one into
        return  # the list itself); one named for the paper still says the entry is one (gaomingqi/VOS-Review)
    target = links.classify(href)
    href = target.href if target.kind not in (links.LOCAL, links.ANCHOR) else href  # ("vsitzmann.github.io/lfns/":
    # the address with its scheme, as a link is kept)
    name = links.label(text) if not title else "paper"
    if not title and not badge and links.names_code(text):
        entry.code_labelled = True  # "[[code](..)]": the entry is a paper with code
    as_venue = venues.parse(text) if not title and not badge and len(text) <= 40 else None
    said = _PAPER_THEN_VENUE.fullmatch(text.strip("[] ")) if not as_venue and not title and not badge and \
        not entry.venue and target.kind in links.PAPER_KINDS and text[:5].lower() in ("paper", "[pape") else None
    if said and (found := venues.parse(said.group(1))) and found[1]:  # "[Paper - ICML 2020](arXiv)" (ratthachat/
        as_venue = found  # awesome-biochem-ai): the paper, and where it appeared
    said = _VENUE_THEN_PAPER.fullmatch(text.strip("[]* ")) if not as_venue and not title and not badge and \
        not entry.venue and target.kind in links.PAPER_KINDS and text.rstrip("]* ")[-5:].lower() == "paper" else None
    if said and (found := venues.parse(said.group(1))) and found[1]:  # "[**CVPR 24 Paper**](arXiv)" (mini-sora/
        as_venue = found  # minisora, 81 lines): where it appeared, then the paper
    ranked = _RANKED.fullmatch(text.strip("[] ")) if not as_venue and not title and not badge and "," in text else None
    if ranked and (as_venue := venues.parse(ranked.group(1))) and as_venue[1]:  # "[[ICML2022, CCF-A](..)]"
        entry.notes.append(ranked.group(2))  # (malware-defense/adversarial_detection_papers, 37 entries): where it
        # appeared, and the rank a list of venues gives that venue
    if not as_venue and not title and not badge and target.kind in (links.PAPER, links.DOI) and \
            venue_words.journal_named(text):  # "Ding et al., [Journal of Intelligent Manufacturing](semanticscholar
        # .org/paper/..)"
        as_venue = (text.strip(), None)  # (GuangtaoLyu/awesome-motion-prediction, 19 entries): where it appeared
    if not as_venue and not title and not badge and text.rstrip("] ")[-4:].isdigit() and target.kind in (
            links.PAPER, links.DOI, links.OTHER):  # (in brackets too: "[[IEEE Access 2021]](ieeexplore)")
        as_venue = _named_venue_label(text.strip("[] "), target.kind)
    if not as_venue and not title and not badge and target.kind in (links.PAPER, links.DOI) and "(" in text:
        as_venue = _journal_reference(text.strip("[] "))  # "[Nat Commun 14, 4552 (2023)](doi)"
    if not as_venue and target.kind == links.ARXIV and not title and not badge:
        # "[arXiv 2308](arxiv.org/pdf/2308.03303)", "[[arXiv 2025.06](arxiv.org/abs/2506.15498)]"
        as_venue = preprints.arxiv_month_label(text.strip("[] "), target.arxiv) or preprints.posted_as_venue(text) \
            or preprints.posted_on_day(text)
        if not as_venue and _ARXIV_ID_TEXT.fullmatch(text.strip()) and not entry.venue_cited:
            entry.venue_cited = ("arXiv", "")  # "[arXiv:2403.18553](..)": as the ID written out, which the rules
            # read as the venue arXiv, when the entry states none (Manchester921/Awesome-Image-Retrieval, 71 lines)
    plus = _NAME_PLUS.fullmatch(text.strip("[] ")) if "+" in text and not (title or badge or as_venue) else None
    if plus and target.kind in (links.PAPER, links.OTHER, links.DOI, links.ARXIV) and (
            when := _plus_where(plus.group(2))) is not None:  # "[[Huang+, ICLR19](arXiv)]", "[[Cosenza+, 23/7](..)]"
        entry.authors = entry.authors or [plus.group(1)]  # (InabaTatsuro/papers, every paper): the first
        as_venue = when if when[0] else None  # author ("+": and others), and where or when
        entry.date_year = entry.date_year or when[1]
        name = "paper"
    if not as_venue and not title and not badge and _DATE_TEXT.fullmatch(text) and target.kind in links.PAPER_KINDS:
        # "[[5 Jun 2022]](arXiv)": when it came out
        entry.date_year = entry.date_year or venues.year_of_date(text.strip("[] "))
        if not text.strip("[] ").isdigit():  # (links named by a year alone keep their names: "[[2019]](..) [[2017]](
            name = "paper"  # ..)", one report a year, songjiang0909/awesome-knowledge-graph-construction)
    if as_venue and target.kind in (links.PAPER, links.OTHER, links.DOI, links.ARXIV):
        if not entry.venue:  # "[[ICCV 2023](https://openaccess.thecvf.com/...)]": the venue names the paper link
            entry.venue, entry.venue_written = as_venue[0], f"[{text}]"
        elif as_venue[1]:  # "- (TCL) Title. [[NeurIPS16]](pdf)" (ErdunGAO/Awesome-Identifiable-Models): the
            offer_venue(entry, as_venue[0], f"[{text}]")  # link's label names the venue, with its year (or where
            # the preprint first linked appeared: "([Arxiv 2008](arXiv)) ... [AAAI 2021](..)", ``posted_first``)
        name = "paper"
        if target.kind == links.OTHER:
            target = links.Target(links.PAPER, href)
    if not badge and not title:
        entry.link_labels.append(text.strip("[] ") or name)
    if target.kind == links.ANCHOR:
        entry.anchors += 1
        return
    if target.kind == links.LOCAL:
        if as_venue and as_venue[1] and not entry.venue:  # "([ASE2024](../venues/ASE2024/README.md))" (wcphkust/LLM-
            entry.venue, entry.venue_written = as_venue[0], f"[{text}]"  # PLSE-paper): the list's page of a venue
        if href.lower().endswith(".pdf") and not (entry.url or entry.arxiv or entry.doi):
            entry.links.setdefault("pdf", href)  # "[2019-SIGMOD-FITing-Tree_Data-aware-Index](papers/2019-SIGMOD-
            entry.stated = True  # ....pdf)" (YXWei/Awesome-learned-index, 82 entries): the paper, kept in the list's
            # own repository (a link, not the paper's URL: the library keeps web addresses there)
        return
    if target.kind == links.PLACEHOLDER:
        entry.links.setdefault(name, href)
        return
    if target.kind == links.ARXIV:
        if not badge and not title and not as_venue and not links.label_word(text):
            entry.named.append((target.arxiv, text.strip()))  # "[MiniLLM](arXiv)": a paper named by its name
        if not entry.arxiv:
            entry.arxiv, entry.version = target.arxiv, target.version
            return
        if target.arxiv != entry.arxiv:  # two papers' IDs in one entry: the first is its own, the other kept
            entry.doubts.append(f"two arXiv IDs, {entry.arxiv} and {target.arxiv}: read {entry.arxiv} as the "
                                f"paper's, kept {target.arxiv} as the link '{name}'")
            if name not in entry.links:
                entry.links[name] = href
        return
    if target.kind in (links.DOI, links.PAPER) and not badge and not title and not as_venue \
            and not links.label_word(text) and len(text.split()) <= 4:
        entry.named.append((href, text.strip()))  # "[BIG-bench](doi), [SCAN](mlr.press)": papers named in short
    if target.kind == links.DOI:
        if not entry.doi:
            entry.doi = target.doi
            if not entry.url and not entry.arxiv:  # the paper's link as the list writes it ("dx.doi.org")
                entry.url = href
        elif target.doi != entry.doi and name not in entry.links:
            entry.links[name] = href  # another paper's DOI: kept under its label, not dropped
        return
    if target.kind == links.OTHER and not title and links.names_code(text) and links.is_code_host(links.host(href)):
        target = links.Target(links.CODE, href)  # "[Repo](github.com/o/r/issues/2)": a note there, named as the code
    if target.kind in (links.CODE, links.OTHER) and not (title or badge) and links.names_citation(text):
        entry.links.setdefault(name, href)  # "[[bib]](github.com/o/r/blob/master/bibtex.bib#L8-L26)": how to
        return  # cite it, kept; never its code, and no other site's page
    if target.kind == links.CODE and (links.names_code(text) or title or links.is_repository(href)) \
            and not links.names_paper(text):
        if not entry.code and (links.names_code(text) or name in ("project", "project page", "page") or title
                               or not entry.links):
            entry.code = href
            return
        if href == entry.code:
            return
    if target.kind == links.PAPER or (links.names_paper(text) and target.kind == links.OTHER
                                      and not links.not_paper_host(href)):
        to_fill = links.id_to_fill(href)  # ("[QLora](https://arxiv.org/abs/xxxxxxx)", Alululululululu/awesome-
        if not entry.url and not entry.arxiv and not entry.doi and not to_fill:  # stable-diffusion-papers, 38 rows:
            entry.url = href  # an ID left to fill in, no paper's address, which would make them all one paper;
            return  # kept as their link, and saying that it is one)
        entry.stated = entry.stated or to_fill
    if target.kind == links.OTHER or target.kind == links.CODE:
        entry.other_hosts.append(links.host(href))
    if name not in entry.links and href not in entry.links.values() and href != entry.url:
        entry.links[name] = href


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
