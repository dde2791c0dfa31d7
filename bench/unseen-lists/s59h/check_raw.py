#!/usr/bin/env python3
"""Check that every label's raw text is exactly the file's lines starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue",
        "year", "authors", "code", "summary", "section"]
bad = 0
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    d = json.loads(l)
    assert list(d) == KEYS, (n, list(d))
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8", newline="").read().split("\n")
    k = d["raw"].count("\n") + 1
    got = "\n".join(lines[d["line"] - 1:d["line"] - 1 + k])
    if got != d["raw"]:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
    if d["title"] and (d["title"] not in d["raw"]):
        print("title not verbatim in raw:", d["list"], d["line"], d["title"])
print(f"{n} labels checked, {bad} mismatches")
