"""Check that every label's raw equals the file's lines starting at its line."""
import json, sys
bad = 0
cache = {}
for n, l in enumerate(open("labels.jsonl", encoding="utf-8"), 1):
    d = json.loads(l)
    if d["list"] not in cache:
        cache[d["list"]] = open(d["list"], encoding="utf-8", newline="").read().split("\n")
    lines = cache[d["list"]]
    k = d["raw"].count("\n") + 1
    got = "\n".join(lines[d["line"] - 1: d["line"] - 1 + k])
    keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
    if got != d["raw"] or list(d.keys()) != keys:
        bad += 1
        print("MISMATCH", n, d["list"], d["line"])
print("labels", n, "mismatches", bad)
sys.exit(1 if bad else 0)
