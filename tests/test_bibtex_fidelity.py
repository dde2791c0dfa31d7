"""A bibliography comes back as it went in: every entry, entry type, citation key and
field (issue 14), read from real files (BibTeX's and biblatex's sample bibliographies).

The export is checked with bibtexparser, a parser paperctl does not use, against the
source file read the same way.
"""

from __future__ import annotations

import re
from pathlib import Path

import bibtexparser
import pytest
from typer.testing import CliRunner

from conftest import SHARED, speculative_decoding
from paperctl import Library, PaperData
from paperctl.cli import app
from paperctl.formats.bibtex import reader
from paperctl.formats.bibtex.latex import to_text
from paperctl.formats.exporting import Selection, render
from paperctl.formats.importing import import_file, import_text

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "bibtex"
SAMPLES = [FIXTURES / "xampl.bib", FIXTURES / "biblatex-examples-excerpt.bib"]
SHARED_SAMPLES = sorted((SHARED / "fixtures" / "bibtex").glob("*.bib")) if SHARED.is_dir() else []


def _split_concatenation(value: str) -> list[str]:
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(value):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == '"' and depth == 0:
            quoted = not quoted
        elif ch == "#" and depth == 0 and not quoted:
            parts.append(value[start:i])
            start = i + 1
    return parts + [value[start:]]


def meaning(value: str, strings: dict[str, str]) -> str:
    """A field value as bibtex reads it: parts joined, @string macros expanded, white
    space collapsed (month macros stay names: styles and biber define them)."""
    out = []
    for part in _split_concatenation(value):
        part = part.strip()
        if part[:1] in "{\"" and part[-1:] in "}\"" and len(part) > 1 and "#" in value:
            part = part[1:-1]
        elif part.lower() in strings:
            part = strings[part.lower()]
        out.append(part)
    return " ".join("".join(out).split())


def entries(text: str) -> tuple[dict[str, tuple[str, dict[str, str]]], dict[str, str]]:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks, [b.raw[:80] for b in library.failed_blocks]
    strings = {s.key.lower(): s.value for s in library.strings}
    return {e.key: (e.entry_type.lower(), {f.key.lower(): f.value for f in e.fields}) for e in library.entries}, \
        strings


@pytest.mark.parametrize("path", SAMPLES + SHARED_SAMPLES, ids=lambda p: p.parent.parent.name + "/" + p.name)
def test_every_entry_type_key_and_field_comes_back(tmp_path, path):
    with Library(tmp_path / "lib.db") as lib:
        report = import_file(lib, path)
        assert report.problems == []
        exported = render(lib, "bib", Selection())
    source, strings = entries(path.read_text(encoding="utf-8"))
    back, _ = entries(exported)
    assert set(back) == set(source), "every key, every entry"
    for key, (entry_type, fields) in source.items():
        back_type, back_fields = back[key]
        assert back_type == entry_type, key
        for name, value in fields.items():
            assert meaning(back_fields.get(name, "<missing>"), {}) == meaning(value, strings), (key, name)


def test_reimporting_the_export_changes_nothing(tmp_path):
    with Library(tmp_path / "lib.db") as lib:
        import_file(lib, SAMPLES[1])
        first = render(lib, "bib", Selection())
        again = import_text(lib, first, "bib")
        assert again.new == [] and again.merged == [] and again.problems == []
        assert render(lib, "bib", Selection()) == first


def test_what_paperctl_understands_is_read_under_either_dialect(tmp_path):
    with Library(tmp_path / "lib.db") as lib:
        import_file(lib, SAMPLES[1])
        aksin = lib.get("aksin")  # biblatex: journaltitle = jomch (a macro), date = 2006
        assert (aksin.entry_type, aksin.year, aksin.venue) == ("article", 2006, "J. Organomet. Chem.")
        assert aksin.author_names[0] == "Özge Aksın"
        assert aksin.field("journal") == "J. Organomet. Chem." and aksin.field("pages") == "3027-3036"
        online = lib.get("baez/online")  # date = {2004-10-27}
        assert (online.year, online.published, online.entry_type) == (2004, "2004-10-27", "online")
        assert lib.get("set").entry_type == "set"  # an @set has no title, and is kept
        ct = lib.get("knuth:ct")
        assert (ct.year, ct.title, ct.field("address")) == (1984, "Computers & Typesetting", "Reading, Mass.")


