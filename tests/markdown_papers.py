"""The papers a Markdown list reads as, by title: what the reader tests compare."""

from __future__ import annotations

from paperctl.formats.markdown.reader import parse


def papers(text: str, **options) -> dict:
    """The papers of *text* by title, as PaperData (*options*: ``parse``'s)."""
    return {e.data.title: e.data for e in parse(text, **options).entries}
