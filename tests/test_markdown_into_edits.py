"""`export --md --into README.md` never overwrites a hand edit without a word.

A user imports their README, then edits it by hand and changes papers in the
library. For each entry, --into compares the file's text with the text paperctl
last read or wrote there, and the paper with the paper then: an edit in the file
only is kept and said; a change in the library only is written; both is a
conflict, refused (nothing written) unless the user takes one side. Driven through
the command line, with the real Markdown reader, as a user would.
"""

from __future__ import annotations

import sqlite3

import pytest
from typer.testing import CliRunner

from conftest import SHARED
from paperctl.cli import app

runner = CliRunner()

# Shaped like gongchenghua/Papers-Graphs-with-Heterophily (venue prefixes, [[Paper](..)] links).
SURVEY = ("- [Arxiv 2024] **A Survey on Learning from Graphs with Heterophily**"
          " [[Paper](https://arxiv.org/abs/2401.09769)]")
EVENNET = ("- [NeurIPS 2022] **EvenNet: Ignoring Odd-Hop Neighbors Improves Robustness of Graph Neural Networks**"
           " [[Paper](https://arxiv.org/abs/2205.13892)]")
GNNSURVEY = ("- [Arxiv 2022] **Graph Neural Networks for Graphs with Heterophily: A Survey**"
             " [[Paper](https://arxiv.org/abs/2202.07082)]")
GLOGNN = ("- [ICML 2022] **Finding Global Homophily in Graph Neural Networks When Meeting Heterophily**"
          " [[Paper](https://arxiv.org/abs/2205.07308)]")
DOC = f"""# Papers on Graphs with Heterophily

A reading list. Pull requests welcome.

## Surveys

{SURVEY}
{GNNSURVEY}

## Models

{EVENNET}
{GLOGNN}

## Contributing

Open an issue.
"""
# 1-based lines of the entries in DOC
SURVEY_LINE, GNNSURVEY_LINE, EVENNET_LINE, GLOGNN_LINE = 7, 8, 12, 13


def cli(db, *args, code: int = 0):
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result


@pytest.fixture
def setup(tmp_path):
    """An imported README, then: the first survey edited by hand only, EvenNet changed in the
    library only, the second survey changed in both."""
    db, readme = tmp_path / "lib.db", tmp_path / "README.md"
    readme.write_text(DOC)
    cli(db, "import", str(readme))
    edited = (DOC.replace(SURVEY, SURVEY + " must read")
              .replace(GNNSURVEY, GNNSURVEY.replace("A Survey**", "A Survey** (the long one)")))
    readme.write_text(edited)
    cli(db, "summary", "2205.13892", "odd hops are ignored")
    cli(db, "summary", "2202.07082", "a taxonomy of heterophilic GNNs")
    return db, readme, edited


def into(db, readme, *extra, code: int = 0):
    return cli(db, "export", "--md", "--into", str(readme), *extra, code=code)


def test_an_edit_on_both_sides_is_refused_naming_file_line_and_paper_and_nothing_is_written(setup):
    db, readme, edited = setup
    before = readme.read_bytes()
    result = into(db, readme, code=1)
    error = result.stderr.strip()
    assert "\n" not in error and "Traceback" not in error
    assert error.startswith(f"Error: {readme}: 1 hand-edited entry whose paper also changed in the library:")
    key = sqlite3.connect(db).execute("SELECT citekey FROM papers WHERE arxiv_id = '2202.07082'").fetchone()[0]
    assert f"line {GNNSURVEY_LINE} (" in error and key in error
    assert f"line {SURVEY_LINE}" not in error and f"line {EVENNET_LINE}" not in error
    assert f"'paperctl import {readme}'" in error and "--overwrite-edits" in error
    assert readme.read_bytes() == before
    check = into(db, readme, "--check", code=1)  # --check reports the same conflict
    assert f"line {GNNSURVEY_LINE} (" in check.stderr and readme.read_bytes() == before


