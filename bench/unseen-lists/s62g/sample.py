#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(6271) over the lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered), table body rows (not the header row or the
separator row), lines starting with bold, and heading lines that are papers' titles in a list that
writes papers as headings (TerenceCYJ: every '#####' heading is a paper).  Fenced code and HTML
comments are skipped.  A drawn line is mapped to the start of the entry it belongs to (a continuation
line of a multi-line entry belongs to the entry's first line); in these three lists every candidate
line is itself an entry start, because continuation lines ('  [[PDF](..)]', '  *Authors*',
'_Authors_') are never candidates, but the mapping is kept general.
Writes sample.json: {file: {"candidates": n, "lines": [sorted entry-start lines]}}.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADINGS = {"TerenceCYJ__Hand-Human-Pose-Papers.README.md": "#####"}
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(path):
    lines = open(path, encoding="utf-8", newline="").read().splitlines()
    name = os.path.basename(path)
    cands, starts = [], {}
    in_fence = in_comment = False
    prev_table = False
    entry_start = None
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        is_cand = False
        if s.startswith("|"):
            if not prev_table:
                pass  # header row
            elif SEP.match(s):
                pass  # separator row
            else:
                is_cand = True
            prev_table = True
        else:
            prev_table = False
            if ITEM.match(line) or BOLD.match(line):
                is_cand = True
            elif name in PAPER_HEADINGS and re.match(re.escape(PAPER_HEADINGS[name]) + r"\s", line):
                is_cand = True
        if is_cand:
            entry_start = i
            cands.append(i)
            starts[i] = i
        elif s == "" or s.startswith("#"):
            entry_start = None
        elif entry_start is not None:
            starts[i] = entry_start  # continuation line (never drawn here, kept general)
    return cands, starts


def main():
    rng = random.Random(6271)
    out = {}
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        cands, starts = candidates(os.path.join(HERE, name))
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            st = starts.get(ln, ln)
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        out[name] = {"candidates": len(cands), "lines": sorted(held)}
        print(name, len(cands), "candidates ->", sorted(held))
    json.dump(out, open(os.path.join(HERE, "sample.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
