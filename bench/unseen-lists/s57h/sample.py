#!/usr/bin/env python3
"""Sample up to 20 distinct entries per list in this folder with ONE random.Random(5781).

The lists (*.README.md here) are visited in sorted file-name order, all drawing from the
same generator. Candidate lines:
  * list items (-, *, + or "1." / "1)" followed by whitespace),
  * table body rows (lines starting with '|' that are neither a header row, i.e. the line
    just before a separator row, nor a separator row),
  * lines starting with bold (** or __, after optional indentation),
  * heading lines that are papers' titles: a heading whose next non-blank line starts with
    "**Authors**" (the MrNeRF shape: "### 1. Title" / "**Authors**: ..." / abstract / links).
Fenced code blocks and HTML comments are skipped.

Each drawn line is mapped to the start of the entry it belongs to: a line inside a
heading-per-paper block (from the title heading to the last non-blank line before the next
heading or "<br>") belongs to the heading; every other candidate is an entry of its own.
For each list the candidates are shuffled and walked until 20 distinct entries are held.
Writes sample.json (list -> candidates, entries [{line, raw}]) next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 5781
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def paper_blocks(lines):
    """Map line index -> start index for heading-per-paper blocks."""
    owner = {}
    for i, line in enumerate(lines):
        if not HEADING.match(line):
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not lines[j].lstrip().startswith("**Authors**"):
            continue
        end = i
        k = i + 1
        while k < len(lines) and not HEADING.match(lines[k]) and lines[k].strip() != "<br>":
            if lines[k].strip():
                end = k
            k += 1
        for m in range(i, end + 1):
            owner[m] = (i, end)
    return owner


def candidates(lines, owner):
    out, fence, comment = [], None, False
    for i, line in enumerate(lines):
        s = line.strip()
        if comment:
            if "-->" in line:
                comment = False
            continue
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r"^\s*(```|~~~)", line)
        if m:
            fence = m.group(1)
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if HEADING.match(line):
            if i in owner and owner[i][0] == i:
                out.append(i)
            continue
        if s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(line) or SEP.match(nxt):
                continue
            out.append(i)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(SEED)
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".README.md"))
    result = {}
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        owner = paper_blocks(lines)
        cand = candidates(lines, owner)
        order = cand[:]
        rng.shuffle(order)
        held = {}
        for i in order:
            if len(held) >= N:
                break
            start, end = owner.get(i, (i, i))
            if start not in held:
                held[start] = "\n".join(lines[start:end + 1])
        entries = [{"line": s + 1, "raw": held[s]} for s in sorted(held)]
        result[name] = {"candidates": len(cand), "entries": entries}
        print(f"## {name}: {len(cand)} candidates, {len(entries)} entries")
        for e in entries:
            print(f"{e['line']}\t{e['raw'].splitlines()[0][:150]}")
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
