"""Check that every label's raw equals the list file's lines starting at its line."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for row in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    if not row.strip():
        continue
    lab = json.loads(row)
    n += 1
    name = lab["list"]
    if name not in cache:
        cache[name] = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
    lines = cache[name]
    k = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + k])
    if got != lab["raw"]:
        bad += 1
        print("MISMATCH", name, lab["line"])
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
