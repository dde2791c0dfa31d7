#!/usr/bin/env python3
"""Check every label's raw equals the list file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    if not l.strip():
        continue
    lab = json.loads(l)
    n += 1
    lines = cache.setdefault(lab["list"], open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n"))
    want = lab["raw"].split("\n")
    got = lines[lab["line"] - 1: lab["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
print(f"{n} labels, {bad} mismatches")
