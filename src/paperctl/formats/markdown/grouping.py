"""Which blocks of a list make one entry: a paragraph that goes on with the entry above it
(``continues``), list items that are entries of their own so that the bold line above them is
their heading (``holds_entries``), a paragraph of link lines that are one entry each
(``one_per_line``). The reader asks these before it reads any entry."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ...text import squashed
from . import blocks, fields, inline, links, people, venues, verdict
from .inline import Piece
from .link_names import add_link
from .model import Context, ListEntry


def continues(pieces: list[Piece], head: Sequence[Piece] = ()) -> bool:
    """Is this paragraph of a list item more of the entry (``*Authors.* Venue'24``), not a note?
    It is when it holds the paper's own link and the item's first paragraph (*head*) does not:
    ``16. **Title** ![badge]`` then ``*Yi Sun\\*, ...*, [[pdf](arXiv)], 2021.9`` (thunlp/PromptPapers),
    where a note would keep the words and lose the links."""
    first = next((p for p in pieces if p.kind != "text" or p.text.strip()), None)
    if first is None:
        return False
    if first.kind == "text" and first.em and people.parse(first.text):
        return True
    if _links_the_paper(pieces) and not _links_the_paper(head):
        return True
    if _labelled_links_alone(pieces):  # "  [[code](https://github.com/LangWY/DACG)]" after "  [[paper](..)]", each a
        return True  # paragraph of its own (Event-AHU/Medical_Image_Analysis): the entry's links, not a note
    text = " ".join("".join(p.text for p in pieces if p.kind == "text").split())
    if len(people.parse(text)) >= 2 and all(p.kind != inline.LINK for p in pieces):
        # "1. **Title**, *ICLR*, 2018. [paper](..)", a blank line, then "    Jinsung Yoon, James Jordon, ..."
        return True  # (jvpoulos/causal-ml, 79 entries): the authors, in a paragraph of their own
    tagged = _TAGS_THEN.fullmatch(text)  # "    [Catastrophic Forgetting, Analysis] ICML'24 Spotlight" under the title
    if tagged and (found := venues.parse(tagged.group(1))) and found[1]:  # (Trae1ounG/Awesome-Parametric-Knowledge-
        return True  # in-LLMs, 16 lines): its keywords, then where it appeared
    return bool(text) and fields.citation_tail(text).explained and not fields.is_summary(text)


_TAGS_THEN = re.compile(r"\[[^\[\]]{1,200}\]\s*([^\[\]]{2,60})")


def _labelled_links_alone(pieces: list[Piece]) -> bool:
    """Only links named as the entry's links (``code``, ``project``, ``pdf``), in brackets or apart."""
    found = [p for p in pieces if p.kind == inline.LINK]
    return bool(found) and all(links.label_word(p.text) for p in found) and all(
        not p.text.strip(" []()|·,;") for p in pieces if p.kind == "text")


def take_indented(lines: list[str], items: blocks.Block, para: blocks.Block, refs: dict[str, str]) -> bool:
    """Make the paragraph *para*, indented under the list *items*, its last item's when it is more of that
    item's entry; True when taken: ``10. **Title**.``, a blank line, ``   *Chen Y, Chen M*. arXiv [EB/OL]. [[pdf](..)]``
    (ZJULegalAI/LegalAI-Research-with-LLMs, 28 of its 85 entries): three spaces leave the item of a two-digit
    number, as they do not the items 1 to 9 above it. (A bold line, ``  **Occupancy**``, stays a heading.)"""
    item = items.children[-1] if items.children else None
    if item is None or para.kind != "paragraph" or len(item.children) != 1 or item.children[0].kind != "paragraph":
        return False
    line = lines[para.start]
    indent = len(line) - len(line.lstrip(" "))
    if indent == 0 and line[:1] in "`[" and "\n" not in para.text and "](" in line and _fields_only(
            inline.scan(para.text, refs)):  # "- **[Title](arXiv)** [![Star](..)](..)", a blank line, then
        item.children.append(para)  # "```ICCV 2023``` [[paper]](arXiv) [[code]](github)" (FeiElysia/awesome-zero-
        item.end = items.end = para.end  # shot-captioning, every entry): its venue and links, not indented
        return True
    if not 0 < indent < 4:
        return False
    below, above = inline.scan(para.text, refs), inline.scan(item.children[0].text, refs)
    if not continues(below, above):
        return False
    if _titles_a_paper(below) and not _links_the_paper(above):
        return False  # ("- [code] *https://github.com/..*", a blank line, then " **[`CVPR 2023`]**[Mind-vis: ...]
        # (arXiv)" (conghao0905/awesome-brain-decode, 7 entries): the next entry, not more of the code's bullet)
    item.children.append(para)
    item.end = items.end = para.end
    return True


def _fields_only(pieces: Sequence[Piece]) -> bool:
    """A line of a venue in code and labelled links alone (a venue in triple backticks, ``ICCV 2023``, then
    ``[[paper]](..) [[code]](..)``), a labelled link one at least: nothing of an entry of its own."""
    named = coded = 0
    for p in pieces:
        if p.kind == inline.LINK and links.label_word(p.text):
            named += 1
        elif p.kind == inline.TEXT and p.code and len(p.text) <= 30:
            coded += 1
        elif p.kind != inline.BREAK and (p.kind != inline.TEXT or p.code or p.text.strip(" []|/,·")):
            return False
    return named >= 1 and coded <= 1


def _titles_a_paper(pieces: Sequence[Piece]) -> bool:
    """Does a link whose text is a title (three words or more) link a paper?"""
    return any(p.kind == inline.LINK and len(p.text.split()) >= 3 and links.classify(p.href).kind in links.PAPER_KINDS
               for p in pieces)


def _links_the_paper(pieces: Sequence[Piece]) -> bool:
    return any(p.kind == inline.LINK and links.classify(p.href).kind in links.PAPER_KINDS for p in pieces)


def holds_entries(items: list[blocks.Block], refs: dict[str, str], venue: str | None = None) -> bool:
    """Do these list items read as entries of their own (a link, a bold title), so that
    the bold line above them is their heading rather than a paper with notes? Under a
    heading that names the *venue*, bare titles too (``### ACMMM-2021`` / ``**Image
    Captioning**`` / ``- Semi-Autoregressive Image Captioning``, forence/Awesome-Visual-Captioning)."""
    if venue and len(items) >= 2 and all(_bare_title(item, refs) for item in items[:20]):
        return True
    if len(items) >= 2 and dated_titles(items[:20], refs):
        return True  # "**Graph**" over "1. GIKT: A Graph-based Interaction Model for Knowledge Tracing (2020)"
    for item in items[:20]:
        head = item.children[0] if item.children and item.children[0].kind == "paragraph" else None
        if any(c.kind == "table" for c in item.children[1:]):
            return True  # "- **Learnable Metrics**" over "- <details><summary>Unsupervised Metrics</summary>" and a
            # table of papers (aimagelab/awesome-captioning-evaluation): a group of tables
        if head is None:
            continue
        pieces = inline.scan(head.text, refs)
        first = next((p for p in pieces if p.kind != "text" or p.text.strip()), None)
        if first is not None and (first.strong or any(p.kind == "link" for p in pieces)):
            return True
        prefix = _VENUE_FIRST.match(first.text) if first is not None and first.kind == "text" else None
        if prefix and venues.parse(prefix.group(1)):
            return True  # "* (CVPR 16) Learning a Discriminative Null Space ..." (feifeiobama/Awesome-Person-ReID)
        if first is not None and first.kind == "text" and _APA_START.match(first.text):
            return True  # "* **Uncertainty**" over "* Lee, K. A., Wang, Q., & Koshinaka, T. (2021). Xi-vector
            # embedding for speaker recognition. IEEE Signal ..." (mrjunjieli/awesome_speaker): citations
        below = [it for c in item.children[1:] if c.kind == "list" for it in c.children]
        if below and label_alone(pieces) and holds_entries(below, refs, venue):
            return True  # "* **softmax**" over "* A-softmax:" over "* Li, Y., Gao, F., ... (2018, November). ..."
    return False


def label_alone(pieces: Sequence[Piece]) -> bool:
    """Is a bullet's text a short label and nothing else (``A-softmax:``, ``x-vector``), no link or bold?"""
    text = " ".join(inline.plain([p for p in pieces if p.kind != inline.BREAK]).split())
    return bool(text) and len(text.split()) <= 3 and len(text) <= 30 and all(
        p.kind in (inline.TEXT, inline.BREAK) and not p.strong for p in pieces) and not any(c.isdigit() for c in text)


_APA_START = re.compile(r"\s*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, (?:[A-Z]\.[\s-]?){1,3}(?:,|&|\()[^()]{0,300}"
                        r"\((?:19|20)\d\d[a-z]?[,)]")


def label_over_links(head: Sequence[Piece], below: list[blocks.Block], refs: dict[str, str]) -> bool:
    """Is a bullet of a few plain words the name of the papers below it, each a paragraph of its title linked
    and nothing else? ``  - Query-based RAG`` over ``    [REALM: Retrieval-Augmented Language Model
    Pre-Training](arXiv)``, a blank line, ``    [KILT: ...](arXiv)`` (hymie122/RAG-Survey, 236 papers under 51
    such bullets). Two at least, most of them linking a paper."""
    text = " ".join(inline.plain(list(head)).split())
    if not text or len(text.split()) > 8 or any(p.kind != inline.TEXT or p.strong for p in head if p.kind !=
                                                 inline.BREAK) or len(below) < 2:
        return False
    papers = 0
    for para in below:
        if para.kind != "paragraph":
            return False
        shown = [p for p in inline.scan(para.text, refs) if p.kind != inline.BREAK and (
            p.kind != inline.TEXT or p.text.strip())]
        if len(shown) != 1 or shown[0].kind != inline.LINK or len(shown[0].text.split()) < 2:
            return False
        papers += links.classify(shown[0].href).kind in links.PAPER_KINDS
    return 3 * papers >= 2 * len(below)


def names_a_group(head: Sequence[Piece], items: list[blocks.Block], refs: dict[str, str]) -> bool:
    """Is a bullet of a few plain words, no link, the name of a group of the entries nested under it:
    ``- Soft Sampling Methods`` over ``- Focal Loss, ICCV 2017, [[paper]](..)``, ``- Gradient Harmonizing
    Mechanism, AAAI 2019, [[paper]](..)`` (ZidaSong/Deep-learning-with-Python, 41 entries under 18 such
    bullets)? Two of them at least, and most, name something before their links."""
    head = [p for p in head if p.kind != inline.BREAK]  # ("- Soft Sampling Methods  ": a line break at its end)
    text = " ".join(inline.plain(head).split())
    if not text or any(p.kind != inline.TEXT or p.strong for p in head) or len(text.split()) > 6 or \
            any(c.isdigit() for c in text) or text[-1:] in ".,;:!?" or venues.parse(text):
        return False
    named = 0
    for item in items:
        first = item.children[0] if item.children and item.children[0].kind == "paragraph" else None
        pieces = inline.scan(first.text, refs) if first is not None else []
        lead = next((k for k, p in enumerate(pieces) if p.kind == inline.LINK), None)
        name = " ".join(inline.plain(pieces[:lead]).split()).strip(" ,-–[(") if lead else ""
        if name and not name.endswith((":", "：")) and not links.label_word(name):  # (not "Paper: [link](..)")
            named += 1
    return named >= 2 and named * 2 >= len(items)


def _bare_title(item: blocks.Block, refs: dict[str, str]) -> bool:
    """A list item that is only a title: one line of three to thirty words, capitalised, no link,
    no sentence in it."""
    if len(item.children) != 1 or item.children[0].kind != "paragraph" or "\n" in item.children[0].text.strip():
        return False
    pieces = inline.scan(item.children[0].text, refs)
    text = " ".join("".join(p.text for p in pieces if p.kind == "text").split())
    words = text.split()
    return all(p.kind == "text" for p in pieces) and 3 <= len(words) <= 30 and text[:1].isupper() \
        and not re.search(r"[.;!]\s", text + " ") and sum(w[:1].isupper() for w in words) * 2 >= len(words)


def dated_titles(items: list[blocks.Block], refs: dict[str, str]) -> bool:
    """Is every item a title alone followed by its year in brackets or after a comma (in a long list, a few
    without), most of
    them of three words or more (``- Deep Knowledge Tracing with Side Information (2019)``, ``- Saint (2020)``:
    Sahandfer/Riiid-Answer-Correctness-Prediction, its papers so under bold topic lines)? Then they are papers,
    cited by title."""
    long = undated = 0
    for item in items:
        if len(item.children) != 1 or item.children[0].kind != "paragraph" or "](" in item.children[0].text:
            return False
        text = item.children[0].text.strip()
        m = _DATED.fullmatch(text)
        undated += m is None
        title = m.group(1) if m else text
        if not verdict.title_like(title[:1].upper() + title[1:]) or m is None and (len(items) < 8 or "\n" in text):
            return False  # (a few undated among many: "- Jenga: ... (2025)" over "- dLoRA: Dynamically ...")
        long += len(title.split()) >= 3
    return long * 2 > len(items) and undated * 3 <= len(items)


_DATED = re.compile(r"([^\n()\[\]]{2,250}?)(?:\s*\((?:[^()\n]{1,30}[\s'’])?(?:19|20)\d\d\)|,\s*(?:19|20)\d\d\.?)")
# (or "(OSDI 2022)", "(Mar 2024)" beside "(2024)": w20chen/agent-paper-reading-list, its numbered titles with no
# link; "* The Connected Scatterplot for Presenting Paired Time Series, 2016": odu-cs725-infovis/public, the papers
# its class presented)
_VENUE_FIRST = re.compile(r"\s*[\[(]([^\[\]()]{2,30})[\])]\s+\S")


# A line's bullet or number ("16.**[Title](..)**  ", ssssober/Depth-Estimation: numbered lines with no space
# after the number, so Markdown's one paragraph of line breaks)
_LINE_MARK = re.compile(r"[\s*+\\-]*(?:\d{1,4}[.)、][\s*+\\-]*)?")


# (a title of three words or more, not a field's name: ">**Authors**: [Shaina Raza](..) <br>")
_BOLD_ENTRY_LINE = re.compile(r"[ \t]*\*\*[^*\s][^*\s]*(?:\s+[^*\s]+){2,}\s*\*\*(?![:：]).*?<br\s*/?>", re.IGNORECASE)
_BREAKS_ALONE = re.compile(r"[ \t]*(?:<br\s*/?>[ \t]*)*", re.IGNORECASE)


def bold_entry_lines(text: str) -> list[str] | None:
    """A paragraph whose every line is a whole entry, its fields parted by ``<br>``: ``**A Survey of Large Language
    Models** [2023]. <br> Wayne Xin Zhao, Kun Zhou, ... <br>[[PDF](arXiv)] <br>`` (MattYoon/awesome-large-audio-
    models, every paper so, no blank line between them): the lines, each read alone (the ``<br>`` that parts a
    line's fields would part the lines too, read as one run), but a ``<br>`` alone on the last; None when a line
    does not read so, or more than one links nothing (the last may be cut short)."""
    lines = text.split("\n")
    while lines and _BREAKS_ALONE.fullmatch(lines[-1]):
        lines.pop()
    return lines if len(lines) >= 2 and all(_BOLD_ENTRY_LINE.match(line) for line in lines) and sum(
        "](" not in line for line in lines) <= 1 else None


def _broken_lines(pieces: list[Piece]) -> list[list[Piece]]:
    """*pieces* cut at their line breaks (the breaks left out; an empty line stays, empty)."""
    lines: list[list[Piece]] = [[]]
    for p in pieces:
        if p.kind == inline.BREAK:
            lines.append([])
        else:
            lines[-1].append(p)
    return lines


def one_per_line(pieces: list[inline.Piece]) -> list[list[inline.Piece]] | None:
    """A paragraph of ``- [Title](arXiv link)`` lines: one entry per line. So is a paragraph of
    bold titles each with its paper's link on its line, ``**DINO-WM: World Models on Pre-Trained
    Visual Features ...** (2024) [[Paper]](arXiv)`` and a line break (irom-princeton/awesome-robotics-
    video-world-model-papers, 322 lines): a title written over lines links nothing on its first."""
    lines = [line for line in _broken_lines(pieces) if inline.plain(line)]
    for k in range(len(lines) - 1, 0, -1):
        if lines[k][0].kind == inline.TEXT and _QUOTE_CLOSED.match(lines[k][0].text) and lines[k - 1][-1].kind == \
                inline.TEXT and lines[k - 1][-1].text.count('"') % 2:  # ('"Learning to Track: ... Decision Making'
            joined = dataclasses.replace(lines[k - 1][-1], text=lines[k - 1][-1].text.rstrip() + lines[k][0].text)
            lines[k - 1:k + 1] = [[*lines[k - 1][:-1], joined, *lines[k][1:]]]  # then '" [[paper]](..)': a quoted
            # title broken in two)
    if len(lines) < 2:
        return None
    if all(line[0].kind == inline.TEXT and (_REFERENCE_NUMBER.match(line[0].text) or _NUMBER_ALONE.fullmatch(
            line[0].text) and len(line) > 1 and line[1].kind == inline.LINK) for line in lines):
        return lines  # "[1] F. Bovolo and L. Bruzzone, “A Theoretical Framework ...,” IEEE Trans. ..., 2007." and more,
        # one a line under "## Reference" (ChenHongruixuan/ChangeDetectionRepository): numbered references; ">[1]
        # [Go-Explore](nature.com): Adrien Ecoffet et al, 2021  " (opendilab/awesome-exploration-rl)
    if all(_title_then_links(line) for line in lines):
        return lines  # "> Tool learning with large language models: A survey [![arXiv](badge)](arXiv) <br>", a line a
        # paper in a quote (d-andelions/awesome-LLM-Driven-Collective-Intelligence, every paper)
    starts = bold = papers = 0
    for line in lines:
        first = next((p for p in line if p.kind != "text" or not _LINE_MARK.fullmatch(p.text)), None)
        if first is not None and first.kind == "link" and (len(first.text.split()) >= 2 or len(first.text) >= 16):
            starts += 1  # (a title written with underscores: "Sparse_Cost_Volume_for_Efficient_Stereo_Matching")
        elif first is not None and first.kind == "text" and first.strong and (len(first.text.split()) >= 2 or (
                k := line.index(first)) + 1 < len(line) and line[k + 1].text.lstrip()[:1] in ":：" and any(
                    p.kind == inline.TEXT and ('"' in p.text or "“" in p.text) for p in line[k + 1:])) \
                and any(p.kind == inline.LINK for p in line):  # ("**IDF1** : Ristani, E., ... "Title" [[paper]](..)
            # <br>", SpyderXu/multi-object-tracking-paper-list: a method's name and a colon, then its citation, the
            # title quoted; not "**arXiv Link**: [arXiv:2407.13699v1](..)", a field of the survey above)
            bold += 1  # (a line among them may link a post: "**Genie 2: ...** (2024) [[Blog]](deepmind.google)")
            papers += _links_the_paper(line)
    return lines if starts == len(lines) or bold == len(lines) and 2 * papers >= len(lines) else None


_QUOTE_CLOSED = re.compile(r'\s*"(?:\s|$)')


def _title_then_links(line: list[Piece]) -> bool:
    """A line that is a title in plain words (three or more), then links alone, one of them the paper's."""
    shown = [p for p in line if p.kind not in (inline.TEXT, inline.BREAK) or p.text.strip()]
    return len(shown) >= 2 and shown[0].kind == inline.TEXT and not (shown[0].strong or shown[0].em or shown[
        0].code) and len(shown[0].text.split()) >= 3 and all(p.kind == inline.LINK for p in shown[1:]) and \
        _links_the_paper(shown[1:]) and verdict.title_like(shown[0].text.strip())


_NUMBER_ALONE = re.compile(r"\s*\[\d{1,4}\]\.?\s*")  # ("[2].[Names. \"Title.\" ...](..)", NeuronDance/DeepRL)
# A paragraph's line after the first that is a numbered reference (``[64] T.-M. H. Hsu, ...``): cheap to look for
MAY_NUMBER_REFERENCES = re.compile(r"\n[ \t>]*\[\d{1,4}\][ \t]+\S")
_REFERENCE_NUMBER = re.compile(r"\s*\[\d{1,4}\]\s+\S")


def label_over_references(pieces: list[Piece]) -> tuple[str, list[list[Piece]]] | None:
    """A bold label over numbered references, one a line, all one paragraph: ``- **Class Re-balancing**\\``, then
    ``[64] T.-M. H. Hsu, H. Qi, and M. Brown, Federated visual ..., 2020, pp. 76–92.\\`` and more such lines, each
    ending in a hard break (shunxinguo/Survey-of-Data-Heterogeneous-Federated-Learning, every paper so): the label
    heads its references as a group, each line a paper. The label and every line's pieces (one list a line
    after the label's, blank lines kept empty, so that the k-th is the label's line + k + 1), or None."""
    lines = _broken_lines(pieces)
    head = [p for p in lines[0] if p.kind != inline.TEXT or p.text.strip()]
    label = " ".join(inline.plain(head).split())
    if not head or not all(p.kind == inline.TEXT and p.strong for p in head) or not label or len(label.split()) > 8:
        return None
    cited = [line for line in lines[1:] if inline.plain(line).strip(" \\")]
    if len(cited) < 2 or not all(line[0].kind == inline.TEXT and _REFERENCE_NUMBER.match(line[0].text)
                                 for line in cited):
        return None
    for line in lines[1:]:  # (the last line's hard break, before the paragraph's end, is a backslash as written)
        if line and line[-1].kind == inline.TEXT and line[-1].text.rstrip().endswith("\\"):
            line[-1] = Piece(inline.TEXT, line[-1].text.rstrip()[:-1], strong=line[-1].strong, em=line[-1].em)
    return label, lines[1:]


def label_over_entries(head: Sequence[Piece], paragraphs: list[blocks.Block], refs: dict[str, str]) -> bool:
    """Is a list item a short label over paragraphs that are each an entry? ``  - BLEU``, a blank line,
    then ``    **Bleu: a Method for Automatic Evaluation of Machine Translation**, ACL 2002. [[Paper]](..)``
    (quchangle1/LLM-Tool-Survey, 66 of its 125 citations): the papers are the paragraphs, the label (a
    metric, a tool's kind) a note of each, not a title whose paragraphs are its summary."""
    text = " ".join("".join(p.text for p in head if p.kind == "text").split())
    visible = [p for p in head if p.kind != "text" or p.text.strip()]
    linked = len(visible) == 1 and visible[0].kind == "link" and 0 < len(visible[0].text.split()) <= 3
    # ("- [**AVA**](github)" over "    **AVA: A Large-Scale Database for Aesthetic Visual Analysis.** *Naila Murray,
    # ...* CVPR 2012. [[IEEE]](..)", Renovamen/what-if: a dataset, linked, over the papers that made it)
    text = " ".join(visible[0].text.split()) if linked else text
    said = not linked and all(p.kind == "text" and not p.strong and not p.em for p in visible) and len(text) <= 300
    # ("- Collect data from structured knowledge sources, e.g., databases, ..." over its papers, zorazrw/awesome-
    # tool-llm: what they do, said in a sentence; its papers as clearly written as the label's)
    if not text or not said and (len(text) > 60 or len(text.split()) > 6 or text.endswith((".", ":", "："))) or any(
            p.kind != "text" for p in head) and not linked or not paragraphs:
        return False
    bold = any(p.strong for p in head) and not linked and len(text.split()) > 2  # ("- **Deep ID Series**" over
    # "**DeepID2:** [Title](arXiv) [Yi Sun et al.,
    for para in paragraphs:  # 2014]", polarisZhao/awesome-face: each paragraph a method's name and its paper's title)
        if para.kind != "paragraph":
            return False
        pieces = inline.scan(para.text, refs)
        shown = [p for p in pieces if p.kind != "text" or p.text.strip()]
        first = shown[0] if shown else None
        named = len(shown) > 1 and first is not None and first.strong and first.kind == "text" and len(
            first.text.split()) <= 3 and first.text.rstrip().endswith((":", "：")) and _titles_a_paper(shown[1:2])
        if first is None or not (named or not bold and first.strong and len(first.text.split()) >= 3) or \
                not _links_the_paper(pieces):
            return False
    return True


def cited_in_quote(entry: ListEntry, quoted: list[str], read: Callable[[list[Piece]], ListEntry]) -> list[str]:
    """A quote under a bold title that cites the same paper (``- **Point Set Registration via Particle Filtering
    and Stochastic Dynamics**`` over ``> Sandhu, Romeil, ... "Point set registration via particle filtering and
    stochastic dynamics." *IEEE transactions on pattern analysis ...* 32.8 (2009): 1459-1473.``, ljjTYJR/
    PapersReading, every paper): who wrote it, where and when, taken into *entry*. The quotes that do not."""
    left = []
    for text in quoted:
        if _EMPTY_LABEL.fullmatch(text):
            continue  # ("> **Citations:**", a label the list left to fill in)
        cited = read(inline.scan(text, {})) if entry.title and ('"' in text or "“" in text) else None
        if cited is None or not cited.title or squashed(cited.title) != squashed(entry.title or "") or not (
                cited.authors or cited.venue):
            left.append(text)
            continue
        entry.authors = entry.authors or cited.authors
        if cited.venue and not entry.venue:
            entry.venue, entry.venue_written, entry.year = cited.venue, cited.venue_written, entry.year or cited.year
        entry.date_year = entry.date_year or cited.date_year
        for href in filter(None, (f"https://arxiv.org/abs/{cited.arxiv}" if cited.arxiv else None, cited.url,
                                  f"https://doi.org/{cited.doi}" if cited.doi else None)):
            if not (entry.arxiv or entry.doi or entry.url):
                add_link(entry, "paper", href)
    return left


_EMPTY_LABEL = re.compile(r"[\w ]{1,20}[:：]")
_TLDR = re.compile(r"\W*(?:tl;?\s?dr|summary|简介|摘要|概要|概述)\W*\s*[:：]\s*", re.IGNORECASE)  # ("**简介**: ...")


def said_in_short(entry: ListEntry, paragraphs: list[str], read_if_summary: bool) -> None:
    """A paragraph of the item below the entry that says it is the paper in short (```TL;DR: This
    paper provides an up-to-date and comprehensive survey of CRL. ...```, Sen1553/Awesome-Continual-RL,
    36 entries) is its summary, when it has none; the other paragraphs stay notes (taken out of
    *paragraphs* when used)."""
    if entry.reason is not None or entry.summary:
        return
    for k, text in enumerate(paragraphs):
        m = _TLDR.match(text)
        if m and text[m.end():].strip():
            left = fields.left_unread(fields.tidy("".join(entry.summary_parts)), entry.venue) \
                if entry.summary_parts else None
            if left:  # ("[J]. arXiv preprint arXiv:2507.09177, 2025.", what no field took: a note, not lost)
                entry.notes.append(left)
            entry.summary_parts = [text[m.end():].strip()]
            if read_if_summary and entry.status in (None, "unread"):
                entry.status = "read"
            del paragraphs[k]
            return


_LABELLED = re.compile(r"\W*[^\W\d][^:：]{0,30}[:：]")


def described_below(entry: ListEntry, bullets: list[blocks.Block], refs: dict[str, str]) -> None:
    """One nested bullet of plain prose under an entry that has no summary, which may be its one-line
    description: ``4. 10/2024: **[RepoBench: ...](arXiv)**`` over ``    * Data mostly extracted from
    GitHub, task designed as retrieval and completion, etc.`` (allanj/repo-level-codegen-papers, every
    entry), the same under a citation over lines (ICTMCG/Awesome-Misinfo-Video-Detection), ``  - 场景文本
    超分`` (HCIILAB/Scene-Text-Recognition-Recommendations). Kept as ``entry.below``: it is the summary
    only where the list writes no description on its entries' own lines (``assembly``), for paperctl's
    own lists write notes so, under papers with or without a summary. Not a bullet that links anything,
    names people, cites a venue or labels itself (``Note: ...``, ``**📊 典型结果**：``), not one of several,
    and not under a bold name linking nothing (a tool of a stack, described)."""
    if len(bullets) in (2, 3):  # the description, then the same in Chinese (and a link to a note on it):
        bullets = [b for b in bullets if not _aside(b, refs)]  # bighuang624/Time-Series-Papers, every entry
    if entry.reason is not None or entry.summary or len(bullets) != 1 \
            or not (entry.arxiv or entry.doi or entry.url or entry.venue):
        return
    children = bullets[0].children
    if len(children) != 1 or children[0].kind != "paragraph":
        return
    pieces = inline.scan(children[0].text, refs)
    if any(p.kind != "text" or p.strong for p in pieces if p.kind != "text" or p.text.strip()):
        return
    text = " ".join("".join(p.text for p in pieces).split())
    if describes(text):
        entry.below = text


def described_in_paragraph(entry: ListEntry, text: str) -> None:
    """A paragraph of prose indented under an entry's item, its only one: ``+ [RMA: Rapid Motor Adaptation for
    Legged Robots](arXiv). *RSS*, 2021.`` over ``    Employs a teacher–student approach plus a learned
    adaptation module. ...`` (apexrl/awesome-rl-for-legged-locomotion, every paper). Kept as ``entry.below``,
    as ``described_below`` keeps a bullet of prose: the summary where the list's entries have none of their own."""
    if entry.reason is None and not entry.summary and entry.below is None and (
            entry.arxiv or entry.doi or entry.url or entry.venue) and len(text) <= 600 and describes(text):
        entry.below = text


@lru_cache(maxsize=1024)
def describes(text: str) -> bool:
    """Does plain *text* below an entry read as its description: words enough, not mostly capitalised, not
    names, a label, a citation's tail (``arXiv 1712; NeurIPS workshop 2017``) or a field? (Remembered: a
    pure function of the text, and an entry's bullets are asked about twice, ``described_below`` then
    ``item_words.item_notes``.)"""
    words = fields.LATIN_WORD.findall(text)
    chinese = len(fields.CJK.findall(text))
    enough = len(words) >= 4 or chinese >= 4
    heads = text.split(",")[:3]  # (two names among the first parts: not "Propose *DA-RNN*, which consists of ...")
    if 2 * sum(w[0].isupper() for w in words) > len(words) and chinese < 2 * len(words) or sum(
            map(people.looks_like_name, heads)) >= min(2, len(heads)):  # (a sentence in Chinese naming "Google"
        # and "SIGIR" is no run of capitalised names: daiwk/daiwk.github.io)
        return False  # "Vanamala Venkataswamy, Jake Grigsby, ... arXiv. 12/2022.": a citation read as no fields
    return enough and not _LABELLED.match(text) and not text.endswith((":", "：")) and fields.is_summary(text) \
        and not people.parse(text) and not fields.citation_tail(text).explained


def _aside(bullet: blocks.Block, refs: dict[str, str]) -> bool:
    """A bullet beside a description: its translation into Chinese (mostly CJK characters), or links alone
    (``[中文解读](zhihu)``)."""
    children = bullet.children
    if len(children) != 1 or children[0].kind != "paragraph":
        return False
    pieces = inline.scan(children[0].text, refs)
    if all(p.kind == inline.LINK or not p.text.strip() for p in pieces):
        return True
    text = inline.plain(pieces)
    return len(fields.CJK.findall(text)) > len(fields.LATIN_WORD.findall(text)) * 2 and not any(
        p.kind == inline.LINK for p in pieces)


def said_after(entry: ListEntry, pieces: Sequence[Piece], read_if_summary: bool) -> bool:
    """A paragraph labelled as the paper in short, below a bold title paragraph that has no summary:
    ``**简介**: DExNet提出了一个轻量级、可解释且有效的网络架构，...`` (krantbrity/Single-Image-Reflection-
    Removal-Papers-and-Code-Collection), ``**TL;DR:** ...``: its summary. True when taken."""
    text = " ".join(inline.plain(list(pieces)).split())
    m = _TLDR.match(text) if entry.reason is None and not entry.summary_parts else None
    if m is None or not text[m.end():].strip():
        return False
    entry.summary_parts = [text[m.end():].strip()]
    if read_if_summary and entry.status in (None, "unread"):
        entry.status = "read"
    return True


def translated(entry: ListEntry, pieces: Sequence[Piece]) -> bool:
    """A paragraph that gives a bold title in Chinese, below it: ``**BERT might be Overkill: ...**``, then
    ``BERT 可能有点矫枉过正：...`` (FutureForMe/Chinese_Medical_Natural_Language_Processing_Resources_and_Papers,
    every entry): a note; the title's link may follow. True when taken."""
    if entry.reason is not None or not entry.title or fields.has_cjk(entry.title) or any(
            p.kind != inline.TEXT for p in pieces):
        return False
    text = " ".join(inline.plain(list(pieces)).split())
    if not _in_chinese(text):
        return False
    entry.notes.append(text)
    return True


def _in_chinese(text: str) -> bool:
    """Is *text* a translation into Chinese (or Japanese): four such characters or more, a quarter of it?"""
    return len(fields.CJK.findall(text)) >= max(4, len(text) // 4)


def translated_below(pieces: list[Piece]) -> tuple[list[Piece], str | None]:
    """A bold title over its bold translation in one paragraph: ``**Label-Free Liver Tumor Segmentation**`` then
    ``**标签无肝肿瘤分割**`` (dogvane/CVPR2023-Papers-with-Code, 135 of its 140 papers, ``- Paper:`` bullets below
    each): the title's pieces, and the translation, a note. The pieces as they are, and None, for any other."""
    breaks = [i for i, p in enumerate(pieces) if p.kind == inline.BREAK]
    if len(breaks) != 1:
        return pieces, None
    first, second = pieces[: breaks[0]], pieces[breaks[0] + 1:]
    below = " ".join(inline.plain(second).split())
    if not (first and second and all(p.strong and p.kind == inline.TEXT for p in first + second if p.text.strip())
            and not fields.has_cjk(inline.plain(first)) and _in_chinese(below)):
        return pieces, None
    return first, below


def badge_alone(link: Piece) -> bool:
    """Is *link* an image alone (a badge), whatever space and breaks stand around it?"""
    return [c.kind for c in link.children if c.kind == inline.IMAGE or c.kind == inline.TEXT and c.text.strip()] == [
        inline.IMAGE]


def own_paper(item: blocks.Block, refs: dict[str, str], ctx: Context) -> bool:
    """Is this nested bullet a paper of its own: a title link of three words or more, to a
    paper? Then the bullets beside it are entries too, not notes of the one above them
    (``- (TEB) [Time Elastic Band Planner](..)`` / ``  - (Human-aware TEB) [Human-Aware
    Navigation Planner for Diverse Human-Robot Contexts](arXiv), IROS 2021.``). A related
    paper noted the way the list writes its entries (``**Title** [[paper]](..)``) stays a
    note of the one above it: the user's own list nests them so."""
    head = item.children[0] if item.children and item.children[0].kind == "paragraph" else None
    if head is None or ("](" not in head.text and not head.text.startswith("(")):  # ("(CVPR 16) Title")
        return False
    from .entries import read  # (entries reads an entry; grouping, which blocks make one: it asks, late)

    entry = read(inline.scan(head.text, refs), ctx)
    cited = not entry.bold and bool(entry.venue and (entry.arxiv or entry.doi or entry.url))  # "+ Title, SIGIR
    # 2020, [[paper]](arXiv)" under a bold repository line (nancheng58/Awesome-LLM4RS-Papers): a citation
    return entry.reason is None and (entry.title_target in links.PAPER_KINDS or entry.shape == "venue-prefix"
                                     or cited) and len((entry.title or "").split()) >= 3
