"""BibTeX export.

A paper that came from a BibTeX file is written back as it came: its entry type,
its key, and every field in its order, each from the source text the file gave
(so ``{BERT}``, ``month = jul`` and LaTeX the style understands survive), unless the
user changed the value since (then it is encoded afresh). What paperctl knows
beyond the file (a DOI found later, the sections as ``keywords``, the summary as
``annote`` with ``annotate``, aliases as biblatex's ``ids``) is added after.

Papers that came from elsewhere are written by rule:

* arXiv preprints follow arXiv's own style: ``@misc`` with ``eprint``,
  ``archivePrefix = {arXiv}``, ``primaryClass`` and ``url``;
* a paper with a journal-ref, or a venue that names a journal or conference,
  becomes ``@article`` (``journal``) or ``@inproceedings`` (``booktitle``),
  keeping the eprint fields; ``doi`` when known;
* titles: capitals a style would lowercase are protected with braces (words
  with inner capitals or digits such as ``LLM``, ``GPT-3``, ``LoRA``, ``T5``,
  and the first word after a colon).

Every value written is text to bibtex and biber alike: ``& % # _ $`` are
escaped, and a backslash, a brace, ``~`` and ``^`` are written as the commands
that print them (``\\textbackslash{}``...), so no value is left unbalanced and
``C:\\temp\\`` reads back as it was; ``$...$`` math is kept. LaTeX that came from a
file is kept, but commands that could read or write files or redefine macros are
neutralised (``latex.neutralise``). UTF-8 by default (biber); ``ascii=True``
writes LaTeX escapes for classic bibtex (``Müller`` -> ``M{\\"u}ller``).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable

from ... import bibfields, names
from ...models import BibField, Paper
from ...publication import Publication, published
from .latex import balanced, neutralise, to_text

# Math as the reader reads it back: $$display$$, or pandoc's rule for $inline$ ("$5 or $10"
# is no math: the opening $ is followed, and the closing one preceded, by a non-space).
_MATH = re.compile(r"(?<!\\)\$\$[^$]+?(?<!\\)\$\$|(?<!\\)\$(?=[^\s$])[^$\n]*?(?<=\S)(?<!\\)\$(?![0-9])")
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_CONFERENCE = re.compile(
    r"\b(conference|proceedings|proc\.|symposium|workshop|iclr|icml|neurips|nips|cvpr|iccv|eccv|acl|"
    r"emnlp|naacl|eacl|coling|aaai|ijcai|kdd|sigir|www|colt|aistats|uai|corl|rss|icra|iros|sosp|osdi|"
    r"nsdi|isca|micro|issta|icse|fse|miccai|wacv|bmvc|interspeech|icassp|siggraph|chi|uist|lrec)\b",
    re.IGNORECASE,
)
_JOURNAL = re.compile(r"\b(journal|transactions|tmlr|jmlr|nature|science|letters|review|magazine)\b", re.I)
_PRESENTATION = re.compile(r"\s*\b(oral|spotlight|poster|highlight|best paper)\b\s*$", re.IGNORECASE)
_PREPRINT = re.compile(r"\b(arxiv|preprint|ongoing|under review|submitted)\b", re.IGNORECASE)


def _balanced(text: str) -> bool:
    """Every brace paired, counting those after a backslash (as bibtex does)."""
    return balanced(text)


def _split_protected(text: str) -> list[tuple[str, bool]]:
    """Cut *text* into (segment, math) pieces: ``$math$`` (pandoc's rule, with its
    braces balanced) is kept as LaTeX, everything else is text."""
    if "$" not in text:
        return [(text, False)] if text else []
    pieces: list[tuple[str, bool]] = []
    start = 0
    for math in _MATH.finditer(text):
        if not _clean_math(math.group()):
            continue  # written as text instead, which reads back as it was
        pieces.append((text[start : math.start()], False))
        pieces.append((math.group(), True))
        start = math.end()
    pieces.append((text[start:], False))
    return [(s, p) for s, p in pieces if s]


_MATH_SPECIAL = re.compile(r"(?<!\\)[%#&]|\^\^")


def _clean_math(math: str) -> bool:
    """Whether math can be written as it is: braces paired, nothing TeX would misread
    (``%`` starts a comment, ``#`` and ``&`` are errors) and no dangerous command."""
    return _balanced(math) and not _MATH_SPECIAL.search(math) and neutralise(math) == math


_ANY_SPECIAL = re.compile(r"[{}$&%#_~^\\]")
_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
            "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "&": r"\&", "%": r"\%", "#": r"\#",
            "_": r"\_", "$": r"\$"}


