#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(9151), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (header and separator rows excluded;
a row continuing a table without a leading pipe counts), and lines starting with bold. No list in
this folder writes papers as headings, so headings are not candidates. Fenced code and HTML
comments are skipped.

Judgement call: an indented list item with no link in it (e.g. the `    - 📅 Date: ...` detail
bullets under a paper in CHATS-lab) is a continuation of its parent entry, not an entry of its own.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        # table handling
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if "|" in s and SEP_RE.match(nxt) and not SEP_RE.match(line):
            in_table = True  # header row
            continue
        if in_table:
            if not s or "|" not in s:
                in_table = False
            elif SEP_RE.match(line):
                continue
            else:
                out.append(i + 1)
                continue
        m = LIST_RE.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            if indent >= 2 and "](" not in line:
                continue  # detail bullet of its parent entry
            out.append(i + 1)
            continue
        if s.startswith("**") and not line.startswith(" "):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(9151)
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        picked = rng.sample(cands, 20) if len(cands) > 20 else list(cands)
        print(f"{name}: {len(lines)} lines, {len(cands)} candidates, {len(picked)} sampled")
        for ln in sorted(picked):
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
