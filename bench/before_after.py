#!/usr/bin/env python3
"""Time import and export at one size with two versions of paperctl, interleaved.

    python bench/before_after.py --before /tmp/base/src --size 10000 --runs 3 [--jsonl] [--export]

``--before`` is the ``src`` folder of the other version (``git archive COMMIT src |
tar -x -C /tmp/base``); the version under test is the one this Python imports. Each
run is a fresh process (``python -m paperctl``) on a fresh library; the two versions
take turns, so drift of the machine's speed hits both alike. Prints the median wall
time of each command for each version. The corpus is ``bench/gen_corpus.py SIZE 42``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(src: str | None, argv: list[str]) -> float:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if src:
        env["PYTHONPATH"] = src
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "paperctl", *argv], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", required=True, help="src folder of the version to compare with")
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jsonl", action="store_true", help="also import the JSON Lines corpus")
    ap.add_argument("--export", action="store_true", help="also export --bib the imported library")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        base = Path(work)
        subprocess.run([sys.executable, str(HERE / "gen_corpus.py"), str(args.size), "42", str(base)], check=True,
                       stdout=subprocess.DEVNULL)
        versions = {"before": args.before, "after": None}
        times: dict[tuple[str, str], list[float]] = {}
        for n in range(args.runs):
            for name, src in versions.items():
                db = base / f"{name}{n}.db"
                times.setdefault((name, "import .bib"), []).append(run(src, ["--db", str(db), "import",
                                                                              str(base / "corpus.bib")]))
                if args.export:
                    times.setdefault((name, "export --bib"), []).append(
                        run(src, ["--db", str(db), "export", "--bib", "-o", str(base / f"{name}.bib")]))
                if args.jsonl:
                    jdb = base / f"{name}{n}j.db"
                    times.setdefault((name, "import .jsonl"), []).append(
                        run(src, ["--db", str(jdb), "import", str(base / "corpus.jsonl")]))
        for op in dict.fromkeys(op for _, op in times):
            cells = [f"{name} {statistics.median(times[(name, op)]):.2f} s" for name in versions]
            print(f"{op} at {args.size:,}: " + ", ".join(cells) + f" (median of {args.runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
