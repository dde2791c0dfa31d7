#!/usr/bin/env python3
"""Check that every label's raw text is really in its file at its line, and that
titles, arXiv IDs, URLs and code links are literally present in the raw text."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
files = {}
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    o = json.loads(l)
    if o["list"] not in files:
        files[o["list"]] = open(os.path.join(HERE, o["list"]), encoding="utf-8", newline="").read().splitlines()
    lines = files[o["list"]]
    raw = o["raw"].split("\n")
    got = lines[o["line"] - 1:o["line"] - 1 + len(raw)]
    if got != raw:
        bad += 1; print("RAW MISMATCH", n, o["list"], o["line"])
    for k in ("title", "arxiv_id", "url", "code"):
        if o[k] and o[k] not in o["raw"]:
            bad += 1; print("NOT IN RAW", n, k, o[k])
    if not o["is_paper"] and any(o[k] for k in ("title","arxiv_id","doi","url","venue","year","authors","code","summary")):
        bad += 1; print("NON-PAPER WITH FIELDS", n)
print("checked", n, "labels;", bad, "problems")
sys.exit(1 if bad else 0)
