"""Fetching from arXiv, through a real local HTTP server that answers like the arXiv API."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from paperctl import Library
from paperctl.cli import app
from paperctl.identifiers import parse_arxiv_id
from paperctl.sources.arxiv import ArxivError, ArxivRejected, ArxivSettings, ArxivSource


@pytest.fixture
def run(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "lib.db")

    def invoke(*args, input=None):
        return runner.invoke(app, ["--db", db, *args], input=input)

    invoke.db = db
    return invoke


def papers(run):
    result = run("list", "--json")
    return json.loads(result.stdout) if result.exit_code == 0 else []


class FakeClock:
    """time.monotonic and time.sleep stand-ins: sleeping moves the clock, instantly."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def source(server, clock, **settings):
    cfg = ArxivSettings(url=server.url, **{"delay": 3.0, "backoff": 2.0, "retries": 3, **settings})
    return ArxivSource(cfg, clock=clock.time, sleep=clock.sleep)


# -- the command line ----------------------------------------------------------


def test_add_fetches_title_authors_abstract_dates_and_categories(run, arxiv_server):
    result = run("add", "2211.17192", "--tag", "LLM/Efficiency")
    assert result.exit_code == 0, result.output
    assert result.stdout == "leviathan2022fast\n"
    (paper,) = papers(run)
    assert paper["title"] == "Fast Inference from Transformers via Speculative Decoding"
    assert paper["authors"] == ["Yaniv Leviathan", "Matan Kalman", "Yossi Matias"]
    assert (paper["arxiv_id"], paper["version"], paper["year"]) == ("2211.17192", 2, 2022)
    assert paper["published"] == "2022-11-30" and paper["updated"] == "2023-05-18"
    assert paper["abstract"].startswith("Inference from large autoregressive models")
    assert (paper["primary_category"], paper["categories"]) == ("cs.LG", ["cs.LG", "cs.CL"])
    assert paper["comment"] == "ICML 2023 Oral"
    assert paper["links"] == {"pdf": "https://arxiv.org/pdf/2211.17192v2"}
    assert paper["tags"] == ["LLM/Efficiency"]
    assert arxiv_server.requests[0]["id_list"] == "2211.17192"


@pytest.mark.parametrize(
    "form",
    ["2211.17192v2", "arXiv:2211.17192", "https://arxiv.org/abs/2211.17192", "http://arxiv.org/pdf/2211.17192v1",
     "https://arxiv.org/pdf/2211.17192.pdf", "https://www.alphaxiv.org/abs/2211.17192"],
)
def test_every_id_form_asks_arxiv_for_the_base_id(run, arxiv_server, form):
    assert run("add", form).exit_code == 0
    assert [r["id_list"] for r in arxiv_server.requests] == ["2211.17192"]
    assert [p["citekey"] for p in papers(run)] == ["leviathan2022fast"]


def test_recorded_real_responses_old_style_id_with_affiliations(run, arxiv_server):
    assert run("add", "astro-ph/0601001").exit_code == 0
    with Library(run.db) as lib:
        paper = lib.get("astro-ph/0601001")
    assert paper.title.startswith("Frequency of Hot Jupiters and Very Hot Jupiters")
    assert paper.journal_ref and paper.authors[0].affiliation
    assert paper.abstract.startswith("We derive the frequencies")  # leading spaces trimmed, &amp; decoded


def test_adding_again_merges_and_does_not_duplicate(run, arxiv_server):
    run("add", "1605.08386", "--summary", "mine")
    result = run("add", "arXiv:1605.08386v1")
    assert result.exit_code == 0
    assert len(papers(run)) == 1
    assert papers(run)[0]["summary"] == "mine"


def test_ids_arxiv_does_not_know_are_reported_by_name(run, arxiv_server):
    result = run("add", "2401.00001")
    assert result.exit_code == 1
    assert "Not found on arXiv: 2401.00001" in result.stderr
    assert papers(run) == []


def test_the_recorded_empty_feed_means_not_found(arxiv_server):
    # 0000.0000 passes arXiv's own syntax check (month 00 is rejected only by
    # paperctl), so the recorded answer is arXiv's real "no such paper".
    (batch,) = source(arxiv_server, FakeClock()).fetch([type(parse_arxiv_id("2211.17192"))("0000.0000")])
    assert (batch.found, batch.missing) == ({}, ["0000.0000"])


