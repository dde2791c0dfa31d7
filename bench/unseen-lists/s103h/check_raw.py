"""Check that every label's raw equals the file's lines from its line on."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url",
        "venue", "year", "authors", "code", "summary", "section"]
bad = 0
n = 0
for l in open(HERE / "labels.jsonl", encoding="utf-8"):
    d = json.loads(l)
    n += 1
    if list(d) != KEYS:
        print("keys differ:", d["list"], d["line"], list(d)); bad += 1
    lines = (HERE / d["list"]).read_text(encoding="utf-8").split("\n")
    want = d["raw"].split("\n")
    got = lines[d["line"] - 1: d["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
    if not d["is_paper"] and any(d[k] for k in KEYS[4:-1]):
        bad += 1
        print("non-paper with fields", d["list"], d["line"])
print(f"{n} labels, {bad} mismatches")
