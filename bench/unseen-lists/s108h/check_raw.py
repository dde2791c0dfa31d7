"""Check that every label's raw equals the README's lines from its line on."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
bad = 0
n = 0
cache = {}
for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    if not ln.strip():
        continue
    x = json.loads(ln)
    n += 1
    if list(x) != KEYS:
        print("keys differ:", x["list"], x["line"], list(x))
        bad += 1
    lines = cache.setdefault(x["list"], open(os.path.join(HERE, x["list"]), encoding="utf-8").read().split("\n"))
    want = x["raw"].split("\n")
    got = lines[x["line"] - 1: x["line"] - 1 + len(want)]
    if got != want:
        print("MISMATCH", x["list"], x["line"], repr(x["raw"][:80]), repr("\n".join(got)[:80]))
        bad += 1
    if not x["is_paper"] and any(x[k] for k in KEYS[4:12]):
        print("non-paper with fields:", x["list"], x["line"])
        bad += 1
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
