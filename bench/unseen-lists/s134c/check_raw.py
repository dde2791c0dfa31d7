"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for row in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    if not row.strip():
        continue
    lab = json.loads(row)
    n += 1
    lines = open(os.path.join(HERE, lab["list"]), encoding="utf-8", newline="").read().split("\n")
    k = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + k])
    if got != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
print(n, "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
