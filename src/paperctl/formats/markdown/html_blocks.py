"""HTML blocks of a Markdown list, as the reader reads them (``reader._Reader`` inherits this): HTML headings
(``<h2>Technique</h2>``), ``<summary>`` group labels and ``</details>`` that ends their group, a bold HTML line used
as a heading, an HTML table or paragraph that holds entries (``table_blocks``), and badges right below an entry."""

from __future__ import annotations

import re

from ...text import squashed
from . import below_bold, fields, folds, headings, inline, links, nested, people, verdict
from . import blocks as blocks_
from .blocks import Block
from .model import ListEntry
from .reader_state import ReaderState

_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_BOLD_LABEL = re.compile(r"<b>([^<>]{8,300})</b>(?:\s*[—–-]\s*<i>([^<>]{2,200})</i>)?")
_PAPER_LINK_LINE = re.compile(r"(?:[^\w\s\[]{1,3}\s*)?\[(?i:[^\[\]]{0,12}\b(?:paper|pdf|arxiv)\b[^\[\]]{0,12})\]"
                              r"\((https?://[^\s()]+)\)")  # ("🔗 [Paper Link](arXiv)", "[PDF](..)")
_HTML_TAG = re.compile(r"<(/?)(h[1-6]|summary|details)\b[^<>]{0,300}>", re.IGNORECASE)




_FOLDS = re.compile(f"(?:{folds.FOLD.pattern})+", folds.FOLD.flags)  # folds one after another, nothing else
_CITATION_LABELS = ("citation", "cite", "reference", "cite this", "引用")
_HEADING_LINE = re.compile(r"\s*<h[1-6]\b[^<>]*>.*</h[1-6]>\s*", re.IGNORECASE)
_LIST_OPENS = re.compile(r"\s*<(?:ul|ol)\b", re.IGNORECASE)


def _heading_then_list(lines: list[str], block: Block) -> int | None:
    """The line where a list begins in an HTML block that opens with headings alone on their lines, then the
    list (``<h4>Data Collection</h4>`` over ``<ul>``); None when the block is not so."""
    n = block.start
    while n < block.end and _HEADING_LINE.fullmatch(lines[n]):
        n += 1
    return n if block.start < n < block.end and _LIST_OPENS.match(lines[n]) else None