def test_overwrite_edits_takes_the_librarys_version_and_keeps_the_edit_only_in_the_file(setup):
    db, readme, _ = setup
    result = into(db, readme, "--overwrite-edits")
    lines = readme.read_text().splitlines()
    assert lines[SURVEY_LINE - 1] == SURVEY + " must read"  # edited in the file only: kept
    assert lines[EVENNET_LINE - 1] == EVENNET + " odd hops are ignored"  # changed in the library only
    assert lines[GNNSURVEY_LINE - 1] == GNNSURVEY + " a taxonomy of heterophilic GNNs"  # the library's version
    assert lines[GLOGNN_LINE - 1] == GLOGNN
    assert f"kept 1 hand-edited entry as the file has it (line {SURVEY_LINE})" in result.stderr
    assert f"wrote the library's version over 1 hand-edited entry (line {GNNSURVEY_LINE})" in result.stderr


def test_importing_the_readme_first_takes_its_edits_in_and_then_both_sides_are_written(setup):
    db, readme, _ = setup
    into(db, readme, code=1)
    cli(db, "import", str(readme))
    result = into(db, readme)
    assert "hand-edited" not in result.stderr
    text = readme.read_text()
    assert "must read" in text and "odd hops are ignored" in text
    # the file's edit of the second survey and the library's summary of it are both there
    assert "(the long one)" in text and "a taxonomy of heterophilic GNNs" in text
    assert text.startswith(DOC.split("## Surveys")[0]) and text.endswith("## Contributing\n\nOpen an issue.\n")


def test_a_second_into_with_nothing_changed_is_byte_identical_and_says_nothing_of_edits(setup):
    db, readme, _ = setup
    into(db, readme, "--overwrite-edits")
    first = readme.read_bytes()
    again = into(db, readme)
    assert readme.read_bytes() == first
    assert again.stderr == f"Wrote {readme}\n"
    check = into(db, readme, "--check")
    assert check.stderr == f"{readme} is up to date\n"


def test_a_kept_edit_stays_the_files_and_a_later_library_change_to_its_paper_is_refused(setup):
    db, readme, _ = setup
    into(db, readme, "--overwrite-edits")  # keeps "must read" on the first survey's line
    written = readme.read_bytes()
    cli(db, "summary", "2401.09769", "the handbook")
    result = into(db, readme, code=1)
    assert f"line {SURVEY_LINE} (" in result.stderr and readme.read_bytes() == written
    into(db, readme, "--overwrite-edits")
    assert readme.read_text().splitlines()[SURVEY_LINE - 1] == SURVEY + " the handbook"


def test_an_entry_only_the_library_changed_is_written_without_a_word_about_edits(tmp_path):
    db, readme = tmp_path / "lib.db", tmp_path / "README.md"
    readme.write_text(DOC)
    cli(db, "import", str(readme))
    cli(db, "summary", "2205.13892", "odd hops are ignored")
    result = into(db, readme)
    assert result.stderr == f"Wrote {readme}\n"
    assert readme.read_text() == DOC.replace(EVENNET, EVENNET + " odd hops are ignored")


def test_an_edited_entry_whose_paper_left_its_section_is_a_conflict(tmp_path):
    db, readme = tmp_path / "lib.db", tmp_path / "README.md"
    readme.write_text(DOC)
    cli(db, "import", str(readme))
    readme.write_text(DOC.replace(GLOGNN, GLOGNN + " global homophily"))
    cli(db, "untag", "2205.07308", "Models")
    result = into(db, readme, code=1)
    assert f"line {GLOGNN_LINE} (" in result.stderr and "no longer in this section" in result.stderr
    assert "global homophily" in readme.read_text()


def test_a_file_written_by_an_export_the_library_did_not_record_is_no_edit(setup):
    """The library forgot what --into wrote (an older paperctl, or a read-only library):
    an entry that is exactly what the library writes now is not a hand edit."""
    db, readme, _ = setup
    into(db, readme, "--overwrite-edits")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE md_entries SET edited = 0")
    conn.execute("UPDATE md_lists SET text = ?", [DOC])
    conn.execute("UPDATE md_entries SET raw = raw || ' (as imported)'")
    conn.commit()
    conn.close()
    written = readme.read_bytes()
    result = into(db, readme)
    assert readme.read_bytes() == written
    assert "hand-edited" in result.stderr  # only the real edit, "must read", is news
    assert f"(line {SURVEY_LINE})" in result.stderr


