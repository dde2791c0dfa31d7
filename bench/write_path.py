#!/usr/bin/env python3
"""The write path of an import alone (no start-up, no reading), for two source trees.

    python bench/write_path.py FILE --before /tmp/before/src [--after src] [--runs 5] [--format md]

FILE (a Markdown list from ``bench/gen_md_list.py``, a ``.jsonl`` from ``bench/gen_corpus.py``...)
is read once by each tree's reader; then ``importing.import_reading`` writes what was read
into a fresh library, ``--runs`` times per tree, the trees taking turns so that a shared
machine's drift hits both alike. Each run is its own process (``python -c`` with
``PYTHONPATH`` set to the tree's ``src``). Printed: median CPU and wall seconds of the writes
(``process_time`` / ``perf_counter`` around ``import_reading`` only) and the ratio after/before.
Markdown lists are read with the default options, as ``bench/md_import.py`` reads them.

Only the standard library; never imported by paperctl or its tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = r"""
import sys, time
from pathlib import Path
from paperctl import Library
from paperctl.formats import importing
path, fmt, db = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
text = path.read_text(encoding="utf-8")
options = importing.MarkdownOptions()
reading = importing.read(text, fmt, options)
if fmt == "jsonl":
    reading.sources = list(reading.sources)
with Library(db) as lib:
    cpu, wall = time.process_time(), time.perf_counter()
    report = importing.import_reading(lib, reading, fmt, str(path))
    print(time.process_time() - cpu, time.perf_counter() - wall, len(report.new))
"""


def run(src: Path, file: Path, fmt: str, folder: Path) -> tuple[float, float, int]:
    db = folder / "library.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(src)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, "-c", CHILD, str(file), fmt, str(db)], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--before", type=Path, required=True, help="the src folder of the tree before the change")
    ap.add_argument("--after", type=Path, default=ROOT / "src")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--format", default=None, help="md, jsonl, bib or csl (default: from the extension)")
    args = ap.parse_args()
    fmt = args.format or {".md": "md", ".jsonl": "jsonl", ".bib": "bib", ".json": "csl"}[args.file.suffix]
    trees = {"before": args.before, "after": args.after}
    cpu: dict[str, list[float]] = {name: [] for name in trees}
    wall: dict[str, list[float]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory(prefix="write-path-") as tmp:
        for _ in range(args.runs):
            for name, src in trees.items():
                c, w, new = run(src, args.file, fmt, Path(tmp))
                cpu[name].append(c)
                wall[name].append(w)
    print(f"{args.file.name} ({new} new papers), {args.runs} runs each; load average {os.getloadavg()[0]:.2f}")
    for name in trees:
        print(f"{name:6s}: {statistics.median(cpu[name]):.3f} s CPU, {statistics.median(wall[name]):.3f} s wall")
    ratio = statistics.median(cpu["after"]) / statistics.median(cpu["before"])
    print(f"after / before (CPU): {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
