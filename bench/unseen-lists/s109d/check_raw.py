#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines starting at its line."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
files = {}
bad = 0
n = 0
for row in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    lab = json.loads(row)
    n += 1
    if lab["list"] not in files:
        with open(os.path.join(HERE, lab["list"]), encoding="utf-8") as fh:
            files[lab["list"]] = fh.read().split("\n")
    lines = files[lab["list"]]
    want = lab["raw"].split("\n")
    got = lines[lab["line"] - 1: lab["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
print(f"{n} labels, {bad} mismatches")
