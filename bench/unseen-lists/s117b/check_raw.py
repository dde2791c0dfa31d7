"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    d = json.loads(l)
    if list(d) != KEYS:
        print("keys differ on label", n, list(d)); bad += 1
    if d["list"] not in cache:
        cache[d["list"]] = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    L = cache[d["list"]]
    k = d["raw"].count("\n") + 1
    if "\n".join(L[d["line"] - 1:d["line"] - 1 + k]) != d["raw"]:
        print("MISMATCH", d["list"], d["line"]); bad += 1
print(n, "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
