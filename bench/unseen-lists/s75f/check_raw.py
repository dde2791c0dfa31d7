#!/usr/bin/env python3
"""Check that every label's raw text is in its file starting at its line."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
bad = 0
for r in map(json.loads, open(os.path.join(D, "labels.jsonl"), encoding="utf-8")):
    lines = open(os.path.join(D, r["list"]), encoding="utf-8").read().split("\n")
    n = r["raw"].count("\n") + 1
    if "\n".join(lines[r["line"] - 1:r["line"] - 1 + n]) != r["raw"]:
        bad += 1
        print("MISMATCH", r["list"], r["line"])
print("checked, mismatches:", bad)
