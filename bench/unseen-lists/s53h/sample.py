#!/usr/bin/env python3
"""Draw 20 entries a list from the saved READMEs (s53h).

One random.Random(5381) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not header or
separator rows) and lines starting with bold; fenced code and HTML comments are
skipped. No list here writes papers as headings, so headings are not candidates.

Each list's candidates are shuffled and walked; every drawn line is mapped to the
first line of the entry it belongs to (a line that continues the paragraph of the
line above belongs to that paragraph's first line), until 20 distinct entries are
held (fewer if the list has fewer).

An entry is its first line plus the lines that continue it: non-blank lines below
that are not a list item, heading or table row, and, for a list item, an indented
line after a single blank line (CommonMark keeps it inside the item: AspirinCode's
`* **Title** [2022]` / blank / `  [code](...)`).

Writes sample.json (list, line, raw) next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 5381

ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def scan(lines):
    """Candidate line indexes (0-based) and the set of table body rows."""
    skip = set()
    in_code = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            skip.add(i)
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            skip.add(i)
            in_code = not in_code
            continue
        if in_code:
            skip.add(i)
            continue
        if s.startswith("<!--"):
            skip.add(i)
            if "-->" not in s:
                in_comment = True
    cands = []
    table_rows = set()
    for i, line in enumerate(lines):
        if i in skip:
            continue
        s = line.strip()
        if s.startswith("|"):
            if SEP.match(s):
                continue  # separator row
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue  # header row
            table_rows.add(i)
            cands.append(i)
        elif ITEM.match(line):
            cands.append(i)
        elif s.startswith("**"):
            cands.append(i)
    return cands, table_rows


def is_break(line):
    s = line.strip()
    return (not s) or bool(ITEM.match(line)) or bool(HEADING.match(line)) or s.startswith("|")


def entry_bounds(lines, i, table_rows):
    """First and last line (0-based) of the entry line i belongs to."""
    if i in table_rows:
        return i, i
    start = i
    # a bold line (not an item) that continues the paragraph above belongs to it
    while not ITEM.match(lines[start]) and start > 0:
        prev = lines[start - 1]
        if not prev.strip() or HEADING.match(prev) or prev.strip().startswith("|"):
            break
        start -= 1
    end = start
    while end + 1 < len(lines):
        nxt = lines[end + 1]
        if not is_break(nxt):
            end += 1
            continue
        # list item continued after one blank line by an indented non-item line
        if (ITEM.match(lines[start]) and not nxt.strip() and end + 2 < len(lines)
                and lines[end + 2].startswith("  ") and lines[end + 2].strip()
                and not is_break(lines[end + 2])):
            end += 2
            continue
        break
    return start, end


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    out = []
    for name in files:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            text = fh.read()
        lines = text.split("\n")
        cands, table_rows = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = {}
        drawn = 0
        for i in order:
            if len(held) >= N:
                break
            drawn += 1
            s, e = entry_bounds(lines, i, table_rows)
            if s not in held:
                held[s] = "\n".join(lines[s:e + 1])
        print(f"{name}: {len(lines)} lines, {len(cands)} candidates, "
              f"{drawn} drawn, {len(held)} entries")
        for s in sorted(held):
            out.append({"list": name, "line": s + 1, "raw": held[s]})
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
