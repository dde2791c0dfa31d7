"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    o = json.loads(l)
    if list(o) != KEYS:
        print("keys differ on label", n); bad += 1
    lines = cache.setdefault(o["list"], open(os.path.join(HERE, o["list"]), encoding="utf-8").read().split("\n"))
    k = o["raw"].count("\n") + 1
    if "\n".join(lines[o["line"] - 1:o["line"] - 1 + k]) != o["raw"]:
        print("MISMATCH", o["list"], o["line"]); bad += 1
print(bad, "mismatches")
sys.exit(1 if bad else 0)
