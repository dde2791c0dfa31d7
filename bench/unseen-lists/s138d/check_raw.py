"""Check that every label's raw equals the README's lines from its line on, and that titles occur in raw."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    r = json.loads(l)
    if r["list"] not in cache:
        cache[r["list"]] = open(os.path.join(HERE, r["list"]), encoding="utf-8").read().split("\n")
    lines = cache[r["list"]]
    k = r["raw"].count("\n") + 1
    src = "\n".join(lines[r["line"] - 1: r["line"] - 1 + k])
    if src != r["raw"]:
        bad += 1
        print("MISMATCH", n, r["list"], r["line"])
    if r["is_paper"] and r["title"] and r["title"] not in r["raw"]:
        print("note: title not verbatim in raw:", r["list"], r["line"], r["title"])
print("labels:", n, "mismatches:", bad)
sys.exit(1 if bad else 0)
