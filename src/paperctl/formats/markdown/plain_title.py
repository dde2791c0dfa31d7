"""The ``bracket`` shape's title: plain text up to the first link, venue suffix, bracket
or citation tail (``titles`` tries it last, when no other recogniser found a title).

``Simple and Effective Masked Diffusion Language Models, NeurIPS 2024 [[arXiv](..), [code](..)]``;
``Title. Zhang, Yonggang et al. ICML 2020`` (a plain citation, cut at the sentence end after
which all is authors and venue); ``T5 — Exploring the Limits of Transfer Learning ...`` (a
name and a dash before the title); ``Title, in *IEEE Internet of Things Journal* 2019.``
(italics that end the title). Brackets that hold a venue, a date, a tag or a link label end
the title; brackets holding anything else are the title's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import (
    author_date,
    cite_tails,
    fields,
    links,
    makers,
    names_after,
    nature_refs,
    people,
    proceedings,
    title_marks,
    venue_suffix,
    venue_words,
    venues,
    where_they_work,
)
from .after_title import year_and_venue
from .authors_before import leading_authors, leading_authors_alone
from .before_title import KIND_TAG
from .links_first import SMALL_WORDS
from .model import ListEntry, Tok, offer_venue
from .references import without_cited
from .venue_suffix import STOPS as _STOPS

GROUP = re.compile(r"\[[^\[\]]{0,200}\]|\((?:[^()]|\([^()]*\)){0,200}\)|【[^【】]{0,200}】|（[^（）]{0,200}）")
NICKNAME = r"[A-Z][A-Za-z0-9]*(?:[-+.][A-Za-z0-9]+)*"  # a method's name: "Whisper", "GPT-4", "LLaMA-2", "T5"
_VENUE_YEAR_FIRST = re.compile(r"([A-Za-z][\w&.'’ -]{1,40}?\s(?:19|20)\d\d)\s+[-–—]\s+|([A-Za-z][\w&.'’-]{1,20}?\s?"
                               r"(?:19|20)\d\d),\s+(?=[A-Z(\"“])")  # ("nips2016, Value Iteration Networks")
_NICK_DASH = re.compile(rf"({NICKNAME})\s+[—–]\s+")  # "T5 — ", "LLaMA-2 – "


_NAME_DASH = re.compile(rf"({NICKNAME}(?: {NICKNAME})?)\s+[-–—]\s+(\S.*)")


def name_dash_venue(inner: str) -> tuple[str, tuple[str, int | None]] | None:
    """``SimMIM - CVPR22``, in brackets after a title (zhangyifei01/Unsupervised-Visual-Representation-Learning,
    every paper): the method's name, a dash, where it appeared, with its year; (name, (venue, year)), or None."""
    m = _NAME_DASH.fullmatch(inner.strip()) if "-" in inner or "–" in inner or "—" in inner else None
    found = venues.parse(m.group(2)) if m else None
    return (m.group(1), found) if m and found and found[1] else None


def title_case(text: str) -> bool:
    """Words that read as a paper's title: three or more, every long one capitalised, no
    sentence end inside (``Exploring the Limits of Transfer Learning``, not ``a method that``)."""
    words = text.split()
    long = [w for w in words if len(re.sub(r"\W", "", w)) >= 4 and w.lower() not in SMALL_WORDS]
    return len(words) >= 3 and len(long) >= 2 and all(w[0].isupper() or not w[0].isalpha() for w in long) and \
        not re.search(r"[.!?;]\s|[.!?;]$", text)


def plain_title(toks: list[Tok], entry: ListEntry) -> list[Tok]:
    """The title is the text before the first link, venue suffix, bracket or citation tail."""
    k = 0
    while k < len(toks) and toks[k].kind == "text" and not toks[k].code and not (
            k and _italic_citation(toks[k], toks[k - 1].text, toks[k + 1] if k + 1 < len(toks) else None)):
        k += 1
    placed = next((j for j in range(1, k) if toks[j].strong and toks[j - 1].text.rstrip().endswith(".") and (
        found := venues.parse(toks[j].text.strip())) and found[1]), None) if k > 1 else None
    if placed is not None and len(toks[placed - 1].text.split()) >= 2 and not any(t.strong for t in toks[:placed]) \
            and len("".join(t.text for t in toks[placed + 1:k]).split()) <= 6:
        # "21. Alternating multi-bit quantization for recurrent neural networks. **ICLR2018** alibaba" (hustzxd/
        # QuanOview): the title, where and when in bold, then who made it (a note)
        said = " ".join("".join(t.text for t in toks[placed + 1:k]).split())
        entry.notes += [said] if said else []
        toks, k = [*toks[:placed], toks[placed], *toks[k:]], placed + 1
    bold = _bold_venue_in_brackets(toks, k)
    if bold is not None:  # "Networks of Spiking Neurons: The Third Generation of Neural Network Models (**Neural
        j, found = bold  # Networks 1997**) 🧠. \[[paper](..)\]" (haoran-zha/Awesome-Spiking-Neural-Networks-Hub,
        offer_venue(entry, found[0], f"(**{toks[j].text.strip()}**)")  # 80 entries): bold in brackets, where
        entry.date_year = entry.date_year or found[1]  # and when, named in words too ("J. Physiology 1952")
        toks = [*toks[:j - 1], Tok("text", toks[j - 1].text.rstrip()[:-1]), Tok("text", toks[j + 1].text.lstrip()[1:]),
                *toks[j + 2:]]
        k = j
    text = "".join(t.text for t in toks[:k])
    rest = toks[k:]
    cited_in = (_IN_ITALICS.search(text) or (_IN_BARE.search(text) if _in_known_venue(
        text, rest[0], rest[1] if len(rest) > 1 else None) else None)) if rest and rest[0].em else None
    if cited_in:  # "Title, in *IEEE Internet of Things Journal* 2019. [\[Paper\]](..)" (qhliu26/awesome-time-...)
        entry.title = text[: cited_in.start()].strip()
        year = _YEAR_AFTER_ITALICS.match(rest[1].text) if len(rest) > 1 and rest[1].kind == "text" else None
        written = rest[0].text.strip()
        offer_venue(entry, f"{written} {year.group(1)}" if year else written, f"*{rest[0].text}*")
        entry.date_year = entry.date_year or (int(year.group(1)) if year else None)
        return [Tok("text", rest[1].text[year.end():]), *rest[2:]] if year else rest[1:]
    if ".(" in text or ")," in text:  # "Title.(CVPR2020),Jiang et al.[https://..]" (mendy-2013/Review-on-deep-
        text = _GLUED_GROUP.sub(lambda m: m.group() + " ", text)  # learning-based-single-image-rain-removal): its
        # spaces left out
    title, tail = _cut_plain(text, entry, linked=any(t.kind == "link" for t in rest))
    if title.endswith("(") and not tail.strip() and rest and rest[0].kind == "link" and len(title.split()) >= 3:
        title, tail = title[:-1].rstrip(), "("  # "Title([Cunha et al.2018](..))": the bracket opens the citation
    title = names_after.read(title, entry, tail, rest)
    cited = (_ET_AL_LAST.fullmatch(title) if "al" in title[-7:] else _PLUS_LAST.fullmatch(title) if title[-1:] == "+"
             else None) if not entry.authors else None
    if cited:  # "3. Context Dependent Claim Detection, Levy et al, COLING 2014, https://.." (SVAIGBA/paper_list's
        title, entry.authors = cited.group(1), [cited.group(2)]  # project_debater, every paper): the first author;
        # "- Pointing the unknown words, Gulcehre+, ACL'16, [paper](..)" (AkihikoWatanabe/paper_notes, 126 bullets):
        # "+" after the surname, as Japanese notes write "et al."
    entry.title = _where_after_stop(title, entry) if entry.authors and ". " in title else title
    return ([Tok("text", tail)] if tail.strip() else []) + rest


