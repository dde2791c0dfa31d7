"""Who wrote a paper, said before its title: ``Zhang et al. **Title**``, ``David Chiang. 2010. [Title](..)``,
``Liang+'22 - Title``, ``Krishna et al. Title.``, a citation key in code (`` `[Wray et al. CVPR21]` ``).
``titles.read_title_line`` asks these, among ``before_title``'s, before it looks for the title; each takes
the authors (and the year, where said) and reports whether the words before the title were read so."""

from __future__ import annotations

import re

from . import fields, people, proceedings, venues
from .before_link import title_link
from .byline import SURNAME_ET_AL
from .model import ListEntry, Tok, offer_venue


def first_author_prefix(text: str, entry: ListEntry) -> str | None:
    """``Liang+'22 - Exploring Entity Interactions ... (AAAI)`` (smiyawaki0820/awesome-ner, 100 lines): the
    first author, "+" for the others, and the year, as Japanese NLP lists cite; or ``Krishna et al.`` before
    the title; the text after them, or None."""
    if entry.authors:
        return None
    named = _ET_AL_FIRST.match(text) if " et al" in text[:60] else None
    if named and len(text[named.end():].split()) >= 3:  # "Krishna et al. Dense-captioning events in videos."
        entry.authors = _SURNAMES.split(named.group(1))  # (danieljf24/awesome-video-text-retrieval)
        return text[named.end():]
    named = _SURNAME_GIVEN_FIRST.match(text) if _OTHERS.search(text, 0, 120) else None
    if named and len(text[named.end():].split()) >= 3:
        # "Fu, Xueyang etc. Rain Streak Removal via ...", "Ran, Wu; Yang, Youzhao et al. ...", "Rajeev Yasarla
        # et al. ..." (nnUyi/DerainZoo, 98 entries): family name first, a comma, the given name
        entry.authors = [" ".join(reversed([w.strip() for w in name.split(",", 1)])) if "," in name else name
                         for name in named.group(1).split(";")]
        return text[named.end():]
    m = _PLUS_YEAR.match(text) if "+" in text[:40] else None
    if not m:
        return None
    entry.authors = [m.group(1)]
    yy = int(m.group(2))
    entry.date_year = entry.date_year or (2000 + yy if yy <= 40 else 1900 + yy)
    return text[m.end():]


