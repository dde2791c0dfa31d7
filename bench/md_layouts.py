"""What keeping a list's layout costs an import (``--style auto``'s storage).

    python bench/md_layouts.py [LIST.md] [--runs 5]

Imports LIST (default: the 3,000-entry list ``gen_md_list.py`` makes) into fresh
libraries and prints the median time of the import driver's layout step
(``importing._store_layout``: fingerprints of the papers, the rows) beside the
whole write (``import_reading``), parsing excluded.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from paperctl import Library
from paperctl.formats import importing


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    args = [a for a in sys.argv[1:] if not a.startswith("--") and a != str(runs)]
    with tempfile.TemporaryDirectory() as work:
        path = Path(args[0]) if args else Path(work) / "list.md"
        if not args:
            subprocess.run([sys.executable, str(Path(__file__).parent / "gen_md_list.py"), str(path), "3000"],
                           check=True, capture_output=True)
        text = path.read_text(encoding="utf-8")
        store = importing._store_layout
        layout_times: list[float] = []

        def timed(*a, **k):
            start = time.perf_counter()
            store(*a, **k)
            layout_times.append(time.perf_counter() - start)

        importing._store_layout = timed
        totals = []
        for n in range(runs):
            reading = importing.read(text, "md")
            with Library(Path(work) / f"lib{n}.db") as lib:
                start = time.perf_counter()
                importing.import_reading(lib, reading, "md", path.name)
                totals.append(time.perf_counter() - start)
        entries = text.count("\n")
        print(f"{path.name}: {len(text):,} bytes, {entries:,} lines; median of {runs}: "
              f"layout step {statistics.median(layout_times):.3f} s of a {statistics.median(totals):.3f} s write")


if __name__ == "__main__":
    main()
