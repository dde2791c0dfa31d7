#!/usr/bin/env python3
"""Check that every label's raw equals the file's lines from its line on."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for row in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    lab = json.loads(row)
    n += 1
    f = lab["list"]
    if f not in cache:
        with open(os.path.join(HERE, f), encoding="utf-8", newline="") as fh:
            cache[f] = fh.read().split("\n")
    lines = cache[f]
    k = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + k])
    if got != lab["raw"]:
        bad += 1
        print("MISMATCH", f, lab["line"], repr(lab["raw"][:80]), repr(got[:80]))
print(f"{n} labels, {bad} mismatches")