_INITIALS_ET_AL = re.compile(r"(?P<title>.{10,}?),\s+(?P<who>(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)?)[A-Z][\w'’-]+)\s+et\.?\s*al"
                             r"\.?,\s*(?P<where>[^,]{2,40}?)[.\s\[]*")
_GLUED_GROUP = re.compile(r"(?<=[a-z])\.(?=\([A-Z])|\),(?=[A-Z][a-z])")
_ET_AL_LAST = re.compile(r"(.{8,}?),\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s+et\.?\s*al\.?,?")
_PLUS_LAST = re.compile(r"(.{8,}?),\s+([A-Z][\w'’-]+)\+")


def _bold_venue_in_brackets(toks: list[Tok], k: int) -> tuple[int, tuple[str, int]] | None:
    """Where among the first *k* tokens (a plain title's) a bold venue and year stands in brackets, and what it
    says; the brackets' bold tells it from the title's own words, even a journal that reads as a name and
    initial ("(**J. Physiology 1952**)")."""
    for j in range(1, min(k, len(toks) - 1)):
        t, before, after = toks[j], toks[j - 1].text.rstrip(), toks[j + 1]
        if t.strong and before.endswith(("(", "（")) and after.kind == "text" and after.text.lstrip()[:1] in ")）" \
                and after.text.strip() and len(before.split()) >= 3:
            found = venues.parse(t.text.strip()) or venue_words.in_words(t.text.strip())
            if found and found[1]:
                return j, (found[0], found[1])
    return None


def _where_after_stop(title: str, entry: ListEntry) -> str:
    """*title* without where the paper appeared, after a full stop that ends the title: ``... from audio. In 16th
    International Society for Music Information Retrieval Conference``, ``... preference examples. Information
    Processing & Management, 49(1):13–33`` (MTG/essentia, 113 citations written by their authors' names first);
    what it says is the venue (its year is the citation's), or a note when the entry has one."""
    vancouver = _VANCOUVER_WHERE.search(title) if ";" in title else None
    if vancouver and len(title[: vancouver.start()].split()) >= 3:  # "Aswiga RV, Shanthi AP. Title. J Digit Imaging.
        year = int(vancouver.group("year"))  # 2022;35(3):564-580. doi:10.1007/..." (jmorapclc/koos_model's references,
        entry.venue = entry.venue or f"{vancouver.group('journal').strip()} {year}"  # as PubMed cites them): the
        entry.date_year = entry.date_year or year  # journal's short name and the year; its volume and pages left
        entry.doi = entry.doi or vancouver.group("doi")  # out, its DOI the paper's
        return title[: vancouver.start()]
    m = _IN_WHERE.search(title) or _JOURNAL_WHERE.search(title)
    if m is None or len(title[: m.start()].split()) < 3:
        return title
    where = m.group(1).strip()
    if entry.venue:
        entry.notes.append(m.group().lstrip(". "))
    else:
        entry.venue, entry.venue_written, entry.journal_year = where, m.group().lstrip(". "), True
    return title[: m.start()]


_VANCOUVER_WHERE = re.compile(
    r"\.\s+(?P<journal>[A-Z][\w .&()-]{1,80}?)\.\s+(?P<year>(?:19|20)\d\d)(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?;"
    r"\s*[^\s;]+?"
    r"(?:\.\s*Published\s+(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?)?(?:\.\s*doi:\s*(?P<doi>10\.\d{4,9}/\S+?))?"
    r"\.?\s*$")
_IN_WHERE = re.compile(r"\.\s+In:?\s+((?:[A-Z0-9]|the\b)[^\[\]]{3,200}?)\s*$")
_JOURNAL_WHERE = re.compile(r"\.\s+([A-Z][^.\[\]]{2,100}?),\s*\d{1,4}(?:\s*\(\d{1,4}\))?\s*:\s*[\w–-]{1,20}\s*$")


_YEAR_AFTER_ITALICS = re.compile(r"\s*,?\s*((?:19|20)\d\d)\b\.?")  # ("in *NeurIPS*, 2020.": qingsongedu/Awesome-SSL4TS)


