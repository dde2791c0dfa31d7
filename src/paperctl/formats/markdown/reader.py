"""Reading hand-written Markdown reading lists (the counterpart of ``writer``).

Parsed with markdown-it-py (a real CommonMark parser, not line regexes):

* Headings become section paths. Decoration is dropped from names (emoji,
  stars, bold, anchor links, a trailing colon); a ``/`` inside a heading
  becomes ``∕`` because ``/`` separates section levels. A heading that is
  only a year (``### 2024``) is a year group: it gives its papers a year, not
  a section. Headings before the first paper (a preface, updates, a table
  of contents) are not sections; every heading after it is, even if empty.
* Entries are list items (numbered or bulleted), bold-title paragraphs
  followed by ``* summary`` / ``* note`` bullets (the reading-notes style), or
  table rows. A title may span two lines. From each entry: the title, the
  links (arXiv links of every form give the arXiv ID; other paper links are
  kept as the URL; code, project and other pages as named links), a venue in
  parentheses after the title, the summary (the text after the links), and
  nested items as notes. An entry with a summary is ``read``, a bare title
  ``unread``. Items that are only links to anchors, repositories or badges
  are not papers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...errors import InvalidIdentifier
from ...identifiers import is_url, try_normalize_doi, try_parse_arxiv_id
from ...models import PaperData

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

_YEAR = re.compile(r"^(19|20)\d\d$")
UNDATED = "Undated"  # the year heading ``export --md --by-year`` gives papers without a year
_DECORATION = re.compile(r"[\u2190-\u2214\u2216-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d*]+")
_VENUE_WORD = re.compile(
    r"\b(arxiv|iclr|icml|neurips|nips|cvpr|iccv|eccv|acl|emnlp|naacl|aaai|ijcai|tmlr|jmlr|colm|"
    r"coling|kdd|sigir|www|corl|icra|iros|findings|workshop|conference|journal)\b|\b(19|20)\d\d\b",
    re.IGNORECASE,
)
_TAG_PREFIX = re.compile(r"^\s*((?:【[^】]*】\s*)+)")
# Link texts that name a link of the entry itself, even after the summary.
_LINK_NAME = re.compile(r"paper|pdf|arxiv|code|github|project|project page|page|website|blog|zhihu|openreview|"
                        r"slides|video|demo|data|dataset|model|huggingface|hf")
_BARE_ARXIV = re.compile(r"\[*\s*(?:https?://)?(?:www\.)?arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})(?:v\d+)?\s*\]*")
_BROKEN_LINK = re.compile(r"\[\[?[^\]]{1,20}\]?\]\((?!https?://)[^)]*\)")
_NON_PAPER_HOSTS = re.compile(r"^https?://(www\.)?(github\.com|img\.shields\.io|shields\.io)/", re.I)


@dataclass
class Entry:
    """One paper as found in the list, with where it was found."""

    data: PaperData
    line: int
    heading: int = -1  # index of the heading it sits under
    certain: bool = False  # has a bold title or a paper link (cannot be preface prose)


@dataclass
class Parsed:
    entries: list[Entry] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)  # every section, in document order
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, why)


@dataclass
class _Inline:
    """An inline run flattened: text pieces and links in order."""

    title: str = ""
    pieces: list[tuple[str, str | None]] = field(default_factory=list)  # (text, href or None)


def heading_name(text: str) -> str:
    """``⭐🔥[Think with Images](#think)：`` -> ``Think with Images``."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = _DECORATION.sub("", text)
    text = text.strip().rstrip(":：").strip()
    return " ".join(text.replace("/", "∕").split())


def _plain(node: SyntaxTreeNode) -> str:
    """The visible text of an inline node (links as their text, breaks as spaces)."""
    if node.type == "text" or node.type == "code_inline":
        return node.content
    if node.type in ("softbreak", "hardbreak"):
        return " "
    if node.type == "image":
        return ""
    return "".join(_plain(child) for child in node.children)


def _flatten(inline: SyntaxTreeNode) -> list[tuple[str, str | None, bool]]:
    """(text, href, in_strong) pieces of an inline node, in order."""
    out: list[tuple[str, str | None, bool]] = []

    def walk(node: SyntaxTreeNode, strong: bool) -> None:
        if node.type == "link":
            out.append((_plain(node), node.attrs.get("href", ""), strong))
            return
        if node.type == "strong":
            for child in node.children:
                walk(child, True)
            return
        if node.type in ("text", "code_inline", "softbreak", "hardbreak"):
            out.append((_plain(node), None, strong))
            return
        for child in node.children:
            walk(child, strong)

    for child in inline.children:
        walk(child, False)
    return out


def _split_title(pieces: list[tuple[str, str | None, bool]]) -> tuple[str, list[tuple[str, str | None]]]:
    """The title, and the rest of the entry as (text, href) pieces (see ``_bold_title``)."""
    i = 0
    while i < len(pieces) and not pieces[i][2] and not pieces[i][0].strip() and pieces[i][1] is None:
        i += 1
    rest: list[tuple[str, str | None]] = []
    title_parts: list[str] = []
    if i < len(pieces) and pieces[i][2]:  # a bold title, possibly over several bold runs
        while i < len(pieces) and (pieces[i][2] or (pieces[i][1] is None and not pieces[i][0].strip())):
            text, href, _ = pieces[i]
            if href is None:
                title_parts.append(text)
            else:
                rest.append((text, href))
            i += 1
        rest += [(t, h) for t, h, _ in pieces[i:]]
        return " ".join("".join(title_parts).split()), rest
    flat = [(t, h) for t, h, _ in pieces[i:]]
    first = flat[0][0] if flat and flat[0][1] is None else ""
    if first.lstrip().startswith("**"):  # "**Title **" that CommonMark did not read as bold
        return _literal_bold(flat)
    return _plain_title(flat)


def _literal_bold(flat: list[tuple[str, str | None]]) -> tuple[str, list[tuple[str, str | None]]]:
    title, rest, closed = [], [], False
    flat = [(flat[0][0].lstrip()[2:], None)] + flat[1:]
    for text, href in flat:
        if closed:
            rest.append((text, href))
        elif href is not None:
            rest.append((text, href))
        elif "**" in text:
            before, after = text.split("**", 1)
            title.append(before)
            rest.append((after, None))
            closed = True
        else:
            title.append(text)
    return " ".join("".join(title).split()), rest


def _plain_title(flat: list[tuple[str, str | None]]) -> tuple[str, list[tuple[str, str | None]]]:
    """A title without bold: the text before the first link or parenthesis; a
    trailing ", CVPR2023" is the venue."""
    head = flat[0][0] if flat and flat[0][1] is None else ""
    rest = flat[1:] if flat and flat[0][1] is None else flat
    cut = head.find(" (")
    title, tail = (head[:cut], head[cut:]) if cut > 0 else (head, "")
    if ", " in title:
        before, after = title.rsplit(", ", 1)
        if _VENUE_WORD.search(after) and len(after) < 40:
            title, tail = before, f" ({after.strip()})" + tail
    return " ".join(title.split()), [(tail, None)] + rest if tail else rest


def _classify_links(links: list[tuple[str, str]], data: PaperData) -> None:
    for text, href in links:
        href = href.strip()
        name = re.sub(r"[\[\]]", "", text).strip().lower() or "link"
        try:
            arxiv = try_parse_arxiv_id(href) or _arxiv_doi(href)
        except InvalidIdentifier:
            arxiv = None
        if arxiv:
            if not data.arxiv_id:
                data.arxiv_id, data.version = arxiv.base, arxiv.version
            continue
        doi = try_normalize_doi(href)
        if doi:
            data.doi = data.doi or doi
            continue
        if not is_url(href):
            continue  # a broken link, e.g. a title pasted where the URL belongs
        if name in ("paper", "pdf") and not data.url:
            data.url = href
        elif name not in data.links:
            data.links[name] = href


def _arxiv_doi(href: str):
    """arXiv's own DOIs (10.48550/arXiv.2501.07542) name an arXiv paper."""
    m = re.search(r"10\.48550/arxiv\.(\d{4}\.\d{4,5}(?:v\d+)?)", href, re.IGNORECASE)
    return try_parse_arxiv_id(m.group(1)) if m else None


def _arxiv_link(href: str) -> bool:
    try:
        return bool(try_parse_arxiv_id(href.strip()) or _arxiv_doi(href))
    except InvalidIdentifier:
        return False


def _is_paperish(href: str) -> bool:
    return not (href.startswith("#") or _NON_PAPER_HOSTS.match(href))


def _bold_title(pieces: list[tuple[str, str | None, bool]]) -> bool:
    first = next((p for p in pieces if p[1] is not None or p[0].strip()), None)
    return first is not None and (first[2] or (first[1] is None and first[0].lstrip().startswith("**")))


def parse_entry(inline: SyntaxTreeNode, year: int | None) -> PaperData | None:
    """A paper from one entry's first paragraph, or None if it is not a paper."""
    pieces = _flatten(inline)
    if pieces and pieces[0][1] is None and not pieces[0][2]:
        # "1.**Title**" (no space after the number) is not a list item to CommonMark.
        number = re.match(r"^\s*\d+\.\s*", pieces[0][0])
        if number and (pieces[0][0][number.end():].startswith("**") or
                       (number.end() == len(pieces[0][0]) and len(pieces) > 1 and pieces[1][2])):
            pieces[0] = (pieces[0][0][number.end():], None, False)
    bold = _bold_title(pieces)
    title, rest = _split_title(pieces)
    links_head: list[tuple[str, str]] = []
    words: list[str] = []
    for text, href in rest:
        before_summary = not "".join(words).strip(" ()") or (
            not links_head and re.fullmatch(r"\s*\([^()]*\)\s*", "".join(words)))
        if href is not None and (before_summary or _LINK_NAME.fullmatch(text.strip("[] ").lower())
                                 or _arxiv_link(href)):
            links_head.append((text, href))  # the entry's own links, wherever they stand
        else:
            words.append(text)
    # A link CommonMark could not read (a title pasted as its address) is not summary text.
    tail = _BROKEN_LINK.sub("", "".join(words)).strip()
    venue = None
    m = re.match(r"^\(([^()]{1,80})\)\s*", tail)
    if m:
        venue, tail = m.group(1).strip(), tail[m.end():]
    tags = _TAG_PREFIX.match(title)
    notes = []
    if tags:
        notes.append(tags.group(1).strip())
        title = title[tags.end():].strip()
    if not title:
        return None
    if not bold and links_head and not any(_is_paperish(h) for _, h in links_head):
        return None  # a table of contents line, a repository or a badge
    data = PaperData(title=title, venue=venue, notes=notes)
    _classify_links(links_head, data)
    if not data.arxiv_id:  # an arXiv address written as text, e.g. [[http://arxiv.org/abs/...]]
        bare = _BARE_ARXIV.search(tail)
        if bare:
            data.arxiv_id = bare.group(1)
            tail = (tail[: bare.start()] + tail[bare.end():]).strip(" []")
    summary = " ".join(tail.split())
    data.summary = summary or None
    data.status = "read" if summary else "unread"
    if year and not data.year:
        data.year = year
    return data


def _item_notes(item: SyntaxTreeNode, skip_first: bool = True) -> list[str]:
    """Notes of a list item: its further paragraphs and nested items, in order."""
    notes: list[str] = []
    children = item.children[1:] if skip_first else item.children
    for child in children:
        if child.type == "paragraph":
            text = " ".join(_plain(child.children[0]).split())
            if text:
                notes.append(text)
        elif child.type in ("bullet_list", "ordered_list"):
            for sub in child.children:
                notes += _item_notes(sub, skip_first=False)
    return notes


def _line(node: SyntaxTreeNode) -> int:
    return (node.map[0] + 1) if node.map else 0


def _starts_bold(paragraph: SyntaxTreeNode) -> bool:
    inline = paragraph.children[0]
    first = next((c for c in inline.children if not (c.type == "text" and not c.content.strip())), None)
    return first is not None and (
        first.type == "strong" or (first.type == "text" and first.content.lstrip().startswith("**"))
    )


class _Reader:
    def __init__(self) -> None:
        self.result = Parsed()
        self.stack: list[tuple[int, str]] = []  # (level, name) of enclosing headings
        self.year: int | None = None
        self.year_level = 7
        self.headings: list[str] = []  # section path of every non-year heading, in order
        self.pending: PaperData | None = None  # a bold paragraph waiting for its bullets

    @property
    def path(self) -> str:
        return "/".join(name for _, name in self.stack)

    def heading(self, node: SyntaxTreeNode) -> None:
        self.pending = None
        level = int(node.tag[1])
        name = heading_name(_plain(node.children[0]))
        if not name:
            return
        if _YEAR.match(name) or name == UNDATED:
            self.year, self.year_level = (int(name) if name != UNDATED else None), level
            return
        if level <= self.year_level:
            self.year, self.year_level = None, 7
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, name))
        self.headings.append(self.path)

    def add(self, data: PaperData, line: int, certain: bool) -> None:
        if self.path:
            data.tags = [self.path]
        self.result.entries.append(Entry(data, line, len(self.headings) - 1, certain))

    def list_(self, node: SyntaxTreeNode) -> None:
        pending, self.pending = self.pending, None
        items = [item for item in node.children if item.children]
        if pending is not None:  # reading-notes style: the bullets are the summary and notes
            texts = [" ".join(_plain(i.children[0].children[0]).split()) for i in items
                     if i.children[0].type == "paragraph"]
            texts += [n for i in items for n in _item_notes(i)]
            if texts and not pending.summary:
                pending.summary, pending.status = texts[0], "read"
                texts = texts[1:]
            pending.notes += texts
            return
        for item in items:
            first = item.children[0]
            if first.type != "paragraph":
                continue
            data = parse_entry(first.children[0], self.year)
            if data is None:
                self.result.skipped.append((_line(item), "not a paper: " + _plain(first)[:60]))
                continue
            data.notes += _item_notes(item)
            self.add(data, _line(item), _starts_bold(first) or bool(data.arxiv_id or data.doi or data.url))

    def paragraph(self, node: SyntaxTreeNode) -> None:
        self.pending = None
        inline = node.children[0]
        if not (_starts_bold(node) or re.match(r"^\s*\d+\.\s*\*\*", inline.content)):
            self._link_list(node)
            return
        data = parse_entry(inline, self.year)
        if data is not None:
            self.add(data, _line(node), True)
            self.pending = data

    def _link_list(self, node: SyntaxTreeNode) -> None:
        """A paragraph that is only ``- [Title](arXiv link)`` lines: one paper per link."""
        pieces = _flatten(node.children[0])
        text = "".join(t for t, h, _ in pieces if h is None)
        links = [(t, h) for t, h, _ in pieces if h is not None]
        if not links or re.sub(r"[\s\-*+•]", "", text) or not all(_arxiv_link(h) for _, h in links):
            return
        for title, href in links:
            data = PaperData(title=" ".join(title.split()), status="unread", year=self.year)
            _classify_links([("paper", href)], data)
            self.add(data, _line(node), True)

    def table(self, node: SyntaxTreeNode) -> None:
        self.pending = None
        body = [c for c in node.children if c.type == "tbody"]
        for row in body[0].children if body else []:
            cells = [cell for cell in row.children if cell.children]
            if not cells:
                continue
            data = parse_entry(cells[0].children[0], self.year)
            if data is None:
                continue
            extra = [" ".join(_plain(c.children[0]).split()) for c in cells[1:]]
            for cell in cells[1:]:
                _classify_links([(_plain(n), n.attrs.get("href", "")) for n in _links(cell)], data)
            summary = " ".join(t for t in extra if t and not is_url(t))
            if summary and not data.summary:
                data.summary, data.status = summary, "read"
            self.add(data, _line(row), True)


