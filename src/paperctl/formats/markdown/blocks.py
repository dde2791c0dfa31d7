"""The block structure of a Markdown file: headings, paragraphs, lists, tables, HTML.

markdown-it-py (a CommonMark parser) finds the blocks, with the lines each one
spans; its inline pass is left off (``inline.scan`` reads the inline text of
the blocks that matter, linearly). The tokens become a small tree of
``Block``s built with a stack, never by recursion, so deep nesting (which
markdown-it caps at 20 levels anyway) costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

_MARKER = re.compile(r"^[ \t>]*([-+*]|\d{1,9}[.)])([ \t]+|$)")


@dataclass(slots=True)
class Block:
    kind: str  # heading, paragraph, list, item, table, html, code, hr, quote
    start: int  # first line, 0-based
    end: int  # the line after the last
    text: str = ""  # inline source of a heading or paragraph; an HTML block's content
    level: int = 0  # heading level
    marker: str = ""  # an item's list marker as written ("1. ", "- ")
    ordered: bool = False
    children: list[Block] = field(default_factory=list)
    header: list[str] = field(default_factory=list)  # a table's header cells (inline source)
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # a table's (line, cells)


@dataclass
class Document:
    blocks: list[Block]
    lines: list[str]  # the source lines, without line endings
    env: dict  # markdown-it's environment: reference definitions


_OPEN = {"bullet_list_open": "list", "ordered_list_open": "list", "list_item_open": "item",
         "paragraph_open": "paragraph", "heading_open": "heading", "table_open": "table",
         "blockquote_open": "quote"}
_CLOSE = {"bullet_list_close", "ordered_list_close", "list_item_close", "paragraph_close", "heading_close",
          "table_close", "blockquote_close"}


_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def split_row(row: str) -> list[str]:
    """A table row cut at its pipes, exactly as markdown-it's table rule cuts it
    (``escapedSplit``): at every ``|`` not right after a backslash, and ``\\|`` kept as
    ``|``. Its loop goes character by character in Python: 7 % of reading a 1 MB list
    with 750 table rows; ``str.split`` does the same in C. ``_use_fast_split`` puts
    this one in its place; ``test_markdown_blocks`` holds the two to the same result."""
    if "\\|" not in row:
        return row.split("|")
    return [cell.replace("\\|", "|") for cell in _UNESCAPED_PIPE.split(row)]


def _use_fast_split() -> None:
    """Have markdown-it's table rule cut rows with ``split_row`` (the rule looks its
    ``escapedSplit`` up in its module at every row). A markdown-it without one is left
    as it is; its own is kept in ``replaced`` (the tests compare the two)."""
    import sys

    rule = sys.modules.get("markdown_it.rules_block.table")
    own = getattr(rule, "escapedSplit", None)
    if callable(own) and own is not split_row:
        replaced.append(own)
        rule.escapedSplit = split_row  # type: ignore[union-attr]


replaced: list = []  # markdown-it's own row split, once ``split_row`` took its place


class _Silent:
    """A logger that says nothing, at the cost of a C call: ``debug`` is ``str.format`` of an
    empty string, which takes any arguments and returns at once."""

    debug = "".format


silenced: list[str] = []  # the block rules whose logger ``_silence_rules`` replaced


def _silence_rules() -> None:
    """Each of markdown-it's block rules logs its every call (``LOGGER.debug("entering list:
    %s, %s, %s, %s", ...)``): 86,000 calls of ``Logger.debug`` for a 1 MB list, which check
    the level and print nothing, 1.5 % of reading it (66 M of 4,320 M instructions). The rules
    look ``LOGGER`` up in their module at every call; a silent one takes its place there. A
    rule without one is left as it is."""
    import sys

    if silenced:
        return
    for name, module in list(sys.modules.items()):
        if name.startswith("markdown_it.rules_block.") and hasattr(module, "LOGGER"):
            module.LOGGER = _Silent()  # type: ignore[attr-defined]
            silenced.append(name)


_LIST_LINE = re.compile(r" {0,3}(?:[-*+]|\d{1,4}[.)]) +\S")
_VERBATIM = re.compile(r"<(?:pre|code|table|script|style|textarea)\b|<!--", re.IGNORECASE)


def markdown_in_html(lines: list[str], block: Block) -> int | None:
    """Where list items begin inside an HTML block: ``<details>`` / ``<summary> more </summary>``
    and then, with no blank line between, ``6. Chengfeng Xu, ... **Title.** AAAI 2019. [paper](..)``
    (Jhy1993/Awesome-GNN-Recommendation: 75 of 86 papers). CommonMark ends that block only at a
    blank line, so the list would be raw HTML; GitHub shows it as text, its maintainer meant a
    list. The line where the list begins, or None (also when the HTML before it may be verbatim:
    a ``<pre>``, a ``<table>``, a comment)."""
    for n in range(block.start + 1, block.end):
        line = lines[n]
        if _LIST_LINE.match(line) and ("](" in line or "**" in line):
            return None if _VERBATIM.search("\n".join(lines[block.start:n])) else n
        if not line.lstrip().startswith("<"):
            return None  # (text of the HTML's own, not a tag on a line of its own)
    return None


def lines_of(text: str) -> list[str]:
    """The lines of *text* (any line ending), as ``Document.lines`` holds them."""
    if "\r" in text:  # (one scan of the text when it has none, not two that find nothing)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def parse(text: str) -> Document:
    """The blocks of *text*, in document order."""
    lines = lines_of(text)
    return parse_lines(lines, 0, len(lines))


_YAML_LINE = re.compile(r"\s*(?:$|#|- |[\w.-]+\s*:(?:\s|$))|\s+\S")


def front_matter(lines: list[str]) -> int:
    """How many lines a YAML front matter takes at the top of *lines* (0: none): ``---``, lines of
    ``key: value``, ``---`` (or ``...``). A site's page (Jekyll, Docusaurus: pytorch/botorch's
    docs/papers.md, ``id: papers`` / ``title: Papers using BoTorch``) gives its title and layout
    there, for the site; CommonMark reads it as a rule and a heading underlined by the closing
    ``---``, which made the page's settings a section of every paper."""
    if lines[0].rstrip() != "---":
        return 0
    for n in range(1, min(len(lines), 60)):
        if lines[n].rstrip() in ("---", "..."):
            return n + 1 if n > 1 else 0
        if not _YAML_LINE.match(lines[n]):
            return 0
    return 0


