"""Author lists as reading lists write them.

``*Junnan Liu, Hongwei Liu, Kai Chen.*`` (full names), ``Zhang, Yonggang et al.``
and ``Park, SeongUk and Kwak, Nojun`` (family name first), ``Ba,Jimmy, and Rich
Caruana`` (both), ``Gupta & Robles-Kelly`` (family names only). Names come back
in the order given, given name first; ``et al.`` is dropped, and so are groups
that are not people (``OpenAI:``, ``o3 contributors``) and affiliations in
parentheses (``(Google)``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import tex_marks

# "et al.", "and et al.", "etc.", 等 (et al.)
ET_AL = re.compile(r"\s*,?\s*(?:\band\s+)?\bet\.?\s*al\b\.?,?|\s*\betc\b\.?|\s*等人?\.?|(?:\s+and|\s*,)\s+others$",
                   re.IGNORECASE)  # ("Touvron, Hugo and Martin, Louis and others": BibTeX's et al.; "Prabowo, others",
# Google Scholar's export: PriorLabs/PriorLabs.github.io)
_WORD_AFTER = re.compile(r"\s*[A-Za-z]")
_AFFILIATION = re.compile(r"\s*[(（][^()（）]{1,40}[)）]")
_GROUP = re.compile(r"^[A-Z][\w-]*\s*:\s*")  # "OpenAI: Ahmed El-Kishky, ..."
_NOT_PEOPLE = re.compile(r"\b(contributors|team|collaboration|collaborative|consortium|group|et al)\b", re.IGNORECASE)
_SPLIT_AND = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|\s*;\s*)", re.IGNORECASE)
# The small words of family names ("Hado van Hasselt", "Koolen, Corina and van Cranenburgh, Andreas"):
# allowed in a name in lower case, not a sentence's start after an initial's full stop.
_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "das", "bin", "al", "el",
              "ter", "ten", "des"}  # ("Remi Tachet des Combes")
_FAMILY_PARTICLES = _PARTICLES - {"bin", "al", "el"}  # (the ones read before a capitalised family name)


_ANY_DIGIT = re.compile(r"\d")  # (a search: faster than a test of each character, on every name parsed)

def _alternatives(words: set[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"  # (longest first: "del" before "de")


_PARTICLE_AFTER = rf"(?!{_alternatives(_FAMILY_PARTICLES - {'la', 'le'})}\s)"  # ("H. van Hasselt")
_NOT_A_LIST = re.compile(r"[@#/\\|<>{}\[\]=+*?!]|\b(?:the|of|for|with|on|in|to|via|is|are|we)\b|\.\s+(?!and )"
                         + _PARTICLE_AFTER + r"[a-z]")
# Its three alternatives, searched apart (``not_a_list``): the engine finds the candidates of a
# pattern that starts with a character class or a literal by a fast scan, but tries a pattern
# that starts with \b, as the whole does, at every position.
_MARKUP_CHAR = re.compile(r"[@#/\\|<>{}\[\]=+*?!]")  # (not ";": "Wei Huang; Yinggui Wang")
# (Not an initial's full stop before "and": "Turzo, Asif K. and Bosu, Amiangshu", BibTeX's order; nor before "et
# al.": "Diao, Y., Liu, D., Ge, H. et al.", AspirinCode/papers-for-molecular-design-using-DL.)
_SENTENCE_GAP = re.compile(r"\.\s+(?!and |et al)" + _PARTICLE_AFTER + r"[a-z]")
_TITLE_WORD = re.compile(r"(?:the|of|for|with|on|in|to|via|is|are|we)\b")
_WORD_CHAR = re.compile(r"\w")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,5}$")
# Equal-contribution and affiliation marks after a name: "Yi Sun*, Yu Zheng*" (thunlp/PromptPapers), "Li†".
_NUMBERED = re.compile(r"(?<=[^\W\d_])\d{1,2}(?:,\d{1,2})*(?=\s*(?:[,;&]|$|\s+and\b))")
_AL_ALONE = re.compile(r"(?<=[a-z]) al\.(?=\s*(?:[,;)\]]|$))")
_AFFILIATION_DIGIT = re.compile(r"(?<=[a-z])\d{1,2}$")
_MARKS = re.compile(r"(?<=[^\W\d_])\s?[*†‡§¶#]+(?=\s*(?:[,;&]|$|\s+and\b))")  # ("Haotong Qin *", "Liu#")
_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,4}$")
# (Compiled once rather than looked up in re's cache at every call.)
_ENDS_WITH_INITIAL = re.compile(r"\b[A-Z]\.$")
_GIVEN = re.compile(r"[A-Z][^\W\d_]*[a-zà-ÿ][^\W\d_'’-]*(?:-[A-Z]?[a-zà-ÿ]+)?")  # ("Seyed-Mohsen", "Tat-Seng")
_FAMILY = re.compile(r"(?:[dl][’'])?[A-Z][a-zà-ÿ'’-]+(?:-[A-Z][a-zà-ÿ'’]+)?")  # "Venkatakrishnan", "d’Aquin",
# "Hernández-Lobato" (not "佐藤花子", a whole name)
_GIVEN_NAMES = re.compile(r"[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)(?: [A-Z]\.)?")  # "Jesse Michael", "Young Chol"
_GIVEN_OR_INITIALS = re.compile(r"[A-Z][^\W\d_]*[a-zà-ÿ][^\W\d_'’-]*(?:-[A-Z]?[a-zà-ÿ]+)?|[A-Z]\.(?:\s?[A-Z]\.)*")
# (and initials run together or hyphenated: "S.-C. Liu", "A.G. Andreou", uzh-rpg/event-based_vision_resources)
_INITIAL = re.compile(r"[A-Z]\.?|[A-Z]\.-?[A-Z]\.(?:-?[A-Z]\.)?")


@lru_cache(maxsize=8192)
def looks_like_name(text: str) -> bool:
    """One person's name: 1-5 words, each capitalised (particles like ``de``, ``van``
    allowed) or an initial, no digits. (Remembered: a pure function of the name, and a list
    names the same people again and again; a third of the names asked about are new.)"""
    text = text.strip()
    if not text.isascii() and _CJK_NAME.match(text):
        return True
    if not _NAME.match(text):
        return False
    words = text.split()
    return all(w[0].isupper() or w in _PARTICLES or _ELIDED.match(w) for w in words)


_ELIDED = re.compile(r"[dl][’'][A-Z]")  # "d’Aquin", "l'Hôpital": a particle elided into the family name


# A letter with a BibTeX accent, in names copied from a .bib: "Rapha{\"e}l", or "Alper {"O}ner" once Markdown
# has taken the backslash as an escape (PillowTomZA/PINN_Navier_Stokes_papers).
_LATEX_ACCENT = re.compile(r"\{\\?(['`^\"~=.])\s*\{?([A-Za-z])\}?\}")
_ACCENT_MARKS = tex_marks.MARKS  # (the combining mark each accent command writes)


def _bibtex_accents(text: str) -> str:
    """*text* with its BibTeX accents as the letters they spell ("{\\"O}ner" -> "Öner")."""
    spelled = _LATEX_ACCENT.sub(lambda m: m.group(2) + _ACCENT_MARKS[m.group(1)], text)
    return unicodedata.normalize("NFC", spelled) if spelled != text else text


