#!/usr/bin/env python3
"""Check that every label's raw is in its file at line, and that labels match sample.py's draw."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for d in labels:
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    n = d["raw"].count("\n") + 1
    if "\n".join(lines[d["line"] - 1:d["line"] - 1 + n]) != d["raw"]:
        bad += 1; print("MISMATCH", d["list"], d["line"])
drawn = subprocess.run([sys.executable, os.path.join(HERE, "sample.py")], capture_output=True, text=True).stdout.split("\n")
drawn = {(f, int(s)) for f, s, e in (l.split("\t") for l in drawn if l)}
have = {(d["list"], d["line"]) for d in labels}
print(len(labels), "labels;", bad, "raw mismatches; drawn-but-unlabelled:", sorted(drawn - have), "; labelled-but-not-drawn:", sorted(have - drawn))
