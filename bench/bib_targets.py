#!/usr/bin/env python3
"""Issue 14's speed targets, before and after the bibliography work, in one run.

    python bench/bib_targets.py [--before e50b130] [--runs 3] [--import-runs 1] [--read-runs 5]

Issue 14 asks that keeping every BibTeX field costs nothing where it matters: import of
10k BibTeX <= 5 s, import of 100k JSON Lines <= 30 s, ``export --bib`` of 100k <= 10 s, and
reads at 100k unchanged. This times exactly those, for two versions of paperctl side by side:

- ``before``: the commit given by ``--before`` (default ``e50b130``, main before issue 14's
  schema work), checked out with ``git worktree add --detach`` into a temporary folder and
  removed at the end;
- ``after``: this checkout's ``src`` (the working tree, so commit before you quote a figure).

Both run as ``python -m paperctl`` with this interpreter and ``PYTHONPATH`` set to their
``src`` (checked before timing: each version must import from its own folder). The corpora
are made once with ``bench/gen_corpus.py N 42`` (10k for the BibTeX import, 100k for the
rest). Every command is a fresh process; the versions take turns within each round, so the
machine's drift (it is shared) hits both alike. For each command: median wall seconds, median
CPU seconds (user + system of that very child, from ``os.wait4``) and the largest peak RSS.
The 100k JSON Lines imports (``--import-runs``, 1 by default: about 30 s each) also build the
library that ``export --bib`` and the reads then use, one library per version.

Only the standard library; never imported by paperctl or its tests.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORD = "hallucination"  # in the titles, summaries and abstracts of ~7% of the corpus


@dataclass
class Sample:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)

    def cell(self) -> str:
        return (f"{_seconds(statistics.median(self.wall))} wall, {_seconds(statistics.median(self.cpu))} CPU, "
                f"{max(self.rss_kb) / 1024:.0f} MB")


def _seconds(value: float) -> str:
    return f"{value:.3f} s" if value < 1 else f"{value:.2f} s"


def environment(src: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # both versions get their bytecode cached alike
    env["PYTHONPATH"] = str(src)
    env.pop("PAPERCTL_DB", None)
    return env


def run_once(src: Path, argv: list[str]) -> tuple[float, float, int]:
    """(wall s, CPU s, peak RSS KiB) of ``python -m paperctl ARGV`` run with *src* first on the path."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "paperctl", *argv], env=environment(src),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{src}: paperctl {' '.join(argv)} failed: {err.decode(errors='replace')[-400:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def output_of(src: Path, argv: list[str]) -> str:
    return subprocess.run([sys.executable, "-m", "paperctl", *argv], env=environment(src), check=True,
                          capture_output=True, text=True).stdout


def check_import_path(src: Path) -> None:
    """A version must run its own code (an editable install elsewhere must not win over PYTHONPATH)."""
    where = subprocess.run([sys.executable, "-c", "import paperctl; print(paperctl.__file__)"],
                           env=environment(src), check=True, capture_output=True, text=True).stdout.strip()
    if not Path(where).resolve().is_relative_to(src.resolve()):
        raise SystemExit(f"paperctl imported from {where}, not from {src}")


