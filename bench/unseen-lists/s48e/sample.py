#!/usr/bin/env python3
"""Draw 20 entries a list from the saved READMEs in this folder.

One random.Random(4851) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not the
header row, not the separator row), lines starting with bold.  None of the
three lists writes papers as headings, so no heading is a candidate.
Fenced code and HTML comments are skipped.  A final line without a newline
(the saved files are the first read_file pages of longer READMEs and end
mid-line) is a cut-off fragment and is not a candidate.
Each drawn line is mapped to the start of its entry: an indented line that is
not itself a list item, following a list item, continues that item.  (No such
continuation was found in these three files: every entry is one line.)
Output: sample.tsv  (list, line, raw first line) and a summary on stdout.
"""
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4851
PER_LIST = 20

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    complete = len(lines) if text.endswith("\n") else len(lines) - 1
    in_fence = False
    in_comment = False
    cands = []          # 1-based line numbers
    start_of = {}       # line -> entry start line
    current = None
    for i, line in enumerate(lines[:complete]):
        n = i + 1
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            current = None
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if not s:
            current = None
            continue
        if s.startswith("#"):
            current = None
            continue
        if s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP_RE.match(s):
                continue
            if SEP_RE.match(nxt.strip()) and "-" in nxt:
                continue  # header row
            cands.append(n)
            start_of[n] = n
            current = None
            continue
        if LIST_RE.match(line) or s.startswith("**"):
            cands.append(n)
            start_of[n] = n
            current = n
            continue
        if current is not None and line[:1] in (" ", "\t"):
            start_of[n] = current  # continuation line (not a candidate itself)
    return lines, cands, start_of


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines, cands, start_of = candidates(path)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            s = start_of.get(n, n)
            if s not in held:
                held.append(s)
            if len(held) == PER_LIST:
                break
        print(f"{name}: {len(cands)} candidate lines, drew {len(held)} entries")
        for s in sorted(held):
            out.append((name, s, lines[s - 1]))
    with open(os.path.join(HERE, "sample.tsv"), "w", encoding="utf-8") as f:
        f.write("# list\tline\tfirst line\n")
        for name, s, raw in out:
            f.write(f"{name}\t{s}\t{raw}\n")


if __name__ == "__main__":
    main()