class HtmlBlocks(ReaderState):
    """The HTML blocks' part of the reader; the state and the rest (``heading``, ``run``, ``html_table``) are
    ``reader._Reader``'s."""

    found: list[tuple[ListEntry, int, int, int, str]]
    covered: set[int]
    heading_paper: int

    def _fold_under_heading(self, text: str) -> None:
        """``<details><summary>citation</summary>`` over ``- Names, "Title," Science, vol.359, ..., 2018.``, and
        ``<details><summary>summary</summary>`` over the owner's line on the paper, under a paper written as a
        heading (S-K-KU/references, every paper): who wrote it, where and when, cited whole; its description."""
        parts = folds.label_and_body(text)
        if parts is None:
            return
        label, said = parts[0].lower(), parts[1].lstrip("-*+ ")
        entry = self.found[self.heading_paper][0]
        if label in _CITATION_LABELS and not entry.authors and entry.title:
            cited = self.read(inline.scan(said, self.refs))
            if cited.title and squashed(cited.title) == squashed(entry.title):
                entry.authors = cited.authors
                if cited.venue and not entry.venue:
                    entry.venue, entry.venue_written = cited.venue, cited.venue_written
                entry.year = entry.year or cited.year or cited.date_year  # (the entry is read: its year set)
        elif not entry.summary_parts and folds.said_summary(text) and said and fields.is_summary(said):
            entry.summary_parts = [said]  # (labelled so: "summary", "TL;DR", ...)

    def html(self, block: Block) -> None:
        """HTML headings (``<h2>``), ``<summary>`` group labels and ``</details>`` (one pass
        over the tags: an opening tag waits for its closing one)."""
        split = _heading_then_list(self.doc.lines, block)
        if split is not None:  # '<h4 id="collection"> 1. Data Collection </h4>' then "<ul>" and its "<li>" papers
            self.html(Block("html", block.start, split, text="\n".join(self.doc.lines[block.start:split])))
            self.html(Block("html", split, block.end, text="\n".join(self.doc.lines[split:block.end])))
            return  # with no blank line between (Lackel/Awesome-Tools-for-MLLMs, every section): a heading, a list
        if self.heading_paper >= 0 and _FOLDS.fullmatch(block.text):
            self.html_lines.update(range(block.start, block.end))  # "<details><summary>Abstract</summary> ...
            for fold in folds.FOLD.finditer(block.text):  # </details>" under a paper written as a heading: the
                self._fold_under_heading(fold.group())  # paper's, not a group of entries
            return
        if "<table" in block.text.lower() and self.html_table(block):  # (its rows over blank lines too)
            return
        if self.found and "<a " in block.text and self._badges_below(block):
            return
        head = block.text.lstrip()[:8].lower()  # (" <details/>": an HTML block may be indented up to 3 spaces)
        if head[:2] == "<p" and self.html_paragraph(block):  # '<p><font><b>Title.</b></font><br>..'
            return
        if head == "<details" and self.html_folded_paper(block):
            return
        if head[:3] in ("<ul", "<ol", "<li") and self.html_list(block):
            return
        if (bold := headings.bold_html_line(block.text)) is not None:  # "<b>1.2 Drug Discovery in the AI Era</b>"
            self.html_lines.update(range(block.start, block.end))
            self.heading(int(self.frames[-1].written) + 1 if self.frames else 2, bold, block.start, block.end,
                         group=True, bold=True)
            return
        resume = blocks_.markdown_in_html(self.doc.lines, block)  # ("<summary> more </summary>" then a list)
        text = block.text if resume is None else "\n".join(self.doc.lines[block.start:resume])
        self.html_lines.update(range(block.start, block.end if resume is None else resume))
        opened: tuple[str, int] | None = None
        source = _COMMENT.sub(lambda m: " " * len(m.group()), text) if "<!--" in text else text  # (tags in a
        # comment say nothing: "<!-- <details><summary>Datasets</summary> ... </details> -->", yangyang9912)
        for m in _HTML_TAG.finditer(source):
            closing, name = m.group(1) == "/", m.group(2).lower()
            if opened is not None and opened[0] == "summary" and name[0] == "h":
                continue  # "<summary><h2>🧠 HTG Methods</h2></summary>" (koninik/awesome-handwritten-text-generation):
                # a group of the headings inside its details, written large; not a heading beside them
            if not closing and name != "details":
                opened = (name, m.end())
            elif closing and opened is not None and opened[0] == name:
                text = block.text[opened[1] : m.start()]
                after = block.start + source.count("\n", 0, m.end()) + 1 if name == "summary" else 0
                if name == "summary" and self._folded_title(text, block, after):
                    opened = None
                    continue
                if name == "summary":  # (a fold's "Click to expand" too: the rules count a <summary>, and hand
                    # labels kept 32 such and left out 12; test_markdown_unseen_s44)
                    text = headings.group_name(text)
                    inside, frames = heading_inside(self.doc.lines, after), self.frames
                    while inside and frames and frames[-1].level >= inside and frames[-1].kind != "title":
                        frames.pop()  # (a group over headings stands above their level: ``heading_inside``)
                    self.heading(int(self.frames[-1].written) + 1 if self.frames else 2, text, block.start,
                                 block.end, group=True)
                else:
                    self.heading(int(name[1]), text, block.start, block.end)
                opened = None
            elif closing and name == "details" and any(f.kind == "group" for f in self.frames):
                while self.frames and self.frames.pop().kind != "group":
                    pass  # (and the headings inside it: what follows the details is not under them)
                self._reopened(block.start)
        if resume is not None:
            self.run(blocks_.parse_lines(self.doc.lines, resume, block.end).blocks)
            return
        lines = block.text.rstrip("\n").split("\n")
        last = headings.ATX_LINE.match(lines[-1]) if len(lines) > 1 and lines[-2].rstrip().endswith(">") else None
        if last:  # "}</code></pre></details>" then "## Papers" with no blank line (htqin/awesome-model-quantization):
            # CommonMark keeps the heading in the HTML block; the list's contents and its readers mean a heading
            self.heading(len(last.group(1)), last.group(2), block.end - 1, block.end)

    def _folded_title(self, label: str, block: Block, after: int) -> bool:
        """A fold whose label is a paper's title in bold (and who wrote it in italics), its paper's link the first
        line inside it (``<summary><b>📄 Same Pre-training Loss, Better Downstream: ...</b></summary>`` over ``🔗
        [Paper Link](arXiv)`` and bullets of notes, Hiroki11x/awesome-muon-optimizer, every paper): the paper,
        read as a heading that is one, its notes below it; not a group. True when read so."""
        m = _BOLD_LABEL.fullmatch(label.strip())
        below = next((line for line in self.doc.lines[after:after + 4] if line.strip()), "") if m else ""
        linked = _PAPER_LINK_LINE.fullmatch(below.strip()) if below else None
        href = linked.group(1) if linked else None if m else _keyed_paper_inside(self.doc.lines, after, label)
        if not href or links.classify(href).kind not in links.PAPER_KINDS:
            return False
        title = links.EMOJI_AROUND.sub("", (m.group(1) if m else label).strip()).strip()
        if len(title.split()) < 3:
            return False
        emitted = len(self.found)
        if not self._paper_heading(f"[{title}]({href})", block.start, after):
            return False
        entry = self.found[-1][0] if len(self.found) > emitted else None  # (the paper, unless it was left out)
        if entry is not None and m and m.group(2) and not entry.authors:  # "— <i>Rohan Anil et al. (Google)</i>"
            entry.authors = people.affiliated_names(m.group(2)) or people.parse(m.group(2))
        return True

    def _badges_below(self, block: Block) -> bool:
        """An HTML block of badges alone right below an entry: its links (``below_bold.badges_below``)."""
        entry, _, end, _, _ = self.found[-1]
        if block.start < end or any(self.doc.lines[n].strip() for n in range(end, block.start)) or \
                not below_bold.badges_below(entry, inline.scan(block.text, self.refs)):
            return False
        self.html_lines.update(range(block.start, block.end))
        self.covered.update(range(block.start, block.end))
        return True