_LATIN_ENUMERATED = re.compile(r"(?<=[A-Za-z.])\s*、\s*(?=[A-Z])")


def parse(text: str) -> list[str]:
    """The names in *text*, given name first, in order; [] when it is not an author list.
    One bare word (``See``, ``Survey``) is a name only with ``et al.`` after it (``Meet et al.``)."""
    if "..." in text or "…" in text:  # "Richard Zhuang, Akshat Gupta, ..., Gopala Anumanchipalli": names left out
        text = _ELLIPSIS.sub(", ", text)
    if "et. al" in text:  # "Y. Wang et. al." (Jackson-Kang's list): et al., not a sentence ending at "et."
        text = text.replace("et. al", "et al")
    if "et.al" in text:  # "|Ziyi Zhanget.al|" (cosword/meta-paper-daily, 58 of 98 rows, as the daily arXiv bots
        text = _GLUED_ET_AL.sub(" et al", text)  # write the first author): et al. glued to the name
    if " al." in text and "et al" not in text:  # "[Yuhui Yuan al., 2017]" (polarisZhao/awesome-face, 17 of its 24
        text = _AL_ALONE.sub(" et al.", text)  # author brackets): et al. with its "et" left out
    if len(text) > 2000:
        return []
    if "、" in text:  # "Zhu、Xu 等" (a Chinese list's "Zhu, Xu et al."): the enumeration comma between Latin names,
        text = _LATIN_ENUMERATED.sub("; ", text)  # no surname-first pair as "Zhu, Xu" would be (not
        # "再预测关系、尾实体", words)
    if len(text) <= 400 and text[:1].isupper() and _GLUED_HINT.search(text) and (glued := _glued_initials(text)):
        return glued  # (the cheap test first: most texts asked about are no such list)
    if "{" in text and (accented := _bibtex_accents(text)) != text:
        text = accented
    if not text.isascii() and _MARK_CHAR.search(text) and _COMBINING.search(text):  # (the mark first: a scan for
        # one character, where the look-behind is tried at each; most non-ASCII text, CJK, has none)
        return _with_marks(text)
    if "\u2010" in text:  # "Müller‐Myhsok B" (DenseAI/awesome-biomedical-machine-learning), "Jian‐Yun Nie, Ji-Rong
        return [_hyphens_as_written(n, text) for n in _names(text.replace("\u2010", "-"))]  # Wen": Unicode's hyphen,
    # read as a hyphen and kept where the list wrote it
    return list(_names(text))


