"""Check that every label's raw equals the README's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for lab in labels:
    if lab["list"] not in cache:
        cache[lab["list"]] = open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n")
    lines = cache[lab["list"]]
    n = lab["raw"].count("\n") + 1
    if "\n".join(lines[lab["line"] - 1:lab["line"] - 1 + n]) != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
print(f"{len(labels)} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
