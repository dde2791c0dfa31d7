"""CSL-JSON export, for pandoc's citeproc, Zotero and other CSL processors.

Preprints are ``article`` items with ``publisher: arXiv`` and the arXiv ID as
``number`` (how Zotero exports them); papers with a conference or journal
become ``paper-conference`` / ``article-journal`` with ``container-title``.
The citation key is the item ``id``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from . import names
from .bibtex_io import venue_kind, venue_name
from .models import Paper

_MATH = re.compile(r"(?<!\\)\$[^$]+(?<!\\)\$")


def split_name(name: str) -> dict[str, str]:
    """``"Yaniv Leviathan"`` -> family/given (and suffix); a one-word name is a ``literal``."""
    parts = names.split(name)
    if not parts.given:
        return {"literal": name.strip()}
    item = {"family": parts.family, "given": parts.given}
    if parts.suffix:
        item["suffix"] = parts.suffix
    return item


def _title(title: str) -> str:
    """Math is marked ``nocase`` so that citeproc's title casing leaves it alone."""
    return _MATH.sub(lambda m: f'<span class="nocase">{m.group()}</span>', title)


def _issued(paper: Paper) -> dict[str, Any] | None:
    if paper.published:
        return {"date-parts": [[int(x) for x in paper.published.split("-")]]}
    if paper.year:
        return {"date-parts": [[paper.year]]}
    return None


def to_item(paper: Paper) -> dict[str, Any]:
    container = paper.journal_ref or (paper.venue if venue_kind(paper.venue) else None)
    kind = venue_kind(container) or ("journal" if paper.journal_ref else None)
    item: dict[str, Any] = {
        "id": paper.citekey,
        "type": {"conference": "paper-conference", "journal": "article-journal"}.get(kind or "", "article"),
        "title": _title(paper.title),
        "author": [split_name(a.name) for a in paper.authors],
    }
    if container:
        item["container-title"] = venue_name(container)
    elif paper.arxiv_id:
        item["publisher"] = "arXiv"
        item["number"] = paper.arxiv_id
    issued = _issued(paper)
    if issued:
        item["issued"] = issued
    if paper.doi:
        item["DOI"] = paper.doi
    url = f"https://arxiv.org/abs/{paper.arxiv_id}" if paper.arxiv_id else paper.url
    if url:
        item["URL"] = url
    if paper.abstract:
        item["abstract"] = paper.abstract
    if paper.tags:
        item["keyword"] = ", ".join(paper.tags)
    if paper.summary:
        item["note"] = paper.summary
    return item


def dumps(papers: Iterable[Paper]) -> str:
    return json.dumps([to_item(p) for p in papers], ensure_ascii=False, indent=2, sort_keys=True) + "\n"
