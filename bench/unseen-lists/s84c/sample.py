#!/usr/bin/env python3
"""Sample 20 candidate entries a list with random.Random(8431) (one generator, lists in sorted
file-name order) and write sample.jsonl.

Candidate lines: list items (bullets, numbered; also inside a blockquote), table body rows,
lines starting with bold, and entry-start lines where a list writes papers as headings
(`#### [S1] Title`) or as bracket-numbered lines (`[1] Title`). Fenced code and HTML comments
are skipped. Detail bullets that belong to such a heading / bracket-numbered entry (Author /
Institute / Link, or 题目 / 分类 / Code / Paper / 摘要) are part of that entry, not candidates;
the entry runs until the next heading, entry start or `---` rule.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r"^(>\s*)*\s*([-*+]|\d+[.)])\s+\S")
TABLE_ROW = re.compile(r"^\s*\|")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}")
BOLD = re.compile(r"^\s*\*\*")
PAPER_HEADING = re.compile(r"^#{1,6}\s+\[S\d+\]\s")
BRACKET_NUM = re.compile(r"^\[\d+\]\s")
HEADING = re.compile(r"^#{1,6}\s")
RULE = re.compile(r"^\s*(-{3,}|\*{3,}|_{3,})\s*$")


def candidates(lines):
    out = []
    in_fence = in_comment = in_entry = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
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
        if PAPER_HEADING.match(line) or BRACKET_NUM.match(line):
            out.append(i)
            in_entry = True
            prev_table = False
            continue
        if HEADING.match(line) or RULE.match(line):
            in_entry = False
            prev_table = False
            continue
        if in_entry:
            continue
        if TABLE_ROW.match(line):
            # header row = first row of a table; separator rows skipped
            if prev_table and not TABLE_SEP.match(line):
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if LIST_ITEM.match(line) and not RULE.match(line):
            out.append(i)
        elif BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(8431)
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, len(cands), "candidates,", len(picked), "sampled")
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
