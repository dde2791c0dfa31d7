#!/usr/bin/env python3
"""Draw 20 entries a list for hand labelling (s59d).

One random.Random(5941) is used over the lists in sorted file-name order. Candidate lines:
list items (bullets and numbered items, also inside blockquotes), table body rows (not the
header row or the |---| separator row) and lines that start with bold; fenced code and HTML
comments are skipped (neither list has papers written as headings). Each list's candidates are
shuffled and walked; a drawn line is mapped to the first line of the entry it belongs to (a
continuation line belongs to the entry above it) and drawing goes on until 20 distinct entries
are held. Prints one line a drawn entry: file, start line, end line, first line of text.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r"^\s*(?:>\s*)*\s*(?:[-*+]|\d+[.)])\s+\S")
TABLE = re.compile(r"^\s*\|.*\|?\s*$")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*\*\*\S")


def scan(lines):
    """Return (candidate line numbers, entry start for every line, entry end for every start)."""
    cand = []
    in_fence = False
    in_comment = False
    kinds = {}
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if BULLET.match(line):
            kinds[i] = "item"
            cand.append(i)
        elif TABLE.match(line) and "|" in s[1:]:
            if SEP.match(line):
                continue
            nxt = lines[i] if i < len(lines) else ""
            if SEP.match(nxt):          # header row
                continue
            kinds[i] = "row"
            cand.append(i)
        elif BOLD.match(line):
            kinds[i] = "bold"
            cand.append(i)
    # entry spans: an item runs on over its non-blank, non-candidate, more-indented lines
    start_of = {}
    end_of = {}
    for i in cand:
        start_of[i] = i
        j = i
        if kinds[i] == "item":
            ind = len(lines[i - 1]) - len(lines[i - 1].lstrip())
            while j < len(lines):
                nxt = lines[j]
                if not nxt.strip() or (j + 1) in kinds:
                    break
                nind = len(nxt) - len(nxt.lstrip())
                if nind <= ind:
                    break
                j += 1
                start_of[j] = i
        end_of[i] = j
    return cand, start_of, end_of


def main():
    rng = random.Random(5941)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        cand, start_of, end_of = scan(lines)
        order = cand[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = start_of[i]
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f"# {name}: {len(cand)} candidate lines, {len(held)} entries drawn", file=sys.stderr)
        for s in held:
            raw = "\n".join(lines[s - 1:end_of[s]])
            out.append({"list": name, "line": s, "raw": raw})
    for d in out:
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    main()