def cited_name(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``Pfaff et al. [11] : MeshGraphNets``, the number linking the list's reference (Pyrexiaa/awesome-graph-world-
    models' table, 81 of its 87 rows): who wrote it, the reference, a colon, then the method's name, its only title
    there; the tokens from the name on, or None."""
    if entry.authors or len(toks) < 3 or toks[0].kind != "text" or toks[1].kind != "link" or toks[2].kind != "text":
        return None
    who = SURNAME_ET_AL.fullmatch(toks[0].text.strip())
    named = _COLON_NAME.match(toks[2].text) if who and _REFERENCE_NUMBER.fullmatch(toks[1].text) else None
    if not named:
        return None
    entry.authors = [who.group(1)]
    entry.notes.append(toks[1].text)
    return [Tok("text", toks[2].text[named.end():]), *toks[3:]]


_REFERENCE_NUMBER = re.compile(r"\[?\d{1,4}\]?")
_COLON_NAME = re.compile(r"\s*[:：]\s*(?=\S)")


def names_colon(text: str, entry: ListEntry) -> str | None:
    """``Yu Rong, Yatao Bian, Tingyang Xu, ..., Junzhou Huang: Self-Supervised Graph Transformer on Large-Scale
    Molecular Data. NeurIPS 2020`` (NSLab-CUK/NSLab-CUK.github.io, 40 entries): dblp's citation, every author's
    full name, a comma between, a colon before the title. The text after the colon, or None when the words before
    it are not two names at least (``ICDE 2023: Title``, ``Graph Attention: A Survey``). Other ways of naming
    the authors before a colon (one name, "et al.", "and"), the title ending at the year: ``_few_names_colon``."""
    colon = text.find(": ", 0, 700)
    if entry.authors or colon < 0:
        return None
    if ", " not in text[:colon] or " et al" in text[:colon]:
        return _few_names_colon(text, colon, entry)
    parts = [_DBLP_NUMBER.sub("", part.strip()) for part in text[:colon].split(", ")]
    if len(parts) < 2 or not all(_full_name(part) for part in parts) or not _DBLP_TAIL.search(text, colon):
        # (the title, then where and when: not "Think Small, Act Big: Primitive Prompt Learning for Lifelong Robot
        return _few_names_colon(text, colon, entry)  # Manipulation (CVPR2025)", two catchy clauses read as names)
    entry.authors = parts
    return text[colon + 2:]


def _few_names_colon(text: str, colon: int, entry: ListEntry) -> str | None:
    """``Tomas Mikolov, et al.: Distributed Representations of ..., NIPS 2013.``, ``Dan Klein and Christopher
    Manning: Accurate Unlexicalized Parsing, ACL 2003.``, ``Joshua Goodman: A bit of progress in language
    modeling, MSR Technical Report, 2001.`` (mhagiwara/100-nlp-papers, all 60 entries, no links): the first
    author and "et al.", or two names, or one, a colon, the title, then where and when after commas. One name
    alone must not read as a title's words (not ``Graph Attention: A Survey, 2020.``). The text after the
    colon, or None."""
    who = _AND_OTHERS.sub("", text[:colon])
    names = [n.strip() for n in re.split(r",\s+(?:and\s+)?|\s+and\s+|\s*&\s*", who) if n.strip()]
    rest = text[colon + 2:]
    end = _COMMA_YEAR_END.search(rest)
    if not names or len(names) > 3 or not all(_full_name(n) and not _TITLE_WORDS.search(n) for n in names) or \
            not end or len(rest[:end.start()].split()) < 2:  # (not "Last Update: July, 20th, 2021")
        return None
    if who == text[:colon] and " and " not in who and "&" not in who and (
            not (tail := _TITLE_COMMA_YEAR.search(rest)) or _SENTENCE_END.search(rest, 0, tail.start())
            or len(names) == 1 and len(who.split()) > 3):
        return None  # (one name, or names and commas alone: the title must run to the year's comma, no sentence
        # ended before it: not "Snapshot Distillation: Teacher-Student ... Generation. Yang, Chenglin et al. ...")
    entry.authors = names
    where = _JOURNAL_COMMA_YEAR.fullmatch(rest)
    if where and len(where.group(1).split()) >= 2 and not venues.parse(where.group(2)):
        # "..., J. of Machine Learning Research, 2003.", "... extraction. Artificial Intelligence 139, 2002."
        offer_venue(entry, f"{where.group(2)} {where.group(3)}", where.group()[len(where.group(1)):].strip(" ,."))
        entry.date_year = entry.date_year or int(where.group(3))
        return where.group(1)
    return rest


_JOURNAL_COMMA_YEAR = re.compile(r"(.+?)[,.]\s+((?:[A-Z][\w.&-]*|of|on|and|for|in)(?: (?:[A-Z][\w.&-]*|of|on|and|"
                                 r"for|in)){0,6})(?: \d{1,4})?,\s+((?:19|20)\d\d)\.?\s*")
_AND_OTHERS = re.compile(r",?\s+et\.?\s*al\.?\s*$")
_YEAR_ENDS = r"\s+(?:[^,]{2,80},\s+)?(?:[A-Za-z][^,]{0,40}\s)?(?:19|20)\d\d\.?\s*$"  # (", [where,] [Venue ]2013.")
_COMMA_YEAR_END = re.compile(r"[,.]" + _YEAR_ENDS)
_TITLE_COMMA_YEAR = re.compile(r"," + _YEAR_ENDS)  # (the title runs to the comma)
_TITLE_WORDS = re.compile(r"(?i:\b(?:learning|networks?|neural|deep|models?|visual|vision|language|graphs?|"
                          r"attention|transformers?|detection|generation|recognition|survey|review|data|theory|"
                          r"analysis|semantic|retrieval|reasoning|machine|image|video|text|speech|attack|"
                          r"\w+(?:ing|tions?|sions?|ly|ity|ness|ment|ics|ism|ous|ive|ence|ance|tic|ional|ory|ery)|"
                          r"\w{6,}(?:ed|or))\b|^(?:the|an?|not|one|my|our|your|towards?|when|why|how|what|do|does|is|are|"
                          r"can|beyond)\b|n't\b)|\b[A-Z]{2,}\b|\w-\w")
# (words of a title's, not of a name's: "Snapshot Distillation", "Manipulated Face Detector", "Elo Uncovered",
# "Emotions Don't Lie", "Not My Deepfake")
_SENTENCE_END = re.compile(r"[.?!]\s")


def bold_surname_colon(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``S. L. **Brunton** et al.: [Machine Learning for Fluid Mechanics (2019)](arXiv)`` (AndreWeiner/machine-
    learning-applied-to-cfd, all 74 papers): the first author's initials, the surname in bold, "et al." and a
    colon, then the title link. The tokens from the title link on, or None."""
    if len(toks) < 4 or toks[0].strong or not toks[1].strong or toks[3].kind != "link" or entry.authors:
        return None
    initials, surname, after = toks[0].text.strip(), toks[1].text.strip(), toks[2].text.strip()
    if not _INITIALS.fullmatch(initials) or not _SURNAME.fullmatch(surname) or not _ET_AL_COLON.fullmatch(after):
        return None
    entry.authors = [f"{initials} {surname}"]
    return toks[3:]


def _text_after(toks: list[Tok]) -> str:
    return "".join(t.text for t in toks if t.kind == "text")


_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}")
_SURNAME = re.compile(r"[A-Z][\w'’-]+")
_ET_AL_COLON = re.compile(r"(?:et\.?\s*al\.?)?\s*[:：]")


