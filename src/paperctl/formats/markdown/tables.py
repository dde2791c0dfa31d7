"""Tables of papers, read by their header.

Real lists put papers in tables with named columns (``Title|Venue|Date|Code|Demo``,
``Date|keywords|Institute|Paper``, ``Name|Paper|Venue|Year|Code``, ``Paper|Links``,
``Title & Authors|Introduction|Links``). Each column's header says what its cells
hold; the title cell is read like a list entry (badges, ``<br>``, the authors on
the line after the title), and the others fill the field they name. Keyword,
institute and picture columns are never text. A title cell that holds several
title links gives several papers, each with the row's other cells.
"""

from __future__ import annotations

import re

from ...identifiers import InvalidIdentifier, try_normalize_doi, try_parse_arxiv_id
from ...text import squashed
from . import (
    entries,
    entry_marks,
    entry_tokens,
    fields,
    file_names,
    finishing,
    folds,
    link_names,
    links,
    makers,
    model,
    people,
    titles,
    venue_cells,
    venue_words,
    venues,
    verdict,
)
from .bold_lines import cited_names
from .bold_prefixes import title_under_name
from .inline import Piece, plain, scan
from .model import Context, ListEntry, Tok
from .venue_cells import EMPTY as _EMPTY
from .venue_cells import LINK_WORD as _LINK_WORD
from .venue_cells import undated_preprint as _undated_preprint
from .venue_cells import year_dot_venue as _year_dot_venue

_STATUS_VALUES = {"read": "read", "done": "read", "✅": "read", "✔": "read", "✔️": "read", "yes": "read",
                  "finished": "read", "reading": "reading", "in progress": "reading", "📖": "reading",
                  "📌": "reading", "to read": "unread", "todo": "unread", "unread": "unread", "no": "unread",
                  "❌": "unread", "⬜": "unread", "[ ]": "unread", "[x]": "read"}
_SCORE = re.compile(r"\d{1,3}(?:\.\d+)?%?(?:\s*\([^()]{1,20}\))?")  # "58.5", "78.2 (07+12)", "91%"
_SPREAD = re.compile(r"\s*(?:\^\{\\pm\s*[\d.]+\}|±\s*(?:[\d.]+|\(-\)))")  # "$0.180^{\pm.002}$", "0.18 ± 0.02",
# "78.27 ± (-)" (Vencent-Won/Awesome-Literature-on-Few-shot-Molecular-Property-Prediction): a score's spread
_CONTENTS = "a table-of-contents line"  # (finishing.finish's reason for a link into the list itself)
def _year_then_venue(text: str) -> tuple[str, int] | None:
    """``2019 IEEE BTAS``, ``2018 IHMS Workshop``: a year and a venue of two words at most, in a Year column
    (a known venue and its track first: ``2019 AAAI Oral MMLAB-CUHK`` is AAAI 2019 Oral)."""
    words = text.split()
    if len(words) < 2 or venues.year_of_date(words[0]) is None:
        return None
    found = (venues.parse(text) or venue_words.year_then_name(text)) if len(words) <= 3 else next(
        (f for k in range(4, 2, -1) if (f := venues.parse(" ".join(words[:k])))), None)
    return (found[0], found[1]) if found and found[1] else None


_VENUE_WRITTEN = r"([A-Za-z][\w&.-]{1,15}(?:\s[A-Za-z][\w&.-]{1,15})?\s?'?(?:19|20)?\d\d)"
_ACCEPTED = re.compile(_VENUE_WRITTEN)  # a comment that is where: "ICASSP 2026", "AAAI'26"
_ACCEPTED_IN = re.compile(rf"\b(?i:accepted|to appear|published)\s+(?i:by|to|at|in|as)\s+(?:the\s+)?{_VENUE_WRITTEN}\b")
# ("Accepted by ICASSP 2026. Copyright 2026 IEEE. ...", an arXiv comment: where, in its first words)
_ARXIV_COMMENT = re.compile(r"\b(?:\d+\s*pages?|\d+\s*figures?|accepted|to appear|submitted|camera[- ]ready|"
                            r"under review|published (?:in|at|by)|proceedings|conference|workshop|"
                            r"code(?: is| will be)? (?:available|released)|code:)|\.{3}|…", re.IGNORECASE)
# (what arXiv's Comments field says: "12 pages, 5 figures", "Accepted to ICASSP 2026", "To appear at SAC 2022. Code:";
# a note, as the daily arXiv tables give it, never the paper's description)
_YEAR_LINKED = re.compile(r"['’]?\d\d(?:\d\d)?")
_URL = re.compile(r"https?://[^\s()<>|\]]+")
_PLAIN_WORDS = re.compile(r"\s*\w[\w .-]*")  # (a cell of plain words: not "**Paper**", a key, nor a link)
_POSTED_ON = re.compile(r"((?i:arxiv|preprint))\s*(\d\d)\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])"
                        r"(?:\s*\(([^()]{2,40})\))?")
_YY_MM = re.compile(r"\s*(\d\d)[./-](?:0?[1-9]|1[0-2])\s*")
_RESULTS_ROW = "a row of a table of results (a method's name and its scores), not a paper"
_CODED_TITLE = re.compile(r"\s*`([^`]{10,300})`\s*")


