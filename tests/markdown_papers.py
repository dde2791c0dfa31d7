"""The papers a Markdown list reads as, by title: what the reader tests compare."""

from __future__ import annotations

from paperctl.formats.markdown.reader import parse


def papers(text: str, **options) -> dict:
    """The papers of *text* by title, as PaperData (*options*: ``parse``'s)."""
    return {e.data.title: e.data for e in parse(text, **options).entries}


def one(text: str):
    """The one paper *text* reads as (an assertion error, naming them, when it reads as none or several)."""
    found = list(papers(text).values())
    assert len(found) == 1, found
    return found[0]


def names(paper) -> list[str]:
    """*paper*'s authors' names, in order."""
    return [a.name for a in paper.authors]
