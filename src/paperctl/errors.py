"""Typed errors raised by the core library.

The core never prints or exits: it raises one of these, and the CLI maps them
to a one-line message and an exit code in exactly one place (``cli/application.py``).
"""

from __future__ import annotations


class PaperctlError(Exception):
    """Base class for every error a user can cause or meet."""

    exit_code = 1


class InvalidIdentifier(PaperctlError):
    """An arXiv ID, DOI or other identifier that is not well formed."""

    exit_code = 2


class InvalidValue(PaperctlError):
    """A field value that cannot be stored (bad status, empty title, ...)."""

    exit_code = 2


class UnknownPaper(PaperctlError):
    """A paper reference that matches nothing in the library."""

    def __init__(self, ref: str, suggestions: list[str] | None = None):
        self.ref = ref
        self.suggestions = suggestions or []
        message = f"no paper matches {ref!r}"
        if self.suggestions:
            message += "; did you mean: " + ", ".join(self.suggestions)
        super().__init__(message)


class AmbiguousPaper(PaperctlError):
    """A paper reference that matches more than one paper."""

    def __init__(self, ref: str, candidates: list[str]):
        self.ref = ref
        self.candidates = candidates
        super().__init__(
            f"{ref!r} matches {len(candidates)} papers: "
            + ", ".join(candidates)
            + "; use a citation key or the numeric id"
        )


class UnknownSection(PaperctlError):
    """A section (tag) name that matches no section or alias."""

    def __init__(self, name: str, suggestions: list[str] | None = None):
        self.name = name
        self.suggestions = suggestions or []
        message = f"no section matches {name!r}"
        if self.suggestions:
            message += "; did you mean: " + ", ".join(self.suggestions)
        super().__init__(message)


class NearSection(PaperctlError):
    """A new section name that looks like a slip for an existing section (``tag``)."""

    exit_code = 2

    def __init__(self, name: str, near: list[str]):
        self.name = name
        self.near = near
        super().__init__(
            f"no section {name!r} yet; did you mean: {', '.join(near)}? (add --new to create {name!r})"
        )


class UnknownNote(PaperctlError):
    """A note number outside the paper's list of notes."""


class NotALibrary(PaperctlError):
    """A file that exists but is not a paperctl library (refused, never touched)."""


class NoLibrary(PaperctlError):
    """A command that reads was pointed at a library file that does not exist."""


class NewerLibrary(PaperctlError):
    """A library written by a newer paperctl, whose schema this version does not know."""


class FetchUnavailable(PaperctlError):
    """Metadata was requested from the network but cannot be fetched."""


class LibraryUnavailable(PaperctlError):
    """The library cannot be written now or here: locked by another process, read-only,
    or no space left. The message names the file and what to do; nothing was changed."""
