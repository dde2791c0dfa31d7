"""Sample 20 candidate entry lines per list with random.Random(3507).

Candidates: list items (bullets -, *, +; numbered 1. / 1)), table body rows
(rows after a |---| separator), and lines starting with bold (** or __).
Fenced code blocks and HTML comments are skipped. A fresh
random.Random(3507) is used for each list; lists are processed in the order
given in SOURCES.tsv. Prints JSON lines {list, line, text} to stdout.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r"^\s*([-*+])\s+\S")
NUMBERED = re.compile(r"^\s*\d+[.)]\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(text):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(text.split("\n"), 1):
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
        if s.startswith("|"):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if BULLET.match(line) or NUMBERED.match(line) or s.startswith("**") or s.startswith("__"):
            out.append(i)
    return out


def main():
    lists = []
    with open(os.path.join(HERE, "SOURCES.tsv"), encoding="utf-8") as f:
        for row in f:
            if row.startswith("#") or not row.strip():
                continue
            repo = row.split("\t")[0]
            lists.append(repo.replace("/", "__") + ".README.md")
    for name in lists:
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        cands = candidates(text)
        rng = random.Random(3507)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        lines = text.split("\n")
        for ln in picked:
            print(json.dumps({"list": name, "line": ln, "candidates": len(cands), "text": lines[ln - 1]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
