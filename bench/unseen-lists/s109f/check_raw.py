"""Check that every label's raw equals its list's lines from `line` on."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
bad = 0
n = 0
cache = {}
for row in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    lab = json.loads(row)
    n += 1
    if list(lab) != KEYS:
        print("keys differ:", lab["list"], lab["line"], list(lab))
        bad += 1
    if lab["list"] not in cache:
        cache[lab["list"]] = open(os.path.join(HERE, lab["list"]), encoding="utf-8", newline="").read().split("\n")
    lines = cache[lab["list"]]
    k = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1 : lab["line"] - 1 + k])
    if got != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
print(f"{n} labels, {bad} mismatches")
