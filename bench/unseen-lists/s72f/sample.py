#!/usr/bin/env python3
"""Sample 20 entries a list for s72f with ONE random.Random(7261), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and heading lines that are papers' titles in a list that writes papers
as headings (here: lusunn111, whose papers are `## ⌨️N.Title` headings). Fenced code and HTML
comments are skipped. Each drawn line is mapped to the start of the entry it belongs to:
a nested or indented continuation line of a list item belongs to the top-level item; in a
heading-per-paper list every line under a paper heading belongs to that heading's entry.
Writes sample.json: [{list, line, raw, candidates}] in drawing order.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
PAPER_HEADING = {
    "lusunn111__Paper_List_And_Code_About_CBCT_Segmentation.README.md": re.compile(r"^##\s*⌨️"),
}
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEADING = re.compile(r"^#{1,6}\s")


def skipped_lines(lines):
    """Indices inside fenced code or HTML comments (fence/comment lines included)."""
    skip = set()
    in_fence = in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            skip.add(i)
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```"):
            skip.add(i)
            in_fence = not in_fence
            continue
        if in_fence:
            skip.add(i)
            continue
        if s.startswith("<!--"):
            skip.add(i)
            if "-->" not in s:
                in_comment = True
    return skip


def indent(ln):
    return len(ln) - len(ln.lstrip(" "))


def analyse(name, lines):
    skip = skipped_lines(lines)
    ph = PAPER_HEADING.get(name)
    cands = []
    entry_of = {}
    entry_end = {}
    # table header rows: the line just before a separator row
    header = {i - 1 for i, ln in enumerate(lines) if i not in skip and ln.lstrip().startswith("|") and SEP.match(ln)}
    for i, ln in enumerate(lines):
        if i in skip:
            continue
        s = ln.strip()
        if ph and ph.match(ln):
            cands.append(i)
        elif s.startswith("|"):
            if not SEP.match(ln) and i not in header:
                cands.append(i)
        elif ITEM.match(ln) or s.startswith("**"):
            cands.append(i)
    # entries
    if ph:
        starts = [i for i, ln in enumerate(lines) if ph.match(ln)]
        for k, st in enumerate(starts):
            end = len(lines) - 1
            for j in range(st + 1, len(lines)):
                if HEADING.match(lines[j]) and j not in skip:
                    end = j - 1
                    break
            while end > st and not lines[end].strip():
                end -= 1
            for j in range(st, end + 1):
                entry_of[j] = st
            entry_end[st] = end
    for i in cands:
        if i in entry_of:
            continue
        ln = lines[i]
        m = ITEM.match(ln)
        if m:
            # find top-level item this line belongs to (walk up through more-indented items)
            st = i
            while indent(lines[st]) > 0:
                j = st - 1
                while j >= 0 and lines[j].strip() and not (ITEM.match(lines[j]) and indent(lines[j]) < indent(lines[st])):
                    j -= 1
                if j < 0 or not lines[j].strip():
                    break
                st = j
            end = st
            base = indent(lines[st])
            j = st + 1
            while j < len(lines) and lines[j].strip() and indent(lines[j]) > base and j not in skip:
                end = j
                j += 1
            entry_of[i] = st
            entry_end[st] = end
        else:
            entry_of[i] = i
            entry_end[i] = i
    return cands, entry_of, entry_end


def main():
    rng = random.Random(7261)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands, entry_of, entry_end = analyse(name, lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_of[i]
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        for st in held:
            raw = "\n".join(lines[st:entry_end[st] + 1])
            out.append({"list": name, "line": st + 1, "raw": raw, "candidates": len(cands)})
        print(name, "candidates", len(cands), "entries held", len(held))
    json.dump(out, open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
