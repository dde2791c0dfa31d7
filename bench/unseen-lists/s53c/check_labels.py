#!/usr/bin/env python3
"""Check that every label's raw text sits in its list file at its line, and the keys are right."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
bad = 0
n = 0
for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    d = json.loads(ln)
    n += 1
    if list(d) != KEYS:
        print("keys", d["list"], d["line"]); bad += 1
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    raw = d["raw"].split("\n")
    if lines[d["line"] - 1:d["line"] - 1 + len(raw)] != raw:
        print("raw mismatch", d["list"], d["line"]); bad += 1
    if not d["is_paper"] and any(d[k] not in (None, []) for k in KEYS[4:13]):
        print("non-paper with fields", d["list"], d["line"]); bad += 1
print(f"{n} labels, {bad} problems")
sys.exit(1 if bad else 0)
