"""Author lists as reading lists write them (``formats/markdown/people.py``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from paperctl.formats.markdown import people


def test_real_author_lines():
    assert people.parse("Junnan Liu, Hongwei Liu, Kai Chen.") == ["Junnan Liu", "Hongwei Liu", "Kai Chen"]
    assert people.parse("Zhang, Yonggang et al.") == ["Yonggang Zhang"]
    assert people.parse("Park, SeongUk and Kwak, Nojun") == ["SeongUk Park", "Nojun Kwak"]
    assert people.parse("OpenAI: Ahmed El-Kishky, Alexander Wei") == ["Ahmed El-Kishky", "Alexander Wei"]
    assert people.parse("Gemini Team, Rohan Anil, Sebastian Borgeaud") == ["Rohan Anil", "Sebastian Borgeaud"]
    assert people.parse("吴昊, 李明") == ["吴昊", "李明"]


@given(st.lists(st.sampled_from(["co", "CO", "ntributors", "llaboration", "nsortium", "TEAM", "team", "Group", "et al",
                                 "ET AL", "ſ", "ı", "İ", "K", " ", "-", "Ana", "Lin"]), max_size=8).map("".join))
def test_the_group_precheck_is_the_search_it_skips(name):
    assert people._not_people(name) == bool(people._NOT_PEOPLE.search(name))


@given(st.lists(st.sampled_from(["the", "of", "for", "with", "on", "in", "to", "via", "is", "are", "we", "theory", "Of",
                                 "a", "T", "_", "1", "é", "ı", "王", " ", ".", ",", ";", "\n", ". a", "١"]),
                max_size=10).map("".join))
def test_not_a_list_is_the_search_it_replaces(text):
    assert people.not_a_list(text) == bool(people._NOT_A_LIST.search(text))


@given(st.lists(st.sampled_from(["A", ".", "a", " ", "Ab", "\n", "é", "_", "1"]), max_size=8).map("".join))
def test_the_initial_is_searched_for_where_it_can_be(text):
    whole = people._ENDS_WITH_INITIAL.search(text)
    assert bool(people._ENDS_WITH_INITIAL.search(text, max(0, len(text) - 3))) == bool(whole)


@given(st.lists(st.sampled_from(["Et", "Al", "al", "et", "et al", "Co", "Jacob", "Team", "group", "Smith", "Ana L.",
                                 "Yonggang", "Σ", "İ", "K", ", ", ",", " ", " and ", " & ", "; "]),
                max_size=10).map("".join))
def test_a_list_that_cannot_name_a_group_is_read_as_when_each_name_was_asked(text):
    """``_parse`` asks ``_not_people`` about each name only when ``_may_name_a_group``: the
    same names as asking always (``Al, Et`` read as ``Et Al`` is a group, its words both there)."""
    from unittest import mock

    with mock.patch.object(people, "_may_name_a_group", lambda low: True):
        always = people._parse(text)
    assert people._parse(text) == always


def test_a_family_name_first_can_make_a_group_of_two_words():
    assert people._may_name_a_group("al, et") and people._parse("Al, Et") == []


def test_a_family_name_then_given_names_is_one_person_but_a_cjk_name_is_whole():
    """``Han, Jesse Michael`` is one person; ``佐藤花子, Michael Li`` two (a CJK name is written whole)."""
    from paperctl.formats.markdown import people

    assert people.parse("Han, Jesse Michael") == ["Jesse Michael Han"]
    assert people.parse("Cho, Jang Hyun & Hariharan, Bharath") == ["Jang Hyun Cho", "Bharath Hariharan"]
    assert people.parse("佐藤花子, Michael Li") == ["佐藤花子", "Michael Li"]
    assert people.parse("Aman Madaan, Niket Tandon") == ["Aman Madaan", "Niket Tandon"]