_KEYED_VENUE = re.compile(r"^(?:Conference|Venue|Journal|Published(?: in)?|Publication)\s*[:：]\s*([^,;|]{2,40})",
                          re.IGNORECASE)


def _links_or_venue(cell: str) -> str:
    """How to read a cell of links, or one past the header's: where the paper appeared, when it says a venue and
    year alone (``CVPR 2024``), else its links."""
    bare = cell.strip().strip("`*").strip()
    found = venues.parse(bare) if bare and len(bare) <= 40 else None
    return "venue" if found and found[1] else "links"


def read_row(cells: list[str], roles: list[str], refs: dict[str, str], ctx: Context,
             titled: bool = False, explained: bool = False) -> list[ListEntry]:
    """The papers of one row (usually one); *titled*: the header names a title or paper column;
    *explained*: a column of papers linked to posts on them (``columns.papers_explained``)."""
    cells = cells + [""] * (len(roles) - len(cells))
    title_col = roles.index("title")
    coded = _CODED_TITLE.fullmatch(cells[title_col])
    if coded and len(coded.group(1).split()) >= 3:  # "|2|`A Unified Model for Extractive and Abstractive ...` ||2018|"
        cells[title_col] = coded.group(1)  # (kldcr/NE-IE_Paper): a title in code, the title all the same
    if _PLAIN_WORDS.fullmatch(cells[title_col]) and links.label_word(cells[title_col].strip()) and not any(
            links.classify(url).kind in links.PAPER_KINDS for cell in cells for url in _URL.findall(cell)):
        cells[title_col] = ""  # "| GQ-CNN | Grasp Quality ... | Paper | [Project](..) |" (TX-Leo/Awesome-Robotic-
        # Grasping, its rows waiting for links): the paper column's label, left where its link is to come; no title
        # (a row that links a paper keeps it, its title unknown: "| Paper |http://arxiv.org/abs/2301.11325|")
    if "authors" in roles and "<br" in cells[title_col]:
        cells[title_col] = _wrapped_title(cells[title_col])
    pieces = scan(cells[title_col], refs)
    if re.search(r"(?:19|20)\d\d[a-h]\b", cells[title_col]):  # "| SDP [Wang et al., 2025b] |" (OSU-MLB/awesome-
        pieces = entry_marks.bibtex_marks_plain(pieces)  # continual-learning-robotics-embodied-ai): BibTeX's year
        # letter
    groups = _papers_in_cell(pieces)
    out = []
    for group in groups:
        entry = ListEntry(shape="table")
        toks = entry_tokens.tokens(group, entry)
        lines = model.lines_of(toks)
        _read_title_cell(lines, entry)
        if entry.venue and entry.authors and "venue" in roles and _venue_named(cells[roles.index("venue")], entry):
            entry.venue = entry.venue_written = None  # "| [Shyong K Lam and John Riedl. 2004. Title. In Proceedings
            # of the 13th international conference on World Wide Web. 393–402.](acm) | WWW | 2004 |" (tamlhp/
            # awesome-recsys-poisoning, every row): the Venue column names where, as the list means it
        for col, (cell, kind) in enumerate(zip(cells, roles, strict=False)):
            if col != title_col:
                _read_cell(cell, "summary" if kind == "notes" and "summary" not in roles and _one_line(cell)
                           and not _ARXIV_COMMENT.search(cell)
                           else _links_or_venue(cell) if kind == "links" else kind, entry, refs)
        for cell in cells[len(roles):]:  # cells past the header's, which GitHub does not show but the list wrote:
            _read_cell(cell, _links_or_venue(cell), entry, refs)  # "| Title | [arXiv](..) | `CVPR 2024` | [Code](..) |"
            # under "| Paper | Venue | Links |" (Habseligkeiten87/awesome-3D4D-spatial-reasoning, 138 rows)
        finished = finishing.finish(entry, ctx)
        if titled and finished.title_target is None and not (finished.links or finished.code) \
                and len((finished.title or "").split()) <= 4 \
                and _only_scores(cells[:title_col] + cells[title_col + 1:]):
            # "|title|PQ|PQ^Th^|PQ^St^|" then "|OCFusion(ResNeXt-101)|46.3|53.5|35.4|" (YvesXu/panoptic-
            finished.reason = _RESULTS_ROW  # segmentation-paper-list): a method and its scores, under "title"
        elif titled and finished.title and finished.title_target is None and not ctx.skip and (
                finished.reason == verdict.NO_EVIDENCE or (finished.reason or "").startswith("a link to")):
            finished.reason = None  # a plain title in a table whose header names a title column: the header says so
            finished.stated = True
        elif explained and finished.title and finished.title_target == links.OTHER and not ctx.skip and (
                finished.reason or "").startswith("a link to"):
            finished.reason = None  # the table's papers, each linked to a post on it
            finished.stated = True
        elif not titled and finished.reason is None and not (finished.arxiv or finished.doi or finished.url
                                                              or finished.venue or finished.authors or finished.stated):
            # "| **BlogCatalog** | 5196 | ... | [[BlogCatalog]](github) |": a table of datasets (or models),
            # whose header names no paper column, and a row that names no paper
            finished.reason = "a table row that names no paper"
        elif not titled and finished.reason is None and _scores(cells) and len((finished.title or "").split()) <= 4 \
                and not (finished.arxiv or finished.doi or finished.url or finished.links) and (
                    not finished.code or (_scores(cells, 3) and finished.title_target is None)):
            # "| R-CNN | 58.5 | - | - | CVPR'14 |" (hoya012/deep_learning_object_detection): a method and its scores;
            # "| CoCoOp | CVPR 22 | 71.02 | 50.63 | ... | [Link](github) |" (zhengli97/Awesome-Prompt-Adapter-
            # Learning-for-VLMs): with its code too, three scores at least, the name not linked (a name linking its
            # code, "|[FCL](github)|CVPR2021|29.12 |...", DirtyHarryLYL/HOI-Learning-List, is labelled a paper)
            finished.reason = _RESULTS_ROW
        elif not titled and finished.reason is None and title_col > 0 and cells[0].strip().isdigit() \
                and len((finished.title or "").split()) <= 4 and _scores(cells[title_col + 1:], 2):
            # "| 1 | o1-mini-2024-09-12 | - | 97.6 | 93.9 | [paper](arXiv) |" (huybery/Awesome-Code-LLM): a
            finished.reason = _RESULTS_ROW  # leaderboard's rank, a model, its scores, and the paper it cites
        elif finished.title_target == links.ANCHOR and finished.reason in (None, _CONTENTS) \
                and not (finished.arxiv or finished.doi or finished.url) and _scores(cells, 3):
            # "| 8 | 2023 | ICLR | [MDM](#1008) | $0.164^{\pm.004}$ | ... | [code](github) |": a method linked to the
            # list's own entry for its paper, and its scores (Run542968/Awesome-3D-Human-Motion-Generation)
            finished.reason = _RESULTS_ROW
        if finished.reason is None and "paper" in roles and _says_no_paper(cells[roles.index("paper")]) and not (
                finished.arxiv or finished.doi or finished.url or finished.venue):  # "| **UNI 2** | ... | 2025 |
            finished.reason = "no paper in its row's Paper column"  # (model card) | [GitHub](..) |" (Aakash-Tripathi/
            # Awesome-Medical-Multimodal-Models-and-Datasets); not "| **RingMoGPT** | 2024 · TGRS | — |", a paper
            # whose link is missing
        if finished.reason is None and finished.title_target is None and _index_row(cells, title_col, refs):
            finished.reason = INDEX_ROW  # "| Safe inference and guardrails | [On Almost Surely Safe ...](arXiv), [Cert
            # ...](..) |" (scnu-kevinkong/awesome-formal-llm-agents: 15 rows of an index over papers it lists in full)
        if finished.reason is None and not (finished.arxiv or finished.doi) and _TOOL_KIND.fullmatch(
                re.sub(r"\s+(?:19|20)\d\d$", "", finished.venue or "")):  # (its year, the Date column's)
            finished.reason = "a tool, not a paper"  # "| 2024-05 | Robot Platform | [Unitree G1 Developer
            # Resources](..) |", "| 2021-01 | Open Source | [XRMoCap](github) |" (animate-x/Awesome-human-motion):
            # where the venue goes, the kind of thing it is
        out.append(finished)
    return out


