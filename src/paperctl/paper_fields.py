"""What a paper's fields may hold, and how records of the same paper combine.

Validation runs before a write's transaction starts, so bad input is refused
with a clear message and nothing is written. The merge rules (which fields a
merge may fill) and the wording of refresh reports live here too, so that
importers and the arXiv code share them.
"""

from __future__ import annotations

import re
import sqlite3

from .errors import InvalidValue
from .identifiers import is_url, normalize_doi, parse_arxiv_id
from .models import STATUSES, Paper, PaperData
from .store import sections
from .text import clean, title_key

# Metadata a merge may fill when the stored paper lacks it.
FILLABLE = (
    "abstract", "published", "updated", "year", "primary_category", "journal_ref", "comment",
    "url", "fetched",
)
# Fields ``edit`` may change (the citation key never changes).
EDITABLE = (
    "title", "year", "doi", "url", "arxiv_id", "abstract", "published", "updated",
    "primary_category", "journal_ref", "comment", "venue",
)


def validate(data: PaperData) -> None:
    """Reject bad values before the transaction starts (clear errors, nothing written)."""
    if data.arxiv_id:
        parse_arxiv_id(data.arxiv_id)
    if data.doi:
        normalize_doi(data.doi)
    if data.status and data.status not in STATUSES:
        raise InvalidValue(f"unknown status {data.status!r}: use one of {', '.join(STATUSES)}")
    if data.url and not is_url(data.url):
        raise InvalidValue(f"not a URL: {data.url!r} (expected http:// or https://)")
    if data.year is not None:
        check_year(data.year)
    for column in ("published", "updated"):
        if getattr(data, column):
            check_date(getattr(data, column), column)
    for path in data.tags:
        sections.normalize_path(path)


_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def check_year(year: int) -> None:
    if not 1000 <= year <= 2999:
        raise InvalidValue(f"implausible year {year}: paperctl keeps years 1000-2999")


def check_date(value: str, what: str) -> None:
    if not _DATE.match(value):
        raise InvalidValue(f"{what} date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    if len(value) == 10:
        from datetime import date

        try:
            date.fromisoformat(value)
        except ValueError:
            raise InvalidValue(f"{what} date {value!r} does not exist") from None


def describe_changes(old: Paper, new: PaperData) -> list[str]:
    changes = []
    if new.version and old.version and new.version > old.version:
        changes.append(f"version v{old.version} -> v{new.version}")
    elif new.version and not old.version:
        changes.append(f"version v{new.version}")
    if new.doi and not old.doi:
        changes.append(f"DOI {normalize_doi(new.doi)} (new)")
    if clean(new.journal_ref) and not old.journal_ref:
        changes.append(f"journal-ref {clean(new.journal_ref)} (new)")
    if clean(new.title) and title_key(clean(new.title) or "") != title_key(old.title):
        changes.append(f"title changed: {old.title!r} -> {clean(new.title)!r}")
    return changes


def year_of(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def integrity_message(exc: sqlite3.IntegrityError) -> str:
    text = str(exc)
    if "papers.arxiv_id" in text:
        return "another paper in the library already has that arXiv ID"
    if "papers.doi" in text:
        return "another paper in the library already has that DOI"
    return f"the change conflicts with the library: {text}"