def parse_lines(lines: list[str], first: int, end: int) -> Document:
    """The blocks of ``lines[first:end]``, numbered as lines of the whole of *lines* (a part
    of a document that ``parts`` reads apart from the rest; all of it, usually)."""
    from markdown_it import MarkdownIt

    # CommonMark's preset stops at 20 levels, which real study notes pass (22 levels in
    # km1994/nlp_paper_study), and markdown-it then drops everything after, to the end of the
    # file. 48 levels, with indentation capped at 40 columns (``_tame``), is never reached.
    # Its "normalize" rule is ours (``normalize``): the same text for its block parser, cheaper.
    # "text_join" joins the text tokens of the inline pass, which is off: it would only visit
    # every token to give each inline token an empty list of children (never read here).
    md = MarkdownIt("commonmark", {"maxNesting": 48}).enable("table").disable(["inline", "normalize", "text_join"])
    _use_fast_split()
    _silence_rules()
    env: dict = {}
    text = "\n".join(lines[first:end] if first or end < len(lines) else lines)
    if not first and text.startswith("---") and (matter := front_matter(lines)):
        text = "\n" * matter + text.split("\n", matter)[-1]  # (blank lines in its place: the lines keep their numbers)
    if end < len(lines):
        text += "\n"  # the part's last line is a line, as within the whole (a blank line before a cut)
    tokens = md.parse(normalize(_tame(_bullets(text) if "•" in text else text)), env)
    if ("```" in text or "~~~" in text) and (closed := _fence_left_open(text, tokens)) is not None:
        env = {}
        tokens = md.parse(normalize(_tame(_bullets(closed) if "•" in closed else closed)), env)
    return Document(_tree(tokens, lines, first, end), lines, env)


# Icons before a nested bullet's text: emoji, or their GitHub shortcodes (":newspaper:", ":link:")
_MARKS_FIRST = re.compile(r"^(?::[a-z0-9_+-]{1,30}:[ \t]*|"
                          r"[\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\ufe0f\u200d]+[ \t]*)+(?=\S)")


# Token types that make no block and hold nothing read here (cells open and close within their
# row; a table's body is its rows): skipped before any other test, as a third of all tokens are.
_IGNORED = {"td_open", "td_close", "th_open", "th_close", "tbody_open", "tbody_close"}
_LEAF = {"html_block": "html", "fence": "code", "code_block": "code", "hr": "hr"}


