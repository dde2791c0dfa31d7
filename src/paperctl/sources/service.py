"""What every metadata service module shares: its settings, its client, and
what a 404, a refusal or an unreadable answer means.

A service module subclasses ``Service`` with its name, its ``PAPERCTL_<PREFIX>_*``
settings prefix, its real base URL and its politeness (``delay``), and turns
answers into ``Candidate`` objects. ``None`` means "the service does not know
this paper"; an exception means "the service could not be asked", which the
resolver reports as *failed*, never as *not found*.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, ClassVar

from ..errors import FetchUnavailable
from . import transport
from .candidate import ServiceAnswerUnreadable


class ServiceRejected(FetchUnavailable):
    """The service refused the request (a 4xx other than 404 and 429)."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class Service:
    name: ClassVar[str]
    prefix: ClassVar[str]
    default_url: ClassVar[str]
    defaults: ClassVar[dict[str, Any]] = {}

    def __init__(
        self,
        settings: transport.Settings | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        notify: Callable[[str], None] | None = None,
    ):
        self.settings = settings or self.settings_from_env()
        self.client = transport.Client(self.settings, clock=clock, sleep=sleep, notify=notify)

    @classmethod
    def settings_from_env(cls, environ: dict[str, str] | None = None) -> transport.Settings:
        return transport.Settings.from_env(cls.prefix, cls.name, cls.default_url, environ, **cls.defaults)

    @property
    def base(self) -> str:
        return self.settings.url.rstrip("/")

    @property
    def requests_made(self) -> int:
        return self.client.count

    def fetch(self, url: str, headers: dict[str, str] | None = None,
              body: bytes | None = None) -> transport.Response | None:
        """A 200 answer, or None for 404 (and 410); other statuses raise ServiceRejected.
        With a *body*, the request is a POST."""
        response = self.client.request("POST" if body is not None else "GET", url, headers, body)
        if response.status == 200:
            return response
        if response.status in (404, 410):
            return None
        detail = " ".join(response.text()[:200].split())
        raise ServiceRejected(f"{self.name} refused the request (HTTP {response.status}): {detail}", response.status)

    def fetch_json(self, url: str, headers: dict[str, str] | None = None, body: Any = None) -> Any | None:
        """The JSON answer (None for 404); a *body* is sent as JSON in a POST."""
        sent = None
        if body is not None:
            import json

            sent = json.dumps(body).encode()
            headers = {"Content-Type": "application/json", **(headers or {})}
        response = self.fetch(url, {"Accept": "application/json", **(headers or {})}, sent)
        if response is None:
            return None
        try:
            return response.json()
        except ValueError:
            kind = response.headers.get("content-type", "unknown type")
            raise ServiceAnswerUnreadable(f"{self.name}'s answer could not be read (not JSON: {kind})") from None

    def unreadable(self, what: str) -> ServiceAnswerUnreadable:
        return ServiceAnswerUnreadable(f"{self.name}'s answer could not be read ({what})")


def text(value: Any) -> str | None:
    """A JSON value that should be a string, as one clean line (None for anything else)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    cleaned = " ".join(str(value).split())
    return cleaned or None


def year(value: Any) -> int | None:
    try:
        number = int(str(value)[:4])
    except (TypeError, ValueError):
        return None
    return number if 1000 <= number <= 2999 else None
