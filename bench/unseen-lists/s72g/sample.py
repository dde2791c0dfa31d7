#!/usr/bin/env python3
"""Sample 20 entries a list for s72g with ONE random.Random(7271), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header/separator rows),
lines starting with bold, and heading lines that are papers' titles (none of the three lists
writes papers as headings). Fenced code and HTML comments are skipped.
A drawn line is mapped to the start of its entry: a nested item maps to its top-level item; a
non-item line directly continuing an item (no blank line between) maps to that item's first line.
Writes sample.json: [{list, line, raw, candidates}] in drawing order.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def skipped(lines):
    skip, fence, comment = set(), False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if comment:
            skip.add(i)
            if "-->" in s:
                comment = False
            continue
        if s.startswith("```"):
            skip.add(i); fence = not fence; continue
        if fence:
            skip.add(i); continue
        if s.startswith("<!--"):
            skip.add(i)
            if "-->" not in s:
                comment = True
    return skip


def ind(ln):
    return len(ln) - len(ln.lstrip(" "))


def entry_start(lines, i):
    """First line of the entry line i belongs to."""
    st = i
    while True:
        ln = lines[st]
        if ITEM.match(ln) and ind(ln) == 0:
            return st
        # walk up while previous line is non-blank (continuation or nested item)
        j = st - 1
        if j < 0 or not lines[j].strip() or lines[j].lstrip().startswith("#"):
            return st
        if ITEM.match(ln) and not (ind(lines[j]) < ind(ln) or not ITEM.match(lines[j])):
            # sibling item at same level: this is its own start unless nested
            if ind(ln) == 0:
                return st
        if ITEM.match(lines[j]) or not ITEM.match(ln):
            st = j
            if ITEM.match(lines[st]) and ind(lines[st]) == 0:
                return st
            continue
        return st


def candidates(lines):
    skip = skipped(lines)
    header = {i - 1 for i, ln in enumerate(lines) if i not in skip and ln.lstrip().startswith("|") and SEP.match(ln)}
    out = []
    for i, ln in enumerate(lines):
        if i in skip:
            continue
        s = ln.strip()
        if s.startswith("|"):
            if not SEP.match(ln) and i not in header:
                out.append(i)
        elif ITEM.match(ln) or s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(7271)
    res = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, i)
            if st in held:
                continue
            held.append(st)
            # entry end: following non-blank non-item, non-heading lines
            end = st
            while end + 1 < len(lines) and lines[end + 1].strip() and not ITEM.match(lines[end + 1]) and not lines[end + 1].lstrip().startswith("#"):
                end += 1
            res.append({"list": name, "line": st + 1, "raw": "\n".join(lines[st:end + 1]), "candidates": len(cands)})
            if len(held) == N:
                break
    json.dump(res, open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    for r in res:
        print(r["list"][:20], r["line"], r["raw"][:150].replace("\n", " | "))


if __name__ == "__main__":
    main()
