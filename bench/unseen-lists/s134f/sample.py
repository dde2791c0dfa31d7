#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(13171); write sample.jsonl.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and,
in the list that writes papers as headings (MetaDriveScape), its level-3 paper headings.
Fenced code and HTML comments are skipped. In the papers-as-headings list, the lines under a
paper heading (its `Keypoints:` / `Key Takeaways:` / <details> bullets) belong to that heading's
entry and are not separate candidates.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"MetaDriveScape__Awesome-Generation-Model.README.md"}
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table_body = False
    under_paper_heading = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        # tables
        if s.startswith("|"):
            if SEP_RE.match(s):
                in_table_body = True
                continue
            if in_table_body:
                out.append(i)
            continue
        in_table_body = False
        m = re.match(r"^(#{1,6})\s+\S", s)
        if m:
            if name in HEADING_LISTS:
                under_paper_heading = len(m.group(1)) == 3
                if under_paper_heading:
                    out.append(i)
            continue
        if name in HEADING_LISTS and under_paper_heading:
            continue
        if LIST_RE.match(line) or s.startswith("**") or s.startswith("__"):
            out.append(i)
    return out


def main():
    rng = random.Random(13171)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands = candidates(name, lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(name, len(cands), "candidates;", k, "sampled")
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