def _links(node: SyntaxTreeNode) -> list[SyntaxTreeNode]:
    found = [node] if node.type == "link" else []
    for child in node.children:
        found += _links(child)
    return found


def parse(text: str) -> Parsed:
    """Every paper entry and section of a Markdown reading list."""
    from markdown_it import MarkdownIt
    from markdown_it.tree import SyntaxTreeNode

    tree = SyntaxTreeNode(MarkdownIt("commonmark").enable("table").parse(text))
    reader = _Reader()
    handlers = {"heading": reader.heading, "bullet_list": reader.list_, "ordered_list": reader.list_,
                "paragraph": reader.paragraph, "table": reader.table}
    for node in tree.children:
        handler = handlers.get(node.type)
        if handler:
            handler(node)
        else:
            reader.pending = None
    return _drop_preface(reader)


def _drop_preface(reader: _Reader) -> Parsed:
    """Keep what follows the preface: from the top-level heading of the first
    certain paper on. Lists before it (updates, a table of contents) are not papers."""
    result = reader.result
    first = next((e for e in result.entries if e.certain), None)
    if first is None:
        return result
    start = 0
    if first.heading >= 0:
        top = reader.headings[first.heading].split("/")[0]
        start = max(i for i in range(first.heading + 1) if reader.headings[i] == top) if top in \
            reader.headings[: first.heading + 1] else first.heading
    kept = []
    for entry in result.entries:
        if entry.heading >= start or (entry.heading < 0 and start == 0):
            kept.append(entry)
        else:
            result.skipped.append((entry.line, "preface, not a paper: " + (entry.data.title or "")[:60]))
    result.entries = kept
    result.sections = list(dict.fromkeys(reader.headings[start:])) if reader.headings else []
    return result
