"""Check that every label's raw equals the file's lines from its line on."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
cache, bad, n = {}, 0, 0
for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    r = json.loads(ln)
    n += 1
    if list(r.keys()) != KEYS:
        print("keys differ:", r["list"], r["line"], list(r.keys())); bad += 1
    lines = cache.setdefault(r["list"], open(os.path.join(HERE, r["list"]), encoding="utf-8").read().split("\n"))
    raw = r["raw"].split("\n")
    got = lines[r["line"] - 1:r["line"] - 1 + len(raw)]
    if got != raw:
        print("MISMATCH", r["list"], r["line"]); bad += 1
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
