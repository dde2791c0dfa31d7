#!/usr/bin/env python3
"""Check that every label's raw text sits in its list file at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = n = 0
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    d = json.loads(l)
    n += 1
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8", newline="").read().split("\n")
    raw = d["raw"].split("\n")
    got = lines[d["line"] - 1:d["line"] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
print(n, "labels,", bad, "mismatches")
