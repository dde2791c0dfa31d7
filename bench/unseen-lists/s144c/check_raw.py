"""Check every label's raw equals the list file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    lab = json.loads(l)
    lines = cache.setdefault(lab["list"], open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n"))
    n = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + n])
    if got != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
print("mismatches:", bad)
