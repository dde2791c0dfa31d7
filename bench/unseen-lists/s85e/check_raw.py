#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    if not l.strip():
        continue
    d = json.loads(l)
    n += 1
    if d["list"] not in cache:
        cache[d["list"]] = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    lines = cache[d["list"]]
    want = d["raw"].split("\n")
    got = lines[d["line"] - 1: d["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
    keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
    if list(d) != keys:
        bad += 1
        print("KEYS", d["list"], d["line"], list(d))
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
