"""Libraries made before list layouts were stored upgrade in place, and export Markdown.

A library made at migration m003 (before m004 stored imported lists' layouts) and
one made at m006 (a list stored, before m007 recorded hand edits) are built here by
running the migrations up to that number and writing rows with the raw SQL of that
schema. Opening either upgrades it to the current schema with nothing lost, and
`export --md` works: `--style auto` writes the m003 library as `numbered` does (no
layout was recorded), and gives the m006 library's list back byte for byte.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from conftest import migrated_to
from paperctl import Author, Library
from paperctl.cli import app
from paperctl.formats.markdown.layout import fingerprint
from paperctl.models import Note, Paper
from paperctl.store.migrations import names

runner = CliRunner()

# Shaped like gongchenghua/Papers-Graphs-with-Heterophily (venue prefixes, [[Paper](..)] links).
SURVEY = ("- [Arxiv 2024] **A Survey on Learning from Graphs with Heterophily**"
          " [[Paper](https://arxiv.org/abs/2401.09769)]")
EVENNET = ("- [NeurIPS 2022] **EvenNet: Ignoring Odd-Hop Neighbors Improves Robustness of Graph Neural Networks**"
           " [[Paper](https://arxiv.org/abs/2205.13892)] [[Code](https://github.com/Leirunlin/EvenNet)]")
GLOGNN = ("- [ICML 2022] **Finding Global Homophily in Graph Neural Networks When Meeting Heterophily**"
          " [[Paper](https://arxiv.org/abs/2205.07308)]")
DOC = f"""# Papers on Graphs with Heterophily

A reading list. Pull requests welcome.

## Surveys

{SURVEY}

## Models

{EVENNET}

## Contributing

