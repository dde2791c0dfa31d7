"""Sample 20 candidate entry lines per list with random.Random(3902).

Candidate lines: list items (bullets or numbered, at any indent), table body
rows (not the header row, not the |---| separator), and lines starting with
bold (**). Fenced code blocks and HTML comments are skipped.
A nested list item (indented under a list item) is part of its parent entry
(e.g. the 简介/推荐指数/阅读笔记 detail bullets under a paper): a sampled nested
line is mapped to the top-level item that holds it. The candidates are drawn in
the order of rng.sample(candidates, len(candidates)) and the first 20 distinct
entries are kept, so two nested lines of one entry do not count twice.
Run: python3 sample.py  (writes sample.jsonl next to this file)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 3902

ITEM = re.compile(r"^\s*(?:[-*+](?:\s|$)|\d+[.)](?:\s|$))")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")


def candidates(text):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(text.split("\n"), 1):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s.replace("|", "", 1)) or re.fullmatch(r"[|:\-\s]+", s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            prev_table = True  # first row of a table is its header
            continue
        prev_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def indent(line):
    return len(line) - len(line.lstrip(" \t"))


def entry_start(lines, ln):
    """The 1-based line of the top-level list item holding a nested item."""
    line = lines[ln - 1]
    if not ITEM.match(line) or indent(line) == 0:
        return ln
    i = ln - 1
    while i > 0:
        prev = lines[i - 1]
        if prev.strip() == "":
            i -= 1
            continue
        if ITEM.match(prev) and indent(prev) == 0:
            return i
        if indent(prev) == 0:
            return ln
        i -= 1
    return ln


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for f in files:
        text = open(os.path.join(HERE, f), encoding="utf-8").read()
        cand = candidates(text)
        lines = text.split("\n")
        pick = []
        for ln in rng.sample(cand, len(cand)):
            start = entry_start(lines, ln)
            if start not in pick:
                pick.append(start)
            if len(pick) == N:
                break
        pick.sort()
        print(f, "candidates:", len(cand))
        for ln in pick:
            rows.append({"list": f, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