def _italic_citation(tok: Tok, before: str = "", after: Tok | None = None) -> bool:
    """``Title *Corey Lynch et al. IEEE(RAL)* [[paper]](..)``: italics after a plain title that
    give its authors, or its venue and year after a comma or dash (*before*: the text before
    them; "Title. In *COLT 2016*" is read whole), or a venue of any name before its year
    (``Title, *IEEE Access* 2022:``, *after*: the token after them), end the title."""
    if not tok.em:
        return False
    if after is not None and after.kind == "text" and not after.em and (year := _YEAR_AFTER.match(after.text)):
        name, y = tok.text.strip(), year.group(1)
        if before.rstrip().endswith(",") and (venue_suffix.venue_in_italics(name, y) or venues.parse(f"{name} {y}") or (
                after.text.startswith(",") and venue_words.in_words(f"{name} {y}"))):
            return True  # ("Title, ***Neural Networks***, 2023, [[paper](..)]": wuuu110/NCO-solvers-for-VRP, 123
            # lines, in bold italics; "Title, *Nucl. Fusion*, 2021, 61, p.106010.", YuanhengZhu/awesome-RL-fusion-
            # papers: a journal between commas, then its year)
        if venues.name_known(name) and venues.parse(f"{name} {y}"):  # (a known
            return True  # venue's name needs no comma before it: "... Vehicle Routing ***NeurIPS***, 2021")
    if re.search(r"\bet\.? al\b", tok.text) or (_IN_ITALICS.search(before) and (
            tok.text[:1].isupper() or tok.text.strip().lower() == "arxiv")):  # ("..., in *arXiv*, 2023.")
        return True
    if _in_known_venue(before, tok, after):  # "Title in *ACL*, 2024." (no comma before "in")
        return True
    found = venues.parse(tok.text) if len(tok.text) <= 40 and before.rstrip().endswith((",", *fields.DASHES)) \
        else None
    if found and found[1]:  # "Title, *NeurIPS 2020* - [paper](..)": a venue with its year, set off, ends it too
        return True
    known = venues.parse(tok.text) if found is None and len(tok.text) <= 24 and tok.text[:1].isalpha() and not \
        _IN_END.search(before) else None  # (not "Title. In *COLT 2016*", read whole)
    if known and known[1] and venues.name_known(known[0]):  # "- Habitat-Sim _ICCV 2019_ [paper](arXiv) [code](..)"
        return True  # (chengaopro/Awesome-EmbodiedAI, every entry): a known venue and its year, no comma needed
    if before.rstrip().endswith(".") and len(tok.text) <= 60 and (journal := venue_words.in_words(
            tok.text.strip(), least=2)) and journal[1]:  # "Title. *Computational Intelligence and Neuroscience
        return True  # 2020*. [[paper]](..)" (biaofuxmu/Awesome-Sign-Language-Translation): a journal in words, set off
    tail = fields.citation_tail(tok.text)  # (not "Efficient _Video Classification_ Using ...": two words)
    return tail.explained and bool(tail.authors) and bool(tail.venue or len(tail.authors) >= 2)


_IN_END = re.compile(r"\b[Ii]n\s*$")
_IN_ITALICS = re.compile(r"(?:,\s+|，\s*)[iI]n\s+$")  # ("representations，in *ICML*, 2022": qingsongedu/Awesome-SSL4TS)
_IN_BARE = re.compile(r"\s[iI]n\s+$")


def _in_known_venue(before: str, tok: Tok, after: Tok | None) -> bool:
    """``Title in *ACL*, 2024.``, ``... in *Arxiv*,2023.`` (mala-lab/Awesome-LLM-LVLM-Hallucination-Detection-
    and-Mitigation, 89 lines): "in", a venue known by name in italics, a comma and its year; the title's end,
    though no comma comes before "in" (a title's own "in" is not followed by a known venue and its year)."""
    name = tok.text.strip()
    return tok.em and len(name) <= 30 and after is not None and after.kind == "text" and not after.em \
        and _IN_BARE.search(before) is not None and venues.COMMA_YEAR.match(after.text) is not None \
        and (venues.is_known_name(name.split()[0]) or venues.preprint(name))


_YEAR_AFTER = re.compile(r",? ((?:19|20)\d\d)\b")  # ("Title, *NeurIPS*, 2018, [[paper](..)]": wuuu110/NCO-...)
_CUT = re.compile(r" \[| \||\s?（| \(|\s?【")
# "Title(COLING, 2020)", "Title(@Meta AI etc)": a bracket glued on (looked for apart: rare)
_GLUED = re.compile(r"(?<=[a-zA-Z?!])\((?=[A-Za-z@]|(?:19|20)\d\d\)\s*$)"
                    r"|(?<=\))\((?=[^()]{2,30}(?:(?:19|20)\d\d|'\d\d)\))")
# ("...Noise(2023)" too: a year; "Means (LC-NLM)(MICCAI 2016)", houguanqun/Low-Dose-CT-denoising: where and when,
# glued to the method's short name)
# "🔥Evaluating the Effectiveness of ... Tasks[2024-IWSPA]" (iSEngLab/AwesomeLLM4SE, 72 of its 97 new papers): a
# bracket glued on at the end
_GLUED_LAST = re.compile(r"(?<=[a-zA-Z?!.])\[(?=[^\[\]]{2,30}\]\s*$)")


