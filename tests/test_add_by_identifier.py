"""``paperctl add`` by DOI, doi.org URL, OpenReview forum URL, ACL Anthology URL or ID,
and DBLP key, against local stand-ins for each service."""

from __future__ import annotations

import json

from paperctl.sources import datacite
from paperctl.sources.by_identifier import classify
from service_server import fixture


def only_paper(run) -> dict:
    (paper,) = json.loads(run("list", "--json").stdout)
    return json.loads(run("show", paper["citekey"], "--json").stdout)


def test_an_acl_doi_fetches_the_anthology_bibtex(run, services):
    result = run("add", "10.18653/v1/N19-1423", "--tag", "NLP")
    assert result.exit_code == 0, result.output
    paper = only_paper(run)
    assert paper["title"] == "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
    assert paper["authors"] == ["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"]
    assert (paper["year"], paper["venue"], paper["doi"], paper["tags"]) == (
        2019, "NAACL 2019", "10.18653/v1/n19-1423", ["NLP"])
    found = paper["venue_resolution"]
    assert (found["source"], found["record"], found["pages"]) == ("acl", "N19-1423", "4171-4186")
    assert [r.path for r in services.acl.requests] == ["/N19-1423.bib"]


def test_an_acl_anthology_url_with_the_recorded_bibtex(run, services):
    assert run("add", "https://aclanthology.org/2021.naacl-main.208/").exit_code == 0
    paper = only_paper(run)
    assert (paper["title"], paper["venue"], paper["authors"]) == (
        "How many data points is a prompt worth?", "NAACL 2021", ["Teven Le Scao", "Alexander Rush"])


def test_a_doi_org_url_goes_to_crossref(run, services):
    assert run("add", "https://doi.org/10.1371/journal.pone.0033693").exit_code == 0
    paper = only_paper(run)
    assert paper["title"].startswith("Methylphenidate Exposure Induces Dopamine Neuron Loss")
    assert (paper["year"], paper["doi"], paper["venue"]) == (2012, "10.1371/journal.pone.0033693", "PLoS ONE 2012")
    assert len(paper["authors"]) == 6


def test_a_conference_doi_from_crossref(run, services):
    assert run("add", "10.1109/CVPR.2016.90").exit_code == 0
    paper = only_paper(run)
    assert (paper["title"], paper["venue"]) == ("Deep Residual Learning for Image Recognition", "CVPR 2016")
    assert paper["venue_resolution"]["venue_name"] == (
        "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)")


def test_a_doi_crossref_and_datacite_do_not_hold_goes_through_doi_org(run, services):
    result = run("add", "10.5281/zenodo.8242099")
    assert result.exit_code == 0, result.output
    paper = only_paper(run)
    assert (paper["title"], paper["authors"][0], paper["year"]) == ("Shield bugs (nymphs)", "Lars Willighagen", 2023)
    assert [r.path for r in services.doi.requests] == ["/10.5281/zenodo.8242099", "/transform/10.5281/zenodo.8242099"]
    assert services.doi.requests[0].headers["accept"] == "application/vnd.citationstyles.csl+json"
    assert len(services.crossref.requests) == len(services.datacite.requests) == 1


def test_an_openreview_forum_url(run, services):
    notes = json.loads(fixture("openreview", "api2_notes_search_term_graph_neural_network_source_forum.json")
                       .read_text())["notes"]
    presto = next(n for n in notes if n["content"]["title"]["value"].startswith("Presto!"))
    result = run("add", f"https://openreview.net/forum?id={presto['id']}")
    assert result.exit_code == 0, result.output
    paper = only_paper(run)
    assert (paper["title"], paper["venue"], paper["year"]) == (
        "Presto! Distilling Steps and Layers for Accelerating Music Generation", "ICLR 2025 Spotlight", 2025)
    assert paper["links"]["openreview"] == f"https://openreview.net/forum?id={presto['id']}"