def _tree(tokens: list, lines: list[str], first: int, end: int) -> list[Block]:
    """The top-level blocks that markdown-it's *tokens* make (with their children). The most
    frequent types are tested first, and a token's lines are worked out only for a token that
    makes a block or a row (closing tokens have none: a third of all tokens)."""
    root = Block("root", first, end)
    stack = [root]
    row: list[str] | None = None
    table: Block | None = None
    for tok in tokens:
        t = tok.type
        if t == "inline":
            if row is not None:
                row.append(tok.content)
            elif (tok.content[:1] == ":" or tok.content[:1] > "\u2500") and sum(b.kind == "item" for b in stack) > 1:
                stack[-1].text = _MARKS_FIRST.sub("", tok.content, count=1)  # ("    *  :link: [[Paper](..)]" under
                # "*  **Title**, Liu et al.", sigbir/awesome-medical-image-registration: a bullet's icon, not its text)
            else:
                stack[-1].text = tok.content
        elif t in _CLOSE:
            if t == "table_close" and table is not None and table.rows and any(not r[-1] for _, r in table.rows):
                _overfull(table, lines)
            if t == "table_close" and table is not None and table.rows:
                _past_header(table, lines)
            elif t == "paragraph_close" and "<br" in stack[-1].text and _BREAK_LINE.search(stack[-1].text):
                stack[-2].children[-1:] = _broken(stack[-1])
            if len(stack) > 1:
                stack.pop()
        elif t in _IGNORED:
            continue
        elif t in _OPEN:
            block = _opened(t, tok, _span(tok, stack, first), lines)
            if t == "table_open":
                table = block
            stack[-1].children.append(block)
            stack.append(block)
        elif t == "tr_open":
            row = []
            if table is not None:
                table.rows.append((_span(tok, stack, first)[0], row))
        elif t == "tr_close":
            row = None
        elif t == "thead_close":
            if table is not None and table.rows:
                table.header = table.rows.pop()[1]
        elif t in _LEAF:
            start, stop = _span(tok, stack, first)
            stack[-1].children.append(Block(_LEAF[t], start, stop, text=tok.content))
    return root.children


# A line of a paragraph that holds only HTML line breaks ("<br><br>", "<br/>")
_BREAK_LINE = re.compile(r"^[ \t]*(?:<br[ \t]*/?>[ \t]*)+$", re.MULTILINE | re.IGNORECASE)


def _broken(paragraph: Block) -> list[Block]:
    """*paragraph* cut into the paragraphs its lines of line breaks alone stand between, those lines left out:
    ``569.Title<br>`` / ``作者：Names<br>`` / ``论文链接：URL``, then ``<br><br>``, then the next paper's lines
    (extreme-assistant/CVPR2024-Paper-Code-Interpretation, 100 such lines between some 600 papers, in paragraphs
    of up to 60 of them). CommonMark lets no HTML line interrupt a paragraph, so GitHub shows each such line as
    the blank line it stands for (two breaks in a row), and the papers one a paragraph."""
    found: list[Block] = []
    lines = paragraph.text.split("\n")
    begun = None
    for k, line in enumerate([*lines, "<br><br>"]):
        if _BREAK_LINE.match(line) and (begun is None or _breaks(line) + _ends_in_break(lines[k - 1]) >= 2):
            if begun is not None:
                found.append(Block("paragraph", paragraph.start + begun, paragraph.start + k,
                                   text="\n".join(lines[begun:k])))
            begun = None
        elif begun is None:
            begun = k
    if found:
        found[-1].end = max(found[-1].end, paragraph.end)
    return found


def _breaks(line: str) -> int:
    """How many line breaks *line* of breaks alone makes."""
    return line.lower().count("<br")


def _ends_in_break(line: str) -> bool:
    """Does *line* end in a line break (``...<br>``), so that one more below it makes a blank line? (One alone
    under a line that does not, ``585.Title`` over ``<br>`` over ``作者：Names<br>``, only breaks the line.)"""
    return _BREAK_END.search(line) is not None


_BREAK_END = re.compile(r"<br[ \t]*/?>[ \t]*$", re.IGNORECASE)


