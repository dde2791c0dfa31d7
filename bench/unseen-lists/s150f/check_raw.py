"""Check that every label's raw equals the list file's lines from its line on."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    r = json.loads(l)
    n += 1
    if r["list"] not in cache:
        with open(os.path.join(HERE, r["list"]), encoding="utf-8", newline="") as f:
            cache[r["list"]] = f.read().split("\n")
    lines = cache[r["list"]]
    k = r["raw"].count("\n") + 1
    got = "\n".join(lines[r["line"] - 1:r["line"] - 1 + k])
    if got != r["raw"]:
        bad += 1
        print("MISMATCH", r["list"], r["line"])
print(n, "labels,", bad, "mismatches")
