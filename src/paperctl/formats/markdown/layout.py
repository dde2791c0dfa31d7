"""What the Markdown reader saw of a list's shape, so the writer can give it back.

A list maintainer moves in only if ``import README.md`` then ``export --md
--style auto --into README.md`` makes a small diff. The reader records, per
entry, the exact text it read and how it was written; per section, the shape
its entries take; per list, its line endings and headings. The writer's
``auto`` style writes each section back that way, and an entry whose paper has
not changed since it was read back exactly as it was read.

These are plain data: the reader fills them (``formats/markdown/reader.py``),
the import driver stores them with the papers they belong to, and the writer
reads them back. Field names are the contract between the three; add fields,
never change the meaning of one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...models import Paper

# The entry shapes the reader knows, and the writer's style of the same name.
SHAPES = (
    "numbered",      # 1. **Title** (Venue) [[paper]](..) summary
    "bullets",       # **Title** [paper](..) / * summary (the user's reading-notes)
    "citation",      # **Title** \ *Authors* \ Venue Year. [[Paper](..)]  (often 2-3 lines)
    "table",         # | [**Title**](..) | Venue | Date | [Github](..) |
    "bracket",       # Title (Venue Year) [[paper](..)][[code](..)]
    "venue-prefix",  # [CVPR 2024] **Title** [[paper]](..) [[code]](..)
    "link-title",    # [Title](https://arxiv.org/abs/..) [arXiv '21]
)


@dataclass
class EntryLayout:
    """One entry as it stood in the file."""

    shape: str  # one of SHAPES
    raw: str  # the entry's exact source lines, joined with "\n", no trailing newline
    line: int  # 1-based line where it starts
    section: str | None = None  # the section path it was filed under (None: no section)
    marker: str = ""  # the list marker as written: "1. ", "- ", "* ", "+ ", "" (none, or a table row)
    link_labels: list[str] = field(default_factory=list)  # link labels in written order: ["paper", "code"]
    venue_format: str | None = None  # how the venue was written, with {venue}, {name}, {year}, {yy}: "(**{venue}**)"


@dataclass
class SectionLayout:
    """How one section's entries are written (the shape most of them take)."""

    path: str  # the section path, as stored
    heading: str  # the heading line exactly as written ("### 🔥 2023"), "" for a bold pseudo-heading's absence
    shape: str  # one of SHAPES
    numbered: bool = False
    year_headings: bool = False  # entries sit under year headings ("### 2024") inside this section
    table_header: list[str] = field(default_factory=list)  # header and alignment rows, exactly as written
    link_labels: list[str] = field(default_factory=list)  # the usual labels, in order
    venue_format: str | None = None


@dataclass
class ListLayout:
    """A whole list: where it came from and how it is written."""

    source: str  # file name it was read from
    newline: str = "\n"  # "\r\n" for files with CRLF endings
    sections: list[SectionLayout] = field(default_factory=list)  # in document order
    entries: list[EntryLayout] = field(default_factory=list)  # in document order


def fingerprint(paper: Paper) -> str:
    """A digest of everything an entry of *paper* can show: when it is the same as
    at import, the entry as read still says all there is (the import stores it with
    the entry; ``auto`` compares it with the paper's when it writes the list back).
    Here, not in ``auto``, so that an import does not load the writer."""
    return digest([paper.title, paper.author_names, paper.arxiv_id, paper.doi, paper.url, paper.year,
                   paper.published, paper.venue, paper.summary, paper.status, [n.text for n in paper.notes],
                   sorted(paper.links.items())])


def digest(shown: list) -> str:
    """``fingerprint`` of the values it reads, in its order (``store.layouts.shown``
    reads them for many papers at once, without building them)."""
    return hashlib.sha1(_JSON.encode(shown).encode("utf-8")).hexdigest()


# ``json.dumps(..., ensure_ascii=False)``, without building an encoder at every call.
_JSON = json.JSONEncoder(ensure_ascii=False)
