#!/usr/bin/env python3
"""Check that every label's raw text is in its file at its line, and cross-check titles/IDs against raw."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    d = json.loads(l)
    with open(os.path.join(HERE, d["list"]), encoding="utf-8", newline="") as f:
        lines = [x.rstrip("\r") for x in f.read().split("\n")]
    raw = d["raw"].split("\n")
    if lines[d["line"] - 1:d["line"] - 1 + len(raw)] != raw:
        bad += 1; print("RAW MISMATCH", n, d["list"], d["line"])
    if d["is_paper"]:
        flat = " ".join(raw)
        if d["title"].split()[0] not in flat: print("title?", n, d["title"])
        if d["arxiv_id"] and d["arxiv_id"] not in flat: print("arxiv?", n)
        for k in ("url", "code"):
            if d[k] and d[k] not in flat: print(k, "?", n, d[k])
    else:
        assert all(d[k] in (None, []) for k in ("title","arxiv_id","doi","url","venue","year","authors","code","summary")), n
print("labels checked; raw mismatches:", bad)
