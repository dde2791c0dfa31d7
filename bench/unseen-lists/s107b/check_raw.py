#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for lab in labels:
    lines = open(os.path.join(HERE, lab["list"]), encoding="utf-8", newline="").read().split("\n")
    want = lab["raw"].split("\n")
    got = lines[lab["line"] - 1: lab["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"], repr(lab["raw"][:80]), repr("\n".join(got)[:80]))
keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
for lab in labels:
    if list(lab) != keys:
        bad += 1
        print("KEYS", lab["list"], lab["line"], list(lab))
print(f"{len(labels)} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
