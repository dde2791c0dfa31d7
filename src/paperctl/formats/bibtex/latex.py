"""LaTeX in BibTeX values: read as text, and made harmless to write back.

``to_text`` turns a value's LaTeX into the Unicode text paperctl stores and
searches (``M{\\"u}ller`` -> ``Müller``, ``{The {\\LaTeX} column}`` -> ``The LaTeX
column``). It is a small reader of its own, not a LaTeX engine: accents, special
letters, escaped characters and text symbols are decoded; formatting commands
(``\\emph``, ``\\mbox``, ``\\textbf``...) vanish and leave their argument; a command
it does not know keeps its name (``\\TUG`` reads "TUG"), so text is never emptied by
decoding; ``$math$`` is kept as written; braces that protect case are dropped; a
``%`` is a percent sign (bibtex does not read comments inside values). It works
token by token with no recursion, so deep nesting costs only time linear in the
value's length.

``neutralise`` is for LaTeX that is written back as it came (a field's source):
commands that read or write files, define macros or change how TeX reads its input
(``\\input``, ``\\write``, ``\\def``, ``\\catcode``, ``^^5c``...) are turned into
printed text, so that compiling a document that cites the entry cannot run them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from ...text import clean

_TOKEN = re.compile(r"\\(?:[A-Za-z@]+|[^A-Za-z@])|\\|[{}$~]|[^\\{}$~]+", re.DOTALL)
_PLAIN = re.compile(r"[\\{}$~]")

_ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
            "r": "\u030a", "d": "\u0323", "b": "\u0331", "t": "\u0361"}
_LETTERS = {"ss": "ß", "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
            "aa": "å", "AA": "Å", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ",
            "NG": "Ŋ", "dj": "đ", "DJ": "Đ", "SS": "SS"}
_SYMBOLS = {
    "textbackslash": "\\", "textbraceleft": "{", "textbraceright": "}", "textasciitilde": "~",
    "textasciicircum": "^", "textunderscore": "_", "textless": "<", "textgreater": ">", "textbar": "|",
    "textendash": "–", "textemdash": "—", "textquoteleft": "‘", "textquoteright": "’",
    "textquotedblleft": "“", "textquotedblright": "”", "textquotedbl": '"', "textexclamdown": "¡",
    "textquestiondown": "¿", "textsection": "§", "S": "§", "P": "¶", "dag": "†", "ddag": "‡",
    "textdagger": "†", "textdaggerdbl": "‡", "copyright": "©", "textcopyright": "©", "textregistered": "®",
    "texttrademark": "™", "pounds": "£", "textsterling": "£", "euro": "€", "texteuro": "€", "ldots": "…",
    "dots": "…", "textellipsis": "…", "textbullet": "•", "textperiodcentered": "·", "textdegree": "°",
    "guillemotleft": "«", "guillemotright": "»", "guilsinglleft": "‹", "guilsinglright": "›",
    "quad": " ", "qquad": " ", "space": " ", "slash": "/", "textslash": "/", "textasteriskcentered": "*",
    "nobreakspace": " ", "newline": " ", "par": " ", "textdollar": "$", "textpercent": "%",
    "textampersand": "&", "textnumero": "№", "textmu": "µ", "textonehalf": "½",
    # TeX logos
    "TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2e", "BibTeX": "BibTeX", "XeTeX": "XeTeX",
    "XeLaTeX": "XeLaTeX", "LuaTeX": "LuaTeX", "LuaLaTeX": "LuaLaTeX", "pdfTeX": "pdfTeX",
    "pdfLaTeX": "pdfLaTeX", "ConTeXt": "ConTeXt", "MF": "METAFONT", "MP": "MetaPost", "eTeX": "e-TeX",
    "AmS": "AMS", "AMS": "AMS", "SliTeX": "SliTeX", "BibLaTeX": "BibLaTeX",
}
_CONTROL_SYMBOLS = {"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", "\\": " ", " ": " ",
                    ",": " ", ";": " ", ":": " ", "!": "", "/": "", "-": "", "@": "", "\n": " ", "\t": " "}
# Commands that only change how their argument looks: they vanish and leave it.
_SILENT = frozenset("""
    emph textbf textit texttt textsc textsf textrm textsl textup textmd textnormal mbox hbox fbox text
    textsuperscript textsubscript uppercase lowercase MakeUppercase MakeLowercase MakeTextUppercase
    MakeTextLowercase url nolinkurl path enquote bf it em rm sc sf tt sl up md normalfont bfseries itshape
    scshape ttfamily sffamily rmfamily mdseries upshape slshape tiny scriptsize footnotesize small
    normalsize large Large LARGE huge Huge relax protect unskip nolinebreak linebreak allowbreak break
    hfill null noindent xspace ignorespaces textup sup sub ensuremath mathrm mathit mathbf underline
    textsubscript cal boldmath unboldmath selectlanguage
