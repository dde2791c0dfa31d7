"""The arXiv API, through paperctl's shared HTTP layer (``transport``).

The ``arxiv`` package (pinned in pyproject) still turns Atom into results: it
is handed a session-shaped object (``Client._session``, not public API) whose
``get`` goes through ``transport.Client``, so arXiv gets what every source
gets: a total deadline per request, a size cap, same-host redirects only,
retries with backoff on 5xx/429/dropped connections (each announced), and
``Retry-After`` honoured up to a bound or refused with a clear error. The
package's own immediate retries are switched off. On top of that:

* at least ``PAPERCTL_ARXIV_DELAY`` seconds (default 3, arXiv's terms of use)
  between requests;
* a 200 answer must be a whole, well-formed Atom feed: anything else is an
  error ("could not be read"), never "not found" (issue 13 item 18);
* a 4xx answer (arXiv's error feed) is reported with arXiv's own message.

Settings: ``PAPERCTL_ARXIV_URL`` (default ``https://export.arxiv.org/api/query``),
``_TIMEOUT``, ``_RETRIES``, ``_DELAY``, ``_BACKOFF``, ``_MAX_WAIT``, ``_MAX_BYTES``.
IDs are fetched 100 per request (``id_list``); IDs must be validated before
they get here, because one malformed ID fails a whole batch.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..errors import FetchUnavailable, PaperctlError
from ..identifiers import ArxivId, parse_arxiv_id, try_normalize_doi
from ..models import Author, PaperData
from ..text import clean
from . import transport

if TYPE_CHECKING:
    import arxiv

DEFAULT_URL = "https://export.arxiv.org/api/query"
BATCH_SIZE = 100
# Words left out of title searches (arXiv's search ignores most of them anyway).
_SKIP = frozenset("a an the of in on for to with and or via from by at is are as its".split())
_ATOM = "{http://www.w3.org/2005/Atom}"
_HINT = "try again later, or add with --no-fetch"


class ArxivError(FetchUnavailable):
    """arXiv could not be asked, or did not answer usefully."""


class ArxivRejected(PaperctlError):
    """arXiv refused the request (HTTP 4xx other than 429)."""


@dataclass
class ArxivSettings(transport.Settings):
    """How to talk to arXiv; ``from_env`` reads the documented PAPERCTL_ARXIV_* variables."""

    name: str = "arXiv"
    url: str = DEFAULT_URL
    delay: float = 3.0  # arXiv's terms of use

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> ArxivSettings:  # type: ignore[override]
        base = transport.Settings.from_env("ARXIV", "arXiv", DEFAULT_URL, environ, delay=3.0)
        return cls(**{f: getattr(base, f) for f in base.__dataclass_fields__})


@dataclass
class FetchResult:
    """What a batch fetch found: papers by base ID, and the IDs arXiv does not know."""

    found: dict[str, PaperData] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    unusable: dict[str, str] = field(default_factory=dict)  # ID -> why arXiv's entry was not used
    requests: int = 0


def _error_summary(body: bytes) -> str:
    """arXiv's own words from an error feed (``<summary>incorrect id format for abc</summary>``)."""
    match = re.search(rb"<summary>(.*?)</summary>", body, re.S)
    return match.group(1).decode("utf-8", "replace").strip() if match else ""


def check_feed(response: transport.Response) -> None:
    """Raise ArxivError unless *response* is a whole, well-formed Atom feed whose
    entries each carry an id: an unreadable answer must never read as "no results"."""
    import xml.etree.ElementTree as ET

    body = response.body
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        kind = response.headers.get("content-type", "unknown type")
        if not re.search(rb"<(?:\w+:)?feed\b", body[:2048]):
            raise ArxivError(f"arXiv answered with something that is not an Atom feed ({kind}); {_HINT}") from None
        if not body.rstrip().endswith(b"</feed>"):
            raise ArxivError(f"arXiv's answer was cut off (incomplete Atom feed); {_HINT}") from None
        raise ArxivError(f"arXiv's answer could not be read (malformed Atom: {exc}); {_HINT}") from None
    if root.tag != _ATOM + "feed":
        kind = response.headers.get("content-type", "unknown type")
        raise ArxivError(f"arXiv answered with something that is not an Atom feed ({kind}); {_HINT}")
    for entry in root.iter(_ATOM + "entry"):
        if not (entry.findtext(_ATOM + "id") or "").strip():
            raise ArxivError(f"arXiv's answer could not be read (an entry without an id); {_HINT}")


class _Transport:
    """The session the ``arxiv`` package talks to: GETs through ``transport.Client``."""

    def __init__(self, settings: ArxivSettings, clock: Callable[[], float], sleep: Callable[[float], None],
                 notify: Callable[[str], None] | None = None):
        self.settings = settings
        self.client = transport.Client(settings, clock=clock, sleep=sleep, notify=notify)

    @property
    def count(self) -> int:
        return self.client.count

    def get(self, url: str, **kwargs: Any) -> transport.Response:
        try:
            response = self.client.get(url, headers={"Accept": "application/atom+xml"})
        except transport.ServiceUnavailable as exc:
            raise ArxivError(f"{exc}, or add with --no-fetch") from None
        except transport.ServiceRefused as exc:
            raise ArxivError(str(exc)) from None
        if response.status == 200:
            check_feed(response)
            return response
        detail = _error_summary(response.body) or response.reason or ""
        raise ArxivRejected(f"arXiv rejected the request (HTTP {response.status}): {detail}")


