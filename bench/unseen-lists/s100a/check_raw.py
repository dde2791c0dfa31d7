"""Check that every label's raw equals the file's lines from its line on (0 mismatches expected)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
bad = 0
n = 0
for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    if not ln.strip():
        continue
    r = json.loads(ln)
    n += 1
    if list(r.keys()) != KEYS:
        print("keys differ:", r["list"], r["line"], list(r.keys()))
        bad += 1
    lines = open(os.path.join(HERE, r["list"]), encoding="utf-8", newline="").read().split("\n")
    want = r["raw"].split("\n")
    got = lines[r["line"] - 1: r["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", r["list"], r["line"])
        print("  label:", want)
        print("  file: ", got)
    if not r["is_paper"] and any(r[k] for k in KEYS[4:13]):
        print("non-paper with fields:", r["list"], r["line"])
        bad += 1
print(n, "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
