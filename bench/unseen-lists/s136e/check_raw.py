#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on; also that labels match sample.jsonl."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
sample = {(s["list"], s["line"]) for s in map(json.loads, open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8"))}
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
bad = 0
for lab in labels:
    lines = open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n")
    n = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + n])
    if got != lab["raw"] or list(lab) != KEYS:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
missing = sample - {(l["list"], l["line"]) for l in labels}
print(len(labels), "labels,", bad, "mismatches,", len(missing), "sampled lines without a label")
sys.exit(1 if bad or missing else 0)
