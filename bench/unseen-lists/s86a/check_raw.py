"""Check that every label's raw equals the file's lines from its line on (lines split
with str.splitlines(), so the CRLF endings of the hxxdtd file are not part of a line),
and that the title, arXiv ID, url and code of each paper label occur in its raw."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
n = 0
for line in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    if not line.strip():
        continue
    lab = json.loads(line)
    n += 1
    name = lab["list"]
    if name not in cache:
        cache[name] = open(os.path.join(HERE, name), encoding="utf-8", newline="").read().splitlines()
    lines = cache[name]
    k = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + k])
    if got != lab["raw"]:
        bad += 1
        print("RAW MISMATCH", name, lab["line"])
    if lab["is_paper"]:
        for key in ("title", "arxiv_id", "url", "code"):
            v = lab[key]
            if v and v not in lab["raw"]:
                print("NOT IN RAW", name, lab["line"], key, v)
print(f"{n} labels, {bad} raw mismatches")
