"""Check that every label's raw equals the saved file's lines from its line on."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue",
        "year", "authors", "code", "summary", "section"]
bad = 0
cache = {}
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
    for n, row in enumerate(f, 1):
        o = json.loads(row)
        if list(o) != KEYS:
            print("keys differ on label", n, list(o)); bad += 1
        name = o["list"]
        if name not in cache:
            cache[name] = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        lines = cache[name]
        k = o["raw"].count("\n") + 1
        got = "\n".join(lines[o["line"] - 1:o["line"] - 1 + k])
        if got != o["raw"]:
            print("MISMATCH", name, o["line"]); bad += 1
print("labels checked:", n, "mismatches:", bad)
sys.exit(1 if bad else 0)
