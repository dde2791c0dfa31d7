#!/usr/bin/env python3
"""Check every label's raw equals the list file's lines from its line on (universal newlines, so CRLF files
compare without the \r), that keys are exactly the expected set, and that each paper title occurs in its raw."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list","line","raw","is_paper","title","arxiv_id","doi","url","venue","year","authors","code","summary","section"]
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    d = json.loads(l)
    if list(d) != KEYS:
        print("keys", n, list(d)); bad += 1
    lines = cache.setdefault(d["list"], open(os.path.join(HERE, d["list"]), encoding="utf-8").read().splitlines())
    k = d["raw"].count("\n") + 1
    got = "\n".join(lines[d["line"] - 1:d["line"] - 1 + k])
    if got != d["raw"]:
        print("MISMATCH", d["list"], d["line"]); bad += 1
    if d["is_paper"] and d["title"] not in d["raw"]:
        print("title not in raw", d["list"], d["line"])
print(bad, "mismatches of", n)
sys.exit(1 if bad else 0)
