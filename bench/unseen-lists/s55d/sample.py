"""Sample 20 entries a list for s55d with ONE random.Random(5541), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header/separator rows),
lines starting with bold, and heading lines that are papers' titles (none of these three lists
writes papers as headings, so no heading is a candidate). Fenced code and HTML comments are skipped.
Each drawn line is mapped to the start of the entry it belongs to (identity here: every candidate
line in these lists opens its own entry; continuation paragraphs are not candidates).
Prints: list, candidate count, and the sampled entry-start lines in draw order.
"""
import glob
import os
import random
import re
import json

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    return [ln.rstrip("\r") for ln in text.split("\n")]


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # previous line was a table line (header seen)
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("|"):
            # body rows only: a table row that follows the separator row
            if TABLE_SEP.match(s):
                prev_table = "body"
                continue
            if prev_table == "body":
                out.append(i)
            else:
                prev_table = "header"
            continue
        prev_table = False
        if BULLET.match(ln) or s.startswith("**"):
            out.append(i)
    return out


def entry_start(lines, i):
    # every candidate line in these three lists opens its own entry
    return i


def main():
    rng = random.Random(5541)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = read_lines(path)
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, i)
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        result[name] = {"candidates": len(cands), "sample": held}
        print(name, "candidates:", len(cands))
        for st in held:
            print("  ", st, lines[st - 1][:110])
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
