#!/usr/bin/env python3
"""Check that every label's raw text is in its list file at its line, and that the labelled
entries are exactly the entries sample.py draws."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for d in labels:
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    n = d["raw"].count("\n") + 1
    if "\n".join(lines[d["line"] - 1: d["line"] - 1 + n]) != d["raw"]:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
out = subprocess.run([sys.executable, os.path.join(HERE, "sample.py")], capture_output=True, text=True).stdout
drawn = {(l.split("\t")[0], int(l.split("\t")[1])) for l in out.splitlines() if not l.startswith("==")}
have = {(d["list"], d["line"]) for d in labels}
print("labels", len(labels), "raw mismatches", bad, "sample==labels", drawn == have,
      "papers", sum(d["is_paper"] for d in labels), "non-papers", sum(not d["is_paper"] for d in labels))
