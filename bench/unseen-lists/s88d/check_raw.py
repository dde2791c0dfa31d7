#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on, and the key set."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
bad = 0
n = 0
cache = {}
for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    if not ln.strip():
        continue
    n += 1
    lab = json.loads(ln)
    if list(lab) != KEYS:
        bad += 1
        print("keys differ:", lab["list"], lab["line"], list(lab))
        continue
    lines = cache.setdefault(lab["list"], open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n"))
    k = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1:lab["line"] - 1 + k])
    if got != lab["raw"]:
        bad += 1
        print("MISMATCH:", lab["list"], lab["line"])
    if not lab["is_paper"] and any(lab[f] for f in KEYS[4:13]):
        bad += 1
        print("non-paper with fields:", lab["list"], lab["line"])
print(f"{n} labels, {bad} mismatches")
