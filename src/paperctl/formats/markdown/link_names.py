"""What a link says of the entry it is in (``add_link``): the paper's address, its code, or a named link kept;
and what its name says beside that: where the paper appeared (``[[ICCV 2023](..)]``, ``[**CVPR 24 Paper**](arXiv)``,
``[Nat Commun 14, 4552 (2023)](doi)``), when (``[[5 Jun 2022]](arXiv)``), who wrote it (``[[Huang+, ICLR19](..)]``),
its ID written out. Every reader of an entry's links gives them here, so that one place decides."""

from __future__ import annotations

import re

from . import links, preprints, venue_words, venues
from .model import ListEntry, offer_venue

_DATE_TEXT = re.compile(  # a link's text that is a date: "5 Jun 2022", "Feb 2023", "2022-06-05", "[2023.02]", "[2024]"
    r"\[?\s*(?:(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:\d{1,2},?\s+)?"
    r"(?:19|20)\d\d|(?:19|20)\d\d(?:[./-]\d{1,2}(?:[./-]\d{1,2})?)?)\s*\]?", re.IGNORECASE)  # (a year alone:
# "DualAnoDiff: ... [[2024]](arXiv)[[code]](..)", M-3LAB/awesome-anomaly-synthesis)


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


_JOURNAL_ABBREVIATED = re.compile(r"(?:[A-Z][a-z]{0,11}\.? ){1,4}[A-Z][a-z]{0,11}\.")  # ISO 4: "Nat. Chem."


def _journal_short(text: str) -> bool:
    """``JCIM``, ``Nature``, ``Biochemistry``, ``Nat Mach Intell``, ``Science Advances``: a journal's short name,
    as a link to the paper's DOI is named below its title (zhaisilong/awesome-peptide, 120 lines). Not a
    publisher (``[ELSEVIER](doi)``), nor words that could be a title or a name (``[Giving Machines Humanlike
    Eyes](doi)``, a title it was also published as; ``[Kandinsky Patterns](doi)``, a dataset's paper)."""
    words = text.split()
    if not words or len(words) > 4 or _PUBLISHER.fullmatch(text) or links.label_word(text):
        return False
    if len(words) == 1:
        return bool(_ACRONYM.fullmatch(text)) or text in venue_words.JOURNAL_FIRST or text.endswith(_SUBJECTS)
    return words[0] in venue_words.JOURNAL_FIRST or words[0] in _ABBREVIATED_FIRST or venue_words.journal_named(text)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_JOURNAL_YEAR = re.compile(r"([^\d()]+?)(?: \(((?:19|20)\d\d)\))?")
_SUBJECTS = ("istry", "ics", "ogy")  # "Biochemistry", "Bioinformatics", "Neurobiology"
_ABBREVIATED_FIRST = frozenset("Nat Sci Chem J Proc Brief Comput Mol Bioinform PLoS PLOS npj Drug Curr Trends Annu "
                               "Nucleic Phys Med Biol".split())
_PUBLISHER = re.compile(r"(?i:elsevier|wiley|science ?direct|pubmed|pmc|ncbi|acs|rsc|bmc|mdpi|frontiers|taylor|"
                        r"sage|oxford|cambridge|aip|iop|cup|pkp|publisher|article|online|here|view|read|full text|si)")
# ("[SI](doi)": the supplementary information)


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
    if not as_venue and not title and not badge and target.kind == links.DOI and _JOURNAL_ABBREVIATED.fullmatch(
            text.strip()) and not links.label_word(text):  # "[Chem. Sci.](doi.org/..)", "[J. Am. Chem. Soc.](..)"
        as_venue = (text.strip(), None)  # (zhaisilong/awesome-peptide, 49 lines): the journal, abbreviated, linking
        entry.journal_year = True  # the paper's DOI (the day the entry gives is when it came out there)
    if not as_venue and not title and not badge and target.kind == links.DOI and entry.title and \
            entry.shape != "table" and (short := _JOURNAL_YEAR.fullmatch(text.strip())) and _journal_short(
                short.group(1)):
        year = int(short.group(2)) if short.group(2) else None  # "[JCIM](doi.org/..)", "[Drug Discovery Today](
        as_venue = (f"{short.group(1)} {year}" if year else short.group(1), year)  # doi.org/..)" below the title
        # (zhaisilong/awesome-peptide, 120 lines), "[Nat Mach Intell (2025)](doi.org/..)" (AspirinCode's lists):
        # the journal's short name, linking the paper's DOI
    if as_venue and not as_venue[1] and target.kind == links.DOI and not title and not badge:
        entry.journal_year = True  # "[Nature](doi.org/..)": the journal takes the entry's year (when it came out)
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
