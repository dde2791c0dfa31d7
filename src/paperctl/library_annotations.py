"""The notes, links and attached file of a paper, as ``Library`` methods: a mixin, so
that ``library.py`` stays one screenful per concern. Each write is one transaction,
like every ``Library`` write, and reindexes the paper when searchable text changed."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from . import lazy
from .errors import InvalidValue, UnknownNote
from .models import Note, Paper
from .store import fts, query

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from .store import records
else:
    records = lazy.module("paperctl.store.records")  # (see library.py)


class AnnotationMethods:
    """Mixed into ``Library``, whose connection, transactions and references these use."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:
        def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...
        def resolve(self, ref: str) -> int: ...
        def get(self, ref: str) -> Paper: ...

    def add_note(self, ref: str, text: str) -> Note:
        """Append a timestamped note; notes keep the order they were written in."""
        with self.transaction():
            pid = self.resolve(ref)
            records.insert_note(self.conn, pid, text)
            fts.reindex(self.conn, [pid])
            return self.notes(str(pid))[-1]

    def notes(self, ref: str) -> list[Note]:
        return self.get(ref).notes

    def _note_id(self, pid: int, number: int) -> int:
        ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM notes WHERE paper_id = ? ORDER BY id", [pid]
        )]
        if not 1 <= number <= len(ids):
            raise UnknownNote(f"no note {number}: the paper has {len(ids)} note(s)")
        return ids[number - 1]

    def edit_note(self, ref: str, number: int, text: str) -> Note:
        if not text.strip():
            raise InvalidValue("a note cannot be empty; use --delete to remove it")
        with self.transaction():
            pid = self.resolve(ref)
            self.conn.execute(
                "UPDATE notes SET text = ?, modified = ? WHERE id = ?",
                [text.strip(), records.now(), self._note_id(pid, number)],
            )
            fts.reindex(self.conn, [pid])
            return self.notes(str(pid))[number - 1]

    def delete_note(self, ref: str, number: int) -> Note:
        with self.transaction():
            pid = self.resolve(ref)
            note_id = self._note_id(pid, number)
            note = self.notes(str(pid))[number - 1]
            self.conn.execute("DELETE FROM notes WHERE id = ?", [note_id])
            fts.reindex(self.conn, [pid])
            return note

    def set_link(self, ref: str, name: str, url: str) -> Paper:
        """Attach a named link (code, project, openreview, ...); replaces one of the same name."""
        with self.transaction():
            pid = self.resolve(ref)
            records.set_link(self.conn, pid, name, url)
            return query.load(self.conn, [pid])[0]

    def attach(self, ref: str, path: str | os.PathLike[str]) -> tuple[Paper, Path]:
        """Record a local file (a PDF) for a paper, replacing an earlier one; the file
        must exist. Returns the paper and the absolute path stored."""
        from .store import attachments

        file = Path(path).expanduser().absolute()
        if not file.is_file():
            what = "a folder" if file.is_dir() else "not found"
            raise InvalidValue(f"cannot attach {file}: {what}; give the path of a file")
        with self.transaction():
            pid = self.resolve(ref)
            attachments.set_path(self.conn, pid, str(file), records.now())
            return query.load(self.conn, [pid])[0], file

    def attachment(self, ref: str) -> str | None:
        """The local file attached to a paper, if any (it may have been moved since)."""
        from .store import attachments

        return attachments.path_of(self.conn, self.resolve(ref))

    def detach(self, ref: str) -> Paper:
        from .store import attachments

        with self.transaction():
            pid = self.resolve(ref)
            if not attachments.remove(self.conn, pid):
                raise InvalidValue("the paper has no file attached")
            return query.load(self.conn, [pid])[0]

    def remove_link(self, ref: str, name: str) -> Paper:
        with self.transaction():
            pid = self.resolve(ref)
            if not self.conn.execute(
                "DELETE FROM links WHERE paper_id = ? AND name = ?", [pid, name.strip().lower()]
            ).rowcount:
                raise InvalidValue(f"the paper has no link named {name!r}")
            return query.load(self.conn, [pid])[0]