def test_month_00_is_rejected_locally(run, arxiv_server):
    result = run("add", "0000.0000")
    assert result.exit_code == 2 and result.stderr.startswith("Error: malformed arXiv ID '0000.0000'")
    assert arxiv_server.requests == []


def test_a_bad_id_in_a_batch_does_not_stop_the_others(run, arxiv_server):
    # 0808.05394 has five digits where 2008 IDs have four: paperctl never sends it.
    result = run("add", "0808.05394", "1707.08567")
    assert result.exit_code == 1
    assert "malformed arXiv ID '0808.05394'" in result.stderr
    (paper,) = papers(run)
    assert paper["arxiv_id"] == "1707.08567" and len(paper["authors"]) == 34
    assert "Dirk Wübben" in paper["authors"]


def test_the_recorded_multi_id_answer_drops_the_unknown_id(arxiv_server):
    ArxivId = type(parse_arxiv_id("2211.17192"))
    (batch,) = source(arxiv_server, FakeClock()).fetch([ArxivId("0808.05394"), ArxivId("1707.08567")])
    assert list(batch.found) == ["1707.08567"] and batch.missing == ["0808.05394"]


def test_malformed_ids_are_reported_and_never_sent(run, arxiv_server):
    result = run("add", "2211.1719", "1313.12345", "2211.17192")
    assert result.exit_code == 1
    assert "malformed arXiv ID '2211.1719'" in result.stderr
    assert "malformed arXiv ID '1313.12345'" in result.stderr
    assert [r["id_list"] for r in arxiv_server.requests] == ["2211.17192"]
    assert [p["arxiv_id"] for p in papers(run)] == ["2211.17192"]
    assert "Traceback" not in result.output


def test_ids_from_a_file_and_from_stdin(run, arxiv_server, tmp_path):
    listing = tmp_path / "ids.txt"
    listing.write_text("# my reading list\n2211.17192  # speculative decoding\n\n")
    assert run("add", "--from-file", str(listing)).exit_code == 0
    assert run("add", "-", input="arXiv:2211.17192v2\n").exit_code == 0
    assert len(papers(run)) == 1


def test_250_ids_cost_three_requests(run, arxiv_server, tmp_path):
    ids = ["2211.17192"] + [f"2401.{n:05d}" for n in range(1, 250)]
    (tmp_path / "ids.txt").write_text("\n".join(ids))
    result = run("add", "--from-file", str(tmp_path / "ids.txt"))
    assert [len(r["id_list"].split(",")) for r in arxiv_server.requests] == [100, 100, 50]
    assert result.exit_code == 1  # 249 IDs are unknown to this arXiv
    assert result.stderr.count("Not found on arXiv") == 249
    assert [p["arxiv_id"] for p in papers(run)] == ["2211.17192"]


def test_arxiv_down_is_a_clear_error_and_writes_nothing(run, arxiv_server):
    from arxiv_server import Answer

    run("add", "2211.17192", "--no-fetch", "--title", "Fast Inference from Transformers via Speculative Decoding")
    before = papers(run)
    arxiv_server.script = [Answer(503, b"Service Unavailable", {"Content-Type": "text/plain"})] * 3
    result = run("add", "2211.17192", "--tag", "New section", "--summary", "changed")
    assert result.exit_code != 0
    assert "arXiv is unavailable" in result.stderr and "--no-fetch" in result.stderr
    assert "Traceback" not in result.output
    assert papers(run) == before


def test_connection_refused(run, monkeypatch):
    monkeypatch.setenv("PAPERCTL_ARXIV_URL", "http://127.0.0.1:9/api/query")
    monkeypatch.setenv("PAPERCTL_ARXIV_RETRIES", "0")
    result = run("add", "2211.17192")
    assert result.exit_code != 0
    assert result.stderr.startswith("Error: arXiv is unavailable at http://127.0.0.1:9/api/query: cannot connect")


def test_html_with_status_200_is_an_error_not_no_results(run, arxiv_server):
    from arxiv_server import Answer

    arxiv_server.script = [Answer(200, b"<html><body>Rate limited</body></html>", {"Content-Type": "text/html"})]
    result = run("add", "2211.17192")
    assert result.exit_code != 0
    assert "not an Atom feed (text/html)" in result.stderr
    assert "Not found" not in result.stderr
    assert papers(run) == []


