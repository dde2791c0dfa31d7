"""BibTeX export, written with bibtexparser's v2 API.

Values are encoded here, not by bibtexparser's LaTeX middleware, which would
escape the braces that protect capitals. The rules:

* arXiv preprints follow arXiv's own style: ``@misc`` with ``eprint``,
  ``archivePrefix = {arXiv}``, ``primaryClass`` and ``url``;
* a paper with a journal-ref, or a venue that names a journal or conference,
  becomes ``@article`` (``journal``) or ``@inproceedings`` (``booktitle``),
  keeping the eprint fields; ``doi`` when known;
* titles: capitals a style would lowercase are protected with braces (words
  with inner capitals or digits such as ``LLM``, ``GPT-3``, ``LoRA``, ``T5``,
  and the first word after a colon); braces already there are kept; ``& % #
  _`` and a lone ``$`` are escaped; ``$...$`` math is left alone;
* UTF-8 by default (biber); ``ascii=True`` writes LaTeX escapes for classic
  bibtex (``Müller`` -> ``M{\\"u}ller``).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable

from ... import names
from ...models import Paper

_MATH = re.compile(r"(?<!\\)\$(?=\S)[^$\n]*?(?<=\S)(?<!\\)\$(?![0-9])")  # pandoc's rule: "$5 or $10" is no math
_SPECIAL = re.compile(r"(?<!\\)([&%#_])")
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
    depth = 0
    for i, ch in enumerate(text):
        if ch in "{}" and i and text[i - 1] == "\\":
            continue
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def _split_protected(text: str) -> list[tuple[str, bool]]:
    """Cut *text* into (segment, protected) pieces: ``$math$`` and top-level
    ``{...}`` groups are protected (left exactly as they are)."""
    if "{" not in text and "$" not in text:
        return [(text, False)] if text else []
    pieces: list[tuple[str, bool]] = []
    keep_braces = _balanced(text)
    i = start = 0
    while i < len(text):
        ch = text[i]
        math = _MATH.match(text, i) if ch == "$" else None
        if math:
            pieces.append((text[start:i], False))
            pieces.append((math.group(), True))
            i = start = math.end()
            continue
        if ch == "{" and keep_braces and (i == 0 or text[i - 1] != "\\"):
            depth, j = 0, i
            while j < len(text):
                if text[j] == "{" and text[j - 1 : j] != "\\":
                    depth += 1
                elif text[j] == "}" and text[j - 1 : j] != "\\":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            pieces.append((text[start:i], False))
            pieces.append((text[i : j + 1], True))
            i = start = j + 1
            continue
        i += 1
    pieces.append((text[start:], False))
    return [(s, p) for s, p in pieces if s]


_TEXT_COMMANDS = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}", "~": r"\textasciitilde{}",
                  "^": r"\textasciicircum{}"}


_ANY_SPECIAL = re.compile(r"[{}$&%#_~^\\]")
_LONE_DOLLAR = re.compile(r"(?<!\\)\$")
_COMMAND_CHAR = re.compile(r"(?<!\\)[{}~^]")


def _escape_plain(text: str) -> str:
    if not _ANY_SPECIAL.search(text):
        return text
    if text.endswith("\\") and not text.endswith("\\\\"):
        text = text[:-1] + r"\textbackslash{}"  # a closing brace after it would be escaped
    text = _SPECIAL.sub(r"\\\1", text)
    text = _LONE_DOLLAR.sub(r"\\$", text)  # a lone dollar (math pairs are protected pieces)
    # Braces reach here only when unbalanced: BibTeX counts braces even after a
    # backslash, so they are written as commands that contain none.
    return _COMMAND_CHAR.sub(lambda m: _TEXT_COMMANDS[m.group()], text)


def escape(text: str) -> str:
    """LaTeX-escape a free-text field value, keeping math and balanced brace groups."""
    if not _ANY_SPECIAL.search(text):
        return text  # the common case, and export of 100k papers escapes a million values
    return "".join(seg if protected else _escape_plain(seg) for seg, protected in _split_protected(text))


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
    """The entry type and the ordered (field, raw value) pairs for *paper*."""
    container = paper.journal_ref or (paper.venue if venue_kind(paper.venue) else None)
    kind = venue_kind(container) or ("journal" if paper.journal_ref else None)
    entry_type = {"conference": "inproceedings", "journal": "article"}.get(kind or "", "misc")
    fields: list[tuple[str, str]] = [("title", protect_title(paper.title))]
    if paper.authors:
        fields.append(("author", " and ".join(_name(a.name) for a in paper.authors)))
    if container:
        field = "booktitle" if entry_type == "inproceedings" else "journal"
        fields.append((field, escape(venue_name(container))))
    if paper.year:
        fields.append(("year", str(paper.year)))
    if paper.arxiv_id:
        fields += [("eprint", paper.arxiv_id), ("archivePrefix", "arXiv")]
        if paper.primary_category:
            fields.append(("primaryClass", paper.primary_category))
    if paper.doi:
        fields.append(("doi", paper.doi))
    if entry_type == "misc" and paper.venue and not container and not _PREPRINT.search(paper.venue):
        fields.append(("note", escape(paper.venue)))
    url = f"https://arxiv.org/abs/{paper.arxiv_id}" if paper.arxiv_id else paper.url
    if url:
        fields.append(("url", url))
    if paper.tags:
        fields.append(("keywords", escape(", ".join(paper.tags))))
    if annotate and paper.summary:
        fields.append(("annote", escape(paper.summary)))
    return entry_type, fields


_TEXT_FIELDS = {"title", "author", "journal", "booktitle", "note", "keywords", "annote"}


def _to_ascii(value: str) -> str:
    from pylatexenc.latexencode import UnicodeToLatexEncoder

    logging.getLogger("pylatexenc").setLevel(logging.ERROR)  # CJK has no LaTeX form: kept as is
    encoder = UnicodeToLatexEncoder(
        non_ascii_only=True, replacement_latex_protection="braces-all", unknown_char_policy="keep"
    )
    return encoder.unicode_to_latex(value)


def dumps(papers: Iterable[Paper], annotate: bool = False, ascii: bool = False) -> str:
    """The BibTeX file for *papers*, in the order given."""
    import bibtexparser
    from bibtexparser.model import Entry, Field

    library = bibtexparser.Library()
    for paper in papers:
        entry_type, fields = entry_fields(paper, annotate)
        if ascii:
            fields = [(k, _to_ascii(v) if k in _TEXT_FIELDS else v) for k, v in fields]
        library.add(Entry(entry_type, paper.citekey, [Field(k, "{" + v + "}") for k, v in fields]))
    fmt = bibtexparser.BibtexFormat()
    fmt.indent = "  "
    fmt.block_separator = "\n"
    text = bibtexparser.write_string(library, unparse_stack=[], bibtex_format=fmt)
    return text.strip() + "\n" if text.strip() else ""
