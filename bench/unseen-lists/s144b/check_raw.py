"""Check that every label's raw equals the file's lines from its line on."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
bad = 0
n = 0
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    r = json.loads(l)
    n += 1
    if list(r.keys()) != KEYS:
        print("keys differ:", r["list"], r["line"], list(r.keys()))
        bad += 1
    lines = open(os.path.join(HERE, r["list"]), encoding="utf-8").read().split("\n")
    k = r["raw"].count("\n") + 1
    src = "\n".join(lines[r["line"] - 1: r["line"] - 1 + k])
    if src != r["raw"]:
        print("MISMATCH", r["list"], r["line"])
        bad += 1
print(n, "labels,", bad, "mismatches")