def _hyphens_as_written(name: str, text: str) -> str:
    """*name* with each of its hyphenated words spelled as *text* writes it (``Müller‐Myhsok`` with U+2010)."""
    return " ".join(w.replace("-", "\u2010") if "-" in w and w not in text and w.replace("-", "\u2010") in text
                    else w for w in name.split(" "))


def _glued_initials(text: str) -> list[str] | None:
    """``LuP, GongR, JiangS, et al.`` (swordlidev/Evaluation-Multimodal-LLMs-Survey, 16 lines): family names with
    their initials glued on, no space between; as ``P Lu``, ``R Gong``, ``S Jiang``. None when *text* is not so."""
    parts = [p.strip() for p in ET_AL.sub("", text).strip(" .,").split(",") if p.strip()]
    matched = [_GLUED.fullmatch(p) for p in parts]
    if len(parts) < (2 if ET_AL.search(text) else 3) or not all(matched):
        return None  # (two such words alone, "OpenAI, NovelAI", are names of another kind)
    return [f"{' '.join(m.group(2))} {m.group(1)}" for m in matched if m]


_GLUED_HINT = re.compile(r"[a-z][A-Z]{1,2},")  # "LuP," (a search for what every such list holds)
_GLUED = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)([A-Z]{1,2})")  # "LuP", "Zhang-WeiYS"


# An accent written as a combining mark after its letter ("Dolla\u0301r", kuanhungchen/awesome-tiny-object-
# detection), or after a space a PDF's copy put there ("Franc \u0327ois", lwaekfjlk/Personalized-Text-
# Generation-Papers): a mark is not a word character, so the names are read with a letter standing in for
# each, and given back as written.
_COMBINING = re.compile(r"(?<=[^\W\d_])\s?[\u0300-\u036f\u00b4\u00a8\u02c6\u02dc]+")  # (and the accents a PDF's
# copy spaced out: "Andr´es Bruhn", TerenceCYJ/VP-SLAM-SC-papers)
_MARK_CHAR = re.compile(r"[\u0300-\u036f\u00b4\u00a8\u02c6\u02dc]")  # (what every match of _COMBINING holds)
_STAND_INS = "ᴀᴁᴂᴃᴄᴅᴆᴇᴈᴉᴊᴋᴌᴍᴎᴏ"


def _with_marks(text: str) -> list[str]:
    marks: dict[str, str] = {}
    for m in _COMBINING.finditer(text):
        marks.setdefault(m.group(), _STAND_INS[len(marks) % len(_STAND_INS)])
    if len(marks) > len(_STAND_INS) or any(c in text for c in _STAND_INS):
        return list(_names(text))
    names = _names(_COMBINING.sub(lambda m: marks[m.group()], text))
    back = {stand_in: mark for mark, stand_in in marks.items()}
    return ["".join(back.get(c, c) for c in name) for name in names]


