"""Check every label's raw equals the file's lines from its line on (s102a)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for row in map(json.loads, open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")):
    n += 1
    lines = open(os.path.join(HERE, row["list"]), encoding="utf-8").read().split("\n")
    want = row["raw"].split("\n")
    got = lines[row["line"] - 1: row["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", row["list"], row["line"])
    # paper fields should appear in raw where they are copied verbatim
    if row["is_paper"]:
        for a in row["authors"]:
            if a not in row["raw"] and row["list"].startswith("konxpx"):
                print("author not verbatim in raw:", row["line"], a)
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
