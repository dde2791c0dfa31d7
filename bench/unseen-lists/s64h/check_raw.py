import json
bad = 0
for ln in open("labels.jsonl", encoding="utf-8"):
    e = json.loads(ln)
    lines = open(e["list"], encoding="utf-8", newline="").read().split("\n")
    raw = e["raw"].split("\n")
    if lines[e["line"] - 1:e["line"] - 1 + len(raw)] != raw:
        bad += 1; print("MISMATCH", e["list"], e["line"])
print("checked; mismatches:", bad)
