#!/usr/bin/env python3
"""Check every label: raw sits in its list at its line; title/ids/links are in raw."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
bad = 0
for n, row in enumerate(open(HERE / "labels.jsonl", encoding="utf-8"), 1):
    d = json.loads(row)
    lines = (HERE / d["list"]).read_text(encoding="utf-8").split("\n")
    raw = d["raw"].split("\n")
    if lines[d["line"] - 1: d["line"] - 1 + len(raw)] != raw:
        bad += 1
        print("MISMATCH", n, d["list"], d["line"])
    for k in ("title", "arxiv_id", "url", "code"):
        if d[k] and d[k] not in d["raw"]:
            print(f"not in raw: {k} {d[k]!r} ({d['list'][:20]}:{d['line']})")
print(f"{n} labels, {bad} raw mismatches")
