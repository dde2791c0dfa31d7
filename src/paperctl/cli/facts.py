"""The labelled facts of one paper (key, arXiv ID, venue, links...), shared by the
plain-text ``show`` in ``output`` and the rich one in ``views``."""

from __future__ import annotations

from ..models import Paper


def fields(p: Paper) -> list[tuple[str, str]]:
    """The labelled facts of a paper, in display order."""
    rows: list[tuple[str, str]] = [("key", p.citekey), ("id", str(p.id))]
    if p.arxiv_id:
        rows.append(("arXiv", p.arxiv_id + (f"v{p.version}" if p.version else "")))
    for label, value in (
        ("DOI", p.doi), ("URL", p.url), ("year", p.year), ("published", p.published),
        ("updated", p.updated), ("venue", p.venue), ("journal", p.journal_ref),
        ("comment", p.comment), ("categories", ", ".join(p.categories)), ("status", p.status),
        ("sections", "; ".join(p.tags)),
    ):
        if value:
            rows.append((label, str(value)))
    if p.link:
        rows.append(("link", p.link))
    return rows + [(name, url) for name, url in p.links.items()]