def scholar_byline(text: str, entry: ListEntry) -> str | None:
    """``S Ilan, A Shamir - Computer Graphics Forum, 2015 - A Survey on Data‐Driven Video Completion`` (Google
    Scholar's line under a result, copied: FatemehJamshidi1993/Papers-on-Image-Inpainting): initials and surnames,
    a dash, where (cut short with "…" as Scholar does) and when, a dash, the title. The title and what follows it,
    or None when the text does not begin so."""
    m = _SCHOLAR_BYLINE.match(text) if " - " in text[:300] else None
    if m is None or entry.authors or len(m.group("title").split()) < 2:
        return None
    entry.authors = [n for n in (part.strip() for part in m.group("who").split(",")) if n and n != "…"]
    year = int(m.group("year"))
    where = (m.group("where") or "").strip()
    if where:
        found = venues.parse(f"{where} {year}")
        offer_venue(entry, found[0] if found else f"{where} {year}", f"{where}, {year}")
    entry.date_year = entry.date_year or year
    return m.group("title")


_SCHOLAR_NAME = r"(?:[A-Z]{1,3} [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|…)"
_SCHOLAR_BYLINE = re.compile(rf"\s*(?P<who>{_SCHOLAR_NAME}(?:, {_SCHOLAR_NAME})*)\s+-\s+"
                             r"(?:(?P<where>[^-\[\]]{2,80}?),\s+)?(?P<year>(?:19|20)\d\d)\s+-\s+(?P<title>[^\[\]]+)")
_DBLP_TAIL = re.compile(r"\S\s+\S.*?[.?!]\s+[A-Z][^?!]{0,120}?(?:19|20)\d\d\)?(?::\s*[\d–-]+)?\.?\s*$")
# ("...: Title. NeurIPS 2020", "...: Title? ICLR 2023", "...: Title. ICML 2022: 20479-20502")
_DBLP_NUMBER = re.compile(r"\s+\d{4}$")  # ("Wei Liu 0001": dblp's number telling apart people of one name)
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la", "y", "bin", "al", "dos"}


def _full_name(part: str) -> bool:
    """``Guido F. Montúfar``, ``O-Joun Lee``, ``Md. Shamim Hussain``, ``Vincent van Gogh``: two to five words,
    each capitalised (an initial, or a particle), one a whole name at least."""
    words = part.split()
    return 2 <= len(words) <= 5 and all(w in _PARTICLES or w[:1].isupper() and _NAME_REST.fullmatch(w[1:]) and (
        len(w) <= 3 or not w.endswith(".")) for w in words) and any(len(w) >= 2 and not w.endswith(".") for w in words)


_NAME_REST = re.compile(r"(?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?")  # ("Montúfar", "O-Joun", "O'Bray", "J.", "Md.")


