"""Check that every label's raw equals the list file's lines starting at its line."""
import json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
bad = 0
n = 0
for row in open(HERE / "labels.jsonl", encoding="utf-8"):
    d = json.loads(row)
    n += 1
    lines = (HERE / d["list"]).read_text(encoding="utf-8").split("\n")
    want = d["raw"].split("\n")
    got = lines[d["line"] - 1 : d["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", d["list"], d["line"], repr(d["raw"][:80]), repr(got[:1]))
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
