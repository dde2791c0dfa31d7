"""The exports, checked by the tools that consume them: bibtex (plain.bst), biber,
bibtexparser v2 and pandoc's citeproc.

The library mixes true arXiv metadata (Leviathan 2211.17192, QLoRA 2305.14314,
Maldacena hep-th/9711200 with its journal-ref and DOI, an ICLR 2024 oral, ...)
with the nasty cases: Unicode authors, a Chinese summary, ``& % $ # _`` and
``$\\alpha$`` math in a title, acronyms and colons, and one title-only paper
(no author, no year) whose warnings are expected and ignored.

Each test that runs a tool skips when the tool is absent. Tests marked
``xfail(strict=True)`` show bugs in the source: they start passing (and so
fail) once the bug is fixed, and the marker should then go.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import maldacena, paged_attention, speculative_decoding
from paperctl import Author, Library, PaperData
from paperctl.cli import app
from paperctl.formats.exporting import Selection, render

runner = CliRunner()

TITLE_ONLY = "Scaling Laws for Neural Language Models (to read)"
NASTY_TITLE = r"On $\alpha$-Divergence & Friends: 100% Recall at $5 per #GPU_hour"
CHINESE = "推测解码：小模型起草若干词元，大模型一次并行验证，输出分布不变。"
QLORA_SUMMARY = "4-bit NF4 + double quantization & paged optimizers: Guanaco reaches 99.3% of ChatGPT on Vicuna."


# -- tools --------------------------------------------------------------------------------------


def _run(args: list[str], cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=timeout)


@functools.cache
def _bibtex_missing() -> str | None:
    if shutil.which("bibtex") is None:
        return "bibtex is not installed (texlive-binaries)"
    if shutil.which("kpsewhich"):
        found = subprocess.run(["kpsewhich", "plain.bst"], capture_output=True, text=True).stdout.strip()
        if not found:
            return "plain.bst is not installed (texlive-base)"
    return None


@functools.cache
def _pandoc_missing() -> str | None:
    if shutil.which("pandoc") is None:
        return "pandoc is not installed"
    first = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    version = tuple(int(x) for x in re.findall(r"\d+", first)[:2])
    if version < (2, 11):
        return f"pandoc {first!r} has no --citeproc (needs 2.11 or later)"
    return None


needs_bibtex = pytest.mark.skipif(_bibtex_missing() is not None, reason=_bibtex_missing() or "")
needs_biber = pytest.mark.skipif(shutil.which("biber") is None, reason="biber is not installed")
needs_pandoc = pytest.mark.skipif(_pandoc_missing() is not None, reason=_pandoc_missing() or "")


# -- the library --------------------------------------------------------------------------------


def build(lib: Library) -> dict[str, str]:
    """Fill *lib*; return {role: citekey}."""
    keys: dict[str, str] = {}

    def add(role: str, data: PaperData) -> str:
        keys[role] = lib.add(data).paper.citekey
        return keys[role]

    add("leviathan", speculative_decoding(
        primary_category="cs.LG", categories=["cs.LG", "cs.CL"], published="2022-11-30",
        tags=["LLM/Inference"], summary=CHINESE,
    ))
    qlora = add("qlora", PaperData(
        title="QLoRA: Efficient Finetuning of Quantized LLMs",
        authors=[Author("Tim Dettmers"), Author("Artidoro Pagnoni"), Author("Ari Holtzman"),
                 Author("Luke Zettlemoyer")],
        arxiv_id="2305.14314", year=2023, primary_category="cs.LG", published="2023-05-23",
        tags=["LLM/Fine-tuning", "Quantization"], summary=QLORA_SUMMARY,
    ))
    lib.set_link(qlora, "code", "https://github.com/artidoro/qlora")
    lib.add_note(qlora, "Compare with GPTQ; see the NF4 appendix.")
    add("maldacena", maldacena(
        primary_category="hep-th", journal_ref="Adv.Theor.Math.Phys. 2 (1998) 231-252",
        doi="10.1023/A:1026654312961", tags=["Physics/Holography"],
        summary="AdS/CFT: type IIB string theory on AdS_5 x S^5 is dual to N=4 super Yang-Mills.",
    ))
    add("darcet", PaperData(
        title="Vision Transformers Need Registers",
        authors=[Author("Timothée Darcet"), Author("Maxime Oquab"), Author("Julien Mairal"),
                 Author("Piotr Bojanowski")],
        arxiv_id="2309.16588", year=2023, primary_category="cs.CV", venue="ICLR 2024 Oral", tags=["Vision"],
    ))
    add("kwon", paged_attention(primary_category="cs.LG", venue="SOSP 2023", doi="10.1145/3600006.3613165",
                                tags=["LLM/Inference"]))
    add("bert", PaperData(
        title="BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        authors=[Author("Jacob Devlin"), Author("Ming-Wei Chang"), Author("Kenton Lee"),
                 Author("Kristina Toutanova")],
        arxiv_id="1810.04805", year=2018, primary_category="cs.CL", venue="NAACL 2019",
    ))
    add("lora", PaperData(
        title="LoRA: Low-Rank Adaptation of Large Language Models",
        authors=[Author("Edward J. Hu"), Author("Yelong Shen"), Author("Phillip Wallis"),
                 Author("Zeyuan Allen-Zhu")],
        arxiv_id="2106.09685", year=2021, primary_category="cs.CL", tags=["LLM/Fine-tuning"],
    ))
    add("vaswani", PaperData(
        title="Attention Is All You Need",
        authors=[Author(n) for n in ("Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit",
                                     "Llion Jones", "Aidan N. Gomez", "Łukasz Kaiser", "Illia Polosukhin")],
        arxiv_id="1706.03762", year=2017, primary_category="cs.CL", venue="NeurIPS 2017",
    ))
    add("gpt3", PaperData(
        title="Language Models are Few-Shot Learners (GPT-3)",
        authors=[Author("Tom B. Brown"), Author("Benjamin Mann"), Author("Nick Ryder")],
        arxiv_id="2005.14165", year=2020, primary_category="cs.CL",
    ))
    # Synthetic, for the characters: not a real paper.
    add("nasty", PaperData(
        title=NASTY_TITLE,
        authors=[Author("Dirk Wübben"), Author("Łukasz Kaiser"), Author("José Hernández-Orallo")],
        year=2024, url="https://example.org/alpha-divergence", tags=["Théorie"],
        summary="Ünïcödé summary with 中文 & 50% off",
    ))
    add("title_only", PaperData(title=TITLE_ONLY))
    return keys


@pytest.fixture
def keys(lib: Library) -> dict[str, str]:
    return build(lib)


def test_citation_keys_are_the_expected_ones(keys):
    """The keys the documents below cite (pandoc's Markdown, LaTeX's \\cite)."""
    assert keys["leviathan"] == "leviathan2022fast"
    assert keys["maldacena"] == "maldacena1997large"
    assert keys["qlora"] == "dettmers2023qlora"
    assert keys["darcet"] == "darcet2023vision"
    assert keys["nasty"] == "wubben2024alpha"


def _problems(log: str, allowed: str, pattern: str) -> list[str]:
    """Lines of *log* matching *pattern* that do not name the *allowed* key."""
    return [line for line in log.splitlines() if re.search(pattern, line) and allowed not in line]


def _flat(text: str) -> str:
    return " ".join(text.split())


# -- bibtex with plain.bst ----------------------------------------------------------------------


def run_bibtex(folder: Path, bib_name: str = "refs", style: str = "plain") -> tuple[int, str, str]:
    """bibtex on an .aux citing every entry of *bib_name*.bib; (exit code, .blg, .bbl)."""
    (folder / "doc.aux").write_text(f"\\citation{{*}}\n\\bibstyle{{{style}}}\n\\bibdata{{{bib_name}}}\n")
    proc = _run(["bibtex", "doc"], folder)
    blg = (folder / "doc.blg").read_text(encoding="utf-8", errors="replace") if (folder / "doc.blg").exists() else ""
    bbl = (folder / "doc.bbl").read_text(encoding="utf-8", errors="replace") if (folder / "doc.bbl").exists() else ""
    return proc.returncode, blg or proc.stdout + proc.stderr, bbl


def _assert_clean_bibtex(code: int, blg: str, allowed: str) -> None:
    assert code == 0, blg
    assert not _problems(blg, allowed, r"Warning--|[Ee]rror|I was expecting|I'm skipping"), blg
    assert "error message" not in blg, blg


@needs_bibtex
def test_bibtex_plain_utf8(lib, keys, tmp_path):
    (tmp_path / "refs.bib").write_text(render(lib, "bib", Selection(), annotate=True), encoding="utf-8")
    code, blg, bbl = run_bibtex(tmp_path)
    _assert_clean_bibtex(code, blg, keys["title_only"])
    flat = _flat(bbl)
    assert flat.count("\\bibitem{") == 11
    for key in keys.values():
        assert f"\\bibitem{{{key}}}" in flat
    # capitals that plain.bst would lowercase are protected
    assert "{QLoRA}: {Efficient} finetuning of quantized {LLMs}" in flat
    assert "{BERT}: {Pre-training} of deep bidirectional" in flat
    assert "{LoRA}: {Low-Rank} adaptation" in flat
    assert "Language models are few-shot learners ({GPT-3})" in flat
    assert "{PagedAttention}" in flat
    # authors, in UTF-8 as written
    assert "Dirk Wübben, Łukasz Kaiser, and José Hernández-Orallo" in flat
    assert "Timothée Darcet" in flat
    assert "Yaniv Leviathan, Matan Kalman, and Yossi Matias" in flat
    # special characters escaped, math kept
    assert r"On $\alpha$-divergence \& friends: 100\% recall at \$5 per \#{GPU\_hour}" in flat
    # venues: booktitle without "Oral", journal-ref as journal
    assert r"In {\em ICLR 2024}, 2023" in flat and not re.search(r"\bOral\b", flat)
    assert r"{\em Adv.Theor.Math.Phys. 2 (1998) 231-252}" in flat
    assert r"In {\em NAACL 2019}" in flat and r"In {\em NeurIPS 2017}" in flat


@needs_bibtex
def test_bibtex_plain_ascii_via_cli(lib, keys, tmp_path):
    bib = tmp_path / "refs.bib"
    result = runner.invoke(app, ["--db", str(lib.path), "export", "--bib", "--ascii", "--annotate", "-o", str(bib)])
    assert result.exit_code == 0, result.output
    text = bib.read_text(encoding="utf-8")
    # pure ASCII, except what has no LaTeX form (the CJK in annote)
    leftovers = {ch for ch in text if ord(ch) > 127}
    assert leftovers, "the Chinese summary should survive in annote"
    for ch in leftovers:
        name = unicodedata.name(ch, "")
        assert name.startswith(("CJK", "FULLWIDTH", "IDEOGRAPHIC")), f"{ch!r} ({name}) left in --ascii output"
    for line in text.splitlines():
        if any(ord(ch) > 127 for ch in line):
            assert line.lstrip().startswith("annote = {"), line
    assert r'W{\"u}bben' in text
    assert r"{\L}ukasz" in text
    assert r"Jos{\'e} Hern{\'a}ndez-Orallo" in text
    assert r"Timoth{\'e}e Darcet" in text

    code, blg, bbl = run_bibtex(tmp_path)
    _assert_clean_bibtex(code, blg, keys["title_only"])
    flat = _flat(bbl)
    assert r"Dirk W{\"u}bben, {\L}ukasz Kaiser, and Jos{\'e} Hern{\'a}ndez-Orallo" in flat
    assert "{QLoRA}: {Efficient} finetuning of quantized {LLMs}" in flat
    assert all(ord(ch) < 128 for ch in bbl), "plain.bst does not print annote: the .bbl is pure ASCII"


@needs_bibtex
def test_bibtex_keeps_the_capital_of_large_n(lib, keys, tmp_path):
    (tmp_path / "refs.bib").write_text(render(lib, "bib", Selection()), encoding="utf-8")
    code, blg, bbl = run_bibtex(tmp_path)
    assert code == 0, blg
    assert re.search(r"The large \{?N\}? limit of superconformal", _flat(bbl)), bbl


@needs_bibtex
@pytest.mark.parametrize("field", ["title", "summary"])
def test_bibtex_survives_a_lone_brace(tmp_path, field):
    with Library(tmp_path / "lib.db") as small:
        odd = "Closing } Brace and {Opening One" if field == "title" else "the set {x | x > 0 is open, no closing brace"
        title = odd if field == "title" else "A Paper With an Odd Summary"
        small.add(PaperData(title=title, authors=[Author("Ann Example")], year=2020,
                            summary=odd if field == "summary" else None))
        small.add(speculative_decoding(primary_category="cs.LG"))
        (tmp_path / "refs.bib").write_text(render(small, "bib", Selection(), annotate=True), encoding="utf-8")
    code, blg, bbl = run_bibtex(tmp_path)
    _assert_clean_bibtex(code, blg, "\0")
    assert "Yaniv Leviathan, Matan Kalman, and Yossi Matias" in _flat(bbl)


# -- biber --tool -------------------------------------------------------------------------------


def run_biber(folder: Path, bib: Path) -> tuple[subprocess.CompletedProcess[str], str]:
    """``biber --tool`` with data-model validation; (process, the .bib biber wrote)."""
    out = folder / "biber-out"
    out.mkdir(exist_ok=True)
    proc = _run(["biber", "--tool", "--validate-datamodel", "--nolog", "--output-directory", str(out), bib.name],
                bib.parent, timeout=120)
    written = out / f"{bib.stem}_bibertool.bib"
    return proc, written.read_text(encoding="utf-8") if written.exists() else ""


@needs_biber
@pytest.mark.parametrize("ascii", [False, True], ids=["utf8", "ascii"])
def test_biber_tool_reads_every_entry_cleanly(lib, keys, tmp_path, ascii):
    bib = tmp_path / "refs.bib"
    bib.write_text(render(lib, "bib", Selection(), annotate=True, ascii=ascii), encoding="utf-8")
    proc, written = run_biber(tmp_path, bib)
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log
    assert not _problems(log, keys["title_only"], r"^(WARN|ERROR)|syntax error"), log
    # the title-only paper has no year: the data model says so, and that is the only warning
    assert re.search(rf"WARN .*'{keys['title_only']}'.*'date, year'", log), log
    for key in keys.values():
        assert re.search(rf"^@\w+\{{{key},$", written, re.M | re.I), key
    # biber parsed the names into family, given
    for name in ("Wübben, Dirk", "Kaiser, {Ł}ukasz" if ascii else "Kaiser, Łukasz", "Hernández-Orallo, José",
                 "Darcet, Timothée", "Leviathan, Yaniv", "Maldacena, Juan M."):
        assert name in written, name
    assert "EPRINTTYPE = {arXiv}" in written and "EPRINTCLASS = {hep-th}" in written
    assert "JOURNALTITLE = {Adv.Theor.Math.Phys. 2 (1998) 231-252}" in written
    assert "BOOKTITLE = {ICLR 2024}" in written
    assert CHINESE in written


# -- bibtexparser v2 round trip -----------------------------------------------------------------


EXPECTED_TYPES = {
    "leviathan": "misc", "qlora": "misc", "lora": "misc", "gpt3": "misc", "nasty": "misc", "title_only": "misc",
    "maldacena": "article", "darcet": "inproceedings", "kwon": "inproceedings", "bert": "inproceedings",
    "vaswani": "inproceedings",
}


def test_bibtexparser_round_trip(lib, keys):
    import bibtexparser
    from pylatexenc.latex2text import LatexNodes2Text

    text = render(lib, "bib", Selection(), annotate=True)
    parsed = bibtexparser.parse_string(text)
    assert not parsed.failed_blocks
    entries = {e.key: e for e in parsed.entries}
    assert [e.key for e in parsed.entries] == sorted(keys.values()), "sorted by citation key"
    decode = LatexNodes2Text().latex_to_text

    def to_text(value: str) -> str:
        # pylatexenc renders \textasciicircum as U+02C6 (modifier circumflex); LaTeX prints "^".
        return decode(value).replace("\u02c6", "^")

    for role, key in keys.items():
        entry, paper = entries[key], lib.get(key)
        fields = {f.key: f.value for f in entry.fields}
        assert entry.entry_type == EXPECTED_TYPES[role], role
        if role != "nasty":
            assert to_text(fields["title"]) == paper.title, role
        if paper.authors:
            assert fields["author"].split(" and ") == paper.author_names
        else:
            assert "author" not in fields
        assert fields.get("year") == (str(paper.year) if paper.year else None)
        if paper.arxiv_id:
            assert fields["eprint"] == paper.arxiv_id
            assert fields["archivePrefix"] == "arXiv"
            assert fields["url"] == f"https://arxiv.org/abs/{paper.arxiv_id}"
            assert fields.get("primaryClass") == paper.primary_category
        else:
            assert not {"eprint", "archivePrefix", "primaryClass"} & fields.keys()
        if paper.tags:
            assert [k.strip() for k in fields["keywords"].split(",")] == paper.tags, "keywords are the sections"
        else:
            assert "keywords" not in fields
        assert (to_text(fields["annote"]) if "annote" in fields else None) == paper.summary, role

    maldacena_fields = entries[keys["maldacena"]].fields_dict
    assert maldacena_fields["journal"].value == "Adv.Theor.Math.Phys. 2 (1998) 231-252"
    assert maldacena_fields["doi"].value.lower() == "10.1023/a:1026654312961"  # DOIs are case-insensitive
    assert entries[keys["kwon"]].fields_dict["doi"].value == "10.1145/3600006.3613165"
    assert entries[keys["kwon"]].fields_dict["booktitle"].value == "SOSP 2023"
    assert entries[keys["darcet"]].fields_dict["booktitle"].value == "ICLR 2024"
    nasty = entries[keys["nasty"]].fields_dict
    assert nasty["title"].value == r"On $\alpha$-Divergence \& Friends: 100\% Recall at \$5 per \#{GPU\_hour}"
    assert nasty["url"].value == "https://example.org/alpha-divergence"
    assert nasty["keywords"].value == "Théorie"
    assert "annote" not in {f.key for e in bibtexparser.parse_string(render(lib, "bib", Selection())).entries
                            for f in e.fields}, "annote only with annotate=True"


def test_bibtexparser_ascii_decodes_to_the_same_names(lib, keys):
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware

    parsed = bibtexparser.parse_string(
        render(lib, "bib", Selection(), ascii=True), append_middleware=[LatexDecodingMiddleware()]
    )
    assert not parsed.failed_blocks
    names = {e.key: e.fields_dict["author"].value.split(" and ") for e in parsed.entries if "author" in e}
    for role in ("nasty", "darcet", "vaswani"):
        assert names[keys[role]] == lib.get(keys[role]).author_names


# -- CSL-JSON with pandoc -----------------------------------------------------------------------


def run_pandoc(folder: Path, markdown: str) -> subprocess.CompletedProcess[str]:
    (folder / "doc.md").write_text(markdown, encoding="utf-8")
    return _run(["pandoc", "--citeproc", "--bibliography", "refs.json", "-t", "plain", "--wrap=none", "doc.md"],
                folder)


@needs_pandoc
def test_pandoc_citeproc_renders_the_csl_export(lib, keys, tmp_path):
    (tmp_path / "refs.json").write_text(render(lib, "csl", Selection()), encoding="utf-8")
    doc = (f"Speculative decoding [@{keys['leviathan']}] and holography [@{keys['maldacena']}];\n"
           f"see also [@{keys['nasty']}; @{keys['darcet']}; @{keys['qlora']}].\n")
    proc = run_pandoc(tmp_path, doc)
    assert proc.returncode == 0, proc.stderr
    assert "[WARNING]" not in proc.stderr, proc.stderr
    out = _flat(proc.stdout)
    assert "???" not in out and "@" not in out, "every citation resolved"
    # in-text citations, then the bibliography
    assert "(Leviathan, Kalman, and Matias 2022)" in out
    assert "(Maldacena 1997)" in out
    assert "Wübben, Kaiser, and Hernández-Orallo 2024" in out
    assert "Leviathan, Yaniv, Matan Kalman, and Yossi Matias. 2022." in out
    assert "Fast Inference from Transformers via Speculative Decoding" in out
    assert "The Large N Limit of Superconformal Field Theories and Supergravity" in out
    assert "Adv.Theor.Math.Phys. 2 (1998) 231-252" in out
    assert "https://doi.org/10.1023/a:1026654312961" in out.lower()
    assert "Wübben, Dirk, Łukasz Kaiser, and José Hernández-Orallo. 2024." in out
    assert "Darcet, Timothée, Maxime Oquab, Julien Mairal, and Piotr Bojanowski. 2023." in out
    assert "QLoRA: Efficient Finetuning of Quantized LLMs" in out
    assert "https://arxiv.org/abs/2211.17192" in out
    assert "Vaswani" not in out, "only cited items are listed"


@needs_pandoc
def test_pandoc_keeps_math_in_a_csl_title(lib, keys, tmp_path):
    (tmp_path / "refs.json").write_text(render(lib, "csl", Selection()), encoding="utf-8")
    proc = run_pandoc(tmp_path, f"See [@{keys['nasty']}].\n")
    assert proc.returncode == 0, proc.stderr
    assert r"$\alpha$" in proc.stdout, proc.stdout


def test_csl_container_title_matches_the_bibtex_booktitle(lib, keys):
    import json

    items = {item["id"]: item for item in json.loads(render(lib, "csl", Selection()))}
    assert items[keys["darcet"]]["container-title"] == "ICLR 2024"


@pytest.fixture
def suffixed(tmp_path):
    """Robert L. Logan IV: a name ending in a generational suffix (arXiv 2106.13353, true metadata)."""
    with Library(tmp_path / "suffix.db") as small:
        key = small.add(PaperData(
            title="Cutting Down on Prompts and Parameters: Simple Few-Shot Learning with Language Models",
            authors=[Author("Robert L. Logan IV"), Author("Ivana Balažević"), Author("Eric Wallace"),
                     Author("Fabio Petroni"), Author("Sameer Singh"), Author("Sebastian Riedel")],
            arxiv_id="2106.13353", year=2021, primary_category="cs.CL",
        )).paper.citekey
        yield small, key


def test_suffixed_name_gets_the_right_citekey(suffixed):
    assert suffixed[1] == "logan2021cutting"


@needs_pandoc
def test_pandoc_family_name_of_a_suffixed_author(suffixed, tmp_path):
    small, key = suffixed
    (tmp_path / "refs.json").write_text(render(small, "csl", Selection()), encoding="utf-8")
    proc = run_pandoc(tmp_path, f"See [@{key}].\n")
    assert proc.returncode == 0, proc.stderr
    assert "(Logan" in proc.stdout and "IV, Robert" not in proc.stdout, proc.stdout


@needs_biber
def test_biber_family_name_of_a_suffixed_author(suffixed, tmp_path):
    small, _ = suffixed
    bib = tmp_path / "refs.bib"
    bib.write_text(render(small, "bib", Selection()), encoding="utf-8")
    proc, written = run_biber(tmp_path, bib)
    assert proc.returncode == 0, proc.stdout
    assert re.search(r"AUTHOR = \{\{?Logan", written), written


# -- determinism --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["bib", "csl", "jsonl", "md"])
def test_render_is_deterministic(lib, keys, fmt):
    first = render(lib, fmt, Selection())
    assert first == render(lib, fmt, Selection())
    assert first.endswith("\n")
    assert ("Speculative Decoding" if fmt == "md" else keys["leviathan"]) in first


def test_bib_and_csl_do_not_depend_on_insertion_order(tmp_path):
    """Bibliographies are sorted by key: two libraries built in opposite orders export the same text."""
    with Library(tmp_path / "a.db") as one, Library(tmp_path / "b.db") as two:
        items = [speculative_decoding(), maldacena(journal_ref="Adv.Theor.Math.Phys. 2 (1998) 231-252"),
                 paged_attention(venue="SOSP 2023")]
        for data in items:
            one.add(data)
        for data in reversed(items):
            two.add(data)
        for fmt in ("bib", "csl"):
            assert render(one, fmt, Selection()) == render(two, fmt, Selection())


@pytest.mark.parametrize("flags", [["--bib"], ["--bib", "--ascii", "--annotate"], ["--csl"], ["--jsonl"], ["--md"]],
                         ids=lambda f: " ".join(f))
def test_writing_twice_gives_identical_bytes(lib, keys, tmp_path, flags):
    target = tmp_path / "out.txt"
    base = ["--db", str(lib.path), "export", *flags]
    first = runner.invoke(app, [*base, "-o", str(target)])
    assert first.exit_code == 0, first.output
    data = target.read_bytes()
    second = runner.invoke(app, [*base, "-o", str(target)])
    assert second.exit_code == 0, second.output
    assert target.read_bytes() == data
    assert data == runner.invoke(app, base).stdout_bytes, "-o writes what stdout shows"
    assert runner.invoke(app, [*base, "-o", str(target), "--check"]).exit_code == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.txt.")] == [], "no temporary files left"
