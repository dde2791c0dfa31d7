"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for r in map(json.loads, open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")):
    n += 1
    lines = open(os.path.join(HERE, r["list"]), encoding="utf-8").read().split("\n")
    k = r["raw"].count("\n") + 1
    got = "\n".join(lines[r["line"] - 1:r["line"] - 1 + k])
    if got != r["raw"]:
        bad += 1
        print("MISMATCH", r["list"], r["line"])
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
