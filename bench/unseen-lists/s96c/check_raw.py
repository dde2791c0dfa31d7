"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
cache = {}
bad = 0
n = 0
for rec in map(json.loads, open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")):
    n += 1
    if list(rec) != KEYS:
        print("keys differ:", rec["list"], rec["line"], list(rec)); bad += 1
    if rec["list"] not in cache:
        with open(os.path.join(HERE, rec["list"]), encoding="utf-8", newline="") as f:
            cache[rec["list"]] = f.read().split("\n")
    lines = cache[rec["list"]]
    k = rec["raw"].count("\n") + 1
    want = "\n".join(lines[rec["line"] - 1: rec["line"] - 1 + k])
    if want != rec["raw"]:
        print("MISMATCH", rec["list"], rec["line"]); bad += 1
    if not rec["is_paper"] and any(rec[x] for x in KEYS[4:13]):
        print("non-paper with fields", rec["list"], rec["line"]); bad += 1
print(n, "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
