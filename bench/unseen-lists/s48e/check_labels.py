#!/usr/bin/env python3
"""Check labels.jsonl: raw is in its file at line; the sample and the labels match; every
labelled title, arXiv ID, URL and code link is really written in the raw line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
sample = set()
for l in open(os.path.join(HERE, "sample.tsv"), encoding="utf-8"):
    if l.startswith("#"):
        continue
    name, line, _ = l.rstrip("\n").split("\t", 2)
    sample.add((name, int(line)))
bad = 0
for d in labs:
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    n = d["raw"].count("\n") + 1
    if "\n".join(lines[d["line"] - 1:d["line"] - 1 + n]) != d["raw"]:
        print("RAW MISMATCH", d["list"], d["line"]); bad += 1
    for k in ("title", "arxiv_id", "url", "code"):
        if d[k] and d[k] not in d["raw"]:
            print("NOT IN RAW", k, d["list"], d["line"], d[k]); bad += 1
    for a in d["authors"]:
        if a not in d["raw"]:
            print("AUTHOR NOT IN RAW", d["line"], a); bad += 1
labelled = {(d["list"], d["line"]) for d in labs}
if labelled != sample:
    print("sample/labels differ:", sorted(labelled ^ sample)); bad += 1
print(len(labs), "labels,", bad, "problems")
