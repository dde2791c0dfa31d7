#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on, and the key set."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
bad = 0
n = 0
for text in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    if not text.strip():
        continue
    lab = json.loads(text)
    n += 1
    if list(lab) != KEYS:
        print("keys differ:", lab["list"], lab["line"], list(lab))
        bad += 1
    with open(os.path.join(HERE, lab["list"]), encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    k = lab["raw"].count("\n") + 1
    want = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + k])
    if want != lab["raw"]:
        print("MISMATCH", lab["list"], lab["line"])
        bad += 1
print(f"{n} labels, {bad} mismatches")
