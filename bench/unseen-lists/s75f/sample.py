#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(7561) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered; also bullets inside a blockquote), table body
rows, lines starting with bold, and heading lines that are papers' titles (a heading whose text
is a link, `### [Title](url)`).  Fenced code and HTML comments are skipped.
Each drawn line is mapped to the start of the entry it belongs to; an entry runs from its start
line to the line before the next candidate, heading, bare year line or blank line (a paper
heading's entry runs to the next heading or bare year line, trailing blank lines dropped).
Writes sample.jsonl: list, line (1-based), raw.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r"^\s*(?:>\s*)?(?:[-*+]|\d+[.)])\s+\S")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*\*\*\S")
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
PAPER_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\[[^\]]+\]\([^)]+\)")
YEAR_LINE = re.compile(r"^\s*\d{4}\s*$")


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out = []
    fence = None
    comment = False
    for ln in lines:
        s = ln.strip()
        if comment:
            out.append(True)
            if "-->" in s:
                comment = False
            continue
        if fence:
            out.append(True)
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r"^(```|~~~)", s)
        if m:
            fence = m.group(1)
            out.append(True)
            continue
        if s.startswith("<!--"):
            out.append(True)
            if "-->" not in s:
                comment = True
            continue
        out.append(False)
    return out


def analyse(lines):
    mask = masked(lines)
    kind = [None] * len(lines)
    for i, ln in enumerate(lines):
        if mask[i]:
            continue
        if HEADING.match(ln):
            kind[i] = "paperhead" if PAPER_HEADING.match(ln) else "head"
        elif BULLET.match(ln):
            kind[i] = "item"
        elif TABLE_ROW.match(ln):
            kind[i] = "row"
        elif BOLD.match(ln):
            kind[i] = "bold"
    # table header rows: a row followed by a separator row; separators are not candidates
    cand = []
    for i, k in enumerate(kind):
        if k == "row":
            if TABLE_SEP.match(lines[i]):
                continue
            if i + 1 < len(lines) and TABLE_SEP.match(lines[i + 1]):
                continue
            cand.append(i)
        elif k in ("item", "bold", "paperhead"):
            cand.append(i)
    return kind, cand


def entry_end(lines, kind, start):
    """Index one past the last line of the entry starting at `start`."""
    if kind[start] == "paperhead":
        j = start + 1
        while j < len(lines) and kind[j] not in ("head", "paperhead") and not YEAR_LINE.match(lines[j]):
            j += 1
        while j > start + 1 and not lines[j - 1].strip():
            j -= 1
        return j
    j = start + 1
    while j < len(lines):
        if not lines[j].strip() or kind[j] is not None or YEAR_LINE.match(lines[j]):
            break
        j += 1
    return j


def entry_start(lines, kind, cand_set, i):
    """Candidate lines are entry starts; kept general for continuation lines."""
    j = i
    while j not in cand_set and j > 0:
        j -= 1
    return j


def main():
    rng = random.Random(7561)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    out = []
    for f in files:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        kind, cand = analyse(lines)
        cand_set = set(cand)
        order = cand[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, kind, cand_set, i)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        print(f"{f}: {len(cand)} candidate lines, {len(held)} entries drawn")
        for s in held:
            e = entry_end(lines, kind, s)
            out.append({"list": f, "line": s + 1, "raw": "\n".join(lines[s:e])})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
