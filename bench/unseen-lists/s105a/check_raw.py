"""Check every label's raw equals the README's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = n = 0
cache = {}
for rec in map(json.loads, open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")):
    n += 1
    if rec["list"] not in cache:
        cache[rec["list"]] = open(os.path.join(HERE, rec["list"]), encoding="utf-8", newline="").read().split("\n")
    lines = cache[rec["list"]]
    k = rec["raw"].count("\n") + 1
    got = "\n".join(lines[rec["line"] - 1: rec["line"] - 1 + k])
    if got != rec["raw"]:
        bad += 1
        print("MISMATCH", rec["list"], rec["line"])
print(n, "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
