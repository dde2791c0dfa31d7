"""open and attach: a paper's page, PDF, links and local file, opened in the browser.

The browser is played by a script given as ``$BROWSER`` (which Python's webbrowser,
and so paperctl, honours) that writes down what it was asked to open. paperctl runs
as a separate process, as webbrowser reads ``$BROWSER`` once per process.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import migrated_to
from paperctl import Author, Library, PaperData
from processes import PAPERCTL, child_env


@pytest.fixture
def library(tmp_path) -> Path:
    path = tmp_path / "library.db"
    with Library(path) as lib:
        lib.add(PaperData(title="Fast Inference from Transformers via Speculative Decoding",
                          authors=[Author("Yaniv Leviathan")], arxiv_id="2211.17192", version=2, year=2022,
                          links={"code": "https://github.com/feifeibear/LLMSpeculativeSampling"}))
        lib.add(PaperData(title="Efficient Memory Management for Large Language Model Serving with PagedAttention",
                          authors=[Author("Woosuk Kwon")], doi="10.1145/3600006.3613165", year=2023))
        lib.add(PaperData(title="Batch-ICL: Effective, Efficient, and Order-Agnostic In-Context Learning"))
    return path


@pytest.fixture
def browser(tmp_path) -> tuple[Path, Path]:
    """A stand-in browser: (its script, the file where it writes each URL it is given)."""
    record = tmp_path / "opened.txt"
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" >> "{record}"\n')
    script.chmod(0o755)
    return script, record


def run(library: Path, *args: str, browser: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = child_env(**({"BROWSER": str(browser)} if browser else {}))
    return subprocess.run([*PAPERCTL, "--db", str(library), *args], capture_output=True, text=True, env=env,
                          timeout=60)


def opened(record: Path) -> list[str]:
    return record.read_text().splitlines() if record.exists() else []


@pytest.mark.parametrize("args, url", [
    (["2211.17192"], "https://arxiv.org/abs/2211.17192"),
    (["2211.17192", "page"], "https://arxiv.org/abs/2211.17192"),
    (["leviathan2022fast", "pdf"], "https://arxiv.org/pdf/2211.17192v2"),
    (["leviathan2022fast", "code"], "https://github.com/feifeibear/LLMSpeculativeSampling"),
    (["leviathan2022fast", "Code"], "https://github.com/feifeibear/LLMSpeculativeSampling"),
    (["kwon2023efficient"], "https://doi.org/10.1145/3600006.3613165"),
])
def test_open_asks_the_browser(library, browser, args, url):
    script, record = browser
    result = run(library, "open", *args, browser=script)
    assert result.returncode == 0, result.stderr
    assert opened(record) == [url]
    assert result.stderr == f"Opened {url}\n"


def test_print_only_prints(library, browser):
    script, record = browser
    result = run(library, "open", "2211.17192", "pdf", "--print", browser=script)
    assert result.stdout == "https://arxiv.org/pdf/2211.17192v2\n"
    assert opened(record) == []


@pytest.mark.parametrize("args, error", [
    (["leviathan2022fast", "video"],
     "Error: leviathan2022fast has no link named 'video'; open one of: page, pdf, file, code\n"),
    (["kwon2023efficient", "pdf"], "Error: no PDF known for kwon2023efficient; attach one with paperctl attach "
                                   "kwon2023efficient FILE\n"),
    (["anonbatch"], "Error: anonbatch has no arXiv ID, DOI or URL to open; add one with paperctl edit, or a link\n"),
    (["anonbatch", "file"], "Error: anonbatch has no file attached; attach one with paperctl attach anonbatch FILE\n"),
])
def test_nothing_to_open_is_a_clear_error(library, browser, args, error):
    script, record = browser
    result = run(library, "open", *args, browser=script)
    assert result.returncode != 0
    assert result.stderr == error
    assert opened(record) == []


def test_attach_a_pdf_show_it_and_open_it(library, browser, tmp_path):
    script, record = browser
    pdf = tmp_path / "papers" / "batch icl.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(b"%PDF-1.4\n")
    result = run(library, "attach", "anonbatch", str(pdf))
    assert result.returncode == 0 and result.stderr == f"Attached {pdf} to anonbatch\n"
    assert f"file  {pdf}" in run(library, "show", "anonbatch").stdout
    assert json.loads(run(library, "show", "anonbatch", "--json").stdout)["file"] == str(pdf)
    assert run(library, "open", "anonbatch", "file", browser=script).returncode == 0
    assert run(library, "open", "anonbatch", "pdf", browser=script).returncode == 0  # no arXiv PDF: the file
    assert opened(record) == [pdf.as_uri(), pdf.as_uri()]
    assert run(library, "open", "anonbatch", "file", "--print").stdout == f"{pdf}\n"


def test_a_relative_path_is_stored_absolute(library, tmp_path):
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.4\n")
    result = subprocess.run([*PAPERCTL, "--db", str(library), "attach", "2211.17192", "paper.pdf"], cwd=tmp_path,
                            capture_output=True, text=True, env=child_env(), timeout=60)
    assert result.returncode == 0, result.stderr
    assert run(library, "open", "2211.17192", "file", "--print").stdout == f"{tmp_path / 'paper.pdf'}\n"


def test_a_moved_file_is_shown_missing_and_not_opened(library, browser, tmp_path):
    script, record = browser
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert run(library, "attach", "2211.17192", str(pdf)).returncode == 0
    pdf.unlink()
    assert f"file  {pdf} (missing)" in run(library, "show", "2211.17192").stdout
    result = run(library, "open", "2211.17192", "file", browser=script)
    assert result.returncode == 1
    assert result.stderr == (f"Error: the attached file {pdf} is gone (moved or deleted?); attach it again with "
                             "paperctl attach\n")
    assert opened(record) == []


@pytest.mark.parametrize("path, error", [("missing.pdf", "not found"), (".", "a folder")])
def test_attaching_what_is_not_a_file_is_refused(library, tmp_path, path, error):
    result = subprocess.run([*PAPERCTL, "--db", str(library), "attach", "2211.17192", path], cwd=tmp_path,
                            capture_output=True, text=True, env=child_env(), timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("Error: cannot attach ") and error in result.stderr


def test_detach(library, tmp_path):
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    run(library, "attach", "2211.17192", str(pdf))
    assert run(library, "attach", "2211.17192", "--remove").stderr == "leviathan2022fast has no file attached now\n"
    assert "file " not in run(library, "show", "2211.17192").stdout
    assert pdf.exists()  # the file itself is the user's


def test_the_local_path_never_reaches_an_export(library, tmp_path):
    pdf = tmp_path / "secret-folder" / "paper.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(b"%PDF-1.4\n")
    run(library, "attach", "2211.17192", str(pdf))
    for fmt in ("--md", "--bib", "--csl", "--jsonl"):
        exported = run(library, "export", fmt)
        assert exported.returncode == 0 and "secret-folder" not in exported.stdout, fmt


def test_a_library_made_before_attachments_upgrades_without_loss_and_attaches(tmp_path):
    """m006 on a library at the schema before it, holding rows (written at schema 4, then
    brought to 5 by m005 as a user's library was)."""
    from test_storage import V2_DATA

    path = tmp_path / "old.db"
    migrated_to(path, "m004_markdown_list_layouts", V2_DATA)
    migrated_to(path, "m005_bibliographic_records", [])
    pdf = tmp_path / "speculative.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with Library(path) as lib:
        paper = lib.get("leviathan2022fast")
        assert (paper.summary, paper.status, paper.tags, [n.text for n in paper.notes]) == (
            "用小模型生成，大模型并行验证", "read", ["LLM/ICL"], ["speedup 2-3x"])
        assert lib.check() == []
        _, stored = lib.attach("2211.17192", pdf)
        assert stored == pdf and lib.attachment("leviathan2022fast") == str(pdf)
        lib.remove("2211.17192")  # the attachment goes with its paper
        assert lib.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
