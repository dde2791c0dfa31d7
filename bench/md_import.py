#!/usr/bin/env python3
"""How long a 1 MB Markdown reading list takes to import (issue 15's target: <= 1 s).

    python bench/md_import.py [--entries 3000] [--runs 3] [--list FILE]

Generates the list with ``gen_md_list.py`` (or takes FILE), then reports the median
over the runs of: reading it (``markdown.reader.parse``: in parts on a machine with
cores to spare, see ``markdown.parts``; and whole, in one process), each read in a
fresh process of its own as an import reads it (a second read in the same process is
~25 % cheaper, since the reader's memo caches already hold every name and venue of the
list: a figure no user sees), importing it with the CLI
into a fresh library (the whole process, start-up included: it creates the library),
importing it a second time into that library, which must change nothing (0 new,
0 merged), and importing it into an empty library that exists already.
Each figure is given as wall time and as CPU time (user + system, of the child
process for the CLI), which a busy machine disturbs less. Run with
PYTHONDONTWRITEBYTECODE unset, on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli(*args: str) -> tuple[tuple[float, float], str]:
    """((wall, CPU) seconds, stdout) of one paperctl process."""
    paperctl = shutil.which("paperctl") or "paperctl"
    start, cpu = time.perf_counter(), _child_cpu()
    done = subprocess.run([paperctl, *args], capture_output=True, text=True, check=True)
    return (time.perf_counter() - start, _child_cpu() - cpu), done.stdout


def _read_once(source: Path, whole: bool) -> tuple[float, float, int]:
    """(wall, CPU, entries) of one cold ``reader.parse`` of *source*, in a fresh process."""
    code = ("import json, sys, time, resource\n"
            "from paperctl.formats.markdown import parts, reader\n"
            "text = open(sys.argv[1], encoding='utf-8').read()\n"
            "if sys.argv[2] == 'whole':\n    parts.PARALLEL_MIN = len(text) + 1\n"
            "start, cpu = time.perf_counter(), time.process_time()\n"
            "parsed = reader.parse(text)\n"
            "wall, cpu = time.perf_counter() - start, time.process_time() - cpu\n"
            "workers = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(json.dumps([wall, cpu + workers.ru_utime + workers.ru_stime, len(parsed.entries)]))\n")
    done = subprocess.run([sys.executable, "-c", code, str(source), "whole" if whole else "parts"],
                          capture_output=True, text=True, check=True)
    wall, cpu, entries = json.loads(done.stdout)
    return wall, cpu, entries


def _median(pairs: list[tuple[float, float]]) -> str:
    return (f"{statistics.median(p[0] for p in pairs):.3f} s wall, "
            f"{statistics.median(p[1] for p in pairs):.3f} s CPU")


def main() -> int:
    from gen_md_list import list_file, list_options

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    list_options(ap)
    args = ap.parse_args()
    from paperctl.formats.markdown import parts
    from paperctl.library import Library

    with tempfile.TemporaryDirectory() as work:
        work_dir = Path(work)
        source = list_file(args, work_dir)
        text = source.read_text(encoding="utf-8")
        parse_times, whole_times, import_times, again_times, existing_times = [], [], [], [], []
        for run in range(args.runs):
            wall, cpu, entries = _read_once(source, whole=False)
            parse_times.append((wall, cpu))
            wall, cpu, _ = _read_once(source, whole=True)
            whole_times.append((wall, cpu))
            db = work_dir / f"lib{run}.db"
            seconds, _ = cli("--db", str(db), "import", str(source))
            import_times.append(seconds)
            seconds, _ = cli("--db", str(db), "import", "--json", str(source))
            again_times.append(seconds)
            empty = work_dir / f"empty{run}.db"
            Library(empty).close()  # a library that exists already (creating one imports sqlite-utils)
            seconds, _ = cli("--db", str(empty), "import", str(source))
            existing_times.append(seconds)
        report = json.loads(cli("--db", str(db), "import", "--json", str(source))[1])
        lines = text.count("\n")
        print(f"list: {source.name if args.list else 'generated'}, {len(text.encode()):,} bytes, {lines:,} lines, "
              f"{entries:,} entries read")
        print(f"read (reader.parse):          {_median(parse_times)} (median of {args.runs}; CPU of the workers"
              f" included; {parts.workers()} worker processes)")
        print(f"read whole, in one process:   {_median(whole_times)} (a fresh process each)")
        print(f"import into a fresh library:  {_median(import_times)} (whole CLI process; it creates the library)")
        print(f"import into an empty library: {_median(existing_times)} (the library exists already)")
        print(f"import again (no changes):    {_median(again_times)}; "
              f"second import: {report[0]['new']} new, {report[0]['merged']} merged, "
              f"{report[0]['unchanged']} unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
