"""Check every label's raw equals the list file's lines from its line on (and that the
labelled url / code / arxiv_id / title text occur in the raw)."""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
bad = 0
labels = [json.loads(l) for l in open(HERE / "labels.jsonl", encoding="utf-8")]
for r in labels:
    lines = (HERE / r["list"]).read_text(encoding="utf-8").split("\n")
    n = r["raw"].count("\n") + 1
    want = "\n".join(lines[r["line"] - 1 : r["line"] - 1 + n])
    if want != r["raw"]:
        bad += 1
        print("RAW MISMATCH", r["list"], r["line"])
    for k in ("url", "code", "arxiv_id"):
        if r.get(k) and r[k] not in r["raw"]:
            bad += 1
            print("NOT IN RAW", k, r["list"], r["line"], r[k])
    if r.get("title") and r["title"] not in r["raw"]:
        print("note: title not verbatim in raw", r["list"], r["line"], r["title"])
print(len(labels), "labels,", bad, "mismatches")
