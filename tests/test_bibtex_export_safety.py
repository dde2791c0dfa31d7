"""Every BibTeX export is readable by bibtex and biber, gives back the text that went
in, and cannot run a TeX command the user did not write (issue 13, items 3, 4 and 7;
issue 14: no more warnings than the source file had).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from paperctl import Author, Library, PaperData
from paperctl.formats.exporting import Selection, render
from paperctl.formats.importing import import_file, import_text
from paperctl.identifiers import is_url
from test_export_tools import needs_biber, needs_bibtex, run_biber, run_bibtex

FIXTURES = Path(__file__).parent / "fixtures" / "bibtex"
EXAMPLES = int(os.environ.get("PAPERCTL_FUZZ_EXAMPLES", "6"))


def _warnings(log: str, pattern: str, name: str) -> list[str]:
    return sorted(re.sub(r"\S+\.bib\b", "FILE", line).replace(name, "FILE") for line in log.splitlines()
                  if re.search(pattern, line))


@needs_bibtex
@needs_biber
@pytest.mark.parametrize("name", ["xampl.bib", "biblatex-examples-excerpt.bib"])
def test_an_exported_sample_gives_no_more_warnings_than_the_source(tmp_path, name):
    (tmp_path / "source.bib").write_text((FIXTURES / name).read_text(encoding="utf-8"), encoding="utf-8")
    with Library(tmp_path / "lib.db") as lib:
        import_file(lib, tmp_path / "source.bib")
        (tmp_path / "export.bib").write_text(render(lib, "bib", Selection()), encoding="utf-8")
    logs = {}
    for which in ("source", "export"):
        folder = tmp_path / which
        folder.mkdir()
        shutil.copy(tmp_path / f"{which}.bib", folder / "refs.bib")
        code, blg, _ = run_bibtex(folder)
        proc, _ = run_biber(folder, folder / "refs.bib")
        assert code == 0 and proc.returncode == 0, blg + proc.stdout
        logs[which] = (_warnings(blg, r"Warning--|[Ee]rror", "refs"),
                       _warnings(proc.stdout + proc.stderr, r"WARN|ERROR", "refs"))
    bibtex_source, biber_source = logs["source"]
    bibtex_export, biber_export = logs["export"]
    assert set(bibtex_export) <= set(bibtex_source)
    assert not [w for w in biber_export if "WARNINGS:" not in w and w not in biber_source]


@st.composite
def hostile_text(draw):
    """Text that broke exports: braces (alone, escaped, in math), backslashes, TeX specials."""
    pieces = st.sampled_from(["{", "}", "\\", "\\}", "\\{", "$", "$x}$", "$\\{a$", "%", "#", "&", "_", "~", "^",
                              "C:\\temp\\", "\\input{/etc/hostname}", "a", " ", "Ü", "论文", "@", '"', ",", "and"])
    text = "".join(draw(st.lists(pieces, min_size=1, max_size=12)))
    return " ".join(text.split()) or "x"


@st.composite
def hostile_url(draw):
    tail = "".join(draw(st.lists(st.sampled_from(["a", "}", "{", "%7D", "(", ")", ";", "#", "~", "\\", "%"]),
                                 max_size=8)))
    return "https://x.org/" + tail


SICI = "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"


@needs_bibtex
@needs_biber
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.tuples(hostile_text(), hostile_url(), st.sampled_from([None, SICI, "10.1000/a}b", "10.1000/x{y}"])),
                min_size=1, max_size=5))
def test_random_titles_urls_and_dois_export_to_files_bibtex_and_biber_read(tmp_path_factory, papers):
    folder = tmp_path_factory.mktemp("fuzz")
    assume(all(is_url(url) for _, url, _ in papers))  # the rest is refused on the way in
    with Library(folder / "lib.db") as lib:
        for n, (title, url, doi) in enumerate(papers):
            lib.add(PaperData(title=f"{title} {n}", authors=[Author(f"{title} Author")], year=2020, url=url,
                              doi=doi if doi and n == 0 else None, venue=title, summary=title, tags=["T"]))
        text = render(lib, "bib", Selection(), annotate=True)
        (folder / "refs.bib").write_text(text, encoding="utf-8")
        code, blg, bbl = run_bibtex(folder)
        assert code == 0 and not re.search(r"[Ee]rror|I was expecting|I'm skipping", blg), blg
        assert bbl.count("\\bibitem{") == len(papers)  # no entry lost, not even a neighbour's
        proc, _ = run_biber(folder, folder / "refs.bib")
        assert proc.returncode == 0 and "ERROR" not in proc.stdout, proc.stdout
        with Library(folder / "again.db") as again:
            report = import_text(again, text, "bib")
            assert report.problems == []
            for paper in lib.papers():
                twin = again.get(paper.citekey)
                assert (twin.title, twin.author_names, twin.summary) == (paper.title, paper.author_names,
                                                                          paper.summary)
                assert twin.doi == paper.doi
                assert (twin.url or "").replace("%7B", "{").replace("%7D", "}").replace("%5C", "\\") == \
                    (paper.url or "").replace("%7B", "{").replace("%7D", "}").replace("%5C", "\\")


@pytest.mark.parametrize("title", ["C:\\temp\\", "a \\} b", "\\LaTeX is text here", "back\\slash{", "50\\%"])
def test_backslashes_and_braces_in_text_come_back_as_they_were(lib, tmp_path, title):
    lib.add(PaperData(title=title, year=2020))
    text = render(lib, "bib", Selection())
    assert "\\{}" not in text and "\\textbackslash\\textbraceleft" not in text
    with Library(tmp_path / "again.db") as again:
        import_text(again, text, "bib")
        assert [p.title for p in again.papers()] == [title]


DANGEROUS = re.compile(r"\\(input|include|write|openin|openout|immediate|catcode|def|csname|special)(?![A-Za-z])"
                       r"|\^\^")


@pytest.mark.parametrize("field", ["author", "venue", "journal_ref", "tags", "summary", "title"])
def test_no_exported_field_runs_a_command_from_typed_text(lib, field):
    evil = "\\input{/etc/hostname} \\immediate\\write18{rm -rf ~} $\\input{x}$ ^^5cinput{y}"
    values = {"title": "A paper", "authors": [Author("Ann Example")], "year": 2020}
    values.update({"author": {"authors": [Author(evil)]}, "venue": {"venue": evil},
                   "journal_ref": {"journal_ref": evil}, "tags": {"tags": [evil]},
                   "summary": {"summary": evil}, "title": {"title": evil}}[field])
    lib.add(PaperData(**values))
    exported = render(lib, "bib", Selection(), annotate=True) + render(lib, "bib", Selection(), ascii=True)
    assert not DANGEROUS.search(exported), exported


def test_raw_latex_from_a_bib_file_is_kept_but_neutralised(lib, tmp_path):
    source = ("@article{evil, title = {Nice {\\TeX} title \\input{/etc/hostname}},"
              " author = {\\csname input\\endcsname{/etc/passwd} and Ann Example},"
              " journal = {J. \\def\\x{1}\\x}, note = {^^5cinput{/etc/hostname}},"
              " keywords = {\\catcode`\\@=11}, annote = {\\immediate\\write18{id}}}\n")
    import_text(lib, source, "bib")
    exported = render(lib, "bib", Selection(), annotate=True)
    assert not DANGEROUS.search(exported), exported
    assert "{\\TeX}" in exported  # what is harmless stays as the file wrote it
    assert "\\textbackslash{}input{/etc/hostname}" in exported
