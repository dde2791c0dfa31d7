"""Check that every label's raw equals the README's lines from its line on, and that sampled lines are labelled."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
bad = 0
labels = [json.loads(l) for l in open(HERE / "labels.jsonl", encoding="utf-8")]
keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
for d in labels:
    lines = (HERE / d["list"]).read_text(encoding="utf-8").split("\n")
    raw = d["raw"].split("\n")
    got = lines[d["line"] - 1: d["line"] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
    if list(d.keys()) != keys:
        bad += 1
        print("KEYS", d["list"], d["line"], list(d.keys()))
sample = {(json.loads(l)["list"], json.loads(l)["line"]) for l in open(HERE / "sample.jsonl", encoding="utf-8")}
lab = {(d["list"], d["line"]) for d in labels}
if sample != lab:
    bad += 1
    print("sample/label sets differ:", sample ^ lab)
print(len(labels), "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
