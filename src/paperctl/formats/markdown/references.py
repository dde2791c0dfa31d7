"""Whole references written as an entry, read before its title is looked for: an APA reference as
the entry's text or as its title link's (``Zhang, S., ... & Zeng, W. (2023). Title. Journal, 3(1).``), a GB/T
7714 reference (``Xia F, Liu T Y, et al. Title[C]//Proceedings of ..., 2008.``). ``titles`` asks
these readers first; each says what it read into the entry and gives back what is left to read. (An MLA
citation with its title in quotes is ``quoted``'s.)
"""

from __future__ import annotations

import re

from ...identifiers import try_normalize_doi
from . import acm_refs, fields, links, makers, people, venue_words, venues
from .apa import apa_citation, looks_harvard
from .link_names import add_link
from .model import ListEntry, Tok, apply_tail, offer_venue
from .proceedings import PROCEEDINGS_OF

# "**scGPT** (Cited by 25): ", "(**PGExplainer**) ": a name before an APA reference
_NAME_COLON = re.compile(r"\s*([^:：()]{1,40}?(?:\s*\([^()]{1,60}\))?)\s*[:：]\s+|\s*\(([^()]{1,40})\)\s+|"
                         r"\s*\[([^\[\]()]{1,40})\]\s+|\s*([a-z][\w]{0,15}-[\w-]{1,15})\s+(?=[A-Z][\w'’-]+, [A-Z]\.)")
# ("[VAE] Kingma, D. P., & Welling, M. (2014). ...", kingsj0405/awesome-face-related-list: the name the list knows it
# by, in brackets; "r-vector Zeinali, H., Wang, S., ... (2019). ...", mrjunjieli/awesome_speaker: before the names)
_JOURNAL_CITED = re.compile(r"(?:In\s+)?([A-Za-z][^,.()\d]{1,120}?)\s*(?:,|\.|\(|$)")


