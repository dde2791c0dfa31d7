#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(5171), lists in sorted file-name order.

Candidates: list items (bullets, numbered; marker followed by whitespace, as Markdown requires),
table body rows (not the header row or the |---| separator), lines starting with bold, and
heading lines that are paper titles (none of these three lists writes papers as headings).
Fenced code and HTML comments are skipped. A drawn line is mapped to the start of the entry it
belongs to (a continuation line belongs to the item line above it).
"""
import json, os, re, random

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out, in_fence, in_comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            # header row: the next line is a separator
            if i + 1 < len(lines) and SEP.match(lines[i + 1].strip()):
                continue
            out.append(i)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def entry_start(lines, i):
    """Walk up from a continuation line to the item line it continues."""
    j = i
    while j > 0 and not (ITEM.match(lines[j]) or BOLD.match(lines[j]) or lines[j].strip().startswith("|")):
        if not lines[j].strip():
            return i
        j -= 1
    return j


def main():
    rng = random.Random(5171)
    out = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f"{name}: {len(cands)} candidates, {len(held)} drawn")
        for s in held:
            out.append({"list": name, "line": s + 1, "raw": lines[s]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
