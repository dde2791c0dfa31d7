"""Sample 20 entries per list with ONE random.Random(5241), lists in sorted file-name order.

Candidate lines: list items (bullets `-`/`*`/`+`, numbered `1.`/`1)`, and
reference-numbered `[1] ...` items, which LilydotEE uses for every paper),
table body rows (not header or separator rows), lines starting with bold.
No list here writes papers as headings, so no heading lines are candidates.
Fenced code blocks and HTML comments are skipped.
Each drawn line is mapped to the start of the entry it belongs to (a
continuation line belongs to the first line of its entry); we keep drawing
until 20 distinct entries are held (fewer if the list has fewer).
Run: python3 sample.py   -> prints JSON lines (list, line, raw, candidates)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))

BULLET = re.compile(r"^\s*[-*+](\s|$)")
NUMBERED = re.compile(r"^\s*\d+[.)]\s")
REFNUM = re.compile(r"^\s*\[\d+\]\s")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def is_item(line):
    return bool(BULLET.match(line) or NUMBERED.match(line) or REFNUM.match(line))


def scan(lines):
    """Return (candidates, skip) where skip marks lines inside code/comments."""
    cand, skip = [], set()
    in_fence = in_comment = in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            skip.add(i)
            continue
        if in_fence:
            skip.add(i)
            continue
        if in_comment:
            skip.add(i)
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            skip.add(i)
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s):
                in_table = True
                continue
            nxt = lines[i].strip() if i < len(lines) else ""
            if not in_table and SEP.match(nxt):
                continue  # header row
            if in_table:
                cand.append(i)
            continue
        in_table = False
        if is_item(line) or BOLD.match(line):
            cand.append(i)
    return cand, skip


def entry_start(lines, n, cand_set):
    """Walk back from line n over continuation lines to the entry's first line."""
    i = n
    while i not in cand_set and i > 1 and lines[i - 2].strip():
        i -= 1
    return i if i in cand_set else n


def entry_raw(lines, start, cand_set):
    """The entry's lines: the start line plus following non-blank,
    non-item, non-heading continuation lines."""
    out = [lines[start - 1]]
    j = start + 1
    while j <= len(lines):
        nxt = lines[j - 1]
        if (not nxt.strip() or j in cand_set or is_item(nxt)
                or nxt.lstrip().startswith("#") or nxt.lstrip().startswith("<")):
            break
        out.append(nxt)
        j += 1
    return "\n".join(out)


def main():
    rng = random.Random(5241)
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cand, _ = scan(lines)
        cand_set = set(cand)
        order = cand[:]
        rng.shuffle(order)
        held = []
        for n in order:
            s = entry_start(lines, n, cand_set)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        for s in sorted(held):
            print(json.dumps({"list": name, "line": s,
                              "raw": entry_raw(lines, s, cand_set),
                              "candidates": len(cand)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
