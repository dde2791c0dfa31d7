"""Check every label's raw equals the README's lines from its line on; also that
arxiv ids, urls and code links in the labels appear in the raw text."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    o = json.loads(l)
    if o["list"] not in cache:
        cache[o["list"]] = open(os.path.join(HERE, o["list"]), encoding="utf-8").read().split("\n")
    lines = cache[o["list"]]
    k = o["raw"].count("\n") + 1
    got = "\n".join(lines[o["line"] - 1:o["line"] - 1 + k])
    if got != o["raw"]:
        bad += 1
        print("MISMATCH", o["list"], o["line"])
    for f in ("arxiv_id", "url", "code"):
        if o[f] and o[f] not in o["raw"]:
            print("WARN", f, "not in raw:", o["list"], o["line"], o[f])
print("labels", n, "mismatches", bad)
sys.exit(1 if bad else 0)
