#!/usr/bin/env python3
"""``paperctl venues`` on the venue test set, with the services' default pacing.

    python bench/venues.py            # the whole test set (about 100 s: DBLP wants 2 s a request)
    python bench/venues.py --papers 6

Starts the local stand-ins of tests/venue_services.py (real HTTP servers on
127.0.0.1), points paperctl at them with every delay left at its default, and
runs ``paperctl venues --all --json`` twice as a whole process: cold (empty
negative cache) and warm. From the servers' own request logs it prints, per
service, the requests and the shortest gap between two of them, and, from the
JSON report, how many papers were resolved to the right venue and year, the
wrong upgrades, and each miss with its reason.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from paperctl import Author, Library, PaperData  # noqa: E402
from venue_services import ROWS, VenueServices  # noqa: E402


def run(db: Path, env: dict[str, str]) -> tuple[dict, float]:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "paperctl", "--db", str(db), "venues", "--all", "--json"],
                          env=env, capture_output=True, text=True, check=False)
    elapsed = time.monotonic() - started
    if not done.stdout:
        sys.exit(done.stderr)
    return json.loads(done.stdout), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=len(ROWS))
    args = parser.parse_args()
    rows = ROWS[: args.papers]
    services = VenueServices().start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PAPERCTL_")}
    for name, value in services.env().items():
        if not name.endswith("_DELAY") and not name.endswith("_BACKOFF") and not name.endswith("_RETRIES"):
            env[name] = value
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "lib.db"
            with Library(db) as lib:
                lib.add_many([PaperData(title=r.title, authors=[Author(a) for a in r.authors], arxiv_id=r.arxiv_id,
                                        year=r.arxiv_year) for r in rows])
            cold, cold_s = run(db, env)
            cold_counts = services.counts()
            gaps = {name: min(server.gaps(), default=None) for name, server in services.all.items()}
            warm, warm_s = run(db, env)
            warm_counts = {k: services.counts()[k] - cold_counts[k] for k in cold_counts}
    finally:
        services.stop()
    by_id = {p["arxiv_id"]: p for p in cold["papers"]}
    published = [r for r in rows if r.expected]
    right = [r for r in published if by_id[r.arxiv_id]["outcome"] == "resolved"
             and by_id[r.arxiv_id]["venue"] == r.expected]
    wrong = [r for r in rows if by_id[r.arxiv_id]["outcome"] == "resolved" and by_id[r.arxiv_id]["venue"] != r.expected]
    print(f"papers: {len(rows)} ({len(published)} published, {len(rows) - len(published)} never published)")
    print(f"resolved right: {len(right)}/{len(published)} = {100 * len(right) / max(1, len(published)):.1f} %;"
          f" wrong upgrades: {len(wrong)}")
    print(f"summary (cold): {cold['summary']}")
    for r in published:
        if r not in right:
            p = by_id[r.arxiv_id]
            print(f"  miss {r.arxiv_id} expected {r.expected}: {p['outcome']} {p['venue']} [{p['note']}]")
    print(f"cold run {cold_s:.1f} s; warm run {warm_s:.1f} s")
    print("service     cold requests  per paper  shortest gap  warm requests")
    for name in services.all:
        gap = f"{gaps[name]:.2f} s" if gaps[name] is not None else "-"
        print(f"{name:<11} {cold_counts[name]:>13}  {cold_counts[name] / len(rows):>9.2f}  {gap:>12}"
              f"  {warm_counts[name]:>13}")


if __name__ == "__main__":
    main()
