"""The core library through its Python API: ``from paperctl import Library``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import maldacena, paged_attention, speculative_decoding
from paperctl import Author, Filters, Library, PaperData
from paperctl.errors import (
    AmbiguousPaper,
    InvalidIdentifier,
    InvalidValue,
    LibraryUnavailable,
    UnknownNote,
    UnknownPaper,
    UnknownSection,
)
from paperctl.store import fts
from paperctl.store.migrations import names


def test_add_stores_metadata_and_assigns_a_citation_key(lib):
    result = lib.add(speculative_decoding(tags=["LLM/Efficiency"], summary="Draft, then verify."))
    paper = result.paper
    assert result.created
    assert paper.citekey == "leviathan2022fast"
    assert paper.author_names == ["Yaniv Leviathan", "Matan Kalman", "Yossi Matias"]
    assert (paper.arxiv_id, paper.year, paper.status) == ("2211.17192", 2022, "unread")
    assert paper.tags == ["LLM/Efficiency"]
    assert paper.link == "https://arxiv.org/abs/2211.17192"


def test_every_stored_field_reads_back_under_its_own_name(lib):
    """Each field holds a value no other field has: a reader that mixed up two
    fields (papers are built from rows by position) would show here."""
    values = dict(title="A distinct title", arxiv_id="2401.01234", version=3, doi="10.1000/distinct",
                  url="https://example.org/distinct", abstract="A distinct abstract.", published="2024-01-02",
                  updated="2024-03-04", year=2023, primary_category="cs.CL", categories=["cs.CL", "cs.LG"],
                  journal_ref="Distinct Journal 1 (2024)", comment="12 pages", venue="ICLR 2024 Oral",
                  summary="A distinct summary.", status="reading", fetched="2024-05-06T07:08:09+00:00")
    lib.add(PaperData(**values, authors=[Author("Ada Lovelace")], notes=["a note"], tags=["LLM/ICL"]))
    for paper in (lib.get("2401.01234"), lib.papers()[0]):
        assert {name: getattr(paper, name) for name in values} == values
        assert paper.added and paper.modified and paper.added <= paper.modified
        assert (paper.author_names, [n.text for n in paper.notes], paper.tags) == (["Ada Lovelace"], ["a note"],
                                                                                   ["LLM/ICL"])
    light = lib.papers(full=False)[0]
    assert (light.id, light.citekey, light.title, light.arxiv_id, light.year, light.venue, light.summary,
            light.status, light.tags) == (1, "lovelace2023distinct", "A distinct title", "2401.01234", 2023,
                                          "ICLR 2024 Oral", "A distinct summary.", "reading", ["LLM/ICL"])


def test_same_paper_in_another_form_is_merged_not_duplicated(lib):
    lib.add(speculative_decoding())
    again = lib.add(PaperData(arxiv_id="https://arxiv.org/pdf/2211.17192v2.pdf", abstract="Inference from..."))
    assert not again.created
    assert again.paper.version == 2
    assert again.filled == ["abstract", "version"]
    assert len(lib.papers()) == 1


def test_merge_keeps_the_users_annotations_and_adds_sections(lib):
    lib.add(speculative_decoding(summary="mine", tags=["A"]))
    merged = lib.add(speculative_decoding(tags=["B"], notes=["second thought"]))
    assert merged.paper.summary == "mine"
    assert merged.paper.tags == ["A", "B"]
    assert [n.text for n in merged.paper.notes] == ["second thought"]


def test_title_only_papers_merge_by_normalised_title(lib):
    lib.add(PaperData(title="BLINK: Multimodal Large Language Models Can See but Not Perceive"))
    again = lib.add(PaperData(title="blink :  multimodal large language models can see but not perceive"))
    assert not again.created
    assert len(lib.papers(Filters(unresolved=True))) == 1


def test_citation_keys_are_unique_and_never_change(lib):
    first = lib.add(speculative_decoding()).paper
    twin = lib.add(PaperData(title="Fast inference, a different paper", authors=first.authors, year=2022,
                             arxiv_id="2301.00001")).paper
    assert twin.citekey == "leviathan2022fasta"
    edited = lib.edit(first.citekey, title="Totally New Title", year=2030)
    assert edited.citekey == "leviathan2022fast"


@pytest.mark.parametrize(
    "ref",
    ["2211.17192", "2211.17192v1", "arXiv:2211.17192", "https://arxiv.org/abs/2211.17192",
     "http://arxiv.org/pdf/2211.17192v3.pdf", "leviathan2022fast", "LEVIATHAN2022FAST", "1",
     "Speculative Decoding", "fast inference from transformers via speculative decoding"],
)
def test_a_paper_can_be_named_many_ways(lib, ref):
    lib.add(speculative_decoding())
    lib.add(maldacena())
    assert lib.get(ref).citekey == "leviathan2022fast"


def test_old_style_and_doi_references(lib):
    lib.add(maldacena(doi="10.1023/A:1026654312961"))
    assert lib.get("hep-th/9711200v3").citekey == "maldacena1997large"
    assert lib.get("https://doi.org/10.1023/a:1026654312961").citekey == "maldacena1997large"


def test_unknown_and_ambiguous_references_explain_themselves(lib):
    lib.add(speculative_decoding())
    lib.add(paged_attention())
    with pytest.raises(UnknownPaper, match="did you mean: leviathan2022fast"):
        lib.get("leviathan2022fst")
    with pytest.raises(UnknownPaper):
        lib.get("e")  # too short to be taken as a piece of a title
    with pytest.raises(InvalidIdentifier, match="2211.1719"):
        lib.get("2211.1719")


@pytest.mark.parametrize("whole_library_max", [5000, 0], ids=["small library", "large library"])
def test_a_mistyped_key_or_title_gets_suggestions(lib, monkeypatch, whole_library_max):
    """A large library narrows the candidates first (keys by their first letters, titles
    by a shared word); the suggestions must be the same."""
    from paperctl.store import references

    monkeypatch.setattr(references, "WHOLE_LIBRARY_MAX", whole_library_max)
    lib.add(speculative_decoding())
    lib.add(paged_attention())
    lib.add(maldacena())
    with pytest.raises(UnknownPaper, match="did you mean: leviathan2022fast"):
        lib.get("leviathan2022fts")
    with pytest.raises(UnknownPaper, match="did you mean: leviathan2022fast"):
        lib.get("Fast Inference from Transformers via Speculative Decodng")
    with pytest.raises(UnknownPaper) as error:
        lib.get("zzzz2030nothing")
    assert "did you mean" not in str(error.value)


def test_ambiguous_title_piece(lib):
    lib.add(paged_attention())
    lib.add(PaperData(title="A Survey of Large Language Models", year=2023))
    with pytest.raises(AmbiguousPaper, match="kwon2023efficient, anon2023survey"):
        lib.get("large language model")


def test_failed_add_writes_nothing(lib):
    lib.add(speculative_decoding())
    with pytest.raises(InvalidValue):
        lib.add(PaperData(arxiv_id="2309.06180", tags=["x"]))  # a new paper needs a title
    assert [p.citekey for p in lib.papers()] == ["leviathan2022fast"]
    assert lib.sections() == []


def test_notes_keep_their_order_and_can_be_edited_and_deleted(lib):
    lib.add(speculative_decoding())
    for text in ["first", "second", "third"]:
        lib.add_note("2211.17192", text)
    lib.edit_note("2211.17192", 2, "second, revised")
    lib.delete_note("2211.17192", 1)
    assert [n.text for n in lib.notes("2211.17192")] == ["second, revised", "third"]
    assert [n.number for n in lib.notes("2211.17192")] == [1, 2]
    with pytest.raises(UnknownNote, match="has 2 note"):
        lib.delete_note("2211.17192", 3)


def test_each_section_keeps_its_own_order(lib):
    for data in (maldacena(), speculative_decoding(), paged_attention()):
        lib.add(data)
    lib.tag("2309.06180", ["Reading group"])
    lib.tag("hep-th/9711200", ["Reading group", "Physics"])
    lib.tag("2211.17192", ["Reading group"])
    ordered = lib.papers(Filters(tags=["reading group"]))
    assert [p.arxiv_id for p in ordered] == ["2309.06180", "hep-th/9711200", "2211.17192"]
    assert [p.arxiv_id for p in lib.papers(Filters(tags=["physics"]))] == ["hep-th/9711200"]


def test_tag_matching_rule(lib):
    lib.add(speculative_decoding(tags=["LLM/In-Context Learning/2024"]))
    lib.add(paged_attention(tags=["MLLM/Efficiency"]))
    assert len(lib.papers(Filters(tags=["in-context learning"]))) == 1  # trailing part, subsections
    assert [p.arxiv_id for p in lib.papers(Filters(tags=["LLM"]))] == ["2211.17192"]  # not MLLM
    assert len(lib.papers(Filters(tags=["LLM", "MLLM"]))) == 2
    lib.alias_section("LLM/In-Context Learning", "ICL")
    assert [p.arxiv_id for p in lib.papers(Filters(tags=["icl"]))] == ["2211.17192"]
    with pytest.raises(UnknownSection, match="did you mean"):
        lib.papers(Filters(tags=["In-Context Learnin"]))


def test_rename_moves_subsections_and_merges(lib):
    lib.add(speculative_decoding(tags=["ICL/2024"]))
    lib.add(paged_attention(tags=["LLM/In-Context Learning/2024", "ICL"]))
    lib.alias_section("ICL", "incontext")
    lib.rename_section("ICL", "LLM/In-Context Learning")
    paths = [s.path for s in lib.sections()]
    assert "ICL" not in paths and "ICL/2024" not in paths
    merged = lib.papers(Filters(tags=["LLM/In-Context Learning/2024"]))
    assert [p.arxiv_id for p in merged] == ["2309.06180", "2211.17192"]
    assert len(lib.papers(Filters(tags=["incontext"]))) == 2  # the alias followed the section


def test_section_tree_counts(lib):
    lib.add(speculative_decoding(tags=["LLM/Efficiency", "LLM"]))
    lib.add(paged_attention(tags=["LLM/Efficiency"]))
    tree = {s.path: (s.depth, s.count, s.total) for s in lib.sections()}
    assert tree == {"LLM": (0, 1, 2), "LLM/Efficiency": (1, 2, 2)}
    # A section whose name starts like another's is not its subsection: LLM2 is not under LLM,
    # nor llm/efficiency2 under LLM/Efficiency (section names match without case).
    lib.add(maldacena(tags=["LLM2", "llm/efficiency2"]))
    tree = {s.path: (s.depth, s.count, s.total) for s in lib.sections()}
    assert tree == {"LLM": (0, 1, 3), "LLM/Efficiency": (1, 2, 2), "llm/efficiency2": (1, 1, 1), "LLM2": (0, 1, 1)}


def test_a_section_keeps_its_order_when_two_libraries_tag_in_turn(tmp_path):
    """Each Library remembers sections' last positions during a transaction only:
    another process may have put papers at the end since."""
    path = tmp_path / "shared.db"
    with Library(path) as a, Library(path) as b:
        first = a.add(speculative_decoding()).paper.id
        third = a.add(maldacena()).paper.id
        second = a.add(paged_attention()).paper.id
        a.tag(str(first), ["Reading group"])
        b.tag(str(second), ["Reading group"])
        a.tag(str(third), ["Reading group"])
        order = [p.id for p in a.papers(Filters(tags=["Reading group"]))]
    assert order == [first, second, third]


def test_filters(lib):
    lib.add(speculative_decoding(status="read", venue="ICML 2023 Oral"))
    lib.add(paged_attention(published="2023-09-12"))
    lib.add(maldacena())
    ids = lambda **kw: [p.arxiv_id for p in lib.papers(Filters(**kw))]  # noqa: E731
    assert ids(status="read") == ["2211.17192"]
    assert ids(year=1997) == ["hep-th/9711200"]
    assert ids(since="2023-01") == ["2309.06180"]
    assert ids(author="kwon") == ["2309.06180"]
    assert ids(venue="icml") == ["2211.17192"]
    assert ids(sort="year") == ["2309.06180", "2211.17192", "hep-th/9711200"]
    assert ids(sort="title", limit=1) == ["2309.06180"]
    assert ids(author="100%") == []  # LIKE wildcards are literal


def test_search_english_prefix_phrase_and_chinese(lib):
    lib.add(speculative_decoding(summary="用小模型生成，大模型并行验证"))
    lib.add(paged_attention(notes=["KV cache paging like virtual memory"]))
    found = lambda q: [h.paper.arxiv_id for h in lib.search(q)]  # noqa: E731
    assert found("验证") == ["2211.17192"]
    assert found("并行") == ["2211.17192"]
    assert found("验并") == []  # characters must be adjacent and in order
    assert found("specul*") == ["2211.17192"]
    assert found('"speculative decoding"') == ["2211.17192"]
    assert found('"decoding speculative"') == []
    assert found("virtual") == ["2309.06180"]  # notes are searched
    assert found("kwon") == ["2309.06180"]  # authors are searched
    assert found("decoding OR paging") == ["2211.17192", "2309.06180"] or len(found("decoding OR paging")) == 2
    snippet = lib.search("验证")[0].snippet
    assert "\x02验证\x03" in snippet and "大模型并行" in snippet


@given(st.text(alphabet="ab 1验证大模型、ーカ한\u3040", max_size=30))
def test_every_cjk_character_is_indexed_as_a_word_of_its_own(text):
    words = fts.segment(text).split()
    assert "".join(words) == "".join(text.split())  # nothing but spaces added
    assert all(len(w) == 1 for w in words if any(c in "验证大模型ーカ한\u3040" for c in w))


def test_search_index_follows_every_write(lib):
    lib.add(speculative_decoding())
    lib.set_summary("2211.17192", "drafts tokens")
    assert len(lib.search("drafts")) == 1
    lib.set_summary("2211.17192", None)
    assert lib.search("drafts") == []
    lib.add_note("2211.17192", "rejection sampling keeps the distribution")
    assert len(lib.search("rejection")) == 1
    lib.remove("2211.17192")
    assert lib.search("rejection") == []
    fts_rows = lib.conn.execute("SELECT count(*) FROM papers_fts").fetchone()[0]
    assert fts_rows == 0


def test_punctuation_only_search_is_a_clear_error(lib):
    with pytest.raises(InvalidValue, match="nothing to search"):
        lib.search('"" ,;')


def test_links(lib):
    lib.add(speculative_decoding())
    lib.set_link("2211.17192", "code", "https://github.com/example/specdec")
    lib.set_link("2211.17192", "OpenReview", "https://openreview.net/forum?id=abc")
    assert lib.get("2211.17192").links == {
        "code": "https://github.com/example/specdec", "openreview": "https://openreview.net/forum?id=abc"}
    assert lib.get("https://github.com/example/specdec").arxiv_id == "2211.17192"
    with pytest.raises(InvalidValue, match="not a URL"):
        lib.set_link("2211.17192", "code", "github.com/x")


def test_remove_cascades(lib):
    lib.add(speculative_decoding(tags=["A"], notes=["n"], links={"code": "https://example.org"}))
    lib.remove("2211.17192")
    counts = [lib.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("papers", "notes", "links", "paper_sections", "authors")]
    assert counts == [0, 0, 0, 0, 0]


def test_info_counts(lib):
    lib.add(speculative_decoding(status="read", tags=["A/B"], notes=["x", "y"]))
    lib.add(PaperData(title="Only a title"))
    info = lib.info()
    assert {k: info[k] for k in ("papers", "read", "unread", "sections", "notes", "unresolved")} == {
        "papers": 2, "read": 1, "unread": 1, "sections": 2, "notes": 2, "unresolved": 1}
    assert info["schema_version"] == len(names())


def test_edit_rejects_a_duplicate_arxiv_id(lib):
    lib.add(speculative_decoding())
    lib.add(paged_attention())
    with pytest.raises(InvalidValue, match="already has that arXiv ID"):
        lib.edit("2309.06180", arxiv_id="2211.17192")
    assert lib.get("kwon2023efficient").arxiv_id == "2309.06180"


def test_unicode_round_trips(lib):
    title = "مرحبا — Ünïcödé 大模型 \u202eRTL\u202c title"
    lib.add(PaperData(title=title, summary="摘要：验证 ✓", notes=["注释"]))
    paper = lib.get("1")
    assert (paper.title, paper.summary, paper.notes[0].text) == (title, "摘要：验证 ✓", "注释")


def test_concurrent_writer_waits_instead_of_failing(tmp_path):
    path = tmp_path / "lib.db"
    with Library(path) as a, Library(path) as b:
        a.add(speculative_decoding())
        a.conn.execute("BEGIN IMMEDIATE")  # another process holds the write lock briefly
        b.conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(LibraryUnavailable, match=f"{path} is locked by another process"):
            b.set_status("2211.17192", "read")
        a.conn.execute("COMMIT")
        assert b.set_status("2211.17192", "read").status == "read"


def test_a_provisional_key_becomes_real_once_authors_are_known(lib):
    paper = lib.add(PaperData(title="Fast Inference from Transformers via Speculative Decoding")).paper
    assert paper.citekey == "anonfast"
    merged = lib.add(speculative_decoding()).paper  # the same paper, now with its arXiv ID and authors
    assert merged.citekey == "leviathan2022fast"
    lib.edit("leviathan2022fast", authors=["Someone Else"])
    assert lib.get("2211.17192").citekey == "leviathan2022fast"  # a real key never changes again
