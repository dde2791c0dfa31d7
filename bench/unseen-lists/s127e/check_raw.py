"""Check that every label's raw equals the list file's lines from its line on (files read with universal newlines,
so the CRLF file RingBDStack__awesome-structured-data-FM.README.md is compared without the \r)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
bad = 0
labels = [json.loads(l) for l in open(HERE / "labels.jsonl", encoding="utf-8") if l.strip()]
cache = {}
for lab in labels:
    if lab["list"] not in cache:
        cache[lab["list"]] = (HERE / lab["list"]).read_text(encoding="utf-8").split("\n")
    lines = cache[lab["list"]]
    n = lab["raw"].count("\n") + 1
    want = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + n])
    if want != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
print(f"{len(labels)} labels, {bad} mismatches")
