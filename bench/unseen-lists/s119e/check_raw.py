#!/usr/bin/env python3
"""Check every label's raw equals the list file's lines from its line on, and that labels cover sample.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for lab in labels:
    if list(lab.keys()) != KEYS:
        print("keys differ:", lab["list"], lab["line"]); bad += 1
    f = lab["list"]
    if f not in cache:
        with open(os.path.join(HERE, f), encoding="utf-8", newline="") as fh:
            cache[f] = fh.read().split("\n")
    n = lab["raw"].count("\n") + 1
    got = "\n".join(cache[f][lab["line"] - 1: lab["line"] - 1 + n])
    if got != lab["raw"]:
        print("MISMATCH", f, lab["line"]); bad += 1
sample = {(json.loads(l)["list"], json.loads(l)["line"]) for l in open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8")}
have = {(l["list"], l["line"]) for l in labels}
if sample != have:
    print("sample/labels differ:", sorted(sample ^ have)); bad += 1
print(f"{len(labels)} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
