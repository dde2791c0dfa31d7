"""Check that every label's raw equals the saved file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
bad = 0
n = 0
for rec in map(json.loads, open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")):
    n += 1
    if list(rec.keys()) != KEYS:
        print("keys differ:", rec["list"], rec["line"], list(rec.keys())); bad += 1
    lines = open(os.path.join(HERE, rec["list"]), encoding="utf-8", newline="").read().split("\n")
    k = rec["raw"].count("\n") + 1
    got = "\n".join(lines[rec["line"] - 1: rec["line"] - 1 + k])
    if got != rec["raw"]:
        print("MISMATCH", rec["list"], rec["line"], repr(rec["raw"][:80]), repr(got[:80])); bad += 1
print(n, "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
