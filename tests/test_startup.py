"""What a start of the read commands loads: no write side, no pattern compiled before use.

``list``, ``search`` and ``show`` are the commands people run most, and at 100k papers
their start-up is most of their time (issue 14: "reads at 100k unchanged";
``bench/read_instructions.py`` measures it). These tests hold the structure that keeps
them quick; the figures themselves are measured in ``bench/``, never asserted here.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from paperctl import lazy

WRITE_SIDE = ("paperctl.paper_data", "paperctl.paper_fields", "paperctl.store.records", "paperctl.citekeys")


@pytest.fixture
def library(tmp_path):
    from paperctl import Author, Library, PaperData

    path = tmp_path / "lib.db"
    with Library(path) as lib:
        lib.add(PaperData(title="Fast Inference from Transformers via Speculative Decoding",
                          authors=[Author("Yaniv Leviathan")], arxiv_id="2211.17192", year=2022))
    return path


def _loaded_by(db, *args: str) -> tuple[str, list[str]]:
    """What ``paperctl ARGS`` prints, and which write-side modules it imported (a fresh process)."""
    script = ("import atexit, sys; from paperctl.cli import main\n"
              f"atexit.register(lambda: print(sorted(m for m in sys.modules if m in {WRITE_SIDE!r})))\n"
              "main()")
    result = subprocess.run([sys.executable, "-c", script, "--db", str(db), *args], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    *printed, loaded = result.stdout.splitlines()
    return "\n".join(printed), eval(loaded)


@pytest.mark.parametrize("args", [["list"], ["search", "speculative"], ["show", "leviathan2022fast"],
                                  ["show", "2211.17192"], ["list", "--json"]])
def test_read_commands_load_no_write_side(library, args):
    printed, loaded = _loaded_by(library, *args)
    assert "2211.17192" in printed
    assert loaded == []


def test_a_write_loads_it(library):
    printed, loaded = _loaded_by(library, "status", "leviathan2022fast", "read")
    assert "paperctl.paper_data" in loaded and "paperctl.store.records" in loaded


def test_the_write_side_shapes_are_still_found_in_models():
    from paperctl import AddResult, PaperData, models, paper_data

    assert models.PaperData is PaperData is paper_data.PaperData
    assert models.AddResult is AddResult and models.Imported is paper_data.Imported
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        models.Nothing  # noqa: B018


def test_a_lazy_pattern_matches_as_the_compiled_one():
    eager = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE)
    lazy_one = lazy.pattern(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE)
    assert "compiled on first use" in repr(lazy_one)
    for text in ("DOI: 10.1000/182", "https://doi.org/10.1000/182", "10.1000/182", ""):
        assert bool(lazy_one.match(text)) == bool(eager.match(text))
        assert lazy_one.sub("", text) == eager.sub("", text)
    assert lazy_one.pattern == eager.pattern and lazy_one.flags == eager.flags
    words = lazy.pattern(r'"[^"]*"?|\S+')
    assert words.findall('spec* "a phrase" OR b') == ["spec*", '"a phrase"', "OR", "b"]
    assert words.fullmatch("word") and not words.fullmatch("two words")


def test_the_reads_annotations_are_objects_not_strings():
    """typer compiles each string annotation of the command it runs, at every run (see
    ARCHITECTURE.md, "Start-up"): the global options, ``list`` and ``search`` give objects."""
    from paperctl.cli import application, browse

    for command in (application._main, browse.list_, browse.search):
        assert command.__annotations__
        assert not [name for name, value in command.__annotations__.items() if isinstance(value, str)]


def test_a_new_library_is_made_without_sqlite_utils(tmp_path):
    """sqlite-utils takes 50-70 ms to load; a new library's first command (often a large
    import) makes the library without it (``migrations.create``). It is still what brings
    an older library up to date."""
    script = ("import atexit, sys; from paperctl.cli import main\n"
              "atexit.register(lambda: print('sqlite_utils' in sys.modules))\n"
              "main()")
    db = tmp_path / "new.db"
    result = subprocess.run([sys.executable, "-c", script, "--db", str(db), "add", "--no-fetch", "--title", "A paper"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "False"
    assert db.exists()


def test_the_cycle_collector_does_not_walk_what_start_up_loads(library):
    """Loading the command's modules makes objects that live as long as the process: the
    collector is off meanwhile, then on again for the command (``cli._collect_again``),
    which may make garbage of its own (a 100k-paper import)."""
    script = ("import atexit, gc, sys\n"
              "import paperctl.cli as cli\n"
              "runs, loaded = [], []\n"
              "gc.callbacks.append(lambda phase, info: phase == 'start' and runs.append(info['generation']))\n"
              "again = cli._collect_again\n"
              "cli._collect_again = lambda: loaded.append(len(runs)) or again()\n"
              "atexit.register(lambda: print(loaded, gc.isenabled()))\n"
              "cli.main()")
    result = subprocess.run([sys.executable, "-c", script, "--db", str(library), "list"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    *printed, counted = result.stdout.splitlines()
    assert "2211.17192" in "\n".join(printed)
    assert counted == "[0] True"  # no collection while the modules loaded; on for the command
