#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for row in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    lab = json.loads(row)
    n += 1
    if lab["list"] not in cache:
        with open(os.path.join(HERE, lab["list"]), encoding="utf-8", newline="") as f:
            cache[lab["list"]] = f.read().split("\n")
    lines = cache[lab["list"]]
    want = lab["raw"].split("\n")
    got = lines[lab["line"] - 1: lab["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
