"""Check that every label's raw equals the README's lines from its line on; also that each paper title occurs in raw
and that every sampled line lies inside some label's raw."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for d in labels:
    if d["list"] not in cache:
        cache[d["list"]] = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    lines = cache[d["list"]]
    n = d["raw"].count("\n") + 1
    if "\n".join(lines[d["line"] - 1:d["line"] - 1 + n]) != d["raw"]:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
    if d["is_paper"] and d["title"] not in d["raw"]:
        print("title not verbatim in raw:", d["list"], d["line"], d["title"][:60])
covered = {(d["list"], l) for d in labels for l in range(d["line"], d["line"] + d["raw"].count("\n") + 1)}
for s in map(json.loads, open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8")):
    if (s["list"], s["line"]) not in covered:
        print("sampled line not labelled:", s["list"], s["line"])
print(len(labels), "labels,", bad, "mismatches")
