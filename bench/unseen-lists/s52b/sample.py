#!/usr/bin/env python3
"""Sample 20 entries a list for s52b with ONE random.Random(5221).

Lists are taken in sorted file-name order (*.README.md in this folder).
Candidate lines: list items (bullets -,*,+ or numbered), table body rows
(GFM tables: rows after a header row and its delimiter row; header and
delimiter rows are not candidates), lines starting with bold, and heading
lines that are papers' titles (none of these three lists writes papers as
headings: jaychempan's "### MetNet" etc. are model-family groups, so no
heading is a candidate). Fenced code and HTML comments are skipped.

For each list the candidates are shuffled and walked; each drawn line is
mapped to the start of the entry it belongs to (a continuation line of a
multi-line list item belongs to the item's first line), and drawing goes on
until 20 distinct entries are held (fewer if the list has fewer).
Output (stdout): list<TAB>entry start line<TAB>first line of the entry,
and sample.jsonl with the same rows plus the draw order.
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
DELIM = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$")


def scan(lines):
    n = len(lines)
    skip = [False] * (n + 2)
    fence = comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if fence:
            skip[i] = True
            if s.startswith("```") or s.startswith("~~~"):
                fence = False
            continue
        if comment:
            skip[i] = True
            if "-->" in s:
                comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            skip[i] = True
            fence = True
            continue
        if s.startswith("<!--"):
            skip[i] = True
            if "-->" not in s:
                comment = True
            continue
    table_rows = set()
    i = 1
    while i <= n:
        if (not skip[i] and "|" in lines[i - 1] and i + 1 <= n and not skip[i + 1]
                and DELIM.match(lines[i]) and "|" in lines[i]):
            j = i + 2
            while (j <= n and not skip[j] and lines[j - 1].strip()
                   and "|" in lines[j - 1] and not HEADING.match(lines[j - 1])):
                table_rows.add(j)
                j += 1
            i = j
            continue
        i += 1
    cands = [i for i, line in enumerate(lines, 1)
             if not skip[i] and (i in table_rows or ITEM.match(line) or BOLD.match(line))]
    return cands, table_rows


def entry_start(lines, ln, table_rows):
    line = lines[ln - 1]
    if ln in table_rows or HEADING.match(line) or ITEM.match(line):
        return ln
    k = ln
    while k > 1:
        prev = lines[k - 2]
        if not prev.strip() or HEADING.match(prev):
            break
        k -= 1
        if ITEM.match(prev):
            return k
    return ln


def main():
    rng = random.Random(5221)
    out = []
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cands, table_rows = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            s = entry_start(lines, ln, table_rows)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        print(f"# {name}: {len(cands)} candidate lines", file=sys.stderr)
        for k, s in enumerate(held):
            out.append({"list": name, "line": s, "draw": k, "first": lines[s - 1]})
    with open(HERE / "sample.jsonl", "w", encoding="utf-8") as f:
        for d in sorted(out, key=lambda d: (d["list"], d["line"])):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
            print(f"{d['list']}\t{d['line']}\t{d['first']}")


if __name__ == "__main__":
    main()