def _venue_named(cell: str, entry: ListEntry) -> bool:
    """Does the Venue column's *cell* name a venue, in fewer words than the one read in the title cell's
    citation?"""
    text = cell.strip().strip("*_` ")
    return bool(text) and "](" not in text and not _EMPTY.match(text) and len(text.split()) <= 4 and \
        text[:1].isalpha() and len(text.split()) < len((entry.venue or "").split())


INDEX_ROW = "a row of an index that names several papers by their links, not a paper"
_TOOL_KIND = re.compile(r"(?i)(?:open[- ]source|robot platform|platform|software|toolkit|tool|library|framework|"
                        r"product|app|demo)")


def _index_row(cells: list[str], title_col: int, refs: dict[str, str]) -> bool:
    """Does another cell of the row hold two or more links to papers named by the papers' names (not labels
    such as ``[PDF]``), the title cell none?"""
    for col, cell in enumerate(cells):
        if col == title_col or cell.count("](") < 2:
            continue
        named = [p for p in scan(cell, refs) if p.kind == "link" and not links.label_word(p.text)
                 and links.classify(p.href).kind in links.PAPER_KINDS and not venues.parse(p.text)]
        # (not "[WACV2020](arXiv),[MedIA2020](..)", HiLab-git/SSL4MIS: one paper's versions, named by venue)
        if len(named) >= 2:
            return True
    return False


def _one_line(cell: str) -> bool:
    """A cell of one short line in a column headed Notes, in a table with no summary column, is the
    paper's one-line description ("| HMMs | [Hidden Markov Models in ...](doi) | ... | Markovian sequence models for
    protein families. |", MachineLearningLifeScience/awesome-protein-foundation-models); notes over
    several lines (``<br>``) or at length stay notes, and so do Remarks ("2nd Place in MICCAI 2020")."""
    words = len(cell.split())
    shown = _TARGET.sub("]", cell) if "](" in cell else cell  # (as it reads: a link's address is no length of it)
    return "<br" not in cell.lower() and len(shown.strip()) <= 200 and (words >= 3 or words == 2 and cell.strip(
        ).endswith("."))  # not "pytorch"; "Textbook augmentation." (justin-marian/awesome-medical-rag, 33 of its
    # 101 rows so short): a sentence of two words