def _keyed_paper_inside(lines: list[str], n: int, label: str) -> str | None:
    """The paper's address a fold labelled with a paper's title gives on a line keyed as its paper, before the
    fold ends: ``<summary>BANMo: Building Animatable 3D Neural Models from Many Casual Videos</summary>`` over an
    image, the abstract, ``code: https://github.com/..`` and ``paper: https://arxiv.org/pdf/2112.12761.pdf``
    (becauseofAI/Awesome-3D-CV-CG, every paper); None when the label reads as no title or no such line is there."""
    words = folds.html_words(label)
    if not verdict.paper_title(words[:1].upper() + words[1:]):  # ("nvdiffrec: Extracting Triangular 3D Models, ...")
        return None
    for line in lines[n:n + 40]:
        if "</details" in line.lower():
            return None
        keyed = nested.KEYED_URL.fullmatch(line.strip())
        if keyed and line.strip()[:1].isalpha():
            return next(g for g in keyed.groups() if g)
    return None


def heading_inside(lines: list[str], n: int) -> int | None:
    """The level of the first ATX heading from line *n* on, inside a ``<details>`` that ends after it (None:
    none, or no end). ``### 1.5 ...`` then ``<details><summary>全部技术报告</summary>`` over ``### LLaMA 系列``
    ... ``</details>`` (RUCAIBox/awesome-llm-pretraining, 51 papers): the group holds headings of the level
    before it, so it stands above them, not beside or below the heading before it. (A ``<summary>`` that no
    ``</details>`` closes, mill413/daily-arxiv's contents, holds nothing.)"""
    level = None
    for line in lines[n : n + 2000]:
        if "</details>" in line:
            return level
        if "<details" in line:
            return None
        written = headings.atx_level(line) if level is None and line.startswith("#") else 0
        if 0 < written <= 6 and line[written : written + 1] in (" ", "\t"):
            level = written
    return None