_ET_AL_FIRST = re.compile(r"\s*([A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?)\s+et\s+al\.?,?\s+(?=[A-Z\"“])")
_SURNAMES = re.compile(r"\s+(?:and|&)\s+")
_OTHERS = re.compile(r"\s(?:et\.?\s*al\b|etc\.)")
_SURNAME_GIVEN_FIRST = re.compile(r"\s*((?:[A-Z][\w'’-]+,\s+[A-Z][\w'’-]+(?:;\s*|(?=\s+et|\s+etc)))+|[A-Z][\w'’-]+"
                                  r"(?:\s+[A-Z][\w'’-]+)?)\s+(?:et\.?\s*al\.?|etc\.),?\s+(?=[A-Z\"“])")
_ET_AL_END = re.compile(r"\s+et\s+al\.?$")


def citation_key(text: str, entry: ListEntry) -> bool:
    """`` `[Wray et al. CVPR21]` On Semantic Similarity in Video Retrieval. CVPR, 2021. ``
    (danieljf24/awesome-video-text-retrieval, 80 entries): a key in code naming the first
    author and where and when the paper appeared, before the title. The author and year are
    taken, the key kept as a note; the venue is read from the citation after the title."""
    m = _CITE_KEY.fullmatch(text.strip())
    if not m:
        return False
    if not entry.authors:
        entry.authors = _SURNAMES.split(_ET_AL_END.sub("", m.group(1)))
    yy = int(m.group(3) or 0)
    if yy:
        entry.date_year = entry.date_year or (yy if yy > 1900 else 2000 + yy if yy <= 40 else 1900 + yy)
    entry.notes.append(text.strip())
    return True


_CITE_KEY = re.compile(r"\[?([A-Z][\w'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’-]+)),?\s+"
                       r"([A-Za-z][\w&/.-]*?)\s?['’]?((?:19|20)\d\d|\d\d)?\]?")  # ("[Wang et al. TMM]")
_PLUS_YEAR = re.compile(r"\s*([^\W\d_][\w’'.-]{0,30})\+\s?['’](\d\d)\s*[-–—:]\s*")


def authors_before_bold(toks: list[Tok], text: str, entry: ListEntry) -> bool:
    """``Zhang et al. **Deep learning based recommender system ...** ACM Comput.Surv, 2018.``
    (hongleizhang/RSPapers): the authors, in plain text, before the bold title. Taken as the
    entry's authors when they read as names and say so ("et al.", or two names or more)."""
    if len(toks) < 2 or toks[0].strong or toks[0].em or toks[0].code or toks[1].kind != "text" \
            or not toks[1].strong or entry.authors:
        return False
    written = text.strip()
    dashed = _DASHED_YEAR.fullmatch(written) if written.endswith("-") and len(written) <= 300 else None
    if dashed:  # "Maaten and Hinton - 2008 - **Visualizing data using t-SNE**" (llhthinker/NLP-Papers, 45 lines)
        names = people.parse(dashed.group(1))
        if not names or not ("et al" in written or len(names) >= 2 or people.substantial(names)):
            return False
        entry.authors, entry.date_year = names, int(dashed.group(2))
        entry.shape = "citation" if entry.shape == "bracket" else entry.shape
        return True
    if len(written) > 300 or not written.endswith((".", ",", ":")):
        return False
    written = written.replace("，", ", ")  # ("Jiyong Zhang， Xin Liu， Xiaofei Zhou， Xiaowen Chu. **Title**.":
    # full-width commas, shliu-academic/POI-Recommend-Survey-Paper)
    year = _YEAR_AFTER_NAMES.search(written)  # "Guodong Zhou, Jian Su, ... and Min Zhang. 2005. **Title**. In
    names = people.parse((written[:year.start()] if year else written).rstrip(".,:").strip())  # Proceedings of ACL"
    alone = len(names) == 1 and written.endswith(".") and _full_name(names[0]) and not _TITLE_WORDS.search(
        names[0]) and len(toks) > 2 and _COMMA_YEAR_END.search(_text_after(toks[2:]))  # "**[11]** Sebastian Thrun.
    # **Lifelong learning algorithms**. In Learning to learn, pp. 181–209. Springer, 1998." (floodsung/Meta-
    # Learning-Papers: one author, a full name, and the citation's year after the title)
    if not names or not ("et al" in written or len(names) >= 2 or (year and people.substantial(names)) or alone):
        return False  # (thunlp/NREPapers, an ACL Anthology citation with the title in bold)
    entry.authors, entry.shape = names, "citation" if entry.shape == "bracket" else entry.shape
    if year:
        entry.date_year, entry.journal_year = int(year.group(1) or year.group(2)), True
    return True


