#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0; n = 0
cache = {}
for rec in map(json.loads, open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")):
    n += 1
    lines = cache.setdefault(rec["list"], open(os.path.join(HERE, rec["list"]), encoding="utf-8").read().split("\n"))
    k = rec["raw"].count("\n") + 1
    if "\n".join(lines[rec["line"] - 1: rec["line"] - 1 + k]) != rec["raw"]:
        bad += 1
        print("MISMATCH", rec["list"], rec["line"])
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
