"""The stored layout of an imported Markdown list (``store/layouts.py``): a list imported
again unchanged keeps its stored rows, its import time and its place among the lists
(``export --md --style auto`` writes the lists in that order); a list that changed, or
whose papers changed, is stored anew."""

from __future__ import annotations

from paperctl.formats.importing import import_text

LIST_A = """# Reading

## Decoding

- **Fast Inference from Transformers via Speculative Decoding** [[paper](https://arxiv.org/abs/2211.17192)]
  *Yaniv Leviathan, Matan Kalman, Yossi Matias.* ICML'23
- **Attention Is All You Need** [[paper](https://arxiv.org/abs/1706.03762)] [[code](https://github.com/tensorflow/tensor2tensor)]
"""

LIST_B = """## Holography

- [The Large N Limit of Superconformal Field Theories and Supergravity](https://arxiv.org/abs/hep-th/9711200) (1997)
"""


def stored(lib) -> list[tuple[int, str, str]]:
    return lib.conn.execute("SELECT id, source, imported FROM md_lists ORDER BY id").fetchall()


def entries(lib) -> list[tuple]:
    return lib.conn.execute("SELECT list_id, position, paper_id, raw, fingerprint FROM md_entries"
                            " ORDER BY list_id, position").fetchall()


def test_a_list_imported_again_unchanged_keeps_its_place_and_rows(lib):
    import_text(lib, LIST_A, "md", "a.md")
    import_text(lib, LIST_B, "md", "b.md")
    before, rows = stored(lib), entries(lib)
    report = import_text(lib, LIST_A, "md", "a.md")
    assert len(report.unchanged) == 2
    assert stored(lib) == before and entries(lib) == rows  # a.md still first, same import time


def test_a_changed_list_is_stored_anew_after_the_others(lib):
    import_text(lib, LIST_A, "md", "a.md")
    import_text(lib, LIST_B, "md", "b.md")
    import_text(lib, LIST_A.replace("ICML'23", "ICML 2023"), "md", "a.md")
    assert [source for _, source, _ in stored(lib)] == ["b.md", "a.md"]
    assert "ICML 2023" in entries(lib)[-2][3]


def test_the_same_text_with_a_paper_made_anew_is_stored_anew(lib):
    import_text(lib, LIST_A, "md", "a.md")
    import_text(lib, LIST_B, "md", "b.md")
    lib.remove("1706.03762")
    import_text(lib, LIST_A, "md", "a.md")  # the paper is made again: a new id, its entry row differs
    assert [source for _, source, _ in stored(lib)] == ["b.md", "a.md"]
    ids = {raw.split("**")[1]: pid for _, _, pid, raw, _ in entries(lib) if raw.startswith("- **")}
    assert ids["Attention Is All You Need"] == lib.get("1706.03762").id


def test_what_a_paper_shows_is_read_the_same_for_any_set_of_papers(lib):
    """``layouts.shown`` reads consecutive ids as a range and others by list; a paper's
    values (authors in order, notes, links) must not depend on which."""
    from paperctl.store import layouts

    import_text(lib, LIST_A + LIST_B, "md")
    ids = [row[0] for row in lib.conn.execute("SELECT id FROM papers ORDER BY id")]
    assert len(ids) == 3
    lib.add_note(str(ids[0]), "Read with the draft model paper.")
    one_by_one = {pid: layouts.shown(lib.conn, [pid])[pid] for pid in ids}
    assert layouts.shown(lib.conn, ids) == one_by_one  # a range
    assert layouts.shown(lib.conn, [ids[2], ids[0]]) == {ids[0]: one_by_one[ids[0]], ids[2]: one_by_one[ids[2]]}
    assert one_by_one[ids[0]][1] == ["Yaniv Leviathan", "Matan Kalman", "Yossi Matias"]
    assert one_by_one[ids[0]][10] == ["Read with the draft model paper."]
    assert one_by_one[ids[1]][11] == [("code", "https://github.com/tensorflow/tensor2tensor")]
