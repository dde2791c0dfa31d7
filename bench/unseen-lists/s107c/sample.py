"""Sample 20 candidate entry lines per list with one random.Random(10731).

Candidates: list items (bullets `-`, `*`, `+`, numbered `1.`/`1)`), table body rows
(lines starting with `|` that are neither a header row nor a delimiter row), and lines
starting with bold (`**`/`__`). None of these lists writes papers as headings, so headings
are not candidates. Fenced code blocks and HTML comments are skipped.
Lists are processed in sorted file-name order. Writes sample.jsonl.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
DELIM = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*(\*\*|__)\S")


def candidates(lines):
    out = []
    in_fence = False
    fence = None
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if in_fence:
            if s.startswith(fence):
                in_fence = False
            continue
        m = re.match(r"^\s*(`{3,}|~{3,})", line)
        if m:
            in_fence = True
            fence = m.group(1)
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if DELIM.match(s):
                continue
            # header row: next line is a delimiter row
            if i + 1 < len(lines) and DELIM.match(lines[i + 1].strip()) and "-" in lines[i + 1]:
                continue
            out.append(i)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(10731)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.README.md")))
    rows = []
    for f in files:
        text = open(os.path.join(HERE, f), encoding="utf-8", newline="").read()
        lines = text.split("\n")
        cands = candidates(lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(f, "candidates:", len(cands), "sampled:", k)
        for i in picked:
            rows.append({"list": f, "line": i + 1, "raw": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
