"""Check that every label's raw equals the list file's lines from its line on,
and that the labelled (list, line) pairs are exactly the sampled ones."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
sample = [json.loads(l) for l in open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8")]
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]
bad = 0
for r in labels:
    if list(r.keys()) != KEYS:
        print("keys", r["list"], r["line"]); bad += 1
    lines = open(os.path.join(HERE, r["list"]), encoding="utf-8", newline="").read().split("\n")
    n = r["raw"].count("\n") + 1
    if "\n".join(lines[r["line"] - 1:r["line"] - 1 + n]) != r["raw"]:
        print("MISMATCH", r["list"], r["line"]); bad += 1
want = {(s["list"], s["line"]) for s in sample}
got = {(r["list"], r["line"]) for r in labels}
if want != got:
    print("sample/label sets differ:", sorted(want - got), sorted(got - want)); bad += 1
print(len(labels), "labels,", bad, "mismatches")