def _escape_plain(text: str) -> str:
    """Text as LaTeX that prints it: every special character escaped, and a
    backslash or brace written as a command that holds no unpaired brace (bibtex
    counts braces even after a backslash)."""
    if not _ANY_SPECIAL.search(text):
        return text
    return _ANY_SPECIAL.sub(lambda m: _ESCAPES[m.group()], text)


def escape(text: str) -> str:
    """LaTeX-escape a free-text field value, keeping ``$math$``."""
    if not _ANY_SPECIAL.search(text):
        return text  # the common case, and export of 100k papers escapes a million values
    return "".join(seg if math else _escape_plain(seg) for seg, math in _split_protected(text))


_DASH = re.compile("[-–]")


def _needs_protection(word: str) -> bool:
    """Would a style's lowercasing damage this word? (LLM, GPT-3, LoRA, iPhone, T5)"""
    if word[1:].islower() and word.isalpha():
        return False  # "Transformers", "via": the common case
    for part in _DASH.split(word):
        letters = [c for c in part if c.isalpha()]
        if any(c.isupper() for c in part[1:]) and any(c.isupper() for c in letters):
            return True
        if any(c.isdigit() for c in part) and any(c.isupper() for c in letters):
            return True
    return False


def protect_title(title: str) -> str:
    """A title for BibTeX: escaped, with case-sensitive words wrapped in braces."""
    out = []
    after_colon = False
    for seg, protected in _split_protected(title):
        if protected:
            out.append(seg)
            after_colon = False
            continue
        pos, pieces = 0, []
        # Most titles hold nothing to escape: then no piece of them is looked at twice.
        esc = _escape_plain if _ANY_SPECIAL.search(seg) else str
        for m in _WORD.finditer(seg):
            between = seg[pos : m.start()]
            pieces.append(esc(between))
            if ":" in between or "?" in between or "!" in between:
                after_colon = True
            word = m.group().rstrip(".")
            trail = m.group()[len(word) :]
            single_capital = len(word) == 1 and word.isupper() and word != "A" and (pieces != [""] or pos)
            if _needs_protection(word) or single_capital or (after_colon and word[:1].isupper()):
                pieces.append("{" + esc(word) + "}" + trail)
            else:
                pieces.append(esc(m.group()))
            after_colon = False
            pos = m.end()
        rest = seg[pos:]
        pieces.append(esc(rest))
        if ":" in rest:
            after_colon = True
        out.append("".join(pieces))
    return "".join(out)


@functools.lru_cache(maxsize=1 << 16)  # the same authors recur across a library's papers
def _name(name: str) -> str:
    """An author for the ``and``-separated list: "Given Family", or "Family, Suffix, Given"
    when there is a suffix (BibTeX would take "IV" for the family); a name containing
    the word "and" is braced whole."""
    if re.search(r"\band\b", name) or "," in name:
        return "{" + escape(name) + "}"  # "Gemini Team, Google" is one name, not "Family, Given"
    parts = names.split(name)
    if parts.suffix:
        return escape(f"{parts.family}, {parts.suffix}, {parts.given}")
    return escape(name)


def venue_name(venue: str) -> str:
    """"ICLR 2024 Oral" is cited as "ICLR 2024": the presentation type is not part of the venue."""
    return _PRESENTATION.sub("", venue).strip() or venue


def venue_kind(text: str | None) -> str | None:
    """'conference', 'journal', or None for preprint-like or unknown venues."""
    if not text or _PREPRINT.search(text):
        return None
    if _CONFERENCE.search(text):
        return "conference"
    if _JOURNAL.search(text):
        return "journal"
    return None


