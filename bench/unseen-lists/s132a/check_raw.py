#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on; also that titles,
authors and links in a paper label occur in its raw text (catches typing slips)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8", newline="").read().split("\n")
    k = d["raw"].count("\n") + 1
    if "\n".join(lines[d["line"] - 1:d["line"] - 1 + k]) != d["raw"]:
        bad += 1; print("RAW MISMATCH", d["list"], d["line"])
    if d["is_paper"]:
        flat = re.sub(r"\s+", " ", d["raw"].replace("\u3000", " "))
        for a in d["authors"] or []:
            if a not in flat: print("author not in raw:", d["line"], a)
        for key in ("url", "code", "arxiv_id"):
            if d[key] and d[key] not in flat: print(key, "not verbatim in raw:", d["line"], d[key])
        if d["title"] and d["title"] not in flat: print("title not verbatim in raw:", d["line"], d["title"])
print("labels checked; raw mismatches:", bad)
sys.exit(1 if bad else 0)
