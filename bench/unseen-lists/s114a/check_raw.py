"""Check that every label's raw equals the file's lines from its line on,
and (sanity) that title, url, code and arxiv_id text occur in the raw."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = warn = n = 0
cache = {}
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    r = json.loads(l); n += 1
    if r["list"] not in cache:
        cache[r["list"]] = open(os.path.join(HERE, r["list"]), encoding="utf-8").read().split("\n")
    lines = cache[r["list"]]
    k = r["raw"].count("\n") + 1
    got = "\n".join(lines[r["line"] - 1: r["line"] - 1 + k])
    if got != r["raw"]:
        bad += 1
        print("MISMATCH", r["list"], r["line"])
    for f in ("title", "url", "code", "arxiv_id"):
        if r[f] and r[f] not in r["raw"]:
            warn += 1
            print("not in raw:", r["list"], r["line"], f, r[f])
print(f"{n} labels, {bad} raw mismatches, {warn} field warnings")
