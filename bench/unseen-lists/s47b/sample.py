#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(4721), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator
rows), and lines starting with bold; fenced code and HTML comments are skipped.  None of the
three lists writes papers as headings, so no heading is a candidate.

A drawn line is mapped to the start of the entry it belongs to:
  * a nested list item whose text starts with `*` (an italic one-line summary, as in
    `  - *Introduces ...*`, or a bold field, as in `  - **Abstract**: ...` / `  - **Labels**:`)
    is a continuation of the list item above it with less indentation;
  * nested items that are links (`  - [Synthetic Data Generation](#...)`, table-of-contents
    lines) are entries of their own;
  * anything else is its own entry.
(The italic author lines of DL4TP, `   *Rabe, Markus N and ...*`, are not candidates: they are
indented paragraph continuations, not list items, and belong to the numbered item above.)
Per list, its candidates are shuffled and walked until 20 distinct entries are held.
Output: a header line per list, then one JSON line per entry (list, line, text).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$")


def candidates(lines):
    out, fence, comment = [], False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if ITEM.match(ln):
            out.append(i)
        elif s.startswith("|"):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|?\s*:?-{2,}", s) or re.match(r"^\|?\s*:?-{2,}:?\s*\|", nxt):
                continue  # separator row, or the header row above it
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
    return out


def entry_start(lines, i):
    m = ITEM.match(lines[i])
    if not m:
        return i
    indent, text = len(m.group(1)), m.group(3)
    if indent == 0 or not text.startswith("*"):
        return i
    j = i - 1
    while j >= 0:
        mj = ITEM.match(lines[j])
        if mj and len(mj.group(1)) < indent:
            return j
        if lines[j].strip() and not mj:
            break
        j -= 1
    return i


def main():
    rng = random.Random(4721)
    picks = []
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        seen = []
        for i in order:
            s = entry_start(lines, i)
            if s not in seen:
                seen.append(s)
            if len(seen) == 20:
                break
        print(f"# {name}: {len(cands)} candidate lines, {len(seen)} entries drawn")
        for s in sorted(seen):
            picks.append({"list": name, "line": s + 1, "text": lines[s]})
    for p in picks:
        print(json.dumps(p, ensure_ascii=False))


if __name__ == "__main__":
    main()
