"""What a paper's fields may hold, when two records are the same paper, and how
records of the same paper combine.

Validation runs before a write's transaction starts, so bad input is refused
with a clear message and nothing is written. The merge rules (which fields a
merge may fill) and the wording of refresh reports live here too, so that
importers and the arXiv code share them.

``same_work`` is the one place that decides whether two records are one paper
(``tests/test_identity.py`` holds it to the real cases that justify it):

* the same arXiv ID (any version) or the same DOI: the same paper;
* the same citation key (or alias): the same paper when the titles agree (or one
  record has none) and no arXiv ID or DOI says otherwise;
* the same normalised title: the same paper only when the years are at most one
  apart (or one is missing: a preprint and its publication) and the first authors'
  family names agree (or one record has no authors). A journal's columns and
  letters share titles ("Editorial", "Hints & tricks") year after year, and issue
  after issue within a year (then their volume, number or pages differ: two
  records that both give them and disagree are two works); a book's reprint keeps
  its title decades later (Kullback 1959 and 1997): those are different works, and
  the import names them as possible duplicates instead.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from . import citekeys
from .errors import InvalidValue
from .identifiers import is_url, normalize_doi, parse_arxiv_id
from .models import STATUSES, Paper, PaperData
from .store import sections
from .text import clean, title_key


@dataclass(frozen=True)
class Identity:
    """What decides whether two records are the same paper."""

    arxiv_id: str | None = None
    doi: str | None = None
    title_key: str = ""
    year: int | None = None
    first_author: str | None = None  # a display name; compared by family name
    place: str | None = None  # where in its journal or book: volume, number and pages, as digits


@dataclass(frozen=True)
class Verdict:
    same: bool
    why: str  # "same DOI", or why a look-alike is another paper


def same_work(new: Identity, old: Identity, found_by: str) -> Verdict:
    """Whether *new* and *old*, found alike by *found_by* ("arxiv", "doi", "key",
    "url" or "title"), are one paper (see the module's docstring)."""
    if new.arxiv_id and old.arxiv_id and new.arxiv_id != old.arxiv_id:
        return Verdict(False, f"a different arXiv ID ({old.arxiv_id})")
    if new.doi and old.doi and new.doi != old.doi:
        return Verdict(False, f"a different DOI ({old.doi})")
    if found_by in ("arxiv", "doi"):
        return Verdict(True, "same arXiv ID" if found_by == "arxiv" else "same DOI")
    titled = new.title_key and old.title_key
    if found_by == "key":
        if titled and new.title_key != old.title_key:
            return Verdict(False, "the same citation key, but another title")
        return Verdict(True, "same citation key")
    if found_by == "url":
        return Verdict(True, "same URL")
    if new.year and old.year and abs(new.year - old.year) > 1:
        return Verdict(False, f"same title, but {old.year} and {new.year}")
    if new.place and old.place and new.place != old.place:
        return Verdict(False, "same title, but another volume, number or pages")
    if new.first_author and old.first_author:
        ours, theirs = _family(new.first_author), _family(old.first_author)
        if ours and theirs and ours != theirs:
            return Verdict(False, f"same title, but first authors {old.first_author} and {new.first_author}")
    return Verdict(True, "same title")


_DIGITS = re.compile(r"\d+")


def place_of(volume: str | None, number: str | None, pages: str | None) -> str | None:
    """Volume, number and pages as one comparable string of their digits
    ("41/7/73-80"), or None when none of them is known."""
    if not (volume or number or pages):
        return None
    return "/".join("-".join(_DIGITS.findall(part or "")) for part in (volume, number, pages))


def _family(name: str) -> str:
    from .citekeys import ascii_word, family_name

    return ascii_word(family_name(name))

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


def validate(data: PaperData, ids: bool = True) -> None:
    """Reject bad values before the transaction starts (clear errors, nothing written).
    ``ids=False``: the caller has read the arXiv ID and DOI already (a bulk import)."""
    if ids and data.arxiv_id:
        parse_arxiv_id(data.arxiv_id)
    if ids and data.doi:
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


def key_base(data: PaperData, title: str) -> str:
    """The citation key a new paper without a key of its own is given, before any suffix:
    first author, year (or the published date's), and *title* (cleaned), else its key."""
    year = data.year or year_of(data.published)
    return citekeys.base_key((a.name for a in data.authors), year, title or data.citekey or "")


def integrity_message(exc: sqlite3.IntegrityError) -> str:
    text = str(exc)
    if "papers.arxiv_id" in text:
        return "another paper in the library already has that arXiv ID"
    if "papers.doi" in text:
        return "another paper in the library already has that DOI"
    return f"the change conflicts with the library: {text}"
