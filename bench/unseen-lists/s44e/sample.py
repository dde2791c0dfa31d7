"""Sample 20 candidate entry lines per list with random.Random(4451).

Candidate lines: list items (bullet or numbered), table body rows (rows after a
header separator row, while lines keep starting with '|'), and lines starting
with bold (after optional indentation). Lines inside fenced code blocks and
HTML comments are skipped. A fresh Random(4451) per list, lists in the order of
SOURCES.tsv; file name is OWNER__REPO.README.md. Prints list, line, text.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(lines):
    out, fence, comment, table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if "-->" in line:
                comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            table = False
            continue
        if fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                comment = True
            continue
        if "|" in line and SEP.match(line):
            table = True
            continue
        if table:
            if s.startswith("|"):
                out.append(i)
                continue
            table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    names = []
    with open(os.path.join(HERE, "SOURCES.tsv"), encoding="utf-8") as f:
        for row in f:
            if row.startswith("#") or not row.strip():
                continue
            names.append(row.split("\t")[0].replace("/", "__") + ".README.md")
    result = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cand = candidates(lines)
        picked = sorted(random.Random(4451).sample(cand, 20))
        print(f"# {name}: {len(lines)} lines, {len(cand)} candidates")
        for n in picked:
            result.append({"list": name, "line": n, "text": lines[n - 1]})
            print(n, lines[n - 1][:200])
    return result


if __name__ == "__main__":
    main()
