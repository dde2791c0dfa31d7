"""Check that every label's raw equals the file's lines from its line on (CR of CRLF files stripped)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    r = json.loads(l)
    if r["list"] not in cache:
        t = open(os.path.join(HERE, r["list"]), encoding="utf-8", newline="").read().split("\n")
        cache[r["list"]] = [x[:-1] if x.endswith("\r") else x for x in t]
    lines = cache[r["list"]]
    want = r["raw"].split("\n")
    got = lines[r["line"] - 1: r["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", r["list"], r["line"])
    keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
    if list(r) != keys:
        bad += 1
        print("KEYS", r["list"], r["line"], list(r))
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
