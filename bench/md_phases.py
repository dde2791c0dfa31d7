#!/usr/bin/env python3
"""Where a Markdown import's time goes, phase by phase (issue 15: a 1 MB list in <= 1 s).

    python bench/md_phases.py [--entries 3000] [--runs 3] [--list FILE]

Imports the list (``gen_md_list.py``'s, or FILE) into a fresh library, then again
into the same library (which changes nothing), in this process, and prints for each
the median wall time of: reading the list (``read_markdown``, workers included),
writing the papers (``Library.import_papers``), indexing them for search
(``fts.index_new``), storing the list's layout (``_store_layout``) and the rest
(creating the library, sections, the transaction). Start-up of the command is not
in it (``bench/startup.py``). Run with PYTHONDONTWRITEBYTECODE unset; say the load.

A list read in parts is given to the import in stages (``markdown.ahead.stages``):
"read" then ends when the first part's entries are given, and the time spent waiting
for the workers' parts falls in "papers".
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PHASES = ("read", "papers", "fts", "layout")


def main() -> int:
    from gen_md_list import list_file, list_options

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    list_options(ap)
    args = ap.parse_args()
    from paperctl.formats import importing
    from paperctl.library import Library
    from paperctl.store import fts

    spent: dict[str, float] = defaultdict(float)

    def timed(owner: object, name: str, phase: str) -> None:
        inner = getattr(owner, name)

        def wrapper(*a: object, **k: object) -> object:
            start = time.perf_counter()
            try:
                return inner(*a, **k)
            finally:
                spent[phase] += time.perf_counter() - start

        setattr(owner, name, wrapper)

    timed(importing, "read_markdown", "read")
    timed(Library, "import_papers", "papers")
    timed(fts, "index_new", "fts")
    timed(importing, "_store_layout", "layout")
    with tempfile.TemporaryDirectory() as work:
        source = list_file(args, Path(work))
        size = source.stat().st_size
        results: dict[str, list[dict[str, float]]] = {"fresh": [], "again": []}
        for run in range(args.runs):
            db = Path(work) / f"lib{run}.db"
            for kind in ("fresh", "again"):
                spent.clear()
                start = time.perf_counter()
                with Library(db) as lib:
                    importing.import_file(lib, source)
                total = time.perf_counter() - start
                results[kind].append({**spent, "total": total,
                                      "rest": total - sum(spent[p] for p in PHASES)})
    print(f"list: {source.name if args.list else 'generated'}, {size:,} bytes; median of "
          f"{args.runs} runs, in one process (no start-up); load average {os.getloadavg()[0]:.1f}")
    for kind, label in (("fresh", "into a fresh library"), ("again", "again (no changes)")):
        runs = results[kind]
        cells = [f"{p} {statistics.median(r.get(p, 0.0) for r in runs):.3f}" for p in (*PHASES, "rest")]
        print(f"{label:22s} total {statistics.median(r['total'] for r in runs):.3f} s: " + ", ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
