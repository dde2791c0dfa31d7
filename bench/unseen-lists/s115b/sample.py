#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list (all if fewer) with random.Random(11521).

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold,
headings only where a list writes papers as headings (none of these three does).
Fenced code and HTML comments are skipped.

Judgement: a nested list item whose nearest parent item carries a link/URL while the child carries
none (the Korean study notes under each paper in Kyeongpil, "note: video is incorrect" in rohjunha)
is a detail line of the parent entry, not an entry of its own, so it is not a candidate.
Nested items under a link-less group bullet ("* Neural network-based", "- XX") are entries.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 11521
N = 20

ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+\S")
LINK = re.compile(r"\]\(|https?://")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    stack = []  # (indent, has_link) of open list items
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        m = ITEM.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            while stack and stack[-1][0] >= indent:
                stack.pop()
            has_link = bool(LINK.search(line))
            detail = bool(stack) and stack[-1][1] and not has_link
            stack.append((indent, has_link))
            if not detail:
                out.append(i)
            prev_table = False
            continue
        if s.startswith("#"):
            stack = []
            prev_table = False
            continue
        if s.startswith("|"):
            # table body rows: skip the header row and the separator row
            if re.match(r"^\|?\s*:?-{2,}", s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(SEED)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        print(name, "candidates:", len(cands), "picked:", len(picked))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
