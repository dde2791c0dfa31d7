"""CSL-JSON export, for pandoc's citeproc, Zotero and other CSL processors.

Preprints are ``article`` items with ``publisher: arXiv`` and the arXiv ID as
``number`` (how Zotero exports them); papers with a conference or journal
become ``paper-conference`` / ``article-journal`` with ``container-title``.
The citation key is the item ``id``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .bibtex_io import venue_kind
from .models import Paper


def split_name(name: str) -> dict[str, str]:
    """``"Yaniv Leviathan"`` -> family/given; a one-word name is a ``literal``."""
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        return {"family": family, "given": given}
    parts = name.split()
    if len(parts) == 1:
        return {"literal": name}
    return {"family": parts[-1], "given": " ".join(parts[:-1])}


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
        "title": paper.title,
        "author": [split_name(a.name) for a in paper.authors],
    }
    if container:
        item["container-title"] = container
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
