#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on (0 mismatches expected)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
bad = 0
n = 0
cache = {}
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for k, row in enumerate(fh, 1):
        r = json.loads(row)
        n += 1
        if list(r.keys()) != KEYS:
            print(f"label {k}: keys {list(r.keys())}")
            bad += 1
        if r["list"] not in cache:
            with open(os.path.join(HERE, r["list"]), encoding="utf-8", newline="") as lf:
                cache[r["list"]] = lf.read().split("\n")
        lines = cache[r["list"]]
        want = r["raw"].split("\n")
        got = lines[r["line"] - 1:r["line"] - 1 + len(want)]
        if got != want:
            print(f"label {k} ({r['list']}:{r['line']}): raw mismatch")
            bad += 1
        if not r["is_paper"] and any(r[f] not in (None, []) for f in KEYS[4:13]):
            print(f"label {k}: non-paper with fields filled")
            bad += 1
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
