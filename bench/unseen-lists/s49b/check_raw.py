#!/usr/bin/env python3
"""Check that every label's raw is exactly the file's text starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    n = d["raw"].count("\n") + 1
    if "\n".join(lines[d["line"] - 1:d["line"] - 1 + n]) != d["raw"]:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
    if d["is_paper"] and d["title"] and d["title"].split()[0] not in d["raw"]:
        print("title word not in raw?", d["list"], d["line"])
    if d["arxiv_id"] and d["arxiv_id"] not in d["raw"]:
        print("arxiv id not in raw", d["list"], d["line"])
    for a in d["authors"]:
        if a.split()[-1] not in d["raw"]:
            print("author surname not in raw", d["list"], d["line"], a)
    if d["code"] and d["code"] not in d["raw"]:
        print("code not in raw", d["list"], d["line"])
    if d["url"] and d["url"] not in d["raw"]:
        print("url not in raw", d["list"], d["line"])
print("checked; mismatches:", bad)