def apa_reference(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``Zhang, S., Fan, R., ... & Zeng, W. (2023). Applications of transformer-based language models in
    bioinformatics: a survey. Bioinformatics Advances, 3(1), vbad001. [Paper](..)`` (qiliu-ghddi/singlecell_gpt):
    an APA reference in the entry's own text, after a name perhaps (``**scGPT** (Cited by 25): ...``, a note):
    its authors, year, title and journal (with that year). The tokens after it, or None."""
    k = 0
    while k < len(toks) and toks[k].kind == "text" and not toks[k].code:
        k += 1
    text = "".join(t.text for t in toks[:k])
    if k == 0 or "(" not in text and not looks_harvard(text) or len(text) > 1500:
        return None
    named = _NAME_COLON.match(text)
    apa = apa_citation(text[named.end():] if named else text)
    if apa is None and named:
        named, apa = None, apa_citation(text)
    if apa is None or entry.title:
        return None
    entry.authors, entry.date_year, entry.title = apa[0], apa[1], apa[2]
    entry.journal_year = True
    if named:
        entry.notes.append(" ".join(next(g for g in named.groups() if g).replace("*", "").split()))
    rest = _identifiers_read(apa[3].strip().rstrip("[" + fields.LEFT).rstrip(), entry)  # (not "[[paper](..)]"'s "[")
    where = apa_venue(rest, apa[1]) if rest and not entry.venue else None
    if not rest and entry.arxiv and apa[3].strip() and not entry.venue:  # '"Title" - arXiv:2206.02654'
        where = f"arXiv {apa[1]}"
    if where:
        offer_venue(entry, where, rest)
    if rest and rest != where and (not where or any(c.isdigit() for c in rest.replace(str(apa[1]), ""))):
        entry.notes.append(rest)  # ("Bioinformatics Advances, 3(1), vbad001.": its volume and pages, kept)
    entry.shape = "citation" if entry.shape == "bracket" else entry.shape
    if k < len(toks) and toks[k].kind == "link" and _URL_LABEL.search(apa[3]):
        href = toks[k].href  # "URL: https://transformer-circuits.pub/...": the paper's address
        if not entry.url and links.classify(href).kind in (links.PAPER, links.OTHER):
            entry.url = href
        else:
            add_link(entry, "paper", href)
        return toks[k + 1:]
    return toks[k:]


# What a reference ends with to say where the paper is: "arXiv:1812.08951, DOI:10.1162/tacl_a_00254", "URL:"
# (before the address, a link of its own)
_DOI_TEXT = re.compile(r"[,;]?\s*\bdoi\s*:\s*(10\.\d{4,9}/\S+?)(?=[.,;]?(?:\s|$))[.,;]?", re.IGNORECASE)
_URL_LABEL = re.compile(r"[,;.]?\s*\bURL\s*:\s*$")


def _identifiers_read(rest: str, entry: ListEntry) -> str:
    """*rest* without the arXiv ID, DOI and "URL:" label that end a reference, each ID given to
    *entry* where it has none (``*ICLR*. arXiv:2211.00593, DOI:10.48550/arXiv.2211.00593``)."""
    given = rest
    if "arxiv:" in rest.lower() and (found := venues.arxiv_in_text(rest)):
        entry.arxiv = entry.arxiv or found[0].split("v")[0]
        rest = rest[: found[1]] + rest[found[2]:]
    if "doi" in rest.lower() and (doi := _DOI_TEXT.search(rest)):
        entry.doi = entry.doi or try_normalize_doi(doi.group(1))
        rest = rest[: doi.start()] + rest[doi.end():]
    cut = _URL_LABEL.sub("", rest)
    return cut.strip(" .,;-–—") if cut != given else rest


def apa_venue(rest: str, year: int) -> str | None:
    """Where an APA reference says its paper appeared (*rest*: what follows the title), with the
    reference's *year*: ``In NeurIPS 2022.``, ``In Proceedings of the 27th ACM SIGKDD Conference ...
    (pp. 3775-3785).``, ``Bioinformatics Advances, 3(1), vbad001.``; None when it names none."""
    rest = "In " + rest[3:].lstrip() if rest.startswith("In:") else rest  # (Harvard's "In:")
    if rest.startswith(f"{year} ") and rest[5:6].isupper():  # "(2013). Title. 2013 IEEE International Conference
        rest = rest[5:]  # on Computer Vision." (bobochow/Study-notes): the proceedings' name, their year first
    found = _where_cited(rest, year)
    if found:
        return found[0]
    held = _HARVARD_IN.fullmatch(rest) if rest.startswith("In ") else None
    if held and _MEETING_WORD.search(held.group("name")):  # "In Proceedings of the First Workshop on Abusive
        name = _COUNTED.sub("", PROCEEDINGS_OF.sub("", held.group("name")))  # Language Online. Vancouver, Canada:
        return f"{name} {year}"  # Association for Computational Linguistics, pp.52-56." (Harvard: apa.harvard_citation)
    journal = _JOURNAL_CITED.match(rest) if not rest.startswith("In ") else None
    return f"{journal.group(1).strip()} {year}" if journal else None


def _where_cited(rest: str, year: int) -> tuple[str, fields.Tail | None] | None:
    """The venue *rest* names as a citation's tail (``In NeurIPS 2022.``, with the tail read) or as
    proceedings in words (``In International Conference on Machine Learning (pp. 1760-1770). PMLR.``,
    with None), with *year* when it gives none; None when it names neither."""
    tail = fields.citation_tail(rest) if rest else None
    if tail is not None and tail.explained and tail.venue and not tail.authors:
        return (tail.venue if venues.year_in(tail.venue) else f"{tail.venue} {year}"), tail
    named = _IN_PROCEEDINGS.fullmatch(rest)
    if named and venue_words.in_words(f"{named.group(1)} {year}"):
        return f"{named.group(1)} {year}", None
    journal = _JOURNAL_VOLUME.fullmatch(rest)
    if journal:  # "Advances in Neural Information Processing Systems, 33, 6637-6647." (yataobian/awesome-ebm)
        return f"{journal.group(1).strip()} {year}", None
    return None


# Harvard's proceedings: "In <name>. <City, Country>: <Publisher>, pp.52-56." (its "In:" read as "In")
_HARVARD_IN = re.compile(r"In (?P<name>[A-Z][^.()]{3,200}?)\.(?:\s+[A-Z][^:.]{1,60}:\s+[^.]{2,100}?)?"
                         r"(?:,\s*pp?\.\s*[\w–-]+)?\.?")
_MEETING_WORD = re.compile(r"\b(?:Conference|Workshop|Symposium|Meeting|Congress)\b")
_COUNTED = re.compile(r"^(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|"
                      r"(?:19|20)\d\d)\s+")  # (the meeting's number or year before its name)

# A journal, its volume (and issue), and its pages or article number: "Neural computation, 18(7), 1527-1554."
_JOURNAL_VOLUME = re.compile(r"([A-Z][^,.()\d]{2,120}?),\s*\d{1,4}(?:\(\d{1,4}\))?(?:,\s*[\w–-]{1,20})?\.?")


def cited_in_link(entry: ListEntry) -> None:
    """A title link whose text is a whole APA reference (``apa.apa_citation``): its authors,
    year and title taken apart; what follows the title (where it appeared) kept as a note. Or a
    whole MLA reference (``Rosenbaum, Paul R., and Donald B. Rubin. "The central role of ..."
    Biometrika 70, no. 1 (1983): 41-55.``): the names, the quoted title and where it appeared."""
    title = entry.title or ""
    acm = acm_refs.read(title, entry) if not entry.authors and ". " in title else None
    if acm:  # "[Giriprasad Sridhara, ..., and K. Vijay-Shanker. 2010. Title. In Proceedings of ... (ASE '10).](acm)"
        entry.title = acm
        return
    gbt = _NAMES_THEN_TITLE.fullmatch(title) if not entry.authors and ". " in title[:200] else None
    names = [people.given_first(n) for n in people.parse(gbt.group("names"))] if gbt else []
    parts = gbt.group("names").split(", ") if gbt else []
    if len(parts) >= 2 and names and all(_SURNAME_INITIALS.fullmatch(n) for n in parts):  # (two at least: not
        # "David S. Batista - Named-Entity ...", a name and an initial)
        # "[Kondmann L, Toker A, Saha S, et al. SiROC: Spatial Context Awareness for ...](github)" (wenhwu/awesome-
        # remote-sensing-change-detection, 40 lines): a GB/T reference's names and title, the paper's own words
        entry.authors, entry.title, entry.stated = names, gbt.group("title").strip(), True
        where = _GBT_WHERE_AFTER.search(entry.title)  # "... networks. Proceedings of Machine learning and systems,
        if where and len(entry.title[: where.start()].split()) >= 2:  # 2020, 2: 429–450" (GUoGUoWi/Awesome-
            entry.notes.append(where.group(1).strip(" ,."))  # Federated-Transfer-Learning, 59 rows): where, a note
            entry.date_year = entry.date_year or int(where.group(2))
            entry.title = entry.title[: where.start()]
        return
    mla = _MLA_LINK.fullmatch(title) if not entry.authors and ('"' in title or "“" in title) else None
    names = people.parse(mla.group("names")) if mla else []
    if mla and names:
        entry.authors, entry.title = names, mla.group("title").strip()
        where = mla_where(mla.group("rest"))
        if where:
            offer_venue(entry, where[0], mla.group("rest").strip())
            entry.date_year = entry.date_year or where[1]
        elif mla.group("rest").strip():
            entry.notes.append(mla.group("rest").strip())
        return
    apa = apa_citation(title) if not entry.authors and (title.endswith(")") or ". (" in title) else None
    if apa:
        entry.authors, entry.date_year, entry.title = apa[0], apa[1], apa[2]
        rest = apa[3].strip()
        entry.notes += [rest] if rest else []
        found = _where_cited(rest, apa[1])
        if found is None:
            return
        venue, tail = found
        # "In NeurIPS 2022.", "arXiv preprint arXiv:2012.01234." (yataobian/awesome-ebm): where it appeared, all the
        # note says (the note goes when the venue is taken: finishing.finish), unless it cites an ID the link does not
        # give; proceedings in words ("... (pp. 1760-1770). PMLR.") keep their note
        cited_id = tail.arxiv.split("v")[0] if tail is not None and tail.arxiv else None
        said_all = tail is not None and cited_id in (None, entry.arxiv)
        entry.venue_cited = (venue, rest if said_all else "")


_NAMES_THEN_TITLE = re.compile(r"(?P<names>[^.]{2,300}?)\.\s+(?P<title>[A-Z0-9][^\[\]]{8,400})")
_SURNAME_INITIALS = re.compile(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?(?: [A-Z]{1,3}| [A-Z](?: [A-Z]){1,2})|et al|others")
# Where a GB/T reference says the paper appeared, after its title: ". Proceedings of ..., 2020, 2: 429–450",
# ". arXiv preprint arXiv:2006.16765, 2020"
_GBT_WHERE_AFTER = re.compile(r"\.\s+(In:?\s+.{3,200}?|[A-Za-z][^.]{2,150}?(?:arXiv:\d{4}\.\d{4,5})?[^.]{0,40}?)[.,]"
                              r"\s*((?:19|20)\d\d)\b[^.]{0,40}$")


def mla_where(text: str) -> tuple[str, int] | None:
    """Where an MLA reference (Google Scholar's) says the paper appeared, after its quoted title:
    ``Biometrika 70, no. 1 (1983): 41-55.`` (a journal, its volume and issue, the year), ``34th
    International Conference on Machine Learning (ICML), August 2017.`` (a meeting named by its
    initials), ``Advances in Neural Information Processing Systems. 2017.``: (venue, year), as stated,
    or None (kalinlau/awesome-causal-learning, about 46 rows)."""
    text = _MLA_PAGES.sub("", text.strip().removeprefix("In ")).strip()  # ("In ..., pp. 2638-2648. 2018.")
    found = venues.parse(text.rstrip(". "))  # ("ICML2019", "CIKM 2018.")
    if found and found[1]:
        return found[0], found[1]
    tail = fields.citation_tail(text) if "arXiv" in text else None  # ("arXiv preprint arXiv:1802.05664 (2018).")
    if tail is not None and tail.venue and tail.year:
        return venues.as_arxiv(tail.venue, tail.year), tail.year
    m = _MLA_JOURNAL.match(text) or _MLA_MEETING.search(text) or _MLA_NAMED.fullmatch(text) or \
        _MLA_PAREN_YEAR.fullmatch(text)
    return (f"{m.group('name').strip()} {m.group('year')}", int(m.group("year"))) if m else None


_MLA_JOURNAL = re.compile(r"(?P<name>[A-Z][^()\d:]{2,100}?),?\s+\d{1,4}(?:\.\d{1,5})?(?:,\s*no\.\s*\d{1,4})?\s*"
                          r"\((?P<year>(?:19|20)\d\d)\)")
_MLA_MEETING = re.compile(r"\((?P<name>[A-Z][A-Za-z]{1,10})\),?\s+(?:[A-Z][a-z]{2,8}\.?\s+)?"
                          r"(?P<year>(?:19|20)\d\d)\.?$")
_MLA_NAMED = re.compile(r"(?P<name>[A-Z][^.()\d]{3,100}?)[.,]\s*(?P<year>(?:19|20)\d\d)\.?")
_MLA_PAGES = re.compile(r",?\s*pp\.\s*\d+\s*[-–]\s*\d+")
_MLA_PAREN_YEAR = re.compile(r"(?P<name>[A-Z][^()\d]{2,100}?)\s*\((?P<year>(?:19|20)\d\d)\)\.?")
_MLA_LINK = re.compile(r"(?P<names>[^\"“”]{3,400}?)\.?\s*[\"“](?P<title>[^\"“”]{8,400}?)[.,]?[\"”]\s*(?P<rest>.*)")
_IN_PROCEEDINGS = re.compile(r"In ([A-Z][^()]{3,80}?)\s*(?:\((?:pp|vol)\.[^()]*\))?(?:\.\s+[A-Z][\w.]{0,10})?\.?")
# (the publisher after a stop: "In International Conference on Machine Learning (pp. 1760-1770). PMLR."; not the
# name's last word: "In Advances in Neural Information Processing Systems.", Evolutionary-Intelligence/
# DistributedEvolutionaryComputation, 17 of its 24 papers)


# A reference as China's GB/T 7714 writes it: "Xia F, Liu T Y, Wang J, et al. Listwise approach to
# learning to rank: theory and algorithm[C]//Proceedings of the 25th international conference on Machine
# learning. ACM, 2008: 1192-1199." (YuyangZhangFTD/awesome-RecSys-papers): the authors, family name
# first, the title, its kind ([C] a proceedings paper, [J] an article...), where, the publisher, the year.
GBT_KIND = rf"\[(?P<kind>{fields.GBT_KINDS})\]\s*(?://|\.)"  # "[C]//", "[J]." (runs reads it after a bold title)
_GBT = re.compile(r"(?P<authors>[^\[\].]{2,400}?)\.\s+(?P<title>[^\[\]]{4,400}?)\s*"
                  rf"{GBT_KIND}\s*(?:(?P<venue>[^.\[\]]{{2,200}}?)[.,]\s*"
                  r"(?:[^,.\[\]]{1,60},\s*|[A-Z][^,.\[\]]{0,59},\s*[A-Z][^,.\[\]]{0,59},\s*)?)?"
                  r"(?P<year>(?:19|20)\d\d)\b[^\[\]]*")  # (the publisher, and where: "Springer, Cham, 2016")


_GBT_NO_PAPER = {"D": "a thesis", "M": "a book"}


def standard_citation(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """A GB/T 7714 reference in the entry's first text (see ``_GBT``): the tokens after it, or None."""
    m = _GBT.match(toks[0].text.strip())
    names = people.parse(m.group("authors")) if m else []
    if not m or not names:
        return None
    entry.title = m.group("title").strip()
    entry.authors = [people.given_first(n) for n in names]  # ("Liu T Y" is T Y Liu)
    if m.group("venue"):
        offer_venue(entry, f"{m.group('venue').strip()} {m.group('year')}", m.group())
    entry.date_year = int(m.group("year"))
    entry.shape = "citation" if entry.shape == "bracket" else entry.shape
    said = _GBT_NO_PAPER.get(m.group("kind"))
    entry.kind_said = entry.kind_said or said  # "* 李易容. 结合OD矩阵的城市地铁客流量预测研究[D].南京大学,2020."
    # (LincanLi98/Spatio-Temporal-Urban-Computing-Papers): [D] marks a thesis, [M] a book, no papers
    rest = toks[0].text.strip()[m.end():]
    return ([Tok("text", rest)] if rest.strip() else []) + toks[1:]


def comma_citation(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``S. S. Keerthi and B. Ravindran, A Tutorial Survey of Reinforcement Learning, Sadhana, 1994.
    [[Paper]](..)`` (aikorea/awesome-rl, about 36 entries): the authors, the title, the venue and the year,
    each after a comma (no authors before a known venue). The authors are the parts from the start that
    are each names; the title, which may hold a comma of its own (``Reinforcement Learning in Robotics, A
    Survey``), is what is left before the venue. The tokens after the reference, or None when the line
    does not read so."""
    first = toks[0]
    m = _COMMA_TAIL.search(first.text) if not (first.strong or first.em or first.code) else None
    if not m or not _VENUE_WORDS.fullmatch(m.group(1).strip()):
        return None
    parts = first.text[: m.start()].strip().split(", ")
    inverted = _inverted_first(parts)
    joined = _names_joined_by_and(parts) if not inverted else 0
    k = inverted[1] if inverted else joined or next(
        (i for i, part in enumerate(parts) if not _one_or_two_names(part)), len(parts))
    venue = m.group(1).strip()
    if k == len(parts) and k >= 2 and not venues.is_known_name(venue) and len(venue.split()) >= 3 and \
            not venue_words.in_words(venue):  # "Mohamed Elfeki, ..., Ali Borji, Multi-Stream Dynamic Video
        # Summarization, 2018." (seriousran/awesome-video-sum, 7 lines): names, the title, the year; no venue
        entry.authors = [n for part in parts for n in people.parse(part)]
        entry.title, entry.date_year = venue, int(m.group(2))
        entry.shape = "citation" if entry.shape == "bracket" else entry.shape
        rest = first.text[m.end():]
        return ([Tok("text", rest)] if rest.strip() else []) + toks[1:]
    k = min(k, len(parts) - 1)  # ("..., Geoffrey Hinton, Deep Learning, Nature, 2015.": a title reads as a name)
    title = ", ".join(parts[k:])
    if not (k or venues.is_known_name(venue)) or len(title.split()) < 2 or not title[:1].isupper():
        return None  # (no names first: "Attention, Learn to Solve Routing Problems, ICLR, 2019.", a known venue)
    entry.authors = inverted[0] if inverted else people.parse(", ".join(parts[:k])) if joined else [
        n for part in parts[:k] for n in people.parse(part)]
    entry.title, entry.shape = title, "citation" if entry.shape == "bracket" else entry.shape
    found = venues.parse(f"{venue} {m.group(2)}")
    offer_venue(entry, found[0] if found else f"{venue} {m.group(2)}", m.group().strip(", "))
    entry.date_year = int(m.group(2))
    rest = first.text[m.end():]
    return ([Tok("text", rest)] if rest.strip() else []) + toks[1:]


def _inverted_first(parts: list[str]) -> tuple[list[str], int] | None:
    """The authors when the first is written family name first, as MLA does (``Otani, Mayu, et al., Title, ACCV,
    2016.``, ``Lee, Yong Jae, and Kristen Grauman, Title, ...``, seriousran/awesome-video-sum, 28 lines): the names
    and how many of *parts* they take; None when the reference does not begin so."""
    if len(parts) < 3 or not people.family_then_given(parts[0], parts[1]):
        return None
    names, k = [f"{parts[1]} {parts[0]}"], 2
    while k < len(parts) - 1:
        part = parts[k].removeprefix("and ").rstrip(".")
        if _ET_AL.fullmatch(part) or part in ("et al", "et. al"):
            k += 1
            break
        if not _one_or_two_names(part):
            break
        names += people.parse(part)
        k += 1
    return (names, k) if k > 2 else None


def _names_joined_by_and(parts: list[str]) -> int:
    """How many of *parts* (a reference cut at its commas) the authors take when BibTeX wrote them, family
    name first and "and" between (``Timofte, Radu and De Smet, Vincent and Van Gool, Luc, Title, ICCV, 2013.``,
    YapengTian/Single-Image-Super-Resolution): the longest run from the start that reads as names, every
    word a name's; 0 when there is none."""
    if len(parts) < 2 or " and " not in ", ".join(parts[:-1]):
        return 0
    for k in range(len(parts) - 1, 0, -1):
        written = ", ".join(parts[:k])
        if " and " not in written or not parts[k - 1].strip():
            continue
        names = people.parse(written)
        words = written.replace(",", " ").replace(" and ", " ").split()
        if names and len(" ".join(names).split()) == len(words):
            return k
    return 0


def _one_or_two_names(part: str) -> bool:
    """``Jens Kober``, ``S. S. Keerthi and B. Ravindran``: every word of the part in its names."""
    names = people.parse(part)
    return bool(names) and len(names) <= 2 and len(" ".join(names).split()) == len(part.replace(" and ", " ").split())


_COMMA_TAIL = re.compile(r",\s+([^,]{2,60}?),\s+((?:19|20)\d\d)\.?\s*$")
_VENUE_WORDS = re.compile(r"(?:[A-Z][\w&.'-]*)(?: (?:[A-Z][\w&.'-]*|of|the|on|and|for|in|&)){0,8}")
_BRACKETS = re.compile(r"\s*\[([^\[\]]{1,300})\]")
_ET_AL = re.compile(r"\s*,?\s*et\.?\s*al\.?\s*$", re.IGNORECASE)


def bracketed_fields(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``[Baur _et. al._] [Scale-Space Autoencoders for Unsupervised Anomaly Segmentation in Brain MRI]
    [MICCAI'20] [[google scholar]](..) [[pdf]](..)`` (CharlesKangZhou/awesome-anomaly-detection-in-medical-images,
    30 lines; ``[Title] [MICCAI'20]`` where there are no names): a citation's fields each in brackets, the
    title the one of four words or more, the others a venue (with its year) and the first author. The
    tokens after them, or None when the brackets are not all so."""
    k = 0
    while k < len(toks) and toks[k].kind == "text" and not toks[k].code:
        k += 1
    text = "".join(t.text for t in toks[:k])
    if not text.lstrip().startswith("["):
        return None
    parts, at = [], 0
    while (m := _BRACKETS.match(text, at)) and len(parts) < 3:
        parts.append(m.group(1).strip())
        at = m.end()
    titles = [p for p in parts if len(p.split()) >= 4 and not venues.parse(p)]
    if len(titles) > 1:  # "[Medical Imaging 2017: Image Processing]": a venue of many words, with its year
        titles = [p for p in titles if not _stated_venue(p)]
    if len(parts) < 2 or len(titles) != 1 or parts[-1] == titles[0] or text[at:].strip(" [("):
        return None
    venue = authors = None
    for part in parts:
        if part == titles[0]:
            continue
        found = venues.parse(part) or _stated_venue(part)
        if found and venue is None:
            venue = (found, part)
        elif _ET_AL.search(part) and authors is None:
            authors = [_ET_AL.sub("", part).strip()]
        else:
            return None
    if venue is None:
        return None
    entry.title = titles[0]
    offer_venue(entry, venue[0][0], f"[{venue[1]}]")
    entry.date_year = entry.date_year or venue[0][1]
    entry.authors = authors or entry.authors
    entry.shape = "citation"
    return [Tok("text", text[at:]), *toks[k:]] if text[at:].strip() else toks[k:]


def _stated_venue(text: str) -> tuple[str, int] | None:
    """A venue in words with a year in it (``Medical Imaging 2017: Image Processing``), as stated."""
    year = re.search(r"\b((?:19|20)\d\d)\b", text)
    return (text, int(year.group(1))) if year and text[:1].isupper() and len(text) <= 80 else None


# "..., & A. Tkatchenko, Chemical Reviews **121**(16), 9816–9872 (2021)": the names, then a journal,
# its volume (bold, perhaps) and issue, the pages or article number (or a DOI), and the year
_JOURNAL_REFERENCE = re.compile(
    r"(?P<names>.+?),\s*(?P<journal>[A-Za-z][A-Za-z&.:'’ -]{1,80}?)\s*,?\s*"
    r"(?:\**\d{1,5}\**(?:\s*\(\d{1,4}\))?\s*,\s*[\w./–-]{1,20}|10\.\d{4,9}/\S{1,80})\s*"
    r"\((?P<year>(?:19|20)\d\d)\)\s*\.?\s*(?P<tags>(?:\[[^\[\]]{1,60}\]\s*){0,3})")


def names_then_journal(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """A citation's second line in the chemists' style: ``J. A. Keith, V. Vassilev-Galindo, ... &
    A. Tkatchenko, Chemical Reviews **121**(16), 9816–9872 (2021)`` (sherrylixuecheng/awesome-ai4chem,
    44 entries): the authors, and the journal with the year as the venue. The tokens after it
    (its links), or None when the line's text is not such a reference."""
    k = 0
    while k < len(toks) and toks[k].kind == "text" and not toks[k].code and not toks[k].em:
        k += 1
    if k == 0:
        return None
    text = "".join(f"**{t.text}**" if t.strong else t.text for t in toks[:k])
    m = _JOURNAL_REFERENCE.fullmatch(text.strip()) if "(" in text and len(text) <= 2000 else None
    if m is None or "*" in m.group("names") or "*" in m.group("journal"):
        return None
    names = people.parse(m.group("names"))
    if not people.substantial(names):
        return None
    entry.authors = names
    year = int(m.group("year"))
    offer_venue(entry, f"{m.group('journal').strip()} {year}", text[:m.start("tags")].strip())
    entry.date_year = entry.date_year or year
    entry.journal_year = True
    if m.group("tags").strip():
        entry.notes.append(m.group("tags").strip())  # "[Reinforcement learning]": the list's tag
    return toks[k:]


_SURNAME_THEN_WHERE = re.compile(r"([A-Z][a-z][\w'’-]+),\s+([A-Za-z][^,()]{1,30})")


def without_cited(title: str, entry: ListEntry) -> str:
    """``Sparks of Artificial General Intelligence (Bubeck et al., 2023)``: who wrote it and
    when, in parentheses at the end, is the entry's authors and year, not its title's words."""
    if not title.endswith(")") or ("," not in title and "et al" not in title):
        return title
    opening = title.rfind("(")
    inner = title[opening + 1 : -1]
    if opening <= 0 or not title[:opening].strip():
        return title
    surname = _SURNAME_THEN_WHERE.fullmatch(inner)
    where = venues.parse(surname.group(2)) if surname else None
    if where and where[1] and venues.name_known(where[0]) and len(title[:opening].split()) >= 3:
        # "Title (Konidaris, AAAI 2011)" (gopala-kr/DRL-Agents, 19 lines): the first author's surname, then a known
        # venue and its year ("(Google, ICML 2020)": who made it, a note)
        if makers.institution(surname.group(1)):
            entry.notes.append(surname.group(1))
        else:
            entry.authors = entry.authors or [surname.group(1)]
        entry.date_year = entry.date_year or where[1]
        offer_venue(entry, where[0], f"({inner})")
        return title[:opening].rstrip()
    cited = fields.citation_tail(inner, dated=True)
    if not (cited.explained and cited.authors and (cited.year or cited.venue)):
        return title
    if len(cited.authors) < 2 and "al" not in inner:
        return title  # ("Title (Smith, 2020)" is a name and a year too, but so is "(Part I, 2020)")
    entry.authors = entry.authors or cited.authors
    entry.date_year = entry.date_year or cited.year
    if cited.venue:
        offer_venue(entry, cited.venue, f"({inner})")
    return title[:opening].rstrip()


# "Zhang, Feng, 2017 | IEEE Transactions on Software Engineering." (lmh0921/QueryExpansion-PLM-LLM-Survey-paperList)
_WHO_WHEN_WHERE = re.compile(r"(?P<who>[^|\d\[\]()]{2,200}?),\s*(?P<year>(?:19|20)\d\d)\s*\|\s*"
                             r"(?P<where>[^|\[\]]{2,400}?)[.\s]*")


def who_when_where(text: str) -> fields.Tail | None:
    """A citation after a bold title and a dash, as the first author, the year and where it appeared,
    the last after a bar: ``— Zhang, Feng, 2017 | IEEE Transactions on Software Engineering.``, ``— Yang,
    Adam, 2025 | arXiv preprint arXiv:2507.11042.`` (lmh0921/QueryExpansion-PLM-LLM-Survey-paperList, 79
    entries). The venue is named as written, with its year; None when it is not such a citation."""
    m = _WHO_WHEN_WHERE.fullmatch(text.strip())
    names = people.parse(m.group("who")) if m else []
    if not m or not names or len(names) > 12:
        return None
    year, where = int(m.group("year")), m.group("where")
    posted = venues.arxiv_in_text(where)
    if posted:  # ("arXiv preprint arXiv:2507.11042": the preprint's ID is no part of the venue's name)
        where = where[: posted[1]] + where[posted[2]:]
    where = where.strip(" .,")
    if venues.preprint(where):
        return fields.Tail(authors=names, venue="arXiv", year=year, explained=True)
    return fields.Tail(authors=names, venue=where if venues.year_in(where) else venues.with_year(where, year),
                       year=year, explained=True)


# A GB/T 7714 reference's kind after its title ("**Title**[J]. Nature Machine Intelligence, 2025: 1-14.",
# Sen1553/Awesome-Continual-RL), then where it appeared: read as the reference's venue and year
_GBT_KIND = re.compile(rf"\s*\.?\[{fields.GBT_KINDS}\]\s*(?://|\.)?\s*")  # (" .[J] arXiv preprint ...": a
# stop typed before the mark, none after it)
_MARKED_VENUE = re.compile(rf"\s*[.,]?\s*([A-Za-z][^\[\]]{{1,120}}?)\s*\[{fields.GBT_KINDS}\]\s*[.,]?\s*")
_GBT_WHERE = re.compile(r"(?P<venue>[A-Za-z][^.\[\]:]{1,200}?)[.,]\s*(?:[^,.\[\]]{1,60},\s*)?"  # (the publisher)
                        r"(?P<year>(?:19|20)\d\d)\b[^\[\]]*")


def _where_after_kind(text: str, entry: ListEntry) -> bool:
    """Where a GB/T 7714 reference appeared, after its kind mark (see ``_GBT_KIND``):
    ``arXiv preprint arXiv:2506.21872, 2025.`` or ``Nature Machine Intelligence, 2025: 1-14.``.
    True when it was read."""
    tail = fields.citation_tail(text.strip(), dated=True)
    if tail.explained and tail.venue and (tail.year or tail.arxiv) and not tail.authors:  # (or "arXiv preprint
        # arXiv:1407.04023.", no year but the ID's)
        apply_tail(tail, text.strip(), entry)
        return True
    m = _GBT_WHERE.fullmatch(text.strip())
    if not m:
        return False
    venue = m.group("venue").strip()  # ("Deep Reinforcement Learning Workshop NeurIPS 2022. 2022.": its year)
    offer_venue(entry, venue if venues.year_in(venue) else f"{venue} {m.group('year')}", text.strip())
    entry.date_year = entry.date_year or int(m.group("year"))
    return True


def gbt_where(text: str, entry: ListEntry) -> bool:
    """A run of text after the title that says, the GB/T 7714 way, where the paper appeared: a
    name and its kind mark (``*Qin W, Cao Z, et al*. SIGIR 2024 [C].``, ``IEEE Access [J].``,
    ``arXiv [EB/OL].``, ZJULegalAI/LegalAI-Research-with-LLMs: the mark says the name is where
    it appeared), or the kind mark, then where (``[J]. Nature Machine Intelligence, 2025: 1-14.``).
    True when it was read (its venue and year given to *entry*)."""
    marked = _MARKED_VENUE.fullmatch(text.rstrip(fields.LEFT + " ")) if "/]" in text or "] " in text[-5:] or \
        "]." in text[-6:] else None
    if marked:
        where = marked.group(1).strip()
        found = venues.parse(where)
        offer_venue(entry, found[0] if found else where, text.strip())
        entry.date_year = entry.date_year or (found[1] if found else venues.year_in(where))
        return True
    kind = _GBT_KIND.match(text) if "]" in text[:12] else None
    return bool(kind) and _where_after_kind(text[kind.end():], entry)  # type: ignore[union-attr]


def cited_in_brackets(inner: str) -> tuple[list[str], str | None, int, str | None] | None:
    """``DA Pomerleau 1988``, ``C Chen, A Seff, A Kornhauser, J Xiao in ICCV2015``, ``M Wulfmeier, P Ondruska,
    I Posner, NIPS RL Workshop 2015``, ``M Wulfmeier, DZ Wang, I Posner, IROS16 Best Student Paper``: who wrote a
    paper (their initials first), then where and when, in the brackets that end its heading (daviddao/deep-
    autonomous-driving-papers, every paper). (authors, venue, year, what follows the venue: an award), or None."""
    parts = [p.strip() for p in inner.split(",")]
    for k in range(len(parts) - 2, -1, -1):  # ("J Ben, E, Cosatto, B Flepp": an initial parted from its name by a
        if _INITIAL.fullmatch(parts[k]):  # stray comma, one name)
            parts[k:k + 2] = [f"{parts[k]} {parts[k + 1]}"]
    last = parts.pop()
    m = _NAME_IN.fullmatch(last) or _NAME_YEAR_LAST.fullmatch(last)
    if m:
        parts.append(m.group(1))
        last = m.group(2)
    if not parts or not all(_INITIALS_NAME.fullmatch(p) for p in parts):
        return None
    names = parts
    if venues.FOUR_DIGIT_YEAR.fullmatch(last):
        return names, None, int(last), None
    found = venues.parse(last)
    if found and found[1]:
        return names, found[0], found[1], None
    first, _, rest = last.partition(" ")
    found = venues.parse(first)
    if found and found[1] and rest:  # "IROS16 Best Student Paper": the venue, then what it gave the paper
        return names, found[0], found[1], rest
    tracked = _TRACK_YEAR.fullmatch(last)
    if tracked and venues.is_known_name(tracked.group(1)):  # "NIPS RL Workshop 2015": as the rules write a track
        return names, f"{tracked.group(1)} {tracked.group(3)} {tracked.group(2)}", int(tracked.group(3)), None
    return None


_INITIALS_NAME = re.compile(r"(?:[A-Z]{1,3}|[A-Z]\.(?: ?[A-Z]\.)*)\s+[A-Z][\w'’-]+")  # "DA Pomerleau", "J. Xiao"
_NAME_IN = re.compile(r"(.+?)\s+in\s+(\S.*)")
_INITIAL = re.compile(r"[A-Z]\.?")
_NAME_YEAR_LAST = re.compile(r"((?:[A-Z]{1,3}|[A-Z]\.(?: ?[A-Z]\.)*)\s+[A-Z][\w'’-]+)\s+((?:19|20)\d\d)")
_TRACK_YEAR = re.compile(r"([A-Z][A-Za-z]{1,10}) ([A-Z][\w ]{1,30}?) ((?:19|20)\d\d)")


def unwrapped(text: str) -> str:
    """*text* (a paragraph's source) with its lines joined, when it is one author-date reference that a tool wrapped at
    the page's width: the family name and given name first, and a year then the title in quotes once the lines are
    joined (``Cobbe, Karl, Vineet Kosaraju, ..., Heewoo Jun,`` / ``Lukasz Kaiser, ..., et al. 2021. “Training
    Verifiers to`` / ``Solve Math Word Problems.” *arXiv \\[Cs.LG\\]*.`` / ``<http://arxiv.org/abs/2110.14168>.``:
    usuyama/awesome-o1's bibliography, 42 references). Else *text* as it is: lines that are each a part of the entry
    (a title, its authors, its venue) stay lines."""
    if "\n" not in text:
        return text
    inverted, ieee = _INVERTED_FIRST.match(text), _IEEE_FIRST.match(text)
    if not (inverted or ieee):
        return text
    lines = text.split("\n")
    if any(line.endswith(("\\", "  ")) or "<br" in line or _OWN_LINE.match(line) for line in lines[1:]):
        return text
    joined = " ".join(line.strip() for line in lines)
    return joined if (inverted and _YEAR_THEN_QUOTED.search(joined)) or (ieee and _IEEE_QUOTED.search(joined)) \
        else text  # (or an IEEE reference so wrapped: "S. Agrawal and N. Goyal, "Analysis of Thompson Sampling" /
    # "for the multi-armed bandit problem." arXiv, Apr." / "2012. Available: <..>", stephen-huan/dueling-bandit)


_INVERTED_FIRST = re.compile(r"[A-Z][\w'’-]+, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?(?:,|\.? (?:19|20)\d\d\.)")
_IEEE_FIRST = re.compile(r"[A-Z]\.(?:\s?-?[A-Z]\.)*\s[A-Z][\w'’-]+(?:,|\s+and\s)")
_IEEE_QUOTED = re.compile(r",\s+[“\"][^“”\"]{10,300}?[,.]?[”\"]")
_OWN_LINE = re.compile(r"\s*(?:[-*+] |\d{1,3}[.)] |#|\||>|\*\*)")
_YEAR_THEN_QUOTED = re.compile(r"\b(?:19|20)\d\d[a-z]?\.\s+[“\"]")
