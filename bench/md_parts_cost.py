#!/usr/bin/env python3
"""What reading a large Markdown list in parts costs beyond reading it whole, in CPU time.

    python bench/md_parts_cost.py [--rounds 7] [--entries 3000] [--list FILE]

Reads the list (``gen_md_list.py``'s 1 MB list unless ``--list``), in turns, in one process:

* whole: ``reader.parse`` with no parts;
* in parts, one after the other: every step the workers take (each part's blocks, then its
  entries), with their answers pickled and unpickled as the pipe would carry them, the parts
  put together and finished, all in this process, so that no second core is busy;
* in parts: ``reader.parse`` as it runs, the workers' CPU time included.

The first two differ by the work reading in parts adds (cutting, pickling, each part's
caches filled anew); the last two by what running on two cores at once does to the CPU time
of the same work. Taken in turns in one process, the three see the same machine, which a
figure taken once, minutes from another, does not. (Instructions, which a busy machine does not
move: valgrind on ``python -c "reader.parse(text)"``, with ``--cachegrind-out-file=cg.%p``: the
worker's file counts the parent's instructions before the fork too.)
"""

from __future__ import annotations

import argparse
import pickle
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    from gen_md_list import list_file, list_options

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    list_options(ap)
    args = ap.parse_args()
    from paperctl.formats.forking import paused_collection
    from paperctl.formats.markdown import part_blocks, parts, reader
    from paperctl.formats.markdown.assembly import finish

    with tempfile.TemporaryDirectory() as work:
        text = list_file(args, Path(work)).read_text(encoding="utf-8")
    in_parts = parts.PARALLEL_MIN

    def whole() -> float:
        parts.PARALLEL_MIN = len(text) + 1
        try:
            start = time.process_time()
            reader.parse(text)
            return time.process_time() - start
        finally:
            parts.PARALLEL_MIN = in_parts

    def carried(value: object) -> object:
        """*value* as a worker's pipe carries it."""
        return pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))

    def one_after_the_other() -> float:
        with paused_collection():  # (as reader.parse and each worker read)
            return _one_after_the_other()

    def _one_after_the_other() -> float:
        start = time.process_time()
        plan = parts.plan(text, (False, False), part_blocks.read_part, reader.read_part_again)
        if plan is None:
            raise SystemExit("the list is read whole here (too small, one core, or no cut)")
        firsts = [part_blocks.read_part(plan.lines, plan.bounds, k) for k in range(len(plan.bounds))]
        decide = part_blocks.decider(plan.bounds, part_blocks.definitions.__wrapped__(text))  # (not cached)
        message = decide([summary if k == 0 else carried(summary) for k, (summary, _) in enumerate(firsts)])
        results = [reader.read_part_again(kept, message, False, False) for _, kept in firsts]
        found = reader.merged([results[0], *map(carried, results[1:])], plan.lines, plan.bounds, False, False)
        finish(found, text)
        return time.process_time() - start

    def in_two_processes() -> float:
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.process_time()
        reader.parse(text)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        return time.process_time() - start + workers

    ways = {"whole": whole, "in parts, one after the other": one_after_the_other,
            f"in parts, {parts.workers() + 1} processes": in_two_processes}
    for way in ways.values():
        way()  # (warm-up: the first reading fills the caches)
    spent: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(args.rounds):
        for name, way in ways.items():
            spent[name].append(way())
    base = statistics.median(spent["whole"])
    print(f"{len(text):,} characters; CPU time, median of {args.rounds} rounds taken in turns:")
    for name, times in spent.items():
        median = statistics.median(times)
        print(f"  {name:32s} {median:.3f} s ({median / base - 1:+.1%})  least {min(times):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
