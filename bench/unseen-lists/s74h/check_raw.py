#!/usr/bin/env python3
"""Check every label's raw is the file's text starting at its line, and labels match sample.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
sample = json.load(open(os.path.join(HERE, "sample.json")))
bad = 0; seen = {}
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    d = json.loads(l)
    L = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    got = "\n".join(L[d["line"] - 1:d["line"] - 1 + d["raw"].count("\n") + 1])
    if got != d["raw"]:
        bad += 1; print("MISMATCH", d["list"], d["line"])
    seen.setdefault(d["list"], []).append(d["line"])
for f, v in sample.items():
    if sorted(seen.get(f, [])) != v["drawn"]:
        bad += 1; print("SAMPLE MISMATCH", f, sorted(seen.get(f, [])), v["drawn"])
print("bad", bad)
