#!/usr/bin/env python3
"""Sample 20 entries a list for s48h with ONE random.Random(4881) over the lists in sorted
file-name order.

Candidate lines: list items (bullets, numbered), Markdown table body rows (not the header row or
the separator row), HTML <tr> rows inside <tbody> (one candidate per row, at its <tr> line),
lines starting with bold, and heading lines that are paper titles (none of the three lists writes
papers as headings). Fenced code and HTML comments are skipped.

Each drawn line is mapped to the start of the entry it belongs to. In these three lists every
candidate line is already an entry's first line (a multi-line citation has only its bold title
line as a candidate: the *authors*, [date] [venue] and [[Paper]] lines are continuations and
are not candidates), so the mapping is the identity; it is still written out below.

Prints one line per drawn entry: file<TAB>line<TAB>first source line.
"""
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD_RE = re.compile(r"^\s*\*\*\S")
TABLE_RE = re.compile(r"^\s*\|")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    """Return {candidate line number (1-based): entry start line number}."""
    out = {}
    in_fence = False
    in_comment = False
    in_tbody = False
    for i, line in enumerate(lines):
        n = i + 1
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        low = s.lower()
        if "<tbody" in low:
            in_tbody = True
        if "</tbody" in low:
            # a row opened and closed on this very line would still count; none here
            in_tbody = False
            continue
        if in_tbody and low.startswith("<tr"):
            out[n] = n
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out[n] = entry_start(lines, i)
            continue
        if TABLE_RE.match(line) and not SEP_RE.match(line):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP_RE.match(nxt) and TABLE_RE.match(nxt):
                continue  # header row
            out[n] = n
    return out


def entry_start(lines, i):
    """A candidate line starts its own entry unless it is a continuation line of an entry that
    began above without a blank line in between and is not itself a list item or bold title.
    List items and bold-start lines always start an entry here."""
    return i + 1


def main():
    rng = random.Random(4881)
    files = sorted(glob.glob(os.path.join(HERE, "*.README.md")))
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        cand = candidates(lines)
        order = sorted(cand)
        rng.shuffle(order)
        held = []
        for n in order:
            start = cand[n]
            if start not in held:
                held.append(start)
            if len(held) == N:
                break
        print(f"# {name}: {len(cand)} candidates, {len(held)} entries drawn")
        for start in held:
            print(f"{name}\t{start}\t{lines[start - 1]}")


if __name__ == "__main__":
    main()
