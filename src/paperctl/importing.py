"""Moving in: importing BibTeX, Markdown reading lists, JSON Lines and CSL-JSON.

Each file is read by its format's module (``bibtex_import``,
``markdown_import``, ``jsonl_io``, ``csl_io``) into papers with the place they
came from, then written in one transaction through ``Library.import_paper``
(which merges without overriding the user). ``dry_run`` runs the very same
import and rolls it back, so its report is exactly what a real import would
do.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from . import fts, sections
from .errors import PaperctlError
from .library import Library
from .models import PaperData

FORMATS = ("bib", "md", "jsonl", "csl")
_EXTENSIONS = {".bib": "bib", ".bibtex": "bib", ".md": "md", ".markdown": "md", ".jsonl": "jsonl",
               ".ndjson": "jsonl", ".json": "csl"}


@dataclass
class Source:
    """A paper read from a file, and where (line, or item number) it was."""

    data: PaperData
    where: int


@dataclass
class ImportReport:
    path: str
    format: str
    new: list[str] = field(default_factory=list)  # citation keys
    merged: list[tuple[str, list[str]]] = field(default_factory=list)  # key, what changed
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[int, str, int]] = field(default_factory=list)  # line, key, first line
    skipped: list[tuple[int, str]] = field(default_factory=list)  # line, why (not papers)
    problems: list[tuple[int, str]] = field(default_factory=list)  # line, what (broken entries)
    sections: int = 0  # sections created
    dry_run: bool = False
    paper_ids: list[int] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "merged": len(self.merged), "unchanged": len(self.unchanged),
                "duplicates": len(self.duplicates), "skipped": len(self.skipped), "problems": len(self.problems)}


def detect_format(path: Path, text: str) -> str:
    """The format from the extension, else from the content."""
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt:
        return fmt
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "csl"
    if stripped.startswith("{"):
        return "jsonl"
    if stripped.startswith("@") or "\n@" in text[:5000]:
        return "bib"
    return "md"


def read(text: str, fmt: str) -> tuple[list[Source], list[str], list[tuple[int, str]], list[tuple[int, str]]]:
    """(papers, sections in document order, skipped, problems) of *text* in *fmt*."""
    if fmt == "md":
        from . import markdown_import

        parsed = markdown_import.parse(text)
        return [Source(e.data, e.line) for e in parsed.entries], parsed.sections, parsed.skipped, []
    if fmt == "bib":
        from . import bibtex_import

        bib = bibtex_import.read(text)
        return [Source(i.data, i.line) for i in bib.items], [], [], bib.problems
    if fmt == "jsonl":
        from . import jsonl_io

        items, problems = jsonl_io.read(text)
        return [Source(d, n) for n, d in items], [], [], problems
    if fmt == "csl":
        from . import csl_io

        try:
            items, problems = csl_io.read(text)
        except (ValueError, TypeError) as exc:
            raise PaperctlError(f"not CSL-JSON: {exc}") from None
        return [Source(d, n) for n, d in items], [], [], problems
    raise PaperctlError(f"unknown import format {fmt!r}: use one of {', '.join(FORMATS)}")


def _prefixed(prefix: str | None, path: str) -> str:
    return f"{prefix}/{path}" if prefix else path


class _Rollback(Exception):
    pass


def import_text(
    lib: Library, text: str, fmt: str, name: str = "<text>", prefix: str | None = None, dry_run: bool = False
) -> ImportReport:
    """Import *text* (the content of file *name*) in one transaction."""
    sources, section_paths, skipped, problems = read(text, fmt)
    report = ImportReport(name, fmt, skipped=skipped, problems=problems, dry_run=dry_run)
    prefix = sections.normalize_path(prefix) if prefix else None
    first_line: dict[int, int] = {}
    touched: set[int] = set()
    try:
        with lib.transaction():
            before = lib.conn.execute("SELECT count(*) FROM sections").fetchone()[0]
            for path in section_paths:  # document order, empty headings included
                sections.ensure(lib.conn, _prefixed(prefix, path))
            for source in sources:
                data = source.data
                if prefix:
                    data.tags = [_prefixed(prefix, t) for t in data.tags] or [prefix]
                try:
                    pid, outcome, changes = lib.import_paper(data, index=False)  # a savepoint each
                except (PaperctlError, ValueError, TypeError, OverflowError, sqlite3.IntegrityError) as exc:
                    # The paper's savepoint is rolled back: the rest of the file goes on.
                    report.problems.append((source.where, f"{data.title or data.arxiv_id}: {exc}"))
                    continue
                if outcome != "unchanged":
                    touched.add(pid)
                key = lib.conn.execute("SELECT citekey FROM papers WHERE id = ?", [pid]).fetchone()[0]
                if pid in first_line:
                    report.duplicates.append((source.where, key, first_line[pid]))
                    continue
                first_line[pid] = source.where
                report.paper_ids.append(pid)
                if outcome == "new":
                    report.new.append(key)
                elif outcome == "merged":
                    report.merged.append((key, changes))
                else:
                    report.unchanged.append(key)
            fts.reindex(lib.conn, touched)  # once, in bulk, inside the same transaction
            report.sections = lib.conn.execute("SELECT count(*) FROM sections").fetchone()[0] - before
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    report.problems.sort()
    return report


def import_file(
    lib: Library, path: Path, fmt: str | None = None, prefix: str | None = None, dry_run: bool = False
) -> ImportReport:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise PaperctlError(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PaperctlError(f"{path} is not UTF-8 text") from None
    fmt = fmt or detect_format(Path(path), text)
    try:
        return import_text(lib, text, fmt, str(path), prefix, dry_run)
    except json.JSONDecodeError as exc:
        raise PaperctlError(f"{path} is not valid JSON: {exc}") from None