def test_two_entries_of_one_work_in_one_file_stay_two(tmp_path):
    """baez/article and baez/online share an arXiv eprint: the file cites each by its
    own key, so both are kept, and the import names them as possible duplicates."""
    with Library(tmp_path / "lib.db") as lib:
        report = import_file(lib, SAMPLES[1])
        article, online = lib.get("baez/article"), lib.get("baez/online")
        assert article.id != online.id
        assert article.arxiv_id == "math/0307200" and online.arxiv_id is None  # one paper per arXiv ID
        assert online.field("eprint") == "math/0307200v3"  # kept as the file wrote it
        assert ("baez/online", "baez/article") in {(key, other) for _, key, other, _ in report.lookalikes}


def test_a_taken_key_gets_a_suffix_and_stays_an_alias(lib, tmp_path):
    lib.add(speculative_decoding())
    lib.set_key("leviathan2022fast", "Vaswani:2017")  # the user's own key for another paper
    report = import_text(lib, "@inproceedings{Vaswani:2017, title = {Attention Is All You Need},"
                              " author = {Vaswani, Ashish}, year = 2017}\n", "bib")
    assert report.new == ["Vaswani:2017a"]
    assert report.keys == [(1, "key 'Vaswani:2017' is taken by another paper; imported as Vaswani:2017a,"
                               " Vaswani:2017 kept as an alias")]
    assert lib.get("Vaswani:2017").title.startswith("Fast Inference")  # the key's owner wins
    assert lib.get("Vaswani:2017a").aliases == ["Vaswani:2017"]


def test_an_entry_merged_into_a_paper_keeps_its_key_as_an_alias(lib):
    lib.add(speculative_decoding())
    report = import_text(lib, "@misc{Leviathan:specdec, title = {Fast Inference from Transformers via"
                              " Speculative Decoding}, eprint = {2211.17192}, archivePrefix = {arXiv}}\n", "bib")
    assert report.merged and report.new == []
    assert report.keys == [(1, "merged into leviathan2022fast (same arXiv ID); Leviathan:specdec kept as an alias")]
    paper = lib.get("Leviathan:specdec")
    assert paper.citekey == "leviathan2022fast" and paper.aliases == ["Leviathan:specdec"]
    exported = render(lib, "bib", Selection())
    assert "ids = {Leviathan:specdec}" in exported  # biblatex resolves \cite{Leviathan:specdec}


@pytest.mark.parametrize(("latex", "text"), [
    (r"{The {\LaTeX} column}", "The LaTeX column"),
    (r"\TUG{} news", "TUG news"),  # a macro paperctl does not know keeps its name
    (r"The \TUG\ meeting", "The TUG meeting"),
    (r"\mbox{G-Animal's} Journal", "G-Animal's Journal"),
    (r"{\noopsort{1973b}}1973", "1973"),
    (r"Erd\H os and M\o ller and {\L}ukasz", "Erdős and Møller and Łukasz"),
    (r"An {$O(n \log n / \! \log\log n)$} Sorting Algorithm", r"An $O(n \log n / \! \log\log n)$ Sorting Algorithm"),
    (r"100% \& more", "100% & more"),
    (r"C:\textbackslash{}temp\textbackslash{}", "C:\\temp\\"),
    (r"\href{https://x.org}{the site}", "the site"),
])
def test_latex_is_read_as_the_text_it_prints(latex, text):
    assert to_text(latex) == text


@pytest.mark.parametrize("fields", [
    "journal = {Ar{X}iv:1212.5701}",
    "journal = {arXiv preprint arXiv:1212.5701}",
    "journal = {{arXiv} preprint {arXiv}:1212.5701}",
    "journal = {CoRR}, volume = {abs/1212.5701}",  # DBLP
    "eprint = {1212.5701}, eprinttype = {arxiv}",  # biblatex
    "howpublished = {arXiv:1212.5701v3}",
    "note = {\\url{https://arxiv.org/abs/1212.5701}}",
])
def test_arxiv_ids_are_found_where_real_files_put_them(fields):
    item = reader.read(f"@article{{zeiler, title = {{ADADELTA}}, {fields}}}\n").items[0]
    assert item.data.arxiv_id == "1212.5701"


def test_a_repeated_field_keeps_its_first_value_with_a_warning(lib):
    report = import_text(lib, "@misc{twice, title = {First}, title = {Second}, url = {https://a.org https://b.org}}\n",
                         "bib")
    assert report.new == ["twice"] and report.problems == []
    assert report.warnings == [(1, "twice: field 'title' repeated; the first value is kept (as bibtex does)")]
    paper = lib.get("twice")
    assert paper.title == "First" and paper.url is None  # two URLs are no URL, but the entry stays
    assert "https://a.org https://b.org" in render(lib, "bib", Selection())


