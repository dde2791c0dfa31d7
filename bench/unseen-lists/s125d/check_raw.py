"""Check that every label's raw equals the list file's lines from its line on (0 mismatches expected)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = n = 0
cache = {}
for rec in map(json.loads, open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")):
    n += 1
    name = rec["list"]
    if name not in cache:
        cache[name] = open(os.path.join(HERE, name), encoding="utf-8", newline="").read().splitlines()
    lines = cache[name]
    k = rec["raw"].count("\n") + 1
    got = "\n".join(lines[rec["line"] - 1: rec["line"] - 1 + k])
    if got != rec["raw"]:
        bad += 1
        print("MISMATCH", name, rec["line"], repr(got[:80]), repr(rec["raw"][:80]))
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