_TOPIC = re.compile(r"[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,2}")
def _title_end(text: str) -> int:
    """Where a plain title ends: at a bracket that holds a venue, a date, a tag or a link label
    (or opens right before a link), or at " | "; brackets holding anything else are the title's."""
    cuts: Iterable[re.Match] = _CUT.finditer(text)
    if "(" in text and _GLUED.search(text) or text.rstrip().endswith("]") and _GLUED_LAST.search(text):
        cuts = sorted([*_CUT.finditer(text), *_GLUED.finditer(text), *_GLUED_LAST.finditer(text)],
                      key=lambda m: m.start())
    for tried, m in enumerate(cuts):
        pos = m.start()
        start = pos + len(m.group()) - len(m.group().lstrip())  # the bracket itself
        if text[start] == "|" or tried >= 50:  # (no title has fifty brackets: the rest is not title)
            return pos
        group = GROUP.match(text, start)
        if group is None:
            if not text[start : start + 400].strip("[【(（ ") and len(text) - start <= 400:
                return pos  # "Title [" before "[paper](..)]"
            continue  # "Learning [00 Models": a bracket of the title's own
        inner = group.group()[1:-1].strip()
        if text[start] == "【" and not text[group.end():].strip():  # "Title RecSys 2021 【变分自动编码器...】": a note
            return pos
        if text[start] in "（(" and not text[group.end():].strip() and title_marks.cjk_note(inner, text[:pos],
                                                                                             text[start]):
            return pos
        if text[start] == "(" and text[:pos].endswith(".") and not text[group.end():].strip(" .[") and len(
                text[:pos].split()) >= 3:  # "- Scalable Effort Classifiers for ... Learning. (Purdue University,
            return pos  # Microsoft Research)" (fengbintu/Neural-Networks-on-Silicon, 78 lines): after the title's
            # full stop, who wrote it
        if not inner or links.label_word(inner) or venues.parse(inner) or venues.year_of_date(inner) is not None \
                or is_tag(inner) or KIND_TAG.match(group.group()) or venues.named_and_dated(inner) or inner[0] == "@" \
                or _journal_dated(inner) \
                or venues.year_dash_name(inner) or _CITED_START.match(inner) or CITED_ALONE.fullmatch(inner) \
                or venues.venue_then_note(inner) or name_dash_venue(inner) \
                or (")" in inner and proceedings.spelled_out(inner)) or (text[start] == "(" and not text[
                    group.end():].strip(" [") and (venue_words.journal_alone(inner) or AKA.fullmatch(inner)
                                                   or journal_in_words(inner))) or (
                text[start] == "[" and not text[group.end():].strip(" [") and _TOPIC.fullmatch(inner)
                and len(text[:pos].split()) >= 3):
            # ("Title. [ACM Transactions on Graphics (TOG) 2021] [[Paper]](..)", haonanhe/Hand-Object-Interaction: a
            # journal, its short name, its year; "... from CT Volumes (IEEE Transactions on Medical Imaging)[[paper]
            # (..)]", ShawnBIT/UNet-family: a journal, its year unsaid; "[2024] Large Language Models for
            # Orchestrating Bimanual Robots [Manipulation] [[paper](..)]", jonyzhang2023/awesome-humanoid-learning: a
            # topic tag after the title)
            return pos
    return len(text)


# Not a journal named in words before a year: a month ("(May 2015)"), who wrote it ("(Zoph and Le. 2016)", "(De
# Cristofaro 2020)")
_NOT_JOURNAL = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s,]"
                          r"|(?:de|van|von|di|da|del|le|la|du)\s|.*(?:\sand\s|&|\bet al\b|\.\s)"
                          r"|(?:part|vol|volume|chapter|episode|season|round|phase|version|edition)\b", re.IGNORECASE)
# (nor the title's own "(Part II, 2024)")


def journal_in_words(inner: str) -> tuple[str, int] | None:
    """``Bioinformatics 2015``, ``ACS Cent Sci 2018`` in brackets after a title (dengjianyuan/Survey_AI_Drug_
    Discovery): a journal named in words and its year; not a month, nor who wrote it."""
    return None if _NOT_JOURNAL.match(inner) and not _ABBREVIATED_JOURNAL.fullmatch(inner) else \
        venue_words.in_words(inner)


# A journal's abbreviated name, its stops and all, and the year: "Nat. Mach. Intell. 2020", "J. Cheminform. 2018"
# (HongxinXiang/awesome-ai-bioinformatics)
_ABBREVIATED_JOURNAL = re.compile(r"(?!.*\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?\s)"
                                  r"(?=.*[a-z]{2}\.\s)(?:(?:[A-Z][A-Za-z]*|&)\.?\s){2,6}(?:19|20)\d\d")  # (not "Sep.
# 2020", "Arxiv. Aug. 2023": a month)


# "(aka: GraphINVENT; ChemRxiv 2020)" after a title (dengjianyuan/Survey_AI_Drug_Discovery): the method's name, then
# where the paper appeared
AKA = re.compile(r"(?:aka|a\.k\.a\.)(?:\s*[:：]\s*|\s+)([^;()]{1,40}?)\s*(?:;\s*([^;()]{2,60}))?", re.IGNORECASE)


# "(Akimoto et al. 2019; accepted at ICML’19)", "(Dong and Yang 2019, accepted at CVPR’19)" (stdacore/NAS-survey): who
# and when, the bracket after a title that cites it
CITED_WHO = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? et\.? al\.?|[A-Z][\w'’-]+ and [A-Z][\w'’-]+"  # ("Dong and Yang")
_CITED_START = re.compile(rf"(?:{CITED_WHO}),? (?:19|20)\d\d\b")
CITED_ALONE = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? et\.? al\.?")  # (not "(Theory and Practice)")
# "* 2021 - Exploring The Limits Of ... (Uysal et al.) [(paper)](..)"
# (chrisnielsen/awesome-ophthalmology, every entry): who, in brackets after the title
_CJK_NOTE = re.compile(r"：(?=.{0,6}[\u3400-\u9fff])")
_CITED_LAST = re.compile(r",\s+([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? et\.? al\.?)$")  # (not "..., Cognition, Affection
# and Behavior, 2023": two names joined by "and" read as a title's own words, Sahandfer/EMPaper)
_WORDS_IN_PARENS = re.compile(r"(?:\s|(?<=[a-z]))\(([^(),]{5,80})\)$")  # (not "(Part II, 2024)": the title's
# own; glued on too: "... for colorization(Signal Processing 2021)", cyanymore/Awesome-Image-Colorization)