def test_an_entry_without_a_key_is_reported_with_its_line(lib):
    report = import_text(lib, "@misc{ok, title = {Fine}}\n\n@misc{, title = {No key}}\n", "bib")
    assert report.new == ["ok"]
    assert report.problems == [(3, "@misc entry without a citation key; left out (bibtex and biber cannot cite it)")]


def test_keys_and_aliases_name_papers_wherever_a_paper_is_accepted(lib):
    lib.add(PaperData(title="Attention Is All You Need", year=2017))
    lib.set_key("attention is all you need", "Vaswani:2017")
    result = runner.invoke(app, ["--db", str(lib.path), "show", "vaswani:2017"])  # any case
    assert result.exit_code == 0 and "Vaswani:2017" in result.stdout
    assert lib.get("anon2017attention").citekey == "Vaswani:2017"  # the old key is an alias
    assert re.search(r"aliases\s+anon2017attention", result.stdout)


def test_json_lines_export_import_export_gives_the_same_bytes(tmp_path):
    """JSON Lines is lossless: keys, aliases, entry types, every field, timestamps, and
    the order of sections and of the papers in them come back as they were."""
    with Library(tmp_path / "lib.db") as lib:
        import_file(lib, SAMPLES[1])
        lib.add(speculative_decoding(tags=["Zeta/Last", "Alpha"], summary="s", notes=["one", "two"],
                                     links={"code": "https://github.com/x/y"}))
        lib.tag("aksin", ["Alpha", "Zeta/Last"])  # joins sections that came later, at their end
        lib.tag("yoon", ["Zeta/Last"])
        lib.set_key("aksin", "Aksin:2006")
        lib.set_fields("yoon", {"pages": "3163--3171"})
        first = render(lib, "jsonl", Selection())
    with Library(tmp_path / "again.db") as again:
        report = import_text(again, first, "jsonl")
        assert report.problems == [] and report.keys == []
        assert render(again, "jsonl", Selection()) == first
        assert again.get("aksin").citekey == "Aksin:2006"  # the alias came back too
    with Library(tmp_path / "third.db") as third:  # and BibTeX from the copy is the original's
        import_text(third, first, "jsonl")
        with Library(tmp_path / "lib.db") as lib:
            assert render(third, "bib", Selection()) == render(lib, "bib", Selection())


def test_csl_json_carries_the_record(tmp_path):
    import json

    with Library(tmp_path / "lib.db") as lib:
        import_file(lib, SAMPLES[0])
        import_file(lib, SAMPLES[1])
        import_text(lib, "@inproceedings{devlin2019bert, title = {{BERT}: Pre-training of Deep Bidirectional"
                         " Transformers}, booktitle = {NAACL}, editor = {Burstein, Jill and Doran, Christy},"
                         " pages = {4171--4186}, address = {Minneapolis}, publisher = {ACL}, year = 2019}\n", "bib")
        items = {i["id"]: i for i in json.loads(render(lib, "csl", Selection()))}
    aksin = items["aksin"]
    assert (aksin["type"], aksin["container-title"], aksin["volume"], aksin["issue"], aksin["page"]) == (
        "article-journal", "J. Organomet. Chem.", "691", "13", "3027-3036")
    assert aksin["issued"] == {"date-parts": [[2006]]}
    bert = items["devlin2019bert"]
    assert bert["title"] == '<span class="nocase">BERT</span>: Pre-training of Deep Bidirectional Transformers'
    assert (bert["type"], bert["container-title"], bert["page"], bert["publisher"], bert["publisher-place"]) == (
        "paper-conference", "NAACL", "4171–4186", "ACL", "Minneapolis")
    assert bert["editor"] == [{"family": "Burstein", "given": "Jill"}, {"family": "Doran", "given": "Christy"}]
    assert items["phdthesis-full"]["type"] == "thesis" and items["phdthesis-full"]["publisher"] == "Fanstord University"
    assert items["knuth:ct"]["issued"] == {"date-parts": [[1984], [1986]]}  # date = {1984/1986}
    assert items["techreport-full"]["number"] == "7"
    with Library(tmp_path / "again.db") as again:  # and back: the type, key and fields
        import_text(again, json.dumps(list(items.values())), "csl")
        back = again.get("devlin2019bert")
        assert (back.entry_type, back.field("pages"), back.field("booktitle"), back.field("editor")) == (
            "inproceedings", "4171--4186", "NAACL", "Jill Burstein and Christy Doran")
        assert "title = {{BERT}: Pre-training" in render(again, "bib", Selection())
