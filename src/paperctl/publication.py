"""Where a paper was published, as ``paperctl venues`` resolved it, for the exports.

``published(paper)`` gives the entry type and the fields a bibliography needs
(the full proceedings or journal name, the venue's year, pages, volume,
publisher, DOI) when ``venues`` resolved the paper and the paper's venue is the
one it found (written by paperctl or accepted by the user): then the BibTeX
export writes ``@inproceedings``/``@article`` instead of arXiv's ``@misc``,
keeping the eprint fields, and CSL-JSON a ``paper-conference``/``article-journal``.
A paper whose own record gave an entry type (a BibTeX import) is never changed:
``published`` is for papers whose type paperctl chooses.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Paper

_TYPES = {"conference": "inproceedings", "journal": "article"}


@dataclass(frozen=True)
class Publication:
    entry_type: str  # "inproceedings" or "article"
    container: str  # "Proceedings of the 2019 Conference of the North American Chapter of ..."
    year: int | None = None
    pages: str | None = None
    volume: str | None = None
    publisher: str | None = None
    doi: str | None = None

    @property
    def container_field(self) -> str:
        return "booktitle" if self.entry_type == "inproceedings" else "journal"


def published(paper: Paper) -> Publication | None:
    r = paper.resolution
    if paper.entry_type or not r or r.get("outcome") != "resolved" or not r.get("applied"):
        return None
    if not paper.venue or r.get("venue") != paper.venue:
        return None  # the user changed the venue since: theirs wins
    entry_type = _TYPES.get(r.get("kind") or "")
    container = r.get("venue_name")
    if not entry_type or not container:
        return None
    return Publication(entry_type, container, r.get("year"), r.get("pages"), r.get("volume"), r.get("publisher"),
                       r.get("doi"))
