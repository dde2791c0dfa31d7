#!/usr/bin/env python3
"""Check that every label's raw text sits in its list at its line."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
bad = 0
for n, row in enumerate(open(HERE / "labels.jsonl", encoding="utf-8"), 1):
    d = json.loads(row)
    lines = (HERE / d["list"]).read_text(encoding="utf-8").split("\n")
    raw = d["raw"].split("\n")
    got = lines[d["line"] - 1: d["line"] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print("MISMATCH", n, d["list"], d["line"])
    nxt = d["line"] - 1 + len(raw)
    if nxt < len(lines) and lines[nxt].strip() and not lines[nxt].lstrip().startswith(("-", "[**")):
        print("note: entry may continue after", d["list"], d["line"], repr(lines[nxt][:60]))
print(f"{n} labels, {bad} mismatches")
