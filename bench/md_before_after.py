#!/usr/bin/env python3
"""Time a Markdown list's import with two versions of paperctl, interleaved.

    python bench/md_before_after.py --before /tmp/base/src [--runs 5] [--entries 3000] [--list FILE]
    python bench/md_before_after.py --before /tmp/base/src --instructions

``--before`` is the ``src`` folder of the other version (``git archive COMMIT src |
tar -x -C /tmp/base``); the version under test is the one this Python imports. Each
run is a fresh process (``python -m paperctl``): an import into a fresh library, then
the same file imported again into it (which must change nothing). The two versions
take turns, so drift of a shared machine's speed hits both alike. Prints, for each
command and version, the median wall time and the median CPU time (user + system of
the child), which a busy machine disturbs less, and the least CPU time seen. The list is ``gen_md_list.py``'s
(3,000 entries, seed 42: 1 MB) unless ``--list`` names one.

``--instructions`` runs each command once under valgrind (cachegrind, no cache
simulation: ~50 times slower, a few minutes) and prints the instructions it took: a
count that a loaded machine does not move, for changes too small to see in times
taken on a shared machine. It counts the command's own process only (not the worker
that reads a large list's second part), with a fixed hash seed; the garbage
collector still moves a whole import's count by a few per cent from one tree to
another.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def run(src: str | None, argv: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one ``python -m paperctl`` process."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if src:
        env["PYTHONPATH"] = src
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "paperctl", *argv], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(src: str | None, argv: list[str]) -> int:
    """Instructions one ``python -m paperctl`` process executes (valgrind's "I refs")."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONHASHSEED"] = "0"  # (hash randomisation alone moves the count by up to 3 %)
    if src:
        env["PYTHONPATH"] = src
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-m", "paperctl", *argv], env=env, check=True, capture_output=True,
                          text=True)
    # A list read in parts forks a worker, which valgrind counts apart and reports first:
    # the count wanted is the command's own process's (the first to speak).
    pid = re.search(r"==(\d+)==", done.stderr)
    found = re.search(rf"=={pid.group(1) if pid else ''}==\s+I\s+refs:\s+([\d,]+)", done.stderr)
    if not found:
        raise SystemExit("valgrind gave no instruction count:\n" + done.stderr[-2000:])
    return int(found.group(1).replace(",", ""))


def main() -> int:
    from gen_md_list import list_file, list_options

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", required=True, help="src folder of the version to compare with")
    ap.add_argument("--runs", type=int, default=5)
    list_options(ap)
    ap.add_argument("--instructions", action="store_true", help="count instructions under valgrind instead")
    args = ap.parse_args()
    if args.instructions and not shutil.which("valgrind"):
        raise SystemExit("--instructions needs valgrind on PATH")
    with tempfile.TemporaryDirectory() as work:
        base = Path(work)
        source = list_file(args, base)
        versions = {"before": args.before, "after": None}
        if args.instructions:
            for name, src in versions.items():
                db = base / f"counted-{name}.db"
                run(src, ["--db", str(base / f"warm-{name}.db"), "import", str(source)])  # byte-code caches
                fresh = instructions(src, ["--db", str(db), "import", str(source)])
                again = instructions(src, ["--db", str(db), "import", str(source)])
                print(f"{name:6s} import into a fresh library {fresh / 1e9:.2f} billion instructions, "
                      f"import again {again / 1e9:.2f} billion")
            return 0
        for name, src in versions.items():  # warm the byte-code caches of both
            run(src, ["--db", str(base / f"warm-{name}.db"), "import", str(source)])
        times: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for n in range(args.runs):
            for name, src in versions.items():
                db = base / f"{name}{n}.db"
                times.setdefault((name, "import"), []).append(run(src, ["--db", str(db), "import", str(source)]))
                times.setdefault((name, "again"), []).append(run(src, ["--db", str(db), "import", str(source)]))
        size = source.stat().st_size
        print(f"list: {source.name if args.list else 'generated'}, {size:,} bytes; median of {args.runs}, "
              f"load average at the end {os.getloadavg()[0]:.1f}")
        for op, label in (("import", "import into a fresh library"), ("again", "import again (no changes)")):
            cells = []
            for name in versions:
                pairs = times[(name, op)]
                cells.append(f"{name} {statistics.median(p[0] for p in pairs):.2f} s wall / "
                             f"{statistics.median(p[1] for p in pairs):.2f} s CPU (least {min(p[1] for p in pairs):.2f})")
            print(f"{label:30s} " + ", ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
