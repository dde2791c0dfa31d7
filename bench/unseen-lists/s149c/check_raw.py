"""Check that every label's raw equals the list file's lines from its line on.
Files are read in text mode (universal newlines), so the CRLF leoncuhk file compares line by line without '\r'."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for lab in labels:
    f = lab["list"]
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding="utf-8").read().split("\n")
    lines = cache[f]
    n = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + n])
    if got != lab["raw"]:
        bad += 1
        print("MISMATCH", f, lab["line"], repr(lab["raw"][:80]), repr(got[:80]))
print(f"{len(labels)} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
