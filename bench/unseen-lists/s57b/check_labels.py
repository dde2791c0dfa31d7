#!/usr/bin/env python3
"""Check that every label's raw text is in its file starting at `line`, and that labels match sample.tsv."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
bad = 0
for d in labs:
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    n = d["raw"].count("\n") + 1
    if "\n".join(lines[d["line"] - 1:d["line"] - 1 + n]) != d["raw"]:
        bad += 1; print("MISMATCH", d["list"], d["line"])
samp = set()
for ln in open(os.path.join(HERE, "sample.tsv"), encoding="utf-8").read().split("\n")[1:]:
    if ln:
        f, l, _ = ln.split("\t", 2); samp.add((f, int(l)))
got = {(d["list"], d["line"]) for d in labs}
print("labels", len(labs), "raw mismatches", bad, "sample==labels", samp == got)
from collections import Counter
print(Counter((d["list"], d["is_paper"]) for d in labs))
