#!/usr/bin/env python3
"""Draw 20 entries a list from the saved READMEs (s52h).

One random.Random(5281) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not header or
separator rows) and lines starting with bold; fenced code and HTML comments are
skipped. No list here writes papers as headings, so headings are not candidates.
Each drawn line is mapped to the first line of the entry it belongs to, and the
walk goes on until 20 distinct entries are held.

Entry shapes:
  * noooop__Reading_List: a top-level bullet `- <date> [Title](link)` owns every
    deeper-indented bullet and wrapped line below it (study notes), up to the
    next top-level bullet, heading or blank line.
  * the other lists: one list item or one table row is one entry (plus any wrapped
    non-item lines directly below it, of which there are none here).
Writes sample.json (list, line, raw) next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NESTED_NOTES = {"noooop__Reading_List.README.md"}
N = 20

ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def scan(lines):
    """Return (candidate line numbers, set of lines inside code/comments, table rows)."""
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
            # a table row: header if the next line is a separator row
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):
                continue
            table_rows.add(i)
            cands.append(i)
        elif ITEM.match(line):
            cands.append(i)
        elif s.startswith("**"):
            cands.append(i)
    return cands, skip, table_rows


def indent(line):
    return len(line) - len(line.lstrip(" "))


def entry_bounds(name, lines, i, table_rows):
    """First and last line (0-based) of the entry that line i belongs to."""
    if i in table_rows:
        return i, i
    start = i
    if name in NESTED_NOTES:
        # climb to the top-level bullet that owns this line
        while start > 0 and not (ITEM.match(lines[start]) and indent(lines[start]) == 0):
            prev = lines[start - 1]
            if not prev.strip() or HEADING.match(prev):
                break
            start -= 1
        end = start
        while end + 1 < len(lines):
            nxt = lines[end + 1]
            if not nxt.strip() or HEADING.match(nxt):
                break
            if ITEM.match(nxt) and indent(nxt) == 0:
                break
            end += 1
        return start, end
    # other lists: an item plus wrapped non-item lines directly below it
    end = i
    while end + 1 < len(lines):
        nxt = lines[end + 1]
        s = nxt.strip()
        if not s or ITEM.match(nxt) or HEADING.match(nxt) or s.startswith(("|", "<", "**", ">")):
            break
        end += 1
    return start, end


def main():
    rng = random.Random(5281)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    out = []
    for name in files:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            text = fh.read()
        lines = text.split("\n")
        cands, _skip, table_rows = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = {}
        drawn = 0
        for i in order:
            if len(held) >= N:
                break
            drawn += 1
            s, e = entry_bounds(name, lines, i, table_rows)
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