_GLUED_ET_AL = re.compile(r"(?<=\w)\s?et\.al\b")
_ELLIPSIS = re.compile(r",?\s*(?:\.\.\.|…)(?:\s*\d+ hidden\s*(?:\.\.\.|…))?\s*,?")  # ("Puxin Xu... 9 hidden ...
# Mike Lewis", alon-albalak/data-selection-survey, 132 author lines: the names the list's tool left out, counted)


@lru_cache(maxsize=1024)
def _names(text: str) -> tuple[str, ...]:
    """(``parse``, remembered: an entry's author line is asked about twice, once to tell that
    it continues the entry and once to read it.)"""
    # (taken out with a space in its place: "Zhiwei (Tony)Qin")
    bare = " ".join(_AFFILIATION.sub(" ", text).split()) if "(" in text or "（" in text else text
    if "*" in bare or "†" in bare or "‡" in bare or "§" in bare or "¶" in bare or "#" in bare:
        bare = _MARKS.sub("", bare)
    if _NUMBERED.search(bare) and len(_NUMBERED.findall(bare)) * 2 >= bare.count(",") + bare.count(" and ") + 1:
        bare = _NUMBERED.sub("", bare)  # "Iulian V. Serban1 and Alexander G. Ororbia II2 and Joelle Pineau3"
        # (ChenChengKuan/awesome-text-generation): each name's affiliation by number, as a paper's byline has it
    if not_a_list(_GROUP.sub("", bare, count=1) if ":" in bare else bare):
        return ()  # digits, markup, sentences or title words: not names (cheap, before the real work)
    names = _parse(bare)
    if len(names) >= 2 and _ANY_DIGIT.search(bare):  # "Federico Camposeco, Andrea Cohen, Marc Pollefeys1,
        names = [_AFFILIATION_DIGIT.sub("", n) if " " in n else n for n in names]  # Torsten Sattler": a byline's
        # affiliation number on one name only (TerenceCYJ/VP-SLAM-SC-papers)
    if len(names) == 1 and not substantial(names) and not ET_AL.search(text):
        return ()
    if len(names) == 1 and not names[0].isascii() and _NOT_A_NAME.search(names[0]):
        return ()  # "ACL2020香侬科技 MRC框架的NER", "AAAI2018 GCN事件检测" (xiaomindog's list): where and when,
        # glued to a note in Chinese, not a person
    if len(names) >= 2 and all(_FAMILY_INITIALS.fullmatch(n) for n in names):
        # "Shoham Y, Powers R, Grenager T" (ewanlee/MARL-Papers): family names first, as "Zhang, Yonggang" is
        names = [given_first(n) for n in names]
    return tuple(names)


_NOT_A_NAME = re.compile(r"[A-Za-z0-9][\u3400-\u9fff]|[\u3400-\u9fff][A-Za-z0-9]")  # Latin glued to CJK
_FAMILY_INITIALS = re.compile(r"(?:[A-Z]['’])?[A-Z][^\W\d_]*[a-zà-ÿ][^\W\d_'’-]*(?:-[A-Z][^\W\d_'’-]*)?"
                              r"(?: [A-Z][^\W\d_]*[a-zà-ÿ][^\W\d_'’-]*)?(?:(?: [A-Z](?:-[A-Z])?){1,3}| [A-Z]{2,3})\.?")
# ("Müller-Myhsok B": a family name of two, joined; "Stanley EA", "Mariscal Harana J", XuZikang/Awesome-MedIA-
# Fairness: initials written together, a family name of two words; "O'Hagan S", "Seidel H-P", JacklinGroup/
# molecule-generation-review; "Huan L." last, the full stop that ends them, Google Scholar's Vancouver)


# (wider: "Simchi-Levi D" too)
_FAMILY_THEN_INITIALS = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'-]*[a-z][\w'-]*)?)"
                                   r"((?: [A-Z](?:-[A-Z])?){1,3}| [A-Z]{2,3})\.?")


def given_first(name: str) -> str:
    """``Liu T Y`` (a family name, then initials) as ``T Y Liu``; any other name as it is."""
    m = _FAMILY_THEN_INITIALS.fullmatch(name)
    return f"{m.group(2).strip()} {m.group(1)}" if m else name