Open an issue.
"""
NOW = "2025-06-01T00:00:00+00:00"
# The two papers as that import stored them (m001's columns), with a note, a code link and sections.
ROWS = [
    "INSERT INTO papers (id, citekey, arxiv_id, title, title_key, year, venue, status, added, modified) VALUES"
    " (1, 'anon2024survey', '2401.09769', 'A Survey on Learning from Graphs with Heterophily',"
    f" 'a survey on learning from graphs with heterophily', 2024, 'Arxiv 2024', 'unread', '{NOW}', '{NOW}')",
    "INSERT INTO papers (id, citekey, arxiv_id, title, title_key, year, venue, summary, status, added, modified)"
    " VALUES (2, 'lei2022evennet', '2205.13892',"
    " 'EvenNet: Ignoring Odd-Hop Neighbors Improves Robustness of Graph Neural Networks',"
    " 'evennet ignoring odd hop neighbors improves robustness of graph neural networks', 2022, 'NeurIPS 2022',"
    f" NULL, 'read', '{NOW}', '{NOW}')",
    "INSERT INTO authors (paper_id, position, name) VALUES (2, 0, 'Runlin Lei'), (2, 1, 'Zhen Wang')",
    f"INSERT INTO notes (paper_id, text, created, modified) VALUES (2, 'even hops only', '{NOW}', '{NOW}')",
    "INSERT INTO links (paper_id, name, url, position) VALUES (2, 'code', 'https://github.com/Leirunlin/EvenNet', 0)",
    "INSERT INTO sections (id, path, key, position) VALUES (1, 'Surveys', 'surveys', 1), (2, 'Models', 'models', 2)",
    "INSERT INTO paper_sections (section_id, paper_id, position) VALUES (1, 1, 1), (2, 2, 1)",
]
FTS_V1 = [  # m001's search index (m005 rebuilds it with a column more)
    "INSERT INTO papers_fts (rowid, title, authors, abstract, summary, notes) VALUES"
    " (1, 'A Survey on Learning from Graphs with Heterophily', '', '', '', '')",
    "INSERT INTO papers_fts (rowid, title, authors, abstract, summary, notes) VALUES"
    " (2, 'EvenNet: Ignoring Odd-Hop Neighbors Improves Robustness of Graph Neural Networks',"
    " 'Runlin Lei, Zhen Wang', '', '', 'even hops only')",
]
PAPERS = [  # the same papers as paperctl loads them: what an import then fingerprinted
    Paper(1, "anon2024survey", "A Survey on Learning from Graphs with Heterophily", arxiv_id="2401.09769",
          year=2024, venue="Arxiv 2024"),
    Paper(2, "lei2022evennet", "EvenNet: Ignoring Odd-Hop Neighbors Improves Robustness of Graph Neural Networks",
          authors=[Author("Runlin Lei"), Author("Zhen Wang")], arxiv_id="2205.13892", year=2022,
          venue="NeurIPS 2022", status="read", notes=[Note(1, "even hops only", NOW, NOW)],
          links={"code": "https://github.com/Leirunlin/EvenNet"}),
]


def cli(db, *args, code: int = 0):
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result


def stored_list_rows(papers: list[Paper]) -> list[str]:
    """DOC as an import at m004-m006 stored it (md_entries without m007's ``edited``)."""
    lines = DOC.split("\n")
    sections = [(1, "Surveys", "## Surveys"), (2, "Models", "## Models")]
    entries = [(papers[0], 1, SURVEY, ["Paper"]), (papers[1], 2, EVENNET, ["Paper", "Code"])]
    rows = [f"INSERT INTO md_lists (id, source, newline, text, imported) VALUES (1, 'README.md', '\n', ?, '{NOW}')"]
    rows = [rows[0].replace("?", "'" + DOC.replace("'", "''") + "'")]
    for n, (sid, path, heading) in enumerate(sections):
        rows.append("INSERT INTO md_sections (list_id, position, section_id, path, heading, shape, link_labels,"
                    f" venue_format) VALUES (1, {n}, {sid}, '{path}', '{heading}', 'venue-prefix', '[\"Paper\"]',"
                    " '[{venue}]')")
    for n, (paper, sid, raw, labels) in enumerate(entries):
        rows.append("INSERT INTO md_entries (list_id, position, paper_id, section_id, line, shape, raw, marker,"
                    f" link_labels, venue_format, fingerprint) VALUES (1, {n}, {paper.id}, {sid},"
                    f" {lines.index(raw) + 1}, 'venue-prefix', '{raw}', '- ', '{json.dumps(labels)}', '[{{venue}}]',"
                    f" '{fingerprint(paper)}')")
    return rows


def assert_nothing_lost(path) -> None:
    with Library(path) as lib:
        assert lib.info()["schema_version"] == len(names())
        evennet = lib.get("lei2022evennet")
        assert (evennet.title, evennet.venue, evennet.status) == (PAPERS[1].title, "NeurIPS 2022", "read")
        assert evennet.author_names == ["Runlin Lei", "Zhen Wang"]
        assert [n.text for n in evennet.notes] == ["even hops only"]
        assert evennet.links == {"code": "https://github.com/Leirunlin/EvenNet"}
        assert lib.get("anon2024survey").tags == ["Surveys"] and evennet.tags == ["Models"]
        assert [h.paper.citekey for h in lib.search("hops")] == ["lei2022evennet"]
        assert lib.check() == []


def test_a_library_made_before_list_layouts_upgrades_and_auto_writes_it_as_numbered(tmp_path):
    path = tmp_path / "m003.db"
    migrated_to(path, "m003_venue_resolutions", ROWS + FTS_V1)
    assert_nothing_lost(path)
    numbered = cli(path, "export", "--md").stdout
    assert cli(path, "export", "--md", "--style", "auto").stdout == numbered
    assert numbered.startswith("* [Surveys](#surveys)\n* [Models](#models)\n\n## Surveys\n\n1. **A Survey")
    # The upgraded library stores a list imported now and gives it back: the paper new to
    # the library as read, one it already had (which holds more than its entry) written anew.
    readme = tmp_path / "README.md"
    readme.write_text(DOC.replace(EVENNET, EVENNET + "\n" + GLOGNN), encoding="utf-8")
    cli(path, "import", str(readme))
    text = cli(path, "export", "--md", "--style", "auto").stdout.split("\n")
    assert text[:7] == DOC.split("\n")[:7] and SURVEY in text and GLOGNN in text
    assert EVENNET not in text
    evennet = next(line for line in text if "EvenNet" in line)
    assert evennet.startswith("- ✅ [NeurIPS 2022] **EvenNet") and "*Runlin Lei, Zhen Wang*" in evennet
    assert_nothing_lost(path)


def test_a_library_with_a_list_stored_before_edits_were_recorded_gives_it_back(tmp_path):
    path = tmp_path / "m006.db"
    migrated_to(path, "m003_venue_resolutions", ROWS + FTS_V1)
    migrated_to(path, "m006_attachments", stored_list_rows(PAPERS))
    conn = sqlite3.connect(path)
    assert "edited" not in [row[1] for row in conn.execute("PRAGMA table_info(md_entries)")]
    conn.close()
    assert_nothing_lost(path)
    assert cli(path, "export", "--md", "--style", "auto").stdout == DOC
    readme = tmp_path / "README.md"
    readme.write_text(DOC, encoding="utf-8")
    cli(path, "export", "--md", "--into", str(readme))  # auto: the file was imported
    assert readme.read_text(encoding="utf-8") == DOC
    cli(path, "venue", "anon2024survey", "ICDE 2025")
    cli(path, "export", "--md", "--into", str(readme))
    assert readme.read_text(encoding="utf-8") == DOC.replace(SURVEY, SURVEY.replace("[Arxiv 2024]", "[ICDE 2025]"))


@pytest.mark.parametrize("last", ["m003_venue_resolutions", "m006_attachments"])
def test_an_upgraded_library_exports_every_markdown_style(tmp_path, last):
    path = tmp_path / "old.db"
    migrated_to(path, "m003_venue_resolutions", ROWS + FTS_V1)
    migrated_to(path, last, stored_list_rows(PAPERS) if last == "m006_attachments" else [])
    for style in ("numbered", "bullets", "table", "citation", "venue-prefix", "bracket", "auto"):
        text = cli(path, "export", "--md", "--style", style, "--tag", "Models").stdout
        assert "EvenNet: Ignoring Odd-Hop Neighbors" in text and "Leirunlin/EvenNet" in text, style
