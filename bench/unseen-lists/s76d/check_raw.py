import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for lab in map(json.loads, open(os.path.join(HERE, "labels.jsonl"))):
    lines = open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n")
    n = lab["raw"].count("\n") + 1
    if "\n".join(lines[lab["line"] - 1:lab["line"] - 1 + n]) != lab["raw"]:
        bad += 1; print("MISMATCH", lab["list"], lab["line"])
print("checked; mismatches:", bad)
