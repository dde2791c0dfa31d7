"""Where the library lives, what is refused, and schema migrations."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import migrated_to, speculative_decoding
from paperctl import Library
from paperctl.errors import NewerLibrary, NotALibrary
from paperctl.location import library_path
from paperctl.store.db import KNOWN_MIGRATIONS
from paperctl.store.migrations import names


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_explicit_path_then_env_then_nearest_then_user_folder(tmp_path, monkeypatch):
    project = tmp_path / "reading-list"
    (project / "data").mkdir(parents=True)
    (project / "data" / "library.db").touch()
    deep = project / "notes" / "2024"
    deep.mkdir(parents=True)
    env = {"PAPERCTL_DB": str(tmp_path / "env.db")}
    assert library_path("x.db", cwd=deep, environ=env).name == "x.db"
    assert library_path(None, cwd=deep, environ=env) == tmp_path / "env.db"
    assert library_path(None, cwd=deep, environ={}) == (project / "data" / "library.db").resolve()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert library_path(None, cwd=tmp_path, environ={}) == tmp_path / "xdg" / "paperctl" / "library.db"


def test_missing_folders_are_created_on_first_write(tmp_path):
    path = tmp_path / "a" / "b" / "library.db"
    with Library(path) as lib:
        lib.add(speculative_decoding())
    assert path.is_file()


def test_reading_a_missing_library_creates_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        Library(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_a_random_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"my precious notes, not a database" * 100)
    before = _digest(path)
    with pytest.raises(NotALibrary, match="not an SQLite database"):
        Library(path)
    assert _digest(path) == before


def test_another_sqlite_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE todo (item TEXT)")
    conn.execute("INSERT INTO todo VALUES ('buy milk')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotALibrary, match="not a paperctl library"):
        Library(path)
    assert _digest(path) == before


def test_a_library_from_a_newer_paperctl_is_refused(tmp_path):
    path = tmp_path / "lib.db"
    Library(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('paperctl', 'm999_future', '')"
    )
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerLibrary, match="newer paperctl"):
        Library(path)
    assert _digest(path) == before


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(NotALibrary, match="folder"):
        Library(tmp_path)


def test_db_and_migrations_agree_on_the_schema():
    assert list(KNOWN_MIGRATIONS) == names()


def test_new_libraries_use_wal_and_foreign_keys(lib):
    assert lib.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert lib.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


# Data written with the raw SQL of each schema version, so that every later
# migration is exercised on a library that holds real rows.
V1_DATA = [
    "INSERT INTO papers (id, citekey, arxiv_id, version, title, title_key, year, summary, status, added, modified)"
    " VALUES (1, 'leviathan2022fast', '2211.17192', 2,"
    " 'Fast Inference from Transformers via Speculative Decoding',"
    " 'fast inference from transformers via speculative decoding', 2022, '用小模型生成，大模型并行验证', 'read',"
    " '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00')",
    "INSERT INTO authors (paper_id, position, name) VALUES (1, 0, 'Yaniv Leviathan'), (1, 1, 'Matan Kalman')",
    "INSERT INTO notes (paper_id, text, created, modified) VALUES (1, 'speedup 2-3x', '2024-01-02', '2024-01-02')",
    "INSERT INTO sections (id, path, key, position) VALUES (1, 'LLM', 'llm', 1), (2, 'LLM/ICL', 'llm/icl', 2)",
    "INSERT INTO paper_sections (section_id, paper_id, position) VALUES (2, 1, 1)",
    "INSERT INTO papers_fts (rowid, title, authors, abstract, summary, notes) VALUES"
    " (1, 'Fast Inference from Transformers via Speculative Decoding', 'Yaniv Leviathan, Matan Kalman', '',"
    " ' 用  小  模  型  生  成 ， 大  模  型  并  行  验  证 ', 'speedup 2-3x')",
]
# Version 2 (m002 dropped an index) holds the same rows; add a title-only paper with a
# provisional key, which m005 must mark as provisional.
V2_DATA = [*V1_DATA,
    "INSERT INTO papers (id, citekey, title, title_key, status, added, modified) VALUES (2, 'anonbatch',"
    " 'Batch-ICL', 'batch icl', 'unread', '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00')",
    "INSERT INTO papers_fts (rowid, title, authors, abstract, summary, notes) VALUES (2, 'Batch-ICL', '', '', '', '')",
]
DATA_BY_VERSION = {1: V1_DATA, 2: V2_DATA, 3: V2_DATA, 4: V2_DATA}


@pytest.mark.parametrize("version", sorted(DATA_BY_VERSION))
def test_a_library_made_by_an_earlier_schema_upgrades_without_loss(tmp_path, version):
    path = tmp_path / "old.db"
    migrated_to(path, names()[version - 1], DATA_BY_VERSION[version])

    with Library(path) as lib:
        paper = lib.get("leviathan2022fast")
        assert lib.info()["schema_version"] == len(names())
        assert (paper.title, paper.version, paper.status) == (
            "Fast Inference from Transformers via Speculative Decoding", 2, "read")
        assert paper.author_names == ["Yaniv Leviathan", "Matan Kalman"]
        assert [n.text for n in paper.notes] == ["speedup 2-3x"]
        assert paper.tags == ["LLM/ICL"]
        assert [h.paper.citekey for h in lib.search("验证")] == ["leviathan2022fast"]
        assert lib.check() == []  # the rebuilt search index matches the papers


def test_the_bibliographic_record_schema_upgrades_a_version_4_library(tmp_path):
    """m005 on a library made by the schema before it: every row kept, new records work."""
    path = tmp_path / "old.db"
    migrated_to(path, "m004_markdown_list_layouts", V2_DATA)
    with Library(path) as lib:
        old = lib.get("leviathan2022fast")
        assert (old.entry_type, old.fields, old.aliases) == (None, [], [])
        assert lib.get("LEVIATHAN2022FAST").id == old.id  # keys are found whatever their case
        lib.edit("anonbatch", authors=["Kaiyi Zhang"])  # a provisional key still becomes real
        assert lib.get("anonbatch").citekey == "zhangbatch" and lib.key_changes == [("anonbatch", "zhangbatch")]
        lib.set_fields("leviathan2022fast", {"pages": "19274--19286"})
        assert [h.paper.citekey for h in lib.search("19274")] == []  # pages are not text to search
        lib.set_fields("leviathan2022fast", {"publisher": "PMLR"})
        assert [h.paper.citekey for h in lib.search("PMLR")] == ["leviathan2022fast"]
        assert lib.check() == []


def test_a_new_library_is_the_library_sqlite_utils_makes(tmp_path):
    """A new library is made without sqlite-utils (``migrations.create``); sqlite-utils'
    ``Migrations`` must find it the same in every table, index and record, or it would
    not bring it up to date when a later migration ships."""
    from sqlite_utils import Database

    from paperctl.store import migrations

    with Library(tmp_path / "new.db"):
        pass
    by_sqlite_utils = sqlite3.connect(tmp_path / "by-sqlite-utils.db")
    migrations.migrations().apply(Database(by_sqlite_utils))
    made = sqlite3.connect(tmp_path / "new.db")

    def schema(conn):
        return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))

    def applied(conn):
        return conn.execute("SELECT id, migration_set, name FROM _sqlite_migrations ORDER BY id").fetchall()

    assert schema(made) == schema(by_sqlite_utils)
    assert applied(made) == applied(by_sqlite_utils)
    assert [name for _, _, name in applied(made)] == list(KNOWN_MIGRATIONS)
    assert migrations.migrations().pending(Database(made)) == []
    by_sqlite_utils.close()
    made.close()


def test_the_shipped_library_is_at_the_current_schema():
    """Reading the library in data/ must not have to migrate (and so rewrite) the committed file."""
    shipped = __import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "library.db"
    conn = sqlite3.connect(f"file:{shipped}?mode=ro", uri=True)
    try:
        applied = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()
    assert applied == list(KNOWN_MIGRATIONS)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
       | st.lists(st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u2028", "\u3000", "a", "é", "\u200b"]),
                  max_size=12).map("".join))
def test_stored_text_has_its_whitespace_collapsed(text):
    """clean() returns already-clean text as it is (its fast path); whatever it returns
    must be what collapsing every run of Unicode whitespace gives."""
    from paperctl.text import clean

    assert clean(text) == (" ".join(text.split()) or None)


class _CreatedMeanwhile:
    """A connection to an empty file over which another process creates a library right after
    this one's first look at the schema (what eight processes opening one new library did)."""

    def __init__(self, path):
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.path, self.raced = path, False

    def execute(self, sql, *args):
        rows = self.conn.execute(sql, *args).fetchall()
        if "sqlite_master" in sql and not self.raced:
            self.raced = True
            Library(self.path).close()
        return _Rows(rows)


class _Rows(list):
    def fetchone(self):
        return self[0] if self else None


def test_a_library_another_process_creates_while_this_one_looks_is_not_refused(tmp_path):
    from paperctl.store.db import _classify

    path = tmp_path / "library.db"
    sqlite3.connect(path).close()
    racing = _CreatedMeanwhile(path)
    assert _classify(racing, path) == []  # an empty file, as first seen: to be created (the lock decides by whom)
    assert racing.raced and len(_classify(racing, path)) == len(KNOWN_MIGRATIONS)