def show_key(src: Path, db: Path, arxiv_id: str) -> str:
    """The citation key this version gave the paper with *arxiv_id* (keys differ between versions)."""
    record = json.loads(output_of(src, ["--db", str(db), "show", arxiv_id, "--json"]))
    return record.get("key") or record["citekey"]


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", default="e50b130", help="commit to compare with (default e50b130)")
    ap.add_argument("--runs", type=int, default=3, help="runs of the 10k import and the 100k export")
    ap.add_argument("--import-runs", type=int, default=1, help="runs of the 100k JSON Lines import")
    ap.add_argument("--read-runs", type=int, default=5, help="runs of each read at 100k")
    ap.add_argument("--small", type=int, default=10_000, help="size of the BibTeX corpus")
    ap.add_argument("--large", type=int, default=100_000, help="size of the JSON Lines corpus and library")
    args = ap.parse_args()
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "src"], check=True,
                           capture_output=True, text=True).stdout.strip()
    started, load_start = datetime.datetime.now(datetime.UTC), load()
    with tempfile.TemporaryDirectory(prefix="bib-targets-") as tmp:
        work = Path(tmp)
        checkout = work / "before"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(checkout), args.before],
                       check=True, capture_output=True)
        try:
            versions = {"before": checkout / "src", "after": ROOT / "src"}
            for src in versions.values():
                check_import_path(src)
            for size in (args.small, args.large):
                subprocess.run([sys.executable, str(BENCH / "gen_corpus.py"), str(size), "42", str(work / str(size))],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            results = measure(args, work, versions)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(checkout)],
                           check=False, capture_output=True)
    print(f"bench/bib_targets.py --before {args.before} --runs {args.runs} --import-runs {args.import_runs} "
          f"--read-runs {args.read_runs}")
    print(f"{started:%Y-%m-%d %H:%M} UTC; after = {head}{' + uncommitted changes' if dirty else ''}; "
          f"{os.cpu_count()} cores; load average {load_start} at start, {load()} at end")
    print()
    print("| command | target | before | after | after / before (wall; CPU) |")
    print("|---|---|---|---|---|")
    for (command, target), by_version in results.items():
        before, after = by_version["before"], by_version["after"]
        wall = statistics.median(after.wall) / statistics.median(before.wall)
        cpu = statistics.median(after.cpu) / statistics.median(before.cpu)
        print(f"| {command} | {target} | {before.cell()} | {after.cell()} | {wall:.2f}x; {cpu:.2f}x |")
    return 0


def measure(args: argparse.Namespace, work: Path, versions: dict[str, Path]) -> dict:
    small, large = args.small, args.large
    results: dict[tuple[str, str], dict[str, Sample]] = {}

    def timed(command: str, target: str, name: str, argv: list[str]) -> None:
        sample = results.setdefault((command, target), {v: Sample() for v in versions}).setdefault(name, Sample())
        wall, cpu, rss = run_once(versions[name], argv)
        sample.wall.append(wall)
        sample.cpu.append(cpu)
        sample.rss_kb.append(rss)

    bib, jsonl = work / str(small) / "corpus.bib", work / str(large) / "corpus.jsonl"
    for n in range(args.runs):
        for name in versions:
            db = work / f"{name}-bib-{n}.db"
            timed(f"import .bib, {small:,} entries (fresh library)", "<= 5 s", name,
                  ["--db", str(db), "import", str(bib)])
            db.unlink()
    libraries = {name: work / f"{name}-{large}.db" for name in versions}
    for n in range(args.import_runs):
        for name in versions:
            db = libraries[name] if n == 0 else work / f"{name}-jsonl-{n}.db"
            timed(f"import .jsonl, {large:,} papers (fresh library)", "<= 30 s", name,
                  ["--db", str(db), "import", str(jsonl)])
            if n:
                db.unlink()
    for _ in range(args.runs):
        for name in versions:
            timed(f"export --bib, {large:,} papers", "<= 10 s", name,
                  ["--db", str(libraries[name]), "export", "--bib", "-o", str(work / f"{name}.bib")])
    sample_id = json.loads(jsonl.open(encoding="utf-8").readlines()[large // 2])["arxiv_id"]
    keys = {name: show_key(src, libraries[name], sample_id) for name, src in versions.items()}
    reads = {
        "list --limit 50": lambda name: ["list", "--limit", "50"],
        # Piped, `search` printed 50 matches before and prints every match now (e259ada):
        # both are timed with an explicit --limit, so that each version does the same work.
        f"search {WORD} --limit 50": lambda name: ["search", WORD, "--limit", "50"],
        f"search {WORD} --limit {large} (every match)": lambda name: ["search", WORD, "--limit", str(large)],
        "show KEY": lambda name: ["show", keys[name]],
    }
    for _ in range(args.read_runs):
        for command, argv in reads.items():
            for name in versions:
                timed(f"{command} at {large:,}", "unchanged", name, ["--db", str(libraries[name]), *argv(name)])
    return results


if __name__ == "__main__":
    sys.exit(main())
