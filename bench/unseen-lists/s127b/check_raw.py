"""Check that every label's raw equals the list file's lines from its line on, and that labels match sample.jsonl."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
sample = {(json.loads(l)["list"], json.loads(l)["line"]) for l in open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8") if l.strip()}
bad = 0
cache = {}
for lab in labels:
    if lab["list"] not in cache:
        cache[lab["list"]] = open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n")
    lines = cache[lab["list"]]
    n = lab["raw"].count("\n") + 1
    want = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + n])
    if want != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
got = {(l["list"], l["line"]) for l in labels}
print("labels", len(labels), "mismatches", bad, "sample-only", sorted(sample - got), "label-only", sorted(got - sample))