def test_truncated_feed_is_an_error(run, arxiv_server):
    from arxiv_server import Answer

    whole = arxiv_server.feed([arxiv_server.entries["2211.17192"]], "id_list=2211.17192")
    arxiv_server.script = [Answer(200, whole[: len(whole) // 2])]
    result = run("add", "2211.17192")
    assert result.exit_code != 0 and "cut off" in result.stderr
    assert papers(run) == []


def test_title_search_adds_an_exact_match(run, arxiv_server):
    result = run("add", "--title", "fast inference from transformers via speculative decoding!")
    assert result.exit_code == 0, result.output
    assert [p["arxiv_id"] for p in papers(run)] == ["2211.17192"]
    assert arxiv_server.requests[0]["search_query"] == (
        "ti:fast AND ti:inference AND ti:transformers AND ti:speculative AND ti:decoding")


def test_title_search_without_exact_match_adds_nothing_unless_picked(run, arxiv_server):
    result = run("add", "--title", "Speculative Decoding")
    assert result.exit_code == 1
    assert "1. Fast Inference from Transformers via Speculative Decoding (2211.17192" in result.stderr
    assert papers(run) == []
    assert run("add", "--title", "Speculative Decoding", "--pick", "1").exit_code == 0
    assert [p["arxiv_id"] for p in papers(run)] == ["2211.17192"]


def test_find_lists_candidates_as_json(run, arxiv_server):
    result = run("find", "speculative decoding", "--json")
    assert result.exit_code == 0
    assert [c["arxiv_id"] for c in json.loads(result.stdout)] == ["2211.17192"]


def test_refresh_reports_a_new_version_doi_and_journal_ref_and_keeps_annotations(run, arxiv_server):
    title = "Active Fuzzing for Testing and Securing Cyber-Physical Systems"
    run("add", "2005.14124v1", "--no-fetch", "--title", title,
        "--summary", "fuzzing CPS", "--venue", "my venue", "--tag", "Testing", "--status", "read")
    run("note", "2005.14124", "keep me")
    result = run("refresh", "2005.14124")
    assert result.exit_code == 0, result.output
    assert "version v1 -> v2" in result.stderr
    assert "DOI 10.1145/3395363.3397376 (new)" in result.stderr
    assert "journal-ref In Proc. ACM SIGSOFT" in result.stderr
    (paper,) = papers(run)
    assert (paper["version"], paper["doi"]) == (2, "10.1145/3395363.3397376")
    assert (paper["summary"], paper["venue"], paper["tags"], paper["status"], paper["notes"]) == (
        "fuzzing CPS", "my venue", ["Testing"], "read", ["keep me"])
    again = run("refresh", "--all")
    assert "0 changed, 1 unchanged" in again.stderr


def test_resolve_links_confident_title_matches_only(run, arxiv_server):
    run("add", "--no-fetch", "--title", "Fast Inference from Transformers via Speculative Decoding", "--summary", "s")
    run("add", "--no-fetch", "--title", "A paper arXiv has never heard of")
    dry = run("resolve", "--dry-run")
    assert "Would link" in dry.stderr and "1 linked, 1 left unresolved" in dry.stderr
    assert all(p["arxiv_id"] is None for p in papers(run))
    result = run("resolve")
    assert result.exit_code == 0
    linked = {p["title"]: p for p in papers(run)}["Fast Inference from Transformers via Speculative Decoding"]
    assert (linked["arxiv_id"], linked["summary"], linked["year"]) == ("2211.17192", "s", 2022)
    assert linked["authors"] == ["Yaniv Leviathan", "Matan Kalman", "Yossi Matias"]
    assert linked["citekey"] == "leviathan2022fast"  # the provisional key became real


# -- the Python API: spacing, retries, timeouts ---------------------------------


def test_requests_are_spaced_three_seconds_apart(arxiv_server):
    clock = FakeClock()
    src = source(arxiv_server, clock)
    ids = [parse_arxiv_id(f"2401.{n:05d}") for n in range(1, 251)]
    batches = list(src.fetch(ids))
    assert len(batches) == 3 and src.requests_made == 3
    assert clock.sleeps == [3.0, 3.0]


def test_503_then_success_backs_off_and_succeeds(arxiv_server):
    from arxiv_server import Answer

    clock = FakeClock()
    arxiv_server.script = [Answer(503, b"busy"), Answer(429, b"slow down", {"Retry-After": "7"})]
    (batch,) = source(arxiv_server, clock).fetch([parse_arxiv_id("2211.17192")])
    assert list(batch.found) == ["2211.17192"]
    assert len(arxiv_server.requests) == 3
    assert clock.sleeps == [3.0, 7.0]  # backoff 2 s, but requests stay 3 s apart; then Retry-After


def test_gives_up_after_the_retries(arxiv_server):
    from arxiv_server import Answer

    clock = FakeClock()
    arxiv_server.script = [Answer(503)] * 4
    with pytest.raises(ArxivError, match="HTTP 503 after 4 tries"):
        list(source(arxiv_server, clock).fetch([parse_arxiv_id("2211.17192")]))
    assert clock.sleeps == [3.0, 4.0, 8.0]  # doubling backoff, never under the 3 s spacing


def test_a_server_that_never_answers_times_out(arxiv_server):
    from arxiv_server import Answer

    arxiv_server.script = [Answer(200, b"", delay=2.0)]
    with pytest.raises(ArxivError, match="no complete answer within 0.3 s"):
        list(source(arxiv_server, FakeClock(), timeout=0.3, retries=0).fetch([parse_arxiv_id("2211.17192")]))


def test_a_400_is_reported_with_arxivs_own_words(arxiv_server):
    src = source(arxiv_server, FakeClock())
    with pytest.raises(ArxivRejected, match="HTTP 400.*incorrect id format for abc"):
        # Bypasses local validation on purpose, to see the recorded real 400.
        list(src.fetch([type(parse_arxiv_id("2211.17192"))("abc")]))
    assert len(arxiv_server.requests) == 1  # a 400 is not retried


def test_settings_from_environment():
    cfg = ArxivSettings.from_env({"PAPERCTL_ARXIV_URL": "http://127.0.0.1:8123/api/query",
                                  "PAPERCTL_ARXIV_TIMEOUT": "5"})
    assert (cfg.url, cfg.timeout, cfg.delay) == ("http://127.0.0.1:8123/api/query", 5.0, 3.0)
    assert ArxivSettings.from_env({}).url == "https://export.arxiv.org/api/query"


def _two_entry_feed(server, first: str, second: str) -> bytes:
    return server.feed([first, second], "id_list=2211.17192,1707.08567")


def test_an_entry_without_a_title_is_reported_and_the_good_one_added(run, arxiv_server):
    from arxiv_server import Answer

    broken = arxiv_server.entries["2211.17192"].replace(
        "<title>Fast Inference from Transformers via Speculative Decoding</title>", "<title>  </title>")
    arxiv_server.script = [Answer(200, _two_entry_feed(arxiv_server, broken, arxiv_server.entries["1707.08567"]))]
    result = run("add", "2211.17192", "1707.08567")
    assert result.exit_code == 1
    assert "Not added: 2211.17192: arXiv's entry for 2211.17192 has no title" in result.stderr
    assert [p["arxiv_id"] for p in papers(run)] == ["1707.08567"]


def test_an_unparseable_date_is_a_clear_error_and_writes_nothing(run, arxiv_server):
    from arxiv_server import Answer

    broken = arxiv_server.entries["2211.17192"].replace("2022-11-30T18:36:50Z", "the thirtieth of November")
    arxiv_server.script = [Answer(200, _two_entry_feed(arxiv_server, broken, arxiv_server.entries["1707.08567"]))]
    result = run("add", "2211.17192", "1707.08567")
    assert result.exit_code != 0 and "could not be read" in result.stderr and "Traceback" not in result.output
    assert papers(run) == []


def test_an_answer_for_a_different_id_is_not_stored_under_the_asked_one(run, arxiv_server):
    from arxiv_server import Answer

    other = arxiv_server.entries["2211.17192"].replace("2211.17192", "2301.00001")
    arxiv_server.script = [Answer(200, arxiv_server.feed([other], "id_list=2211.17192"))]
    result = run("add", "2211.17192")
    assert result.exit_code == 1 and "Not found on arXiv: 2211.17192" in result.stderr
    assert papers(run) == []
