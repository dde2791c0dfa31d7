#!/usr/bin/env python3
"""Prove that a list imported in stages ends as it reads whole, on every list we have.

    python bench/md_stages.py [LIST.md ...]

An import of a large list writes the first part's entries while worker processes read the
rest (``markdown.ahead.stages``), and the whole list's reading is then built from the first
part's (``assembly.finish`` with *known*). Session 18 found that build wrong: it stepped over
an index line the first part had left out too, and 63 papers of the 1 MB benchmark list were
written as copies of later ones. This reads every list of ``bench/unseen-lists``, the real
lists and the seeds (or the lists named) in stages, cut anywhere (``parts.PARALLEL_MIN`` 0,
one worker, any cut), and compares the last stage with ``reader.parse(text, apart=False)``:
entries (line, data, layout), sections, skipped lines and the list's layout. It prints each
list that differs, and how many were written again whole (``Restage``: correct, but slower).
Exit status 1 when one differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
NOT_LISTS = {"FINDINGS.md", "LABELLING.md", "README.md"}


def default_lists() -> list[Path]:
    found = [*(HERE / "unseen-lists").glob("*/*.md"), *(SHARED / "fixtures" / "real-lists").glob("*.md"),
             *(SHARED / "seeds").glob("*.md")]
    return sorted(p for p in found if p.name not in NOT_LISTS)


def main() -> int:
    from paperctl.formats.markdown import ahead, parts, reader

    parts.PARALLEL_MIN, parts.SLACK = 0, float("inf")
    parts.workers = lambda: 1
    lists = [Path(a) for a in sys.argv[1:]] or default_lists()
    differ = restaged = 0
    for path in lists:
        text = path.read_text(encoding="utf-8", errors="replace")
        stages = [parsed for parsed, _ in ahead.stages(text)]
        last, whole = stages[-1], reader.parse(text, apart=False)
        if [(e.line, e.data, e.layout) for e in last.entries] != [(e.line, e.data, e.layout) for e in whole.entries] \
                or (last.sections, last.skipped, last.layout) != (whole.sections, whole.skipped, whole.layout):
            differ += 1
            print(f"DIFFERS {path}")
        first = stages[0]
        if len(stages) > 1 and last.entries[: len(first.entries)] != first.entries:
            restaged += 1
    print(f"{len(lists)} lists: {differ} differ from their whole reading; {restaged} written again whole (Restage)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
