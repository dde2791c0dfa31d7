"""What the reader's parts (``paragraphs``, ``table_blocks``) share of ``reader._Reader``: its state and the
methods they call, declared once for the type checker; the reader itself defines them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import footnotes

if TYPE_CHECKING:
    from collections.abc import Callable

    from . import inline
    from .blocks import Block, Document
    from .headings import Frame
    from .model import Context, ListEntry


class ReaderState:
    """The state and methods a part of the reader uses; ``reader._Reader`` has them."""

    doc: Document
    refs: dict[str, str]
    references: footnotes.References
    frames: list[Frame]
    pending: ListEntry | None
    html_lines: set[int]
    html_until: int

    if TYPE_CHECKING:  # (the reader's own)
        @property
        def path(self) -> str: ...

        def read(self, pieces: list[inline.Piece]) -> ListEntry: ...

        def emit(self, entry: ListEntry, start: int, end: int, marker: str, parent: Block, strict: bool = False,
                 bare: bool = False) -> bool: ...

        def heading(self, level: int, text: str, start: int, end: int, group: bool = False, bold: bool = False,
                    italic: bool = False) -> None: ...

        def context(self) -> Context: ...

        def _reopened(self, line: int) -> None: ...

        def mark_content(self) -> None: ...

        def paragraph(self, block: Block, nxt: Block | None) -> None: ...

        def guarded(self, block: Block, read: Callable[[], None]) -> None: ...

        def run(self, items: list[Block]) -> None: ...

        def html_table(self, block: Block) -> bool: ...

        def html_paragraph(self, block: Block) -> bool: ...

        def html_folded_paper(self, block: Block) -> bool: ...

        def _paper_heading(self, text: str, start: int, end: int) -> bool: ...

        def _emit_heading(self, entry: ListEntry, start: int, end: int, pieces: list[inline.Piece]) -> None: ...

        def html_list(self, block: Block) -> bool: ...

        def list_(self, block: Block, titles: bool = True) -> None: ...

        def dated(self, line: int, year: int | None, venue: str | None, lists: list[Block]) -> None: ...
