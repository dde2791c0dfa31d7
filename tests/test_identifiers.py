"""arXiv IDs and DOIs in every form a user pastes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paperctl.errors import InvalidIdentifier
from paperctl.identifiers import (
    normalize_doi,
    parse_arxiv_id,
    try_normalize_doi,
    try_parse_arxiv_id,
)


@pytest.mark.parametrize(
    "text, base, version",
    [
        ("2211.17192", "2211.17192", None),
        ("2211.17192v2", "2211.17192", 2),
        ("arXiv:2211.17192", "2211.17192", None),
        ("arxiv: 2211.17192v3", "2211.17192", 3),
        ("https://arxiv.org/abs/2211.17192", "2211.17192", None),
        ("http://arxiv.org/pdf/2211.17192v1", "2211.17192", 1),
        ("https://arxiv.org/pdf/2211.17192.pdf", "2211.17192", None),
        ("https://arxiv.org/pdf/2211.17192v2.pdf", "2211.17192", 2),
        ("https://www.alphaxiv.org/abs/2211.17192", "2211.17192", None),
        ("  2211.17192 \n", "2211.17192", None),
        ("hep-th/9711200", "hep-th/9711200", None),
        ("hep-th/9711200v3", "hep-th/9711200", 3),
        ("math.GT/0309136", "math/0309136", None),
        ("https://arxiv.org/abs/math.GT/0309136v1", "math/0309136", 1),
        ("0704.0001", "0704.0001", None),
        ("1412.6980", "1412.6980", None),
        ("1501.00001", "1501.00001", None),
    ],
)
def test_every_pasted_form_is_understood(text, base, version):
    parsed = parse_arxiv_id(text)
    assert (parsed.base, parsed.version) == (base, version)


@pytest.mark.parametrize(
    "text",
    ["2211.1719", "2211.171921", "1313.12345", "0703.0001", "1412.69801", "1501.0001", "abc",
     "foo-bar/9711200", "hep-th/97112", "2211.17192v0"],
)
def test_malformed_ids_are_rejected_by_name(text):
    with pytest.raises(InvalidIdentifier, match="malformed arXiv ID"):
        parse_arxiv_id(text)


def test_text_that_is_not_an_id_is_not_mistaken_for_one():
    assert try_parse_arxiv_id("leviathan2022fast") is None
    assert try_parse_arxiv_id("Fast Inference from Transformers") is None
    with pytest.raises(InvalidIdentifier):
        try_parse_arxiv_id("2211.1719")  # looks like an ID: reported, not searched as a title


@pytest.mark.parametrize(
    "text",
    ["10.1145/3600006.3613165", "doi:10.1145/3600006.3613165", "https://doi.org/10.1145/3600006.3613165",
     "http://dx.doi.org/10.1145/3600006.3613165", "10.1145/3600006.3613165 "],
)
def test_doi_forms_normalise_to_one(text):
    assert normalize_doi(text) == "10.1145/3600006.3613165"


def test_dois_are_case_insensitive():
    assert normalize_doi("10.48550/arXiv.2211.17192") == "10.48550/arxiv.2211.17192"
    assert try_normalize_doi("not a doi") is None


new_ids = st.builds(
    lambda yy, mm, n, five: f"{yy:02d}{mm:02d}." + (f"{n:05d}" if five else f"{n % 10000:04d}"),
    st.integers(7, 99), st.integers(1, 12), st.integers(0, 99999), st.booleans(),
).filter(lambda s: s >= "0704" and ((s[:4] >= "1501") == (len(s) == 10)))
old_ids = st.builds(
    lambda archive, yy, mm, n: f"{archive}/{yy:02d}{mm:02d}{n:03d}",
    st.sampled_from(["hep-th", "math", "astro-ph", "cond-mat", "quant-ph"]),
    st.sampled_from([91, 95, 99, 0, 3, 7]), st.integers(1, 12), st.integers(0, 999),
)


@given(st.one_of(new_ids, old_ids), st.one_of(st.none(), st.integers(1, 30)))
def test_every_form_of_an_id_names_the_same_paper(base, version):
    suffix = f"v{version}" if version else ""
    forms = [base + suffix, f"arXiv:{base}{suffix}", f"https://arxiv.org/abs/{base}{suffix}",
             f"http://arxiv.org/pdf/{base}{suffix}.pdf", f"https://www.alphaxiv.org/abs/{base}{suffix}"]
    parsed = {parse_arxiv_id(form) for form in forms}
    assert len(parsed) == 1
    (only,) = parsed
    assert only.base == base and only.version == version
    assert parse_arxiv_id(str(only)) == only  # str() round-trips


@given(st.text(max_size=40))
def test_parser_never_crashes(text):
    try:
        try_parse_arxiv_id(text)
    except InvalidIdentifier:
        pass


def _pick(*choices: str):
    return st.sampled_from(choices)


@given(st.tuples(_pick("https://", "http://", "HTTPS://", ""), _pick("", "www.", "export.", "WWW."),
                 _pick("arxiv.org", "alphaxiv.org", "ARXIV.org"), _pick("/abs/", "/pdf/", "/html/", "/ABS/", "/abs//"),
                 _pick("2502", "0704", "١٢٣٤", "25a2"), _pick(".", ""), _pick("24962", "1234", "123456", ""),
                 _pick("", "v2", "v", "V2"),
                 _pick("", ".pdf", ".PDF", "/", ".pdf/", "?x", "#y", ".pdf?x", "\n", ".pdf\n", ".pdf.pdf", "x"))
       .map("".join))
def test_the_plain_arxiv_url_reads_the_id_the_full_pattern_reads(url):
    """``_arxiv_url_id`` reads the usual URL with ``_PLAIN_ARXIV_URL``: the same ID as
    ``_ARXIV_URL`` (case-insensitive, a lazy ID), or None when that does not match."""
    from paperctl import identifiers

    m = identifiers._ARXIV_URL.match(url)
    assert identifiers._arxiv_url_id.__wrapped__(url) == (m["id"] if m else None)
