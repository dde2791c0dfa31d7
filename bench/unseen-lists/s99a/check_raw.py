#!/usr/bin/env python3
"""Check every label's raw equals the list file's lines from its line on (CR stripped), and that
linked values (arxiv_id, url, code) and the title's words occur in the raw text."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
n = 0
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    d = json.loads(l)
    n += 1
    f = d["list"]
    if f not in cache:
        text = open(os.path.join(HERE, f), encoding="utf-8", newline="").read()
        cache[f] = [x.rstrip("\r") for x in text.split("\n")]
    raw = d["raw"].split("\n")
    got = cache[f][d["line"] - 1 : d["line"] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print("RAW MISMATCH", f, d["line"])
    for k in ("arxiv_id", "url", "code"):
        if d[k] and d[k] not in d["raw"]:
            print("WARN", k, "not in raw:", f, d["line"], d[k])
    if d["title"]:
        flat = re.sub(r"\s+", " ", re.sub(r"\*\*\s*\n\s*\*\*", " ", d["raw"]))
        if d["title"] not in flat:
            print("WARN title not verbatim in raw:", f, d["line"], d["title"])
print(f"{n} labels, {bad} raw mismatches")