def test_a_readme_imported_with_its_markers_is_written_back_whole_not_into_itself(tmp_path):
    db, readme = tmp_path / "lib.db", tmp_path / "README.md"
    marked = DOC.replace("## Surveys", "<!-- paperctl:begin -->\n## Surveys").replace(
        "## Contributing", "<!-- paperctl:end -->\n\n## Contributing")
    readme.write_text(marked)
    cli(db, "import", str(readme))
    into(db, readme)
    assert readme.read_text() == marked
    readme.write_text(marked.replace(EVENNET, EVENNET + " by hand"))
    cli(db, "summary", "2205.13892", "odd hops are ignored")
    assert "line 13 (" in into(db, readme, code=1).stderr


def test_a_library_whose_lists_were_stored_before_edits_were_recorded_upgrades_in_place(tmp_path):
    """m007 on a library as m006 left it (an imported list stored): nothing lost, no entry
    taken for an edit, and the three-way check works from there."""
    db, readme = tmp_path / "lib.db", tmp_path / "README.md"
    readme.write_text(DOC)
    cli(db, "import", str(readme))
    conn = sqlite3.connect(db)
    before = conn.execute("SELECT raw, fingerprint FROM md_entries ORDER BY position").fetchall()
    conn.execute("ALTER TABLE md_entries DROP COLUMN edited")  # the library as m006 made it
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_markdown_entry_edits'")
    conn.commit()
    conn.close()
    assert len(before) == 4
    into(db, readme)
    assert readme.read_text() == DOC
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT raw, fingerprint FROM md_entries ORDER BY position").fetchall() == before
    assert conn.execute("SELECT count(*) FROM md_entries WHERE edited").fetchone()[0] == 0
    conn.close()
    readme.write_text(DOC.replace(EVENNET, EVENNET + " by hand"))
    cli(db, "summary", "2205.13892", "odd hops are ignored")
    assert f"line {EVENNET_LINE} (" in into(db, readme, code=1).stderr


REAL_LISTS = SHARED / "fixtures" / "real-lists"


@pytest.mark.skipif(not REAL_LISTS.is_dir(), reason="../shared/fixtures/real-lists is absent")
@pytest.mark.parametrize("name", ["atfortes__Awesome-LLM-Reasoning", "km1994__nlp_paper_study"])
def test_a_real_list_written_back_twice_is_byte_identical_and_a_later_edit_is_found(tmp_path, name):
    """Real lists where a changed paper is written in a shape the reader groups with the
    entry after it: --into remembers where it wrote each entry, so nothing is taken for
    an edit or written twice."""
    db, readme = tmp_path / "lib.db", tmp_path / "README.md"
    readme.write_bytes((REAL_LISTS / f"{name}.README.md").read_bytes())
    cli(db, "import", str(readme))
    ids = cli(db, "list", "--format", "ids").stdout.split()
    for pid in ids[::7][:5]:
        cli(db, "summary", pid, f"changed {pid}")
    into(db, readme)
    first = readme.read_bytes()
    assert into(db, readme).stderr == f"Wrote {readme}\n" and readme.read_bytes() == first
    lines = first.decode().split("\n")
    conn = sqlite3.connect(db)
    line, pid = conn.execute("SELECT e.line, p.arxiv_id FROM md_entries e JOIN papers p ON p.id = e.paper_id"
                             " WHERE p.arxiv_id IS NOT NULL"
                             " ORDER BY e.line DESC LIMIT 1").fetchone()
    conn.close()
    lines[line - 1] += " (edited by hand)"
    readme.write_text("\n".join(lines))
    kept = into(db, readme)
    assert f"kept 1 hand-edited entry as the file has it (line {line})" in kept.stderr
    assert readme.read_text() == "\n".join(lines)
    cli(db, "summary", pid, "changed in the library")
    assert f"line {line} (" in into(db, readme, code=1).stderr
