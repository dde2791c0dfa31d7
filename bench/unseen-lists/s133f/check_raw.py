#!/usr/bin/env python3
"""Check every label's raw equals the list file's lines from its line on; and that labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
files = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for lab in labels:
    lines = files.setdefault(lab["list"], open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n"))
    n = lab["raw"].count("\n") + 1
    if "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + n]) != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
sample = {(r["list"], r["line"]) for r in map(json.loads, open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8"))}
got = {(l["list"], l["line"]) for l in labels}
print("labels:", len(labels), "mismatches:", bad, "sampled not labelled:", len(sample - got), "labelled not sampled:", len(got - sample))
