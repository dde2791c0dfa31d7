#!/usr/bin/env python3
"""Sample 20 entries a list with random.Random(4621).

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold;
fenced code and HTML comments are skipped.  The candidate lines of all lists are drawn in one
seeded order per list (lists taken in sorted file-name order, one shared generator).  A drawn
line is mapped to the start of the entry it belongs to:
  * in the Kobaayyy list, whose `## ` headings are paper titles, a list item in the run of
    items right under such a heading (`- Paper：` / `- Code：`) belongs to that heading;
  * a line inside a bold-led paragraph (bold line, then more lines up to a blank line) belongs
    to the bold line;
  * anything else is its own entry.
Drawing goes on until 20 distinct entries are held.  Output: one line per entry, list and line.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))


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
        if re.match(r"^\s*([-*+]|\d+[.)])\s+", ln):
            out.append(i)
        elif s.startswith("|"):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|?\s*:?-{2,}", s) or re.match(r"^\|?\s*:?-{2,}:?\s*\|", nxt):
                continue  # separator row, or the header row above it
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
    return out


# Lists whose `## ` headings are paper titles (followed by `- Paper：` / `- Code：` items).
TITLE_HEADING_LISTS = {"Kobaayyy__Awesome-ICCV2021-Low-Level-Vision.README.md"}
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")


def entry_start(name, lines, i):
    if ITEM.match(lines[i]):
        if name in TITLE_HEADING_LISTS:
            j = i
            while j > 0 and ITEM.match(lines[j - 1]):
                j -= 1
            if j > 0 and lines[j - 1].startswith("## "):
                return j - 1
        return i
    j = i
    while j > 0 and lines[j - 1].strip():
        j -= 1
    first = lines[j].strip()
    if first.startswith("**") and not first.startswith("**【"):
        return j
    return i


def main():
    rng = random.Random(4621)
    picks = []
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        order = rng.sample(cands, len(cands))
        seen = []
        for i in order:
            s = entry_start(name, lines, i)
            if s not in seen:
                seen.append(s)
            if len(seen) == 20:
                break
        for s in sorted(seen):
            picks.append({"list": name, "line": s + 1, "text": lines[s]})
        print(f"# {name}: {len(cands)} candidate lines")
    for p in picks:
        print(json.dumps(p, ensure_ascii=False))


if __name__ == "__main__":
    main()
