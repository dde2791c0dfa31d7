#!/usr/bin/env python3
"""Check every label's raw equals the list file's lines starting at its line; also sanity-check fields appear in raw."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    d = json.loads(l)
    if d["list"] not in cache:
        cache[d["list"]] = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    lines = cache[d["list"]]
    k = d["raw"].count("\n") + 1
    got = "\n".join(lines[d["line"] - 1 : d["line"] - 1 + k])
    if got != d["raw"]:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
    for f in ("title", "arxiv_id", "url", "code"):
        v = d.get(f)
        if v and v not in d["raw"]:
            print("note: %s not verbatim in raw at %s:%s: %r" % (f, d["list"], d["line"], v))
print("labels checked, mismatches:", bad)
sys.exit(1 if bad else 0)