_DASHED_YEAR = re.compile(r"(.{2,250}?)\s+-\s+((?:19|20)\d\d)\s+-")
_YEAR_AFTER_NAMES = re.compile(r"\.\s+((?:19|20)\d\d)[a-z]?\.$|\s*\(((?:19|20)\d\d)[a-z]?\)\s*:$")  # (or "... and
# Doran, Derek (2020): __Title__", a BibTeX export's authors and year: m0re4u/paper-database)


_AUTHORS_YEAR = re.compile(r"(?P<names>.{3,600}?)(?:\.\s+(?:(?P<year>(?:19|20)\d\d)[a-z]?\.\s*)?"
                           r"|,\s*(?P<year2>(?:19|20)\d\d)[a-z]?\.\s*|(?P<comma>,)\s*)")  # ("Hu et al, 2019. [..](..)")


def authors_year_before_link(toks: list[Tok], text: str, entry: ListEntry) -> bool:
    """``David Chiang. 2010. [Learning to Translate with ...](..). In *Proceedings of ACL 2010*.``
    (THUNLP-MT/MT-Reading-List, an ACL Anthology citation): the authors and the year, then the
    title link. Taken when the names read as names. Or the names and a comma, the title link in
    italics: ``Su Q, Chou Y, Hu Y, et al., *[Deep directly-trained ...](..)*, Proc. IEEE Int. Conf.
    Comput. Vis. (ICCV), 2023`` (jianing-li/awesome-neuromorphic-object-detection, 92 lines)."""
    if len(toks) < 2 or entry.authors or toks[0].strong or toks[0].em or not title_link(toks[1]):
        return False
    quoted = text.rstrip()[-1:] in ('"', "“")  # (below: names, then the title link in quotes)
    if text.endswith(" .") and "," in text:  # "- Bin Yang, Junjie Yan, Zhen Lei, Stan Z. Li .[Aggregate channel
        text = f"{text[:-2]}. "  # features ...](arXiv) .[J] arXiv preprint ..." (BoosterShadow/awesome-Face_
        # Recognition): the stop typed after a space
    named = text.rstrip()[:-1].replace("*", "") if text.rstrip().endswith(",") else ""
    if named and len(toks[1].text.split()) >= 3 and _spaced_names(named) and people.only_people(
            names := people.parse(named)):  # "Piotr Dollár and C. Lawrence Zitnick, [Edge Boxes: ...](pdf), ECCV,
        entry.authors = names  # 2014." (caocuong0306/awesome-object-proposals, 64 lines; "Pablo Arbelaez*, Jordi
        entry.shape = "citation" if entry.shape == "bracket" else entry.shape  # Pont-Tuset*, ...": equal parts)
        return True  # two full names or more and a comma, then the title link, as a citation writes them
    m = _AUTHORS_YEAR.fullmatch(text.rstrip()[:-1] if quoted else text)
    if m is None and text[-1:] == " " and len(toks[1].text.split()) >= 4 and "," in text and not _CITES.search(
            toks[1].text) and _spaced_names(text):  # (not "Title [[Atanasova et al., EMNLP 2020]](..)": a title,
        # then who and where, linked) "- Yaojie Liu, Amin Jourabloo, Xiaoming Liu [Learning Deep Models for Face
        entry.authors = people.parse(text)  # Anti-Spoofing: ...](..)" (saiamrit/fake-detection, every paper):
        return True  # the names, no stop before the title
    if m and m.group("comma") and not (toks[1].em and m.group("names").count(",") >= 1) and not _ET_AL_END.search(
            m.group("names")):
        return False  # (a comma ends the names only before an italic title, and after two names or more; or after
        # "et al.": "**(CASCADE)** Xu et al., [Learning General World Models in ...](arXiv), 2022.", alexzhang13/
        # world-models-papers, whose others quote the title)
    names = people.parse(m.group("names")) if m else []
    year = (m.group("year") or m.group("year2")) if m else None
    if not names or not ("et al" in text or len(names) >= 2 or (people.substantial(names) and (
            year or not m.group("comma") and people.only_people(names)))):  # type: ignore[union-attr]
        return False  # (without a year, "Haotong Qin*, Xudong Ma*. [Title](..)": two names or more; or one full
        # name that can only be a person's: "- Amifa Raj. [Fair Ranking Metrics](..). 9/2022.", davidshq/awesome-
        # search-engines, its lists of papers by year)
    entry.authors = names
    if quoted and len(toks) > 2 and toks[2].kind == "text":  # 'Hansen, Nikolaus, et al. "[**COCO: A platform
        toks[2] = Tok("text", _CLOSING_QUOTE.sub("", toks[2].text, count=1))  # for ...**](..)." Optimization Methods
        # and Software (2021).' (GMC-DRL/Awesome-MetaBBO, 101 table cells): Google Scholar's MLA, the title linked
    if year:  # ("* Hu et al, 2019. [Title](..)", benb111/awesome-small-molecule-ml: who and when, then the title)
        entry.date_year = int(year)
        entry.journal_year = True  # (the citation's year is its venue's: "In *Proceedings of the ... Workshop*")
    entry.shape = "citation" if entry.shape == "bracket" else entry.shape
    return True


