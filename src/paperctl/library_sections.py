"""The section methods of ``Library`` (tag, untag, move, rename, delete, aliases):
a mixin, so that ``library.py`` stays one screenful per concern. Each write is one
transaction, like every ``Library`` write; the rules live in ``store/sections.py``."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from .errors import InvalidValue
from .models import Paper, Section
from .store import query, references, sections

if TYPE_CHECKING:
    from contextlib import AbstractContextManager


class SectionMethods:
    """Mixed into ``Library``, whose connection, transactions and references these use."""

    conn: sqlite3.Connection
    _sections: sections.Cache

    if TYPE_CHECKING:
        def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...
        def resolve(self, ref: str) -> int: ...

    def tag(self, ref: str, paths: list[str], *, new: bool = False) -> tuple[Paper, list[str], list[str]]:
        """Put the paper at the end of each section: the paper, the sections it newly
        joined, and those that were created for it.

        A name is an existing section's path or alias, or a new section; a new name
        close to an existing section (``sections.close_to``) is refused unless *new*,
        and so is a name that is a paper's key or ID (a second paper given by mistake).
        Nothing is written unless every name is good.
        """
        with self.transaction():
            pid = self.resolve(ref)
            plan = []
            for name in paths:
                if sections.existing(self.conn, name) is None:
                    paper = references.names_a_paper(self.conn, name)
                    if paper is not None:
                        which = "" if paper == name.strip().lower() else f" ({paper})"
                        raise InvalidValue(
                            f"{name!r} is a paper{which}, not a section; tag one paper at a time:"
                            " paperctl tag PAPER SECTION..."
                        )
                plan.append(sections.for_tagging(self.conn, name, new))
            added = [path for path, _ in plan if sections.add_paper(self.conn, pid, path, self._sections)]
            created = list(dict.fromkeys(path for path, is_new in plan if is_new))
            return query.load(self.conn, [pid])[0], list(dict.fromkeys(added)), created

    def untag(self, ref: str, names: list[str]) -> tuple[Paper, list[str]]:
        with self.transaction():
            pid = self.resolve(ref)
            removed = [path for name in names for path in sections.remove_paper(self.conn, pid, name)]
            return query.load(self.conn, [pid])[0], removed

    def sections(self) -> list[Section]:
        return sections.tree(self.conn)

    def rename_section(self, old: str, new: str) -> int:
        self._sections.clear()
        with self.transaction():
            return sections.rename(self.conn, old, new)

    def delete_section(self, name: str, *, force: bool = False) -> tuple[list[str], int]:
        """Delete a section and its subsections (the papers stay in the library): the
        paths deleted and the number of papers taken out. A section holding papers
        needs *force*."""
        with self.transaction():
            return sections.delete(self.conn, name, force)

    def move(
        self, ref: str, section: str | None = None, *, to: int | None = None, before: str | None = None,
        after: str | None = None, bottom: bool = False,
    ) -> tuple[Paper, str, int, int]:
        """Move a paper within a section's hand-made order: to position *to* (1 is the
        top), just *before* or *after* another paper of it, or to the *bottom*.

        *section* may be left out when the paper is in one section only. Returns the
        paper, the section's path, the paper's new position and the section's size.
        """
        if sum(x is not None for x in (to, before, after)) + bottom != 1:
            raise InvalidValue("say where to: a position, before or after a paper, the top or the bottom")
        with self.transaction():
            pid = self.resolve(ref)
            paper = query.load(self.conn, [pid], full=False)[0]
            if section is None:
                if len(paper.tags) != 1:
                    where = f"in {len(paper.tags)} sections ({'; '.join(paper.tags)})" if paper.tags else \
                        "in no section"
                    raise InvalidValue(f"{paper.citekey} is {where}; say which with --in SECTION")
                section = paper.tags[0]
            section_id, path = sections.match_one(self.conn, section)
            order = sections.members(self.conn, section_id)
            if pid not in order:
                raise InvalidValue(f"{paper.citekey} is not in section {path!r}")
            order.remove(pid)
            if to is not None:
                if not 1 <= to <= len(order) + 1:
                    raise InvalidValue(f"no position {to} in {path!r}: it holds {len(order) + 1} paper(s)")
                index = to - 1
            elif bottom:
                index = len(order)
            else:
                other = self.resolve(before or after or "")
                if other == pid:
                    raise InvalidValue("a paper cannot move before or after itself")
                if other not in order:
                    key = query.load(self.conn, [other], full=False)[0].citekey
                    raise InvalidValue(f"{key} is not in section {path!r}")
                index = order.index(other) + (after is not None)
            order.insert(index, pid)
            sections.reorder(self.conn, section_id, order)
            return query.load(self.conn, [pid])[0], path, index + 1, len(order)

    def alias_section(self, section: str, alias: str) -> str:
        with self.transaction():
            return sections.set_alias(self.conn, section, alias)

    def remove_alias(self, alias: str) -> None:
        with self.transaction():
            sections.remove_alias(self.conn, alias)

