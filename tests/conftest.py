"""Shared fixtures: a fresh library per test, and sample papers with true metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperctl import Author, Library, PaperData

SHARED = Path(__file__).resolve().parents[2] / "shared"


def speculative_decoding(**extra) -> PaperData:
    return PaperData(
        title="Fast Inference from Transformers via Speculative Decoding",
        authors=[Author("Yaniv Leviathan"), Author("Matan Kalman"), Author("Yossi Matias")],
        arxiv_id="2211.17192",
        year=2022,
        **extra,
    )


def paged_attention(**extra) -> PaperData:
    return PaperData(
        title="Efficient Memory Management for Large Language Model Serving with PagedAttention",
        authors=[Author("Woosuk Kwon"), Author("Zhuohan Li"), Author("Siyuan Zhuang")],
        arxiv_id="2309.06180",
        year=2023,
        **extra,
    )


def maldacena(**extra) -> PaperData:
    return PaperData(
        title="The Large N Limit of Superconformal Field Theories and Supergravity",
        authors=[Author("Juan M. Maldacena")],
        arxiv_id="hep-th/9711200",
        year=1997,
        **extra,
    )


@pytest.fixture
def lib(tmp_path: Path):
    with Library(tmp_path / "data" / "library.db") as library:
        yield library
