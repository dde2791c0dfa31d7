"""Check that every label's raw equals the README's lines from its line on (and authors appear in raw)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for lab in labels:
    lines = open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n")
    n = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + n])
    if got != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
    for a in lab["authors"]:
        if a not in lab["raw"] and a.split()[-1] not in lab["raw"]:
            print("author not in raw?", lab["list"], lab["line"], a)
print(len(labels), "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