def not_a_list(text: str) -> bool:
    """``_NOT_A_LIST.search(text)`` found something (markup, a sentence break, a title word),
    at a third of its cost for a long author line. A title word is a match of ``_TITLE_WORD``
    with no word character before it (the \b before it); such a match never lies inside an
    earlier one, whose letters would be word characters before it: none is skipped."""
    if _MARKUP_CHAR.search(text) or _SENTENCE_GAP.search(text):
        return True
    for m in _TITLE_WORD.finditer(text):
        if not m.start() or not _WORD_CHAR.match(text, m.start() - 1):
            return True
    return False


def substantial(names: list[str]) -> bool:
    """Enough to be sure these are people: two names, a full name, or a CJK name (``吴昊``)."""
    return len(names) >= 2 or (len(names) == 1 and (" " in names[0] or bool(_CJK_NAME.match(names[0]))))


def worded(name: str) -> bool:
    """Does a word of *name* end as English words that say what was done or how do, not as a person's name
    ("Channel Exchanging", "Local Area Reconstruction", "Human Preference", "One Side Selection")? For names
    that stand alone, where a method's name could stand as well."""
    words = name.split()
    return any(_WORDY_END.search(w) or w.casefold() in _NOUNS or k < len(words) - 1 and len(w) >= 7 and w.endswith(
        "ing") for k, w in enumerate(words))  # (a family name may end so: "Michael Deering", "Christopher Manning")


# Endings of English words that name what was done or how, not a person
_WORDY_END = re.compile(r"(?:tion|sion|ment|ness|ence|ance|ity|ive|ous|ics|ques?|ly|ism|ure|ided|ated|hood)$")
_NOUNS = {"course", "rule", "rules", "lecture", "notes", "tutorial", "survey", "review", "overview", "book", "blog"}


def pairs_given_first(text: str) -> str:
    """*text*, where it lists names family name first, a comma, then the given name, ``et al.`` last (``Bi, Kaifeng,
    Xie, Lingxi, Zhang, Hengheng et al.``: lihuirui/awesome-scientific-time-series-foundation-models-survey), as
    given name first, the names parted by commas; any other text as it is."""
    paired = _INVERTED_PAIRS.fullmatch(text)
    return re.sub(r"(\w[\w'’-]*), (\w[\w'’-]*)(?:, |(?= et al))", r"\2 \1, ", paired.group(1)).rstrip(", ") \
        if paired else text


_INVERTED_PAIRS = re.compile(r"((?:[A-Z][\w'’-]+, [A-Z][\w'’-]+(?:, |(?= et al\.?$))){2,})\s*et al\.?")


def only_people(names: list[str]) -> bool:
    """Can *names* only be people: no word of a subject or a body that writes (``Image Classification, Object
    Detection``, ``Google Research, Meta AI`` read as names too)? For names that stand alone, with no year,
    venue or "et al." to say they are a citation's."""
    return all(_person_shaped(name) and not _NOT_PERSON.search(name) for name in names)


def _person_shaped(name: str) -> bool:
    """Is every word of *name* a capitalised word, an initial or a particle (not "CVPR2020", "PIRL", nor
    "整数规划", a subject in a Chinese list's notes)?"""
    return all((w[0].isupper() and w != w.upper() and not _ANY_DIGIT.search(w))
               or _INITIAL.fullmatch(w) is not None or w.lower() in _PARTICLES for w in name.split())


_NOT_PERSON = re.compile(
    r"\b(?:learning|networks?|models?|neural|deep|graphs?|images?|videos?|vision|visual|language|speech|audio|text|"
    r"data|detection|classification|segmentation|generation|recognition|reasoning|attention|transformers?|"
    r"diffusion|robotics?|agents?|survey|benchmarks?|datasets?|analysis|prediction|optimi[sz]ation|systems?|"
    r"computing|intelligence|research|universit(?:y|ies)|institute|labs?|ai|inc|google|meta|microsoft|deepmind|"
    r"openai|nvidia|amazon|alibaba|tencent|baidu|huawei|bytedance|code|paper|project|demo)\b", re.IGNORECASE)