def entry_fields(paper: Paper, annotate: bool = False) -> tuple[str, list[tuple[str, str]]]:
    """The entry type and the ordered (field, value as BibTeX) pairs for *paper*;
    each value is delimited (``{...}``) or a bare number or month."""
    publication = published(paper)  # what ``paperctl venues`` resolved, when it applies
    entry_type = paper.entry_type or (publication.entry_type if publication else _derived_type(paper))
    out: list[tuple[str, str]] = []
    present: set[str] = set()
    for field in paper.fields:
        present.update(bibfields.names_for(field.name))
        value = _stored(paper, field, annotate)
        if value is not None:
            out.append((field.name, value))
    arxiv_url = f"{{https://arxiv.org/abs/{paper.arxiv_id}}}"
    own_eprint = "eprint" in present
    for name, value in _from_attributes(paper, entry_type, annotate, publication):
        if own_eprint and (value == arxiv_url or name in ("archivePrefix", "primaryClass")):
            continue  # the record has its own eprint fields: the arXiv link adds nothing
        if name.lower() not in present:
            present.update(bibfields.names_for(name.lower()))
            out.append((name, value))
    return entry_type, out


def _derived_type(paper: Paper) -> str:
    """The entry type of a paper no file gave one: from its journal-ref or venue."""
    container = paper.journal_ref or (paper.venue if venue_kind(paper.venue) else None)
    kind = venue_kind(container) or ("journal" if paper.journal_ref else None)
    return {"conference": "inproceedings", "journal": "article"}.get(kind or "", "misc")


_CONTAINER = {"article": "journal", "inproceedings": "booktitle", "conference": "booktitle",
              "incollection": "booktitle", "inbook": "booktitle"}


def _from_attributes(paper: Paper, entry_type: str, annotate: bool,
                     publication: Publication | None = None) -> list[tuple[str, str]]:
    """The fields paperctl's own attributes give, in the order arXiv's style uses."""
    fields: list[tuple[str, str]] = []
    if paper.title:
        fields.append(("title", _braced(protect_title(paper.title))))
    if paper.authors:
        fields.append(("author", _braced(" and ".join(_name(a.name) for a in paper.authors))))
    if publication:
        return fields + _published_fields(paper, publication, annotate)
    container = paper.journal_ref or (paper.venue if venue_kind(paper.venue) else None)
    if paper.entry_type and not paper.journal_ref:
        container = paper.venue  # the type is known: any venue is its container
    if container and entry_type in _CONTAINER:
        fields.append((_CONTAINER[entry_type], _braced(escape(venue_name(container)))))
    if paper.year:
        fields.append(("year", _braced(str(paper.year))))
    if paper.arxiv_id:
        fields += [("eprint", _braced(paper.arxiv_id)), ("archivePrefix", "{arXiv}")]
        if paper.primary_category:
            fields.append(("primaryClass", _braced(_verbatim(paper.primary_category))))
    if paper.doi:
        fields.append(("doi", _braced(_verbatim(paper.doi))))
    if entry_type == "misc" and not paper.entry_type and paper.venue and not container \
            and not _PREPRINT.search(paper.venue):
        fields.append(("note", _braced(escape(paper.venue))))
    url = f"https://arxiv.org/abs/{paper.arxiv_id}" if paper.arxiv_id else paper.url
    if url:
        fields.append(("url", _braced(_verbatim(url))))
    if paper.tags:
        fields.append(("keywords", _braced(escape(", ".join(paper.tags)))))
    if annotate and paper.summary:
        fields.append(("annote", _braced(escape(paper.summary))))
    aliases = [a for a in paper.aliases if a.lower() != paper.citekey.lower()]
    if aliases:
        fields.append(("ids", _braced(", ".join(aliases))))
    return fields


def _published_fields(paper: Paper, pub: Publication, annotate: bool) -> list[tuple[str, str]]:
    """A resolved paper: its proceedings or journal, the venue's year, pages, volume,
    publisher and DOI; the eprint fields, url, keywords and the rest as for any paper."""
    fields = [(pub.container_field, _braced(escape(pub.container)))]
    year = pub.year or paper.year
    if year:
        fields.append(("year", _braced(str(year))))
    for name, value in (("volume", pub.volume), ("pages", pub.pages), ("publisher", pub.publisher)):
        if value:
            text = re.sub(r"\s*-+\s*", "--", value) if name == "pages" else value  # 770-778 -> 770--778
            fields.append((name, _braced(escape(text))))
    rest = [(n, v) for n, v in _from_attributes(paper, "misc", annotate)
            if n not in ("title", "author", "year", "note", "doi")]
    doi = paper.doi or pub.doi
    if doi:
        at = next((i for i, (n, _) in enumerate(rest) if n == "url"), len(rest))
        rest.insert(at, ("doi", _braced(_verbatim(doi))))
    return fields + rest


