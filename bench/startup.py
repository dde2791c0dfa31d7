#!/usr/bin/env python3
"""Start-up time of two paperctl source trees, interleaved round after round.

    git archive BASE src | tar -x -C /tmp/base
    python bench/startup.py --before /tmp/base --after . --rounds 41

Each round runs every command once with each tree, in alternating order, as a
whole process (``python -m paperctl`` with ``PYTHONPATH`` set to the tree's
``src``: the same interpreter and installed dependencies for both), so that the
machine's drift within the run hits both sides alike. Medians are printed with
the ratio after/before. Each tree reads a copy of its own shipped ``data/library.db``
(the user's 170 papers, at that tree's schema: a newer library is refused by older
code), so ``list --limit 50`` prints a real listing (TSV: stdout goes to a pipe that
is read and thrown away). Wall and CPU time are both given.

Only the standard library; never imported by paperctl or its tests.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = {
    "--version": ["--version"],
    "list --limit 50": ["list", "--limit", "50"],
}


def run_once(tree: Path, db: Path, args: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one whole process."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "PAPERCTL_DB": str(db)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # byte-compiled modules, as an installed paperctl has
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "paperctl", *args], env=env, stdout=subprocess.PIPE,
                   stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start, _children_cpu() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="source tree (holding src/) before the change")
    parser.add_argument("--after", type=Path, default=ROOT, help="source tree after the change (default: this one)")
    parser.add_argument("--rounds", type=int, default=41)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        trees = {"before": args.before.resolve(), "after": args.after.resolve()}
        dbs = {label: Path(folder) / f"{label}.db" for label in trees}
        for label, tree in trees.items():
            shutil.copy(tree / "data" / "library.db", dbs[label])
        times: dict[tuple[str, str], list[tuple[float, float]]] = {(c, t): [] for c in COMMANDS for t in trees}
        for command in COMMANDS.values():  # warm-up: byte-compile, fill the OS cache
            for label, tree in trees.items():
                run_once(tree, dbs[label], command)
        for i in range(args.rounds):
            for name, command in COMMANDS.items():
                order = list(trees.items()) if i % 2 == 0 else list(trees.items())[::-1]
                for label, tree in order:
                    times[(name, label)].append(run_once(tree, dbs[label], command))
    print(f"{args.rounds} rounds, interleaved; python {sys.version.split()[0]}")
    print(f"before: {trees['before']}\nafter:  {trees['after']}")
    print("Medians; CPU time (user + system) is what a busy machine disturbs least.")
    print("| command | wall before | wall after | after/before | CPU before | CPU after | after/before |")
    print("|---|---|---|---|---|---|---|")
    for name in COMMANDS:
        cells = []
        for which in (0, 1):
            before = statistics.median(t[which] for t in times[(name, "before")])
            after = statistics.median(t[which] for t in times[(name, "after")])
            cells.append(f"{before * 1000:.1f} ms | {after * 1000:.1f} ms | {after / before:.3f}")
        print(f"| `{name}` | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()
