#!/usr/bin/env python3
"""Check that every label's raw text sits in its list file starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, line in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    d = json.loads(line)
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    raw = d["raw"].split("\n")
    got = lines[d["line"] - 1:d["line"] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print("MISMATCH", n, d["list"], d["line"])
    if d["is_paper"] is False and any(d[k] for k in ("title","arxiv_id","doi","url","venue","year","authors","code","summary")):
        bad += 1
        print("non-paper with fields", n)
print(f"{n} labels checked, {bad} problems")
sys.exit(1 if bad else 0)
