"""Regular expressions kept between runs (``pattern_cache``): the patterns served from
the file are the ones ``re.compile`` makes, and a file that is missing, damaged or
not to be written changes nothing but the time taken."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from paperctl import pattern_cache

pytestmark = pytest.mark.skipif(pattern_cache.cache_file() is None, reason="this Python keeps no pattern code")

SOURCES = [
    (r"(?P<venue>[A-Z][A-Za-z]+)\s*'?(?P<year>\d{2,4})", 0),
    (r"^\s*(?:arxiv|preprint)\b", re.IGNORECASE),
    (r"[\u3040-\u30ff\u3400-\u9fff]+", 0),
    (r"^(?:- |\* )?\*\*(.+?)\*\*  # a bold title\n", re.MULTILINE | re.VERBOSE),
]
SAMPLES = ["ICML'25", "NeurIPS 2023 Spotlight", "ArXiv preprint", "深度学习 2024", "- **Title**\n", ""]


@pytest.fixture(autouse=True)
def bytecode_written(monkeypatch):
    """As Python runs by default (a session may have set PYTHONDONTWRITEBYTECODE)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)


def compile_all() -> list[re.Pattern[str]]:
    return [re.compile(source, flags) for source, flags in SOURCES]


def spy_on_compile(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The patterns compiled by ``re.compile`` itself from now on."""
    compiled: list[str] = []
    real = re.compile

    def spy(pattern, flags=0):
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", spy)
    return compiled


def test_a_second_run_takes_the_patterns_from_the_file(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    with pattern_cache.kept(path):
        first = compile_all()
    assert path.exists()
    compiled = spy_on_compile(monkeypatch)
    with pattern_cache.kept(path):
        second = compile_all()
    assert compiled == []  # none compiled again
    assert second == first == [re.compile(s, f) for s, f in SOURCES]  # (equal: the engine's code is the same)
    for a, b in zip(first, second, strict=True):
        assert a.groupindex == b.groupindex and a.flags == b.flags
        for sample in SAMPLES:
            assert [m.groups() for m in a.finditer(sample)] == [m.groups() for m in b.finditer(sample)]


def test_re_compile_is_itself_again_after_the_block(tmp_path):
    real = re.compile
    with pattern_cache.kept(tmp_path / "patterns.marshal"):
        assert re.compile is not real
    assert re.compile is real


def test_a_damaged_file_is_compiled_anew_and_written_again(tmp_path):
    path = tmp_path / "patterns.marshal"
    path.write_bytes(b"\x00 not marshal data")
    with pattern_cache.kept(path):
        patterns = compile_all()
    assert patterns == [re.compile(s, f) for s, f in SOURCES]
    with pattern_cache.kept(path):
        assert compile_all() == patterns


def test_code_the_engine_refuses_is_compiled_anew(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    with pattern_cache.kept(path):
        compile_all()
    known = pattern_cache._load(path)
    pattern_cache._save(path, {key: (flags, [999999], *rest) for key, (flags, _, *rest) in known.items()})
    with pattern_cache.kept(path):
        assert compile_all() == [re.compile(s, f) for s, f in SOURCES]


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "patterns.marshal"
    with pattern_cache.kept(path):
        compile_all()
    assert not path.exists()


def test_an_unwritable_folder_costs_only_time(tmp_path):
    path = tmp_path / "missing" / "deeper" / "patterns.marshal"  # (mkdir makes one level only)
    with pattern_cache.kept(path):
        assert compile_all() == [re.compile(s, f) for s, f in SOURCES]
    assert not path.exists() and not list(tmp_path.rglob("*.tmp"))


def test_the_reader_loads_the_same_from_the_file(tmp_path):
    """A fresh process loading the reader with the patterns kept reads a list as one
    that compiles every pattern itself."""
    script = (
        "import sys; from pathlib import Path; from paperctl import pattern_cache\n"
        "with pattern_cache.kept(Path(sys.argv[1])):\n"
        "    from paperctl.formats.markdown import reader\n"
        "text = '## Papers\\n- [ICML\\'25] **A Title** [[paper](https://arxiv.org/abs/2401.00001)]\\n'\n"
        "e = reader.parse(text).entries[0]\n"
        "print(e.data.title, e.data.venue, e.data.arxiv_id, e.layout.section)\n"
    )
    path = tmp_path / "patterns.marshal"
    runs = [subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
            for _ in range(2)]
    assert path.exists()
    assert runs[0].stdout == runs[1].stdout == "A Title ICML 2025 2401.00001 Papers\n"
