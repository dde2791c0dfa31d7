#!/usr/bin/env python3
"""Check that every label's raw text is the file's text at its line, and that
the url/code/arxiv_id/title of each label occurs in its raw text."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    d = json.loads(l)
    with open(os.path.join(HERE, d["list"]), encoding="utf-8", newline="") as fh:
        lines = [x.rstrip("\r") for x in fh.read().split("\n")]
    raw = d["raw"].split("\n")
    if lines[d["line"] - 1: d["line"] - 1 + len(raw)] != raw:
        bad += 1; print("RAW MISMATCH", d["list"], d["line"])
    for k in ("url", "code", "arxiv_id", "title"):
        if d[k] and d[k] not in d["raw"]:
            print("not in raw:", k, d["list"], d["line"], d[k])
print("raw mismatches:", bad)
