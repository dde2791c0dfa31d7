"""``paperctl venues``: where arXiv papers were published, against local stand-ins
for Semantic Scholar, DBLP, OpenReview, Crossref and the ACL Anthology."""

from __future__ import annotations

import json
import time

from typer.testing import CliRunner

from paperctl import Author, Library, PaperData
from paperctl.cli import app
from paperctl.sources.semantic_scholar import FIELDS
from service_server import Answer, fixture
from venue_services import ROWS, library_of, preprint


def test_the_test_set_resolves_right_with_no_wrong_upgrade(run, services):
    """Issue 18's target: >= 95 % of the papers with a known venue resolved to the
    right venue and year, 0 wrong upgrades, every miss explained; at most one
    request per service per paper on a cold run, none on a warm run."""
    library_of(run, *(preprint(r.arxiv_id) for r in ROWS))
    result = run("venues", "--all", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    by_id = {p["arxiv_id"]: p for p in report["papers"]}
    published = [r for r in ROWS if r.expected]
    right = [r for r in published if by_id[r.arxiv_id]["outcome"] == "resolved"
             and by_id[r.arxiv_id]["venue"] == r.expected]
    wrong = [r for r in ROWS if by_id[r.arxiv_id]["outcome"] == "resolved" and by_id[r.arxiv_id]["venue"] != r.expected]
    missed = [by_id[r.arxiv_id] for r in published if r not in right]
    assert len(published) >= 40 and len(right) / len(published) >= 0.95
    assert wrong == []
    assert all(m["note"] for m in missed)
    # Published as "Wasserstein Generative Adversarial Networks": a suggestion, not applied.
    assert [m["arxiv_id"] for m in missed] == ["1701.07875"]
    assert by_id["1701.07875"]["outcome"] == "suggested" and "title similarity" in by_id["1701.07875"]["note"]
    for server in services.all.values():  # at most one request per service per paper
        paths = [(r.path, tuple(sorted(r.query.items()))) for r in server.requests]
        assert len(server.requests) <= len(ROWS) and len(paths) == len(set(paths))
    (batch,) = services.s2.requests  # one batch request for every paper, not one request each
    assert (batch.method, batch.path, batch.query["fields"]) == ("POST", "/paper/batch", FIELDS)
    assert json.loads(batch.body) == {"ids": [f"ARXIV:{r.arxiv_id}" for r in ROWS]}
    assert report["summary"] == {"resolved": 43, "suggested": 1, "not_found": 4, "failed": 0, "not_looked_up": 0}

    before = services.counts()
    warm = json.loads(run("venues", "--all", "--json").stdout)
    assert services.counts() == before  # resolved, suggested and not-found papers: nothing asked
    assert all(p["cached"] for p in warm["papers"])


def test_a_resolved_venue_is_stored_with_its_evidence_and_shown(run, services):
    library_of(run, preprint("1810.04805"))
    result = run("venues", "1810.04805")
    assert result.exit_code == 0, result.output
    assert "Resolved devlin2018bert: NAACL 2019 (acl N19-1423)" in result.stderr
    assert "1 resolved, 0 suggested, 0 not found, 0 failed" in result.stderr
    paper = json.loads(run("show", "1810.04805", "--json").stdout)
    assert paper["venue"] == "NAACL 2019" and paper["arxiv_id"] == "1810.04805"
    found = paper["venue_resolution"]
    assert (found["source"], found["record"], found["pages"], found["doi"]) == (
        "acl", "N19-1423", "4171-4186", "10.18653/v1/n19-1423")
    assert found["venue_name"].startswith("Proceedings of the 2019 Conference of the North American Chapter")
    assert found["scores"] == {"title": 1.0, "authors": 1.0, "year": True}
    assert {e["source"] for e in found["evidence"]} == {"semanticscholar", "acl"}
    shown = run("show", "1810.04805").stdout
    assert "venue lookup  resolved: NAACL 2019 from acl N19-1423 (title 1.00; authors 1.00;" in shown


def test_a_venue_the_user_typed_is_never_overwritten(run, services):
    library_of(run, preprint("2211.17192", venue="Arxiv Nov 2022"))
    result = run("venues", "2211.17192")
    assert "Suggestion for leviathan2022fast: ICML 2023" in result.stderr
    assert "your venue 'Arxiv Nov 2022' is kept" in result.stderr
    assert json.loads(run("show", "2211.17192", "--json").stdout)["venue"] == "Arxiv Nov 2022"
    accepted = run("venues", "2211.17192", "--accept", "--offline")
    assert accepted.exit_code == 0 and "Resolved leviathan2022fast: ICML 2023" in accepted.stderr
    assert json.loads(run("show", "2211.17192", "--json").stdout)["venue"] == "ICML 2023"


def test_a_venue_paperctl_wrote_is_updated_but_one_typed_later_is_kept(run, services):
    library_of(run, preprint("2309.16588"))
    run("venues", "2309.16588")
    assert json.loads(run("show", "2309.16588", "--json").stdout)["venue"] == "ICLR 2024 Oral"
    run("venue", "2309.16588", "ICLR'24 (oral, outstanding paper)")
    run("venues", "2309.16588", "--refresh")
    assert json.loads(run("show", "2309.16588", "--json").stdout)["venue"] == "ICLR'24 (oral, outstanding paper)"


def test_dry_run_and_offline_write_nothing_and_offline_asks_nothing(run, services):
    library_of(run, preprint("1512.03385"))
    dry = run("venues", "--all", "--dry-run")
    assert "Resolved he2015deep: CVPR 2016" in dry.stderr and "1 would be resolved" in dry.stderr
    paper = json.loads(run("show", "1512.03385", "--json").stdout)
    assert paper["venue"] is None and "venue_resolution" not in paper
    asked = services.counts()
    offline = run("venues", "--all", "--offline", "--json")
    assert services.counts() == asked
    answer = json.loads(offline.stdout)
    assert [(p["outcome"], p["cached"], p["note"]) for p in answer["papers"]] == \
        [("not_looked_up", False, "not looked up yet (--offline)")]  # never asked: not "not found"
    assert answer["summary"]["not_found"] == 0 and answer["summary"]["not_looked_up"] == 1
    assert "0 not found, 0 failed, 1 not looked up" in offline.stderr


def test_a_crossref_doi_gives_the_proceedings_and_pages(run, services):
    library_of(run, preprint("1512.03385"))
    run("venues", "1512.03385")
    found = json.loads(run("show", "1512.03385", "--json").stdout)["venue_resolution"]
    assert (found["venue"], found["source"], found["pages"]) == ("CVPR 2016", "crossref", "770-778")
    assert found["venue_name"] == "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)"
    assert len(services.crossref.requests) == 1 and services.dblp.requests == []  # Crossref dates it: no DBLP


def test_not_found_is_explained_and_cached(run, services):
    library_of(run, preprint("1907.11692"))
    result = run("venues", "1907.11692", "--json")
    (paper,) = json.loads(result.stdout)["papers"]
    assert paper["outcome"] == "not_found"
    assert "Semantic Scholar knows only the preprint" in paper["note"]
    assert "DBLP knows only the preprint" in paper["note"]
    stored = json.loads(run("show", "1907.11692", "--json").stdout)["venue_resolution"]
    assert stored["expires"] > stored["checked"]
    asked = services.counts()
    again = json.loads(run("venues", "1907.11692", "--json").stdout)["papers"][0]
    assert again["cached"] and services.counts() == asked


def test_a_service_that_is_down_is_failed_not_not_found_and_is_asked_again(run, services, monkeypatch):
    monkeypatch.setenv("PAPERCTL_S2_URL", "http://127.0.0.1:9/graph/v1")
    monkeypatch.setenv("PAPERCTL_DBLP_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("PAPERCTL_OPENREVIEW_URL", "http://127.0.0.1:9")
    library_of(run, preprint("1412.6980"))
    result = run("venues", "1412.6980")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "Failed: kingma2014adam: [Semantic Scholar is unavailable at http://127.0.0.1:9" in result.stderr
    assert "0 resolved, 0 suggested, 0 not found, 1 failed" in result.stderr
    assert "did not answer" in result.stderr  # the retry was announced
    monkeypatch.setenv("PAPERCTL_S2_URL", services.s2.url)
    monkeypatch.setenv("PAPERCTL_DBLP_URL", services.dblp.url)
    monkeypatch.setenv("PAPERCTL_OPENREVIEW_URL", services.openreview.url)
    assert "Resolved kingma2014adam: ICLR 2015" in run("venues", "1412.6980").stderr


def test_a_429_with_retry_after_is_honoured(run, services):
    services.s2.script = [Answer.json({"message": "Too Many Requests", "code": "429"}, 429, **{"Retry-After": "0"})]
    library_of(run, preprint("1409.0473"))
    result = run("venues", "1409.0473")
    assert "Semantic Scholar did not answer (HTTP 429); retrying in 0.0 s (2/2)" in result.stderr
    assert "Resolved bahdanau2014neural: ICLR 2015" in result.stderr
    assert len(services.s2.requests) == 2


def test_a_404_from_semantic_scholar_falls_back_to_dblp(run, services):
    services.s2.script = [Answer(404, b'{"error":"Paper with id ARXIV:1609.02907 not found"}')]
    library_of(run, preprint("1609.02907"))
    result = run("venues", "1609.02907", "--json")
    (paper,) = json.loads(result.stdout)["papers"]
    assert (paper["outcome"], paper["venue"], paper["source"]) == ("resolved", "ICLR 2017", "dblp")


def test_the_recorded_semantic_scholar_arxiv_only_record_is_a_preprint(run, services):
    from service_server import fixture

    recorded = fixture("semanticscholar", "paper_DOI_10.48550_arxiv.2312.07559__arxiv_only.json")
    services.s2.script = [Answer.file(recorded)]
    record = json.loads(recorded.read_text())
    library_of(run, PaperData(title=record["title"], arxiv_id="2312.07559", year=2023,
                              authors=[Author(a["name"]) for a in record["authors"]]))
    (paper,) = json.loads(run("venues", "2312.07559", "--json").stdout)["papers"]
    assert paper["outcome"] == "not_found" and "Semantic Scholar knows only the preprint" in paper["note"]


def test_default_pacing_is_respected_in_the_server_logs(services, tmp_path):
    """Real clocks, default delays: S2 about one request a second, DBLP two seconds."""
    from paperctl.sources import venue_sync
    from paperctl.sources.venues import Resolver, Services

    papers = [preprint(i) for i in ("1412.6980", "1409.0473", "2003.10555")]  # three ICLR papers: S2 + DBLP each
    import os

    saved = {k: os.environ.pop(k) for k in list(os.environ) if k.endswith("_DELAY") and "ARXIV" not in k}
    try:
        with Library(tmp_path / "lib.db") as lib:
            lib.add_many(papers)
            started = time.monotonic()
            venue_sync.resolve(lib, Resolver(Services.from_env()), lib.papers())
    finally:
        os.environ.update(saved)
    assert len(services.s2.requests) == 1 and len(services.dblp.requests) == 3  # S2: one batch
    assert min(services.dblp.gaps()) >= 2.0
    assert time.monotonic() - started < 10


def test_arxivs_journal_ref_names_the_venue_without_a_request(run, services):
    """The real journal-ref of 2005.14124 (from the recorded arXiv search answer)."""
    library_of(run, PaperData(
        title="Active Fuzzing for Testing and Securing Cyber-Physical Systems", arxiv_id="2005.14124", year=2020,
        authors=[Author(a) for a in ("Yuqi Chen", "Bohan Xuan", "Christopher M. Poskitt", "Jun Sun", "Fan Zhang")],
        journal_ref="In Proc. ACM SIGSOFT International Symposium on Software Testing and Analysis (ISSTA 2020),"
                    " pages 14-26. ACM, 2020"))
    (paper,) = json.loads(run("venues", "2005.14124", "--json").stdout)["papers"]
    assert (paper["outcome"], paper["venue"], paper["source"]) == ("resolved", "ISSTA 2020", "arxiv")
    assert services.dblp.requests == []  # the journal-ref dates it: no title search
    assert len(services.s2.requests) == 1  # the identifier lookup still runs (it is evidence)


def test_a_rejected_openreview_submission_is_not_a_venue(run, services):
    """The recorded note "Submitted to ICLR 2024", venueid .../Rejected_Submission."""
    from service_server import fixture

    notes = json.loads(fixture("openreview", "api2_notes_search_term_graph_neural_network_source_forum.json")
                       .read_text())["notes"]
    rejected = next(n for n in notes if n["content"]["venueid"]["value"].endswith("/Rejected_Submission"))
    content = rejected["content"]
    library_of(run, PaperData(title=content["title"]["value"],
                              authors=[Author(a) for a in content["authors"]["value"]]))
    (paper,) = json.loads(run("venues", content["title"]["value"], "--json").stdout)["papers"]
    assert paper["outcome"] == "not_found"
    assert f"OpenReview: {content['venue']['value']} was rejected" in paper["note"]
    assert len(services.openreview.requests) == 1


def test_an_unreadable_answer_is_failed_not_not_found(run, services):
    services.s2.script = [Answer(200, b"<html><body>Please slow down</body></html>", {"Content-Type": "text/html"})]
    services.dblp.script = [Answer(200, b'{"result": {"hits": {"@total": "0"}}}')]
    library_of(run, preprint("1607.06450"))
    result = run("venues", "1607.06450", "--json")
    assert result.exit_code == 1
    (paper,) = json.loads(result.stdout)["papers"]
    assert paper["outcome"] == "failed"
    assert "Semantic Scholar's answer could not be read (not JSON: text/html)" in paper["note"]
    stored = json.loads(run("show", "1607.06450", "--json").stdout)["venue_resolution"]
    assert "expires" not in stored  # a failure is never cached: asked again next run


def test_exports_follow_a_resolved_venue_and_keep_the_eprint(run, services):
    library_of(run, preprint("1810.04805", tags=["NLP"]), preprint("2211.17192", venue="Arxiv Nov 2022"))
    run("venues", "--all")
    bib = run("export", "--bib", "--tag", "NLP").stdout
    assert bib.startswith("@inproceedings{devlin2018bert,")
    assert ("  booktitle = {Proceedings of the 2019 Conference of the North American Chapter of the Association for "
            "Computational Linguistics: Human Language Technologies, Volume 1 (Long and Short Papers)},\n"
            "  year = {2019},\n  pages = {4171--4186},\n") in bib
    assert "  eprint = {1810.04805},\n  archivePrefix = {arXiv},\n" in bib and "doi = {10.18653/v1/n19-1423}" in bib
    assert "**BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding** (NAACL 2019)" \
        in run("export", "--md", "--tag", "NLP").stdout
    # A suggestion changes nothing: the user's venue is cited as it was.
    other = run("export", "--bib").stdout.split("@")[1:]
    leviathan = next(e for e in other if "leviathan2022fast" in e)
    assert "ICML" not in leviathan and "booktitle" not in leviathan
    # The user retypes the venue: theirs is cited, not the resolved proceedings.
    run("venue", "1810.04805", "NAACL-HLT 2019 (long paper)")
    bib = run("export", "--bib", "--tag", "NLP").stdout
    assert "booktitle = {NAACL-HLT 2019 (long paper)}" in bib and "Volume 1" not in bib


def test_json_lines_keep_the_evidence_through_export_and_import(run, services, tmp_path):
    library_of(run, preprint("1810.04805"), preprint("1907.11692"))
    run("venues", "--all")
    out = tmp_path / "lib.jsonl"
    assert run("export", "--jsonl", "-o", str(out)).exit_code == 0
    other = CliRunner()
    db = str(tmp_path / "other.db")
    assert other.invoke(app, ["--db", db, "import", str(out)]).exit_code == 0
    for ref in ("1810.04805", "1907.11692"):
        before = json.loads(run("show", ref, "--json").stdout)["venue_resolution"]
        after = json.loads(other.invoke(app, ["--db", db, "show", ref, "--json"]).stdout)["venue_resolution"]
        assert after == before
    assert other.invoke(app, ["--db", db, "export", "--bib"]).stdout == run("export", "--bib").stdout
    asked = services.counts()
    warm = json.loads(other.invoke(app, ["--db", db, "venues", "--all", "--json"]).stdout)
    assert services.counts() == asked and all(p["cached"] for p in warm["papers"])


def test_csl_json_follows_a_resolved_venue_and_keeps_the_arxiv_id(run, services, tmp_path):
    """As the BibTeX export: the proceedings, the conference, the venue's year, pages
    and DOI; a suggestion changes nothing; the arXiv ID survives a round trip."""
    library_of(run, preprint("1810.04805"), preprint("1512.03385"), preprint("2211.17192", venue="Arxiv Nov 2022"))
    run("venues", "--all")
    items = {i["id"]: i for i in json.loads(run("export", "--csl").stdout)}
    bert = items["devlin2018bert"]
    assert (bert["type"], bert["event-title"], bert["issued"], bert["page"], bert["DOI"]) == (
        "paper-conference", "NAACL 2019", {"date-parts": [[2019]]}, "4171–4186", "10.18653/v1/n19-1423")
    assert bert["container-title"].startswith("Proceedings of the 2019 Conference of the North American Chapter")
    assert bert["URL"] == "https://arxiv.org/abs/1810.04805" and "number" not in bert
    resnet = items["he2015deep"]
    assert (resnet["container-title"], resnet["page"], resnet["publisher"], resnet["issued"]) == (
        "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)", "770–778", "IEEE",
        {"date-parts": [[2016]]})
    leviathan = items["leviathan2022fast"]  # a suggestion: cited as the preprint it was
    assert (leviathan["type"], leviathan["publisher"], leviathan["number"]) == ("article", "arXiv", "2211.17192")
    assert "container-title" not in leviathan
    out = tmp_path / "lib.json"
    run("export", "--csl", "-o", str(out))
    first = out.read_bytes()
    run("export", "--csl", "-o", str(out))
    assert out.read_bytes() == first  # deterministic
    db = str(tmp_path / "again.db")
    assert CliRunner().invoke(app, ["--db", db, "import", str(out)]).exit_code == 0
    again = json.loads(CliRunner().invoke(app, ["--db", db, "show", "devlin2018bert", "--json"]).stdout)
    assert again["arxiv_id"] == "1810.04805" and again["doi"] == "10.18653/v1/n19-1423"


def test_csl_json_cites_a_resolved_journal_article(run, services):
    services.dblp.script = [Answer.file(fixture("dblp", "search_publ_api_q_deep_learning_lecun__written.json"))]
    library_of(run, PaperData(title="Deep learning", year=2015,
                              authors=[Author(a) for a in ("Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton")]))
    run("venues", "Deep learning")
    (item,) = json.loads(run("export", "--csl").stdout)
    assert (item["type"], item["container-title"], item["volume"], item["page"], item["DOI"]) == (
        "article-journal", "Nature", "521", "436–444", "10.1038/nature14539")
    assert "event-title" not in item


# -- The negative cache's expiry ---------------------------------------------------------------------


def test_the_negative_cache_lasts_the_days_the_setting_says(run, services, monkeypatch):
    from datetime import datetime, timedelta

    library_of(run, preprint("1907.11692"), preprint("1810.04805"))
    monkeypatch.setenv("PAPERCTL_VENUES_RETRY_AFTER_DAYS", "7")
    run("venues", "--all")
    stored = json.loads(run("show", "1907.11692", "--json").stdout)["venue_resolution"]
    kept = datetime.fromisoformat(stored["expires"]) - datetime.fromisoformat(stored["checked"])
    assert (stored["outcome"], kept) == ("not_found", timedelta(days=7))
    asked = services.counts()
    assert all(p["cached"] for p in json.loads(run("venues", "--all", "--json").stdout)["papers"])
    assert services.counts() == asked
    monkeypatch.setenv("PAPERCTL_VENUES_RETRY_AFTER_DAYS", "0")  # a changed setting applies at once
    again = {p["arxiv_id"]: p for p in json.loads(run("venues", "--all", "--json").stdout)["papers"]}
    assert not again["1907.11692"]["cached"] and again["1810.04805"]["cached"]
    assert services.counts()["S2"] == asked["S2"] + 1  # only the paper not found was asked about


def test_retry_asks_again_about_papers_not_found_and_refresh_about_all(run, services):
    library_of(run, preprint("1907.11692"), preprint("1810.04805"))
    run("venues", "--all")
    retried = {p["arxiv_id"]: p for p in json.loads(run("venues", "--all", "--retry", "--json").stdout)["papers"]}
    assert not retried["1907.11692"]["cached"] and retried["1810.04805"]["cached"]
    refreshed = json.loads(run("venues", "--all", "--refresh", "--json").stdout)["papers"]
    assert not any(p["cached"] for p in refreshed)


def test_a_bad_retry_setting_is_one_clear_line(run, services, monkeypatch):
    library_of(run, preprint("1907.11692"))
    monkeypatch.setenv("PAPERCTL_VENUES_RETRY_AFTER_DAYS", "a month")
    result = run("venues", "--all")
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "PAPERCTL_VENUES_RETRY_AFTER_DAYS must be a number of days (0 or more), not 'a month'" in result.stderr
    assert services.counts()["S2"] == 0
