"""Check every label's raw equals the list file's lines from its line on (and that the entry ends
before a blank line, a heading or the next candidate, as a sanity check on spans)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    d = json.loads(l)
    lines = cache.setdefault(d["list"], open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n"))
    k = d["raw"].count("\n") + 1
    got = "\n".join(lines[d["line"] - 1:d["line"] - 1 + k])
    if got != d["raw"]:
        bad += 1
        print("MISMATCH", d["list"], d["line"])
    nxt = lines[d["line"] - 1 + k] if d["line"] - 1 + k < len(lines) else ""
    if nxt.strip() and not nxt.lstrip().startswith(("-", "*", "|", "#", "<a id")):
        print("note: entry may continue", d["list"], d["line"], repr(nxt[:60]))
print(f"{bad} mismatches in {n} labels")