""".split())
# Commands whose first argument is not text (a sorting hack, a length, a language, a link target).
_DROP_ARGUMENT = frozenset("""
    noopsort nosort hspace vspace label index phantom hphantom vphantom foreignlanguage href color
    textcolor
""".split())
_DOTLESS = {"ı": "i", "ȷ": "j"}


def to_text(latex: str) -> str:
    """The text a LaTeX value spells (see the module's docstring); whitespace collapsed."""
    if not _PLAIN.search(latex):
        return clean(latex) or ""
    out: list[str] = []
    accent: str | None = None  # a combining mark waiting for its letter
    skip_space = False  # after a letter or an accent command, TeX skips the spaces that follow
    expect_drop = False  # after a command whose argument is not text
    drop_depth = -1  # >= 0 while that argument is being skipped
    depth, pos, end = 0, 0, len(latex)
    while pos < end:
        match = _TOKEN.match(latex, pos)
        assert match is not None  # the pattern matches every character
        token, pos = match.group(), match.end()
        if token == "{":
            if expect_drop:
                drop_depth, expect_drop = depth, False
            depth += 1
            continue
        if token == "}":
            depth = max(depth - 1, 0)
            if depth == drop_depth:
                drop_depth = -1
            continue
        if drop_depth >= 0 or (expect_drop and token.isspace()):
            continue
        expect_drop = False
        next_skip = False
        if token == "$":
            close = _math_end(latex, pos)
            text = "$" if close is None else latex[pos - 1 : close]
            pos = close or pos
        elif token == "~":
            text = " "
        elif token.startswith("\\") and len(token) > 1:
            name = token[1:]
            if name in _ACCENTS:
                accent, skip_space = _ACCENTS[name], name.isalpha()
                continue
            if name in _SILENT:
                continue
            if name in _DROP_ARGUMENT:
                expect_drop = True
                continue
            if name in _LETTERS:
                text, next_skip = _LETTERS[name], True
            else:  # a symbol, an escaped character, or a command paperctl does not know: \TUG reads "TUG"
                text = _SYMBOLS.get(name, _CONTROL_SYMBOLS.get(name, name))
        else:
            text = token.lstrip() if skip_space else token
        skip_space = next_skip
        if accent and text:
            text = _DOTLESS.get(text[0], text[0]) + accent + text[1:]
            accent = None
        out.append(text)
    return clean(unicodedata.normalize("NFC", "".join(out))) or ""


def _math_end(latex: str, start: int) -> int | None:
    """The position just past the ``$`` that closes math opened just before *start*
    (``$$...$$`` too); None when it is never closed."""
    if latex.startswith("$", start):
        close = latex.find("$$", start + 1)
        return close + 2 if close >= 0 else None
    pos = start
    while True:
        found = latex.find("$", pos)
        if found < 0:
            return None
        escapes = 0
        while found - escapes - 1 >= start and latex[found - escapes - 1] == "\\":
            escapes += 1
        if escapes % 2 == 0:
            return found + 1
        pos = found + 1


# -- writing LaTeX back --------------------------------------------------------

# Commands that read or write files, run programs, define or redefine macros, or
# change how TeX reads what follows: matched as whole control words (``\\input``)...
DANGEROUS = frozenset("""
    input include includeonly openin openout read readline write immediate closein closeout special
    shipout write18 catcode lccode uccode sfcode mathcode delcode def edef gdef xdef let futurelet
    newcommand renewcommand providecommand DeclareRobustCommand DeclareTextCommand newenvironment
    renewenvironment csname endcsname expandafter noexpand scantokens everypar everymath everydisplay
    everyhbox everyvbox everyjob everycr everyeof output outer long global afterassignment aftergroup
    endinput end begin documentclass usepackage RequirePackage makeatletter makeatother loop repeat
    pdfprimitive primitive detokenize unexpanded newread newwrite pdffiledump batchmode nonstopmode
    scrollmode errorstopmode dump
""".split())
# ... and any control word holding one of these (``\\@@input``, ``\\InputIfFileExists``, ``\\directlua``).
_DANGEROUS_PART = re.compile(r"input|include|write|open|read|shell|lua|special|csname|catcode|scantokens|"
                             r"immediate|filecontents", re.IGNORECASE)
_NEUTRALISE = re.compile(r"\\([A-Za-z@]+)|\\.|\$|\^\^", re.DOTALL)


def dangerous(name: str) -> bool:
    """Whether control word *name* (without its backslash) must not reach TeX."""
    return name in DANGEROUS or bool(_DANGEROUS_PART.search(name))


def neutralise(latex: str) -> str:
    """*latex* with every dangerous command written as text (``\\input`` ->
    ``\\textbackslash{}input``, or ``\\backslash{}input`` in math) and TeX's ``^^``
    character notation broken up; the rest is left exactly as it is. No brace is
    added or removed unpaired, so a balanced value stays balanced."""
    if "\\" not in latex and "^^" not in latex:
        return latex
    math = False

    def replace(match: re.Match[str]) -> str:
        nonlocal math
        token = match.group()
        if token == "$":
            math = not math
            return token
        if token == "^^":
            return r"\hat{}\hat{}" if math else r"\textasciicircum{}\textasciicircum{}"
        name = match.group(1)
        if name and dangerous(name):
            return (r"\backslash{}" if math else r"\textbackslash{}") + name
        return token

    return _NEUTRALISE.sub(replace, latex)


def balanced(text: str) -> bool:
    """Whether every brace in *text* is paired, counting braces after a backslash too
    (bibtex and biber count them all)."""
    depth = 0
    for match in re.finditer(r"[{}]", text):
        depth += 1 if match.group() == "{" else -1
        if depth < 0:
            return False
    return depth == 0


_GROUPS = re.compile(r"\\[A-Za-z@]+|\\.|[{}]", re.DOTALL)


def to_marked_text(latex: str, mark: Callable[[str], str]) -> str:
    """The text of *latex* (``to_text``) with each case-protecting group passed through
    *mark*: a brace group at the top level that is not a command's argument
    (``{BERT}`` in ``{BERT}: Pre-training``, not ``\\mbox{...}``). CSL-JSON marks
    them ``<span class="nocase">``, as BibTeX's braces say."""
    out: list[str] = []
    depth, start, opened, protective, after_command = 0, 0, 0, False, False
    for match in _GROUPS.finditer(latex):
        token = match.group()
        if token == "{":
            if depth == 0:
                protective = not after_command
                if protective:
                    out.append(_text_with_edges(latex[start : match.start()]))
                    opened = match.start()
            depth += 1
        elif token == "}" and depth:
            depth -= 1
            if depth == 0 and protective:
                out.append(mark(to_text(latex[opened + 1 : match.start()])))
                start, protective = match.end(), False
        after_command = token.startswith("\\") and token[1:2].isalpha()
    out.append(_text_with_edges(latex[start:]))
    return clean("".join(out)) or ""


def _text_with_edges(latex: str) -> str:
    """``to_text`` keeping a space at either end (it would strip them)."""
    if not latex:
        return ""
    text = to_text(latex)
    lead = " " if latex[:1].isspace() else ""
    trail = " " if latex[-1:].isspace() else ""
    return lead + text + trail if text else lead or trail
