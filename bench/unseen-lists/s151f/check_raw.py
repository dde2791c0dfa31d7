# Check that every label's raw equals the list file's lines from its line on, and that labels cover sample.jsonl.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for d in labels:
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8", newline="").read().split("\n")
    n = d["raw"].count("\n") + 1
    got = "\n".join(lines[d["line"] - 1 : d["line"] - 1 + n])
    if got != d["raw"]:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
sample = {(s["list"], s["line"]) for s in map(json.loads, open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8"))}
have = {(d["list"], d["line"]) for d in labels}
print("labels:", len(labels), "raw mismatches:", bad, "sample lines not labelled:", len(sample - have), "labels not in sample:", len(have - sample))