def _between_names(m: re.Match[str]) -> str:
    """What stands for an "et al." removed: a comma where names go on after it (``Zixi Tuo, et al., Jiaying
    Liu``, soraw-ai/Awesome-Text-to-Video-Generation: the first authors, those left out, the last one)."""
    return ", " if m.group().startswith(",") and m.group().endswith(",") and _LAST_NAME.match(m.string, m.end()) \
        else ""


_ONE_WORD = re.compile(r"\s*[^\W\d_][\w&-]*\s*")
_LAST_NAME = re.compile(r"\s*[A-Z][^\W\d_]*\.?(?:[ -][A-Z][^\W\d_]*\.?)+\s*$")  # (not "March Arxiv2025")


def _parse(bare: str) -> list[str]:
    """The names of *bare*, an author list without its affiliations."""
    text = bare.strip().strip("*_ ")
    # (each form of ``ET_AL`` holds "et" or 等, or ends " others": most author lists need no search)
    if "et" in text.lower() or "等" in text or text.endswith(" others"):
        first = ET_AL.search(text)
        if first and _WORD_AFTER.match(text, first.end()) and "," not in first.group() and not any(
                c.isdigit() for c in text[first.end():]):  # "Yunxiang Li et al. Cureus" (mingze-yuan/Awesome-LLM-
            text = text[: first.start()]  # Healthcare): the names end at "et al."; a word after it is no name
        elif first and first.group().rstrip().endswith(",") and not first.group().lstrip().startswith(",") and \
                _ONE_WORD.fullmatch(text, first.end()):  # "Templeton et al., Anthropic" (fardinayar/Awesome-Concept-
            text = text[: first.start()]  # Learning-for-Vision): one word after "et al.," is where, not a last author
        text = ET_AL.sub(_between_names, text)
    text = text.strip().rstrip(",;:").strip()
    # (A match of _ENDS_WITH_INITIAL is two characters at the end: it is searched for there,
    # from the third last, with the text before it still seen by its \b; not at every position.)
    if text.endswith(".") and not _ENDS_WITH_INITIAL.search(text, max(0, len(text) - 3)):
        text = text[:-1].rstrip()
    text = _GROUP.sub("", text) if "," in text and ":" in text else text  # (_GROUP needs a ":")
    if not text or len(text) > 2000:
        return []
    names: list[str] = []
    low = text.lower()
    one = "&" not in text and ";" not in text and "and" not in low  # (nothing to split at)
    groups = [text] if one else _SPLIT_AND.split(text)
    if len(groups) >= 2 and all(g.count(",") == 1 for g in groups) and " and " in text and all(
            _FAMILY.fullmatch(g.split(",")[0].strip()) or _PARTICLE_FAMILY.fullmatch(g.split(",")[0].strip())
            for g in groups):  # "Hasan, Masum and Islam, Mohammad Rafid Ul and Rahman, AJM" (BibTeX's order, each
        groups = [" ".join(reversed([p.strip() for p in g.split(",")])) for g in groups]  # name family name first)
    for group in groups:
        group = group.strip().strip(",").strip()
        if not group:
            continue
        parts = [p for p in map(str.strip, group.split(",")) if p]
        if one and len(parts) >= 3 and all(map(_SURNAME.fullmatch, parts)) and not _pinyin_pairs(parts):
            names += parts  # "Methani, Ganguly, Khapra, Kumar — WACV 2020" (vibhum-phd/awesome-chart-axis-
            continue  # hallucination, 21 lines): family names alone, not "Last, First" pairs
        names += _pairs(parts, bool(names), mla=not names and not one and ", and " in low)
    if _may_name_a_group(low):
        names = [n for n in names if not _not_people(n)]
    if any(word in low for word in _VENUE_HINTS) and any(_VENUE_WORD.fullmatch(n) for n in names):
        return []  # "Sustainable Cities and Society, 2020." (Thinklab-SJTU/awesome-hpo): a journal, not two people
    if not names or not all(map(looks_like_name, names)) and not _one_slip(names):
        return []
    return names


_SURNAME = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
_VENUE_HINTS = ("societ", "journal", "transaction", "letters", "proceedings", "conference", "magazine", "review")
_VENUE_WORD = re.compile(r"\b(?:Society|Journal|Transactions|Letters|Proceedings|Conference|Magazine|Review)\b")


