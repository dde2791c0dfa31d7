#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(4302).

Candidates: list items (bullets, numbered), table body rows (not header or
delimiter rows), and lines starting with bold; fenced code blocks and HTML
comments are skipped. Paths are relative to this file.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "HKUST-KnowComp__Awesome-LLM-Scientific-Discovery.README.md",
    "Alab-NII__Awesome-SciLM.README.md",
]
N = 20

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(?:\*\*|__)\S")
DELIM = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # previous line was part of a table (header/delimiter/row)
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
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
        is_delim = bool(DELIM.match(line)) and "-" in s
        # a table line: has a pipe and is next to a delimiter row or a table row
        nxt = lines[i] if i < len(lines) else ""
        nxt_delim = bool(DELIM.match(nxt)) and "-" in nxt.strip() and "|" in nxt
        if "|" in s and is_delim:
            prev_table = True
            continue
        if "|" in s and nxt_delim:
            prev_table = True  # header row
            continue
        if "|" in s and prev_table:
            out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(4302)
    result = {}
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        cand = candidates(lines)
        picked = sorted(rng.sample(cand, min(N, len(cand))))
        result[name] = {"candidates": len(cand), "sample": picked}
        print(name, len(cand), picked)
    (HERE / "sample.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
