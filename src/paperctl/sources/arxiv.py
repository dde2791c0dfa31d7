"""The arXiv API: the only module in paperctl that touches the network.

Built on the ``arxiv`` package (pinned in pyproject: this module reaches into
``Client._session``, which is not public API), with what that package lacks:

* a request timeout (``PAPERCTL_ARXIV_TIMEOUT``, default 30 s);
* retries with exponential backoff on HTTP 5xx and 429 (honouring
  ``Retry-After``), timeouts and connection errors; the package's own
  immediate retries are switched off;
* at least ``PAPERCTL_ARXIV_DELAY`` seconds (default 3, arXiv's terms of use)
  between requests, measured with an injectable clock so tests need not wait;
* a 200 response that is not an Atom feed is an error, never "no results";
* a 4xx answer (arXiv's error feed) is reported with arXiv's own message.

The endpoint comes from ``PAPERCTL_ARXIV_URL`` (default
``https://export.arxiv.org/api/query``), which is how tests point paperctl at a
local server. IDs are fetched 100 per request (``id_list``); IDs must be
validated before they get here, because one malformed ID fails a whole batch.
"""

from __future__ import annotations

import os
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

if TYPE_CHECKING:
    import arxiv
    import requests

DEFAULT_URL = "https://export.arxiv.org/api/query"
BATCH_SIZE = 100
# Words left out of title searches (arXiv's search ignores most of them anyway).
_SKIP = frozenset("a an the of in on for to with and or via from by at is are as its".split())
_ATOM_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?feed\b[^>]*http://www\.w3\.org/2005/Atom", re.S)


class ArxivError(FetchUnavailable):
    """arXiv could not be asked, or did not answer usefully."""


class ArxivRejected(PaperctlError):
    """arXiv refused the request (HTTP 4xx other than 429)."""


@dataclass
class ArxivSettings:
    """How to talk to arXiv; ``from_env`` reads the documented PAPERCTL_ARXIV_* variables."""

    url: str = DEFAULT_URL
    timeout: float = 30.0
    retries: int = 4
    delay: float = 3.0  # seconds between requests
    backoff: float = 2.0  # first retry waits this long, then doubles
    max_wait: float = 120.0  # cap for backoff and Retry-After

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> ArxivSettings:
        env = os.environ if environ is None else environ
        settings = cls()
        settings.url = env.get("PAPERCTL_ARXIV_URL") or DEFAULT_URL
        for name, attr, kind in (
            ("PAPERCTL_ARXIV_TIMEOUT", "timeout", float),
            ("PAPERCTL_ARXIV_RETRIES", "retries", int),
            ("PAPERCTL_ARXIV_DELAY", "delay", float),
            ("PAPERCTL_ARXIV_BACKOFF", "backoff", float),
        ):
            if env.get(name):
                try:
                    setattr(settings, attr, kind(env[name]))
                except ValueError:
                    raise PaperctlError(f"{name} must be a number, not {env[name]!r}") from None
        return settings


@dataclass
class FetchResult:
    """What a batch fetch found: papers by base ID, and the IDs arXiv does not know."""

    found: dict[str, PaperData] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    unusable: dict[str, str] = field(default_factory=dict)  # ID -> why arXiv's entry was not used
    requests: int = 0


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _error_summary(body: bytes) -> str:
    """arXiv's own words from an error feed (``<summary>incorrect id format for abc</summary>``)."""
    match = re.search(rb"<summary>(.*?)</summary>", body, re.S)
    return match.group(1).decode("utf-8", "replace").strip() if match else ""


class _Transport:
    """Sends GET requests politely: spacing, timeout, retries with backoff, validation."""

    def __init__(self, settings: ArxivSettings, clock: Callable[[], float], sleep: Callable[[float], None]):
        import requests

        self.settings = settings
        self.clock = clock
        self.sleep = sleep
        self.session = requests.Session()
        self.last_request: float | None = None
        self.count = 0

    def _remaining(self) -> float:
        """Seconds still to wait before the next request may go out."""
        if self.last_request is None:
            return 0.0
        return self.settings.delay - (self.clock() - self.last_request)

    def _space(self) -> None:
        wait = self._remaining()
        if wait > 0:
            self.sleep(wait)

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        import requests

        s = self.settings
        problem = ""
        for attempt in range(s.retries + 1):
            self._space()
            self.count += 1
            try:
                response = self.session.get(url, timeout=s.timeout, headers=kwargs.get("headers"))
            except requests.Timeout:
                problem, wait = f"no answer within {s.timeout:g} s", None
            except requests.ConnectionError as exc:
                problem, wait = f"cannot connect ({_short(exc)})", None
            else:
                if response.status_code == 200:
                    self._check_atom(response)
                    return response
                if response.status_code == 429 or response.status_code >= 500:
                    problem, wait = f"HTTP {response.status_code}", _retry_after(response)
                else:
                    detail = _error_summary(response.content) or response.reason or ""
                    raise ArxivRejected(f"arXiv rejected the request (HTTP {response.status_code}): {detail}")
            finally:
                self.last_request = self.clock()
            if attempt < s.retries:
                backoff = min(s.max_wait, wait if wait is not None else s.backoff * 2**attempt)
                self.sleep(max(backoff, self._remaining()))
        raise ArxivError(
            f"arXiv is unavailable at {_endpoint(s.url)}: {problem} after {s.retries + 1} tries;"
            " try again later, or add with --no-fetch"
        )

    @staticmethod
    def _check_atom(response: requests.Response) -> None:
        head = response.content[:2048]
        if not _ATOM_ROOT.search(head):
            kind = response.headers.get("Content-Type", "unknown type")
            raise ArxivError(
                f"arXiv answered with something that is not an Atom feed ({kind});"
                " try again later, or add with --no-fetch"
            )
        if not response.content.rstrip().endswith(b"</feed>"):
            raise ArxivError("arXiv's answer was cut off (incomplete Atom feed); try again later")


def _short(exc: Exception) -> str:
    text = str(exc)
    match = re.search(r"\[Errno -?\d+\] ([^'\")]+)", text)
    return match.group(1).strip() if match else text[:120]


def _endpoint(url: str) -> str:
    return url.split("?", 1)[0]


class ArxivSource:
    """Fetch papers from the arXiv API (see the module docstring for the rules)."""

    def __init__(
        self,
        settings: ArxivSettings | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.settings = settings or ArxivSettings.from_env()
        self.transport = _Transport(self.settings, clock, sleep)
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