def _overfull(table: Block, lines: list[str]) -> None:
    """``|FAENet|\t2023|\tunconstrained | scalar |\tMany|| [link](arXiv)|`` under a header of six columns
    (AlexDuvalinho/geometric-gnns): a bar typed twice makes a seventh cell, which markdown-it drops as
    CommonMark's tables say, and with it the row's link. In the one row of its table that holds more cells
    than the header (not a column the header does not name, which several rows fill), its last cell empty,
    the empty cells nearest the end give way to the cells past it."""
    bars = lines[table.start].count("|")
    longer = [(line, row) for line, row in table.rows if lines[line].count("|") > bars]
    if len(longer) != 1 or longer[0][1][-1]:
        return
    line, row = longer[0]
    cells = lines[line].strip().removeprefix("|")
    cells = cells[:-1] if cells.endswith("|") and not cells.endswith("\\|") else cells
    found = [cell.strip() for cell in split_row(cells)]
    extra = len(found) - len(row)
    if extra <= 0 or not any(found[len(row):]):
        return
    for k in range(len(found) - 1, -1, -1):
        if extra and not found[k]:
            del found[k]
            extra -= 1
    if not extra:
        row[:] = found


def _past_header(table: Block, lines: list[str]) -> None:
    """``| Mosaic3D: Open-Vocabulary 3D Instance Segmentation | [arXiv](..) | `CVPR 2024` | [Code](..) |`` under
    ``| Paper | Venue | Links |`` (Habseligkeiten87/awesome-3D4D-spatial-reasoning, 138 rows): cells past the
    header's, which markdown-it drops as CommonMark's tables say (and GitHub shows none of), but the list wrote,
    its venue and code among them. Each row keeps them, after its own: the reader reads them by what they hold."""
    bars = lines[table.start].count("|") if table.start < len(lines) else 0
    for line, row in table.rows:
        if line >= len(lines) or lines[line].count("|") <= bars or len(row) < len(table.header or row):
            continue
        cells = lines[line].strip().removeprefix("|")
        cells = cells[:-1] if cells.endswith("|") and not cells.endswith("\\|") else cells
        found = [cell.strip() for cell in split_row(cells)]
        if len(found) > len(row) and any(found[len(row):]) and found[:len(row)] == row:
            row.extend(found[len(row):])


def _span(tok, stack: list[Block], first: int) -> tuple[int, int]:
    """The lines of *tok* in the whole document (one line at its parent's start when it has none)."""
    mapped = tok.map or [stack[-1].start - first, stack[-1].start - first + 1]
    return mapped[0] + first, mapped[1] + first


def _opened(t: str, tok, span: tuple[int, int], lines: list[str]) -> Block:
    """The block that the opening token *tok* (of type *t*) starts."""
    block = Block(_OPEN[t], span[0], span[1], ordered=t == "ordered_list_open")
    if t == "heading_open":
        block.level = int(tok.tag[1])
    elif t == "list_item_open":
        m = _MARKER.match(lines[span[0]]) if span[0] < len(lines) else None
        block.marker = (m.group(1) + (" " if m.group(2) else "")) if m else tok.markup
    return block


_DEEP = re.compile(r"^[ \t]{41,}", re.MULTILINE)
_MARKER_RUN = re.compile(r"(?:[ \t]*(?:[-+*]|\d{1,9}[.)]|>)[ \t]+){9,}", re.MULTILINE)
# Two list or quote markers in a row: what every run of nine starts with. A search for it
# costs a twentieth of the search for nine, which tries every "-" and digit of the file.
_TWO_MARKERS = re.compile(r"[-+*>][ \t]+[-+*>][ \t]|[.)][ \t]+\d{1,9}[.)][ \t]")
# ``_TWO_MARKERS`` split by the character its match starts with: one search for each. The engine
# finds a pattern that starts with one literal character by a tight loop in C, where it tests a
# character class first (as in ``[-+*>.)]``) against a set at every position: the six searches
# cost 40 % less than one for the class (which cost 1.5 % of reading a 1 MB list).
_TWO_MARKERS_FROM = [re.compile(re.escape(c) + r"[ \t]+[-+*>][ \t]") for c in "-+*>"] + [
    re.compile(re.escape(c) + r"[ \t]+\d{1,9}[.)][ \t]") for c in ".)"]


def two_markers(text: str) -> bool:
    """``_TWO_MARKERS.search(text) is not None``, cheaper: each of its alternatives starts with a
    character of a set; a match starts with one of them, and the rest of that alternative after
    it is the rest of that character's pattern in ``_TWO_MARKERS_FROM``."""
    return any(p.search(text) is not None for p in _TWO_MARKERS_FROM)