def test_a_dblp_key(run, services):
    from venue_services import BY_ARXIV, dblp_hits

    key = dblp_hits(BY_ARXIV["1412.6980"])[0]["key"]
    assert key.startswith("conf/iclr/")
    result = run("add", key)
    assert result.exit_code == 0, result.output
    paper = only_paper(run)
    assert (paper["title"], paper["venue"], paper["authors"]) == (
        "Adam: A Method for Stochastic Optimization", "ICLR 2015", ["Diederik P. Kingma", "Jimmy Ba"])


def test_an_unknown_doi_is_one_clear_error_and_adds_nothing(run, services):
    result = run("add", "10.1371/notarealdoi")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip() == "Error: Crossref, DataCite or doi.org does not know 10.1371/notarealdoi"
    assert json.loads(run("list", "--json").stdout or "[]") == []


def test_an_arxiv_doi_goes_to_arxiv(run, services, arxiv_server):
    assert run("add", "10.48550/arXiv.2211.17192").exit_code == 0
    assert [r["id_list"] for r in arxiv_server.requests] == ["2211.17192"]
    assert services.crossref.requests == []


def test_what_each_identifier_is():
    assert classify("10.18653/v1/2020.acl-main.447").kind == "acl"
    assert classify("https://doi.org/10.1109/CVPR.2016.90").value == "10.1109/cvpr.2016.90"
    assert classify("https://openreview.net/forum?id=Gj5JTAwdoy").value == "Gj5JTAwdoy"
    assert classify("2020.acl-main.447").kind == "acl"
    assert classify("conf/iclr/KingmaB14").value == "conf/iclr/KingmaB14"
    assert classify("https://dblp.org/rec/conf/iclr/KingmaB14.html").value == "conf/iclr/KingmaB14"
    assert classify("https://example.org/paper.pdf") is None


def test_the_recorded_datacite_record_of_an_arxiv_doi_is_a_preprint():
    data = json.loads(fixture("datacite", "api_dois_10.48550_arxiv.2311.16162.json").read_text())
    record = datacite.to_candidate(data["data"]["attributes"], "10.48550/arxiv.2311.16162")
    assert (record.standing, record.arxiv_id, record.year, record.authors[0]) == (
        "preprint", "2311.16162", 2023, "Hui Yin")


def test_a_withdrawn_openreview_submission_is_added_without_a_venue_and_says_why(run, services):
    """A real withdrawn ICLR 2026 submission: added, its year the one its venue names
    (as OpenReview cites a rejected submission: "Submitted to ICLR 2024", year 2024), no
    venue, and the reason said on adding and kept with the paper."""
    result = run("add", "https://openreview.net/forum?id=FTQZvzRKEg")
    assert result.exit_code == 0, result.output
    assert "Added zhao2026model: Model-Heterogeneous Federated Prompt Learning" in result.stderr
    assert "OpenReview: 'ICLR 2026 Conference Withdrawn Submission' (withdrawn), no venue" in result.stderr
    paper = only_paper(run)
    assert (paper["venue"], paper["year"]) == (None, 2026)
    assert paper["authors"][0] == "Yunfeng Zhao"
    assert "(withdrawn), no venue" in paper["venue_resolution"]["note"]


def test_a_rejected_openreview_submission_takes_the_year_openreview_cites(run, services):
    notes = json.loads(fixture("openreview", "api2_notes_search_term_graph_neural_network_source_forum.json")
                       .read_text())["notes"]
    rejected = next(n for n in notes if n["content"]["venueid"]["value"].endswith("/Rejected_Submission"))
    result = run("add", f"https://openreview.net/forum?id={rejected['id']}")
    assert result.exit_code == 0, result.output
    assert "(rejected), no venue" in result.stderr
    paper = only_paper(run)
    bib_year = int(rejected["content"]["_bibtex"]["value"].split("year={")[1][:4])
    assert (paper["venue"], paper["year"]) == (None, bib_year)