def _spaced_names(text: str) -> bool:
    """Two full names or more parted by commas (or "and"), each of two or three capitalised words, and nothing
    else: the authors, before a title link with only a space between."""
    parts = [p.strip() for p in re.split(r",|\band\b", text.strip()) if p.strip()]
    return len(parts) >= 2 and all(_FULL_NAME.fullmatch(p) for p in parts) and len(people.parse(text)) == len(parts)


_CITES = re.compile(r"\bet al\b|\d")
_FULL_NAME = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]*){1,2}")
_CLOSING_QUOTE = re.compile(r"^\s*(?:[.,]?[\"”][.,]?)")
_NAMES_THEN_YEAR = re.compile(r"(?P<names>[^()]{2,600}?)[.,]?\s*\((?P<year>(?:19|20)\d\d)[a-z]?\)[.:]?")


def names_year_then_italic_title(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``<b>Winata, et al. (2023)</b> <i>The Decades Progress on Code-Switching Research in NLP</i>. ACL Findings
    <a href="..">[Paper]</a>`` (gentaiscool/code-switching-papers, 146 lines): the authors and the year in bold,
    the title in italics, then where it appeared. The tokens after the title, or None."""
    if len(toks) < 2 or not toks[0].strong or toks[0].em or entry.authors or "(" not in toks[0].text:
        return None
    i = 2 if toks[1].kind == "text" and not toks[1].text.strip(" .,:") and not toks[1].em else 1
    title = toks[i] if i < len(toks) else None
    if title is None or title.kind != "text" or not title.em or title.strong or len(title.text.split()) < 2:
        return None
    m = _NAMES_THEN_YEAR.fullmatch(toks[0].text.strip())
    if m is None:
        return None
    names, year = people.parse(m.group("names")), int(m.group("year"))
    if not names or not ("et al" in m.group("names") or len(names) >= 2 or people.substantial(names)):
        return None
    entry.authors, entry.date_year, entry.journal_year = names, year, True
    entry.title = title.text.strip().rstrip(".")
    entry.shape = "citation" if entry.shape == "bracket" else entry.shape
    after = toks[i + 1] if i + 1 < len(toks) else None
    where = after.text.strip(" .,;") if after is not None and after.kind == "text" and not (
        after.em or after.strong or after.code) else ""
    if where and len(where) <= 150 and (where[0].isupper() or where[0].isdigit()) and not _SENTENCE.search(where):
        _venue_said(where, year, entry)  # (not a description: "We propose ... . It shows ...")
        return toks[i + 2:]
    return toks[i + 1:]


def names_year_then_quoted_title(toks: list[Tok], entry: ListEntry) -> list[Tok] | None:
    """``**Ning et al. (2018):** "Joint Reasoning for Temporal and Causal Relations", [paper](arXiv)``
    (cui-shaobo/causality-papers, 62 lines): the authors and the year in bold, then the title in quotes. The
    tokens after the title, or None."""
    if len(toks) < 2 or not toks[0].strong or entry.authors or "(" not in toks[0].text or toks[1].kind != "text" \
            or toks[1].strong or toks[1].text.lstrip()[:1] not in ('"', "“"):
        return None
    m = _NAMES_THEN_YEAR.fullmatch(toks[0].text.strip().rstrip(":：").strip())
    quoted = _QUOTED.match(toks[1].text)
    if m is None or quoted is None:
        return None
    names = people.parse(m.group("names"))
    if not names or not ("et al" in m.group("names") or len(names) >= 2 or people.substantial(names)):
        return None
    entry.authors, entry.date_year, entry.journal_year = names, int(m.group("year")), True
    entry.title = quoted.group(1).strip().rstrip(".,")
    entry.shape = "citation" if entry.shape == "bracket" else entry.shape
    rest = toks[1].text[quoted.end():]
    return [Tok("text", rest), *toks[2:]] if rest.strip(" .,") else toks[2:]


_QUOTED = re.compile(r"\s*[\"“]([^\"“”]{6,400})[\"”]")
_SENTENCE = re.compile(r"(?<=[^\W\d])[.!?]\s+[A-Z]")  # (not "Vol. 2. Centro de Estudios ...": a volume's stop)


def _venue_said(where: str, year: int, entry: ListEntry) -> None:
    """Where the paper appeared, as a citation names it after the title (*where*), with its *year*:
    ``ACL Findings``, ``Arxiv``, ``IEEE Spoken Language Technology Workshop (SLT)`` (the short name),
    ``CALCS, EMNLP``, ``SAGE Publications`` (as stated, with the year)."""
    spelled = proceedings.spelled_out(f"{where} ({year})") if where.endswith(")") else None
    found = spelled or venues.parse(where) or (None if venues.year_in(where) else venues.dated(where, year))
    offer_venue(entry, found[0] if found else where, where)


def leading_authors(text: str) -> tuple[list[str], str]:
    """``Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun. Deep Residual Learning for Image
    Recognition``: the authors before a citation's title, and the title; ([], *text*) when it
    does not begin with two or more names (or one and ``et al.``) and a sentence end. The
    longest such start: initials end sentences too (``S. Ren, K. He, and J. Sun. Faster R-CNN``)."""
    found: tuple[list[str], str] = ([], text)
    for tried, m in enumerate(fields.SENTENCE_END.finditer(text[:600])):
        if tried >= 16:
            break
        head, rest = text[: m.start() + 1], text[m.end():]
        if len(rest.split()) < 2 or not rest[:1].isupper():
            continue
        names = people.parse(head)
        if names and (len(names) >= 2 or "et al" in head) and people.substantial(names):
            found = (names, rest)
    return found


def leading_authors_alone(text: str) -> tuple[list[str], str]:
    """``leading_authors`` where no tail after the title confirms them (``Matthias Sperber and
    Matthias Paulik. Title, ACL-2020 theme track``): two names at least, a title of three words
    or more after them, and no cut after an initial unless every name ends with one (``Van den
    Oord A, Dieleman S, Schrauwen B. Title``): ``..., David W. Jacobs, Title`` is cut at "W."."""
    names, rest = leading_authors(text)
    inverted = _INVERTED_NAMES_FIRST.match(text) if not names and ", " in text[:40] else None
    if inverted:  # "Tymchenko, B., Marchenko, P., Spodarets, D., Deep Learning Approach to Diabetic Retinopathy
        names, rest = people.parse(inverted.group(1).rstrip(" ,")), text[inverted.end():]  # Detection (2020)"
        # (mawady/msc-retinalrecog, 6 references): APA's names, family name first, then a comma, not a full stop
    words = rest.split()
    if len(names) < 2 or len(words) < 3 or words[0].endswith(","):
        return [], text
    head = text[: len(text) - len(rest)].rstrip()
    if fields.ENDS_WITH_INITIAL.search(head) and not all(
            _LAST_INITIAL.search(name) for name in _NAMES_SPLIT.split(head.rstrip(" ."))):
        return [], text  # (as written: "Atsalakis G S, Valavanis K P." reads as "G S Atsalakis", ...)
    return names, rest


_INVERTED_NAMES_FIRST = re.compile(r"((?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, (?:[A-Z]\.\s?-?){1,3}(?:,|,? &|,? and)\s+)"
                                   r"{2,})(?=[A-Z])")
_NAMES_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_LAST_INITIAL = re.compile(r"\b[A-Z]\.?$")
