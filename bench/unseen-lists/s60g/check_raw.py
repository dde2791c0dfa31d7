#!/usr/bin/env python3
"""Check that every label's raw text sits in its list file starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, row in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    lab = json.loads(row)
    lines = open(os.path.join(HERE, lab["list"]), encoding="utf-8", newline="").read().split("\n")
    raw = lab["raw"].split("\n")
    got = lines[lab["line"] - 1: lab["line"] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print(f"label {n}: {lab['list']}:{lab['line']} does not match")
print(f"{n} labels checked, {bad} mismatches")
sys.exit(1 if bad else 0)
