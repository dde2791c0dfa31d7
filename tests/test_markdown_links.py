"""What a link points at (``formats/markdown/links.py``): shortcuts held to what they replace."""

from __future__ import annotations

from urllib.parse import urlsplit

from hypothesis import example, given
from hypothesis import strategies as st

from paperctl.formats.markdown import links


def _split(href: str):
    try:
        parts = urlsplit(href)
    except ValueError:
        return ValueError
    return parts.hostname or "", parts.path


def _host_and_path(href: str):
    try:
        return links._host_and_path(href)
    except ValueError:
        return ValueError


@given(st.lists(st.sampled_from(["https://", "http://", "HTTPS://", "ftp://", " ", "\t", "\n", "GitHub.com", "x", ".",
                                 "-", ":443", "user@", "[::1]", "[", "]", "/", "/a", "?q", "#f", "%", "é", "例"]),
                max_size=8).map("".join))
@example("https://github.com/lab0/liu2025liteagent")
@example("https://arxiv.org/abs/2401.00001?v=2#top")
@example("https://git\thub.com/a")
@example("https://github.com/a\tb?c")
def test_a_plain_url_is_split_as_urlsplit_splits_it(href):
    assert _host_and_path(href) == _split(href)


def test_the_host_and_repository_of_a_link():
    assert links.host("https://GitHub.com/lab0/repo") == "github.com"
    assert links.is_repository("https://github.com/lab0/repo") and not links.is_repository(
        "https://github.com/lab0/repo/blob/main/paper.pdf")
