"""Check every label's raw equals the README's lines starting at its line; also that
every sampled line is labelled and keys are exactly as required."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue",
        "year", "authors", "code", "summary", "section"]
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
sample = {(r["list"], r["line"]) for r in map(json.loads, open(os.path.join(HERE, "sample.jsonl"), encoding="utf-8"))}
bad = 0
for r in labels:
    if list(r) != KEYS:
        print("keys", r["list"], r["line"]); bad += 1
    lines = open(os.path.join(HERE, r["list"]), encoding="utf-8").read().split("\n")
    n = r["raw"].count("\n") + 1
    if "\n".join(lines[r["line"] - 1:r["line"] - 1 + n]) != r["raw"]:
        print("MISMATCH", r["list"], r["line"]); bad += 1
got = {(r["list"], r["line"]) for r in labels}
if got != sample:
    print("sample/labels differ:", sorted(sample ^ got)); bad += 1
print(len(labels), "labels,", bad, "mismatches")
