"""A whole entry as text for ``paperctl edit PAPER`` in ``$EDITOR``, and back.

The text is made to be read and changed by hand::

    # comment lines (a # at the start of the line) are left out
    title: Fast Inference from Transformers via Speculative Decoding
    year: 2022
    status: read

    authors:
      - Yaniv Leviathan
      - Matan Kalman | Google Research

    summary:
      用小模型生成，大模型并行验证

A line ``name: value`` at the start of a line sets a field (an empty value clears
it). A block (``authors``, ``sections``, ``links``, ``fields``, ``summary``,
``abstract``) is its name alone on a line, then its content indented: ``- `` items
one a line, or text. Indentation is what tells content from the next field, so a
summary may hold "Note: ..." or start with "#". The fields are a table
(``SCALARS``, ``BLOCKS``): a field the library gains later is one more row, and
the bibliographic record's own fields (``pages``, ``publisher``...) already come
as ``- name: value`` items of ``fields``.

``parse`` returns only what it read; comparing it with the paper and applying the
difference is ``editing.py``'s. Errors name the line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..models import Author, Paper
from ..text import printable


class EntryError(ValueError):
    """A line of the edited text that cannot be read."""

    def __init__(self, line: int, message: str):
        self.line = line
        super().__init__(f"line {line}: {message}")


# name in the text -> (the paper's value as text, the ``Library.edit`` column or a special target)
SCALARS: dict[str, tuple[Callable[[Paper], str], str]] = {
    "title": (lambda p: p.title, "title"),
    "year": (lambda p: str(p.year or ""), "year"),
    "arxiv": (lambda p: (p.arxiv_id or "") + (f"v{p.version}" if p.arxiv_id and p.version else ""), "arxiv_id"),
    "doi": (lambda p: p.doi or "", "doi"),
    "url": (lambda p: p.url or "", "url"),
    "published": (lambda p: p.published or "", "published"),
    "venue": (lambda p: p.venue or "", "venue"),
    "journal-ref": (lambda p: p.journal_ref or "", "journal_ref"),
    "comment": (lambda p: p.comment or "", "comment"),
    "status": (lambda p: p.status, ":status"),
    "type": (lambda p: p.entry_type or "", ":entry_type"),
}
LIST_BLOCKS = ("authors", "sections", "links", "fields")
TEXT_BLOCKS = ("summary", "abstract")
BLOCKS = LIST_BLOCKS + TEXT_BLOCKS

HEADER = """\
# paperctl edit {key}: save and quit to apply every change at once; leave the file
# as it is (or empty it) to change nothing.
#
# "name: value" sets a field; an empty value clears it. A block (authors, sections,
# links, fields, summary, abstract) is its name on a line of its own, then its
# content indented: "- " items, one a line, or text. Lines starting with # are left
# out.
#   authors:  "- Name", or "- Name | Affiliation", in order
#   sections: "- Path/Of Section"; a new name close to an existing section is
#             refused (as by paperctl tag); "- + Name" creates it all the same
#   links:    "- name: URL" (code, project, openreview...)
#   fields:   "- name: value": the bibliographic record (pages, publisher, ...)
#   status:   unread, reading or read
# The citation key is changed with paperctl key, notes with paperctl note.
"""


@dataclass
class EntryText:
    """What the edited text says (None: the field was not in the text at all)."""

    scalars: dict[str, str] = field(default_factory=dict)  # SCALARS name -> value ("" clears)
    authors: list[Author] | None = None
    sections: list[tuple[str, bool]] | None = None  # (path, create even if close)
    links: dict[str, str] | None = None
    fields: dict[str, str] | None = None
    summary: str | None = None
    abstract: str | None = None


def render(p: Paper) -> str:
    """The paper as the text the editor opens (notes are not in it)."""
    lines = [HEADER.format(key=p.citekey).rstrip("\n"), ""]
    lines += [f"{name}: {one_line(get(p))}".rstrip() for name, (get, _) in SCALARS.items()]
    lines += ["", "authors:"]
    lines += [f"  - {one_line(a.name)}" + (f" | {one_line(a.affiliation)}" if a.affiliation else "")
              for a in p.authors]
    lines += ["", "sections:", *(f"  - {one_line(path)}" for path in p.tags)]
    lines += ["", "links:", *(f"  - {one_line(name)}: {one_line(url)}" for name, url in p.links.items())]
    lines += ["", "fields:", *(f"  - {f.name}: {one_line(f.value)}" for f in p.fields if f.value is not None)]
    lines += ["", "summary:", *([f"  {one_line(p.summary)}"] if p.summary else [])]
    lines += ["", "abstract:", *([f"  {one_line(p.abstract)}"] if p.abstract else [])]
    return "\n".join(lines) + "\n"


def one_line(text: str | None) -> str:
    """A value on one line of the file, with nothing that could drive the terminal."""
    return printable(" ".join((text or "").split()))


def parse(text: str) -> EntryText:
    """Read the edited text; raise EntryError naming the first line it cannot read."""
    entry = EntryText()
    seen: set[str] = set()
    block: str | None = None
    content: list[tuple[int, str]] = []

    def close_block() -> None:
        if block is not None:
            _fill(entry, block, content)

    for number, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("#") or not raw.strip():
            continue
        if raw[0].isspace():
            if block is None:
                raise EntryError(number, "an indented line belongs under a block name (authors:, summary:, ...)")
            content.append((number, raw.strip()))
            continue
        name, colon, value = raw.partition(":")
        name, value = name.strip().lower(), value.strip()
        if not colon:
            raise EntryError(number, f"expected 'name: value', got {raw.strip()!r}")
        if name not in SCALARS and name not in BLOCKS:
            raise EntryError(number, f"unknown field {name!r}; known: {', '.join([*SCALARS, *BLOCKS])}")
        if name in seen:
            raise EntryError(number, f"{name!r} is given twice")
        seen.add(name)
        close_block()
        block, content = None, []
        if name in BLOCKS:
            if value:
                raise EntryError(number, f"{name}: goes on a line of its own, its content indented below it")
            block = name
        else:
            entry.scalars[name] = value
    close_block()
    return entry


def _fill(entry: EntryText, block: str, content: list[tuple[int, str]]) -> None:
    if block in TEXT_BLOCKS:
        setattr(entry, block, " ".join(line for _, line in content))
        return
    items = []
    for number, line in content:
        if not line.startswith("-"):
            raise EntryError(number, f"an item of {block} starts with '- '")
        items.append((number, line[1:].strip()))
    if block == "authors":
        entry.authors = [_author(number, item) for number, item in items]
    elif block == "sections":
        entry.sections = [(item[1:].strip(), True) if item.startswith("+") else (item, False)
                          for _, item in items if item]
    else:
        pairs: dict[str, str] = {}
        for number, item in items:
            name, colon, value = item.partition(":")
            if block == "links" and value.startswith("//"):  # "- https://..." without a name
                raise EntryError(number, "a link is '- name: URL'")
            if not colon or not name.strip():
                raise EntryError(number, f"an item of {block} is '- name: value'")
            if name.strip().lower() in pairs:
                raise EntryError(number, f"{name.strip()!r} is given twice in {block}")
            pairs[name.strip().lower()] = value.strip()
        setattr(entry, block, pairs)


def _author(number: int, item: str) -> Author:
    name, _, affiliation = item.partition("|")
    if not name.strip():
        raise EntryError(number, "an author needs a name")
    return Author(name.strip(), affiliation.strip() or None)


def with_error(text: str, message: str) -> str:
    """The user's text again, with the error that stopped it as a comment on top."""
    return f"# ERROR: {one_line(message)}\n# Correct it and save again, or empty the file to give up.\n{text}"
