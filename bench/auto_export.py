"""Time ``export --md --style auto`` of a large imported list with two versions of paperctl.

    python bench/auto_export.py --before /tmp/base/src [--entries 3000] [--runs 7]

``--before`` is the ``src`` folder of the other version (``git archive COMMIT src | tar -x -C
/tmp/base``); the version under test is the one this Python imports. The list is
``bench/gen_md_list.py N`` imported once by the version under test (both read the same
library: no schema change between them is assumed). Each version renders the whole export
*runs* times, each in a fresh process (its start-up not counted); the two take turns, so that
drift of the machine's speed hits both alike. Prints the median of each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RENDER = """
import sys, time
from paperctl import Library
from paperctl.formats.exporting import Selection, render
from paperctl.formats.markdown.writer import MarkdownOptions
lib = Library(sys.argv[1])
start = time.perf_counter()
render(lib, "md", Selection(), options=MarkdownOptions(style="auto"))
print(time.perf_counter() - start)
"""


def timed(src: str | None, db: Path) -> float:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if src:
        env["PYTHONPATH"] = src
    out = subprocess.run([sys.executable, "-c", RENDER, str(db)], env=env, capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True)
    parser.add_argument("--entries", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        listing, db = Path(work) / "list.md", Path(work) / "lib.db"
        subprocess.run([sys.executable, str(HERE / "gen_md_list.py"), str(listing), str(args.entries)],
                       check=True, capture_output=True)
        subprocess.run([sys.executable, "-m", "paperctl", "--db", str(db), "import", str(listing)],
                       check=False, capture_output=True)
        times: dict[str, list[float]] = {"before": [], "after": []}
        for _ in range(args.runs):
            times["before"].append(timed(args.before, db))
            times["after"].append(timed(None, db))
    print(f"load average {os.getloadavg()[0]:.2f}; {args.entries} entries; {args.runs} runs each")
    for name, values in times.items():
        print(f"{name}: median {statistics.median(values):.3f} s (min {min(values):.3f}, max {max(values):.3f})")


if __name__ == "__main__":
    main()
