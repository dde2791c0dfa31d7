#!/usr/bin/env python3
"""Importing N papers whose citation keys share one base, against N that do not
(issue 13 item 13: 50,000 sharing ``wang2024deep`` took 31 s against 2.75 s).

    python bench/same_key_base.py [--count 50000]

Writes two JSON Lines files of N papers each: one where every paper is "Deep ... n"
by Wei Wang, 2024 (every key starts ``wang2024deep``), one where authors differ. Each
is imported into a fresh library with ``python -m paperctl``; wall and CPU times
are printed. The same base should cost about what distinct keys cost.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def write(path: Path, count: int, shared: bool) -> None:
    with path.open("w", encoding="utf-8") as f:
        for n in range(count):
            author = "Wei Wang" if shared else f"Wei Wang{n}"
            f.write(json.dumps({"title": f"Deep learning of things, part {n}", "authors": [author],
                                "year": 2024}) + "\n")


def run(argv: list[str]) -> tuple[float, float]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "paperctl", *argv], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=50_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        for shared in (True, False):
            source = Path(work) / f"{'shared' if shared else 'distinct'}.jsonl"
            write(source, args.count, shared)
            wall, cpu = run(["--db", str(Path(work) / f"{source.stem}.db"), "import", str(source)])
            print(f"{args.count:,} papers, keys {'sharing one base' if shared else 'distinct'}:"
                  f" {wall:.2f} s wall, {cpu:.2f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
