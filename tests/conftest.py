"""Shared fixtures: a fresh library per test, and sample papers with true metadata."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from paperctl import Author, Library, PaperData

SHARED = Path(__file__).resolve().parents[2] / "shared"

# Property tests run the same examples every time by default, so that CI is never red by
# chance; a long run (PAPERCTL_FUZZ_EXAMPLES=5000) explores new examples each time. No
# deadline: a test asserts behaviour, never time, and one example slowed by a busy machine
# (a first call compiling its patterns while another job ran) had failed a whole run.
settings.register_profile("paperctl", derandomize="PAPERCTL_FUZZ_EXAMPLES" not in os.environ, deadline=None)
settings.load_profile("paperctl")


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


@pytest.fixture(autouse=True)
def no_outside_network(monkeypatch):
    """No test may reach the real arXiv or any other service: by default paperctl is
    pointed at a closed local port (the ``arxiv_server`` fixture and
    ``venue_services.VenueServices`` point it at local stand-ins)."""
    monkeypatch.setenv("PAPERCTL_ARXIV_URL", "http://127.0.0.1:9/api/query")
    monkeypatch.setenv("PAPERCTL_ARXIV_RETRIES", "0")
    monkeypatch.setenv("PAPERCTL_ARXIV_DELAY", "0")
    monkeypatch.setenv("PAPERCTL_ARXIV_TIMEOUT", "2")
    for service in ("S2", "DBLP", "OPENREVIEW", "CROSSREF", "DOI", "DATACITE", "ACL"):  # the other sources too
        monkeypatch.setenv(f"PAPERCTL_{service}_URL", "http://127.0.0.1:9/")
        monkeypatch.setenv(f"PAPERCTL_{service}_RETRIES", "0")
        monkeypatch.setenv(f"PAPERCTL_{service}_DELAY", "0")
        monkeypatch.setenv(f"PAPERCTL_{service}_TIMEOUT", "2")


@pytest.fixture
def lib(tmp_path: Path):
    with Library(tmp_path / "data" / "library.db") as library:
        yield library


@pytest.fixture
def arxiv_server(monkeypatch):
    """The local arXiv stand-in, with paperctl pointed at it through PAPERCTL_ARXIV_URL.

    Spacing and backoff are set to zero for CLI runs; the tests of spacing
    and backoff inject a fake clock instead.
    """
    from arxiv_server import FakeArxiv

    server = FakeArxiv().start()
    monkeypatch.setenv("PAPERCTL_ARXIV_URL", server.url)
    monkeypatch.setenv("PAPERCTL_ARXIV_DELAY", "0")
    monkeypatch.setenv("PAPERCTL_ARXIV_BACKOFF", "0")
    monkeypatch.setenv("PAPERCTL_ARXIV_RETRIES", "2")
    yield server
    server.stop()



@pytest.fixture
def services(monkeypatch):
    """Local stand-ins for Semantic Scholar, DBLP, OpenReview, Crossref, doi.org, DataCite
    and the ACL Anthology (``venue_services.py``), with paperctl pointed at them."""
    from venue_services import VenueServices

    server = VenueServices().start()
    for name, value in server.env().items():
        monkeypatch.setenv(name, value)
    yield server
    server.stop()


@pytest.fixture
def run(tmp_path):
    """``paperctl --db LIB ARGS...`` through CliRunner, on a library in *tmp_path* (``run.db``).
    Some modules define their own ``run``, which then wins."""
    from typer.testing import CliRunner

    from paperctl.cli import app

    runner = CliRunner()
    db = str(tmp_path / "lib.db")

    def invoke(*args):
        return runner.invoke(app, ["--db", db, *args])

    invoke.db = db
    return invoke


def migrated_to(path: Path, last: str, rows: list[str]) -> None:
    """A library file as the code of migration *last* left it: the migrations up to *last*
    (included) applied, then *rows* (SQL statements in that schema) written. Called again on
    the same file, it goes on from where the file is, as an upgrade of a user's library does."""
    from sqlite_utils import Database

    from paperctl.store.migrations import migrations, names

    db = Database(path)
    later = names()[names().index(last) + 1 :]
    migrations().apply(db, stop_before=later[0] if later else None)
    for statement in rows:
        db.execute(statement)
    db.conn.commit()
    db.close()

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (recorded arXiv responses) is absent")
