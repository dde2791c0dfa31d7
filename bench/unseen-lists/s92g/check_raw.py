"""Check that every label's raw equals the file's lines starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    x = json.loads(l)
    if x["list"] not in cache:
        cache[x["list"]] = open(os.path.join(HERE, x["list"]), encoding="utf-8").read().split("\n")
    lines = cache[x["list"]]
    k = x["raw"].count("\n") + 1
    got = "\n".join(lines[x["line"] - 1:x["line"] - 1 + k])
    if got != x["raw"]:
        bad += 1
        print("MISMATCH", x["list"], x["line"], repr(got[:80]), repr(x["raw"][:80]))
print(n, "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
