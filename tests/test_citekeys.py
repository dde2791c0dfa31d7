"""Google-Scholar-style citation keys."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from paperctl.citekeys import base_key, family_name, unique_key


def test_google_scholar_style():
    assert base_key(["Yaniv Leviathan", "Matan Kalman"], 2022,
                    "Fast Inference from Transformers via Speculative Decoding") == "leviathan2022fast"
    assert base_key(["Ashish Vaswani"], 2017, "Attention Is All You Need") == "vaswani2017attention"


def test_stopwords_are_skipped_and_names_transliterated():
    assert base_key(["Dirk Wübben"], 2008, "On the Capacity of MIMO") == "wubben2008capacity"
    assert base_key(["Łukasz Kaiser"], 2017, "A Model") == "kaiser2017model"
    assert base_key(["张 伟"], 2024, "大模型") .startswith("wei2024")


def test_family_name_forms():
    assert family_name("Leviathan, Yaniv") == "Leviathan"
    assert family_name("Martin Luther King Jr.") == "King"
    assert family_name("Juan M. Maldacena") == "Maldacena"


def test_missing_parts():
    assert base_key([], None, "Untitled Draft") == "anonuntitled"


def test_unique_key_adds_letters():
    taken = {"leviathan2022fast", "leviathan2022fasta"}
    assert unique_key("leviathan2022fast", taken.__contains__) == "leviathan2022fastb"
    many = {"k"} | {f"k{c}" for c in "abcdefghijklmnopqrstuvwxyz"}
    assert unique_key("k", many.__contains__) == "kaa"


@given(st.lists(st.text(max_size=30), max_size=4), st.one_of(st.none(), st.integers(1900, 2100)),
       st.text(max_size=80))
def test_keys_are_plain_ascii(authors, year, title):
    key = base_key(authors, year, title)
    assert re.fullmatch(r"[a-z0-9]+", key)


@given(st.sets(st.text(alphabet="ab", min_size=1, max_size=4), max_size=30), st.text(alphabet="ab", min_size=1))
def test_unique_key_never_returns_a_taken_key(taken, base):
    key = unique_key(base, taken.__contains__)
    assert key not in taken and key.startswith(base)


@given(st.text(max_size=20) | st.text(alphabet="aZ09-_. é", max_size=12))
def test_a_key_word_is_the_words_letters_and_digits_in_ascii(text):
    """``ascii_word`` takes a short way for words of ASCII letters and digits only; every
    word must come out as the whole rule gives it."""
    from anyascii import anyascii

    from paperctl.citekeys import ascii_word

    assert ascii_word(text) == re.sub(r"[^a-z0-9]", "", anyascii(text).lower())
