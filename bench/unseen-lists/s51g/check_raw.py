#!/usr/bin/env python3
"""Check that every label's raw text is in its file at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for d in labels:
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    n = d["raw"].count("\n") + 1
    got = "\n".join(lines[d["line"] - 1:d["line"] - 1 + n])
    if got != d["raw"]:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
    if d["title"] and d["title"] not in d["raw"]:
        print("title not verbatim in raw:", d["list"], d["line"], d["title"])
print(len(labels), "labels,", bad, "mismatches,", sum(d["is_paper"] for d in labels), "papers")
