#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(10411), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not the header row or the |---| rule),
lines starting with bold, and headings in a list that writes papers as headings
(3a1b2c3__awesome-world-models). Fenced code and HTML comments are skipped.
The cut last line of a partial list (Bowen12137, first 32000 characters) is left out.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"3a1b2c3__awesome-world-models.README.md"}
PARTIAL = {"Bowen12137__Awesome-World-Models.README.md"}  # ends mid-line

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    n = len(lines)
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if name in PARTIAL and i == n - 1:
            continue
        is_cand = False
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            is_cand = True
        elif s.startswith("|"):
            if re.match(r"^\|[\s:|-]+\|?$", s):
                is_cand = False  # rule row
            else:
                nxt = lines[i + 1].strip() if i + 1 < n else ""
                is_cand = not re.match(r"^\|[\s:|-]+\|?$", nxt)  # header row precedes the rule
        elif s.startswith("**"):
            is_cand = True
        elif name in HEADING_LISTS and re.match(r"^#{1,6}\s", line):
            is_cand = True
        if is_cand:
            out.append(i + 1)
    return out

def main():
    rng = random.Random(10411)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates:", len(cands), "picked:", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
