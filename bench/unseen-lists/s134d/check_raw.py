"""Check that every label's raw equals the file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    d = json.loads(l)
    n += 1
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8", newline="").read().split("\n")
    k = d["raw"].count("\n") + 1
    got = "\n".join(lines[d["line"] - 1:d["line"] - 1 + k])
    if got != d["raw"]:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
    # warn if the next line looks like a continuation (not blank, not a new item/heading/row)
    nxt = lines[d["line"] - 1 + k] if d["line"] - 1 + k < len(lines) else ""
    s = nxt.strip()
    if s and not (s[0] in "-*|#" or s[:2].rstrip(".").isdigit()):
        print("NOTE next line may continue the entry:", d["list"], d["line"], repr(nxt[:60]))
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
