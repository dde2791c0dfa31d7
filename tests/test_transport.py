"""The shared HTTP layer (issue 13 item 9): caps, deadlines, redirects, retries,
against a real server on 127.0.0.1 that misbehaves on purpose."""

from __future__ import annotations

import gzip
import time

import pytest
from typer.testing import CliRunner

from paperctl.cli import app
from paperctl.sources import transport
from paperctl.sources.transport import Client, ServiceRefused, ServiceUnavailable, Settings
from service_server import Answer, ServiceServer


class FakeClock:
    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


@pytest.fixture
def server():
    srv = ServiceServer(lambda request: Answer(200, b'{"ok": true}')).start()
    yield srv
    srv.stop()


def client(server, clock=None, messages=None, **settings) -> Client:
    clock = clock or FakeClock()
    cfg = Settings(**{"name": "Testing service", "url": server.url, "delay": 0.0, "backoff": 2.0, "retries": 2,
                      "timeout": 5.0, **settings})
    return Client(cfg, clock=clock.time, sleep=clock.sleep,
                  notify=messages.append if messages is not None else None)


def test_a_plain_answer(server):
    response = client(server).get(server.url + "/x?q=1")
    assert (response.status, response.json()) == (200, {"ok": True})
    assert server.requests[0].query == {"q": "1"}
    assert "paperctl" in server.requests[0].headers["user-agent"]


def test_a_gzip_bomb_is_refused_without_reading_it_all(server):
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=1)  # 64 MB of zeros in about 280 KB
    server.script = [Answer(200, bomb, {"Content-Encoding": "gzip"})]
    started = time.monotonic()
    with pytest.raises(ServiceRefused, match="larger than 1 MB"):
        client(server, max_bytes=1024 * 1024).get(server.url)
    assert time.monotonic() - started < 2


def test_a_gzipped_answer_is_decoded(server):
    server.script = [Answer.gzipped(b'{"ok": "zipped"}')]
    assert client(server).get(server.url).json() == {"ok": "zipped"}


def test_a_plain_answer_over_the_cap_is_refused(server):
    server.script = [Answer(200, b"x" * 5000)]
    with pytest.raises(ServiceRefused, match="larger than 4096 bytes"):
        client(server, max_bytes=4096).get(server.url)


def test_a_server_dripping_a_byte_at_a_time_is_cut_at_the_deadline(server):
    server.script = [Answer(200, b"x" * 100, drip=0.2)]
    started = time.monotonic()
    with pytest.raises(ServiceUnavailable, match="no complete answer within 0.8 s after 1 tries"):
        client(server, timeout=0.8, retries=0).get(server.url)
    assert time.monotonic() - started < 2


def test_redirect_to_the_same_host_is_followed(server):
    server.script = [Answer(302, b"", {"Location": "/moved?x=1"})]
    response = client(server).get(server.url + "/start")
    assert response.status == 200 and [r.path for r in server.requests] == ["/start", "/moved"]


def test_redirect_to_another_host_is_refused(server):
    server.script = [Answer(302, b"", {"Location": "http://localhost:9/elsewhere"})]
    with pytest.raises(ServiceRefused, match="redirected to http://localhost:9, another host or scheme"):
        client(server).get(server.url)


def test_redirect_to_a_named_https_host_is_allowed_but_not_plain_http(server):
    c = client(server, redirect_hosts=frozenset({"api.crossref.org"}))
    with pytest.raises(ServiceRefused, match="another host or scheme"):
        c._check_redirect(server.url, "http://api.crossref.org/v1/works/x")
    c._check_redirect(server.url, "https://api.crossref.org/v1/works/x")  # allowed: no error


def test_a_redirect_loop_is_one_clear_error(server):
    server.routes = lambda r: Answer(302, b"", {"Location": "/b" if r.path == "/a" else "/a"})
    with pytest.raises(ServiceRefused, match="redirect loop"):
        client(server).get(server.url + "/a")


def test_a_connection_dropped_mid_answer_is_retried(server):
    messages: list[str] = []
    server.script = [Answer(200, b'{"ok": "first"}', drop_after=5)]
    response = client(server, messages=messages).get(server.url)
    assert response.json() == {"ok": True} and len(server.requests) == 2
    assert messages == ["Testing service did not answer (the connection dropped mid-answer); retrying in 2 s (2/3)"]


def test_a_reset_every_time_is_a_one_line_error(server):
    server.routes = lambda r: Answer(reset=True)
    with pytest.raises(ServiceUnavailable, match=r"the connection was reset after 3 tries; try again later"):
        client(server).get(server.url)
    assert len(server.requests) == 3


def test_retry_after_is_honoured_and_announced(server):
    clock, messages = FakeClock(), []
    server.script = [Answer(429, b"{}", {"Retry-After": "7"})]
    client(server, clock, messages).get(server.url)
    assert clock.sleeps == [7.0]
    assert messages == ["Testing service did not answer (HTTP 429); retrying in 7 s (2/3)"]


