"""JSON Lines: paperctl's lossless interchange format, one paper per line.

Each line is ``Paper.to_dict()`` (the documented keys shared with ``list
--json``: ``citekey``, ``arxiv_id``, ``version``, ``doi``, ``url``, ``title``,
``authors``, ``year``, ``published``, ``abstract``, ``venue``, ``summary``,
``notes``, ``tags``, ``status`` ...) plus what those plain keys leave out:
``author_details`` (names with affiliations), ``note_details`` (texts with
their timestamps), ``modified`` and ``fetched``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .models import Paper


def to_record(paper: Paper) -> dict[str, Any]:
    record = paper.to_dict()
    record["author_details"] = [
        {"name": a.name, "affiliation": a.affiliation} for a in paper.authors
    ]
    record["note_details"] = [
        {"text": n.text, "created": n.created, "modified": n.modified} for n in paper.notes
    ]
    record["modified"] = paper.modified
    record["fetched"] = paper.fetched
    return record


def dumps(papers: Iterable[Paper]) -> str:
    return "".join(json.dumps(to_record(p), ensure_ascii=False, sort_keys=True) + "\n" for p in papers)
