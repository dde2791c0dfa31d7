"""Check every label's raw equals the list file's lines from its line on, and that the labels
cover exactly the sampled entries (sample.jsonl)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for d in labels:
    if list(d.keys()) != KEYS:
        print("keys differ:", d["list"], d["line"], list(d.keys()))
        bad += 1
    if d["list"] not in cache:
        with open(os.path.join(HERE, d["list"]), encoding="utf-8") as f:
            cache[d["list"]] = f.read().split("\n")
    lines = cache[d["list"]]
    n = d["raw"].count("\n") + 1
    if "\n".join(lines[d["line"] - 1:d["line"] - 1 + n]) != d["raw"]:
        print("MISMATCH", d["list"], d["line"])
        bad += 1
sample = {(s["list"], s["line"]) for s in map(json.loads, open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8"))}
got = {(d["list"], d["line"]) for d in labels}
if sample != got:
    print("sample/labels differ:", sorted(sample ^ got))
    bad += 1
print(f"{len(labels)} labels, {bad} mismatches")
