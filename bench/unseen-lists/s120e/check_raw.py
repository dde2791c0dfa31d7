"""Check that every label's raw equals the file's lines from its line on."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
bad = 0
n = 0
keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url",
        "venue", "year", "authors", "code", "summary", "section"]
for row in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines():
    r = json.loads(row)
    n += 1
    if list(r) != keys:
        print("keys differ:", r["list"], r["line"], list(r))
        bad += 1
    lines = (HERE / r["list"]).read_text(encoding="utf-8").split("\n")
    raw = r["raw"].split("\n")
    got = lines[r["line"] - 1:r["line"] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print("MISMATCH", r["list"], r["line"])
    if not r["is_paper"] and any(r[k] is not None for k in keys[4:13]):
        bad += 1
        print("non-paper with fields:", r["list"], r["line"])
print(f"{n} labels, {bad} mismatches")
