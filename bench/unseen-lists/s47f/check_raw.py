#!/usr/bin/env python3
"""Check that every label's raw text is in its list file, starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for r in labels:
    lines = open(os.path.join(HERE, r["list"]), encoding="utf-8", newline="").read().split("\n")
    n = r["raw"].count("\n") + 1
    if "\n".join(lines[r["line"] - 1:r["line"] - 1 + n]) != r["raw"]:
        bad += 1
        print("MISMATCH", r["list"], r["line"])
keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
for r in labels:
    if list(r) != keys:
        bad += 1
        print("KEYS", r["list"], r["line"])
print(f"{len(labels)} labels, {sum(r['is_paper'] for r in labels)} papers, {bad} problems")
sys.exit(1 if bad else 0)
