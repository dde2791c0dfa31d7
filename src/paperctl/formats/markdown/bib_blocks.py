"""A paper's BibTeX written under its entry: the fields the entry does not state.

Some lists follow each paper with how to cite it, in a fenced block::

    #### ViP3D: End-to-end visual trajectory prediction via 3d agent queries

    paper link: [here](http://openaccess.thecvf.com/content/CVPR2023/papers/Gu_ViP3D_...pdf)

    citation:
    ```bibtex
    @inproceedings{gu2023vip3d,
      title={ViP3D: End-to-end visual trajectory prediction via 3d agent queries},
      author={Gu, Junru and Hu, Chenxu and ...},
      booktitle={Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition},
      year={2023}
    }
    ```

(Strivin0311/ads-learning, every paper; rhett-chen/Robotic-grasping-papers under
``**[CVPR2022]** Title, [[Paper](..)]`` and a keywords line). The entry names the paper;
its BibTeX says who wrote it, where and when. An entry takes from the first such block
between it and the next entry the fields it leaves empty (authors, year, venue, arXiv
ID, DOI, address), and only when the block's title is the entry's own: a list's "cite
our survey" block after its last paper, or a block that belongs to another paper,
gives nothing. What the entry states always wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..bibtex import reader as bibtex_reader
from .model import ListEntry

_ENTRY_START = re.compile(r"^[ \t>]*@[A-Za-z]+[ \t]*[{(]", re.MULTILINE)
_FENCE = re.compile(r"[ \t>]*(?:```|~~~)")
_WORDS = re.compile(r"[^\w]+")
_MAX_LINES = 80  # a block longer than this is not one paper's citation


def starts(text: str) -> list[int]:
    """The 0-based lines where a BibTeX entry begins (``@inproceedings{``), in order: one pass of a
    regular expression over the list (most lists have none)."""
    if "@" not in text:
        return []
    found: list[int] = []
    line, pos = 0, 0
    for m in _ENTRY_START.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        found.append(line)
    return found


_NO_ONE = {"others", "authors", "author", "anonymous", "various", "unknown", "tbd", "todo", "n/a"}


def fill(entry: ListEntry, lines: list[str], at: list[int], end: int, stop: int) -> None:
    """Give *entry* what the first BibTeX entry of *at* that begins from line *end* on (past the entry's first
    line) and before line *stop* (the next entry's first line) says of it and it does not say itself."""
    k = bisect_left(at, end)
    if k == len(at) or at[k] >= stop or not entry.title:
        return
    found = _read(lines, at[k])
    named = _NAME_AFTER.fullmatch(entry.title) if found is not None and entry.title.endswith(")") else None
    if named and _words(named.group(1)) == _words(found.title):  # "#### Giraffe: Adventures in expanding context
        entry.title = named.group(1)  # lengths in llms (Power-Scaling) [`READ`]" over its BibTeX (Strivin0311/long-
        entry.notes.insert(0, named.group(2))  # llms-learning): the title, then the method's name, a note
    if found is None or not _same_title(entry.title, found.title):
        return
    full = [a.name for a in found.authors if a.name.casefold() not in _NO_ONE]  # ("Kudithipudi, Dhireesha and
    # others": BibTeX's "et al."; "author={Authors}", MinhaoXiong/Awesome-Humanoid-Manipulation: left to fill in)
    entry.authors = full if not entry.authors or _shortened(entry.authors, full) else entry.authors
    year = entry.year or found.year
    if not entry.venue:
        venue = found.venue or ("arXiv" if found.arxiv_id else None)
        if venue and year and str(year) not in venue:
            venue = f"{venue} {year}"
        entry.venue = venue
    entry.year = year
    if not (entry.arxiv or entry.doi or entry.url):
        entry.arxiv, entry.doi, entry.url = found.arxiv_id, found.doi, found.url
    elif not entry.arxiv and found.arxiv_id:
        entry.arxiv = found.arxiv_id


def _shortened(given: list, full: list[str]) -> bool:
    """Are the *given* names fewer than the block's and each one of its surnames (``**Schuman et al. (2017)**``
    over a block naming all seven: Brain2nd/MofNeuroSim): the same people, cited short; the block's list is whole."""
    surnames = {name.split()[-1].casefold() for name in full if name.split()}
    said = [str(getattr(name, "name", name)).split() for name in given]
    return (len(given) < len(full) or all(len(words) == 1 for words in said)) and len(given) <= len(full) and all(
        words and words[-1].casefold() in surnames for words in said)


def _read(lines: list[str], first: int):  # type: ignore[no-untyped-def]
    """The paper of the BibTeX entry at line *first*: its lines up to the fence that closes its block (or
    a blank line after the entry's last brace), read as a .bib file is; None when it does not read."""
    block: list[str] = []
    for line in lines[first : first + _MAX_LINES]:
        if _FENCE.match(line) or (not line.strip() and block and block[-1].strip().endswith(("}", ")"))):
            break
        block.append(line.lstrip(" \t>") if line.lstrip(" \t").startswith(">") else line)
    parsed = bibtex_reader.parse("\n".join(block))
    items = [outcome for _, _, outcome in parsed.entries if not isinstance(outcome, str)]
    return items[0].data if len(items) == 1 else None


_NAME_AFTER = re.compile(r"(.{10,}?)\s*\(([^()]{1,30})\)")


def _same_title(given: str, cited: str | None) -> bool:
    """Is the block's title the entry's, or the entry's the start of it, four words at least (``**Neftci et al.
    (2019)** - Surrogate Gradient Learning in Spiking Neural Networks`` over a block titled "Surrogate gradient
    learning in spiking neural networks: Bringing the power of ...", Brain2nd/MofNeuroSim): the list's short
    title of the same paper?"""
    short, full = _words(given), _words(cited)
    return short == full or len(short.split()) >= 4 and full.startswith(short + " ")


def _words(title: str | None) -> str:
    return _WORDS.sub(" ", (title or "").casefold()).strip()
