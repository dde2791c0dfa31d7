"""Check that every label's raw equals the list file's lines from its line on (CRLF or LF files)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for lab in labels:
    lines = open(os.path.join(HERE, lab["list"]), encoding="utf-8", newline="").read().splitlines()
    n = lab["raw"].count("\n") + 1
    got = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + n])
    if got != lab["raw"]:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"], repr(got[:80]), repr(lab["raw"][:80]))
    keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
    if list(lab) != keys:
        bad += 1
        print("KEYS", lab["list"], lab["line"], list(lab))
print(len(labels), "labels,", bad, "mismatches")
