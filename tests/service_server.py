"""Real HTTP servers on 127.0.0.1 that play the metadata services in tests.

``ServiceServer`` answers every request through a function of the request
(``routes``), after any scripted answers queued in ``script``; it logs every
request with the time it arrived (``requests``), which is how tests measure
request counts and pacing. ``Answer`` can also misbehave the ways issue 13
item 9 describes: drip a byte at a time, drop the connection mid-answer,
redirect, or send a compressed bomb.
"""

from __future__ import annotations

import gzip
import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

HERE = Path(__file__).parent
SHARED_SERVICES = HERE.parents[1] / "shared" / "fixtures" / "services"
FIXTURES = HERE / "fixtures" / "services"


@dataclass
class Answer:
    """A response: status, body, headers; and ways to misbehave."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    drip: float = 0.0  # seconds between body bytes
    drop_after: int | None = None  # send this many body bytes, then cut the connection
    reset: bool = False  # cut the connection before any answer

    @classmethod
    def json(cls, value, status: int = 200, **headers: str) -> Answer:
        return cls(status, json.dumps(value).encode(), {"Content-Type": "application/json", **headers})

    @classmethod
    def file(cls, path: Path, status: int = 200, content_type: str = "application/json") -> Answer:
        return cls(status, path.read_bytes(), {"Content-Type": content_type})

    @classmethod
    def gzipped(cls, body: bytes, **headers: str) -> Answer:
        return cls(200, gzip.compress(body), {"Content-Encoding": "gzip", **headers})


@dataclass
class Request:
    method: str
    path: str  # decoded path, without the query
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    time: float  # time.monotonic() when it arrived


def fixture(service: str, name: str) -> Path:
    """A recorded response: the copy in tests/fixtures/services, else ../shared's."""
    local = FIXTURES / service / name
    return local if local.exists() else SHARED_SERVICES / service / name


def write_answer(handler: BaseHTTPRequestHandler, answer: Answer) -> None:
    if answer.delay:
        time.sleep(answer.delay)
    try:
        if answer.reset:
            # SO_LINGER 0: closing sends a TCP reset instead of an orderly end.
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            handler.close_connection = True
            handler.rfile.close()
            handler.connection.close()
            return
        handler.send_response(answer.status)
        headers = {"Content-Type": "application/json", **answer.headers}
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(answer.body)))
        handler.end_headers()
        body = answer.body if answer.drop_after is None else answer.body[: answer.drop_after]
        if answer.drip:
            for i in range(len(body)):
                handler.wfile.write(body[i : i + 1])
                handler.wfile.flush()
                time.sleep(answer.drip)
        else:
            handler.wfile.write(body)
        if answer.drop_after is not None:
            handler.wfile.flush()
            handler.close_connection = True
            handler.connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # the client gave up (deadline tests)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a connection cut on purpose (reset, drop) is not a test failure


class ServiceServer:
    def __init__(self, routes: Callable[[Request], Answer] | None = None, prefix: str = ""):
        self.routes = routes or (lambda request: Answer(404, b'{"error":"not found"}'))
        self.prefix = prefix
        self.script: list[Answer] = []
        self.requests: list[Request] = []
        self.lock = threading.Lock()
        self.server = _QuietServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{self.prefix}"

    def start(self) -> ServiceServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def answer(self, request: Request) -> Answer:
        with self.lock:
            self.requests.append(request)
            if self.script:
                return self.script.pop(0)
        return self.routes(request)

    def gaps(self) -> list[float]:
        """Seconds between consecutive requests, as the server saw them."""
        times = [r.time for r in self.requests]
        return [b - a for a, b in zip(times, times[1:], strict=False)]

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
                path = unquote(parts.path)
                if server.prefix and path.startswith(server.prefix):
                    path = path[len(server.prefix):] or "/"
                request = Request(self.command, path, query, {k.lower(): v for k, v in self.headers.items()},
                                  body, time.monotonic())
                write_answer(self, server.answer(request))

            do_GET = do_POST = _serve  # noqa: N815 (http.server's naming)

            def log_message(self, *args) -> None:
                pass

        return Handler
