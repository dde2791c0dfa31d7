#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for lab in labels:
    if lab["list"] not in cache:
        cache[lab["list"]] = open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n")
    lines = cache[lab["list"]]
    n = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + n])
    if got != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
keys = ["list","line","raw","is_paper","title","arxiv_id","doi","url","venue","year","authors","code","summary","section"]
for lab in labels:
    assert list(lab.keys()) == keys, lab["line"]
print(f"{len(labels)} labels, {bad} mismatches")