def _venue_then_names(text: str, entry: ListEntry) -> str | None:
    """``Title, CVPR2015, N. Akhtar et al.``, ``Title, Remote Sensing, 2017, Saohui Mei et al.`` (junjun-jiang/
    Hyperspectral-Image-Super-Resolution-Benchmark, 104 lines): the venue and its year between the title and the
    names. The title, with the venue and authors given to *entry*; None when the text does not end so."""
    if " et al" not in text or text.count(", ") < 2:
        return None
    parts = text.rstrip(" .[(" + fields.LEFT).split(", ")  # (the bracket of a link after it: "et al. [[PDF](..)]")
    if len(parts) > 3 and _ET_AL_END.fullmatch(parts[-1]):  # "Title, TIP2016, W. Dong, et al."
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]
    names = people.parse(parts[-1]) if _ET_AL_END.search(parts[-1]) else []
    if not names:
        return None
    for k in (2, 3):  # "CVPR2015" or "Remote Sensing, 2017"
        if len(parts) <= k:
            break
        written = ", ".join(parts[-k:-1])
        found = venues.parse(written) or venues.named_and_dated(written) or venue_words.in_words(written)
        if found and found[1]:
            entry.authors = entry.authors or names
            offer_venue(entry, found[0], written)
            entry.date_year = entry.date_year or found[1]
            return ", ".join(parts[:-k])
    if len(parts) > 2 and venues.FOUR_DIGIT_YEAR.fullmatch(parts[-2]):  # "Title, 2015, Soonmin Hwang et al." (Calay
        entry.authors = entry.authors or names  # Zhou/Multispectral-Pedestrian-Detection-Resource, 22 lines): only
        entry.date_year = entry.date_year or int(parts[-2])  # the year between them
        return ", ".join(parts[:-2])
    return None


_ET_AL_END = re.compile(r"\bet\.? al\.?$")


_NAME_THEN_TITLE = re.compile(r"([^()\[\]]{2,40}?)\s+\(([^()\[\]]{12,250})\)\s*[:：]?")


def names_a_title(name: str, inner: str) -> bool:
    """``Swin Transformer (Hierarchical Vision ...)``: a name of one to three capitalised words (``DeiT``,
    ``Token-to-token ViT``), then in brackets more words than it, as a title begins and with no sentence end:
    no venue, date, tag or names (``Deep Learning (Goodfellow, Bengio and Courville)``)."""
    words, inside = name.split(), [w for w in inner.split() if re.search(r"[^\W\d_]{2}", w)]
    return 1 <= len(words) <= 3 and all(w[0].isupper() or w[0].isdigit() for w in words) and \
        len(inside) >= 3 and len(inside) > len(words) and inner[0].isupper() and \
        not re.search(r"[.!?;]\s|[.;]$|, ", inner) and not (
            venues.parse(inner) or venues.year_of_date(inner) is not None or is_tag(inner)
            or _CITED_START.match(inner) or CITED_ALONE.fullmatch(inner)
            or ((names := people.parse(inner)) and people.only_people(names)))


def _journal_dated(inner: str) -> bool:
    """``(Environmental Research Letters, 12/2022)`` after a title (taohan10200/Awesome_AI4Earth): a journal named
    in words and a date."""
    head, _, when = inner.rpartition(", ")
    return bool(head) and venues.year_of_date(when) is not None and venue_words.journal_named(head)


_YEAR_BRACKETS = re.compile(r"\s*\((?:19|20)\d\d\)")
_MLA_FIRST_AUTHOR = re.compile(r"(?:[\"”]?[,.]|[,.][\"”]) (?=[A-Z][\w'’-]+, "
                               r"[A-Z][a-z][\w'’-]*(?: [A-Z][\w.'’-]*)?,? et al\.)")  # (a given name in full: not
# "Namysł, M., Esser, A.M., Behnke, S. et al. Title.", Springer's initials, the names before the title; one
# family name: not "Authors: Ruicheng Wang, Jialiang Zhang, Jiayi Chen, et al.", names in order)


def _title_year_where(text: str, entry: ListEntry) -> str | None:
    """``Title, 2018, ECCV,``, ``Title, 2014, EMNLP, Yoon Kim,``, ``Title, 2014, Microsoft,`` before the links
    (Qingfeng-Yao/Reading_List, every entry): the title, the year, then where it appeared (a venue's known name,
    or one in capitals), who wrote it (a person's name) or where they work (a note), each after a comma. The
    title, or None when the text is not so."""
    m = _TITLE_YEAR_FIELDS.fullmatch(text)
    if not m or len(m.group(1).split()) < 2 or int(m.group(2)) > venues.NEXT_YEAR:
        return None
    parts = [p.strip() for p in m.group(3).split(",") if p.strip()]
    year = int(m.group(2))
    venue = parts[0] if parts and (venues.is_known_name(parts[0]) or _CAPS.fullmatch(parts[0])) else None
    rest = parts[1:] if venue else parts
    if len(rest) > 1 or rest and not (people.parse(rest[0]) or makers.institution(rest[0]) or _ONE_WORD.fullmatch(
            rest[0])):
        return None
    if venue:
        offer_venue(entry, venues.dated(venue, year)[0], f"{year}, {venue}")
    entry.date_year = entry.date_year or year
    for part in rest:
        if (names := people.parse(part)) and len(part.split()) >= 2 and not makers.institution(part):
            entry.authors = entry.authors or names
        else:
            entry.notes.append(part)
    return m.group(1)


_TITLE_YEAR_FIELDS = re.compile(r"(.+?),\s+((?:19|20)\d\d),\s+([^,\[\]]{2,40}(?:,\s+[^,\[\]]{2,40})?)[,.]?\s*\[?")
_CAPS = re.compile(r"[A-Z]{2,8}")
_ONE_WORD = re.compile(r"[A-Z][a-z]{2,20}")  # ("Massachusetts": where the authors work)


_COMMA_YEAR_END = re.compile(r"(.*?[^\d\s,\])）])\s*,((?:19|20)\d\d)\s*\.?\s*(\[?)\s*")  # (glued: ", 2010" after
# "Title [*ICML*]" is a citation's tail, read as one)
_DATE_BAR_VENUE = re.compile(r"\s*[(（]\s*((?:19|20)\d\d(?:[./-](?:0?[1-9]|1[0-2]))?)\s*[|｜]\s*"
                             r"([^()（）|｜]{2,60}?)\s*[)）]")


_JOINED = re.compile(r" (?:and|&) ")  # ("..., Objects, Relations and Physics, 2016": the title's own words)