def _stored(paper: Paper, field: BibField, annotate: bool) -> str | None:
    """A stored field as BibTeX: its source while it says what the paper holds, else
    its value encoded afresh; None when there is nothing left to write."""
    name = field.name
    if name in ("keywords", "annote", "annotation", "ids"):  # the sections, the summary, the aliases
        current = {"keywords": ", ".join(paper.tags), "annote": paper.summary or "",
                   "annotation": paper.summary or "", "ids": ", ".join(paper.aliases)}[name]
        if not current:
            return None
        if field.source is not None and _same_text(name, field.source, current):
            return neutralise(field.source)
        return _braced(current if name == "ids" else escape(current))
    if field.source is not None:
        return neutralise(field.source)
    if field.value is not None:
        return encode(name, field.value)
    return _attribute(paper, name)


def _same_text(name: str, source: str, current: str) -> bool:
    text = to_text(source[1:-1] if source.startswith("{") and source.endswith("}") else source)
    if name in ("keywords", "ids"):
        return [t.strip() for t in re.split(r"[,;]", text) if t.strip()] == \
            [t.strip() for t in current.split(", ") if t.strip()]
    return text == current


def _attribute(paper: Paper, name: str) -> str | None:
    """A mirrored field from the paper's attribute (see ``bibfields.MIRRORED``)."""
    if name == "title":
        return _braced(protect_title(paper.title)) if paper.title else None
    if name == "author":
        return _braced(" and ".join(_name(a.name) for a in paper.authors)) if paper.authors else None
    if name == "abstract":
        return _braced(escape(paper.abstract)) if paper.abstract else None
    text = bibfields.text_of(paper, name)
    return encode(name, text) if text else None


def encode(name: str, value: str) -> str:
    """*value* (text) as the BibTeX value of field *name*."""
    if name in bibfields.PEOPLE:
        return _braced(" and ".join(_name(n.strip()) for n in _AND.split(value) if n.strip()))
    if name in bibfields.VERBATIM:
        return _braced(_verbatim(value))
    if name == "title":
        return _braced(protect_title(value))
    if name == "month":
        number = bibfields.month_number(value)
        if number:
            return bibfields.MONTHS[number - 1]
    return _braced(escape(value))


def _braced(value: str) -> str:
    return "{" + value + "}"


_AND = re.compile(r"(?<=\s)and(?=\s)")
_URL_UNSAFE = re.compile(r"[{}\\\s]")


def _verbatim(value: str) -> str:
    """An identifier or URL as it is, except what would break the entry: braces that
    do not pair, a backslash, white space (percent-encoded, as URLs write them)."""
    if not _URL_UNSAFE.search(value):
        return value
    if balanced(value) and "\\" not in value and not re.search(r"\s", value):
        return value
    return _URL_UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", value)


_TEXT_FIELDS = {"title", "author", "journal", "booktitle", "note", "keywords", "annote"}


@functools.cache
def _ascii_encoder():  # type: ignore[no-untyped-def]
    from pylatexenc.latexencode import UnicodeToLatexEncoder

    logging.getLogger("pylatexenc").setLevel(logging.ERROR)  # CJK has no LaTeX form: kept as is
    return UnicodeToLatexEncoder(
        non_ascii_only=True, replacement_latex_protection="braces-all", unknown_char_policy="keep"
    )


def _to_ascii(value: str) -> str:
    return value if value.isascii() else _ascii_encoder().unicode_to_latex(value)


def dumps(papers: Iterable[Paper], annotate: bool = False, ascii: bool = False) -> str:
    """The BibTeX file for *papers*, in the order given."""
    entries = []
    for paper in papers:
        entry_type, fields = entry_fields(paper, annotate)
        lines = [f"@{entry_type}{{{paper.citekey},"]
        for i, (name, value) in enumerate(fields):
            if ascii and name.lower() not in bibfields.VERBATIM:
                value = _to_ascii(value)
            lines.append(f"  {name} = {value}" + ("," if i < len(fields) - 1 else ""))
        lines.append("}")
        entries.append("\n".join(lines) + "\n")
    return "\n".join(entries)
