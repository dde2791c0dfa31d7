#!/usr/bin/env python3
"""Check every label's raw equals the list file's lines from its line on (LF split, trailing CR dropped)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
def lines_of(f):
    if f not in cache:
        t = open(os.path.join(HERE, f), encoding="utf-8", newline="").read()
        cache[f] = [l[:-1] if l.endswith("\r") else l for l in t.split("\n")]
    return cache[f]
bad = 0
n = 0
for row in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    d = json.loads(row); n += 1
    raw = d["raw"].split("\n")
    got = lines_of(d["list"])[d["line"] - 1 : d["line"] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