def _cut_plain(text: str, entry: ListEntry, linked: bool = False) -> tuple[str, str]:
    stripped = text.strip()
    bracketed = title_marks.bracketed_title(stripped) if stripped[:1] == "[" else None
    if bracketed:  # "- [Title] NeuIPS2018": the title, then where and when
        return bracketed
    yearly = _COMMA_YEAR_END.fullmatch(stripped) if "," in stripped[-10:] else None
    if yearly and len(yearly.group(1).split()) >= 2 and not _STOPS.search(yearly.group(1)):
        entry.date_year = entry.date_year or int(yearly.group(2))  # "DISC-LawLLM: Fine-tuning Large Language Models
        return yearly.group(1), yearly.group(3)  # for ...,2023. [[paper](arXiv)]", "Lawyer LLaMA Technical Report,
        # 2023.[[paper](..)]" (xuqi220/PaperList, every paper): the title, a comma, its year, then its link
    ended = venue_suffix.year_after(stripped, entry) if stripped[-1:] in ".)" and not entry.date_year else None
    if ended is not None:  # "**[2]** Neural Machine Translation of Rare Words with Subword Units 2015. [[arxiv]](..)"
        return ended, ""
    cited = _venue_then_names(stripped, entry) if not entry.authors else None
    if cited:
        return cited, ""
    dated = author_date.read(stripped, entry) if not entry.authors and ". " in stripped else None
    # (or Nature's: "Wüthrich, K. The way to NMR structures of proteins. Nat. Struct. Biol. 8, 923–925 (2001).")
    dated = dated or (nature_refs.read(stripped, entry) if not entry.authors and stripped.endswith(
        (")", ").")) else None) or (author_date.slashed(stripped, entry) if not entry.authors else None)
    if dated:  # "Stanley EA, Wilms M. 2022. Title. Journal of Medical Imaging 9(6):061102"
        return dated, ""
    dated = _title_year_where(stripped, entry) if ", " in stripped else None
    if dated:  # "CBAM: Convolutional Block Attention Module, 2018, ECCV, [[pdf](..)]"
        return dated, ""
    placed = _VENUE_YEAR_FIRST.match(stripped) if stripped[:1].isalpha() else None
    where = (placed.group(1) or placed.group(2)) if placed else ""
    found = venues.parse(where) if placed and venues.name_known(re.sub(r"\d+$", "", where)) else None
    if placed and found and found[1] and len(stripped[placed.end():].split()) >= 2:
        offer_venue(entry, found[0], where)  # "CCS 2015 - Model Inversion Attacks that Exploit ...",
        stripped = stripped[placed.end():]  # "USENIX Security 2014 - Privacy in ..." (AndrewZhou924/Awesome-model-
        # inversion-attack, every one of its 46 papers): where and when, a dash, then the title; a known venue's
        # (not "AVEC 2016 - Depression, Mood, and Emotion Recognition Workshop and Challenge", a title); "nips2016,
        # Value Iteration Networks [[pdf]](..)" (rohjunha/paper-list, every paper): glued, then a comma
    nick = _NICK_DASH.match(stripped)
    if nick and title_case(stripped[nick.end():].split(",")[0].split(" [")[0]):
        entry.notes.append(nick.group(1))  # "T5 — Exploring the Limits of Transfer Learning ...": a name, a dash
        stripped = stripped[nick.end():]
    named = _NAME_THEN_TITLE.fullmatch(stripped)
    if named and names_a_title(named.group(1), named.group(2)):
        entry.notes.append(named.group(1))  # "Swin Transformer (Hierarchical Vision Transformer using Shifted
        return named.group(2).strip(), ""  # Windows): https://arxiv.org/abs/2103.14030" (NielsRogge/Vision-
        # Transformer-papers, 45 lines): a method's name, then its paper's title in brackets
    when_where = _DATE_BAR_VENUE.search(stripped) if "|" in stripped or "｜" in stripped else None
    if when_where and not stripped[when_where.end():].strip(" [") and len(stripped[: when_where.start()].split()) \
            >= 2 and (where := venues.parse(when_where.group(2))):
        offer_venue(entry, where[0], when_where.group(2))  # "【PPA】Plug-and-Play Adaptation for ... **(2022.04|
        entry.date_year = entry.date_year or int(when_where.group(1)[:4])  # Findings of ACL 2022)** [[paper](..)]"
        stripped = stripped[: when_where.start()] + stripped[when_where.end():]  # (wpwpwpyo/Model-Edit, 20 of its
        # 28 papers): when it was posted, a bar, where it appeared
    cut = _title_end(stripped)
    mla = _MLA_FIRST_AUTHOR.search(stripped, 0, cut) if "et al" in stripped else None
    if mla and len(stripped[: mla.start()].split()) >= 3:
        stripped = f"{stripped[: mla.start()]}. {stripped[mla.end():]}"  # (the quote of '... frames." Gehrig,')
        cut = mla.start()  # "Title, Chen, Haosheng, et al. Proceedings of ... 2019." (wangxiao5791509/SNN_CV_
        # Applications_Resources): Google Scholar's MLA first author, surname first, after the title
    if ". " in stripped[:cut] and _YEAR_BRACKETS.match(stripped, cut) and (
            whole := fields.split_citation(stripped.rstrip(" ["))[1]) is not None and whole.authors and whole.venue:
        cut = len(stripped.rstrip(" ["))  # "Title. Kim, Jaehyun, et al. Neurocomputing 311 (2018): 373-386."
        # (wangxiao5791509/SNN_CV_Applications_Resources): the year's brackets are the citation's, not the title's end
    noted = _CJK_NOTE.search(stripped, 0, cut)  # "Simple and Efficient Heterogeneous Graph Neural Network：提出SeHGNN
    if noted and len(re.findall(r"[A-Za-z]{2,}", stripped[: noted.start()])) >= 3:  # 模型，..." (PolarisRisingWar/
        cut = noted.start()  # HGNN_Collection, 52 of 71 entries): a note in Chinese after a full-width colon
    title, tail = stripped[:cut], stripped[cut:].removeprefix("：")
    who = CITED_ALONE.fullmatch(tail.strip()[1:-1]) if tail.strip()[:1] == "(" and tail.strip()[-1:] == ")" else None
    if who and not entry.authors:  # "Title (Uysal et al.)": who wrote it
        entry.authors, tail = [_ET_AL_END.sub("", who.group()).strip()], ""
    elif tail.startswith(" (") or tail.startswith("（"):
        m = GROUP.match(tail.strip())
        inner = m.group()[1:-1] if m else ""
        after_stop = title.endswith(".") and m is not None and not tail.strip()[m.end():].strip(" .[")
        # (or "Title（手势姿态估计）": a note, read after)
        after_stop = after_stop or tail.lstrip()[:1] in "（(" and title_marks.cjk_note(inner, title, tail.lstrip()[0])
        if m and not after_stop and not (venues.parse(inner) or venues.year_of_date(inner) is not None or is_tag(inner)
                                         or name_dash_venue(inner)
                      or venue_words.journal_alone(inner) or _journal_dated(inner)
                      or venues.named_and_dated(inner) or _CITED_START.match(inner) or CITED_ALONE.fullmatch(inner)
                      or (not tail.strip()[m.end():].strip(" [") and (AKA.fullmatch(inner)
                                                                      or journal_in_words(inner)))):
            # "A paper (with parentheses) in its title", "Title (Revisiting KD via Label Smoothing).
            # Authors. Venue": parentheses that hold no venue, date or tag are the title's
            title, tail = stripped[: cut + 1 + m.end()], tail.strip()[m.end():]
            ends = re.match(r"[?!]+", tail)  # "Why (and When) Does It Work?"
            if ends:
                title, tail = title + ends.group(), tail[ends.end():]
            more_title, more_tail = _cut_plain(tail, entry, linked) if re.match(r"\s+[\w\"“'‘]", tail) else ("", tail)
            title, tail = (title + " " + more_title).strip(), more_tail
    title = without_cited(title, entry)
    initialled = _INITIALS_ET_AL.fullmatch(title) if "et al" in title and not entry.authors else None
    where = venues.parse(initialled.group("where")) if initialled else None
    if where and where[1]:  # "Hallucinating face by eigentransformation, X. Wang et al., TSMC-C 2005" (junjun-jiang/
        entry.authors = [initialled.group("who")]  # Face-Hallucination-Benchmark, 128 of its 167 bullets): the title,
        offer_venue(entry, where[0], initialled.group("where"))  # the first author, initials first, then where
        entry.date_year = entry.date_year or where[1]  # and when (the initial's full stop is no sentence's end)
        return initialled.group("title"), tail
    title, pubmed = cite_tails.pubmed_trailer(title)
    entry.notes += [pubmed] if pubmed else []
    placed = where_they_work.after_title(title, entry)
    if placed is not None:  # "FEN, Feature Enhancement Network: ..., Sheng Zhang et al, AAAI 2018, South China ..."
        return placed, tail
    head, citation = fields.split_citation(title)
    if citation is not None:
        entry.shape = "citation"
        if not (entry.authors or citation.authors):  # "Authors. Title. Venue Year."
            entry.authors, head = leading_authors(head)
        entry.authors = entry.authors or citation.authors
        if citation.arxiv and not entry.arxiv:
            entry.arxiv = citation.arxiv.split("v")[0] if re.fullmatch(r"\d{4}\.\d{4,5}(v\d+)?", citation.arxiv) \
                else citation.arxiv
        if citation.venue:  # ("arXiv preprint arXiv:2305.02499, 2023": the preprint of that year, as the ID alone
            offer_venue(entry, venues.as_arxiv(citation.venue, citation.year) if citation.year and venues.preprint(
                citation.venue) else citation.venue, citation.venue)  # is arXiv bare)
        if citation.year:
            entry.year = entry.year or citation.year
        return head, tail
    if not entry.authors:  # "Matthias Sperber and Matthias Paulik. Title, ACL-2020 theme track": the tail unread
        names, rest = leading_authors_alone(title)
        if names:
            entry.authors, title = names, rest
            head, citation = fields.split_citation(title)
            if citation is not None and citation.venue and not citation.authors:
                offer_venue(entry, citation.venue, citation.venue)
                entry.year = entry.year or citation.year
                return head, tail
    dashed = re.match(r"(.*\S)\s+[-–—]$", title)  # "Title, IEEE T-VCG 2013 - [Paper](..)" (minar09/awesome-virtual-
    title, suffix = venue_suffix.split_venue_suffix(dashed.group(1) if dashed else title)  # try-on, 54 of 141 items)
    if suffix is None and dashed:
        title = dashed.group(1) if title == dashed.group(1) else title
    bracket = _BRACKET_END.search(title) if suffix is None and title.endswith("]") else \
        _YEAR_FIRST_END.search(title) if suffix is None and title.endswith(")") else None
    where = year_and_venue(bracket.group(1)) if bracket and len(title[:bracket.start()].split()) >= 3 else None
    if where:  # "- Active Deep Learning to Tune Down the Noise in Labels [2018, KDD]" (SupeRuier/awesome-active-
        title, suffix = title[:bracket.start()].rstrip(), bracket.group(1)  # learning, 94 lines)
    # ("Title, NeurIPS, 2017, [[paper](..)]": fuzhenxin/Style-Transfer-in-Text, 66 lines; the comma before the
    # links only separates)
    bare = title[:-1] if suffix is None and title.endswith(",") and title[-2:-1].isalnum() else title
    apart = _VENUE_COMMA_YEAR.match(bare) if suffix is None and bare.rstrip(".")[-1:] in "0123456789)" else None
    if apart and venues.parse(f"{apart.group(2)} {apart.group(3)}"):  # (a known venue's name: not "Title with
        # Cognition, Affection and Behavior 2023", Sahandfer/EMPaper)
        # "Learning to Compose Soft Prompts for ..., ICLR, 2023 (*Brown University*)" (BWLONG/Awesome-Prompt-
        # Learning-CV, 52 lines): the venue, a comma, its year, and where the authors work (a note)
        title, suffix = apart.group(1), f"{apart.group(2)} {apart.group(3)}"
        entry.notes += [apart.group(4).strip()] if apart.group(4) else []
    paren = _WORDS_IN_PARENS.search(title) if suffix is None and title.endswith(")") else None
    if paren and venue_words.in_words(paren.group(1), least=2):  # "Title (Nature Machine Intelligence 2023)"
        title, suffix = title[:paren.start()].rstrip(), paren.group(1)  # (WanyuGroup/AI-for-crystal-materials)
    found = where or (venue_suffix.suffix_venue(suffix) if suffix else None)
    if found and found[1] and venues.preprint(found[0].split()[0].rstrip(".,")):  # "(Arxiv. Aug. 2023)" (ZigeW/
        found = venues.as_arxiv(found[0].split()[0].rstrip(".,"), found[1]), found[1]  # data_management_LLM)
    journal = venue_words.journal_suffix(suffix) if suffix and not found else None
    if journal and not entry.venue_cited:  # "..., IEEE Transactions on Intelligent Transportation Systems.": the
        entry.venue_cited = (journal[0], journal[0])  # venue where nothing after the title names one (finishing)
    if found:
        offer_venue(entry, found[0], suffix)  # "Title, NeurIPS 2024", "Title, In ICML 2019"
    elif ", " in bare and not bare.endswith(")") and (year := venues.year_of_date(bare.rsplit(", ", 1)[1])):
        entry.date_year = entry.date_year or year  # "Toon3D: Seeing Cartoons from a New Perspective, 2024."
        title = bare.rsplit(", ", 1)[0]
        head, _, journal = title.rpartition(", ")
        if head and len(head.split()) >= 3 and venue_words.journal_named(journal) and not (  # "Between MDPs and
                _JOINED.search(journal) and not venue_words.in_a_series(journal)):  # Semi-MDPs:
            offer_venue(entry, f"{journal} {year}", f"{journal}, {year}")  # ..., Artificial Intelligence, 1999."
            title = head  # (gopala-kr/DRL-Agents): a journal named in words between the title and its year
        who = _CITED_LAST.search(title) if not entry.authors else None
        if who and len(title[: who.start()].split()) >= 3 and (names := people.parse(who.group(1))):
            entry.authors, title = names, title[: who.start()]  # "Neural Architectures for Named Entity Recognition,
            # Lample et al., 2016 [[Paper](..)]" (anebz/papers, 64 entries)
    posted = _ARXIV_LAST.search(title) if "rxiv" in title[-30:].lower() else None
    if posted and len(title[:posted.start()].split()) >= 3:  # "..., Title, arXiv:1706.01427, 2017." (hbulpf/
        title = title[:posted.start()]  # hnbd_ailab): the preprint's number, arXiv and the year; "Title,
        year = int(posted.group(2)) if posted.group(2) else entry.year or entry.date_year  # arXiv:2008.05157v1"
        entry.arxiv = entry.arxiv or (None if linked or "](" in title else posted.group(1))  # (VitaminX2/docs, "Not-yet
        # published"): its ID too, where no link gives it (nor a link's leftovers, "...](arXiv preprint arXiv:ID)");
        # venue arXiv as the rules write the ID alone
        if not entry.venue:
            offer_venue(entry, f"arXiv {year}" if year else "arXiv", posted.group().strip(" ,.()"))
    if not entry.authors and title.count(", ") >= 2 and (found or posted):  # (a citation: its venue after it)
        names, rest = _names_then_title(title)
        if names:  # "1. Adam Santoro, David Raposo, ..., Timothy Lillicrap, A simple neural network module for
            entry.authors, title = names, rest  # relational reasoning, ..." (hbulpf/hnbd_ailab, 51 lines)
    return title, tail


