"""Check that every label's raw equals the list file's lines from its line on (and a few field sanity checks)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    r = json.loads(l)
    if r["list"] not in cache:
        cache[r["list"]] = open(os.path.join(HERE, r["list"]), encoding="utf-8").read().split("\n")
    lines = cache[r["list"]]
    k = r["raw"].count("\n") + 1
    if "\n".join(lines[r["line"] - 1:r["line"] - 1 + k]) != r["raw"]:
        bad += 1
        print("RAW MISMATCH", r["list"], r["line"])
    for key in ("arxiv_id", "code", "url"):
        if r[key] and r[key] not in r["raw"]:
            print("note: %s not verbatim in raw" % key, r["list"], r["line"], r[key])
    if r["title"] and r["title"] not in r["raw"]:
        print("note: title not verbatim in raw", r["list"], r["line"])
print("labels:", n, "raw mismatches:", bad)
