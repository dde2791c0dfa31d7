"""Check that every label's raw text sits in its list file starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    o = json.loads(l); n += 1
    lines = open(os.path.join(HERE, o["list"]), encoding="utf-8", newline="").read().split("\n")
    k = o["raw"].count("\n") + 1
    if "\n".join(lines[o["line"] - 1:o["line"] - 1 + k]) != o["raw"]:
        bad += 1; print("MISMATCH", o["list"], o["line"])
    keys = ["list","line","raw","is_paper","title","arxiv_id","doi","url","venue","year","authors","code","summary","section"]
    assert list(o) == keys, list(o)
print(n, "labels,", bad, "mismatches")
