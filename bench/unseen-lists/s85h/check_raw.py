"""Check that every label's raw equals the list file's lines from its line on."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for rec in map(json.loads, fh):
        n += 1
        name = rec["list"]
        if name not in cache:
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                cache[name] = f.read().split("\n")
        lines = cache[name]
        k = rec["raw"].count("\n") + 1
        got = "\n".join(lines[rec["line"] - 1: rec["line"] - 1 + k])
        if got != rec["raw"]:
            bad += 1
            print("MISMATCH", name, rec["line"], repr(rec["raw"][:80]), repr(got[:80]))
print(f"{n} labels, {bad} mismatches")
