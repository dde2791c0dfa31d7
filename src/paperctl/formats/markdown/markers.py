"""Where ``export --into`` may write in a hand-kept README: between the paperctl markers.

A marker counts only when it stands alone on its line as an HTML comment that
a CommonMark reader sees as HTML: a mention of ``<!-- paperctl:begin -->``
in prose, in a code span or in a fenced or indented code block is text, and
splicing there once deleted the hand-written lines in between (issue 13,
item 2). Anything but exactly one begin line followed by one end line is an
error that names the lines, and nothing is written. The file's own line
endings (LF or CRLF) are kept: only the lines between the markers change.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import PaperctlError

BEGIN, END = "<!-- paperctl:begin -->", "<!-- paperctl:end -->"


@dataclass
class Block:
    begin: int  # 0-based line index of the begin marker
    end: int  # 0-based line index of the end marker
    newline: str  # the document's line ending


def newline_of(text: str) -> str:
    """``"\\r\\n"`` when the text's first line ends so, else ``"\\n"``."""
    first = text.find("\n")
    return "\r\n" if first > 0 and text[first - 1] == "\r" else "\n"


def _marker_lines(text: str) -> tuple[list[int], list[int]]:
    """0-based lines that hold a begin or an end marker alone, outside code."""
    if BEGIN not in text and END not in text:
        return [], []
    from markdown_it import MarkdownIt

    begins: list[int] = []
    ends: list[int] = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type != "html_block" or not token.map:
            continue
        for offset, line in enumerate(token.content.splitlines()):
            if line.strip() == BEGIN:
                begins.append(token.map[0] + offset)
            elif line.strip() == END:
                ends.append(token.map[0] + offset)
    return begins, ends


def find(text: str, name: str = "the file") -> Block | None:
    """The one marked block of *text*, None when it has no markers at all, or an
    error naming the lines when the markers are not one begin then one end."""
    begins, ends = _marker_lines(text)
    if not begins and not ends:
        return None
    if len(begins) > 1 or len(ends) > 1:
        where = ", ".join(str(n + 1) for n in sorted(begins + ends))
        raise PaperctlError(f"{name} has more than one pair of paperctl markers (lines {where}); keep one pair")
    if not begins:
        raise PaperctlError(f"{name}: '{END}' at line {ends[0] + 1} has no '{BEGIN}' before it")
    if not ends:
        raise PaperctlError(f"{name}: '{BEGIN}' at line {begins[0] + 1} has no '{END}' after it")
    if ends[0] < begins[0]:
        raise PaperctlError(f"{name}: '{END}' at line {ends[0] + 1} comes before '{BEGIN}' at line {begins[0] + 1}")
    return Block(begins[0], ends[0], newline_of(text))


def lines_of(text: str) -> list[str]:
    """The lines of *text* with their endings, cut at ``\n`` only (as CommonMark
    counts lines; ``str.splitlines`` would also cut at U+2028 and form feeds)."""
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def before(text: str, block: Block) -> str:
    """The document above the begin marker."""
    return "".join(lines_of(text)[: block.begin])


def splice(text: str, block: Block, generated: str) -> str:
    """*text* with the lines between the markers replaced by *generated* (written
    with the document's line endings)."""
    lines = lines_of(text)
    nl = block.newline
    body = generated.replace("\n", nl) if nl != "\n" else generated
    return "".join(lines[: block.begin + 1]) + nl + body + nl + "".join(lines[block.end :])
