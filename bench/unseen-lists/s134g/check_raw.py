#!/usr/bin/env python3
"""Check every label's raw equals the list file's lines from its line on,
and that labels cover exactly the sampled lines."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for r in labels:
    name = r["list"]
    if name not in cache:
        cache[name] = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
    lines = cache[name]
    n = r["raw"].count("\n") + 1
    got = "\n".join(lines[r["line"] - 1:r["line"] - 1 + n])
    if got != r["raw"]:
        bad += 1
        print("MISMATCH", name, r["line"])
sample = {(json.loads(l)["list"], json.loads(l)["line"]) for l in open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8")}
have = {(r["list"], r["line"]) for r in labels}
print("labels:", len(labels), "mismatches:", bad, "sample-not-labelled:", len(sample - have), "labelled-not-sampled:", len(have - sample))
