"""The one HTTP client every source uses: bounded, polite, and honest about failure.

Built on the standard library's ``http.client`` rather than ``requests``
because the guarantees below need the socket itself (a watchdog that can cut a
request mid-read), and ``requests`` would add nothing but a second place where
redirects and decompression happen behind our back. Every request:

* waits at least ``delay`` seconds after the previous one to the same service
  (measured with an injectable clock, so tests need not wait);
* is bounded in total time (``timeout``): a watchdog shuts the socket when the
  deadline passes, so a server sending one byte every five seconds cannot keep
  a command waiting (issue 13 item 9);
* reads at most ``max_bytes`` of body, counted after decompression (gzip and
  deflate are decoded here, in bounded steps; other encodings are refused);
* follows at most five redirects, and only to the same scheme and host, or to
  an HTTPS host the service names in ``redirect_hosts`` (doi.org's content
  negotiation hands a Crossref DOI to api.crossref.org and a DataCite DOI to
  api.datacite.org);
* is retried with exponential backoff on 429 and 5xx answers, timeouts, refused
  or dropped connections (including one dropped mid-answer), honouring
  ``Retry-After`` up to ``max_wait`` seconds; a longer wait is refused with a
  clear error rather than sat through in silence. Each retry is announced
  through the ``notify`` callback ("arXiv did not answer; retrying in 4 s (2/5)").

Answers with any other status are returned for the source to interpret (a 404
is "not found" for one service and an error for another).
"""

from __future__ import annotations

import http.client
import os
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..errors import FetchUnavailable, PaperctlError

USER_AGENT = "paperctl/0.1 (annotated bibliography manager; https://github.com/paperctl)"
MAX_REDIRECTS = 5
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_CHUNK = 64 * 1024


class ServiceUnavailable(FetchUnavailable):
    """A service could not be reached, or kept failing after every retry."""


class ServiceRefused(FetchUnavailable):
    """A request that cannot succeed as sent: a redirect to another host, a loop,
    an answer too large, a Retry-After longer than paperctl will wait."""


@dataclass
class Settings:
    """How to talk to one service; ``from_env`` reads its ``PAPERCTL_<PREFIX>_*`` variables."""

    name: str  # as messages say it: "arXiv", "Semantic Scholar"
    url: str
    timeout: float = 30.0  # total seconds for one request, headers and body included
    retries: int = 4
    delay: float = 1.0  # seconds between requests to this service
    backoff: float = 2.0  # the first retry waits this long, then doubles
    max_wait: float = 60.0  # longest Retry-After (or backoff) honoured
    max_bytes: int = 20 * 1024 * 1024  # decompressed body size cap
    redirect_hosts: frozenset[str] = field(default_factory=frozenset)
    api_key: str | None = None

    _ENV = {"URL": "url", "TIMEOUT": "timeout", "RETRIES": "retries", "DELAY": "delay",
            "BACKOFF": "backoff", "MAX_WAIT": "max_wait", "MAX_BYTES": "max_bytes", "API_KEY": "api_key"}

    @classmethod
    def from_env(cls, prefix: str, name: str, url: str, environ: dict[str, str] | None = None,
                 **defaults: Any) -> Settings:
        """Settings for the service *name*, overridden by ``PAPERCTL_{prefix}_URL``, ``_TIMEOUT``..."""
        env = os.environ if environ is None else environ
        settings = cls(name=name, url=url, **defaults)
        kinds = {f.name: f.type for f in fields(cls)}
        for suffix, attr in cls._ENV.items():
            variable = f"PAPERCTL_{prefix}_{suffix}"
            value = env.get(variable)
            if not value:
                continue
            kind = kinds[attr]
            if kind in ("str", "str | None"):
                setattr(settings, attr, value)
                continue
            try:
                number = (int if kind == "int" else float)(value)
            except ValueError:
                raise PaperctlError(f"{variable} must be a number, not {value!r}") from None
            if number < 0:
                raise PaperctlError(f"{variable} must not be negative, not {value!r}")
            setattr(settings, attr, number)
        return settings