def test_a_long_retry_after_is_refused_with_a_clear_error(server):
    clock = FakeClock()
    server.script = [Answer(503, b"", {"Retry-After": "3600"})]
    with pytest.raises(ServiceRefused, match="asks paperctl to wait 3600 s .* more than the 60 s"):
        client(server, clock).get(server.url)
    assert clock.sleeps == [] and len(server.requests) == 1


def test_retry_after_as_an_http_date():
    from datetime import UTC, datetime

    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert transport.retry_after("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30.0
    assert transport.retry_after("soon", now) is None


def test_a_refused_connection_is_retried_then_reported(monkeypatch):
    clock, messages = FakeClock(), []
    cfg = Settings(name="Testing service", url="http://127.0.0.1:9/", delay=0, backoff=1.0, retries=1, timeout=2)
    with pytest.raises(ServiceUnavailable, match="cannot connect .*refused.* after 2 tries"):
        Client(cfg, clock=clock.time, sleep=clock.sleep, notify=messages.append).get(cfg.url)
    assert messages == ["Testing service did not answer (cannot connect (connection refused)); retrying in 1 s (2/2)"]


def test_settings_from_environment_validate_numbers():
    env = {"PAPERCTL_X_URL": "http://127.0.0.1:1/", "PAPERCTL_X_DELAY": "2.5", "PAPERCTL_X_RETRIES": "1"}
    s = Settings.from_env("X", "X service", "https://x.org/", env)
    assert (s.url, s.delay, s.retries) == ("http://127.0.0.1:1/", 2.5, 1)
    with pytest.raises(Exception, match="PAPERCTL_X_TIMEOUT must be a number"):
        Settings.from_env("X", "X service", "https://x.org/", {"PAPERCTL_X_TIMEOUT": "soon"})


# -- arXiv through the layer, from the command line (issue 13 item 18, issue 17 item 8) ----


@pytest.fixture
def run(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "lib.db")
    return lambda *args: runner.invoke(app, ["--db", db, *args])


def test_arxiv_retries_are_printed_on_stderr(run, arxiv_server):
    from arxiv_server import Answer as ArxivAnswer

    arxiv_server.script = [ArxivAnswer(503, b"busy")]
    result = run("add", "2211.17192")
    assert result.exit_code == 0, result.output
    assert "arXiv did not answer (HTTP 503); retrying in 0.0 s (2/3)" in result.stderr


def test_an_unreadable_arxiv_answer_is_not_reported_as_not_found(run, arxiv_server):
    from arxiv_server import Answer as ArxivAnswer

    feed = arxiv_server.feed([arxiv_server.entries["2211.17192"]], "id_list=2211.17192")
    broken = feed.replace(b"<title>Fast", b"<title><Fast", 1)  # well-shaped feed, malformed XML inside
    arxiv_server.script = [ArxivAnswer(200, broken)]
    result = run("add", "2211.17192")
    assert result.exit_code != 0
    assert "arXiv's answer could not be read (malformed Atom" in result.stderr
    assert "Not found" not in result.stderr and "Traceback" not in result.output


def test_a_long_arxiv_retry_after_is_a_clear_error_not_a_silent_wait(run, arxiv_server):
    from arxiv_server import Answer as ArxivAnswer

    arxiv_server.script = [ArxivAnswer(429, b"slow down", {"Retry-After": "120"})]
    started = time.monotonic()
    result = run("add", "2211.17192")
    assert result.exit_code != 0 and time.monotonic() - started < 5
    assert result.stderr.startswith("Error: arXiv asks paperctl to wait 120 s before asking again (HTTP 429)")


def test_an_arxiv_redirect_loop_is_one_line(run, arxiv_server):
    from arxiv_server import Answer as ArxivAnswer

    loop = ArxivAnswer(302, b"", {"Location": "/api/query?id_list=2211.17192&max_results=1"})
    arxiv_server.script = [ArxivAnswer(302, b"", {"Location": "/api/query?again=1"}), loop, loop]
    result = run("add", "2211.17192")
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert result.stderr.startswith("Error: arXiv sent a redirect loop") and result.stderr.count("\n") == 1


def test_an_arxiv_gzip_bomb_is_refused(run, arxiv_server, monkeypatch):
    from arxiv_server import Answer as ArxivAnswer

    monkeypatch.setenv("PAPERCTL_ARXIV_MAX_BYTES", str(1024 * 1024))
    bomb = gzip.compress(b"<" * (32 * 1024 * 1024), compresslevel=1)
    arxiv_server.script = [ArxivAnswer(200, bomb, {"Content-Encoding": "gzip"})]
    result = run("add", "2211.17192")
    assert result.exit_code != 0
    assert result.stderr == "Error: arXiv's answer is larger than 1 MB; paperctl did not read it\n"
