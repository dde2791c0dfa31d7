"""Check every label's raw equals the list file's lines from its line on; and labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for d in labels:
    if list(d) != KEYS:
        print("keys", d["list"], d["line"], list(d)); bad += 1
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    n = d["raw"].count("\n") + 1
    if "\n".join(lines[d["line"] - 1: d["line"] - 1 + n]) != d["raw"]:
        print("MISMATCH", d["list"], d["line"]); bad += 1
sample = {(s["list"], s["line"]) for s in map(json.loads, open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8"))}
got = {(d["list"], d["line"]) for d in labels}
if sample != got:
    print("sample/labels differ:", sample ^ got); bad += 1
print(len(labels), "labels,", bad, "mismatches")
