"""Sample up to 20 entries a list with ONE random.Random(7641), lists in sorted file-name order.

Candidate lines (fenced code and HTML comments skipped): list items (bullets -, *, +
and numbered items at any indent), table body rows (not header or separator rows),
lines starting with bold, and ATX heading lines that are paper titles (none here:
the only saved list writes its headings setext-style, and they are section names).
A drawn line maps to the start of its entry: a candidate line starts its own entry;
following non-blank lines that are neither candidates nor headings continue it.
Run: python3 sample.py > sample.json  (JSON lines: list, line, raw, candidates)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))

ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")


def scan(lines):
    """Return (candidate line numbers, map line -> entry start, entry raw)."""
    skip = set()
    fence = False
    comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith("```") or s.startswith("~~~"):
            skip.add(i)
            fence = not fence
            continue
        if fence:
            skip.add(i)
            continue
        if comment or s.startswith("<!--"):
            skip.add(i)
            comment = "-->" not in s
            continue
    cands = []
    in_table = False
    for i, l in enumerate(lines):
        if i in skip:
            in_table = False
            continue
        s = l.strip()
        if s.startswith("|"):
            # table row: header is the first row, followed by a separator
            if not in_table:
                in_table = True
                continue  # header row
            if SEP.match(s):
                continue
            cands.append(i)
            continue
        in_table = False
        if ITEM.match(l) or BOLD.match(l):
            cands.append(i)
    cset = set(cands)
    starts = {}
    raws = {}
    for c in cands:
        end = c
        j = c + 1
        while j < len(lines):
            l = lines[j]
            if (not l.strip() or j in cset or j in skip or HEADING.match(l)
                    or SETEXT.match(l)
                    or (j + 1 < len(lines) and SETEXT.match(lines[j + 1]) and lines[j].strip())):
                break
            end = j
            j += 1
        for k in range(c, end + 1):
            starts[k] = c
        raws[c] = "\n".join(lines[c:end + 1])
    return cands, starts, raws


def main():
    rng = random.Random(7641)
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands, starts, raws = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            s = starts[c]
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        for s in sorted(held):
            print(json.dumps({"list": name, "line": s + 1, "raw": raws[s],
                              "candidates": len(cands)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
