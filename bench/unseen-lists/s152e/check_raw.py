"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for row in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    lab = json.loads(row)
    n += 1
    if lab["list"] not in cache:
        with open(os.path.join(HERE, lab["list"]), encoding="utf-8") as fh:
            cache[lab["list"]] = fh.read().split("\n")
    lines = cache[lab["list"]]
    k = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + k])
    if got != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
print(n, "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
