"""Check every label's raw equals the list file's lines from its line on; also that sample lines are all labelled."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for lab in labels:
    if lab["list"] not in cache:
        with open(os.path.join(HERE, lab["list"]), encoding="utf-8", newline="") as f:
            cache[lab["list"]] = f.read().split("\n")
    lines = cache[lab["list"]]
    n = lab["raw"].count("\n") + 1
    if "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + n]) != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
sample = {(r["list"], r["line"]) for r in map(json.loads, open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8"))}
have = {(l["list"], l["line"]) for l in labels}
print("labels:", len(labels), "mismatches:", bad, "sample not labelled:", sorted(sample - have), "labelled not in sample:", sorted(have - sample))