_HEADING_LINE = re.compile(r"[ \t]*#{1,6}[ \t]+\S")


def _fence_left_open(text: str, tokens: list) -> str | None:
    """*text* with a code fence that is never closed closed at the first blank line before a heading
    within it: a ``mermaid`` fence over a pie chart, then "## Papers" and the whole list's table, with no
    closing fence (osherr1996/awesome-monocular-height-estimation, its 62 papers). CommonMark reads all
    that follows as code; its writer meant the chart alone. The blank line becomes the closing fence:
    the lines stay the same. None when no fence is left open (markdown-it's *tokens* say: the last fence
    runs to the end, its last line no closing fence), or no heading follows a blank line within it."""
    fence = next((t for t in reversed(tokens) if t.type == "fence"), None)
    lines = text.split("\n")
    if fence is None or fence.map is None or fence.map[1] < len(lines) - (1 if lines[-1] == "" else 0):
        return None
    opening, last = lines[fence.map[0]], lines[fence.map[1] - 1].strip()
    if fence.map[1] - fence.map[0] > 1 and last.startswith(fence.markup) and not last.strip(fence.markup[0]):
        return None  # (closed on the list's last line)
    for n in range(fence.map[0] + 1, len(lines) - 1):
        if not lines[n].strip() and _HEADING_LINE.match(lines[n + 1]):
            lines[n] = opening[: len(opening) - len(opening.lstrip())] + fence.markup
            return "\n".join(lines)
    return None


def _bullets(text: str) -> str:
    """*text* with a "•" that begins a line as a list's marker, which is what it is in the lists
    that write one (pasted from a word processor): ``1. **RAG Training**`` over ``   • [Improving
    Language Models by Retrieving from Trillions of Tokens](..)`` lines, a paragraph each
    (USTCAGI/Awesome-Papers-Retrieval-Augmented-Generation, 61 lines), is a topic over its papers.
    One character for one: the lines and columns stay the same."""
    return _BULLET.sub(r"\1-", text)


_BULLET = re.compile(r"(?m)^([ \t]*)•(?=[ \t])")


def _tame(text: str) -> str:
    """Keep markdown-it far from its nesting limit: a line indented more than 40 columns
    (real lists stay under 20) is indented 40, and a line that opens more than eight lists
    or quotes at once (``- - - - ...``) has its ninth marker escaped (markdown-it would
    rescan the line for every level). Line numbers stay the same."""
    if "\t" in text or "\n" + " " * 41 in text or text.startswith(" " * 41):  # (a cheap test first)
        text = _DEEP.sub(" " * 40, text)
    if not two_markers(text):  # (cheap: nine markers in a row start with two)
        return text
    if "- - - - - - - - -" not in text and "> > > > > > > > >" not in text and not re.search(
            r"(?:[-+*>][ \t]+){9}|(?:\d[.)][ \t]+){9}", text):
        return text

    def keep_eight(m: re.Match) -> str:
        markers = re.findall(r"[ \t]*(?:[-+*]|\d{1,9}[.)]|>)[ \t]+", m.group())
        return "".join(markers[:8]) + "\\" + "".join(markers[8:]).lstrip()

    return _MARKER_RUN.sub(keep_eight, text)


def normalize(text: str) -> str:
    """What markdown-it's core rule "normalize" makes of *text* (line endings ``\\r\\n?`` as
    ``\\n``, NUL as U+FFFD), with no work when there is none to do: its regular expression
    replaces each of the 20,000 ``\\n`` of a 1 MB list with itself (1 % of reading it).
    ``test_markdown_blocks`` holds the two to the same result."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in text:
        text = text.replace("\0", "\ufffd")
    return text


def raw(doc: Document, start: int, end: int) -> str:
    """The exact source lines *start*..*end* (trailing blank lines left out)."""
    while end > start and not doc.lines[end - 1].strip():
        end -= 1
    return "\n".join(doc.lines[start:end])


def in_order(block: Block) -> Iterator[Block]:
    """The paragraphs in *block*, in the order they are written."""
    if block.kind == "paragraph":
        yield block
    for child in block.children:
        yield from in_order(child)


def walk(items: list[Block]) -> Iterator[Block]:
    """Every block in *items* and below, in no particular order."""
    stack = list(items)
    while stack:
        block = stack.pop()
        yield block
        stack.extend(block.children)
