#!/usr/bin/env python3
"""Draw 20 entries a list for s60c with ONE random.Random(6031) over the lists in sorted file-name order.

Candidate lines: list items (-, *, + or numbered, any indent), table body rows (not the header row
above a delimiter row, not the delimiter row), lines starting with bold (**), and, in a list that writes
papers as headings (Justin-Yuan__Papers), the headings that are entries (paper-title headings and the
dataset headings under "### Datasets"; not "### Datasets" itself nor the "#### Intro/Modeling/Evaluation"
note headings). Fenced code and HTML comments are skipped.

Each drawn line is mapped to the start of the entry it belongs to: in the headings list every line of a
heading entry's block (its note bullets, bold remarks) maps to the heading; elsewhere each list item or
table row is its own entry (continuation lines such as `  <details>` are not candidates).
Writes sample.json: {list: [entry start lines in draw order]}.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6031
N = 20
HEADING_LISTS = {"Justin-Yuan__Papers.README.md"}
NOTE_HEADINGS = {"intro", "modeling", "evaluation", "datasets"}

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
DELIM = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEAD = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def skipped_lines(lines):
    """1-based line numbers inside fenced code or HTML comments."""
    skip = set()
    fence = None
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if fence:
            skip.add(i)
            if s.startswith(fence):
                fence = None
            continue
        if not in_comment and (s.startswith("```") or s.startswith("~~~")):
            fence = s[:3]
            skip.add(i)
            continue
        if in_comment:
            skip.add(i)
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            skip.add(i)
            if "-->" not in line[line.index("<!--") + 4:]:
                in_comment = True
    return skip


def heading_entries(lines, skip):
    """For a papers-as-headings list: {line: entry_start} for every line in a heading entry's block."""
    owner = {}
    starts = []
    current = None
    for i, line in enumerate(lines, 1):
        if i in skip:
            current = None  # the <!--- *** ---> separator ends a block
            continue
        m = HEAD.match(line)
        if m:
            text = m.group(2).strip().lower()
            if text in NOTE_HEADINGS:
                if text == "datasets":
                    current = None
                # note headings stay inside the current paper's block
            else:
                current = i
                starts.append(i)
        if current is not None:
            owner[i] = current
    return owner, starts


def candidates(name, lines):
    skip = skipped_lines(lines)
    cands = []
    for i, line in enumerate(lines, 1):
        if i in skip:
            continue
        s = line.strip()
        if ITEM.match(line) or s.startswith("**"):
            cands.append(i)
        elif s.startswith("|"):
            if DELIM.match(s):
                continue
            nxt = lines[i] if i < len(lines) else ""
            if DELIM.match(nxt.strip()):
                continue  # header row
            cands.append(i)
    owner = {}
    if name in HEADING_LISTS:
        owner, starts = heading_entries(lines, skip)
        cands = sorted(set(cands) | set(starts))
    return cands, owner


def main():
    rng = random.Random(SEED)
    out = {}
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands, owner = candidates(name, lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            start = owner.get(ln, ln)
            if start not in held:
                held.append(start)
            if len(held) == N:
                break
        out[name] = held
        print(f"{name}: {len(cands)} candidates, {len(held)} entries")
    json.dump(out, open(os.path.join(HERE, "sample.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