def _names_then_title(text: str) -> tuple[list[str], str]:
    """Names separated by commas, then the title (the first part that is not a name, and all after it);
    ([], *text*) when fewer than two names come first or no title of two words or more is left."""
    parts = text.split(", ")
    k = 0
    while k < len(parts) - 1 and _A_NAME.fullmatch(parts[k].strip()):
        k += 1
    rest = ", ".join(parts[k:]).strip()
    names = people.parse(", ".join(parts[:k])) if k >= 2 and len(rest.split()) >= 3 and not re.match(
        r"(?:and|&) ", rest) and not any(
        _TITLE_WORD.search(p) for p in parts[:k]) else []  # (not "Segment Anything, Visual Instruction Tuning, ...")
    return (names, rest) if len(names) == k and people.substantial(names) else ([], text)


_A_NAME = re.compile(r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|van|von|de|der|den|da|di|du|la|le|dos|del)){1,3}")
_ARXIV_LAST = re.compile(r"(?:,?\s*|\s*\(\s*)(?:arXiv|arxiv|ArXiv)\s*:\s*(\d{4}\.\d{4,5})(?:v\d+)?"
                         r"(?:,\s*((?:19|20)\d\d))?\)?\.?$")
_TITLE_WORD = re.compile(r"(?i)\b(?:learning|networks?|neural|deep|models?|visual|vision|language|tuning|"
                         r"anything|attention|transformers?|segment\w*|detection|generation|recognition)\b")


_YEAR_FIRST_END = re.compile(r"\s*\(((?:19|20)\d\d[^()]{2,50})\)$")  # "Title(2018ECCV)", "Title(2020 Cybernetics)"
_BRACKET_END = re.compile(r"\s*\[([^\[\]]{4,60})\]$")
_VENUE_COMMA_YEAR = re.compile(rf"(.*\S),\s+(?!(?i:{venues.MONTH})\s)([A-Za-z][\w&.'-]*(?: [\w&.'-]+){{0,4}}?),?\s+"
                               rf"(?:(?i:{venues.MONTH})\.?\s+)?((?:19|20)\d\d)"  # ("Title, Arxiv, May 2024":
                               r"(?:\s+\(([^()]{1,60})\))?\.?$")  # FeiLiu36/LLM4Opt, 45 lines)


def is_tag(text: str) -> bool:
    """``(Oral)``, ``(survey)``, ``(Tutorial)``: a word about the paper, not part of its title."""
    return bool(venues.track(text) or KIND_TAG.match(f"[{text}]") or re.fullmatch(
        r"(?:survey|review|position|preprint|oral|spotlight|best paper|\w+ award)", text.strip(), re.I))
