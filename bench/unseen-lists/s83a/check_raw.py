#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on,
and (for papers) that the title, arxiv_id, url, code and each author occur in raw."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
n = 0
for line in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    lab = json.loads(line)
    n += 1
    name = lab["list"]
    if name not in cache:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            cache[name] = f.read().split("\n")
    lines = cache[name]
    k = lab["raw"].count("\n") + 1
    want = "\n".join(lines[lab["line"] - 1 : lab["line"] - 1 + k])
    if want != lab["raw"]:
        bad += 1
        print("RAW MISMATCH", name, lab["line"])
    if lab["is_paper"]:
        for key in ("title", "arxiv_id", "url", "code"):
            v = lab[key]
            if v and v not in lab["raw"]:
                print("NOT IN RAW", name, lab["line"], key, v)
        for a in lab["authors"]:
            if a not in lab["raw"]:
                print("AUTHOR NOT IN RAW", name, lab["line"], a)
print(f"{n} labels, {bad} raw mismatches")
