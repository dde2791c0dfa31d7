#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(3401) (a fresh generator per list,
lists in SOURCES.tsv order). Candidates: list items (bullets, numbered), table body rows, and
lines starting with bold; fenced code and HTML comments are skipped. Paths are relative to this file."""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")


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
            if "-->" not in s:
                in_comment = True
            continue
        if SEP.match(line):
            in_table = True
            continue
        if in_table:
            if s and "|" in s:
                out.append(i + 1)
                continue
            in_table = False
        # a table header row (the line before a separator) is not a body row
        if i + 1 < len(lines) and SEP.match(lines[i + 1]):
            continue
        if ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    result = {}
    for row in open(os.path.join(HERE, "SOURCES.tsv"), encoding="utf-8"):
        if row.startswith("#") or not row.strip():
            continue
        repo = row.split("\t")[0]
        name = repo.replace("/", "__") + ".README.md"
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cand = candidates(lines)
        rng = random.Random(3401)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        result[name] = {"candidates": len(cand), "sample": [[n, lines[n - 1]] for n in picked]}
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
