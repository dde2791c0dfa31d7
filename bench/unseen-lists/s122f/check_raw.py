"""Check that every label's raw equals the README's lines from its line on, and that labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache, bad, n = {}, 0, 0
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    d = json.loads(l); n += 1
    if d["list"] not in cache:
        cache[d["list"]] = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    lines = cache[d["list"]]
    k = d["raw"].count("\n") + 1
    if "\n".join(lines[d["line"] - 1:d["line"] - 1 + k]) != d["raw"]:
        bad += 1; print("MISMATCH", d["list"], d["line"])
labelled = {(json.loads(l)["list"], json.loads(l)["line"]) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")}
sampled = {(json.loads(l)["list"], json.loads(l)["line"]) for l in open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8")}
print(n, "labels,", bad, "mismatches; sampled not labelled:", sorted(sampled - labelled), "; labelled not sampled:", sorted(labelled - sampled))
