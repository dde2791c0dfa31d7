#!/usr/bin/env python3
"""Check that every label's raw equals the README's lines from its line on."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue",
        "year", "authors", "code", "summary", "section"]
bad = 0
n = 0
cache = {}
for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    e = json.loads(ln)
    n += 1
    if list(e.keys()) != KEYS:
        print("keys differ:", e["list"], e["line"], list(e.keys()))
        bad += 1
    if e["list"] not in cache:
        with open(os.path.join(HERE, e["list"]), encoding="utf-8", newline="") as fh:
            cache[e["list"]] = fh.read().split("\n")
    lines = cache[e["list"]]
    k = e["raw"].count("\n") + 1
    got = "\n".join(lines[e["line"] - 1:e["line"] - 1 + k])
    if got != e["raw"]:
        bad += 1
        print("MISMATCH", e["list"], e["line"])
print(f"{n} labels, {bad} mismatches")
