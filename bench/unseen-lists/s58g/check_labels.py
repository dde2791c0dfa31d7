#!/usr/bin/env python3
"""Check that every label's raw text is the file's text starting at its line (CR of CRLF dropped)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for d in labels:
    text = open(os.path.join(HERE, d["list"]), encoding="utf-8", newline="").read()
    lines = [l.rstrip("\r") for l in text.split("\n")]
    raw = d["raw"].split("\n")
    got = lines[d["line"] - 1: d["line"] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
    if not d["is_paper"] and any(d[k] for k in ["title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary"]):
        bad += 1
        print("NON-PAPER WITH FIELDS", d["list"], d["line"])
print(len(labels), "labels;", sum(d["is_paper"] for d in labels), "papers;", bad, "problems")
