"""When two records are one paper (``paper_fields.same_work``), and the commands that
deal with it: ``key``, ``duplicates``, ``merge``, and the report of every key change.

The cases are real: BibTeX's and biblatex's sample bibliographies (tests/fixtures/
bibtex), Kullback's book and its 1997 reprint, and the shape of a journal archive,
where a column comes back under one title issue after issue.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import speculative_decoding
from paperctl import Author, PaperData
from paperctl.cli import app
from paperctl.formats.exporting import Selection, render
from paperctl.formats.importing import import_file, import_text
from paperctl.paper_fields import Identity, same_work

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "bibtex"


def run(lib, *args):
    return runner.invoke(app, ["--db", str(lib.path), *args])


@pytest.mark.parametrize(("new", "old", "found_by", "same"), [
    # A preprint and its publication a year later: one paper.
    (Identity(title_key="attention is all you need", year=2017, first_author="Ashish Vaswani"),
     Identity(title_key="attention is all you need", year=2018, first_author="Vaswani, Ashish"), "title", True),
    # Kullback's book (1959) and its Dover reprint (1997): two works (biblatex-examples.bib).
    (Identity(title_key="information theory and statistics", year=1997, first_author="Solomon Kullback"),
     Identity(title_key="information theory and statistics", year=1959, first_author="Solomon Kullback"),
     "title", False),
    # A column under one title by two columnists.
    (Identity(title_key="hints tricks", year=1995, first_author="Jeremy Gibbons"),
     Identity(title_key="hints tricks", year=1995, first_author="Barbara Beeton"), "title", False),
    # One columnist, one year, two issues: the pages say they are two.
    (Identity(title_key="editorial comments", year=1995, first_author="Barbara Beeton", place="16/1/3-5"),
     Identity(title_key="editorial comments", year=1995, first_author="Barbara Beeton", place="16/2/111-114"),
     "title", False),
    # A list entry without authors or year and the arXiv record: one paper.
    (Identity(title_key="batch icl"), Identity(title_key="batch icl", year=2024, first_author="Kaiyi Zhang"),
     "title", True),
    # Same key, other title: two papers that happen to share a key.
    (Identity(title_key="a"), Identity(title_key="b"), "key", False),
    # Same DOI, whatever the titles say.
    (Identity(doi="10.1/x", title_key="a"), Identity(doi="10.1/x", title_key="b"), "doi", True),
    # Two arXiv IDs that differ are two papers, even under one title.
    (Identity(arxiv_id="2101.00001", title_key="t"), Identity(arxiv_id="2101.00002", title_key="t"), "title", False),
])
def test_same_work(new, old, found_by, same):
    assert same_work(new, old, found_by).same is same


def test_a_reprint_imported_later_is_kept_apart_and_named(lib):
    import_text(lib, "@book{kullback, author = {Kullback, Solomon}, title = {Information Theory and Statistics},"
                     " year = 1959, publisher = {John Wiley \\& Sons}}\n", "bib")
    report = import_text(lib, "@book{kullback:reprint, author = {Kullback, Solomon}, title = {Information Theory"
                              " and Statistics}, year = 1997, publisher = {Dover Publications}}\n", "bib")
    assert report.new == ["kullback:reprint"]
    assert report.lookalikes == [(1, "kullback:reprint", "kullback", "same title, but 1959 and 1997")]


def test_columns_of_a_journal_that_share_a_title_stay_apart(lib):
    issues = "".join(
        f"@article{{Beeton:TB16-{n}, author = {{Barbara Beeton}}, title = {{Editorial comments}},"
        f" journal = {{TUGboat}}, volume = 16, number = {n}, pages = {{{p}}}, year = 1995}}\n"
        for n, p in ((1, "3--5"), (2, "111--114"), (3, "205--207")))
    first = import_text(lib, issues, "bib")
    assert len(first.new) == 3
    later = import_text(lib, issues.replace("TB16-", "TUGboat16:"), "bib")  # the same issues, other keys
    assert later.new == []  # each is recognised by its volume, number and pages, not merged into one
    assert sorted(p.aliases[0] for p in lib.papers()) == ["Beeton:TUGboat16:1", "Beeton:TUGboat16:2",
                                                         "Beeton:TUGboat16:3"]


def test_key_renames_and_keeps_the_old_key_as_an_alias(lib):
    lib.add(speculative_decoding())
    result = run(lib, "key", "2211.17192", "Leviathan:2023")
    assert result.exit_code == 0 and "leviathan2022fast -> Leviathan:2023" in result.stderr
    assert lib.get("leviathan2022fast").citekey == "Leviathan:2023"
    assert "ids = {leviathan2022fast}" in render(lib, "bib", Selection())
    result = run(lib, "key", "Leviathan:2023", "spec", "--no-alias")
    assert result.exit_code == 0 and lib.get("spec").aliases == ["leviathan2022fast"]
    bad = run(lib, "key", "spec", "has space")
    assert bad.exit_code != 0 and "cannot be a citation key" in bad.stderr and "Traceback" not in bad.output
    lib.add(PaperData(title="Another paper", authors=[Author("Ann Other")], year=2020))
    taken = run(lib, "key", "other2020another", "SPEC")  # keys are one whatever their case
    assert taken.exit_code != 0 and "already names another paper (spec)" in taken.stderr


def test_duplicates_lists_the_pairs_and_merge_keeps_everything(lib, tmp_path):
    import_file(lib, FIXTURES / "biblatex-examples-excerpt.bib")
    lib.add_note("baez/online", "read the arXiv version")
    lib.tag("baez/online", ["Category theory"])
    listed = run(lib, "duplicates")
    assert listed.exit_code == 0
    pairs = [line.split("\t")[:3] for line in listed.stdout.splitlines()]
    assert ["baez/article", "baez/online", "same arXiv ID math/0307200"] in pairs
    assert not any("kullback" in pair[0] and pair[1] == "kullback:reprint" for pair in pairs)  # a reprint
    merged = run(lib, "merge", "baez/article", "baez/online")
    assert merged.exit_code == 0, merged.output
    assert "Merged into baez/article" in merged.stderr and "alias baez/online" in merged.stderr
    paper = lib.get("baez/online")  # the merged key still finds the paper
    assert paper.citekey == "baez/article" and "baez/online" in paper.aliases
    assert "read the arXiv version" in [n.text for n in paper.notes]
    assert "Category theory" in paper.tags
    assert len([p for p in lib.papers() if p.title.startswith("Higher-Dimensional")]) == 1
    itself = run(lib, "merge", "baez/article", "baez/online")
    assert itself.exit_code != 0 and "cannot be merged into itself" in itself.stderr


def test_every_key_change_paperctl_makes_is_printed(lib):
    lib.add(PaperData(title="Fast Inference from Transformers via Speculative Decoding"))  # anonfast
    result = run(lib, "edit", "anonfast", "--author", "Yaniv Leviathan", "--year", "2022")
    assert result.exit_code == 0
    assert "Citation key changed: anonfast -> leviathan2022fast (anonfast still finds it)" in result.stderr
    assert lib.get("anonfast").citekey == "leviathan2022fast"
    again = run(lib, "edit", "leviathan2022fast", "--year", "2023")
    assert "Citation key changed" not in again.stderr  # a key made from an author never changes


def test_a_key_from_a_file_is_never_replaced(lib):
    import_text(lib, "@misc{anonymous2019, title = {Untold}}\n", "bib")
    lib.edit("anonymous2019", authors=["Ann Example"])
    assert lib.get("anonymous2019").citekey == "anonymous2019"


def _work_for_one_more_key(lib, existing: int) -> int:
    """SQLite VM steps (in hundreds) that giving one more paper the base key ``wang2024deep``
    costs when *existing* papers already have it with suffixes."""
    from paperctl import citekeys
    from paperctl.store import records

    lib.conn.execute("BEGIN")  # one transaction: the rows are set-up, not what is measured
    lib.conn.execute("DELETE FROM papers")
    lib.conn.executemany(
        "INSERT INTO papers (citekey, title, title_key, added, modified) VALUES (?, 't', 't', '', '')",
        [("wang2024deep" + (citekeys.suffix(n - 1) if n else ""),) for n in range(existing)])
    lib.conn.execute("COMMIT")
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    lib.conn.set_progress_handler(count, 100)
    try:
        key = records.free_key(lib.conn, "wang2024deep")
    finally:
        lib.conn.set_progress_handler(None, 100)
    assert key == "wang2024deep" + citekeys.suffix(existing - 1)  # the next free suffix
    return steps[0]


def test_keys_sharing_one_base_are_found_in_logarithmic_work(lib):
    """Issue 13 item 13: 50,000 entries sharing a key base took 31 s to import (each
    new key counted every key before it). The work for one more key must not grow
    with their number (bench/same_key_base.py times the 50,000)."""
    small, large = _work_for_one_more_key(lib, 2_000), _work_for_one_more_key(lib, 32_000)
    assert large < 2 * small + 5, (small, large)
