"""Check that every label's raw equals the file's lines from its line on; also sanity-check fields."""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
bad = 0
n = 0
cache = {}
for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    d = json.loads(ln)
    n += 1
    if list(d.keys()) != KEYS:
        print("keys", d["list"], d["line"], list(d.keys())); bad += 1
    if d["list"] not in cache:
        cache[d["list"]] = open(os.path.join(HERE, d["list"]), encoding="utf-8").read().split("\n")
    lines = cache[d["list"]]
    k = d["raw"].count("\n") + 1
    if "\n".join(lines[d["line"] - 1:d["line"] - 1 + k]) != d["raw"]:
        print("MISMATCH", d["list"], d["line"]); bad += 1
    raw = html.unescape(d["raw"]).replace("&#x27;", "'")
    for f in ("arxiv_id", "code", "url"):
        if d[f] and d[f] not in d["raw"]:
            print("field not in raw", f, d["list"], d["line"], d[f])
    if d["title"] and d["title"] not in raw:
        print("title not in raw", d["list"], d["line"], d["title"])
    if not d["is_paper"] and any(d[f] for f in KEYS[4:13] if f != "authors") | bool(d["authors"]):
        print("non-paper with fields", d["list"], d["line"])
print(n, "labels,", bad, "mismatches")
sys.exit(1 if bad else 0)
