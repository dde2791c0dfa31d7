#!/usr/bin/env python3
"""Check labels.jsonl: every raw is at `line` in its file, the labelled lines are the sampled ones,
and title/arxiv_id/url/code/authors occur in raw (backslash escapes ignored)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
S = json.load(open(os.path.join(HERE, "sample.json")))
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
bad, by = 0, {}
for d in labels:
    by.setdefault(d["list"], []).append(d["line"])
    lines = open(os.path.join(HERE, d["list"]), encoding="utf-8", newline="").read().splitlines()
    raw = d["raw"].split("\n")
    if lines[d["line"] - 1: d["line"] - 1 + len(raw)] != raw:
        print("RAW MISMATCH", d["list"], d["line"]); bad += 1
    r = d["raw"].replace("\\", "")
    for k in ("title", "arxiv_id", "url", "code"):
        if d[k] and d[k] not in r:
            print("NOT IN RAW", k, d["list"], d["line"], d[k]); bad += 1
    for a in d["authors"]:
        if a not in r:
            print("AUTHOR NOT IN RAW", d["list"], d["line"], a); bad += 1
    if not d["is_paper"] and any(d[k] for k in ("title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary")):
        print("NON-PAPER WITH FIELDS", d["list"], d["line"]); bad += 1
for name, r in S.items():
    if sorted(by.get(name, [])) != r["lines"]:
        print("SAMPLE MISMATCH", name); bad += 1
print(len(labels), "labels checked,", bad, "problems")
