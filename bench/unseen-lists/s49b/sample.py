#!/usr/bin/env python3
"""Draw 20 entries a list for hand labelling (s49b).

One random.Random(4921) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not the
header or separator rows), lines starting with bold; fenced code and HTML
comments are skipped.  (None of the three lists writes papers as headings.)
Each list's candidates are shuffled and walked; a drawn line is mapped to the
first line of the entry it belongs to, until 20 distinct entries are held.
Prints one JSON object a line: list, line (1-based entry start), raw.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
BULLET = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+\S")
TABLE = re.compile(r"^\s*\|")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*(\*\*|__)\S")


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out, fence, comment = [], None, False
    for ln in lines:
        s = ln.strip()
        if fence:
            out.append(True)
            if s.startswith(fence):
                fence = None
            continue
        if comment:
            out.append(True)
            if "-->" in ln:
                comment = False
            continue
        m = re.match(r"^(```|~~~)", s)
        if m:
            fence = m.group(1)
            out.append(True)
            continue
        if s.startswith("<!--"):
            out.append(True)
            if "-->" not in s[4:]:
                comment = True
            continue
        out.append(False)
    return out


def candidates(lines, mask):
    cands = []
    in_table = False
    for i, ln in enumerate(lines):
        if mask[i]:
            in_table = False
            continue
        if TABLE.match(ln):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(ln):
                pass  # separator row
            elif not in_table and SEP.match(nxt):
                pass  # header row
            else:
                cands.append(i)
            in_table = True
            continue
        in_table = False
        if BULLET.match(ln) or BOLD.match(ln):
            cands.append(i)
    return cands


def is_start(ln):
    return bool(BULLET.match(ln) or TABLE.match(ln))


def entry_start(lines, i):
    """A bold line indented under a list item belongs to that item."""
    if BULLET.match(lines[i]) or TABLE.match(lines[i]):
        return i
    indent = len(lines[i]) - len(lines[i].lstrip())
    j = i - 1
    while j >= 0 and indent > 0:
        ln = lines[j]
        if ln.strip() == "":
            j -= 1
            continue
        m = BULLET.match(ln)
        if m:
            return j if len(m.group(1)) < indent else i
        if len(ln) - len(ln.lstrip()) < indent and not m:
            return i
        j -= 1
    return i


def entry_end(lines, s, mask):
    """Last line of the entry starting at s (continuation lines, incl. a paragraph after a blank)."""
    if TABLE.match(lines[s]):
        return s
    m = BULLET.match(lines[s])
    base = len(m.group(1)) if m else len(lines[s]) - len(lines[s].lstrip())
    end = s
    j = s + 1
    while j < len(lines):
        ln = lines[j]
        if mask[j]:
            break
        if ln.strip() == "":
            j += 1
            continue
        ind = len(ln) - len(ln.lstrip())
        if is_start(ln) or BOLD.match(ln) and ind <= base:
            break
        if ind > base or (j == end + 1 and not ln.lstrip().startswith("<")):
            end = j
            j += 1
            continue
        break
    return end


def main():
    rng = random.Random(4921)
    files = sorted(glob.glob(os.path.join(HERE, "*.README.md")))
    for path in files:
        name = os.path.basename(path)
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        mask = masked(lines)
        cands = candidates(lines, mask)
        order = list(cands)
        rng.shuffle(order)
        held, seen = [], set()
        for i in order:
            s = entry_start(lines, i)
            if s in seen:
                continue
            seen.add(s)
            held.append(s)
            if len(held) == N:
                break
        print(f"# {name}: {len(cands)} candidate lines, {len(held)} entries drawn", file=sys.stderr)
        for s in sorted(held):
            e = entry_end(lines, s, mask)
            raw = "\n".join(lines[s:e + 1])
            print(json.dumps({"list": name, "line": s + 1, "raw": raw}, ensure_ascii=False))


if __name__ == "__main__":
    main()