def _one_slip(names: list[str]) -> bool:
    """``Graham Cormode, Somesh Jha, Tejas kulkarni, Ninghui Li`` (Guyanqi/Awesome-Privacy): one
    family name typed in lower case, among at least three full names that look like names."""
    odd = [n for n in names if not looks_like_name(n)]
    if len(odd) != 1 or sum(" " in n for n in names if n is not odd[0]) < 3:
        return False
    words = odd[0].split()
    return len(words) == 2 and looks_like_name(words[0]) and words[1].isalpha() and words[1].islower()


def _may_name_a_group(low: str) -> bool:
    """Can a name read from *low* (a lowercased author list) be a group (``_not_people``)? Not
    when *low* holds none of its words' starts: a name is a part of the list, or two parts
    joined by a space ("Last, First" as "First Last"), which puts no letters together but
    "et" and "al" (most lists never ask about a name)."""
    return "co" in low or "team" in low or "group" in low or ("et" in low and "al" in low)


def _not_people(name: str) -> bool:
    """A group, not a person (``o3 contributors``, ``the NLP team``). ``_NOT_PEOPLE`` (case-
    insensitive: tried at every position) only for a name that holds one of its words' starts;
    exact: none of these letters matches anything but its ASCII capital under IGNORECASE."""
    low = name.lower()
    return ("co" in low or "team" in low or "group" in low or "et al" in low) and bool(_NOT_PEOPLE.search(name))


_PARTICLE_FAMILY = re.compile(rf"(?:(?i:{_alternatives(_FAMILY_PARTICLES)})\s+)+[A-Z][\w'’-]+")  # "van Cranenburgh"


def _pairs(parts: list[str], listed: bool = False, mla: bool = False) -> list[str]:
    """Names from comma-separated *parts*: "Last, First" pairs where a single
    family name is followed by given names, full names otherwise. (*listed*: names came before;
    *mla*: the first names of a list that ends ", and" its last, as MLA writes it.)"""
    if len(parts) == 2 and _FAMILY.fullmatch(parts[0]) and _GIVEN_NAMES.fullmatch(parts[1]):
        return [f"{parts[1]} {parts[0]}"]  # "Han, Jesse Michael", "Venkatakrishnan, Bojja Shaileshh": one person
    if len(parts) >= 3 and len(parts) % 2 and all(_FAMILY.fullmatch(p) for p in parts):
        return parts  # "Dooley, Khurana, Mohapatra, Naidu, White" (PriorLabs/PriorLabs.github.io, a Google Scholar
        # export of family names alone): an odd count of single names is no run of "Last, First" pairs
    out: list[str] = []
    i = 0
    paired = False  # (the name before was a "Last, First" pair)
    while i < len(parts):
        part = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if i == 0 and mla and " " not in part and nxt is not None and len(parts) > 2 and _FAMILY.fullmatch(
                part) and _GIVEN_NAMES.fullmatch(nxt) and all(" " in p for p in parts[2:]):
            out.append(f"{nxt} {part}")  # "Li, Yinghao Aaron, Cong Han, and Nima Mesgarani" (Google Scholar's MLA:
            i += 2  # the first name family name first, JeffC0628/awesome-voice-conversion), "Paliwal, Shubham Singh,
            continue  # D. Vishwanath, ..." (Wa1den-jy/Topic-on-Table-Recognition)
        if (" " not in part or _PARTICLE_FAMILY.fullmatch(part)) and nxt is not None and (_given(nxt) or paired and (
                _GIVEN_NAMES.fullmatch(nxt))):  # ("Um, Soobin, Ye, Jong Chul", sunovivid/Awesome-Diffusion-Guidance:
            out.append(f"{nxt} {part}")  # two given names, in pairs) ("Koolen, Corina and van Cranenburgh, Andreas":
            i += 2  # a particle, then the name)
            paired = True
            continue
        paired = False
        if " " not in part and nxt is not None and i + 2 == len(parts) and len(nxt) == 1 and nxt.isupper() and (
                out or listed):
            out.append(f"{nxt}. {part}")  # "Guler, R.A., Neverova, N., & Kokkinos, I" (its last period cut off)
            break
        out.append(part)
        i += 1
    return out


