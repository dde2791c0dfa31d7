"""Export -> import keeps every field the style writes (issue 15).

A list paperctl writes must read back as the same papers: a venue with
parentheses used to come back as a summary, and a link named ``tweet`` inside
the summary. Each style is exported from random papers and imported into a
fresh library; what the style writes must come back unchanged.
"""

from __future__ import annotations

import os
import string

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from paperctl import Library, PaperData
from paperctl.formats.exporting import Selection, render
from paperctl.formats.importing import import_text
from paperctl.formats.markdown.shapes import STYLES
from paperctl.formats.markdown.writer import MarkdownOptions

EXAMPLES = int(os.environ.get("PAPERCTL_FUZZ_EXAMPLES", "25"))
WORD = st.text(string.ascii_letters + string.digits, min_size=1, max_size=10).filter(lambda w: w[0].isalpha())
TITLE = st.builds(
    lambda first, words, sub, paren, ask: " ".join([first.capitalize(), *words])
    + (f": {sub.capitalize()}" if sub else "") + (f" ({paren})" if paren else "") + ("?" if ask else ""),
    WORD, st.lists(WORD, min_size=1, max_size=8), st.one_of(st.none(), WORD),
    st.one_of(st.none(), st.sampled_from(["with parentheses", "and more"])), st.booleans())
VENUE = st.one_of(st.none(), st.sampled_from([
    "NeurIPS 2017 (Oral)", "ICLR 2024", "ACL 2024 Findings", "CVPR 2023 Workshop", "arXiv 2025", "Nature 2015",
    "ICML 2024 (Spotlight)", "TMLR"]))
LINK_NAMES = st.sampled_from(["code", "tweet", "project", "slides", "video", "blog"])
SUMMARY = st.one_of(st.none(), st.sampled_from([
    "Self-attention only; no recurrence.", "用小模型生成，大模型并行验证",
    "Shows (surprisingly) that scale is not enough.", "Benchmark for tool use, with a hard split."]))
NOTE = st.sampled_from(["Read twice.", "Compare with Table 3.", "和之前读的那篇思路类似"])


@st.composite
def papers(draw) -> list[PaperData]:
    out, titles = [], set()
    for n in range(draw(st.integers(1, 4))):
        title = draw(TITLE)
        if title.lower() in titles:
            continue
        titles.add(title.lower())
        names = draw(st.lists(LINK_NAMES, max_size=3, unique=True))
        ident = draw(st.sampled_from(["arxiv", "doi", "url", "none"]))
        out.append(PaperData(
            title=title, venue=draw(VENUE), summary=draw(SUMMARY), notes=draw(st.lists(NOTE, max_size=2, unique=True)),
            arxiv_id=f"23{n + 1:02d}.{len(titles):05d}" if ident == "arxiv" else None,
            doi=f"10.1234/x{len(titles)}" if ident == "doi" else None,
            url=f"https://openreview.net/forum?id=p{len(titles)}" if ident == "url" else None,
            links={name: f"https://example.org/{name}/{len(titles)}" for name in names},
            tags=[draw(st.sampled_from(["LLM/Reasoning", "Vision", "Other"]))]))
    return out


def written_url(paper) -> str | None:
    """The paper's url, None for the link of its own DOI: a list's doi.org link is the paper's link as
    the list writes it (``model.add_link``), so a paper known by its DOI alone, written with its DOI's
    link, comes back with that link as its url too."""
    own = f"https://doi.org/{paper.doi}" if paper.doi else None
    return None if paper.url and own and paper.url.lower() == own.lower() else paper.url


def fields(lib: Library, style: str) -> dict:
    written = {"table": ("title", "arxiv_id", "doi", "url", "venue", "summary", "tags")}.get(
        style, ("title", "arxiv_id", "doi", "url", "venue", "summary", "notes", "tags", "links"))
    out = {}
    for p in lib.papers():
        values = {"title": p.title, "arxiv_id": p.arxiv_id, "doi": p.doi, "url": written_url(p), "venue": p.venue,
                  "summary": p.summary, "notes": [n.text for n in p.notes], "tags": sorted(p.tags),
                  "links": p.links}
        out[p.title] = {k: values[k] for k in written}
    return out


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=papers(), style=st.sampled_from(STYLES))
def test_every_style_reads_back_as_the_same_papers(tmp_path_factory, items, style):
    # The bullets style writes the summary as the first bullet and notes as the next ones (and the
    # citation style, for a paper that is only a title, writes the same thing), so a paper with notes
    # and no summary cannot say which is which: the user's reading-notes read the first bullet as
    # the summary. That one case is the format's, not the reader's.
    assume(not (style in ("bullets", "citation") and any(p.notes and not p.summary for p in items)))
    # A bare "- Title" bullet (or one with only a tweet or a blog link) reads as a paper among
    # linked papers, but alone in its section it cannot be told from prose or a link to a post:
    # the bracket style shows nothing else that says "paper".
    assume(not (style == "bracket" and any(
        not (p.arxiv_id or p.doi or p.url or p.venue or "code" in p.links) for p in items)))
    work = tmp_path_factory.mktemp("roundtrip")
    with Library(work / "first.db") as lib:
        for data in items:
            lib.add(data)
        before = fields(lib, style)
        text = render(lib, "md", Selection(), options=MarkdownOptions(style=style))
    with Library(work / "second.db") as again:
        report = import_text(again, text, "md", "export.md")
        assert report.problems == []
        assert fields(again, style) == before, text
