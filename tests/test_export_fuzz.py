"""Fuzzing the exports through the tools that read them: bibtex (plain.bst), biber,
pandoc's citeproc, and markdown-it (issue 13's closing fuzz run).

Hypothesis makes papers whose titles, authors, venues and summaries hold what
breaks writers: ``& % $ # _ { } \\ ~ ^``, lone braces, math, quotes, accents, CJK,
combining marks, HTML-looking text. Each example is a *batch* of papers exported
together and handed to each tool once (biber alone takes 0.4 s to start), so
``PAPERCTL_FUZZ_EXAMPLES`` counts papers: the default run tries a few batches, and
``PAPERCTL_FUZZ_EXAMPLES=5000 python -m pytest tests/test_export_fuzz.py`` tries
5,000 papers in batches of ``BATCH``.

What must hold for every batch: each tool exits cleanly and reads every entry
(bibtex and biber: no error, every key; pandoc: every citation resolved; the
Markdown: no HTML but the tags paperctl itself writes). A paper paperctl refuses
to store (a control character, say) is simply not in the batch: refusing is the
importers' fuzz tests' business.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paperctl import Author, Library, PaperData
from paperctl.errors import PaperctlError
from paperctl.formats.exporting import Selection, render

BATCH = 50
PAPERS = int(os.environ.get("PAPERCTL_FUZZ_EXAMPLES", "60"))
fuzz = settings(max_examples=max(1, math.ceil(PAPERS / (BATCH / 2))), deadline=None,
                derandomize="PAPERCTL_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])

# What breaks writers, mixed with ordinary letters so that titles stay titles.
SPECIALS = "&%$#_{}\\~^\"'`,.;:!?()[]<>|@/-*+=§°±"
PIECES = st.sampled_from([
    "Learning", "Models", "über", "Łukasz", "naïve", "Ångström", "推测解码", "大模型", "ニューラル", "한국어",
    "$\\alpha$", "$x^2 + y_1$", "O(n log n)", "100%", "C++", "R&D", "<b>bold</b>", "<script>x</script>",
    "{LLM}s", "}", "{", "\\emph{x}", "--", "e\u0301", "\u00a0", "🙂", "#GPU_hour", "a~b", "50$", "\\",
])
WORDS = st.one_of(PIECES, st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N")) | st.sampled_from(
    SPECIALS), min_size=1, max_size=12))
TEXT = st.lists(WORDS, min_size=1, max_size=10).map(" ".join)
NAMES = st.lists(st.one_of(st.sampled_from(["Yaniv", "José", "Hernández-Orallo", "van der Berg", "Jr.", "Ł.",
                                            "O'Neil", "Müller", "张伟", "{Barnes and Noble}", "von"]),
                           st.text(alphabet=st.characters(codec="utf-8", categories=("L",)), min_size=1,
                                   max_size=8)),
                 min_size=1, max_size=3).map(" ".join)

PAPER = st.builds(
    lambda title, authors, year, venue, summary: PaperData(
        title=title, authors=[Author(a) for a in authors], year=year, venue=venue, summary=summary),
    TEXT, st.lists(NAMES, max_size=4), st.none() | st.integers(1900, 2030), st.none() | TEXT, st.none() | TEXT,
)


def library_of(papers: list[PaperData], folder: Path) -> tuple[Library, list[str]]:
    """A library holding *papers* (those paperctl accepts), and its citation keys."""
    lib = Library(folder / "library.db")
    for data in papers:
        try:
            lib.add(data)
        except PaperctlError:  # refused, cleanly: not this test's subject
            continue
    # Read back, not collected from add: two papers of one title are one paper, whose
    # provisional key becomes a real one when the second brings authors.
    return lib, [p.citekey for p in lib.papers(full=False)]


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="replace",
                          timeout=300)


@pytest.mark.skipif(shutil.which("bibtex") is None or shutil.which("biber") is None,
                    reason="bibtex and biber are not installed")
@fuzz
@given(papers=st.lists(PAPER, min_size=1, max_size=BATCH))
@pytest.mark.parametrize("ascii", [False, True], ids=["utf8", "ascii"])
def test_fuzz_bibtex_export_reads_cleanly_in_bibtex_and_biber(papers, ascii):
    with tempfile.TemporaryDirectory(prefix="paperctl-export-fuzz-") as name:
        here = Path(name)
        lib, keys = library_of(papers, here)
        with lib:
            bib = render(lib, "bib", Selection(), annotate=True, ascii=ascii)
        (here / "refs.bib").write_text(bib, encoding="utf-8")
        (here / "doc.aux").write_text("\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n")
        proc = _run(["bibtex", "doc"], here)
        blg = (here / "doc.blg").read_text(encoding="utf-8", errors="replace")
        bbl = (here / "doc.bbl").read_text(encoding="utf-8", errors="replace")
        assert proc.returncode < 2 and "error message" not in blg and "I was expecting" not in blg, blg + bib
        assert sorted(re.findall(r"\\bibitem\{([^}]*)\}", bbl)) == sorted(keys), blg
        out = here / "biber-out"
        out.mkdir()
        proc = _run(["biber", "--tool", "--nolog", "--output-directory", str(out), "refs.bib"], here)
        log = proc.stdout + proc.stderr
        assert proc.returncode == 0 and not re.search(r"^ERROR|syntax error", log, re.M), log + bib
        written = (out / "refs_bibertool.bib").read_text(encoding="utf-8")
        assert sorted(k.lower() for k in re.findall(r"^@\w+\{(.+),$", written, re.M)) == sorted(keys), log


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
@fuzz
@given(papers=st.lists(PAPER, min_size=1, max_size=BATCH))
def test_fuzz_csl_export_renders_in_pandoc_citeproc(papers):
    with tempfile.TemporaryDirectory(prefix="paperctl-export-fuzz-") as name:
        here = Path(name)
        lib, keys = library_of(papers, here)
        with lib:
            csl = render(lib, "csl", Selection())
        assert sorted(item["id"] for item in json.loads(csl)) == sorted(keys)
        (here / "refs.json").write_text(csl, encoding="utf-8")
        (here / "doc.md").write_text("Cited: [" + "; ".join(f"@{k}" for k in keys) + "].\n", encoding="utf-8")
        proc = _run(["pandoc", "--citeproc", "--bibliography", "refs.json", "-t", "plain", "--wrap=none", "doc.md"],
                    here)
        assert proc.returncode == 0, proc.stderr
        assert "???" not in proc.stdout and "[WARNING] Citeproc: citation" not in proc.stderr, proc.stderr


# Every tag the Markdown export itself produces once rendered (headings, lists, links, emphasis).
OWN_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "p", "a", "strong", "em", "code", "br", "hr",
            "table", "thead", "tbody", "tr", "th", "td", "blockquote", "img", "details", "summary"}


@fuzz
@given(papers=st.lists(PAPER, min_size=1, max_size=BATCH),
       style=st.sampled_from(["numbered", "bullets", "table", "citation", "bracket", "venue-prefix"]))
def test_fuzz_markdown_export_renders_as_markdown_with_no_html_of_its_own(papers, style):
    from markdown_it import MarkdownIt

    from paperctl.formats.markdown.writer import MarkdownOptions

    with tempfile.TemporaryDirectory(prefix="paperctl-export-fuzz-") as name:
        lib, keys = library_of(papers, Path(name))
        with lib:
            text = render(lib, "md", Selection(), options=MarkdownOptions(style=style))
    html = MarkdownIt("commonmark").enable("table").render(text)
    tags = {tag.lower() for tag in re.findall(r"</?([A-Za-z][A-Za-z0-9]*)", html)}
    assert tags <= OWN_TAGS, (tags - OWN_TAGS, text)
    assert "<script" not in html.lower(), text
