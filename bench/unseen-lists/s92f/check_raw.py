#!/usr/bin/env python3
"""Check every label's raw equals the README's lines from its line on (lines split without terminators)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
bad = 0
n = 0
cache = {}
for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    d = json.loads(ln)
    n += 1
    if list(d.keys()) != KEYS:
        print("keys differ:", d["list"], d["line"], list(d.keys()))
        bad += 1
    f = d["list"]
    if f not in cache:
        with open(os.path.join(HERE, f), encoding="utf-8", newline="") as fh:
            cache[f] = fh.read().splitlines()
    want = d["raw"].split("\n")
    got = cache[f][d["line"] - 1: d["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", f, d["line"])
print(f"{n} labels, {bad} mismatches")
