#!/usr/bin/env python3
"""Check that every label's raw text sits in its list file starting at its line."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    j = json.loads(ln)
    n += 1
    with open(os.path.join(HERE, j["list"]), encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    raw = j["raw"].split("\n")
    got = lines[j["line"] - 1: j["line"] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print("MISMATCH", j["list"], j["line"])
print(f"{n} labels checked, {bad} mismatches")
