"""Check every label's raw equals the list file's lines from its line on (lines split as
str.splitlines(), so a CRLF file's \r is not part of raw), and that titles/URLs occur in raw."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    r = json.loads(l)
    if r["list"] not in cache:
        cache[r["list"]] = open(os.path.join(HERE, r["list"]), encoding="utf-8", newline="").read().splitlines()
    lines = cache[r["list"]]
    k = r["raw"].count("\n") + 1
    got = "\n".join(lines[r["line"] - 1 : r["line"] - 1 + k])
    if got != r["raw"]:
        bad += 1
        print("MISMATCH", r["list"], r["line"])
    for key in ("title", "url", "code", "arxiv_id"):
        if r[key] and r[key] not in r["raw"]:
            print("NOTE: %s not verbatim in raw:" % key, r["list"], r["line"], r[key])
print("labels checked, mismatches:", bad)
sys.exit(1 if bad else 0)