_TARGET = re.compile(r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")


def _only_scores(cells: list[str]) -> bool:
    """Cells that are scores or dashes (or empty), at least one of them not empty."""
    return any(c.strip() for c in cells) and all(
        _SCORE.fullmatch(c.strip()) or c.strip() in ("", "-", "–", "—") for c in cells)


def _scores(cells: list[str], fewest: int = 1) -> bool:
    """Cells of numbers (``58.5``, ``78.2 (07+12)``, ``$0.180^{\\pm.002}$``) and dashes for what was not
    measured: a results table's; at least *fewest* numbers."""
    numbers = sum(bool(_SCORE.fullmatch(_SPREAD.sub("", c.strip()).strip("$ ") if "$" in c or "±" in c else c.strip()))
                  for c in cells)
    return numbers >= fewest and numbers + sum(c.strip() in ("-", "–", "—") for c in cells) >= 2


def _papers_in_cell(pieces: list[Piece]) -> list[list[Piece]]:
    """Split a title cell that lists several papers (one title link per line)."""
    lines: list[list[Piece]] = [[]]
    for p in pieces:
        if p.kind == "break":
            lines.append([])
        lines[-1].append(p)
    titled = [line for line in lines if _title_link(line)]
    if len(titled) >= 2 and all(_title_link(line) or not _text(line) for line in lines):
        return titled
    return [pieces]


_BR = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def _wrapped_title(cell: str) -> str:
    """A plain title broken over two lines in a table with a column for the authors: ``| DEEP GAUSSIAN
    EMBEDDING OF GRAPHS:<br/>UNSUPERVISED INDUCTIVE LEARNING VIA RANKING | | ICLR 2018 |`` (ConanCui/
    Paper-List, 4 rows): one title, not a title over its authors."""
    parts = _BR.split(cell.strip())
    if len(parts) != 2 or "](" in cell or "*" in cell or not parts[0][-1:].isalnum() and parts[0][-1:] != ":" \
            or venues.parse(parts[1]) or venues.year_in(parts[1]) is not None:
        return cell
    return " ".join(parts)


def _title_link(line: list[Piece]) -> bool:
    found = [p for p in line if p.kind == "link" and p.text.strip()]
    return len(found) >= 1 and not links.label_word(found[0].text) and len(found[0].text.split()) >= 3


def _text(line: list[Piece]) -> str:
    return "".join(p.text for p in line if p.kind in ("text", "link")).strip()


def _read_title_cell(lines: list[list[Tok]], entry: ListEntry) -> None:
    for i, line in enumerate(lines):
        cell = [t for t in line if t.kind != "text" or t.text.strip()]
        bare = _BARE_URL.fullmatch(cell[0].text.strip()) if len(cell) == 1 and not cell[0].code and (
            cell[0].kind == "text" or cell[0].text.strip() == cell[0].href) else None
        if bare:  # "| Benchmark | RECALL | - | https://arxiv.org/abs/2311.08147 |" (YHPeter/Awesome-RAG-Evaluation,
            link_names.add_link(entry, "paper", bare.group())  # every row): the paper's address, never its title (the
            continue  # row's name column gives it)
        placed = venues.parse(_text(line)) if entry.title is None and i + 1 < len(lines) and len(cell) == 1 and \
            cell[0].kind == "text" and not entry.venue else None
        if placed and placed[1] and _title_link(lines[i + 1]):  # "| ICLR22 <br>[GPTQ: Accurate Post-Training ...](
            model.offer_venue(entry, placed[0], _text(line))  # arXiv) <br> Elias Frantar, ... <br> [Github](..) |"
            continue  # (HuangOwen/Awesome-LLM-Compression, every row): where and when, on the line above the title
        if entry.title is None and (named := _name_colon_title_link(cell)) is not None:
            entry.notes.append(named)  # "Data2vec: [A General Framework for Self-supervised Learning in Speech, Vision
            line = cell[1:]  # and Language](ai.facebook.com/research/..)" in the Title column (HuangZhe885/papper-3D-
            # detection): the method's name and a colon; the column says the linked words are the title, wherever
            # the link goes (a paper's site or not, which the verdict weighs)
        if entry.title is None:
            rest = titles.read_title_line(line, entry)
            if entry.title and i + 1 < len(lines) and title_under_name(cell, lines[i + 1]):
                entry.notes.append(entry.title)  # "**[DIAMOND](neurips.cc)**<br>Diffusion for World Modeling: Visual
                entry.title = _text(lines[i + 1])  # Details Matter in Atari" (LAMDA-NeSy/Awesome-Game-Embodied-
                lines[i + 1] = []  # Agents, every row): the method's name, linked, over its paper's title
            if entry.title:
                entry.shape = "table"
                entries.read_rest(rest, entry, first_line=True)
            elif all(t.kind == "link" or not t.text.strip(" ·|/,;") for t in rest):
                entries.read_rest(rest, entry, first_line=True)  # "[Paper](arXiv) · [GitHub](..)": the row's name
            continue  # column gives the title (lchen1019/awesome-mllm-benchmarks)
        entries.read_rest(line, entry, first_line=i == 0)


_BARE_URL = re.compile(r"https?://[^\s<>()\[\]]+")
_NAME_COLON = re.compile(r"\s*([A-Za-z0-9][\w.+-]*(?: [\w.+-]+){0,2})\s*[:：]\s*")


def _name_colon_title_link(cell: list[Tok]) -> str | None:
    """The name in a title cell written "Name: [Title](url)", where the link goes elsewhere than a paper (the
    reader takes a paper's link so already); None for any other cell."""
    if len(cell) < 2 or cell[0].kind != "text" or cell[0].strong or cell[1].kind != "link" or (
            m := _NAME_COLON.fullmatch(cell[0].text)) is None or len(cell[1].text.split()) < 4 or links.label_word(
            cell[1].text) or links.classify(cell[1].href).kind in links.PAPER_KINDS or links.is_repository(
            cell[1].href) or not verdict.title_like(cell[1].text.strip()):
        return None
    return m.group(1)



_ARXIV_BEFORE_DOI = re.compile(r"^arxiv:(?=doi:)", re.IGNORECASE)


def _written_id(text: str, entry: ListEntry) -> None:
    """``arXiv:2206.07697``, ``doi:10.1038/s42256-023-00716-3`` as a links column's text, no link (an "ArXiv/DOI"
    column of a materials-science catalogue, every row): the paper's identifier."""
    cited = venues.arxiv_in_text(text)
    if cited and cited[1] == 0 and cited[2] == len(text.rstrip(" .")):
        entry.arxiv = cited[0].split("v")[0] if re.fullmatch(r"\d{4}\.\d{4,5}(?:v\d+)?", cited[0]) else cited[0]
    elif doi := try_normalize_doi(_ARXIV_BEFORE_DOI.sub("", text.strip(" ."))):  # (and "arXiv:doi:10.1063/..")
        entry.doi = doi
    else:
        entry.arxiv = file_names.arxiv_file(text)


def _who_or_where(title: str) -> bool:
    """Is the title cell's link named by who made the paper (``DeepMind``, ``Google Brain``) or where it appeared
    (``NIPS 2015``), not by its title?"""
    found = venues.parse(title)
    return bool(found and found[1]) or makers.institution(title) or bool(_LAB.fullmatch(title))


_LAB = re.compile(r"[A-Z][\w&-]+ (?:Brain|Research|AI|Labs?)")  # "Google Brain", "Microsoft Research", "FAIR Labs"


_ARXIV_MONTH = re.compile(r"\d{4}(?:\s*\(([^()]{2,30})\))?")
_FOLD_LABEL = re.compile(r"<summary\b[^<>]{0,80}>\s*(?:details?|more|click to expand\.*|show|详情|展开|详细)\s*"
                         r"</summary>", re.IGNORECASE)
_CODE_TAGS = re.compile(r"\s*(?:\[[^\[\]]{1,40}\]\s*)+")


def _reference_cell(pieces: list[Piece], entry: ListEntry) -> None:
    """A Reference column's whole reference of the row's paper, in whatever style the reader knows (``columns``:
    "reference"): who wrote it, where and when, where the row does not say; its links kept as the reference's,
    not the paper's (a copied reference may carry another paper's DOI: SindiLab/Deep-Learning-in-Spatial-
    Transcriptomics-Analysis, its DSTG row)."""
    said = entries.read(pieces, Context())
    if not (said.title and entry.title and squashed(said.title).startswith(squashed(entry.title)[:40])):
        entry.notes.append(" ".join(plain(pieces).split()))
        return
    entry.authors = entry.authors or said.authors
    if said.venue and not entry.venue:
        entry.venue, entry.venue_written = said.venue, said.venue_written or said.venue
    entry.date_year = entry.date_year or said.year or said.date_year
    for p in pieces:
        if p.kind == "link" and p.href.strip():
            entry.links.setdefault("reference", p.href)


def _read_cell(cell: str, kind: str, entry: ListEntry, refs: dict[str, str]) -> None:
    if kind in ("summary", "remarks", "notes") and "<summary" in cell:  # "<details><summary>Details</summary>
        cell = _FOLD_LABEL.sub(" ", cell)  # offline Q-learning ...</details>" (OpenHelix-Team/Awesome-VLA-RL): the
    pieces = scan(cell, refs)  # fold's label is no part of the description
    scratch = ListEntry()
    toks = entry_tokens.tokens(pieces, scratch)
    if scratch.code and not entry.code:
        entry.code = scratch.code
    if scratch.venue and not entry.venue:
        entry.venue = entry.venue_written = scratch.venue
    if (scratch.arxiv or scratch.doi or scratch.url) and (scratch.arxiv or scratch.doi or kind not in ("year", "date")):
        _take_paper(scratch, entry)  # "[![arXiv](badge)](arXiv link)" in a Paper column (not "['22](aaai.org/..)",
        # a year linking the venue's page)
    text = " ".join("".join(t.text for t in toks if t.kind == "text").split())
    link_toks = [t for t in toks if t.kind == "link"]
    if kind == "links" and text and not link_toks and not (entry.arxiv or entry.doi):
        _written_id(text, entry)
    keyed = _KEYED_VENUE.search(text) if kind in ("notes", "other") and ":" in text[:40] else None
    if keyed and (not entry.venue or _undated_preprint(entry.venue)) and (found := venues.parse(keyed.group(1))) \
            and found[1]:  # "| **Conference:** ICML’19, **Cited by:** 504 |" in a "其他信息" (other facts) column
        entry.venue, entry.venue_written = found[0], keyed.group(1)  # (a multi-fidelity optimisation list, 9 rows):
        entry.year = entry.year or found[1]  # where it appeared, among the row's other facts
    said = [" ".join("".join(t.text for t in line if t.kind == "text").split()) for line in model.lines_of(toks)] \
        if kind == "venue" and text and len(toks) > 1 else []
    said = [line for line in said if line]
    where = venues.parse(said[0]) if len(said) > 1 else None
    if where and (where[1] or not any(venues.FOUR_DIGIT_YEAR.search(line) for line in said[1:])):
        entry.notes += said[1:]  # "`ECCV`<br>University of Adelaid" (KwanWaiPang/Awesome-VLN, 36 of its 99 rows):
        text = said[0]  # where, then who wrote it, a line of its own (not "CVPR<br>2024": where, and its year)
    if kind == "venue":
        venue_cells.read(text, link_toks, entry)
    elif kind in ("year", "date"):
        month = _ARXIV_MONTH.fullmatch(text) if text[:1].isdigit() else None
        found = venues.parse(month.group(1)) if month and month.group(1) else None
        if found and found[1]:  # "| [**M3D-RPN**](arxiv.org/abs/1907.06038) | 1907 (ICCV 2019) |" (mheriyanto/
            if not entry.venue or _undated_preprint(entry.venue):  # awesome-monocular-3d-detectors): the year and
                entry.venue, entry.venue_written = found[0], text  # month of its arXiv number (not the year 1907,
            entry.year = entry.year or found[1]  # nor 2007 for "2007"), then where it appeared
            text = text[:4]
        if month and entry.arxiv and text[:4] == entry.arxiv[:4]:
            text = f"20{text[:2]}-{text[2:4]}"
        year = venues.year_of_date(text) if text else scratch.date_year  # (a date badge: "![May 20, 2025](badge)")
        short = text or (link_toks[0].text.strip() if len(link_toks) == 1 else "")  # ("['22](..)", a link's text:
        short = short.lstrip("'’")  # Aidenzich/road-to-master, beside "| 21 |")
        if year is None and kind == "year" and re.fullmatch(r"\d\d", short):  # "|21|`IROS`|" under "|Year|Venue|
            # Paper Title|" (hwan0806/awesome-LiDAR-Visual-SLAM, 93 rows)
            year = 2000 + int(short) if 2000 + int(short) <= venues.NEXT_YEAR else 1900 + int(short)
        posted = _POSTED_ON.fullmatch(text) if year is None and kind == "date" and text[:1] in "AaPp" else None
        if posted and 2000 + int(posted.group(2)) <= venues.NEXT_YEAR:  # "| Arxiv 24.02.08 (ECCV 2024 Oral) |",
            year = 2000 + int(posted.group(2))  # "| Arxiv 24.04.15|" (Ruixxxx/Awesome-Vision-Mamba-Models, every
            found = venues.parse(posted.group(3)) if posted.group(3) else None  # row): the day it was posted, and
            if not entry.venue or _undated_preprint(entry.venue):  # where it appeared since
                entry.venue = found[0] if found else venues.as_arxiv(posted.group(1), year)
                entry.venue_written = text
        if year is None and kind == "date" and (short := _YY_MM.fullmatch(text)) and 2000 + int(
                short.group(1)) <= venues.NEXT_YEAR:  # "| 23.11 | ... | arxiv |" (ydyjya/Awesome-LLM-Safety, every row
            year = 2000 + int(short.group(1))  # of its tables): the year and month it came out
        if year is None and kind == "year" and not venues.parse(text) and (named := _year_then_venue(text)):
            if not entry.venue or _undated_preprint(entry.venue):  # "2019 IEEE BTAS | [Title](..)" under
                entry.venue, entry.venue_written = named[0], text  # "Year|Publications" (Qingcsai/awesome-
            year = named[1]  # Deepfakes, 42 rows): the year, then where
        if year is None and (found := venues.parse(text)) and found[1]:  # "| NeurIPS2023 |" in a Year column
            # (Songlin-Dong/Awesome-Embodied-Continual-Learning), "|ECCV20|" in a Time column (hzwer/Awesome-
            if not entry.venue or _undated_preprint(entry.venue):  # Optical-Flow, 61 rows): the venue and its year
                entry.venue, entry.venue_written = found[0], text
            year = found[1]
        if year is None and text:  # a date over two lines: "2023<br>06-01" (zhangxulu1996/awesome-personalization)
            year = next((y for line in model.lines_of(toks) if (y := venues.year_of_date(_text(line)))), None)
        if year is not None:
            entry.date_year = entry.date_year or year
            bare = re.fullmatch(r"\s*(?:19|20)\d\d\s*", text)  # a Date column holding only the year is a Year
            if kind == "year" or bare:  # the venue's year, whichever column comes first
                entry.journal_year = True  # ("|Year|Publication|Paper|": "|2019|NeurIPS|..." is NeurIPS 2019; not
                # "| CVPR | 2023-12 |", a preprint's month: xd-liu/Awesome-Vision-Large-Language-Models)
            else:
                entry.date_column = True  # (``finishing``: the venue's year where the paper is no arXiv one)
    elif kind == "identifier" and text:
        _identifier(text.strip(), entry)
    elif kind == "cited" and (short := cited_names(text.strip(" *"), alone=True)):  # "Ding et al.(2014)", "Kelly
        entry.authors = entry.authors or short[0]  # (1956)"
        entry.date_year = entry.date_year or short[1]
    elif kind == "reference" and (text or link_toks):
        _reference_cell(pieces, entry)
        return
    elif kind == "cited" and (text or link_toks):
        tail = fields.citation_tail(text or link_toks[0].text)
        entry.authors = entry.authors or tail.authors
        if tail.venue and not entry.venue:
            entry.venue = entry.venue_written = tail.venue
        entry.date_year = entry.date_year or tail.year
    elif kind == "authors" and (text or link_toks) and not entry.authors and not (text and _EMPTY.match(text)):
        # (not "N/A" where the First Author Affiliation is unknown, GenggengSvan/Jailbreak-Observatory)
        written = (text or ", ".join(t.text for t in link_toks)).replace("，", ", ")  # "[Richard McKinley](..)"
        entry.authors = people.parse(written) or [a for a in (people.ET_AL.sub("", a).strip() for a in written.split(
            ",")) if a]  # (as written, less "et al.": "chen et al." in HuangZhe885/papper-3D-detection's column)
    elif kind == "summary" and text and not _EMPTY.match(text):
        tagged = _CODE_TAGS.match(text) if toks and toks[0].code else None
        if tagged and text[tagged.end():].strip():  # "`[scaling-law] [compute]` Studies compute allocation ..."
            entry.notes.append(tagged.group().strip())  # (jason-wjs/Awesome-Scaling-Deep-RL, every row): the
            text = text[tagged.end():]  # paper's tags, a note, then its description
        placed = _VENUE_TAG.match(text) if text[:1] == "[" else None
        found = venues.parse(placed.group(1).split("·")[0].strip()) if placed else None
        if found and found[1] and text[placed.end():].strip():  # "| [SAM-6D](github) | [CVPR 2024] Leverages ... |"
            model.offer_venue(entry, found[0], placed.group().strip())  # (han-xudong/awesome-robot-vision, 77 of its 91
            entry.date_year = entry.date_year or found[1]  # rows): where and when, tagged before the description
            text = text[placed.end():]
        if entry.summary_parts and not entry.summary_parts[-1][-1:].isspace():
            entry.summary_parts.append(" ")  # (what the title cell said past the title, then this cell)
        entry.summary_parts.append(text)
    elif kind in ("notes", "remarks"):  # one note a line of the cell ("<br>" between them)
        lines = [line for line in (" ".join("".join(t.text for t in part if t.kind == "text").split())
                                   for part in model.lines_of(toks)) if line and not _EMPTY.match(line)]
        said = folds.html_words(" ".join(lines)) if lines and not (
            entry.venue and not venues.preprint(entry.venue.split()[0])) else ""
        accepted = (_ACCEPTED.fullmatch(said.rstrip(".")) or _ACCEPTED_IN.search(said)) if said else None
        found = venues.parse(accepted.group(1)) if accepted else None
        if found and found[1]:  # "| **[Title](arXiv)** |  | 2026-01-29 | ICASSP 2026 |" under "Comment" (LbsTempest/
            entry.venue, entry.venue_written = found[0], lines[0]  # Daily-ArXiv-Subscription, 22 of its 60 rows:
            entry.year = found[1]  # the arXiv comment that says where it was accepted), over the Date's year
        entry.notes += lines
    elif kind == "other" and text and not entry.venue and (first := _VENUE_FIRST.match(text)) and (
            found := venues.parse(first.group(1))) and found[1]:  # "|(TNNLS'22)|Title|", "|(CCS'21) Black-box|"
        entry.venue, entry.venue_written = found[0], first.group(1)  # under "Type" (STiL-Team/Security-in-
        entry.date_year = entry.date_year or found[1]  # Recommendation-System, 56 of its 92 rows): where it
        if first.group(2).strip(" ;,"):  # appeared, then what kind of paper it is
            entry.notes.append(first.group(2).strip(" ;,"))
    elif kind == "other" and "·" in text and not entry.venue and (found := _year_dot_venue(text, entry)):
        entry.venue, entry.venue_written = found[0], text  # "| 2026 · SIGIR 2026 · published |" under "Year / status"
        entry.date_year = entry.date_year or found[1]  # (YRWFWHU/awesome-preference-driven-visual-generation)
    elif kind == "status":
        value = text.strip().lower() or "".join(t.text for t in toks).strip()
        entry.status = _STATUS_VALUES.get(value, entry.status)
    elif kind == "name" and entry.title and entry.title_target in links.PAPER_KINDS and (named := " ".join(
            (text or " ".join(t.text for t in link_toks)).split()).strip(" *_")) and _who_or_where(entry.title):
        # "| **[VQ-VAE](variants/vq-vae.md)** | ... | 2017 | [DeepMind](arXiv) |", "| ... | [NIPS 2015](arXiv) |"
        # (ishandutta2007/Awesome-VAE, every row): the paper's link named by who made it or where it appeared;
        # the paper is known by its row's name
        found = venues.parse(entry.title)
        if found and found[1] and not entry.venue:
            entry.venue, entry.venue_written, entry.date_year = found[0], entry.title, entry.date_year or found[1]
        elif not found:
            entry.notes.append(entry.title)
        entry.title = named
    elif kind == "name" and text and entry.title is None and (entry.arxiv or entry.doi or entry.url):
        # "| **OCRBench** | [Paper](arXiv) · [GitHub](..) · [HF](..) |" (lchen1019/awesome-mllm-benchmarks, 133 rows):
        # the Paper column holds only links; the paper is known by the name in its row
        entry.title = text.strip(" *_")
    elif kind == "name" and (named := (text or " ".join(
            t.text for t in link_toks if not links.label_word(t.text) and not links.is_url(t.text)
            and links.classify(t.href).kind in links.PAPER_KINDS)).strip(" *_")) and not \
            entry.notes and not _EMPTY.match(named) and named.casefold() not in (entry.title or "").casefold():
        entry.notes.append(named)  # the name the list knows it by ("| CodeSeaXDataset | ... | "WaveCoder: ..." |"),
        # linked perhaps ("| [SUSHI](arXiv) | ... |"); not one the title says
    for t in link_toks:
        if kind == "code" and (target := links.classify(t.href)).kind == links.CODE and not entry.code:
            entry.code = target.href  # (with its scheme, where the list left it out)
            entry.link_labels.append(t.text)
            continue
        if kind == "title":
            continue
        if kind in ("year", "date") and _YEAR_LINKED.fullmatch(t.text.strip()) and links.classify(
                t.href).kind not in (links.ARXIV, links.DOI):
            entry.links.setdefault("year", t.href)  # "| ['22](aaai.org/Conferences/AAAI-21/..) |" (Aidenzich/road-to-
            continue  # master): the year, linking a page of the venue's; not the paper's address
        link_names.add_link(entry, t.text if not t.text.startswith(("http://", "https://")) else
                          _named(kind, t.href), t.href)
    if kind == "venue" and entry.venue is None and link_toks and not _LINK_WORD.fullmatch(link_toks[0].text):
        entry.venue = entry.venue_written = link_toks[0].text  # (not "| [link](arXiv) |" in a Source column,
        # AlexDuvalinho/geometric-gnns, every row: where the paper is, not where it appeared)


_VENUE_TAG = re.compile(r"\[([^\[\]]{3,40})\]\s*")
_VENUE_FIRST = re.compile(r"\s*(?:\d{1,2}\s*)?[(（]([^()（）]{2,40})[)）]\s*(.*)")  # ("4" a footnote's mark before it)


def _says_no_paper(cell: str) -> bool:
    """A Paper cell that says something other than a link: ``(model card)``, ``(Google release)``."""
    text = cell.strip(" *_")
    return bool(text) and "](" not in text and "http" not in text and not _EMPTY.match(text)


def _take_paper(badged: ListEntry, entry: ListEntry) -> None:
    """The paper a badge in a cell other than the title's links, into *entry*, by
    ``link_names.add_link``'s rules (a second arXiv ID beside the title's is said and kept)."""
    found = [f"https://arxiv.org/abs/{badged.arxiv}" + (f"v{badged.version}" if badged.version else "")
             if badged.arxiv else None, f"https://doi.org/{badged.doi}" if badged.doi else None, badged.url]
    for href in filter(None, found):
        link_names.add_link(entry, "paper", href, badge=True)


def _named(kind: str, href: str) -> str:
    """A bare URL in a column is named by the column (``code``), else by what it is."""
    if kind == "code":
        return "code"
    target = links.classify(href).kind
    return "paper" if target in links.PAPER_KINDS else "link"


def _identifier(text: str, entry: ListEntry) -> None:
    """An Identifier column's cell: the paper's arXiv ID (``arxiv:2609.30227v1``, will-rice/tts-papers' generated
    index, every row; the title links the owner's notes on it) or DOI, whichever it is; a cell holding neither (a
    row number, a key of the list's own) says nothing of the paper."""
    try:
        arxiv = try_parse_arxiv_id(text)
    except InvalidIdentifier:
        arxiv = None
    if arxiv is not None:
        entry.arxiv = entry.arxiv or arxiv.base
    elif (doi := try_normalize_doi(text)) is not None:
        entry.doi = entry.doi or doi
