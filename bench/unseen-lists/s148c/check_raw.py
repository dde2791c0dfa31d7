"""Check every label's raw equals the file's lines from its line on; also that labels match sample.jsonl."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for r in labels:
    lines = cache.setdefault(r["list"], open(os.path.join(HERE, r["list"]), encoding="utf-8").read().split("\n"))
    n = r["raw"].count("\n") + 1
    got = "\n".join(lines[r["line"] - 1: r["line"] - 1 + n])
    if got != r["raw"]:
        bad += 1
        print("MISMATCH", r["list"], r["line"])
sample = {(s["list"], s["line"]) for s in map(json.loads, open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8"))}
lab = {(r["list"], r["line"]) for r in labels}
print("labels:", len(labels), "raw mismatches:", bad, "sample-not-labelled:", len(sample - lab), "labelled-not-sampled:", len(lab - sample))
sys.exit(1 if bad or sample != lab else 0)
