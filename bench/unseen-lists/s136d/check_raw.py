#!/usr/bin/env python3
"""Check that every label's raw equals the saved file's lines from its line on; and that labels = sample."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for lab in labels:
    ls = open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n")
    n = lab["raw"].count("\n") + 1
    got = "\n".join(ls[lab["line"] - 1: lab["line"] - 1 + n])
    if got != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
sample = {(r["list"], r["line"]) for r in map(json.loads, open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8"))}
have = {(l["list"], l["line"]) for l in labels}
print("labels", len(labels), "mismatches", bad, "sample-not-labelled", len(sample - have), "labelled-not-sampled", len(have - sample))
