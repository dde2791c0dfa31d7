#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for ln in fh:
        if not ln.strip():
            continue
        r = json.loads(ln)
        n += 1
        if r["list"] not in cache:
            with open(os.path.join(HERE, r["list"]), encoding="utf-8") as f:
                cache[r["list"]] = f.read().split("\n")
        lines = cache[r["list"]]
        want = r["raw"].split("\n")
        got = lines[r["line"] - 1: r["line"] - 1 + len(want)]
        if got != want:
            bad += 1
            print("MISMATCH", r["list"], r["line"])
print(n, "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