# Common Chinese family names in pinyin: "Guo, Yingqing, Yuan, Hui, Yang, Yukang" is "Last, First" pairs, not six
# family names alone (sunovivid/Awesome-Diffusion-Guidance, BibTeX's order with its "and"s made commas).
_PINYIN_FAMILY = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han "
    "feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu zhong "
    "cui tan liao fan wen shi qin xiong meng qiu hou bai yin shao long wan duan lei qian kong mao hao gu kang yan lai "
    "jia xia fang zou xue mo hong niu ning ou qi qu rong sha shang tao wei xing yi zhan zhuang".split())


def _pinyin_pairs(parts: list[str]) -> bool:
    """Are single words, an even count, "Last, First" pairs of Chinese names: every other one a common family name,
    most of those between not?"""
    family, given = parts[0::2], parts[1::2]
    return len(parts) % 2 == 0 and all(p.lower() in _PINYIN_FAMILY for p in family) and 2 * sum(
        p.lower() not in _PINYIN_FAMILY for p in given) > len(given)


def _given(text: str) -> bool:
    """Given names after a family name: ``Yonggang``, ``Elliot J.``, ``Alexander M.``
    (one word, or one word and initials)."""
    words = text.split()
    if not words or len(words) > 3:
        return False
    if len(words) == 1:
        return bool(_GIVEN_OR_INITIALS.fullmatch(words[0]))
    if len(words) == 2 and _INITIAL.fullmatch(words[0]) and _GIVEN.fullmatch(words[1]):
        return True  # "Giles, C Lee" (Jyouhou/SceneTextPapers): an initial, then the name used
    return bool(_GIVEN.fullmatch(words[0]) or _INITIAL.fullmatch(words[0])) and all(
        _INITIAL.fullmatch(w) for w in words[1:])  # ("Sheng, V. S.": initials alone)


# Words of papers' titles, which no one's name holds (a line of them is no list of people).
TITLE_WORDS = re.compile(r"\b(?:learning|networks?|models?|via|towards?|using|neural|transformers?|diffusion|"
                         r"policy|policies|benchmark(?:ing)?|dataset|language|reinforcement|representations?|"
                         r"generalization|manipulation|detection|segmentation|generation|recognition|inference|"
                         r"estimation|optimization|embeddings?|pre-?training|self-supervised|unsupervised|"
                         r"odometry|slam|locali[sz]ation|mapping|navigation|tracking|reconstruction|calibration|"
                         r"registration|planning|perception|fusion|framework|approach|algorithm|clustering|"
                         r"classification|prediction|completion|factori[sz]ation|retrieval|synthesis|adaptation|"
                         r"alignment|compression|distillation|forecasting|captioning)\b",  # (the
                         # robotics of Taeyoung96/IROS-2022-SLAM-paper-list, 162 titles alone; the clustering of
                         # Jeaninezpp/Awesome-Incomplete-multi-view-clustering, 87)
                         re.IGNORECASE)


def family_then_given(family: str, given: str) -> bool:
    """``Otani``, ``Mayu``: a family name alone, then given names (one word, or one word and initials), as
    a reference written family name first begins."""
    return _FAMILY.fullmatch(family) is not None and _given(given)


def particle_family(name: str) -> bool:
    """A family name with its particle, ``De Cristofaro``, ``van Cranenburgh``: a person's, not a journal's."""
    return _PARTICLE_FAMILY.fullmatch(name) is not None


def affiliated_names(text: str) -> list[str]:
    """``Junsu Cho (POSTECH), Dongmin Hyun (POSTECH), ... and Hwanjo Yu (POSTECH).`` (AIM-SE/PR4Rec, quoted under
    each paper's heading; shenzekai/STLab-Summary after "**作者：**"): names, each with where its author works
    (left out); [] when *text* is not two full names or more and nothing else."""
    text = _AFFILIATIONS.sub("", " ".join(text.split()))
    if "," not in text or len(text) > 1000 or any(c in text for c in "[]()*:") or "http" in text:
        return []
    names = parse(text)
    return names if len(names) >= 2 and only_people(names) and all(len(n.split()) >= 2 for n in names) else []


_AFFILIATIONS = re.compile(r"\s*\([^()]{2,120}\)(?=\s*(?:,|and\b|&|\.?$))")
