"""Check that every label's raw equals the list file's lines from `line` on (lines via str.splitlines(), so CRLF ends are dropped)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for d in labels:
    if list(d.keys()) != KEYS:
        print("keys differ", d["list"], d["line"]); bad += 1
    if d["list"] not in cache:
        cache[d["list"]] = open(os.path.join(HERE, d["list"]), encoding="utf-8", newline="").read().splitlines()
    L = cache[d["list"]]
    raw = d["raw"].split("\n")
    got = L[d["line"] - 1:d["line"] - 1 + len(raw)]
    if got != raw:
        print("MISMATCH", d["list"], d["line"]); bad += 1
    if not d["is_paper"] and any(d[k] for k in KEYS[4:13]):
        print("non-paper with fields", d["list"], d["line"]); bad += 1
print(len(labels), "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
