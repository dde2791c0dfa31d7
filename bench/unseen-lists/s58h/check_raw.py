#!/usr/bin/env python3
"""Check that every label's raw is exactly the file's lines starting at `line`, and
that the hand-typed title / arxiv_id / url / code strings occur in raw (sanity only)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    k = d["raw"].count("\n") + 1
    if "\n".join(lines[d["line"] - 1:d["line"] - 1 + k]) != d["raw"]:
        bad += 1; print("RAW MISMATCH", d["list"], d["line"])
    for key in ("title", "arxiv_id", "url", "code"):
        v = d.get(key)
        if v and v not in d["raw"]:
            print("note: %s not verbatim in raw: %s:%d %r" % (key, d["list"], d["line"], v))
print("checked", n, "labels;", bad, "raw mismatches")
sys.exit(1 if bad else 0)
