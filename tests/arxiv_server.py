"""A real HTTP server on 127.0.0.1 that answers like the arXiv API.

It serves the recorded real responses (``tests/fixtures/arxiv/recorded/``, copied
from ``../shared/fixtures/arxiv/``)
byte-for-byte for the requests they were recorded for, and otherwise builds
feeds from known ``<entry>`` elements (recorded ones, and the hand-written
ones in ``tests/fixtures/arxiv/``). Tests can queue scripted answers
(``server.script``) to play a misbehaving arXiv, and read ``server.requests``
to see exactly what paperctl asked.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HERE = Path(__file__).parent
RECORDED = HERE / "fixtures" / "arxiv" / "recorded"  # copied from ../shared/fixtures/arxiv (see its README)
HANDWRITTEN = HERE / "fixtures" / "arxiv"

# Recorded files and the id_list / search_query they answer, with their HTTP status.
RECORDED_ANSWERS = {
    ("id_list", "1605.08386"): ("single_id_1605.08386.xml", 200),
    ("id_list", "0808.05394,1707.08567"): ("multi_id_0808.05394_1707.08567.xml", 200),
    ("id_list", "abc"): ("error_400_malformed_id_abc.xml", 400),
    ("id_list", "0000.0000"): ("empty_nonexistent_id_0000.0000.xml", 200),
    ("id_list", "astro-ph/0601001"): ("old_style_id_astro-ph_0601001.xml", 200),
    ("search_query", "testing"): ("search_testing_start0_max10.xml", 200),
}
FEED_HEAD = (
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
    'xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n'
    "  <id>https://arxiv.org/api/local-test-server</id>\n"
    "  <title>arXiv Query: {query}</title>\n"
    "  <updated>2026-04-12T22:10:19Z</updated>\n"
    "  <opensearch:itemsPerPage>{per_page}</opensearch:itemsPerPage>\n"
    "  <opensearch:totalResults>{total}</opensearch:totalResults>\n"
    "  <opensearch:startIndex>{start}</opensearch:startIndex>\n"
)


@dataclass
class Answer:
    """A scripted response: status, body, headers, and seconds to wait before answering."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


def _entry_id(entry: str) -> str:
    match = re.search(r"<id>https?://arxiv\.org/abs/(.+?)(?:v\d+)?</id>", entry)
    assert match, entry[:200]
    return match.group(1)


def load_entries() -> dict[str, str]:
    """Every known ``<entry>`` by base arXiv ID."""
    entries: dict[str, str] = {}
    sources = sorted(RECORDED.glob("*.xml")) if RECORDED.is_dir() else []
    sources += sorted(HANDWRITTEN.glob("*.xml"))
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for entry in re.findall(r"  <entry>.*?</entry>\n", text, re.S):
            if "api/errors#" not in entry:
                entries[_entry_id(entry)] = entry
    return entries


def entry_title(entry: str) -> str:
    match = re.search(r"<title>(.*?)</title>", entry, re.S)
    return match.group(1) if match else ""


class FakeArxiv:
    def __init__(self) -> None:
        self.entries = load_entries()
        self.script: list[Answer] = []
        self.requests: list[dict[str, str]] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/api/query"

    def start(self) -> FakeArxiv:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def feed(self, entries: list[str], query: str, start: int = 0) -> bytes:
        head = FEED_HEAD.format(query=query.replace("&", "&amp;"), per_page=len(entries),
                                total=len(entries), start=start)
        return (head + "".join(entries) + "</feed>\n").encode("utf-8")

    def answer(self, params: dict[str, str]) -> Answer:
        with self.lock:
            self.requests.append(params)
            if self.script:
                return self.script.pop(0)
        for key in ("id_list", "search_query"):
            recorded = RECORDED_ANSWERS.get((key, params.get(key, "")))
            if recorded and RECORDED.is_dir():
                name, status = recorded
                return Answer(status, (RECORDED / name).read_bytes(), {"Content-Type": "application/atom+xml"})
        if params.get("id_list"):
            ids = params["id_list"].split(",")
            found = [self.entries[i] for i in ids if i in self.entries]
            return Answer(200, self.feed(found, f"id_list={params['id_list']}"))
        words = [w.lower() for w in re.findall(r"ti:(\w+)", params.get("search_query", ""))]
        found = [e for e in self.entries.values()
                 if words and all(w in re.findall(r"\w+", entry_title(e).lower()) for w in words)]
        limit = int(params.get("max_results", "10"))
        start = int(params.get("start", "0"))
        return Answer(200, self.feed(found[start:start + limit], params.get("search_query", ""), start))

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                query = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
                params = {k: v[0] for k, v in query.items()}
                answer = fake.answer(params)
                if answer.delay:
                    time.sleep(answer.delay)
                try:
                    self.send_response(answer.status)
                    headers = {"Content-Type": "application/atom+xml; charset=utf-8", **answer.headers}
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(answer.body)))
                    self.end_headers()
                    self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

            def log_message(self, *args) -> None:
                pass

        return Handler