class ArxivSource:
    """Fetch papers from the arXiv API (see the module docstring for the rules)."""

    def __init__(
        self,
        settings: ArxivSettings | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        notify: Callable[[str], None] | None = None,
    ):
        self.settings = settings or ArxivSettings.from_env()
        self.transport = _Transport(self.settings, clock, sleep, notify)
        self._client: arxiv.Client | None = None

    @property
    def requests_made(self) -> int:
        return self.transport.count

    def _arxiv_client(self) -> arxiv.Client:
        if self._client is None:
            import arxiv

            client = arxiv.Client(page_size=BATCH_SIZE, delay_seconds=0, num_retries=0)
            client.query_url_format = self.settings.url + "?{}"
            client._session = self.transport  # type: ignore[assignment]  # see module docstring
            self._client = client
        return self._client

    def _results(self, search: arxiv.Search) -> list[arxiv.Result]:
        import arxiv

        try:
            return list(self._arxiv_client().results(search))
        except arxiv.ArxivError as exc:  # e.g. an unexpectedly empty later page
            raise ArxivError(f"arXiv's answer could not be used: {exc}") from None
        except ValueError as exc:  # e.g. an unparseable date in an entry
            raise ArxivError(f"arXiv's answer could not be read: {exc}") from None

    def fetch(
        self, ids: Iterable[ArxivId], progress: Callable[[int], None] | None = None
    ) -> Iterator[FetchResult]:
        """Fetch *ids* in batches of 100; yields one FetchResult per batch.

        Yielding per batch lets the caller store each batch in its own
        transaction as it arrives. *progress* is called with the number of IDs
        done after each batch.
        """
        import arxiv

        unique = list(dict.fromkeys(i.base for i in ids))
        for start in range(0, len(unique), BATCH_SIZE):
            batch = unique[start : start + BATCH_SIZE]
            before = self.requests_made
            results = self._results(arxiv.Search(id_list=batch, max_results=len(batch)))
            result = FetchResult(requests=self.requests_made - before)
            for item in results:
                try:
                    data = to_paper_data(item)
                except ArxivError as exc:  # one bad entry must not sink the good ones
                    result.unusable[_entry_base(item.entry_id)] = str(exc)
                    continue
                if data.arxiv_id in batch:  # ignore anything arXiv sent that was not asked for
                    result.found[data.arxiv_id] = data
            result.missing = [i for i in batch if i not in result.found and i not in result.unusable]
            if progress:
                progress(min(start + BATCH_SIZE, len(unique)))
            yield result

    def search_title(self, title: str, max_results: int = 10) -> list[PaperData]:
        """Papers whose title has every significant word of *title* (arXiv's relevance order).

        Words are ANDed (``ti:fast AND ti:inference ...``) rather than sent as one
        quoted phrase, so that punctuation and small wording differences between a
        reading list and arXiv still find the paper.
        """
        import arxiv

        words = [w for w in re.findall(r"\w+", title) if len(w) > 1 and w.lower() not in _SKIP]
        words = words[:12] or re.findall(r"\w+", title)[:12]
        if not words:
            raise PaperctlError(f"nothing to search for in {title!r}")
        query = " AND ".join(f"ti:{w}" for w in words)
        results = self._results(arxiv.Search(query=query, max_results=max_results))
        return [to_paper_data(r) for r in results]


def _entry_base(entry_id: str) -> str:
    try:
        return parse_arxiv_id(entry_id).base
    except PaperctlError:
        return entry_id


def _date(value: datetime | None) -> str | None:
    if value is None or value.year <= 1:
        return None
    return value.date().isoformat()


def to_paper_data(result: arxiv.Result) -> PaperData:
    """An arxiv.Result as paperctl's PaperData (metadata only, no annotations)."""
    try:
        arxiv_id = parse_arxiv_id(result.entry_id)
    except PaperctlError:
        raise ArxivError(f"arXiv sent an entry with an unreadable id {result.entry_id!r}") from None
    title = clean(result.title)
    if not title:
        raise ArxivError(f"arXiv's entry for {arxiv_id.base} has no title")
    published = _date(result.published)
    links = {"pdf": result.pdf_url} if result.pdf_url else {}
    return PaperData(
        title=title,
        authors=[
            Author(a.name, "; ".join(a.affiliation) if getattr(a, "affiliation", None) else None)
            for a in result.authors
        ],
        arxiv_id=arxiv_id.base,
        version=arxiv_id.version,
        abstract=clean(result.summary),
        published=published,
        updated=_date(result.updated),
        year=int(published[:4]) if published else None,
        primary_category=result.primary_category or None,
        categories=list(result.categories),
        doi=try_normalize_doi(result.doi) if result.doi else None,
        journal_ref=clean(result.journal_ref),
        comment=clean(result.comment),
        links=links,
        fetched=datetime.now(UTC).isoformat(timespec="seconds"),
    )
