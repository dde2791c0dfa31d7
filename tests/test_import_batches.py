"""A bulk import writes its new papers a batch at a time (``store.bulk``): every record
still comes out as if the papers had been imported one by one, in file order."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paperctl import Author, Library, PaperData
from paperctl.formats.importing import import_file
from paperctl.models import BibField


def _jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _import(lib: Library, tmp_path: Path, records: list[dict], name: str = "list.jsonl"):
    path = tmp_path / name
    path.write_text(_jsonl(records), encoding="utf-8")
    return import_file(lib, path)


def test_two_records_of_one_paper_in_one_batch_merge_in_file_order(lib, tmp_path):
    report = _import(lib, tmp_path, [
        {"title": "Attention Is All You Need", "arxiv_id": "1706.03762", "tags": ["NLP"]},
        {"title": "Something else", "authors": ["Jane Roe"], "year": 2020},
        {"arxiv_id": "1706.03762v5", "authors": ["Ashish Vaswani"], "year": 2017, "summary": "transformers",
         "tags": ["Classics"]},
    ])
    assert report.duplicates == [(3, "vaswani2017attention", 1)]  # its provisional key became real
    paper = lib.get("1706.03762")
    assert (paper.version, paper.summary, paper.tags) == (5, "transformers", ["NLP", "Classics"])
    assert paper.author_names == ["Ashish Vaswani"]
    assert lib.info()["papers"] == 2
    assert [h.paper.citekey for h in lib.search("transformers")] == [paper.citekey]  # indexed once merged


def test_a_key_given_earlier_in_the_same_batch_gets_a_suffix_and_stays_an_alias(lib, tmp_path):
    report = _import(lib, tmp_path, [
        {"citekey": "smith2020", "title": "On Tables", "authors": ["Ann Smith"], "year": 2020},
        {"citekey": "SMITH2020", "title": "On Chairs", "authors": ["Bob Smith"], "year": 2020},
        {"title": "On Lamps", "authors": ["Cy Smith"], "year": 2020},
        {"title": "On Lamps, again", "authors": ["Di Smith"], "year": 2020},
    ])
    assert report.new == ["smith2020", "SMITH2020a", "smith2020lamps", "smith2020lampsa"]
    assert report.keys == [(2, "key 'SMITH2020' is taken by another paper; imported as SMITH2020a,"
                               " SMITH2020 kept as an alias")]
    assert lib.get("SMITH2020a").aliases == ["SMITH2020"]
    assert lib.get("smith2020").title == "On Tables"  # the alias never hides the key


def test_a_key_an_earlier_record_of_the_batch_holds_as_an_alias_is_taken(lib, tmp_path):
    report = _import(lib, tmp_path, [
        {"citekey": "roe2020tables", "aliases": ["tables"], "title": "On Tables", "authors": ["Jane Roe"]},
        {"citekey": "tables", "title": "Tables", "authors": ["Jim Poe"], "year": 2019, "doi": "10.1000/x"},
    ])
    assert report.new == ["roe2020tables", "tablesa"]  # another paper: the titles differ
    assert report.keys == [(2, "key 'tables' is taken by another paper; imported as tablesa, tables kept as an"
                               " alias")]
    assert lib.get("roe2020tables").aliases == ["tables"]
    assert lib.get("tablesa").title == "Tables"


def test_a_same_title_of_another_year_in_the_same_batch_is_named_as_a_look_alike(lib, tmp_path):
    report = _import(lib, tmp_path, [
        {"title": "Editorial", "authors": ["Ann Editor"], "year": 1990},
        {"title": "Editorial", "authors": ["Ann Editor"], "year": 1999},
    ])
    assert report.new == ["editor1990editorial", "editor1999editorial"]
    assert report.lookalikes == [(2, "editor1999editorial", "editor1990editorial",
                                  report.lookalikes[0][3])]
    assert report.lookalikes[0][3] == "same title, but 1990 and 1999"


def test_an_error_in_the_middle_of_a_batch_costs_only_its_record(lib, tmp_path):
    records = [{"title": f"Paper {n}", "authors": [f"Author {n}"], "year": 2021, "tags": ["T"]} for n in range(9)]
    records[4]["links"] = {"code": "not a url"}  # found wrong only once the paper is written
    records[6]["notes"] = ["   "]  # an empty note
    report = _import(lib, tmp_path, records)
    assert [line for line, _ in report.problems] == [5, 7]
    assert "not a URL" in report.problems[0][1] and "empty" in report.problems[1][1]
    assert [p.title for p in lib.papers(lib_filters_tag("T"))] == [
        f"Paper {n}" for n in range(9) if n not in (4, 6)]
    assert lib.check() == []


def lib_filters_tag(tag: str):
    from paperctl.models import Filters

    return Filters(tags=[tag], sort="section")


# -- every batch as one by one ------------------------------------------------

_TITLES = [None, "Attention Is All You Need", "attention is all you need!", "Deep Learning", "Editorial", "  "]
_RECORD = st.fixed_dictionaries({
    "title": st.sampled_from(_TITLES),
    "arxiv_id": st.sampled_from([None, None, None, "1706.03762", "1706.03762v2", "2211.17192", "2211.1719"]),
    "doi": st.sampled_from([None, None, None, "10.1000/xyz", "10.1000/XYZ", "10.1000/other"]),
    "url": st.sampled_from([None, None, "https://example.org/p"]),
    "citekey": st.sampled_from([None, None, None, "vaswani2017", "Vaswani2017", "lecun2015deep", "key with space",
                                "anon2017attention"]),
    "aliases": st.lists(st.sampled_from(["vaswani2017", "smith2020", "lecun2015deep"]), max_size=2),
    "authors": st.sampled_from([[], ["Ashish Vaswani"], ["Yann LeCun"], ["Ashish Vaswani", "Noam Shazeer"]]),
    "year": st.sampled_from([None, 2015, 2017, 2019]),
    "tags": st.lists(st.sampled_from(["A", "A/B", "a", "C"]), max_size=3),
    "notes": st.sampled_from([[], ["a note"], ["a note", "a note"], ["  "]]),
    "links": st.sampled_from([{}, {"code": "https://x.org"}, {"Code": "https://y.org", "code ": "https://z.org"},
                              {"bad": "not a url"}]),
    "summary": st.sampled_from([None, "short", "other"]),
    "status": st.sampled_from([None, "read", "unread"]),
    "fields": st.sampled_from([[], [("volume", "12")], [("volume", "13"), ("pages", "1--9")]]),
    "entry_type": st.sampled_from([None, "article"]),
})


def _data(record: dict) -> PaperData:
    return PaperData(
        title=record["title"], arxiv_id=record["arxiv_id"], doi=record["doi"], url=record["url"],
        citekey=record["citekey"], aliases=list(record["aliases"]), authors=[Author(a) for a in record["authors"]],
        year=record["year"], tags=list(record["tags"]), notes=list(record["notes"]), links=dict(record["links"]),
        summary=record["summary"], status=record["status"], entry_type=record["entry_type"],
        fields=[BibField(name, value, None) for name, value in record["fields"]])


def _state(lib: Library) -> list[dict]:
    out = []
    for paper in lib.papers():
        record = paper.to_dict()
        del record["added"]
        out.append(record)
    return out


def _outcome(result) -> object:
    if isinstance(result, Exception):
        return type(result).__name__, str(result)
    return result.id, result.citekey, result.outcome, result.changes, result.key_note, result.possible_duplicate


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.lists(_RECORD, max_size=4), batch=st.lists(_RECORD, min_size=1, max_size=12))
def test_a_batch_does_what_its_records_one_by_one_would(tmp_path_factory, before, batch):
    """Whatever the records share (IDs, keys, aliases, titles, sections) with the library
    or with each other, the batch gives the same papers, keys and reports."""
    results, states = [], []
    for batched in (False, True):
        folder = tmp_path_factory.mktemp("batch")
        with Library(folder / "library.db") as lib:
            for record in before:
                lib.import_papers([_data(record)])
            keyed: dict[int, str] = {}
            items = [_data(r) for r in batch]
            if batched:
                with lib.transaction():
                    got = lib.import_papers(items, index=False, keyed=keyed)  # (not indexed: not compared)
            else:
                got = [lib.import_papers([item], keyed=keyed)[0] for item in items]
            results.append([_outcome(r) for r in got])
            states.append(_state(lib))
    assert results[1] == results[0]
    assert states[1] == states[0]


def test_a_file_imported_again_with_new_papers_after_many_known_ones(lib, tmp_path):
    """Batches whose papers the library all has are followed by a few written one by one
    (``Library.import_papers``); new papers after them come in all the same."""
    known = [{"title": f"Known paper {n}", "authors": ["Ann Known"], "year": 2020} for n in range(2600)]
    _import(lib, tmp_path, known, "first.jsonl")
    new = [{"title": f"New paper {n}", "authors": ["Bo New"], "year": 2021, "tags": ["New"]} for n in range(300)]
    report = _import(lib, tmp_path, known + new + [new[5]], "second.jsonl")
    assert (len(report.unchanged), len(report.new)) == (2600, 300)
    assert report.new[:3] == ["new2021new", "new2021newa", "new2021newb"]
    assert report.duplicates == [(2901, "new2021newe", 2606)]
    assert lib.info()["papers"] == 2900
    assert [h.paper.title for h in lib.search('"new paper 299"')] == ["New paper 299"]
    assert lib.check() == []