@dataclass
class Response:
    """A complete, decoded answer."""

    status: int
    reason: str
    headers: dict[str, str]  # names lower-cased
    body: bytes
    url: str

    # The names the ``arxiv`` package reads from a requests.Response.
    @property
    def status_code(self) -> int:
        return self.status

    @property
    def content(self) -> bytes:
        return self.body

    def text(self) -> str:
        return self.body.decode(_charset(self.headers.get("content-type", "")), "replace")

    def json(self) -> Any:
        import json

        try:
            return json.loads(self.body)
        except (ValueError, RecursionError):
            raise _Unreadable("not JSON") from None


class _Unreadable(ValueError):
    pass


def _charset(content_type: str) -> str:
    match = re.search(r"charset=([\w.-]+)", content_type, re.I)
    if match:
        try:
            import codecs

            return codecs.lookup(match.group(1)).name
        except LookupError:
            pass
    return "utf-8"


class _Retry(Exception):
    """One failed attempt that may succeed if tried again."""

    def __init__(self, problem: str, wait: float | None = None):
        super().__init__(problem)
        self.problem = problem
        self.wait = wait


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _seconds(value: float) -> str:
    return f"{value:.0f} s" if value >= 1 else f"{value:.1f} s"


class Client:
    """Requests to one service (see the module docstring for the rules)."""

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        notify: Callable[[str], None] | None = None,
    ):
        self.settings = settings
        self.clock = clock
        self.sleep = sleep
        self.notify = notify
        self.last_request: float | None = None
        self.count = 0  # requests sent, retries included

    # -- pacing -------------------------------------------------------------

    def _remaining(self) -> float:
        if self.last_request is None:
            return 0.0
        return self.settings.delay - (self.clock() - self.last_request)

    def _space(self) -> None:
        wait = self._remaining()
        if wait > 0:
            self.sleep(wait)

    # -- the public call ----------------------------------------------------

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        return self.request("GET", url, headers)

    def request(self, method: str, url: str, headers: dict[str, str] | None = None,
                body: bytes | None = None) -> Response:
        """Send one request (retried as the rules say); any non-retryable status is returned."""
        s = self.settings
        problem = ""
        for attempt in range(s.retries + 1):
            self._space()
            self.count += 1
            try:
                return self._follow(method, url, headers or {}, body)
            except _Retry as failure:
                problem, wait = failure.problem, failure.wait
            finally:
                self.last_request = self.clock()
            if attempt == s.retries:
                break
            if wait is not None and wait > s.max_wait:
                raise ServiceRefused(
                    f"{s.name} asks paperctl to wait {_seconds(wait)} before asking again ({problem});"
                    f" that is more than the {_seconds(s.max_wait)} paperctl waits: try again later"
                )
            pause = max(min(s.max_wait, wait if wait is not None else s.backoff * 2**attempt), self._remaining())
            if self.notify:
                self.notify(f"{s.name} did not answer ({problem}); retrying in {_seconds(pause)}"
                            f" ({attempt + 2}/{s.retries + 1})")
            self.sleep(pause)
        raise ServiceUnavailable(
            f"{s.name} is unavailable at {url.split('?', 1)[0]}: {problem} after {s.retries + 1} tries;"
            " try again later"
        )

    def _follow(self, method: str, url: str, headers: dict[str, str], body: bytes | None) -> Response:
        """One attempt, following allowed redirects; every hop shares one deadline."""
        deadline = time.monotonic() + self.settings.timeout
        seen = [url]
        for _ in range(MAX_REDIRECTS + 1):
            response = self._once(method, url, headers, body, deadline)
            location = response.headers.get("location")
            if response.status not in (301, 302, 303, 307, 308) or not location:
                return response
            target = urljoin(url, location.strip())
            self._check_redirect(url, target)
            if target in seen:
                raise ServiceRefused(f"{self.settings.name} sent a redirect loop ({' -> '.join(seen + [target])})")
            seen.append(target)
            if response.status == 303:
                method, body = "GET", None
            url = target
        raise ServiceRefused(f"{self.settings.name} redirected more than {MAX_REDIRECTS} times (from {seen[0]})")

    def _check_redirect(self, origin: str, target: str) -> None:
        a, b = urlsplit(origin), urlsplit(target)
        same = (a.scheme, a.hostname, a.port) == (b.scheme, b.hostname, b.port)
        allowed = b.scheme == "https" and (b.hostname or "") in self.settings.redirect_hosts
        if not same and not allowed:
            raise ServiceRefused(
                f"{self.settings.name} redirected to {b.scheme}://{b.netloc}, another host or scheme;"
                " paperctl does not follow it"
            )

    def _once(self, method: str, url: str, headers: dict[str, str], body: bytes | None,
              deadline: float) -> Response:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ServiceRefused(f"{self.settings.name}: not an http(s) URL: {url!r}")
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _Retry(f"no complete answer within {_seconds(self.settings.timeout)}")
        conn_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        kwargs: dict[str, Any] = {"timeout": remaining}
        if parts.scheme == "https":
            kwargs["context"] = ssl.create_default_context()
        conn = conn_class(parts.hostname, parts.port, **kwargs)
        expired = threading.Event()

        def cut() -> None:  # the watchdog: unblocks any read, however slowly the server drips
            expired.set()
            sock = conn.sock
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        timer = threading.Timer(remaining, cut)
        timer.daemon = True
        timer.start()
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        send = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate", **headers}
        try:
            conn.request(method, path, body=body, headers=send)
            raw = conn.getresponse()
            status, reason = raw.status, raw.reason
            head = {k.lower(): v for k, v in raw.getheaders()}
            data = self._read_body(raw, head, deadline)
        except ServiceRefused:
            raise
        except _Retry:
            if expired.is_set():  # the watchdog cut the socket: the read ended early
                raise _Retry(f"no complete answer within {_seconds(self.settings.timeout)}") from None
            raise
        except TimeoutError:
            raise _Retry(f"no complete answer within {_seconds(self.settings.timeout)}") from None
        except (http.client.HTTPException, OSError) as exc:
            if expired.is_set():
                raise _Retry(f"no complete answer within {_seconds(self.settings.timeout)}") from None
            raise _Retry(_connection_problem(exc)) from None
        finally:
            timer.cancel()
            conn.close()
        if expired.is_set():
            raise _Retry(f"no complete answer within {_seconds(self.settings.timeout)}")
        if status in _RETRY_STATUSES:
            raise _Retry(f"HTTP {status}", retry_after(head.get("retry-after")))
        return Response(status, reason, head, data, url)

    def _read_body(self, raw: http.client.HTTPResponse, head: dict[str, str], deadline: float) -> bytes:
        """The body, decompressed, never more than ``max_bytes``."""
        cap = self.settings.max_bytes
        encoding = head.get("content-encoding", "identity").strip().lower()
        if encoding in ("gzip", "x-gzip"):
            decoder: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            decoder = zlib.decompressobj()
        elif encoding in ("identity", ""):
            decoder = None
        else:
            raise ServiceRefused(f"{self.settings.name} answered in an unknown encoding ({encoding})")
        out = bytearray()
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError
            chunk = raw.read1(_CHUNK)
            if not chunk:
                break
            if decoder is None:
                out += chunk
            else:
                pending = chunk
                while pending:
                    try:
                        out += decoder.decompress(pending, cap + 1 - len(out))
                    except zlib.error:
                        raise _Retry("a damaged compressed answer") from None
                    pending = decoder.unconsumed_tail
                    if len(out) > cap:
                        break
            if len(out) > cap:
                raise ServiceRefused(
                    f"{self.settings.name}'s answer is larger than {cap // (1024 * 1024) or cap} "
                    f"{'MB' if cap >= 1024 * 1024 else 'bytes'}; paperctl did not read it"
                )
        if decoder is not None:
            out += decoder.flush()
            if len(out) > cap:
                raise ServiceRefused(f"{self.settings.name}'s answer is larger than {cap} bytes")
        length = head.get("content-length")
        if length and length.isdigit() and decoder is None and len(out) < int(length):
            raise _Retry("the connection dropped mid-answer")
        return bytes(out)


def _connection_problem(exc: BaseException) -> str:
    if isinstance(exc, http.client.IncompleteRead):
        return "the connection dropped mid-answer"
    if isinstance(exc, http.client.RemoteDisconnected | ConnectionResetError | BrokenPipeError):
        return "the connection was reset"
    if isinstance(exc, ConnectionRefusedError):
        return "cannot connect (connection refused)"
    if isinstance(exc, socket.gaierror):
        return f"cannot connect ({exc.strerror or 'unknown host'})"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error ({exc.reason or exc})"
    if isinstance(exc, http.client.HTTPException):
        return f"an unreadable answer ({type(exc).__name__})"
    return f"cannot connect ({exc.strerror or exc})" if isinstance(exc, OSError) else str(exc)
