"""Check that every label's raw equals the list file's lines from its line on."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
n = 0
for row in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    d = json.loads(row)
    n += 1
    f = d["list"]
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding="utf-8", newline="").read().split("\n")
    lines = cache[f]
    want = d["raw"].split("\n")
    got = lines[d["line"] - 1 : d["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", f, d["line"])
print(f"{n} labels, {bad} mismatches")
