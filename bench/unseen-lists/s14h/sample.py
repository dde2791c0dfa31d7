#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(1408) (a fresh generator per list,
lists in sorted file-name order). Candidates: list items (-, *, +, 1.), table body rows, and lines
starting with bold; fenced code and HTML comments are skipped. Prints list, line, text."""
import glob, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")

def candidates(path):
    lines = open(path, encoding="utf-8", newline="").read().replace("\r\n", "\n").split("\n")
    out, fence, comment, table_header_seen = [], False, False, False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s):
                table_header_seen = True
                continue
            nxt = lines[i] if i < len(lines) else ""
            if SEP.match(nxt.strip()):
                continue  # header row
            out.append((i, ln))
            continue
        if ITEM.match(ln) or s.startswith("**"):
            out.append((i, ln))
    return out

def main():
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        cands = candidates(path)
        rng = random.Random(1408)
        pick = sorted(rng.sample(cands, 20), key=lambda c: c[0])
        print(f"# {name}: {len(cands)} candidate lines")
        for i, ln in pick:
            print(f"{name}\t{i}\t{ln}")

if __name__ == "__main__":
    main()
