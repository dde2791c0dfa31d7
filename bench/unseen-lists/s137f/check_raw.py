"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
cache = {}
for r in rows:
    if r["list"] not in cache:
        cache[r["list"]] = open(os.path.join(HERE, r["list"]), encoding="utf-8").read().split("\n")
    lines = cache[r["list"]]
    n = r["raw"].count("\n") + 1
    got = "\n".join(lines[r["line"] - 1: r["line"] - 1 + n])
    if got != r["raw"]:
        bad += 1
        print("MISMATCH", r["list"], r["line"])
    keys = ["list","line","raw","is_paper","title","arxiv_id","doi","url","venue","year","authors","code","summary","section"]
    if list(r.keys()) != keys:
        bad += 1
        print("KEYS", r["list"], r["line"])
print(len(rows), "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
