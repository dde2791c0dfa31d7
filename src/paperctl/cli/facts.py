"""The labelled facts of one paper (key, arXiv ID, venue, links...), shared by the
plain-text ``show`` in ``output`` and the rich one in ``views``."""

from __future__ import annotations

from datetime import datetime

from ..models import Paper


def fields(p: Paper, file: str | None = None) -> list[tuple[str, str]]:
    """The labelled facts of a paper, in display order; *file* is its attached file."""
    rows: list[tuple[str, str]] = [("key", p.citekey), ("id", str(p.id))]
    if p.aliases:
        rows.append(("aliases", ", ".join(p.aliases)))
    if p.entry_type:
        rows.append(("type", p.entry_type))
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
    if p.resolution:
        rows.append(("venue lookup", resolution_line(p.resolution)))
    rows += _record(p)
    if p.link:
        rows.append(("link", p.link))
    rows += [(name, url) for name, url in p.links.items()]
    if file:
        from pathlib import Path

        rows.append(("file", file if Path(file).exists() else f"{file} (missing)"))
    return rows


def resolution_line(r: dict) -> str:
    """What ``venues`` found, and its evidence, on one line:
    ``resolved: ICML 2023 from dblp conf/icml/LeviathanKM23 (title 1.00, authors 1.00; 2026-12-01)``."""
    words = [r["outcome"].replace("_", " ") + ":"]
    if r.get("venue"):
        words.append(r["venue"])
    if r.get("source"):
        words.append(f"from {r['source']} {r.get('record') or ''}".rstrip())
    scores = r.get("scores") or {}
    detail = [f"{k} {scores[k]:.2f}" for k in ("title", "authors") if isinstance(scores.get(k), float)]
    if r.get("note"):
        detail.append(r["note"])
    detail.append(str(r.get("checked", ""))[:10])
    return " ".join(words) + " (" + "; ".join(d for d in detail if d) + ")"


def local_time(stamp: str) -> str:
    """A stored UTC time (``2026-11-22T03:03:24+00:00``) as the user's local time,
    to the minute, with the zone: ``2026-11-22 04:03 CET``. JSON keeps the stored value."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError):
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M ") + (moment.tzname() or moment.strftime("%z"))


_SHOWN = {"title", "author", "abstract", "year", "doi", "url", "eprint", "keywords", "annote", "annotation", "ids",
          "journal", "journaltitle", "booktitle"}


def _record(p: Paper) -> list[tuple[str, str]]:
    """The bibliographic fields not shown under their own labels above (pages, publisher...)."""
    rows = []
    for field in p.fields:
        if field.name not in _SHOWN:
            text = p.field(field.name)
            if text:
                rows.append((field.name, text))
    for name in ("journal", "booktitle"):
        text = p.field(name)
        if text and text not in (p.venue, p.journal_ref):
            rows.append((name, text))
    return rows
