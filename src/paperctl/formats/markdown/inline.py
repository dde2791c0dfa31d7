"""Inline Markdown of one list entry, read in one linear pass.

The reader needs from a line of Markdown only what a reader of the rendered
page sees: text (and which of it is bold, italic or code), links with their
text and target, images (badges), and line breaks. markdown-it's inline parser
gives that too, but costs ~10 µs a character on some inputs (1 MB of ``[``
took 10 s), which a 1 MB list or a hostile line cannot afford. This scanner
jumps from one special character to the next with a regular expression, so
plain text costs nothing, and every construct is bounded:

* links ``[text](url "title")``, ``[text][ref]``, ``[text][]``, ``[ref]`` (reference
  definitions come from the block parser; the first definition of a label
  wins, as CommonMark says), images ``![alt](src)``, links around images
  (``[![Star](badge)](repo)``), autolinks ``<https://...>`` and bare URLs;
* ``**strong**``, ``*em*``, ``__strong__``, ``_em_`` with CommonMark's flanking
  rules (``**Title **`` is not bold), matched with a bounded look-back;
* code spans, backslash escapes, entities, hard breaks (two spaces or a
  backslash at the end of a line) and soft breaks;
* inline HTML: ``<br>`` is a line break, ``<a href>`` a link, ``<img>`` an image,
  ``<b>``/``<strong>``/``<i>``/``<em>`` emphasis (``<ins>``/``<u>`` as ``<em>``); other tags and comments are dropped.

A bracket that closes nothing is text; nothing nests deeper than the input,
and no step looks further than the next delimiter of its kind, so the pass is
linear and never recursive.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass, field

from markdown_it.common.utils import normalizeReference

from . import links

TEXT, LINK, IMAGE, BREAK = "text", "link", "image", "break"


@dataclass(slots=True, init=False)
class Piece:
    """One inline element: text, a link (with its content), an image or a break."""

    kind: str
    text: str = ""  # text; a link's or image's visible text (alt for an image)
    href: str = ""  # link target or image source
    strong: bool = False
    em: bool = False
    code: bool = False
    hard: bool = False  # a break that is a hard line break (not a soft one)
    children: list[Piece] = field(default_factory=list)  # a link's content
    title: str = ""  # a link's title, its tooltip: ``[[paper]](url "CVPR2019")``

    def __init__(self, kind: str, text: str = "", href: str = "", strong: bool = False, em: bool = False,
                 code: bool = False, hard: bool = False, children: list[Piece] | None = None,
                 title: str = "") -> None:
        """The dataclass's own, but for a new empty list made as a literal, not by calling ``list``
        (a piece is made for every few characters of markup: 42,000 for a 1 MB list)."""
        self.kind = kind
        self.text = text
        self.href = href
        self.strong = strong
        self.em = em
        self.code = code
        self.hard = hard
        self.children = [] if children is None else children
        self.title = title


_SPECIAL = re.compile(r"[\\`*_\[\]!<&\n]")
_SPACE_RUN = re.compile(r"[ \t]{16,}")  # (says what two do, a hard break; costs readers time at every length)
_ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# An inline link's destination and title, after "]". No nested quantifiers over
# the same characters, so a failed match costs only up to the next paren or space.
_DESTINATION = re.compile(
    r"""\(\s*(?:<([^<>\n]*)>|([^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*))"""
    r"""(?:\s+("[^"]*"|'[^']*'|\([^()]*\)))?\s*\)"""
)
# What CommonMark does not take for a destination, though its writer meant one: a path or anchor with spaces
# ("./17-iclr-Neural Architecture Search with Reinforcement Learning.pdf", "#Genetic CNN(ICCV'17)", "Densely
# Connected Search Space for More Flexible Neural Architecture Search.pdf")
_SPACED_PATH = re.compile(r"\(((?:\.{0,2}/|#)[^()\n]*(?:\([^()\n]*\)[^()\n]*)*|[\w.-][^()\n]*\.pdf)\)")
# A link's (or image's) text in brackets holding no markup (no character of ``_SPECIAL``),
# then the "(" of an inline destination: what most links of a list are written as.
_PLAIN_TEXT_LINK = re.compile(r"\[([^\\`*_\[\]!<&\n]*)\](?=\()")
_REF_LABEL = re.compile(r"\[([^\[\]]{0,999})\]")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)((?:\s[^<>]*)?)/?>")
_ATTR = re.compile(r"""([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")
_BARE_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'`\u3000-\u303f\uff00-\uffef]+")
_BACKTICKS = re.compile(r"`+")
_MAX_LOOKBACK = 16  # how far back an emphasis closer looks for its opener
# Markup characters read as markup in one paragraph, heading or cell; the rest is read as
# text. Real entries have tens; a hostile megabyte of "[" would otherwise cost seconds.
BUDGET = 4000
_MAX_OPEN = 200  # "[" and <a>/<b>/<i> left open at once; deeper ones are text


def _is_punct(ch: str) -> bool:
    return ch in _ASCII_PUNCT or unicodedata.category(ch).startswith(("P", "S"))


@dataclass(slots=True)
class _Delim:
    index: int  # position of its placeholder piece in the output
    char: str
    count: int
    opens: bool
    closes: bool


@dataclass(slots=True)
class _Opener:
    index: int  # position of its "[" piece in the output
    source: int  # position just after "[" in the source
    image: bool
    delims: int  # number of emphasis delimiters before it


class _Scanner:
    def __init__(self, src: str, refs: dict[str, str], shortcut: bool = True) -> None:
        self.src = src
        # A source of BUDGET characters or fewer never runs out of budget (each step takes a
        # character at least): only then may a link be read in one step (``_plain_link``)
        # instead of two ("[" and "]"); *shortcut* False reads every link in two (the tests).
        self.shortcut = shortcut and len(src) <= BUDGET
        self.refs = refs
        self.out: list[Piece] = []
        self.buf: list[str] = []
        self.brackets: list[_Opener] = []
        self.inactive_below = 0  # "[" openers below this depth can no longer make links
        self.delims: list[_Delim] = []
        self.ranges: list[tuple[int, int, str]] = []  # (first, last piece, "strong"/"em")
        self.html_marks: list[tuple[str, int]] = []  # open <a>, <b>, <i> tags
        self._ticks: dict[int, list[int]] | None = None
        self._no_comment_end = len(src) + 1

    # -- output -------------------------------------------------------------
    def flush(self) -> None:
        if self.buf:
            self.out.append(Piece(TEXT, "".join(self.buf)))
            self.buf.clear()

    def literal(self, text: str) -> None:
        self.buf.append(text)

    # -- the pass ------------------------------------------------------------
    def run(self) -> list[Piece]:
        src, n, pos = self.src, len(self.src), 0
        budget = BUDGET
        while pos < n:
            m = _SPECIAL.search(src, pos)
            if not m:
                self.buf.append(src[pos:])
                break
            i = m.start()
            if i > pos:
                self.buf.append(src[pos:i])
            budget -= 1
            if budget < 0:  # past the budget: the rest is text (breaks still break lines)
                self.buf.append(src[i:].replace("\n", " "))
                break
            pos = _HANDLERS[src[i]](self, i)
        self.flush()
        self._close_html()
        _emphasis(self.out, self.delims, 0, self.ranges)
        return _finish(self.out, self.ranges)

    def backslash(self, i: int) -> int:
        nxt = self.src[i + 1 : i + 2]
        if nxt == "\n":
            self.flush()
            self.out.append(Piece(BREAK, hard=True))
            return i + 2
        if nxt and nxt in _ASCII_PUNCT:
            self.literal(nxt)
            return i + 2
        self.literal("\\")
        return i + 1

    def newline(self, i: int) -> int:
        hard = False
        if self.buf and self.buf[-1].endswith("  "):
            hard = True
        if self.buf:
            self.buf[-1] = self.buf[-1].rstrip(" ")
        self.flush()
        self.out.append(Piece(BREAK, hard=hard))
        return i + 1

    def backtick(self, i: int) -> int:
        run = _BACKTICKS.match(self.src, i)
        assert run
        length, end = len(run.group()), run.end()
        close = self._closing_ticks(length, end)
        if close < 0:
            self.literal(run.group())
            return end
        content = self.src[end:close].replace("\n", " ")
        if len(content) > 2 and content[0] == " " and content[-1] == " " and content.strip():
            content = content[1:-1]
        self.flush()
        self.out.append(Piece(TEXT, content, code=True))
        return close + length

    def _closing_ticks(self, length: int, after: int) -> int:
        """Start of the next run of exactly *length* backticks at or after *after*, or -1
        (every run is indexed once, so many unmatched runs stay linear)."""
        if self._ticks is None:
            self._ticks = {}
            for m in _BACKTICKS.finditer(self.src):
                self._ticks.setdefault(len(m.group()), []).append(m.start())
        starts = self._ticks.get(length, [])
        k = bisect.bisect_left(starts, after)
        return starts[k] if k < len(starts) else -1

    def bang(self, i: int) -> int:
        if self.src[i + 1 : i + 2] != "[" or len(self.brackets) >= _MAX_OPEN:
            self.literal("!")
            return i + 1
        self.flush()
        end = self._plain_link(i + 1, True) if self.shortcut else -1
        if end >= 0:
            return end
        self.brackets.append(_Opener(len(self.out), i + 2, True, len(self.delims)))
        self.out.append(Piece(TEXT, "!["))
        return i + 2

    def open_bracket(self, i: int) -> int:
        if len(self.brackets) >= _MAX_OPEN:
            self.literal("[")
            return i + 1
        self.flush()
        end = self._plain_link(i, False) if self.shortcut else -1
        if end >= 0:
            return end
        self.brackets.append(_Opener(len(self.out), i + 1, False, len(self.delims)))
        self.out.append(Piece(TEXT, "["))
        return i + 1

    def _plain_link(self, i: int, image: bool) -> int:
        """``[text](url)`` at *i* whose text holds no markup, read in one step: the link (or
        image) that "[", the text and "]" make in three steps (``close_bracket``), without
        their placeholders. Where it ends; -1 when the link needs the long way: markup in
        its text, no inline destination (a reference link), or a link inside a link (text)."""
        m = _PLAIN_TEXT_LINK.match(self.src, i)
        if m is None or not (image or len(self.brackets) >= self.inactive_below):
            return -1
        dest = _DESTINATION.match(self.src, m.end())
        if dest is None:
            return -1
        href = _unescape(dest.group(1) if dest.group(1) is not None else dest.group(2))
        text = m.group(1)
        self._drop_ranges_after(len(self.out))
        if image:
            self.out.append(Piece(IMAGE, text, href))
        else:
            self.out.append(Piece(LINK, text, href, children=[Piece(TEXT, text)] if text else [],
                                  title=dest.group(3)[1:-1] if dest.group(3) else ""))
            self.inactive_below = len(self.brackets)  # no links inside links
        return dest.end()

    def close_bracket(self, i: int) -> int:
        self.flush()
        if not self.brackets:
            self.literal("]")
            return i + 1
        opener = self.brackets.pop()
        if len(self.brackets) < self.inactive_below and not opener.image:
            self.inactive_below = len(self.brackets)
            self.literal("]")
            return i + 1
        target = self._target(opener, i)
        if target is None:
            self.literal("]")
            return i + 1
        href, end, title = target
        children = self.out[opener.index + 1 :]
        del self.out[opener.index :]
        self._drop_ranges_after(opener.index)
        self._drop_html_after(opener.index, children)
        inner = self.delims[opener.delims :]
        if inner:  # (most links hold no emphasis marker: nothing to match)
            del self.delims[opener.delims :]
            for d in inner:
                d.index -= opener.index + 1
            child_ranges: list[tuple[int, int, str]] = []
            _emphasis(children, inner, 0, child_ranges)
            children = _finish(children, child_ranges)
        else:
            children = _finish(children, [])
        if opener.image:
            self.out.append(Piece(IMAGE, _plain(children), href))
        else:
            self.out.append(Piece(LINK, _plain(children), href, children=children, title=title))
            self.inactive_below = len(self.brackets)  # no links inside links
        return end

    def _target(self, opener: _Opener, i: int) -> tuple[str, int, str] | None:
        """The link target after the "]" at *i*, where the link ends, and the link's title ("" for none)."""
        src = self.src
        after = i + 1
        if src[after : after + 1] == "(":
            m = _DESTINATION.match(src, after)
            if m:
                dest = m.group(1) if m.group(1) is not None else m.group(2)
                return _unescape(dest), m.end(), m.group(3)[1:-1] if m.group(3) else ""
            m = _SPACED_PATH.match(src, after)
            if m:  # "[Genetic CNN](./17-ICCV-Genetic CNN.pdf)" (pzhren/Awesome-NAS, most rows): a file's path
                return m.group(1).strip(), m.end(), ""  # with spaces, which GitHub shows as written; read as meant
        label = src[opener.source : i]
        if src[after : after + 1] == "[":
            m = _REF_LABEL.match(src, after)
            if m:
                ref = m.group(1) or label
                href = self.refs.get(normalizeReference(ref)) if ref.strip() else None
                if href is not None:
                    return href, m.end(), ""
                if m.group(1):
                    return None
        if len(label) < 1000 and label.strip():
            href = self.refs.get(normalizeReference(label))
            if href is not None:
                return href, after, ""
        return None

    def emphasis(self, i: int) -> int:
        src, ch = self.src, self.src[i]
        j = i
        while j < len(src) and src[j] == ch:
            j += 1
        before = src[i - 1] if i > 0 else " "
        after = src[j] if j < len(src) else " "
        left = not after.isspace() and (not _is_punct(after) or before.isspace() or _is_punct(before))
        right = not before.isspace() and (not _is_punct(before) or after.isspace() or _is_punct(after))
        if ch == "*":
            opens, closes = left, right
        else:
            opens = left and (not right or _is_punct(before))
            closes = right and (not left or _is_punct(after))
        self.flush()
        if opens or closes:
            self.delims.append(_Delim(len(self.out), ch, j - i, opens, closes))
        self.out.append(Piece(TEXT, src[i:j]))
        return j

    def angle(self, i: int) -> int:
        src = self.src
        m = _AUTOLINK.match(src, i)
        if m:
            self.flush()
            self.out.append(Piece(LINK, m.group(1), m.group(1), children=[Piece(TEXT, m.group(1))]))
            return m.end()
        if src.startswith("<!--", i):
            end = src.find("-->", i + 4) if i < self._no_comment_end else -1
            if end < 0:
                self._no_comment_end = i
                self.literal("<")
                return i + 1
            return end + 3
        m = _TAG.match(src, i)
        if not m:
            self.literal("<")
            return i + 1
        self._tag(m.group(1) == "/", m.group(2).lower(), m.group(3))
        return m.end()

    def _tag(self, closing: bool, name: str, attrs: str) -> None:
        self.flush()
        if name == "br":
            self.out.append(Piece(BREAK, hard=True))
        elif name == "img" and not closing:
            values = _attributes(attrs)
            self.out.append(Piece(IMAGE, values.get("alt", ""), values.get("src", "")))
        elif name in ("a", "b", "strong", "i", "em", "ins", "u"):
            # (<ins>/<u>, underlined, set a run off as italics do: "Title, <ins>ICLR, 2023</ins> [[Paper](..)]")
            kind = "a" if name == "a" else "strong" if name in ("b", "strong") else "em"
            if not closing:
                if len(self.html_marks) >= _MAX_OPEN:
                    return
                self.html_marks.append((kind, len(self.out)))
                if kind == "a":
                    self.out.append(Piece(LINK, href=_attributes(attrs).get("href", "")))
                return
            for k in range(len(self.html_marks) - 1, max(-1, len(self.html_marks) - 1 - _MAX_LOOKBACK), -1):
                if self.html_marks[k][0] == kind:
                    start = self.html_marks[k][1]
                    del self.html_marks[k:]
                    self._close_mark(kind, start)
                    return
        elif name in ("p", "div") and closing or name == "summary":
            # ("<details><summary>Junyao Gao, Yanchen Liu et al.</summary>Junyao Gao, Yanchen Liu, Yanan Sun, ...
            # </details>", Westlake-AGI-Lab/Awesome-Style-Transfer-with-Diffusion-Models: the folded line and what
            # unfolds are lines of their own, not one run of names)
            self.out.append(Piece(BREAK, hard=True))

    def _close_mark(self, kind: str, start: int) -> None:
        if kind != "a":
            if start < len(self.out):
                self.ranges.append((start, len(self.out) - 1, kind))
            return
        link = self.out[start]
        if not link.href:  # "<a name="todo"></a> Title": an anchor to jump to, not a link (its text is text)
            self.out[start] = Piece(TEXT, "")
            return
        self._drop_ranges_after(start)
        link.children = self.out[start + 1 :]
        link.text = _plain(link.children)
        del self.out[start + 1 :]
        while self.delims and self.delims[-1].index > start:
            self.delims.pop()

    def _drop_ranges_after(self, start: int) -> None:
        """Forget HTML emphasis inside what just became one link (its text keeps no style)."""
        while self.ranges and self.ranges[-1][0] >= start:
            self.ranges.pop()

    def _drop_html_after(self, start: int, children: list[Piece]) -> None:
        """HTML opened inside what just became one link is not closed outside it: an <a>
        left open there is no link (as ``_close_html``), and a later </a> closes nothing.
        (``[<a href='u'>](v)</a>`` made the reader fail on the stray </a>.)"""
        while self.html_marks and self.html_marks[-1][1] > start:
            kind, at = self.html_marks.pop()
            k = at - start - 1
            if kind == "a" and 0 <= k < len(children) and children[k].kind == LINK:
                children[k] = Piece(TEXT, "")

    def _close_html(self) -> None:
        """An <a href> never closed links what follows it, as a browser shows it (``Title <a href=
        "https://arxiv.org/abs/2404.16038">[Paper]``, chakravarthi589/Video-Question-Answering_Resources);
        one with no href or nothing after it is no link (its placeholder is emptied)."""
        for kind, start in reversed(self.html_marks):
            if kind == "a" and start < len(self.out) and self.out[start].kind == LINK:
                if start + 1 < len(self.out) and self.out[start].href:
                    self._close_mark("a", start)
                else:
                    self.out[start] = Piece(TEXT, "")
        self.html_marks.clear()

    def entity(self, i: int) -> int:
        m = _ENTITY.match(self.src, i)
        if not m:
            self.literal("&")
            return i + 1
        self.literal(html.unescape(m.group()))
        return m.end()


_HANDLERS = {ch: getattr(_Scanner, name) for ch, name in (
    ("\\", "backslash"), ("\n", "newline"), ("`", "backtick"), ("!", "bang"), ("[", "open_bracket"),
    ("]", "close_bracket"), ("*", "emphasis"), ("_", "emphasis"), ("<", "angle"), ("&", "entity"))}


def _attributes(attrs: str) -> dict[str, str]:
    return {m.group(1).lower(): _entities(next(g for g in m.groups()[1:] if g is not None))
            for m in _ATTR.finditer(attrs)}


def _entities(text: str) -> str:
    """*text* with its entity references decoded, each ended by ";" as CommonMark (and HTML, in an
    attribute) has it: ``&amp;`` is "&", while ``?id=1&noteId=2`` keeps its ``&not`` (``html.unescape``
    alone reads the legacy ``&not`` as "¬", and a link to OpenReview broke)."""
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


_ESCAPED_PUNCT = re.compile(r"\\([!-/:-@\[-`{-~])")


def _unescape(dest: str) -> str:
    if "\\" in dest:
        dest = _ESCAPED_PUNCT.sub(r"\1", dest)
    return _entities(dest)


def _emphasis(pieces: list[Piece], delims: list[_Delim], base: int, ranges: list[tuple[int, int, str]]) -> None:
    """Match emphasis delimiters (CommonMark's algorithm with a bounded look-back):
    matched markers are removed from their pieces and the runs between them recorded."""
    openers: list[_Delim] = []
    for closer in delims:
        if closer.closes:
            k = len(openers) - 1
            lowest = max(-1, len(openers) - 1 - _MAX_LOOKBACK)
            while closer.count and k > lowest:
                opener = openers[k]
                if opener.char != closer.char or not opener.count or (
                        (opener.closes or closer.opens) and (opener.count + closer.count) % 3 == 0
                        and not (opener.count % 3 == 0 and closer.count % 3 == 0)):
                    k -= 1
                    continue
                use = 2 if opener.count >= 2 and closer.count >= 2 else 1
                opener.count -= use
                closer.count -= use
                ranges.append((opener.index + base, closer.index + base, "strong" if use == 2 else "em"))
                del openers[k + 1 :]
                if not opener.count:
                    openers.pop()
                k = len(openers) - 1
                lowest = max(-1, len(openers) - 1 - _MAX_LOOKBACK)
        if closer.count and closer.opens:
            openers.append(closer)
    for d in delims:
        piece = pieces[d.index]
        piece.text = d.char * d.count


def _finish(pieces: list[Piece], ranges: list[tuple[int, int, str]]) -> list[Piece]:
    """Apply the emphasis runs to the pieces they cover, drop emptied markers and
    join neighbouring text of the same style."""
    if not ranges and len(pieces) == 1:  # (a link's lone text: what the loop below gives)
        return pieces if pieces[0].kind != TEXT or pieces[0].text else []
    if ranges:
        strong = [0] * (len(pieces) + 1)
        em = [0] * (len(pieces) + 1)
        for first, last, kind in ranges:
            if not 0 <= first <= last < len(pieces):
                continue
            depth = strong if kind == "strong" else em
            depth[first] += 1
            depth[last + 1] -= 1
        s = e = 0
        for k, piece in enumerate(pieces):
            s += strong[k]
            e += em[k]
            if s > 0:
                piece.strong = True
                for child in piece.children:
                    child.strong = True
            if e > 0:
                piece.em = True
                for child in piece.children:
                    child.em = True
    out: list[Piece] = []
    last: Piece | None = None  # the last piece kept, while *parts* holds its texts (a next text may join it)
    parts: list[str] = []  # texts of *last*, joined once (no quadratic +=)
    for piece in pieces:
        if piece.kind == TEXT and not piece.text:
            continue
        if piece.kind == TEXT and not piece.code:
            if parts and last.strong == piece.strong and last.em == piece.em:
                parts.append(piece.text)
                continue
            if len(parts) > 1:
                last.text = "".join(parts)
            last, parts = piece, [piece.text]
        elif parts:
            if len(parts) > 1:
                last.text = "".join(parts)
            parts = []
        out.append(piece)
    if len(parts) > 1:
        last.text = "".join(parts)
    return out


def _plain(pieces: list[Piece]) -> str:
    if len(pieces) == 1 and pieces[0].kind == TEXT:  # (a link's lone text, as the join gives it)
        return pieces[0].text
    return "".join(p.text if p.kind in (TEXT, LINK) else " " if p.kind == BREAK else "" for p in pieces)


def _bare_urls(pieces: list[Piece]) -> list[Piece]:
    """Text URLs (``论文地址：https://arxiv.org/abs/...``) become links, as GitHub shows them."""
    out: list[Piece] = []
    for piece in pieces:
        if piece.kind != TEXT or piece.code or "://" not in piece.text and "www." not in piece.text:
            out.append(piece)
            continue
        pos = 0
        for m in _BARE_URL.finditer(piece.text):
            url = links.url_end(m.group())
            if not url:
                continue
            if m.start() > pos:
                out.append(Piece(TEXT, piece.text[pos : m.start()], strong=piece.strong, em=piece.em))
            href = url if "://" in url else "https://" + url
            out.append(Piece(LINK, url, href, strong=piece.strong, em=piece.em, children=[Piece(TEXT, url)]))
            pos = m.start() + len(url)
        if pos < len(piece.text):
            out.append(Piece(TEXT, piece.text[pos:], strong=piece.strong, em=piece.em))
    return out


def references(env: dict) -> dict[str, str]:
    """Reference definitions as the block parser found them (first definition wins)."""
    return {label: ref.get("href", "") for label, ref in env.get("references", {}).items()}


_KRAMDOWN_ATTRIBUTES = re.compile(r"(?<=\))\{:\s*[^{}\n]{0,80}\}")  # (after a link's closing bracket)


def scan(src: str, refs: dict[str, str] | None = None) -> list[Piece]:
    """The inline pieces of *src* (the text of one paragraph, heading or cell)."""
    src = _SPACE_RUN.sub("  ", src) if " " * 16 in src else src
    if "{:" in src:  # "[Title](arXiv){:target="_blank"}" (kalyancn4u/kalyancn4u.github.io, every paper): kramdown's
        src = _KRAMDOWN_ATTRIBUTES.sub("", src)  # attributes for the site's HTML, which GitHub shows as written
    if "://" not in src and "www." not in src and not _SPECIAL.search(src):
        return [Piece(TEXT, src)] if src else []  # plain text ("ICML 2024", a date cell): what the pass gives
    return _bare_urls(_Scanner(src, refs or {}).run())


def plain(pieces: list[Piece]) -> str:
    """What a reader sees: text and link text, breaks as spaces, images as nothing."""
    return " ".join(_plain(pieces).split())
