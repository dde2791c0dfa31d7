"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
cache = {}
for d in labels:
    lines = cache.setdefault(d["list"], open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n"))
    want = d["raw"].split("\n")
    got = lines[d["line"] - 1: d["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
    keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
    if list(d.keys()) != keys:
        bad += 1
        print("KEYS", d["list"], d["line"])
print(len(labels), "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
