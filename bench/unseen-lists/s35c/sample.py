#!/usr/bin/env python3
"""Sample 20 entries per list with random.Random(3503) (a fresh generator per list, lists in
SOURCES.tsv order). Candidate lines: list items (bullets -,*,+ and numbered), table body rows,
and lines starting with bold (**); fenced code and HTML comments are skipped.
A nested list item that continues a paper entry (e.g. an indented authors / Key / Env sub-bullet,
with no blank line between it and its parent item) is mapped to the line where its entry starts,
so an entry is labelled once. Draw order: the candidate list is shuffled with the generator and
walked in order; the first 20 distinct entry starts are kept. Paths are relative to this file."""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
TOC = re.compile(r"^\s*([-*+]|\d+[.)])\s+\[[^\]]*\]\(#")


def indent(line):
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def candidates(lines):
    out = []
    in_fence = in_comment = in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if "|" in line and SEP.match(line) and i > 0 and "|" in lines[i - 1]:
            in_table = True
            continue
        if in_table:
            if s and "|" in s:
                out.append(i + 1)
                continue
            in_table = False
        if i + 1 < len(lines) and "|" in line and "|" in lines[i + 1] and SEP.match(lines[i + 1]):
            continue
        if ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def entry_start(lines, n, cands):
    """Map a nested continuation item to the item it belongs to (1-based line numbers)."""
    line = lines[n - 1]
    if not ITEM.match(line):
        return n
    ind = indent(line)
    j = n - 1
    while j >= 1 and lines[j - 1].strip():
        prev = lines[j - 1]
        if j in cands and ITEM.match(prev) and indent(prev) < ind:
            if TOC.match(prev):
                return n
            return entry_start(lines, j, cands)
        j -= 1
    return n


def main():
    result = []
    for row in open(os.path.join(HERE, "SOURCES.tsv"), encoding="utf-8"):
        if row.startswith("#") or not row.strip():
            continue
        repo = row.split("\t")[0]
        name = repo.replace("/", "__") + ".README.md"
        lines = open(os.path.join(HERE, name), encoding="utf-8", newline="").read().split("\n")
        cands = candidates(lines)
        cset = set(cands)
        rng = random.Random(3503)
        order = list(cands)
        rng.shuffle(order)
        picked = []
        for n in order:
            e = entry_start(lines, n, cset)
            if e not in picked:
                picked.append(e)
            if len(picked) == 20:
                break
        picked.sort()
        result.append({"list": name, "candidates": len(cands), "sample": [[n, lines[n - 1]] for n in picked]})
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
