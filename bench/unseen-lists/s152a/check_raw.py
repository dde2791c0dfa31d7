"""Check that every label's raw equals the list file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for row in f:
        d = json.loads(row)
        n += 1
        if d["list"] not in cache:
            with open(os.path.join(HERE, d["list"]), encoding="utf-8", newline="") as g:
                cache[d["list"]] = g.read().split("\n")
        lines = cache[d["list"]]
        k = d["raw"].count("\n") + 1
        got = "\n".join(lines[d["line"] - 1:d["line"] - 1 + k])
        if got != d["raw"]:
            bad += 1
            print("MISMATCH", d["list"], d["line"])
print(f"{n} labels, {bad} mismatches")
