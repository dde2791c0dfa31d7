"""Recognise and normalise the identifiers users paste: arXiv IDs and DOIs.

Everything here is pure string work, so it is checked before any request or
write. arXiv's own rules (https://info.arxiv.org/help/arxiv_identifier.html):

* new style, from April 2007: ``YYMM.NNNN`` (to 2014) or ``YYMM.NNNNN`` (2015 on),
  optionally followed by ``vN``;
* old style, 1991 to March 2007: ``archive[.SUBJ]/YYMMNNN``; the subject class is
  not part of the identifier (``math.GT/0309136`` is ``math/0309136``).

The version is kept apart from the base ID, so ``2211.17192v2`` and
``2211.17192`` name the same paper.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .errors import InvalidIdentifier
from .lazy import pattern

_NEW_STYLE = pattern(r"(?P<yymm>[0-9]{4})\.(?P<num>[0-9]{4,5})(?:v(?P<version>[0-9]+))?")
_OLD_STYLE = pattern(
    r"(?P<archive>[a-z]+(?:-[a-z]+)?)(?:\.[A-Za-z]{2})?/(?P<yymm>[0-9]{4})(?P<num>[0-9]{3})"
    r"(?:v(?P<version>[0-9]+))?"
)
# Hosts whose /abs/ or /pdf/ paths carry an arXiv ID.
_ARXIV_URL = pattern(
    r"^(?:https?://)?(?:www\.|export\.)?(?:arxiv\.org|alphaxiv\.org)/(?:abs|pdf|html)/(?P<id>.+?)"
    r"(?:\.pdf)?/?(?:[?#].*)?$",
    re.IGNORECASE,
)
_ARXIV_PREFIX = pattern(r"^arxiv:\s*", re.IGNORECASE)
_DOI = pattern(r"^10\.[0-9]{4,9}/\S+$")
_DOI_PREFIX = pattern(
    r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE
)
# Archives that used old-style identifiers (arXiv's list, plus their
# subject-class forms which are stripped before lookup).
OLD_ARCHIVES = frozenset(
    """acc-phys adap-org alg-geom ao-sci astro-ph atom-ph bayes-an chao-dyn chem-ph
    cmp-lg comp-gas cond-mat cs dg-ga funct-an gr-qc hep-ex hep-lat hep-ph hep-th
    math math-ph mtrl-th nlin nucl-ex nucl-th patt-sol physics plasm-ph q-alg q-bio
    quant-ph solv-int supr-con""".split()
)


class ArxivId(NamedTuple):
    """A validated arXiv identifier: the base ID and, if given, a version.

    A named tuple, not a frozen dataclass: as immutable, and made at import for a
    fifth of the cost (a dataclass compiles five methods at every start).
    """

    base: str
    version: int | None = None

    def __str__(self) -> str:
        return self.base if self.version is None else f"{self.base}v{self.version}"

    @property
    def abs_url(self) -> str:
        return f"https://arxiv.org/abs/{self.base}"


def _check_yymm(yymm: str, text: str) -> None:
    month = int(yymm[2:])
    if not 1 <= month <= 12:
        raise InvalidIdentifier(f"malformed arXiv ID {text!r}: month {yymm[2:]} is not 01-12")


def _parse_new_style(core: str, text: str) -> ArxivId | None:
    m = _NEW_STYLE.fullmatch(core)
    if not m:
        return None
    yymm, num = m["yymm"], m["num"]
    _check_yymm(yymm, text)
    if yymm < "0704":
        raise InvalidIdentifier(f"malformed arXiv ID {text!r}: new-style IDs start in 0704")
    wants_five = yymm >= "1501"
    if wants_five != (len(num) == 5):
        digits = 5 if wants_five else 4
        raise InvalidIdentifier(
            f"malformed arXiv ID {text!r}: IDs from {yymm} have {digits} digits after the dot"
        )
    version = int(m["version"]) if m["version"] else None
    return ArxivId(f"{yymm}.{num}", _valid_version(version, text))


def _parse_old_style(core: str, text: str) -> ArxivId | None:
    m = _OLD_STYLE.fullmatch(core)
    if not m:
        return None
    archive = m["archive"]
    if archive not in OLD_ARCHIVES:
        raise InvalidIdentifier(f"malformed arXiv ID {text!r}: unknown archive {archive!r}")
    _check_yymm(m["yymm"], text)
    version = int(m["version"]) if m["version"] else None
    return ArxivId(f"{archive}/{m['yymm']}{m['num']}", _valid_version(version, text))


def _valid_version(version: int | None, text: str) -> int | None:
    if version is not None and version < 1:
        raise InvalidIdentifier(f"malformed arXiv ID {text!r}: versions start at v1")
    return version


@functools.lru_cache(maxsize=4096)
def _arxiv_url_id(stripped: str) -> str | None:
    """The ID part of *stripped* when it is an arXiv URL (``_ARXIV_URL``), else None.
    (Remembered: ``try_parse_arxiv_id`` asks it of each URL twice, through ``looks_like_arxiv``
    then ``parse_arxiv_id``, and the case-insensitive match with its lazy ID is not cheap:
    ~18,000 instructions for ``https://arxiv.org/abs/2502.24962``.)"""
    plain = _PLAIN_ARXIV_URL.fullmatch(stripped)
    if plain:
        return plain[1]
    m = _ARXIV_URL.match(stripped)
    return m["id"] if m else None  # (the ID is never empty: ".+?")


# The usual arXiv URL, ``https://arxiv.org/abs/2502.24962`` (or ``/pdf/...v2.pdf``), read at a
# sixth of _ARXIV_URL's cost: it matches _ARXIV_URL, whose lazy ID then stops where this one
# does (what follows it is nothing, or ".pdf": the only tails _ARXIV_URL allows without "/",
# "?" or "#").
_PLAIN_ARXIV_URL = pattern(
    r"https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/([0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?)(?:\.pdf)?"
)


def _strip_arxiv_wrapping(text: str) -> str:
    """Remove the URL or ``arXiv:`` prefix around an ID, if any."""
    stripped = text.strip()
    url_id = _arxiv_url_id(stripped)
    if url_id is not None:
        return url_id
    return _ARXIV_PREFIX.sub("", stripped)


def looks_like_arxiv(text: str) -> bool:
    """True when *text* is shaped like an arXiv ID or arXiv URL (valid or not).

    Used to decide whether a malformed value should be reported as a bad arXiv
    ID rather than tried as a citation key or title.
    """
    stripped = text.strip()
    if _arxiv_url_id(stripped) is not None or _ARXIV_PREFIX.match(stripped):
        return True
    core = stripped
    return bool(
        re.fullmatch(r"[0-9]{4}\.[0-9]+(?:v[0-9]+)?", core)
        or re.fullmatch(r"[a-z-]+(?:\.[A-Za-z]{2})?/[0-9]+(?:v[0-9]+)?", core)
    )


@functools.lru_cache(maxsize=4096)  # an import parses each ID several times; ArxivId is frozen
def parse_arxiv_id(text: str) -> ArxivId:
    """Parse any form of arXiv ID a user pastes, or raise InvalidIdentifier.

    >>> parse_arxiv_id("https://arxiv.org/pdf/2211.17192v2.pdf")
    ArxivId(base='2211.17192', version=2)
    >>> str(parse_arxiv_id("math.GT/0309136"))
    'math/0309136'
    """
    core = _strip_arxiv_wrapping(text)
    parsed = _parse_new_style(core, text) or _parse_old_style(core, text)
    if parsed is None:
        raise InvalidIdentifier(f"malformed arXiv ID {text.strip()!r}")
    return parsed


def try_parse_arxiv_id(text: str) -> ArxivId | None:
    """Like parse_arxiv_id, but None for text that is not an arXiv ID at all.

    Text that looks like an arXiv ID but is malformed still raises, so that
    ``2211.1719`` is reported instead of being searched for as a title.
    """
    if not looks_like_arxiv(text):
        return None
    return parse_arxiv_id(text)


def normalize_doi(text: str) -> str:
    """Return the canonical (lower-case, prefix-free) form of a DOI, or raise.

    DOIs are case-insensitive by definition, so lower case is the stored form.
    """
    doi = _DOI_PREFIX.sub("", text.strip()).strip()
    if not _DOI.match(doi):
        raise InvalidIdentifier(f"malformed DOI {text.strip()!r}: expected 10.NNNN/suffix")
    return doi.lower()


def try_normalize_doi(text: str) -> str | None:
    """The canonical DOI if *text* is one (bare, ``doi:`` or doi.org URL), else None."""
    try:
        return normalize_doi(text)
    except InvalidIdentifier:
        return None


_URL = pattern(r"^https?://[^\s<>\"\x00-\x1f\x7f]+$", re.IGNORECASE)


def is_url(text: str) -> bool:
    """An http(s) address with nothing a document could read as its end: no spaces,
    control characters, ``<``, ``>`` or ``"`` (real URLs percent-encode them; one
    holding ``>`` once injected a second link into an exported README)."""
    return bool(_URL.match(text.strip()))


_PDF_BESIDE = pattern(r"^(?:\./)?[\w%+~-](?:[\w.%+~/-]| (?! )|(?<=[\w/%])\([\w.%+~-]*\))*\.pdf$", re.IGNORECASE)


def is_link_target(text: str) -> bool:
    """What a paper's link may point to: a web address (``is_url``), or a PDF kept beside the
    reading list in its repository (``papers/2019-SIGMOD-FITing-Tree.pdf``, YXWei/Awesome-learned-
    index: the paper itself; ``17-ICCV-Genetic CNN.pdf``, pzhren/Awesome-NAS), a path below the list's
    folder with no scheme, ``..`` or square bracket (a space or a year in brackets, ``annotated_papers/(2020)%20
    selection.pdf``, gtironi/awesome-data-selection, is written in ``<...>`` where it is exported)."""
    text = text.strip()
    return is_url(text) or (bool(_PDF_BESIDE.match(text)) and ".." not in text and "//" not in text)
