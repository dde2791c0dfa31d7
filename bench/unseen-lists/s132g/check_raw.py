"""Check that every label's raw equals the list file's lines from its line on (CR of CRLF files dropped)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def file_lines(name, cache={}):
    if name not in cache:
        text = open(os.path.join(HERE, name), encoding="utf-8", newline="").read()
        cache[name] = [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]
    return cache[name]


bad = 0
n = 0
for row in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    lab = json.loads(row)
    n += 1
    want = lab["raw"].split("\n")
    got = file_lines(lab["list"])[lab["line"] - 1: lab["line"] - 1 + len(want)]
    if got != want:
        bad += 1
        print("MISMATCH", lab["list"], lab["line"])
    if lab["is_paper"] and lab["title"]:
        norm = lambda s: "".join(c for c in s.casefold() if c.isalnum())
        if norm(lab["title"]) not in norm(lab["raw"]):
            print("title not in raw:", lab["list"], lab["line"])
print(f"{n} labels, {bad} mismatches")
sys.exit(1 if bad else 0)
